// Many models on a matrix, one verdict (#16, part 2): nine models split over three shards by the built action on a
// loopback GitHub, then merged. The merge's one comment holds the one-job run's verdicts and checks (timings aside);
// it uploads once on a passing release and nothing on a failing one; a missing or tampered shard fails it by name.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { METRICS, isMetricId } from '../src/checks.js';
import { shardOf } from '../src/matrix/shard.js';
import { FakeGitHub } from './support/fake-github.js';
import { type EventRunResult, FAST, prPayload, runOnEvent } from './support/action-run.js';
import { candidate, cli, FIXTURES, scratch, WORKSPACE_CONFIG } from './helpers.js';
import { webhookPayload } from './support/fake-github.js';

const NAMES = ['alder', 'birch', 'cedar', 'dogwood', 'elm', 'fir', 'ginkgo', 'hazel', 'juniper'];
/** The failing set: accuracy and packed size fail without any timing; the rest are unchanged, so never measured. */
const FAILING: Record<string, string> = { cedar: 'less-accurate', hazel: 'larger' };
const SHARDS = ['1/3', '2/3', '3/3'];

let baselinePack: string;
/** Every folder of this file, kept until the file ends (a scratch() made inside a test or hook goes with it). */
const KEEP = await scratch();
const folder = () => mkdtemp(join(KEEP, 'd-'));

/** A repository with the nine models (`variants` by name, else unchanged), the nine-model baseline pack and eval data. */
async function workspace(variants: Record<string, string>): Promise<string> {
  const dir = await folder();
  await mkdir(join(dir, 'models'));
  for (const name of NAMES) await cp(candidate(variants[name] ?? 'unchanged'), join(dir, 'models', `${name}.onnx`));
  await cp(baselinePack, join(dir, 'baseline9'), { recursive: true });
  await cp(join(FIXTURES, 'eval'), join(dir, 'eval'), { recursive: true });
  await writeFile(join(dir, 'model-gate.yml'), WORKSPACE_CONFIG);
  return dir;
}

const INPUTS = { models: 'models/*.onnx', 'eval-data': 'eval', baseline: 'path:baseline9', ...FAST };

/** What must be equal between a one-job run and the merge: names, verdicts and the statuses of non-timing checks. */
async function verdicts(dir: string): Promise<unknown> {
  const report = JSON.parse(await readFile(join(dir, 'model-gate-out', 'report.json'), 'utf8'));
  const models = report.models.map((m: { name: string; verdict: string; checks: Array<{ metric: string; status: string }> }) => ({
    name: m.name,
    verdict: m.verdict,
    checks: m.checks.filter((c) => isMetricId(c.metric) && !METRICS[c.metric].timing).map((c) => `${c.metric} ${c.status}`),
  }));
  return { verdict: report.verdict, removed: report.removed, models };
}

describe('a matrix of three shards and a merge', () => {
  let fake: FakeGitHub;
  const shardRuns = new Map<string, string>();
  before(async () => {
    fake = await FakeGitHub.start();
    // The baseline: the unchanged model under each of the nine names, packed by the CLI.
    const src = await folder();
    for (const name of NAMES) await cp(candidate('unchanged'), join(src, `${name}.onnx`));
    baselinePack = join(await folder(), 'pack');
    const r = await cli(['pack', ...NAMES.map((n) => join(src, `${n}.onnx`)), '--out', baselinePack, '--level', '4']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => fake.close());

  /** Runs the three shards, each in its own checkout, and copies their out-dirs where download-artifact would put them. */
  async function runShards(t: { diagnostic(m: string): void }, variants: Record<string, string>, event: Parameters<typeof runOnEvent>[1]): Promise<{ merged: string; runs: EventRunResult[] }> {
    const merged = await folder();
    const runs: EventRunResult[] = [];
    for (const [index, shard] of SHARDS.entries()) {
      const started = performance.now();
      const r = await runOnEvent(fake, { ...event, workspace: await workspace(variants), inputs: { ...INPUTS, shard } });
      t.diagnostic(`shard ${shard} alone: ${((performance.now() - started) / 1000).toFixed(1)} s (${/shard \d\/3: (\d+) of 9 models/.exec(r.stdout)?.[1]} models)`);
      runs.push(r);
      await cp(join(r.workspace, 'model-gate-out'), join(merged, 'shards', `model-gate-shard-${index}`), { recursive: true });
    }
    return { merged, runs };
  }
  const merge = (merged: string, event: Parameters<typeof runOnEvent>[1], reports = 'shards/*') => runOnEvent(fake, { ...event, workspace: merged, inputs: { mode: 'merge', reports } });

  test('the split: each model in one shard by name; a tenth model moves only itself', (t) => {
    const split = (names: string[]) => Object.fromEntries([1, 2, 3].map((k) => [`${k}/3`, names.filter((n) => shardOf(n, 3) === k)]));
    const before = split(NAMES);
    const afterAdd = split([...NAMES, 'larch']);
    t.diagnostic(`9 models: ${JSON.stringify(before)}`);
    t.diagnostic(`10 models (+larch): ${JSON.stringify(afterAdd)}`);
    // Frozen, and computed apart from model-gate (Python's hashlib: each name to the K of the highest
    // sha256("name/K")): every job and every later version must split a matrix the same way.
    assert.deepEqual(before, { '1/3': ['fir', 'juniper'], '2/3': ['cedar', 'dogwood'], '3/3': ['alder', 'birch', 'elm', 'ginkgo', 'hazel'] });
    assert.deepEqual(afterAdd['1/3'], ['fir', 'juniper', 'larch'], 'larch joins shard 1/3');
    for (const [k, names] of Object.entries(before)) assert.deepEqual(afterAdd[k]!.filter((n) => n !== 'larch'), names, `shard ${k} keeps its models`);
    assert.ok(Object.values(before).every((names) => names.length > 0), 'every shard of the fixture set has a model');
  });

  test('the CLI: --shard K/N compares only that shard\'s models and records the shard; a bad spec names the flag', async () => {
    const dir = await workspace({});
    const r = await cli(['compare', '--baseline', 'baseline9', '--candidate', 'models/*.onnx', '--shard', '3/3', '--json', 'r.json', '--quiet'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    assert.deepEqual(report.models.map((m: { name: string }) => m.name), NAMES.filter((n) => shardOf(n, 3) === 3));
    assert.deepEqual(report.matrix, { shard: 3, shards: 3, models: NAMES, commit: null });
    assert.deepEqual(report.removed, [], 'the other shards\' models are not removed');
    const bad = await cli(['compare', '--baseline', 'baseline9', '--candidate', 'models/*.onnx', '--shard', '4/3'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--shard: "4\/3" is not K\/N/);
  });

  test('the CLI: a shard no model hashes to is a passing empty report that records the shard, as the action\'s is', async () => {
    const dir = await workspace({});
    const runs = await Promise.all(['1/2', '2/2'].map(async (spec, i) => {
      const r = await cli(['compare', '--baseline', 'baseline9', '--candidate', 'models/alder.onnx', '--shard', spec, '--json', `r${i}.json`, '--quiet'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(await readFile(join(dir, `r${i}.json`), 'utf8'));
    }));
    // One model, two shards: exactly one of them gates it, and the other gates nothing.
    const counts = runs.map((report) => report.models.length).sort();
    assert.deepEqual(counts, [0, 1]);
    const empty = runs.find((report) => report.models.length === 0)!;
    assert.notEqual(empty.verdict, 'fail');
    assert.equal(empty.summary, 'pass — no models to gate');
    assert.deepEqual(empty.matrix.models, ['alder']);
    // Both shards agree on what the baseline has that no model of the gate is: the merge takes those names.
    assert.deepEqual(runs[0].removed, NAMES.filter((n) => n !== 'alder'));
    assert.deepEqual(runs[1].removed, runs[0].removed);
    assert.deepEqual(runs[1].baseline, runs[0].baseline);
  });

  test('a failing pull request: one comment with the one-job verdicts; the failed shard named; no upload on a failing tag', async (t) => {
    // One job over the nine models, on pull request 41.
    const started = performance.now();
    const one = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, 41, 'a'.repeat(40)), workspace: await workspace(FAILING), inputs: INPUTS });
    t.diagnostic(`one job, 9 models: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(one.code, 1, one.stdout);

    const event = { event: 'pull_request' as const, payload: prPayload(fake, 42, 'b'.repeat(40)) };
    const { merged, runs } = await runShards(t, FAILING, event);
    for (const [i, r] of runs.entries()) {
      const failing = Object.keys(FAILING).some((n) => shardOf(n, 3) === i + 1);
      assert.equal(r.code, failing ? 1 : 0, r.stdout);
      assert.match(r.stdout, /no pull-request comment: input 'shard' is/);
    }
    assert.equal(fake.comments(42).length, 0, 'the shards do not comment');
    for (const [index] of SHARDS.entries()) shardRuns.set(String(index), join(merged, 'shards', `model-gate-shard-${index}`));

    const m = await merge(merged, event);
    assert.equal(m.code, 1, m.stdout + m.stderr);
    assert.equal(m.outputs.verdict, 'fail');
    const failedShards = [...new Set(Object.keys(FAILING).map((n) => `shard ${shardOf(n, 3)}/3`))].sort();
    assert.match(m.stdout, new RegExp(`::error::model-gate: fail — .*\\(failed: ${failedShards.join(', ')}\\)`));
    assert.equal(fake.comments(42).length, 1, 'exactly one comment, by the merge');
    assert.deepEqual(await verdicts(merged), await verdicts(one.workspace), 'the merged verdicts and checks are the one job\'s');
    const body = fake.comments(42)[0]!.body;
    for (const name of NAMES) assert.ok(body.includes(name), `${name} in the comment`);
    // The comment's text is the one job's, but for the timing figures of the two measured models (and the hidden digest
    // of the whole content, timings included, by which on-change tells a changed report).
    const strip = (text: string) => text.split('\n').filter((l) => !Object.keys(FAILING).some((n) => l.includes(n)) && !/\d+(\.\d+)? ?(ms|s)\b/.test(l) && !l.startsWith('<!-- model-gate-digest:')).join('\n');
    assert.equal(strip(body), strip(fake.comments(41)[0]!.body));

    // The same shards merged on a tag push: the merge fails, nothing is uploaded.
    const tag = { event: 'push' as const, payload: webhookPayload('push', null, fake, { ref: 'refs/tags/v3.0.0' }), ref: 'refs/tags/v3.0.0' };
    const failedRelease = await merge(merged, tag);
    assert.equal(failedRelease.code, 1);
    assert.match(failedRelease.stdout, /the gate failed, so nothing is uploaded/);
    assert.equal(fake.release('v3.0.0'), undefined, 'no release made, no asset uploaded');
  });

  test('a passing release: the merge uploads the merged pack and report once', async (t) => {
    const tag = { event: 'push' as const, payload: webhookPayload('push', null, fake, { ref: 'refs/tags/v2.0.0' }), ref: 'refs/tags/v2.0.0' };
    const started = performance.now();
    const one = await runOnEvent(fake, { ...tag, workspace: await workspace({}), inputs: { ...INPUTS, 'release-upload': 'never' } });
    t.diagnostic(`one job, 9 unchanged models: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(one.code, 0, one.stdout);
    const { merged, runs } = await runShards(t, {}, tag);
    assert.deepEqual(runs.map((r) => r.code), [0, 0, 0]);
    assert.equal(fake.release('v2.0.0'), undefined, 'the shards upload nothing');
    // A packed file changed in one shard's artifact: refused when the merged pack is assembled, before any upload.
    const tampered = await folder();
    await cp(join(merged, 'shards'), join(tampered, 'shards'), { recursive: true });
    const packDir = join(tampered, 'shards', 'model-gate-shard-0', 'pack');
    const packed = join(packDir, (await readdir(packDir)).find((f) => f.endsWith('.onnx.zst'))!);
    const bytes = await readFile(packed);
    bytes[bytes.length - 8]! ^= 0xff;
    await writeFile(packed, bytes);
    const tag1 = { event: 'push' as const, payload: webhookPayload('push', null, fake, { ref: 'refs/tags/v2.0.1' }), ref: 'refs/tags/v2.0.1' };
    const refused = await merge(tampered, tag1);
    t.diagnostic(`tampered pack: ${refused.stdout.split('\n').find((l) => l.startsWith('::error::'))}`);
    assert.equal(refused.code, 1, refused.stdout);
    assert.match(refused.stdout, /::error::shards\/model-gate-shard-0\/pack\/\w+\.onnx\.zst: /);
    assert.equal(fake.release('v2.0.1'), undefined, 'nothing uploaded from a tampered pack');
    // A valid pack with the right names but other bytes (a stale artifact): refused, as the shard did not measure it.
    const stale = await folder();
    await cp(join(merged, 'shards'), join(stale, 'shards'), { recursive: true });
    const stalePack = join(stale, 'shards', 'model-gate-shard-0', 'pack');
    const names = JSON.parse(await readFile(join(stalePack, 'manifest.json'), 'utf8')).models.map((x: { name: string }) => x.name);
    const other = await folder();
    for (const name of names) await cp(candidate('improved'), join(other, `${name}.onnx`));
    await rm(stalePack, { recursive: true });
    const repacked = await cli(['pack', ...names.map((n: string) => join(other, `${n}.onnx`)), '--out', stalePack]);
    assert.equal(repacked.code, 0, repacked.stderr);
    const refusedStale = await merge(stale, tag1);
    assert.equal(refusedStale.code, 1, refusedStale.stdout);
    assert.match(refusedStale.stdout, /::error::shards\/model-gate-shard-0\/pack: \w+\.onnx\.zst is not the model its report measured/);
    assert.equal(fake.release('v2.0.1'), undefined, 'nothing uploaded from a stale pack');
    const m = await merge(merged, tag);
    assert.equal(m.code, 0, m.stdout + m.stderr);
    assert.equal(m.outputs.verdict, 'pass');
    assert.deepEqual(await verdicts(merged), await verdicts(one.workspace));
    const release = fake.release('v2.0.0')!;
    assert.deepEqual(release.assets.map((a) => a.name).sort(), [...NAMES.map((n) => `${n}.onnx.zst`), 'manifest.json', 'report.json'].sort());
    const manifest = JSON.parse(release.assets.find((a) => a.name === 'manifest.json')!.data.toString('utf8'));
    assert.deepEqual(manifest.models.map((x: { name: string }) => x.name).sort(), [...NAMES].sort());
    const report = JSON.parse(release.assets.find((a) => a.name === 'report.json')!.data.toString('utf8'));
    assert.deepEqual(report.matrix, { shard: null, shards: 3, models: NAMES, commit: null });
    assert.match(m.stdout, /uploaded 11 assets to release v2\.0\.0/);
  });

  test('a missing shard fails the merge naming it; a tampered shard report is refused', async () => {
    assert.equal(shardRuns.size, 3, 'after the failing pull request');
    const event = { event: 'pull_request' as const, payload: prPayload(fake, 43, 'c'.repeat(40)) };
    const dir = await folder();
    for (const [index, from] of shardRuns) if (index !== '1') await cp(from, join(dir, 'shards', `s${index}`), { recursive: true });
    const missing = await merge(dir, event);
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /::error::shard 2\/3 is missing/);
    assert.equal(fake.comments(43).length, 0, 'no comment from an incomplete merge');

    // A field of the wrong type: refused by the report's schema, naming the field.
    await cp(shardRuns.get('1')!, join(dir, 'shards', 's1'), { recursive: true });
    const path = join(dir, 'shards', 's1', 'report.json');
    const original = await readFile(path, 'utf8');
    const report = JSON.parse(original);
    report.models[0].checks[0].status = 'fine';
    await writeFile(path, JSON.stringify(report));
    const tampered = await merge(dir, event);
    assert.equal(tampered.code, 1);
    assert.match(tampered.stdout, /::error::.*report\.json: models\[0\]\.checks\[0\]\.status is not one of/);

    // A well-formed report that drops one of its models: the merge names the model and the shard.
    const dropped = JSON.parse(original);
    const gone = dropped.models.shift().name;
    await writeFile(path, JSON.stringify(dropped));
    const incomplete = await merge(dir, event);
    assert.equal(incomplete.code, 1);
    assert.match(incomplete.stdout, new RegExp(`::error::.*model ${gone} of shard 2/3 is missing from its report`));

    // A shard given twice.
    await writeFile(path, original);
    await cp(shardRuns.get('0')!, join(dir, 'shards', 's0-again'), { recursive: true });
    const twice = await merge(dir, event);
    assert.equal(twice.code, 1);
    assert.match(twice.stdout, /::error::shard 1\/3 is given twice/);
    await rm(join(dir, 'shards', 's0-again'), { recursive: true });
    assert.equal(fake.comments(43).length, 0);
    assert.deepEqual((await readdir(join(dir, 'shards'))).sort(), ['s0', 's1', 's2']);
  });
});
