// The built action against a loopback GitHub (test/support/fake-github.ts) that validates every request against GitHub's
// OpenAPI description and behaves as github.com does where that differs from what a client might expect (forks,
// pagination, redirects): releases as baselines, the sticky comment, release gating (drafts, re-runs, immutable
// releases), README workflows 1 and 3 for same-repository and fork pull requests, and the faults GitHub really produces.
// Each run is the real `node dist/index.js` of a clean copy with the runner's environment variables.
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { createClient } from '../src/github/client.js';
import { markerFor, MAX_COMMENT_LENGTH, upsertStickyComment } from '../src/github/comments.js';
import { type EventRun, FAST, GATE, prPayload as prEvent, runOnEvent as runOnShared, runPayload } from './support/action-run.js';
import { FakeGitHub, faults, TOKENS, webhookPayload } from './support/fake-github.js';
import { sha256, smallSynthetic } from './codec-support.js';
import { READABLE_VERSIONS } from '../src/report/format.js';
import { assertNoRegression, BASELINE_MODEL, cli, FIXTURES, fixtureWorkspace, scratch } from './helpers.js';

let fake: FakeGitHub;

before(async () => {
  fake = await FakeGitHub.start();
});
after(() => fake.close());
afterEach(() => fake.assertNoViolations());

const runOnEvent = (run: EventRun) => runOnShared(fake, run);
const prPayload = (number: number, sha: string, fork = false) => prEvent(fake, number, sha, fork);

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

  test('a release manifest over 1 MiB is refused by its listed size, before it is downloaded', async () => {
    const tag = uniqueTag();
    fake.addRelease({ tag_name: tag, created_at: '2031-01-02T00:00:00Z', published_at: '2031-01-02T00:00:00Z', assets: [{ name: 'manifest.json', data: Buffer.alloc((1 << 20) + 1, 0x20) }] });
    const before = fake.requests.length;
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(199, 'e'.repeat(40)), inputs: { ...GATE, baseline: `release:${tag}` } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`::error::.*release ${tag.replace(/\./g, '\\.')}: manifest\\.json is 1048577 bytes, too large to be a manifest`));
    assert.ok(!fake.requests.slice(before).some((q) => /\/releases\/assets\/\d+$/.test(q.path)), 'no asset was downloaded');
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
    assert.match(r.stdout, /::error::release v0\.9\.\d+, asset iris\.onnx\.zst: sha256 [0-9a-f]+ does not match the manifest's/);
    assert.equal(r.outputs.verdict, 'error');
  });
  test("an asset whose bytes do not match GitHub's digest is refused, though they match the manifest", async () => {
    // The bytes are the pack's own, so only GitHub's digest (a different asset's, as a swapped upload would have) tells.
    const assets = await baselineAssets();
    const packed = assets.find((a) => a.name.endsWith('.zst'))!;
    const other = `sha256:${'0f'.repeat(32)}`;
    const tag = uniqueTag('v0.9');
    fake.addRelease({ tag_name: tag, assets: [...assets.filter((a) => a !== packed), { ...packed, digest: other }] });
    const r = await runOnEvent({ event: 'pull_request', payload: prPayload(198, '9'.repeat(40)), inputs: { ...GATE, baseline: `release:${tag}` } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, new RegExp(`::error::release ${tag.replace(/\./g, '\\.')}, asset iris\\.onnx\\.zst: sha256 [0-9a-f]{64} does not match GitHub's digest ${other}`));
  });

  test('a corrupted asset of a schema-3 pack (no packed sha256) is refused by the decoder: the error names the release and asset, not a scratch path', async () => {
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
    assert.match(r.stdout, new RegExp(`::error::release ${tag.replace(/\./g, '\\.')}, asset iris\\.onnx\\.zst: .*(checksum|corrupt|not a valid zstd frame)`, 'i'));
    assert.doesNotMatch(r.stdout, /baseline-release|model-gate-action-|\/tmp\//, 'no scratch path');
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
    assert.match(r.stdout, /::error::release v0\.5\.\d+, asset wide\.wide\.weights\.planes: sha256 [0-9a-f]+ does not match the manifest's/);
  });
});

describe('the sticky pull-request comment', () => {
  test('created once, then updated in place; a marker planted by someone else is left alone', async () => {
    const tag = uniqueTag('v3.0');
    fake.addRelease({ tag_name: tag, created_at: '2032-01-01T00:00:00Z', published_at: '2032-01-01T00:00:00Z', assets: await baselineAssets() });
    const number = 201;
    const payload = prPayload(number, 'e'.repeat(40));
    const planted = fake.addComment(number, `fake result ${markerFor('default')}`, { login: 'mallory', type: 'User' });
    const first = await runOnEvent({ event: 'pull_request', payload, variant: 'less-accurate' });
    assert.equal(first.code, 1);
    const second = await runOnEvent({ event: 'pull_request', payload, variant: 'less-accurate' });
    assert.equal(second.code, 1);
    const ours = fake.comments(number).filter((c) => c.user.login === 'github-actions[bot]');
    assert.equal(ours.length, 1, 'one comment, updated in place');
    assert.match(ours[0]!.body, /^### ❌ model-gate: fail — iris: top-1 accuracy/);
    assert.ok(ours[0]!.body.includes('<!-- model-gate comment-key: default -->'));
    assert.equal(fake.comments(number).find((c) => c.id === planted.id)?.body, planted.body, "mallory's comment is untouched");
    // GitHub would let the job's token edit it (write access moderates any comment): model-gate never asks to.
    assert.deepEqual(fake.commentWrites(planted.id), [], "no request edits or deletes mallory's comment");
    assert.ok(fake.commentWrites(ours[0]!.id).some((q) => q.method === 'PATCH'), 'the second run edited its own comment');
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

  test('on-regression stays silent on a pass; on-change leaves one unchanged comment for an identical report, and updates it when the report changes', async () => {
    const number = 205;
    const sha = '3'.repeat(40);
    const quiet = await runOnEvent({ event: 'pull_request', payload: prPayload(number, sha), inputs: { ...GATE, baseline: 'none', comment: 'on-regression' } });
    assert.equal(quiet.code, 0, quiet.stdout + quiet.stderr);
    assert.equal(fake.comments(number).length, 0);
    assert.match(quiet.stdout, /no pull-request comment: no regression and no earlier comment to update/);

    // Two measuring runs never give identical reports (timings differ); the publisher re-renders one report.json,
    // so publishing it twice is the identical report.
    const publish = () => runOnEvent({ event: 'workflow_run', payload: runPayload(fake, sha), workspace: quiet.workspace, inputs: { mode: 'publish-comment', comment: 'on-change' } });
    const first = await publish();
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /pull-request comment created \(#205\)/);
    const [posted] = fake.comments(number);
    const before = { ...posted! };
    const second = await publish();
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.match(second.stdout, /no pull-request comment: the report has not changed since the last comment/);
    assert.deepEqual(fake.comments(number).map((c) => ({ ...c })), [before], 'one comment, unchanged: same id, body and updated_at');
    assert.ok(!fake.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/issues/comments/${before.id}`)), 'never edited');

    const path = join(quiet.workspace, 'model-gate-out', 'report.json');
    const report = JSON.parse(await readFile(path, 'utf8'));
    const latency = report.models[0].checks.find((c: { metric: string }) => c.metric === 'latency-p50');
    latency.candidate = latency.candidate * 2 + 1;
    await writeFile(path, JSON.stringify(report));
    const changed = await publish();
    assert.equal(changed.code, 0, changed.stdout + changed.stderr);
    assert.match(changed.stdout, /pull-request comment updated \(#205\)/);
    assert.equal(fake.comments(number).length, 1);
    assert.equal(fake.comments(number)[0]!.id, before.id);
    assert.notEqual(fake.comments(number)[0]!.body, before.body);
  });
});

describe('gating releases', () => {
  const tagPush = (tag: string, inputs: Record<string, string>, variant = 'unchanged', on: FakeGitHub = fake) =>
    runOnShared(on, { event: 'push', ref: `refs/tags/${tag}`, payload: webhookPayload('push', null, on, { ref: `refs/tags/${tag}` }), inputs, variant });

  test('tag push: compared with the release before it; the pack and report uploaded to a draft, then published; a re-run with another candidate replaces the assets', async () => {
    const previous = 'v5.1.0';
    const current = 'v5.2.0';
    fake.addRelease({ tag_name: previous, created_at: '2033-01-01T00:00:00Z', published_at: '2033-01-01T00:00:00Z', assets: await baselineAssets() });
    const inputs = { ...GATE, 'publish-release': 'true' };
    const r = await tagPush(current, inputs);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['baseline-tag'], previous);
    const release = fake.release(current)!;
    assert.equal(release.draft, false, 'published after the upload');
    assert.deepEqual(release.assets.map((a) => `${a.name}:${a.state}`).sort(), ['iris.onnx.zst:uploaded', 'manifest.json:uploaded', 'report.json:uploaded']);
    // Draft first, then the uploads, then publishing: the order immutable releases need.
    const order = fake.requests.filter((q) => (q.method === 'POST' && q.path.endsWith('/releases')) || q.host === 'uploads' || (q.method === 'PATCH' && /\/releases\/\d+$/.test(q.path)));
    assert.deepEqual(order.map((q) => (q.host === 'uploads' ? 'upload' : q.method === 'POST' ? 'create' : 'publish')), ['create', 'upload', 'upload', 'upload', 'publish']);
    const first = new Map(release.assets.map((a) => [a.name, { id: a.id, data: a.data }]));

    // A re-run with a different candidate (release-upload: always), through the first upload's race (422
    // already_exists) and a 502 in the middle of an upload: the new bytes, under new asset ids, each asset once.
    fake.inject({ method: 'POST', host: 'uploads', kind: 'status', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } });
    fake.inject(faults.abortUpload());
    const again = await tagPush(current, { ...inputs, 'release-upload': 'always' }, 'improved');
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.equal(fake.pendingFaults, 0);
    const assets = fake.release(current)!.assets;
    assert.deepEqual(assets.map((a) => `${a.name}:${a.state}`).sort(), ['iris.onnx.zst:uploaded', 'manifest.json:uploaded', 'report.json:uploaded'], 'each asset once, none half-uploaded');
    for (const name of ['iris.onnx.zst', 'manifest.json', 'report.json']) {
      const now = assets.find((a) => a.name === name)!;
      const local = await readFile(join(again.workspace, 'model-gate-out', name === 'report.json' ? 'report.json' : join('pack', name)));
      assert.deepEqual(now.data, local, `${name}: the re-run's bytes`);
      assert.notDeepEqual(now.data, first.get(name)!.data, `${name}: not the first run's bytes`);
      assert.notEqual(now.id, first.get(name)!.id, `${name}: a new asset`);
    }
    const manifest = JSON.parse(assets.find((a) => a.name === 'manifest.json')!.data.toString('utf8'));
    assert.equal(manifest.models[0].raw.sha256, sha256(await readFile(join(FIXTURES, 'candidates', 'improved', 'iris.onnx'))));
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

  test('release-upload: never on a tag push uploads nothing and creates no release', async () => {
    const tag = 'v8.1.0';
    const from = fake.requests.length;
    const r = await tagPush(tag, { ...GATE, baseline: 'none', 'release-upload': 'never', 'publish-release': 'true' });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(fake.release(tag), undefined);
    // Reading releases and their report.json for the history (`history`, on by default) is all: nothing written —
    // no release created, no asset uploaded, nothing published.
    const requests = fake.requests.slice(from);
    const writes = requests.filter((q) => q.method !== 'GET' || q.host === 'uploads').map((q) => `${q.method} ${q.host}:${q.path}`);
    assert.deepEqual(writes, [], requests.map((q) => `${q.method} ${q.host}:${q.path}`).join('\n'));
  });

  test('immutable releases on: draft → upload → publish succeeds, and the published release then refuses a re-run: the message names the draft flow', async () => {
    // A repository with immutable releases: publishing freezes a release's assets (GitHub's docs, cited in the fake).
    const immutable = await FakeGitHub.start({ immutableReleases: true });
    try {
      const tag = 'v9.1.0';
      const made = await tagPush(tag, { ...GATE, baseline: 'none', 'publish-release': 'true' }, 'unchanged', immutable);
      assert.equal(made.code, 0, made.stdout + made.stderr);
      const release = immutable.release(tag)!;
      assert.equal(release.draft, false);
      assert.equal(release.immutable, true);
      const ids = release.assets.map((a) => a.id).sort();
      assert.equal(ids.length, 3);

      const rerun = await tagPush(tag, { ...GATE, baseline: 'none', 'publish-release': 'true' }, 'improved', immutable);
      assert.equal(rerun.code, 1, rerun.stdout + rerun.stderr);
      const errors = rerun.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      assert.deepEqual(errors, [`::error::release ${tag} is immutable and already published: upload to a draft, then publish (input 'publish-release: true')`]);
      assert.deepEqual(immutable.release(tag)!.assets.map((a) => a.id).sort(), ids, 'the published assets are untouched');
      immutable.assertNoViolations();
    } finally {
      await immutable.close();
    }
  });

  test('an immutable published release made outside model-gate refuses uploads: the message names the draft flow', async () => {
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

describe('README workflows 1 and 3: the measuring run and the fork-safe publisher (workflow_run)', () => {
  const SAME = 310;
  const SAME_SHA = '31'.repeat(20);
  /**
   * Workflow 1 on a same-repository pull request, once for the tests below: a failing gate (less accurate candidate)
   * that comments, and whose report.json is the artifact the publisher reads.
   */
  let measuring: Promise<{ run: Awaited<ReturnType<typeof runOnEvent>>; report: Buffer }> | null = null;
  const measured = () =>
    (measuring ??= (async () => {
      const run = await runOnEvent({ event: 'pull_request', payload: prPayload(SAME, SAME_SHA), variant: 'less-accurate', inputs: { ...GATE, 'baseline-dir': 'previous-release' } });
      // Read now: the workspace goes with the test that made it.
      return { run, report: await readFile(join(run.workspace, 'model-gate-out', 'report.json')) };
    })());
  /** A workspace holding a copy of the measuring run's report.json at the default `report` path, as download-artifact leaves it. */
  async function artifact(): Promise<string> {
    const dir = await scratch();
    await mkdir(join(dir, 'model-gate-out'));
    await writeFile(join(dir, 'model-gate-out', 'report.json'), (await measured()).report);
    return dir;
  }
  const publish = async (payload: Record<string, unknown>, inputs: Record<string, string> = {}) =>
    runOnEvent({ event: 'workflow_run', payload, workspace: await artifact(), inputs: { mode: 'publish-comment', report: 'model-gate-out/report.json', ...inputs } });

  test('a same-repository pull request: after workflows 1 and 3 it has exactly one comment, found by the comment-key marker', async () => {
    const { run: first } = await measured();
    assert.equal(first.code, 1, first.stdout + first.stderr);
    assert.match(first.stdout, /pull-request comment created \(#310\)/);
    const payload = runPayload(fake, SAME_SHA);
    assert.deepEqual((payload['workflow_run'] as { pull_requests: Array<{ number: number }> }).pull_requests.map((p) => p.number), [SAME]);
    const r = await publish(payload);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /the run's pull request is #310 \(found by workflow_run\.pull_requests\)/);
    assert.match(r.stdout, /pull-request comment updated \(#310\)/);
    const comments = fake.comments(SAME);
    assert.equal(comments.length, 1, 'the publisher updated the measuring run\'s comment');
    assert.match(comments[0]!.body, /^### ❌ model-gate: fail — iris: top-1 accuracy/);
    assert.equal(comments[0]!.body.match(/<!-- model-gate comment-key: default -->/g)?.length, 1);
  });

  test('a pull request from a fork: commits/{sha}/pulls and workflow_run.pull_requests are empty; the publisher finds it by owner:branch and comments', async () => {
    const number = 311;
    const sha = '3b'.repeat(20);
    fake.addPull({ number, head_sha: sha, head_ref: 'patch-1', fork: true, user: { login: 'forker', type: 'User' } });
    const payload = runPayload(fake, sha);
    const run = payload['workflow_run'] as { pull_requests: unknown[]; head_branch: string; head_repository: { owner: { login: string } } };
    assert.deepEqual(run.pull_requests, [], 'GitHub sends no pull requests for a fork');
    assert.equal(run.head_repository.owner.login, 'forker');
    const byCommit = await fetch(`${fake.apiUrl}/repos/${fake.owner}/${fake.repo}/commits/${sha}/pulls`, { headers: { authorization: `token ${TOKENS.actions}` } });
    assert.deepEqual(await byCommit.json(), [], 'the lookup by commit finds nothing for a fork');
    const r = await publish(payload);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /the run's pull request is #311 \(found by pulls\?head\)/);
    const asked = fake.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/pulls') && q.query.get('head') === 'forker:patch-1');
    assert.equal(asked.length, 1);
    assert.equal(asked[0]!.query.get('state'), 'open');
    const comments = fake.comments(number);
    assert.equal(comments.length, 1);
    assert.equal(comments[0]!.user.login, 'github-actions[bot]');
    assert.match(comments[0]!.body, /^### ❌ model-gate: fail — iris: top-1 accuracy/);
  });

  test("a forged head_branch pointing at another user's pull request posts nothing", async () => {
    const victim = 312;
    fake.addPull({ number: victim, head_sha: '3c'.repeat(20), head_ref: 'alice-feature', fork: true, user: { login: 'alice', type: 'User' } });
    const mallorys = '3d'.repeat(20);
    // Mallory's run names alice's branch: looked up as mallory:alice-feature, which is no pull request.
    const own = await publish(runPayload(fake, mallorys, { head_branch: 'alice-feature', head_repository: { owner: { login: 'mallory' } } }));
    assert.equal(own.code, 0, own.stdout + own.stderr);
    assert.match(own.stdout, /nothing to comment on: no open pull request of mallory:alice-feature has head 3d3d/);
    // Even naming alice as the head owner: alice's pull request has another head commit than the run.
    const forged = await publish(runPayload(fake, mallorys, { head_branch: 'alice-feature', head_repository: { owner: { login: 'alice' } } }));
    assert.equal(forged.code, 0, forged.stdout + forged.stderr);
    assert.match(forged.stdout, /nothing to comment on: no open pull request of alice:alice-feature has head 3d3d.* has another head/);
    // And a forged pull_requests entry with the victim's number but the run's head is not the victim's either.
    const listed = await publish(runPayload(fake, mallorys, { pull_requests: [{ number: victim, head: { sha: '3c'.repeat(20) } }] }));
    assert.equal(listed.code, 0, listed.stdout + listed.stderr);
    assert.equal(fake.comments(victim).length, 0);
    assert.ok(!fake.requests.some((q) => q.method === 'POST' && q.path.endsWith(`/issues/${victim}/comments`)));
  });

  test('a comment left under the marker of an earlier model-gate (derived from the workflow name) is adopted and rewritten, not duplicated', async () => {
    const number = 313;
    const sha = '3e'.repeat(20);
    fake.addPull({ number, head_sha: sha });
    const old = fake.addComment(number, 'an older report\n<!-- model-gate:model-gate_comment/default -->\n', { login: 'github-actions[bot]', type: 'Bot' });
    const otherKey = fake.addComment(number, 'another key\n<!-- model-gate:model-gate/gpu/default -->\n', { login: 'github-actions[bot]', type: 'Bot' });
    const r = await publish(runPayload(fake, sha));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const comments = fake.comments(number);
    assert.deepEqual(comments.map((c) => c.id), [old.id, otherKey.id]);
    assert.match(comments[0]!.body, /<!-- model-gate comment-key: default -->/);
    assert.doesNotMatch(comments[0]!.body, /model-gate_comment\/default/);
    assert.equal(comments[1]!.body, otherKey.body, 'the comment of key gpu/default is not this one');
    assert.deepEqual(fake.commentWrites(otherKey.id), [], 'no request touches the comment of another key');
  });

  test('a forged artifact cannot claim a pass, and a malformed one is refused', async () => {
    const number = 314;
    const sha = '3f'.repeat(20);
    fake.addPull({ number, head_sha: sha });
    const workspace = await artifact();
    const path = join(workspace, 'model-gate-out', 'report.json');
    const report = JSON.parse(await readFile(path, 'utf8'));
    report.verdict = 'pass';
    report.summary = 'pass — all good @maintainers';
    await writeFile(path, JSON.stringify(report));
    const r = await runOnEvent({ event: 'workflow_run', payload: runPayload(fake, sha), workspace, inputs: { mode: 'publish-comment' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'fail');
    assert.match(fake.comments(number)[0]!.body, /^### ❌ model-gate: fail/);
    assert.ok(!fake.comments(number)[0]!.body.includes('@maintainers'));
    await writeFile(path, JSON.stringify({ schema: 'something-else' }));
    const bad = await runOnEvent({ event: 'workflow_run', payload: runPayload(fake, sha), workspace, inputs: { mode: 'publish-comment' } });
    assert.equal(bad.code, 1);
    assert.ok(bad.stdout.includes(`::error::model-gate-out/report.json: not a model-gate/report ${READABLE_VERSIONS.map((v) => `v${v}`).join(' or ')} report`), bad.stdout);
  });
});
