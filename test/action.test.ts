// The built action, run the way the runner runs it: a clean copy of the tracked files (no top-level node_modules),
// `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY — on Node 20 and Node 24.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { assertNoRegression, cleanActionCopy, fixtureWorkspace, NODE24, runBuiltAction } from './helpers.js';

const runtimes: Array<[string, string]> = [
  [`Node ${process.versions.node}`, process.execPath],
  ['Node 24', NODE24],
];

const INPUTS = { models: 'models/*.onnx', 'baseline-dir': 'previous-release', 'eval-data': 'eval', 'load-samples': '3', 'latency-rounds': '2' };

test('the clean copy has no node_modules of its own', async () => {
  assert.ok(!existsSync(join(await cleanActionCopy(), 'node_modules')));
});

for (const [label, node] of runtimes) {
  describe(`the built action on ${label}`, () => {
    test('a regression: summary and outputs are written, then the step fails naming the metric', async () => {
      const workspace = await fixtureWorkspace('less-accurate');
      const r = await runBuiltAction(node, workspace, INPUTS);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /::error::model-gate: fail — iris: accuracy/);
      assert.equal(r.outputs.verdict, 'fail');
      assert.match(r.summary, /^### ❌ model-gate: fail/);
      const json = JSON.parse(await readFile(join(workspace, r.outputs['report-json']!), 'utf8'));
      assert.equal(json.verdict, 'fail');
      assert.ok(existsSync(join(workspace, r.outputs['pack-dir']!, 'manifest.json')));
    });

    test('an unchanged model passes with the default sampling', async () => {
      const workspace = await fixtureWorkspace('unchanged');
      const r = await runBuiltAction(node, workspace, { models: INPUTS.models, 'baseline-dir': INPUTS['baseline-dir'], 'eval-data': INPUTS['eval-data'] });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assertNoRegression(JSON.parse(await readFile(join(workspace, r.outputs['report-json']!), 'utf8')), r.summary);
    });

    test('bad input fails the step with a message naming the input', async () => {
      const r = await runBuiltAction(node, await fixtureWorkspace('unchanged'), { ...INPUTS, thresholds: 'latency-p50: quick' });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /::error::input 'thresholds': threshold "quick" for latency-p50 is not understood/);
      assert.equal(r.outputs.verdict, 'error');
    });
  });
}
