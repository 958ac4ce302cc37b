// Streaming zstd over files through zstd-napi's low-level binding: one standard frame with the content size and the
// content checksum, hashed on the way through, and a decoder that treats every packed file as hostile until verified.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import binding from 'zstd-napi/binding.js';
import { InputError } from '../errors.js';

/** Bytes read per step; bounds memory on both sides, whatever the model size. */
const CHUNK = 4 << 20;
/** Largest window the decoder accepts (128 MiB, the zstd CLI's default limit): a frame asking more is refused. */
export const WINDOW_LOG_MAX = 27;
const ZSTD_MAGIC = 0xfd2fb528;

export interface CompressOptions {
  level: number;
  /** zstd worker threads, at least 1: the output is then the same bytes for any worker count. */
  threads: number;
}

export interface Digest {
  bytes: number;
  sha256: string;
}

export interface CompressResult {
  raw: Digest;
  packed: Digest;
}

/** Compresses `inputPath` into `outputPath` (which the caller names, typically a temporary path). */
export async function compressFile(inputPath: string, outputPath: string, options: CompressOptions): Promise<CompressResult> {
  const input = await open(inputPath, 'r');
  const output = await open(outputPath, 'wx');
  try {
    const size = (await input.stat()).size;
    const cctx = new binding.CCtx();
    cctx.setParameter(binding.CParameter.compressionLevel, options.level);
    cctx.setParameter(binding.CParameter.checksumFlag, 1);
    cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
    cctx.setParameter(binding.CParameter.nbWorkers, Math.max(1, options.threads));
    cctx.setPledgedSrcSize(size);
    const rawHash = createHash('sha256');
    const packedHash = createHash('sha256');
    const inBuf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    const outBuf = Buffer.allocUnsafe(Math.max(binding.cStreamOutSize(), Math.min(CHUNK, size)));
    let read = 0;
    let written = 0;
    for (;;) {
      const { bytesRead } = await input.read(inBuf, 0, Math.min(inBuf.length, size - read), read);
      read += bytesRead;
      const last = read >= size || bytesRead === 0;
      let src: Uint8Array = inBuf.subarray(0, bytesRead);
      rawHash.update(src);
      const op = last ? binding.EndDirective.end : binding.EndDirective.continue;
      for (;;) {
        const [remaining, produced, consumed] = cctx.compressStream2(outBuf, src, op);
        src = src.subarray(consumed);
        if (produced > 0) {
          const out = outBuf.subarray(0, produced);
          packedHash.update(out);
          await output.write(out, 0, produced, written);
          written += produced;
        }
        if (last ? remaining === 0 : src.length === 0) break;
      }
      if (last) break;
    }
    if (read !== size) throw new InputError(`${inputPath}: file changed size while it was being packed`);
    return {
      raw: { bytes: size, sha256: rawHash.digest('hex') },
      packed: { bytes: written, sha256: packedHash.digest('hex') },
    };
  } finally {
    await output.close();
    await input.close();
  }
}

export interface ExpectedContent {
  raw: Digest;
  /** The packed file's size, checked before anything is decompressed; its sha256 too when `checkPackedDigest`. */
  packed?: Digest;
  /**
   * Also hash the packed bytes. The raw sha256 already proves the content exact, so this is for files that arrive from
   * elsewhere (a download), where a wrong packed digest names the culprit before the content is trusted.
   */
  checkPackedDigest?: boolean;
}

/** Receives decompressed bytes in order; the chunk is only valid until the returned promise settles. */
export type Sink = (chunk: Uint8Array) => void | Promise<void>;

/**
 * Decompresses a packed file into `sink`, refusing anything that is not exactly one checksummed zstd frame of the
 * expected size and digest. Output is counted and the decoder stops at the expected size, so a bomb cannot fill memory
 * or disk; the caller must discard what the sink received when this throws. Reads run one chunk ahead and output is
 * double-buffered, so disk I/O overlaps decoding.
 */
export async function decompressFile(packedPath: string, expected: ExpectedContent, sink: Sink): Promise<void> {
  const fail = (what: string): never => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const input = await open(packedPath, 'r');
  const pending: Array<Promise<void> | void> = [undefined, undefined];
  try {
    const packedSize = (await input.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) {
      fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    }
    const header = Buffer.alloc(18);
    const { bytesRead: headerBytes } = await input.read(header, 0, header.length, 0);
    checkFrameHeader(header.subarray(0, headerBytes), expected.raw.bytes, fail);

    const dctx = new binding.DCtx();
    dctx.setParameter(binding.DParameter.windowLogMax, WINDOW_LOG_MAX);
    const rawHash = createHash('sha256');
    const packedHash = expected.checkPackedDigest ? createHash('sha256') : null;
    // Buffers sized to the file, not to the largest chunk: a 1 kB model must not allocate 16 MB per load.
    const inSize = Math.max(1, Math.min(CHUNK, packedSize));
    const outSize = Math.max(1, Math.min(CHUNK, expected.raw.bytes));
    const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
    const outBufs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
    const readAt = (i: number, position: number) => input.read(inBufs[i % 2]!, 0, Math.min(inSize, packedSize - position), position);
    let position = 0;
    let reads = 0;
    let nextRead = packedSize > 0 ? readAt(0, 0) : null;
    let writes = 0;
    let produced = 0;
    let frameDone = false;
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2]!;
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt(reads, position) : null;
      let src: Uint8Array = current.subarray(0, bytesRead);
      packedHash?.update(src);
      while (src.length > 0 || !frameDone) {
        if (frameDone) fail('has data after the end of the zstd frame (trailing garbage or a second frame)');
        const slot = writes % 2;
        await pending[slot];
        const outBuf = outBufs[slot]!;
        let result: [number, number, number];
        try {
          result = dctx.decompressStream(outBuf, src);
        } catch (error) {
          return fail(`is not a valid zstd frame (${(error as Error).message})`);
        }
        const [hint, out, consumed] = result;
        src = src.subarray(consumed);
        if (out > 0) {
          produced += out;
          if (produced > expected.raw.bytes) {
            fail(`decompresses to more than the ${expected.raw.bytes} bytes the manifest declares`);
          }
          const chunk = outBuf.subarray(0, out);
          rawHash.update(chunk);
          pending[slot] = sink(chunk);
          writes++;
        }
        if (hint === 0) frameDone = true;
        else if (src.length === 0 && out < outBuf.length) break;
      }
    }
    await Promise.all(pending);
    if (!frameDone) fail('is truncated: the zstd frame ends early');
    if (produced !== expected.raw.bytes) {
      fail(`decompresses to ${produced} bytes but the manifest declares ${expected.raw.bytes}`);
    }
    const rawSha = rawHash.digest('hex');
    if (rawSha !== expected.raw.sha256) {
      fail(`decompressed content has sha256 ${rawSha}, the manifest says ${expected.raw.sha256}`);
    }
    if (packedHash && expected.packed) {
      const packedSha = packedHash.digest('hex');
      if (packedSha !== expected.packed.sha256) {
        fail(`has sha256 ${packedSha}, the manifest says ${expected.packed.sha256}`);
      }
    }
  } finally {
    await Promise.allSettled(pending);
    await input.close();
  }
}

/** Decompresses a verified packed file into one buffer of exactly the declared size. */
export async function decompressToBuffer(packedPath: string, expected: ExpectedContent): Promise<Buffer> {
  const out = Buffer.allocUnsafe(expected.raw.bytes);
  let offset = 0;
  await decompressFile(packedPath, expected, (chunk) => {
    out.set(chunk, offset);
    offset += chunk.length;
  });
  return out;
}

/** Frame-level checks done before decoding: a plain frame, declared size equal to the expected one, checksum on. */
function checkFrameHeader(header: Uint8Array, expectedBytes: number, fail: (what: string) => never): void {
  if (header.length < 6) fail('is too short to be a zstd frame');
  const magic = new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(0, true);
  if ((magic & 0xfffffff0) === 0x184d2a50) fail('starts with a skippable zstd frame; model-gate packs hold exactly one data frame');
  if (magic !== ZSTD_MAGIC) fail('is not a zstd frame (wrong magic number)');
  const descriptor = header[4] ?? 0;
  if ((descriptor & 0x04) === 0) fail('zstd frame has no content checksum; model-gate packs always carry one');
  let declared: number | null;
  try {
    declared = binding.getFrameContentSize(header);
  } catch {
    return fail('has a malformed zstd frame header');
  }
  if (declared === null) fail('zstd frame does not declare its content size');
  if (declared !== expectedBytes) {
    fail(`zstd frame declares ${declared} bytes but the manifest says ${expectedBytes}`);
  }
}
