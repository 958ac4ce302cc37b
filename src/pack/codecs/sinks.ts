// Where decoded bytes go, hashed on the way: a file, a buffer, or nowhere (hash only); and where packed bytes go,
// counted but not hashed (see PackedSize in format/content.ts). Hashing runs on the main thread, which otherwise only waits for
// the block threads; writes run on libuv's thread pool, or on the block threads themselves (see workers.ts).
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { ExpectedContent } from '../format/content.js';

interface Digested {
  bytes: number;
  sha256: string;
}

export interface Output {
  /** Hashes `chunk` and stores it; resolves once the chunk is no longer needed (the caller may then reuse it). */
  push(chunk: Uint8Array): Promise<void>;
  /** The file that threads may write to directly (then calling `hashOnly` for the bytes they wrote), if any. */
  readonly fd: number | null;
  /** Accounts for a chunk already written at its place by another thread: hashes it, in order. */
  hashOnly(chunk: Uint8Array): void;
  /** The sha256 and length of everything pushed. */
  close(): Digested;
}

class StreamOutput implements Output {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(private readonly file: FileHandle | null) {}

  get fd(): number | null {
    return this.file?.fd ?? null;
  }

  hashOnly(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
  }

  async push(chunk: Uint8Array): Promise<void> {
    const at = this.bytes;
    this.bytes += chunk.length;
    // Start the write first: it proceeds on a libuv thread while this thread hashes the same bytes.
    const written = this.file ? writeAll(this.file, chunk, at) : null;
    this.hash.update(chunk);
    await written;
  }

  close(): Digested {
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

async function writeAll(file: FileHandle, chunk: Uint8Array, at: number): Promise<void> {
  for (let done = 0; done < chunk.length; ) {
    const { bytesWritten } = await file.write(chunk, done, chunk.length - done, at + done);
    done += bytesWritten;
  }
}

/** Writes to `file` from its start. */
export function fileOutput(file: FileHandle): Output {
  return new StreamOutput(file);
}

/** Writes packed bytes to `file` from its start, in order, and counts them. */
export function fileWriter(file: FileHandle) {
  let bytes = 0;
  return {
    /** Resolves once `chunk` is written (the caller may then reuse it). */
    push(chunk: Uint8Array): Promise<void> {
      const at = bytes;
      bytes += chunk.length;
      return writeAll(file, chunk, at);
    },
    close: () => ({ bytes }),
  };
}

/** Hash only. */
export function hashOutput(): Output {
  return new StreamOutput(null);
}

/** Fills one buffer of exactly `size` bytes, hashing each chunk as it arrives. */
export class BufferOutput implements Output {
  readonly buffer: Buffer;
  private offset = 0;
  private readonly hash = createHash('sha256');

  readonly fd = null;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  hashOnly(): void {
    throw new Error('internal: a buffer output has no file to write to');
  }

  async push(chunk: Uint8Array): Promise<void> {
    if (this.offset + chunk.length > this.buffer.length) throw new Error('internal: more bytes than the buffer holds');
    this.buffer.set(chunk, this.offset);
    this.offset += chunk.length;
    this.hash.update(chunk);
  }

  close(): Digested {
    return { bytes: this.offset, sha256: this.hash.digest('hex') };
  }
}

/** The content's sha256, checked after every frame's own checksum has passed. */
export function verifyDigests(output: Output, expected: ExpectedContent, fail: (what: string) => never): void {
  const raw = output.close();
  if (raw.bytes !== expected.raw.bytes) fail(`decompresses to ${raw.bytes} bytes but the manifest declares ${expected.raw.bytes}`);
  if (raw.sha256 !== expected.raw.sha256) fail(`decompressed content has sha256 ${raw.sha256}, the manifest says ${expected.raw.sha256}`);
}
