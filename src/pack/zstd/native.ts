// The zstd binding over zstd-napi (libzstd compiled into a native addon): synchronous streaming, so the planes kernel
// ends zstd blocks where it asks and the plain codec's loops overlap zstd's work with file I/O. binding.ts loads it.
import type zstdNapi from 'zstd-napi/binding.js';
import { type Emit, type StreamDecoder, type StreamEncoder, WINDOW_LOG_MAX, type ZstdBinding, ZstdDataError } from './api.js';

type Napi = typeof zstdNapi;

/** Bytes produced per step of a stream: bounds memory whatever the file size. */
const CHUNK = 4 << 20;

export function nativeBinding(zstd: Napi): ZstdBinding {
  const cctx = new zstd.CCtx();
  const dctx = new zstd.DCtx();
  dctx.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX);

  function compressFrame(src: Uint8Array, level: number, out: Uint8Array, cuts: readonly number[] = []): number {
    cctx.reset(zstd.ResetDirective.sessionAndParameters);
    cctx.setParameter(zstd.CParameter.compressionLevel, level);
    cctx.setParameter(zstd.CParameter.checksumFlag, 1);
    cctx.setParameter(zstd.CParameter.contentSizeFlag, 1);
    cctx.setPledgedSrcSize(src.length);
    const ends = [...cuts, src.length];
    let written = 0;
    let from = 0;
    for (const [k, to] of ends.entries()) {
      const last = k === ends.length - 1;
      let input = src.subarray(from, to);
      from = to;
      for (;;) {
        if (written === out.length) throw new Error('zstd output exceeded its bound');
        const [remaining, produced, consumed] = cctx.compressStream2(out.subarray(written), input, last ? zstd.EndDirective.end : zstd.EndDirective.flush);
        written += produced;
        input = input.subarray(consumed);
        if (remaining === 0 && input.length === 0) break;
      }
    }
    return written;
  }

  function streamEncoder(options: { level: number; size: number; threads: number }, emit: Emit): StreamEncoder {
    const stream = new zstd.CCtx();
    stream.setParameter(zstd.CParameter.compressionLevel, options.level);
    stream.setParameter(zstd.CParameter.checksumFlag, 1);
    stream.setParameter(zstd.CParameter.contentSizeFlag, 1);
    stream.setParameter(zstd.CParameter.nbWorkers, Math.max(1, options.threads));
    stream.setPledgedSrcSize(options.size);
    const outBuf = Buffer.allocUnsafe(Math.max(zstd.cStreamOutSize(), Math.min(CHUNK, options.size)));
    return {
      async push(chunk, last) {
        let src = chunk;
        const op = last ? zstd.EndDirective.end : zstd.EndDirective.continue;
        for (;;) {
          // zstd's own workers keep compressing while this thread writes what they produced.
          const [remaining, produced, consumed] = stream.compressStream2(outBuf, src, op);
          src = src.subarray(consumed);
          if (produced > 0) await emit(outBuf.subarray(0, produced));
          if (last ? remaining === 0 : src.length === 0) break;
        }
      },
      async close() {},
    };
  }

  function decompressFrame(frame: Uint8Array, out: Uint8Array): boolean {
    dctx.reset(zstd.ResetDirective.sessionOnly);
    const [hint, produced, consumed] = dctx.decompressStream(out, frame);
    return hint === 0 && produced === out.length && consumed === frame.length;
  }

  /** Two output buffers: one is being written and hashed while the decoder fills the other. */
  function streamDecoder(emit: Emit, outSize: number): StreamDecoder {
    const stream = new zstd.DCtx();
    stream.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX);
    const outs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
    const pending: Array<Promise<void> | void> = [undefined, undefined];
    let chunks = 0;
    let done = false;
    return {
      get done() {
        return done;
      },
      async push(input) {
        let src = input;
        while (!done) {
          const slot = chunks % 2;
          await pending[slot];
          const out = outs[slot]!;
          let result: [number, number, number];
          try {
            result = stream.decompressStream(out, src);
          } catch (error) {
            throw new ZstdDataError((error as Error).message);
          }
          const [hint, made, consumed] = result;
          src = src.subarray(consumed);
          if (made > 0) {
            pending[slot] = emit(out.subarray(0, made));
            chunks++;
          }
          if (hint === 0) done = true;
          else if (src.length === 0 && made < out.length) break;
        }
        return input.length - src.length;
      },
      async close() {
        await Promise.allSettled(pending);
        await Promise.all(pending);
      },
    };
  }

  return {
    name: 'zstd-napi',
    version: zstd.versionString(),
    compressBound: (bytes) => zstd.compressBound(bytes),
    compressFrame,
    streamEncoder,
    frameContentSize: (header) => zstd.getFrameContentSize(header),
    frameCompressedSize: (frame) => zstd.findFrameCompressedSize(frame),
    decompressFrame,
    streamDecoder: (size, emit) => streamDecoder(emit, Math.max(1, Math.min(CHUNK, size))),
  };
}
