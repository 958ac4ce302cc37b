import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function fileError(path, err) {
  const code = err?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory, expected a file" : code === "ENOTDIR" ? "a parent of this path is not a directory" : `cannot read (${err instanceof Error ? err.message : String(err)})`;
  return new InputError(`${path}: ${reason}`);
}

// src/bench/cold-load.ts
import { performance } from "node:perf_hooks";

// src/pack/restore.ts
import { mkdtemp, open as open4, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join3 } from "node:path";

// src/util/fs.ts
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
function temporaryPath(finalPath) {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

// src/pack/external-data.ts
import { lstat } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";

// src/onnx/wire.ts
import { open } from "node:fs/promises";
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
    fh = await open(path, "r");
  } catch (err) {
    throw fileError(path, err);
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
function dataTypeBits(dataType) {
  return DATA_TYPES[dataType]?.bits;
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

// src/pack/tensors.ts
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
    const text2 = t.entries.get(key);
    if (text2 === void 0) return null;
    if (!/^\d{1,16}$/.test(text2)) throw new InputError(`${what}: "${key}" is ${JSON.stringify(text2)}, not a byte count`);
    return Number(text2);
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
  const folder = dirname2(modelPath);
  const model = await lstat(modelPath);
  const files = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    const what = `${modelPath}: tensor "${t.name}" keeps its data in ${JSON.stringify(t.location)}`;
    if (!isBareFileName(t.location)) throw new InputError(`${what}, which is not a bare file name in the model's folder (no folders, no "..", no absolute paths)`);
    const file = files.get(t.location) ?? await dataFile(join2(folder, t.location), t.location, model, what);
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

// src/pack/sinks.ts
import { createHash } from "node:crypto";
var StreamOutput = class {
  constructor(file) {
    this.file = file;
  }
  file;
  hash = createHash("sha256");
  bytes = 0;
  get fd() {
    return this.file?.fd ?? null;
  }
  hashOnly(chunk) {
    this.bytes += chunk.length;
    this.hash.update(chunk);
  }
  async push(chunk) {
    const at2 = this.bytes;
    this.bytes += chunk.length;
    const written = this.file ? writeAll(this.file, chunk, at2) : null;
    this.hash.update(chunk);
    await written;
  }
  close() {
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
};
async function writeAll(file, chunk, at2) {
  for (let done = 0; done < chunk.length; ) {
    const { bytesWritten } = await file.write(chunk, done, chunk.length - done, at2 + done);
    done += bytesWritten;
  }
}
function fileOutput(file) {
  return new StreamOutput(file);
}
var BufferOutput = class {
  buffer;
  offset = 0;
  hash = createHash("sha256");
  fd = null;
  constructor(size) {
    this.buffer = Buffer.allocUnsafe(size);
  }
  hashOnly() {
    throw new Error("internal: a buffer output has no file to write to");
  }
  async push(chunk) {
    if (this.offset + chunk.length > this.buffer.length) throw new Error("internal: more bytes than the buffer holds");
    this.buffer.set(chunk, this.offset);
    this.offset += chunk.length;
    this.hash.update(chunk);
  }
  close() {
    return { bytes: this.offset, sha256: this.hash.digest("hex") };
  }
};

// src/pack/zstd.ts
import { availableParallelism } from "node:os";
import { open as open3 } from "node:fs/promises";
import binding2 from "zstd-napi/binding.js";

// src/pack/container.ts
var MAGIC = Buffer.from("MGPLANES", "latin1");
var FORMAT_VERSION = 1;
var HEADER_BYTES = 44;
var BLOCK_SIZE = 8 << 20;
var MAX_BLOCK_SIZE = 64 << 20;
var MAX_SEGMENTS = 1 << 22;
var ELEMENT_BYTES = [1, 4, 2, 2, 8];
function isPlanesContainer(firstBytes) {
  return firstBytes.length >= MAGIC.length && MAGIC.every((b, i) => firstBytes[i] === b);
}
function parseHeader(bytes, packedSize, expectedRaw, kernel, fail) {
  if (bytes.length < HEADER_BYTES) fail("is too short to be an onnx-planes container");
  if (!isPlanesContainer(bytes)) fail("is not an onnx-planes container (wrong magic)");
  const v = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = v.getUint16(8, true);
  if (version !== FORMAT_VERSION) fail(`is an onnx-planes container of version ${version}; this model-gate reads version ${FORMAT_VERSION}`);
  if (v.getUint32(40, true) !== kernel.crc32(bytes.subarray(0, 40))) fail("has a corrupt onnx-planes header (CRC-32 mismatch)");
  if (v.getUint16(10, true) !== 0) fail("has onnx-planes flags this model-gate does not know");
  const rawSize = v.getBigUint64(16, true);
  const h = {
    blockSize: v.getUint32(12, true),
    rawSize: Number(rawSize),
    segmentCount: v.getUint32(24, true),
    tableRawBytes: v.getUint32(28, true),
    tablePackedBytes: v.getUint32(32, true),
    blockCount: v.getUint32(36, true)
  };
  if (rawSize !== BigInt(expectedRaw)) fail(`declares ${rawSize} restored bytes but the manifest says ${expectedRaw}`);
  if (h.blockSize < 1 || h.blockSize > MAX_BLOCK_SIZE) fail(`declares blocks of ${h.blockSize} bytes (at most ${MAX_BLOCK_SIZE} allowed)`);
  if (h.segmentCount > Math.min(MAX_SEGMENTS, Math.max(1, h.rawSize))) fail(`declares ${h.segmentCount} segments, more than its size allows`);
  if (h.tableRawBytes < 2 * h.segmentCount || h.tableRawBytes > 9 * h.segmentCount) fail(`declares a ${h.tableRawBytes}-byte segment table for ${h.segmentCount} segments`);
  if (HEADER_BYTES + h.tablePackedBytes > packedSize) fail("declares a segment table that runs past the end of the file");
  const minBlocks = Math.ceil(h.rawSize / h.blockSize);
  if (h.blockCount < minBlocks || h.blockCount > minBlocks + h.segmentCount) fail(`declares ${h.blockCount} blocks, impossible for ${h.rawSize} bytes in blocks of ${h.blockSize}`);
  return h;
}
function parseTable(raw, h, fail) {
  const segments = [];
  let total = 0;
  for (let p = 0; p < raw.length; ) {
    const layout = raw[p++];
    if (layout >= ELEMENT_BYTES.length) fail(`segment ${segments.length} has unknown layout code ${layout}`);
    let length = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (p >= raw.length || i >= 8) fail(`segment ${segments.length} has a malformed length`);
      const b = raw[p++];
      length += (b & 127) * scale;
      scale *= 128;
      if (b < 128) break;
    }
    if (length === 0 || length % ELEMENT_BYTES[layout] !== 0) fail(`segment ${segments.length} has length ${length}, not a positive number of whole elements`);
    total += length;
    segments.push({ layout, length });
  }
  if (segments.length !== h.segmentCount) fail(`segment table holds ${segments.length} segments, the header says ${h.segmentCount}`);
  if (total !== h.rawSize) fail(`segments add up to ${total} bytes, the header says ${h.rawSize}`);
  return segments;
}
var BlockCursor = class {
  constructor(segments, fail) {
    this.segments = segments;
    this.fail = fail;
  }
  segments;
  fail;
  index = 0;
  usedInSegment = 0;
  next(rawLength, block) {
    const pieces = [];
    for (let left = rawLength; left > 0; ) {
      const segment = this.segments[this.index];
      if (!segment) this.fail(`block ${block} runs past the end of the segment table`);
      const take = Math.min(left, segment.length - this.usedInSegment);
      if (take % ELEMENT_BYTES[segment.layout] !== 0) this.fail(`block ${block} ends inside a float element`);
      pieces.push(segment.layout, take);
      left -= take;
      this.usedInSegment += take;
      if (this.usedInSegment === segment.length) {
        this.index++;
        this.usedInSegment = 0;
      }
    }
    return pieces;
  }
  get done() {
    return this.index === this.segments.length;
  }
};

// src/pack/planes.ts
import { open as open2 } from "node:fs/promises";
import binding from "zstd-napi/binding.js";

// src/pack/kernel.ts
function codecKernel(zstd, wasmBytes) {
  const PLANES = [1, 4, 2, 2, 8];
  const ELEMENT_BYTES2 = [1, 4, 2, 2, 8];
  const FIRST_STREAM = [0, 1, 5, 7, 9];
  const STREAMS = 17;
  const WINDOW_LOG_MAX2 = 27;
  const FLUSH_ELEMENTS = 4096;
  const HIGH_LEVEL = 10;
  const CRC_TABLE = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    CRC_TABLE[n] = c;
  }
  function crc32(bytes) {
    let c = -1;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ c >>> 8;
    return (c ^ -1) >>> 0;
  }
  function streamName(s) {
    if (s === 0) return "pass-through stream";
    const layout = FIRST_STREAM.findLastIndex((first) => first <= s);
    return `${["", "f32", "f16", "bf16", "f64"][layout]} plane ${s - FIRST_STREAM[layout]}`;
  }
  function streamSizes(pieces) {
    const sizes = new Array(STREAMS).fill(0);
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i];
      const count = pieces[i + 1] / ELEMENT_BYTES2[layout];
      for (let p = 0; p < PLANES[layout]; p++) sizes[FIRST_STREAM[layout] + p] += count;
    }
    return sizes;
  }
  const WA = globalThis.WebAssembly;
  const wasm = new WA.Instance(new WA.Module(wasmBytes)).exports;
  let heap = new Uint8Array(wasm.memory.buffer);
  function reserve(bytes) {
    const have = wasm.memory.buffer.byteLength;
    if (bytes > have) wasm.memory.grow(Math.ceil((bytes - have) / 65536));
    heap = new Uint8Array(wasm.memory.buffer);
  }
  function splitF64(w, p, at2) {
    for (let i = 0; i < w.length / 2; i++) {
      const lo = w[2 * i];
      const hi = w[2 * i + 1];
      const e = hi >>> 20 & 2047;
      const j = at2 + i;
      p[0][j] = (e & 31) << 3 | hi >>> 17 & 7;
      p[1][j] = e >>> 5 << 2 | hi >>> 15 & 2 | hi >>> 31;
      p[2][j] = hi >>> 8;
      p[3][j] = hi;
      p[4][j] = lo >>> 24;
      p[5][j] = lo >>> 16;
      p[6][j] = lo >>> 8;
      p[7][j] = lo;
    }
  }
  function mergeF64(w, p, at2) {
    for (let i = 0; i < w.length / 2; i++) {
      const j = at2 + i;
      const x = p[0][j];
      const y = p[1][j];
      w[2 * i + 1] = (y & 1) << 31 | y >>> 2 << 25 | x >>> 3 << 20 | (x & 7) << 17 | (y & 2) << 15 | p[2][j] << 8 | p[3][j];
      w[2 * i] = p[4][j] << 24 | p[5][j] << 16 | p[6][j] << 8 | p[7][j];
    }
  }
  function assertLittleEndian() {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("the onnx-planes codec needs a little-endian host");
  }
  let scratch = new ArrayBuffer(0);
  function aligned(bytes) {
    if (scratch.byteLength < bytes) scratch = new ArrayBuffer(Math.max(bytes, 1 << 20));
    return scratch;
  }
  function streamOffsets(sizes, base) {
    let at2 = base;
    return sizes.map((n) => {
      const offset = at2;
      at2 += n;
      return offset;
    });
  }
  function splitRun(layout, src, count, planes, at2) {
    const [a, b, c, d] = planes.map((p) => p + at2);
    if (layout === 1) wasm.split32(src, a, b, c, d, count);
    else if (layout === 2) wasm.splitF16(src, a, b, count);
    else if (layout === 3) wasm.splitBf16(src, a, b, count);
    else {
      const buf = aligned(count * 8);
      new Uint8Array(buf, 0, count * 8).set(heap.subarray(src, src + count * 8));
      splitF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at2);
    }
  }
  function mergeRun(layout, dst, count, planes, at2) {
    const [a, b, c, d] = planes.map((p) => p + at2);
    if (layout === 1) wasm.merge32(a, b, c, d, dst, count);
    else if (layout === 2) wasm.mergeF16(a, b, dst, count);
    else if (layout === 3) wasm.mergeBf16(a, b, dst, count);
    else {
      const buf = aligned(count * 8);
      mergeF64(new Uint32Array(buf, 0, count * 2), planes.map((p) => heap.subarray(p)), at2);
      heap.set(new Uint8Array(buf, 0, count * 8), dst);
    }
  }
  function walkPieces(pieces, offsets, each) {
    const taken = new Array(STREAMS).fill(0);
    let offset = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const layout = pieces[i];
      const length = pieces[i + 1];
      const first = FIRST_STREAM[layout];
      each(layout, offset, length, offsets.slice(first, first + PLANES[layout]), taken[first]);
      offset += length;
      const used = length / ELEMENT_BYTES2[layout];
      for (let p = 0; p < PLANES[layout]; p++) taken[first + p] += used;
    }
  }
  function gather(raw, pieces) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    reserve(raw.length + sizes.reduce((a, b) => a + b, 0));
    heap.set(raw, 0);
    const offsets = streamOffsets(sizes, raw.length);
    const flushAt = sizes.map(() => []);
    const lastCount = new Array(5).fill(0);
    walkPieces(pieces, offsets, (layout, offset, length, planes, at2) => {
      if (layout === 0) {
        heap.copyWithin(planes[0] + at2, offset, offset + length);
        return;
      }
      const count = length / ELEMENT_BYTES2[layout];
      const first = FIRST_STREAM[layout];
      if (at2 > 0 && (count >= FLUSH_ELEMENTS || lastCount[layout] >= FLUSH_ELEMENTS)) {
        for (let p = 0; p < PLANES[layout]; p++) flushAt[first + p].push(at2);
      }
      splitRun(layout, offset, count, planes, at2);
      lastCount[layout] = count;
    });
    return sizes.map((n, s) => ({ bytes: heap.subarray(offsets[s], offsets[s] + n), flushAt: flushAt[s] }));
  }
  const cctx = new zstd.CCtx();
  function frameBound(plan) {
    return zstd.compressBound(plan.bytes.length) + 64 * (plan.flushAt.length + 1);
  }
  function compressFrame(plan, level, out) {
    const src = plan.bytes;
    cctx.reset(zstd.ResetDirective.sessionAndParameters);
    cctx.setParameter(zstd.CParameter.compressionLevel, level);
    cctx.setParameter(zstd.CParameter.checksumFlag, 1);
    cctx.setParameter(zstd.CParameter.contentSizeFlag, 1);
    cctx.setPledgedSrcSize(src.length);
    const cuts = [...plan.flushAt, src.length];
    let written = 0;
    let from = 0;
    for (const [k, to] of cuts.entries()) {
      const last = k === cuts.length - 1;
      let input = src.subarray(from, to);
      from = to;
      for (; ; ) {
        if (written === out.length) throw new Error("zstd output exceeded its bound");
        const [remaining, produced, consumed] = cctx.compressStream2(out.subarray(written), input, last ? zstd.EndDirective.end : zstd.EndDirective.flush);
        written += produced;
        input = input.subarray(consumed);
        if (remaining === 0 && input.length === 0) break;
      }
    }
    return written;
  }
  function compressPlane(plan, level, out) {
    if (level < HIGH_LEVEL) return compressFrame(plan, Math.min(level, 1), out);
    const fast = compressFrame(plan, 1, out);
    const second = out.subarray(fast);
    const slow = compressFrame(plan, level, second);
    if (slow >= fast) return fast;
    out.copyWithin(0, fast, fast + slow);
    return slow;
  }
  let blockOut = new Uint8Array(0);
  function encodeBlock(raw, pieces, level, into) {
    const plans = gather(raw, pieces).map((plan, s) => ({ plan, s })).filter(({ plan }) => plan.bytes.length > 0);
    const headerBytes = 4 * (plans.length + 2);
    const retry = level < HIGH_LEVEL ? 0 : Math.max(0, ...plans.filter(({ s }) => s > 0).map(({ plan }) => frameBound(plan)));
    const bound = headerBytes + plans.reduce((n, { plan }) => n + frameBound(plan), 0) + retry;
    let out = into;
    if (!out || out.length < bound) {
      if (blockOut.length < bound) blockOut = new Uint8Array(bound);
      out = blockOut;
    }
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(0, raw.length, true);
    let at2 = headerBytes;
    plans.forEach(({ plan, s }, i) => {
      const room2 = out.subarray(at2);
      const length = s === 0 ? compressFrame(plan, level, room2) : compressPlane(plan, level, room2);
      view.setUint32(4 + 4 * i, length, true);
      at2 += length;
    });
    view.setUint32(headerBytes - 4, crc32(out.subarray(0, headerBytes - 4)), true);
    return out.subarray(0, at2);
  }
  function frameHeaderProblem(header, expected) {
    if (header.length < 6) return "is too short to be a zstd frame";
    const magic = (header[0] | header[1] << 8 | header[2] << 16 | header[3] << 24) >>> 0;
    if ((magic & 4294967280) === 407710288) return "is a skippable zstd frame, where a data frame belongs";
    if (magic !== 4247762216) return "is not a zstd frame (wrong magic number)";
    const descriptor = header[4];
    if ((descriptor & 4) === 0) return "is a zstd frame without a content checksum";
    let declared;
    try {
      declared = zstd.getFrameContentSize(header);
    } catch {
      return "has a malformed zstd frame header";
    }
    if (declared === null) return "is a zstd frame that does not declare its content size";
    if (declared !== expected) return `is a zstd frame declaring ${declared} bytes where ${expected} are expected`;
    const window = (descriptor & 32) === 0 ? windowSize(header[5]) : expected;
    if (window > 2 ** WINDOW_LOG_MAX2) return `is a zstd frame asking a ${window}-byte window (at most 2^${WINDOW_LOG_MAX2} allowed)`;
    return null;
  }
  function windowSize(descriptor) {
    const base = 2 ** (10 + (descriptor >>> 3));
    return base + base / 8 * (descriptor & 7);
  }
  const dctx = new zstd.DCtx();
  dctx.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX2);
  function decodeFrame(frame, out, what) {
    const problem = frameHeaderProblem(frame.subarray(0, 18), out.length);
    if (problem) throw new Error(`${what} ${problem}`);
    let size;
    try {
      size = zstd.findFrameCompressedSize(frame);
    } catch {
      throw new Error(`${what} is truncated or corrupt (its zstd blocks run past the ${frame.length} bytes given to it)`);
    }
    if (size !== frame.length) throw new Error(`${what} has ${frame.length - size} bytes after its zstd frame`);
    dctx.reset(zstd.ResetDirective.sessionOnly);
    let result;
    try {
      result = dctx.decompressStream(out, frame);
    } catch (error) {
      throw new Error(`${what} is corrupt (${error.message})`);
    }
    const [hint, produced, consumed] = result;
    if (hint !== 0 || produced !== out.length || consumed !== frame.length) {
      throw new Error(`${what} did not decode to exactly ${out.length} bytes`);
    }
  }
  function decodeBlock(frames, pieces, packed, out, label) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    const total = sizes.reduce((a, b) => a + b, 0);
    reserve(total + out.length);
    const offsets = streamOffsets(sizes, 0);
    let at2 = 0;
    let k = 0;
    sizes.forEach((size, s) => {
      if (size === 0) return;
      const frame = frames.subarray(at2, at2 + packed[k]);
      at2 += packed[k++];
      decodeFrame(frame, heap.subarray(offsets[s], offsets[s] + size), `${label}, ${streamName(s)},`);
    });
    if (at2 !== frames.length) throw new Error(`${label} has ${frames.length - at2} bytes that belong to no stream`);
    walkPieces(pieces, offsets, (layout, offset, length, planes, from) => {
      if (layout === 0) heap.copyWithin(total + offset, planes[0] + from, planes[0] + from + length);
      else mergeRun(layout, total + offset, length / ELEMENT_BYTES2[layout], planes, from);
    });
    out.set(heap.subarray(total, total + out.length));
  }
  return { crc32, streamSizes, streamName, encodeBlock, decodeBlock, decodeFrame, frameHeaderProblem, ELEMENT_BYTES: ELEMENT_BYTES2, STREAMS };
}

// src/pack/simd.ts
function uleb(n) {
  const out = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n !== 0) b |= 128;
    out.push(b);
  } while (n !== 0);
  return out;
}
function sleb(n) {
  const out = [];
  for (; ; ) {
    const b = n & 127;
    n >>= 7;
    if (n === 0 && (b & 64) === 0 || n === -1 && (b & 64) !== 0) return [...out, b];
    out.push(b | 128);
  }
}
var I32 = 127;
var V128 = 123;
var get = (i) => [32, ...uleb(i)];
var set = (i) => [33, ...uleb(i)];
var i32 = (n) => [65, ...sleb(n)];
var ADD = 106;
var AND = 113;
var OR = 114;
var SHL = 116;
var SHR = 118;
var memarg = (offset) => [0, ...uleb(offset)];
var load8 = (offset = 0) => [45, ...memarg(offset)];
var store8 = (offset = 0) => [58, ...memarg(offset)];
var load16 = () => [47, 1, 0];
var store16 = () => [59, 1, 0];
var load32 = () => [40, 2, 0];
var store32 = () => [54, 2, 0];
var simd = (op, ...imm) => [253, ...uleb(op), ...imm];
var vload = (offset = 0) => simd(0, ...memarg(offset));
var vstore = (offset = 0) => simd(11, ...memarg(offset));
var splat16 = (n) => simd(12, ...Array.from({ length: 8 }, () => [n & 255, n >>> 8]).flat());
var shuffle = (lanes) => simd(13, ...lanes);
var V_AND = simd(78);
var V_OR = simd(80);
var NARROW_U = simd(102);
var EXT_LO = simd(137);
var EXT_HI = simd(138);
var shl16 = (n) => [...i32(n), ...simd(139)];
var shr16 = (n) => [...i32(n), ...simd(141)];
var range = (from, step, count) => Array.from({ length: count }, (_, k) => from + k * step);
var at = (p, i, shift = 0) => [...get(p), ...get(i), ...shift ? [...i32(shift), SHL] : [], ADD];
function loops(i, n, body, tail) {
  const bounded = (step, inner) => [
    2,
    64,
    3,
    64,
    // block, loop
    ...get(i),
    ...i32(step),
    ADD,
    ...get(n),
    75,
    13,
    1,
    // if i + step > n: break
    ...inner,
    ...get(i),
    ...i32(step),
    ADD,
    ...set(i),
    12,
    0,
    11,
    11
    // continue; end loop; end block
  ];
  return [...i32(0), ...set(i), ...bounded(16, body), ...bounded(1, tail)];
}
function vecHigh(x, y) {
  return [
    ...get(y),
    ...splat16(1),
    ...V_AND,
    ...shl16(15),
    ...get(y),
    ...splat16(224),
    ...V_AND,
    ...shl16(7),
    ...V_OR,
    ...get(x),
    ...shl16(4),
    ...V_OR,
    ...get(y),
    ...shr16(1),
    ...splat16(15),
    ...V_AND,
    ...V_OR
  ];
}
function high(x, y) {
  return [
    ...get(y),
    ...i32(1),
    AND,
    ...i32(15),
    SHL,
    ...get(y),
    ...i32(224),
    AND,
    ...i32(7),
    SHL,
    OR,
    ...get(x),
    ...i32(4),
    SHL,
    OR,
    ...get(y),
    ...i32(1),
    SHR,
    ...i32(15),
    AND,
    OR
  ];
}
var vecPlane0 = (h) => [...get(h), ...shr16(4), ...splat16(255), ...V_AND];
var vecPlane1 = (h) => [
  ...get(h),
  ...shr16(7),
  ...splat16(224),
  ...V_AND,
  ...get(h),
  ...splat16(15),
  ...V_AND,
  ...shl16(1),
  ...V_OR,
  ...get(h),
  ...shr16(15),
  ...V_OR
];
var plane0 = (h) => [...get(h), ...i32(4), SHR, ...i32(255), AND];
var plane1 = (h) => [
  ...get(h),
  ...i32(7),
  SHR,
  ...i32(224),
  AND,
  ...get(h),
  ...i32(15),
  AND,
  ...i32(1),
  SHL,
  OR,
  ...get(h),
  ...i32(15),
  SHR,
  OR
];
var merge32 = {
  name: "merge32",
  params: 6,
  locals: [[3, I32], [7, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6),
      ...vload(),
      ...set(9),
      ...at(1, 6),
      ...vload(),
      ...set(10),
      ...get(9),
      ...EXT_LO,
      ...set(11),
      ...get(10),
      ...EXT_LO,
      ...set(12),
      ...vecHigh(11, 12),
      ...set(13),
      ...get(9),
      ...EXT_HI,
      ...set(11),
      ...get(10),
      ...EXT_HI,
      ...set(12),
      ...vecHigh(11, 12),
      ...set(14),
      // low halves: d | c << 8, elements 0-7 then 8-15
      ...at(3, 6),
      ...vload(),
      ...at(2, 6),
      ...vload(),
      ...shuffle(range(0, 1, 8).flatMap((k) => [k, 16 + k])),
      ...set(15),
      ...at(4, 6, 2),
      ...get(15),
      ...get(13),
      ...shuffle(range(0, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(0),
      ...at(4, 6, 2),
      ...get(15),
      ...get(13),
      ...shuffle(range(8, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(16),
      ...at(3, 6),
      ...vload(),
      ...at(2, 6),
      ...vload(),
      ...shuffle(range(8, 1, 8).flatMap((k) => [k, 16 + k])),
      ...set(15),
      ...at(4, 6, 2),
      ...get(15),
      ...get(14),
      ...shuffle(range(0, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(32),
      ...at(4, 6, 2),
      ...get(15),
      ...get(14),
      ...shuffle(range(8, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])),
      ...vstore(48)
    ],
    [
      ...at(0, 6),
      ...load8(),
      ...set(7),
      ...at(1, 6),
      ...load8(),
      ...set(8),
      ...at(4, 6, 2),
      ...high(7, 8),
      ...i32(16),
      SHL,
      ...at(2, 6),
      ...load8(),
      ...i32(8),
      SHL,
      OR,
      ...at(3, 6),
      ...load8(),
      OR,
      ...store32()
    ]
  )
};
var split32 = {
  name: "split32",
  params: 6,
  locals: [[3, I32], [4, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6, 2),
      ...vload(0),
      ...at(0, 6, 2),
      ...vload(16),
      ...shuffle(range(0, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(9),
      ...at(0, 6, 2),
      ...vload(0),
      ...at(0, 6, 2),
      ...vload(16),
      ...shuffle(range(2, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(10),
      ...at(0, 6, 2),
      ...vload(32),
      ...at(0, 6, 2),
      ...vload(48),
      ...shuffle(range(0, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(11),
      ...at(0, 6, 2),
      ...vload(32),
      ...at(0, 6, 2),
      ...vload(48),
      ...shuffle(range(2, 4, 8).flatMap((k) => [k, k + 1])),
      ...set(12),
      ...at(4, 6),
      ...get(9),
      ...get(11),
      ...shuffle(range(0, 2, 16)),
      ...vstore(),
      ...at(3, 6),
      ...get(9),
      ...get(11),
      ...shuffle(range(1, 2, 16)),
      ...vstore(),
      ...at(1, 6),
      ...vecPlane0(10),
      ...vecPlane0(12),
      ...NARROW_U,
      ...vstore(),
      ...at(2, 6),
      ...vecPlane1(10),
      ...vecPlane1(12),
      ...NARROW_U,
      ...vstore()
    ],
    [
      ...at(0, 6, 2),
      ...load32(),
      ...set(8),
      ...get(8),
      ...i32(16),
      SHR,
      ...set(7),
      ...at(1, 6),
      ...plane0(7),
      ...store8(),
      ...at(2, 6),
      ...plane1(7),
      ...store8(),
      ...at(3, 6),
      ...get(8),
      ...i32(8),
      SHR,
      ...store8(),
      ...at(4, 6),
      ...get(8),
      ...store8()
    ]
  )
};
var BF16 = { vecMerge: vecHigh, merge: high, vecPlanes: [vecPlane0, vecPlane1], planes: [plane0, plane1] };
var F16 = {
  vecMerge: (x, y) => [...get(y), ...splat16(1), ...V_AND, ...shl16(15), ...get(x), ...shl16(7), ...V_OR, ...get(y), ...shr16(1), ...V_OR],
  merge: (x, y) => [...get(y), ...i32(1), AND, ...i32(15), SHL, ...get(x), ...i32(7), SHL, OR, ...get(y), ...i32(1), SHR, OR],
  vecPlanes: [
    (h) => [...get(h), ...shr16(7), ...splat16(255), ...V_AND],
    (h) => [...get(h), ...splat16(127), ...V_AND, ...shl16(1), ...get(h), ...shr16(15), ...V_OR]
  ],
  planes: [
    (h) => [...get(h), ...i32(7), SHR],
    (h) => [...get(h), ...i32(127), AND, ...i32(1), SHL, ...get(h), ...i32(15), SHR, OR]
  ]
};
function merge16(name, l) {
  return {
    name,
    params: 4,
    locals: [[3, I32], [4, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4),
        ...vload(),
        ...set(7),
        ...at(1, 4),
        ...vload(),
        ...set(8),
        ...at(2, 4, 1),
        ...get(7),
        ...EXT_LO,
        ...set(9),
        ...get(8),
        ...EXT_LO,
        ...set(10),
        ...l.vecMerge(9, 10),
        ...vstore(0),
        ...at(2, 4, 1),
        ...get(7),
        ...EXT_HI,
        ...set(9),
        ...get(8),
        ...EXT_HI,
        ...set(10),
        ...l.vecMerge(9, 10),
        ...vstore(16)
      ],
      [...at(0, 4), ...load8(), ...set(5), ...at(1, 4), ...load8(), ...set(6), ...at(2, 4, 1), ...l.merge(5, 6), ...store16()]
    )
  };
}
function split16(name, l) {
  return {
    name,
    params: 4,
    locals: [[2, I32], [2, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4, 1),
        ...vload(0),
        ...set(6),
        ...at(0, 4, 1),
        ...vload(16),
        ...set(7),
        ...at(1, 4),
        ...l.vecPlanes[0](6),
        ...l.vecPlanes[0](7),
        ...NARROW_U,
        ...vstore(),
        ...at(2, 4),
        ...l.vecPlanes[1](6),
        ...l.vecPlanes[1](7),
        ...NARROW_U,
        ...vstore()
      ],
      [...at(0, 4, 1), ...load16(), ...set(5), ...at(1, 4), ...l.planes[0](5), ...store8(), ...at(2, 4), ...l.planes[1](5), ...store8()]
    )
  };
}
var FUNCTIONS = [merge32, split32, merge16("mergeBf16", BF16), split16("splitBf16", BF16), merge16("mergeF16", F16), split16("splitF16", F16)];
var vec = (items) => [...uleb(items.length), ...items.flat()];
var section = (id, content) => [id, ...uleb(content.length), ...content];
var text = (s) => [...uleb(s.length), ...Buffer.from(s, "latin1")];
function planesWasm() {
  const types = FUNCTIONS.map((f) => [96, ...vec(Array.from({ length: f.params }, () => [I32])), 0]);
  const bodies = FUNCTIONS.map((f) => {
    const code = [...vec(f.locals.map(([count, type]) => [...uleb(count), type])), ...f.body, 11];
    return [...uleb(code.length), ...code];
  });
  const exports = [[...text("memory"), 2, 0], ...FUNCTIONS.map((f, i) => [...text(f.name), 0, i])];
  return Uint8Array.from([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vec(types)),
    ...section(3, vec(FUNCTIONS.map((_, i) => uleb(i)))),
    ...section(5, vec([[0, 1]])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies))
  ]);
}

// src/pack/workers.ts
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
var BINDING_PATH = createRequire(import.meta.url).resolve("zstd-napi/binding.js");
var PLANES_WASM = planesWasm();
function workerLoop(port, kernel, fs, crypto) {
  let local = new Uint8Array(0);
  const hashes = /* @__PURE__ */ new Map();
  function readExactly(fd, position, into) {
    for (let done = 0; done < into.length; ) {
      const n = fs.readSync(fd, into, done, into.length - done, position + done);
      if (n === 0) throw new Error(`file ends at byte ${position + done}, inside a block (did it change while being read?)`);
      done += n;
    }
  }
  const handlers = {
    encode(m) {
      readExactly(m.fd, m.position, m.raw);
      const block = kernel.encodeBlock(m.raw, m.pieces, m.level, m.out);
      if (block.buffer === m.out.buffer) return { length: block.length };
      return { length: block.length, block: block.slice() };
    },
    hashUpdate(m) {
      if (!hashes.has(m.hash)) hashes.set(m.hash, crypto.createHash("sha256"));
      hashes.get(m.hash).update(m.chunk);
      return {};
    },
    hashDigest(m) {
      const hash = hashes.get(m.hash) ?? crypto.createHash("sha256");
      hashes.delete(m.hash);
      return { sha256: hash.digest("hex") };
    },
    decode(m) {
      if (local.length < m.framesLength) local = new Uint8Array(m.framesLength);
      const frames = local.subarray(0, m.framesLength);
      readExactly(m.fd, m.framesPosition, frames);
      kernel.decodeBlock(frames, m.pieces, m.packed, m.out, m.label);
      for (let done = 0; m.writeFd !== null && done < m.out.length; ) {
        done += fs.writeSync(m.writeFd, m.out, done, m.out.length - done, m.writePosition + done);
      }
      return {};
    }
  };
  port.on("message", (m) => {
    try {
      port.postMessage({ id: m.id, ...handlers[m.op](m) });
    } catch (error) {
      port.postMessage({ id: m.id, error: error.message });
    }
  });
}
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const kernel = (${codecKernel.toString()})(require(workerData.binding), workerData.wasm);
(${workerLoop.toString()})(parentPort, kernel, require('node:fs'), require('node:crypto'));
`;
var KernelError = class extends Error {
};
var KernelWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { binding: BINDING_PATH, wasm: PLANES_WASM } });
    this.worker.unref();
    this.worker.on("message", (m) => this.settle(m));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`codec worker exited with code ${code}`)));
  }
  get load() {
    return this.pending.size;
  }
  call(message) {
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }
  settle(m) {
    const job = this.pending.get(m.id);
    if (!job) return;
    this.pending.delete(m.id);
    if (this.pending.size === 0) this.worker.unref();
    if (m.error !== void 0) job.reject(new KernelError(m.error));
    else job.resolve(m);
  }
  failAll(error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
};
var pool = [];
function worker(size) {
  while (pool.length < size) pool.push(new KernelWorker());
  return pool.slice(0, size).reduce((a, b) => b.load < a.load ? b : a);
}
function sharedBytes(n) {
  return new Uint8Array(new SharedArrayBuffer(n));
}
var BlockPool = class {
  constructor(size) {
    this.size = size;
  }
  size;
  /**
   * Reads a block into `raw` (its length) from `from` and encodes it into `out`; returns the encoded block (a view of
   * `out` when it fits, else a new buffer).
   */
  async encode(from, raw, pieces, level, out) {
    const m = await worker(this.size).call({ op: "encode", ...from, raw, pieces, level, out });
    return m.block ?? out.subarray(0, m.length);
  }
  /**
   * Reads `framesLength` bytes of frames at `frames` and decodes them into `out` (exactly the block's raw length);
   * with `write`, also writes `out` there.
   */
  async decode(job, out, write) {
    await worker(this.size).call({
      op: "decode",
      fd: job.frames.fd,
      framesPosition: job.frames.position,
      framesLength: job.framesLength,
      pieces: job.pieces,
      packed: job.packed,
      label: job.label,
      out,
      writeFd: write?.fd ?? null,
      writePosition: write?.position ?? 0
    });
  }
};

// src/pack/planes.ts
var mainKernel = codecKernel(binding, planesWasm());
var PARALLEL_MIN_BLOCKS = 4;
function room(slot, which, n) {
  if (slot[which].length < n) slot[which] = sharedBytes(n);
  return slot[which].subarray(0, n);
}
async function readInto(file, position, into) {
  for (let done = 0; done < into.length; ) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) return into.subarray(0, done);
    done += bytesRead;
  }
  return into;
}
async function ordered(count, depth, start, finish) {
  const slots = Array.from({ length: depth + 2 }, () => ({ input: sharedBytes(0), output: sharedBytes(0) }));
  const released = slots.map(() => Promise.resolve());
  const inFlight = [];
  const take = async () => {
    const { job, slot } = inFlight.shift();
    released[slot] = finish(await job);
    released[slot].catch(() => {
    });
  };
  for (let i = 0; i < count; i++) {
    if (inFlight.length >= depth) await take();
    const slot = i % slots.length;
    await released[slot];
    const { job } = await start(i, slots[slot]);
    job.catch(() => {
    });
    inFlight.push({ job, slot });
  }
  while (inFlight.length > 0) await take();
  await Promise.all(released);
}
async function readLayout(file, packedSize, expectedRaw, fail) {
  const head = await readInto(file, 0, new Uint8Array(Math.min(HEADER_BYTES, packedSize)));
  const header = parseHeader(head, packedSize, expectedRaw, mainKernel, fail);
  const frame = await readInto(file, HEADER_BYTES, new Uint8Array(header.tablePackedBytes));
  const table = new Uint8Array(header.tableRawBytes);
  try {
    mainKernel.decodeFrame(frame, table, "segment table");
  } catch (error) {
    fail(error.message);
  }
  const cursor = new BlockCursor(parseTable(table, header, fail), fail);
  return { header, cursor, position: HEADER_BYTES + header.tablePackedBytes, head: Buffer.concat([head, frame]) };
}
async function readBlockHeader(file, at2, header, cursor, fail) {
  const { position, packedSize, index } = at2;
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
  if (packed.some((n, i) => n > binding.compressBound(sizes[i]) + 65536)) fail(`${label} declares a frame larger than its content can compress to`);
  const framesLength = packed.reduce((a, b) => a + b, 0);
  const framesPosition = position + headerBytes.length;
  if (framesPosition + framesLength > packedSize) fail(`is truncated: ${label} needs ${framesLength} bytes of frames, ${packedSize - framesPosition} remain`);
  return { framesPosition, framesLength, pieces, packed, rawLength, label, end: framesPosition + framesLength };
}
async function decompressPlanes(packedPath, expected, output, threads) {
  const fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const file = await open2(packedPath, "r");
  try {
    const packedSize = (await file.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const { header, cursor, position: first } = await readLayout(file, packedSize, expected.raw.bytes, fail);
    const pool2 = header.blockCount >= PARALLEL_MIN_BLOCKS && threads > 0 ? new BlockPool(threads) : null;
    let position = first;
    let rawOffset = 0;
    await ordered(
      header.blockCount,
      Math.max(1, threads) + 2,
      async (index, slot) => {
        const job = await readBlockHeader(file, { position, packedSize, index }, header, cursor, fail);
        position = job.end;
        const out = room(slot, "output", job.rawLength);
        const write = output.fd === null ? null : { fd: output.fd, position: rawOffset };
        rawOffset += job.rawLength;
        const done = pool2 ? pool2.decode({ ...job, frames: { fd: file.fd, position: job.framesPosition } }, out, write) : decodeInline(file, job, out);
        const decoded = done.then(
          () => ({ out, written: write !== null && pool2 !== null }),
          (error) => fail(error instanceof KernelError ? error.message : String(error))
        );
        return { job: decoded };
      },
      async ({ out, written }) => {
        if (written) output.hashOnly(out);
        else await output.push(out);
      }
    );
    if (position !== packedSize) fail(`has ${packedSize - position} bytes after its last block (trailing data)`);
    if (!cursor.done) fail("ends before its segment table is covered");
    verifyDigests(output, expected, fail);
  } finally {
    await file.close();
  }
}
async function decodeInline(file, job, out) {
  const frames = await readInto(file, job.framesPosition, new Uint8Array(job.framesLength));
  try {
    mainKernel.decodeBlock(frames, job.pieces, job.packed, out, job.label);
  } catch (error) {
    throw new KernelError(error.message);
  }
}
function verifyDigests(output, expected, fail) {
  const raw = output.close();
  if (raw.bytes !== expected.raw.bytes) fail(`decompresses to ${raw.bytes} bytes but the manifest declares ${expected.raw.bytes}`);
  if (raw.sha256 !== expected.raw.sha256) fail(`decompressed content has sha256 ${raw.sha256}, the manifest says ${expected.raw.sha256}`);
}

// src/pack/zstd.ts
var CHUNK = 4 << 20;
var WINDOW_LOG_MAX = 27;
function decodeThreads() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
async function decompressAny(packedPath, expected, output) {
  const codec = await sniffCodec(packedPath);
  if (expected.codec && codec !== expected.codec) {
    throw new InputError(`${packedPath}: is ${codec === "zstd" ? "a plain zstd frame" : "an onnx-planes container"} but the manifest says codec ${expected.codec}`);
  }
  if (codec === "onnx-planes") await decompressPlanes(packedPath, expected, output, decodeThreads());
  else await decompressZstd(packedPath, expected, output);
}
async function sniffCodec(packedPath) {
  let file;
  try {
    file = await open3(packedPath, "r");
  } catch {
    throw new InputError(`${packedPath}: packed file not found or unreadable`);
  }
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return isPlanesContainer(head.subarray(0, bytesRead)) ? "onnx-planes" : "zstd";
  } finally {
    await file.close();
  }
}
var MAX_IN_MEMORY = 2 ** 31 - 1;
async function decompressToBuffer(packedPath, expected) {
  if (expected.raw.bytes > MAX_IN_MEMORY) {
    throw new InputError(`${packedPath}: declares ${expected.raw.bytes} bytes, more than a model loaded from memory can have (2 GiB)`);
  }
  const output = new BufferOutput(expected.raw.bytes);
  await decompressAny(packedPath, expected, output);
  return output.buffer;
}
async function decompressZstd(packedPath, expected, output) {
  const fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const input = await open3(packedPath, "r");
  try {
    const packedSize = (await input.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const header = Buffer.alloc(18);
    const { bytesRead: headerBytes } = await input.read(header, 0, header.length, 0);
    const problem = mainKernel.frameHeaderProblem(header.subarray(0, headerBytes), expected.raw.bytes);
    if (problem) fail(problem.replace(/where (\d+) are expected/, "but the manifest says $1"));
    const produced = await decodeFrameStream(input, packedSize, expected.raw.bytes, output, fail);
    if (produced !== expected.raw.bytes) fail(`decompresses to ${produced} bytes but the manifest declares ${expected.raw.bytes}`);
    verifyDigests(output, expected, fail);
  } finally {
    await input.close();
  }
}
async function decodeFrameStream(input, packedSize, cap, output, fail) {
  const dctx = new binding2.DCtx();
  dctx.setParameter(binding2.DParameter.windowLogMax, WINDOW_LOG_MAX);
  const inSize = Math.max(1, Math.min(CHUNK, packedSize));
  const outSize = Math.max(1, Math.min(CHUNK, cap));
  const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
  const readAt2 = (i, position2) => input.read(inBufs[i % 2], 0, Math.min(inSize, packedSize - position2), position2);
  let position = 0;
  let reads = 0;
  let nextRead = packedSize > 0 ? readAt2(0, 0) : null;
  let produced = 0;
  let frameDone = false;
  const outs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
  const pending = [null, null];
  let chunks = 0;
  try {
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2];
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt2(reads, position) : null;
      let src = current.subarray(0, bytesRead);
      while (src.length > 0 || !frameDone) {
        if (frameDone) fail("has data after the end of the zstd frame (trailing garbage or a second frame)");
        const slot = chunks % 2;
        await pending[slot];
        const out = outs[slot];
        let result;
        try {
          result = dctx.decompressStream(out, src);
        } catch (error) {
          return fail(`is not a valid zstd frame (${error.message})`);
        }
        const [hint, made, consumed] = result;
        src = src.subarray(consumed);
        if (made > 0) {
          produced += made;
          if (produced > cap) fail(`decompresses to more than the ${cap} bytes the manifest declares`);
          pending[slot] = output.push(out.subarray(0, made));
          chunks++;
        }
        if (hint === 0) frameDone = true;
        else if (src.length === 0 && made < out.length) break;
      }
    }
  } finally {
    await Promise.allSettled(pending);
  }
  await Promise.all(pending);
  if (!frameDone) fail("is truncated: the zstd frame ends early");
  return produced;
}

// src/pack/restore.ts
async function restoreBlob(packDir, blob, target) {
  const handle = await open4(target, "wx");
  try {
    const output = fileOutput(handle);
    await decompressAny(join3(packDir, blob.file), { raw: blob.raw, packed: blob.packed, codec: blob.codec }, output);
  } finally {
    await handle.close();
  }
}
async function restoreModel(packDir, entry, outDir) {
  const files = [entry, ...entry.externalData ?? []].map((blob) => {
    const final = join3(outDir, "location" in blob ? blob.location : `${entry.name}.onnx`);
    return { blob, final, tmp: temporaryPath(final) };
  });
  try {
    for (const f of files) await restoreBlob(packDir, f.blob, f.tmp);
    for (const f of files) await rename(f.tmp, f.final);
    return files[0].final;
  } catch (error) {
    await Promise.all(files.map((f) => rm(f.tmp, { force: true })));
    throw error;
  }
}
async function loadPackedModel(model, scratch = tmpdir()) {
  const { entry, path } = model;
  if (!entry.externalData?.length) {
    const bytes = await decompressToBuffer(path, { raw: entry.raw, packed: entry.packed, codec: entry.codec });
    if (mapTensorsInBytes(bytes, path).external.length > 0) {
      throw new InputError(`${path}: the model references external data files that its pack does not hold`);
    }
    return { source: bytes, dispose: async () => {
    } };
  }
  const dir = await mkdtemp(join3(scratch, `${entry.name}-`));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const restored = await restoreModel(dirname3(path), entry, dir);
    await checkExternalData(restored, (await mapTensors(restored)).external);
    return { source: restored, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

// src/bench/runtime.ts
import { createRequire as createRequire2 } from "node:module";
var requireModule = createRequire2(import.meta.url);
var loaded = null;
function runtime() {
  loaded ??= requireModule("onnxruntime-node");
  return loaded;
}
async function createSession(model, threads, label) {
  const ort = runtime();
  const options = {
    intraOpNumThreads: threads.intraOpThreads,
    interOpNumThreads: threads.interOpThreads,
    executionMode: "sequential",
    graphOptimizationLevel: "all"
  };
  try {
    return await (typeof model === "string" ? ort.InferenceSession.create(model, options) : ort.InferenceSession.create(model, options));
  } catch (error) {
    throw new InputError(`${label}: onnxruntime cannot load the model (${firstLine(error)})`);
  }
}
async function runSession(session, feeds, label) {
  let out;
  try {
    out = await session.run(feeds);
  } catch (error) {
    throw new InputError(`${label}: inference failed (${firstLine(error)})`);
  }
  const result = {};
  for (const [name, value] of Object.entries(out)) {
    const t = value;
    result[name] = { name, elemType: t.type, dims: [...t.dims], data: halfAsBits(t.data) };
  }
  return result;
}
function toFeeds(tensors) {
  const feeds = {};
  const ort = runtime();
  for (const [name, t] of tensors) feeds[name] = new ort.Tensor(t.elemType, t.data, t.dims);
  return feeds;
}
function halfAsBits(data) {
  const F162 = globalThis.Float16Array;
  if (F162 && data instanceof F162) {
    const view = data;
    return new Uint16Array(view.buffer, view.byteOffset, view.length);
  }
  return data;
}
function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0] ?? "";
}

// src/bench/cold-load.ts
async function phase(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, { wallMs, cpuMs: (used.user + used.system) / 1e3, peakRssBytes: process.resourceUsage().maxRSS * 1024 }];
}
var IDENTITY_MODEL = Buffer.from("CAg6OwoQCgF4EgF5IghJZGVudGl0eRIFcHJpbWVaDwoBeBIKCggIARIECgIIAWIPCgF5EgoKCAgBEgQKAggBQgQKABAR", "base64");
async function measureColdLoad(job) {
  const [, runtime2] = await phase(async () => (await createSession(IDENTITY_MODEL, job.threads, "onnxruntime start-up")).release());
  const [loadable, unpack] = await phase(() => loadPackedModel(job.model));
  const [session, sessionPhase] = await phase(() => createSession(loadable.source, job.threads, job.label));
  await loadable.dispose();
  const feeds = toFeeds(new Map(job.inputs.map((t) => [t.name, t])));
  const [, firstRun] = await phase(() => runSession(session, feeds, job.label));
  return { runtime: runtime2, unpack, session: sessionPhase, firstRun };
}

// src/bench/load-child.ts
process.once("message", (job) => {
  measureColdLoad(job).then(
    (sample) => reply({ ok: true, sample }),
    (error) => reply({ ok: false, error: error?.message ?? String(error), input: error instanceof InputError })
  );
});
function reply(message) {
  process.send(message, void 0, {}, () => process.exit(message.ok ? 0 : 1));
}
//# sourceMappingURL=load-child.js.map
