import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/pack/kernel.ts
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
  const WINDOW_LOG_MAX = 27;
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
  const WA = globalThis.WebAssembly;
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
      declared = zstd.getFrameContentSize(header);
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
  const dctx = new zstd.DCtx();
  dctx.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX);
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

// src/pack/simd-wasm.ts
var SIMD_WASM_BASE64 = "AGFzbQEAAAABEQJgBn9/f39/fwBgBH9/f38AAwcGAAABAQEBBQMBAAEHTAcGbWVtb3J5AgAHbWVyZ2UzMgAAB3NwbGl0MzIAAQltZXJnZUJmMTYAAglzcGxpdEJmMTYAAwhtZXJnZUYxNgAECHNwbGl0RjE2AAUK0RMG2gQCA38He0EAIQYCQANAIAZBEGogBUsNASAAIAZq/QAAACEJIAEgBmr9AAAAIQogCf2JASELIAr9iQEhDCAM/QwBAAEAAQABAAEAAQABAAEA/U5BD/2LASAM/QzgAOAA4ADgAOAA4ADgAOAA/U5BB/2LAf1QIAtBBP2LAf1QIAxBAf2NAf0MDwAPAA8ADwAPAA8ADwAPAP1O/VAhDSAJ/YoBIQsgCv2KASEMIAz9DAEAAQABAAEAAQABAAEAAQD9TkEP/YsBIAz9DOAA4ADgAOAA4ADgAOAA4AD9TkEH/YsB/VAgC0EE/YsB/VAgDEEB/Y0B/QwPAA8ADwAPAA8ADwAPAA8A/U79UCEOIAMgBmr9AAAAIAIgBmr9AAAA/Q0AEAERAhIDEwQUBRUGFgcXIQ8gBCAGQQJ0aiAPIA39DQABEBECAxITBAUUFQYHFhf9CwAAIAQgBkECdGogDyAN/Q0ICRgZCgsaGwwNHB0ODx4f/QsAECADIAZq/QAAACACIAZq/QAAAP0NCBgJGQoaCxsMHA0dDh4PHyEPIAQgBkECdGogDyAO/Q0AARARAgMSEwQFFBUGBxYX/QsAICAEIAZBAnRqIA8gDv0NCAkYGQoLGhsMDRwdDg8eH/0LADAgBkEQaiEGDAALCwJAA0AgBkEBaiAFSw0BIAAgBmotAAAhByABIAZqLQAAIQggBCAGQQJ0aiAIQQFxQQ90IAhB4AFxQQd0ciAHQQR0ciAIQQF2QQ9xckEQdCACIAZqLQAAQQh0ciADIAZqLQAAcjYCACAGQQFqIQYMAAsLC9QEAgN/BHtBACEGAkADQCAGQRBqIAVLDQEgACAGQQJ0av0AAAAgACAGQQJ0av0AABD9DQABBAUICQwNEBEUFRgZHB0hCSAAIAZBAnRq/QAAACAAIAZBAnRq/QAAEP0NAgMGBwoLDg8SExYXGhseHyEKIAAgBkECdGr9AAAgIAAgBkECdGr9AAAw/Q0AAQQFCAkMDRARFBUYGRwdIQsgACAGQQJ0av0AACAgACAGQQJ0av0AADD9DQIDBgcKCw4PEhMWFxobHh8hDCAEIAZqIAkgC/0NAAIEBggKDA4QEhQWGBocHv0LAAAgAyAGaiAJIAv9DQEDBQcJCw0PERMVFxkbHR/9CwAAIAEgBmogCkEE/Y0B/Qz/AP8A/wD/AP8A/wD/AP8A/U4gDEEE/Y0B/Qz/AP8A/wD/AP8A/wD/AP8A/U79Zv0LAAAgAiAGaiAKQQf9jQH9DOAA4ADgAOAA4ADgAOAA4AD9TiAK/QwPAA8ADwAPAA8ADwAPAA8A/U5BAf2LAf1QIApBD/2NAf1QIAxBB/2NAf0M4ADgAOAA4ADgAOAA4ADgAP1OIAz9DA8ADwAPAA8ADwAPAA8ADwD9TkEB/YsB/VAgDEEP/Y0B/VD9Zv0LAAAgBkEQaiEGDAALCwJAA0AgBkEBaiAFSw0BIAAgBkECdGooAgAhCCAIQRB2IQcgASAGaiAHQQR2Qf8BcToAACACIAZqIAdBB3ZB4AFxIAdBD3FBAXRyIAdBD3ZyOgAAIAMgBmogCEEIdjoAACAEIAZqIAg6AAAgBkEBaiEGDAALCwuCAwIDfwR7QQAhBAJAA0AgBEEQaiADSw0BIAAgBGr9AAAAIQcgASAEav0AAAAhCCAH/YkBIQkgCP2JASEKIAIgBEEBdGogCv0MAQABAAEAAQABAAEAAQABAP1OQQ/9iwEgCv0M4ADgAOAA4ADgAOAA4ADgAP1OQQf9iwH9UCAJQQT9iwH9UCAKQQH9jQH9DA8ADwAPAA8ADwAPAA8ADwD9Tv1Q/QsAACAH/YoBIQkgCP2KASEKIAIgBEEBdGogCv0MAQABAAEAAQABAAEAAQABAP1OQQ/9iwEgCv0M4ADgAOAA4ADgAOAA4ADgAP1OQQf9iwH9UCAJQQT9iwH9UCAKQQH9jQH9DA8ADwAPAA8ADwAPAA8ADwD9Tv1Q/QsAECAEQRBqIQQMAAsLAkADQCAEQQFqIANLDQEgACAEai0AACEFIAEgBGotAAAhBiACIARBAXRqIAZBAXFBD3QgBkHgAXFBB3RyIAVBBHRyIAZBAXZBD3FyOwEAIARBAWohBAwACwsL5AICAn8Ce0EAIQQCQANAIARBEGogA0sNASAAIARBAXRq/QAAACEGIAAgBEEBdGr9AAAQIQcgASAEaiAGQQT9jQH9DP8A/wD/AP8A/wD/AP8A/wD9TiAHQQT9jQH9DP8A/wD/AP8A/wD/AP8A/wD9Tv1m/QsAACACIARqIAZBB/2NAf0M4ADgAOAA4ADgAOAA4ADgAP1OIAb9DA8ADwAPAA8ADwAPAA8ADwD9TkEB/YsB/VAgBkEP/Y0B/VAgB0EH/Y0B/QzgAOAA4ADgAOAA4ADgAOAA/U4gB/0MDwAPAA8ADwAPAA8ADwAPAP1OQQH9iwH9UCAHQQ/9jQH9UP1m/QsAACAEQRBqIQQMAAsLAkADQCAEQQFqIANLDQEgACAEQQF0ai8BACEFIAEgBGogBUEEdkH/AXE6AAAgAiAEaiAFQQd2QeABcSAFQQ9xQQF0ciAFQQ92cjoAACAEQQFqIQQMAAsLC5MCAgN/BHtBACEEAkADQCAEQRBqIANLDQEgACAEav0AAAAhByABIARq/QAAACEIIAf9iQEhCSAI/YkBIQogAiAEQQF0aiAK/QwBAAEAAQABAAEAAQABAAEA/U5BD/2LASAJQQf9iwH9UCAKQQH9jQH9UP0LAAAgB/2KASEJIAj9igEhCiACIARBAXRqIAr9DAEAAQABAAEAAQABAAEAAQD9TkEP/YsBIAlBB/2LAf1QIApBAf2NAf1Q/QsAECAEQRBqIQQMAAsLAkADQCAEQQFqIANLDQEgACAEai0AACEFIAEgBGotAAAhBiACIARBAXRqIAZBAXFBD3QgBUEHdHIgBkEBdnI7AQAgBEEBaiEEDAALCwudAgICfwJ7QQAhBAJAA0AgBEEQaiADSw0BIAAgBEEBdGr9AAAAIQYgACAEQQF0av0AABAhByABIARqIAZBB/2NAf0M/wD/AP8A/wD/AP8A/wD/AP1OIAdBB/2NAf0M/wD/AP8A/wD/AP8A/wD/AP1O/Wb9CwAAIAIgBGogBv0MfwB/AH8AfwB/AH8AfwB/AP1OQQH9iwEgBkEP/Y0B/VAgB/0MfwB/AH8AfwB/AH8AfwB/AP1OQQH9iwEgB0EP/Y0B/VD9Zv0LAAAgBEEQaiEEDAALCwJAA0AgBEEBaiADSw0BIAAgBEEBdGovAQAhBSABIARqIAVBB3Y6AAAgAiAEaiAFQf8AcUEBdCAFQQ92cjoAACAEQQFqIQQMAAsLCw==";

// src/pack/simd.ts
function planesWasm() {
  return Uint8Array.from(Buffer.from(SIMD_WASM_BASE64, "base64"));
}

export {
  codecKernel,
  planesWasm
};
//# sourceMappingURL=chunk-JIOHCWZN.js.map
