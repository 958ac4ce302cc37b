// The onnx-planes codec over files: streaming in both directions through bounded blocks. Worker threads run the kernel
// on blocks while the main thread reads, hashes and writes them in order; each block in flight owns a pair of reusable
// shared buffers, so memory is a few blocks per thread whatever the model size. Registered in registry.ts, which is how
// callers reach it.
import { type FileHandle, open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { InputError } from '../../../errors.js';
import { openUntrusted } from '../../../util/fs.js';
import {
  BLOCK_SIZE,
  BlockCursor,
  cutBlocks,
  encodeHeader,
  encodeTable,
  HEADER_BYTES,
  type Header,
  parseHeader,
  parseTable,
  piecesBytes,
  tileSegments,
} from './container.js';
import { codecKernel, type Pieces } from './kernel.js';
import { fileWriter, hashOutput, type Output, verifyDigests } from '../sinks.js';
import { planesWasm } from './simd.js';
import type { FloatRun } from '../../../onnx/tensors.js';
import { BlockPool, KernelError, sharedBytes, startWorkers } from './workers.js';
import { loadZstd } from '../../zstd/binding.js';
import type { CompressResult, EncodeOptions, ExpectedContent } from '../../format/content.js';

const zstd = loadZstd();

/** The kernel on the main thread: for the segment table, small files, and tests. */
export const mainKernel = codecKernel(zstd, planesWasm());

/**
 * Files of fewer blocks are coded on the main thread: starting a worker costs ~40 ms of CPU, more than threads save on
 * a few blocks (and a cold load in a benchmark would pay it every time). With 2 MiB blocks: files from ~24 MiB on.
 */
const PARALLEL_MIN_BLOCKS = 12;

/** `threads`: worker threads for the blocks; files of one block are done on the main thread. */
type PlanesOptions = EncodeOptions;

/** A reusable pair of shared buffers: one block's input and output. */
interface Slot {
  input: Uint8Array;
  output: Uint8Array;
}

/** `slot.input` or `slot.output` with room for `n` bytes (grown, never shrunk). */
function room(slot: Slot, which: keyof Slot, n: number): Uint8Array {
  if (slot[which].length < n) slot[which] = sharedBytes(n);
  return slot[which].subarray(0, n);
}

/** Reads exactly `into.length` bytes at `position`; fewer only when the file ends first. */
async function readInto(file: FileHandle, position: number, into: Uint8Array): Promise<Uint8Array> {
  for (let done = 0; done < into.length; ) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) return into.subarray(0, done);
    done += bytesRead;
  }
  return into;
}

/** A job handed to a worker; wrapped so that awaiting the start does not also await the job. */
interface Started<T> {
  job: Promise<T>;
}

/**
 * Starts jobs 0..count-1 in order and finishes them in the same order, with at most `depth` started and unfinished.
 * `finish` does its in-order part (hashing) before it returns and resolves once the job's slot may be reused (its
 * write is done), so writes overlap with the next jobs. Two slots more than `depth` leave room for those writes.
 */
async function ordered<T>(count: number, depth: number, start: (i: number, slot: Slot) => Promise<Started<T>>, finish: (result: T) => Promise<void>): Promise<void> {
  const slots: Slot[] = Array.from({ length: depth + 2 }, () => ({ input: sharedBytes(0), output: sharedBytes(0) }));
  const released: Array<Promise<void>> = slots.map(() => Promise.resolve());
  const inFlight: Array<{ job: Promise<T>; slot: number }> = [];
  const take = async () => {
    const { job, slot } = inFlight.shift()!;
    released[slot] = finish(await job);
    released[slot].catch(() => {}); // awaited before the slot is reused, or at the end
  };
  for (let i = 0; i < count; i++) {
    if (inFlight.length >= depth) await take();
    const slot = i % slots.length;
    await released[slot];
    const { job } = await start(i, slots[slot]!);
    job.catch(() => {}); // awaited in order by take(); this only avoids an unhandled-rejection warning meanwhile
    inFlight.push({ job, slot });
  }
  while (inFlight.length > 0) await take();
  await Promise.all(released);
}

/** Compresses the segment table into one checksummed frame. */
function tableFrame(table: Uint8Array): Uint8Array {
  const out = new Uint8Array(zstd.compressBound(table.length) + 64);
  return out.subarray(0, zstd.compressFrame(table, 19, out));
}

/**
 * Packs `inputPath` (whose float runs are `runs`) into an onnx-planes container at `outputPath`, a fresh path the
 * caller names. Returns the raw digest and the packed size.
 */
export async function encode(inputPath: string, runs: readonly FloatRun[], outputPath: string, options: PlanesOptions): Promise<CompressResult> {
  const { handle: input } = await openUntrusted(inputPath, 'model');
  const output = await open(outputPath, 'wx');
  try {
    const size = (await input.stat()).size;
    const segments = tileSegments(runs, size);
    const blockSize = options.blockSize ?? BLOCK_SIZE;
    const blocks = cutBlocks(segments, blockSize);
    const table = encodeTable(segments);
    const frame = tableFrame(table);
    const header = encodeHeader(
      { blockSize, rawSize: size, segmentCount: segments.length, tableRawBytes: table.length, tablePackedBytes: frame.length, blockCount: blocks.length },
      mainKernel,
    );
    const sink = fileWriter(output);
    await sink.push(Buffer.concat([header, frame]));
    return await encodeBlocks(input, inputPath, blocks, sink, options);
  } finally {
    await output.close();
    await input.close();
  }
}

/**
 * Blocks of a large file go to worker threads: they boot while auto's estimate runs (in vain when it picks another
 * codec; rare for a model with float runs this large).
 */
export function warmUp(threads: number): void {
  startWorkers(threads);
}

/** The packed size of one sample window of a file, whose float runs are `pieces`, as one block: auto's estimate. */
export function sampleSize(window: Uint8Array, pieces: Pieces, level: number): number {
  return mainKernel.encodeBlock(window, pieces, level).length;
}

/** Encodes the blocks in order into `sink`, on worker threads unless the file is small; returns the raw digest. */
async function encodeBlocks(input: FileHandle, inputPath: string, blocks: Pieces[], sink: ReturnType<typeof fileWriter>, options: PlanesOptions): Promise<CompressResult> {
  const threads = Math.max(1, options.threads);
  const pool = blocks.length >= PARALLEL_MIN_BLOCKS ? new BlockPool(threads) : null;
  // The raw bytes' sha256, in block order on this thread: one sequential hash, which no other thread could speed up.
  const rawHash = hashOutput();
  const starts: number[] = [];
  for (let i = 0, at = 0; i < blocks.length; at += piecesBytes(blocks[i]!), i++) starts.push(at);
  const changed = (detail: string) => new InputError(`${inputPath}: ${detail}`);
  await ordered(
    blocks.length,
    threads + 2,
    async (i, slot) => {
      const pieces = blocks[i]!;
      const length = piecesBytes(pieces);
      const raw = room(slot, 'input', length);
      // Room for the worst case (see encodeBlock): incompressible data in up to 17 frames, at high levels a retry.
      const out = room(slot, 'output', length + (length >>> 6) + (options.level >= 10 ? length >>> 1 : 0) + (1 << 20));
      if (!pool) {
        if ((await readInto(input, starts[i]!, raw)).length !== length) throw changed('file changed size while it was being packed');
        // The slot keeps the block until it is written; the kernel's own buffer would be reused by the next block.
        const block = mainKernel.encodeBlock(raw, pieces, options.level, out);
        return { job: Promise.resolve({ raw, block: block.buffer === out.buffer ? block : block.slice() }) };
      }
      const encoded = pool.encode({ fd: input.fd, position: starts[i]! }, raw, pieces, options.level, out).catch((error: unknown) => {
        throw error instanceof KernelError ? changed(error.message) : error;
      });
      return { job: encoded.then((block) => ({ raw, block })) };
    },
    async ({ raw, block }) => {
      // In block order: the packed bytes written (on libuv's threads) while this thread hashes the raw ones.
      const written = sink.push(block);
      rawHash.hashOnly(raw);
      await written;
    },
  );
  return { raw: rawHash.close(), packed: sink.close() };
}

/** One block's header, checked; its frames are still in the file. */
interface BlockJob {
  framesPosition: number;
  framesLength: number;
  pieces: Pieces;
  packed: number[];
  rawLength: number;
  label: string;
  end: number;
}

type Fail = (what: string) => never;

/** Reads the container's header and segment table and checks them against the file and the manifest. */
async function readLayout(file: FileHandle, packedSize: number, expectedRaw: number, fail: Fail) {
  const head = await readInto(file, 0, new Uint8Array(Math.min(HEADER_BYTES, packedSize)));
  const header = parseHeader(head, packedSize, expectedRaw, mainKernel, fail);
  const frame = await readInto(file, HEADER_BYTES, new Uint8Array(header.tablePackedBytes));
  const table = new Uint8Array(header.tableRawBytes);
  try {
    mainKernel.decodeFrame(frame, table, 'segment table');
  } catch (error) {
    fail((error as Error).message);
  }
  const cursor = new BlockCursor(parseTable(table, header, fail), fail);
  return { header, cursor, position: HEADER_BYTES + header.tablePackedBytes, head: Buffer.concat([head, frame]) };
}

/** Reads the header of block `index` at `position` and checks it (CRC-32, sizes) against the segment table. */
async function readBlockHeader(file: FileHandle, at: { position: number; packedSize: number; index: number }, header: Header, cursor: BlockCursor, fail: Fail): Promise<BlockJob> {
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
  // A frame cannot be bigger than zstd's bound for its content: anything more is not worth allocating.
  if (packed.some((n, i) => n > zstd.compressBound(sizes[i]!) + 65536)) fail(`${label} declares a frame larger than its content can compress to`);
  const framesLength = packed.reduce((a, b) => a + b, 0);
  const framesPosition = position + headerBytes.length;
  if (framesPosition + framesLength > packedSize) fail(`is truncated: ${label} needs ${framesLength} bytes of frames, ${packedSize - framesPosition} remain`);
  return { framesPosition, framesLength, pieces, packed, rawLength, label, end: framesPosition + framesLength };
}

/**
 * Worker threads for decoding blocks: one core is left to the main thread, whose sha256 of the restored bytes is the
 * one sequential step. On 2 cores a second worker only competes with it (1 GB: 1.16 s with two, 0.97 s with one);
 * past four, the disk is the limit.
 */
function decodeThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Decodes an onnx-planes container into `output`, refusing anything that does not match the manifest: every size is
 * checked before it is allocated, every frame before and after it is decoded, and the sha256 at the end. The caller
 * discards what `output` received when this throws.
 */
export async function decode(packedPath: string, expected: ExpectedContent, output: Output): Promise<void> {
  const threads = decodeThreads();
  const fail: Fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const { handle: file } = await openUntrusted(packedPath, 'packed file');
  try {
    const packedSize = (await file.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const { header, cursor, position: first } = await readLayout(file, packedSize, expected.raw.bytes, fail);
    const pool = header.blockCount >= PARALLEL_MIN_BLOCKS && threads > 0 ? new BlockPool(threads) : null;
    let position = first;
    let rawOffset = 0;
    await ordered(
      header.blockCount,
      Math.max(1, threads) + 2,
      async (index, slot) => {
        const job = await readBlockHeader(file, { position, packedSize, index }, header, cursor, fail);
        position = job.end;
        const out = room(slot, 'output', job.rawLength);
        const write = output.fd === null ? null : { fd: output.fd, position: rawOffset };
        rawOffset += job.rawLength;
        const done = pool
          ? pool.decode({ ...job, frames: { fd: file.fd, position: job.framesPosition } }, out, write)
          : decodeInline(file, job, out);
        const decoded = done.then(
          () => ({ out, written: write !== null && pool !== null }),
          (error: unknown) => fail(error instanceof KernelError ? error.message : String(error)),
        );
        return { job: decoded };
      },
      async ({ out, written }) => {
        if (written) output.hashOnly(out);
        else await output.push(out);
      },
    );
    if (position !== packedSize) fail(`has ${packedSize - position} bytes after its last block (trailing data)`);
    if (!cursor.done) fail('ends before its segment table is covered');
    verifyDigests(output, expected, fail);
  } finally {
    await file.close();
  }
}

/** Decodes a block on this thread (small files: a worker would cost more to start than it saves). */
async function decodeInline(file: FileHandle, job: BlockJob, out: Uint8Array): Promise<void> {
  const frames = await readInto(file, job.framesPosition, new Uint8Array(job.framesLength));
  try {
    mainKernel.decodeBlock(frames, job.pieces, job.packed, out, job.label);
  } catch (error) {
    throw new KernelError((error as Error).message);
  }
}
