// Tiny ONNX models written with onnx-proto, seeded: a token model with per-position logits and a linear regression.
// Shared by test/seqeval.test.ts and test/per-model-eval.test.ts.
import onnxProto, { type onnx as proto } from 'onnx-proto';
import { random } from '../../scripts/digits-like.js';

const { onnx } = onnxProto;
export const { FLOAT, INT64 } = onnx.TensorProto.DataType;

export const valueInfo = (name: string, elemType: number, dims: Array<number | string>): proto.IValueInfoProto => ({
  name,
  type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
});

export function model(nodes: proto.INodeProto[], initializers: proto.ITensorProto[], inputs: proto.IValueInfoProto[], outputs: proto.IValueInfoProto[]): Uint8Array {
  return onnx.ModelProto.encode({ irVersion: 8, producerName: 'model-gate-test', opsetImport: [{ domain: '', version: 17 }], graph: { name: 'g', node: nodes, initializer: initializers, input: inputs, output: outputs } }).finish();
}

export const floats = (name: string, dims: number[], data: Float32Array): proto.ITensorProto => ({ name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer.slice(0)) });

/** A byte-level language model in miniature: input_ids int64 [B,T] → Gather from a [V,V] table → logits [B,T,V], optionally through `head`. */
export function tokenModel(vocab: number, seed: number, head?: 'Softmax' | 'LogSoftmax'): Uint8Array {
  const next = random(seed);
  const table = Float32Array.from({ length: vocab * vocab }, () => (next() * 2 - 1) * 4);
  const out = head ? 'scores' : 'logits';
  const nodes: proto.INodeProto[] = [{ opType: 'Gather', input: ['table', 'input_ids'], output: ['logits'], name: 'embed' }];
  if (head) nodes.push({ opType: head, input: ['logits'], output: ['scores'], name: 'head', attribute: [{ name: 'axis', i: -1, type: onnx.AttributeProto.AttributeType.INT }] });
  return model(nodes, [floats('table', [vocab, vocab], table)], [valueInfo('input_ids', INT64, ['B', 'T'])], [valueInfo(out, FLOAT, ['B', 'T', vocab])]);
}

/** A linear regression: x float32 [N,F] → MatMul by `weights` [F,1] → y [N,1]. */
export function regressionModel(weights: readonly number[]): Uint8Array {
  const f = weights.length;
  return model(
    [{ opType: 'MatMul', input: ['x', 'w'], output: ['y'], name: 'linear' }],
    [floats('w', [f, 1], Float32Array.from(weights))],
    [valueInfo('x', FLOAT, ['N', f])],
    [valueInfo('y', FLOAT, ['N', 1])],
  );
}
