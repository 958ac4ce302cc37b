// Writes a synthetic transformer-shaped ONNX model of at least a requested size (the next whole block), its weights in external data as models
// over 2 GB keep them, and eval inputs for it (`npm run bench:large`). The graph: input_ids int64 [batch, sequence] →
// Gather(embedding [V, D]) → L blocks of (LayerNormalization → four chained D×D MatMuls, the attention projections'
// weights without the attention → Add residual → LayerNormalization → MatMul D×4D → Relu → MatMul 4D×D → Add residual)
// → LayerNormalization → MatMul D×V: logits [batch, sequence, V]. Weights are normally distributed with std 1/√fan-in,
// so activations stay of unit scale through any depth. Each tensor is made, written to the data file by model-gate's
// own external-data writer (src/variants/store.ts: aligned as onnxruntime places them) and dropped before the next, so
// the generator holds one tensor at a time (the largest, D×4D, is 256 MiB at D = 4096), never the model.
// Usage: node build/scripts/large-model.js --size 10G --out /abs/dir/transformer.onnx --eval /abs/dir/eval
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import onnxProto, { type onnx as proto } from 'onnx-proto';
import { encodeTensorProto } from '../src/onnx/tensor-proto.js';
import { TensorStore } from '../src/variants/store.js';
import { mulberry32 } from './iris-model.js';
import { normalSource } from './synthetic-model.js';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
/** The vocabulary: the embedding and the output projection are each V × D. */
const VOCAB = 8192;
/** Tokens per eval sequence: one inference of a 10 GB model stays about a second (it reads every weight once). */
export const SEQUENCE = 8;
/** Eval sequences: 256 positions, so one changed top-1 prediction is 0.39 pp, inside the default -0.5pp budget. */
export const EVAL_SETS = 32;
const WIDTHS = [256, 512, 1024, 2048, 3072, 4096];
/** The widest model that still has this many blocks is chosen; a transformer is deep before it is wide. */
const MIN_LAYERS = 8;

export interface LargeShape {
  /** D, the width of the residual stream. */
  width: number;
  /** 4D, the inner width of each block's MLP. */
  hidden: number;
  layers: number;
  vocab: number;
}

/** Float32 weight bytes of a shape: embedding and output projection, per block 12·D² plus two LayerNorms, final LayerNorm. */
export function weightBytes(s: LargeShape): number {
  const block = 4 * s.width * s.width + 2 * s.width * s.hidden + 4 * s.width;
  return 4 * (2 * s.vocab * s.width + s.layers * block + 2 * s.width);
}

/** The smallest model of at least `bytes` of weights, at the widest D of WIDTHS that keeps MIN_LAYERS blocks. */
export function shapeFor(bytes: number): LargeShape {
  let best: LargeShape | null = null;
  for (const width of WIDTHS) {
    const base: LargeShape = { width, hidden: 4 * width, layers: 0, vocab: VOCAB };
    const perLayer = weightBytes({ ...base, layers: 1 }) - weightBytes(base);
    const layers = Math.max(1, Math.ceil((bytes - weightBytes(base)) / perLayer));
    if (best === null || layers >= MIN_LAYERS) best = { ...base, layers };
  }
  return best!;
}

/** "10G", "2.5G", "600M", "4096" → bytes (decimal units, as disk sizes are given). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)B?$/i.exec(text.trim());
  if (!m) throw new Error(`not a size: ${JSON.stringify(text)} (expected e.g. 10G, 2.5G, 600M)`);
  return Math.round(Number(m[1]) * { '': 1, K: 1e3, M: 1e6, G: 1e9 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G']);
}

export interface LargeModel {
  path: string;
  dataPath: string;
  shape: LargeShape;
  /** The .onnx and its data file together. */
  bytes: number;
}

/**
 * Writes the model to `path` (weights in `<path>.data`) and, when `evalDir` is given, EVAL_SETS sequences of token ids
 * as `evalDir/test_data_set_N/input_0.pb` (labels are the float model's own predictions, written by bare-session.ts).
 */
export async function writeLargeModel(path: string, targetBytes: number, evalDir: string | null, seed = 1): Promise<LargeModel> {
  const shape = shapeFor(targetBytes);
  const { width: d, hidden: f, vocab: v } = shape;
  await mkdir(dirname(path), { recursive: true });
  const store = TensorStore.external(`${path}.data`);
  const initializer: proto.ITensorProto[] = [];
  const node: proto.INodeProto[] = [];
  const normal = normalSource(seed);
  /** A weight of normally distributed values (std `std` around `mean`), written to the data file at once. */
  const weight = (name: string, dims: number[], std: number, mean = 0): string => {
    const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i++) data[i] = mean + std * normal();
    initializer.push(onnx.TensorProto.decode(store.put({ name, elemType: 'float32', dims, data }).proto));
    return name;
  };
  const op = (opType: string, input: string[], output: string): string => {
    node.push({ opType, input, output: [output], name: output });
    return output;
  };
  const layerNorm = (name: string, x: string) => op('LayerNormalization', [x, weight(`${name}.scale`, [d], 0.02, 1), weight(`${name}.bias`, [d], 0.02)], name);
  const matMul = (name: string, x: string, k: number, n: number) => op('MatMul', [x, weight(`${name}.weight`, [k, n], 1 / Math.sqrt(k))], name);
  try {
    let x = op('Gather', [weight('embedding', [v, d], 1), 'input_ids'], 'embedded');
    for (let l = 0; l < shape.layers; l++) {
      const p = `layers.${l}`;
      let a = layerNorm(`${p}.attention_norm`, x);
      for (const proj of ['q', 'k', 'v', 'o']) a = matMul(`${p}.attention.${proj}`, a, d, d);
      x = op('Add', [x, a], `${p}.attention_residual`);
      const up = op('Relu', [matMul(`${p}.mlp.up`, layerNorm(`${p}.mlp_norm`, x), d, f)], `${p}.mlp.act`);
      x = op('Add', [x, matMul(`${p}.mlp.down`, up, f, d)], `${p}.mlp_residual`);
    }
    matMul('logits', layerNorm('final_norm', x), d, v);
  } finally {
    store.close();
  }
  const info = (name: string, elemType: number, dims: Array<number | string>): proto.IValueInfoProto => ({
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((x) => (typeof x === 'number' ? { dimValue: x } : { dimParam: x })) } } },
  });
  const model: proto.IModelProto = {
    irVersion: 8,
    producerName: 'model-gate-bench-large',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 17 }],
    graph: { name: 'transformer', node, initializer, input: [info('input_ids', INT64, ['batch', 'sequence'])], output: [info('logits', FLOAT, ['batch', 'sequence', v])] },
  };
  const bytes = onnx.ModelProto.encode(model).finish();
  await writeFile(path, bytes);
  if (evalDir) await writeEvalInputs(evalDir, v, seed);
  return { path, dataPath: `${path}.data`, shape, bytes: bytes.length + (await stat(`${path}.data`)).size };
}

/** EVAL_SETS random token sequences of SEQUENCE tokens, one per model-zoo set folder. */
async function writeEvalInputs(evalDir: string, vocab: number, seed: number): Promise<void> {
  const random = mulberry32(seed ^ 0x5eed);
  for (let k = 0; k < EVAL_SETS; k++) {
    const set = join(evalDir, `test_data_set_${k}`);
    await mkdir(set, { recursive: true });
    const ids = BigInt64Array.from({ length: SEQUENCE }, () => BigInt(Math.floor(random() * vocab)));
    await writeFile(join(set, 'input_0.pb'), encodeTensorProto({ name: 'input_ids', elemType: 'int64', dims: [1, SEQUENCE], data: ids }));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '10G' }, out: { type: 'string' }, eval: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const out = values.out;
  if (!out || !isAbsolute(out) || !out.endsWith('.onnx')) throw new Error('--out must be an absolute path ending in .onnx');
  if (values.eval && !isAbsolute(values.eval)) throw new Error('--eval must be an absolute path');
  const model = await writeLargeModel(out, parseSize(values.size!), values.eval ?? null, Number(values.seed));
  console.log(JSON.stringify({ ...model, name: basename(out) }));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
