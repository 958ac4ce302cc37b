// Protobuf wire-format reading (and a little writing), with no schema and no dependencies.
//
// Two ways to read, one set of primitives:
//  - WireReader walks a message that is fully in memory (eval tensors, small sub-messages).
//  - FieldCursor walks a message whose bytes may live in a multi-GB file. Walkers written against it
//    are generators that `yield` a read request whenever they need bytes outside the current window;
//    walkBytes() answers those from a Uint8Array, walkFile() with positioned FileHandle reads. So one
//    walker serves both sources, and a field it does not need (e.g. an initializer's raw_data) is
//    skipped by moving past it, never read.
//
// Every Field carries the absolute byte offset of its payload, so later stages can locate a tensor's
// bytes in the file without re-serialising anything.

import type { FileHandle } from 'node:fs/promises';
import { InputError, fileError } from '../errors.js';
import { openUntrusted } from '../util/fs.js';

export const WIRE_VARINT = 0;
const WIRE_I64 = 1;
export const WIRE_LEN = 2;
const WIRE_I32 = 5;
type WireType = typeof WIRE_VARINT | typeof WIRE_I64 | typeof WIRE_LEN | typeof WIRE_I32;

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'group start', 'group end', 'fixed32', '6', '7'];

/** One field occurrence. */
export interface Field {
  /** Field number from the .proto. */
  no: number;
  wireType: WireType;
  /** Absolute byte offset of the payload in the source (after the tag, and after the length prefix). */
  offset: number;
  /** Payload size in bytes (for a varint: its encoded size). */
  length: number;
  /** A VARINT field's value as unsigned low/high 32-bit halves; 0 for other wire types. */
  lo: number;
  hi: number;
}

/** A malformed-protobuf error; `detail` lets callers rephrase it (e.g. "not an ONNX model; …"). */
export class ProtobufError extends InputError {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }

  /** The data ended early (a cut-off download) rather than being something else entirely. */
  get isTruncation(): boolean {
    return this.detail.startsWith('truncated');
  }
}

const TWO_32 = 4294967296;

// ---------------------------------------------------------------------------------------------
// Primitive decoding over a byte array. Positions here are indices into `buf`.

/** Scratch result of decodeVarint, reused so that hot loops allocate nothing. */
const varint = { lo: 0, hi: 0 };

/**
 * Decodes the varint at buf[pos] into `varint` and returns the index after it. `limit` is the index
 * it must not reach; running into it means the data is truncated.
 */
function decodeVarint(buf: Uint8Array, pos: number, limit: number, fail: (detail: string) => never): number {
  let lo = 0;
  let hi = 0;
  for (let i = 0; ; i++) {
    if (pos >= limit) fail('truncated protobuf (a varint runs past the end)');
    const b = buf[pos++]!;
    if (i < 4) lo |= (b & 0x7f) << (7 * i);
    else if (i === 4) {
      lo |= (b & 0x0f) << 28;
      hi = (b & 0x7f) >> 4;
    } else if (i < 9) hi |= (b & 0x7f) << (7 * i - 32);
    else {
      // The 10th byte carries only bit 63; anything more does not fit in 64 bits.
      if (b > 1) fail('malformed protobuf (varint longer than 64 bits)');
      hi |= b << 31;
    }
    if (b < 0x80) break;
  }
  varint.lo = lo >>> 0;
  varint.hi = hi >>> 0;
  return pos;
}

/** Unsigned 64-bit value of lo/hi halves. */
export function toBigUint(lo: number, hi: number): bigint {
  return hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
}

/** Signed (two's complement) 64-bit value of lo/hi halves. */
export function toBigInt(lo: number, hi: number): bigint {
  return BigInt.asIntN(64, toBigUint(lo, hi));
}

/** Signed 64-bit value as a number, or undefined when it is not a safe integer. */
function toSafeInt(lo: number, hi: number): number | undefined {
  if (hi <= 0x1fffff) return hi * TWO_32 + lo;
  if (hi >= 0xffe00000) return (hi - TWO_32) * TWO_32 + lo; // negative, magnitude ≤ 2^53
  return undefined;
}

/**
 * Parses the field header at absolute position `pos` of a message that ends at absolute `end`.
 * `buf` holds the source bytes from absolute offset `base`; it must cover the header (the payload
 * only needs to lie within `end`, it is not touched).
 */
function parseField(buf: Uint8Array, base: number, pos: number, end: number, fail: (d: string) => never): Field {
  const limit = Math.min(end - base, buf.length);
  let p = decodeVarint(buf, pos - base, limit, fail);
  const { lo: tag, hi: tagHi } = varint;
  const no = tag >>> 3;
  const wt = tag & 7;
  if (tagHi !== 0 || no === 0) fail(`malformed protobuf (invalid field number at byte ${pos})`);
  let lo = 0;
  let hi = 0;
  let length: number;
  const start = p;
  switch (wt) {
    case WIRE_VARINT:
      p = decodeVarint(buf, p, limit, fail);
      ({ lo, hi } = varint);
      length = p - start;
      break;
    case WIRE_I64:
      length = 8;
      break;
    case WIRE_I32:
      length = 4;
      break;
    case WIRE_LEN: {
      p = decodeVarint(buf, p, limit, fail);
      const n = toSafeInt(varint.lo, varint.hi);
      if (n === undefined || n < 0) fail(`malformed protobuf (field ${no} declares an impossible length)`);
      length = n;
      break;
    }
    case 3:
    case 4:
      // Groups are deprecated and ONNX never uses them; accepting them would only hide corruption.
      return fail(`unsupported protobuf group (field ${no}, wire type ${wt})`);
    default:
      return fail(`malformed protobuf (invalid wire type ${wt} for field ${no} at byte ${pos})`);
  }
  const offset = wt === WIRE_LEN ? base + p : base + start;
  if (wt !== WIRE_VARINT && offset + length > end) {
    const verb = wt === WIRE_LEN ? 'declares' : 'needs';
    fail(`truncated protobuf (field ${no} ${verb} ${length} bytes, ${Math.max(0, end - offset)} remain)`);
  }
  return { no, wireType: wt as WireType, offset, length, lo, hi };
}

function failer(label: string): (detail: string) => never {
  return (detail) => {
    throw new ProtobufError(label, detail);
  };
}

// ---------------------------------------------------------------------------------------------
// Value accessors shared by both readers (a VARINT Field already carries its value).

export function expectWire(f: Field, wireType: WireType, label: string, what: string): void {
  if (f.wireType !== wireType) {
    throw new ProtobufError(
      label,
      `malformed protobuf (${what}, field ${f.no}, has wire type ${WIRE_NAMES[f.wireType]}, expected ${WIRE_NAMES[wireType]})`,
    );
  }
}

/** A varint field as a signed safe integer (int64/int32 fields). */
export function fieldInt(f: Field, label: string, what: string): number {
  expectWire(f, WIRE_VARINT, label, what);
  const n = toSafeInt(f.lo, f.hi);
  if (n === undefined) throw new ProtobufError(label, `${what} (${toBigInt(f.lo, f.hi)}) is too large to handle`);
  return n;
}

/** A varint field as int32 (protobuf sign-extends negative int32 values to 64 bits). */
export function fieldInt32(f: Field, label: string, what: string): number {
  expectWire(f, WIRE_VARINT, label, what);
  return f.lo | 0;
}

// ---------------------------------------------------------------------------------------------
// In-memory reader.

/** Iterates the fields of a message held in memory. */
export class WireReader {
  private pos = 0;
  private readonly fail: (d: string) => never;

  /**
   * @param bytes the message bytes
   * @param label the file name used in error messages
   * @param base absolute offset of bytes[0] in the file, so Field offsets are file offsets
   */
  constructor(
    readonly bytes: Uint8Array,
    readonly label: string,
    readonly base = 0,
  ) {
    this.fail = failer(label);
  }

  /** Absolute offset just past the message. */
  get end(): number {
    return this.base + this.bytes.length;
  }

  /** Absolute offset of the next field's tag: with the field's end, the span that copies it verbatim. */
  get position(): number {
    return this.base + this.pos;
  }

  /** The next field (the reader moves past its payload), or null at the end of the message. */
  next(): Field | null {
    if (this.pos >= this.bytes.length) return null;
    const f = parseField(this.bytes, this.base, this.base + this.pos, this.end, this.fail);
    this.pos = f.offset + f.length - this.base;
    return f;
  }

  *[Symbol.iterator](): Generator<Field, void, undefined> {
    for (let f = this.next(); f; f = this.next()) yield f;
  }

  /** The payload of a length-delimited field (a view, not a copy). */
  bytesOf(f: Field, what: string): Uint8Array {
    expectWire(f, WIRE_LEN, this.label, what);
    return this.bytes.subarray(f.offset - this.base, f.offset - this.base + f.length);
  }

  string(f: Field, what: string): string {
    return utf8.decode(this.bytesOf(f, what));
  }

  /** A reader over an embedded message. */
  message(f: Field, what: string): WireReader {
    return new WireReader(this.bytesOf(f, what), this.label, f.offset);
  }

  /**
   * Calls `each(lo, hi)` for every value of a repeated varint field occurrence, packed (one
   * length-delimited run) or not (one varint per occurrence): parsers must accept both.
   */
  varints(f: Field, what: string, each: (lo: number, hi: number) => void): void {
    if (f.wireType === WIRE_VARINT) return each(f.lo, f.hi);
    forEachVarint(this.bytesOf(f, what), this.label, each);
  }

  /** Number of values in a repeated varint field occurrence, without decoding them. */
  varintCount(f: Field, what: string): number {
    if (f.wireType === WIRE_VARINT) return 1;
    return countVarints(this.bytesOf(f, what), this.label);
  }

  /**
   * The payload (a view) of a repeated fixed-width field occurrence, packed or a single value;
   * `width` is 4 (float/fixed32) or 8 (double/fixed64).
   */
  fixedRun(f: Field, width: 4 | 8, what: string): Uint8Array {
    const single = width === 4 ? WIRE_I32 : WIRE_I64;
    if (f.wireType !== single) {
      expectWire(f, WIRE_LEN, this.label, what);
      if (f.length % width !== 0) {
        this.fail(`malformed protobuf (${what} holds ${f.length} bytes, not a multiple of ${width})`);
      }
    }
    return this.bytes.subarray(f.offset - this.base, f.offset - this.base + f.length);
  }
}

/** Calls `each(lo, hi)` for every varint of a packed run. */
export function forEachVarint(run: Uint8Array, label: string, each: (lo: number, hi: number) => void): void {
  const fail = failer(label);
  for (let p = 0; p < run.length; ) {
    p = decodeVarint(run, p, run.length, fail);
    each(varint.lo, varint.hi);
  }
}

/** Counts the varints in a packed run (each ends at a byte below 0x80). */
export function countVarints(run: Uint8Array, label: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) if (run[i]! < 0x80) n++;
  if (run.length > 0 && run[run.length - 1]! >= 0x80) {
    throw new ProtobufError(label, 'truncated protobuf (a packed varint runs past the end of its field)');
  }
  return n;
}

const utf8 = new TextDecoder('utf-8');

// ---------------------------------------------------------------------------------------------
// Windowed reader for walkers that may run over a file.

/** What a walker asks for: at least `length` bytes starting at absolute `offset`. */
interface ReadRequest {
  offset: number;
  length: number;
}

/** A walker: yields read requests, receives the bytes (starting at the requested offset), returns T. */
export type Walk<T> = Generator<ReadRequest, T, Uint8Array>;

/** Longest field header: a tag varint and a length/value varint, 10 bytes each at most. */
const MAX_HEADER = 20;

/** Walks fields of a source of `size` bytes through a window of bytes the driver supplies. */
export class FieldCursor {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  readonly fail: (d: string) => never;

  constructor(
    readonly label: string,
    readonly size: number,
  ) {
    this.fail = failer(label);
  }

  /** Bytes [offset, offset + length): from the current window when it covers them, else read. */
  *read(offset: number, length: number): Walk<Uint8Array> {
    if (offset + length > this.size) {
      this.fail(`truncated file (needs ${offset + length} bytes, has ${this.size})`);
    }
    const from = offset - this.windowStart;
    if (from < 0 || from + length > this.window.length) {
      this.window = yield { offset, length };
      this.windowStart = offset;
      if (this.window.length < length) this.fail(`truncated file (short read at byte ${offset})`);
      return this.window.subarray(0, length);
    }
    return this.window.subarray(from, from + length);
  }

  /** The header of the field at absolute `pos` in a message ending at `end` (pos < end). */
  *field(pos: number, end: number): Walk<Field> {
    const head = yield* this.read(pos, Math.min(MAX_HEADER, end - pos));
    return parseField(head, pos, pos, end, this.fail);
  }

  /** Reads a length-delimited field in full and returns a reader over it. */
  *message(f: Field, what: string): Walk<WireReader> {
    expectWire(f, WIRE_LEN, this.label, what);
    return new WireReader(yield* this.read(f.offset, f.length), this.label, f.offset);
  }

  *string(f: Field, what: string): Walk<string> {
    expectWire(f, WIRE_LEN, this.label, what);
    return utf8.decode(yield* this.read(f.offset, f.length));
  }
}

/** Runs a walker over bytes already in memory. */
export function walkBytes<T>(bytes: Uint8Array, label: string, walker: (c: FieldCursor) => Walk<T>): T {
  const walk = walker(new FieldCursor(label, bytes.length));
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    step = walk.next(bytes.subarray(step.value.offset));
  }
}

/** How much to read per request: large enough to hold many small fields, small enough to not matter. */
const FILE_WINDOW = 64 * 1024;

/** Counters a caller may pass to walkFile to see how much of the file was actually read. */
export interface ReadStats {
  reads: number;
  bytesRead: number;
}

/** Runs a walker over a file with positioned reads, one window at a time. */
export async function walkFile<T>(path: string, walker: (c: FieldCursor) => Walk<T>, stats?: ReadStats): Promise<T> {
  let fh: FileHandle;
  try {
    fh = (await openUntrusted(path, 'model')).handle;
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  }
  try {
    const stat = await fh.stat();
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
    const size = stat.size;
    const walk = walker(new FieldCursor(path, size));
    for (let step = walk.next(); ; ) {
      if (step.done) return step.value;
      const { offset, length } = step.value;
      const want = Math.min(size - offset, Math.max(length, FILE_WINDOW));
      const window = await readAt(fh, offset, want);
      if (stats) {
        stats.reads++;
        stats.bytesRead += window.length;
      }
      step = walk.next(window);
    }
  } catch (err) {
    // Filesystem failures (they carry an errno code) become InputErrors naming the file; bugs stay bugs.
    if ((err as NodeJS.ErrnoException | null)?.code !== undefined && !(err instanceof InputError)) throw fileError(path, err);
    throw err;
  } finally {
    await fh.close();
  }
}

/** Reads up to `length` bytes at `offset`; fewer only if the file ends sooner (e.g. it shrank). */
async function readAt(fh: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buf = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await fh.read(buf, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buf.subarray(0, filled);
}

// ---------------------------------------------------------------------------------------------
// Writing (small messages: eval tensors and test fixtures).

/** Appends fields to a growing buffer. Callers write fields in field-number order, as protoc does. */
export class WireWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  private rawVarint(value: number | bigint): void {
    this.reserve(10);
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
      while (value >= 0x80) {
        this.buf[this.len++] = (value % 0x80) | 0x80;
        value = Math.floor(value / 0x80);
      }
      this.buf[this.len++] = value;
      return;
    }
    // Negative numbers and bigints: two's complement in 64 bits, as protobuf encodes int64.
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.buf[this.len++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.len++] = Number(v);
  }

  private tag(no: number, wireType: WireType): void {
    this.rawVarint(no * 8 + wireType);
  }

  varint(no: number, value: number | bigint): this {
    this.tag(no, WIRE_VARINT);
    this.rawVarint(value);
    return this;
  }

  bytes(no: number, payload: Uint8Array): this {
    this.tag(no, WIRE_LEN);
    this.rawVarint(payload.length);
    this.reserve(payload.length);
    this.buf.set(payload, this.len);
    this.len += payload.length;
    return this;
  }

  string(no: number, value: string): this {
    return this.bytes(no, new TextEncoder().encode(value));
  }

  /** Bytes that already are encoded fields (copied verbatim from another message). */
  raw(encoded: Uint8Array): this {
    this.reserve(encoded.length);
    this.buf.set(encoded, this.len);
    this.len += encoded.length;
    return this;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
