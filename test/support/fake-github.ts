// A GitHub REST API on loopback for the tests: three real HTTP servers (api.github.com, uploads.github.com, and the
// storage host release downloads redirect to) over one repository's state. Every request to the api and uploads hosts
// is checked against GitHub's published OpenAPI description (openapi.ts); a request that breaks it, or that reaches an
// operation the fake does not implement, is recorded in `violations` and answered with a 4xx.
//
// Each behaviour it emulates names its source beside it: GitHub's REST documentation, its description
// (@octokit/openapi), a recorded github.com interaction (@octokit/fixtures, scenarios/api.github.com/<name>; replayed
// against the fake by test/github-fixtures.test.ts), or a public report of what github.com did where the documentation is
// silent. Where the fake is stricter than GitHub (unknown query parameters, chunked uploads) it says so.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Renderer } from './fake-github-json.js';
import { routeTable, type Call, type Caller, type Reply, type Route } from './fake-github-routes.js';
import { FakeStore, Refusal, type AssetInput, type FakeComment, type FakePull, type FakeRelease, type FakeUser } from './fake-github-store.js';
import { openApiChecker, type OpenApiChecker } from './openapi.js';

export type { FakeAsset, FakeComment, FakePull, FakeRelease, FakeUser } from './fake-github-store.js';
export { ACTIONS_BOT, githubAssetName } from './fake-github-store.js';
export { MAX_COMMENT_LENGTH } from './fake-github-routes.js';
export { webhookPayload, type WebhookEvent } from './webhooks.js';
export { githubLinks, renderedText, type Linked } from './github-links.js';

export type Host = 'api' | 'uploads' | 'storage';

export interface RecordedRequest {
  method: string;
  host: Host;
  /** The raw path, without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The status answered; 0 when the connection was reset instead (or no answer was sent yet). */
  status: number;
}

export interface Fault {
  method?: string;
  /** Tested against the raw path (no query). */
  path?: RegExp;
  host?: Host;
  /** How many matching requests it answers (default 1); then it is gone. */
  times?: number;
  /**
   * status: answer `status` with `headers` and the JSON `body` (default: GitHub's error body for the status).
   * abort-upload: an upload that fails upstream: 502, and GitHub's empty asset in state "starter" is left behind.
   * reset: the connection is destroyed without an answer.
   */
  kind: 'status' | 'abort-upload' | 'reset';
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface TokenInfo {
  login: string;
  type: 'User' | 'Bot';
  /** May create and change releases, assets and comments; false: a fork pull request's read-only GITHUB_TOKEN. */
  canWrite: boolean;
  /** May read GET /user; false for installation tokens such as the Actions GITHUB_TOKEN. */
  canGetUser: boolean;
}

/** The tokens a fake accepts unless `start` is given others (shaped like GitHub's, so leak checks can look for them). */
export const TOKENS = {
  /** The workflow's GITHUB_TOKEN with write permissions: acts as github-actions[bot]. */
  actions: 'ghs_fakeActionsWriteToken0000000000001',
  /** A fork pull request's GITHUB_TOKEN: read-only. */
  forkReadOnly: 'ghs_fakeForkReadOnlyToken0000000000002',
  /** A maintainer's personal access token: may read /user. */
  user: 'ghp_fakePersonalToken00000000000000003',
  /** A GitHub App's installation token: comments as model-gate-app[bot], and (an installation token) may not read /user. */
  app: 'ghs_fakeAppInstallationToken000000000004',
} as const;

export const DEFAULT_TOKENS: Record<string, TokenInfo> = {
  [TOKENS.actions]: { login: 'github-actions[bot]', type: 'Bot', canWrite: true, canGetUser: false },
  [TOKENS.forkReadOnly]: { login: 'github-actions[bot]', type: 'Bot', canWrite: false, canGetUser: false },
  [TOKENS.user]: { login: 'model-gate-maintainer', type: 'User', canWrite: true, canGetUser: true },
  [TOKENS.app]: { login: 'model-gate-app[bot]', type: 'Bot', canWrite: true, canGetUser: false },
};

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Replaces DEFAULT_TOKENS. */
  tokens?: Record<string, TokenInfo>;
  /** The repository has immutable releases on: publishing freezes a release's assets and tag (default false). */
  immutableReleases?: boolean;
  /** Also check every 2xx JSON answer of the fake against the description's response schema (`responseViolations`). */
  checkResponses?: boolean;
}

/**
 * Ready-made faults with GitHub's documented answers; `match` narrows which request they hit. The rate limits are as
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api describes them (primary: 403 or 429 with
 * x-ratelimit-remaining 0; secondary: 403 or 429 with retry-after and the message Octokit's throttling plugin matches).
 */
export const faults = {
  /** Primary rate limit: 429, x-ratelimit-remaining 0, reset `seconds` from now, and retry-after. */
  rateLimited(seconds = 1, match: Partial<Pick<Fault, 'method' | 'path' | 'host' | 'times'>> = {}): Fault {
    return {
      ...match, kind: 'status', status: 429,
      headers: { 'retry-after': String(seconds), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + seconds) },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api' },
    };
  },
  /** Secondary rate limit: 403 with retry-after and the message Octokit's throttling plugin recognises. */
  secondaryRateLimit(seconds = 1, match: Partial<Pick<Fault, 'method' | 'path' | 'host' | 'times'>> = {}): Fault {
    return {
      ...match, kind: 'status', status: 403,
      headers: { 'retry-after': String(seconds) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    };
  },
  status(status: number, match: Partial<Pick<Fault, 'method' | 'path' | 'host' | 'times'>> = {}): Fault {
    return { ...match, kind: 'status', status };
  },
  reset(match: Partial<Pick<Fault, 'method' | 'path' | 'host' | 'times'>> = {}): Fault {
    return { ...match, kind: 'reset' };
  },
  abortUpload(match: Partial<Pick<Fault, 'method' | 'path' | 'times'>> = {}): Fault {
    return { method: 'POST', ...match, host: 'uploads', kind: 'abort-upload' };
  },
};

const ANONYMOUS: Caller = { user: null, canWrite: false, canGetUser: false };
const REPOSITORY_ID = 700_000_001;

export class FakeGitHub {
  readonly apiUrl: string;
  readonly uploadsUrl: string;
  readonly storageUrl: string;
  /** github.com (release pages, browser_download_url): answered by the storage server. */
  readonly webUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** The repository's id: Link headers and `/repositories/{id}/…` name it (see serveApi). */
  readonly repositoryId = REPOSITORY_ID;
  readonly tokens: Record<string, TokenInfo>;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** With `checkResponses`: every answer of the fake that did not match the description (a bug in the fake). */
  readonly responseViolations: string[] = [];

  private readonly store: FakeStore;
  private readonly render: Renderer;
  private readonly routes: Record<string, Route>;
  private readonly checker: OpenApiChecker;
  private readonly pending: Array<Fault & { remaining: number }> = [];
  private readonly used = new Map<string, number>();
  private readonly signingKey = randomBytes(32);
  private readonly resetAt = Math.ceil(Date.now() / 1000) + 3600;

  private constructor(
    private readonly servers: Record<Host, Server>,
    urls: Record<Host, string>,
    private readonly options: FakeGitHubOptions,
  ) {
    this.apiUrl = urls.api;
    this.uploadsUrl = urls.uploads;
    this.storageUrl = urls.storage;
    this.webUrl = urls.storage;
    this.owner = options.owner ?? 'model-gate-org';
    this.repo = options.repo ?? 'models';
    this.tokens = options.tokens ?? DEFAULT_TOKENS;
    this.checker = openApiChecker();
    this.store = new FakeStore({ immutableReleases: options.immutableReleases ?? false });
    this.render = new Renderer(this);
    this.routes = routeTable({
      store: this.store,
      render: this.render,
      apiUrl: this.apiUrl,
      owner: this.owner,
      pagePrefix: `/repositories/${REPOSITORY_ID}`,
      signedDownloadUrl: (id) => this.signedDownloadUrl(id),
    });
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    // Read the description now (~150 ms), not inside the first request and its client's timeout.
    openApiChecker();
    let fake: FakeGitHub | undefined;
    const server = (host: Host) =>
      createServer((req, res) => {
        if (fake) void fake.serve(host, req, res);
        else res.destroy();
      });
    const servers: Record<Host, Server> = { api: server('api'), uploads: server('uploads'), storage: server('storage') };
    const urls = Object.fromEntries(await Promise.all((Object.keys(servers) as Host[]).map(async (host) => [host, await listen(servers[host])] as const)));
    fake = new FakeGitHub(servers, urls as Record<Host, string>, options);
    return fake;
  }

  async close(): Promise<void> {
    await Promise.all(
      Object.values(this.servers).map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
  }

  // -- state ---------------------------------------------------------------------------------------------------------------

  /** Seeds a release (published unless `draft`), with assets; created_at follows the fake's clock unless given. */
  addRelease(r: Partial<Omit<FakeRelease, 'id' | 'assets'>> & { tag_name: string; assets?: AssetInput[] }): FakeRelease {
    const { assets = [], ...fields } = r;
    const release = this.store.createRelease(fields);
    const frozen = release.immutable;
    release.immutable = false; // seeding may fill a release that is then frozen
    for (const asset of assets) this.store.addAsset(release, asset, release.author);
    release.immutable = frozen;
    return release;
  }

  /** The release with this tag (drafts included), live: changes made through the API show here. */
  release(tag: string): FakeRelease | undefined {
    return this.store.releases.find((r) => r.tag_name === tag);
  }

  releases(): FakeRelease[] {
    return [...this.store.releases];
  }

  /** The release as the REST API shows it (e.g. for a `release` event payload). */
  releaseJson(tag: string): Record<string, unknown> {
    const release = this.release(tag);
    if (!release) throw new Error(`no release ${tag}`);
    return this.render.release(release);
  }

  addComment(issue: number, body: string, user: FakeUser): FakeComment {
    return this.store.addComment(issue, body, user);
  }

  comments(issue: number): FakeComment[] {
    return this.store.commentsOn(issue);
  }

  /** Every request that edited or deleted comment `id` (write access may, as on GitHub: whether a caller did is here). */
  commentWrites(id: number): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path.endsWith(`/issues/comments/${id}`));
  }

  /** Adds (or replaces) a pull request; its number is then also an issue that takes comments. */
  addPull(p: Partial<Omit<FakePull, 'id'>> & { number: number; head_sha: string }): FakePull {
    return this.store.addPull(p);
  }

  pull(number: number): FakePull | undefined {
    return this.store.pulls.find((p) => p.number === number);
  }

  pulls(): FakePull[] {
    return [...this.store.pulls];
  }

  /** Makes an issue number exist (without a pull request) so comments may be posted to it. */
  addIssue(number: number): void {
    this.store.issues.add(number);
  }

  // -- faults and findings -------------------------------------------------------------------------------------------------

  /** Queues a fault; faults are matched in order against incoming requests, each firing `times` times. */
  inject(fault: Fault): void {
    this.pending.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** Faults injected that have not fired (all of their `times`) yet. */
  get pendingFaults(): number {
    return this.pending.length;
  }

  storageSawAuthorization(): boolean {
    return this.requests.some((r) => r.host === 'storage' && r.headers['authorization'] !== undefined);
  }

  /** Throws, listing them, when any request broke the description (or the fake's own answers did, when checked). */
  assertNoViolations(): void {
    const all = [...this.violations, ...this.responseViolations.map((v) => `(fake's answer) ${v}`)];
    if (all.length > 0) throw new Error(`GitHub API violations:\n${all.map((v) => `  - ${v}`).join('\n')}`);
  }

  // -- serving -------------------------------------------------------------------------------------------------------------

  private violate(text: string): void {
    this.violations.push(this.redact(text));
  }

  /** Findings end up in test output: no token may appear in them, even one a client put in a query string. */
  private redact(text: string): string {
    return Object.keys(this.tokens).reduce((t, token) => t.split(token).join('***'), text);
  }

  private async serve(host: Host, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const at = raw.indexOf('?');
    const path = at === -1 ? raw : raw.slice(0, at);
    const query = new URLSearchParams(at === -1 ? '' : raw.slice(at + 1));
    const method = req.method ?? 'GET';
    const recorded: RecordedRequest = { method, host, path, query, headers: { ...req.headers }, body: Buffer.alloc(0), status: 0 };
    this.requests.push(recorded);
    res.on('finish', () => (recorded.status = res.statusCode));
    try {
      recorded.body = await readBody(req);
      if (host === 'storage') this.serveStorage(recorded, res);
      else this.serveApi(host, recorded, req, res);
    } catch (error) {
      // A bug in the fake must fail the test as loudly as a bad request.
      this.violate(`${describe(recorded)}: the fake itself failed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'fake-github internal error' });
    }
  }

  private serveApi(host: 'api' | 'uploads', recorded: RecordedRequest, req: IncomingMessage, res: ServerResponse): void {
    const headers = this.rateHeaders(req);
    const path = this.canonicalPath(recorded.path);
    if (path === null) return sendJson(res, 404, errorBody(404, 'Not Found', 'https://docs.github.com/rest'), headers);
    const check = this.checker.checkRequest({ host, method: recorded.method, path, query: recorded.query, headers: recorded.headers, body: recorded.body });
    const docsUrl = check.operation?.docsUrl || 'https://docs.github.com/rest';
    if (check.problems.length > 0) {
      this.violate(`${describe(recorded)}: ${check.problems.join('; ')}`);
      const message = this.redact(`${STATUS_CODES[check.status] ?? 'Error'} (fake-github: ${check.problems.join('; ')})`);
      return sendJson(res, check.status, errorBody(check.status, message, docsUrl), headers);
    }
    const operation = check.operation!;

    const fault = this.takeFault(host, recorded);
    if (fault) return this.applyFault(fault, operation.id === 'repos/upload-release-asset' ? operation.params : null, recorded, res, headers);

    const route = this.routes[operation.id];
    if (!route) {
      this.violate(`${describe(recorded)}: ${operation.id} is in GitHub's description but the fake does not implement it`);
      return sendJson(res, 404, errorBody(404, `Not Found (fake-github does not implement ${operation.id})`, docsUrl), headers);
    }

    try {
      const caller = this.authenticate(recorded.headers['authorization']);
      const { owner, repo } = operation.params;
      if (owner !== undefined && (owner.toLowerCase() !== this.owner.toLowerCase() || repo?.toLowerCase() !== this.repo.toLowerCase())) throw new Refusal(404, 'Not Found');
      if (route.write && !caller.user) throw new Refusal(401, 'Requires authentication');
      if (route.write && !caller.canWrite) throw new Refusal(403, 'Resource not accessible by integration');
      const input = (check.json ?? {}) as Record<string, unknown>;
      const call: Call = { operation, path, params: operation.params, query: recorded.query, headers: req.headers, body: recorded.body, input, caller };
      const reply = route.handle(call);
      if (this.options.checkResponses && reply.json !== undefined) {
        for (const problem of this.checker.checkResponse(operation.id, reply.status, reply.json)) this.responseViolations.push(this.redact(`${describe(recorded)} → ${reply.status}: ${problem}`));
      }
      this.sendReply(res, reply, headers);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      const body = { ...errorBody(error.status, error.message, error.status === 401 ? 'https://docs.github.com/rest' : docsUrl), ...(error.errors ? { errors: error.errors } : {}) };
      // The uploads host also names the request in its error bodies (recorded: @octokit/fixtures scenario
      // release-assets-conflict, the 422 already_exists answer).
      if (host === 'uploads') Object.assign(body, { request_id: headers['x-github-request-id'] });
      sendJson(res, error.status, body, headers);
    }
  }

  /**
   * github.com serves a repository's routes under `/repositories/{id}/…` too, and its Link headers point there (recorded:
   * @octokit/fixtures scenario paginate-issues, whose pages 2–5 are requested as /repositories/1000/issues); the
   * description lists only `/repos/{owner}/{repo}/…`, so such a path is checked and served as that. Another id: null.
   */
  private canonicalPath(path: string): string | null {
    const byId = /^\/repositories\/(\d+)(\/.+)$/.exec(path);
    if (!byId) return path;
    return Number(byId[1]) === REPOSITORY_ID ? `/repos/${this.owner}/${this.repo}${byId[2]}` : null;
  }

  private sendReply(res: ServerResponse, reply: Reply, base: Record<string, string>): void {
    if (reply.json !== undefined) return sendJson(res, reply.status, reply.json, { ...base, ...reply.headers });
    res.writeHead(reply.status, { ...base, ...reply.headers, 'content-length': '0' });
    res.end();
  }

  /**
   * `Authorization: token …` or `Bearer …` (https://docs.github.com/rest/authentication/authenticating-to-the-rest-api);
   * an unknown token is 401 "Bad credentials", no header an anonymous caller (recorded answers to both: the 401 bodies
   * quoted in mislav/hub#2149).
   */
  private authenticate(header: string | string[] | undefined): Caller {
    if (header === undefined) return ANONYMOUS;
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(String(header));
    const info = match ? this.tokens[match[1]!] : undefined;
    if (!info) throw new Refusal(401, 'Bad credentials');
    return { user: { login: info.login, type: info.type }, canWrite: info.canWrite, canGetUser: info.canGetUser };
  }

  /**
   * GitHub's x-ratelimit-* headers, counted per credential (5000 an hour with a token, 60 without:
   * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api), and the request id and media type
   * headers every recorded answer carries (@octokit/fixtures, e.g. scenario release-assets).
   */
  private rateHeaders(req: IncomingMessage): Record<string, string> {
    const key = String(req.headers.authorization ?? 'anonymous');
    const used = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, used);
    const limit = key === 'anonymous' ? 60 : 5000;
    return {
      'x-github-request-id': randomUUID().toUpperCase().slice(0, 23).replace(/-/g, ':'),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(limit - used, 0)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    };
  }

  // -- faults ------------------------------------------------------------------------------------------------------------

  private takeFault(host: Host, recorded: RecordedRequest): Fault | undefined {
    const index = this.pending.findIndex((f) => {
      if (f.path) f.path.lastIndex = 0;
      return (!f.host || f.host === host) && (!f.method || f.method.toUpperCase() === recorded.method) && (!f.path || f.path.test(recorded.path));
    });
    const fault = this.pending[index];
    if (!fault) return undefined;
    if (--fault.remaining <= 0) this.pending.splice(index, 1);
    return fault;
  }

  private applyFault(fault: Fault, upload: Record<string, string> | null, recorded: RecordedRequest, res: ServerResponse, base: Record<string, string>): void {
    if (fault.kind === 'reset') {
      res.socket?.destroy();
      return;
    }
    if (fault.kind === 'abort-upload' && upload) {
      // "When an upstream failure occurs, you will receive a 502 Bad Gateway status. This may leave an empty asset with
      // a state of starter. It can be safely deleted." (description of repos/upload-release-asset)
      const release = this.store.releaseById(Number(upload['release_id']));
      const name = recorded.query.get('name');
      const caller = this.tokens[String(recorded.headers['authorization']).replace(/^\S+\s+/, '')];
      if (release && name && caller) {
        try {
          this.store.addAsset(release, { name, data: Buffer.alloc(0), state: 'starter', content_type: String(recorded.headers['content-type']) }, { login: caller.login, type: caller.type });
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
      }
    }
    const status = fault.status ?? (fault.kind === 'abort-upload' ? 502 : 500);
    const body = fault.body ?? errorBody(status, STATUS_CODES[status] ?? 'Error', 'https://docs.github.com/rest');
    sendJson(res, status, body, { ...base, ...fault.headers });
  }

  // -- storage -------------------------------------------------------------------------------------------------------------

  private signedDownloadUrl(assetId: number): string {
    const expires = new Date(Date.now() + 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const query = new URLSearchParams({ sp: 'r', sv: '2018-11-09', sr: 'b', spr: 'https', se: expires, rsct: 'application/octet-stream', sig: this.sign(assetId, expires) });
    return `${this.storageUrl}/github-production-release-asset/${REPOSITORY_ID}/${assetId}?${query}`;
  }

  private sign(assetId: number, expires: string): string {
    return createHmac('sha256', this.signingKey).update(`${assetId}\n${expires}`).digest('base64url');
  }

  /**
   * The storage host: signed asset URLs (what the API's 302 points at) and github.com's browser download URLs (which
   * redirect to a signed URL). Like GitHub's storage it refuses a request that also carries Authorization: 400
   * InvalidArgument "Only one auth mechanism allowed" (the S3 answer quoted in octokit/rest.js#6 and
   * google/go-github#246; octokit/core.js#415 shows the same refusal from the later storage host). Signed URLs expire
   * (five minutes here; the recorded S3 URL of octokit/octokit.js#967 has X-Amz-Expires=300).
   */
  private serveStorage(recorded: RecordedRequest, res: ServerResponse): void {
    const fault = this.takeFault('storage', recorded);
    if (fault) return this.applyFault(fault, null, recorded, res, {});
    if (recorded.headers['authorization'] !== undefined) {
      return sendXml(res, 400, 'InvalidArgument', 'Only one auth mechanism allowed; only the signature query string or the Authorization header should be specified');
    }
    if (recorded.method !== 'GET' && recorded.method !== 'HEAD') {
      this.violate(`${describe(recorded)}: the storage host serves only GET`);
      return sendXml(res, 405, 'UnsupportedHttpVerb', 'The resource does not support the specified HTTP verb.');
    }

    const signed = new RegExp(`^/github-production-release-asset/${REPOSITORY_ID}/(\\d+)$`).exec(recorded.path);
    if (signed) {
      const id = Number(signed[1]);
      const expires = recorded.query.get('se') ?? '';
      if (recorded.query.get('sig') !== this.sign(id, expires)) return sendXml(res, 403, 'AuthenticationFailed', 'Signature did not match.');
      if (Date.parse(expires) < Date.now()) return sendXml(res, 403, 'AuthenticationFailed', 'Signed expiry time has passed.');
      const found = this.store.findAsset(id);
      if (!found || found.asset.state !== 'uploaded') return sendXml(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      found.asset.download_count++;
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(found.asset.size),
        'content-disposition': `attachment; filename=${found.asset.name}`,
        'last-modified': new Date(found.asset.updated_at).toUTCString(),
      });
      return void res.end(recorded.method === 'HEAD' ? undefined : found.asset.data);
    }

    const prefix = `/${this.owner}/${this.repo}/releases/download/`;
    if (recorded.path.startsWith(prefix)) {
      const [tag, name, ...rest] = recorded.path.slice(prefix.length).split('/').map(decodeURIComponent);
      const release = this.store.releases.find((r) => !r.draft && r.tag_name === tag);
      const asset = release?.assets.find((a) => a.name === name && a.state === 'uploaded');
      if (!asset || rest.length > 0) return sendText(res, 404, 'Not Found');
      res.writeHead(302, { location: this.signedDownloadUrl(asset.id), 'content-length': '0' });
      return void res.end();
    }

    this.violate(`${describe(recorded)}: no such URL on the storage host (a download URL the fake never handed out)`);
    sendXml(res, 404, 'ResourceNotFound', 'The specified resource does not exist.');
  }
}

// ---------------------------------------------------------------------------------------------------------------------

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function describe(r: RecordedRequest): string {
  const query = r.query.toString();
  return `${r.method} ${r.host}:${r.path}${query ? `?${query}` : ''}`;
}

/**
 * GitHub's error body: message and documentation_url (recorded: @octokit/fixtures scenario errors), and the status as
 * a string, which current answers carry (e.g. the 403 quoted in actions/create-github-app-token#258).
 */
function errorBody(status: number, message: string, documentationUrl: string): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

function sendJson(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(json));
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) });
  res.end(body);
}

function sendXml(res: ServerResponse, status: number, code: string, message: string): void {
  const body = Buffer.from(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': String(body.length) });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}
