// The fake GitHub's route table: one handler per operationId of GitHub's REST description. The server has already
// checked the request against the description, authenticated the caller, checked the repository and, for routes
// marked `write`, the caller's permission; a handler only applies GitHub's rules for its operation.
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
  const paginate = (call: Call, items: unknown[]) => page(call, items, env.apiUrl);

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
  const comment = (call: Call, edit: boolean) => {
    const found = store.comments.find((c) => c.id === Number(call.params['comment_id']));
    if (!found) throw notFound();
    // The fake's rule (the contract of these tests): only a comment's author may change it.
    if (edit && found.user.login !== call.caller.user?.login) throw new Refusal(403, 'Resource not accessible by integration');
    return found;
  };
  const issue = (call: Call): number => {
    const number = Number(call.params['issue_number']);
    if (!store.issueExists(number)) throw notFound();
    return number;
  };
  const isPull = (number: number) => store.pulls.some((p) => p.number === number);
  const commentBody = (call: Call): string => {
    const body = call.input['body'] as string;
    if ([...body].length > MAX_COMMENT_LENGTH) {
      throw new Refusal(422, 'Validation Failed', [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` }]);
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
    'repos/list-releases': { handle: (call) => paginate(call, store.visibleReleases(call.caller.canWrite).map((r) => render.release(r))) },
    'repos/get-latest-release': {
      handle: () => {
        const latest = store.latestRelease();
        if (!latest) throw notFound();
        return ok(render.release(latest));
      },
    },
    'repos/get-release-by-tag': {
      // Only published releases have a tag to be found by; a draft's tag does not exist yet.
      handle: (call) => {
        const found = store.releases.find((r) => !r.draft && r.tag_name === call.params['tag']);
        if (!found) throw notFound();
        return ok(render.release(found));
      },
    },
    'repos/get-release': { handle: (call) => ok(render.release(release(call))) },
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
    'repos/update-release': {
      write: true,
      handle: (call) => {
        const found = release(call);
        store.updateRelease(found, releaseChanges(call.input), call.input['make_latest'] as string | undefined);
        return ok(render.release(found));
      },
    },
    'repos/delete-release': {
      write: true,
      handle: (call) => {
        store.deleteRelease(release(call));
        return noContent();
      },
    },

    // -- assets ----------------------------------------------------------------------------------------------------------
    'repos/list-release-assets': {
      handle: (call) => {
        const found = release(call);
        return paginate(call, found.assets.map((a) => render.asset(found, a)));
      },
    },
    'repos/get-release-asset': {
      handle: (call) => {
        const found = asset(call);
        if (!wantsOctetStream(call.headers)) return ok(render.asset(found.release, found.asset));
        if (found.asset.state !== 'uploaded') throw notFound();
        return { status: 302, headers: { location: env.signedDownloadUrl(found.asset.id) } };
      },
    },
    'repos/update-release-asset': {
      write: true,
      handle: (call) => {
        const found = asset(call);
        store.updateAsset(found.release, found.asset, { name: call.input['name'] as string | undefined, label: call.input['label'] as string | undefined });
        return ok(render.asset(found.release, found.asset));
      },
    },
    'repos/delete-release-asset': {
      write: true,
      handle: (call) => {
        const found = asset(call);
        store.deleteAsset(found.release, found.asset);
        return noContent();
      },
    },
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
    'issues/list-comments': {
      handle: (call) => {
        const number = issue(call);
        const since = call.query.get('since');
        const comments = store.commentsOn(number).filter((c) => !since || c.updated_at >= since);
        return paginate(call, comments.map((c) => render.comment(c, isPull(number))));
      },
    },
    'issues/create-comment': {
      write: true,
      handle: (call) => {
        const number = issue(call);
        const created = store.addComment(number, commentBody(call), call.caller.user!);
        const json = render.comment(created, isPull(number));
        return ok(json, 201, { location: json['url'] as string });
      },
    },
    'issues/update-comment': {
      write: true,
      handle: (call) => {
        const found = comment(call, true);
        found.body = commentBody(call);
        found.updated_at = store.now();
        return ok(render.comment(found, isPull(found.issue)));
      },
    },
    'issues/delete-comment': {
      write: true,
      handle: (call) => {
        const found = comment(call, true);
        store.comments.splice(store.comments.indexOf(found), 1);
        return noContent();
      },
    },

    // -- users and pull requests -----------------------------------------------------------------------------------------
    'users/get-authenticated': {
      handle: (call) => {
        if (!call.caller.user) throw new Refusal(401, 'Requires authentication');
        // An Actions GITHUB_TOKEN (an installation token) may not read /user.
        if (!call.caller.canGetUser) throw new Refusal(403, 'Resource not accessible by integration');
        return ok(render.authenticatedUser(call.caller.user));
      },
    },
    'repos/list-pull-requests-associated-with-commit': {
      handle: (call) => paginate(call, store.pulls.filter((p) => p.head_sha === call.params['commit_sha']).map((p) => render.pull(p, 'simple'))),
    },
    'pulls/get': {
      handle: (call) => {
        const found = store.pulls.find((p) => p.number === Number(call.params['pull_number']));
        if (!found) throw notFound();
        return ok(render.pull(found, 'full'));
      },
    },
  };
}

export function wantsOctetStream(headers: IncomingHttpHeaders): boolean {
  return String(headers.accept ?? '').toLowerCase().includes('application/octet-stream');
}

/** One page of `items` as GitHub pages lists: per_page (default 30, at most 100), page, and a Link header. */
function page(call: Call, items: unknown[], apiUrl: string): Reply {
  const perPage = Math.min(Math.max(Number(call.query.get('per_page') ?? 30) || 30, 1), 100);
  const current = Math.max(Number(call.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(call.query);
    query.set('page', String(n));
    return `<${apiUrl}${call.path}?${query}>; rel="${rel}"`;
  };
  const links = [
    ...(current > 1 ? [link(Math.min(current - 1, last), 'prev')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
    ...(current > 1 ? [link(1, 'first')] : []),
  ];
  const json = items.slice((current - 1) * perPage, current * perPage);
  return { status: 200, json, ...(links.length ? { headers: { link: links.join(', ') } } : {}) };
}
