// What bundling can break, checked through the bundle users run: dist/ from a clean copy of the tracked files (no
// top-level node_modules), on Node 24. Each part below is code the bundler treats specially — a lazily imported CommonJS
// package (yaml), a lazily imported ESM package (tinyglobby), the codec's worker threads (a separate entry,
// dist/codec-worker.js, beside the bundle) and the cold-load child process (a separate entry beside the bundle).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeSyntheticModel } from '../scripts/synthetic-model.js';
import { builtCli, cleanActionCopy, cli, FAST_BENCH, fixtureWorkspace, scratch, WORKSPACE_LEVEL } from './helpers.js';

test('the clean copy runs without any node_modules but its own dist/node_modules', async () => {
  const copy = await cleanActionCopy();
  assert.ok(!existsSync(join(copy, 'node_modules')));
  assert.ok((await builtCli()).startsWith(copy));
});

test('compare through the bundle: a YAML config, a glob of candidates and cold loads in child processes', async () => {
  const workspace = await fixtureWorkspace('unchanged');
  const r = await cli(['compare', '--baseline', 'previous-release', '--candidate', 'models/*.onnx', '--eval-data', 'eval', '--json', 'report.json', ...FAST_BENCH, '--bench-budget', '2', '--remeasure-unchanged'], { cwd: workspace });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8'));
  assert.equal(report.settings.level, WORKSPACE_LEVEL, 'the level comes from model-gate.yml');
  assert.deepEqual(
    report.models.map((m: { name: string }) => m.name),
    ['iris'],
    'the glob found the model',
  );
  const load = report.models[0].checks.find((c: { metric: string }) => c.metric === 'load-time');
  assert.ok(load.samples.baseline >= 1 && load.samples.candidate >= 1, 'cold loads ran in the child process');
  assert.ok(report.models[0].phases.some((p: { phase: string }) => p.phase === 'unpack'), 'the child reported its phases');
});

test('a model large enough for the worker pool packs and unpacks byte for byte through the bundle', async () => {
  const dir = await scratch();
  const model = join(dir, 'big.onnx');
  // 28 MB of float32 weights: 14 blocks of 2 MiB, over the 12 at which blocks go to worker threads (src/pack/codecs/onnx-planes/planes.ts).
  await writeSyntheticModel(model, 28e6, 'float32');
  const pack = await cli(['pack', model, '--out', join(dir, 'pack'), '--codec', 'onnx-planes', '--threads', '2']);
  assert.equal(pack.code, 0, pack.stderr);
  const unpack = await cli(['unpack', join(dir, 'pack'), '--out', join(dir, 'restored')]);
  assert.equal(unpack.code, 0, unpack.stderr);
  assert.ok((await readFile(join(dir, 'restored', 'big.onnx'))).equals(await readFile(model)), 'restored byte for byte');
});
