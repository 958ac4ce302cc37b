import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  mainKernel
} from "./chunk-ZOSSVEQD.js";
import "./chunk-JIOHCWZN.js";
import {
  fileWriter,
  hashOutput,
  openUntrusted,
  verifyDigests
} from "./chunk-PJOJBPGY.js";
import {
  InputError
} from "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";

// src/pack/zstd.ts
import { open } from "node:fs/promises";
import binding from "zstd-napi/binding.js";
var CHUNK = 4 << 20;
var WINDOW_LOG_MAX = 27;
async function encode(inputPath, _runs, outputPath, options) {
  const { handle: input } = await openUntrusted(inputPath, "model");
  const output = await open(outputPath, "wx");
  try {
    const size = (await input.stat()).size;
    const cctx = new binding.CCtx();
    cctx.setParameter(binding.CParameter.compressionLevel, options.level);
    cctx.setParameter(binding.CParameter.checksumFlag, 1);
    cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
    cctx.setParameter(binding.CParameter.nbWorkers, Math.max(1, options.threads));
    cctx.setPledgedSrcSize(size);
    const sink = fileWriter(output);
    const rawHash = hashOutput();
    const inBuf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    const outBuf = Buffer.allocUnsafe(Math.max(binding.cStreamOutSize(), Math.min(CHUNK, size)));
    let read = 0;
    for (; ; ) {
      const { bytesRead } = await input.read(inBuf, 0, Math.min(inBuf.length, size - read), read);
      read += bytesRead;
      const last = read >= size || bytesRead === 0;
      let src = inBuf.subarray(0, bytesRead);
      await rawHash.push(src);
      const op = last ? binding.EndDirective.end : binding.EndDirective.continue;
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
  const cctx = new binding.CCtx();
  cctx.setParameter(binding.CParameter.compressionLevel, level);
  cctx.setParameter(binding.CParameter.checksumFlag, 1);
  cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
  return cctx.compress2(Buffer.allocUnsafe(binding.compressBound(window.length)), window);
}
async function decodeFrameStream(input, packedSize, cap, output, fail) {
  const dctx = new binding.DCtx();
  dctx.setParameter(binding.DParameter.windowLogMax, WINDOW_LOG_MAX);
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
  WINDOW_LOG_MAX,
  decode,
  encode,
  sampleSize
};
//# sourceMappingURL=zstd-UQHPZIIM.js.map
