// What a variant builder needs to know about a model's main graph: its initializers (with their encoded bytes), which
// nodes use each one and in which input slot, the names already taken, and the default-domain opset. Read from the
// model's bytes with the wire-format primitives, so fields model-gate does not know survive a rewrite untouched.
import { InputError } from '../errors.js';
import { GraphField, ModelField } from '../onnx/model-info.js';
import { DATA_LOCATION_EXTERNAL, TensorField } from '../onnx/tensor-proto.js';
import { type ExternalTensor, externalTensor, stringEntry, tensorBytes } from '../onnx/tensors.js';
import { fieldInt, toBigInt, WIRE_VARINT, WireReader } from '../onnx/wire.js';

export const NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 } as const;
export const AttributeField = { name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, graphs: 11, type: 20 } as const;
export const OpsetField = { domain: 1, version: 2 } as const;

/** One input slot of one node that reads a value. */
export interface Use {
  opType: string;
  /** The op's domain; "" is the default ONNX domain. */
  domain: string;
  node: string;
  slot: number;
  /** Integer attributes of the node (Gemm's transB, Conv's group, …). */
  ints: Record<string, number>;
  /** Read by a node of a subgraph (an If, Loop or Scan body) as a value of the enclosing graph. */
  inSubgraph: boolean;
  /** The node's inputs and outputs, and the absolute offset of its NodeProto: what a rewrite of the node keys on. */
  inputs: readonly string[];
  outputs: readonly string[];
  at: number;
}

/** A constant tensor of the model: a graph initializer, the value of a Constant node, or an initializer of a subgraph. */
export interface Initializer {
  name: string;
  dataType: number;
  dims: number[];
  /** The encoded TensorProto. */
  proto: Uint8Array;
  /** Where its bytes are when it keeps them in an external data file (unchecked: external-data.ts validates it). */
  external: ExternalTensor | null;
  /** Main-graph initializer; main-graph Constant node (`name` is its output); initializer of a subgraph. */
  where: 'initializer' | 'constant' | 'subgraph';
  /** Absolute offset in the model of the TensorProto (or, for a Constant, of its NodeProto): what a rewrite keys on. */
  at: number;
}

export interface GraphView {
  irVersion: number;
  /** The default-domain opset the model imports; 0 when it imports none. */
  opset: number;
  /** Main-graph initializers and Constant-node values, by the value name the graph reads them under. */
  initializers: Map<string, Initializer>;
  /** Initializers of subgraphs (If, Loop and Scan bodies); they may share names across scopes. */
  nested: Initializer[];
  /** Who reads each value in the main graph. A value read inside a subgraph has a use with opType "(subgraph)". */
  uses: Map<string, Use[]>;
  /** Names listed as graph inputs (before IR version 4 this includes the initializers). */
  graphInputs: Set<string>;
  outputs: Set<string>;
  /** Every value and node name in the model, subgraphs included: new names must avoid them. */
  names: Set<string>;
}

/** Subgraph nesting is bounded, as in the codec's walker: a hostile model must not overflow the stack. */
const MAX_DEPTH = 64;

export function readGraphView(model: Uint8Array, label: string): GraphView {
  const view: GraphView = { irVersion: 0, opset: 0, initializers: new Map(), nested: [], uses: new Map(), graphInputs: new Set(), outputs: new Set(), names: new Set() };
  const r = new WireReader(model, label);
  let graph: WireReader | null = null;
  for (const f of r) {
    if (f.no === ModelField.graph) graph = r.message(f, 'ModelProto.graph');
    else if (f.no === ModelField.irVersion) view.irVersion = fieldInt(f, label, 'ModelProto.ir_version');
    else if (f.no === ModelField.opsetImport) {
      const o = r.message(f, 'ModelProto.opset_import');
      let domain = '';
      let version = 0;
      for (const g of o) {
        if (g.no === OpsetField.domain) domain = o.string(g, 'OperatorSetIdProto.domain');
        else if (g.no === OpsetField.version) version = fieldInt(g, label, 'OperatorSetIdProto.version');
      }
      if (domain === '' || domain === 'ai.onnx') view.opset = version;
    }
  }
  if (!graph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  for (const f of graph) {
    switch (f.no) {
      case GraphField.node:
        readNode(graph.message(f, 'GraphProto.node'), view, 0);
        break;
      case GraphField.initializer: {
        const t = readInitializer(graph.bytesOf(f, 'GraphProto.initializer'), label, 'initializer', f.offset);
        view.initializers.set(t.name, t);
        view.names.add(t.name);
        break;
      }
      case GraphField.input:
      case GraphField.output:
      case GraphField.valueInfo: {
        const name = valueInfoName(graph.message(f, 'GraphProto.input'));
        view.names.add(name);
        if (f.no === GraphField.input) view.graphInputs.add(name);
        if (f.no === GraphField.output) view.outputs.add(name);
        break;
      }
    }
  }
  return view;
}

function valueInfoName(r: WireReader): string {
  for (const f of r) if (f.no === 1) return r.string(f, 'ValueInfoProto.name');
  return '';
}

/** Records a node's uses and outputs; nodes of subgraphs (If, Loop, Scan bodies) record their reads as "(subgraph)". */
function readNode(r: WireReader, view: GraphView, depth: number): void {
  if (depth > MAX_DEPTH) throw new InputError(`${r.label}: subgraphs nest deeper than ${MAX_DEPTH} levels`);
  const inputs: string[] = [];
  const outputs: string[] = [];
  const ints: Record<string, number> = {};
  const tensors: Record<string, Uint8Array> = {};
  let opType = '';
  let domain = '';
  let name = '';
  for (const f of r) {
    switch (f.no) {
      case NodeField.input:
        inputs.push(r.string(f, 'NodeProto.input'));
        break;
      case NodeField.output:
        outputs.push(r.string(f, 'NodeProto.output'));
        view.names.add(outputs.at(-1)!);
        break;
      case NodeField.name:
        name = r.string(f, 'NodeProto.name');
        view.names.add(name);
        break;
      case NodeField.opType:
        opType = r.string(f, 'NodeProto.op_type');
        break;
      case NodeField.domain:
        domain = r.string(f, 'NodeProto.domain');
        break;
      case NodeField.attribute:
        readAttribute(r.message(f, 'NodeProto.attribute'), ints, tensors, view, depth);
        break;
    }
  }
  // A main-graph Constant holding a tensor is a weight under its output's name (exporters such as Paddle's write
  // every weight this way); a variant replaces the node like an initializer.
  const value = tensors.value;
  if (depth === 0 && opType === 'Constant' && (domain === '' || domain === 'ai.onnx') && value && outputs.length === 1) {
    view.initializers.set(outputs[0]!, { ...readInitializer(value, r.label, 'constant', r.base), name: outputs[0]! });
  }
  inputs.forEach((input, slot) => {
    if (input === '') return; // an omitted optional input
    const list = view.uses.get(input) ?? [];
    list.push({ opType, domain, node: name, slot, ints, inSubgraph: depth > 0, inputs, outputs, at: r.base });
    view.uses.set(input, list);
  });
}

function readAttribute(r: WireReader, ints: Record<string, number>, tensors: Record<string, Uint8Array>, view: GraphView, depth: number): void {
  let name = '';
  let i: number | null = null;
  let t: Uint8Array | null = null;
  for (const f of r) {
    if (f.no === AttributeField.name) name = r.string(f, 'AttributeProto.name');
    else if (f.no === AttributeField.i && f.wireType === WIRE_VARINT) i = Number(toBigInt(f.lo, f.hi));
    else if (f.no === AttributeField.t) t = r.bytesOf(f, 'AttributeProto.t');
    else if (f.no === AttributeField.g || f.no === AttributeField.graphs) readSubgraph(r.message(f, 'AttributeProto.g'), view, depth + 1);
  }
  if (i !== null) ints[name] = i;
  if (t !== null) tensors[name] = t;
}

function readSubgraph(r: WireReader, view: GraphView, depth: number): void {
  for (const f of r) {
    if (f.no === GraphField.node) readNode(r.message(f, 'GraphProto.node'), view, depth);
    else if (f.no === GraphField.initializer) {
      const t = readInitializer(r.bytesOf(f, 'GraphProto.initializer'), r.label, 'subgraph', f.offset);
      view.nested.push(t);
      view.names.add(t.name);
    } else if (f.no === GraphField.input || f.no === GraphField.output || f.no === GraphField.valueInfo) {
      view.names.add(valueInfoName(r.message(f, 'GraphProto.input')));
    }
  }
}

function readInitializer(proto: Uint8Array, label: string, where: Initializer['where'], at: number): Initializer {
  const r = new WireReader(proto, label);
  const t: Initializer = { name: '', dataType: 0, dims: [], proto, external: null, where, at };
  const entries = new Map<string, string>();
  let external = false;
  for (const f of r) {
    if (f.no === TensorField.name) t.name = r.string(f, 'TensorProto.name');
    else if (f.no === TensorField.dataType) t.dataType = fieldInt(f, label, 'TensorProto.data_type');
    else if (f.no === TensorField.dims) r.varints(f, 'TensorProto.dims', (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
    else if (f.no === TensorField.dataLocation) external = fieldInt(f, label, 'TensorProto.data_location') === DATA_LOCATION_EXTERNAL;
    else if (f.no === TensorField.externalData) entries.set(...stringEntry(r.message(f, 'TensorProto.external_data')));
  }
  if (external) t.external = externalTensor(label, { ...t, entries });
  return t;
}

/** Payload bytes of the model's constant tensors (initializers, Constant values, subgraph initializers): its weights. */
export function weightBytes(view: GraphView): number {
  let total = 0;
  for (const t of [...view.initializers.values(), ...view.nested]) total += tensorBytes(t.dataType, t.dims) ?? 0;
  return total;
}

/** A name not yet used in the model, derived from `base`; taken names are recorded so two calls never collide. */
export function freshName(view: GraphView, base: string): string {
  let name = base;
  for (let n = 2; view.names.has(name); n++) name = `${base}_${n}`;
  view.names.add(name);
  return name;
}
