// The edge to GitHub's REST API: one Octokit with retry and throttling, and the repository it speaks about.
// Nothing here logs a token; log lines name routes and statuses only.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

type Octokit = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface GitHubClient {
  octokit: Octokit;
  repo: Repo;
  token: string;
  apiUrl: string;
  log: (line: string) => void;
}

interface ClientOptions {
  token: string;
  apiUrl: string;
  repo: Repo;
  log: (line: string) => void;
  /** Longest wait the client accepts before retrying a rate-limited call, seconds. */
  maxRetryAfter?: number;
}

/** Rate-limited calls are retried twice at most, and only when GitHub asks for a wait the job can afford. */
const RATE_LIMIT_RETRIES = 2;

export function createClient(options: ClientOptions): GitHubClient {
  const maxWait = options.maxRetryAfter ?? 120;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < RATE_LIMIT_RETRIES && retryAfter <= maxWait;
    options.log(`GitHub ${kind} on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return again;
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      // Rate limits (429, and 403 secondary limits) belong to the throttling plugin and its wait policy, not to retry.
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => options.log(m), error: (m: string) => options.log(m) },
    },
    retry,
    throttling,
  );
  return { octokit, repo: options.repo, token: options.token, apiUrl: options.apiUrl.replace(/\/$/, ''), log: options.log };
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : null;
}

/** GitHub's validation error code for a field, e.g. "already_exists" on an upload of a taken name. */
export function validationCode(error: unknown): string | null {
  const errors = (error as { response?: { data?: { errors?: Array<{ code?: string }> } } })?.response?.data?.errors;
  return errors?.[0]?.code ?? null;
}
