// The plain codec (`codec: zstd`): one standard frame with the content size and the content checksum, readable by any
// `zstd -d`, compressed with zstd's own worker threads. Registered in registry.ts, which is how callers reach it.
import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import type { FloatRun } from '../../onnx/tensors.js';
import { openUntrusted } from '../../util/fs.js';
import type { CompressOptions, CompressResult, ExpectedContent } from '../format/content.js';
import { mainKernel } from './onnx-planes/planes.js';
import { fileWriter, hashOutput, type Output, verifyDigests } from './sinks.js';
import { ZstdDataError } from '../zstd/api.js';
import { loadZstd } from '../zstd/binding.js';

const zstd = loadZstd();

/** Bytes read per step; bounds memory on both sides, whatever the model size. */
const CHUNK = 4 << 20;

/** Compresses `inputPath` into `outputPath` (which the caller names, typically a temporary path); float runs are not used. */
export async function encode(inputPath: string, _runs: readonly FloatRun[], outputPath: string, options: CompressOptions): Promise<CompressResult> {
  const { handle: input } = await openUntrusted(inputPath, 'model');
  const output = await open(outputPath, 'wx');
  try {
    const size = (await input.stat()).size;
    const sink = fileWriter(output);
    const encoder = zstd.streamEncoder({ level: options.level, size, threads: options.threads }, (bytes) => sink.push(bytes));
    const rawHash = hashOutput();
    const inBuf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    let read = 0;
    try {
      for (;;) {
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
  return zstd.compressFrame(window, level, new Uint8Array(zstd.compressBound(window.length)));
}

async function decodeFrameStream(input: FileHandle, packedSize: number, cap: number, output: Output, fail: (what: string) => never): Promise<number> {
  let produced = 0;
  const decoder = zstd.streamDecoder(cap, (bytes) => {
    produced += bytes.length;
    if (produced > cap) fail(`decompresses to more than the ${cap} bytes the manifest declares`);
    return output.push(bytes);
  });
  // Buffers sized to the file, not to the largest chunk: a 1 kB model must not allocate 8 MB per load.
  const inSize = Math.max(1, Math.min(CHUNK, packedSize));
  const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
  const readAt = (i: number, position: number) => input.read(inBufs[i % 2]!, 0, Math.min(inSize, packedSize - position), position);
  let position = 0;
  let reads = 0;
  let nextRead = packedSize > 0 ? readAt(0, 0) : null;
  let finished = false;
  try {
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2]!;
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt(reads, position) : null;
      const src = current.subarray(0, bytesRead);
      let taken: number;
      try {
        taken = await decoder.push(src);
      } catch (error) {
        if (error instanceof ZstdDataError) fail(`is not a valid zstd frame (${error.message})`);
        throw error;
      }
      if (taken < src.length) fail('has data after the end of the zstd frame (trailing garbage or a second frame)');
    }
    finished = true;
  } finally {
    const closed = decoder.close();
    await (finished ? closed : closed.catch(() => {}));
  }
  if (!decoder.done) fail('is truncated: the zstd frame ends early');
  return produced;
}
