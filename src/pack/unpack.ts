// Unpack: restore original .onnx files (and their external data) from a pack, verified against its manifest.
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { checkOutputDir } from '../util/fs.js';
import { isPackedFileName, PACKED_MODEL_SUFFIXES, readManifest } from './format/manifest.js';
import { restoreModel } from './format/restore.js';

/** `source` is a pack folder or one packed model inside it; returns the restored models' paths. */
export async function unpack(source: string, outDir: string): Promise<string[]> {
  const info = await stat(source).catch(() => null);
  if (!info) throw new InputError(`${source}: does not exist`);
  const dir = info.isDirectory() ? source : dirname(source);
  if (!info.isDirectory() && !isPackedFileName(source)) {
    throw new InputError(`${source}: not a pack folder or a packed model (${PACKED_MODEL_SUFFIXES.join(' or ')})`);
  }
  const manifest = await readManifest(dir);
  const entries = info.isDirectory() ? manifest.models : manifest.models.filter((m) => m.file === basename(source));
  if (entries.length === 0) throw new InputError(`${source}: not listed in ${join(dir, 'manifest.json')}, so it cannot be verified`);
  await checkOutputDir(outDir, 'output folder');
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const entry of entries) written.push(await restoreModel(dir, entry, outDir));
  return written;
}
