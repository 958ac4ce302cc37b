import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { InputError } from '../src/errors.js';
import { bindInputs } from '../src/eval/binding.js';
import { loadEvalData, parseLabelsJson } from '../src/eval/data.js';
import { bindReferences, pairByNameThenPosition } from '../src/eval/binding.js';
import { predictionAgreement, referenceAgreement } from '../src/eval/metrics.js';
import { parseNpy, parseNpz } from '../src/eval/npy.js';
import { encodeTensorProto } from '../src/onnx/tensor-proto.js';
import type { EvalSet, ModelInfo, Tensor, ValueInfo } from '../src/types.js';

function assertInputError(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    return true;
  });
}

async function assertRejectsInput(promise: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    return true;
  });
}

/**
 * Builds .npy bytes the way numpy writes them: magic, version, header length, a Python dict
 * literal padded with spaces and a newline so that the data starts at a multiple of 64.
 */
function npy(descr: string, shape: number[], data: ArrayBufferView, opts: { version?: 1 | 2 | 3; fortran?: boolean; header?: string } = {}): Uint8Array {
  const version = opts.version ?? 1;
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = opts.header ?? `{'descr': '${descr}', 'fortran_order': ${opts.fortran ? 'True' : 'False'}, 'shape': ${shapeText}, }`;
  const prefix = version === 1 ? 10 : 12;
  const total = Math.ceil((prefix + header.length + 1) / 64) * 64;
  header = header.padEnd(total - prefix - 1, ' ') + '\n';
  const out = new Uint8Array(total + data.byteLength);
  out.set([0x93, ...new TextEncoder().encode('NUMPY'), version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, header.length, true);
  else view.setUint32(8, header.length, true);
  out.set(new TextEncoder().encode(header), prefix);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), total);
  return out;
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-eval-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes files (path → bytes or text) under `dir`, creating folders. */
async function layout(dir: string, files: Record<string, Uint8Array | string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

const f32 = (name: string, dims: number[], values: number[]): Tensor => ({ name, elemType: 'float32', dims, data: Float32Array.from(values) });
const pb = (t: Tensor): Uint8Array => encodeTensorProto(t);

// ---------------------------------------------------------------------------------------------

describe('.npy', () => {
  test('reads every supported dtype', () => {
    const cases: Array<[string, ArrayBufferView & { length: number }, Tensor['elemType']]> = [
      ['<f4', Float32Array.from([1.5, -2]), 'float32'],
      ['<f8', Float64Array.from([Math.E, -0]), 'float64'],
      ['<f2', Uint16Array.from([0x3c00, 0xc000]), 'float16'],
      ['|i1', Int8Array.from([-128, 127]), 'int8'],
      ['|u1', Uint8Array.from([0, 255]), 'uint8'],
      ['<i2', Int16Array.from([-300, 300]), 'int16'],
      ['<u2', Uint16Array.from([65535, 1]), 'uint16'],
      ['<i4', Int32Array.from([-(2 ** 31), 5]), 'int32'],
      ['<u4', Uint32Array.from([2 ** 32 - 1, 0]), 'uint32'],
      ['<i8', BigInt64Array.from([-(2n ** 63n), 42n]), 'int64'],
      ['<u8', BigUint64Array.from([2n ** 64n - 1n, 0n]), 'uint64'],
      ['|b1', Uint8Array.from([1, 0]), 'bool'],
    ];
    for (const [descr, data, elemType] of cases) {
      assert.deepEqual(parseNpy(npy(descr, [2], data), 'a.npy', 'a'), { name: 'a', elemType, dims: [2], data }, descr);
    }
  });

  test('reads header versions 2 and 3, 0-d arrays and empty arrays', () => {
    const data = Float32Array.from([1, 2, 3, 4, 5, 6]);
    for (const version of [1, 2, 3] as const) {
      assert.deepEqual(parseNpy(npy('<f4', [2, 3], data, { version }), 'v.npy').dims, [2, 3]);
    }
    assert.deepEqual(parseNpy(npy('<f8', [], Float64Array.from([7])), 's.npy'), { name: '', elemType: 'float64', dims: [], data: Float64Array.from([7]) });
    assert.deepEqual(parseNpy(npy('<i8', [0, 4], new BigInt64Array(0)), 'e.npy').dims, [0, 4]);
    // Python 2 era headers spell ints with an L suffix.
    const legacy = npy('<f4', [2], Float32Array.from([1, 2]), { header: "{'descr': '<f4', 'fortran_order': False, 'shape': (2L,), }" });
    assert.deepEqual(parseNpy(legacy, 'l.npy').dims, [2]);
  });

  test('copies data into an aligned array even from an unaligned buffer', () => {
    const bytes = npy('<f8', [2], Float64Array.from([1, 2]));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const t = parseNpy(shifted.subarray(1), 'u.npy');
    assert.deepEqual(t.data, Float64Array.from([1, 2]));
  });

  test('refuses big-endian, Fortran-order, object and other dtypes clearly', () => {
    assertInputError(
      () => parseNpy(npy('>f4', [1], Float32Array.from([1])), 'be.npy'),
      "be.npy: has big-endian dtype '>f4'; only little-endian is supported — save arr.astype('<f4')",
    );
    assertInputError(
      () => parseNpy(npy('<f4', [2, 2], new Float32Array(4), { fortran: true }), 'f.npy'),
      'f.npy: is stored in Fortran order (fortran_order: True); save np.ascontiguousarray(arr) instead',
    );
    // A 1-d array is laid out the same either way.
    assert.deepEqual(parseNpy(npy('<f4', [3], Float32Array.from([1, 2, 3]), { fortran: true }), 'f1.npy').data, Float32Array.from([1, 2, 3]));
    assertInputError(
      () => parseNpy(npy('|O', [1], new Uint8Array(8)), 'o.npy'),
      "o.npy: holds Python objects (dtype 'O'), which are stored as pickle; model-gate never unpickles — save a numeric array",
    );
    assertInputError(() => parseNpy(npy('<U5', [1], new Uint8Array(20)), 'u.npy'), /u\.npy: has unsupported dtype '<U5'/);
    assertInputError(() => parseNpy(npy('<c8', [1], new Uint8Array(8)), 'c.npy'), /c\.npy: has unsupported dtype '<c8'/);
    assertInputError(
      () => parseNpy(npy('', [1], new Uint8Array(8), { header: "{'descr': [('x', '<f4'), ('y', '<f4')], 'fortran_order': False, 'shape': (1,), }" }), 'r.npy'),
      'r.npy: has a structured dtype (record array), which is not supported; save a plain numeric array',
    );
  });

  test('refuses truncated, padded and non-npy files', () => {
    const good = npy('<f4', [4], Float32Array.from([1, 2, 3, 4]));
    assertInputError(() => parseNpy(good.subarray(0, good.length - 2), 't.npy'), 't.npy: truncated (shape [4] of <f4 needs 16 data bytes, 14 present)');
    const padded = new Uint8Array(good.length + 3);
    padded.set(good);
    assertInputError(() => parseNpy(padded, 'p.npy'), 'p.npy: has 3 unexpected bytes after the array data');
    assertInputError(() => parseNpy(new TextEncoder().encode('a,b,c\n1,2,3\n'), 'x.npy'), 'x.npy: not a .npy file (no \\x93NUMPY magic)');
    assertInputError(() => parseNpy(good.subarray(0, 30), 'h.npy'), /h\.npy: truncated \.npy header/);
    assertInputError(
      () => parseNpy(npy('<f4', [1], new Float32Array(1), { header: "{'descr': '<f4', 'shape': (1,)}" }), 'k.npy'),
      /k\.npy: malformed \.npy header \(needs descr, fortran_order and shape\)/,
    );
  });
});

describe('.npz', () => {
  test('reads stored and deflated members in archive order, without the .npy suffix', () => {
    const zip = zipSync({
      'labels.npy': [npy('<i8', [2], BigInt64Array.from([1n, 0n])), { level: 0 }],
      'features.npy': [npy('<f4', [2, 2], Float32Array.from([1, 2, 3, 4])), { level: 6 }],
    });
    const tensors = parseNpz(zip, 'inputs.npz');
    assert.deepEqual(
      tensors.map((t) => [t.name, t.elemType, t.dims]),
      [
        ['labels', 'int64', [2]],
        ['features', 'float32', [2, 2]],
      ],
    );
    assert.deepEqual(tensors[1]!.data, Float32Array.from([1, 2, 3, 4]));
  });

  test('names the member in errors and refuses non-npy members and broken archives', () => {
    const zip = zipSync({ 'x.npy': npy('>f8', [1], new Float64Array(1)) });
    assertInputError(() => parseNpz(zip, 'd/inputs.npz'), /^d\/inputs\.npz\[x\.npy\]: has big-endian dtype/);
    assertInputError(() => parseNpz(zipSync({ 'notes.txt': new Uint8Array(3) }), 'n.npz'), 'n.npz: member "notes.txt" is not a .npy array');
    assertInputError(() => parseNpz(new TextEncoder().encode('not a zip at all'), 'b.npz'), /^b\.npz: not a readable \.npz \(zip\) archive/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('labels.json', () => {
  test('integers become int64 [N], other numbers float64, nested arrays [N, C]', () => {
    assert.deepEqual(parseLabelsJson('[0, 2, 1]', 'l.json'), { name: '', elemType: 'int64', dims: [3], data: BigInt64Array.from([0n, 2n, 1n]) });
    assert.deepEqual(parseLabelsJson('[0.5, 2]', 'l.json'), { name: '', elemType: 'float64', dims: [2], data: Float64Array.from([0.5, 2]) });
    assert.deepEqual(parseLabelsJson('[[0, 1], [1, 0]]', 'l.json'), { name: '', elemType: 'int64', dims: [2, 2], data: BigInt64Array.from([0n, 1n, 1n, 0n]) });
    assert.deepEqual(parseLabelsJson('[]', 'l.json').dims, [0]);
  });

  test('rejects anything else, naming the file', () => {
    const expected = 'labels must be a JSON array of numbers, or of equal-length arrays of numbers';
    assertInputError(() => parseLabelsJson('{"labels": [1]}', 'd/labels.json'), `d/labels.json: ${expected} (found an object)`);
    assertInputError(() => parseLabelsJson('[1, "2"]', 'd/labels.json'), `d/labels.json: ${expected} (item 1 is a string)`);
    assertInputError(() => parseLabelsJson('[[1, 2], [3]]', 'd/labels.json'), `d/labels.json: ${expected} (item 1 has 1 numbers, item 0 has 2)`);
    assertInputError(() => parseLabelsJson('[[1, [2]]]', 'd/labels.json'), `d/labels.json: ${expected} (item 0 is an array containing a non-number)`);
    assertInputError(() => parseLabelsJson('[1, 2', 'd/labels.json'), /^d\/labels\.json: not valid JSON/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('loadEvalData', () => {
  test('reads the model zoo layout, sets in numeric order', async () => {
    await withTempDir(async (dir) => {
      const files: Record<string, Uint8Array | string> = {};
      for (const k of [0, 1, 2, 10]) {
        files[`test_data_set_${k}/input_0.pb`] = pb(f32('x', [1, 2], [k, k]));
        files[`test_data_set_${k}/input_1.pb`] = pb(f32('', [1], [k]));
        files[`test_data_set_${k}/output_0.pb`] = pb(f32('y', [1, 3], [0, 1, 0]));
        files[`test_data_set_${k}/labels.json`] = `[${k % 3}]`;
      }
      files['README.md'] = 'ignored';
      files['test_data_set_3'] = 'a file, not a set folder: ignored';
      await layout(dir, files);
      const sets = await loadEvalData(dir);
      assert.deepEqual(sets.map((s) => s.id), ['test_data_set_0', 'test_data_set_1', 'test_data_set_2', 'test_data_set_10']);
      const last = sets[3]!;
      assert.equal(last.dir, join(dir, 'test_data_set_10'));
      assert.deepEqual(last.inputs.map((t) => [t.name, t.file, [...(t.data as Float32Array)]]), [
        ['x', join(dir, 'test_data_set_10', 'input_0.pb'), [10, 10]],
        ['', join(dir, 'test_data_set_10', 'input_1.pb'), [10]],
      ]);
      assert.deepEqual(last.references.map((t) => t.name), ['y']);
      assert.deepEqual(last.labels, { name: '', elemType: 'int64', dims: [1], data: BigInt64Array.from([1n]), file: join(dir, 'test_data_set_10', 'labels.json') });
    });
  });

  test('reads the numpy layout from the folder itself', async () => {
    await withTempDir(async (dir) => {
      await layout(dir, {
        'input_0.npy': npy('<f4', [2, 4], new Float32Array(8)),
        'input_1.npy': npy('<i8', [2], BigInt64Array.from([3n, 4n])),
        'output_0.npy': npy('<f4', [2, 3], new Float32Array(6)),
        'labels.npy': npy('<i8', [2], BigInt64Array.from([0n, 2n])),
      });
      const [set, ...rest] = await loadEvalData(dir);
      assert.equal(rest.length, 0);
      assert.equal(set!.dir, dir);
      assert.deepEqual(set!.inputs.map((t) => [t.name, t.elemType, t.dims]), [
        ['', 'float32', [2, 4]],
        ['', 'int64', [2]],
      ]);
      assert.deepEqual(set!.references.map((t) => t.dims), [[2, 3]]);
      assert.deepEqual(set!.labels?.data, BigInt64Array.from([0n, 2n]));
    });
  });

  test('reads inputs.npz and outputs.npz, keeping array names', async () => {
    await withTempDir(async (dir) => {
      await layout(dir, {
        'test_data_set_0/inputs.npz': zipSync({ 'features.npy': npy('<f4', [1, 4], new Float32Array(4)), 'mask.npy': npy('|b1', [1, 4], new Uint8Array(4)) }),
        'test_data_set_0/outputs.npz': zipSync({ 'probabilities.npy': npy('<f4', [1, 3], new Float32Array(3)) }),
        'test_data_set_0/labels.pb': pb({ name: 'labels', elemType: 'int64', dims: [1], data: BigInt64Array.from([2n]) }),
      });
      const [set] = await loadEvalData(dir);
      const npzPath = join(dir, 'test_data_set_0', 'inputs.npz');
      assert.deepEqual(set!.inputs.map((t) => [t.name, t.file]), [
        ['features', `${npzPath}[features.npy]`],
        ['mask', `${npzPath}[mask.npy]`],
      ]);
      assert.deepEqual(set!.references.map((t) => t.name), ['probabilities']);
      assert.equal(set!.labels?.name, 'labels');
    });
  });

  test('explains what is wrong with the folder', async () => {
    await withTempDir(async (dir) => {
      await assertRejectsInput(loadEvalData(join(dir, 'nope')), `${join(dir, 'nope')}: eval data directory does not exist`);
      await layout(dir, { 'file.txt': 'x' });
      await assertRejectsInput(loadEvalData(join(dir, 'file.txt')), `${join(dir, 'file.txt')}: eval data path is not a directory`);
      await assertRejectsInput(
        loadEvalData(dir),
        `${dir}: no eval sets found (looked for test_data_set_N/ folders (model zoo layout) and input_N.pb / input_N.npy / inputs.npz files (numpy layout))`,
      );
    });
  });

  test('rejects gaps, mixed formats, several labels files and unreadable tensors', async () => {
    const cases: Array<[Record<string, Uint8Array | string>, (set: string) => string | RegExp]> = [
      [{ 'input_0.pb': pb(f32('a', [1], [1])), 'input_2.pb': pb(f32('b', [1], [1])) },
        (s) => `${s}: input_1.pb is missing (found input_0.pb, input_2.pb); inputs are numbered from 0 without gaps`],
      [{ 'input_0.pb': pb(f32('a', [1], [1])), 'input_1.npy': npy('<f4', [1], new Float32Array(1)) },
        (s) => `${s}: mixes .pb and .npy inputs (input_0.pb, input_1.npy); use one format per set`],
      [{ 'input_0.npy': npy('<f4', [1], new Float32Array(1)), 'inputs.npz': zipSync({}) },
        (s) => `${s}: has both inputs.npz and input_0.npy; use one form`],
      [{ 'input_0.pb': pb(f32('a', [1], [1])), 'labels.json': '[1]', 'labels.npy': npy('<i8', [1], new BigInt64Array(1)) },
        (s) => `${s}: has more than one labels file (labels.json, labels.npy); keep one`],
      [{ 'input_0.pb': new Uint8Array([0x42, 0x90, 0x03, 1, 2]) },
        (s) => `${join(s, 'input_0.pb')}: truncated protobuf (field 8 declares 400 bytes, 2 remain)`],
      [{ 'input_0.pb': pb(f32('a', [1], [1])), 'labels.json': '["cat"]' },
        (s) => `${join(s, 'labels.json')}: labels must be a JSON array of numbers, or of equal-length arrays of numbers (item 0 is a string)`],
      [{ 'input_0.pb': pb(f32('a', [1], [1])), 'input_00.pb': pb(f32('b', [1], [1])) },
        (s) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: both input_0+\\.pb and input_0+\\.pb claim position 0$`)],
    ];
    for (const [files, message] of cases) {
      await withTempDir(async (dir) => {
        const set = join(dir, 'test_data_set_0');
        await layout(set, files);
        await assertRejectsInput(loadEvalData(dir), message(set));
      });
    }
  });

  test('rejects a set folder without inputs and symbolic links', async () => {
    await withTempDir(async (dir) => {
      await layout(dir, { 'test_data_set_0/input_0.pb': pb(f32('a', [1], [1])), 'test_data_set_1/output_0.pb': pb(f32('a', [1], [1])) });
      await assertRejectsInput(loadEvalData(dir), `${join(dir, 'test_data_set_1')}: has no inputs (expected input_0.pb, input_0.npy or inputs.npz)`);
    });
    await withTempDir(async (dir) => {
      await layout(dir, { 'elsewhere/x.pb': pb(f32('a', [1], [1])) });
      await mkdir(join(dir, 'test_data_set_0'));
      await symlink(join(dir, 'elsewhere', 'x.pb'), join(dir, 'test_data_set_0', 'input_0.pb'));
      await assertRejectsInput(loadEvalData(dir), `${join(dir, 'test_data_set_0', 'input_0.pb')}: is a symbolic link; model-gate reads only regular files`);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('bindInputs', () => {
  const input = (name: string, elemType: ValueInfo['elemType'], shape: ValueInfo['shape']): ValueInfo => ({ name, elemType, shape });
  const model = (...inputs: ValueInfo[]): ModelInfo => ({
    irVersion: 8,
    opsetImports: [],
    producerName: '',
    producerVersion: '',
    domain: '',
    modelVersion: 0,
    docString: '',
    graphName: '',
    inputs,
    outputs: [],
    initializerCount: 0,
    initializerBytes: 0,
  });
  const set = (...inputs: Array<Tensor & { file: string }>): EvalSet => ({ id: 'test_data_set_0', dir: 'eval/test_data_set_0', inputs, references: [], labels: null });
  const file = (t: Tensor, path: string): Tensor & { file: string } => ({ ...t, file: path });

  /** What a bound tensor must be: the file's data, under the name of the input it binds to. */
  const assertBound = (bound: Map<string, Tensor>, name: string, from: Tensor & { file: string }) => {
    const t = bound.get(name);
    assert.ok(t, `input "${name}" is bound`);
    assert.equal(t.name, name, 'a bound tensor carries the name of its input, not its own');
    assert.equal(t.data, from.data);
    assert.deepEqual(t.dims, from.dims);
    assert.equal((t as Tensor & { file: string }).file, from.file);
  };

  test('binds by name when names match, else by position', () => {
    const a = file(f32('b', [2, 1], [1, 2]), 'eval/s/input_0.pb');
    const b = file(f32('a', [2, 3], [1, 2, 3, 4, 5, 6]), 'eval/s/input_1.pb');
    const byName = bindInputs(set(a, b), model(input('a', 'float32', ['N', 3]), input('b', 'float32', ['N', 1])), 'm.onnx');
    assert.deepEqual([...byName.keys()], ['a', 'b']);
    assertBound(byName, 'a', b);
    assertBound(byName, 'b', a);

    const x = file(f32('', [2, 3], [1, 2, 3, 4, 5, 6]), 'eval/input_0.npy');
    const y = file(f32('', [2, 1], [1, 2]), 'eval/input_1.npy');
    const byPosition = bindInputs(set(x, y), model(input('a', 'float32', ['N', 3]), input('b', 'float32', ['N', 1])), 'm.onnx');
    assertBound(byPosition, 'a', x);
    assertBound(byPosition, 'b', y);

    // A named match claims its input; the unnamed tensor takes the input left over.
    const named = file(f32('b', [2, 1], [1, 2]), 'eval/s/input_0.pb');
    const unnamed = file(f32('', [2, 3], [1, 2, 3, 4, 5, 6]), 'eval/s/input_1.pb');
    const mixed = bindInputs(set(named, unnamed), model(input('a', 'float32', ['N', 3]), input('b', 'float32', ['N', 1])), 'm.onnx');
    assertBound(mixed, 'a', unnamed);
    assertBound(mixed, 'b', named);

    // A name that is no input's (an exporter's own, e.g. "input.1") binds by position like no name at all.
    const foreign = file(f32('input.1', [2, 3], [1, 2, 3, 4, 5, 6]), 'eval/s/input_0.pb');
    assertBound(bindInputs(set(foreign), model(input('x', 'float32', ['N', 3])), 'm.onnx'), 'x', foreign);
  });

  test('the binding leaves the set as it was read', () => {
    const x = file(f32('', [1, 3], [1, 2, 3]), 'eval/s/input_0.pb');
    bindInputs(set(x), model(input('x', 'float32', [1, 3])), 'm.onnx');
    assert.equal(x.name, '');
  });

  test('accepts anything on unknown dims and unknown rank', () => {
    const t = file(f32('x', [5, 7], new Array(35).fill(0)), 'eval/input_0.pb');
    assertBound(bindInputs(set(t), model(input('x', 'float32', [null, null])), 'm.onnx'), 'x', t);
    assertBound(bindInputs(set(t), model(input('x', 'float32', null)), 'm.onnx'), 'x', t);
  });

  test('names the file, the model and the difference', () => {
    const t = file(f32('x', [50, 5], new Array(250).fill(0)), 'fixtures/eval/test_data_set_0/input_0.pb');
    assertInputError(
      () => bindInputs(set(t), model(input('features', 'float32', ['N', 4])), 'iris.onnx'),
      'fixtures/eval/test_data_set_0/input_0.pb: tensor "x" has shape [50,5] but model iris.onnx input "features" expects [N,4]',
    );
    assertInputError(
      () => bindInputs(set(t), model(input('features', 'float32', ['N', 5, 1])), 'iris.onnx'),
      'fixtures/eval/test_data_set_0/input_0.pb: tensor "x" has shape [50,5] but model iris.onnx input "features" expects [N,5,1]',
    );
    const double = file({ name: '', elemType: 'float64', dims: [50, 4], data: new Float64Array(200) }, 'eval/input_0.npy');
    assertInputError(
      () => bindInputs(set(double), model(input('features', 'float32', ['N', 4])), 'iris.onnx'),
      "eval/input_0.npy: tensor is float64 but model iris.onnx input \"features\" expects float32 (convert with arr.astype('float32'))",
    );
    assertInputError(
      () => bindInputs(set(t, t), model(input('features', 'float32', ['N', 5])), 'iris.onnx'),
      'eval/test_data_set_0: has 2 input tensor(s) (input_0.pb, input_0.pb) but model iris.onnx has 1 input(s) ("features")',
    );
    assertInputError(
      () => bindInputs(set(t), model(input('features', null, null)), 'iris.onnx'),
      'fixtures/eval/test_data_set_0/input_0.pb: model iris.onnx input "features" is not a tensor (sequence, map and optional inputs are not supported)',
    );
  });

  test('requires one size per symbolic dimension', () => {
    const a = file(f32('a', [50, 4], new Array(200).fill(0)), 'eval/input_0.pb');
    const b = file(f32('b', [40, 2], new Array(80).fill(0)), 'eval/input_1.pb');
    assertInputError(
      () => bindInputs(set(a, b), model(input('a', 'float32', ['N', 4]), input('b', 'float32', ['N', 2])), 'm.onnx'),
      'eval/input_1.pb: tensor "b" has shape [40,2] but model m.onnx input "b" expects [N,2] with N = 50 (as in eval/input_0.pb)',
    );
    const square = file(f32('s', [3, 4], new Array(12).fill(0)), 'eval/input_0.pb');
    assertInputError(() => bindInputs(set(square), model(input('s', 'float32', ['K', 'K'])), 'm.onnx'), /expects \[K,K\] with K = 3/);
    const ok = file(f32('b', [50, 2], new Array(100).fill(0)), 'eval/input_1.pb');
    assert.equal(bindInputs(set(a, ok), model(input('a', 'float32', ['N', 4]), input('b', 'float32', ['N', 2])), 'm.onnx').size, 2);
  });
});

describe('pairByNameThenPosition and bindReferences', () => {
  const named = (name: string) => ({ name });

  test('names claim their slot first, the rest fill the free slots in order', () => {
    const pairs = pairByNameThenPosition([named(''), named('c'), named('zz'), named('')], ['a', 'b', 'c']);
    assert.deepEqual([...pairs.keys()], ['a', 'b', 'c']);
    assert.deepEqual([...pairs.values()].map((t) => t.name), ['', 'zz', 'c']);
    // A second tensor with a taken name is a leftover, and leftovers beyond the free slots stay unpaired.
    const dup = pairByNameThenPosition([named('a'), named('a'), named('')], ['a', 'b']);
    assert.deepEqual([...dup].map(([slot, t]) => [slot, t.name]), [['a', 'a'], ['b', 'a']]);
    assert.equal(pairByNameThenPosition([named('')], ['a', 'b']).size, 1);
  });

  const outputs = (...names: string[]): Pick<ModelInfo, 'outputs'> => ({ outputs: names.map((name) => ({ name, elemType: 'float32', shape: null })) });
  const refs = (...references: Array<Tensor & { file: string }>): EvalSet => ({ id: 's', dir: 'eval/s', inputs: [], references, labels: null });

  test('unnamed reference outputs (ONNX test data) bind by position and carry the output name', () => {
    const r0 = { ...f32('', [1], [1]), file: 'eval/s/output_0.pb' };
    const r1 = { ...f32('', [1], [2]), file: 'eval/s/output_1.pb' };
    const bound = bindReferences(refs(r0, r1), outputs('y', 'z'), 'm.onnx');
    assert.deepEqual([...bound].map(([k, t]) => [k, t.name, t.file]), [['y', 'y', r0.file], ['z', 'z', r1.file]]);
    // A named reference claims its output even when it comes first; the unnamed one takes what is left.
    const byName = bindReferences(refs({ ...r0, name: 'z' }, r1), outputs('y', 'z'), 'm.onnx');
    assert.deepEqual([...byName].map(([k, t]) => [k, t.file]), [['y', r1.file], ['z', r0.file]]);
    // Fewer references than outputs: the rest are not compared.
    assert.deepEqual([...bindReferences(refs(r0), outputs('y', 'z'), 'm.onnx').keys()], ['y']);
  });

  test('more reference outputs than the model has outputs is an error naming the folder', () => {
    const r = (k: number) => ({ ...f32('', [1], [k]), file: `eval/s/output_${k}.pb` });
    assertInputError(
      () => bindReferences(refs(r(0), r(1)), outputs('y'), 'm.onnx'),
      'eval/s: has 2 reference output(s) (output_0.pb, output_1.pb) but model m.onnx has 1 output(s) ("y")',
    );
  });
});

// String outputs (StringNormalizer in ONNX's own test data) are scored against string references: exactly, no tolerance.
describe('string outputs against string references', () => {
  const str = (name: string, values: string[]): Tensor => ({ name, elemType: 'string', dims: [values.length], data: values });

  test('match element by element; a mismatch counts as an unbounded error', () => {
    assert.deepEqual(referenceAgreement(str('y', ['monday', 'tuesday']), str('', ['monday', 'tuesday']), 1e-4, 1e-3), { withinShare: 1, maxAbsError: 0, count: 2 });
    assert.deepEqual(referenceAgreement(str('y', ['monday', 'Tuesday']), str('', ['monday', 'tuesday']), 1e-4, 1e-3), { withinShare: 0.5, maxAbsError: Infinity, count: 2 });
    const p = predictionAgreement(str('y', ['a', 'b']), str('y', ['a', 'b']), 0, 0);
    assert.deepEqual([p.withinShare, p.maxAbsError, p.top1Agreement, p.squaredReference], [1, 0, null, 0]);
  });

  test('a string reference for a numeric output, or a different count, names both', () => {
    assertInputError(
      () => referenceAgreement(f32('y', [2], [1, 2]), { ...str('', ['a', 'b']), file: 'eval/s/output_0.pb' } as Tensor, 0, 0),
      'eval/s/output_0.pb: is a string tensor but output "y" is float32',
    );
    assertInputError(() => referenceAgreement(str('y', ['a']), str('r', ['a', 'b']), 0, 0), 'output "r": has 2 values (shape [2]) but output "y" has 1 (shape [1])');
  });
});
