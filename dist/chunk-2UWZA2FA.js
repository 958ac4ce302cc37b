import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  codecKernel,
  loadZstd,
  planesWasm
} from "./chunk-KO2NYJP4.js";
import {
  BLOCK_SIZE,
  BlockCursor,
  HEADER_BYTES,
  cutBlocks,
  encodeHeader,
  encodeTable,
  fileWriter,
  hashOutput,
  openUntrusted,
  parseHeader,
  parseTable,
  piecesBytes,
  tileSegments,
  verifyDigests
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/pack/codecs/onnx-planes/planes.ts
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";

// src/pack/codecs/onnx-planes/workers.ts
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
    this.worker.on("message", (m) => this.settle(m));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`codec worker exited with code ${code}`)));
    this.worker.unref();
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

// src/pack/codecs/onnx-planes/planes.ts
var zstd = loadZstd();
var mainKernel = codecKernel(zstd, planesWasm());
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
  const out = new Uint8Array(zstd.compressBound(table.length) + 64);
  return out.subarray(0, zstd.compressFrame(table, 19, out));
}
async function encode(inputPath, runs, outputPath, options) {
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
function warmUp(threads) {
  startWorkers(threads);
}
function sampleSize(window, pieces, level) {
  return mainKernel.encodeBlock(window, pieces, level).length;
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
  if (packed.some((n, i) => n > zstd.compressBound(sizes[i]) + 65536)) fail(`${label} declares a frame larger than its content can compress to`);
  const framesLength = packed.reduce((a, b) => a + b, 0);
  const framesPosition = position + headerBytes.length;
  if (framesPosition + framesLength > packedSize) fail(`is truncated: ${label} needs ${framesLength} bytes of frames, ${packedSize - framesPosition} remain`);
  return { framesPosition, framesLength, pieces, packed, rawLength, label, end: framesPosition + framesLength };
}
function decodeThreads() {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
async function decode(packedPath, expected, output) {
  const threads = decodeThreads();
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

export {
  mainKernel,
  encode,
  warmUp,
  sampleSize,
  decode
};
//# sourceMappingURL=chunk-2UWZA2FA.js.map
