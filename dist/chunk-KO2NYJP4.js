import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/pack/zstd/api.ts
var WINDOW_LOG_MAX = 27;
var ZstdDataError = class extends Error {
};

// src/pack/codecs/onnx-planes/kernel.ts
import * as zlib from "node:zlib";
var zlibCrc32 = zlib.crc32;
var crcTable;
function crc32Table(bytes) {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c2 = n;
      for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
      crcTable[n] = c2;
    }
  }
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 255] ^ c >>> 8;
  return (c ^ -1) >>> 0;
}
var crc322 = zlibCrc32 ? (bytes) => zlibCrc32(bytes) : crc32Table;
function codecKernel(zstd, wasmBytes) {
  const PLANES = [1, 4, 2, 2, 8];
  const ELEMENT_BYTES = [1, 4, 2, 2, 8];
  const FIRST_STREAM = [0, 1, 5, 7, 9];
  const STREAMS = 17;
  const FLUSH_ELEMENTS = 4096;
  const HIGH_LEVEL = 10;
  function streamName(s) {
    if (s === 0) return "pass-through stream";
    const layout = FIRST_STREAM.findLastIndex((first) => first <= s);
    return `${["", "f32", "f16", "bf16", "f64"][layout]} plane ${s - FIRST_STREAM[layout]}`;
  }
  function streamSizes(pieces) {
    const sizes = new Array(STREAMS).fill(0);
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i];
      const count = pieces[i + 1] / ELEMENT_BYTES[layout];
      for (let p = 0; p < PLANES[layout]; p++) sizes[FIRST_STREAM[layout] + p] += count;
    }
    return sizes;
  }
  const WA = Reflect.get(globalThis, "WebAssembly");
  const wasm = new WA.Instance(new WA.Module(wasmBytes)).exports;
  let heap = new Uint8Array(wasm.memory.buffer);
  function reserve(bytes) {
    const have = wasm.memory.buffer.byteLength;
    if (bytes > have) wasm.memory.grow(Math.ceil((bytes - have) / 65536));
    heap = new Uint8Array(wasm.memory.buffer);
  }
  function splitF64(w, p, at) {
    for (let i = 0; i < w.length / 2; i++) {
      const lo = w[2 * i];
      const hi = w[2 * i + 1];
      const e = hi >>> 20 & 2047;
      const j = at + i;
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
  function mergeF64(w, p, at) {
    for (let i = 0; i < w.length / 2; i++) {
      const j = at + i;
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
    let at = base;
    return sizes.map((n) => {
      const offset = at;
      at += n;
      return offset;
    });
  }
  function splitRun(layout, src, count, planes, at) {
    const [a, b, c, d] = planes.map((p) => p + at);
    if (layout === 1) wasm.split32(src, a, b, c, d, count);
    else if (layout === 2) wasm.splitF16(src, a, b, count);
    else if (layout === 3) wasm.splitBf16(src, a, b, count);
    else {
      const buf = aligned(count * 8);
      new Uint8Array(buf, 0, count * 8).set(heap.subarray(src, src + count * 8));
      splitF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at);
    }
  }
  function mergeRun(layout, dst, count, planes, at) {
    const [a, b, c, d] = planes.map((p) => p + at);
    if (layout === 1) wasm.merge32(a, b, c, d, dst, count);
    else if (layout === 2) wasm.mergeF16(a, b, dst, count);
    else if (layout === 3) wasm.mergeBf16(a, b, dst, count);
    else {
      const buf = aligned(count * 8);
      mergeF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at);
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
      const used = length / ELEMENT_BYTES[layout];
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
    walkPieces(pieces, offsets, (layout, offset, length, planes, at) => {
      if (layout === 0) {
        heap.copyWithin(planes[0] + at, offset, offset + length);
        return;
      }
      const count = length / ELEMENT_BYTES[layout];
      const first = FIRST_STREAM[layout];
      if (at > 0 && (count >= FLUSH_ELEMENTS || lastCount[layout] >= FLUSH_ELEMENTS)) {
        for (let p = 0; p < PLANES[layout]; p++) flushAt[first + p].push(at);
      }
      splitRun(layout, offset, count, planes, at);
      lastCount[layout] = count;
    });
    return sizes.map((n, s) => ({ bytes: heap.subarray(offsets[s], offsets[s] + n), flushAt: flushAt[s] }));
  }
  function frameBound(plan) {
    return zstd.compressBound(plan.bytes.length) + 64 * (plan.flushAt.length + 1);
  }
  function compressFrame(plan, level, out) {
    return zstd.compressFrame(plan.bytes, level, out, plan.flushAt);
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
    let at = headerBytes;
    plans.forEach(({ plan, s }, i) => {
      const room = out.subarray(at);
      const length = s === 0 ? compressFrame(plan, level, room) : compressPlane(plan, level, room);
      view.setUint32(4 + 4 * i, length, true);
      at += length;
    });
    view.setUint32(headerBytes - 4, crc322(out.subarray(0, headerBytes - 4)), true);
    return out.subarray(0, at);
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
      declared = zstd.frameContentSize(header);
    } catch {
      return "has a malformed zstd frame header";
    }
    if (declared === null) return "is a zstd frame that does not declare its content size";
    if (declared !== expected) return `is a zstd frame declaring ${declared} bytes where ${expected} are expected`;
    const window = (descriptor & 32) === 0 ? windowSize(header[5]) : expected;
    if (window > 2 ** WINDOW_LOG_MAX) return `is a zstd frame asking a ${window}-byte window (at most 2^${WINDOW_LOG_MAX} allowed)`;
    return null;
  }
  function windowSize(descriptor) {
    const base = 2 ** (10 + (descriptor >>> 3));
    return base + base / 8 * (descriptor & 7);
  }
  function decodeFrame(frame, out, what) {
    const problem = frameHeaderProblem(frame.subarray(0, 18), out.length);
    if (problem) throw new Error(`${what} ${problem}`);
    let size;
    try {
      size = zstd.frameCompressedSize(frame);
    } catch {
      throw new Error(`${what} is truncated or corrupt (its zstd blocks run past the ${frame.length} bytes given to it)`);
    }
    if (size !== frame.length) throw new Error(`${what} has ${frame.length - size} bytes after its zstd frame`);
    let exact;
    try {
      exact = zstd.decompressFrame(frame, out);
    } catch (error) {
      throw new Error(`${what} is corrupt (${error.message})`);
    }
    if (!exact) throw new Error(`${what} did not decode to exactly ${out.length} bytes`);
  }
  function decodeBlock(frames, pieces, packed, out, label) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    const total = sizes.reduce((a, b) => a + b, 0);
    reserve(total + out.length);
    const offsets = streamOffsets(sizes, 0);
    let at = 0;
    let k = 0;
    sizes.forEach((size, s) => {
      if (size === 0) return;
      const frame = frames.subarray(at, at + packed[k]);
      at += packed[k++];
      decodeFrame(frame, heap.subarray(offsets[s], offsets[s] + size), `${label}, ${streamName(s)},`);
    });
    if (at !== frames.length) throw new Error(`${label} has ${frames.length - at} bytes that belong to no stream`);
    walkPieces(pieces, offsets, (layout, offset, length, planes, from) => {
      if (layout === 0) heap.copyWithin(total + offset, planes[0] + from, planes[0] + from + length);
      else mergeRun(layout, total + offset, length / ELEMENT_BYTES[layout], planes, from);
    });
    out.set(heap.subarray(total, total + out.length));
  }
  return { crc32: crc322, streamSizes, streamName, encodeBlock, decodeBlock, decodeFrame, frameHeaderProblem, ELEMENT_BYTES, STREAMS };
}

// src/pack/codecs/onnx-planes/simd-wasm.ts
var SIMD_WASM_BASE64 = "AGFzbQEAAAABEQJgBn9/f39/fwBgBH9/f38AAwcGAAABAQEBBQMBAAEHTAcGbWVtb3J5AgAHbWVyZ2UzMgAAB3NwbGl0MzIAAQltZXJnZUJmMTYAAglzcGxpdEJmMTYAAwhtZXJnZUYxNgAECHNwbGl0RjE2AAUK0RMG2gQCA38He0EAIQYCQANAIAZBEGogBUsNASAAIAZq/QAAACEJIAEgBmr9AAAAIQogCf2JASELIAr9iQEhDCAM/QwBAAEAAQABAAEAAQABAAEA/U5BD/2LASAM/QzgAOAA4ADgAOAA4ADgAOAA/U5BB/2LAf1QIAtBBP2LAf1QIAxBAf2NAf0MDwAPAA8ADwAPAA8ADwAPAP1O/VAhDSAJ/YoBIQsgCv2KASEMIAz9DAEAAQABAAEAAQABAAEAAQD9TkEP/YsBIAz9DOAA4ADgAOAA4ADgAOAA4AD9TkEH/YsB/VAgC0EE/YsB/VAgDEEB/Y0B/QwPAA8ADwAPAA8ADwAPAA8A/U79UCEOIAMgBmr9AAAAIAIgBmr9AAAA/Q0AEAERAhIDEwQUBRUGFgcXIQ8gBCAGQQJ0aiAPIA39DQABEBECAxITBAUUFQYHFhf9CwAAIAQgBkECdGogDyAN/Q0ICRgZCgsaGwwNHB0ODx4f/QsAECADIAZq/QAAACACIAZq/QAAAP0NCBgJGQoaCxsMHA0dDh4PHyEPIAQgBkECdGogDyAO/Q0AARARAgMSEwQFFBUGBxYX/QsAICAEIAZBAnRqIA8gDv0NCAkYGQoLGhsMDRwdDg8eH/0LADAgBkEQaiEGDAALCwJAA0AgBkEBaiAFSw0BIAAgBmotAAAhByABIAZqLQAAIQggBCAGQQJ0aiAIQQFxQQ90IAhB4AFxQQd0ciAHQQR0ciAIQQF2QQ9xckEQdCACIAZqLQAAQQh0ciADIAZqLQAAcjYCACAGQQFqIQYMAAsLC9QEAgN/BHtBACEGAkADQCAGQRBqIAVLDQEgACAGQQJ0av0AAAAgACAGQQJ0av0AABD9DQABBAUICQwNEBEUFRgZHB0hCSAAIAZBAnRq/QAAACAAIAZBAnRq/QAAEP0NAgMGBwoLDg8SExYXGhseHyEKIAAgBkECdGr9AAAgIAAgBkECdGr9AAAw/Q0AAQQFCAkMDRARFBUYGRwdIQsgACAGQQJ0av0AACAgACAGQQJ0av0AADD9DQIDBgcKCw4PEhMWFxobHh8hDCAEIAZqIAkgC/0NAAIEBggKDA4QEhQWGBocHv0LAAAgAyAGaiAJIAv9DQEDBQcJCw0PERMVFxkbHR/9CwAAIAEgBmogCkEE/Y0B/Qz/AP8A/wD/AP8A/wD/AP8A/U4gDEEE/Y0B/Qz/AP8A/wD/AP8A/wD/AP8A/U79Zv0LAAAgAiAGaiAKQQf9jQH9DOAA4ADgAOAA4ADgAOAA4AD9TiAK/QwPAA8ADwAPAA8ADwAPAA8A/U5BAf2LAf1QIApBD/2NAf1QIAxBB/2NAf0M4ADgAOAA4ADgAOAA4ADgAP1OIAz9DA8ADwAPAA8ADwAPAA8ADwD9TkEB/YsB/VAgDEEP/Y0B/VD9Zv0LAAAgBkEQaiEGDAALCwJAA0AgBkEBaiAFSw0BIAAgBkECdGooAgAhCCAIQRB2IQcgASAGaiAHQQR2Qf8BcToAACACIAZqIAdBB3ZB4AFxIAdBD3FBAXRyIAdBD3ZyOgAAIAMgBmogCEEIdjoAACAEIAZqIAg6AAAgBkEBaiEGDAALCwuCAwIDfwR7QQAhBAJAA0AgBEEQaiADSw0BIAAgBGr9AAAAIQcgASAEav0AAAAhCCAH/YkBIQkgCP2JASEKIAIgBEEBdGogCv0MAQABAAEAAQABAAEAAQABAP1OQQ/9iwEgCv0M4ADgAOAA4ADgAOAA4ADgAP1OQQf9iwH9UCAJQQT9iwH9UCAKQQH9jQH9DA8ADwAPAA8ADwAPAA8ADwD9Tv1Q/QsAACAH/YoBIQkgCP2KASEKIAIgBEEBdGogCv0MAQABAAEAAQABAAEAAQABAP1OQQ/9iwEgCv0M4ADgAOAA4ADgAOAA4ADgAP1OQQf9iwH9UCAJQQT9iwH9UCAKQQH9jQH9DA8ADwAPAA8ADwAPAA8ADwD9Tv1Q/QsAECAEQRBqIQQMAAsLAkADQCAEQQFqIANLDQEgACAEai0AACEFIAEgBGotAAAhBiACIARBAXRqIAZBAXFBD3QgBkHgAXFBB3RyIAVBBHRyIAZBAXZBD3FyOwEAIARBAWohBAwACwsL5AICAn8Ce0EAIQQCQANAIARBEGogA0sNASAAIARBAXRq/QAAACEGIAAgBEEBdGr9AAAQIQcgASAEaiAGQQT9jQH9DP8A/wD/AP8A/wD/AP8A/wD9TiAHQQT9jQH9DP8A/wD/AP8A/wD/AP8A/wD9Tv1m/QsAACACIARqIAZBB/2NAf0M4ADgAOAA4ADgAOAA4ADgAP1OIAb9DA8ADwAPAA8ADwAPAA8ADwD9TkEB/YsB/VAgBkEP/Y0B/VAgB0EH/Y0B/QzgAOAA4ADgAOAA4ADgAOAA/U4gB/0MDwAPAA8ADwAPAA8ADwAPAP1OQQH9iwH9UCAHQQ/9jQH9UP1m/QsAACAEQRBqIQQMAAsLAkADQCAEQQFqIANLDQEgACAEQQF0ai8BACEFIAEgBGogBUEEdkH/AXE6AAAgAiAEaiAFQQd2QeABcSAFQQ9xQQF0ciAFQQ92cjoAACAEQQFqIQQMAAsLC5MCAgN/BHtBACEEAkADQCAEQRBqIANLDQEgACAEav0AAAAhByABIARq/QAAACEIIAf9iQEhCSAI/YkBIQogAiAEQQF0aiAK/QwBAAEAAQABAAEAAQABAAEA/U5BD/2LASAJQQf9iwH9UCAKQQH9jQH9UP0LAAAgB/2KASEJIAj9igEhCiACIARBAXRqIAr9DAEAAQABAAEAAQABAAEAAQD9TkEP/YsBIAlBB/2LAf1QIApBAf2NAf1Q/QsAECAEQRBqIQQMAAsLAkADQCAEQQFqIANLDQEgACAEai0AACEFIAEgBGotAAAhBiACIARBAXRqIAZBAXFBD3QgBUEHdHIgBkEBdnI7AQAgBEEBaiEEDAALCwudAgICfwJ7QQAhBAJAA0AgBEEQaiADSw0BIAAgBEEBdGr9AAAAIQYgACAEQQF0av0AABAhByABIARqIAZBB/2NAf0M/wD/AP8A/wD/AP8A/wD/AP1OIAdBB/2NAf0M/wD/AP8A/wD/AP8A/wD/AP1O/Wb9CwAAIAIgBGogBv0MfwB/AH8AfwB/AH8AfwB/AP1OQQH9iwEgBkEP/Y0B/VAgB/0MfwB/AH8AfwB/AH8AfwB/AP1OQQH9iwEgB0EP/Y0B/VD9Zv0LAAAgBEEQaiEEDAALCwJAA0AgBEEBaiADSw0BIAAgBEEBdGovAQAhBSABIARqIAVBB3Y6AAAgAiAEaiAFQf8AcUEBdCAFQQ92cjoAACAEQQFqIQQMAAsLCw==";

// src/pack/codecs/onnx-planes/simd.ts
function planesWasm() {
  return Uint8Array.from(Buffer.from(SIMD_WASM_BASE64, "base64"));
}

// src/pack/zstd/binding.ts
import { createRequire } from "node:module";
import { debuglog } from "node:util";

// src/pack/zstd/native.ts
var CHUNK = 4 << 20;
function nativeBinding(zstd) {
  const cctx = new zstd.CCtx();
  const dctx = new zstd.DCtx();
  dctx.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX);
  function compressFrame(src, level, out, cuts = []) {
    cctx.reset(zstd.ResetDirective.sessionAndParameters);
    cctx.setParameter(zstd.CParameter.compressionLevel, level);
    cctx.setParameter(zstd.CParameter.checksumFlag, 1);
    cctx.setParameter(zstd.CParameter.contentSizeFlag, 1);
    cctx.setPledgedSrcSize(src.length);
    const ends = [...cuts, src.length];
    let written = 0;
    let from = 0;
    for (const [k, to] of ends.entries()) {
      const last = k === ends.length - 1;
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
  function streamEncoder(options, emit) {
    const stream = new zstd.CCtx();
    stream.setParameter(zstd.CParameter.compressionLevel, options.level);
    stream.setParameter(zstd.CParameter.checksumFlag, 1);
    stream.setParameter(zstd.CParameter.contentSizeFlag, 1);
    stream.setParameter(zstd.CParameter.nbWorkers, Math.max(1, options.threads));
    stream.setPledgedSrcSize(options.size);
    const outBuf = Buffer.allocUnsafe(Math.max(zstd.cStreamOutSize(), Math.min(CHUNK, options.size)));
    return {
      async push(chunk, last) {
        let src = chunk;
        const op = last ? zstd.EndDirective.end : zstd.EndDirective.continue;
        for (; ; ) {
          const [remaining, produced, consumed] = stream.compressStream2(outBuf, src, op);
          src = src.subarray(consumed);
          if (produced > 0) await emit(outBuf.subarray(0, produced));
          if (last ? remaining === 0 : src.length === 0) break;
        }
      },
      async close() {
      }
    };
  }
  function decompressFrame(frame, out) {
    dctx.reset(zstd.ResetDirective.sessionOnly);
    const [hint, produced, consumed] = dctx.decompressStream(out, frame);
    return hint === 0 && produced === out.length && consumed === frame.length;
  }
  function streamDecoder(emit, outSize) {
    const stream = new zstd.DCtx();
    stream.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX);
    const outs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
    const pending = [void 0, void 0];
    let chunks = 0;
    let done = false;
    return {
      get done() {
        return done;
      },
      async push(input) {
        let src = input;
        while (!done) {
          const slot = chunks % 2;
          await pending[slot];
          const out = outs[slot];
          let result;
          try {
            result = stream.decompressStream(out, src);
          } catch (error) {
            throw new ZstdDataError(error.message);
          }
          const [hint, made, consumed] = result;
          src = src.subarray(consumed);
          if (made > 0) {
            pending[slot] = emit(out.subarray(0, made));
            chunks++;
          }
          if (hint === 0) done = true;
          else if (src.length === 0 && made < out.length) break;
        }
        return input.length - src.length;
      },
      async close() {
        await Promise.allSettled(pending);
        await Promise.all(pending);
      }
    };
  }
  return {
    name: "zstd-napi",
    version: zstd.versionString(),
    compressBound: (bytes) => zstd.compressBound(bytes),
    compressFrame,
    streamEncoder,
    frameContentSize: (header) => zstd.getFrameContentSize(header),
    frameCompressedSize: (frame) => zstd.findFrameCompressedSize(frame),
    decompressFrame,
    streamDecoder: (size, emit) => streamDecoder(emit, Math.max(1, Math.min(CHUNK, size)))
  };
}

// src/pack/zstd/node.ts
import * as zlib2 from "node:zlib";

// src/pack/zstd/frame.ts
var MAGIC = 4247762216;
var WINDOW_LOG_LIMIT = 31;
var le32 = (b, at) => (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
var isSkippable = (magic) => (magic & 4294967280) === 407710288;
function headerSize(fhd) {
  const single = (fhd & 32) !== 0;
  return 4 + 1 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + [single ? 1 : 0, 2, 4, 8][fhd >>> 6];
}
function checkPrefix(header) {
  if (header.length < 5) throw new Error("Src size is incorrect");
  if (le32(header, 0) !== MAGIC) throw new Error("Unknown frame descriptor");
  if ((header[4] & 8) !== 0) throw new Error("Unsupported frame parameter");
}
function checkHeader(header) {
  checkPrefix(header);
  const fhd = header[4];
  const size = headerSize(fhd);
  if (header.length < size) throw new Error("Src size is incorrect");
  if ((fhd & 32) === 0 && (header[5] >>> 3) + 10 > WINDOW_LOG_LIMIT) throw new Error("Frame requires too much memory for decoding");
  return size;
}
function frameContentSize(header) {
  if (header.length >= 4 && isSkippable(le32(header, 0))) return 0;
  const size = checkHeader(header);
  const fhd = header[4];
  const single = (fhd & 32) !== 0;
  const bytes = [single ? 1 : 0, 2, 4, 8][fhd >>> 6];
  const at = size - bytes;
  if (bytes === 0) return null;
  if (bytes === 1) return header[at];
  if (bytes === 2) return (header[at] | header[at + 1] << 8) + 256;
  if (bytes === 4) return le32(header, at);
  return le32(header, at) + le32(header, at + 4) * 2 ** 32;
}
var FrameWalker = class {
  /** The frame's last byte has been fed. */
  done = false;
  /** Bytes of the current part (header, block header) gathered so far. */
  part = new Uint8Array(18);
  have = 0;
  state = "header";
  /** Bytes still to pass in the current block or checksum. */
  skip = 0;
  checksum = false;
  lastBlock = false;
  /** Takes bytes of the frame from the start of `src`; returns how many (fewer than given only at the frame's end). */
  feed(src) {
    let at = 0;
    while (!this.done && at < src.length) {
      if (this.state === "block" || this.state === "checksum") {
        const n2 = Math.min(this.skip, src.length - at);
        at += n2;
        this.skip -= n2;
        if (this.skip === 0) this.next();
        continue;
      }
      const need = this.state === "block header" ? 3 : this.have < 5 ? 5 : headerSize(this.part[4]);
      const n = Math.min(need - this.have, src.length - at);
      this.part.set(src.subarray(at, at + n), this.have);
      this.have += n;
      at += n;
      if (this.have < need) continue;
      if (this.state === "header") {
        if (need === 5) checkPrefix(this.part);
        if (this.have < headerSize(this.part[4])) continue;
        checkHeader(this.part.subarray(0, this.have));
        this.checksum = (this.part[4] & 4) !== 0;
        this.state = "block header";
      } else {
        const h = this.part[0] | this.part[1] << 8 | this.part[2] << 16;
        const type = h >>> 1 & 3;
        if (type === 3) throw new Error("Corrupted block detected");
        this.lastBlock = (h & 1) !== 0;
        this.state = "block";
        this.skip = type === 1 ? 1 : h >>> 3;
        if (this.skip === 0) this.next();
      }
      this.have = 0;
    }
    return at;
  }
  /** After a block's or the checksum's bytes: the next block, the checksum, or the end. */
  next() {
    if (this.state === "checksum" || this.lastBlock && !this.checksum) {
      this.done = true;
    } else if (this.lastBlock) {
      this.state = "checksum";
      this.skip = 4;
    } else {
      this.state = "block header";
    }
  }
};
function frameCompressedSize(frame) {
  const walker = new FrameWalker();
  const n = walker.feed(frame);
  if (!walker.done) throw new Error("Src size is incorrect");
  return n;
}

// src/pack/zstd/node.ts
var C = zlib2.constants;
var CHUNK2 = 4 << 20;
function nodeHasZstd() {
  return typeof zlib2.zstdCompressSync === "function" && typeof zlib2.createZstdDecompress === "function" && C.ZSTD_d_windowLogMax !== void 0;
}
var chunkSize = (size) => Math.max(64 << 10, Math.min(CHUNK2, size));
function stepper(stream, emit, wrap) {
  let failure = null;
  let waiter = null;
  const abort = (error) => {
    failure ??= error;
    stream.destroy();
    waiter?.reject(failure);
    waiter = null;
  };
  stream.on("error", (error) => abort(wrap(error)));
  stream.on("data", (chunk) => {
    stream.pause();
    let written;
    try {
      written = emit(chunk);
    } catch (error) {
      return abort(error);
    }
    Promise.resolve(written).then(() => failure === null && stream.resume(), abort);
  });
  return {
    /** Writes `src`; the last step ends the stream and resolves once all its output was emitted. */
    step(src, last) {
      if (failure !== null) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
        const done = () => {
          waiter = null;
          resolve();
        };
        if (last) {
          stream.once("end", done);
          stream.end(src);
        } else {
          stream.write(src, (error) => error ? abort(wrap(error)) : done());
        }
      });
    },
    close() {
      stream.destroy();
    }
  };
}
function nodeBinding() {
  const params = (level) => ({ [C.ZSTD_c_compressionLevel]: level, [C.ZSTD_c_checksumFlag]: 1, [C.ZSTD_c_contentSizeFlag]: 1 });
  const decodeParams = { [C.ZSTD_d_windowLogMax]: WINDOW_LOG_MAX };
  const dataError = (error) => new ZstdDataError(error.message);
  function compressFrame(src, level, out) {
    const frame = zlib2.zstdCompressSync(src, { params: params(level) });
    if (frame.length > out.length) throw new Error("zstd output exceeded its bound");
    out.set(frame);
    return frame.length;
  }
  function decompressFrame(frame, out) {
    let result;
    try {
      result = zlib2.zstdDecompressSync(frame, { params: decodeParams, maxOutputLength: Math.max(1, out.length) });
    } catch (error) {
      if (error.code === "ERR_BUFFER_TOO_LARGE") return false;
      throw error;
    }
    if (result.length !== out.length) return false;
    out.set(result);
    return true;
  }
  function streamEncoder(options, emit) {
    const stream = zlib2.createZstdCompress({ chunkSize: chunkSize(options.size), pledgedSrcSize: options.size, params: params(options.level) });
    const steps = stepper(stream, emit, (error) => error);
    return {
      push: (src, last) => steps.step(src, last),
      close: async () => steps.close()
    };
  }
  function streamDecoder(size, emit) {
    const walker = new FrameWalker();
    const stream = zlib2.createZstdDecompress({ chunkSize: chunkSize(size), params: decodeParams });
    const steps = stepper(stream, emit, dataError);
    return {
      get done() {
        return walker.done;
      },
      async push(src) {
        if (walker.done) return 0;
        let taken;
        try {
          taken = walker.feed(src);
        } catch (error) {
          throw dataError(error);
        }
        await steps.step(src.subarray(0, taken), walker.done);
        return taken;
      },
      close: async () => steps.close()
    };
  }
  return {
    name: "node:zlib",
    version: process.versions.zstd ?? "unknown",
    compressBound: (bytes) => bytes + (bytes >>> 8) + (bytes < 128 << 10 ? (128 << 10) - bytes >>> 11 : 0),
    compressFrame,
    streamEncoder,
    frameContentSize,
    frameCompressedSize,
    decompressFrame,
    streamDecoder
  };
}

// src/pack/zstd/binding.ts
function loadNative() {
  try {
    return nativeBinding(createRequire(import.meta.url)("zstd-napi/binding.js"));
  } catch (error) {
    const code = error.code;
    if (code === "MODULE_NOT_FOUND" || code === "ERR_DLOPEN_FAILED") return null;
    throw error;
  }
}
function loadNode() {
  return nodeHasZstd() ? nodeBinding() : null;
}
var chosen;
function loadZstd() {
  if (!chosen) {
    chosen = choose(process.env.MODEL_GATE_ZSTD ?? "");
    debuglog("model-gate")(`zstd: ${chosen.name} ${chosen.version}`);
  }
  return chosen;
}
function choose(forced) {
  if (forced !== "" && forced !== "node" && forced !== "zstd-napi") throw new InputError(`MODEL_GATE_ZSTD must be "node" or "zstd-napi", not ${JSON.stringify(forced)}`);
  const native = forced === "node" ? null : loadNative();
  if (native) return native;
  if (forced === "zstd-napi") throw new InputError("MODEL_GATE_ZSTD=zstd-napi: zstd-napi is not installed or not built for this platform");
  const node = loadNode();
  if (!node) {
    const why = forced === "node" ? "MODEL_GATE_ZSTD=node:" : "zstd is unavailable: zstd-napi is not built (its install script did not run, or no prebuilt binding fits this platform) and";
    throw new InputError(`${why} this Node (${process.version}) has no zstd in node:zlib; Node 22.15 or later has`);
  }
  return node;
}

export {
  ZstdDataError,
  codecKernel,
  planesWasm,
  loadZstd
};
//# sourceMappingURL=chunk-KO2NYJP4.js.map
