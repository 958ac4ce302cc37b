// manifest.json: what a pack holds, with the digests that make it verifiable. Schema documented in docs/MANIFEST.md.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../errors.js';
import type { ModelInfo } from '../types.js';
import type { Digest } from './zstd.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA = 'model-gate/manifest';
export const MANIFEST_VERSION = 1;
export const PACKED_SUFFIX = '.onnx.zst';

export interface ManifestModel {
  /** The model's name: its file name without `.onnx`. Unique within a pack. */
  name: string;
  /** The packed file, relative to the manifest's folder. */
  file: string;
  codec: 'zstd';
  level: number;
  raw: Digest;
  packed: Digest;
  onnx: Pick<
    ModelInfo,
    'irVersion' | 'opsetImports' | 'producerName' | 'producerVersion' | 'domain' | 'modelVersion' | 'inputs' | 'outputs'
  >;
}

export interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  schemaVersion: typeof MANIFEST_VERSION;
  tool: { name: 'model-gate'; version: string };
  models: ManifestModel[];
}

export function modelNameOf(path: string): string {
  return basename(path).replace(/\.onnx$/i, '');
}

/** Reads and validates `dir/manifest.json`; every problem names the file and the field. */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`${path}: manifest not found (a pack folder holds manifest.json and *.onnx.zst files)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validateManifest(data, path);
}

export function validateManifest(data: unknown, path: string): Manifest {
  const fail = (what: string): never => {
    throw new InputError(`${path}: ${what}`);
  };
  if (!isObject(data)) return fail('manifest is not a JSON object');
  if (data.schema !== MANIFEST_SCHEMA) fail(`"schema" must be "${MANIFEST_SCHEMA}"`);
  if (data.schemaVersion !== MANIFEST_VERSION) {
    fail(`"schemaVersion" ${JSON.stringify(data.schemaVersion)} is not supported (this model-gate reads ${MANIFEST_VERSION})`);
  }
  if (!Array.isArray(data.models)) return fail('"models" must be an array');
  const names = new Set<string>();
  data.models.forEach((m: unknown, i: number) => {
    const at = `models[${i}]`;
    if (!isObject(m)) return fail(`${at} is not an object`);
    if (typeof m.name !== 'string' || m.name === '') fail(`${at}.name must be a non-empty string`);
    if (names.has(m.name as string)) fail(`${at}.name "${m.name}" appears twice`);
    names.add(m.name as string);
    // The file must sit beside the manifest: a path with separators could point outside the pack.
    if (typeof m.file !== 'string' || !m.file.endsWith(PACKED_SUFFIX) || /[\\/]/.test(m.file) || m.file.startsWith('.')) {
      fail(`${at}.file must be a plain file name ending in ${PACKED_SUFFIX}`);
    }
    if (m.codec !== 'zstd') fail(`${at}.codec ${JSON.stringify(m.codec)} is not supported`);
    if (!Number.isInteger(m.level)) fail(`${at}.level must be an integer`);
    checkDigest(m.raw, `${at}.raw`, fail);
    checkDigest(m.packed, `${at}.packed`, fail);
    if (!isObject(m.onnx) || !Array.isArray(m.onnx.inputs) || !Array.isArray(m.onnx.outputs)) {
      fail(`${at}.onnx must describe the model's inputs and outputs`);
    }
  });
  return data as unknown as Manifest;
}

function checkDigest(value: unknown, at: string, fail: (what: string) => never): void {
  if (!isObject(value)) return fail(`${at} must be an object with bytes and sha256`);
  if (!Number.isSafeInteger(value.bytes) || (value.bytes as number) < 0) fail(`${at}.bytes must be a non-negative integer`);
  if (typeof value.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(value.sha256)) {
    fail(`${at}.sha256 must be 64 lowercase hex digits`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A model in a pack folder, with the path of its packed file. */
export interface PackedModel {
  entry: ManifestModel;
  path: string;
}

export function packedModels(dir: string, manifest: Manifest): PackedModel[] {
  return manifest.models.map((entry) => ({ entry, path: join(dir, entry.file) }));
}
