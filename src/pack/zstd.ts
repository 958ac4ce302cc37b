// The plain codec (`codec: zstd`): one standard frame with the content size and the content checksum, readable by any
// `zstd -d`, compressed with zstd's own worker threads. Registered in codecs.ts, which is how callers reach it.
import { type FileHandle, open } from 'node:fs/promises';
import binding from 'zstd-napi/binding.js';
import { InputError } from '../errors.js';
import type { FloatRun } from '../onnx/tensors.js';
import { openUntrusted } from '../util/fs.js';
import type { CompressOptions, CompressResult, ExpectedContent } from './content.js';
import { mainKernel } from './planes.js';
import { fileWriter, hashOutput, type Output, verifyDigests } from './sinks.js';

/** Bytes read per step; bounds memory on both sides, whatever the model size. */
const CHUNK = 4 << 20;
/** Largest window the decoder accepts (128 MiB, the zstd CLI's default limit): a frame asking more is refused. */
export const WINDOW_LOG_MAX = 27;

/** Compresses `inputPath` into `outputPath` (which the caller names, typically a temporary path); float runs are not used. */
export async function encode(inputPath: string, _runs: readonly FloatRun[], outputPath: string, options: CompressOptions): Promise<CompressResult> {
  const { handle: input } = await openUntrusted(inputPath, 'model');
  const output = await open(outputPath, 'wx');
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
    for (;;) {
      const { bytesRead } = await input.read(inBuf, 0, Math.min(inBuf.length, size - read), read);
      read += bytesRead;
      const last = read >= size || bytesRead === 0;
      let src: Uint8Array = inBuf.subarray(0, bytesRead);
      await rawHash.push(src);
      const op = last ? binding.EndDirective.end : binding.EndDirective.continue;
      for (;;) {
        // zstd's own workers keep compressing while this thread writes what they produced.
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

/**
 * Decodes one plain frame, which must be exactly the expected size: output is counted and the decoder stops at the cap,
 * so a bomb cannot fill memory or disk. Reads run one chunk ahead, so disk I/O overlaps decoding.
 */
export async function decode(packedPath: string, expected: ExpectedContent, output: Output): Promise<void> {
  const fail = (what: string): never => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const { handle: input } = await openUntrusted(packedPath, 'packed file');
  try {
    const packedSize = (await input.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const header = Buffer.alloc(18);
    const { bytesRead: headerBytes } = await input.read(header, 0, header.length, 0);
    const problem = mainKernel.frameHeaderProblem(header.subarray(0, headerBytes), expected.raw.bytes);
    if (problem) fail(problem.replace(/where (\d+) are expected/, 'but the manifest says $1'));
    const produced = await decodeFrameStream(input, packedSize, expected.raw.bytes, output, fail);
    if (produced !== expected.raw.bytes) fail(`decompresses to ${produced} bytes but the manifest declares ${expected.raw.bytes}`);
    verifyDigests(output, expected, fail);
  } finally {
    await input.close();
  }
}

/** The packed size of one sample window of a file, as `encode` would frame it: auto's estimate. */
export function sampleSize(window: Uint8Array, _pieces: unknown, level: number): number {
  const cctx = new binding.CCtx();
  cctx.setParameter(binding.CParameter.compressionLevel, level);
  cctx.setParameter(binding.CParameter.checksumFlag, 1);
  cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
  return cctx.compress2(Buffer.allocUnsafe(binding.compressBound(window.length)), window);
}

async function decodeFrameStream(input: FileHandle, packedSize: number, cap: number, output: Output, fail: (what: string) => never): Promise<number> {
  const dctx = new binding.DCtx();
  dctx.setParameter(binding.DParameter.windowLogMax, WINDOW_LOG_MAX);
  // Buffers sized to the file, not to the largest chunk: a 1 kB model must not allocate 8 MB per load.
  const inSize = Math.max(1, Math.min(CHUNK, packedSize));
  const outSize = Math.max(1, Math.min(CHUNK, cap));
  const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
  const readAt = (i: number, position: number) => input.read(inBufs[i % 2]!, 0, Math.min(inSize, packedSize - position), position);
  let position = 0;
  let reads = 0;
  let nextRead = packedSize > 0 ? readAt(0, 0) : null;
  let produced = 0;
  let frameDone = false;
  // Two output buffers: one is being written and hashed while the decoder fills the other.
  const outs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
  const pending: Array<Promise<void> | null> = [null, null];
  let chunks = 0;
  try {
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2]!;
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt(reads, position) : null;
      let src: Uint8Array = current.subarray(0, bytesRead);
      while (src.length > 0 || !frameDone) {
        if (frameDone) fail('has data after the end of the zstd frame (trailing garbage or a second frame)');
        const slot = chunks % 2;
        await pending[slot];
        const out = outs[slot]!;
        let result: [number, number, number];
        try {
          result = dctx.decompressStream(out, src);
        } catch (error) {
          return fail(`is not a valid zstd frame (${(error as Error).message})`);
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
  if (!frameDone) fail('is truncated: the zstd frame ends early');
  return produced;
}
