// Cold loads as a deployment pays them: every sample is a fresh child process (load-child.ts), so nothing a previous
// load left behind (allocator state, onnxruntime globals, warmed code) helps the next one.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildReply, ChildRequest, ColdJob, ColdSample } from './cold-load.js';
import { onnxRuntimePackage } from '../onnx/runtime.js';
import { InputError } from '../errors.js';

/**
 * The child entry sits beside this module in both layouts: build/src/bench/load-child.js next to cold.js (tests), and
 * dist/load-child.js next to the cli.js and index.js bundles that contain this code.
 */
const CHILD = fileURLToPath(new URL('./load-child.js', import.meta.url));

export async function coldSample(job: ColdJob): Promise<ColdSample> {
  if (!existsSync(CHILD)) throw new Error(`the cold-load child ${CHILD} is missing: rebuild with npm run build`);
  // No inherited execArgv: flags of the parent (a test runner's, an inspector's) must not slow the child down.
  const child = fork(CHILD, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const stderr: Buffer[] = [];
  child.stderr?.on('data', (d: Buffer) => stderr.push(d));
  const replied = new Promise<ChildReply | null>((resolve) => {
    child.once('message', (m) => resolve(m as ChildReply));
    child.once('exit', () => resolve(null));
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  const request: ChildRequest = { job, ortPackage: onnxRuntimePackage() };
  child.send(request);
  const reply = await replied;
  const code = await exited;
  if (reply?.ok) return reply.sample;
  if (reply && !reply.ok) throw reply.input ? new InputError(reply.error) : new Error(`cold-load child for ${job.label}: ${reply.error}`);
  throw new Error(`cold-load child for ${job.label} exited with code ${code} and no result: ${Buffer.concat(stderr).toString('utf8').trim()}`);
}
