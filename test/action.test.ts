// The built action, run the way the runner runs it: a clean copy of the tracked files (no top-level node_modules),
// `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, on Node 24 (action.yml's
// `using: node24`). The GitHub side of the action is in github.test.ts and github-action.test.ts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { copyFile, mkdir } from 'node:fs/promises';
import { annotations } from '../src/action/annotations.js';
import { assertMeasured, assertNoRegression, cleanActionCopy, fixtureWorkspace, NODE24, runBuiltAction, sameWeightsOtherBytes } from './helpers.js';
import { syntheticReport } from './support/reports.js';

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

describe('annotations within GitHub\'s 10 per type and step', () => {
  const files = new Map<string, string>();
  const errors = (list: ReturnType<typeof annotations>) => list.filter((a) => a.type === 'error');

  test('up to the limit, one per flagged model on its file', () => {
    const report = syntheticReport(9, ['less-accurate']);
    assert.equal(report.models.filter((m) => m.verdict === 'fail').length, 9);
    const list = annotations(report, new Map(report.models.map((m) => [m.name, `models/${m.name}.onnx`])), true);
    assert.deepEqual(list.map((a) => a.file), report.models.map((m) => `models/${m.name}.onnx`));
    assert.ok(list.every((a) => a.type === 'error'));
  });

  test('past it, the first ones and one naming the rest; the failing step keeps its own line', () => {
    const report = syntheticReport(14, ['less-accurate']);
    const failing = report.models.filter((m) => m.verdict === 'fail').map((m) => m.name);
    assert.equal(failing.length, 14);
    // The step fails: setFailed's error is one of the ten, so eight models and one summary of the other six.
    const failed = errors(annotations(report, files, true));
    assert.equal(failed.length, 9);
    assert.deepEqual(failed.slice(0, 8).map((a) => a.title), failing.slice(0, 8).map((n) => `model-gate: ${n} fails`));
    assert.equal(failed[8]!.title, 'model-gate: 6 more models fail');
    assert.match(failed[8]!.message, new RegExp(`^6 more models fail: ${failing.slice(8).join(', ')} \\(`));
    assert.equal(failed[8]!.file, undefined);
    // fail-on: never: the step passes, so the models have all ten.
    const passing = errors(annotations(report, files, false));
    assert.equal(passing.length, 10);
    assert.equal(passing[9]!.title, 'model-gate: 5 more models fail');
  });

  test('warnings are capped on their own', () => {
    const report = syntheticReport(24, ['less-accurate', 'inconclusive']);
    const warning = report.models.filter((m) => m.verdict === 'warn').map((m) => m.name);
    assert.ok(warning.length > 10, `${warning.length} warnings`);
    const warnings = annotations(report, files, true).filter((a) => a.type === 'warning');
    assert.equal(warnings.length, 10);
    assert.deepEqual(warnings.slice(0, 9).map((a) => a.title), warning.slice(0, 9).map((n) => `model-gate: ${n} warns`));
    assert.equal(warnings[9]!.title, `model-gate: ${warning.length - 9} more models warn`);
  });
});

test('the built action refuses 501 models in one line naming the input, before the baseline is looked at', async () => {
  const workspace = await fixtureWorkspace('unchanged');
  await mkdir(join(workspace, 'many'));
  for (let i = 0; i <= 500; i++) await copyFile(join(workspace, 'models', 'iris.onnx'), join(workspace, 'many', `m${String(i).padStart(3, '0')}.onnx`));
  // A baseline folder that does not exist: were the baseline resolved first, that would be the error.
  const r = await runBuiltAction(NODE24, workspace, { models: 'many/*.onnx', 'baseline-dir': 'no-such-folder', shard: '2/3' });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.deepEqual(errors.length, 1, r.stdout);
  assert.match(errors[0]!, /^::error::input 'models': 501 models; one gate \(a whole matrix of shards included\) reports at most 500/);
  assert.ok(!existsSync(join(workspace, 'model-gate-out')), 'no out-dir');
});
