// The codec registry: every codec a packed file can be in, under the name manifests record. An entry says what the
// codec's files look like (extension, first bytes) and loads the module that encodes and decodes them on first use, so
// reading a manifest loads no codec. Adding a codec is its own module and one entry here. Also the decode entry point
// every loader uses: it tells the codec from the file's first bytes and holds it against the manifest's.
import { InputError, oneOf } from '../../errors.js';
import type { FloatRun } from '../../onnx/tensors.js';
import { openUntrusted } from '../../util/fs.js';
import { MAGIC as PLANES_MAGIC } from './onnx-planes/container.js';
import type { CompressResult, EncodeOptions, ExpectedContent } from '../format/content.js';
import type { Pieces } from './onnx-planes/kernel.js';
import { BufferOutput, type Output } from './sinks.js';

/** What a codec's module exports. */
interface CodecModule {
  /** Packs `inputPath`, whose float runs are `runs`, into `outputPath`, a fresh path the caller names. */
  encode(inputPath: string, runs: readonly FloatRun[], outputPath: string, options: EncodeOptions): Promise<CompressResult>;
  /**
   * Decodes a file of this codec into `output`, refusing anything that is not exactly `expected`; nothing is trusted
   * before the sha256 matches. On failure the caller discards what `output` received.
   */
  decode(packedPath: string, expected: ExpectedContent, output: Output): Promise<void>;
  /** Called before a large file's estimate, for what takes time to start (worker threads). */
  warmUp?(threads: number): void;
}

/** A codec `auto` chooses among: it can also say what a sample window of a file packs to. */
export interface AutoCodecModule extends CodecModule {
  /** The packed size of `window`, whose float runs are `pieces`: auto's estimate for a large file. */
  sampleSize(window: Uint8Array, pieces: Pieces, level: number): number;
}

interface CodecEntryBase {
  /** Appended to the packed file's name: `<model>.onnx<extension>`, `<model>.<location><extension>`. */
  extension: string;
  /** Every file of the codec begins with these bytes; decoding refuses a file that does not. */
  magic: Uint8Array;
  /** A file of the codec, in messages: "is <what> but the manifest says codec …". */
  what: string;
  /** The first manifest schema version that may name the codec. */
  since: number;
  /** Whether it uses the float runs: `auto` does not try it on a file without any. */
  floatRuns: boolean;
  /** What the codec makes, for the `codec` setting's text (Markdown, one clause). */
  text: string;
}

type CodecEntry =
  | (CodecEntryBase & { auto: true; load(): Promise<AutoCodecModule> })
  | (CodecEntryBase & { auto: false; load(): Promise<CodecModule> });

/** In order of preference: `auto` keeps the earlier of two codecs that pack a file to the same size. */
export const CODECS = {
  zstd: {
    extension: '.zst',
    magic: Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd),
    what: 'a plain zstd frame',
    text: 'one standard frame, readable by any `zstd -d`',
    since: 1,
    floatRuns: false,
    auto: true,
    load: () => import('./zstd.js'),
  },
  'onnx-planes': {
    extension: '.planes',
    magic: PLANES_MAGIC,
    what: 'an onnx-planes container',
    text: 'float tensors split into byte planes, then zstd; see docs/FORMAT.md',
    since: 2,
    floatRuns: true,
    auto: true,
    load: () => import('./onnx-planes/planes.js'),
  },
} as const satisfies Record<string, CodecEntry>;

/** The codecs a pack file can be in. */
export type Codec = keyof typeof CODECS;
/** What a pack may ask for: a codec, or `auto`, which picks among the codecs registered with `auto: true`. */
export type CodecRequest = Codec | 'auto';
export type AutoCodec = { [C in Codec]: (typeof CODECS)[C]['auto'] extends true ? C : never }[Codec];

export const CODEC_NAMES = Object.keys(CODECS) as Codec[];
export const AUTO_CODECS = CODEC_NAMES.filter((c): c is AutoCodec => CODECS[c].auto);
export const CODEC_REQUESTS: readonly CodecRequest[] = ['auto', ...CODEC_NAMES];

/** The `codec` setting's value: `auto` or a registered codec's name. */
export function parseCodecRequest(value: string, source: string): CodecRequest {
  return oneOf(value, CODEC_REQUESTS, source);
}

/** How `auto` decided: the packed size of each of its codecs (null: not tried), measured or (from samples) estimated. */
export type AutoChoice = { [C in AutoCodec]: number | null } & { estimated: boolean };

/** What a packed file must restore to, and the codec its manifest names (absent: whichever the file is). */
interface ExpectedFile extends ExpectedContent {
  codec?: Codec;
}

/** Decompresses a packed file of any codec into `output`, refusing anything that is not exactly what is expected. */
export async function decompressAny(packedPath: string, expected: ExpectedFile, output: Output): Promise<void> {
  const codec = codecOf(packedPath, await firstBytes(packedPath), expected.codec);
  await (await CODECS[codec].load()).decode(packedPath, expected, output);
}

/** A protobuf, and so an ONNX model held in memory, is at most 2 GiB; bigger models keep weights in external data. */
const MAX_IN_MEMORY = 2 ** 31 - 1;

/** Decompresses a verified packed file into one buffer of exactly the declared size. */
export async function decompressToBuffer(packedPath: string, expected: ExpectedFile): Promise<Buffer> {
  // Checked before allocating: the size comes from a manifest that is hostile until the content matches it.
  if (expected.raw.bytes > MAX_IN_MEMORY) {
    throw new InputError(`${packedPath}: declares ${expected.raw.bytes} bytes, more than a model loaded from memory can have (2 GiB)`);
  }
  const output = new BufferOutput(expected.raw.bytes);
  await decompressAny(packedPath, expected, output);
  return output.buffer;
}

const MAGIC_BYTES = Math.max(...CODEC_NAMES.map((c) => CODECS[c].magic.length));

async function firstBytes(packedPath: string): Promise<Uint8Array> {
  let opened: Awaited<ReturnType<typeof openUntrusted>>;
  try {
    opened = await openUntrusted(packedPath, 'packed file');
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`${packedPath}: packed file not found or unreadable`);
  }
  try {
    const head = Buffer.alloc(MAGIC_BYTES);
    const { bytesRead } = await opened.handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await opened.handle.close();
  }
}

/** The codec whose magic `head` begins with, which must be the one the manifest names. */
function codecOf(packedPath: string, head: Uint8Array, named: Codec | undefined): Codec {
  const begins = (c: Codec) => CODECS[c].magic.every((b, i) => head[i] === b);
  // The named codec first: two codecs may share a magic (one an alias of the other with other settings).
  if (named !== undefined && begins(named)) return named;
  const found = CODEC_NAMES.find(begins);
  if (found !== undefined && named === undefined) return found;
  if (found !== undefined) throw new InputError(`${packedPath}: is ${CODECS[found].what} but the manifest says codec ${named}`);
  const start = head.length === 0 ? 'is empty' : `begins with ${hex(head)}`;
  const expected = (named === undefined ? CODEC_NAMES : [named]).map((c) => `${hex(CODECS[c].magic)} (${c})`).join(' or ');
  throw new InputError(`${packedPath}: ${start}, where a packed file begins with ${expected}`);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').replace(/(..)(?!$)/g, '$1 ');
}
