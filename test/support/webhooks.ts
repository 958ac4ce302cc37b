// Event payloads for GITHUB_EVENT_PATH: GitHub's own webhook examples (npm @octokit/webhooks-examples), re-pointed at a
// fake GitHub's repository and hosts, with the test's overrides merged in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { repoint, rewriteStrings, type Site } from './fake-github-json.js';
import type { FakePull } from './fake-github-store.js';

export type WebhookEvent = 'pull_request' | 'push' | 'release' | 'workflow_run';

/** What a payload needs of the fake: where it lives, and (for pull_request and workflow_run) its pull requests. */
export interface PayloadTarget extends Site {
  readonly repositoryId: number;
  pull(number: number): FakePull | undefined;
  pulls(): FakePull[];
  addPull(p: Partial<Omit<FakePull, 'id'>> & { number: number; head_sha: string }): FakePull;
}

interface WebhookDefinition {
  name: string;
  actions: string[];
  examples: Array<Record<string, unknown>>;
}

let definitions: WebhookDefinition[] | undefined;

function examplesOf(event: WebhookEvent): Array<Record<string, unknown>> {
  if (!definitions) {
    const require = createRequire(import.meta.url);
    definitions = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as WebhookDefinition[];
  }
  return definitions.find((d) => d.name === event)?.examples ?? [];
}

/**
 * The first of GitHub's examples of `event` with `action` (null for events without actions, such as push), with the
 * repository (name, owner, URLs, and the organization's login when there is one) moved to the fake and GitHub's hosts
 * replaced by the fake's. `overrides` is merged in deeply (objects merge, anything else replaces).
 * A pull_request payload also registers its pull request with the fake (number, head sha, refs, fork) unless the fake
 * already has that number, so the API knows the pull request the event speaks of.
 */
export function webhookPayload(event: WebhookEvent, action: string | null, fake: PayloadTarget, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const examples = examplesOf(event);
  const example = examples.find((e) => (e['action'] ?? null) === action);
  if (!example) {
    const actions = [...new Set(examples.map((e) => e['action'] ?? null))];
    throw new Error(`@octokit/webhooks-examples has no ${event} example with action ${action} (it has ${actions.join(', ')})`);
  }
  const repository = example['repository'] as { full_name: string; name: string; owner: { login: string } };
  const from = { owner: repository.owner.login, repo: repository.name };
  let payload = repoint(example, from, fake) as Record<string, unknown>;
  if (payload['organization']) {
    payload = { ...payload, organization: { ...(rewriteStrings(payload['organization'], [[`/orgs/${from.owner}`, `/orgs/${fake.owner}`]]) as object), login: fake.owner } };
  }
  if (event === 'workflow_run') payload = describeRun(payload, fake, overrides);
  payload = merge(payload, overrides) as Record<string, unknown>;
  if (event === 'pull_request') registerPull(payload, fake);
  return payload;
}

/**
 * A workflow_run event about the run of a pull request, filled in the way github.com fills it: when the fake has an
 * open pull request whose head is the override's `workflow_run.head_sha`, `head_branch` is its branch,
 * `head_repository` the repository that branch lives in (the fork, owned by the fork's owner, for a fork), and
 * `pull_requests` lists it — for a same-repository branch only: for a pull request from a fork GitHub sends [] there
 * (actions/runner#3444, github/docs#22501, https://github.com/orgs/community/discussions/25220). The repository ids are
 * the fake's. Overrides still win, so a test can forge any of these.
 */
function describeRun(payload: Record<string, unknown>, fake: PayloadTarget, overrides: Record<string, unknown>): Record<string, unknown> {
  const sha = (overrides['workflow_run'] as { head_sha?: unknown } | undefined)?.head_sha;
  const pull = fake.pulls().find((p) => p.state === 'open' && p.head_sha === sha);
  const repository = { ...(payload['repository'] as Record<string, unknown>), id: fake.repositoryId };
  const run = { ...(payload['workflow_run'] as Record<string, unknown>), repository: { ...(payload['workflow_run'] as { repository: object }).repository, id: fake.repositoryId } };
  if (!pull) return { ...payload, repository, workflow_run: run };
  const headOwner = pull.fork ? pull.user.login : fake.owner;
  const headRepository = pull.fork
    ? { ...(repoint(repository, fake, { ...fake, owner: headOwner }) as Record<string, unknown>), id: fake.repositoryId + pull.id, fork: true }
    : repository;
  const ref = (r: Record<string, unknown>) => ({ id: r['id'], url: r['url'], name: r['name'] });
  const listed = pull.fork
    ? []
    : [{ url: `${fake.apiUrl}/repos/${fake.owner}/${fake.repo}/pulls/${pull.number}`, id: pull.id, number: pull.number, head: { ref: pull.head_ref, sha: pull.head_sha, repo: ref(repository) }, base: { ref: pull.base_ref, sha: '0'.repeat(40), repo: ref(repository) } }];
  return { ...payload, repository, workflow_run: { ...run, event: 'pull_request', head_branch: pull.head_ref, head_sha: pull.head_sha, head_repository: headRepository, pull_requests: listed } };
}

function registerPull(payload: Record<string, unknown>, fake: PayloadTarget): void {
  const pr = payload['pull_request'] as {
    number: number; state: 'open' | 'closed'; title: string; user: { login: string; type: 'User' | 'Bot' };
    head: { sha: string; ref: string; repo: { fork?: boolean; full_name?: string } | null };
    base: { ref: string; repo: { full_name?: string } };
  };
  if (fake.pull(pr.number)) return;
  const fork = Boolean(pr.head.repo && (pr.head.repo.fork || pr.head.repo.full_name !== pr.base.repo.full_name));
  fake.addPull({
    number: pr.number, head_sha: pr.head.sha, state: pr.state, head_ref: pr.head.ref, base_ref: pr.base.ref, title: pr.title,
    fork, user: { login: pr.user.login, type: pr.user.type },
  });
}

function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = key in base ? merge(base[key], value) : structuredClone(value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
