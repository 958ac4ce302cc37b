// The int4 variant (MatMulNBits): its packing is onnxruntime's layout, proved by an independent reader — NumPy
// (Debian's python3-numpy and python3-onnx) unpacks the blocks, dequantizes them and recomputes the layer, which must
// match what onnxruntime computes from the same file; the onnx checker accepts the model; the weight bytes are the
// expected fraction of float32; the other weights take int8's steps; and `run --variants fp16,int8,int4` tables int4.
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import onnxProto, { type onnx as proto } from 'onnx-proto';
import ort from 'onnxruntime-node';
import { defaultConfig } from '../src/inputs/build-config.js';
import { buildVariant, type VariantBuild } from '../src/variants/build.js';
import type { VariantSettings } from '../src/variants/kinds.js';
import { readGraphView } from '../src/variants/graph.js';
import { dequantizeInt4, quantizeInt4 } from '../src/variants/int4.js';
import { cli, FAST_BENCH, run, scratch } from './helpers.js';
import { onnxruntimeVersion } from '../src/onnx/runtime.js';

// model-gate's runtime loads first: it settles how onnxruntime-common holds float16 data (src/onnx/runtime.ts) before
// this file makes a tensor of its own.
onnxruntimeVersion();

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
/** Debian's interpreter, where python3-onnx installs: a python3 earlier on PATH (pyenv, a venv) may lack it. */
const PYTHON = '/usr/bin/python3';

/** Deterministic values in ±1 from a linear congruential generator, so every run builds the same models. */
function seeded(n: number, seed: number): Float32Array {
  let s = seed;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

type Layer = { op: 'MatMul' | 'Gemm' | 'Add' | 'Relu'; weight?: { name: string; dims: number[] } };

/** X [rows, width] through `layers` to Y, each weight seeded from its name's length and position. */
function model(width: number, layers: Layer[]): Uint8Array {
  const nodes: proto.INodeProto[] = [];
  const initializer: proto.ITensorProto[] = [];
  let value = 'X';
  let out = width;
  layers.forEach((l, i) => {
    const next = i === layers.length - 1 ? 'Y' : `h${i}`;
    const inputs = [value];
    if (l.weight) {
      const data = seeded(l.weight.dims.reduce((a, b) => a * b, 1), 17 + i * 31);
      initializer.push({ name: l.weight.name, dims: l.weight.dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer) });
      inputs.push(l.weight.name);
      if (l.op !== 'Add') out = l.weight.dims.at(-1)!;
    }
    nodes.push({ opType: l.op, input: inputs, output: [next], name: `${l.op.toLowerCase()}_${i}` });
    value = next;
  });
  const info = (name: string, cols: number): proto.IValueInfoProto => ({ name, type: { tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'rows' }, { dimValue: cols }] } } } });
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: { name: 'int4-test', node: nodes, initializer, input: [info('X', width)], output: [info('Y', out)] },
  }).finish();
}

async function buildInt4(dir: string, bytes: Uint8Array, over: Partial<VariantSettings>, tag: string): Promise<VariantBuild> {
  const path = join(dir, `${tag}.onnx`);
  await writeFile(path, bytes);
  const b = await buildVariant(path, 'model.onnx', 'int4', { ...defaultConfig().variants, ...over }, join(dir, tag));
  assert.ok(b.path, b.reason ?? '');
  return b;
}

async function infer(path: string, x: Float32Array, rows: number): Promise<Float32Array> {
  const s = await ort.InferenceSession.create(path, { intraOpNumThreads: 1 });
  const y = (await s.run({ X: new ort.Tensor('float32', x, [rows, x.length / rows]) })).Y!.data as Float32Array;
  await s.release();
  return y;
}

const bytesOf = (a: Float32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

// Reads each case's model with the onnx package (whose checker must accept it), unpacks B, scales and zero_points by
// the MatMulNBits spec — B uint8 [N, blocks, block_size/2], the first code of each byte in its low nibble; scales
// [N, blocks]; zero_points uint8 [N, ceil(blocks/2)] packed the same way, 8 when absent — and recomputes X·W in float64.
const PYTHON_LAYER = `
import sys, json, onnx, numpy as np
from onnx import numpy_helper
results = []
for case in json.load(open(sys.argv[1])):
    m = onnx.load(case['model'])
    onnx.checker.check_model(m, full_check=True)
    init = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    [node] = [n for n in m.graph.node if n.op_type == 'MatMulNBits']
    assert node.domain == 'com.microsoft' and not any(n.op_type == 'MatMul' for n in m.graph.node)
    assert any(o.domain == 'com.microsoft' and o.version == 1 for o in m.opset_import)
    att = {a.name: a.i for a in node.attribute}
    K, N, bs = att['K'], att['N'], att['block_size']
    assert att['bits'] == 4 and att['accuracy_level'] == case['level'], att
    blocks = -(-K // bs)
    b, scales = init[node.input[1]], init[node.input[2]]
    assert b.dtype == np.uint8 and b.shape == (N, blocks, bs // 2), b.shape
    assert scales.dtype == np.float32 and scales.shape == (N, blocks), scales.shape
    codes = np.stack([b & 15, b >> 4], axis=-1).reshape(N, blocks, bs).astype(np.float32)
    if len(node.input) > 3:
        packed = init[node.input[3]]
        assert packed.dtype == np.uint8 and packed.shape == (N, -(-blocks // 2)), packed.shape
        zp = np.stack([packed & 15, packed >> 4], axis=-1).reshape(N, -1)[:, :blocks].astype(np.float32)
    else:
        zp = np.full((N, blocks), 8, dtype=np.float32)
    w = ((codes - zp[:, :, None]) * scales[:, :, None]).reshape(N, blocks * bs)[:, :K].T
    original = np.fromfile(case['weight'], dtype='<f4').reshape(K, N)
    # Each value is within one step of its block (half a step with zero points; symmetric blocks clip the far side).
    step = np.abs(np.repeat(scales.T, bs, axis=0)[:K])
    assert np.all(np.abs(w - original) <= step * (0.5 if len(node.input) > 3 else 1.0) * (1 + 1e-6)), 'dequantized weights stray'
    x = np.fromfile(case['x'], dtype='<f4').reshape(-1, K).astype(np.float64)
    y = np.fromfile(case['y'], dtype='<f4').reshape(x.shape[0], N)
    ref = x @ w.astype(np.float64)
    scale = np.abs(ref).max()
    # Accuracy level 4 quantizes each block of A to int8 (scale = its largest magnitude / 127): each code is off by at
    # most half a step, so an output is off by at most the sum over blocks of amax/254 times the block's |w|.
    amax = np.abs(np.pad(x, ((0, 0), (0, blocks * bs - K)))).reshape(x.shape[0], blocks, bs).max(axis=2)
    wsum = np.pad(np.abs(w), ((0, blocks * bs - K), (0, 0))).reshape(blocks, bs, N).sum(axis=1)
    bound = (amax / 254) @ wsum
    results.append({'err': float(np.abs(y - ref).max() / scale), 'over': float((np.abs(y - ref) - bound).max() / scale), 'bound': float(bound.max() / scale)})
print(json.dumps(results))
`;

describe('int4: onnxruntime MatMulNBits layout', () => {
  test('NumPy dequantizes the packed blocks and matches onnxruntime: K = 200 (not a multiple of 32, 7 blocks per column), N = 48', async () => {
    const probe = await run(PYTHON, ['-c', 'import onnx, numpy']);
    assert.equal(probe.code, 0, 'python3-onnx and python3-numpy are installed by scripts/test.sh');
    const dir = await scratch();
    const [K, N, rows] = [200, 48, 6];
    const original = model(K, [{ op: 'MatMul', weight: { name: 'W', dims: [K, N] } }]);
    const weight = seeded(K * N, 17);
    const x = seeded(rows * K, 5);
    await writeFile(join(dir, 'w.bin'), bytesOf(weight));
    await writeFile(join(dir, 'x.bin'), bytesOf(x));
    const cases: Array<{ model: string; weight: string; x: string; y: string; level: number; symmetric: boolean }> = [];
    for (const level of [0, 1, 4]) {
      for (const symmetric of [false, true]) {
        const tag = `l${level}-${symmetric ? 'sym' : 'zp'}`;
        const b = await buildInt4(dir, original, { int4AccuracyLevel: level, int4Symmetric: symmetric }, tag);
        assert.deepEqual(b.converted.map((t) => t.name), ['W']);
        const y = join(dir, `${tag}-y.bin`);
        await writeFile(y, bytesOf(await infer(b.path!, x, rows)));
        cases.push({ model: b.path!, weight: join(dir, 'w.bin'), x: join(dir, 'x.bin'), y, level, symmetric });
      }
    }
    await writeFile(join(dir, 'cases.json'), JSON.stringify(cases));
    await writeFile(join(dir, 'layer.py'), PYTHON_LAYER);
    const r = await run(PYTHON, [join(dir, 'layer.py'), join(dir, 'cases.json')]);
    assert.equal(r.code, 0, r.stderr);
    const results: Array<{ err: number; over: number; bound: number }> = JSON.parse(r.stdout);
    assert.equal(results.length, cases.length);
    results.forEach((res, i) => {
      const c = cases[i]!;
      const what = `accuracy_level ${c.level}, ${c.symmetric ? 'symmetric' : 'zero points'}`;
      if (c.level <= 1) assert.ok(res.err <= 1e-5, `${what}: onnxruntime is ${res.err} (relative to the output's scale) from NumPy's dequantized matmul`);
      else {
        // Level 4: within the documented bound of int8 activations (plus float32 rounding); the bound is a few percent
        // of the output's scale here (about 3%), and the activations' rounding shows (about 0.4%).
        assert.ok(res.over <= 1e-5, `${what}: ${res.over} beyond the int8-activation bound`);
        assert.ok(res.bound < 0.05 && res.err > 1e-5, `${what}: err ${res.err}, bound ${res.bound}`);
      }
    });
  });

  test('the MatMul weights shrink to 0.156 of float32 symmetric and 0.160 with zero points (block 32, float32 scales)', async () => {
    const dir = await scratch();
    const bytes = model(256, [{ op: 'MatMul', weight: { name: 'W1', dims: [256, 256] } }, { op: 'Relu' }, { op: 'MatMul', weight: { name: 'W2', dims: [256, 96] } }]);
    const symmetric = await buildInt4(dir, bytes, { int4Symmetric: true }, 'sym');
    const zeroPoints = await buildInt4(dir, bytes, { int4Symmetric: false }, 'zp');
    const ratio = (b: VariantBuild) => b.weightBytes.variant / b.weightBytes.original;
    // Per 32 weights (128 bytes): 16 bytes of codes and a 4-byte scale, plus half a byte of zero point.
    assert.ok(Math.abs(ratio(symmetric) - 20 / 128) < 1e-9, `symmetric: ${ratio(symmetric)}`);
    assert.ok(Math.abs(ratio(zeroPoints) - 20.5 / 128) < 1e-9, `zero points: ${ratio(zeroPoints)}`);
    assert.deepEqual(zeroPoints.converted.map((t) => t.name), ['W1', 'W2']);
    // Four bits on uniform weights: about 6 dB a bit, 24 dB.
    for (const t of [...symmetric.converted, ...zeroPoints.converted]) assert.ok(t.sqnrDb !== null && t.sqnrDb > 20 && t.sqnrDb < 30, `${t.name}: ${t.sqnrDb} dB`);
  });

  test('only MatMul B weights with K of at least one block become MatMulNBits; the others take int8 steps, and the model runs close to float', async () => {
    const dir = await scratch();
    const bytes = model(64, [
      { op: 'MatMul', weight: { name: 'W1', dims: [64, 40] } },
      { op: 'Add', weight: { name: 'B1', dims: [40] } },
      { op: 'Gemm', weight: { name: 'W2', dims: [40, 24] } },
      { op: 'MatMul', weight: { name: 'W3', dims: [24, 8] } },
    ]);
    const b = await buildInt4(dir, bytes, { int8MinElements: 100 }, 'mixed');
    const view = readGraphView(await readFile(b.path!), 'int4 variant');
    const ops = [...view.uses.values()].flat().filter((u) => u.slot === 0).map((u) => `${u.domain}:${u.opType}`);
    assert.equal(ops.filter((o) => o === 'com.microsoft:MatMulNBits').length, 1, 'W1 only: W3 has K = 24, under a block');
    assert.ok(view.uses.get('X')!.every((u) => u.opType === 'MatMulNBits'));
    assert.deepEqual(b.converted.map((t) => t.name), ['W1', 'W2', 'W3'], 'W2 (Gemm) and W3 quantized per channel, as int8 does');
    assert.ok(ops.includes(':DequantizeLinear'));
    assert.deepEqual(b.kept, [{ name: 'B1', reason: 'read by Add, not by MatMul, Gemm, Conv or Gather' }]);
    const x = seeded(3 * 64, 9);
    const [want, got] = [await infer(join(dir, 'mixed.onnx'), x, 3), await infer(b.path!, x, 3)];
    const scale = want.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    const err = want.reduce((m, v, i) => Math.max(m, Math.abs(v - got[i]!)), 0) / scale;
    assert.ok(err > 0 && err < 0.15, `int4 changes the output a little: ${err}`);
  });

  test('a model without a MatMul weight of K ≥ block gets no int4 variant (it would be int8 again), and the reason says so', async () => {
    const dir = await scratch();
    const path = join(dir, 'narrow.onnx');
    await writeFile(path, model(24, [{ op: 'MatMul', weight: { name: 'W', dims: [24, 64] } }]));
    const b = await buildVariant(path, 'narrow.onnx', 'int4', defaultConfig().variants, join(dir, 'out'));
    assert.equal(b.path, null);
    assert.equal(b.reason, 'no weight is read only as B by MatMul with K ≥ int4-block-size (32), so int4 would be the int8 variant');
    const wider = await buildVariant(path, 'narrow.onnx', 'int4', { ...defaultConfig().variants, int4BlockSize: 16 }, join(dir, 'out16'));
    assert.ok(wider.path, 'with blocks of 16, K = 24 is two blocks (the second padded)');
  });
});

describe('int4 numbers at the edges', () => {
  test('an all-zero block, subnormal values and one large value: finite scales, zeros stay exactly 0, the extreme on or near the grid', () => {
    // [K = 40, N = 3]: column 0 all zero, column 1 subnormal (its float32 scale would underflow), column 2 ±1 and one 1000.
    const [k, n] = [40, 3];
    const w = new Float32Array(k * n);
    for (let r = 0; r < k; r++) {
      w[r * n + 1] = (r % 3) * 1e-45;
      w[r * n + 2] = r === 7 ? 1000 : r % 2 ? 1 : -1;
    }
    for (const symmetric of [false, true]) {
      const q = quantizeInt4(w, k, n, 32, symmetric);
      assert.ok(q.scales.every((s) => Number.isFinite(s) && s !== 0), `${symmetric}: scales ${q.scales}`);
      const back = dequantizeInt4(q);
      for (let r = 0; r < k; r++) assert.equal(back[r * n], 0, `column 0, row ${r}`);
      // Symmetric blocks put their largest magnitude on the grid; with zero points it is within half a step.
      const step = Math.abs(q.scales[2 * q.blocks]!);
      if (symmetric) assert.equal(back[7 * n + 2], 1000);
      else assert.ok(Math.abs(back[7 * n + 2]! - 1000) <= step / 2, `${back[7 * n + 2]}, step ${step}`);
      for (let r = 0; r < k; r++) assert.ok(Math.abs(back[r * n + 1]! - w[r * n + 1]!) <= 2e-45, `subnormal row ${r}: ${back[r * n + 1]}`);
    }
  });
});

describe('int4 through the CLI', () => {
  test('run --variants fp16,int8,int4 builds, measures and tables int4 beside fp16 and int8', async () => {
    const dir = await scratch();
    const file = join(dir, 'wide.onnx');
    const bytes = model(96, [{ op: 'MatMul', weight: { name: 'W1', dims: [96, 64] } }, { op: 'Relu' }, { op: 'MatMul', weight: { name: 'W2', dims: [64, 4] } }]);
    await writeFile(file, bytes);
    // Eval data: 40 rows, labelled by the float model itself, so the budget measures what int4 changes.
    const rows = 40;
    const x = seeded(rows * 96, 23);
    const y = await infer(file, x, rows);
    const labels = Array.from({ length: rows }, (_, r) => [...y.subarray(r * 4, r * 4 + 4)].reduce((best, v, i, a) => (v > a[best]! ? i : best), 0));
    const set = join(dir, 'eval', 'test_data_set_0');
    await mkdir(set, { recursive: true });
    await writeFile(join(set, 'input_0.pb'), onnx.TensorProto.encode({ name: 'X', dims: [rows, 96], dataType: FLOAT, rawData: bytesOf(x) }).finish());
    await writeFile(join(set, 'labels.json'), JSON.stringify(labels));
    const json = join(dir, 'report.json');
    const r = await cli(['run', file, '--out', join(dir, 'pack'), '--baseline', 'none', '--eval-data', join(dir, 'eval'), '--json', json, '--variants', 'fp16,int8,int4', '--max-accuracy-drop=-20pp', ...FAST_BENCH]);
    assert.equal(r.code, 0, r.stderr);
    const table = JSON.parse(await readFile(json, 'utf8')).models[0].variants;
    assert.deepEqual(table.rows.map((row: { variant: string }) => row.variant), ['original', 'fp16', 'int8', 'int4']);
    const [original, fp16, int8, int4] = table.rows;
    assert.notEqual(int4.status, 'not-built', int4.reason);
    assert.ok(int4.packedBytes < int8.packedBytes && int8.packedBytes < fp16.packedBytes && fp16.packedBytes < original.packedBytes, JSON.stringify(table.rows));
    // Inside a wide budget int4 is published unless it measured slower than the original: the speed rule decides.
    if (int4.status === 'rejected') assert.match(int4.reason, /^slower than the original: /);
    else assert.equal(table.published, 'int4');
    assert.match(r.stdout, /\| int4 \| /);
  });
});
