// Unpack: restore original .onnx files from a pack, verified against its manifest, written under temporary names.
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { temporaryPath } from '../util/fs.js';
import { type ManifestModel, PACKED_SUFFIX, readManifest } from './manifest.js';
import { decompressFile } from './zstd.js';

/** `source` is a pack folder or one .onnx.zst inside it; returns the restored files' paths. */
export async function unpack(source: string, outDir: string): Promise<string[]> {
  const info = await stat(source).catch(() => null);
  if (!info) throw new InputError(`${source}: does not exist`);
  const dir = info.isDirectory() ? source : dirname(source);
  if (!info.isDirectory() && !source.endsWith(PACKED_SUFFIX)) {
    throw new InputError(`${source}: not a pack folder or a ${PACKED_SUFFIX} file`);
  }
  const manifest = await readManifest(dir);
  const entries = info.isDirectory() ? manifest.models : manifest.models.filter((m) => m.file === basename(source));
  if (entries.length === 0) throw new InputError(`${source}: not listed in ${join(dir, 'manifest.json')}, so it cannot be verified`);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const entry of entries) written.push(await restore(dir, entry, outDir));
  return written;
}

async function restore(dir: string, entry: ManifestModel, outDir: string): Promise<string> {
  const final = join(outDir, `${entry.name}.onnx`);
  const tmp = temporaryPath(final);
  const out = await open(tmp, 'wx');
  try {
    let position = 0;
    await decompressFile(join(dir, entry.file), { raw: entry.raw, packed: entry.packed, checkPackedDigest: true }, (chunk) => {
      // Two writes may be in flight (the decoder double-buffers): take the position before yielding.
      const at = position;
      position += chunk.length;
      return out.write(chunk, 0, chunk.length, at).then(() => undefined);
    });
    await out.close();
    await rename(tmp, final);
    return final;
  } catch (error) {
    await out.close().catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  }
}
