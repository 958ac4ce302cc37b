import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/util/fs.ts
import { createHash, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
var MAX_CONTROL_FILE_BYTES = 4 << 20;
var UNTRUSTED_READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isFile()) return "a regular file";
  return "not a regular file";
}
function openError(path, what, error) {
  const code = error?.code;
  if (code === "ENOENT") return new InputError(`${path}: ${what} does not exist`);
  if (code === "ELOOP") return new InputError(`${path}: ${what} is a symbolic link; model-gate reads only regular files (pass the real path)`);
  if (code === "EACCES" || code === "EPERM") return new InputError(`${path}: ${what} cannot be read (permission denied)`);
  if (code === "ENOTDIR") return new InputError(`${path}: ${what}: a parent of this path is not a directory`);
  return new InputError(`${path}: ${what} cannot be opened (${code ?? String(error)})`);
}
async function digestFile(path, what) {
  const { handle, size } = await openUntrusted(path, what);
  try {
    const hash = createHash("sha256");
    const buffer = Buffer.alloc(1 << 20);
    let total = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total !== size) throw new InputError(`${path}: ${what} changed while it was read`);
    return { bytes: total, sha256: hash.digest("hex") };
  } finally {
    await handle.close();
  }
}
async function openUntrusted(path, what) {
  let handle;
  try {
    handle = await open(path, UNTRUSTED_READ);
  } catch (error) {
    throw openError(path, what, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${path}: ${what} is ${kindOf(info)}, not a regular file`);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
async function readUntrusted(path, what, maxBytes = MAX_CONTROL_FILE_BYTES) {
  const { handle, size } = await openUntrusted(path, what);
  try {
    const tooBig = () => new InputError(`${path}: ${what} is larger than ${maxBytes} bytes, the limit for a ${what}`);
    if (size > maxBytes) throw tooBig();
    const buffer = Buffer.alloc(size + 1);
    let filled = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) throw tooBig();
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
async function readUntrustedText(path, what, maxBytes = MAX_CONTROL_FILE_BYTES) {
  return (await readUntrusted(path, what, maxBytes)).toString("utf8");
}
function parseUntrustedJson(text, path) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error.message);
    throw new InputError(`${path}: not valid JSON${at ? ` (at character ${at[1]})` : ""}`);
  }
}
async function checkOutputFile(path, what) {
  const info = await lstatOrNull(path, what);
  if (info && !info.isFile()) throw new InputError(`${path}: ${what} is ${kindOf(info)}; give a path for a regular file`);
  await checkNoLinkOnTheWay(dirname(path), what);
}
async function checkOutputDir(path, what) {
  const info = await lstatOrNull(path, what);
  if (info && !info.isDirectory()) throw new InputError(`${path}: ${what} is ${kindOf(info)}; give a folder (or a path that does not exist yet)`);
  await checkNoLinkOnTheWay(path, what);
}
async function lstatOrNull(path, what) {
  return lstat(path).catch((error) => {
    if (error.code === "ENOENT") return null;
    throw openError(path, what, error);
  });
}
async function checkNoLinkOnTheWay(dir, what, cwd = process.cwd()) {
  const inside = (p) => p === cwd || p.startsWith(`${cwd}${sep}`);
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await lstat(at).catch(() => null);
    if (info?.isSymbolicLink()) throw new InputError(`${at}: the folder for the ${what} is a symbolic link; model-gate does not write through links`);
    if (info && !info.isDirectory()) throw new InputError(`${at}: the folder for the ${what} is ${kindOf(info)}, not a directory`);
    if (dirname(at) === at || at === cwd || !inside(at) && info !== null) return;
  }
}
function temporaryPath(finalPath) {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
async function writeFileAtomic(path, data, what = "output file") {
  await checkOutputFile(path, what);
  await mkdir(dirname(path), { recursive: true });
  const tmp = temporaryPath(path);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
async function requireRegularFile(path, what) {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new InputError(`${path}: ${what} does not exist`);
  }
  if (info.isSymbolicLink()) {
    throw new InputError(`${path}: ${what} is a symbolic link; model-gate reads only regular files (pass the real path)`);
  }
  if (!info.isFile()) throw new InputError(`${path}: ${what} is not a regular file`);
  return info.size;
}
async function requireDirectory(path, what) {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new InputError(`${path}: ${what} does not exist`);
  }
  if (info.isSymbolicLink()) throw new InputError(`${path}: ${what} is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${path}: ${what} is not a directory`);
}

// src/pack/codecs/onnx-planes/container.ts
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

// src/pack/codecs/sinks.ts
import { createHash as createHash2 } from "node:crypto";
var StreamOutput = class {
  constructor(file) {
    this.file = file;
  }
  file;
  hash = createHash2("sha256");
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
  hash = createHash2("sha256");
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
function verifyDigests(output, expected, fail) {
  const raw = output.close();
  if (raw.bytes !== expected.raw.bytes) fail(`decompresses to ${raw.bytes} bytes but the manifest declares ${expected.raw.bytes}`);
  if (raw.sha256 !== expected.raw.sha256) fail(`decompressed content has sha256 ${raw.sha256}, the manifest says ${expected.raw.sha256}`);
}

export {
  digestFile,
  openUntrusted,
  readUntrusted,
  readUntrustedText,
  parseUntrustedJson,
  checkOutputFile,
  checkOutputDir,
  temporaryPath,
  writeFileAtomic,
  requireRegularFile,
  requireDirectory,
  MAGIC,
  HEADER_BYTES,
  BLOCK_SIZE,
  LAYOUT_CODES,
  tileSegments,
  cutBlocks,
  piecesBytes,
  encodeHeader,
  parseHeader,
  encodeTable,
  parseTable,
  BlockCursor,
  fileOutput,
  fileWriter,
  hashOutput,
  BufferOutput,
  verifyDigests
};
//# sourceMappingURL=chunk-RX5XW64D.js.map
