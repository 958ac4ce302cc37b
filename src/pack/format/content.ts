// What packing and restoring one file deal in: the options, the digests and the sizes. Kept apart from the modules that
// implement the codecs, so the codecs, their registry and the manifest can all import them without importing each other.

export interface CompressOptions {
  level: number;
  /** Worker threads, at least 1: the output is then the same bytes for any count. */
  threads: number;
}

/** What a codec's encoder is given. */
export interface EncodeOptions extends CompressOptions {
  /** Test hook for codecs that cut files into blocks (onnx-planes): smaller blocks exercise the multi-block paths. */
  blockSize?: number;
}

export interface Digest {
  bytes: number;
  sha256: string;
}

/**
 * A packed file's size. `sha256` is only in manifests before version 3 (docs/FORMAT.md#history); packing does not
 * write it, and downloads check it where a manifest has it.
 */
interface PackedSize {
  bytes: number;
  sha256?: string;
}

export interface CompressResult {
  raw: Digest;
  packed: PackedSize;
}

/** What a decoder must restore. */
export interface ExpectedContent {
  raw: Digest;
  /**
   * The packed file's size is checked before anything is decompressed. Every frame carries its own checksum and the
   * restored bytes must match `raw.sha256`, which is what proves them exact.
   */
  packed?: PackedSize;
}
