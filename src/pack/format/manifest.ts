// manifest.json: what a pack holds, with the digests that make it verifiable. Schema documented in docs/FORMAT.md.
// Writes manifest version 3; accepts versions 1–3: docs/FORMAT.md#history. The zod schema below is the manifest's type,
// the check of a manifest read from disk (a pack may come from anywhere) and, through manifestJsonSchema(), a JSON Schema.
import * as z from 'zod';
import { parseUntrustedJson, readUntrustedText } from '../../util/fs.js';
import { basename, join } from 'node:path';
import { InputError } from '../../errors.js';
import { ELEM_TYPES } from '../../types.js';
import { isBareFileName } from '../../onnx/external-data.js';
import { VARIANT_IDS } from '../../variants/kinds.js';
import { AUTO_CODECS, type AutoCodec, type Codec, CODEC_NAMES, CODECS as REGISTRY } from '../codecs/registry.js';
import type { Digest } from './content.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA = 'model-gate/manifest';
export const MANIFEST_VERSION = 3;
const READABLE_VERSIONS = [1, 2, 3] as const;
type ManifestVersion = (typeof READABLE_VERSIONS)[number];

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

/** A model's bytes as restored: the model file and its external data files. */
export function totalRawBytes(m: ManifestModel): number {
  return packedBlobs(m).reduce((n, b) => n + b.raw.bytes, 0);
}

// ── The schema ───────────────────────────────────────────────────────────────────────────────────────────────────
// Every refusal names its field (the path is added by describeIssue) and says what the field must be.

const nonNegative = () => z.number({ error: 'must be a non-negative integer' }).int({ error: 'must be a non-negative integer' }).nonnegative({ error: 'must be a non-negative integer' });
const sha256 = () => z.string({ error: 'must be 64 lowercase hex digits' }).regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hex digits' });
/** `{ bytes, sha256 }`: a file's size and content digest. */
const digest = () => z.object({ bytes: nonNegative(), sha256: sha256() }, { error: 'must be an object with bytes and sha256' });
/** A packed file's size, with its sha256 before version 3 (optional from then on, but well formed when present). */
const packedSize = (version: ManifestVersion) =>
  z.object({ bytes: nonNegative(), sha256: sha256().optional() }, { error: `must be an object with bytes${version < 3 ? ' and sha256' : ''}` }).superRefine((size, ctx) => {
    if (version < 3 && size.sha256 === undefined) ctx.addIssue({ code: 'custom', path: ['sha256'], message: 'must be 64 lowercase hex digits' });
  });
/** A name a file is written under: it must not be able to point outside the folder, nor be hidden. */
const plainFileName = (error: string) => z.string({ error }).refine((name) => isBareFileName(name) && !name.startsWith('.'), { error });
const text = () => z.string({ error: 'must be a string' });
const integer = () => z.number({ error: 'must be an integer' }).int({ error: 'must be an integer' });

/** The ONNX facts a manifest carries about a model (onnx/model-info.ts reads them from the model). */
const valueInfo = z.object(
  {
    name: text(),
    elemType: z.enum(ELEM_TYPES, { error: 'is not an ONNX element type' }).nullable(),
    shape: z.array(z.union([z.number(), z.string(), z.null()], { error: 'must be a size, a name or null' }), { error: 'must be an array or null' }).nullable(),
  },
  { error: 'must be an object' },
);
const onnxInfo = z.object(
  {
    irVersion: integer(),
    opsetImports: z.array(z.object({ domain: text(), version: integer() }, { error: 'must be an object' }), { error: 'must be an array' }),
    producerName: text(),
    producerVersion: text(),
    domain: text(),
    modelVersion: integer(),
    inputs: z.array(valueInfo, { error: "must be an array: the model's inputs" }),
    outputs: z.array(valueInfo, { error: "must be an array: the model's outputs" }),
  },
  { error: "must describe the model's inputs and outputs" },
);

/** How `auto` chose: each of its codecs' packed size (null: not tried; a codec added to auto later is absent from older packs). */
const autoShape = Object.fromEntries(AUTO_CODECS.map((c) => [c, z.number({ error: 'must be a number or null' }).nullable().default(null)])) as Record<
  AutoCodec,
  z.ZodDefault<z.ZodNullable<z.ZodNumber>>
>;
const autoChoice = z.object({ ...autoShape, estimated: z.boolean({ error: 'must be true or false' }) }, { error: 'must be an object' });

const variant = z.object(
  {
    name: z.enum(VARIANT_IDS, { error: `must be one of ${VARIANT_IDS.join(', ')}` }),
    original: digest(),
    score: z.object({ metric: text(), original: z.number({ error: 'must be a number' }), variant: z.number({ error: 'must be a number' }), budget: text() }, { error: 'must be an object' }).optional(),
  },
  { error: 'must be an object' },
);

/**
 * The fields every packed file has: a plain file name with its codec's extension, the codec (one the version may
 * name), the raw digest and the packed size (with its sha256 before version 3).
 */
function blobShape(version: ManifestVersion) {
  const codecs = CODEC_NAMES.filter((c) => REGISTRY[c].since <= version);
  return {
    file: plainFileName('must be a plain file name'),
    codec: z.enum(codecs, { error: (issue) => `${JSON.stringify(issue.input)} is not supported (expected ${codecs.join(' or ')})` }),
    raw: digest(),
    packed: packedSize(version),
    auto: autoChoice.optional(),
  };
}

/** The packed file's name must end in its codec's extension (checked once the codec is known to be one). */
function extensionCheck(blob: { file: string; codec: Codec }, ctx: z.RefinementCtx): void {
  const { extension } = REGISTRY[blob.codec];
  if (!blob.file.endsWith(extension)) ctx.addIssue({ code: 'custom', path: ['file'], input: blob.file, message: `must be a plain file name ending in ${extension}` });
}

function manifestSchema(version: ManifestVersion) {
  const external = z.object({ ...blobShape(version), location: plainFileName('must be a bare file name') }, { error: 'is not an object' }).superRefine(extensionCheck);
  const model = z
    .object(
      {
        /** The model's name: its file name without `.onnx`. Unique within a pack. */
        name: plainFileName('must be a plain file name'),
        ...blobShape(version),
        level: integer(),
        onnx: onnxInfo,
        /** The model's external data files, when it has any (schema version 2 on). */
        externalData: version === 1 ? z.undefined({ error: 'is only allowed from schema version 2 on' }).optional() : z.array(external, { error: 'must be an array (schema version 2 on)' }).optional(),
        /**
         * Which variant of the model the pack holds, when variants were built: the lossless original or a lossy variant
         * that stayed inside the accuracy budget. `original` is the digest of the float model it was derived from.
         */
        variant: variant.optional(),
      },
      { error: 'is not an object' },
    )
    .superRefine(extensionCheck);
  return z
    .object({
      schema: z.literal(MANIFEST_SCHEMA),
      schemaVersion: z.literal(READABLE_VERSIONS),
      tool: z.object({ name: z.literal('model-gate'), version: text() }, { error: 'must be an object' }),
      models: z.array(model, { error: 'must be an array' }),
    })
    .superRefine((manifest, ctx) => {
      // Model names, packed files and the names files are restored under must each be unique across the pack.
      const seen = { name: new Set<string>(), packed: new Set<string>(), restored: new Set<string>() };
      const claim = (set: Set<string>, value: string, path: PropertyKey[], message: string) => {
        if (set.has(value)) ctx.addIssue({ code: 'custom', path, input: value, message });
        set.add(value);
      };
      manifest.models.forEach((m, i) => {
        claim(seen.name, m.name, ['models', i, 'name'], `"${m.name}" appears twice`);
        claim(seen.restored, `${m.name}.onnx`, ['models', i], `restored file "${m.name}.onnx" appears twice in the pack`);
        claim(seen.packed, m.file, ['models', i], `packed file "${m.file}" appears twice in the pack`);
        (m.externalData ?? []).forEach((e, j) => {
          claim(seen.restored, e.location, ['models', i, 'externalData', j], `restored file "${e.location}" appears twice in the pack`);
          claim(seen.packed, e.file, ['models', i, 'externalData', j], `packed file "${e.file}" appears twice in the pack`);
        });
      });
    });
}

const SCHEMAS = { 1: manifestSchema(1), 2: manifestSchema(2), 3: manifestSchema(3) } as const;

export type Manifest = z.output<ReturnType<typeof manifestSchema>>;
export type ManifestModel = Manifest['models'][number];
/** An external data file: restored beside the model under its original name, `location`. */
export type ExternalDataEntry = NonNullable<ManifestModel['externalData']>[number];
/** One packed file of a model: the model itself or one of its external data files. */
export type PackedBlob = Pick<ManifestModel, 'file' | 'codec' | 'raw' | 'packed' | 'auto'>;
export type ManifestVariant = NonNullable<ManifestModel['variant']>;

/** The manifest format as a JSON Schema (the version that model-gate writes). */
export function manifestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SCHEMAS[MANIFEST_VERSION], { io: 'input' });
}

/** Reads and validates `dir/manifest.json`; every problem names the file and the field. */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  const text = await readUntrustedText(path, 'manifest');
  return validateManifest(parseUntrustedJson(text, path), path);
}

export function validateManifest(data: unknown, path: string): Manifest {
  const fail = (what: string) => new InputError(`${path}: ${what}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw fail('manifest is not a JSON object');
  const { schema, schemaVersion } = data as { schema?: unknown; schemaVersion?: unknown };
  if (schema !== MANIFEST_SCHEMA) throw fail(`"schema" must be "${MANIFEST_SCHEMA}"`);
  const version = READABLE_VERSIONS.find((v) => v === schemaVersion);
  if (version === undefined) throw fail(`"schemaVersion" ${JSON.stringify(schemaVersion)} is not supported (this model-gate reads ${READABLE_VERSIONS.join(', ')})`);
  const parsed = SCHEMAS[version].safeParse(data);
  if (!parsed.success) throw fail(describeIssue(parsed.error.issues));
  return parsed.data;
}

/** One line for the whole refusal: the first field given with a wrong value, else the first field missing. */
function describeIssue(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues.find((i) => i.input !== undefined) ?? issues[0];
  if (!issue) return 'not a valid manifest';
  const field = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  return field === '' ? issue.message : `${field} ${issue.message}`;
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
