import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/** A sibling name that no reader mistakes for a finished file; renamed into place once complete. */
export function temporaryPath(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes a whole file under a temporary name and renames it into place, so a reader never sees half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
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
