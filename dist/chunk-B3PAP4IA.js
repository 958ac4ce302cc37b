import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  openUntrusted
} from "./chunk-DDDCRRVK.js";
import {
  InputError
} from "./chunk-JJHRGA2G.js";
import {
  codecKernel,
  planesWasm
} from "./chunk-JIOHCWZN.js";

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
    const at = this.bytes;
    this.bytes += chunk.length;
    const written = this.file ? writeAll(this.file, chunk, at) : null;
    this.hash.update(chunk);
    await written;
  }
  close() {
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
};
async function writeAll(file, chunk, at) {
  for (let done = 0; done < chunk.length; ) {
    const { bytesWritten } = await file.write(chunk, done, chunk.length - done, at + done);
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
      const at = bytes;
      bytes += chunk.length;
      return writeAll(file, chunk, at);
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

// src/pack/zstd.ts
import { availableParallelism } from "node:os";
import { open as open2 } from "node:fs/promises";
import binding2 from "zstd-napi/binding.js";

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

// src/pack/planes.ts
import { open } from "node:fs/promises";
import binding from "zstd-napi/binding.js";

// src/pack/workers.ts
import { Worker } from "node:worker_threads";
var WORKER_URL = new URL("./codec-worker.js", import.meta.url);
var KernelError = class extends Error {
};
var KernelWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor() {
    this.worker = new Worker(WORKER_URL);
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
  for (let i = 0, at = 0; i < blocks.length; at += piecesBytes(blocks[i]), i++) starts.push(at);
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
async function readBlockHeader(file, at, header, cursor, fail) {
  const { position, packedSize, index } = at;
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
  LAYOUT_CODES,
  fileOutput,
  hashOutput,
  startWorkers,
  mainKernel,
  compressPlanes,
  compressFile,
  decompressAny,
  decompressToBuffer
};
//# sourceMappingURL=chunk-B3PAP4IA.js.map
