// Once through GitHub's own local runner for JavaScript actions (@github/local-action), on the bundle a runner checks
// out: dist/index.js of a clean copy of the tracked files (helpers.ts cleanActionCopy), as action.yml names it.
//
// local-action imports the entry and calls its exported run() itself; the bundle exports run and starts the action on
// its own only when it is the main module (`node dist/index.js`, what the runner does), so it runs once either way.
// What local-action cannot do with a bundle: swap in its stubs of @actions/core and @actions/github, which it installs
// by replacing those packages' files in node_modules — the bundle carries its own copies. So this run uses the real
// toolkit with local-action's environment (the .env file's INPUT_* and GITHUB_STEP_SUMMARY); it shows the bundle is
// an entry local-action can drive, not that it keeps to the stubs' surface.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanActionCopy, fixtureWorkspace, ROOT, run } from './helpers.js';

test('@github/local-action runs the bundle (dist/index.js of a clean copy): the regression is reported in the summary and the verdict output, once', async () => {
  const action = await cleanActionCopy();
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
    'INPUT_BENCH-BUDGET=1',
    'INPUT_GITHUB-TOKEN=',
    `GITHUB_STEP_SUMMARY=${summary}`,
  ].join('\n');
  const envFile = join(workspace, '.env');
  await writeFile(envFile, `${env}\n`);
  // local-action starts itself through `npm exec tsx`, found from the working directory: the repository's.
  const r = await run(join(ROOT, 'node_modules', '.bin', 'local-action'), ['run', action, 'dist/index.js', envFile], { cwd: ROOT });
  assert.match(r.stdout, /Entrypoint.*dist\/index\.js/, r.stdout + r.stderr);
  // With no GITHUB_OUTPUT the toolkit falls back to the set-output command, which local-action's log shows.
  assert.match(r.stdout, /::set-output name=verdict::fail/, r.stdout + r.stderr);
  assert.equal(r.stdout.match(/::set-output name=verdict::/g)?.length, 1, 'the action ran once, not on import and again from run()');
  assert.match(r.stdout, /::error::model-gate: fail — iris: top-1 accuracy/);
  const written = await readFile(summary, 'utf8');
  assert.match(written, /^### ❌ model-gate: fail — iris: top-1 accuracy/);
  assert.equal(written.match(/^### /gm)?.length, 1);
  const report = JSON.parse(await readFile(join(workspace, 'out', 'report.json'), 'utf8'));
  assert.equal(report.verdict, 'fail');
});
