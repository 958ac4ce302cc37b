// Restoring packed models: to a folder (unpack, and models with external data, which onnxruntime loads by path) or
// into memory (single-file models). Every file is verified before anyone may use it: written under a temporary name
// and renamed only when all files of the model have passed their checks.
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { checkOutputFile, temporaryPath } from '../../util/fs.js';
import { checkExternalData } from '../../onnx/external-data.js';
import { type ManifestModel, type PackedBlob, type PackedModel, packedBlobs } from './manifest.js';
import { fileOutput } from '../codecs/sinks.js';
import { mapTensors, mapTensorsInBytes } from '../../onnx/tensors.js';
import { decompressAny, decompressToBuffer } from '../codecs/registry.js';

/** Decodes one packed file to `target` (a fresh path), verified against its manifest entry. */
async function restoreBlob(packDir: string, blob: PackedBlob, target: string): Promise<void> {
  const handle = await open(target, 'wx');
  try {
    const output = fileOutput(handle);
    await decompressAny(join(packDir, blob.file), { raw: blob.raw, packed: blob.packed, codec: blob.codec }, output);
  } finally {
    await handle.close();
  }
}

/**
 * Restores a model and its external data files into `outDir` as `<name>.onnx` and `<location>`; returns the model's
 * path. Each packed file's size is checked against the manifest before decoding, every frame against its own checksum,
 * and the restored bytes against the manifest's sha256 (a packed file's own sha256, where a manifest has one, would add
 * nothing to that: docs/FORMAT.md#history).
 */
export async function restoreModel(packDir: string, entry: ManifestModel, outDir: string): Promise<string> {
  const files: Array<{ blob: PackedBlob; final: string; tmp: string }> = packedBlobs(entry).map((blob) => {
    const final = join(outDir, 'location' in blob ? (blob.location as string) : `${entry.name}.onnx`);
    return { blob, final, tmp: temporaryPath(final) };
  });
  // Each name must be free for a regular file (not a folder, device or FIFO) before any decoding starts.
  for (const f of files) await checkOutputFile(f.final, 'restored file');
  try {
    for (const f of files) await restoreBlob(packDir, f.blob, f.tmp);
    for (const f of files) await rename(f.tmp, f.final);
    return files[0]!.final;
  } catch (error) {
    await Promise.all(files.map((f) => rm(f.tmp, { force: true })));
    throw error;
  }
}

/** A verified model ready for onnxruntime: bytes, or the path of a restored copy (models with external data). */
interface LoadableModel {
  source: Uint8Array | string;
  /** Removes the restored copy, if any; call once the session exists (it has read what it needs). */
  dispose(): Promise<void>;
}

/**
 * Verifies and restores a packed model for loading. A model with external data, or any model with `onDisk` (the gate's
 * side processes load by path, so the parent never holds the model), is restored into a fresh folder under `scratch`
 * (onnxruntime reads external data relative to the model's path), and its references are checked again on the restored
 * copy: a pack is hostile until verified, and the model inside it could name any path — one without external data in
 * its pack may name none.
 */
export async function loadPackedModel(model: PackedModel, scratch: string = tmpdir(), options: { onDisk?: boolean } = {}): Promise<LoadableModel> {
  const { entry, path } = model;
  if (!entry.externalData?.length && !options.onDisk) {
    const bytes = await decompressToBuffer(path, { raw: entry.raw, packed: entry.packed, codec: entry.codec });
    if (mapTensorsInBytes(bytes, path).external.length > 0) {
      throw new InputError(`${path}: the model references external data files that its pack does not hold`);
    }
    return { source: bytes, dispose: async () => {} };
  }
  const dir = await mkdtemp(join(scratch, `${entry.name}-`));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const restored = await restoreModel(dirname(path), entry, dir);
    const { external } = await mapTensors(restored);
    if (!entry.externalData?.length && external.length > 0) throw new InputError(`${path}: the model references external data files that its pack does not hold`);
    await checkExternalData(restored, external);
    return { source: restored, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
