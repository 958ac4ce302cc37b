// Lossy variants: the rewrite keeps everything it does not convert, each variant is an ONNX model onnxruntime runs,
// int8 picks the right channel axis and leaves alone what it must, and the budget decides what is published.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import onnxProto, { type onnx as proto } from 'onnx-proto';
import ort from 'onnxruntime-node';
import type { VariantSettings } from '../src/inputs/config.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { parseModelInfo } from '../src/onnx/model-info.js';
import { buildVariant, type VariantBuild } from '../src/variants/build.js';
import { readGraphView } from '../src/variants/graph.js';
import type { Check } from '../src/checks.js';
import { chooseVariant, describeLoss, judgeScore, type VariantMeasurement } from '../src/variants/choose.js';
import { type Agreement, type EvalResult, evaluate, sessionSubject } from '../src/eval/evaluate.js';
import { createSession } from '../src/onnx/runtime.js';
import type { EvalSet } from '../src/types.js';
import { BASELINE_MODEL, scratch } from './helpers.js';
import { onnxruntimeVersion } from '../src/onnx/runtime.js';

// model-gate's runtime loads first: it settles how onnxruntime-common holds float16 data (src/onnx/runtime.ts) before
// this file makes a tensor of its own.
onnxruntimeVersion();

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;

/** Seeded values in ±1, so every run builds the same models. */
function values(n: number, seed: number): Float32Array {
  let s = seed >>> 0 || 1;
  return Float32Array.from({ length: n }, () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) / 4294967296) * 2 - 1;
  });
}

const tensor = (name: string, dims: number[], data: Float32Array): proto.ITensorProto => ({ name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer) });
const info = (name: string, dims: Array<number | string>): proto.IValueInfoProto => ({
  name,
  type: { tensorType: { elemType: FLOAT, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
});
const node = (opType: string, input: string[], output: string, attribute: proto.IAttributeProto[] = []): proto.INodeProto => ({ opType, input, output: [output], name: output, attribute });
const int = (name: string, i: number): proto.IAttributeProto => ({ name, i, type: onnx.AttributeProto.AttributeType.INT });

interface ModelSpec {
  nodes: proto.INodeProto[];
  initializers: proto.ITensorProto[];
  inputs: proto.IValueInfoProto[];
  outputs: proto.IValueInfoProto[];
  opset?: number;
  irVersion?: number;
}

function encode(m: ModelSpec): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: m.irVersion ?? 8,
    producerName: 'variants-test',
    opsetImport: [{ domain: '', version: m.opset ?? 17 }],
    graph: { name: 'g', node: m.nodes, initializer: m.initializers, input: m.inputs, output: m.outputs },
  }).finish();
}

/** Y = Relu(X · W1 + B1) · W2: two weights big enough to quantize, a bias that must stay float. */
function mlp(opset = 17): ModelSpec {
  return {
    nodes: [node('MatMul', ['X', 'W1'], 'H0'), node('Add', ['H0', 'B1'], 'H1'), node('Relu', ['H1'], 'H'), node('MatMul', ['H', 'W2'], 'Y')],
    initializers: [tensor('W1', [64, 48], values(64 * 48, 1)), tensor('B1', [48], values(48, 2)), tensor('W2', [48, 32], values(48 * 32, 3))],
    inputs: [info('X', ['N', 64])],
    outputs: [info('Y', ['N', 32])],
    opset,
  };
}

const settings = (over: Partial<VariantSettings> = {}): VariantSettings => ({ ...defaultConfig().variants, int8MinElements: 256, ...over });

async function build(dir: string, spec: ModelSpec | Uint8Array, variant: 'fp16' | 'int8', over: Partial<VariantSettings> = {}): Promise<VariantBuild> {
  const path = join(dir, `${variant}-${Math.random().toString(36).slice(2)}.onnx`);
  await writeFile(path, spec instanceof Uint8Array ? spec : encode(spec));
  return buildVariant(path, 'model.onnx', variant, settings(over), join(dir, `out-${Math.random().toString(36).slice(2)}`));
}

async function outputs(model: string | Uint8Array, x: Float32Array, rows: number, graphOptimizationLevel: 'disabled' | 'all' = 'all'): Promise<Float32Array> {
  const options = { intraOpNumThreads: 1, graphOptimizationLevel };
  const s = typeof model === 'string' ? await ort.InferenceSession.create(model, options) : await ort.InferenceSession.create(model, options);
  const feeds = { [s.inputNames[0]!]: new ort.Tensor('float32', x, [rows, x.length / rows]) };
  const out = (await s.run(feeds))[s.outputNames[0]!]!.data as Float32Array;
  await s.release();
  return out;
}

/** A decoded model, loosely typed: the tests read a few fields of it. */
// biome-ignore lint: test-only loose access to a decoded protobuf
const decodeModel = (b: Uint8Array): any => onnx.ModelProto.decode(b);

const maxAbsDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe('variant models', () => {
  test('fp16 halves the converted weights, keeps the interface, and onnxruntime runs it with outputs close to the original', async () => {
    const dir = await scratch();
    const b = await build(dir, mlp(), 'fp16');
    assert.ok(b.path, b.reason ?? '');
    assert.deepEqual(b.converted.map((t) => t.name).sort(), ['B1', 'W1', 'W2']);
    // W1 and W2 and B1 halve: (3072 + 1536 + 48) floats → halves.
    assert.equal(b.weightBytes.original, (3072 + 1536 + 48) * 4);
    assert.equal(b.weightBytes.variant, (3072 + 1536 + 48) * 2);
    const bytes = await readFile(b.path!);
    const original = parseModelInfo(encode(mlp()), 'original');
    const variant = parseModelInfo(bytes, 'variant');
    assert.deepEqual(variant.inputs, original.inputs, 'graph inputs unchanged');
    assert.deepEqual(variant.outputs, original.outputs, 'graph outputs unchanged (still float32)');
    const x = values(4 * 64, 9);
    const diff = maxAbsDiff(await outputs(encode(mlp()), x, 4), await outputs(b.path!, x, 4));
    assert.ok(diff > 0 && diff < 0.02, `fp16 changes the outputs a little: ${diff}`);
    for (const t of b.converted) assert.ok(t.sqnrDb !== null && t.sqnrDb > 60, `${t.name}: fp16 SQNR ${t.sqnrDb} dB`);
    const meta = decodeModel(bytes).metadataProps;
    assert.deepEqual(meta.map((p: any) => [p.key, p.value]), [['model_gate.variant', 'fp16']]);
  });

  test('int8 quantizes MatMul weights per output channel with DequantizeLinear; the bias stays float32', async () => {
    const dir = await scratch();
    const b = await build(dir, mlp(), 'int8');
    assert.ok(b.path, b.reason ?? '');
    assert.deepEqual(b.converted.map((t) => t.name).sort(), ['W1', 'W2']);
    assert.deepEqual(b.kept, [{ name: 'B1', reason: 'read by Add, not by MatMul, Gemm, Conv or Gather' }]);
    const m = decodeModel(await readFile(b.path!));
    const dq = m.graph.node.filter((n: any) => n.opType === 'DequantizeLinear');
    assert.deepEqual(dq.map((n: any) => [n.output[0], Number(n.attribute.find((a: any) => a.name === 'axis').i)]), [['W1', 1], ['W2', 1]]);
    const scales = m.graph!.initializer.find((t: any) => t.name === 'W1_scale')!;
    assert.deepEqual(scales.dims.map(Number), [48], 'one scale per output column of W1');
    assert.equal(m.graph!.initializer.find((t: any) => t.name === 'W1_int8')!.dataType, onnx.TensorProto.DataType.INT8);
    // 1 byte per weight plus a float scale and an int8 zero point per channel, plus the float bias.
    assert.equal(b.weightBytes.variant, 3072 + 1536 + (48 + 32) * 5 + 48 * 4);
    const x = values(4 * 64, 9);
    const diff = maxAbsDiff(await outputs(encode(mlp()), x, 4), await outputs(b.path!, x, 4));
    assert.ok(diff > 0 && diff < 0.2, `int8 changes the outputs, boundedly: ${diff}`);
    for (const t of b.converted) assert.ok(t.sqnrDb !== null && t.sqnrDb > 30 && t.sqnrDb < 60, `${t.name}: int8 SQNR ${t.sqnrDb} dB`);
  });

  test('int8 channel axis: Gemm with transB reads rows, Conv reads output channels', async () => {
    const dir = await scratch();
    const gemm = (transB: number): ModelSpec => ({
      nodes: [node('Gemm', ['X', 'W', 'C'], 'Y', [int('transB', transB)])],
      initializers: [tensor('W', transB ? [24, 40] : [40, 24], values(960, 4)), tensor('C', [24], values(24, 5))],
      inputs: [info('X', [2, 40])],
      outputs: [info('Y', [2, 24])],
    });
    for (const [transB, axis] of [[0, 1], [1, 0]] as const) {
      const b = await build(dir, gemm(transB), 'int8');
      const dq = decodeModel(await readFile(b.path!)).graph!.node.find((n: any) => n.opType === 'DequantizeLinear');
      assert.equal(Number(dq.attribute.find((a: any) => a.name === 'axis')!.i), axis, `transB=${transB}`);
      const x = values(80, 6);
      assert.ok(maxAbsDiff(await outputs(encode(gemm(transB)), x, 2), await outputs(b.path!, x, 2)) < 0.2);
    }
    const conv: ModelSpec = {
      nodes: [node('Conv', ['X', 'W'], 'Y', [])],
      initializers: [tensor('W', [16, 3, 3, 3], values(432, 7))],
      inputs: [info('X', [1, 3, 8, 8])],
      outputs: [info('Y', [1, 16, 6, 6])],
    };
    const b = await build(dir, conv, 'int8');
    const m = decodeModel(await readFile(b.path!));
    assert.equal(Number(m.graph.node.find((n: any) => n.opType === 'DequantizeLinear').attribute[0].i), 0);
    assert.deepEqual(m.graph.initializer.find((t: any) => t.name === 'W_scale').dims.map(Number), [16]);
    const x = values(192, 8);
    const s = await ort.InferenceSession.create(b.path!);
    const out = (await s.run({ X: new ort.Tensor('float32', x, [1, 3, 8, 8]) })).Y!.data as Float32Array;
    const ref = await ort.InferenceSession.create(encode(conv));
    const expected = (await ref.run({ X: new ort.Tensor('float32', x, [1, 3, 8, 8]) })).Y!.data as Float32Array;
    assert.ok(maxAbsDiff(out, expected) < 0.2);
  });

  test('int8 leaves shared, small, non-finite and non-weight tensors in float32, each with its reason', async () => {
    const dir = await scratch();
    const w = values(64 * 64, 11);
    const bad = values(64 * 64, 12);
    bad[5] = Number.NaN;
    const spec: ModelSpec = {
      nodes: [
        node('MatMul', ['X', 'Shared'], 'A'),
        node('Add', ['A', 'Shared'], 'B'), // Shared is also read by Add: quantizing it would change the Add too
        node('MatMul', ['B', 'Small'], 'C'),
        node('MatMul', ['C', 'Bad'], 'D'),
        node('MatMul', ['Left', 'D'], 'Y'), // Left is input 0 of a MatMul, not its weight
      ],
      initializers: [tensor('Shared', [64, 64], w), tensor('Small', [64, 2], values(128, 13)), tensor('Bad', [2, 64], bad.slice(0, 128)), tensor('Left', [64, 64], values(4096, 14))],
      inputs: [info('X', [64, 64])],
      outputs: [info('Y', [64, 64])],
    };
    const b = await build(dir, spec, 'int8', { int8MinElements: 100 });
    const reasons = Object.fromEntries(b.kept.map((k) => [k.name, k.reason]));
    assert.match(reasons.Shared!, /^shared: read by Add, not by MatMul/);
    assert.match(reasons.Left!, /read by MatMul as input 0, not as its weight/);
    assert.match(reasons.Bad!, /NaN or infinite/);
    assert.deepEqual(b.converted.map((t) => t.name), ['Small'], 'the one plain MatMul weight');
    const small = await build(dir, spec, 'int8', { int8MinElements: 10_000 });
    assert.match(Object.fromEntries(small.kept.map((k) => [k.name, k.reason])).Small!, /fewer than 10000 elements/);
    assert.equal(small.path, null);
    assert.match(small.reason!, /^no weight could be quantized \(.*fewer than 10000 elements \(int8-min-elements\).*\)$/);
  });

  test('int8 before opset 13 (no per-channel DequantizeLinear): Cast and a broadcasting Mul, the same numbers', async () => {
    const dir = await scratch();
    const modern = await build(dir, mlp(17), 'int8');
    const old = await build(dir, mlp(12), 'int8');
    const m = decodeModel(await readFile(old.path!));
    assert.deepEqual(m.graph.node.slice(0, 4).map((n: any) => n.opType), ['Cast', 'Mul', 'Cast', 'Mul']);
    assert.deepEqual(m.graph.initializer.find((t: any) => t.name === 'W1_scale').dims.map(Number), [1, 48], 'scales broadcast along the channel axis');
    const x = values(4 * 64, 9);
    // Unoptimised, both forms compute with the same dequantized weights. (Optimised, onnxruntime fuses
    // DequantizeLinear + MatMul into an integer MatMul that also quantizes the activations: what ships is measured.)
    assert.equal(maxAbsDiff(await outputs(modern.path!, x, 4, 'disabled'), await outputs(old.path!, x, 4, 'disabled')), 0);
    assert.ok(maxAbsDiff(await outputs(encode(mlp(12)), x, 4), await outputs(old.path!, x, 4)) < 0.2);
    assert.deepEqual(old.converted.map((t) => t.sqnrDb), modern.converted.map((t) => t.sqnrDb));
    assert.match((await build(dir, mlp(6), 'int8')).reason!, /opset 6 predates broadcasting Mul/);
  });

  test('an already-quantized model: no int8 variant; fp16 leaves its scales alone', async () => {
    const dir = await scratch();
    const q = new Int8Array(64 * 16).map((_, i) => (i % 255) - 127);
    const spec: ModelSpec = {
      nodes: [node('DequantizeLinear', ['Wq', 'Ws'], 'W'), node('MatMul', ['X', 'W'], 'A'), node('MatMul', ['A', 'V'], 'Y')],
      initializers: [
        { name: 'Wq', dims: [64, 16], dataType: onnx.TensorProto.DataType.INT8, rawData: new Uint8Array(q.buffer) },
        tensor('Ws', [], Float32Array.of(0.01)),
        tensor('V', [16, 8], values(128, 4)),
      ],
      inputs: [info('X', [1, 64])],
      outputs: [info('Y', [1, 8])],
    };
    const int8 = await build(dir, spec, 'int8');
    assert.equal(int8.path, null);
    assert.equal(int8.reason, 'the model is quantized already (it has DequantizeLinear nodes)');
    const fp16 = await build(dir, spec, 'fp16');
    assert.deepEqual(fp16.converted.map((t) => t.name), ['V']);
    assert.deepEqual(fp16.kept, [{ name: 'Ws', reason: 'a quantization parameter of DequantizeLinear' }]);
    const x = values(64, 5);
    assert.ok(maxAbsDiff(await outputs(encode(spec), x, 1), await outputs(fp16.path!, x, 1)) < 0.05);
  });

  test('not built, with the reason: no float weights; an external data file that is missing is bad input', async () => {
    const dir = await scratch();
    const noFloat: ModelSpec = { nodes: [node('Relu', ['X'], 'Y')], initializers: [], inputs: [info('X', [2])], outputs: [info('Y', [2])] };
    assert.match((await build(dir, noFloat, 'fp16')).reason!, /no float32 weights/);
    const ext = encode(mlp());
    const m = decodeModel(ext);
    m.graph!.initializer[0]!.dataLocation = onnx.TensorProto.DataLocation.EXTERNAL;
    m.graph!.initializer[0]!.externalData = [{ key: 'location', value: 'w.bin' }];
    m.graph!.initializer[0]!.rawData = new Uint8Array(0);
    await assert.rejects(build(dir, onnx.ModelProto.encode(m).finish(), 'fp16'), /tensor "W1" keeps its data in "w\.bin", which does not exist/);
  });

  test('weights in Constant nodes are converted like initializers; the Constant node goes', async () => {
    const dir = await scratch();
    const spec = mlp();
    // W1 as a Constant node's value, the way Paddle's exporter writes every weight.
    const w1 = spec.initializers.shift()!;
    spec.nodes.unshift({ opType: 'Constant', output: ['W1'], name: 'W1_const', input: [], attribute: [{ name: 'value', type: onnx.AttributeProto.AttributeType.TENSOR, t: { ...w1, name: '' } }] });
    for (const variant of ['fp16', 'int8'] as const) {
      const b = await build(dir, spec, variant);
      assert.ok(b.converted.some((t) => t.name === 'W1'), `${variant} converted the Constant's value`);
      const m = decodeModel(await readFile(b.path!));
      assert.equal(m.graph.node.filter((n: any) => n.opType === 'Constant').length, 0);
      const x = values(2 * 64, 5);
      assert.ok(maxAbsDiff(await outputs(encode(spec), x, 2), await outputs(b.path!, x, 2)) < 0.2);
    }
  });

  test('weights read inside If branches, and initializers of the branches themselves, are converted in their own graph', async () => {
    const dir = await scratch();
    const spec: ModelSpec = {
      nodes: [
        node('ReduceSum', ['X'], 'S', [int('keepdims', 0)]),
        node('Greater', ['S', 'Zero'], 'C'),
        {
          opType: 'If',
          input: ['C'],
          output: ['Y'],
          name: 'if',
          attribute: [
            {
              name: 'then_branch',
              type: onnx.AttributeProto.AttributeType.GRAPH,
              // V lives in the branch, the way exporters nest an LSTM's weights (silero_vad does).
              g: { name: 'then', node: [node('MatMul', ['X', 'W'], 'T'), node('MatMul', ['T', 'V'], 'Y_then')], initializer: [tensor('V', [40, 40], values(1600, 3))], output: [info('Y_then', [2, 40])] },
            },
            { name: 'else_branch', type: onnx.AttributeProto.AttributeType.GRAPH, g: { name: 'else', node: [node('MatMul', ['X', 'W'], 'Y_else')], output: [info('Y_else', [2, 40])] } },
          ],
        },
      ],
      initializers: [tensor('W', [32, 40], values(1280, 2)), tensor('Zero', [], Float32Array.of(0))],
      inputs: [info('X', [2, 32])],
      outputs: [info('Y', [2, 40])],
    };
    const positive = values(64, 7).map(Math.abs);
    const negative = positive.map((v) => -v);
    for (const variant of ['fp16', 'int8'] as const) {
      const b = await build(dir, spec, variant);
      assert.deepEqual(b.converted.map((t) => t.name).sort(), ['V', 'W'], variant);
      assert.equal(b.weightBytes.original, (1280 + 1 + 1600) * 4, 'subgraph initializers count as weights');
      const m = decodeModel(await readFile(b.path!));
      const then = m.graph.node.find((n: any) => n.opType === 'If').attribute.find((a: any) => a.name === 'then_branch').g;
      assert.ok(!then.initializer.some((t: any) => t.name === 'V'), `${variant}: V replaced inside the branch`);
      assert.equal(then.node[0].output[0], 'V', `${variant}: its decode node opens the branch`);
      for (const x of [positive, negative]) assert.ok(maxAbsDiff(await outputs(encode(spec), x, 2), await outputs(b.path!, x, 2)) < 0.3, variant);
    }
  });

  test('an initializer that is also a graph input (IR 4+) is a default a caller may override: it stays', async () => {
    const dir = await scratch();
    const spec = mlp();
    spec.inputs.push(info('W2', [48, 32]));
    for (const variant of ['fp16', 'int8'] as const) {
      const b = await build(dir, spec, variant);
      assert.ok(b.kept.some((k) => k.name === 'W2' && k.reason === 'a graph input a caller may override'), variant);
      assert.ok(!b.converted.some((t) => t.name === 'W2'));
      assert.ok(readGraphView(await readFile(b.path!), 'v').graphInputs.has('W2'), 'still an input');
    }
  });

  test('new names avoid node names and subgraph names too; odd ranks are kept, not crashed on', async () => {
    const dir = await scratch();
    const spec = mlp();
    spec.nodes[2] = { ...spec.nodes[2]!, name: 'W1_to_float' }; // a node already named like fp16's Cast would be
    const b = await build(dir, spec, 'fp16');
    const m = decodeModel(await readFile(b.path!));
    const names = m.graph.node.map((n: any) => n.name);
    assert.equal(new Set(names).size, names.length, 'node names stay unique');
    const x = values(2 * 64, 5);
    assert.ok(maxAbsDiff(await outputs(encode(spec), x, 2), await outputs(b.path!, x, 2)) < 0.02);
    const gemm: ModelSpec = {
      nodes: [node('Gemm', ['X', 'B'], 'Y')],
      initializers: [tensor('B', [2048], values(2048, 1))],
      inputs: [info('X', [1, 2048])],
      outputs: [info('Y', [1])],
    };
    const odd = await build(dir, gemm, 'int8');
    assert.deepEqual(odd.kept, [{ name: 'B', reason: 'a rank-1 Gemm operand' }]);
  });

  test('fp16 keeps the inputs of fp16-keep-ops in float32', async () => {
    const dir = await scratch();
    const spec: ModelSpec = {
      nodes: [node('MatMul', ['X', 'W'], 'A'), node('Clip', ['A', 'Lo', 'Hi'], 'Y')],
      initializers: [tensor('W', [8, 8], values(64, 1)), tensor('Lo', [], Float32Array.of(-0.1)), tensor('Hi', [], Float32Array.of(0.3333333))],
      inputs: [info('X', [1, 8])],
      outputs: [info('Y', [1, 8])],
    };
    const b = await build(dir, spec, 'fp16');
    assert.deepEqual(b.converted.map((t) => t.name), ['W']);
    assert.deepEqual(b.kept.map((k) => [k.name, k.reason]), [['Lo', 'read by Clip (fp16-keep-ops)'], ['Hi', 'read by Clip (fp16-keep-ops)']]);
    const none = await build(dir, spec, 'fp16', { fp16KeepOps: [] });
    // Without the block list the scalars are still too small to be worth a Cast node.
    assert.deepEqual(none.kept.map((k) => k.reason), ['fewer than 16 elements', 'fewer than 16 elements']);
  });

  test('the rewrite copies fields it does not know, drops replaced names from IR 3 graph inputs, and avoids taken names', async () => {
    const dir = await scratch();
    const spec = mlp();
    spec.irVersion = 3;
    // IR 3 lists initializers as graph inputs; and a value already named W1_fp16 forces a fresh name.
    spec.inputs.push(info('W1', [64, 48]), info('B1', [48]), info('W2', [48, 32]));
    spec.nodes.push(node('Identity', ['Y'], 'W1_fp16'));
    spec.outputs.push(info('W1_fp16', ['N', 32]));
    const bytes = encode(spec);
    // An unknown ModelProto field (number 99, varint 7) must survive byte for byte.
    const withUnknown = new Uint8Array([...bytes, (99 << 3) & 0x7f | 0x80, 99 >> 4, 7]);
    const b = await build(dir, withUnknown, 'fp16');
    const out = await readFile(b.path!);
    const view = readGraphView(out, 'variant');
    // IR 3 lists every initializer as a graph input: the new ones take the replaced ones' places in that list.
    assert.deepEqual([...view.graphInputs].sort(), ['B1_fp16', 'W1_fp16_2', 'W2_fp16', 'X']);
    assert.ok(view.initializers.has('W1_fp16_2'), 'a fresh name, since W1_fp16 was taken');
    const reader = decodeModel(out);
    assert.equal(reader.graph!.node[0]!.opType, 'Cast', 'decode nodes come first: the order stays topological');
    // The unknown field: find tag 99 in the top-level fields.
    const original = readGraphView(withUnknown, 'original');
    assert.equal(original.initializers.size, 3);
    assert.ok(containsSequence(out, new Uint8Array([(99 << 3) & 0x7f | 0x80, 99 >> 4, 7])), 'unknown field 99 kept');
    const x = values(2 * 64, 3);
    assert.ok(maxAbsDiff(await outputs(withUnknown, x, 2), await outputs(b.path!, x, 2)) < 0.02);
  });
});

function containsSequence(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------

function evalResult(over: { task?: EvalResult['task']; accuracy?: [number, number]; rmse?: [number, number]; top1?: number | null; relativeRms?: number | null; others?: Agreement['others'] }): EvalResult {
  const side = (i: 0 | 1) => ({ accuracy: over.accuracy?.[i] ?? null, mae: null, rmse: over.rmse?.[i] ?? null, referenceAgreement: null, referenceMaxAbsError: null, perplexity: null });
  return {
    task: over.task ?? null,
    output: 'y',
    sets: 1,
    samples: 100,
    perPosition: false,
    classes: null,
    classesOff: null,
    baseline: side(0),
    candidate: side(1),
    agreement: { top1: over.top1 ?? null, withinShare: 0.5, maxAbsError: 0.01, relativeRmsError: over.relativeRms ?? null, others: over.others ?? [] },
  };
}

const built = (variant: 'fp16' | 'int8', path: string | null = `/x/${variant}.onnx`): VariantBuild => ({
  variant,
  path,
  reason: path ? null : 'no weight could be quantized',
  converted: [
    { name: 'a', elements: 10, sqnrDb: 40, clamped: 0, flushed: 0 },
    { name: 'b', elements: 10, sqnrDb: null, clamped: 2, flushed: 1 },
    { name: 'c', elements: 10, sqnrDb: 20, clamped: 0, flushed: 0 },
  ],
  kept: [],
  weightBytes: { original: 1000, variant: variant === 'fp16' ? 500 : 260 },
});

describe('the accuracy budget and publish: best', () => {
  const s = defaultConfig().variants; // -0.5pp, +2%

  test('the score follows what the eval data allows: labels, class scores, numeric labels, raw outputs', () => {
    const acc = judgeScore(evalResult({ task: 'classification', accuracy: [0.9, 0.896], top1: 0.99 }), s);
    assert.deepEqual([acc.metric, acc.within, describeLoss(acc)], ['accuracy', true, '−0.40 pp']);
    const accOut = judgeScore(evalResult({ task: 'classification', accuracy: [0.9, 0.89] }), s);
    assert.deepEqual([accOut.within, describeLoss(accOut)], [false, '−1.00 pp']);
    const top1 = judgeScore(evalResult({ top1: 0.994, relativeRms: 0.01 }), s);
    assert.deepEqual([top1.metric, top1.within], ['top-1 agreement', false]);
    assert.equal(judgeScore(evalResult({ top1: 0.995, relativeRms: 0.01 }), s).within, true, 'exactly at the budget is inside it');
    // Class-shaped outputs without labels must keep their answers and their values: argmax alone would pass a drifted
    // embedding.
    const drifted = judgeScore(evalResult({ top1: 1, relativeRms: 0.05 }), s);
    assert.deepEqual([drifted.metric, drifted.within, describeLoss(drifted)], ['output error', false, '+5.00%']);
    const rmse = judgeScore(evalResult({ task: 'regression', rmse: [0.5, 0.51] }), s);
    assert.deepEqual([rmse.metric, rmse.within, describeLoss(rmse)], ['rmse', true, '+2.00%']);
    assert.equal(judgeScore(evalResult({ task: 'regression', rmse: [0.5, 0.5101] }), s).within, false);
    const raw = judgeScore(evalResult({ relativeRms: 0.03 }), s);
    assert.deepEqual([raw.metric, raw.within, describeLoss(raw)], ['output error', false, '+3.00%']);
    assert.equal(judgeScore(evalResult({ relativeRms: null }), s).within, false, 'an original that outputs only zeros gives no scale: not judged inside');
    const absolute = judgeScore(evalResult({ task: 'regression', rmse: [0.5, 0.6] }), { ...s, maxErrorIncrease: { kind: 'absolute', amount: 0.05, text: '+0.05' } });
    assert.deepEqual([absolute.unit, absolute.within, describeLoss(absolute)], ['abs', false, '+0.100']);
    assert.equal(describeLoss({ ...absolute, loss: null as unknown as number }), 'n/a', 'an infinite loss read back from JSON (null)');
  });

  test('every floating-point output is judged: another output beyond the budget rejects a variant the scored one keeps', () => {
    const broken = judgeScore(evalResult({ top1: 1, relativeRms: 0.001, others: [{ output: 'aux', relativeRmsError: 0.05 }] }), s);
    assert.deepEqual([broken.metric, broken.within, broken.output, describeLoss(broken)], ['output error', false, 'aux', '+5.00%']);
    const kept = judgeScore(evalResult({ top1: 1, relativeRms: 0.001, others: [{ output: 'aux', relativeRmsError: 0.01 }, { output: 'zeros', relativeRmsError: null }] }), s);
    assert.deepEqual([kept.metric, kept.within, kept.output], ['top-1 agreement', true, undefined], 'inside the budget on every output; an all-zero output gives no scale');
    // The scored output's own failure is what is reported when both fail.
    const both = judgeScore(evalResult({ top1: 0.9, relativeRms: 0.001, others: [{ output: 'aux', relativeRmsError: 0.05 }] }), s);
    assert.deepEqual([both.metric, both.output], ['top-1 agreement', undefined]);
    const table = chooseVariant({ packedBytes: 1000, weightBytes: 800 }, [measured('fp16', evalResult({ top1: 1, relativeRms: 0.001, others: [{ output: 'aux', relativeRmsError: 0.05 }] }), 500)], s);
    assert.equal(table.published, 'original');
    assert.equal(table.rows[1]!.reason, 'output error of output "aux" +5.00%, beyond the budget');
  });

  test('evaluate measures every other floating-point output of the two models against each other', async () => {
    // Y = X·W1 (scored) and Z = X·W2; the candidate's W2 is 10 % larger, its W1 the same.
    const two = (scale: number): Uint8Array => {
      const w2 = values(16 * 4, 7).map((v) => v * scale);
      return encode({
        nodes: [node('MatMul', ['X', 'W1'], 'Y'), node('MatMul', ['X', 'W2'], 'Z')],
        initializers: [tensor('W1', [16, 4], values(16 * 4, 5)), tensor('W2', [16, 4], Float32Array.from(w2))],
        inputs: [info('X', ['N', 16])],
        outputs: [info('Y', ['N', 4]), info('Z', ['N', 4])],
      });
    };
    const threads = { intraOpThreads: 1, interOpThreads: 1 };
    const subject = async (bytes: Uint8Array, label: string) => sessionSubject(await createSession(bytes, threads, label), parseModelInfo(bytes, label), label);
    const x = values(8 * 16, 9);
    const set: EvalSet = { id: 's', dir: '.', inputs: [{ name: 'X', elemType: 'float32', dims: [8, 16], data: x, file: 'x.npy' }], references: [], labels: null };
    const e = await evaluate([set], await subject(two(1), 'original'), await subject(two(1.1), 'variant'), { ...defaultConfig().eval, atol: 1e-5, rtol: 1e-4 });
    assert.equal(e.output, 'Y');
    assert.equal(e.agreement!.relativeRmsError, 0);
    assert.equal(e.agreement!.others.length, 1);
    assert.equal(e.agreement!.others[0]!.output, 'Z');
    assert.ok(Math.abs(e.agreement!.others[0]!.relativeRmsError! - 0.1) < 1e-5, String(e.agreement!.others[0]!.relativeRmsError));
    // A candidate whose other output changed shape is not compared on it (and is no error).
    const reshaped = encode({
      nodes: [node('MatMul', ['X', 'W1'], 'Y'), node('MatMul', ['X', 'W3'], 'Z')],
      initializers: [tensor('W1', [16, 4], values(16 * 4, 5)), tensor('W3', [16, 2], values(16 * 2, 8))],
      inputs: [info('X', ['N', 16])],
      outputs: [info('Y', ['N', 4]), info('Z', ['N', 2])],
    });
    const other = await evaluate([set], await subject(two(1), 'baseline'), await subject(reshaped, 'candidate'), { ...defaultConfig().eval, atol: 1e-5, rtol: 1e-4 });
    assert.deepEqual(other.agreement!.others, []);
  });

  const measured = (variant: 'fp16' | 'int8', e: EvalResult | null, packed: number | null, path?: string | null): VariantMeasurement => ({
    build: built(variant, path === undefined ? `/x/${variant}.onnx` : path),
    packedBytes: packed,
    timing: [],
    eval: e,
  });
  const good = evalResult({ task: 'classification', accuracy: [0.9, 0.9], top1: 1 });
  const worse = evalResult({ task: 'classification', accuracy: [0.9, 0.86], top1: 0.95 });

  test('best publishes the smallest variant inside the budget; a rejected one says why', () => {
    const t = chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('fp16', good, 520), measured('int8', worse, 300)], s);
    assert.equal(t.published, 'fp16');
    assert.deepEqual(t.rows.map((r) => r.status), ['within-budget', 'published', 'rejected']);
    assert.equal(t.rows[2]!.reason, 'accuracy −4.00 pp, beyond the budget');
    assert.deepEqual(t.rows[1]!.worstTensors.map((w) => w.name), ['c', 'a', 'b'], 'worst SQNR first, exact last');
    assert.deepEqual([t.rows[1]!.clamped, t.rows[1]!.flushed], [2, 1]);
    const both = chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('fp16', good, 520), measured('int8', good, 300)], s);
    assert.equal(both.published, 'int8');
  });

  test('the original when nothing is inside the budget, when nothing was built, or when publish is original', () => {
    assert.equal(chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('int8', worse, 300)], s).published, 'original');
    const notBuilt = chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('int8', null, null, null)], s);
    assert.deepEqual([notBuilt.published, notBuilt.rows[1]!.status, notBuilt.rows[1]!.reason], ['original', 'not-built', 'no weight could be quantized']);
    const original = chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('fp16', good, 520)], { ...s, publish: 'original' });
    assert.deepEqual(original.rows.map((r) => r.status), ['published', 'within-budget']);
    // A variant that packs no smaller than the original loses the tie to it.
    assert.equal(chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('fp16', good, 1000)], s).published, 'original');
  });

  test('a variant that fails a timing level against the original is rejected for its speed, however accurate', () => {
    const timing = (metric: Check['metric'], status: Check['status'], relative: number): Check => ({
      metric,
      baseline: 10,
      candidate: 10 * (1 + relative),
      change: { absolute: 10 * relative, relative, interval: { low: relative - 0.05, high: relative + 0.05, confidence: 0.95 } },
      threshold: { warn: '+15%', fail: '+25%' },
      status,
      note: null,
      inconclusive: false,
      samples: { baseline: 12, candidate: 12 },
      sampling: { pairs: 12, stop: 'settled', seconds: 3 },
      firstAttempt: null,
    });
    const slow = { ...measured('int8', good, 300), timing: [timing('load-time', 'fail', 0.96), timing('latency-p50', 'warn', 0.2)] };
    const t = chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [measured('fp16', good, 520), slow], s);
    assert.equal(t.published, 'fp16', 'the smaller int8 variant is slower: the fp16 one is published');
    assert.equal(t.rows[2]!.status, 'rejected');
    assert.equal(t.rows[2]!.reason, 'slower than the original: load-time beyond +25%');
    assert.equal(t.rows[2]!.loadTime!.relative, 0.96);
    // A warning alone does not reject: the next gate would not fail on it.
    const warnOnly = { ...measured('int8', good, 300), timing: [timing('latency-p50', 'warn', 0.2)] };
    assert.equal(chooseVariant({ packedBytes: 1000, weightBytes: 1000 }, [warnOnly], s).published, 'int8');
  });
});

describe('the fixture', () => {
  test('iris: fp16 halves w1 and w2 and loads; int8 at the default minimum finds nothing big enough', async () => {
    const dir = await scratch();
    const fp16 = await buildVariant(BASELINE_MODEL, 'iris.onnx', 'fp16', defaultConfig().variants, dir);
    assert.deepEqual(fp16.converted.map((t) => t.name).sort(), ['w1', 'w2']);
    const int8 = await buildVariant(BASELINE_MODEL, 'iris.onnx', 'int8', defaultConfig().variants, dir);
    assert.equal(int8.path, null);
    assert.match(int8.reason!, /fewer than 1024 elements \(int8-min-elements\)/);
  });
});
