// Writes a variant model: the original's bytes with some initializers swapped for a stored form and the nodes that
// turn it back into the original value under the original name. Every other field — nodes, other initializers,
// metadata, functions, fields newer than model-gate — is copied byte for byte, so consumers see the same graph.
import { InputError } from '../errors.js';
import { GraphField, ModelField } from '../onnx/model-info.js';
import { encodeTensorProto } from '../onnx/tensor-proto.js';
import { WireReader, WireWriter } from '../onnx/wire.js';
import type { Tensor } from '../types.js';
import { AttributeField, NodeField } from './graph.js';

/** AttributeProto.AttributeType.INT */
const ATTRIBUTE_INT = 2;
const MetadataField = { key: 1, value: 2 } as const;
/** Protobuf messages are limited to 2 GiB; onnxruntime refuses larger model files. */
const MAX_MODEL_BYTES = 2 ** 31 - 1;

export interface NodeSpec {
  opType: string;
  inputs: string[];
  outputs: string[];
  name: string;
  ints?: Record<string, number>;
}

/** One initializer replaced: new initializers plus the nodes that compute the original value under its name. */
export interface Replacement {
  original: string;
  initializers: Tensor[];
  nodes: NodeSpec[];
}

/**
 * The model with the replacements applied. New nodes go first in the graph (they read only initializers, so the
 * node order stays topological); replaced names leave the graph's input list, where IR < 4 models list initializers.
 * `metadata` entries are added to the model's metadata_props (e.g. which variant this is).
 */
export function rewriteModel(model: Uint8Array, label: string, replacements: readonly Replacement[], metadata: Record<string, string>): Uint8Array {
  const replaced = new Map(replacements.map((r) => [r.original, r]));
  const out = new WireWriter();
  const r = new WireReader(model, label);
  for (let start = r.position, f = r.next(); f; start = r.position, f = r.next()) {
    if (f.no === ModelField.graph) out.bytes(ModelField.graph, rewriteGraph(r.message(f, 'ModelProto.graph'), replacements, replaced));
    else out.raw(model.subarray(start, f.offset + f.length));
  }
  for (const [key, value] of Object.entries(metadata)) {
    out.bytes(ModelField.metadataProps, new WireWriter().string(MetadataField.key, key).string(MetadataField.value, value).finish());
  }
  const bytes = out.finish();
  if (bytes.length > MAX_MODEL_BYTES) throw new InputError(`${label}: the variant would be ${bytes.length} bytes, over the 2 GiB limit of an ONNX file without external data`);
  return bytes;
}

function rewriteGraph(g: WireReader, replacements: readonly Replacement[], replaced: Map<string, Replacement>): Uint8Array {
  const out = new WireWriter();
  const emitted = new Set<Replacement>();
  for (const r of replacements) for (const node of r.nodes) out.bytes(GraphField.node, encodeNode(node));
  for (let start = g.position, f = g.next(); f; start = g.position, f = g.next()) {
    // A replaced Constant node goes: its value now comes from the new initializers and decode nodes.
    if (f.no === GraphField.node && replacedConstant(g.message(f, 'GraphProto.node'), replaced)) continue;
    if (f.no === GraphField.initializer || f.no === GraphField.input) {
      const name = firstString(g.message(f, 'GraphProto field'), f.no === GraphField.initializer ? 8 : 1);
      const r = replaced.get(name);
      if (r && f.no === GraphField.input) continue;
      if (r) {
        for (const t of r.initializers) out.bytes(GraphField.initializer, encodeTensorProto(t));
        emitted.add(r);
        continue;
      }
    }
    out.raw(g.bytes.subarray(start - g.base, f.offset + f.length - g.base));
  }
  // Values that came from Constant nodes had no initializer to take the place of: theirs go last.
  for (const r of replacements) if (!emitted.has(r)) for (const t of r.initializers) out.bytes(GraphField.initializer, encodeTensorProto(t));
  return out.finish();
}

function replacedConstant(node: WireReader, replaced: Map<string, Replacement>): boolean {
  let opType = '';
  let output: string | null = null;
  for (const f of node) {
    if (f.no === NodeField.opType) opType = node.string(f, 'NodeProto.op_type');
    else if (f.no === NodeField.output) output = node.string(f, 'NodeProto.output');
  }
  return opType === 'Constant' && output !== null && replaced.has(output);
}

function firstString(r: WireReader, no: number): string {
  for (const f of r) if (f.no === no) return r.string(f, 'name');
  return '';
}

export function encodeNode(n: NodeSpec): Uint8Array {
  const w = new WireWriter();
  for (const i of n.inputs) w.string(NodeField.input, i);
  for (const o of n.outputs) w.string(NodeField.output, o);
  w.string(NodeField.name, n.name);
  w.string(NodeField.opType, n.opType);
  for (const [name, value] of Object.entries(n.ints ?? {})) {
    w.bytes(NodeField.attribute, new WireWriter().string(AttributeField.name, name).varint(AttributeField.i, value).varint(AttributeField.type, ATTRIBUTE_INT).finish());
  }
  return w.finish();
}
