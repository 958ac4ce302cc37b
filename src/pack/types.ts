// The pack stage's shared value types: what a packed file is, how it was packed and what it must restore to. Kept apart
// from the modules that implement them, so the codecs and the manifest can all import them without importing each other.

/** The codecs a pack file can be in; `auto` picks the smaller per file. */
export type Codec = 'zstd' | 'onnx-planes';
export type CodecRequest = Codec | 'auto';

export interface CompressOptions {
  level: number;
  /** Worker threads, at least 1: the output is then the same bytes for any count. */
  threads: number;
}

export interface Digest {
  bytes: number;
  sha256: string;
}

/**
 * A packed file's size. Manifests before schema version 3 also recorded its sha256; packing no longer computes it
 * (a second full hash, ~0.4 s of CPU per GB) because nothing needs it: frames carry checksums and the restored bytes
 * must match `raw.sha256`. Where an old manifest has it, downloads still check it.
 */
export interface PackedSize {
  bytes: number;
  sha256?: string;
}

export interface CompressResult {
  raw: Digest;
  packed: PackedSize;
}

export interface ExpectedContent {
  raw: Digest;
  /**
   * The packed file's size is checked before anything is decompressed. Every frame carries its own checksum and the
   * restored bytes must match `raw.sha256`, which is what proves them exact.
   */
  packed?: PackedSize;
  /** The codec the manifest names; the file's first bytes must agree. Absent: whichever the file is. */
  codec?: Codec;
}

/** How `auto` decided: the packed size of each codec, measured or (from samples) estimated. */
export interface AutoChoice {
  zstd: number | null;
  'onnx-planes': number | null;
  estimated: boolean;
}
