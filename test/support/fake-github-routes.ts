// The fake GitHub's route table: one handler per operationId of GitHub's REST description. The server has already
// checked the request against the description, authenticated the caller, checked the repository and, for routes
// marked `write`, the caller's permission; a handler only applies GitHub's rules for its operation.
//
// Each rule names where it comes from: the operation's page in GitHub's REST documentation (the description's
// externalDocs, https://docs.github.com/rest/…), its text in @octokit/openapi (quoted as "description:"), a recorded
// github.com interaction in @octokit/fixtures (scenarios/api.github.com/<name>), or, for behaviour the documentation
// leaves out, the public report that observed it. test/github-fixtures.test.ts replays the recordings against the fake.
import type { IncomingHttpHeaders } from 'node:http';
import type { Renderer } from './fake-github-json.js';
import { Refusal, type FakeRelease, type FakeStore, type FakeUser } from './fake-github-store.js';
import type { MatchedOperation } from './openapi.js';

export interface Caller {
  /** Null for a request without Authorization. */
  user: FakeUser | null;
  canWrite: boolean;
  canGetUser: boolean;
}

export interface Call {
  operation: MatchedOperation;
  /** The raw request path (for Link headers). */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The JSON body, parsed (already validated against the operation's schema); {} when there is none. */
  input: Record<string, unknown>;
  caller: Caller;
}

export interface Reply {
  status: number;
  /** Sent as JSON; absent for 204, 302. */
  json?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  /** Needs a token that may write (anonymous: 401; read-only: 403 "Resource not accessible by integration"). */
  write?: boolean;
  handle: (call: Call) => Reply;
}

export interface RouteEnv {
  store: FakeStore;
  render: Renderer;
  apiUrl: string;
  /** The repository's owner (the head owner of its same-repository pull requests). */
  owner: string;
  /**
   * The path prefix of the repository in Link headers: github.com pages repository lists by the repository's id,
   * `/repositories/{id}/…`, not `/repos/{owner}/{repo}/…` (recorded: @octokit/fixtures scenario paginate-issues).
   */
  pagePrefix: string;
  /** A signed, short-lived URL on the storage host that serves the asset's bytes (what the 302 points at). */
  signedDownloadUrl: (assetId: number) => string;
}

/** GitHub's limit on an issue comment body, in characters. */
export const MAX_COMMENT_LENGTH = 65_536;

export function routeTable(env: RouteEnv): Record<string, Route> {
  const { store, render } = env;
  const ok = (json: unknown, status = 200, headers?: Record<string, string>): Reply => ({ status, json, ...(headers ? { headers } : {}) });
  const noContent = (): Reply => ({ status: 204 });
  const notFound = () => new Refusal(404, 'Not Found');
  const paginate = (call: Call, items: unknown[]) => page(call, items, env);

  // Drafts are invisible without push access (description of repos/list-releases: "Only users with push access will
  // receive listings for draft releases"); what cannot be seen is 404, as GitHub answers for anything not visible.
  const release = (call: Call): FakeRelease => {
    const found = store.releaseById(Number(call.params['release_id']));
    if (!found || (found.draft && !call.caller.canWrite)) throw notFound();
    return found;
  };
  const asset = (call: Call) => {
    const found = store.findAsset(Number(call.params['asset_id']));
    if (!found || (found.release.draft && !call.caller.canWrite)) throw notFound();
    return found;
  };
  const comment = (call: Call) => {
    const found = store.comments.find((c) => c.id === Number(call.params['comment_id']));
    if (!found) throw notFound();
    // Anyone with write access may edit or delete anyone's comment ("Managing disruptive comments",
    // https://docs.github.com/en/communities/moderating-comments-and-conversations/managing-disruptive-comments), so
    // the write routes below require only that (a read-only token gets 403): that model-gate leaves other people's
    // comments alone is shown by the requests it makes, not by a refusal here.
    return found;
  };
  const issue = (call: Call): number => {
    const number = Number(call.params['issue_number']);
    if (!store.issueExists(number)) throw notFound();
    return number;
  };
  // "Every pull request is an issue" (description of issues/update-comment): its comments are issue comments.
  const isPull = (number: number) => store.pulls.some((p) => p.number === number);
  // 65536 characters at most: 422 Validation Failed with the error GitHub gives today (reported from the live API in
  // reg-viz/reg-actions#123 and jmikedupont2/ai-ticket#51; older answers had code custom, field body:
  // danger/danger#424).
  const commentBody = (call: Call): string => {
    const body = call.input['body'] as string;
    if ([...body].length > MAX_COMMENT_LENGTH) {
      throw new Refusal(422, 'Validation Failed', [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` }]);
    }
    return body;
  };
  const releaseChanges = (input: Record<string, unknown>) => ({
    tag_name: input['tag_name'] as string | undefined,
    target_commitish: input['target_commitish'] as string | undefined,
    name: input['name'] as string | undefined,
    body: input['body'] as string | undefined,
    draft: input['draft'] as boolean | undefined,
    prerelease: input['prerelease'] as boolean | undefined,
  });

  return {
    // -- releases --------------------------------------------------------------------------------------------------------
    // https://docs.github.com/rest/releases/releases#list-releases: newest first, paginated; drafts only with push access.
    'repos/list-releases': { handle: (call) => paginate(call, store.visibleReleases(call.caller.canWrite).map((r) => render.release(r))) },
    // https://docs.github.com/rest/releases/releases#get-the-latest-release: "the most recent non-prerelease, non-draft
    // release, sorted by the created_at attribute" unless one was made latest (make_latest); 404 when there is none.
    'repos/get-latest-release': {
      handle: () => {
        const latest = store.latestRelease();
        if (!latest) throw notFound();
        return ok(render.release(latest));
      },
    },
    'repos/get-release-by-tag': {
      // "Get a published release with the specified tag" (description): a draft is never found by its tag.
      handle: (call) => {
        const found = store.releases.find((r) => !r.draft && r.tag_name === call.params['tag']);
        if (!found) throw notFound();
        return ok(render.release(found));
      },
    },
    // https://docs.github.com/rest/releases/releases#get-a-release
    'repos/get-release': { handle: (call) => ok(render.release(release(call))) },
    // https://docs.github.com/rest/releases/releases#create-a-release: 201 with Location; a taken tag is 422
    // already_exists; make_latest defaults to "true".
    'repos/create-release': {
      write: true,
      handle: (call) => {
        const changes = releaseChanges(call.input);
        const created = store.createRelease({
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
          tag_name: changes.tag_name!,
          author: call.caller.user!,
        });
        store.applyMakeLatest(created, (call.input['make_latest'] as string | undefined) ?? 'true');
        const json = render.release(created);
        return ok(json, 201, { location: json['url'] as string });
      },
    },
    // https://docs.github.com/rest/releases/releases#update-a-release: draft false publishes (published_at set).
    'repos/update-release': {
      write: true,
      handle: (call) => {
        const found = release(call);
        store.updateRelease(found, releaseChanges(call.input), call.input['make_latest'] as string | undefined);
        return ok(render.release(found));
      },
    },
    // https://docs.github.com/rest/releases/releases#delete-a-release: 204.
    'repos/delete-release': {
      write: true,
      handle: (call) => {
        store.deleteRelease(release(call));
        return noContent();
      },
    },

    // -- assets ----------------------------------------------------------------------------------------------------------
    // https://docs.github.com/rest/releases/assets#list-release-assets (shape recorded: fixtures release-assets).
    'repos/list-release-assets': {
      handle: (call) => {
        const found = release(call);
        return paginate(call, found.assets.map((a) => render.asset(found, a)));
      },
    },
    // https://docs.github.com/rest/releases/assets#get-a-release-asset: metadata (recorded: fixtures release-assets), or,
    // with Accept application/octet-stream, "the API will either redirect the client to the location, or stream it":
    // github.com redirects (302, empty body, Location on another host, as the recorded archive download of fixtures
    // get-archive does) to signed storage that refuses an Authorization header (octokit/rest.js#6, octokit/core.js#415).
    'repos/get-release-asset': {
      handle: (call) => {
        const found = asset(call);
        if (!wantsOctetStream(call.headers)) return ok(render.asset(found.release, found.asset));
        if (found.asset.state !== 'uploaded') throw notFound();
        return { status: 302, headers: { location: env.signedDownloadUrl(found.asset.id) } };
      },
    },
    // https://docs.github.com/rest/releases/assets#update-a-release-asset (recorded: fixtures release-assets, PATCH).
    'repos/update-release-asset': {
      write: true,
      handle: (call) => {
        const found = asset(call);
        store.updateAsset(found.release, found.asset, { name: call.input['name'] as string | undefined, label: call.input['label'] as string | undefined });
        return ok(render.asset(found.release, found.asset));
      },
    },
    // https://docs.github.com/rest/releases/assets#delete-a-release-asset: 204 (recorded: fixtures release-assets).
    'repos/delete-release-asset': {
      write: true,
      handle: (call) => {
        const found = asset(call);
        store.deleteAsset(found.release, found.asset);
        return noContent();
      },
    },
    // https://docs.github.com/rest/releases/assets#upload-a-release-asset, on the uploads host: 201 with the asset
    // (recorded: fixtures release-assets); a taken name is 422 already_exists (recorded: fixtures
    // release-assets-conflict) — "you must delete the old file before you can re-upload" (description); names are
    // renamed (description: "GitHub renames asset filenames that have special characters").
    'repos/upload-release-asset': {
      write: true,
      handle: (call) => {
        const target = release(call);
        const added = store.addAsset(
          target,
          { name: call.query.get('name')!, label: call.query.get('label'), data: call.body, content_type: String(call.headers['content-type']) },
          call.caller.user!,
        );
        return ok(render.asset(target, added), 201);
      },
    },

    // -- issue comments --------------------------------------------------------------------------------------------------
    // https://docs.github.com/rest/issues/comments#list-issue-comments: oldest first, paginated, `since` filters.
    'issues/list-comments': {
      handle: (call) => {
        const number = issue(call);
        const since = call.query.get('since');
        const comments = store.commentsOn(number).filter((c) => !since || c.updated_at >= since);
        return paginate(call, comments.map((c) => render.comment(c, isPull(number))));
      },
    },
    // https://docs.github.com/rest/issues/comments#create-an-issue-comment: 201 with Location.
    'issues/create-comment': {
      write: true,
      handle: (call) => {
        const number = issue(call);
        const created = store.addComment(number, commentBody(call), call.caller.user!);
        const json = render.comment(created, isPull(number));
        return ok(json, 201, { location: json['url'] as string });
      },
    },
    // https://docs.github.com/rest/issues/comments#update-an-issue-comment
    'issues/update-comment': {
      write: true,
      handle: (call) => {
        const found = comment(call);
        found.body = commentBody(call);
        found.updated_at = store.now();
        return ok(render.comment(found, isPull(found.issue)));
      },
    },
    // https://docs.github.com/rest/issues/comments#delete-an-issue-comment: 204.
    'issues/delete-comment': {
      write: true,
      handle: (call) => {
        const found = comment(call);
        store.comments.splice(store.comments.indexOf(found), 1);
        return noContent();
      },
    },

    // -- users and pull requests -----------------------------------------------------------------------------------------
    'users/get-authenticated': {
      handle: (call) => {
        if (!call.caller.user) throw new Refusal(401, 'Requires authentication');
        // An Actions GITHUB_TOKEN (an installation token) may not read /user: 403 "Resource not accessible by integration"
        // (https://docs.github.com/rest/users/users#get-the-authenticated-user; observed from Actions in mislav/hub#2149
        // and anthropics/claude-code-action#538).
        if (!call.caller.canGetUser) throw new Refusal(403, 'Resource not accessible by integration');
        return ok(render.authenticatedUser(call.caller.user));
      },
    },
    'repos/list-pull-requests-associated-with-commit': {
      // Only commits of this repository are associated with its pull requests. The head of a pull request from a fork
      // is a commit of the fork, and github.com answers [] for it (TooTallNate/nx.js#410 and
      // retransmission/retransmission#280 checked the live API: same-repository heads 1 result, fork heads 0).
      handle: (call) => paginate(call, store.pulls.filter((p) => !p.fork && p.head_sha === call.params['commit_sha']).map((p) => render.pull(p, 'simple'))),
    },
    'pulls/list': {
      // https://docs.github.com/rest/pulls/pulls#list-pull-requests: state defaults to open; `head` is
      // "user:ref-name" (the head branch's owner, a fork's owner for a fork) and filters on both parts; `base` on the
      // base branch; sort created (default) / updated, direction desc by default for created and updated.
      handle: (call) => {
        const state = call.query.get('state') ?? 'open';
        const head = call.query.get('head');
        const base = call.query.get('base');
        const [headOwner, headRef] = head?.includes(':') ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)] : [null, head];
        const pulls = store.pulls
          .filter((p) => state === 'all' || p.state === state)
          .filter((p) => headRef === null || (p.head_ref === headRef && (headOwner === null || headOwnerOf(p, env.owner).toLowerCase() === headOwner.toLowerCase())))
          .filter((p) => base === null || p.base_ref === base)
          .sort((a, b) => (call.query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
        return paginate(call, pulls.map((p) => render.pull(p, 'simple')));
      },
    },
    // https://docs.github.com/rest/pulls/pulls#get-a-pull-request
    'pulls/get': {
      handle: (call) => {
        const found = store.pulls.find((p) => p.number === Number(call.params['pull_number']));
        if (!found) throw notFound();
        return ok(render.pull(found, 'full'));
      },
    },
  };
}

/** The owner of a pull request's head branch: the fork's owner (its author) for a fork, else the repository's owner. */
export function headOwnerOf(pull: { fork: boolean; user: { login: string } }, repositoryOwner: string): string {
  return pull.fork ? pull.user.login : repositoryOwner;
}

export function wantsOctetStream(headers: IncomingHttpHeaders): boolean {
  return String(headers.accept ?? '').toLowerCase().includes('application/octet-stream');
}

/**
 * One page of `items` as GitHub pages lists: per_page (default 30, at most 100), page, and a Link header whose URLs
 * name the repository by id and keep the query's order, rels in the order prev, next, last, first (as recorded in
 * @octokit/fixtures scenario paginate-issues; https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 */
function page(call: Call, items: unknown[], env: RouteEnv): Reply {
  const perPage = Math.min(Math.max(Number(call.query.get('per_page') ?? 30) || 30, 1), 100);
  const current = Math.max(Number(call.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const path = call.path.replace(/^\/repos\/[^/]+\/[^/]+/, env.pagePrefix);
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(call.query);
    query.set('page', String(n));
    return `<${env.apiUrl}${path}?${query}>; rel="${rel}"`;
  };
  const links = [
    ...(current > 1 ? [link(Math.min(current - 1, last), 'prev')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
    ...(current > 1 ? [link(1, 'first')] : []),
  ];
  const json = items.slice((current - 1) * perPage, current * perPage);
  return { status: 200, json, ...(links.length ? { headers: { link: links.join(', ') } } : {}) };
}
