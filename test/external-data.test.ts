// A model with ONNX external data, end to end through compare: packed with its data file, restored to a scratch folder
// and loaded by path for evaluation, cold loads and warm latency.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeSyntheticModel } from '../scripts/synthetic-model.js';
import { cli, FAST_BENCH, scratch } from './helpers.js';

test('compare measures a model whose weights live in an external data file', async () => {
  const dir = await scratch();
  for (const side of ['base', 'cand']) {
    await mkdir(join(dir, side));
    await writeSyntheticModel(join(dir, side, 'big.onnx'), 2e6, 'float32', { externalData: 'big.weights' });
  }
  const pack = await cli(['pack', join(dir, 'base', 'big.onnx'), '--out', join(dir, 'pack')]);
  assert.equal(pack.code, 0, pack.stderr);
  const json = join(dir, 'report.json');
  // The same .onnx with other weights in its data file is a changed model: measured, not reported unchanged.
  const weights = join(dir, 'cand', 'big.weights');
  const bytes = await readFile(weights);
  bytes[bytes.length - 1]! ^= 0x01;
  await writeFile(weights, bytes);
  const r = await cli(['compare', '--baseline', join(dir, 'pack'), '--candidate', join(dir, 'cand', 'big.onnx'), '--json', json, '--fail-on', 'never', ...FAST_BENCH]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(await readFile(json, 'utf8'));
  assert.equal(report.models[0].unchanged, false);
  assert.equal(report.models[0].baseline.raw.sha256, report.models[0].candidate.raw.sha256, 'the .onnx files are the same');
  const checks = report.models[0].checks;
  for (const metric of ['packed-size', 'load-time', 'latency-p50']) {
    const c = checks.find((x: { metric: string }) => x.metric === metric);
    assert.ok(c && c.baseline !== null && c.candidate !== null, `${metric} measured on both sides`);
  }
  const size = checks.find((x: { metric: string }) => x.metric === 'packed-size');
  assert.ok(size.candidate > 1e6, 'the packed size counts the external data file');
});
