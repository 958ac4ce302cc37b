import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  CODECS,
  CODEC_NAMES,
  VARIANT_IDS
} from "./chunk-L3TX6VON.js";
import {
  openUntrusted,
  parseUntrustedJson,
  readUntrustedText
} from "./chunk-6Y7UOUAP.js";
import {
  InputError,
  fileError
} from "./chunk-JJHRGA2G.js";

// src/pack/manifest.ts
import { basename, join as join2 } from "node:path";

// src/pack/external-data.ts
import { lstat } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/onnx/wire.ts
var WIRE_VARINT = 0;
var WIRE_I64 = 1;
var WIRE_LEN = 2;
var WIRE_I32 = 5;
var WIRE_NAMES = ["varint", "fixed64", "length-delimited", "group start", "group end", "fixed32", "6", "7"];
var ProtobufError = class extends InputError {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
  /** The data ended early (a cut-off download) rather than being something else entirely. */
  get isTruncation() {
    return this.detail.startsWith("truncated");
  }
};
var TWO_32 = 4294967296;
var varint = { lo: 0, hi: 0 };
function decodeVarint(buf, pos, limit, fail) {
  let lo = 0;
  let hi = 0;
  for (let i = 0; ; i++) {
    if (pos >= limit) fail("truncated protobuf (a varint runs past the end)");
    const b = buf[pos++];
    if (i < 4) lo |= (b & 127) << 7 * i;
    else if (i === 4) {
      lo |= (b & 15) << 28;
      hi = (b & 127) >> 4;
    } else if (i < 9) hi |= (b & 127) << 7 * i - 32;
    else {
      if (b > 1) fail("malformed protobuf (varint longer than 64 bits)");
      hi |= b << 31;
    }
    if (b < 128) break;
  }
  varint.lo = lo >>> 0;
  varint.hi = hi >>> 0;
  return pos;
}
function toBigUint(lo, hi) {
  return hi === 0 ? BigInt(lo) : BigInt(hi) << 32n | BigInt(lo);
}
function toBigInt(lo, hi) {
  return BigInt.asIntN(64, toBigUint(lo, hi));
}
function toSafeInt(lo, hi) {
  if (hi <= 2097151) return hi * TWO_32 + lo;
  if (hi >= 4292870144) return (hi - TWO_32) * TWO_32 + lo;
  return void 0;
}
function parseField(buf, base, pos, end, fail) {
  const limit = Math.min(end - base, buf.length);
  let p = decodeVarint(buf, pos - base, limit, fail);
  const { lo: tag, hi: tagHi } = varint;
  const no = tag >>> 3;
  const wt = tag & 7;
  if (tagHi !== 0 || no === 0) fail(`malformed protobuf (invalid field number at byte ${pos})`);
  let lo = 0;
  let hi = 0;
  let length;
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
      if (n === void 0 || n < 0) fail(`malformed protobuf (field ${no} declares an impossible length)`);
      length = n;
      break;
    }
    case 3:
    case 4:
      return fail(`unsupported protobuf group (field ${no}, wire type ${wt})`);
    default:
      return fail(`malformed protobuf (invalid wire type ${wt} for field ${no} at byte ${pos})`);
  }
  const offset = wt === WIRE_LEN ? base + p : base + start;
  if (wt !== WIRE_VARINT && offset + length > end) {
    const verb = wt === WIRE_LEN ? "declares" : "needs";
    fail(`truncated protobuf (field ${no} ${verb} ${length} bytes, ${Math.max(0, end - offset)} remain)`);
  }
  return { no, wireType: wt, offset, length, lo, hi };
}
function failer(label) {
  return (detail) => {
    throw new ProtobufError(label, detail);
  };
}
function expectWire(f, wireType, label, what) {
  if (f.wireType !== wireType) {
    throw new ProtobufError(
      label,
      `malformed protobuf (${what}, field ${f.no}, has wire type ${WIRE_NAMES[f.wireType]}, expected ${WIRE_NAMES[wireType]})`
    );
  }
}
function fieldInt(f, label, what) {
  expectWire(f, WIRE_VARINT, label, what);
  const n = toSafeInt(f.lo, f.hi);
  if (n === void 0) throw new ProtobufError(label, `${what} (${toBigInt(f.lo, f.hi)}) is too large to handle`);
  return n;
}
function fieldInt32(f, label, what) {
  expectWire(f, WIRE_VARINT, label, what);
  return f.lo | 0;
}
var WireReader = class _WireReader {
  /**
   * @param bytes the message bytes
   * @param label the file name used in error messages
   * @param base absolute offset of bytes[0] in the file, so Field offsets are file offsets
   */
  constructor(bytes, label, base = 0) {
    this.bytes = bytes;
    this.label = label;
    this.base = base;
    this.fail = failer(label);
  }
  bytes;
  label;
  base;
  pos = 0;
  fail;
  /** Absolute offset just past the message. */
  get end() {
    return this.base + this.bytes.length;
  }
  /** Absolute offset of the next field's tag: with the field's end, the span that copies it verbatim. */
  get position() {
    return this.base + this.pos;
  }
  /** The next field (the reader moves past its payload), or null at the end of the message. */
  next() {
    if (this.pos >= this.bytes.length) return null;
    const f = parseField(this.bytes, this.base, this.base + this.pos, this.end, this.fail);
    this.pos = f.offset + f.length - this.base;
    return f;
  }
  *[Symbol.iterator]() {
    for (let f = this.next(); f; f = this.next()) yield f;
  }
  /** The payload of a length-delimited field (a view, not a copy). */
  bytesOf(f, what) {
    expectWire(f, WIRE_LEN, this.label, what);
    return this.bytes.subarray(f.offset - this.base, f.offset - this.base + f.length);
  }
  string(f, what) {
    return utf8.decode(this.bytesOf(f, what));
  }
  /** A reader over an embedded message. */
  message(f, what) {
    return new _WireReader(this.bytesOf(f, what), this.label, f.offset);
  }
  /**
   * Calls `each(lo, hi)` for every value of a repeated varint field occurrence, packed (one
   * length-delimited run) or not (one varint per occurrence): parsers must accept both.
   */
  varints(f, what, each) {
    if (f.wireType === WIRE_VARINT) return each(f.lo, f.hi);
    forEachVarint(this.bytesOf(f, what), this.label, each);
  }
  /** Number of values in a repeated varint field occurrence, without decoding them. */
  varintCount(f, what) {
    if (f.wireType === WIRE_VARINT) return 1;
    return countVarints(this.bytesOf(f, what), this.label);
  }
  /**
   * The payload (a view) of a repeated fixed-width field occurrence, packed or a single value;
   * `width` is 4 (float/fixed32) or 8 (double/fixed64).
   */
  fixedRun(f, width, what) {
    const single = width === 4 ? WIRE_I32 : WIRE_I64;
    if (f.wireType !== single) {
      expectWire(f, WIRE_LEN, this.label, what);
      if (f.length % width !== 0) {
        this.fail(`malformed protobuf (${what} holds ${f.length} bytes, not a multiple of ${width})`);
      }
    }
    return this.bytes.subarray(f.offset - this.base, f.offset - this.base + f.length);
  }
};
function forEachVarint(run, label, each) {
  const fail = failer(label);
  for (let p = 0; p < run.length; ) {
    p = decodeVarint(run, p, run.length, fail);
    each(varint.lo, varint.hi);
  }
}
function countVarints(run, label) {
  let n = 0;
  for (let i = 0; i < run.length; i++) if (run[i] < 128) n++;
  if (run.length > 0 && run[run.length - 1] >= 128) {
    throw new ProtobufError(label, "truncated protobuf (a packed varint runs past the end of its field)");
  }
  return n;
}
var utf8 = new TextDecoder("utf-8");
var MAX_HEADER = 20;
var FieldCursor = class {
  constructor(label, size) {
    this.label = label;
    this.size = size;
    this.fail = failer(label);
  }
  label;
  size;
  window = new Uint8Array(0);
  windowStart = 0;
  fail;
  /** Bytes [offset, offset + length): from the current window when it covers them, else read. */
  *read(offset, length) {
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
  *field(pos, end) {
    const head = yield* this.read(pos, Math.min(MAX_HEADER, end - pos));
    return parseField(head, pos, pos, end, this.fail);
  }
  /** Reads a length-delimited field in full and returns a reader over it. */
  *message(f, what) {
    expectWire(f, WIRE_LEN, this.label, what);
    return new WireReader(yield* this.read(f.offset, f.length), this.label, f.offset);
  }
  *string(f, what) {
    expectWire(f, WIRE_LEN, this.label, what);
    return utf8.decode(yield* this.read(f.offset, f.length));
  }
};
function walkBytes(bytes, label, walker) {
  const walk = walker(new FieldCursor(label, bytes.length));
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    step = walk.next(bytes.subarray(step.value.offset));
  }
}
var FILE_WINDOW = 64 * 1024;
async function walkFile(path, walker, stats) {
  let fh;
  try {
    fh = (await openUntrusted(path, "model")).handle;
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
    if (err?.code !== void 0 && !(err instanceof InputError)) throw fileError(path, err);
    throw err;
  } finally {
    await fh.close();
  }
}
async function readAt(fh, offset, length) {
  const buf = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await fh.read(buf, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buf.subarray(0, filled);
}
var WireWriter = class {
  buf = new Uint8Array(256);
  len = 0;
  reserve(n) {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  rawVarint(value) {
    this.reserve(10);
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) {
      while (value >= 128) {
        this.buf[this.len++] = value % 128 | 128;
        value = Math.floor(value / 128);
      }
      this.buf[this.len++] = value;
      return;
    }
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.buf[this.len++] = Number(v & 0x7fn) | 128;
      v >>= 7n;
    }
    this.buf[this.len++] = Number(v);
  }
  tag(no, wireType) {
    this.rawVarint(no * 8 + wireType);
  }
  varint(no, value) {
    this.tag(no, WIRE_VARINT);
    this.rawVarint(value);
    return this;
  }
  bytes(no, payload) {
    this.tag(no, WIRE_LEN);
    this.rawVarint(payload.length);
    this.reserve(payload.length);
    this.buf.set(payload, this.len);
    this.len += payload.length;
    return this;
  }
  string(no, value) {
    return this.bytes(no, new TextEncoder().encode(value));
  }
  /** Bytes that already are encoded fields (copied verbatim from another message). */
  raw(encoded) {
    this.reserve(encoded.length);
    this.buf.set(encoded, this.len);
    this.len += encoded.length;
    return this;
  }
  finish() {
    return this.buf.slice(0, this.len);
  }
};

// src/onnx/tensor-proto.ts
var TensorField = {
  dims: 1,
  dataType: 2,
  segment: 3,
  floatData: 4,
  int32Data: 5,
  stringData: 6,
  int64Data: 7,
  name: 8,
  rawData: 9,
  doubleData: 10,
  uint64Data: 11,
  externalData: 13,
  dataLocation: 14
};
var DATA_LOCATION_EXTERNAL = 1;
var DATA_TYPES = [
  { name: "UNDEFINED", elem: "undefined", bits: 0 },
  { name: "FLOAT", elem: "float32", bits: 32 },
  { name: "UINT8", elem: "uint8", bits: 8 },
  { name: "INT8", elem: "int8", bits: 8 },
  { name: "UINT16", elem: "uint16", bits: 16 },
  { name: "INT16", elem: "int16", bits: 16 },
  { name: "INT32", elem: "int32", bits: 32 },
  { name: "INT64", elem: "int64", bits: 64 },
  { name: "STRING", elem: "string", bits: 0 },
  { name: "BOOL", elem: "bool", bits: 8 },
  { name: "FLOAT16", elem: "float16", bits: 16 },
  { name: "DOUBLE", elem: "float64", bits: 64 },
  { name: "UINT32", elem: "uint32", bits: 32 },
  { name: "UINT64", elem: "uint64", bits: 64 },
  { name: "COMPLEX64", elem: "complex64", bits: 64 },
  { name: "COMPLEX128", elem: "complex128", bits: 128 },
  { name: "BFLOAT16", elem: "bfloat16", bits: 16 },
  { name: "FLOAT8E4M3FN", elem: "float8e4m3fn", bits: 8 },
  { name: "FLOAT8E4M3FNUZ", elem: "float8e4m3fnuz", bits: 8 },
  { name: "FLOAT8E5M2", elem: "float8e5m2", bits: 8 },
  { name: "FLOAT8E5M2FNUZ", elem: "float8e5m2fnuz", bits: 8 },
  { name: "UINT4", elem: "uint4", bits: 4 },
  { name: "INT4", elem: "int4", bits: 4 },
  { name: "FLOAT4E2M1", elem: "float4e2m1", bits: 4 },
  { name: "FLOAT8E8M0", elem: "float8e8m0", bits: 8 },
  { name: "UINT2", elem: "uint2", bits: 2 },
  { name: "INT2", elem: "int2", bits: 2 }
];
function elemTypeFromDataType(dataType, label, what) {
  const entry = DATA_TYPES[dataType];
  if (entry?.elem) return entry.elem;
  if (entry) throw new InputError(`${label}: ${what} has element type ${entry.name} (${dataType}), which model-gate does not support yet`);
  throw new InputError(`${label}: ${what} has unknown element type ${dataType} (not a TensorProto.DataType)`);
}
function dataTypeFromElemType(elemType) {
  const n = DATA_TYPES.findIndex((e) => e.elem === elemType);
  if (n < 0) throw new Error(`no TensorProto.DataType for ${elemType}`);
  return n;
}
function dataTypeBits(dataType) {
  return DATA_TYPES[dataType]?.bits;
}
function bytesPerTypedValue(dataType, field) {
  switch (field) {
    case TensorField.floatData:
      return 4;
    case TensorField.doubleData:
    case TensorField.int64Data:
      return 8;
    case TensorField.uint64Data:
      return dataType === 12 ? 4 : 8;
    case TensorField.int32Data: {
      const bits = dataTypeBits(dataType);
      return bits ? Math.max(1, bits / 8) : 4;
    }
    default:
      return 0;
  }
}
var STORAGE = {
  float32: { ctor: Float32Array, field: TensorField.floatData },
  float64: { ctor: Float64Array, field: TensorField.doubleData },
  // Half floats travel as their bit patterns in int32_data (onnx.proto), kept as bits in memory.
  float16: { ctor: Uint16Array, field: TensorField.int32Data },
  bfloat16: { ctor: Uint16Array, field: TensorField.int32Data },
  int8: { ctor: Int8Array, field: TensorField.int32Data },
  uint8: { ctor: Uint8Array, field: TensorField.int32Data },
  int16: { ctor: Int16Array, field: TensorField.int32Data },
  uint16: { ctor: Uint16Array, field: TensorField.int32Data },
  int32: { ctor: Int32Array, field: TensorField.int32Data },
  uint32: { ctor: Uint32Array, field: TensorField.uint64Data },
  int64: { ctor: BigInt64Array, field: TensorField.int64Data },
  uint64: { ctor: BigUint64Array, field: TensorField.uint64Data },
  bool: { ctor: Uint8Array, field: TensorField.int32Data }
};
var FIELD_NAMES = {
  [TensorField.floatData]: "float_data",
  [TensorField.int32Data]: "int32_data",
  [TensorField.stringData]: "string_data",
  [TensorField.int64Data]: "int64_data",
  [TensorField.doubleData]: "double_data",
  [TensorField.uint64Data]: "uint64_data"
};
var LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function swapToHostOrder(bytes, width) {
  if (LITTLE_ENDIAN_HOST || width === 1) return;
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse();
}
function numericArrayFromLE(ctor, bytes, count) {
  const copy = new Uint8Array(count * ctor.BYTES_PER_ELEMENT);
  copy.set(bytes.subarray(0, copy.length));
  swapToHostOrder(copy, ctor.BYTES_PER_ELEMENT);
  return new ctor(copy.buffer, 0, count);
}
function elementCount(dims, fail) {
  let n = 1;
  for (const d of dims) {
    if (!Number.isSafeInteger(d) || d < 0) fail(`has invalid dimension ${d} in shape ${formatDims(dims)}`);
    n *= d;
  }
  if (!Number.isSafeInteger(n)) fail(`has shape ${formatDims(dims)} with too many elements`);
  return n;
}
function formatDims(dims) {
  return `[${dims.map((d) => d ?? "?").join(",")}]`;
}
function readTensorFields(r) {
  const t = { dims: [], dataType: 0, name: "", raw: null, typed: /* @__PURE__ */ new Map(), external: false, segmented: false };
  for (const f of r) {
    switch (f.no) {
      case TensorField.dims:
        r.varints(f, "TensorProto.dims", (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
        break;
      case TensorField.dataType:
        t.dataType = fieldInt32(f, r.label, "TensorProto.data_type");
        break;
      case TensorField.name:
        t.name = r.string(f, "TensorProto.name");
        break;
      case TensorField.rawData:
        t.raw = r.bytesOf(f, "TensorProto.raw_data");
        break;
      case TensorField.dataLocation:
        t.external ||= fieldInt32(f, r.label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.externalData:
        t.external = true;
        break;
      case TensorField.segment:
        t.segmented = true;
        break;
      case TensorField.floatData:
      case TensorField.int32Data:
      case TensorField.stringData:
      case TensorField.int64Data:
      case TensorField.doubleData:
      case TensorField.uint64Data: {
        const list = t.typed.get(f.no) ?? [];
        list.push(f);
        t.typed.set(f.no, list);
        break;
      }
    }
  }
  return t;
}
function decodeTensorProto(bytes, file) {
  const r = new WireReader(bytes, file);
  const t = readTensorFields(r);
  const what = t.name ? `tensor "${t.name}"` : "tensor";
  const fail = (detail) => {
    throw new InputError(`${file}: ${what} ${detail}`);
  };
  if (t.external) fail("keeps its data in an external file (data_location=EXTERNAL); save it with the data inline");
  if (t.segmented) fail("is one segment of a larger tensor (TensorProto.segment), which is not supported");
  if (t.dataType === 0) fail("has no data_type");
  const elemType = elemTypeFromDataType(t.dataType, file, what);
  const count = elementCount(t.dims, fail);
  const data = elemType === "string" ? decodeStrings(r, t, count, fail) : decodeNumeric(r, t, elemType, count, fail);
  return { name: t.name, elemType, dims: t.dims, data };
}
function rejectOtherTypedFields(t, allowed, elemType, fail) {
  for (const [no, fields2] of t.typed) {
    if (no !== allowed && fields2.length > 0) {
      fail(`has ${FIELD_NAMES[no]} but element type ${elemType} belongs in ${FIELD_NAMES[allowed]}`);
    }
  }
}
function decodeStrings(r, t, count, fail) {
  if (t.raw) fail("is a string tensor with raw_data; strings belong in string_data");
  rejectOtherTypedFields(t, TensorField.stringData, "string", fail);
  const fields2 = t.typed.get(TensorField.stringData) ?? [];
  if (fields2.length !== count) fail(`has ${fields2.length} strings but shape ${formatDims(t.dims)} needs ${count}`);
  return fields2.map((f) => r.string(f, "TensorProto.string_data"));
}
function decodeNumeric(r, t, elemType, count, fail) {
  const storage = STORAGE[elemType];
  if (!storage) return fail(`has element type ${elemType}, which model-gate does not support in eval data`);
  const { ctor, field } = storage;
  if (t.raw) {
    for (const [no, fields3] of t.typed) if (fields3.length) fail(`has both raw_data and ${FIELD_NAMES[no]}`);
    const need = count * ctor.BYTES_PER_ELEMENT;
    if (t.raw.length !== need) {
      fail(`has ${t.raw.length} bytes of raw_data but shape ${formatDims(t.dims)} of ${elemType} needs ${need}`);
    }
    return numericArrayFromLE(ctor, t.raw, count);
  }
  rejectOtherTypedFields(t, field, elemType, fail);
  const fields2 = t.typed.get(field) ?? [];
  const found = field === TensorField.floatData || field === TensorField.doubleData ? fields2.reduce((n, f) => n + r.fixedRun(f, field === TensorField.floatData ? 4 : 8, FIELD_NAMES[field]).length, 0) / (field === TensorField.floatData ? 4 : 8) : fields2.reduce((n, f) => n + r.varintCount(f, FIELD_NAMES[field]), 0);
  if (found !== count) {
    fail(count > 0 && found === 0 ? `has no data (shape ${formatDims(t.dims)} needs ${count} values)` : `has ${found} values in ${FIELD_NAMES[field]} but shape ${formatDims(t.dims)} needs ${count}`);
  }
  const out = new ctor(new ArrayBuffer(count * ctor.BYTES_PER_ELEMENT), 0, count);
  fillFromTypedField(r, fields2, field, elemType, out);
  return out;
}
function fillFromTypedField(r, fields2, field, elemType, out) {
  const name = FIELD_NAMES[field];
  let i = 0;
  if (field === TensorField.floatData || field === TensorField.doubleData) {
    const width = field === TensorField.floatData ? 4 : 8;
    const sink2 = out;
    for (const f of fields2) {
      const run = r.fixedRun(f, width, name);
      const view = new DataView(run.buffer, run.byteOffset, run.length);
      for (let p = 0; p < run.length; p += width) sink2[i++] = width === 4 ? view.getFloat32(p, true) : view.getFloat64(p, true);
    }
    return;
  }
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) {
    const toBig = out instanceof BigInt64Array ? toBigInt : toBigUint;
    for (const f of fields2) r.varints(f, name, (lo, hi) => out[i++] = toBig(lo, hi));
    return;
  }
  const sink = out;
  const convert = int32Converter(elemType);
  for (const f of fields2) r.varints(f, name, (lo) => sink[i++] = convert(lo));
}
function int32Converter(elemType) {
  switch (elemType) {
    case "bool":
      return (lo) => lo !== 0 ? 1 : 0;
    case "float16":
    case "bfloat16":
      return (lo) => lo & 65535;
    // the bit pattern, as onnx.proto prescribes
    case "uint32":
      return (lo) => lo;
    default:
      return (lo) => lo | 0;
  }
}
function arrayMatches(elemType, data) {
  if (elemType === "string") return Array.isArray(data) && data.every((s) => typeof s === "string");
  const storage = STORAGE[elemType];
  return !!storage && data instanceof storage.ctor;
}
function encodeTensorProto(t) {
  const what = t.name ? `tensor "${t.name}"` : "tensor";
  const fail = (detail) => {
    throw new InputError(`cannot encode ${what}: ${detail}`);
  };
  const count = elementCount(t.dims, fail);
  if (!arrayMatches(t.elemType, t.data)) fail(`its data is not the array type model-gate uses for ${t.elemType}`);
  if (t.data.length !== count) fail(`it has ${t.data.length} values but shape ${formatDims(t.dims)} needs ${count}`);
  const w = new WireWriter();
  for (const d of t.dims) w.varint(TensorField.dims, d);
  w.varint(TensorField.dataType, dataTypeFromElemType(t.elemType));
  if (Array.isArray(t.data)) for (const s of t.data) w.string(TensorField.stringData, s);
  if (t.name) w.string(TensorField.name, t.name);
  if (!Array.isArray(t.data)) w.bytes(TensorField.rawData, littleEndianBytes(t.data));
  return w.finish();
}
function littleEndianBytes(data) {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (LITTLE_ENDIAN_HOST) return bytes;
  const copy = bytes.slice();
  swapToHostOrder(copy, data.BYTES_PER_ELEMENT);
  return copy;
}

// src/onnx/tensors.ts
var LAYOUT_BYTES = { f32: 4, f16: 2, bf16: 2, f64: 8 };
var LAYOUT_OF_TYPE = { 1: "f32", 10: "f16", 11: "f64", 14: "f32", 15: "f64", 16: "bf16" };
var MIN_FLOAT_PAYLOAD = 64;
var MAX_DEPTH = 64;
var Model = { graph: 7, trainingInfo: 20, functions: 25 };
var Graph = { node: 1, initializer: 5, sparseInitializer: 15 };
var Node = { attribute: 5 };
var Attribute = { t: 5, g: 6, tensors: 10, graphs: 11, sparseTensor: 22, sparseTensors: 23 };
var Sparse = { values: 1, indices: 2 };
var TrainingInfo = { initialization: 1, algorithm: 2 };
var FunctionNode = 7;
function mapTensors(path) {
  return walkFile(path, walkModel);
}
function mapTensorsInBytes(bytes, label) {
  return walkBytes(bytes, label, walkModel);
}
function* walkModel(c) {
  const found = { runs: [], external: [] };
  for (const f of yield* fields(c, 0, c.size)) {
    if (f.no === Model.graph) yield* walkGraph(c, f, found, 0);
    else if (f.no === Model.trainingInfo) {
      for (const g of yield* fields(c, ...bounds(c, f, "ModelProto.training_info"))) {
        if (g.no === TrainingInfo.initialization || g.no === TrainingInfo.algorithm) yield* walkGraph(c, g, found, 0);
      }
    } else if (f.no === Model.functions) {
      for (const n of yield* fields(c, ...bounds(c, f, "ModelProto.functions"))) {
        if (n.no === FunctionNode) yield* walkNode(c, n, found, 0);
      }
    }
  }
  return { runs: disjoint(found.runs), external: found.external };
}
function* fields(c, start, end) {
  const out = [];
  for (let pos = start; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    out.push(f);
  }
  return out;
}
function bounds(c, f, what) {
  expectWire(f, WIRE_LEN, c.label, what);
  return [f.offset, f.offset + f.length];
}
function* walkGraph(c, graph, found, depth) {
  if (depth > MAX_DEPTH) throw new InputError(`${c.label}: subgraphs nested more than ${MAX_DEPTH} deep`);
  for (const f of yield* fields(c, ...bounds(c, graph, "GraphProto"))) {
    if (f.no === Graph.node) yield* walkNode(c, f, found, depth);
    else if (f.no === Graph.initializer) yield* walkTensor(c, f, found);
    else if (f.no === Graph.sparseInitializer) yield* walkSparse(c, f, found);
  }
}
function* walkNode(c, node, found, depth) {
  for (const f of yield* fields(c, ...bounds(c, node, "NodeProto"))) {
    if (f.no !== Node.attribute) continue;
    for (const a of yield* fields(c, ...bounds(c, f, "NodeProto.attribute"))) {
      if (a.no === Attribute.t || a.no === Attribute.tensors) yield* walkTensor(c, a, found);
      else if (a.no === Attribute.g || a.no === Attribute.graphs) yield* walkGraph(c, a, found, depth + 1);
      else if (a.no === Attribute.sparseTensor || a.no === Attribute.sparseTensors) yield* walkSparse(c, a, found);
    }
  }
}
function* walkSparse(c, sparse, found) {
  for (const f of yield* fields(c, ...bounds(c, sparse, "SparseTensorProto"))) {
    if (f.no === Sparse.values || f.no === Sparse.indices) yield* walkTensor(c, f, found);
  }
}
function* walkTensor(c, tensor, found) {
  const t = yield* readTensor(c, tensor);
  if (t.external) {
    found.external.push(externalTensor(c.label, t));
    return;
  }
  const layout = LAYOUT_OF_TYPE[t.dataType];
  if (t.raw && layout) addRun(found, t.raw, layout);
  for (const f of t.floatData) if (f.wireType === WIRE_LEN) addRun(found, f, "f32");
  for (const f of t.doubleData) if (f.wireType === WIRE_LEN) addRun(found, f, "f64");
}
function* readTensor(c, tensor) {
  const t = { name: "", dataType: 0, dims: [], raw: null, floatData: [], doubleData: [], external: false, entries: /* @__PURE__ */ new Map() };
  for (const f of yield* fields(c, ...bounds(c, tensor, "TensorProto"))) {
    switch (f.no) {
      case TensorField.dims:
        if (f.wireType === WIRE_VARINT) t.dims.push(Number(toBigInt(f.lo, f.hi)));
        else {
          expectWire(f, WIRE_LEN, c.label, "TensorProto.dims");
          forEachVarint(yield* c.read(f.offset, f.length), c.label, (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
        }
        break;
      case TensorField.dataType:
        t.dataType = fieldInt32(f, c.label, "TensorProto.data_type");
        break;
      case TensorField.name:
        t.name = yield* c.string(f, "TensorProto.name");
        break;
      case TensorField.rawData:
        expectWire(f, WIRE_LEN, c.label, "TensorProto.raw_data");
        t.raw = f;
        break;
      case TensorField.floatData:
        t.floatData.push(f);
        break;
      case TensorField.doubleData:
        t.doubleData.push(f);
        break;
      case TensorField.dataLocation:
        t.external ||= fieldInt32(f, c.label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.externalData: {
        const entry = yield* c.message(f, "TensorProto.external_data");
        let key = "";
        let value = "";
        for (const e of entry) {
          if (e.no === 1) key = entry.string(e, "StringStringEntryProto.key");
          else if (e.no === 2) value = entry.string(e, "StringStringEntryProto.value");
        }
        t.entries.set(key, value);
        break;
      }
    }
  }
  return t;
}
function addRun(found, f, layout) {
  const size = LAYOUT_BYTES[layout];
  if (f.length < MIN_FLOAT_PAYLOAD || f.length % size !== 0) return;
  found.runs.push({ offset: f.offset, length: f.length, layout });
}
function externalTensor(label, t) {
  const what = `${label}: tensor "${t.name}" (external data)`;
  const number = (key) => {
    const text = t.entries.get(key);
    if (text === void 0) return null;
    if (!/^\d{1,16}$/.test(text)) throw new InputError(`${what}: "${key}" is ${JSON.stringify(text)}, not a byte count`);
    return Number(text);
  };
  const location = t.entries.get("location");
  if (location === void 0) throw new InputError(`${what}: has no "location" entry`);
  return { name: t.name, location, offset: number("offset") ?? 0, length: number("length"), dataType: t.dataType, dims: t.dims };
}
function disjoint(runs) {
  const sorted = [...runs].sort((a, b) => a.offset - b.offset);
  const out = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (!last || r.offset >= last.offset + last.length) out.push(r);
  }
  return out;
}
function tensorBytes(dataType, dims) {
  const bits = dataTypeBits(dataType);
  if (!bits) return null;
  let count = 1;
  for (const d of dims) {
    if (!Number.isSafeInteger(d) || d < 0) return null;
    count *= d;
  }
  const bytes = Math.ceil(count * bits / 8);
  return Number.isSafeInteger(bytes) ? bytes : null;
}
function layoutOf(dataType) {
  return LAYOUT_OF_TYPE[dataType] ?? null;
}

// src/pack/external-data.ts
function isBareFileName(name) {
  return name.length > 0 && name.length <= 255 && !/[/\\\0]/.test(name) && name !== "." && name !== ".." && !/^[A-Za-z]:/.test(name);
}
async function checkExternalData(modelPath, tensors) {
  const folder = dirname(modelPath);
  const model = await lstat(modelPath);
  const files = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    const what = `${modelPath}: tensor "${t.name}" keeps its data in ${JSON.stringify(t.location)}`;
    if (!isBareFileName(t.location)) throw new InputError(`${what}, which is not a bare file name in the model's folder (no folders, no "..", no absolute paths)`);
    const file = files.get(t.location) ?? await dataFile(join(folder, t.location), t.location, model, what);
    files.set(t.location, file);
    const expected = tensorBytes(t.dataType, t.dims);
    if (expected === null) throw new InputError(`${what}, but its type and shape do not give a byte size (data_type ${t.dataType}, dims [${t.dims.join(",")}])`);
    const length = t.length ?? expected;
    if (length !== expected) throw new InputError(`${what} with length ${length}, but its shape [${t.dims.join(",")}] and type need ${expected} bytes`);
    if (t.offset + length > file.size) throw new InputError(`${what} at offset ${t.offset}, length ${length}: past the end of the ${file.size}-byte file`);
    const layout = layoutOf(t.dataType);
    if (layout && length >= MIN_FLOAT_PAYLOAD) file.runs.push({ offset: t.offset, length, layout });
  }
  return [...files.values()].map((f) => ({ ...f, runs: disjoint(f.runs) }));
}
async function dataFile(path, location, model, what) {
  const info = await lstat(path).catch(() => null);
  if (!info) throw new InputError(`${what}, which does not exist (${path})`);
  if (info.isSymbolicLink()) throw new InputError(`${what}, which is a symbolic link; external data must be a regular file in the model's folder`);
  if (!info.isFile()) throw new InputError(`${what}, which is not a regular file`);
  if (info.nlink > 1) throw new InputError(`${what}, which is a hard link (${info.nlink} names for one file); external data must be a file of its own`);
  if (info.dev === model.dev && info.ino === model.ino) throw new InputError(`${what}, which is the model file itself`);
  return { location, path, size: info.size, runs: [] };
}

// src/pack/manifest.ts
var MANIFEST_FILE = "manifest.json";
var MANIFEST_SCHEMA = "model-gate/manifest";
var MANIFEST_VERSION = 3;
var READABLE_VERSIONS = [1, 2, 3];
function sameRawContent(a, b) {
  const same = (x, y) => x.sha256 === y.sha256 && x.bytes === y.bytes;
  const external = (m) => new Map((m.externalData ?? []).map((e) => [e.location, e.raw]));
  const ea = external(a);
  const eb = external(b);
  return same(a.raw, b.raw) && ea.size === eb.size && [...ea].every(([location, digest]) => eb.has(location) && same(digest, eb.get(location)));
}
function modelNameOf(path) {
  return basename(path).replace(/\.onnx$/i, "");
}
function packedBlobs(model) {
  return [model, ...model.externalData ?? []];
}
function packedFileName(model, codec, location) {
  return `${model}${location === void 0 ? ".onnx" : `.${location}`}${CODECS[codec].extension}`;
}
var PACKED_MODEL_SUFFIXES = CODEC_NAMES.map((codec) => packedFileName("", codec));
function isPackedFileName(path) {
  return PACKED_MODEL_SUFFIXES.some((suffix) => path.endsWith(suffix));
}
function totalPackedBytes(m) {
  return packedBlobs(m).reduce((n, b) => n + b.packed.bytes, 0);
}
async function readManifest(dir) {
  const path = join2(dir, MANIFEST_FILE);
  const text = await readUntrustedText(path, "manifest");
  return validateManifest(parseUntrustedJson(text, path), path);
}
function validateManifest(data, path) {
  const fail = (what) => {
    throw new InputError(`${path}: ${what}`);
  };
  if (!isObject(data)) return fail("manifest is not a JSON object");
  if (data.schema !== MANIFEST_SCHEMA) fail(`"schema" must be "${MANIFEST_SCHEMA}"`);
  if (!READABLE_VERSIONS.includes(data.schemaVersion)) {
    fail(`"schemaVersion" ${JSON.stringify(data.schemaVersion)} is not supported (this model-gate reads ${READABLE_VERSIONS.join(", ")})`);
  }
  if (!Array.isArray(data.models)) return fail('"models" must be an array');
  const names = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Set();
  const restored = /* @__PURE__ */ new Set();
  const claim = (set, name, at, what) => {
    if (set.has(name)) fail(`${at}: ${what} "${name}" appears twice in the pack`);
    set.add(name);
  };
  data.models.forEach((m, i) => {
    const at = `models[${i}]`;
    if (!isObject(m)) return fail(`${at} is not an object`);
    if (typeof m.name !== "string" || !isBareFileName(m.name) || m.name.startsWith(".")) fail(`${at}.name must be a plain file name`);
    if (names.has(m.name)) fail(`${at}.name "${m.name}" appears twice`);
    names.add(m.name);
    claim(restored, `${m.name}.onnx`, at, "restored file");
    checkBlob(m, at, data.schemaVersion, fail);
    claim(files, m.file, at, "packed file");
    if (!Number.isInteger(m.level)) fail(`${at}.level must be an integer`);
    if (!isObject(m.onnx) || !Array.isArray(m.onnx.inputs) || !Array.isArray(m.onnx.outputs)) {
      fail(`${at}.onnx must describe the model's inputs and outputs`);
    }
    if (m.variant !== void 0) {
      const v = m.variant;
      if (!isObject(v) || !VARIANT_IDS.includes(v.name)) fail(`${at}.variant.name must be one of ${VARIANT_IDS.join(", ")}`);
      checkDigest(v.original, `${at}.variant.original`, fail, true);
    }
    if (m.externalData === void 0) return;
    if (data.schemaVersion === 1 || !Array.isArray(m.externalData)) return fail(`${at}.externalData must be an array (schema version 2 on)`);
    m.externalData.forEach((e, j) => {
      const eat = `${at}.externalData[${j}]`;
      if (!isObject(e)) return fail(`${eat} is not an object`);
      if (typeof e.location !== "string" || !isBareFileName(e.location)) fail(`${eat}.location must be a bare file name`);
      claim(restored, e.location, eat, "restored file");
      checkBlob(e, eat, data.schemaVersion, fail);
      claim(files, e.file, eat, "packed file");
    });
  });
  return data;
}
function checkBlob(b, at, version, fail) {
  const codecs = CODEC_NAMES.filter((c) => CODECS[c].since <= version);
  if (!codecs.includes(b.codec)) fail(`${at}.codec ${JSON.stringify(b.codec)} is not supported (expected ${codecs.join(" or ")})`);
  const { extension } = CODECS[b.codec];
  if (typeof b.file !== "string" || !isBareFileName(b.file) || b.file.startsWith(".") || !b.file.endsWith(extension)) {
    fail(`${at}.file must be a plain file name ending in ${extension}`);
  }
  checkDigest(b.raw, `${at}.raw`, fail, true);
  checkDigest(b.packed, `${at}.packed`, fail, version < 3);
}
function checkDigest(value, at, fail, sha256Required) {
  if (!isObject(value)) return fail(`${at} must be an object with bytes${sha256Required ? " and sha256" : ""}`);
  if (!Number.isSafeInteger(value.bytes) || value.bytes < 0) fail(`${at}.bytes must be a non-negative integer`);
  if (!sha256Required && value.sha256 === void 0) return;
  if (typeof value.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(value.sha256)) {
    fail(`${at}.sha256 must be 64 lowercase hex digits`);
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function packedModels(dir, manifest) {
  return manifest.models.map((entry) => ({ entry, path: join2(dir, entry.file) }));
}

export {
  WIRE_VARINT,
  WIRE_LEN,
  ProtobufError,
  toBigInt,
  expectWire,
  fieldInt,
  fieldInt32,
  WireReader,
  forEachVarint,
  countVarints,
  walkFile,
  WireWriter,
  TensorField,
  DATA_LOCATION_EXTERNAL,
  elemTypeFromDataType,
  dataTypeFromElemType,
  dataTypeBits,
  bytesPerTypedValue,
  numericArrayFromLE,
  elementCount,
  formatDims,
  decodeTensorProto,
  encodeTensorProto,
  LAYOUT_BYTES,
  mapTensors,
  mapTensorsInBytes,
  tensorBytes,
  checkExternalData,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  sameRawContent,
  modelNameOf,
  packedBlobs,
  packedFileName,
  PACKED_MODEL_SUFFIXES,
  isPackedFileName,
  totalPackedBytes,
  readManifest,
  validateManifest,
  packedModels
};
//# sourceMappingURL=chunk-VL6WFHWH.js.map
