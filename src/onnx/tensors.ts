// Finds where the float tensor payloads of an ONNX model lie in its file, without reading them: initializers,
// tensors in node attributes (Constant and friends, subgraphs included), sparse tensors, training graphs, functions.
// The codec splits exactly these byte ranges into planes; everything else is passed through untouched, so the file is
// restored byte for byte without ever re-serialising the protobuf. Tensors kept in external files are reported too.
import { InputError } from '../errors.js';
import { DATA_LOCATION_EXTERNAL, TensorField, dataTypeBits } from './tensor-proto.js';
import { type FieldCursor, type Walk, WIRE_LEN, WIRE_VARINT, expectWire, fieldInt32, forEachVarint, toBigInt, walkBytes, walkFile } from './wire.js';
import type { Field, WireReader } from './wire.js';

/** How a float element is laid out; see planes.ts for how each is split. */
type FloatLayout = 'f32' | 'f16' | 'bf16' | 'f64';

export const LAYOUT_BYTES: Record<FloatLayout, number> = { f32: 4, f16: 2, bf16: 2, f64: 8 };

/** TensorProto.DataType → layout. Complex numbers are pairs of floats, so they split like their parts. */
const LAYOUT_OF_TYPE: Record<number, FloatLayout> = { 1: 'f32', 10: 'f16', 11: 'f64', 14: 'f32', 15: 'f64', 16: 'bf16' };

/** Payloads below this stay in the pass-through stream: a segment costs more than splitting a few floats gains. */
export const MIN_FLOAT_PAYLOAD = 64;

/** A run of float elements at an absolute byte offset of some file. */
export interface FloatRun {
  offset: number;
  length: number;
  layout: FloatLayout;
}

/** A tensor whose data lives in another file (TensorProto.data_location = EXTERNAL). */
export interface ExternalTensor {
  /** The tensor's name, for messages. */
  name: string;
  /** external_data["location"], unchecked; external-data.ts validates it. */
  location: string;
  offset: number;
  /** external_data["length"], or null when absent. */
  length: number | null;
  dataType: number;
  dims: number[];
}

interface TensorMap {
  /** Float payloads inside the model file, sorted by offset and disjoint. */
  runs: FloatRun[];
  external: ExternalTensor[];
}

/** Subgraphs nest (If, Loop, Scan); a hostile model must not be able to overflow the stack. */
const MAX_DEPTH = 64;

const Model = { graph: 7, trainingInfo: 20, functions: 25 } as const;
const Graph = { node: 1, initializer: 5, sparseInitializer: 15 } as const;
const Node = { attribute: 5 } as const;
const Attribute = { t: 5, g: 6, tensors: 10, graphs: 11, sparseTensor: 22, sparseTensors: 23 } as const;
const Sparse = { values: 1, indices: 2 } as const;
const TrainingInfo = { initialization: 1, algorithm: 2 } as const;
const FunctionNode = 7;

interface Found {
  runs: FloatRun[];
  external: ExternalTensor[];
}

/** Maps the float payloads and external tensors of the model at `path` (read field by field, weights skipped). */
export function mapTensors(path: string): Promise<TensorMap> {
  return walkFile(path, walkModel);
}

/** The same over a model already in memory; `label` names it in errors. */
export function mapTensorsInBytes(bytes: Uint8Array, label: string): TensorMap {
  return walkBytes(bytes, label, walkModel);
}

function* walkModel(c: FieldCursor): Walk<TensorMap> {
  const found: Found = { runs: [], external: [] };
  for (const f of yield* fields(c, 0, c.size)) {
    if (f.no === Model.graph) yield* walkGraph(c, f, found, 0);
    else if (f.no === Model.trainingInfo) {
      for (const g of yield* fields(c, ...bounds(c, f, 'ModelProto.training_info'))) {
        if (g.no === TrainingInfo.initialization || g.no === TrainingInfo.algorithm) yield* walkGraph(c, g, found, 0);
      }
    } else if (f.no === Model.functions) {
      for (const n of yield* fields(c, ...bounds(c, f, 'ModelProto.functions'))) {
        if (n.no === FunctionNode) yield* walkNode(c, n, found, 0);
      }
    }
  }
  return { runs: disjoint(found.runs), external: found.external };
}

/** The headers of every field of the message in [start, end); payloads are not read. */
function* fields(c: FieldCursor, start: number, end: number): Walk<Field[]> {
  const out: Field[] = [];
  for (let pos = start; pos < end; ) {
    const f = yield* c.field(pos, end);
    pos = f.offset + f.length;
    out.push(f);
  }
  return out;
}

function bounds(c: FieldCursor, f: Field, what: string): [number, number] {
  expectWire(f, WIRE_LEN, c.label, what);
  return [f.offset, f.offset + f.length];
}

function* walkGraph(c: FieldCursor, graph: Field, found: Found, depth: number): Walk<void> {
  if (depth > MAX_DEPTH) throw new InputError(`${c.label}: subgraphs nested more than ${MAX_DEPTH} deep`);
  for (const f of yield* fields(c, ...bounds(c, graph, 'GraphProto'))) {
    if (f.no === Graph.node) yield* walkNode(c, f, found, depth);
    else if (f.no === Graph.initializer) yield* walkTensor(c, f, found);
    else if (f.no === Graph.sparseInitializer) yield* walkSparse(c, f, found);
  }
}

function* walkNode(c: FieldCursor, node: Field, found: Found, depth: number): Walk<void> {
  for (const f of yield* fields(c, ...bounds(c, node, 'NodeProto'))) {
    if (f.no !== Node.attribute) continue;
    for (const a of yield* fields(c, ...bounds(c, f, 'NodeProto.attribute'))) {
      if (a.no === Attribute.t || a.no === Attribute.tensors) yield* walkTensor(c, a, found);
      else if (a.no === Attribute.g || a.no === Attribute.graphs) yield* walkGraph(c, a, found, depth + 1);
      else if (a.no === Attribute.sparseTensor || a.no === Attribute.sparseTensors) yield* walkSparse(c, a, found);
    }
  }
}

function* walkSparse(c: FieldCursor, sparse: Field, found: Found): Walk<void> {
  for (const f of yield* fields(c, ...bounds(c, sparse, 'SparseTensorProto'))) {
    if (f.no === Sparse.values || f.no === Sparse.indices) yield* walkTensor(c, f, found);
  }
}

interface TensorFields {
  name: string;
  dataType: number;
  dims: number[];
  raw: Field | null;
  floatData: Field[];
  doubleData: Field[];
  external: boolean;
  entries: Map<string, string>;
}

function* walkTensor(c: FieldCursor, tensor: Field, found: Found): Walk<void> {
  const t = yield* readTensor(c, tensor);
  if (t.external) {
    found.external.push(externalTensor(c.label, t));
    return;
  }
  const layout = LAYOUT_OF_TYPE[t.dataType];
  if (t.raw && layout) addRun(found, t.raw, layout);
  // Packed float_data / double_data are little-endian IEEE values too, exactly like raw_data.
  for (const f of t.floatData) if (f.wireType === WIRE_LEN) addRun(found, f, 'f32');
  for (const f of t.doubleData) if (f.wireType === WIRE_LEN) addRun(found, f, 'f64');
}

function* readTensor(c: FieldCursor, tensor: Field): Walk<TensorFields> {
  const t: TensorFields = { name: '', dataType: 0, dims: [], raw: null, floatData: [], doubleData: [], external: false, entries: new Map() };
  for (const f of yield* fields(c, ...bounds(c, tensor, 'TensorProto'))) {
    switch (f.no) {
      case TensorField.dims:
        if (f.wireType === WIRE_VARINT) t.dims.push(Number(toBigInt(f.lo, f.hi)));
        else {
          expectWire(f, WIRE_LEN, c.label, 'TensorProto.dims');
          forEachVarint(yield* c.read(f.offset, f.length), c.label, (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
        }
        break;
      case TensorField.dataType:
        t.dataType = fieldInt32(f, c.label, 'TensorProto.data_type');
        break;
      case TensorField.name:
        t.name = yield* c.string(f, 'TensorProto.name');
        break;
      case TensorField.rawData:
        expectWire(f, WIRE_LEN, c.label, 'TensorProto.raw_data');
        t.raw = f;
        break;
      case TensorField.floatData:
        t.floatData.push(f);
        break;
      case TensorField.doubleData:
        t.doubleData.push(f);
        break;
      case TensorField.dataLocation:
        t.external ||= fieldInt32(f, c.label, 'TensorProto.data_location') === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.externalData: {
        t.entries.set(...stringEntry(yield* c.message(f, 'TensorProto.external_data')));
        break;
      }
    }
  }
  return t;
}

/** A StringStringEntryProto (an external_data entry) as [key, value]. */
export function stringEntry(entry: WireReader): [string, string] {
  let key = '';
  let value = '';
  for (const e of entry) {
    if (e.no === 1) key = entry.string(e, 'StringStringEntryProto.key');
    else if (e.no === 2) value = entry.string(e, 'StringStringEntryProto.value');
  }
  return [key, value];
}

function addRun(found: Found, f: Field, layout: FloatLayout): void {
  const size = LAYOUT_BYTES[layout];
  // A payload whose size is not whole elements is malformed; it still packs, just without the split.
  if (f.length < MIN_FLOAT_PAYLOAD || f.length % size !== 0) return;
  found.runs.push({ offset: f.offset, length: f.length, layout });
}

/** A tensor's external_data entries (key → value) read as a reference; `label` names the model in errors. */
export function externalTensor(label: string, t: Pick<TensorFields, 'name' | 'dataType' | 'dims' | 'entries'>): ExternalTensor {
  const what = `${label}: tensor "${t.name}" (external data)`;
  const number = (key: string): number | null => {
    const text = t.entries.get(key);
    if (text === undefined) return null;
    if (!/^\d{1,16}$/.test(text)) throw new InputError(`${what}: "${key}" is ${JSON.stringify(text)}, not a byte count`);
    return Number(text);
  };
  const location = t.entries.get('location');
  if (location === undefined) throw new InputError(`${what}: has no "location" entry`);
  return { name: t.name, location, offset: number('offset') ?? 0, length: number('length'), dataType: t.dataType, dims: t.dims };
}

/** Sorted; a run overlapping the previous one (impossible in a well-formed file) is dropped, never split twice. */
export function disjoint(runs: FloatRun[]): FloatRun[] {
  const sorted = [...runs].sort((a, b) => a.offset - b.offset);
  const out: FloatRun[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (!last || r.offset >= last.offset + last.length) out.push(r);
  }
  return out;
}

/** Bytes a tensor of this type and shape occupies, or null for types without a fixed size (strings). */
export function tensorBytes(dataType: number, dims: readonly number[]): number | null {
  const bits = dataTypeBits(dataType);
  if (!bits) return null;
  let count = 1;
  for (const d of dims) {
    if (!Number.isSafeInteger(d) || d < 0) return null;
    count *= d;
  }
  const bytes = Math.ceil((count * bits) / 8);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** The layout of a data type's elements, or null when they are not floats. */
export function layoutOf(dataType: number): FloatLayout | null {
  return LAYOUT_OF_TYPE[dataType] ?? null;
}
