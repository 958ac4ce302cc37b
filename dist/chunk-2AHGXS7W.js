import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  DATA_LOCATION_EXTERNAL,
  ProtobufError,
  TensorField,
  WIRE_LEN,
  WIRE_VARINT,
  bytesPerTypedValue,
  countVarints,
  dataTypeBits,
  elemTypeFromDataType,
  expectWire,
  fieldInt,
  fieldInt32,
  forEachVarint,
  toBigInt,
  walkFile
} from "./chunk-2C6QEZA7.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/onnx/model-info.ts
var ModelField = {
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
  functions: 25
};
var GraphField = { node: 1, name: 2, initializer: 5, docString: 10, input: 11, output: 12, valueInfo: 13, sparseInitializer: 15 };
var SparseField = { values: 1, indices: 2 };
var TYPE_TENSOR = 1;
var TYPE_NON_TENSOR = /* @__PURE__ */ new Set([4, 5, 7, 8, 9]);
var MODEL_FIRST_FIELDS = /* @__PURE__ */ new Map([
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
  [ModelField.functions, WIRE_LEN]
]);
function sniffFormat(firstBytes) {
  const b = firstBytes;
  if (b.length >= 2 && b[0] === 128 && b[1] >= 2 && b[1] <= 5) return "pickle";
  if (startsWith(b, [80, 75, 3, 4])) return "zip";
  if (startsWith(b, [40, 181, 47, 253])) return "zstd";
  return startsLikeModelProto(b) ? "onnx-candidate" : "unknown";
}
function startsWith(bytes, magic) {
  return bytes.length >= magic.length && magic.every((m, i) => bytes[i] === m);
}
function startsLikeModelProto(b) {
  const b0 = b[0];
  if (b0 === void 0) return false;
  const tag = b0 < 128 ? b0 : b[1] !== void 0 && b[1] < 128 ? b0 & 127 | b[1] << 7 : -1;
  return tag > 0 && MODEL_FIRST_FIELDS.get(tag >>> 3) === (tag & 7);
}
function foreignFormatError(format, label) {
  switch (format) {
    case "pickle":
      return new InputError(
        `${label}: looks like a Python pickle / PyTorch checkpoint; model-gate never loads pickle because unpickling runs arbitrary code \u2014 export the model to ONNX first`
      );
    case "zip":
      return new InputError(
        `${label}: looks like a Python pickle / PyTorch checkpoint (a zip archive, as torch.save writes); model-gate never loads pickle because unpickling runs arbitrary code \u2014 export the model to ONNX first`
      );
    case "zstd":
      return new InputError(`${label}: is zstd-compressed (a packed model?); pass the plain .onnx file`);
    default:
      return null;
  }
}
function readModelInfo(path, stats) {
  return walkFile(path, walkModelInfo, stats);
}
function* walkModelInfo(c) {
  if (c.size === 0) throw new InputError(`${c.label}: empty file, not an ONNX model`);
  const format = sniffFormat(yield* c.read(0, Math.min(c.size, 8)));
  const foreign = foreignFormatError(format, c.label);
  if (foreign) throw foreign;
  try {
    return checkedModelInfo(yield* walkModel(c), c.label);
  } catch (err) {
    if (err instanceof ProtobufError && (format === "unknown" || !err.isTruncation)) {
      throw new InputError(`${c.label}: not an ONNX model; ${err.detail}`);
    }
    throw err;
  }
}
function checkedModelInfo(s, label) {
  if (!s.hasIrVersion) throw new InputError(`${label}: not an ONNX model (no ir_version)`);
  if (s.info.irVersion <= 0) throw new InputError(`${label}: not an ONNX model (ir_version is ${s.info.irVersion})`);
  if (!s.hasGraph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  s.info.inputs = s.graphInputs.filter((v) => !s.initializerNames.has(v.name));
  return s.info;
}
function* walkModel(c) {
  const label = c.label;
  const s = {
    info: {
      irVersion: 0,
      opsetImports: [],
      producerName: "",
      producerVersion: "",
      domain: "",
      modelVersion: 0,
      docString: "",
      graphName: "",
      inputs: [],
      outputs: [],
      initializerCount: 0,
      initializerBytes: 0
    },
    hasIrVersion: false,
    hasGraph: false,
    graphInputs: [],
    initializerNames: /* @__PURE__ */ new Set()
  };
  for (let pos = 0; pos < c.size; ) {
    const f = yield* c.field(pos, c.size);
    pos = f.offset + f.length;
    switch (f.no) {
      case ModelField.irVersion:
        s.info.irVersion = fieldInt(f, label, "ModelProto.ir_version");
        s.hasIrVersion = true;
        break;
      case ModelField.producerName:
        s.info.producerName = yield* c.string(f, "ModelProto.producer_name");
        break;
      case ModelField.producerVersion:
        s.info.producerVersion = yield* c.string(f, "ModelProto.producer_version");
        break;
      case ModelField.domain:
        s.info.domain = yield* c.string(f, "ModelProto.domain");
        break;
      case ModelField.modelVersion:
        s.info.modelVersion = fieldInt(f, label, "ModelProto.model_version");
        break;
      case ModelField.docString:
        s.info.docString = yield* c.string(f, "ModelProto.doc_string");
        break;
      case ModelField.graph:
        expectWire(f, WIRE_LEN, label, "ModelProto.graph");
        yield* walkGraph(c, f, s);
        s.hasGraph = true;
        break;
      case ModelField.opsetImport:
        s.info.opsetImports.push(readOpset(yield* c.message(f, "ModelProto.opset_import")));
        break;
    }
  }
  return s;
}
function* walkGraph(c, graph, s) {
  const end = graph.offset + graph.length;
  for (let pos = graph.offset; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    switch (f.no) {
      case GraphField.name:
        s.info.graphName = yield* c.string(f, "GraphProto.name");
        break;
      case GraphField.initializer: {
        const t = yield* measureTensor(c, f, "GraphProto.initializer");
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
        s.graphInputs.push(readValueInfo(yield* c.message(f, "GraphProto.input"), "input"));
        break;
      case GraphField.output:
        s.info.outputs.push(readValueInfo(yield* c.message(f, "GraphProto.output"), "output"));
        break;
    }
  }
}
function* measureTensor(c, tensor, what) {
  expectWire(tensor, WIRE_LEN, c.label, what);
  const label = c.label;
  const dims = [];
  let dataType = 0;
  let name = "";
  let rawBytes = -1;
  let external = false;
  let stringBytes = 0;
  const valueCounts = /* @__PURE__ */ new Map();
  const addValues = (field, n) => {
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
          expectWire(f, WIRE_LEN, label, "TensorProto.dims");
          forEachVarint(yield* c.read(f.offset, f.length), label, (lo, hi) => dims.push(Number(toBigInt(lo, hi))));
        }
        break;
      case TensorField.dataType:
        dataType = fieldInt32(f, label, "TensorProto.data_type");
        break;
      case TensorField.name:
        name = yield* c.string(f, "TensorProto.name");
        break;
      case TensorField.rawData:
        expectWire(f, WIRE_LEN, label, "TensorProto.raw_data");
        rawBytes = f.length;
        break;
      case TensorField.dataLocation:
        external ||= fieldInt32(f, label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.stringData:
        expectWire(f, WIRE_LEN, label, "TensorProto.string_data");
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
  function tensorPayloadBytes() {
    if (external) return Math.ceil(dims.reduce((a, b) => a * b, 1) * (dataTypeBits(dataType) ?? 0) / 8);
    if (rawBytes >= 0) return rawBytes;
    let bytes = stringBytes;
    for (const [field, n] of valueCounts) bytes += n * bytesPerTypedValue(dataType, field);
    return bytes;
  }
}
function* measureSparseTensor(c, sparse) {
  expectWire(sparse, WIRE_LEN, c.label, "GraphProto.sparse_initializer");
  const size = { name: "", bytes: 0 };
  const end = sparse.offset + sparse.length;
  for (let pos = sparse.offset; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    if (f.no === SparseField.values) {
      const values = yield* measureTensor(c, f, "SparseTensorProto.values");
      size.name = values.name;
      size.bytes += values.bytes;
    } else if (f.no === SparseField.indices) {
      size.bytes += (yield* measureTensor(c, f, "SparseTensorProto.indices")).bytes;
    }
  }
  return size;
}
function readOpset(r) {
  const opset = { domain: "", version: 0 };
  for (const f of r) {
    if (f.no === 1) opset.domain = r.string(f, "OperatorSetIdProto.domain");
    else if (f.no === 2) opset.version = fieldInt(f, r.label, "OperatorSetIdProto.version");
  }
  return opset;
}
function readValueInfo(r, role) {
  let name = "";
  let type = null;
  for (const f of r) {
    if (f.no === 1) name = r.string(f, "ValueInfoProto.name");
    else if (f.no === 2) type = f;
  }
  const typeInfo = type ? readType(r.message(type, "ValueInfoProto.type"), `graph ${role} "${name}"`) : null;
  return { name, elemType: typeInfo?.elemType ?? null, shape: typeInfo?.shape ?? null };
}
function readType(r, what) {
  let info = { elemType: null, shape: null };
  for (const f of r) {
    if (f.no === TYPE_TENSOR) info = readTensorType(r.message(f, "TypeProto.tensor_type"), what);
    else if (TYPE_NON_TENSOR.has(f.no)) info = { elemType: null, shape: null };
  }
  return info;
}
function readTensorType(r, what) {
  let elemType = "undefined";
  let shape = null;
  for (const f of r) {
    if (f.no === 1) elemType = elemTypeFromDataType(fieldInt32(f, r.label, "TypeProto.Tensor.elem_type"), r.label, what);
    else if (f.no === 2) shape = readShape(r.message(f, "TypeProto.Tensor.shape"));
  }
  return { elemType, shape };
}
function readShape(r) {
  const dims = [];
  for (const f of r) if (f.no === 1) dims.push(readDimension(r.message(f, "TensorShapeProto.dim")));
  return dims;
}
function readDimension(r) {
  let dim = null;
  for (const f of r) {
    if (f.no === 1) {
      const value = fieldInt(f, r.label, "TensorShapeProto.Dimension.dim_value");
      dim = value >= 0 ? value : null;
    } else if (f.no === 2) {
      dim = r.string(f, "TensorShapeProto.Dimension.dim_param") || null;
    }
  }
  return dim;
}

export {
  ModelField,
  GraphField,
  readModelInfo
};
//# sourceMappingURL=chunk-2AHGXS7W.js.map
