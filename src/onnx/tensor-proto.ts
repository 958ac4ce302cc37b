// ONNX TensorProto: the element-type table, decoding (eval data, model zoo input_N.pb files) and a
// raw_data encoder. Field numbers and enum values are those of onnx/onnx.proto.

import { InputError } from '../errors.js';
import type { ElemType, Tensor, TensorArray } from '../types.js';
import { WireReader, WireWriter, fieldInt32, toBigInt, toBigUint } from './wire.js';
import type { Field } from './wire.js';

/** TensorProto field numbers. */
export const TensorField = {
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
  dataLocation: 14,
} as const;

/** TensorProto.DataLocation.EXTERNAL */
export const DATA_LOCATION_EXTERNAL = 1;

interface DataTypeEntry {
  /** Enum name in onnx.proto, for messages. */
  name: string;
  /** null: a valid ONNX type that ElemType cannot name yet. */
  elem: ElemType | null;
  /** Bits per element (0: variable or none). */
  bits: number;
}

/** TensorProto.DataType, indexed by enum value. */
const DATA_TYPES: readonly DataTypeEntry[] = [
  { name: 'UNDEFINED', elem: 'undefined', bits: 0 },
  { name: 'FLOAT', elem: 'float32', bits: 32 },
  { name: 'UINT8', elem: 'uint8', bits: 8 },
  { name: 'INT8', elem: 'int8', bits: 8 },
  { name: 'UINT16', elem: 'uint16', bits: 16 },
  { name: 'INT16', elem: 'int16', bits: 16 },
  { name: 'INT32', elem: 'int32', bits: 32 },
  { name: 'INT64', elem: 'int64', bits: 64 },
  { name: 'STRING', elem: 'string', bits: 0 },
  { name: 'BOOL', elem: 'bool', bits: 8 },
  { name: 'FLOAT16', elem: 'float16', bits: 16 },
  { name: 'DOUBLE', elem: 'float64', bits: 64 },
  { name: 'UINT32', elem: 'uint32', bits: 32 },
  { name: 'UINT64', elem: 'uint64', bits: 64 },
  { name: 'COMPLEX64', elem: 'complex64', bits: 64 },
  { name: 'COMPLEX128', elem: 'complex128', bits: 128 },
  { name: 'BFLOAT16', elem: 'bfloat16', bits: 16 },
  { name: 'FLOAT8E4M3FN', elem: 'float8e4m3fn', bits: 8 },
  { name: 'FLOAT8E4M3FNUZ', elem: 'float8e4m3fnuz', bits: 8 },
  { name: 'FLOAT8E5M2', elem: 'float8e5m2', bits: 8 },
  { name: 'FLOAT8E5M2FNUZ', elem: 'float8e5m2fnuz', bits: 8 },
  { name: 'UINT4', elem: 'uint4', bits: 4 },
  { name: 'INT4', elem: 'int4', bits: 4 },
  { name: 'FLOAT4E2M1', elem: 'float4e2m1', bits: 4 },
  { name: 'FLOAT8E8M0', elem: 'float8e8m0', bits: 8 },
  { name: 'UINT2', elem: 'uint2', bits: 2 },
  { name: 'INT2', elem: 'int2', bits: 2 },
];

/** Maps a TensorProto.DataType number to its ElemType; `what` names the value for the error. */
export function elemTypeFromDataType(dataType: number, label: string, what: string): ElemType {
  const entry = DATA_TYPES[dataType];
  if (entry?.elem) return entry.elem;
  if (entry) throw new InputError(`${label}: ${what} has element type ${entry.name} (${dataType}), which model-gate does not support yet`);
  throw new InputError(`${label}: ${what} has unknown element type ${dataType} (not a TensorProto.DataType)`);
}

/** The TensorProto.DataType number of an ElemType. */
export function dataTypeFromElemType(elemType: ElemType): number {
  const n = DATA_TYPES.findIndex((e) => e.elem === elemType);
  if (n < 0) throw new Error(`no TensorProto.DataType for ${elemType}`);
  return n;
}

/** Bits per element of a TensorProto.DataType; undefined for unknown types, 0 for string/undefined. */
export function dataTypeBits(dataType: number): number | undefined {
  return DATA_TYPES[dataType]?.bits;
}

/**
 * Bytes one value of a typed repeated field stands for, i.e. what it would occupy in raw_data.
 * int32_data packs two 4-bit (or four 2-bit) elements per value; complex numbers take two values.
 */
export function bytesPerTypedValue(dataType: number, field: number): number {
  switch (field) {
    case TensorField.floatData:
      return 4;
    case TensorField.doubleData:
    case TensorField.int64Data:
      return 8;
    case TensorField.uint64Data:
      return dataType === 12 /* UINT32 */ ? 4 : 8;
    case TensorField.int32Data: {
      const bits = dataTypeBits(dataType);
      return bits ? Math.max(1, bits / 8) : 4;
    }
    default:
      return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Element storage for the types model-gate decodes.

type NumericArray = Exclude<TensorArray, string[]>;
type NumericArrayCtor = { new (buffer: ArrayBuffer, byteOffset: number, length: number): NumericArray; BYTES_PER_ELEMENT: number };

interface Storage {
  ctor: NumericArrayCtor;
  /** The typed field the spec assigns to this type. */
  field: number;
}

const STORAGE: Partial<Record<ElemType, Storage>> = {
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
  bool: { ctor: Uint8Array, field: TensorField.int32Data },
};

const FIELD_NAMES: Record<number, string> = {
  [TensorField.floatData]: 'float_data',
  [TensorField.int32Data]: 'int32_data',
  [TensorField.stringData]: 'string_data',
  [TensorField.int64Data]: 'int64_data',
  [TensorField.doubleData]: 'double_data',
  [TensorField.uint64Data]: 'uint64_data',
};

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reverses each `width`-byte element in place: raw_data and .npy are little-endian, typed arrays native. */
function swapToHostOrder(bytes: Uint8Array, width: number): void {
  if (LITTLE_ENDIAN_HOST || width === 1) return;
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse();
}

/** Copies little-endian element bytes into a fresh, aligned typed array of `count` elements. */
export function numericArrayFromLE(ctor: NumericArrayCtor, bytes: Uint8Array, count: number): NumericArray {
  const copy = new Uint8Array(count * ctor.BYTES_PER_ELEMENT);
  copy.set(bytes.subarray(0, copy.length));
  swapToHostOrder(copy, ctor.BYTES_PER_ELEMENT);
  return new ctor(copy.buffer, 0, count);
}

/** Element count of a shape; a message-ready error when a dim is negative or the product is absurd. */
export function elementCount(dims: readonly number[], fail: (detail: string) => never): number {
  let n = 1;
  for (const d of dims) {
    if (!Number.isSafeInteger(d) || d < 0) fail(`has invalid dimension ${d} in shape ${formatDims(dims)}`);
    n *= d;
  }
  if (!Number.isSafeInteger(n)) fail(`has shape ${formatDims(dims)} with too many elements`);
  return n;
}

export function formatDims(dims: readonly (number | string | null)[]): string {
  return `[${dims.map((d) => d ?? '?').join(',')}]`;
}

// ---------------------------------------------------------------------------------------------
// Decoding.

interface RawTensorFields {
  dims: number[];
  dataType: number;
  name: string;
  raw: Uint8Array | null;
  /** Typed-field occurrences by field number (a repeated field may be split over occurrences). */
  typed: Map<number, Field[]>;
  external: boolean;
  segmented: boolean;
}

function readTensorFields(r: WireReader): RawTensorFields {
  const t: RawTensorFields = { dims: [], dataType: 0, name: '', raw: null, typed: new Map(), external: false, segmented: false };
  for (const f of r) {
    switch (f.no) {
      case TensorField.dims:
        r.varints(f, 'TensorProto.dims', (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
        break;
      case TensorField.dataType:
        t.dataType = fieldInt32(f, r.label, 'TensorProto.data_type');
        break;
      case TensorField.name:
        t.name = r.string(f, 'TensorProto.name');
        break;
      case TensorField.rawData:
        t.raw = r.bytesOf(f, 'TensorProto.raw_data');
        break;
      case TensorField.dataLocation:
        t.external ||= fieldInt32(f, r.label, 'TensorProto.data_location') === DATA_LOCATION_EXTERNAL;
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

type Fail = (detail: string) => never;

/**
 * Decodes a serialized TensorProto (an input_N.pb / output_N.pb file); `file` names it in errors.
 * Data comes from raw_data (little-endian) or from the typed field onnx.proto assigns to the type.
 */
export function decodeTensorProto(bytes: Uint8Array, file: string): Tensor {
  const r = new WireReader(bytes, file);
  const t = readTensorFields(r);
  const what = t.name ? `tensor "${t.name}"` : 'tensor';
  const fail: Fail = (detail) => {
    throw new InputError(`${file}: ${what} ${detail}`);
  };
  if (t.external) fail('keeps its data in an external file (data_location=EXTERNAL); save it with the data inline');
  if (t.segmented) fail('is one segment of a larger tensor (TensorProto.segment), which is not supported');
  if (t.dataType === 0) fail('has no data_type');
  const elemType = elemTypeFromDataType(t.dataType, file, what);
  const count = elementCount(t.dims, fail);
  const data = elemType === 'string' ? decodeStrings(r, t, count, fail) : decodeNumeric(r, t, elemType, count, fail);
  return { name: t.name, elemType, dims: t.dims, data };
}

function rejectOtherTypedFields(t: RawTensorFields, allowed: number, elemType: ElemType, fail: Fail): void {
  for (const [no, fields] of t.typed) {
    if (no !== allowed && fields.length > 0) {
      fail(`has ${FIELD_NAMES[no]} but element type ${elemType} belongs in ${FIELD_NAMES[allowed]}`);
    }
  }
}

function decodeStrings(r: WireReader, t: RawTensorFields, count: number, fail: Fail): string[] {
  if (t.raw) fail('is a string tensor with raw_data; strings belong in string_data');
  rejectOtherTypedFields(t, TensorField.stringData, 'string', fail);
  const fields = t.typed.get(TensorField.stringData) ?? [];
  if (fields.length !== count) fail(`has ${fields.length} strings but shape ${formatDims(t.dims)} needs ${count}`);
  return fields.map((f) => r.string(f, 'TensorProto.string_data'));
}

function decodeNumeric(r: WireReader, t: RawTensorFields, elemType: ElemType, count: number, fail: Fail): NumericArray {
  const storage = STORAGE[elemType];
  if (!storage) return fail(`has element type ${elemType}, which model-gate does not support in eval data`);
  const { ctor, field } = storage;
  if (t.raw) {
    for (const [no, fields] of t.typed) if (fields.length) fail(`has both raw_data and ${FIELD_NAMES[no]}`);
    const need = count * ctor.BYTES_PER_ELEMENT;
    if (t.raw.length !== need) {
      fail(`has ${t.raw.length} bytes of raw_data but shape ${formatDims(t.dims)} of ${elemType} needs ${need}`);
    }
    return numericArrayFromLE(ctor, t.raw, count);
  }
  rejectOtherTypedFields(t, field, elemType, fail);
  const fields = t.typed.get(field) ?? [];
  const found = field === TensorField.floatData || field === TensorField.doubleData
    ? fields.reduce((n, f) => n + r.fixedRun(f, field === TensorField.floatData ? 4 : 8, FIELD_NAMES[field]!).length, 0) /
      (field === TensorField.floatData ? 4 : 8)
    : fields.reduce((n, f) => n + r.varintCount(f, FIELD_NAMES[field]!), 0);
  if (found !== count) {
    fail(count > 0 && found === 0
      ? `has no data (shape ${formatDims(t.dims)} needs ${count} values)`
      : `has ${found} values in ${FIELD_NAMES[field]} but shape ${formatDims(t.dims)} needs ${count}`);
  }
  const out = new ctor(new ArrayBuffer(count * ctor.BYTES_PER_ELEMENT), 0, count);
  fillFromTypedField(r, fields, field, elemType, out);
  return out;
}

/** Copies the values of a typed field into `out`, converting each to the element type's storage. */
function fillFromTypedField(r: WireReader, fields: Field[], field: number, elemType: ElemType, out: NumericArray): void {
  const name = FIELD_NAMES[field]!;
  let i = 0;
  if (field === TensorField.floatData || field === TensorField.doubleData) {
    const width = field === TensorField.floatData ? 4 : 8;
    const sink = out as Float32Array | Float64Array;
    for (const f of fields) {
      const run = r.fixedRun(f, width, name);
      const view = new DataView(run.buffer, run.byteOffset, run.length);
      for (let p = 0; p < run.length; p += width) sink[i++] = width === 4 ? view.getFloat32(p, true) : view.getFloat64(p, true);
    }
    return;
  }
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) {
    const toBig = out instanceof BigInt64Array ? toBigInt : toBigUint;
    for (const f of fields) r.varints(f, name, (lo, hi) => (out[i++] = toBig(lo, hi)));
    return;
  }
  const sink: { [index: number]: number } = out;
  const convert = int32Converter(elemType);
  for (const f of fields) r.varints(f, name, (lo) => (sink[i++] = convert(lo)));
}

/** How one int32_data / uint64_data value (low 32 bits) becomes an element. */
function int32Converter(elemType: ElemType): (lo: number) => number {
  switch (elemType) {
    case 'bool':
      return (lo) => (lo !== 0 ? 1 : 0);
    case 'float16':
    case 'bfloat16':
      return (lo) => lo & 0xffff; // the bit pattern, as onnx.proto prescribes
    case 'uint32':
      return (lo) => lo;
    default:
      return (lo) => lo | 0; // narrower typed arrays wrap, exactly like a C cast
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding.

/** True when `data` is the array type model-gate keeps `elemType` in (see STORAGE; strings in an Array). */
function arrayMatches(elemType: ElemType, data: TensorArray): boolean {
  if (elemType === 'string') return Array.isArray(data) && data.every((s) => typeof s === 'string');
  const storage = STORAGE[elemType];
  return !!storage && data instanceof storage.ctor;
}

/**
 * Serializes a tensor as a TensorProto with raw_data (string_data for strings), fields in the
 * order protoc writes them, so the bytes match what the onnx Python package produces.
 */
export function encodeTensorProto(t: Tensor): Uint8Array {
  const what = t.name ? `tensor "${t.name}"` : 'tensor';
  const fail: Fail = (detail) => {
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

/** A numeric array's bytes in little-endian order (a view on little-endian hosts, else a swapped copy). */
export function littleEndianBytes(data: NumericArray): Uint8Array {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (LITTLE_ENDIAN_HOST) return bytes;
  const copy = bytes.slice();
  swapToHostOrder(copy, data.BYTES_PER_ELEMENT);
  return copy;
}
