// The publisher's pull-request lookup (src/github/pulls.ts) and the sticky comment's markers (src/github/comments.ts),
// in process against the loopback GitHub: the cases the end-to-end runs do not reach.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../src/github/client.js';
import { legacyMarkerPattern, markerFor } from '../src/github/comments.js';
import { pullsForWorkflowRun } from '../src/github/pulls.js';
import { FakeGitHub, TOKENS, webhookPayload } from './support/fake-github.js';

let fake: FakeGitHub;
before(async () => {
  fake = await FakeGitHub.start();
});
after(() => fake.close());

const client = () => createClient({ token: TOKENS.actions, apiUrl: fake.apiUrl, repo: { owner: fake.owner, repo: fake.repo }, log: () => {} });
const run = (sha: string, overrides: Record<string, unknown> = {}) => webhookPayload('workflow_run', 'completed', fake, { workflow_run: { head_sha: sha, ...overrides } });

describe('pullsForWorkflowRun', () => {
  test('a same-repository pull request comes from workflow_run.pull_requests, without asking the API', async () => {
    const sha = '5a'.repeat(20);
    fake.addPull({ number: 501, head_sha: sha });
    const from = fake.requests.length;
    assert.deepEqual(await pullsForWorkflowRun(client(), run(sha)), { pulls: [{ number: 501, via: 'workflow_run.pull_requests' }] });
    assert.equal(fake.requests.length, from);
  });

  test("an entry of pull_requests for another repository's pull request is not this repository's", async () => {
    const sha = '5b'.repeat(20);
    const payload = run(sha, { pull_requests: [{ number: 502, head: { sha }, base: { repo: { id: fake.repositoryId + 1 } } }] });
    const found = await pullsForWorkflowRun(client(), payload);
    assert.deepEqual(found.pulls, []);
    assert.match((found as { reason: string }).reason, /no open pull request of .+ has head 5b5b/);
  });

  test("a fork's pull request by <owner>:<branch>, and only with the run's head commit", async () => {
    const sha = '5c'.repeat(20);
    fake.addPull({ number: 503, head_sha: sha, head_ref: 'topic', fork: true, user: { login: 'forker', type: 'User' } });
    assert.deepEqual(await pullsForWorkflowRun(client(), run(sha)), { pulls: [{ number: 503, via: 'pulls?head' }] });
    const stale = await pullsForWorkflowRun(client(), run('5d'.repeat(20), { head_branch: 'topic', head_repository: { owner: { login: 'forker' } } }));
    assert.deepEqual(stale.pulls, []);
    assert.match((stale as { reason: string }).reason, /no open pull request of forker:topic has head 5d5d.*has another head/);
  });

  test('an event without a head commit, or without head owner and branch, finds nothing and says why', async () => {
    assert.match(((await pullsForWorkflowRun(client(), {})) as { reason: string }).reason, /no workflow_run\.head_sha/);
    assert.match(((await pullsForWorkflowRun(client(), { workflow_run: { head_sha: 'not a sha' } })) as { reason: string }).reason, /no workflow_run\.head_sha/);
    const nameless = await pullsForWorkflowRun(client(), { workflow_run: { head_sha: '5e'.repeat(20), pull_requests: [] } });
    assert.match((nameless as { reason: string }).reason, /names no head repository owner and branch/);
  });
});

describe('sticky comment markers', () => {
  test('the marker is the key alone; the old workflow-derived marker of the same key is recognised, of another key not', () => {
    assert.equal(markerFor('default'), '<!-- model-gate comment-key: default -->');
    assert.equal(markerFor('gpu/x'), '<!-- model-gate comment-key: gpu/x -->');
    assert.equal(markerFor('a b -->'), '<!-- model-gate comment-key: a_b_--_ -->', 'no ">": nothing can close the comment early');
    const legacy = legacyMarkerPattern('default');
    assert.ok(legacy.test('report\n<!-- model-gate:model-gate/default -->\n'));
    assert.ok(legacy.test('<!-- model-gate:model-gate_comment/default -->'));
    assert.ok(!legacy.test('<!-- model-gate:model-gate/gpu/default -->'), 'the key gpu/default');
    assert.ok(!legacy.test('<!-- model-gate:model-gate/defaults -->'));
    assert.ok(legacyMarkerPattern('gpu/default').test('<!-- model-gate:model-gate/gpu/default -->'));
  });
});
