// Running the built action (dist/index.js of a clean copy, helpers.ts runBuiltAction) against a loopback GitHub, the
// way the runner would for a given event: GITHUB_* variables, the event payload file, a token.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActionRun, fixtureWorkspace, runBuiltAction } from '../helpers.js';
import { type FakeGitHub, TOKENS, webhookPayload } from './fake-github.js';

/** Tiny bench settings: the tests check behaviour; a second of sampling per model pair is plenty for that. */
export const FAST = { 'load-samples': '3', 'latency-rounds': '2', 'bench-budget': '1' };
export const GATE = { models: 'models/*.onnx', 'eval-data': 'eval', ...FAST };

/** The README's workflow names (workflows 1 and 3): the marker must not depend on them. */
export const MEASURING_WORKFLOW = 'model-gate';
export const PUBLISHING_WORKFLOW = 'model-gate comment';

export interface EventRun {
  event: 'pull_request' | 'push' | 'release' | 'workflow_run';
  action?: string | null;
  payload?: Record<string, unknown>;
  ref?: string;
  token?: string;
  variant?: string;
  inputs?: Record<string, string>;
  workspace?: string;
  workflow?: string;
}

export type EventRunResult = ActionRun & { workspace: string };

export async function runOnEvent(fake: FakeGitHub, run: EventRun): Promise<EventRunResult> {
  const workspace = run.workspace ?? (await fixtureWorkspace(run.variant ?? 'unchanged'));
  const payload = run.payload ?? webhookPayload(run.event, run.action ?? null, fake);
  const eventPath = join(workspace, '.event.json');
  await writeFile(eventPath, JSON.stringify(payload));
  const env = {
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_SERVER_URL: fake.storageUrl,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: run.ref ?? 'refs/heads/feature',
    GITHUB_WORKFLOW: run.workflow ?? (run.event === 'workflow_run' ? PUBLISHING_WORKFLOW : MEASURING_WORKFLOW),
    GITHUB_RUN_ID: '4242',
  };
  const r = await runBuiltAction(process.execPath, workspace, { 'github-token': run.token ?? TOKENS.actions, ...(run.inputs ?? GATE) }, env);
  // No token in any log line, whatever happened.
  for (const t of Object.values(TOKENS)) assert.ok(!r.stdout.includes(t) && !r.stderr.includes(t), `a token reached the log:\n${r.stdout}\n${r.stderr}`);
  return { ...r, workspace };
}

/** A pull_request event (GitHub's example) for pull request `number` with head `sha`, registered with the fake. */
export function prPayload(fake: FakeGitHub, number: number, sha: string, fork = false): Record<string, unknown> {
  return webhookPayload('pull_request', 'opened', fake, { number, pull_request: { number, head: { sha, repo: fork ? { fork: true } : {} } } });
}

/** A workflow_run event for the run whose head commit is `sha`, filled in from the fake's pull requests like GitHub does. */
export function runPayload(fake: FakeGitHub, sha: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return webhookPayload('workflow_run', 'completed', fake, { workflow_run: { head_sha: sha, event: 'pull_request', ...overrides } });
}

/** The ::error:: lines of a run. */
export function errorLines(r: ActionRun): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
}

/**
 * A failed step of bad input: exit 1, verdict error, exactly one error line that names the input and matches `reason`,
 * and no stack trace anywhere.
 */
export function assertInputFailure(r: ActionRun, input: string, reason: RegExp): void {
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.outputs.verdict, 'error');
  const errors = errorLines(r);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.ok(errors[0]!.startsWith(`::error::input '${input}'`), errors[0]);
  assert.match(errors[0]!, reason);
  assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

export async function readReport(r: EventRunResult): Promise<{ verdict: string; summary: string; removed: string[]; models: Array<{ name: string; candidate: { producer: string } }> }> {
  return JSON.parse(await readFile(join(r.workspace, r.outputs['report-json']!), 'utf8'));
}
