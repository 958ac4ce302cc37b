// Writes the calibration models of `npm run bench:verdicts`: Y = MatMul(X, W) with W a [rows, 1024] float32 weight,
// optionally plus a second MatMul over the first `extraRows` rows of X and W added to Y. The extra path is real compute
// on the way to the output (not a sleep) and reuses W, so the slowed model has the same size, load time and memory as
// the plain one and only its run time differs; the slowdown grows with `extraRows`.
import { writeFile } from 'node:fs/promises';
import onnxProto, { type onnx as proto } from 'onnx-proto';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
export const COLS = 1024;

export interface MatMulModel {
  /** Rows of W: the model's input width. */
  rows: number;
  /** Rows of the extra MatMul path; 0 writes the plain model. */
  extraRows: number;
  /** The model's doc_string: an A/A candidate sets one so that its bytes differ from the baseline's (a byte-identical
   * model is reported unchanged and not measured) while its weights and graph stay the same. */
  docString?: string;
}

/** Rows of W for a weight payload of about `bytes`. */
export const rowsForBytes = (bytes: number): number => Math.max(1, Math.round(bytes / 4 / COLS));

/** Weights in ±0.035 from an integer hash of their index, so every run writes the same bytes and zstd finds no pattern. */
function weights(count: number): Uint8Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    out[i] = 0.07 * (((h ^ (h >>> 16)) >>> 0) / 4294967296 - 0.5);
  }
  return new Uint8Array(out.buffer);
}

const int64s = (name: string, values: number[]): proto.ITensorProto => ({
  name,
  dims: [values.length],
  dataType: INT64,
  rawData: new Uint8Array(BigInt64Array.from(values.map(BigInt)).buffer),
});

const floatInfo = (name: string, dims: Array<number | string>): proto.IValueInfoProto => ({
  name,
  type: { tensorType: { elemType: FLOAT, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
});

export function encodeMatMulModel(m: MatMulModel): Uint8Array {
  const node = (opType: string, input: string[], output: string): proto.INodeProto => ({ opType, input, output: [output], name: output });
  const initializer: proto.ITensorProto[] = [{ name: 'W', dims: [m.rows, COLS], dataType: FLOAT, rawData: weights(m.rows * COLS) }];
  const nodes = [node('MatMul', ['X', 'W'], m.extraRows > 0 ? 'Y0' : 'Y')];
  if (m.extraRows > 0) {
    // The slice end is computed from X's run-time shape (width − (rows − extraRows)): with a symbolic batch axis
    // onnxruntime cannot fold it into a constant at load time, so the slowed model loads like the plain one (no
    // folded copy of W's head) and all the extra work happens on every run.
    initializer.push(int64s('zero', [0]), int64s('one', [1]), int64s('two', [2]), int64s('keep', [m.rows - m.extraRows]), int64s('axis0', [0]));
    nodes.push(
      node('Shape', ['X'], 'X_shape'),
      node('Slice', ['X_shape', 'one', 'two'], 'X_width'),
      node('Sub', ['X_width', 'keep'], 'extra'),
      node('Slice', ['X', 'zero', 'extra', 'one'], 'X_head'),
      node('Slice', ['W', 'zero', 'extra', 'axis0'], 'W_head'),
      node('MatMul', ['X_head', 'W_head'], 'Y_extra'),
      node('Add', ['Y0', 'Y_extra'], 'Y'),
    );
  }
  const model: proto.IModelProto = {
    irVersion: 8,
    producerName: 'model-gate-bench-verdicts',
    producerVersion: '1',
    ...(m.docString ? { docString: m.docString } : {}),
    opsetImport: [{ domain: '', version: 17 }],
    graph: { name: 'matmul', node: nodes, initializer, input: [floatInfo('X', ['N', m.rows])], output: [floatInfo('Y', ['N', COLS])] },
  };
  return onnx.ModelProto.encode(model).finish();
}

export async function writeMatMulModel(path: string, m: MatMulModel): Promise<void> {
  await writeFile(path, encodeMatMulModel(m));
}
