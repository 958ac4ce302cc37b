// Choosing the codec for one file: the one requested, or for `auto` whichever of the registry's auto codecs is smallest.
// Small files are packed every way; for large ones every codec compresses the same sample windows and the estimate
// decides, so auto costs a few percent of a pack rather than double.
import { rename, rm } from 'node:fs/promises';
import { openUntrusted, temporaryPath } from '../../util/fs.js';
import { AUTO_CODECS, type AutoChoice, type AutoCodec, type AutoCodecModule, type Codec, CODECS, type CodecRequest } from './registry.js';
import { LAYOUT_CODES } from './onnx-planes/container.js';
import type { CompressResult, EncodeOptions } from '../format/content.js';
import type { Pieces } from './onnx-planes/kernel.js';
import { type FloatRun, LAYOUT_BYTES } from '../../onnx/tensors.js';

interface PackedFile extends CompressResult {
  codec: Codec;
  auto?: AutoChoice;
}

export interface PackFileOptions extends EncodeOptions {
  codec: CodecRequest;
}

/** Up to this size auto packs every way and keeps the smallest. */
export const FULL_TRIAL_BYTES = 32 << 20;
const SAMPLE_WINDOWS = 8;
const SAMPLE_BYTES = 256 << 10;

/** Packs `inputPath`, whose float runs are `runs`, into `outputPath` with the requested codec. */
export async function packFile(inputPath: string, runs: readonly FloatRun[], size: number, outputPath: string, options: PackFileOptions): Promise<PackedFile> {
  const { codec } = options;
  if (codec !== 'auto') return { codec, ...(await (await CODECS[codec].load()).encode(inputPath, runs, outputPath, options)) };
  // Without a float payload, a codec for float runs would only add its headers to the same zstd streams.
  const candidates: Candidate[] = await Promise.all(
    AUTO_CODECS.filter((c) => runs.length > 0 || !CODECS[c].floatRuns).map(async (name) => ({ name, module: await CODECS[name].load() })),
  );
  if (candidates.length === 1) {
    const { name, module } = candidates[0]!;
    const result = await module.encode(inputPath, runs, outputPath, options);
    return { codec: name, ...result, auto: autoChoice(new Map([[name, result.packed.bytes]]), false) };
  }
  if (size <= FULL_TRIAL_BYTES) return packEveryWay(inputPath, runs, outputPath, options, candidates);
  for (const { module } of candidates) module.warmUp?.(options.threads);
  const estimate = await estimateAll(inputPath, runs, size, options.level, candidates);
  const chosen = smallest(candidates, estimate);
  return { codec: chosen.name, ...(await chosen.module.encode(inputPath, runs, outputPath, options)), auto: autoChoice(estimate, true) };
}

interface Candidate {
  name: AutoCodec;
  module: AutoCodecModule;
}

/** Each codec's packed size in registry order, null for those not tried. */
function autoChoice(sizes: ReadonlyMap<AutoCodec, number>, estimated: boolean): AutoChoice {
  return { ...Object.fromEntries(AUTO_CODECS.map((c) => [c, sizes.get(c) ?? null])), estimated } as AutoChoice;
}

/** The candidate of the smallest size; on a tie, the earlier one. */
function smallest(candidates: readonly Candidate[], sizes: ReadonlyMap<AutoCodec, number>): Candidate {
  return candidates.reduce((best, c) => (sizes.get(c.name)! < sizes.get(best.name)! ? c : best));
}

async function packEveryWay(inputPath: string, runs: readonly FloatRun[], outputPath: string, options: EncodeOptions, candidates: readonly Candidate[]): Promise<PackedFile> {
  const tries = candidates.map((c) => ({ ...c, path: temporaryPath(outputPath) }));
  try {
    const results = new Map<AutoCodec, CompressResult>();
    for (const t of tries) results.set(t.name, await t.module.encode(inputPath, runs, t.path, options));
    const sizes = new Map([...results].map(([name, r]) => [name, r.packed.bytes]));
    const chosen = smallest(tries, sizes) as (typeof tries)[number];
    await rename(chosen.path, outputPath);
    return { codec: chosen.name, ...results.get(chosen.name)!, auto: autoChoice(sizes, false) };
  } finally {
    await Promise.all(tries.map((t) => rm(t.path, { force: true })));
  }
}

/** Every candidate on the same evenly spaced windows, scaled to the whole file. */
async function estimateAll(inputPath: string, runs: readonly FloatRun[], size: number, level: number, candidates: readonly Candidate[]): Promise<Map<AutoCodec, number>> {
  const { handle: file } = await openUntrusted(inputPath, 'model');
  try {
    const packed = new Map<AutoCodec, number>(candidates.map((c) => [c.name, 0]));
    let sampled = 0;
    for (let i = 0; i < SAMPLE_WINDOWS; i++) {
      const start = Math.floor((i * (size - SAMPLE_BYTES)) / (SAMPLE_WINDOWS - 1));
      const raw = Buffer.allocUnsafe(SAMPLE_BYTES);
      const { bytesRead } = await file.read(raw, 0, SAMPLE_BYTES, start);
      const window = raw.subarray(0, bytesRead);
      const pieces = windowPieces(runs, start, bytesRead);
      for (const { name, module } of candidates) packed.set(name, packed.get(name)! + module.sampleSize(window, pieces, level));
      sampled += bytesRead;
    }
    const scale = size / sampled;
    return new Map([...packed].map(([name, n]) => [name, Math.round(n * scale)]));
  } finally {
    await file.close();
  }
}

/** The pieces of [start, start + length): float runs clipped to whole elements, everything else pass-through. */
function windowPieces(runs: readonly FloatRun[], start: number, length: number): Pieces {
  const end = start + length;
  const pieces: Pieces = [];
  let pos = start;
  const pass = (to: number) => {
    if (to > pos) pieces.push(LAYOUT_CODES.pass, to - pos);
    pos = Math.max(pos, to);
  };
  for (const run of runs) {
    const element = LAYOUT_BYTES[run.layout];
    const from = run.offset + Math.ceil(Math.max(0, start - run.offset) / element) * element;
    const to = run.offset + Math.floor((Math.min(end, run.offset + run.length) - run.offset) / element) * element;
    if (to <= from || from >= end) continue;
    pass(from);
    pieces.push(LAYOUT_CODES[run.layout], to - from);
    pos = to;
  }
  pass(end);
  return pieces;
}
