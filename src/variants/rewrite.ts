// Writes a variant model: the original's bytes with some initializers swapped for a stored form and the nodes that
// turn it back into the original value under the original name. Every other field — nodes, other initializers,
// metadata, functions, fields newer than model-gate — is copied byte for byte, so consumers see the same graph.
import { InputError } from '../errors.js';
import { GraphField, ModelField } from '../onnx/model-info.js';
import { WireReader, WireWriter } from '../onnx/wire.js';
import { AttributeField, NodeField, OpsetField } from './graph.js';
import type { StoredTensor } from './store.js';

/** AttributeProto.AttributeType.INT */
const ATTRIBUTE_INT = 2;
const MetadataField = { key: 1, value: 2 } as const;
/** Protobuf messages are limited to 2 GiB; onnxruntime refuses larger model files (weights in external data do not count). */
const MAX_MODEL_BYTES = 2 ** 31 - 1;

interface NodeSpec {
  opType: string;
  /** The op's domain; absent for the default ONNX domain. */
  domain?: string;
  inputs: string[];
  outputs: string[];
  name: string;
  ints?: Record<string, number>;
}

/** One tensor replaced: new initializers plus the nodes that compute the original value under its name. */
export interface Replacement {
  original: string;
  /** Where the replaced tensor is: `Initializer.at` (a TensorProto, or a Constant's NodeProto), at any depth. */
  at: number;
  /** Already stored (store.ts): their data inline or in the variant's external data file. */
  initializers: StoredTensor[];
  nodes: NodeSpec[];
  /** Nodes put in the place of existing ones (keyed by `Use.at`), for a tensor that is no longer computed but consumed. */
  rewrites?: Array<{ at: number; node: NodeSpec }>;
  /** Operator sets the new nodes need (domain → version), imported when the model does not import the domain yet. */
  imports?: Record<string, number>;
}

/**
 * The model with the replacements applied, each in the graph that holds its tensor (subgraphs included). New nodes go
 * first in their graph (they read only initializers, so the node order stays topological); in IR < 4 models, which
 * list initializers as main-graph inputs, the new initializers replace the old one in that list.
 * `metadata` entries are added to the model's metadata_props (e.g. which variant this is).
 */
export function rewriteModel(model: Uint8Array, label: string, replacements: readonly Replacement[], metadata: Record<string, string>): Uint8Array {
  const nodes = new Map(replacements.flatMap((r) => r.rewrites ?? []).map((w) => [w.at, w.node]));
  const edits: Edits = { byAt: new Map(replacements.map((r) => [r.at, r])), nodes, sorted: [...replacements.map((r) => r.at), ...nodes.keys()].sort((a, b) => a - b) };
  const imports = new Map(replacements.flatMap((r) => Object.entries(r.imports ?? {})));
  const out = new WireWriter();
  const r = new WireReader(model, label);
  for (let start = r.position, f = r.next(); f; start = r.position, f = r.next()) {
    if (f.no === ModelField.graph) out.bytes(ModelField.graph, rewriteGraph(r.message(f, 'ModelProto.graph'), edits, true));
    else {
      if (f.no === ModelField.opsetImport) imports.delete(firstString(r.message(f, 'ModelProto.opset_import'), OpsetField.domain));
      out.raw(model.subarray(start, f.offset + f.length));
    }
  }
  for (const [domain, version] of imports) {
    out.bytes(ModelField.opsetImport, new WireWriter().string(OpsetField.domain, domain).varint(OpsetField.version, version).finish());
  }
  for (const [key, value] of Object.entries(metadata)) {
    out.bytes(ModelField.metadataProps, new WireWriter().string(MetadataField.key, key).string(MetadataField.value, value).finish());
  }
  const bytes = out.finish();
  if (bytes.length > MAX_MODEL_BYTES) throw new InputError(`${label}: the variant would be ${bytes.length} bytes, over the 2 GiB limit of an ONNX file without external data`);
  return bytes;
}

interface Edits {
  byAt: Map<number, Replacement>;
  /** Nodes rewritten in place, by their NodeProto's offset. */
  nodes: Map<number, NodeSpec>;
  /** The replaced tensors' offsets, sorted: which messages contain one is a binary search. */
  sorted: number[];
}

/** Whether a replaced tensor lies inside [from, to): only then is a node or attribute re-encoded, not copied. */
function containsEdit(edits: Edits, from: number, to: number): boolean {
  let lo = 0;
  let hi = edits.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits.sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < edits.sorted.length && edits.sorted[lo]! < to;
}

function rewriteGraph(g: WireReader, edits: Edits, main: boolean): Uint8Array {
  // The replacements whose tensor is a field of this graph: their decode nodes open it.
  const here: Replacement[] = [];
  for (const f of new WireReader(g.bytes, g.label, g.base)) {
    const r = edits.byAt.get(f.offset);
    if (r && (f.no === GraphField.initializer || f.no === GraphField.node)) here.push(r);
  }
  const hereByName = new Map(here.map((r) => [r.original, r]));
  const out = new WireWriter();
  const emitted = new Set<Replacement>();
  for (const r of here) for (const node of r.nodes) out.bytes(GraphField.node, encodeNode(node));
  for (let start = g.position, f = g.next(); f; start = g.position, f = g.next()) {
    const r = edits.byAt.get(f.offset);
    if (f.no === GraphField.node) {
      // A replaced Constant goes: its value now comes from the new initializers and decode nodes.
      if (r) continue;
      const node = edits.nodes.get(f.offset);
      if (node) {
        out.bytes(GraphField.node, encodeNode(node));
        continue;
      }
      if (containsEdit(edits, f.offset, f.offset + f.length)) {
        out.bytes(GraphField.node, rewriteMessage(g.message(f, 'GraphProto.node'), edits, NodeField.attribute));
        continue;
      }
    } else if (f.no === GraphField.initializer && r) {
      for (const t of r.initializers) out.bytes(GraphField.initializer, t.proto);
      emitted.add(r);
      continue;
    } else if (f.no === GraphField.input && main) {
      // Only IR < 4 lists initializers as graph inputs (later IRs' are overridable and never replaced); there every
      // initializer must be listed, so the new ones take the old one's place.
      const replaced = hereByName.get(firstString(g.message(f, 'GraphProto.input'), 1));
      if (replaced) {
        for (const t of replaced.initializers) out.bytes(GraphField.input, encodeValueInfo(t));
        continue;
      }
    }
    out.raw(g.bytes.subarray(start - g.base, f.offset + f.length - g.base));
  }
  // Values that came from Constant nodes had no initializer to take the place of: theirs go last.
  for (const r of here) if (!emitted.has(r)) for (const t of r.initializers) out.bytes(GraphField.initializer, t.proto);
  return out.finish();
}

/**
 * A node (`inner` = its attribute field) or an attribute (`inner` = g / graphs) that holds a replaced tensor deeper
 * down: its fields are copied, except the one on the way to the tensor, which is rewritten in turn.
 */
function rewriteMessage(m: WireReader, edits: Edits, inner: number): Uint8Array {
  const out = new WireWriter();
  for (let start = m.position, f = m.next(); f; start = m.position, f = m.next()) {
    const holds = containsEdit(edits, f.offset, f.offset + f.length);
    if (holds && inner === NodeField.attribute && f.no === NodeField.attribute) {
      out.bytes(f.no, rewriteMessage(m.message(f, 'NodeProto.attribute'), edits, AttributeField.g));
    } else if (holds && inner === AttributeField.g && (f.no === AttributeField.g || f.no === AttributeField.graphs)) {
      out.bytes(f.no, rewriteGraph(m.message(f, 'AttributeProto.g'), edits, false));
    } else out.raw(m.bytes.subarray(start - m.base, f.offset + f.length - m.base));
  }
  return out.finish();
}

function firstString(r: WireReader, no: number): string {
  for (const f of r) if (f.no === no) return r.string(f, 'name');
  return '';
}

/** ValueInfoProto { name, type: TypeProto { tensor_type: { elem_type, shape: { dim: [{ dim_value }] } } } } */
function encodeValueInfo(t: StoredTensor): Uint8Array {
  const shape = new WireWriter();
  for (const d of t.dims) shape.bytes(1, new WireWriter().varint(1, d).finish());
  const tensorType = new WireWriter().varint(1, t.dataType).bytes(2, shape.finish()).finish();
  return new WireWriter().string(1, t.name).bytes(2, new WireWriter().bytes(1, tensorType).finish()).finish();
}

function encodeNode(n: NodeSpec): Uint8Array {
  const w = new WireWriter();
  for (const i of n.inputs) w.string(NodeField.input, i);
  for (const o of n.outputs) w.string(NodeField.output, o);
  w.string(NodeField.name, n.name);
  w.string(NodeField.opType, n.opType);
  if (n.domain) w.string(NodeField.domain, n.domain);
  for (const [name, value] of Object.entries(n.ints ?? {})) {
    w.bytes(NodeField.attribute, new WireWriter().string(AttributeField.name, name).varint(AttributeField.i, value).varint(AttributeField.type, ATTRIBUTE_INT).finish());
  }
  return w.finish();
}
