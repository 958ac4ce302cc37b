import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  mainKernel
} from "./chunk-2UWZA2FA.js";
import {
  ZstdDataError,
  loadZstd
} from "./chunk-KO2NYJP4.js";
import {
  fileWriter,
  hashOutput,
  openUntrusted,
  verifyDigests
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";

// src/pack/codecs/zstd.ts
import { open } from "node:fs/promises";
var zstd = loadZstd();
var CHUNK = 4 << 20;
async function encode(inputPath, _runs, outputPath, options) {
  const { handle: input } = await openUntrusted(inputPath, "model");
  const output = await open(outputPath, "wx");
  try {
    const size = (await input.stat()).size;
    const sink = fileWriter(output);
    const encoder = zstd.streamEncoder({ level: options.level, size, threads: options.threads }, (bytes) => sink.push(bytes));
    const rawHash = hashOutput();
    const inBuf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    let read = 0;
    try {
      for (; ; ) {
        const { bytesRead } = await input.read(inBuf, 0, Math.min(inBuf.length, size - read), read);
        read += bytesRead;
        const last = read >= size || bytesRead === 0;
        const src = inBuf.subarray(0, bytesRead);
        await rawHash.push(src);
        await encoder.push(src, last);
        if (last) break;
      }
    } finally {
      await encoder.close();
    }
    if (read !== size) throw new InputError(`${inputPath}: file changed size while it was being packed`);
    return { raw: rawHash.close(), packed: sink.close() };
  } finally {
    await output.close();
    await input.close();
  }
}
async function decode(packedPath, expected, output) {
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
function sampleSize(window, _pieces, level) {
  return zstd.compressFrame(window, level, new Uint8Array(zstd.compressBound(window.length)));
}
async function decodeFrameStream(input, packedSize, cap, output, fail) {
  let produced = 0;
  const decoder = zstd.streamDecoder(cap, (bytes) => {
    produced += bytes.length;
    if (produced > cap) fail(`decompresses to more than the ${cap} bytes the manifest declares`);
    return output.push(bytes);
  });
  const inSize = Math.max(1, Math.min(CHUNK, packedSize));
  const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
  const readAt = (i, position2) => input.read(inBufs[i % 2], 0, Math.min(inSize, packedSize - position2), position2);
  let position = 0;
  let reads = 0;
  let nextRead = packedSize > 0 ? readAt(0, 0) : null;
  let finished = false;
  try {
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2];
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt(reads, position) : null;
      const src = current.subarray(0, bytesRead);
      let taken;
      try {
        taken = await decoder.push(src);
      } catch (error) {
        if (error instanceof ZstdDataError) fail(`is not a valid zstd frame (${error.message})`);
        throw error;
      }
      if (taken < src.length) fail("has data after the end of the zstd frame (trailing garbage or a second frame)");
    }
    finished = true;
  } finally {
    const closed = decoder.close();
    await (finished ? closed : closed.catch(() => {
    }));
  }
  if (!decoder.done) fail("is truncated: the zstd frame ends early");
  return produced;
}
export {
  decode,
  encode,
  sampleSize
};
//# sourceMappingURL=zstd-EGPI4722.js.map
