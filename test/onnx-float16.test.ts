// float16 inputs and outputs on Node 24, the action's runtime, where a global Float16Array exists: ONNX's operator cases
// with float16 inputs (max of two float16 tensors, a float16 → float cast) and a float16 output (a double → float16
// cast), each compared against a pack of itself through the built CLI with its case folder as eval data. The eval, the
// timed runs and the cold loads (each a child process that runs the model once) all feed and read float16 tensors.
// The oracle is ONNX's own expected outputs in the case folders: agreement 1 with no error at all. Without eval data the
// timing inputs are synthesised, float16 ones too, whose bits NumPy checks.
import assert from 'node:assert/strict';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { TIMING_METRICS } from '../src/bench/bench.js';
import { halfBits } from '../src/onnx/runtime.js';
import { cli, run, scratch } from './helpers.js';

const NODE_CASES = '/usr/share/libonnx-testdata/data/node';
const CASES = ['test_max_float16', 'test_castlike_FLOAT16_to_FLOAT', 'test_castlike_DOUBLE_to_FLOAT16_expanded'];
const BENCH = [
  ...['--load-samples', '2', '--latency-rounds', '1', '--latency-time-ms', '5', '--warmup-ms', '0', '--bench-budget', '1'],
  // The model is compared against itself: timing decides nothing here, only that it ran.
  ...TIMING_METRICS.flatMap((metric) => ['--threshold', `${metric}=none`]),
  '--remeasure-unchanged',
];

interface Check {
  metric: string;
  status: string;
  samples: { baseline: number; candidate: number } | null;
}

test('Node 24 has the global Float16Array this test is about', () => {
  assert.equal(typeof (globalThis as { Float16Array?: unknown }).Float16Array, 'function', process.version);
});

for (const name of CASES) {
  test(`${name}: eval, timed runs and cold loads against a pack of itself`, async () => {
    const dir = await scratch();
    const model = join(dir, `${name}.onnx`);
    await cp(join(NODE_CASES, name, 'model.onnx'), model);
    const pack = await cli(['pack', model, '--out', join(dir, 'pack')]);
    assert.equal(pack.code, 0, pack.stderr);
    const json = join(dir, 'report.json');
    const r = await cli(['compare', '--baseline', join(dir, 'pack'), '--candidate', model, '--eval-data', join(NODE_CASES, name), '--json', json, ...BENCH]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const [report] = JSON.parse(await readFile(json, 'utf8')).models as Array<{ checks: Check[]; eval: { sets: number; candidate: { referenceAgreement: number; referenceMaxAbsError: number } } }>;
    const check = (metric: string) => report!.checks.find((c) => c.metric === metric)!;
    assert.equal(check('reference-agreement').status, 'pass');
    assert.equal(report!.eval.sets, 1);
    assert.deepEqual({ agreement: report!.eval.candidate.referenceAgreement, error: report!.eval.candidate.referenceMaxAbsError }, { agreement: 1, error: 0 });
    // Measured on both sides: cold loads (each runs the model once on the eval inputs) and the timed runs.
    for (const metric of ['load-time', 'first-inference', 'latency-p50']) {
      const { samples } = check(metric);
      assert.ok(samples && samples.baseline > 0 && samples.candidate > 0, `${metric} was measured: ${JSON.stringify(samples)}`);
    }
  });
}

test('synthetic float16 timing inputs: the bits NumPy gives each pattern value', async () => {
  const values = Array.from({ length: 1000 }, (_, k) => k / 1000);
  const numpy = await run('/usr/bin/python3', ['-c', 'import sys, json, numpy as np; print(json.dumps(np.array(json.load(sys.stdin), dtype=np.float64).astype(np.float16).view(np.uint16).tolist()))'], { input: Buffer.from(JSON.stringify(values)) });
  assert.equal(numpy.code, 0, numpy.stderr);
  assert.deepEqual(values.map(halfBits), JSON.parse(numpy.stdout));
});

test('test_max_float16 without eval data: timed runs and cold loads on synthetic float16 inputs', async () => {
  const dir = await scratch();
  const model = join(dir, 'test_max_float16.onnx');
  await cp(join(NODE_CASES, 'test_max_float16', 'model.onnx'), model);
  assert.equal((await cli(['pack', model, '--out', join(dir, 'pack')])).code, 0);
  const json = join(dir, 'report.json');
  const r = await cli(['compare', '--baseline', join(dir, 'pack'), '--candidate', model, '--json', json, ...BENCH]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const [report] = JSON.parse(await readFile(json, 'utf8')).models as Array<{ checks: Check[] }>;
  for (const metric of ['load-time', 'first-inference', 'latency-p50']) {
    const { samples } = report!.checks.find((c) => c.metric === metric)!;
    assert.ok(samples && samples.baseline > 0 && samples.candidate > 0, `${metric} was measured: ${JSON.stringify(samples)}`);
  }
});
