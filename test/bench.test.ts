// The bench stage on the real Iris fixture, run from build/: cold loads and warm rounds in side processes
// (build/src/bench/side-child.js), in both modes. Small counts and a short budget: this checks the wiring, the benchmark
// scripts measure.
import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { planSides, Sides } from '../src/bench/sides.js';
import type { SideMode } from '../src/modes.js';
import { loadPackedModel } from '../src/pack/format/restore.js';
import { benchPair, type Subjects, TIMING_METRICS } from '../src/bench/bench.js';
import { PHASES } from '../src/bench/cold-load.js';
import { createSession, syntheticInputs } from '../src/onnx/runtime.js';
import { InputError } from '../src/errors.js';
import { bindInputs } from '../src/eval/binding.js';
import { loadEvalData } from '../src/eval/data.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { packedModels, readManifest } from '../src/pack/format/manifest.js';
import { candidate, cli, FAST_BENCH, FIXTURES, scratch } from './helpers.js';

// The budget is room, not a target: the settled check below ends sampling at 6 pairs on a quiet machine.
const SETTINGS = { ...defaultConfig().bench, budgetSeconds: 30, loadSamples: 6, latencyRounds: 6, latencyTimeMs: 10, warmupMs: 5 };

async function iris(): Promise<Subjects['candidate']> {
  const dir = join(FIXTURES, 'baseline');
  const [model] = packedModels(dir, await readManifest(dir));
  return { model: model!, inputs: syntheticInputs(model!.entry.onnx.inputs, 'iris'), label: 'iris' };
}

/** Both sides' processes on the restored Iris model, in `mode`; closed when the test ends. */
async function sidesOf(t: TestContext, subject: Subjects['candidate'], mode: SideMode = 'alternating'): Promise<Sides> {
  const restored = await loadPackedModel(subject.model, await scratch(), { onDisk: true });
  const side = { path: restored.source as string, label: subject.label };
  const sides = new Sides({ baseline: side, candidate: side }, planSides([subject.model.entry.raw.bytes], { ...SETTINGS, mode }, process.availableMemory()), SETTINGS);
  t.after(() => sides.close());
  return sides;
}

describe('bench stage', () => {
  for (const mode of ['alternating', 'blocks'] as const) test(`A/B, ${mode}: every timing metric gets paired samples, cold loads report every phase, sampling says why it stopped`, async (t) => {
    const subject = await iris();
    const asked: string[] = [];
    const sides = await sidesOf(t, subject, mode);
    assert.equal(sides.plan.mode, mode);
    const result = await benchPair({ baseline: subject, candidate: subject, sides }, SETTINGS, (metric, series) => {
      asked.push(metric);
      return series.candidate.length >= 6;
    });
    for (const metric of TIMING_METRICS) {
      const [attempt, ...more] = result.metrics[metric]!;
      assert.equal(more.length, 0);
      assert.equal(attempt!.series.baseline.length, attempt!.series.candidate.length, metric);
      assert.ok(attempt!.series.candidate.length >= 1 && attempt!.series.candidate.every((v) => v > 0), metric);
      assert.ok(['settled', 'budget'].includes(attempt!.sampling.stop), metric);
    }
    assert.ok(TIMING_METRICS.every((m) => asked.includes(m)), 'the settled check is asked about every metric');
    assert.deepEqual(result.phases.map((p) => p.phase), [...PHASES]);
    for (const p of result.phases) assert.ok(p.baseline!.wallMs > 0 && p.candidate.cpuMs >= 0 && p.candidate.peakRssBytes > 10e6, p.phase);
  });

  // ONNX's own test data writes input_0.pb without a tensor name: bound by position, it must reach onnxruntime under
  // the input's name in both the cold-load child and the warm rounds (the child once fed it under "").
  test('eval tensors without a name, bound by position, feed the cold-load child and the warm rounds', async (t) => {
    const subject = await iris();
    const [set] = await loadEvalData(join(FIXTURES, 'eval'));
    const unnamed = { ...set!, inputs: set!.inputs.map((t) => ({ ...t, name: '' })) };
    const inputs = bindInputs(unnamed, subject.model.entry.onnx, 'iris');
    const fast = { ...SETTINGS, budgetSeconds: 5, loadSamples: 1, latencyRounds: 1 };
    const result = await benchPair({ baseline: null, candidate: { ...subject, inputs }, sides: await sidesOf(t, subject) }, fast, () => true);
    assert.equal(result.metrics['first-inference']![0]!.series.candidate.length, 1);
    assert.equal(result.metrics['latency-p50']![0]!.series.candidate.length, 1);
  });

  test('no baseline: the candidate alone, cold loads only when asked', async (t) => {
    const subject = await iris();
    const result = await benchPair({ baseline: null, candidate: subject, sides: await sidesOf(t, subject) }, SETTINGS, () => true, ['cold']);
    // The cold group: every timing metric but the warm latencies, whatever the registry holds.
    assert.deepEqual(Object.keys(result.metrics).sort(), TIMING_METRICS.filter((m) => !m.startsWith('latency-')).sort());
    assert.ok('load-time' in result.metrics && 'peak-rss' in result.metrics);
    const load = result.metrics['load-time']![0]!;
    assert.deepEqual([load.series.baseline.length, load.series.candidate.length, load.sampling.stop], [0, 6, 'settled']);
    assert.equal(result.phases[0]!.baseline, null);
  });
});

describe('onnxruntime load failures', () => {
  const threads = { intraOpThreads: 1, interOpThreads: 1 };

  // A model with external data is loaded by path from a scratch folder; onnxruntime's message names that path.
  test("name the caller's label and onnxruntime's reason, never the scratch file onnxruntime was given", async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'x.onnx'), 'not a model');
    for (const [model, what] of [[join(dir, 'x.onnx'), 'path'], [new TextEncoder().encode('not a model'), 'bytes']] as const) {
      await assert.rejects(createSession(model, threads, 'models/x.onnx'), (error: unknown) => {
        assert.ok(error instanceof InputError, what);
        assert.match(error.message, /^models\/x\.onnx: onnxruntime cannot load the model \(.*[Pp]rotobuf parsing failed.*\)$/, what);
        assert.ok(!error.message.includes(dir), `${what}: ${error.message}`);
        return true;
      });
    }
  });
});

describe('onnxruntime leaves nothing behind', () => {
  // onnxruntime 1.29+ starts a telemetry SDK that writes mat-debug-<pid>.log and .ses into the temp folder and a device
  // id under ~/.cache, in every process that loads it (the CLI and each cold-load child) — unless it believes it runs in
  // CI, so the child gets a bare environment: no CI variables that would hide the files, no opt-out of the test's own.
  test('a compare through dist/cli.js leaves its TMPDIR and HOME as empty as it found them', async () => {
    const dir = await scratch();
    const [tmp, home] = [join(dir, 'tmp'), join(dir, 'home')];
    await mkdir(tmp);
    await mkdir(home);
    const before = [await readdir(tmp), await readdir(home)];
    assert.deepEqual(before, [[], []]);
    const r = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--eval-data', join(FIXTURES, 'eval'), '--quiet', ...FAST_BENCH, '--bench-budget', '1'], {
      env: { PATH: process.env.PATH, HOME: home, TMPDIR: tmp },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([await readdir(tmp, { recursive: true }), await readdir(home, { recursive: true })], before, 'TMPDIR and HOME after the compare');
    assert.equal(r.stderr, '', 'nothing of onnxruntime on stderr');
  });
});
