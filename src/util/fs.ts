// The file-system edge: every file model-gate reads that it did not write is opened here (never through a symbolic
// link, never blocking on a FIFO, only a regular file, within a size cap), and every output goes through a check of
// what is already at its path, then a temporary name and a rename.
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

/** Caps for the small control files model-gate reads whole; models, packs and tensors are streamed or checked apart. */
const MAX_CONTROL_FILE_BYTES = 4 << 20;

// O_NOFOLLOW: a committed symbolic link is refused instead of read (its target could be any file on the runner).
// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer, so fstat can refuse it.
const UNTRUSTED_READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** What a non-regular file is, for messages. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFile()) return 'a regular file';
  return 'not a regular file';
}

function openError(path: string, what: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new InputError(`${path}: ${what} does not exist`);
  if (code === 'ELOOP') return new InputError(`${path}: ${what} is a symbolic link; model-gate reads only regular files (pass the real path)`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: ${what} cannot be read (permission denied)`);
  if (code === 'ENOTDIR') return new InputError(`${path}: ${what}: a parent of this path is not a directory`);
  return new InputError(`${path}: ${what} cannot be opened (${code ?? String(error)})`);
}

/**
 * Opens a file model-gate did not write, for reading: only a regular file, never through a symbolic link, never
 * waiting on a FIFO. `what` says what the file is for, e.g. "manifest". The caller closes the handle.
 */
/** The size and sha256 of a file, read in 1 MiB pieces through openUntrusted (no link, no FIFO, a regular file). */
export async function digestFile(path: string, what: string): Promise<{ bytes: number; sha256: string }> {
  const { handle, size } = await openUntrusted(path, what);
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(1 << 20);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total !== size) throw new InputError(`${path}: ${what} changed while it was read`);
    return { bytes: total, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

export async function openUntrusted(path: string, what: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, UNTRUSTED_READ);
  } catch (error) {
    throw openError(path, what, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${path}: ${what} is ${kindOf(info)}, not a regular file`);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Reads a whole untrusted file of at most `maxBytes` (a file growing while read is caught too). */
export async function readUntrusted(path: string, what: string, maxBytes = MAX_CONTROL_FILE_BYTES): Promise<Buffer> {
  const { handle, size } = await openUntrusted(path, what);
  try {
    const tooBig = () => new InputError(`${path}: ${what} is larger than ${maxBytes} bytes, the limit for a ${what}`);
    if (size > maxBytes) throw tooBig();
    const buffer = Buffer.alloc(size + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) throw tooBig();
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** An untrusted file's text, decoded as UTF-8. */
export async function readUntrustedText(path: string, what: string, maxBytes = MAX_CONTROL_FILE_BYTES): Promise<string> {
  return (await readUntrusted(path, what, maxBytes)).toString('utf8');
}

/**
 * JSON.parse for untrusted text, with a message that quotes none of it: V8's own message carries the first bytes, which
 * for a file reached through a link or a forged artifact could be a secret.
 */
export function parseUntrustedJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    throw new InputError(`${path}: not valid JSON${at ? ` (at character ${at[1]})` : ''}`);
  }
}

/**
 * An output path must be a regular file or nothing yet: never written through a symbolic link (a pull request can commit
 * one), never replacing a device, FIFO or folder. Checked before any work starts, and again before the rename.
 */
export async function checkOutputFile(path: string, what: string): Promise<void> {
  const info = await lstatOrNull(path, what);
  if (info && !info.isFile()) throw new InputError(`${path}: ${what} is ${kindOf(info)}; give a path for a regular file`);
  await checkNoLinkOnTheWay(dirname(path), what);
}

/** An output folder: a real directory or nothing yet. */
export async function checkOutputDir(path: string, what: string): Promise<void> {
  const info = await lstatOrNull(path, what);
  if (info && !info.isDirectory()) throw new InputError(`${path}: ${what} is ${kindOf(info)}; give a folder (or a path that does not exist yet)`);
  await checkNoLinkOnTheWay(path, what);
}

async function lstatOrNull(path: string, what: string): Promise<Stats | null> {
  return lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw openError(path, what, error);
  });
}

/**
 * The folders an output goes into. Inside the working directory (the checkout, whose contents a pull request controls)
 * none of them may be a symbolic link, or a committed link would send the output anywhere; outside it (a path the
 * workflow or the user chose, e.g. under /tmp) only the folder itself is checked. What exists must be a directory.
 */
async function checkNoLinkOnTheWay(dir: string, what: string, cwd = process.cwd()): Promise<void> {
  const inside = (p: string) => p === cwd || p.startsWith(`${cwd}${sep}`);
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await lstat(at).catch(() => null);
    if (info?.isSymbolicLink()) throw new InputError(`${at}: the folder for the ${what} is a symbolic link; model-gate does not write through links`);
    if (info && !info.isDirectory()) throw new InputError(`${at}: the folder for the ${what} is ${kindOf(info)}, not a directory`);
    // Inside the working directory walk up to it; outside, stop at the first folder that exists.
    if (dirname(at) === at || at === cwd || (!inside(at) && info !== null)) return;
  }
}

/** A sibling name that no reader mistakes for a finished file; renamed into place once complete. */
export function temporaryPath(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes a whole file under a temporary name and renames it into place, so a reader never sees half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, what = 'output file'): Promise<void> {
  await checkOutputFile(path, what);
  await mkdir(dirname(path), { recursive: true });
  const tmp = temporaryPath(path);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Checks that a path names a regular file, not a symlink: a link in a model folder could point anywhere on the runner.
 * `what` says what the file is for, e.g. "model".
 */
export async function requireRegularFile(path: string, what: string): Promise<number> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new InputError(`${path}: ${what} does not exist`);
  }
  if (info.isSymbolicLink()) {
    throw new InputError(`${path}: ${what} is a symbolic link; model-gate reads only regular files (pass the real path)`);
  }
  if (!info.isFile()) throw new InputError(`${path}: ${what} is not a regular file`);
  return info.size;
}

export async function requireDirectory(path: string, what: string): Promise<void> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new InputError(`${path}: ${what} does not exist`);
  }
  if (info.isSymbolicLink()) throw new InputError(`${path}: ${what} is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${path}: ${what} is not a directory`);
}
