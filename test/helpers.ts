// Shared by the tests: paths, scratch folders, and running the built CLI as a real child process.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

/** The repository root (tests run from build/test/). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const BASELINE_MODEL = join(FIXTURES, 'models', 'iris.onnx');
export const candidate = (variant: string) => join(FIXTURES, 'candidates', variant, 'iris.onnx');
export const CLI = join(ROOT, 'dist', 'cli.js');

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

/** Runs a command to completion; never throws on a non-zero exit. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: Buffer } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
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

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return run(process.execPath, [CLI, ...args], options);
}
