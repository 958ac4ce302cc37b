// The onnx-planes compute kernel: splitting float runs into byte planes and back, compressing a block's streams into
// checked zstd frames and decoding them again. docs/FORMAT.md describes the bytes this produces.
//
// The same kernel runs on the main thread (planes.ts) and in the codec's worker threads (codec-worker.ts); each makes
// its own with its zstd binding and the plane transforms' WebAssembly (simd.wat). Errors are plain Errors whose message
// describes the data problem; callers add the file name and turn them into InputErrors.
import * as zlib from 'node:zlib';
import type { PlanesWasm, WasmApi } from './simd.js';
import { WINDOW_LOG_MAX, type ZstdBinding } from '../../zstd/api.js';

/** A piece of a block: `layout` code (0 pass-through, 1 f32, 2 f16, 3 bf16, 4 f64) and its byte length. */
export type Pieces = number[];

/** node:zlib's CRC-32 (Node 22.2 and later); the table-driven one below where it is missing. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

let crcTable: Int32Array | undefined;

/** CRC-32 (IEEE, as zlib and PNG) computed in JavaScript. */
export function crc32Table(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** CRC-32 (IEEE, as zlib and PNG): guards the container's small headers. */
export const crc32: (bytes: Uint8Array) => number = zlibCrc32 ? (bytes) => zlibCrc32(bytes) : crc32Table;

export function codecKernel(zstd: ZstdBinding, wasmBytes: Uint8Array) {
  /** Planes per layout code; the streams of a block are numbered in this order (0: pass-through). */
  const PLANES = [1, 4, 2, 2, 8];
  const ELEMENT_BYTES = [1, 4, 2, 2, 8];
  const FIRST_STREAM = [0, 1, 5, 7, 9];
  const STREAMS = 17;
  /** A run this long starts a new zstd block, so a big tensor gets Huffman tables of its own. */
  const FLUSH_ELEMENTS = 4096;
  /** From this level on, plane streams are also tried at the requested level (see compressPlane). */
  const HIGH_LEVEL = 10;

  function streamName(s: number): string {
    if (s === 0) return 'pass-through stream';
    const layout = FIRST_STREAM.findLastIndex((first) => first <= s);
    return `${['', 'f32', 'f16', 'bf16', 'f64'][layout]} plane ${s - FIRST_STREAM[layout]!}`;
  }

  /** Raw bytes of each stream of a block made of `pieces`. */
  function streamSizes(pieces: Pieces): number[] {
    const sizes = new Array<number>(STREAMS).fill(0);
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i]!;
      const count = pieces[i + 1]! / ELEMENT_BYTES[layout]!;
      for (let p = 0; p < PLANES[layout]!; p++) sizes[FIRST_STREAM[layout]! + p]! += count;
    }
    return sizes;
  }

  // ---------------------------------------------------------------------------------------------
  // Plane transforms. Each element is split so that plane 0 holds the exponent's low 5 bits with the top 3 mantissa
  // bits and plane 1 the exponent's high bits, the next mantissa bits and the sign: the bits that vary together and
  // carry the entropy end up in two bytes that zstd's Huffman stage codes well, and the remaining mantissa bytes,
  // close to random, form planes of their own. float16 has only 5 exponent bits, so its plane 0 is exponent + 3
  // mantissa bits and plane 1 the rest of the mantissa + sign. f32, bf16 and f16 run in WebAssembly SIMD (simd.wat),
  // on a heap where a block's raw bytes and its planes sit side by side; f64, rare in models, in the loops below.
  // Elements are little-endian, the host order on every platform Node supports (see assertLittleEndian).

  // The WebAssembly global has no typings under this project's lib settings (no DOM; @types/node 20 lacks it): read
  // untyped and given the part of its API the kernel uses.
  const WA: WasmApi = Reflect.get(globalThis, 'WebAssembly');
  const wasm = new WA.Instance(new WA.Module(wasmBytes)).exports as PlanesWasm;
  let heap = new Uint8Array(wasm.memory.buffer);

  /** Makes the heap at least `bytes` long; views taken before a call are stale after it. */
  function reserve(bytes: number): void {
    const have = wasm.memory.buffer.byteLength;
    if (bytes > have) wasm.memory.grow(Math.ceil((bytes - have) / 65536));
    heap = new Uint8Array(wasm.memory.buffer);
  }

  /** float64 as two 32-bit words, low word first: plane 0/1 from the high word's top bits, then the mantissa bytes. */
  function splitF64(w: Uint32Array, p: Uint8Array[], at: number): void {
    for (let i = 0; i < w.length / 2; i++) {
      const lo = w[2 * i]!;
      const hi = w[2 * i + 1]!;
      const e = (hi >>> 20) & 2047;
      const j = at + i;
      p[0]![j] = ((e & 31) << 3) | ((hi >>> 17) & 7);
      p[1]![j] = ((e >>> 5) << 2) | ((hi >>> 15) & 2) | (hi >>> 31);
      p[2]![j] = hi >>> 8;
      p[3]![j] = hi;
      p[4]![j] = lo >>> 24;
      p[5]![j] = lo >>> 16;
      p[6]![j] = lo >>> 8;
      p[7]![j] = lo;
    }
  }

  function mergeF64(w: Uint32Array, p: Uint8Array[], at: number): void {
    for (let i = 0; i < w.length / 2; i++) {
      const j = at + i;
      const x = p[0]![j]!;
      const y = p[1]![j]!;
      w[2 * i + 1] = ((y & 1) << 31) | ((y >>> 2) << 25) | ((x >>> 3) << 20) | ((x & 7) << 17) | ((y & 2) << 15) | (p[2]![j]! << 8) | p[3]![j]!;
      w[2 * i] = (p[4]![j]! << 24) | (p[5]![j]! << 16) | (p[6]![j]! << 8) | p[7]![j]!;
    }
  }

  function assertLittleEndian(): void {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the onnx-planes codec needs a little-endian host');
  }

  /** Aligned scratch for the f64 loops: a run inside a block need not start at an aligned offset. */
  let scratch = new ArrayBuffer(0);
  function aligned(bytes: number): ArrayBuffer {
    if (scratch.byteLength < bytes) scratch = new ArrayBuffer(Math.max(bytes, 1 << 20));
    return scratch;
  }

  /** Heap offset of each stream when the streams are laid out one after another from `base`. */
  function streamOffsets(sizes: number[], base: number): number[] {
    let at = base;
    return sizes.map((n) => {
      const offset = at;
      at += n;
      return offset;
    });
  }

  /** Splits `count` elements at heap offset `src` into the planes of `layout` at `planes[k] + at`. */
  function splitRun(layout: number, src: number, count: number, planes: number[], at: number): void {
    const [a, b, c, d] = planes.map((p) => p + at) as [number, number, number, number];
    if (layout === 1) wasm.split32(src, a, b, c, d, count);
    else if (layout === 2) wasm.splitF16(src, a, b, count);
    else if (layout === 3) wasm.splitBf16(src, a, b, count);
    else {
      const buf = aligned(count * 8);
      new Uint8Array(buf, 0, count * 8).set(heap.subarray(src, src + count * 8));
      splitF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at);
    }
  }

  /** Merges `count` elements from the planes of `layout` (at `planes[k] + at`) to heap offset `dst`. */
  function mergeRun(layout: number, dst: number, count: number, planes: number[], at: number): void {
    const [a, b, c, d] = planes.map((p) => p + at) as [number, number, number, number];
    if (layout === 1) wasm.merge32(a, b, c, d, dst, count);
    else if (layout === 2) wasm.mergeF16(a, b, dst, count);
    else if (layout === 3) wasm.mergeBf16(a, b, dst, count);
    else {
      const buf = aligned(count * 8);
      mergeF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at);
      heap.set(new Uint8Array(buf, 0, count * 8), dst);
    }
  }

  /**
   * Walks a block's pieces, calling `each` with the piece's layout, its offset in the block, its length, the heap
   * offsets of its streams and how far into them it starts (elements; bytes for pass-through).
   */
  function walkPieces(pieces: Pieces, offsets: number[], each: (layout: number, offset: number, length: number, planes: number[], at: number) => void): void {
    const taken = new Array<number>(STREAMS).fill(0);
    let offset = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i]!;
      const length = pieces[i + 1]!;
      const first = FIRST_STREAM[layout]!;
      each(layout, offset, length, offsets.slice(first, first + PLANES[layout]!), taken[first]!);
      offset += length;
      const used = length / ELEMENT_BYTES[layout]!;
      for (let p = 0; p < PLANES[layout]!; p++) taken[first + p]! += used;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding.

  interface StreamPlan {
    bytes: Uint8Array;
    /** Offsets inside `bytes` where a zstd block should end (run boundaries next to a big run). */
    flushAt: number[];
  }

  /**
   * Lays a block out on the heap (raw bytes, then every stream) and fills the streams: pass-through bytes in order,
   * float runs split into planes. Returns views of the streams and where each should end a zstd block.
   */
  function gather(raw: Uint8Array, pieces: Pieces): StreamPlan[] {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    reserve(raw.length + sizes.reduce((a, b) => a + b, 0));
    heap.set(raw, 0);
    const offsets = streamOffsets(sizes, raw.length);
    const flushAt: number[][] = sizes.map(() => []);
    const lastCount = new Array<number>(5).fill(0);
    walkPieces(pieces, offsets, (layout, offset, length, planes, at) => {
      if (layout === 0) {
        heap.copyWithin(planes[0]! + at, offset, offset + length);
        return;
      }
      const count = length / ELEMENT_BYTES[layout]!;
      const first = FIRST_STREAM[layout]!;
      if (at > 0 && (count >= FLUSH_ELEMENTS || lastCount[layout]! >= FLUSH_ELEMENTS)) {
        for (let p = 0; p < PLANES[layout]!; p++) flushAt[first + p]!.push(at);
      }
      splitRun(layout, offset, count, planes, at);
      lastCount[layout] = count;
    });
    return sizes.map((n, s) => ({ bytes: heap.subarray(offsets[s]!, offsets[s]! + n), flushAt: flushAt[s]! }));
  }

  /** The most a stream's frame can take: zstd's bound, plus a block header and a little table per flush. */
  function frameBound(plan: StreamPlan): number {
    return zstd.compressBound(plan.bytes.length) + 64 * (plan.flushAt.length + 1);
  }

  /** One checksummed frame with its content size written into `out`, ending zstd blocks at `flushAt`; its length. */
  function compressFrame(plan: StreamPlan, level: number, out: Uint8Array): number {
    return zstd.compressFrame(plan.bytes, level, out, plan.flushAt);
  }

  /**
   * A plane stream: float planes are near-random mantissa bytes or Huffman material, where match finding rarely pays.
   * Below level 10, higher levels gain under 0.1 % on them for up to 4x the time, so level 1 it is; from level 10 on,
   * both level 1 and the requested level, keeping the smaller (neither wins everywhere, and a sample cannot tell).
   * `out` has room for two frames; the result is at its start.
   */
  function compressPlane(plan: StreamPlan, level: number, out: Uint8Array): number {
    if (level < HIGH_LEVEL) return compressFrame(plan, Math.min(level, 1), out);
    const fast = compressFrame(plan, 1, out);
    const second = out.subarray(fast);
    const slow = compressFrame(plan, level, second);
    if (slow >= fast) return fast;
    out.copyWithin(0, fast, fast + slow);
    return slow;
  }

  /** Reused output for blocks encoded without a caller's buffer, so a worker allocates nothing per block. */
  let blockOut = new Uint8Array(0);

  /**
   * Encodes one block: header (raw length, packed length of each present stream, CRC-32 of both), then the frames.
   * The streams present and their raw sizes follow from `pieces`, which the reader knows from the segment table.
   * Written into `into` when it has room for the worst case, else into a buffer reused by the next call.
   */
  function encodeBlock(raw: Uint8Array, pieces: Pieces, level: number, into?: Uint8Array): Uint8Array {
    const plans = gather(raw, pieces).map((plan, s) => ({ plan, s })).filter(({ plan }) => plan.bytes.length > 0);
    const headerBytes = 4 * (plans.length + 2);
    // Worst case: every frame at its bound, and (high levels) room for a second try of the largest plane.
    const retry = level < HIGH_LEVEL ? 0 : Math.max(0, ...plans.filter(({ s }) => s > 0).map(({ plan }) => frameBound(plan)));
    const bound = headerBytes + plans.reduce((n, { plan }) => n + frameBound(plan), 0) + retry;
    let out = into;
    if (!out || out.length < bound) {
      if (blockOut.length < bound) blockOut = new Uint8Array(bound);
      out = blockOut;
    }
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(0, raw.length, true);
    let at = headerBytes;
    plans.forEach(({ plan, s }, i) => {
      const room = out.subarray(at);
      const length = s === 0 ? compressFrame(plan, level, room) : compressPlane(plan, level, room);
      view.setUint32(4 + 4 * i, length, true);
      at += length;
    });
    view.setUint32(headerBytes - 4, crc32(out.subarray(0, headerBytes - 4)), true);
    return out.subarray(0, at);
  }

  // ---------------------------------------------------------------------------------------------
  // Decoding: every frame is checked before and after it is decoded.

  /**
   * Checks a zstd frame header against what the container expects: a data frame (not skippable), with a content
   * checksum, declaring exactly `expected` bytes, with a window within WINDOW_LOG_MAX. Returns a problem or null.
   */
  function frameHeaderProblem(header: Uint8Array, expected: number): string | null {
    if (header.length < 6) return 'is too short to be a zstd frame';
    const magic = (header[0]! | (header[1]! << 8) | (header[2]! << 16) | (header[3]! << 24)) >>> 0;
    if ((magic & 0xfffffff0) === 0x184d2a50) return 'is a skippable zstd frame, where a data frame belongs';
    if (magic !== 0xfd2fb528) return 'is not a zstd frame (wrong magic number)';
    const descriptor = header[4]!;
    if ((descriptor & 0x04) === 0) return 'is a zstd frame without a content checksum';
    let declared: number | null;
    try {
      declared = zstd.frameContentSize(header);
    } catch {
      return 'has a malformed zstd frame header';
    }
    if (declared === null) return 'is a zstd frame that does not declare its content size';
    if (declared !== expected) return `is a zstd frame declaring ${declared} bytes where ${expected} are expected`;
    // Single-segment frames have a window exactly their content size; others carry a window descriptor byte.
    const window = (descriptor & 0x20) === 0 ? windowSize(header[5]!) : expected;
    if (window > 2 ** WINDOW_LOG_MAX) return `is a zstd frame asking a ${window}-byte window (at most 2^${WINDOW_LOG_MAX} allowed)`;
    return null;
  }

  /** A frame's window size from its window descriptor byte (RFC 8878, 3.1.1.1.2). */
  function windowSize(descriptor: number): number {
    const base = 2 ** (10 + (descriptor >>> 3));
    return base + (base / 8) * (descriptor & 7);
  }

  /** Decodes one frame that must fill `out` exactly and end exactly at the end of `frame`. */
  function decodeFrame(frame: Uint8Array, out: Uint8Array, what: string): void {
    const problem = frameHeaderProblem(frame.subarray(0, 18), out.length);
    if (problem) throw new Error(`${what} ${problem}`);
    let size: number;
    try {
      size = zstd.frameCompressedSize(frame);
    } catch {
      throw new Error(`${what} is truncated or corrupt (its zstd blocks run past the ${frame.length} bytes given to it)`);
    }
    if (size !== frame.length) throw new Error(`${what} has ${frame.length - size} bytes after its zstd frame`);
    let exact: boolean;
    try {
      exact = zstd.decompressFrame(frame, out);
    } catch (error) {
      throw new Error(`${what} is corrupt (${(error as Error).message})`);
    }
    if (!exact) throw new Error(`${what} did not decode to exactly ${out.length} bytes`);
  }

  /**
   * Decodes a block's frames (concatenated in `frames`, lengths in `packed`) into `out`, the block's raw bytes.
   * `label` names the block in messages.
   */
  function decodeBlock(frames: Uint8Array, pieces: Pieces, packed: number[], out: Uint8Array, label: string): void {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    const total = sizes.reduce((a, b) => a + b, 0);
    reserve(total + out.length);
    const offsets = streamOffsets(sizes, 0);
    let at = 0;
    let k = 0;
    sizes.forEach((size, s) => {
      if (size === 0) return;
      const frame = frames.subarray(at, at + packed[k]!);
      at += packed[k++]!;
      decodeFrame(frame, heap.subarray(offsets[s]!, offsets[s]! + size), `${label}, ${streamName(s)},`);
    });
    if (at !== frames.length) throw new Error(`${label} has ${frames.length - at} bytes that belong to no stream`);
    walkPieces(pieces, offsets, (layout, offset, length, planes, from) => {
      if (layout === 0) heap.copyWithin(total + offset, planes[0]! + from, planes[0]! + from + length);
      else mergeRun(layout, total + offset, length / ELEMENT_BYTES[layout]!, planes, from);
    });
    out.set(heap.subarray(total, total + out.length));
  }

  return { crc32, streamSizes, streamName, encodeBlock, decodeBlock, decodeFrame, frameHeaderProblem, ELEMENT_BYTES, STREAMS };
}

export type CodecKernel = ReturnType<typeof codecKernel>;
