// The fake GitHub's JSON: the store's objects in the shapes GitHub's REST API answers with (field for field what the
// description requires, @octokit/openapi; and every field of the recorded answers in @octokit/fixtures, which
// test/github-fixtures.test.ts compares), with every URL pointing at the fake's own hosts.
import { createHash } from 'node:crypto';
import type { FakeAsset, FakeComment, FakePull, FakeRelease, FakeUser } from './fake-github-store.js';
import { openApiChecker } from './openapi.js';

/** Where the fake lives: the origins that stand for api.github.com, uploads.github.com and github.com. */
export interface Site {
  apiUrl: string;
  uploadsUrl: string;
  /** Pages and browser downloads (github.com); the fake's storage server answers here. */
  webUrl: string;
  owner: string;
  repo: string;
}

const BOT_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };

export class Renderer {
  constructor(private readonly site: Site) {}

  private get repoApi(): string {
    return `${this.site.apiUrl}/repos/${this.site.owner}/${this.site.repo}`;
  }

  private get repoWeb(): string {
    return `${this.site.webUrl}/${this.site.owner}/${this.site.repo}`;
  }

  /** GitHub's "simple-user". */
  user(user: FakeUser): Record<string, unknown> {
    const id = userId(user.login);
    const api = `${this.site.apiUrl}/users/${encodeURIComponent(user.login)}`;
    const slug = user.login.replace(/\[bot\]$/, '');
    return {
      login: user.login,
      id,
      node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', id),
      avatar_url: user.type === 'Bot' ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: user.type === 'Bot' ? `${this.site.webUrl}/apps/${slug}` : `${this.site.webUrl}/${encodeURIComponent(user.login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** GET /user: GitHub's "public-user" (what a token without the `user` scope sees of itself). */
  authenticatedUser(user: FakeUser): Record<string, unknown> {
    return {
      ...this.user(user),
      name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, twitter_username: null,
      public_repos: 1, public_gists: 0, followers: 0, following: 0,
      created_at: '2020-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z',
    };
  }

  release(release: FakeRelease): Record<string, unknown> {
    const url = `${this.repoApi}/releases/${release.id}`;
    const tag = encodeURIComponent(release.tag_name);
    return {
      url,
      assets_url: `${url}/assets`,
      upload_url: `${this.site.uploadsUrl}/repos/${this.site.owner}/${this.site.repo}/releases/${release.id}/assets{?name,label}`,
      html_url: `${this.repoWeb}/releases/tag/${release.draft ? untagged(release) : tag}`,
      id: release.id,
      author: this.user(release.author),
      node_id: nodeId('RE', release.id),
      tag_name: release.tag_name,
      target_commitish: release.target_commitish,
      name: release.name,
      draft: release.draft,
      immutable: release.immutable,
      prerelease: release.prerelease,
      created_at: release.created_at,
      updated_at: release.updated_at,
      published_at: release.published_at,
      assets: release.assets.map((a) => this.asset(release, a)),
      tarball_url: `${this.repoApi}/tarball/${tag}`,
      zipball_url: `${this.repoApi}/zipball/${tag}`,
      body: release.body,
    };
  }

  asset(release: FakeRelease, asset: FakeAsset): Record<string, unknown> {
    const tag = release.draft ? untagged(release) : encodeURIComponent(release.tag_name);
    return {
      url: `${this.repoApi}/releases/assets/${asset.id}`,
      id: asset.id,
      node_id: nodeId('RA', asset.id),
      name: asset.name,
      label: asset.label,
      uploader: this.user(asset.uploader),
      content_type: asset.content_type,
      state: asset.state,
      size: asset.size,
      digest: asset.digest,
      download_count: asset.download_count,
      created_at: asset.created_at,
      updated_at: asset.updated_at,
      browser_download_url: `${this.repoWeb}/releases/download/${tag}/${encodeURIComponent(asset.name)}`,
    };
  }

  comment(comment: FakeComment, onPull: boolean): Record<string, unknown> {
    return {
      url: `${this.repoApi}/issues/comments/${comment.id}`,
      html_url: `${this.repoWeb}/${onPull ? 'pull' : 'issues'}/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${this.repoApi}/issues/${comment.issue}`,
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      user: this.user(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      body: comment.body,
      author_association: comment.user.login === this.site.owner ? 'OWNER' : 'NONE',
      performed_via_github_app: null,
      reactions: {
        url: `${this.repoApi}/issues/comments/${comment.id}/reactions`,
        total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0,
      },
    };
  }

  /**
   * A pull request: GitHub's own example from the description (pull-request or pull-request-simple), re-pointed at the
   * fake's repository and given this pull request's number, state, head and author.
   */
  pull(pull: FakePull, shape: 'full' | 'simple'): Record<string, unknown> {
    const example = openApiChecker().example(shape === 'full' ? 'pull-request' : 'pull-request-simple-items');
    const source = (Array.isArray(example) ? example[0] : example) as Record<string, unknown>;
    const site = this.site;
    const json = repoint(source, { owner: 'octocat', repo: 'Hello-World' }, site) as Record<string, Record<string, unknown>>;
    const renumbered = rewriteStrings(json, [[/\/1347\b/g, `/${pull.number}`]]) as Record<string, unknown>;
    const headOwner = pull.fork ? pull.user : { login: site.owner, type: 'User' as const };
    const base = renumbered['base'] as Record<string, unknown>;
    const headRepo = pull.fork ? repoint(base['repo'], site, { ...site, owner: headOwner.login }) as Record<string, unknown> : base['repo'];
    if (pull.fork) (headRepo as Record<string, unknown>)['fork'] = true;
    const closedAt = pull.state === 'closed' ? '2025-01-02T00:00:00Z' : null;
    return {
      ...renumbered,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.user(pull.user),
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
      closed_at: closedAt,
      merged_at: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      statuses_url: `${this.repoApi}/statuses/${pull.head_sha}`,
      head: { label: `${headOwner.login}:${pull.head_ref}`, ref: pull.head_ref, sha: pull.head_sha, user: this.user(headOwner), repo: headRepo },
      base: { ...base, label: `${site.owner}:${pull.base_ref}`, ref: pull.base_ref, user: this.user({ login: site.owner, type: 'User' }) },
      author_association: pull.fork ? 'CONTRIBUTOR' : 'MEMBER',
      auto_merge: null,
      draft: false,
    };
  }
}

/**
 * Re-points a GitHub example at the fake: github.com's hosts become the fake's, and the repository `from` becomes `to`
 * wherever it appears (URLs, full_name, and the name and owner of every repository object that was `from`).
 */
export function repoint(value: unknown, from: { owner: string; repo: string }, to: Site): unknown {
  const fullFrom = `${from.owner}/${from.repo}`;
  const fullTo = `${to.owner}/${to.repo}`;
  const rewritten = rewriteStrings(value, [
    ['https://api.github.com', to.apiUrl],
    ['https://uploads.github.com', to.uploadsUrl],
    ['https://github.com', to.webUrl],
    [fullFrom, fullTo],
  ]);
  const fixRepositories = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(fixRepositories);
    const object = node as Record<string, unknown>;
    if (object['full_name'] === fullTo) {
      object['name'] = to.repo;
      const owner = object['owner'] as Record<string, unknown> | undefined;
      if (owner && typeof owner === 'object') {
        Object.assign(owner, rewriteStrings(owner, [[new RegExp(`/${escapeRegExp(from.owner)}(?=$|[/{])`, 'g'), `/${to.owner}`]]));
        owner['login'] = to.owner;
        if ('name' in owner) owner['name'] = to.owner;
      }
    }
    Object.values(object).forEach(fixRepositories);
  };
  fixRepositories(rewritten);
  return rewritten;
}

/** A deep copy of `value` with each replacement applied, in order, to every string in it. */
export function rewriteStrings(value: unknown, replacements: Array<[string | RegExp, string]>): unknown {
  if (typeof value === 'string') return replacements.reduce((s, [from, to]) => (typeof from === 'string' ? s.split(from).join(to) : s.replace(from, to)), value);
  if (Array.isArray(value)) return value.map((v) => rewriteStrings(v, replacements));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteStrings(v, replacements)]));
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A stable id per login (GitHub's real one for the Actions bot). */
function userId(login: string): number {
  return BOT_IDS[login] ?? 1_000_000 + (parseInt(createHash('sha256').update(login).digest('hex').slice(0, 8), 16) % 90_000_000);
}

function nodeId(kind: string, id: number): string {
  return `${kind}_${Buffer.from(`fake:${kind}:${id}`).toString('base64url')}`;
}

/** A draft's stand-in tag in its URLs, as GitHub shows drafts (`untagged-<hash>`). */
function untagged(release: FakeRelease): string {
  return `untagged-${createHash('sha1').update(String(release.id)).digest('hex').slice(0, 20)}`;
}
