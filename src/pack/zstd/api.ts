// What a zstd binding offers the codecs: checked frames in one piece or streamed. binding.ts picks the
// implementation (native.ts or node.ts); this module holds only the contract, so both can import it.

/** Largest window the decoder accepts (128 MiB, the zstd CLI's default limit): a frame asking more is refused. */
export const WINDOW_LOG_MAX = 27;


/** Receives output in order; a view is only valid until the promise it returns resolves. */
export type Emit = (bytes: Uint8Array) => Promise<void> | void;

/** Streams one frame of a size given up front (the content size goes in its header). */
export interface StreamEncoder {
  /** Compresses `src`, the last piece when `last`; output reaches `emit` before the promise resolves. */
  push(src: Uint8Array, last: boolean): Promise<void>;
  /** Releases the stream (after the last push, or on failure). */
  close(): Promise<void>;
}

/** Decodes one frame piece by piece; stops at the frame's end. */
export interface StreamDecoder {
  /**
   * Decodes what of `src` belongs to the frame, handing output to `emit`; returns the bytes of `src` taken, fewer than
   * `src.length` only when the frame ended inside it. Throws ZstdDataError when the bytes are not a valid frame.
   * Output handed to `emit` may still be being written when it returns, so writing overlaps decoding.
   */
  push(src: Uint8Array): Promise<number>;
  /** The frame's end has been reached (and its checksum checked). */
  readonly done: boolean;
  /** Waits for every output handed to `emit` to settle, rejecting with the first failure, and releases the stream. */
  close(): Promise<void>;
}

/** zstd refused the data (corrupt, checksum mismatch, window too large); the message is zstd's. */
export class ZstdDataError extends Error {}

export interface ZstdBinding {
  readonly name: 'zstd-napi' | 'node:zlib';
  /** libzstd's version, e.g. "1.5.7": two bindings on the same version write the same bytes. */
  readonly version: string;
  /** The most one frame of `bytes` can take. */
  compressBound(bytes: number): number;
  /**
   * Compresses `src` into `out` as one frame with its content size and content checksum; returns its length. Ends a
   * zstd block at each of `cuts` (ascending offsets into `src`) where the implementation can: zstd-napi does,
   * node:zlib cannot flush synchronously and writes the same content in zstd's own blocks.
   */
  compressFrame(src: Uint8Array, level: number, out: Uint8Array, cuts?: readonly number[]): number;
  /** One frame of `size` bytes, compressed with `threads` of zstd's own worker threads, handed to `emit`. */
  streamEncoder(options: { level: number; size: number; threads: number }, emit: Emit): StreamEncoder;
  /** The content size a frame header declares: null when it does not; throws when the header is malformed. */
  frameContentSize(header: Uint8Array): number | null;
  /** The length of the frame that starts `frame`; throws when it runs past the end. */
  frameCompressedSize(frame: Uint8Array): number;
  /**
   * Decodes the frame `frame` (exactly one) into `out`, at most WINDOW_LOG_MAX; returns whether it filled `out` exactly.
   * Throws with zstd's message when the frame is invalid.
   */
  decompressFrame(frame: Uint8Array, out: Uint8Array): boolean;
  /**
   * A decoder for one frame (window at most WINDOW_LOG_MAX) of about `size` bytes, which sizes its buffers (a 1 kB
   * model must not allocate megabytes), handing output to `emit`.
   */
  streamDecoder(size: number, emit: Emit): StreamDecoder;
}
