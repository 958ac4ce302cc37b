// The onnx-planes container's bytes (docs/FORMAT.md): a fixed header, a segment table saying which byte ranges of the
// original file are float runs of which layout, and blocks that cut the file into bounded pieces. Pure functions: the
// I/O and the threads are in planes.ts, the per-block compute in kernel.ts.
import type { FloatRun } from '../../../onnx/tensors.js';
import type { CodecKernel, Pieces } from './kernel.js';

export const MAGIC = Buffer.from('MGPLANES', 'latin1');
const FORMAT_VERSION = 1;
export const HEADER_BYTES = 44;
/**
 * Raw bytes per block when writing: a block is the unit of parallel work and bounds memory per worker. 2 MiB rather
 * than 8: the buffers a pack touches for the first time (page faults) shrink with the block, and 128 MB packs and
 * unpacks 10–35 % faster, for 0.004 % more bytes (measured on the 128 MB fp32 model, 1, 2, 4 and 8 MiB).
 */
export const BLOCK_SIZE = 2 << 20;
/** The most a reader accepts: a header may not make it allocate more per block. */
export const MAX_BLOCK_SIZE = 64 << 20;
/** Above this a table is implausible for any model; refusing it bounds the memory a header can ask for. */
const MAX_SEGMENTS = 1 << 22;

/** Layout codes as stored: 0 pass-through, then the float layouts. */
export const LAYOUT_CODES = { pass: 0, f32: 1, f16: 2, bf16: 3, f64: 4 } as const;
const ELEMENT_BYTES = [1, 4, 2, 2, 8];

interface Segment {
  layout: number;
  length: number;
}

export interface Header {
  blockSize: number;
  rawSize: number;
  segmentCount: number;
  tableRawBytes: number;
  tablePackedBytes: number;
  blockCount: number;
}

type Fail = (what: string) => never;

/** Tiles [0, size) with the float runs and pass-through segments between them. */
export function tileSegments(runs: readonly FloatRun[], size: number): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const run of runs) {
    if (run.offset > pos) out.push({ layout: LAYOUT_CODES.pass, length: run.offset - pos });
    out.push({ layout: LAYOUT_CODES[run.layout], length: run.length });
    pos = run.offset + run.length;
  }
  if (size > pos) out.push({ layout: LAYOUT_CODES.pass, length: size - pos });
  return out;
}

/**
 * Cuts segments into blocks of at most `blockSize` raw bytes. A cut inside a float run falls on an element boundary
 * (the block ends a few bytes short instead), so every block holds whole elements.
 */
export function cutBlocks(segments: readonly Segment[], blockSize: number): Pieces[] {
  const blocks: Pieces[] = [];
  let current: Pieces = [];
  let used = 0;
  const close = () => {
    blocks.push(current);
    current = [];
    used = 0;
  };
  for (const { layout, length } of segments) {
    const element = ELEMENT_BYTES[layout]!;
    for (let left = length; left > 0; ) {
      const room = blockSize - used;
      const take = Math.min(left, room - (layout === 0 ? 0 : room % element));
      if (take === 0) {
        close();
        continue;
      }
      current.push(layout, take);
      used += take;
      left -= take;
      if (used === blockSize) close();
    }
  }
  if (current.length > 0) close();
  return blocks;
}

export function piecesBytes(pieces: Pieces): number {
  let n = 0;
  for (let i = 1; i < pieces.length; i += 2) n += pieces[i]!;
  return n;
}

export function encodeHeader(h: Header, kernel: CodecKernel): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  const v = new DataView(out.buffer);
  out.set(MAGIC, 0);
  v.setUint16(8, FORMAT_VERSION, true);
  v.setUint16(10, 0, true);
  v.setUint32(12, h.blockSize, true);
  v.setBigUint64(16, BigInt(h.rawSize), true);
  v.setUint32(24, h.segmentCount, true);
  v.setUint32(28, h.tableRawBytes, true);
  v.setUint32(32, h.tablePackedBytes, true);
  v.setUint32(36, h.blockCount, true);
  v.setUint32(40, kernel.crc32(out.subarray(0, 40)), true);
  return out;
}

function isPlanesContainer(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= MAGIC.length && MAGIC.every((b, i) => firstBytes[i] === b);
}

/** Parses and bounds-checks the header against the packed file's size and the size the manifest declares. */
export function parseHeader(bytes: Uint8Array, packedSize: number, expectedRaw: number, kernel: CodecKernel, fail: Fail): Header {
  if (bytes.length < HEADER_BYTES) fail('is too short to be an onnx-planes container');
  if (!isPlanesContainer(bytes)) fail('is not an onnx-planes container (wrong magic)');
  const v = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = v.getUint16(8, true);
  if (version !== FORMAT_VERSION) fail(`is an onnx-planes container of version ${version}; this model-gate reads version ${FORMAT_VERSION}`);
  if (v.getUint32(40, true) !== kernel.crc32(bytes.subarray(0, 40))) fail('has a corrupt onnx-planes header (CRC-32 mismatch)');
  if (v.getUint16(10, true) !== 0) fail('has onnx-planes flags this model-gate does not know');
  const rawSize = v.getBigUint64(16, true);
  const h: Header = {
    blockSize: v.getUint32(12, true),
    rawSize: Number(rawSize),
    segmentCount: v.getUint32(24, true),
    tableRawBytes: v.getUint32(28, true),
    tablePackedBytes: v.getUint32(32, true),
    blockCount: v.getUint32(36, true),
  };
  if (rawSize !== BigInt(expectedRaw)) fail(`declares ${rawSize} restored bytes but the manifest says ${expectedRaw}`);
  if (h.blockSize < 1 || h.blockSize > MAX_BLOCK_SIZE) fail(`declares blocks of ${h.blockSize} bytes (at most ${MAX_BLOCK_SIZE} allowed)`);
  if (h.segmentCount > Math.min(MAX_SEGMENTS, Math.max(1, h.rawSize))) fail(`declares ${h.segmentCount} segments, more than its size allows`);
  // Each entry is a layout byte and a length varint of at most 8 bytes (lengths are below 2^53).
  if (h.tableRawBytes < 2 * h.segmentCount || h.tableRawBytes > 9 * h.segmentCount) fail(`declares a ${h.tableRawBytes}-byte segment table for ${h.segmentCount} segments`);
  if (HEADER_BYTES + h.tablePackedBytes > packedSize) fail('declares a segment table that runs past the end of the file');
  const minBlocks = Math.ceil(h.rawSize / h.blockSize);
  if (h.blockCount < minBlocks || h.blockCount > minBlocks + h.segmentCount) fail(`declares ${h.blockCount} blocks, impossible for ${h.rawSize} bytes in blocks of ${h.blockSize}`);
  return h;
}

/** Segment table: per segment a layout byte and the length as an unsigned LEB128 varint. */
export function encodeTable(segments: readonly Segment[]): Uint8Array {
  const out: number[] = [];
  for (const { layout, length } of segments) {
    out.push(layout);
    let n = length;
    while (n >= 0x80) {
      out.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    out.push(n);
  }
  return Uint8Array.from(out);
}

/** Decodes and checks the table: known layouts, whole elements, lengths adding up to the raw size. */
export function parseTable(raw: Uint8Array, h: Header, fail: Fail): Segment[] {
  const segments: Segment[] = [];
  let total = 0;
  for (let p = 0; p < raw.length; ) {
    const layout = raw[p++]!;
    if (layout >= ELEMENT_BYTES.length) fail(`segment ${segments.length} has unknown layout code ${layout}`);
    let length = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (p >= raw.length || i >= 8) fail(`segment ${segments.length} has a malformed length`);
      const b = raw[p++]!;
      length += (b & 0x7f) * scale;
      scale *= 0x80;
      if (b < 0x80) break;
    }
    if (length === 0 || length % ELEMENT_BYTES[layout]! !== 0) fail(`segment ${segments.length} has length ${length}, not a positive number of whole elements`);
    total += length;
    segments.push({ layout, length });
  }
  if (segments.length !== h.segmentCount) fail(`segment table holds ${segments.length} segments, the header says ${h.segmentCount}`);
  if (total !== h.rawSize) fail(`segments add up to ${total} bytes, the header says ${h.rawSize}`);
  return segments;
}

/** Hands out the pieces of consecutive blocks, checking each cut against the segment table. */
export class BlockCursor {
  private index = 0;
  private usedInSegment = 0;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly fail: Fail,
  ) {}

  next(rawLength: number, block: number): Pieces {
    const pieces: Pieces = [];
    for (let left = rawLength; left > 0; ) {
      const segment = this.segments[this.index];
      if (!segment) this.fail(`block ${block} runs past the end of the segment table`);
      const take = Math.min(left, segment.length - this.usedInSegment);
      if (take % ELEMENT_BYTES[segment.layout]! !== 0) this.fail(`block ${block} ends inside a float element`);
      pieces.push(segment.layout, take);
      left -= take;
      this.usedInSegment += take;
      if (this.usedInSegment === segment.length) {
        this.index++;
        this.usedInSegment = 0;
      }
    }
    return pieces;
  }

  get done(): boolean {
    return this.index === this.segments.length;
  }
}
