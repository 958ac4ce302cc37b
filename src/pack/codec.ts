// Choosing the codec for one file: plain zstd, onnx-planes, or `auto`, which keeps whichever is smaller. Small files are
// packed both ways; for large ones both codecs compress the same sample windows and the estimate decides, so auto
// costs a few percent of a pack rather than double.
import { rename, rm } from 'node:fs/promises';
import binding from 'zstd-napi/binding.js';
import { openUntrusted, temporaryPath } from '../util/fs.js';
import { LAYOUT_CODES } from './container.js';
import type { Pieces } from './kernel.js';
import { compressPlanes, mainKernel, type PlanesOptions } from './planes.js';
import { type FloatRun, LAYOUT_BYTES } from '../onnx/tensors.js';
import { startWorkers } from './workers.js';
import type { AutoChoice, Codec, CodecRequest, CompressOptions, CompressResult } from './types.js';
import { compressFile } from './zstd.js';


export interface PackedFile extends CompressResult {
  codec: Codec;
  auto?: AutoChoice;
}

export interface PackFileOptions extends CompressOptions {
  codec: CodecRequest;
  /** Test hook, passed on to the planes codec. */
  blockSize?: number;
}

/** Up to this size auto packs both ways and keeps the smaller. */
const FULL_TRIAL_BYTES = 32 << 20;
const SAMPLE_WINDOWS = 8;
const SAMPLE_BYTES = 256 << 10;

/** Packs `inputPath`, whose float runs are `runs`, into `outputPath` with the requested codec. */
export async function packFile(inputPath: string, runs: readonly FloatRun[], size: number, outputPath: string, options: PackFileOptions): Promise<PackedFile> {
  const planesOptions: PlanesOptions = { level: options.level, threads: options.threads, blockSize: options.blockSize };
  if (options.codec === 'zstd') return { codec: 'zstd', ...(await compressFile(inputPath, outputPath, options)) };
  if (options.codec === 'auto' && runs.length === 0) {
    // No float payload: the planes container would only add its headers to the same zstd streams.
    const result = await compressFile(inputPath, outputPath, options);
    return { codec: 'zstd', ...result, auto: { zstd: result.packed.bytes, 'onnx-planes': null, estimated: false } };
  }
  if (options.codec === 'onnx-planes') return { codec: 'onnx-planes', ...(await compressPlanes(inputPath, runs, outputPath, planesOptions)) };
  if (size <= FULL_TRIAL_BYTES) return packBothWays(inputPath, runs, outputPath, options, planesOptions);
  // Blocks of a file this size go to worker threads: they boot while the estimate runs (in vain when it picks zstd,
  // which has threads of its own; rare for a model with float runs this large).
  startWorkers(options.threads);
  const estimate = await estimateBoth(inputPath, runs, size, options.level);
  const codec: Codec = estimate['onnx-planes']! < estimate.zstd! ? 'onnx-planes' : 'zstd';
  const result = codec === 'zstd' ? await compressFile(inputPath, outputPath, options) : await compressPlanes(inputPath, runs, outputPath, planesOptions);
  return { codec, ...result, auto: estimate };
}

async function packBothWays(inputPath: string, runs: readonly FloatRun[], outputPath: string, options: CompressOptions, planesOptions: PlanesOptions): Promise<PackedFile> {
  const other = temporaryPath(outputPath);
  try {
    const planes = await compressPlanes(inputPath, runs, outputPath, planesOptions);
    const zstd = await compressFile(inputPath, other, options);
    const auto: AutoChoice = { zstd: zstd.packed.bytes, 'onnx-planes': planes.packed.bytes, estimated: false };
    if (planes.packed.bytes < zstd.packed.bytes) return { codec: 'onnx-planes', ...planes, auto };
    await rename(other, outputPath);
    return { codec: 'zstd', ...zstd, auto };
  } finally {
    await rm(other, { force: true });
  }
}

/** Both codecs on the same evenly spaced windows, scaled to the whole file. */
async function estimateBoth(inputPath: string, runs: readonly FloatRun[], size: number, level: number): Promise<AutoChoice> {
  const { handle: file } = await openUntrusted(inputPath, 'model');
  try {
    let planes = 0;
    let zstd = 0;
    let sampled = 0;
    for (let i = 0; i < SAMPLE_WINDOWS; i++) {
      const start = Math.floor((i * (size - SAMPLE_BYTES)) / (SAMPLE_WINDOWS - 1));
      const raw = Buffer.allocUnsafe(SAMPLE_BYTES);
      const { bytesRead } = await file.read(raw, 0, SAMPLE_BYTES, start);
      const window = raw.subarray(0, bytesRead);
      planes += mainKernel.encodeBlock(window, windowPieces(runs, start, bytesRead), level).length;
      zstd += zstdSize(window, level);
      sampled += bytesRead;
    }
    const scale = size / sampled;
    return { zstd: Math.round(zstd * scale), 'onnx-planes': Math.round(planes * scale), estimated: true };
  } finally {
    await file.close();
  }
}

function zstdSize(window: Uint8Array, level: number): number {
  const cctx = new binding.CCtx();
  cctx.setParameter(binding.CParameter.compressionLevel, level);
  cctx.setParameter(binding.CParameter.checksumFlag, 1);
  cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
  return cctx.compress2(Buffer.allocUnsafe(binding.compressBound(window.length)), window);
}

/** The pieces of [start, start + length): float runs clipped to whole elements, everything else pass-through. */
export function windowPieces(runs: readonly FloatRun[], start: number, length: number): Pieces {
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
