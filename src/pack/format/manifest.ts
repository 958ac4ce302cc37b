// manifest.json: what a pack holds, with the digests that make it verifiable. Schema documented in docs/FORMAT.md.
// Writes manifest version 3; accepts versions 1–3: docs/FORMAT.md#history.
import { parseUntrustedJson, readUntrustedText } from '../../util/fs.js';
import { basename, join } from 'node:path';
import { InputError } from '../../errors.js';
import type { ModelInfo } from '../../types.js';
import { isBareFileName } from './external-data.js';
import { VARIANT_IDS, type VariantId } from '../../variants/kinds.js';
import { type AutoChoice, type Codec, CODEC_NAMES, CODECS as REGISTRY } from '../codecs/registry.js';
import type { Digest, PackedSize } from './content.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA = 'model-gate/manifest';
export const MANIFEST_VERSION = 3;
const READABLE_VERSIONS = [1, 2, 3];

/** One packed file of a model: the model itself or one of its external data files. */
export interface PackedBlob {
  /** The packed file, relative to the manifest's folder. */
  file: string;
  codec: Codec;
  raw: Digest;
  packed: PackedSize;
  /** Present when `auto` chose the codec: what each would have taken. */
  auto?: AutoChoice;
}

/**
 * Whether two packed models restore to the same bytes: the model file and every external data file (by its location),
 * by size and sha256. How they were packed (codec, level) does not count.
 */
export function sameRawContent(a: ManifestModel, b: ManifestModel): boolean {
  const same = (x: Digest, y: Digest) => x.sha256 === y.sha256 && x.bytes === y.bytes;
  const external = (m: ManifestModel) => new Map((m.externalData ?? []).map((e) => [e.location, e.raw]));
  const ea = external(a);
  const eb = external(b);
  return same(a.raw, b.raw) && ea.size === eb.size && [...ea].every(([location, digest]) => eb.has(location) && same(digest, eb.get(location)!));
}

/** An external data file: restored beside the model under its original name, `location`. */
export interface ExternalDataEntry extends PackedBlob {
  location: string;
}

/**
 * Which variant of the model the pack holds, when variants were built: the lossless original or a lossy variant that
 * stayed inside the accuracy budget. `original` is the digest of the float model it was derived from.
 */
export interface ManifestVariant {
  name: VariantId;
  original: Digest;
  /** How the published variant scored against the original on the eval data (absent for the original itself). */
  score?: { metric: string; original: number; variant: number; budget: string };
}

export interface ManifestModel extends PackedBlob {
  /** The model's name: its file name without `.onnx`. Unique within a pack. */
  name: string;
  level: number;
  onnx: Pick<
    ModelInfo,
    'irVersion' | 'opsetImports' | 'producerName' | 'producerVersion' | 'domain' | 'modelVersion' | 'inputs' | 'outputs'
  >;
  /** The model's external data files, when it has any. */
  externalData?: ExternalDataEntry[];
  variant?: ManifestVariant;
}

export interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  schemaVersion: 1 | 2 | 3;
  tool: { name: 'model-gate'; version: string };
  models: ManifestModel[];
}

export function modelNameOf(path: string): string {
  return basename(path).replace(/\.onnx$/i, '');
}

/** Every packed file of a model: the model's own, then its external data files'. */
export function packedBlobs(model: ManifestModel): PackedBlob[] {
  return [model, ...(model.externalData ?? [])];
}

/** The packed file name for a model (`location` absent) or one of its external data files. */
export function packedFileName(model: string, codec: Codec, location?: string): string {
  return `${model}${location === undefined ? '.onnx' : `.${location}`}${REGISTRY[codec].extension}`;
}

/** How a packed model file's name ends, one per codec: `.onnx.zst`, …. */
export const PACKED_MODEL_SUFFIXES = CODEC_NAMES.map((codec) => packedFileName('', codec));

/** True for the name of a packed model file of any codec (as opposed to a plain .onnx). */
export function isPackedFileName(path: string): boolean {
  return PACKED_MODEL_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

/** Every byte count a model takes in the pack: the model file and its external data. */
export function totalPackedBytes(m: ManifestModel): number {
  return packedBlobs(m).reduce((n, b) => n + b.packed.bytes, 0);
}

/** Reads and validates `dir/manifest.json`; every problem names the file and the field. */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  const text = await readUntrustedText(path, 'manifest');
  return validateManifest(parseUntrustedJson(text, path), path);
}

type Fail = (what: string) => never;

export function validateManifest(data: unknown, path: string): Manifest {
  const fail: Fail = (what) => {
    throw new InputError(`${path}: ${what}`);
  };
  if (!isObject(data)) return fail('manifest is not a JSON object');
  if (data.schema !== MANIFEST_SCHEMA) fail(`"schema" must be "${MANIFEST_SCHEMA}"`);
  if (!READABLE_VERSIONS.includes(data.schemaVersion as number)) {
    fail(`"schemaVersion" ${JSON.stringify(data.schemaVersion)} is not supported (this model-gate reads ${READABLE_VERSIONS.join(', ')})`);
  }
  if (!Array.isArray(data.models)) return fail('"models" must be an array');
  const names = new Set<string>();
  // Packed files and the names files are restored under must each be unique across the pack.
  const files = new Set<string>();
  const restored = new Set<string>();
  const claim = (set: Set<string>, name: string, at: string, what: string) => {
    if (set.has(name)) fail(`${at}: ${what} "${name}" appears twice in the pack`);
    set.add(name);
  };
  data.models.forEach((m: unknown, i: number) => {
    const at = `models[${i}]`;
    if (!isObject(m)) return fail(`${at} is not an object`);
    // The name becomes a file name on unpack: it must not be able to point outside the output folder.
    if (typeof m.name !== 'string' || !isBareFileName(m.name) || m.name.startsWith('.')) fail(`${at}.name must be a plain file name`);
    if (names.has(m.name as string)) fail(`${at}.name "${m.name}" appears twice`);
    names.add(m.name as string);
    claim(restored, `${m.name}.onnx`, at, 'restored file');
    checkBlob(m, at, data.schemaVersion as number, fail);
    claim(files, m.file as string, at, 'packed file');
    if (!Number.isInteger(m.level)) fail(`${at}.level must be an integer`);
    if (!isObject(m.onnx) || !Array.isArray(m.onnx.inputs) || !Array.isArray(m.onnx.outputs)) {
      fail(`${at}.onnx must describe the model's inputs and outputs`);
    }
    if (m.variant !== undefined) {
      const v = m.variant;
      if (!isObject(v) || !VARIANT_IDS.includes(v.name as ManifestVariant['name'])) fail(`${at}.variant.name must be one of ${VARIANT_IDS.join(', ')}`);
      checkDigest((v as Record<string, unknown>).original, `${at}.variant.original`, fail, true);
    }
    if (m.externalData === undefined) return;
    if (data.schemaVersion === 1 || !Array.isArray(m.externalData)) return fail(`${at}.externalData must be an array (schema version 2 on)`);
    m.externalData.forEach((e: unknown, j: number) => {
      const eat = `${at}.externalData[${j}]`;
      if (!isObject(e)) return fail(`${eat} is not an object`);
      if (typeof e.location !== 'string' || !isBareFileName(e.location)) fail(`${eat}.location must be a bare file name`);
      claim(restored, e.location as string, eat, 'restored file');
      checkBlob(e, eat, data.schemaVersion as number, fail);
      claim(files, e.file as string, eat, 'packed file');
    });
  });
  return data as unknown as Manifest;
}

/**
 * The fields every packed file has: a plain file name with its codec's extension, the codec, the raw digest and the
 * packed size (with its sha256 before version 3).
 */
function checkBlob(b: Record<string, unknown>, at: string, version: number, fail: Fail): void {
  const codecs = CODEC_NAMES.filter((c) => REGISTRY[c].since <= version);
  if (!codecs.includes(b.codec as Codec)) fail(`${at}.codec ${JSON.stringify(b.codec)} is not supported (expected ${codecs.join(' or ')})`);
  const { extension } = REGISTRY[b.codec as Codec];
  // The file must sit beside the manifest: a path with separators could point outside the pack.
  if (typeof b.file !== 'string' || !isBareFileName(b.file) || b.file.startsWith('.') || !b.file.endsWith(extension)) {
    fail(`${at}.file must be a plain file name ending in ${extension}`);
  }
  checkDigest(b.raw, `${at}.raw`, fail, true);
  checkDigest(b.packed, `${at}.packed`, fail, version < 3);
}

/** `{ bytes, sha256 }`; where the sha256 is optional, it must still be well formed when present. */
function checkDigest(value: unknown, at: string, fail: Fail, sha256Required: boolean): void {
  if (!isObject(value)) return fail(`${at} must be an object with bytes${sha256Required ? ' and sha256' : ''}`);
  if (!Number.isSafeInteger(value.bytes) || (value.bytes as number) < 0) fail(`${at}.bytes must be a non-negative integer`);
  if (!sha256Required && value.sha256 === undefined) return;
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
  /**
   * What the user calls this model, when `path` is a scratch file they never saw: the .onnx file a candidate was packed
   * from, or the release asset a baseline was downloaded as. Messages name this instead of `path`.
   */
  origin?: string;
}

export function packedModels(dir: string, manifest: Manifest): PackedModel[] {
  return manifest.models.map((entry) => ({ entry, path: join(dir, entry.file) }));
}
