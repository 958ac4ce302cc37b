// Reads what model-gate needs to know about an ONNX model (ModelInfo) straight from the protobuf
// wire format. The walk reads field headers and small messages only: nodes, initializer payloads and
// everything else large are stepped over, so a multi-GB model costs a few hundred small reads.

import { InputError } from '../errors.js';
import type { ElemType, ModelInfo, OpsetImport, ValueInfo } from '../types.js';
import {
  DATA_LOCATION_EXTERNAL,
  TensorField,
  bytesPerTypedValue,
  dataTypeBits,
  elemTypeFromDataType,
} from './tensor-proto.js';
import {
  FieldCursor,
  ProtobufError,
  WIRE_LEN,
  WIRE_VARINT,
  WireReader,
  countVarints,
  expectWire,
  fieldInt,
  fieldInt32,
  forEachVarint,
  toBigInt,
  walkBytes,
  walkFile,
} from './wire.js';
import type { Field, ReadStats, Walk } from './wire.js';

/** ModelProto field numbers (onnx.proto). */
export const ModelField = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  domain: 4,
  modelVersion: 5,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14,
  trainingInfo: 20,
  functions: 25,
} as const;

/** GraphProto field numbers. */
export const GraphField = { node: 1, name: 2, initializer: 5, docString: 10, input: 11, output: 12, valueInfo: 13, sparseInitializer: 15 } as const;
/** SparseTensorProto field numbers. */
const SparseField = { values: 1, indices: 2 } as const;
/** TypeProto's oneof `value`: tensor_type=1; the others (sequence 4, map 5, opaque 7, sparse 8, optional 9) are not dense tensors. */
const TYPE_TENSOR = 1;
const TYPE_NON_TENSOR = new Set([4, 5, 7, 8, 9]);

// ---------------------------------------------------------------------------------------------
// Format sniffing.

type SniffedFormat = 'pickle' | 'zip' | 'zstd' | 'onnx-candidate' | 'unknown';

/** The (field number, wire type) pairs a ModelProto can start with. */
const MODEL_FIRST_FIELDS = new Map<number, number>([
  [ModelField.irVersion, WIRE_VARINT],
  [ModelField.producerName, WIRE_LEN],
  [ModelField.producerVersion, WIRE_LEN],
  [ModelField.domain, WIRE_LEN],
  [ModelField.modelVersion, WIRE_VARINT],
  [ModelField.docString, WIRE_LEN],
  [ModelField.graph, WIRE_LEN],
  [ModelField.opsetImport, WIRE_LEN],
  [ModelField.metadataProps, WIRE_LEN],
  [ModelField.trainingInfo, WIRE_LEN],
  [ModelField.functions, WIRE_LEN],
]);

/** Guesses a file's format from its first bytes (8 are enough). */
export function sniffFormat(firstBytes: Uint8Array): SniffedFormat {
  const b = firstBytes;
  // Pickle protocol 2+ opens with the PROTO opcode (0x80) and the protocol number.
  if (b.length >= 2 && b[0] === 0x80 && b[1]! >= 2 && b[1]! <= 5) return 'pickle';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(b, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  return startsLikeModelProto(b) ? 'onnx-candidate' : 'unknown';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((m, i) => bytes[i] === m);
}

/** True when the first tag is one a ModelProto can have (protoc writes ir_version, 0x08, first). */
function startsLikeModelProto(b: Uint8Array): boolean {
  const b0 = b[0];
  if (b0 === undefined) return false;
  // Every ModelProto field number is below 2^11, so its tag fits in two varint bytes.
  const tag = b0 < 0x80 ? b0 : b[1] !== undefined && b[1] < 0x80 ? (b0 & 0x7f) | (b[1] << 7) : -1;
  return tag > 0 && MODEL_FIRST_FIELDS.get(tag >>> 3) === (tag & 7);
}

/** The error for a format model-gate refuses to read as a model, or null when it may be ONNX. */
function foreignFormatError(format: SniffedFormat, label: string): InputError | null {
  switch (format) {
    case 'pickle':
      return new InputError(
        `${label}: looks like a Python pickle / PyTorch checkpoint; model-gate never loads pickle because unpickling runs arbitrary code — export the model to ONNX first`,
      );
    case 'zip':
      return new InputError(
        `${label}: looks like a Python pickle / PyTorch checkpoint (a zip archive, as torch.save writes); model-gate never loads pickle because unpickling runs arbitrary code — export the model to ONNX first`,
      );
    case 'zstd':
      return new InputError(`${label}: is zstd-compressed (a packed model?); pass the plain .onnx file`);
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/** Reads a model's metadata from a file, without reading its weights. */
export function readModelInfo(path: string, stats?: ReadStats): Promise<ModelInfo> {
  return walkFile(path, walkModelInfo, stats);
}

/** The same as readModelInfo, over bytes already in memory; `label` names them in errors. */
export function parseModelInfo(bytes: Uint8Array, label: string): ModelInfo {
  return walkBytes(bytes, label, walkModelInfo);
}

interface ModelState {
  info: ModelInfo;
  hasIrVersion: boolean;
  hasGraph: boolean;
  graphInputs: ValueInfo[];
  initializerNames: Set<string>;
}

/** The walker behind both entry points. */
function* walkModelInfo(c: FieldCursor): Walk<ModelInfo> {
  if (c.size === 0) throw new InputError(`${c.label}: empty file, not an ONNX model`);
  const format = sniffFormat(yield* c.read(0, Math.min(c.size, 8)));
  const foreign = foreignFormatError(format, c.label);
  if (foreign) throw foreign;
  try {
    return checkedModelInfo(yield* walkModel(c), c.label);
  } catch (err) {
    // Describe the file as "not ONNX" unless it looks like a model that was cut short.
    if (err instanceof ProtobufError && (format === 'unknown' || !err.isTruncation)) {
      throw new InputError(`${c.label}: not an ONNX model; ${err.detail}`);
    }
    throw err;
  }
}

function checkedModelInfo(s: ModelState, label: string): ModelInfo {
  if (!s.hasIrVersion) throw new InputError(`${label}: not an ONNX model (no ir_version)`);
  if (s.info.irVersion <= 0) throw new InputError(`${label}: not an ONNX model (ir_version is ${s.info.irVersion})`);
  if (!s.hasGraph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  // Before IR version 4 every initializer was also listed as a graph input; callers feed only the rest.
  s.info.inputs = s.graphInputs.filter((v) => !s.initializerNames.has(v.name));
  return s.info;
}

// ---------------------------------------------------------------------------------------------
// ModelProto and GraphProto: walked field by field through the cursor.

function* walkModel(c: FieldCursor): Walk<ModelState> {
  const label = c.label;
  const s: ModelState = {
    info: {
      irVersion: 0,
      opsetImports: [],
      producerName: '',
      producerVersion: '',
      domain: '',
      modelVersion: 0,
      docString: '',
      graphName: '',
      inputs: [],
      outputs: [],
      initializerCount: 0,
      initializerBytes: 0,
    },
    hasIrVersion: false,
    hasGraph: false,
    graphInputs: [],
    initializerNames: new Set(),
  };
  for (let pos = 0; pos < c.size; ) {
    const f = yield* c.field(pos, c.size);
    pos = f.offset + f.length;
    switch (f.no) {
      case ModelField.irVersion:
        s.info.irVersion = fieldInt(f, label, 'ModelProto.ir_version');
        s.hasIrVersion = true;
        break;
      case ModelField.producerName:
        s.info.producerName = yield* c.string(f, 'ModelProto.producer_name');
        break;
      case ModelField.producerVersion:
        s.info.producerVersion = yield* c.string(f, 'ModelProto.producer_version');
        break;
      case ModelField.domain:
        s.info.domain = yield* c.string(f, 'ModelProto.domain');
        break;
      case ModelField.modelVersion:
        s.info.modelVersion = fieldInt(f, label, 'ModelProto.model_version');
        break;
      case ModelField.docString:
        s.info.docString = yield* c.string(f, 'ModelProto.doc_string');
        break;
      case ModelField.graph:
        expectWire(f, WIRE_LEN, label, 'ModelProto.graph');
        yield* walkGraph(c, f, s);
        s.hasGraph = true;
        break;
      case ModelField.opsetImport:
        s.info.opsetImports.push(readOpset(yield* c.message(f, 'ModelProto.opset_import')));
        break;
      // metadata_props, training_info, functions and unknown fields: not needed, stepped over.
    }
  }
  return s;
}

function* walkGraph(c: FieldCursor, graph: Field, s: ModelState): Walk<void> {
  const end = graph.offset + graph.length;
  for (let pos = graph.offset; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    switch (f.no) {
      case GraphField.name:
        s.info.graphName = yield* c.string(f, 'GraphProto.name');
        break;
      case GraphField.initializer: {
        const t = yield* measureTensor(c, f, 'GraphProto.initializer');
        s.initializerNames.add(t.name);
        s.info.initializerCount++;
        s.info.initializerBytes += t.bytes;
        break;
      }
      case GraphField.sparseInitializer: {
        const t = yield* measureSparseTensor(c, f);
        s.initializerNames.add(t.name);
        s.info.initializerCount++;
        s.info.initializerBytes += t.bytes;
        break;
      }
      case GraphField.input:
        s.graphInputs.push(readValueInfo(yield* c.message(f, 'GraphProto.input'), 'input'));
        break;
      case GraphField.output:
        s.info.outputs.push(readValueInfo(yield* c.message(f, 'GraphProto.output'), 'output'));
        break;
      // node (with its attribute tensors), value_info, doc_string, annotations: stepped over unread.
    }
  }
}

interface TensorSize {
  name: string;
  /** Payload bytes: raw_data length, or what the typed fields would take as raw_data. */
  bytes: number;
}

/**
 * Measures an initializer without reading its data: raw_data is stepped over; fixed-width typed
 * fields are sized from their length; packed varint fields (rarely large) are read to count values.
 */
function* measureTensor(c: FieldCursor, tensor: Field, what: string): Walk<TensorSize> {
  expectWire(tensor, WIRE_LEN, c.label, what);
  const label = c.label;
  const dims: number[] = [];
  let dataType = 0;
  let name = '';
  let rawBytes = -1;
  let external = false;
  let stringBytes = 0;
  const valueCounts = new Map<number, number>();
  const addValues = (field: number, n: number): void => {
    valueCounts.set(field, (valueCounts.get(field) ?? 0) + n);
  };
  const end = tensor.offset + tensor.length;
  for (let pos = tensor.offset; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    switch (f.no) {
      case TensorField.dims:
        if (f.wireType === WIRE_VARINT) dims.push(Number(toBigInt(f.lo, f.hi)));
        else {
          expectWire(f, WIRE_LEN, label, 'TensorProto.dims');
          forEachVarint(yield* c.read(f.offset, f.length), label, (lo, hi) => dims.push(Number(toBigInt(lo, hi))));
        }
        break;
      case TensorField.dataType:
        dataType = fieldInt32(f, label, 'TensorProto.data_type');
        break;
      case TensorField.name:
        name = yield* c.string(f, 'TensorProto.name');
        break;
      case TensorField.rawData:
        expectWire(f, WIRE_LEN, label, 'TensorProto.raw_data');
        rawBytes = f.length;
        break;
      case TensorField.dataLocation:
        external ||= fieldInt32(f, label, 'TensorProto.data_location') === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.stringData:
        expectWire(f, WIRE_LEN, label, 'TensorProto.string_data');
        stringBytes += f.length;
        break;
      case TensorField.floatData:
        addValues(f.no, f.wireType === WIRE_LEN ? Math.floor(f.length / 4) : 1);
        break;
      case TensorField.doubleData:
        addValues(f.no, f.wireType === WIRE_LEN ? Math.floor(f.length / 8) : 1);
        break;
      case TensorField.int32Data:
      case TensorField.int64Data:
      case TensorField.uint64Data:
        addValues(f.no, f.wireType === WIRE_LEN ? countVarints(yield* c.read(f.offset, f.length), label) : 1);
        break;
    }
  }
  return { name, bytes: tensorPayloadBytes() };

  function tensorPayloadBytes(): number {
    // External data lives in another file; what the model needs is still shape × element size.
    if (external) return Math.ceil((dims.reduce((a, b) => a * b, 1) * (dataTypeBits(dataType) ?? 0)) / 8);
    if (rawBytes >= 0) return rawBytes;
    let bytes = stringBytes;
    for (const [field, n] of valueCounts) bytes += n * bytesPerTypedValue(dataType, field);
    return bytes;
  }
}

/** A sparse initializer: its name is that of its values tensor; its payload, values plus indices. */
function* measureSparseTensor(c: FieldCursor, sparse: Field): Walk<TensorSize> {
  expectWire(sparse, WIRE_LEN, c.label, 'GraphProto.sparse_initializer');
  const size: TensorSize = { name: '', bytes: 0 };
  const end = sparse.offset + sparse.length;
  for (let pos = sparse.offset; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    if (f.no === SparseField.values) {
      const values = yield* measureTensor(c, f, 'SparseTensorProto.values');
      size.name = values.name;
      size.bytes += values.bytes;
    } else if (f.no === SparseField.indices) {
      size.bytes += (yield* measureTensor(c, f, 'SparseTensorProto.indices')).bytes;
    }
  }
  return size;
}

// ---------------------------------------------------------------------------------------------
// Small messages, decoded in memory.

function readOpset(r: WireReader): OpsetImport {
  const opset: OpsetImport = { domain: '', version: 0 };
  for (const f of r) {
    if (f.no === 1) opset.domain = r.string(f, 'OperatorSetIdProto.domain');
    else if (f.no === 2) opset.version = fieldInt(f, r.label, 'OperatorSetIdProto.version');
  }
  return opset;
}

function readValueInfo(r: WireReader, role: 'input' | 'output'): ValueInfo {
  let name = '';
  let type: Field | null = null;
  for (const f of r) {
    if (f.no === 1) name = r.string(f, 'ValueInfoProto.name');
    else if (f.no === 2) type = f;
  }
  // Read the type after the name so that an error can say which value it is about.
  const typeInfo = type ? readType(r.message(type, 'ValueInfoProto.type'), `graph ${role} "${name}"`) : null;
  return { name, elemType: typeInfo?.elemType ?? null, shape: typeInfo?.shape ?? null };
}

type TypeInfo = Pick<ValueInfo, 'elemType' | 'shape'>;

function readType(r: WireReader, what: string): TypeInfo {
  let info: TypeInfo = { elemType: null, shape: null };
  for (const f of r) {
    // `value` is a oneof: the last member present wins, as in protobuf.
    if (f.no === TYPE_TENSOR) info = readTensorType(r.message(f, 'TypeProto.tensor_type'), what);
    else if (TYPE_NON_TENSOR.has(f.no)) info = { elemType: null, shape: null };
  }
  return info;
}

function readTensorType(r: WireReader, what: string): TypeInfo {
  let elemType: ElemType = 'undefined';
  let shape: ValueInfo['shape'] = null;
  for (const f of r) {
    if (f.no === 1) elemType = elemTypeFromDataType(fieldInt32(f, r.label, 'TypeProto.Tensor.elem_type'), r.label, what);
    else if (f.no === 2) shape = readShape(r.message(f, 'TypeProto.Tensor.shape'));
  }
  return { elemType, shape };
}

function readShape(r: WireReader): Array<number | string | null> {
  const dims: Array<number | string | null> = [];
  for (const f of r) if (f.no === 1) dims.push(readDimension(r.message(f, 'TensorShapeProto.dim')));
  return dims;
}

/** dim_value or dim_param; null when neither is set (or a nonsensical negative size is). */
function readDimension(r: WireReader): number | string | null {
  let dim: number | string | null = null;
  for (const f of r) {
    if (f.no === 1) {
      const value = fieldInt(f, r.label, 'TensorShapeProto.Dimension.dim_value');
      dim = value >= 0 ? value : null;
    } else if (f.no === 2) {
      dim = r.string(f, 'TensorShapeProto.Dimension.dim_param') || null;
    }
  }
  return dim;
}
