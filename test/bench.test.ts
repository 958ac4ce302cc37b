// The bench stage on the real Iris fixture, run from build/: cold loads in child processes (build/src/bench/load-child.js),
// warm rounds in this process. Small counts and a short budget: this checks the wiring, the benchmark scripts measure.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { benchPair, type Subjects, TIMING_METRICS } from '../src/bench/bench.js';
import { PHASES } from '../src/bench/cold-load.js';
import { syntheticInputs } from '../src/bench/runtime.js';
import { bindInputs, loadEvalData } from '../src/eval/data.js';
import { defaultBenchSettings } from '../src/inputs/config.js';
import { packedModels, readManifest } from '../src/pack/manifest.js';
import { FIXTURES } from './helpers.js';

// The budget is room, not a target: the settled check below ends sampling at 6 pairs on a quiet machine.
const SETTINGS = { ...defaultBenchSettings(), budgetSeconds: 30, loadSamples: 6, latencyRounds: 6, latencyTimeMs: 10, warmupMs: 5 };

async function iris(): Promise<Subjects['candidate']> {
  const dir = join(FIXTURES, 'baseline');
  const [model] = packedModels(dir, await readManifest(dir));
  return { model: model!, inputs: syntheticInputs(model!.entry.onnx.inputs, 'iris'), label: 'iris' };
}

describe('bench stage', () => {
  test('A/B: every timing metric gets paired samples, cold loads report every phase, sampling says why it stopped', async () => {
    const subject = await iris();
    const asked: string[] = [];
    const result = await benchPair({ baseline: subject, candidate: subject }, SETTINGS, (metric, series) => {
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
  test('eval tensors without a name, bound by position, feed the cold-load child and the warm rounds', async () => {
    const subject = await iris();
    const [set] = await loadEvalData(join(FIXTURES, 'eval'));
    const unnamed = { ...set!, inputs: set!.inputs.map((t) => ({ ...t, name: '' })) };
    const inputs = bindInputs(unnamed, subject.model.entry.onnx, 'iris');
    const fast = { ...SETTINGS, budgetSeconds: 5, loadSamples: 1, latencyRounds: 1 };
    const result = await benchPair({ baseline: null, candidate: { ...subject, inputs } }, fast, () => true);
    assert.equal(result.metrics['first-inference']![0]!.series.candidate.length, 1);
    assert.equal(result.metrics['latency-p50']![0]!.series.candidate.length, 1);
  });

  test('no baseline: the candidate alone, cold loads only when asked', async () => {
    const result = await benchPair({ baseline: null, candidate: await iris() }, SETTINGS, () => true, ['cold']);
    assert.deepEqual(Object.keys(result.metrics).sort(), ['first-inference', 'load-time', 'peak-rss']);
    const load = result.metrics['load-time']![0]!;
    assert.deepEqual([load.series.baseline.length, load.series.candidate.length, load.sampling.stop], [0, 6, 'settled']);
    assert.equal(result.phases[0]!.baseline, null);
  });
});
