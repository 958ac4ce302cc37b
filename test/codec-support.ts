// Models for the codec tests: small, built in memory with the independent onnx-proto encoder, covering every place a
// float payload can sit (initializer raw_data at odd offsets, Constant attributes, packed float_data/double_data,
// subgraph initializers, sparse values) next to bytes that must pass through untouched.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { writeSyntheticModel, type WeightType } from '../scripts/synthetic-model.js';

const { onnx } = onnxProto;
const DT = onnx.TensorProto.DataType;

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Deterministic pseudo-random bytes (LCG): realistic-enough noise that never changes between runs. */
export function noise(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Float32 weights ~N(0, 0.02) as little-endian bytes. */
export function weights32(count: number, seed = 1): Uint8Array {
  const u = noise(count * 8, seed);
  const f = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const a = (u[8 * i]! * 256 + u[8 * i + 1]! + 1) / 65537;
    const b = (u[8 * i + 2]! * 256 + u[8 * i + 3]!) / 65536;
    f[i] = 0.02 * Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * b);
  }
  return new Uint8Array(f.buffer);
}

const tensor = (name: string, dataType: number, dims: number[], raw: Uint8Array): onnxProto.onnx.ITensorProto => ({ name, dataType, dims, rawData: raw });

/**
 * A model with float payloads in every supported place. Not meant to run: it exercises the locator and the codec.
 * Returns the bytes and, per payload, the tensor bytes that must be found at some offset.
 */
export function everyPlaceModel(): { bytes: Uint8Array; payloads: Array<{ what: string; layout: string; data: Uint8Array }> } {
  const payloads = [
    { what: 'initializer f32', layout: 'f32', data: weights32(777) },
    { what: 'initializer f16', layout: 'f16', data: noise(2 * 301, 2) },
    { what: 'initializer bf16', layout: 'bf16', data: noise(2 * 299, 3) },
    { what: 'initializer f64', layout: 'f64', data: noise(8 * 65, 4) },
    { what: 'Constant f32', layout: 'f32', data: weights32(129, 5) },
    { what: 'subgraph initializer f32', layout: 'f32', data: weights32(200, 6) },
    { what: 'sparse values f32', layout: 'f32', data: weights32(50, 7) },
  ];
  const [f32, f16, bf16, f64, constant, sub, sparse] = payloads.map((p) => p.data) as Uint8Array[];
  const floatData = Array.from(new Float32Array(weights32(100, 8).buffer));
  const subgraph: onnxProto.onnx.IGraphProto = {
    name: 'then',
    initializer: [tensor('sub_w', DT.FLOAT, [200], sub!)],
    output: [{ name: 'sub_w' }],
  };
  const model: onnxProto.onnx.IModelProto = {
    irVersion: 8,
    producerName: 'codec-test',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'every-place',
      node: [
        { opType: 'Constant', output: ['c'], attribute: [{ name: 'value', type: onnx.AttributeProto.AttributeType.TENSOR, t: tensor('c', DT.FLOAT, [129], constant!) }] },
        { opType: 'If', input: ['cond'], output: ['y'], attribute: [{ name: 'then_branch', type: onnx.AttributeProto.AttributeType.GRAPH, g: subgraph }] },
      ],
      initializer: [
        tensor('w32', DT.FLOAT, [777], f32!),
        tensor('ids', DT.INT64, [64], noise(8 * 64, 9)),
        tensor('w16', DT.FLOAT16, [301], f16!),
        tensor('wb16', DT.BFLOAT16, [299], bf16!),
        tensor('w64', DT.DOUBLE, [65], f64!),
        { name: 'fd', dataType: DT.FLOAT, dims: [100], floatData },
        tensor('tiny', DT.FLOAT, [3], weights32(3, 10)),
      ],
      sparseInitializer: [{ values: tensor('sparse', DT.FLOAT, [50], sparse!), indices: tensor('sparse_idx', DT.INT64, [50], noise(400, 11)), dims: [1000] }],
      input: [{ name: 'cond', type: { tensorType: { elemType: DT.BOOL, shape: { dim: [] } } } }],
      output: [{ name: 'y', type: { tensorType: { elemType: DT.FLOAT, shape: { dim: [{ dimValue: 200 }] } } } }],
    },
  };
  const bytes = onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
  // The packed float_data field is little-endian f32 too; its bytes are the Float32Array's.
  payloads.push({ what: 'float_data', layout: 'f32', data: new Uint8Array(Float32Array.from(floatData).buffer) });
  return { bytes, payloads };
}

export async function writeEveryPlaceModel(dir: string, name = 'every.onnx'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, everyPlaceModel().bytes);
  return path;
}

/** A runnable synthetic model Y = X · W (W: `rows` × 16), optionally with W in an external file. */
export async function smallSynthetic(dir: string, name: string, type: WeightType, rows: number, externalData?: string): Promise<string> {
  const path = join(dir, `${name}.onnx`);
  const bytes = { float32: 4, float16: 2, bfloat16: 2 }[type];
  await writeSyntheticModel(path, rows * 16 * bytes, type, { cols: 16, externalData });
  return path;
}
