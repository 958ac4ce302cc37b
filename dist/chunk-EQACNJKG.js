import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TQNJSTS7.js";
import {
  DATA_LOCATION_EXTERNAL,
  LAYOUT_BYTES,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  ProtobufError,
  TensorField,
  WIRE_LEN,
  WIRE_VARINT,
  bytesPerTypedValue,
  checkExternalData,
  countVarints,
  dataTypeBits,
  elemTypeFromDataType,
  expectWire,
  fieldInt,
  fieldInt32,
  forEachVarint,
  mapTensors,
  modelNameOf,
  packedBlobs,
  packedFileName,
  toBigInt,
  validateManifest,
  walkBytes,
  walkFile
} from "./chunk-MOEGHQRZ.js";
import {
  AUTO_CODECS,
  CODECS
} from "./chunk-TBMCQFLY.js";
import {
  LAYOUT_CODES,
  checkOutputDir,
  openUntrusted,
  requireRegularFile,
  temporaryPath,
  writeFileAtomic
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/pack/pack.ts
import { copyFile, mkdir, readdir, rename as rename2, rm as rm2, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/pack/codecs/choose.ts
import { rename, rm } from "node:fs/promises";
var FULL_TRIAL_BYTES = 32 << 20;
var SAMPLE_WINDOWS = 8;
var SAMPLE_BYTES = 256 << 10;
async function packFile(inputPath, runs, size, outputPath, options) {
  const { codec } = options;
  if (codec !== "auto") return { codec, ...await (await CODECS[codec].load()).encode(inputPath, runs, outputPath, options) };
  const candidates = await Promise.all(
    AUTO_CODECS.filter((c) => runs.length > 0 || !CODECS[c].floatRuns).map(async (name) => ({ name, module: await CODECS[name].load() }))
  );
  if (candidates.length === 1) {
    const { name, module } = candidates[0];
    const result = await module.encode(inputPath, runs, outputPath, options);
    return { codec: name, ...result, auto: autoChoice(/* @__PURE__ */ new Map([[name, result.packed.bytes]]), false) };
  }
  if (size <= FULL_TRIAL_BYTES) return packEveryWay(inputPath, runs, outputPath, options, candidates);
  for (const { module } of candidates) module.warmUp?.(options.threads);
  const estimate = await estimateAll(inputPath, runs, size, options.level, candidates);
  const chosen = smallest(candidates, estimate);
  return { codec: chosen.name, ...await chosen.module.encode(inputPath, runs, outputPath, options), auto: autoChoice(estimate, true) };
}
function autoChoice(sizes, estimated) {
  return { ...Object.fromEntries(AUTO_CODECS.map((c) => [c, sizes.get(c) ?? null])), estimated };
}
function smallest(candidates, sizes) {
  return candidates.reduce((best, c) => sizes.get(c.name) < sizes.get(best.name) ? c : best);
}
async function packEveryWay(inputPath, runs, outputPath, options, candidates) {
  const tries = candidates.map((c) => ({ ...c, path: temporaryPath(outputPath) }));
  try {
    const results = /* @__PURE__ */ new Map();
    for (const t of tries) results.set(t.name, await t.module.encode(inputPath, runs, t.path, options));
    const sizes = new Map([...results].map(([name, r]) => [name, r.packed.bytes]));
    const chosen = smallest(tries, sizes);
    await rename(chosen.path, outputPath);
    return { codec: chosen.name, ...results.get(chosen.name), auto: autoChoice(sizes, false) };
  } finally {
    await Promise.all(tries.map((t) => rm(t.path, { force: true })));
  }
}
async function estimateAll(inputPath, runs, size, level, candidates) {
  const { handle: file } = await openUntrusted(inputPath, "model");
  try {
    const packed = new Map(candidates.map((c) => [c.name, 0]));
    let sampled = 0;
    for (let i = 0; i < SAMPLE_WINDOWS; i++) {
      const start = Math.floor(i * (size - SAMPLE_BYTES) / (SAMPLE_WINDOWS - 1));
      const raw = Buffer.allocUnsafe(SAMPLE_BYTES);
      const { bytesRead } = await file.read(raw, 0, SAMPLE_BYTES, start);
      const window = raw.subarray(0, bytesRead);
      const pieces = windowPieces(runs, start, bytesRead);
      for (const { name, module } of candidates) packed.set(name, packed.get(name) + module.sampleSize(window, pieces, level));
      sampled += bytesRead;
    }
    const scale = size / sampled;
    return new Map([...packed].map(([name, n]) => [name, Math.round(n * scale)]));
  } finally {
    await file.close();
  }
}
function windowPieces(runs, start, length) {
  const end = start + length;
  const pieces = [];
  let pos = start;
  const pass = (to) => {
    if (to > pos) pieces.push(LAYOUT_CODES.pass, to - pos);
    pos = Math.max(pos, to);
  };
  for (const run of runs) {
    const element = LAYOUT_BYTES[run.layout];
    const from = run.offset + Math.ceil(Math.max(0, start - run.offset) / element) * element;
    const to = run.offset + Math.floor((Math.min(end, run.offset + run.length) - run.offset) / element) * element;
    if (to <= from || from >= end) continue;
    pass(from);
    pieces.push(LAYOUT_CODES[run.layout], to - from);
    pos = to;
  }
  pass(end);
  return pieces;
}

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
function parseModelInfo(bytes, label) {
  return walkBytes(bytes, label, walkModelInfo);
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

// src/pack/inspect.ts
async function inspectModel(path) {
  const size = await requireRegularFile(path, "model");
  if (size === 0) throw new InputError(`${path}: model file is empty`);
  return readModelInfo(path);
}

// src/pack/pack.ts
async function packModels(request) {
  const write = await planPack(request);
  const staging = await stagePackDir(request.outDir);
  try {
    const manifest = await write(staging.dir);
    await staging.commit();
    return manifest;
  } finally {
    await staging.discard();
  }
}
async function packInto(request, dir) {
  return (await planPack({ ...request, outDir: dir }))(dir);
}
async function planPack(request) {
  if (request.models.length === 0) throw new InputError("pack: no model files given");
  checkUniqueNames(request.models);
  const planned = await Promise.all(request.models.map(plan));
  checkRestoredNames(planned);
  return (outDir) => writePack(request, planned, outDir);
}
async function writePack(request, planned, outDir) {
  const options = { level: request.level, threads: request.threads, codec: request.codec ?? "auto", blockSize: request.blockSize };
  const staged = [];
  const stage = async (path, runs, size, name, location) => {
    const tmp = temporaryPath(join(outDir, packedFileName(name, "zstd", location)));
    staged.push({ tmp, final: "" });
    const packed = await packFile(path, runs, size, tmp, options);
    const file = packedFileName(name, packed.codec, location);
    staged.at(-1).final = join(outDir, file);
    return { file, ...packed };
  };
  try {
    const models = [];
    for (const p of planned) {
      const main = await stage(p.path, p.runs, p.size, p.name);
      const externalData = [];
      for (const e of p.external) externalData.push({ location: e.location, ...await stage(e.path, e.runs, e.size, p.name, e.location) });
      models.push(manifestEntry(p, main, externalData, request.level));
    }
    const manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: "model-gate", version: VERSION }, models };
    for (const { tmp, final } of staged) await rename2(tmp, final);
    await writeFileAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
    return manifest;
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm2(tmp, { force: true })));
    throw error;
  }
}
async function stagePackDir(outDir) {
  await checkOutputDir(outDir, "pack folder");
  const existing = await readdir(outDir, { withFileTypes: true }).catch(() => null);
  const packName = (f) => f === MANIFEST_FILE || Object.values(CODECS).some((c) => f.endsWith(c.extension)) || /^\..*\.tmp$/.test(f);
  const foreign = existing?.find((f) => !f.isFile() || !packName(f.name));
  if (foreign !== void 0) throw new InputError(`${outDir}: the pack folder holds ${JSON.stringify(foreign.name)}, which is not part of a pack; give an empty or new folder`);
  const dir = temporaryPath(outDir);
  await mkdir(dir, { recursive: true });
  let committed = false;
  return {
    dir,
    async commit() {
      const old = existing ? temporaryPath(outDir) : null;
      if (old) await rename2(outDir, old);
      try {
        await rename2(dir, outDir);
      } catch (error) {
        if (old) await rename2(old, outDir);
        throw error;
      }
      committed = true;
      if (old) await rm2(old, { recursive: true, force: true });
    },
    async discard() {
      if (!committed) await rm2(dir, { recursive: true, force: true });
    }
  };
}
async function assembleInto(models, dir) {
  const manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: "model-gate", version: VERSION }, models: models.map((m) => m.entry) };
  validateManifest(manifest, join(dir, MANIFEST_FILE));
  for (const { entry, path } of models) {
    for (const { file } of packedBlobs(entry)) await copyFile(join(dirname(path), file), join(dir, file));
  }
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
  return manifest;
}
function checkUniqueNames(models) {
  const byName = /* @__PURE__ */ new Map();
  for (const path of models) {
    const name = modelNameOf(path);
    const other = byName.get(name);
    if (other !== void 0) throw new InputError(`${path}: model name "${name}" is also the name of ${other}; names must be unique`);
    byName.set(name, path);
  }
}
async function plan(path) {
  const info = await inspectModel(path);
  const map = await mapTensors(path);
  const external = await checkExternalData(path, map.external);
  const { size } = await stat(path);
  return { path, name: modelNameOf(path), size, info, runs: map.runs, external };
}
function checkRestoredNames(planned) {
  const owner = /* @__PURE__ */ new Map();
  for (const p of planned) {
    for (const name of [`${p.name}.onnx`, ...p.external.map((e) => e.location)]) {
      const other = owner.get(name);
      if (other !== void 0) {
        throw new InputError(`${p.path}: restores a file named "${name}", as ${other} does; a pack restores into one folder, so its file names must be distinct`);
      }
      owner.set(name, p.path);
    }
  }
}
function manifestEntry(p, main, externalData, level) {
  const { info } = p;
  return {
    name: p.name,
    ...main,
    level,
    onnx: {
      irVersion: info.irVersion,
      opsetImports: info.opsetImports,
      producerName: info.producerName,
      producerVersion: info.producerVersion,
      domain: info.domain,
      modelVersion: info.modelVersion,
      inputs: info.inputs,
      outputs: info.outputs
    },
    ...externalData.length > 0 ? { externalData } : {}
  };
}

export {
  ModelField,
  GraphField,
  readModelInfo,
  parseModelInfo,
  packModels,
  packInto,
  stagePackDir,
  assembleInto,
  checkUniqueNames
};
//# sourceMappingURL=chunk-EQACNJKG.js.map
