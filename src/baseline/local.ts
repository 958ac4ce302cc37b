// Baseline stage, local flavour: the resolved baseline's pack folder (manifest.json + *.onnx.zst) read for the engine.
import { lstat } from 'node:fs/promises';
import { type Manifest, MANIFEST_FILE, type PackedModel, packedModels, readManifest } from '../pack/format/manifest.js';
import { InputError } from '../errors.js';
import { requireDirectory } from '../util/fs.js';
import type { ResolvedBaseline } from './resolved.js';

export type Baseline =
  | { kind: 'found'; source: string; manifest: Manifest; models: PackedModel[] }
  | { kind: 'none'; source: string | null; note: string };

/**
 * The front doors decided already whether a missing folder may mean "no baseline" (baseline/spec.ts): here a folder
 * that does not exist, or is not a pack, is bad input. A fetched baseline is named by its label, and so are its models
 * in messages ("release v1.2.0, x.onnx.zst"), never by the scratch folder it was fetched into.
 */
export async function readBaseline(baseline: ResolvedBaseline): Promise<Baseline> {
  if (baseline.kind === 'none') return { kind: 'none', source: baseline.label, note: baseline.note };
  const { dir } = baseline;
  const source = baseline.kind === 'fetched' ? baseline.label : dir;
  const exists = await lstat(dir).then(
    () => true,
    () => false,
  );
  if (!exists) throw new InputError(`baseline folder ${dir} does not exist`);
  await requireDirectory(dir, 'baseline folder');
  const manifest = await readManifest(dir);
  if (manifest.models.length === 0) return { kind: 'none', source, note: `baseline ${baseline.kind === 'fetched' ? source : `${dir}/${MANIFEST_FILE}`} lists no models` };
  const models = packedModels(dir, manifest);
  return { kind: 'found', source, manifest, models: baseline.kind === 'fetched' ? models.map((m) => ({ ...m, origin: `${source}, ${m.entry.file}` })) : models };
}
