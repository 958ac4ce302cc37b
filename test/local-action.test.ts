// Once through GitHub's own local runner for JavaScript actions (@github/local-action), which swaps in its own
// implementation of the Actions toolkit: the action must not depend on anything but the toolkit's documented surface.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureWorkspace, ROOT, run } from './helpers.js';

test('@github/local-action runs the action: the regression is reported in the summary and the verdict output', async () => {
  const workspace = await fixtureWorkspace('less-accurate');
  const summary = join(workspace, 'summary.md');
  await writeFile(summary, '');
  const env = [
    `INPUT_MODELS=${join(workspace, 'models', '*.onnx')}`,
    `INPUT_BASELINE-DIR=${join(workspace, 'previous-release')}`,
    `INPUT_EVAL-DATA=${join(workspace, 'eval')}`,
    `INPUT_OUT-DIR=${join(workspace, 'out')}`,
    'INPUT_LOAD-SAMPLES=3',
    'INPUT_LATENCY-ROUNDS=2',
    'INPUT_GITHUB-TOKEN=',
    `GITHUB_STEP_SUMMARY=${summary}`,
  ].join('\n');
  const envFile = join(workspace, '.env');
  await writeFile(envFile, `${env}\n`);
  // The compiled entry (build/) is used: local-action imports it and calls its exported run(). It runs from the
  // action's folder, where npm finds the tsx it starts itself with.
  const r = await run(join(ROOT, 'node_modules', '.bin', 'local-action'), ['run', ROOT, 'build/src/action/main.js', envFile], { cwd: ROOT });
  assert.match(r.stdout, /::set-output name=verdict::fail/, r.stdout + r.stderr);
  assert.match(r.stdout, /::error::model-gate: fail — iris: accuracy/);
  assert.match(await readFile(summary, 'utf8'), /^### ❌ model-gate: fail — iris: accuracy/);
  const report = JSON.parse(await readFile(join(workspace, 'out', 'report.json'), 'utf8'));
  assert.equal(report.verdict, 'fail');
});
