// Baseline stage, local flavour: a pack folder (manifest.json + *.onnx.zst) from an earlier `pack`.
import { lstat } from 'node:fs/promises';
import { type Manifest, MANIFEST_FILE, type PackedModel, packedModels, readManifest } from '../pack/format/manifest.js';
import { InputError } from '../errors.js';
import { requireDirectory } from '../util/fs.js';

export type Baseline =
  | { kind: 'found'; source: string; manifest: Manifest; models: PackedModel[] }
  | { kind: 'none'; source: string | null; note: string };

/**
 * The front doors decided already whether a missing folder may mean "no baseline" (baseline/spec.ts): here a folder
 * that does not exist, or is not a pack, is bad input.
 */
export async function resolveLocalBaseline(dir: string | null, label?: string, noneNote?: string): Promise<Baseline> {
  if (dir === null) return { kind: 'none', source: label ?? null, note: noneNote ?? 'no baseline was given' };
  const exists = await lstat(dir).then(
    () => true,
    () => false,
  );
  if (!exists) throw new InputError(`baseline folder ${dir} does not exist`);
  await requireDirectory(dir, 'baseline folder');
  const manifest = await readManifest(dir);
  if (manifest.models.length === 0) return { kind: 'none', source: dir, note: `baseline ${dir}/${MANIFEST_FILE} lists no models` };
  return { kind: 'found', source: label ?? dir, manifest, models: packedModels(dir, manifest) };
}
