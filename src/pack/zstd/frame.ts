// The layout of a zstd frame (RFC 8878, 3.1.1), read without decoding it: the content size its header declares, and
// where it ends, found by walking the block headers. zstd-napi has both natively; node:zlib has neither, so
// node.ts uses these. Errors carry libzstd's messages for the same conditions.

const MAGIC = 0xfd2fb528;
/** The largest window libzstd's frame header parser accepts on 64-bit hosts (ZSTD_WINDOWLOG_MAX_64). */
const WINDOW_LOG_LIMIT = 31;

const le32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const isSkippable = (magic: number) => (magic & 0xfffffff0) === 0x184d2a50;

/** Bytes of a frame header whose descriptor (the byte after the magic number) is `fhd`. */
function headerSize(fhd: number): number {
  const single = (fhd & 0x20) !== 0;
  return 4 + 1 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3]! + [single ? 1 : 0, 2, 4, 8][fhd >>> 6]!;
}

/** Checks the magic number and the descriptor's reserved bit (the first 5 bytes). */
function checkPrefix(header: Uint8Array): void {
  if (header.length < 5) throw new Error('Src size is incorrect');
  if (le32(header, 0) !== MAGIC) throw new Error('Unknown frame descriptor');
  if ((header[4]! & 0x08) !== 0) throw new Error('Unsupported frame parameter');
}

/** Checks a frame header; returns its length. Throws on a bad magic, a reserved bit, an absurd window, too few bytes. */
function checkHeader(header: Uint8Array): number {
  checkPrefix(header);
  const fhd = header[4]!;
  const size = headerSize(fhd);
  if (header.length < size) throw new Error('Src size is incorrect');
  if ((fhd & 0x20) === 0 && (header[5]! >>> 3) + 10 > WINDOW_LOG_LIMIT) throw new Error('Frame requires too much memory for decoding');
  return size;
}

/** The content size a frame header declares (0 for a skippable frame, as libzstd); null when it declares none. */
export function frameContentSize(header: Uint8Array): number | null {
  if (header.length >= 4 && isSkippable(le32(header, 0))) return 0;
  const size = checkHeader(header);
  const fhd = header[4]!;
  const single = (fhd & 0x20) !== 0;
  const bytes = [single ? 1 : 0, 2, 4, 8][fhd >>> 6]!;
  const at = size - bytes;
  if (bytes === 0) return null;
  if (bytes === 1) return header[at]!;
  if (bytes === 2) return (header[at]! | (header[at + 1]! << 8)) + 256;
  if (bytes === 4) return le32(header, at);
  return le32(header, at) + le32(header, at + 4) * 2 ** 32;
}

/**
 * Walks one frame as its bytes arrive: `feed` says how many of them belong to the frame, so a reader knows where it
 * ends (and what follows it) without decoding. Skippable frames are not walked (the codecs refuse them first).
 */
export class FrameWalker {
  /** The frame's last byte has been fed. */
  done = false;
  /** Bytes of the current part (header, block header) gathered so far. */
  private readonly part = new Uint8Array(18);
  private have = 0;
  private state: 'header' | 'block header' | 'block' | 'checksum' = 'header';
  /** Bytes still to pass in the current block or checksum. */
  private skip = 0;
  private checksum = false;
  private lastBlock = false;

  /** Takes bytes of the frame from the start of `src`; returns how many (fewer than given only at the frame's end). */
  feed(src: Uint8Array): number {
    let at = 0;
    while (!this.done && at < src.length) {
      if (this.state === 'block' || this.state === 'checksum') {
        const n = Math.min(this.skip, src.length - at);
        at += n;
        this.skip -= n;
        if (this.skip === 0) this.next();
        continue;
      }
      const need = this.state === 'block header' ? 3 : this.have < 5 ? 5 : headerSize(this.part[4]!);
      const n = Math.min(need - this.have, src.length - at);
      this.part.set(src.subarray(at, at + n), this.have);
      this.have += n;
      at += n;
      if (this.have < need) continue;
      if (this.state === 'header') {
        // The magic number and descriptor are checked before the rest of the header is waited for.
        if (need === 5) checkPrefix(this.part);
        if (this.have < headerSize(this.part[4]!)) continue;
        checkHeader(this.part.subarray(0, this.have));
        this.checksum = (this.part[4]! & 0x04) !== 0;
        this.state = 'block header';
      } else {
        const h = this.part[0]! | (this.part[1]! << 8) | (this.part[2]! << 16);
        const type = (h >>> 1) & 3;
        if (type === 3) throw new Error('Corrupted block detected');
        this.lastBlock = (h & 1) !== 0;
        this.state = 'block';
        this.skip = type === 1 ? 1 : h >>> 3;
        if (this.skip === 0) this.next();
      }
      this.have = 0;
    }
    return at;
  }

  /** After a block's or the checksum's bytes: the next block, the checksum, or the end. */
  private next(): void {
    if (this.state === 'checksum' || (this.lastBlock && !this.checksum)) {
      this.done = true;
    } else if (this.lastBlock) {
      this.state = 'checksum';
      this.skip = 4;
    } else {
      this.state = 'block header';
    }
  }
}

/** The length of the frame at the start of `frame`; throws when it runs past the end (libzstd's message). */
export function frameCompressedSize(frame: Uint8Array): number {
  const walker = new FrameWalker();
  const n = walker.feed(frame);
  if (!walker.done) throw new Error('Src size is incorrect');
  return n;
}
