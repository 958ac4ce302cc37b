// What a variant builder needs to know about a model's main graph: its initializers (with their encoded bytes), which
// nodes use each one and in which input slot, the names already taken, and the default-domain opset. Read from the
// model's bytes with the wire-format primitives, so fields model-gate does not know survive a rewrite untouched.
import { InputError } from '../errors.js';
import { GraphField, ModelField } from '../onnx/model-info.js';
import { DATA_LOCATION_EXTERNAL, TensorField } from '../onnx/tensor-proto.js';
import { fieldInt, toBigInt, WIRE_VARINT, WireReader } from '../onnx/wire.js';

export const NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 } as const;
export const AttributeField = { name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, graphs: 11, type: 20 } as const;
const OpsetField = { domain: 1, version: 2 } as const;

/** One input slot of one node that reads a value. */
export interface Use {
  opType: string;
  /** The op's domain; "" is the default ONNX domain. */
  domain: string;
  node: string;
  slot: number;
  /** Integer attributes of the node (Gemm's transB, Conv's group, …). */
  ints: Record<string, number>;
}

export interface Initializer {
  name: string;
  dataType: number;
  dims: number[];
  /** The encoded TensorProto. */
  proto: Uint8Array;
  external: boolean;
}

export interface GraphView {
  /** The default-domain opset the model imports; 0 when it imports none. */
  opset: number;
  initializers: Map<string, Initializer>;
  /** Who reads each value in the main graph. A value read inside a subgraph has a use with opType "(subgraph)". */
  uses: Map<string, Use[]>;
  /** Names listed as graph inputs (before IR version 4 this includes the initializers). */
  graphInputs: Set<string>;
  outputs: Set<string>;
  /** Every value name in the model: new names must avoid them. */
  names: Set<string>;
}

/** Subgraph nesting is bounded, as in the codec's walker: a hostile model must not overflow the stack. */
const MAX_DEPTH = 64;

export function readGraphView(model: Uint8Array, label: string): GraphView {
  const view: GraphView = { opset: 0, initializers: new Map(), uses: new Map(), graphInputs: new Set(), outputs: new Set(), names: new Set() };
  const r = new WireReader(model, label);
  let graph: WireReader | null = null;
  for (const f of r) {
    if (f.no === ModelField.graph) graph = r.message(f, 'ModelProto.graph');
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
        const t = readInitializer(graph.bytesOf(f, 'GraphProto.initializer'), label);
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
  const ints: Record<string, number> = {};
  let opType = '';
  let domain = '';
  let name = '';
  for (const f of r) {
    switch (f.no) {
      case NodeField.input:
        inputs.push(r.string(f, 'NodeProto.input'));
        break;
      case NodeField.output:
        view.names.add(r.string(f, 'NodeProto.output'));
        break;
      case NodeField.name:
        name = r.string(f, 'NodeProto.name');
        break;
      case NodeField.opType:
        opType = r.string(f, 'NodeProto.op_type');
        break;
      case NodeField.domain:
        domain = r.string(f, 'NodeProto.domain');
        break;
      case NodeField.attribute:
        readAttribute(r.message(f, 'NodeProto.attribute'), ints, view, depth);
        break;
    }
  }
  const nodeOp = depth === 0 ? opType : '(subgraph)';
  inputs.forEach((input, slot) => {
    if (input === '') return; // an omitted optional input
    const list = view.uses.get(input) ?? [];
    list.push({ opType: nodeOp, domain: depth === 0 ? domain : '', node: name, slot, ints: depth === 0 ? ints : {} });
    view.uses.set(input, list);
  });
}

function readAttribute(r: WireReader, ints: Record<string, number>, view: GraphView, depth: number): void {
  let name = '';
  let i: number | null = null;
  for (const f of r) {
    if (f.no === AttributeField.name) name = r.string(f, 'AttributeProto.name');
    else if (f.no === AttributeField.i && f.wireType === WIRE_VARINT) i = Number(toBigInt(f.lo, f.hi));
    else if (f.no === AttributeField.g || f.no === AttributeField.graphs) readSubgraph(r.message(f, 'AttributeProto.g'), view, depth + 1);
  }
  if (i !== null) ints[name] = i;
}

function readSubgraph(r: WireReader, view: GraphView, depth: number): void {
  for (const f of r) if (f.no === GraphField.node) readNode(r.message(f, 'GraphProto.node'), view, depth);
}

function readInitializer(proto: Uint8Array, label: string): Initializer {
  const r = new WireReader(proto, label);
  const t: Initializer = { name: '', dataType: 0, dims: [], proto, external: false };
  for (const f of r) {
    if (f.no === TensorField.name) t.name = r.string(f, 'TensorProto.name');
    else if (f.no === TensorField.dataType) t.dataType = fieldInt(f, label, 'TensorProto.data_type');
    else if (f.no === TensorField.dims) r.varints(f, 'TensorProto.dims', (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
    else if (f.no === TensorField.dataLocation) t.external = fieldInt(f, label, 'TensorProto.data_location') === DATA_LOCATION_EXTERNAL;
  }
  return t;
}

/** A name not yet used in the model, derived from `base`; taken names are recorded so two calls never collide. */
export function freshName(view: GraphView, base: string): string {
  let name = base;
  for (let n = 2; view.names.has(name); n++) name = `${base}_${n}`;
  view.names.add(name);
  return name;
}
