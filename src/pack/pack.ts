// Pack stage: each model (and each of its external data files) becomes one packed file beside a manifest; the manifest
// is written last, so a folder with a manifest is a complete pack and a failure leaves nothing behind.
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { ModelInfo } from '../types.js';
import { checkOutputDir, temporaryPath, writeFileAtomic } from '../util/fs.js';
import { VERSION } from '../version.js';
import { packFile, type PackFileOptions } from './codecs/choose.js';
import { checkExternalData, type ExternalFile } from '../onnx/external-data.js';
import { inspectModel } from './inspect.js';
import {
  type ExternalDataEntry,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  type Manifest,
  type ManifestModel,
  modelNameOf,
  type PackedModel,
  packedBlobs,
  packedFileName,
  validateManifest,
} from './format/manifest.js';
import { type FloatRun, mapTensors } from '../onnx/tensors.js';
import { CODECS, type CodecRequest } from './codecs/registry.js';
import type { CompressOptions } from './format/content.js';

/** How models are packed: what a candidate and a `ref:` baseline share (inputs/config.ts packOptions derives it). */
export interface PackOptions extends CompressOptions {
  /** Default `auto`: per file, the smallest of the codecs registered for auto (codecs/registry.ts). */
  codec?: CodecRequest;
}

interface PackRequest extends PackOptions {
  models: string[];
  outDir: string;
  /** Test hook: onnx-planes block size. */
  blockSize?: number;
}

/** What is known about a model before anything is written. */
interface Planned {
  path: string;
  name: string;
  size: number;
  info: ModelInfo;
  runs: FloatRun[];
  external: ExternalFile[];
}

/** Packs the models into `request.outDir`, which appears whole or not at all (staged beside it, then renamed). */
export async function packModels(request: PackRequest): Promise<Manifest> {
  const write = await planPack(request);
  const staging = await stagePackDir(request.outDir);
  try {
    const manifest = await write(staging.dir);
    await staging.commit();
    return manifest;
  } finally {
    await staging.discard();
  }
}

/** Packs the models into `dir`, a fresh folder the caller stages itself (e.g. the engine, until its report is made). */
export async function packInto(request: Omit<PackRequest, 'outDir'>, dir: string): Promise<Manifest> {
  return (await planPack({ ...request, outDir: dir }))(dir);
}

/**
 * Inspects every model and checks its external data before anything is written (bad input must not leave half a
 * pack); returns the writer of the pack into a folder.
 */
async function planPack(request: PackRequest): Promise<(outDir: string) => Promise<Manifest>> {
  if (request.models.length === 0) throw new InputError('pack: no model files given');
  checkUniqueNames(request.models);
  const planned = await Promise.all(request.models.map(plan));
  checkRestoredNames(planned);
  return (outDir) => writePack(request, planned, outDir);
}

async function writePack(request: PackRequest, planned: Planned[], outDir: string): Promise<Manifest> {
  const options: PackFileOptions = { level: request.level, threads: request.threads, codec: request.codec ?? 'auto', blockSize: request.blockSize };
  const staged: Array<{ tmp: string; final: string }> = [];
  /** Packs one file under a temporary name; the final name depends on the codec chosen. */
  const stage = async (path: string, runs: FloatRun[], size: number, name: string, location?: string) => {
    const tmp = temporaryPath(join(outDir, packedFileName(name, 'zstd', location)));
    staged.push({ tmp, final: '' });
    const packed = await packFile(path, runs, size, tmp, options);
    const file = packedFileName(name, packed.codec, location);
    staged.at(-1)!.final = join(outDir, file);
    return { file, ...packed };
  };
  try {
    const models: ManifestModel[] = [];
    for (const p of planned) {
      const main = await stage(p.path, p.runs, p.size, p.name);
      const externalData: ExternalDataEntry[] = [];
      for (const e of p.external) externalData.push({ location: e.location, ...(await stage(e.path, e.runs, e.size, p.name, e.location)) });
      models.push(manifestEntry(p, main, externalData, request.level));
    }
    const manifest: Manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: 'model-gate', version: VERSION }, models };
    for (const { tmp, final } of staged) await rename(tmp, final);
    await writeFileAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw error;
  }
}

export interface StagedDir {
  /** Where to write: a fresh sibling of the target folder. */
  dir: string;
  /** Moves the finished folder into place (replacing an earlier pack there). */
  commit(): Promise<void>;
  /** Removes what was staged, unless it was committed. */
  discard(): Promise<void>;
}

/**
 * A pack folder appears whole or not at all: it is written under a temporary sibling name and renamed into place. A
 * folder already at the target may only hold an earlier pack (it is replaced); anything else there is refused rather
 * than mixed with or deleted.
 */
export async function stagePackDir(outDir: string): Promise<StagedDir> {
  await checkOutputDir(outDir, 'pack folder');
  const existing = await readdir(outDir, { withFileTypes: true }).catch(() => null);
  const packName = (f: string) => f === MANIFEST_FILE || Object.values(CODECS).some((c) => f.endsWith(c.extension)) || /^\..*\.tmp$/.test(f);
  const foreign = existing?.find((f) => !f.isFile() || !packName(f.name));
  if (foreign !== undefined) throw new InputError(`${outDir}: the pack folder holds ${JSON.stringify(foreign.name)}, which is not part of a pack; give an empty or new folder`);
  const dir = temporaryPath(outDir);
  await mkdir(dir, { recursive: true });
  let committed = false;
  return {
    dir,
    async commit() {
      const old = existing ? temporaryPath(outDir) : null;
      if (old) await rename(outDir, old);
      try {
        await rename(dir, outDir);
      } catch (error) {
        // The earlier pack goes back where it was rather than stay under a hidden name.
        if (old) await rename(old, outDir);
        throw error;
      }
      committed = true;
      if (old) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      if (!committed) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One pack from models already packed elsewhere (each variant selection packs and measures in a scratch folder): their
 * files are copied, not packed again, and their entries go into one manifest, written last as packModels does.
 */
export async function assembleInto(models: readonly PackedModel[], dir: string): Promise<Manifest> {
  const manifest: Manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: 'model-gate', version: VERSION }, models: models.map((m) => m.entry) };
  // The same rules as any pack: unique model names, packed files and restored names.
  validateManifest(manifest, join(dir, MANIFEST_FILE));
  for (const { entry, path } of models) {
    for (const { file } of packedBlobs(entry)) await copyFile(join(dirname(path), file), join(dir, file));
  }
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Models pair and pack by file name: two files of one name would collide. */
export function checkUniqueNames(models: readonly string[]): void {
  const byName = new Map<string, string>();
  for (const path of models) {
    const name = modelNameOf(path);
    const other = byName.get(name);
    if (other !== undefined) throw new InputError(`${path}: model name "${name}" is also the name of ${other}; names must be unique`);
    byName.set(name, path);
  }
}

async function plan(path: string): Promise<Planned> {
  const info = await inspectModel(path);
  const map = await mapTensors(path);
  const external = await checkExternalData(path, map.external);
  const { size } = await stat(path);
  return { path, name: modelNameOf(path), size, info, runs: map.runs, external };
}

/** A pack restores into one folder: no two models may claim the same file name there. */
function checkRestoredNames(planned: Planned[]): void {
  const owner = new Map<string, string>();
  for (const p of planned) {
    for (const name of [`${p.name}.onnx`, ...p.external.map((e) => e.location)]) {
      const other = owner.get(name);
      if (other !== undefined) {
        throw new InputError(`${p.path}: restores a file named "${name}", as ${other} does; a pack restores into one folder, so its file names must be distinct`);
      }
      owner.set(name, p.path);
    }
  }
}

function manifestEntry(p: Planned, main: Omit<ManifestModel, 'name' | 'level' | 'onnx'>, externalData: ExternalDataEntry[], level: number): ManifestModel {
  const { info } = p;
  return {
    name: p.name,
    ...main,
    level,
    onnx: {
      irVersion: info.irVersion,
      opsetImports: info.opsetImports,
      producerName: info.producerName,
      producerVersion: info.producerVersion,
      domain: info.domain,
      modelVersion: info.modelVersion,
      inputs: info.inputs,
      outputs: info.outputs,
    },
    ...(externalData.length > 0 ? { externalData } : {}),
  };
}
