// The zstd binding over Node's own zstd (node:zlib, Node 22.15 and later): the npm package's, and the action's off Linux x64.
// The same frames and checks as native.ts; what node:zlib lacks is filled in here: the frame layout (frame.ts)
// tells where a frame ends, and a stream's output is taken one chunk at a time, so a bomb cannot fill memory.
import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { type Emit, type StreamDecoder, type StreamEncoder, WINDOW_LOG_MAX, type ZstdBinding, ZstdDataError } from './api.js';
import { FrameWalker, frameCompressedSize, frameContentSize } from './frame.js';

const C = zlib.constants;

/** Largest output chunk of a stream: bounds memory whatever the file size. */
const CHUNK = 4 << 20;

/** The types say every Node has it; a Node before 22.15 (or 23.8) has not, and this asks the Node that runs. */
export function nodeHasZstd(): boolean {
  return typeof zlib.zstdCompressSync === 'function' && typeof zlib.createZstdDecompress === 'function' && C.ZSTD_d_windowLogMax !== undefined;
}

/** A stream chunk size for about `size` bytes: small files get small buffers. */
const chunkSize = (size: number) => Math.max(64 << 10, Math.min(CHUNK, size));

/**
 * Runs a zlib stream one step at a time: each step resolves once its input is taken and what it produced has reached
 * `emit`. The stream pauses while `emit` works, so output never piles up in memory; the first failure (of the stream,
 * wrapped by `wrap`, or of `emit`, as is) ends the stream and rejects the step under way or the next.
 */
function stepper(stream: Transform, emit: Emit, wrap: (error: Error) => Error) {
  let failure: unknown = null;
  let waiter: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  const abort = (error: unknown) => {
    failure ??= error;
    stream.destroy();
    waiter?.reject(failure);
    waiter = null;
  };
  stream.on('error', (error) => abort(wrap(error)));
  stream.on('data', (chunk: Buffer) => {
    stream.pause();
    let written: Promise<void> | void;
    try {
      written = emit(chunk);
    } catch (error) {
      return abort(error);
    }
    Promise.resolve(written).then(() => failure === null && stream.resume(), abort);
  });
  return {
    /** Writes `src`; the last step ends the stream and resolves once all its output was emitted. */
    step(src: Uint8Array, last: boolean): Promise<void> {
      if (failure !== null) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        waiter = { resolve, reject };
        const done = () => {
          waiter = null;
          resolve();
        };
        if (last) {
          stream.once('end', done);
          stream.end(src);
        } else {
          stream.write(src, (error) => (error ? abort(wrap(error)) : done()));
        }
      });
    },
    close(): void {
      stream.destroy();
    },
  };
}

export function nodeBinding(): ZstdBinding {
  const params = (level: number) => ({ [C.ZSTD_c_compressionLevel]: level, [C.ZSTD_c_checksumFlag]: 1, [C.ZSTD_c_contentSizeFlag]: 1 });
  const decodeParams = { [C.ZSTD_d_windowLogMax]: WINDOW_LOG_MAX };
  const dataError = (error: Error) => new ZstdDataError(error.message);

  function compressFrame(src: Uint8Array, level: number, out: Uint8Array): number {
    // node:zlib compresses synchronously only in one call, so the kernel's block ends (cuts) cannot be asked for.
    const frame = zlib.zstdCompressSync(src, { params: params(level) });
    if (frame.length > out.length) throw new Error('zstd output exceeded its bound');
    out.set(frame);
    return frame.length;
  }

  function decompressFrame(frame: Uint8Array, out: Uint8Array): boolean {
    let result: Buffer;
    try {
      // The cap: a frame producing more than `out` holds stops there.
      result = zlib.zstdDecompressSync(frame, { params: decodeParams, maxOutputLength: Math.max(1, out.length) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return false;
      throw error;
    }
    if (result.length !== out.length) return false;
    out.set(result);
    return true;
  }

  function streamEncoder(options: { level: number; size: number; threads: number }, emit: Emit): StreamEncoder {
    // No zstd worker threads (nbWorkers): node:zlib takes a multi-threaded ZSTD_e_end as finished before zstd has
    // flushed everything (Node 24.21: "stream.push() after EOF", at random), so the frame is compressed on one thread.
    const stream = zlib.createZstdCompress({ chunkSize: chunkSize(options.size), pledgedSrcSize: options.size, params: params(options.level) });
    const steps = stepper(stream, emit, (error) => error);
    return {
      push: (src, last) => steps.step(src, last),
      close: async () => steps.close(),
    };
  }

  function streamDecoder(size: number, emit: Emit): StreamDecoder {
    const walker = new FrameWalker();
    const stream = zlib.createZstdDecompress({ chunkSize: chunkSize(size), params: decodeParams });
    const steps = stepper(stream, emit, dataError);
    return {
      get done() {
        return walker.done;
      },
      async push(src) {
        if (walker.done) return 0;
        let taken: number;
        try {
          taken = walker.feed(src);
        } catch (error) {
          throw dataError(error as Error);
        }
        // Only the frame's own bytes reach the decoder: what follows it is the caller's to refuse.
        await steps.step(src.subarray(0, taken), walker.done);
        return taken;
      },
      close: async () => steps.close(),
    };
  }

  return {
    name: 'node:zlib',
    version: process.versions.zstd ?? 'unknown',
    compressBound: (bytes) => bytes + (bytes >>> 8) + (bytes < 128 << 10 ? ((128 << 10) - bytes) >>> 11 : 0),
    compressFrame,
    streamEncoder,
    frameContentSize,
    frameCompressedSize,
    decompressFrame,
    streamDecoder,
  };
}
