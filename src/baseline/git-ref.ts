// `ref:<git ref>` baselines: the model files as they were at another commit (e.g. the pull request's merge base),
// read with git and packed on the fly. git is a child process at the edge; arguments never pass through a shell.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { type PackOptions, packModels } from '../pack/pack.js';

function git(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(Buffer.concat(err).toString('utf8').trim()))));
  });
}

async function gitShowToFile(ref: string, path: string, dest: string): Promise<void> {
  const child = spawn('git', ['show', `${ref}:${path}`], { stdio: ['ignore', 'pipe', 'ignore'] });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  await pipeline(child.stdout, createWriteStream(dest));
  if ((await closed) !== 0) throw new Error(`git show ${ref}:${path} failed`);
}

/** Packs the files matching `patterns` as they were at `ref` into `outDir`; no match at the ref means no baseline. */
export async function packAtRef(ref: string, patterns: string[], outDir: string, pack: PackOptions, source: string): Promise<boolean> {
  let listing: string;
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    listing = await git(['ls-tree', '-r', '-z', '--name-only', ref]);
  } catch {
    throw new InputError(`${source}: git cannot read ref "${ref}" here (in a shallow checkout, fetch it or set fetch-depth: 0)`);
  }
  const isMatch = picomatch(patterns.map((p) => p.replace(/^\.\//, '')), { dot: false });
  const files = listing.split('\0').filter((f) => f !== '' && isMatch(f));
  if (files.length === 0) return false;
  const staging = join(outDir, '..', 'baseline-ref-files');
  await mkdir(staging, { recursive: true });
  const local: string[] = [];
  for (const file of files) {
    const dest = join(staging, basename(file));
    await gitShowToFile(ref, file, dest);
    local.push(dest);
  }
  await packModels({ models: local, outDir, ...pack });
  return true;
}
