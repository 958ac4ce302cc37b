import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError,
  openUntrusted
} from "./chunk-VNHP3NTH.js";

// src/pack/sinks.ts
import { createHash } from "node:crypto";
var StreamOutput = class {
  constructor(file) {
    this.file = file;
  }
  file;
  hash = createHash("sha256");
  bytes = 0;
  get fd() {
    return this.file?.fd ?? null;
  }
  hashOnly(chunk) {
    this.bytes += chunk.length;
    this.hash.update(chunk);
  }
  async push(chunk) {
    const at2 = this.bytes;
    this.bytes += chunk.length;
    const written = this.file ? writeAll(this.file, chunk, at2) : null;
    this.hash.update(chunk);
    await written;
  }
  close() {
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
};
async function writeAll(file, chunk, at2) {
  for (let done = 0; done < chunk.length; ) {
    const { bytesWritten } = await file.write(chunk, done, chunk.length - done, at2 + done);
    done += bytesWritten;
  }
}
function fileOutput(file) {
  return new StreamOutput(file);
}
function fileWriter(file) {
  let bytes = 0;
  return {
    /** Resolves once `chunk` is written (the caller may then reuse it). */
    push(chunk) {
      const at2 = bytes;
      bytes += chunk.length;
      return writeAll(file, chunk, at2);
    },
    close: () => ({ bytes })
  };
}
function hashOutput() {
  return new StreamOutput(null);
}
var BufferOutput = class {
  buffer;
  offset = 0;
  hash = createHash("sha256");
  fd = null;
  constructor(size) {
    this.buffer = Buffer.allocUnsafe(size);
  }
  hashOnly() {
    throw new Error("internal: a buffer output has no file to write to");
  }
  async push(chunk) {
    if (this.offset + chunk.length > this.buffer.length) throw new Error("internal: more bytes than the buffer holds");
    this.buffer.set(chunk, this.offset);
    this.offset += chunk.length;
    this.hash.update(chunk);
  }
  close() {
    return { bytes: this.offset, sha256: this.hash.digest("hex") };
  }
};

// src/pack/container.ts
var MAGIC = Buffer.from("MGPLANES", "latin1");
var FORMAT_VERSION = 1;
var HEADER_BYTES = 44;
var BLOCK_SIZE = 2 << 20;
var MAX_BLOCK_SIZE = 64 << 20;
var MAX_SEGMENTS = 1 << 22;
var LAYOUT_CODES = { pass: 0, f32: 1, f16: 2, bf16: 3, f64: 4 };
var ELEMENT_BYTES = [1, 4, 2, 2, 8];
function tileSegments(runs, size) {
  const out = [];
  let pos = 0;
  for (const run of runs) {
    if (run.offset > pos) out.push({ layout: LAYOUT_CODES.pass, length: run.offset - pos });
    out.push({ layout: LAYOUT_CODES[run.layout], length: run.length });
    pos = run.offset + run.length;
  }
  if (size > pos) out.push({ layout: LAYOUT_CODES.pass, length: size - pos });
  return out;
}
function cutBlocks(segments, blockSize) {
  const blocks = [];
  let current = [];
  let used = 0;
  const close = () => {
    blocks.push(current);
    current = [];
    used = 0;
  };
  for (const { layout, length } of segments) {
    const element = ELEMENT_BYTES[layout];
    for (let left = length; left > 0; ) {
      const room2 = blockSize - used;
      const take = Math.min(left, room2 - (layout === 0 ? 0 : room2 % element));
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
function piecesBytes(pieces) {
  let n = 0;
  for (let i = 1; i < pieces.length; i += 2) n += pieces[i];
  return n;
}
function encodeHeader(h, kernel) {
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
function isPlanesContainer(firstBytes) {
  return firstBytes.length >= MAGIC.length && MAGIC.every((b, i) => firstBytes[i] === b);
}
function parseHeader(bytes, packedSize, expectedRaw, kernel, fail) {
  if (bytes.length < HEADER_BYTES) fail("is too short to be an onnx-planes container");
  if (!isPlanesContainer(bytes)) fail("is not an onnx-planes container (wrong magic)");
  const v = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = v.getUint16(8, true);
  if (version !== FORMAT_VERSION) fail(`is an onnx-planes container of version ${version}; this model-gate reads version ${FORMAT_VERSION}`);
  if (v.getUint32(40, true) !== kernel.crc32(bytes.subarray(0, 40))) fail("has a corrupt onnx-planes header (CRC-32 mismatch)");
  if (v.getUint16(10, true) !== 0) fail("has onnx-planes flags this model-gate does not know");
  const rawSize = v.getBigUint64(16, true);
  const h = {
    blockSize: v.getUint32(12, true),
    rawSize: Number(rawSize),
    segmentCount: v.getUint32(24, true),
    tableRawBytes: v.getUint32(28, true),
    tablePackedBytes: v.getUint32(32, true),
    blockCount: v.getUint32(36, true)
  };
  if (rawSize !== BigInt(expectedRaw)) fail(`declares ${rawSize} restored bytes but the manifest says ${expectedRaw}`);
  if (h.blockSize < 1 || h.blockSize > MAX_BLOCK_SIZE) fail(`declares blocks of ${h.blockSize} bytes (at most ${MAX_BLOCK_SIZE} allowed)`);
  if (h.segmentCount > Math.min(MAX_SEGMENTS, Math.max(1, h.rawSize))) fail(`declares ${h.segmentCount} segments, more than its size allows`);
  if (h.tableRawBytes < 2 * h.segmentCount || h.tableRawBytes > 9 * h.segmentCount) fail(`declares a ${h.tableRawBytes}-byte segment table for ${h.segmentCount} segments`);
  if (HEADER_BYTES + h.tablePackedBytes > packedSize) fail("declares a segment table that runs past the end of the file");
  const minBlocks = Math.ceil(h.rawSize / h.blockSize);
  if (h.blockCount < minBlocks || h.blockCount > minBlocks + h.segmentCount) fail(`declares ${h.blockCount} blocks, impossible for ${h.rawSize} bytes in blocks of ${h.blockSize}`);
  return h;
}
function encodeTable(segments) {
  const out = [];
  for (const { layout, length } of segments) {
    out.push(layout);
    let n = length;
    while (n >= 128) {
      out.push(n % 128 | 128);
      n = Math.floor(n / 128);
    }
    out.push(n);
  }
  return Uint8Array.from(out);
}
function parseTable(raw, h, fail) {
  const segments = [];
  let total = 0;
  for (let p = 0; p < raw.length; ) {
    const layout = raw[p++];
    if (layout >= ELEMENT_BYTES.length) fail(`segment ${segments.length} has unknown layout code ${layout}`);
    let length = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (p >= raw.length || i >= 8) fail(`segment ${segments.length} has a malformed length`);
      const b = raw[p++];
      length += (b & 127) * scale;
      scale *= 128;
      if (b < 128) break;
    }
    if (length === 0 || length % ELEMENT_BYTES[layout] !== 0) fail(`segment ${segments.length} has length ${length}, not a positive number of whole elements`);
    total += length;
    segments.push({ layout, length });
  }
  if (segments.length !== h.segmentCount) fail(`segment table holds ${segments.length} segments, the header says ${h.segmentCount}`);
  if (total !== h.rawSize) fail(`segments add up to ${total} bytes, the header says ${h.rawSize}`);
  return segments;
}
var BlockCursor = class {
  constructor(segments, fail) {
    this.segments = segments;
    this.fail = fail;
  }
  segments;
  fail;
  index = 0;
  usedInSegment = 0;
  next(rawLength, block) {
    const pieces = [];
    for (let left = rawLength; left > 0; ) {
      const segment = this.segments[this.index];
      if (!segment) this.fail(`block ${block} runs past the end of the segment table`);
      const take = Math.min(left, segment.length - this.usedInSegment);
      if (take % ELEMENT_BYTES[segment.layout] !== 0) this.fail(`block ${block} ends inside a float element`);
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
  get done() {
    return this.index === this.segments.length;
  }
};

// src/pack/workers.ts
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// src/pack/kernel.ts
function codecKernel(zstd, wasmBytes) {
  const PLANES = [1, 4, 2, 2, 8];
  const ELEMENT_BYTES2 = [1, 4, 2, 2, 8];
  const FIRST_STREAM = [0, 1, 5, 7, 9];
  const STREAMS = 17;
  const WINDOW_LOG_MAX2 = 27;
  const FLUSH_ELEMENTS = 4096;
  const HIGH_LEVEL = 10;
  const CRC_TABLE = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    CRC_TABLE[n] = c;
  }
  function crc32(bytes) {
    let c = -1;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ c >>> 8;
    return (c ^ -1) >>> 0;
  }
  function streamName(s) {
    if (s === 0) return "pass-through stream";
    const layout = FIRST_STREAM.findLastIndex((first) => first <= s);
    return `${["", "f32", "f16", "bf16", "f64"][layout]} plane ${s - FIRST_STREAM[layout]}`;
  }
  function streamSizes(pieces) {
    const sizes = new Array(STREAMS).fill(0);
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i];
      const count = pieces[i + 1] / ELEMENT_BYTES2[layout];
      for (let p = 0; p < PLANES[layout]; p++) sizes[FIRST_STREAM[layout] + p] += count;
    }
    return sizes;
  }
  const WA = globalThis.WebAssembly;
  const wasm = new WA.Instance(new WA.Module(wasmBytes)).exports;
  let heap = new Uint8Array(wasm.memory.buffer);
  function reserve(bytes) {
    const have = wasm.memory.buffer.byteLength;
    if (bytes > have) wasm.memory.grow(Math.ceil((bytes - have) / 65536));
    heap = new Uint8Array(wasm.memory.buffer);
  }
  function splitF64(w, p, at2) {
    for (let i = 0; i < w.length / 2; i++) {
      const lo = w[2 * i];
      const hi = w[2 * i + 1];
      const e = hi >>> 20 & 2047;
      const j = at2 + i;
      p[0][j] = (e & 31) << 3 | hi >>> 17 & 7;
      p[1][j] = e >>> 5 << 2 | hi >>> 15 & 2 | hi >>> 31;
      p[2][j] = hi >>> 8;
      p[3][j] = hi;
      p[4][j] = lo >>> 24;
      p[5][j] = lo >>> 16;
      p[6][j] = lo >>> 8;
      p[7][j] = lo;
    }
  }
  function mergeF64(w, p, at2) {
    for (let i = 0; i < w.length / 2; i++) {
      const j = at2 + i;
      const x = p[0][j];
      const y = p[1][j];
      w[2 * i + 1] = (y & 1) << 31 | y >>> 2 << 25 | x >>> 3 << 20 | (x & 7) << 17 | (y & 2) << 15 | p[2][j] << 8 | p[3][j];
      w[2 * i] = p[4][j] << 24 | p[5][j] << 16 | p[6][j] << 8 | p[7][j];
    }
  }
  function assertLittleEndian() {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("the onnx-planes codec needs a little-endian host");
  }
  let scratch = new ArrayBuffer(0);
  function aligned(bytes) {
    if (scratch.byteLength < bytes) scratch = new ArrayBuffer(Math.max(bytes, 1 << 20));
    return scratch;
  }
  function streamOffsets(sizes, base) {
    let at2 = base;
    return sizes.map((n) => {
      const offset = at2;
      at2 += n;
      return offset;
    });
  }
  function splitRun(layout, src, count, planes, at2) {
    const [a, b, c, d] = planes.map((p) => p + at2);
    if (layout === 1) wasm.split32(src, a, b, c, d, count);
    else if (layout === 2) wasm.splitF16(src, a, b, count);
    else if (layout === 3) wasm.splitBf16(src, a, b, count);
    else {
      const buf = aligned(count * 8);
      new Uint8Array(buf, 0, count * 8).set(heap.subarray(src, src + count * 8));
      splitF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at2);
    }
  }
  function mergeRun(layout, dst, count, planes, at2) {
    const [a, b, c, d] = planes.map((p) => p + at2);
    if (layout === 1) wasm.merge32(a, b, c, d, dst, count);
    else if (layout === 2) wasm.mergeF16(a, b, dst, count);
    else if (layout === 3) wasm.mergeBf16(a, b, dst, count);
    else {
      const buf = aligned(count * 8);
      mergeF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at2);
      heap.set(new Uint8Array(buf, 0, count * 8), dst);
    }
  }
  function walkPieces(pieces, offsets, each) {
    const taken = new Array(STREAMS).fill(0);
    let offset = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i];
      const length = pieces[i + 1];
      const first = FIRST_STREAM[layout];
      each(layout, offset, length, offsets.slice(first, first + PLANES[layout]), taken[first]);
      offset += length;
      const used = length / ELEMENT_BYTES2[layout];
      for (let p = 0; p < PLANES[layout]; p++) taken[first + p] += used;
    }
  }
  function gather(raw, pieces) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    reserve(raw.length + sizes.reduce((a, b) => a + b, 0));
    heap.set(raw, 0);
    const offsets = streamOffsets(sizes, raw.length);
    const flushAt = sizes.map(() => []);
    const lastCount = new Array(5).fill(0);
    walkPieces(pieces, offsets, (layout, offset, length, planes, at2) => {
      if (layout === 0) {
        heap.copyWithin(planes[0] + at2, offset, offset + length);
        return;
      }
      const count = length / ELEMENT_BYTES2[layout];
      const first = FIRST_STREAM[layout];
      if (at2 > 0 && (count >= FLUSH_ELEMENTS || lastCount[layout] >= FLUSH_ELEMENTS)) {
        for (let p = 0; p < PLANES[layout]; p++) flushAt[first + p].push(at2);
      }
      splitRun(layout, offset, count, planes, at2);
      lastCount[layout] = count;
    });
    return sizes.map((n, s) => ({ bytes: heap.subarray(offsets[s], offsets[s] + n), flushAt: flushAt[s] }));
  }
  const cctx = new zstd.CCtx();
  function frameBound(plan) {
    return zstd.compressBound(plan.bytes.length) + 64 * (plan.flushAt.length + 1);
  }
  function compressFrame(plan, level, out) {
    const src = plan.bytes;
    cctx.reset(zstd.ResetDirective.sessionAndParameters);
    cctx.setParameter(zstd.CParameter.compressionLevel, level);
    cctx.setParameter(zstd.CParameter.checksumFlag, 1);
    cctx.setParameter(zstd.CParameter.contentSizeFlag, 1);
    cctx.setPledgedSrcSize(src.length);
    const cuts = [...plan.flushAt, src.length];
    let written = 0;
    let from = 0;
    for (const [k, to] of cuts.entries()) {
      const last = k === cuts.length - 1;
      let input = src.subarray(from, to);
      from = to;
      for (; ; ) {
        if (written === out.length) throw new Error("zstd output exceeded its bound");
        const [remaining, produced, consumed] = cctx.compressStream2(out.subarray(written), input, last ? zstd.EndDirective.end : zstd.EndDirective.flush);
        written += produced;
        input = input.subarray(consumed);
        if (remaining === 0 && input.length === 0) break;
      }
    }
    return written;
  }
  function compressPlane(plan, level, out) {
    if (level < HIGH_LEVEL) return compressFrame(plan, Math.min(level, 1), out);
    const fast = compressFrame(plan, 1, out);
    const second = out.subarray(fast);
    const slow = compressFrame(plan, level, second);
    if (slow >= fast) return fast;
    out.copyWithin(0, fast, fast + slow);
    return slow;
  }
  let blockOut = new Uint8Array(0);
  function encodeBlock(raw, pieces, level, into) {
    const plans = gather(raw, pieces).map((plan, s) => ({ plan, s })).filter(({ plan }) => plan.bytes.length > 0);
    const headerBytes = 4 * (plans.length + 2);
    const retry = level < HIGH_LEVEL ? 0 : Math.max(0, ...plans.filter(({ s }) => s > 0).map(({ plan }) => frameBound(plan)));
    const bound = headerBytes + plans.reduce((n, { plan }) => n + frameBound(plan), 0) + retry;
    let out = into;
    if (!out || out.length < bound) {
      if (blockOut.length < bound) blockOut = new Uint8Array(bound);
      out = blockOut;
    }
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(0, raw.length, true);
    let at2 = headerBytes;
    plans.forEach(({ plan, s }, i) => {
      const room2 = out.subarray(at2);
      const length = s === 0 ? compressFrame(plan, level, room2) : compressPlane(plan, level, room2);
      view.setUint32(4 + 4 * i, length, true);
      at2 += length;
    });
    view.setUint32(headerBytes - 4, crc32(out.subarray(0, headerBytes - 4)), true);
    return out.subarray(0, at2);
  }
  function frameHeaderProblem(header, expected) {
    if (header.length < 6) return "is too short to be a zstd frame";
    const magic = (header[0] | header[1] << 8 | header[2] << 16 | header[3] << 24) >>> 0;
    if ((magic & 4294967280) === 407710288) return "is a skippable zstd frame, where a data frame belongs";
    if (magic !== 4247762216) return "is not a zstd frame (wrong magic number)";
    const descriptor = header[4];
    if ((descriptor & 4) === 0) return "is a zstd frame without a content checksum";
    let declared;
    try {
      declared = zstd.getFrameContentSize(header);
    } catch {
      return "has a malformed zstd frame header";
    }
    if (declared === null) return "is a zstd frame that does not declare its content size";
    if (declared !== expected) return `is a zstd frame declaring ${declared} bytes where ${expected} are expected`;
    const window = (descriptor & 32) === 0 ? windowSize(header[5]) : expected;
    if (window > 2 ** WINDOW_LOG_MAX2) return `is a zstd frame asking a ${window}-byte window (at most 2^${WINDOW_LOG_MAX2} allowed)`;
    return null;
  }
  function windowSize(descriptor) {
    const base = 2 ** (10 + (descriptor >>> 3));
    return base + base / 8 * (descriptor & 7);
  }
  const dctx = new zstd.DCtx();
  dctx.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX2);
  function decodeFrame(frame, out, what) {
    const problem = frameHeaderProblem(frame.subarray(0, 18), out.length);
    if (problem) throw new Error(`${what} ${problem}`);
    let size;
    try {
      size = zstd.findFrameCompressedSize(frame);
    } catch {
      throw new Error(`${what} is truncated or corrupt (its zstd blocks run past the ${frame.length} bytes given to it)`);
    }
    if (size !== frame.length) throw new Error(`${what} has ${frame.length - size} bytes after its zstd frame`);
    dctx.reset(zstd.ResetDirective.sessionOnly);
    let result;
    try {
      result = dctx.decompressStream(out, frame);
    } catch (error) {
      throw new Error(`${what} is corrupt (${error.message})`);
    }
    const [hint, produced, consumed] = result;
    if (hint !== 0 || produced !== out.length || consumed !== frame.length) {
      throw new Error(`${what} did not decode to exactly ${out.length} bytes`);
    }
  }
  function decodeBlock(frames, pieces, packed, out, label) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    const total = sizes.reduce((a, b) => a + b, 0);
    reserve(total + out.length);
    const offsets = streamOffsets(sizes, 0);
    let at2 = 0;
    let k = 0;
    sizes.forEach((size, s) => {
      if (size === 0) return;
      const frame = frames.subarray(at2, at2 + packed[k]);
      at2 += packed[k++];
      decodeFrame(frame, heap.subarray(offsets[s], offsets[s] + size), `${label}, ${streamName(s)},`);
    });
    if (at2 !== frames.length) throw new Error(`${label} has ${frames.length - at2} bytes that belong to no stream`);
    walkPieces(pieces, offsets, (layout, offset, length, planes, from) => {
      if (layout === 0) heap.copyWithin(total + offset, planes[0] + from, planes[0] + from + length);
      else mergeRun(layout, total + offset, length / ELEMENT_BYTES2[layout], planes, from);
    });
    out.set(heap.subarray(total, total + out.length));
  }
  return { crc32, streamSizes, streamName, encodeBlock, decodeBlock, decodeFrame, frameHeaderProblem, ELEMENT_BYTES: ELEMENT_BYTES2, STREAMS };
}

// src/pack/simd.ts
function uleb(n) {
  const out = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n !== 0) b |= 128;
    out.push(b);
  } while (n !== 0);
  return out;
}
function sleb(n) {
  const out = [];
  for (; ; ) {
    const b = n & 127;
    n >>= 7;
    if (n === 0 && (b & 64) === 0 || n === -1 && (b & 64) !== 0) return [...out, b];
    out.push(b | 128);
  }
}
var I32 = 127;
var V128 = 123;
var get = (i) => [32, ...uleb(i)];
var set = (i) => [33, ...uleb(i)];
var i32 = (n) => [65, ...sleb(n)];
var ADD = 106;
var AND = 113;
var OR = 114;
var SHL = 116;
var SHR = 118;
var memarg = (offset) => [0, ...uleb(offset)];
var load8 = (offset = 0) => [45, ...memarg(offset)];
var store8 = (offset = 0) => [58, ...memarg(offset)];
var load16 = () => [47, 1, 0];
var store16 = () => [59, 1, 0];
var load32 = () => [40, 2, 0];
var store32 = () => [54, 2, 0];
var simd = (op, ...imm) => [253, ...uleb(op), ...imm];
var vload = (offset = 0) => simd(0, ...memarg(offset));
var vstore = (offset = 0) => simd(11, ...memarg(offset));
var splat16 = (n) => simd(12, ...Array.from({ length: 8 }, () => [n & 255, n >>> 8]).flat());
var shuffle = (lanes) => simd(13, ...lanes);
var V_AND = simd(78);
var V_OR = simd(80);
var NARROW_U = simd(102);
var EXT_LO = simd(137);
var EXT_HI = simd(138);
var shl16 = (n) => [...i32(n), ...simd(139)];
var shr16 = (n) => [...i32(n), ...simd(141)];
var range = (from, step, count) => Array.from({ length: count }, (_, k) => from + k * step);
var at = (p, i, shift = 0) => [...get(p), ...get(i), ...shift ? [...i32(shift), SHL] : [], ADD];
function loops(i, n, body, tail) {
  const bounded = (step, inner) => [
    2,
    64,
    3,
    64,
    // block, loop
    ...get(i),
    ...i32(step),
    ADD,
    ...get(n),
    75,
    13,
    1,
    // if i + step > n: break
    ...inner,
    ...get(i),
    ...i32(step),
    ADD,
    ...set(i),
    12,
    0,
    11,
    11
    // continue; end loop; end block
  ];
  return [...i32(0), ...set(i), ...bounded(16, body), ...bounded(1, tail)];
}
function vecHigh(x, y) {
  return [
    ...get(y),
    ...splat16(1),
    ...V_AND,
    ...shl16(15),
    ...get(y),
    ...splat16(224),
    ...V_AND,
    ...shl16(7),
    ...V_OR,
    ...get(x),
    ...shl16(4),
    ...V_OR,
    ...get(y),
    ...shr16(1),
    ...splat16(15),
    ...V_AND,
    ...V_OR
  ];
}
function high(x, y) {
  return [
    ...get(y),
    ...i32(1),
    AND,
    ...i32(15),
    SHL,
    ...get(y),
    ...i32(224),
    AND,
    ...i32(7),
    SHL,
    OR,
    ...get(x),
    ...i32(4),
    SHL,
    OR,
    ...get(y),
    ...i32(1),
    SHR,
    ...i32(15),
    AND,
    OR
  ];
}
var vecPlane0 = (h) => [...get(h), ...shr16(4), ...splat16(255), ...V_AND];
var vecPlane1 = (h) => [
  ...get(h),
  ...shr16(7),
  ...splat16(224),
  ...V_AND,
  ...get(h),
  ...splat16(15),
  ...V_AND,
  ...shl16(1),
  ...V_OR,
  ...get(h),
  ...shr16(15),
  ...V_OR
];
var plane0 = (h) => [...get(h), ...i32(4), SHR, ...i32(255), AND];
var plane1 = (h) => [
  ...get(h),
  ...i32(7),
  SHR,
  ...i32(224),
  AND,
  ...get(h),
  ...i32(15),
  AND,
  ...i32(1),
  SHL,
  OR,
  ...get(h),
  ...i32(15),
  SHR,
  OR
];
var merge32 = {
  name: "merge32",
  params: 6,
  locals: [[3, I32], [7, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6),
      ...vload(),
      ...set(9),
      ...at(1, 6),
      ...vload(),
      ...set(10),
      ...get(9),
      ...EXT_LO,
      ...set(11),
      ...get(10),
      ...EXT_LO,
      ...set(12),
      ...vecHigh(11, 12),
      ...set(13),
      ...get(9),
      ...EXT_HI,
      ...set(11),
      ...get(10),
      ...EXT_HI,
      ...set(12),
      ...vecHigh(11, 12),
      ...set(14),
      // low halves: d | c << 8, elements 0-7 then 8-15
      ...at(3, 6),
      ...vload(),
      ...at(2, 6),
      ...vload(),
      ...shuffle(range(0, 1, 8).flatMap((k) => [k, 16 + k])),
      ...set(15),
      ...at(4, 6, 2),
      ...get(15),
      ...get(13),
      ...shuffle(range(0, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(0),
      ...at(4, 6, 2),
      ...get(15),
      ...get(13),
      ...shuffle(range(8, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(16),
      ...at(3, 6),
      ...vload(),
      ...at(2, 6),
      ...vload(),
      ...shuffle(range(8, 1, 8).flatMap((k) => [k, 16 + k])),
      ...set(15),
      ...at(4, 6, 2),
      ...get(15),
      ...get(14),
      ...shuffle(range(0, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(32),
      ...at(4, 6, 2),
      ...get(15),
      ...get(14),
      ...shuffle(range(8, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(48)
    ],
    [
      ...at(0, 6),
      ...load8(),
      ...set(7),
      ...at(1, 6),
      ...load8(),
      ...set(8),
      ...at(4, 6, 2),
      ...high(7, 8),
      ...i32(16),
      SHL,
      ...at(2, 6),
      ...load8(),
      ...i32(8),
      SHL,
      OR,
      ...at(3, 6),
      ...load8(),
      OR,
      ...store32()
    ]
  )
};
var split32 = {
  name: "split32",
  params: 6,
  locals: [[3, I32], [4, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6, 2),
      ...vload(0),
      ...at(0, 6, 2),
      ...vload(16),
      ...shuffle(range(0, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(9),
      ...at(0, 6, 2),
      ...vload(0),
      ...at(0, 6, 2),
      ...vload(16),
      ...shuffle(range(2, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(10),
      ...at(0, 6, 2),
      ...vload(32),
      ...at(0, 6, 2),
      ...vload(48),
      ...shuffle(range(0, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(11),
      ...at(0, 6, 2),
      ...vload(32),
      ...at(0, 6, 2),
      ...vload(48),
      ...shuffle(range(2, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(12),
      ...at(4, 6),
      ...get(9),
      ...get(11),
      ...shuffle(range(0, 2, 16)),
      ...vstore(),
      ...at(3, 6),
      ...get(9),
      ...get(11),
      ...shuffle(range(1, 2, 16)),
      ...vstore(),
      ...at(1, 6),
      ...vecPlane0(10),
      ...vecPlane0(12),
      ...NARROW_U,
      ...vstore(),
      ...at(2, 6),
      ...vecPlane1(10),
      ...vecPlane1(12),
      ...NARROW_U,
      ...vstore()
    ],
    [
      ...at(0, 6, 2),
      ...load32(),
      ...set(8),
      ...get(8),
      ...i32(16),
      SHR,
      ...set(7),
      ...at(1, 6),
      ...plane0(7),
      ...store8(),
      ...at(2, 6),
      ...plane1(7),
      ...store8(),
      ...at(3, 6),
      ...get(8),
      ...i32(8),
      SHR,
      ...store8(),
      ...at(4, 6),
      ...get(8),
      ...store8()
    ]
  )
};
var BF16 = { vecMerge: vecHigh, merge: high, vecPlanes: [vecPlane0, vecPlane1], planes: [plane0, plane1] };
var F16 = {
  vecMerge: (x, y) => [...get(y), ...splat16(1), ...V_AND, ...shl16(15), ...get(x), ...shl16(7), ...V_OR, ...get(y), ...shr16(1), ...V_OR],
  merge: (x, y) => [...get(y), ...i32(1), AND, ...i32(15), SHL, ...get(x), ...i32(7), SHL, OR, ...get(y), ...i32(1), SHR, OR],
  vecPlanes: [
    (h) => [...get(h), ...shr16(7), ...splat16(255), ...V_AND],
    (h) => [...get(h), ...splat16(127), ...V_AND, ...shl16(1), ...get(h), ...shr16(15), ...V_OR]
  ],
  planes: [
    (h) => [...get(h), ...i32(7), SHR],
    (h) => [...get(h), ...i32(127), AND, ...i32(1), SHL, ...get(h), ...i32(15), SHR, OR]
  ]
};
function merge16(name, l) {
  return {
    name,
    params: 4,
    locals: [[3, I32], [4, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4),
        ...vload(),
        ...set(7),
        ...at(1, 4),
        ...vload(),
        ...set(8),
        ...at(2, 4, 1),
        ...get(7),
        ...EXT_LO,
        ...set(9),
        ...get(8),
        ...EXT_LO,
        ...set(10),
        ...l.vecMerge(9, 10),
        ...vstore(0),
        ...at(2, 4, 1),
        ...get(7),
        ...EXT_HI,
        ...set(9),
        ...get(8),
        ...EXT_HI,
        ...set(10),
        ...l.vecMerge(9, 10),
        ...vstore(16)
      ],
      [...at(0, 4), ...load8(), ...set(5), ...at(1, 4), ...load8(), ...set(6), ...at(2, 4, 1), ...l.merge(5, 6), ...store16()]
    )
  };
}
function split16(name, l) {
  return {
    name,
    params: 4,
    locals: [[2, I32], [2, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4, 1),
        ...vload(0),
        ...set(6),
        ...at(0, 4, 1),
        ...vload(16),
        ...set(7),
        ...at(1, 4),
        ...l.vecPlanes[0](6),
        ...l.vecPlanes[0](7),
        ...NARROW_U,
        ...vstore(),
        ...at(2, 4),
        ...l.vecPlanes[1](6),
        ...l.vecPlanes[1](7),
        ...NARROW_U,
        ...vstore()
      ],
      [...at(0, 4, 1), ...load16(), ...set(5), ...at(1, 4), ...l.planes[0](5), ...store8(), ...at(2, 4), ...l.planes[1](5), ...store8()]
    )
  };
}
var FUNCTIONS = [merge32, split32, merge16("mergeBf16", BF16), split16("splitBf16", BF16), merge16("mergeF16", F16), split16("splitF16", F16)];
var vec = (items) => [...uleb(items.length), ...items.flat()];
var section = (id, content) => [id, ...uleb(content.length), ...content];
var text = (s) => [...uleb(s.length), ...Buffer.from(s, "latin1")];
function planesWasm() {
  const types = FUNCTIONS.map((f) => [96, ...vec(Array.from({ length: f.params }, () => [I32])), 0]);
  const bodies = FUNCTIONS.map((f) => {
    const code = [...vec(f.locals.map(([count, type]) => [...uleb(count), type])), ...f.body, 11];
    return [...uleb(code.length), ...code];
  });
  const exports = [[...text("memory"), 2, 0], ...FUNCTIONS.map((f, i) => [...text(f.name), 0, i])];
  return Uint8Array.from([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vec(types)),
    ...section(3, vec(FUNCTIONS.map((_, i) => uleb(i)))),
    ...section(5, vec([[0, 1]])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies))
  ]);
}

// src/pack/workers.ts
var BINDING_PATH = createRequire(import.meta.url).resolve("zstd-napi/binding.js");
var PLANES_WASM = planesWasm();
function workerLoop(port, kernel, fs) {
  let local = new Uint8Array(0);
  function readExactly(fd, position, into) {
    for (let done = 0; done < into.length; ) {
      const n = fs.readSync(fd, into, done, into.length - done, position + done);
      if (n === 0) throw new Error(`file ends at byte ${position + done}, inside a block (did it change while being read?)`);
      done += n;
    }
  }
  const handlers = {
    encode(m) {
      readExactly(m.fd, m.position, m.raw);
      const block = kernel.encodeBlock(m.raw, m.pieces, m.level, m.out);
      if (block.buffer === m.out.buffer) return { length: block.length };
      return { length: block.length, block: block.slice() };
    },
    decode(m) {
      if (local.length < m.framesLength) local = new Uint8Array(m.framesLength);
      const frames = local.subarray(0, m.framesLength);
      readExactly(m.fd, m.framesPosition, frames);
      kernel.decodeBlock(frames, m.pieces, m.packed, m.out, m.label);
      for (let done = 0; m.writeFd !== null && done < m.out.length; ) {
        done += fs.writeSync(m.writeFd, m.out, done, m.out.length - done, m.writePosition + done);
      }
      return {};
    }
  };
  port.on("message", (m) => {
    try {
      port.postMessage({ id: m.id, ...handlers[m.op](m) });
    } catch (error) {
      port.postMessage({ id: m.id, error: error.message });
    }
  });
}
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const kernel = (${codecKernel.toString()})(require(workerData.binding), workerData.wasm);
(${workerLoop.toString()})(parentPort, kernel, require('node:fs'));
`;
var KernelError = class extends Error {
};
var KernelWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { binding: BINDING_PATH, wasm: PLANES_WASM } });
    this.worker.unref();
    this.worker.on("message", (m) => this.settle(m));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`codec worker exited with code ${code}`)));
  }
  get load() {
    return this.pending.size;
  }
  call(message) {
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }
  settle(m) {
    const job = this.pending.get(m.id);
    if (!job) return;
    this.pending.delete(m.id);
    if (this.pending.size === 0) this.worker.unref();
    if (m.error !== void 0) job.reject(new KernelError(m.error));
    else job.resolve(m);
  }
  failAll(error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
};
var pool = [];
function startWorkers(size) {
  while (pool.length < size) pool.push(new KernelWorker());
}
function worker(size) {
  startWorkers(size);
  return pool.slice(0, size).reduce((a, b) => b.load < a.load ? b : a);
}
function sharedBytes(n) {
  return new Uint8Array(new SharedArrayBuffer(n));
}
var BlockPool = class {
  constructor(size) {
    this.size = size;
  }
  size;
  /**
   * Reads a block into `raw` (its length) from `from` and encodes it into `out`; returns the encoded block (a view of
   * `out` when it fits, else a new buffer).
   */
  async encode(from, raw, pieces, level, out) {
    const m = await worker(this.size).call({ op: "encode", ...from, raw, pieces, level, out });
    return m.block ?? out.subarray(0, m.length);
  }
  /**
   * Reads `framesLength` bytes of frames at `frames` and decodes them into `out` (exactly the block's raw length);
   * with `write`, also writes `out` there.
   */
  async decode(job, out, write) {
    await worker(this.size).call({
      op: "decode",
      fd: job.frames.fd,
      framesPosition: job.frames.position,
      framesLength: job.framesLength,
      pieces: job.pieces,
      packed: job.packed,
      label: job.label,
      out,
      writeFd: write?.fd ?? null,
      writePosition: write?.position ?? 0
    });
  }
};

// src/pack/planes.ts
import { open } from "node:fs/promises";
import binding from "zstd-napi/binding.js";
var mainKernel = codecKernel(binding, planesWasm());
var PARALLEL_MIN_BLOCKS = 12;
function room(slot, which, n) {
  if (slot[which].length < n) slot[which] = sharedBytes(n);
  return slot[which].subarray(0, n);
}
async function readInto(file, position, into) {
  for (let done = 0; done < into.length; ) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) return into.subarray(0, done);
    done += bytesRead;
  }
  return into;
}
async function ordered(count, depth, start, finish) {
  const slots = Array.from({ length: depth + 2 }, () => ({ input: sharedBytes(0), output: sharedBytes(0) }));
  const released = slots.map(() => Promise.resolve());
  const inFlight = [];
  const take = async () => {
    const { job, slot } = inFlight.shift();
    released[slot] = finish(await job);
    released[slot].catch(() => {
    });
  };
  for (let i = 0; i < count; i++) {
    if (inFlight.length >= depth) await take();
    const slot = i % slots.length;
    await released[slot];
    const { job } = await start(i, slots[slot]);
    job.catch(() => {
    });
    inFlight.push({ job, slot });
  }
  while (inFlight.length > 0) await take();
  await Promise.all(released);
}
function tableFrame(table) {
  const cctx = new binding.CCtx();
  cctx.setParameter(binding.CParameter.compressionLevel, 19);
  cctx.setParameter(binding.CParameter.checksumFlag, 1);
  cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
  const out = new Uint8Array(binding.compressBound(table.length) + 64);
  return out.subarray(0, cctx.compress2(out, table));
}
async function compressPlanes(inputPath, runs, outputPath, options) {
  const { handle: input } = await openUntrusted(inputPath, "model");
  const output = await open(outputPath, "wx");
  try {
    const size = (await input.stat()).size;
    const segments = tileSegments(runs, size);
    const blockSize = options.blockSize ?? BLOCK_SIZE;
    const blocks = cutBlocks(segments, blockSize);
    const table = encodeTable(segments);
    const frame = tableFrame(table);
    const header = encodeHeader(
      { blockSize, rawSize: size, segmentCount: segments.length, tableRawBytes: table.length, tablePackedBytes: frame.length, blockCount: blocks.length },
      mainKernel
    );
    const sink = fileWriter(output);
    await sink.push(Buffer.concat([header, frame]));
    return await encodeBlocks(input, inputPath, blocks, sink, options);
  } finally {
    await output.close();
    await input.close();
  }
}
async function encodeBlocks(input, inputPath, blocks, sink, options) {
  const threads = Math.max(1, options.threads);
  const pool2 = blocks.length >= PARALLEL_MIN_BLOCKS ? new BlockPool(threads) : null;
  const rawHash = hashOutput();
  const starts = [];
  for (let i = 0, at2 = 0; i < blocks.length; at2 += piecesBytes(blocks[i]), i++) starts.push(at2);
  const changed = (detail) => new InputError(`${inputPath}: ${detail}`);
  await ordered(
    blocks.length,
    threads + 2,
    async (i, slot) => {
      const pieces = blocks[i];
      const length = piecesBytes(pieces);
      const raw = room(slot, "input", length);
      const out = room(slot, "output", length + (length >>> 6) + (options.level >= 10 ? length >>> 1 : 0) + (1 << 20));
      if (!pool2) {
        if ((await readInto(input, starts[i], raw)).length !== length) throw changed("file changed size while it was being packed");
        const block = mainKernel.encodeBlock(raw, pieces, options.level, out);
        return { job: Promise.resolve({ raw, block: block.buffer === out.buffer ? block : block.slice() }) };
      }
      const encoded = pool2.encode({ fd: input.fd, position: starts[i] }, raw, pieces, options.level, out).catch((error) => {
        throw error instanceof KernelError ? changed(error.message) : error;
      });
      return { job: encoded.then((block) => ({ raw, block })) };
    },
    async ({ raw, block }) => {
      const written = sink.push(block);
      rawHash.hashOnly(raw);
      await written;
    }
  );
  return { raw: rawHash.close(), packed: sink.close() };
}
async function readLayout(file, packedSize, expectedRaw, fail) {
  const head = await readInto(file, 0, new Uint8Array(Math.min(HEADER_BYTES, packedSize)));
  const header = parseHeader(head, packedSize, expectedRaw, mainKernel, fail);
  const frame = await readInto(file, HEADER_BYTES, new Uint8Array(header.tablePackedBytes));
  const table = new Uint8Array(header.tableRawBytes);
  try {
    mainKernel.decodeFrame(frame, table, "segment table");
  } catch (error) {
    fail(error.message);
  }
  const cursor = new BlockCursor(parseTable(table, header, fail), fail);
  return { header, cursor, position: HEADER_BYTES + header.tablePackedBytes, head: Buffer.concat([head, frame]) };
}
async function readBlockHeader(file, at2, header, cursor, fail) {
  const { position, packedSize, index } = at2;
  const label = `block ${index}`;
  const first = await readInto(file, position, new Uint8Array(4));
  if (first.length < 4) fail(`is truncated: ${label} is missing`);
  const rawLength = Buffer.from(first.buffer).readUInt32LE(0);
  if (rawLength === 0 || rawLength > header.blockSize) fail(`${label} declares ${rawLength} bytes (blocks hold 1 to ${header.blockSize})`);
  const pieces = cursor.next(rawLength, index);
  const sizes = mainKernel.streamSizes(pieces).filter((n) => n > 0);
  const headerBytes = new Uint8Array(8 + 4 * sizes.length);
  headerBytes.set(first);
  if ((await readInto(file, position + 4, headerBytes.subarray(4))).length < headerBytes.length - 4) fail(`is truncated inside the header of ${label}`);
  const view = Buffer.from(headerBytes.buffer);
  if (view.readUInt32LE(4 + 4 * sizes.length) !== mainKernel.crc32(headerBytes.subarray(0, 4 + 4 * sizes.length))) fail(`${label} has a corrupt header (CRC-32 mismatch)`);
  const packed = sizes.map((_, i) => view.readUInt32LE(4 + 4 * i));
  if (packed.some((n, i) => n > binding.compressBound(sizes[i]) + 65536)) fail(`${label} declares a frame larger than its content can compress to`);
  const framesLength = packed.reduce((a, b) => a + b, 0);
  const framesPosition = position + headerBytes.length;
  if (framesPosition + framesLength > packedSize) fail(`is truncated: ${label} needs ${framesLength} bytes of frames, ${packedSize - framesPosition} remain`);
  return { framesPosition, framesLength, pieces, packed, rawLength, label, end: framesPosition + framesLength };
}
async function decompressPlanes(packedPath, expected, output, threads) {
  const fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const { handle: file } = await openUntrusted(packedPath, "packed file");
  try {
    const packedSize = (await file.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const { header, cursor, position: first } = await readLayout(file, packedSize, expected.raw.bytes, fail);
    const pool2 = header.blockCount >= PARALLEL_MIN_BLOCKS && threads > 0 ? new BlockPool(threads) : null;
    let position = first;
    let rawOffset = 0;
    await ordered(
      header.blockCount,
      Math.max(1, threads) + 2,
      async (index, slot) => {
        const job = await readBlockHeader(file, { position, packedSize, index }, header, cursor, fail);
        position = job.end;
        const out = room(slot, "output", job.rawLength);
        const write = output.fd === null ? null : { fd: output.fd, position: rawOffset };
        rawOffset += job.rawLength;
        const done = pool2 ? pool2.decode({ ...job, frames: { fd: file.fd, position: job.framesPosition } }, out, write) : decodeInline(file, job, out);
        const decoded = done.then(
          () => ({ out, written: write !== null && pool2 !== null }),
          (error) => fail(error instanceof KernelError ? error.message : String(error))
        );
        return { job: decoded };
      },
      async ({ out, written }) => {
        if (written) output.hashOnly(out);
        else await output.push(out);
      }
    );
    if (position !== packedSize) fail(`has ${packedSize - position} bytes after its last block (trailing data)`);
    if (!cursor.done) fail("ends before its segment table is covered");
    verifyDigests(output, expected, fail);
  } finally {
    await file.close();
  }
}
async function decodeInline(file, job, out) {
  const frames = await readInto(file, job.framesPosition, new Uint8Array(job.framesLength));
  try {
    mainKernel.decodeBlock(frames, job.pieces, job.packed, out, job.label);
  } catch (error) {
    throw new KernelError(error.message);
  }
}
function verifyDigests(output, expected, fail) {
  const raw = output.close();
  if (raw.bytes !== expected.raw.bytes) fail(`decompresses to ${raw.bytes} bytes but the manifest declares ${expected.raw.bytes}`);
  if (raw.sha256 !== expected.raw.sha256) fail(`decompressed content has sha256 ${raw.sha256}, the manifest says ${expected.raw.sha256}`);
}

// src/pack/zstd.ts
import { availableParallelism } from "node:os";
import { open as open2 } from "node:fs/promises";
import binding2 from "zstd-napi/binding.js";
var CHUNK = 4 << 20;
var WINDOW_LOG_MAX = 27;
async function compressFile(inputPath, outputPath, options) {
  const { handle: input } = await openUntrusted(inputPath, "model");
  const output = await open2(outputPath, "wx");
  try {
    const size = (await input.stat()).size;
    const cctx = new binding2.CCtx();
    cctx.setParameter(binding2.CParameter.compressionLevel, options.level);
    cctx.setParameter(binding2.CParameter.checksumFlag, 1);
    cctx.setParameter(binding2.CParameter.contentSizeFlag, 1);
    cctx.setParameter(binding2.CParameter.nbWorkers, Math.max(1, options.threads));
    cctx.setPledgedSrcSize(size);
    const sink = fileWriter(output);
    const rawHash = hashOutput();
    const inBuf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    const outBuf = Buffer.allocUnsafe(Math.max(binding2.cStreamOutSize(), Math.min(CHUNK, size)));
    let read = 0;
    for (; ; ) {
      const { bytesRead } = await input.read(inBuf, 0, Math.min(inBuf.length, size - read), read);
      read += bytesRead;
      const last = read >= size || bytesRead === 0;
      let src = inBuf.subarray(0, bytesRead);
      await rawHash.push(src);
      const op = last ? binding2.EndDirective.end : binding2.EndDirective.continue;
      for (; ; ) {
        const [remaining, produced, consumed] = cctx.compressStream2(outBuf, src, op);
        src = src.subarray(consumed);
        if (produced > 0) await sink.push(outBuf.subarray(0, produced));
        if (last ? remaining === 0 : src.length === 0) break;
      }
      if (last) break;
    }
    if (read !== size) throw new InputError(`${inputPath}: file changed size while it was being packed`);
    return { raw: rawHash.close(), packed: sink.close() };
  } finally {
    await output.close();
    await input.close();
  }
}
function decodeThreads() {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
async function decompressAny(packedPath, expected, output) {
  const codec = await sniffCodec(packedPath);
  if (expected.codec && codec !== expected.codec) {
    throw new InputError(`${packedPath}: is ${codec === "zstd" ? "a plain zstd frame" : "an onnx-planes container"} but the manifest says codec ${expected.codec}`);
  }
  if (codec === "onnx-planes") await decompressPlanes(packedPath, expected, output, decodeThreads());
  else await decompressZstd(packedPath, expected, output);
}
async function sniffCodec(packedPath) {
  let file;
  try {
    file = (await openUntrusted(packedPath, "packed file")).handle;
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`${packedPath}: packed file not found or unreadable`);
  }
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return isPlanesContainer(head.subarray(0, bytesRead)) ? "onnx-planes" : "zstd";
  } finally {
    await file.close();
  }
}
var MAX_IN_MEMORY = 2 ** 31 - 1;
async function decompressToBuffer(packedPath, expected) {
  if (expected.raw.bytes > MAX_IN_MEMORY) {
    throw new InputError(`${packedPath}: declares ${expected.raw.bytes} bytes, more than a model loaded from memory can have (2 GiB)`);
  }
  const output = new BufferOutput(expected.raw.bytes);
  await decompressAny(packedPath, expected, output);
  return output.buffer;
}
async function decompressZstd(packedPath, expected, output) {
  const fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const { handle: input } = await openUntrusted(packedPath, "packed file");
  try {
    const packedSize = (await input.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const header = Buffer.alloc(18);
    const { bytesRead: headerBytes } = await input.read(header, 0, header.length, 0);
    const problem = mainKernel.frameHeaderProblem(header.subarray(0, headerBytes), expected.raw.bytes);
    if (problem) fail(problem.replace(/where (\d+) are expected/, "but the manifest says $1"));
    const produced = await decodeFrameStream(input, packedSize, expected.raw.bytes, output, fail);
    if (produced !== expected.raw.bytes) fail(`decompresses to ${produced} bytes but the manifest declares ${expected.raw.bytes}`);
    verifyDigests(output, expected, fail);
  } finally {
    await input.close();
  }
}
async function decodeFrameStream(input, packedSize, cap, output, fail) {
  const dctx = new binding2.DCtx();
  dctx.setParameter(binding2.DParameter.windowLogMax, WINDOW_LOG_MAX);
  const inSize = Math.max(1, Math.min(CHUNK, packedSize));
  const outSize = Math.max(1, Math.min(CHUNK, cap));
  const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
  const readAt = (i, position2) => input.read(inBufs[i % 2], 0, Math.min(inSize, packedSize - position2), position2);
  let position = 0;
  let reads = 0;
  let nextRead = packedSize > 0 ? readAt(0, 0) : null;
  let produced = 0;
  let frameDone = false;
  const outs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
  const pending = [null, null];
  let chunks = 0;
  try {
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2];
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt(reads, position) : null;
      let src = current.subarray(0, bytesRead);
      while (src.length > 0 || !frameDone) {
        if (frameDone) fail("has data after the end of the zstd frame (trailing garbage or a second frame)");
        const slot = chunks % 2;
        await pending[slot];
        const out = outs[slot];
        let result;
        try {
          result = dctx.decompressStream(out, src);
        } catch (error) {
          return fail(`is not a valid zstd frame (${error.message})`);
        }
        const [hint, made, consumed] = result;
        src = src.subarray(consumed);
        if (made > 0) {
          produced += made;
          if (produced > cap) fail(`decompresses to more than the ${cap} bytes the manifest declares`);
          pending[slot] = output.push(out.subarray(0, made));
          chunks++;
        }
        if (hint === 0) frameDone = true;
        else if (src.length === 0 && made < out.length) break;
      }
    }
  } finally {
    await Promise.allSettled(pending);
  }
  await Promise.all(pending);
  if (!frameDone) fail("is truncated: the zstd frame ends early");
  return produced;
}

export {
  fileOutput,
  hashOutput,
  LAYOUT_CODES,
  startWorkers,
  mainKernel,
  compressPlanes,
  compressFile,
  decompressAny,
  decompressToBuffer
};
//# sourceMappingURL=chunk-TXWASHIL.js.map
