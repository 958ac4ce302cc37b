// The built action against a loopback GitHub (test/support/fake-github.ts) that validates every request against GitHub's
// OpenAPI description: releases as baselines, the sticky comment, release gating, fork safety, and the faults GitHub
// really produces. Each run is the real `node dist/index.js` with the runner's environment variables.
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { createClient } from '../src/github/client.js';
import { markerFor, MAX_COMMENT_LENGTH, upsertStickyComment } from '../src/github/comments.js';
import { FakeGitHub, faults, TOKENS, webhookPayload } from './support/fake-github.js';
import { sha256, smallSynthetic } from './codec-support.js';
import { assertNoRegression, BASELINE_MODEL, cli, FIXTURES, fixtureWorkspace, runBuiltAction, scratch } from './helpers.js';

const FAST = { 'load-samples': '3', 'latency-rounds': '2' };
const GATE = { models: 'models/*.onnx', 'eval-data': 'eval', ...FAST };
const PR = 7;
let fake: FakeGitHub;

before(async () => {
  fake = await FakeGitHub.start();
});
after(() => fake.close());
afterEach(() => fake.assertNoViolations());

const DATA_ASSET = 'wide.wide.weights.planes';

/** A workspace whose ext/wide.onnx keeps its weights in ext/wide.weights, and that model's pack as release assets. */
async function externalDataPack() {
  const workspace = await fixtureWorkspace('unchanged');
  await mkdir(join(workspace, 'ext'));
  await smallSynthetic(join(workspace, 'ext'), 'wide', 'float32', 2048, 'wide.weights');
  const dir = await scratch();
  const packed = await cli(['pack', join(workspace, 'ext', 'wide.onnx'), '--out', dir]);
  assert.equal(packed.code, 0, packed.stderr);
  const assets = await packAssets(dir);
  assert.ok(assets.some((a) => a.name === DATA_ASSET), assets.map((a) => a.name).join(', '));
  return { workspace, assets };
}

/** The files of a pack folder, as release assets. */
async function packAssets(dir: string) {
  return Promise.all((await readdir(dir)).map(async (name) => ({ name, data: await readFile(join(dir, name)) })));
}

/** `assets` with one byte of `name` flipped by `mask` at `at(length)`, and no GitHub digest to give the change away. */
function corrupted(assets: Array<{ name: string; data: Buffer }>, name: string, at: (length: number) => number, mask: number) {
  const original = assets.find((a) => a.name === name)!;
  const bad = Buffer.from(original.data);
  bad[at(bad.length)]! ^= mask;
  return [...assets.filter((a) => a !== original), { name, data: bad, digest: 'none' as const }];
}

/** The committed baseline pack (schema version 1: its manifest still names the packed file's sha256). */
function baselineAssets() {
  return packAssets(join(FIXTURES, 'baseline'));
}

let releases = 0;
/** A fresh repository state per test: the fake is shared, so each test uses its own tags and PR numbers. */
function uniqueTag(prefix = 'v1.0') {
  releases++;
  return `${prefix}.${releases}`;
}

interface Run {
  event: 'pull_request' | 'push' | 'release' | 'workflow_run';
  action?: string | null;
  payload?: Record<string, unknown>;
  ref?: string;
  token?: string;
  variant?: string;
  inputs?: Record<string, string>;
  workspace?: string;
}

async function runOnEvent(run: Run) {
  const workspace = run.workspace ?? (await fixtureWorkspace(run.variant ?? 'unchanged'));
  const payload = run.payload ?? webhookPayload(run.event, run.action ?? null, fake);
  const eventPath = join(workspace, '.event.json');
  await writeFile(eventPath, JSON.stringify(payload));
  const token = run.token ?? TOKENS.actions;
  const env = {
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_SERVER_URL: fake.storageUrl,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: run.ref ?? 'refs/heads/feature',
    GITHUB_WORKFLOW: 'model-gate',
    GITHUB_RUN_ID: '4242',
  };
  const r = await runBuiltAction(process.execPath, workspace, { 'github-token': token, ...(run.inputs ?? GATE) }, env);
  // No token in any log line, whatever happened.
  for (const t of Object.values(TOKENS)) assert.ok(!r.stdout.includes(t) && !r.stderr.includes(t), `a token reached the log:\n${r.stdout}\n${r.stderr}`);
  return { ...r, workspace };
}

const prPayload = (number: number, sha: string, fork = false) =>
  webhookPayload('pull_request', 'opened', fake, { number, pull_request: { number, head: { sha, repo: fork ? { fork: true } : {} } } });

describe('the previous release as baseline', () => {
  test('latest release with a model-gate pack: compared, and its assets verified without leaking the token', async () => {
    const tag = uniqueTag();
    fake.addRelease({ tag_name: tag, created_at: '2030-01-01T00:00:00Z', published_at: '2030-01-01T00:00:00Z', assets: await baselineAssets() });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(101, 'a'.repeat(40)) });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assertNoRegression(JSON.parse(await readFile(join(r.workspace, r.outputs['report-json']!), 'utf8')), r.summary);
    assert.equal(r.outputs['baseline-tag'], tag);
    assert.match(r.summary, new RegExp(`baseline release ${tag.replace(/\./g, '\\.')}`));
    assert.ok(fake.requests.some((q) => q.host === 'storage'), 'assets came through the storage redirect');
    assert.equal(fake.storageSawAuthorization(), false, 'the redirect must not carry the token');
  });

  test('a release without model-gate assets: no-baseline, a line saying why, exit 0', async () => {
    const tag = uniqueTag();
    fake.addRelease({ tag_name: tag, created_at: '2031-01-01T00:00:00Z', published_at: '2031-01-01T00:00:00Z', assets: [{ name: 'notes.txt', data: Buffer.from('hi') }] });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(102, 'b'.repeat(40)) });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'no-baseline');
    assert.match(r.summary, new RegExp(`release ${tag.replace(/\./g, '\\.')} has no model-gate assets`));
  });

  test('a tag that has no release (404): no-baseline', async () => {
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(103, 'c'.repeat(40)), inputs: { ...GATE, baseline: 'release:v9.9.9' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'no-baseline');
    assert.match(r.summary, /release v9\.9\.9 does not exist/);
  });

  test('a corrupted asset is refused before anything is decompressed', async () => {
    const assets = await baselineAssets();
    const packed = assets.find((a) => a.name.endsWith('.zst'))!;
    const tag = uniqueTag('v0.9');
    fake.addRelease({ tag_name: tag, assets: corrupted(assets, packed.name, (n) => n - 3, 0xff) });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(104, 'd'.repeat(40)), inputs: { ...GATE, baseline: `release:${tag}` } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::release v0\.9\.\d+: asset iris\.onnx\.zst: sha256 [0-9a-f]+ does not match the manifest's/);
    assert.equal(r.outputs.verdict, 'error');
  });
  test('a corrupted asset of a schema-3 pack (no packed sha256) is refused by the decoder: error naming the file', async () => {
    const dir = await scratch();
    const packed = await cli(['pack', BASELINE_MODEL, '--out', dir, '--codec', 'zstd']);
    assert.equal(packed.code, 0, packed.stderr);
    const assets = await packAssets(dir);
    assert.equal(JSON.parse(assets.find((a) => a.name === 'manifest.json')!.data.toString()).models[0].packed.sha256, undefined);
    const tag = uniqueTag('v0.8');
    // Three bytes from the end: inside the frame's content checksum.
    fake.addRelease({ tag_name: tag, assets: corrupted(assets, 'iris.onnx.zst', (n) => n - 3, 0xff) });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(105, 'f'.repeat(40)), inputs: { ...GATE, baseline: `release:${tag}` } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::.*iris\.onnx\.zst: .*(checksum|corrupt|not a valid zstd frame)/i);
  });

  test('a release pack with external data: the data files are downloaded and verified with the model', async () => {
    const { workspace, assets } = await externalDataPack();
    const tag = uniqueTag('v0.7');
    fake.addRelease({ tag_name: tag, assets });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(106, '9'.repeat(40)), workspace, inputs: { models: 'ext/*.onnx', ...FAST, baseline: `release:${tag}` } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['baseline-tag'], tag);
    const report = JSON.parse(await readFile(join(workspace, r.outputs['report-json']!), 'utf8'));
    assert.equal(report.models[0].baseline.raw.sha256, report.models[0].candidate.raw.sha256);
  });

  test('a release lacking an external data file its manifest lists: an error naming the file', async () => {
    const { workspace, assets } = await externalDataPack();
    const tag = uniqueTag('v0.6');
    fake.addRelease({ tag_name: tag, assets: assets.filter((a) => a.name !== DATA_ASSET) });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(107, '8'.repeat(40)), workspace, inputs: { models: 'ext/*.onnx', ...FAST, baseline: `release:${tag}` } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::release v0\.6\.\d+: manifest\.json lists wide\.wide\.weights\.planes, which is not among the release's assets/);
  });

  test('a schema-2 manifest with packed sha256s: an external data asset that does not match is refused while it downloads', async () => {
    const { workspace, assets } = await externalDataPack();
    // What a model-gate before schema 3 wrote: the same files, the manifest naming each packed file's sha256.
    const manifestAsset = assets.find((a) => a.name === 'manifest.json')!;
    const manifest = JSON.parse(manifestAsset.data.toString());
    manifest.schemaVersion = 2;
    for (const blob of [manifest.models[0], ...manifest.models[0].externalData]) {
      blob.packed.sha256 = sha256(assets.find((a) => a.name === blob.file)!.data);
    }
    const tag = uniqueTag('v0.5');
    const older = [...assets.filter((a) => a !== manifestAsset), { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) }];
    fake.addRelease({ tag_name: tag, assets: corrupted(older, DATA_ASSET, (n) => n >> 1, 0x01) });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(108, '7'.repeat(40)), workspace, inputs: { models: 'ext/*.onnx', ...FAST, baseline: `release:${tag}` } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::release v0\.5\.\d+: asset wide\.wide\.weights\.planes: sha256 [0-9a-f]+ does not match the manifest's/);
  });
});

describe('the sticky pull-request comment', () => {
  test('created once, then updated in place; a marker planted by someone else is left alone', async () => {
    const tag = uniqueTag('v3.0');
    fake.addRelease({ tag_name: tag, created_at: '2032-01-01T00:00:00Z', published_at: '2032-01-01T00:00:00Z', assets: await baselineAssets() });
    const number = 201;
    const payload = prPayload(number, 'e'.repeat(40));
    const planted = fake.addComment(number, `fake result ${markerFor('model-gate/default')}`, { login: 'mallory', type: 'User' });
    const first = await runOnEvent({ event: 'pull_request', payload, variant: 'less-accurate' });
    assert.equal(first.code, 1);
    const second = await runOnEvent({ event: 'pull_request', payload, variant: 'less-accurate' });
    assert.equal(second.code, 1);
    const ours = fake.comments(number).filter((c) => c.user.login === 'github-actions[bot]');
    assert.equal(ours.length, 1, 'one comment, updated in place');
    assert.match(ours[0]!.body, /^### ❌ model-gate: fail — iris: accuracy/);
    assert.ok(ours[0]!.body.includes(markerFor('model-gate/default')));
    assert.equal(fake.comments(number).find((c) => c.id === planted.id)?.body, planted.body, "mallory's comment is untouched");
    assert.equal(first.outputs['comment-body']?.split('\n')[0], ours[0]!.body.split('\n')[0]);
  });

  test('429 with retry-after and a secondary rate limit are waited out and retried', async () => {
    const number = 202;
    const payload = prPayload(number, 'f'.repeat(40));
    fake.inject(faults.rateLimited(1, { method: 'GET', path: /\/issues\/202\/comments$/ }));
    fake.inject(faults.secondaryRateLimit(1, { method: 'POST', path: /\/issues\/202\/comments$/ }));
    const r = await runOnEvent({ event: 'pull_request', payload, inputs: { ...GATE, baseline: 'none' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(fake.pendingFaults, 0, 'both faults fired');
    assert.equal(fake.comments(number).length, 1);
    assert.match(r.stdout, /secondary rate limit on POST .*: retrying in 1s/);
  });

  test("a fork's read-only token: the 403 becomes a warning, the summary is written, the verdict decides", async () => {
    const number = 203;
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(number, '1'.repeat(40), true), token: TOKENS.forkReadOnly, inputs: { ...GATE, baseline: 'none' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /::warning::model-gate: no pull-request comment: the token may not comment/);
    assert.match(r.summary, /^### ℹ️ model-gate: no baseline/);
    assert.equal(fake.comments(number).length, 0);
    const failing = await runOnEvent({ event: 'pull_request', payload: prPayload(number, '1'.repeat(40), true), token: TOKENS.forkReadOnly, inputs: { ...GATE, 'baseline-dir': 'previous-release' }, variant: 'larger' });
    assert.equal(failing.code, 1, 'a regression still fails the check');
  });

  test('a body over 65,536 characters is trimmed, keeps its verdict, and points to the job summary', async () => {
    const number = 204;
    fake.addPull({ number, head_sha: '2'.repeat(40) });
    const client = createClient({ token: TOKENS.actions, apiUrl: fake.apiUrl, repo: { owner: fake.owner, repo: fake.repo }, log: () => {} });
    const body = `### ❌ model-gate: fail\n\n<details><summary>Details</summary>\n\n${'| row | with | cells |\n'.repeat(5000)}</details>\n`;
    const outcome = await upsertStickyComment(client, { issue: number, body, key: 'model-gate/big', mode: 'always', regression: true, fullReportUrl: 'https://example.test/run/1' }, 'github-actions[bot]');
    assert.equal(outcome.action, 'created');
    const posted = fake.comments(number)[0]!.body;
    assert.ok(posted.length <= MAX_COMMENT_LENGTH);
    assert.ok(posted.startsWith('### ❌ model-gate: fail'));
    assert.match(posted, /the whole report is in the job summary: https:\/\/example\.test\/run\/1/);
  });

  test('on-change skips an identical report; on-regression stays silent on a pass', async () => {
    const number = 205;
    const payload = prPayload(number, '3'.repeat(40));
    const inputs = { ...GATE, baseline: 'none', comment: 'on-regression' };
    const quiet = await runOnEvent({ event: 'pull_request', payload, inputs });
    assert.equal(quiet.code, 0);
    assert.equal(fake.comments(number).length, 0);
    assert.match(quiet.stdout, /no pull-request comment: no regression and no earlier comment to update/);
  });
});

describe('gating releases', () => {
  test('tag push: compared with the release before it; on pass the pack and report are uploaded, the draft published; a re-run replaces them', async () => {
    const previous = 'v5.1.0';
    const current = 'v5.2.0';
    fake.addRelease({ tag_name: previous, created_at: '2033-01-01T00:00:00Z', published_at: '2033-01-01T00:00:00Z', assets: await baselineAssets() });
    const inputs = { ...GATE, 'publish-release': 'true' };
    const r = await runOnEvent({ event: 'push', ref: `refs/tags/${current}`, payload: webhookPayload('push', null, fake, { ref: `refs/tags/${current}` }), inputs });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['baseline-tag'], previous);
    const release = fake.release(current)!;
    assert.equal(release.draft, false, 'published after the upload');
    assert.deepEqual(release.assets.map((a) => `${a.name}:${a.state}`).sort(), ['iris.onnx.zst:uploaded', 'manifest.json:uploaded', 'report.json:uploaded']);
    // A re-run, with the first upload's race (422 already_exists) and a 502 in the middle of an upload.
    fake.inject({ method: 'POST', host: 'uploads', kind: 'status', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } });
    fake.inject(faults.abortUpload());
    const again = await runOnEvent({ event: 'push', ref: `refs/tags/${current}`, payload: webhookPayload('push', null, fake, { ref: `refs/tags/${current}` }), inputs });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.equal(fake.pendingFaults, 0);
    const assets = fake.release(current)!.assets;
    assert.deepEqual(assets.map((a) => `${a.name}:${a.state}`).sort(), ['iris.onnx.zst:uploaded', 'manifest.json:uploaded', 'report.json:uploaded'], 'each asset once, none half-uploaded');
    const pack = await readFile(join(again.workspace, 'model-gate-out', 'pack', 'iris.onnx.zst'));
    assert.deepEqual(assets.find((a) => a.name === 'iris.onnx.zst')!.data, pack);
  });

  test('release event: a failing gate fails the job and uploads nothing', async () => {
    const previous = 'v6.0.0';
    const current = 'v6.1.0';
    fake.addRelease({ tag_name: previous, created_at: '2034-01-01T00:00:00Z', published_at: '2034-01-01T00:00:00Z', assets: await baselineAssets() });
    const made = fake.addRelease({ tag_name: current, created_at: '2034-02-01T00:00:00Z', published_at: '2034-02-01T00:00:00Z' });
    const payload = webhookPayload('release', 'published', fake, { release: { id: made.id, tag_name: current } });
    const r = await runOnEvent({ event: 'release', payload, variant: 'less-accurate' });
    assert.equal(r.code, 1);
    assert.equal(r.outputs['baseline-tag'], previous);
    assert.match(r.stdout, /the gate failed, so nothing is uploaded/);
    assert.deepEqual(fake.release(current)!.assets, []);
  });

  test('an immutable published release refuses uploads: the message names the draft flow', async () => {
    const current = 'v7.1.0';
    fake.addRelease({ tag_name: 'v7.0.0', created_at: '2035-01-01T00:00:00Z', published_at: '2035-01-01T00:00:00Z', assets: await baselineAssets() });
    const made = fake.addRelease({ tag_name: current, created_at: '2035-02-01T00:00:00Z', published_at: '2035-02-01T00:00:00Z', immutable: true });
    const payload = webhookPayload('release', 'published', fake, { release: { id: made.id, tag_name: current } });
    const r = await runOnEvent({ event: 'release', payload });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::.*immutable.*draft/);
    assert.deepEqual(fake.release(current)!.assets, []);
  });
});

describe('the fork-safe publisher (workflow_run)', () => {
  test('validates the report artifact, finds the PR by head SHA through the API, and posts the re-rendered comment', async () => {
    const number = 301;
    const sha = '4'.repeat(40);
    fake.addPull({ number, head_sha: sha, fork: true });
    // The measuring run: a fork PR, read-only token, writes report.json.
    const measured = await runOnEvent({ event: 'pull_request', payload: prPayload(number, sha, true), token: TOKENS.forkReadOnly, variant: 'less-accurate', inputs: { ...GATE, 'baseline-dir': 'previous-release' } });
    assert.equal(measured.code, 1);
    const workflowRun = webhookPayload('workflow_run', 'completed', fake, { workflow_run: { head_sha: sha, event: 'pull_request' } });
    const r = await runOnEvent({ event: 'workflow_run', payload: workflowRun, workspace: measured.workspace, inputs: { mode: 'publish-comment', report: 'model-gate-out/report.json' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const posted = fake.comments(number);
    assert.equal(posted.length, 1);
    assert.match(posted[0]!.body, /^### ❌ model-gate: fail — iris: accuracy/);
  });

  test('a forged artifact cannot claim a pass, and a malformed one is refused', async () => {
    const number = 302;
    const sha = '5'.repeat(40);
    fake.addPull({ number, head_sha: sha, fork: true });
    const measured = await runOnEvent({ event: 'pull_request', payload: prPayload(number, sha, true), token: TOKENS.forkReadOnly, variant: 'less-accurate', inputs: { ...GATE, 'baseline-dir': 'previous-release' } });
    const path = join(measured.workspace, 'model-gate-out', 'report.json');
    const report = JSON.parse(await readFile(path, 'utf8'));
    report.verdict = 'pass';
    report.summary = 'pass — all good @maintainers';
    await writeFile(path, JSON.stringify(report));
    const workflowRun = webhookPayload('workflow_run', 'completed', fake, { workflow_run: { head_sha: sha, event: 'pull_request' } });
    const r = await runOnEvent({ event: 'workflow_run', payload: workflowRun, workspace: measured.workspace, inputs: { mode: 'publish-comment' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(fake.comments(number)[0]!.body, /^### ❌ model-gate: fail/);
    assert.ok(!fake.comments(number)[0]!.body.includes('@maintainers'));
    await writeFile(path, JSON.stringify({ schema: 'something-else' }));
    const bad = await runOnEvent({ event: 'workflow_run', payload: workflowRun, workspace: measured.workspace, inputs: { mode: 'publish-comment' } });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /::error::model-gate-out\/report\.json: not a model-gate\/report v1 or v2 report/);
  });
});
