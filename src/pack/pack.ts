// Pack stage: each model becomes one checksummed zstd frame beside a manifest; the manifest is written last, so a
// folder with a manifest is a complete pack and a failure leaves nothing behind.
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { temporaryPath, writeFileAtomic } from '../util/fs.js';
import { VERSION } from '../version.js';
import { inspectModel } from './inspect.js';
import {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  type Manifest,
  type ManifestModel,
  modelNameOf,
  PACKED_SUFFIX,
} from './manifest.js';
import { type CompressOptions, compressFile } from './zstd.js';

export interface PackRequest extends CompressOptions {
  models: string[];
  outDir: string;
}

export async function packModels(request: PackRequest): Promise<Manifest> {
  if (request.models.length === 0) throw new InputError('pack: no model files given');
  const byName = new Map<string, string>();
  for (const path of request.models) {
    const name = modelNameOf(path);
    const other = byName.get(name);
    if (other !== undefined) throw new InputError(`${path}: model name "${name}" is also the name of ${other}; names must be unique`);
    byName.set(name, path);
  }
  // Inspect every model before writing anything: bad input must not leave half a pack.
  const infos = await Promise.all(request.models.map((path) => inspectModel(path)));
  await mkdir(request.outDir, { recursive: true });

  const staged: Array<{ tmp: string; final: string }> = [];
  try {
    const models: ManifestModel[] = [];
    for (const [i, path] of request.models.entries()) {
      const name = modelNameOf(path);
      const file = `${name}${PACKED_SUFFIX}`;
      const final = join(request.outDir, file);
      const tmp = temporaryPath(final);
      staged.push({ tmp, final });
      const { raw, packed } = await compressFile(path, tmp, request);
      const info = infos[i]!;
      models.push({
        name,
        file,
        codec: 'zstd',
        level: request.level,
        raw,
        packed,
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
      });
    }
    const manifest: Manifest = {
      schema: MANIFEST_SCHEMA,
      schemaVersion: MANIFEST_VERSION,
      tool: { name: 'model-gate', version: VERSION },
      models,
    };
    for (const { tmp, final } of staged) await rename(tmp, final);
    await writeFileAtomic(join(request.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw error;
  }
}
