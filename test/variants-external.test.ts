// Lossy variants of models whose weights are in external data files (every model over 2 GB): the variant keeps its
// weights in its own data file (small tensors inline), onnxruntime and the onnx Python package's checker (path form,
// the one that handles external data) accept it, and its weights shrink as the kind promises. Building it reads a tensor
// at a time: a child building variants of a model larger than its memory ceiling stays under it.
import assert from 'node:assert/strict';
import { open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import onnxProto, { type onnx as proto } from 'onnx-proto';
import ort from 'onnxruntime-node';
import { defaultConfig } from '../src/inputs/build-config.js';
import { buildVariant, type VariantBuild } from '../src/variants/build.js';
import { INLINE_MAX_BYTES } from '../src/variants/store.js';
import { cli, FAST_BENCH, NODE24, ROOT, run, scratch } from './helpers.js';
import { onnxruntimeVersion } from '../src/onnx/runtime.js';

// model-gate's runtime loads first: it settles how onnxruntime-common holds float16 data (src/onnx/runtime.ts) before
// this file makes a tensor of its own.
onnxruntimeVersion();

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const EXTERNAL = onnx.TensorProto.DataLocation.EXTERNAL;
/** Debian's interpreter, where python3-onnx installs: a python3 earlier on PATH (pyenv, a venv) may lack it. */
const PYTHON = '/usr/bin/python3';

/** Seeded values in ±scale, so every run builds the same models. */
function values(n: number, seed: number, scale = 0.1): Float32Array {
  let s = seed >>> 0 || 1;
  return Float32Array.from({ length: n }, () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (((s >>> 0) / 4294967296) * 2 - 1) * scale;
  });
}

const info = (name: string, elemType: number, dims: Array<number | string>): proto.IValueInfoProto => ({
  name,
  type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
});
const node = (opType: string, input: string[], output: string, attribute: proto.IAttributeProto[] = []): proto.INodeProto => ({ opType, input, output: [output], name: output, attribute });

/** A weight kept in the data file: its reference, written by the test as onnx's save_model would (location, offset, length). */
interface Weight {
  name: string;
  dims: number[];
  data: Float32Array;
}

const VOCAB = 96;
const WIDTH = 64;
const HIDDEN = 128;
const TOKENS = 8;

/**
 * A transformer-shaped block: token ids → embedding Gather → LayerNormalization (scale, bias) → MatMul, Relu, MatMul
 * with a residual Add → a MatMul to vocabulary logits. Weights: embedding, three MatMuls, the norm's scale and bias.
 */
function transformerBlock(): { nodes: proto.INodeProto[]; weights: Weight[]; inputs: proto.IValueInfoProto[]; outputs: proto.IValueInfoProto[] } {
  return {
    nodes: [
      node('Gather', ['embedding', 'ids'], 'x'),
      node('LayerNormalization', ['x', 'norm_scale', 'norm_bias'], 'n', [{ name: 'axis', i: -1, type: onnx.AttributeProto.AttributeType.INT }]),
      node('MatMul', ['n', 'up'], 'h0'),
      node('Relu', ['h0'], 'h'),
      node('MatMul', ['h', 'down'], 'd'),
      node('Add', ['x', 'd'], 'r'),
      node('MatMul', ['r', 'unembed'], 'logits'),
    ],
    weights: [
      { name: 'embedding', dims: [VOCAB, WIDTH], data: values(VOCAB * WIDTH, 1, 1) },
      { name: 'norm_scale', dims: [WIDTH], data: values(WIDTH, 2, 0.2).map((v) => 1 + v) },
      { name: 'norm_bias', dims: [WIDTH], data: values(WIDTH, 3) },
      { name: 'up', dims: [WIDTH, HIDDEN], data: values(WIDTH * HIDDEN, 4) },
      { name: 'down', dims: [HIDDEN, WIDTH], data: values(HIDDEN * WIDTH, 5) },
      { name: 'unembed', dims: [WIDTH, VOCAB], data: values(WIDTH * VOCAB, 6) },
    ],
    inputs: [info('ids', INT64, ['N', TOKENS])],
    outputs: [info('logits', FLOAT, ['N', TOKENS, VOCAB])],
  };
}

/** A stack of `layers` square MatMuls of `width`: weights dominate the model. */
function matmulStack(layers: number, width: number): { nodes: proto.INodeProto[]; weights: Weight[]; inputs: proto.IValueInfoProto[]; outputs: proto.IValueInfoProto[] } {
  const nodes = Array.from({ length: layers }, (_, i) => node('MatMul', [i === 0 ? 'X' : `y${i - 1}`, `w${i}`], i === layers - 1 ? 'Y' : `y${i}`));
  const weights = Array.from({ length: layers }, (_, i) => ({ name: `w${i}`, dims: [width, width], data: values(width * width, 10 + i, 1 / Math.sqrt(width)) }));
  return { nodes, weights, inputs: [info('X', FLOAT, ['N', width])], outputs: [info('Y', FLOAT, ['N', width])] };
}

/** Saves the model with every weight in `data` (one after the other, like onnx's save_model with size_threshold 0). */
async function saveExternal(dir: string, m: ReturnType<typeof transformerBlock>, file = 'model.onnx', data = 'model.weights'): Promise<string> {
  await mkdir(dir, { recursive: true });
  let offset = 0;
  const initializer: proto.ITensorProto[] = [];
  const fh = await open(join(dir, data), 'w');
  for (const w of m.weights) {
    const bytes = new Uint8Array(w.data.buffer, w.data.byteOffset, w.data.byteLength);
    await fh.write(bytes, 0, bytes.length, offset);
    const entries = { location: data, offset: String(offset), length: String(bytes.length) };
    initializer.push({ name: w.name, dims: w.dims, dataType: FLOAT, dataLocation: EXTERNAL, externalData: Object.entries(entries).map(([key, value]) => ({ key, value })) });
    offset += bytes.length;
  }
  await fh.close();
  const path = join(dir, file);
  const model = { irVersion: 8, producerName: 'variants-external-test', opsetImport: [{ domain: '', version: 17 }], graph: { name: 'g', node: m.nodes, initializer, input: m.inputs, output: m.outputs } };
  await writeFile(path, onnx.ModelProto.encode(model).finish());
  return path;
}

const settings = { ...defaultConfig().variants, int8MinElements: 256 };

async function logits(model: string, ids: BigInt64Array): Promise<Float32Array> {
  const s = await ort.InferenceSession.create(model, { intraOpNumThreads: 1 });
  const out = (await s.run({ ids: new ort.Tensor('int64', ids, [ids.length / TOKENS, TOKENS]) })).logits!.data as Float32Array;
  await s.release();
  return out;
}

const TOKEN_IDS = BigInt64Array.from({ length: 4 * TOKENS }, (_, i) => BigInt((i * 37 + 11) % VOCAB));
const maxAbs = (a: Float32Array) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
const maxAbsDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

/**
 * The onnx package's checker on the model's path (the form that follows external data), then every weight the variant
 * stores checked against the original's with numpy: fp16 halves equal float16 rounding, int8 values dequantize within
 * half a step, int4 blocks (MatMulNBits: B [N, blocks, block / 2] low nibble first, scales [N, blocks], packed zero
 * points or 8) within one step. Prints the converted tensors' names, the external ones, MatMulNBits' B inputs and its
 * bytes (B, scales, zero points) against the float32 weights they replace.
 */
const PYTHON_CHECK = `
import sys, json, onnx, numpy as np
from onnx import numpy_helper
onnx.checker.check_model(sys.argv[2])
source = onnx.load(sys.argv[1])
original = {t.name: numpy_helper.to_array(t) for t in source.graph.initializer}
matmul_weight = {n.name: n.input[1] for n in source.graph.node if n.op_type == 'MatMul'}
nbits = {'b': [], 'bytes': 0, 'float_bytes': 0}
external = [t.name for t in onnx.load(sys.argv[2], load_external_data=False).graph.initializer if t.data_location == onnx.TensorProto.EXTERNAL]
model = onnx.load(sys.argv[2])
stored = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
checked = []
for node in model.graph.node:
    if node.op_type == 'Cast' and node.output[0] in original:
        half = stored[node.input[0]]
        assert half.dtype == np.float16
        assert np.array_equal(half.view(np.uint16), original[node.output[0]].astype(np.float16).view(np.uint16)), node.output[0]
        checked.append(node.output[0])
    if node.op_type == 'DequantizeLinear':
        q, scale, zero = (stored[n] for n in node.input)
        axis = [a.i for a in node.attribute if a.name == 'axis'][0]
        shape = [1] * q.ndim
        shape[axis] = -1
        w = original[node.output[0]]
        assert q.dtype == np.int8 and not zero.any()
        assert np.all(np.abs(q.astype(np.float32) * scale.reshape(shape) - w) <= scale.reshape(shape) / 2 * 1.0001), node.output[0]
        checked.append(node.output[0])
    if node.op_type == 'MatMulNBits':
        a = {x.name: x.i for x in node.attribute}
        k, n, block = a['K'], a['N'], a['block_size']
        blocks = -(-k // block)
        b, scale = stored[node.input[1]], stored[node.input[2]]
        assert a['bits'] == 4 and b.dtype == np.uint8 and b.shape == (n, blocks, block // 2) and scale.shape == (n, blocks)
        nibbles = lambda x: np.stack([x & 15, x >> 4], axis=-1).reshape(n, -1)
        codes = nibbles(b)[:, :k].astype(np.float64)
        zp = nibbles(stored[node.input[3]])[:, :blocks] if len(node.input) > 3 and node.input[3] else np.full((n, blocks), 8)
        step = np.repeat(scale.astype(np.float64), block, axis=1)[:, :k]
        w = original[matmul_weight[node.name]]
        assert w.shape == (k, n)
        assert np.all(np.abs((codes - np.repeat(zp, block, axis=1)[:, :k]) * step - w.T) <= step * 1.0001), node.name
        nbits['b'].append(node.input[1])
        nbits['bytes'] += sum(stored[i].nbytes for i in node.input[1:] if i)
        nbits['float_bytes'] += w.nbytes
        checked.append(matmul_weight[node.name])
for name in original:
    if name in stored and not any(name in n.output for n in model.graph.node):
        assert np.array_equal(stored[name], original[name]), name
print(json.dumps({'checked': sorted(set(checked)), 'external': sorted(external), 'nbits': nbits}))
`;

interface PythonCheck {
  checked: string[];
  external: string[];
  /** MatMulNBits' B inputs, and its stored bytes against the float32 bytes of the weights it replaced. */
  nbits: { b: string[]; bytes: number; float_bytes: number };
}

async function pythonCheck(dir: string, original: string, variant: string): Promise<PythonCheck> {
  const script = join(dir, 'check.py');
  await writeFile(script, PYTHON_CHECK);
  const r = await run(PYTHON, [script, original, variant]);
  assert.equal(r.code, 0, `onnx checker on ${variant}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The variant's folder holds its .onnx and its data file, and nothing else. */
async function assertVariantFolder(b: VariantBuild, file: string): Promise<void> {
  assert.ok(b.path, b.reason ?? '');
  assert.deepEqual((await readdir(join(b.path!, '..'))).sort(), [file, `${file}.data`]);
}

describe('variants of a model with external data', () => {
  test('fp16 and int8 write their weights to a data file beside the variant (small tensors inline); onnxruntime and onnx.checker accept them', async () => {
    const dir = await scratch();
    const model = await saveExternal(join(dir, 'original'), transformerBlock());
    const reference = await logits(model, TOKEN_IDS);
    for (const variant of ['fp16', 'int8'] as const) {
      const b = await buildVariant(model, 'model.onnx', variant, settings, join(dir, 'out'));
      await assertVariantFolder(b, 'model.onnx');
      const out = await logits(b.path!, TOKEN_IDS);
      const error = maxAbsDiff(reference, out) / maxAbs(reference);
      assert.ok(error > 0 && error < (variant === 'fp16' ? 0.005 : 0.05), `${variant}: outputs within ${error} of the original's scale`);
      const checked = await pythonCheck(dir, model, b.path!);
      assert.deepEqual(checked.checked, b.converted.map((t) => t.name).sort(), `${variant}: numpy checked every converted tensor`);
      // The .onnx holds only the graph and small tensors: what is external is what is at least the threshold.
      const onnxBytes = (await stat(b.path!)).size;
      assert.ok(onnxBytes < 4096, `${variant}: the .onnx is ${onnxBytes} bytes`);
      const m = onnx.ModelProto.decode(await readFile(b.path!));
      for (const t of m.graph!.initializer!) {
        const bytes = t.dims!.reduce((a, d) => a * Number(d), 1) * (t.dataType === FLOAT ? 4 : t.dataType === onnx.TensorProto.DataType.FLOAT16 ? 2 : 1);
        assert.equal(t.dataLocation === EXTERNAL, bytes >= INLINE_MAX_BYTES, `${variant}: ${t.name} (${bytes} bytes) external iff ≥ ${INLINE_MAX_BYTES}`);
        if (t.dataLocation === EXTERNAL) assert.equal(t.externalData!.find((e) => e.key === 'location')!.value, 'model.onnx.data');
      }
      if (variant === 'fp16') assert.deepEqual(b.converted.map((t) => t.name).sort(), ['embedding', 'norm_bias', 'norm_scale', 'unembed', 'down', 'up'].sort());
      else assert.deepEqual(b.converted.map((t) => t.name).sort(), ['down', 'embedding', 'unembed', 'up']);
    }
  });

  test('int4: the MatMul weights become MatMulNBits with their blocks in the data file, 0.160 of their float32 bytes; onnxruntime and onnx.checker accept it', async () => {
    const dir = await scratch();
    const model = await saveExternal(join(dir, 'original'), transformerBlock());
    const reference = await logits(model, TOKEN_IDS);
    const b = await buildVariant(model, 'model.onnx', 'int4', settings, join(dir, 'out'));
    await assertVariantFolder(b, 'model.onnx');
    // up, down and unembed (K = 64, 128, 64: two or four blocks of 32) as int4; the Gather table through int8's steps.
    assert.deepEqual(b.converted.map((t) => t.name).sort(), ['down', 'embedding', 'unembed', 'up']);
    const error = maxAbsDiff(reference, await logits(b.path!, TOKEN_IDS)) / maxAbs(reference);
    assert.ok(error > 0 && error < 0.1, `int4: outputs within ${error} of the original's scale`);
    const checked = await pythonCheck(dir, model, b.path!);
    assert.deepEqual(checked.checked, ['down', 'embedding', 'unembed', 'up'], 'numpy checked every converted tensor');
    assert.equal(checked.nbits.b.length, 3, JSON.stringify(checked.nbits));
    for (const name of checked.nbits.b) assert.ok(checked.external.includes(name), `${name} is in the data file: ${JSON.stringify(checked.external)}`);
    // Per 32 weights (128 bytes): 16 bytes of codes, a 4-byte scale and half a byte of zero point = 0.16015625.
    const ratio = checked.nbits.bytes / checked.nbits.float_bytes;
    assert.ok(Math.abs(ratio - 0.160) < 0.001, `MatMul weights ratio ${ratio}`);
    const m = onnx.ModelProto.decode(await readFile(b.path!));
    assert.deepEqual(m.graph!.node!.filter((n) => n.opType === 'MatMulNBits').map((n) => n.name).sort(), ['d', 'h0', 'logits']);
    assert.equal(m.graph!.node!.filter((n) => n.opType === 'MatMul').length, 0);
    for (const t of m.graph!.initializer!) {
      if (t.dataLocation === EXTERNAL) assert.equal(t.externalData!.find((e) => e.key === 'location')!.value, 'model.onnx.data');
    }
  });

  test('weights ratios on a model whose weights dominate: fp16 0.50, int8 0.25–0.27, the same as the inline model', async () => {
    const dir = await scratch();
    const stack = matmulStack(4, 256);
    const model = await saveExternal(join(dir, 'original'), stack);
    const inline = join(dir, 'inline.onnx');
    const initializer = stack.weights.map((w) => ({ name: w.name, dims: w.dims, dataType: FLOAT, rawData: new Uint8Array(w.data.buffer) }));
    await writeFile(inline, onnx.ModelProto.encode({ irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph: { name: 'g', node: stack.nodes, initializer, input: stack.inputs, output: stack.outputs } }).finish());
    for (const [variant, low, high] of [['fp16', 0.5, 0.5], ['int8', 0.25, 0.27]] as const) {
      const b = await buildVariant(model, 'model.onnx', variant, settings, join(dir, 'out'));
      await assertVariantFolder(b, 'model.onnx');
      const same = await buildVariant(inline, 'model.onnx', variant, settings, join(dir, 'inline-out'));
      assert.deepEqual([b.converted, b.kept, b.weightBytes], [same.converted, same.kept, same.weightBytes], `${variant}: the inline model's variant`);
      const ratio = b.weightBytes.variant / b.weightBytes.original;
      assert.ok(ratio >= low && ratio <= high, `${variant}: weights ratio ${ratio}`);
      // The files say the same: the variant's data file against the original's.
      const files = (await stat(`${b.path!}.data`)).size / (await stat(join(dir, 'original', 'model.weights'))).size;
      assert.ok(Math.abs(files - ratio) < 0.02, `${variant}: data files ${files} against weights ${ratio}`);
    }
  });

  test('external tensors a variant leaves alone are copied into its data file; a reference outside the model folder is refused before anything is read', async () => {
    const dir = await scratch();
    // int8 leaves the embedding's Gather and the norm alone at a high floor: they are copied, byte for byte.
    const model = await saveExternal(join(dir, 'original'), transformerBlock());
    const b = await buildVariant(model, 'model.onnx', 'int8', { ...settings, int8MinElements: WIDTH * HIDDEN }, join(dir, 'out'));
    await assertVariantFolder(b, 'model.onnx');
    assert.deepEqual(b.converted.map((t) => t.name).sort(), ['down', 'up']);
    const checked = await pythonCheck(dir, model, b.path!);
    assert.ok(checked.external.includes('embedding') && checked.external.includes('unembed'), JSON.stringify(checked));
    // Without "length" (it is optional) the shape and type give it.
    const lengthless = onnx.ModelProto.decode(await readFile(model));
    for (const t of lengthless.graph!.initializer!) t.externalData = t.externalData!.filter((e) => e.key !== 'length');
    await writeFile(join(dir, 'original', 'lengthless.onnx'), onnx.ModelProto.encode(lengthless).finish());
    const fp16 = await buildVariant(join(dir, 'original', 'lengthless.onnx'), 'model.onnx', 'fp16', settings, join(dir, 'lengthless'));
    assert.equal((await pythonCheck(dir, model, fp16.path!)).checked.length, 6);
    // An external tensor where variants do not rewrite (here a function's Constant): no variant, with the reason.
    const withFunction = onnx.ModelProto.decode(await readFile(model));
    const value = { name: 'c', dims: [WIDTH], dataType: FLOAT, dataLocation: EXTERNAL, externalData: [{ key: 'location', value: 'model.weights' }, { key: 'offset', value: '0' }] };
    withFunction.functions = [onnx.FunctionProto.create({ name: 'f', domain: 'local', output: ['c'], node: [{ opType: 'Constant', output: ['c'], attribute: [{ name: 'value', type: onnx.AttributeProto.AttributeType.TENSOR, t: value }] }] })];
    await writeFile(join(dir, 'original', 'function.onnx'), onnx.ModelProto.encode(withFunction).finish());
    const refused = await buildVariant(join(dir, 'original', 'function.onnx'), 'model.onnx', 'fp16', settings, join(dir, 'function'));
    assert.equal(refused.path, null);
    assert.match(refused.reason!, /^tensor "c" keeps its data in an external file from a place variants do not rewrite/);
    assert.deepEqual(await readdir(join(dir, 'function')).catch(() => []), [], 'nothing written');
    const escaping = onnx.ModelProto.decode(await readFile(model));
    escaping.graph!.initializer![0]!.externalData!.find((e) => e.key === 'location')!.value = '../model.weights';
    await writeFile(join(dir, 'original', 'escaping.onnx'), onnx.ModelProto.encode(escaping).finish());
    await assert.rejects(buildVariant(join(dir, 'original', 'escaping.onnx'), 'escaping.onnx', 'fp16', settings, join(dir, 'refused')), /not a bare file name in the model's folder/);
    assert.deepEqual(await readdir(join(dir, 'refused')).catch(() => []), [], 'nothing written');
  });
});

/** The child: builds the fp16 variant of the model and prints its peak resident set (VmHWM) in bytes. */
const MEMORY_CHILD = `
import { readFileSync } from 'node:fs';
const { buildVariant } = await import(process.argv[2]);
const settings = JSON.parse(process.argv[5]);
const b = await buildVariant(process.argv[3], 'model.onnx', 'fp16', settings, process.argv[4]);
if (!b.path) throw new Error(b.reason);
const kb = Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
console.log(JSON.stringify({ peak: kb * 1024 }));
`;

describe('memory', () => {
  test('building the fp16 variant of a 400 MiB model reads a tensor at a time: the builder peaks under half the model size', async () => {
    const dir = await scratch();
    // 100 weights of 4 MiB: a tensor at a time costs a few times that, plus Node itself (~50 MiB).
    const layers = 100;
    const width = 1024;
    // The weights are written a layer at a time, never all in memory here either.
    const folder = join(dir, 'original');
    await mkdir(folder);
    const tensorBytes = width * width * 4;
    const fh = await open(join(folder, 'model.weights'), 'w');
    const layer = values(width * width, 7, 1 / Math.sqrt(width));
    for (let i = 0; i < layers; i++) {
      layer[i] = i; // each layer differs
      await fh.write(new Uint8Array(layer.buffer), 0, tensorBytes, i * tensorBytes);
    }
    await fh.close();
    const stack = matmulStack(layers, width);
    const initializer = stack.weights.map((w, i) => ({
      name: w.name,
      dims: w.dims,
      dataType: FLOAT,
      dataLocation: EXTERNAL,
      externalData: [{ key: 'location', value: 'model.weights' }, { key: 'offset', value: String(i * tensorBytes) }, { key: 'length', value: String(tensorBytes) }],
    }));
    const model = join(folder, 'model.onnx');
    const encoded = onnx.ModelProto.encode({ irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph: { name: 'g', node: stack.nodes, initializer, input: stack.inputs, output: stack.outputs } }).finish();
    await writeFile(model, encoded);
    const modelBytes = layers * tensorBytes;
    const child = join(dir, 'child.mjs');
    await writeFile(child, MEMORY_CHILD);
    const started = Date.now();
    const r = await run(NODE24, [child, join(ROOT, 'build', 'src', 'variants', 'build.js'), model, join(dir, 'out'), JSON.stringify(settings)]);
    assert.equal(r.code, 0, r.stderr);
    const { peak } = JSON.parse(r.stdout);
    assert.ok(peak < modelBytes / 2, `peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB for a ${(modelBytes / 2 ** 20).toFixed(0)} MiB model`);
    assert.equal((await stat(join(dir, 'out', 'fp16', 'model.onnx.data'))).size, modelBytes / 2, 'fp16: every weight halved into the data file');
    console.log(`fp16 variant of a ${(modelBytes / 2 ** 20).toFixed(0)} MiB model: peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB, ${Date.now() - started} ms`);
  });
});

describe('run --variants through the CLI', () => {
  test('a model with external data: the published variant is packed with its data file and restores to a model onnxruntime runs', async () => {
    const dir = await scratch();
    const model = await saveExternal(join(dir, 'original'), transformerBlock());
    const evalSet = join(dir, 'eval', 'test_data_set_0');
    await mkdir(evalSet, { recursive: true });
    const ids = { name: 'ids', dims: [TOKEN_IDS.length / TOKENS, TOKENS], dataType: INT64, rawData: new Uint8Array(TOKEN_IDS.buffer) };
    await writeFile(join(evalSet, 'input_0.pb'), onnx.TensorProto.encode(ids).finish());
    const out = join(dir, 'pack');
    const json = join(dir, 'report.json');
    const r = await cli(['run', model, '--out', out, '--eval-data', join(dir, 'eval'), '--json', json, '--variants', 'fp16,int8', '--int8-min-elements', '256', '--max-error-increase', '+50%', ...FAST_BENCH]);
    assert.equal(r.code, 0, r.stderr);
    const table = JSON.parse(await readFile(json, 'utf8')).models[0].variants;
    assert.deepEqual(table.rows.map((row: { variant: string; status: string }) => row.variant), ['original', 'fp16', 'int8']);
    for (const row of table.rows.slice(1)) assert.notEqual(row.status, 'not-built', `${row.variant}: ${row.reason}`);
    assert.notEqual(table.published, 'original', JSON.stringify(table.rows));
    const restored = join(dir, 'restored');
    const unpacked = await cli(['unpack', out, '--out', restored]);
    assert.equal(unpacked.code, 0, unpacked.stderr);
    assert.deepEqual((await readdir(restored)).sort(), ['model.onnx', 'model.onnx.data']);
    const reference = await logits(model, TOKEN_IDS);
    const error = maxAbsDiff(reference, await logits(join(restored, 'model.onnx'), TOKEN_IDS)) / maxAbs(reference);
    assert.ok(error > 0 && error < 0.05, `the restored ${table.published} variant runs, within ${error}`);
    const checked = await pythonCheck(dir, model, join(restored, 'model.onnx'));
    assert.ok(checked.checked.length > 0);
  });
});
