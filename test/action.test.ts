// The built action, run the way the runner runs it: a clean copy of the tracked files (no top-level node_modules),
// `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, on Node 24 (action.yml's
// `using: node24`). The GitHub side of the action is in github.test.ts and github-action.test.ts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { assertMeasured, assertNoRegression, cleanActionCopy, fixtureWorkspace, NODE24, runBuiltAction, sameWeightsOtherBytes } from './helpers.js';

const INPUTS = { models: 'models/*.onnx', 'baseline-dir': 'previous-release', 'eval-data': 'eval', 'load-samples': '3', 'latency-rounds': '2', 'bench-budget': '1' };

test('the clean copy has no node_modules of its own', async () => {
  assert.ok(!existsSync(join(await cleanActionCopy(), 'node_modules')));
});

const node = NODE24;
describe('the built action on Node 24', () => {
  test('a regression: summary and outputs are written, then the step fails naming the metric', async () => {
    const workspace = await fixtureWorkspace('less-accurate');
    const r = await runBuiltAction(node, workspace, INPUTS);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /::error::model-gate: fail — iris: top-1 accuracy/);
    // One annotation on the model's file, so the cause shows on the pull request's checks page; the log folds each
    // model's progress under a group.
    assert.match(r.stdout, /^::error title=model-gate%3A iris fails,file=models\/iris\.onnx::iris: top-1 accuracy −\d+\.\d\d pp \(beyond −1\.00 pp\)$/m);
    assert.match(r.stdout, /^::group::model-gate \[1\/1\] iris\n(model-gate: \[1\/1\] iris — .*\n)+::endgroup::$/m);
    // The comment is the short form; the job summary and report.md hold every detail.
    assert.match(r.summary, /How this was measured/);
    assert.match(r.outputs['comment-body']!, /^### ❌ model-gate: fail — iris: top-1 accuracy/);
    assert.equal(r.outputs.verdict, 'fail');
    assert.match(r.summary, /^### ❌ model-gate: fail/);
    const json = JSON.parse(await readFile(join(workspace, r.outputs['report-json']!), 'utf8'));
    assert.equal(json.verdict, 'fail');
    assert.ok(existsSync(join(workspace, r.outputs['pack-dir']!, 'manifest.json')));
  });

  test('A/A: the same weights in other bytes are measured, and pass with the default sampling', async () => {
    // Not the byte-identical copy: that is not measured again, so it would pass without timing anything.
    const workspace = await fixtureWorkspace('unchanged');
    await sameWeightsOtherBytes(workspace);
    const r = await runBuiltAction(node, workspace, { models: INPUTS.models, 'baseline-dir': INPUTS['baseline-dir'], 'eval-data': INPUTS['eval-data'] });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const report = JSON.parse(await readFile(join(workspace, r.outputs['report-json']!), 'utf8'));
    assertMeasured(report);
    assertNoRegression(report, r.summary);
  });

  test('bad input fails the step with one line naming the input, before anything is written', async () => {
    const workspace = await fixtureWorkspace('unchanged');
    const r = await runBuiltAction(node, workspace, { ...INPUTS, thresholds: 'latency-p50: quick' });
    assert.equal(r.code, 1);
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::error::')).length, 1, r.stdout);
    assert.match(r.stdout, /::error::input 'thresholds': threshold "quick" for latency-p50 is not understood/);
    assert.equal(r.outputs.verdict, 'error');
    assert.ok(!existsSync(join(workspace, 'model-gate-out')), 'no out-dir');
    assert.equal(r.summary, '');
  });
});
