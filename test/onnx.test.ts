import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { InputError } from '../src/errors.js';
import { parseModelInfo, readModelInfo, sniffFormat } from '../src/onnx/model-info.js';
import { decodeTensorProto, encodeTensorProto } from '../src/onnx/tensor-proto.js';
import { WireReader, WireWriter, fieldInt, toBigInt } from '../src/onnx/wire.js';
import type { ReadStats } from '../src/onnx/wire.js';
import type { Tensor } from '../src/types.js';

const { onnx } = onnxProto;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Asserts that `fn` throws an InputError whose message matches. */
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

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-onnx-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Protobuf varint bytes, written independently of WireWriter. */
function varintBytes(value: number): number[] {
  const out: number[] = [];
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
  return out;
}

/** Whether writing past the end of a file leaves a hole, so a 5 GiB test file costs no disk. */
async function supportsSparseFiles(dir: string): Promise<boolean> {
  const probe = join(dir, 'sparse-probe');
  const fh = await open(probe, 'w');
  try {
    await fh.write(Uint8Array.of(1), 0, 1, 64 * 2 ** 20);
    return (await fh.stat()).blocks * 512 < 2 ** 20;
  } finally {
    await fh.close();
    await rm(probe);
  }
}

// ---------------------------------------------------------------------------------------------

describe('wire reader', () => {
  test('decodes varints up to 64 bits, as numbers when safe', () => {
    const values = [0n, 1n, 127n, 128n, 300n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 63n, 2n ** 64n - 1n];
    const w = new WireWriter();
    for (const v of values) w.varint(1, v);
    const fields = [...new WireReader(w.finish(), 'v.pb')];
    assert.deepEqual(
      fields.map((f) => BigInt.asUintN(64, toBigInt(f.lo, f.hi))),
      values,
    );
    assert.equal(fieldInt(fields[6]!, 'v.pb', 'x'), 2 ** 53 - 1);
    assert.throws(() => fieldInt(fields[7]!, 'v.pb', 'x'), /too large/);
  });

  test('decodes negative int64 (ten-byte varints)', () => {
    const bytes = new WireWriter().varint(1, -1).varint(2, -(2 ** 40)).finish();
    assert.equal(bytes.length, 22);
    const [a, b] = [...new WireReader(bytes, 'n.pb')];
    assert.equal(fieldInt(a!, 'n.pb', 'a'), -1);
    assert.equal(fieldInt(b!, 'n.pb', 'b'), -(2 ** 40));
  });

  test('rejects a varint longer than 64 bits', () => {
    const bytes = Uint8Array.from([0x08, ...new Array(10).fill(0xff), 0x01]);
    assertInputError(() => [...new WireReader(bytes, 'long.pb')], 'long.pb: malformed protobuf (varint longer than 64 bits)');
  });

  test('reports a length-delimited field that runs past the end', () => {
    const bytes = Uint8Array.from([0x42, ...varintBytes(400), ...new Array(12).fill(0)]);
    assertInputError(
      () => [...new WireReader(bytes, 'fixtures/eval/test_data_set_0/input_0.pb')],
      'fixtures/eval/test_data_set_0/input_0.pb: truncated protobuf (field 8 declares 400 bytes, 12 remain)',
    );
  });

  test('reports truncated varints and fixed-width fields', () => {
    assertInputError(() => [...new WireReader(Uint8Array.from([0x08, 0x80]), 't.pb')], /t\.pb: truncated protobuf/);
    assertInputError(() => [...new WireReader(Uint8Array.from([0x09, 1, 2, 3]), 't.pb')], 't.pb: truncated protobuf (field 1 needs 8 bytes, 3 remain)');
  });

  test('rejects groups and invalid wire types', () => {
    assertInputError(() => [...new WireReader(Uint8Array.from([0x0b, 0x0c]), 'g.pb')], /g\.pb: unsupported protobuf group \(field 1/);
    assertInputError(() => [...new WireReader(Uint8Array.from([0x0e]), 'w.pb')], /w\.pb: malformed protobuf \(invalid wire type 6/);
    assertInputError(() => [...new WireReader(Uint8Array.from([0x00]), 'z.pb')], /z\.pb: malformed protobuf \(invalid field number/);
  });

  test('skips unknown fields of every wire type and reports absolute payload offsets', () => {
    const inner = new WireWriter().varint(1, 5).string(2, 'hi').finish();
    const w = new WireWriter().varint(20, 7);
    const bytes = Uint8Array.from([
      ...w.finish(),
      0x19, 1, 2, 3, 4, 5, 6, 7, 8, // field 3, fixed64
      0x25, 9, 9, 9, 9, // field 4, fixed32
      0x2a, inner.length, ...inner, // field 5, embedded message
    ]);
    const r = new WireReader(bytes, 'm.pb');
    const fields = [...r];
    assert.deepEqual(fields.map((f) => [f.no, f.wireType]), [[20, 0], [3, 1], [4, 5], [5, 2]]);
    assert.deepEqual([...bytes.subarray(fields[1]!.offset, fields[1]!.offset + 8)], [1, 2, 3, 4, 5, 6, 7, 8]);
    const nested = r.message(fields[3]!, 'inner');
    const [, s] = [...nested];
    // Offsets of nested fields are offsets into the whole buffer, not into the sub-message.
    assert.equal(new TextDecoder().decode(bytes.subarray(s!.offset, s!.offset + s!.length)), 'hi');
    assert.equal(nested.string(s!, 's'), 'hi');
  });

  test('reads packed and unpacked repeated varints alike', () => {
    const packed = new WireWriter().bytes(1, Uint8Array.from([1, 0xac, 0x02, 3])).finish();
    const unpacked = new WireWriter().varint(1, 1).varint(1, 300).varint(1, 3).finish();
    for (const bytes of [packed, unpacked]) {
      const r = new WireReader(bytes, 'p.pb');
      const out: number[] = [];
      for (const f of r) r.varints(f, 'dims', (lo) => out.push(lo));
      assert.deepEqual(out, [1, 300, 3]);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('TensorProto', () => {
  const samples: Tensor[] = [
    { name: 'x', elemType: 'float32', dims: [2, 3], data: Float32Array.from([1, -2.5, 3, 0, Infinity, 1e-20]) },
    { name: 'd', elemType: 'float64', dims: [2], data: Float64Array.from([Math.PI, -0]) },
    { name: 'h', elemType: 'float16', dims: [2], data: Uint16Array.from([0x3c00, 0xc000]) },
    { name: 'b16', elemType: 'bfloat16', dims: [1], data: Uint16Array.from([0x3f80]) },
    { name: 'i8', elemType: 'int8', dims: [3], data: Int8Array.from([-128, 0, 127]) },
    { name: 'u8', elemType: 'uint8', dims: [2], data: Uint8Array.from([0, 255]) },
    { name: 'i16', elemType: 'int16', dims: [2], data: Int16Array.from([-32768, 32767]) },
    { name: 'u16', elemType: 'uint16', dims: [1], data: Uint16Array.from([65535]) },
    { name: 'i32', elemType: 'int32', dims: [2], data: Int32Array.from([-(2 ** 31), 2 ** 31 - 1]) },
    { name: 'u32', elemType: 'uint32', dims: [1], data: Uint32Array.from([2 ** 32 - 1]) },
    { name: 'i64', elemType: 'int64', dims: [3], data: BigInt64Array.from([-(2n ** 63n), -1n, 2n ** 62n]) },
    { name: 'u64', elemType: 'uint64', dims: [1], data: BigUint64Array.from([2n ** 64n - 1n]) },
    { name: 'flag', elemType: 'bool', dims: [2], data: Uint8Array.from([1, 0]) },
    { name: 's', elemType: 'string', dims: [2], data: ['héllo', ''] },
    { name: '', elemType: 'float32', dims: [], data: Float32Array.from([7]) },
    { name: 'empty', elemType: 'int64', dims: [0, 3], data: new BigInt64Array(0) },
  ];

  test('round-trips every supported element type through its own encoder', () => {
    for (const t of samples) assert.deepEqual(decodeTensorProto(encodeTensorProto(t), 't.pb'), t, t.name);
  });

  test('encodes what onnx-proto decodes', () => {
    const t = samples[0]!;
    const decoded = onnx.TensorProto.decode(encodeTensorProto(t));
    assert.deepEqual(decoded.dims.map(Number), [2, 3]);
    assert.equal(decoded.dataType, onnx.TensorProto.DataType.FLOAT);
    assert.equal(decoded.name, 'x');
    assert.deepEqual(new Float32Array(Uint8Array.from(decoded.rawData).buffer), t.data);
    const s = onnx.TensorProto.decode(encodeTensorProto(samples[13]!));
    assert.deepEqual(s.stringData.map((b) => new TextDecoder().decode(b)), ['héllo', '']);
    assert.equal(s.rawData.length, 0);
  });

  test('decodes what onnx-proto encodes, raw_data and every typed field', () => {
    const enc = (p: onnxProto.onnx.ITensorProto): Uint8Array => onnx.TensorProto.encode(onnx.TensorProto.create(p)).finish();
    const DT = onnx.TensorProto.DataType;
    const cases: Array<[onnxProto.onnx.ITensorProto, Tensor]> = [
      [{ name: 'r', dims: [2], dataType: DT.FLOAT, rawData: new Uint8Array(Float32Array.from([1.5, -2]).buffer) },
        { name: 'r', elemType: 'float32', dims: [2], data: Float32Array.from([1.5, -2]) }],
      [{ name: 'f', dims: [2, 2], dataType: DT.FLOAT, floatData: [1, 2, 3, 4.5] },
        { name: 'f', elemType: 'float32', dims: [2, 2], data: Float32Array.from([1, 2, 3, 4.5]) }],
      [{ name: 'd', dims: [2], dataType: DT.DOUBLE, doubleData: [0.1, -1e300] },
        { name: 'd', elemType: 'float64', dims: [2], data: Float64Array.from([0.1, -1e300]) }],
      [{ name: 'i8', dims: [3], dataType: DT.INT8, int32Data: [-5, 0, 100] },
        { name: 'i8', elemType: 'int8', dims: [3], data: Int8Array.from([-5, 0, 100]) }],
      [{ name: 'u8', dims: [2], dataType: DT.UINT8, int32Data: [200, 1] },
        { name: 'u8', elemType: 'uint8', dims: [2], data: Uint8Array.from([200, 1]) }],
      [{ name: 'h', dims: [2], dataType: DT.FLOAT16, int32Data: [0x3c00, 0x7c00] },
        { name: 'h', elemType: 'float16', dims: [2], data: Uint16Array.from([0x3c00, 0x7c00]) }],
      [{ name: 'bf', dims: [1], dataType: DT.BFLOAT16, int32Data: [0xbf80] },
        { name: 'bf', elemType: 'bfloat16', dims: [1], data: Uint16Array.from([0xbf80]) }],
      [{ name: 'b', dims: [3], dataType: DT.BOOL, int32Data: [1, 0, 1] },
        { name: 'b', elemType: 'bool', dims: [3], data: Uint8Array.from([1, 0, 1]) }],
      [{ name: 'i32', dims: [2], dataType: DT.INT32, int32Data: [-(2 ** 31), 7] },
        { name: 'i32', elemType: 'int32', dims: [2], data: Int32Array.from([-(2 ** 31), 7]) }],
      [{ name: 'i64', dims: [2], dataType: DT.INT64, int64Data: [-3, 9007199254740991] },
        { name: 'i64', elemType: 'int64', dims: [2], data: BigInt64Array.from([-3n, 9007199254740991n]) }],
      [{ name: 'u32', dims: [2], dataType: DT.UINT32, uint64Data: [4294967295, 0] },
        { name: 'u32', elemType: 'uint32', dims: [2], data: Uint32Array.from([4294967295, 0]) }],
      [{ name: 'u64', dims: [1], dataType: DT.UINT64, uint64Data: [9007199254740991] },
        { name: 'u64', elemType: 'uint64', dims: [1], data: BigUint64Array.from([9007199254740991n]) }],
      [{ name: 's', dims: [1, 2], dataType: DT.STRING, stringData: [utf8('a'), utf8('βγ')] },
        { name: 's', elemType: 'string', dims: [1, 2], data: ['a', 'βγ'] }],
    ];
    for (const [proto, expected] of cases) assert.deepEqual(decodeTensorProto(enc(proto), 't.pb'), expected, expected.name);
  });

  test('accepts unpacked repeated fields', () => {
    const bytes = new WireWriter().varint(1, 3).varint(2, 7).varint(7, -1).varint(7, 2).varint(7, 2n ** 40n).finish();
    assert.deepEqual(decodeTensorProto(bytes, 'u.pb'), { name: '', elemType: 'int64', dims: [3], data: BigInt64Array.from([-1n, 2n, 2n ** 40n]) });
    // float_data written one fixed32 per element
    const f = Uint8Array.from([0x08, 0x02, 0x10, 0x01, 0x25, 0, 0, 0x80, 0x3f, 0x25, 0, 0, 0, 0x40]);
    assert.deepEqual(decodeTensorProto(f, 'f.pb').data, Float32Array.from([1, 2]));
  });

  test('copies raw_data that sits at an unaligned offset', () => {
    const t: Tensor = { name: 'x', elemType: 'float64', dims: [2], data: Float64Array.from([1.25, -8]) };
    const encoded = encodeTensorProto(t);
    const shifted = new Uint8Array(encoded.length + 3);
    shifted.set(encoded, 3);
    const decoded = decodeTensorProto(shifted.subarray(3), 'x.pb');
    assert.deepEqual(decoded, t);
    assert.equal((decoded.data as Float64Array).byteOffset, 0);
  });

  test('checks the element count against the shape, naming the file', () => {
    const enc = (p: onnxProto.onnx.ITensorProto): Uint8Array => onnx.TensorProto.encode(onnx.TensorProto.create(p)).finish();
    assertInputError(
      () => decodeTensorProto(enc({ name: 'x', dims: [2, 3], dataType: 1, floatData: [1, 2, 3] }), 'a/input_0.pb'),
      'a/input_0.pb: tensor "x" has 3 values in float_data but shape [2,3] needs 6',
    );
    assertInputError(
      () => decodeTensorProto(enc({ name: 'x', dims: [50, 2], dataType: 1, rawData: new Uint8Array(396) }), 'a/input_0.pb'),
      'a/input_0.pb: tensor "x" has 396 bytes of raw_data but shape [50,2] of float32 needs 400',
    );
    assertInputError(() => decodeTensorProto(enc({ name: 'x', dims: [4], dataType: 1 }), 'b.pb'), 'b.pb: tensor "x" has no data (shape [4] needs 4 values)');
    assertInputError(() => decodeTensorProto(enc({ dims: [-1], dataType: 1 }), 'c.pb'), /c\.pb: tensor has invalid dimension -1/);
  });

  test('refuses external data, wrong typed fields and unsupported types', () => {
    const enc = (p: onnxProto.onnx.ITensorProto): Uint8Array => onnx.TensorProto.encode(onnx.TensorProto.create(p)).finish();
    assertInputError(
      () => decodeTensorProto(enc({ name: 'w', dims: [2], dataType: 1, dataLocation: 1, externalData: [{ key: 'location', value: 'w.bin' }] }), 'w.pb'),
      'w.pb: tensor "w" keeps its data in an external file (data_location=EXTERNAL); save it with the data inline',
    );
    assertInputError(
      () => decodeTensorProto(enc({ name: 'h', dims: [1], dataType: 10, floatData: [1] }), 'h.pb'),
      'h.pb: tensor "h" has float_data but element type float16 belongs in int32_data',
    );
    assertInputError(
      () => decodeTensorProto(enc({ name: 'c', dims: [1], dataType: 14, floatData: [1, 2] }), 'c.pb'),
      'c.pb: tensor "c" has element type complex64, which model-gate does not support in eval data',
    );
    assertInputError(() => decodeTensorProto(enc({ name: 'q', dims: [1], dataType: 99, rawData: new Uint8Array(1) }), 'q.pb'), /q\.pb: tensor "q" has unknown element type 99/);
    assertInputError(() => decodeTensorProto(enc({ name: 'n', dims: [1] }), 'n.pb'), 'n.pb: tensor "n" has no data_type');
  });
});

// ---------------------------------------------------------------------------------------------

type ValueInfoInit = onnxProto.onnx.IValueInfoProto;

function tensorValue(name: string, elemType: number, dims?: Array<number | string | null>): ValueInfoInit {
  const shape = dims && { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : typeof d === 'string' ? { dimParam: d } : {})) };
  return { name, type: { tensorType: shape ? { elemType, shape } : { elemType } } };
}

function encodeModel(model: onnxProto.onnx.IModelProto): Uint8Array {
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

const DT = onnx.TensorProto.DataType;

/** A model touching every part of ModelInfo, with initializers in each storage form. */
const richModel: onnxProto.onnx.IModelProto = {
  irVersion: 7,
  producerName: 'model-gate-tests',
  producerVersion: '1.2.3',
  domain: 'ai.example',
  modelVersion: 42,
  docString: 'A small model.',
  opsetImport: [
    { domain: '', version: 17 },
    { domain: 'ai.onnx.ml', version: 3 },
  ],
  metadataProps: [{ key: 'author', value: 'tests' }],
  graph: {
    name: 'main',
    node: [
      {
        opType: 'Constant',
        output: ['c'],
        attribute: [{ name: 'value', type: 4, t: { dims: [1000], dataType: DT.FLOAT, rawData: new Uint8Array(4000) } }],
      },
      { opType: 'Gemm', input: ['features', 'W', 'B'], output: ['probabilities'] },
    ],
    initializer: [
      { name: 'W', dims: [4, 3], dataType: DT.FLOAT, rawData: new Uint8Array(48) }, // 48
      { name: 'B', dims: [3], dataType: DT.FLOAT, floatData: [1, 2, 3] }, // 12
      { name: 'shape', dims: [2], dataType: DT.INT64, int64Data: [-1, 3] }, // 16
      { name: 'half', dims: [2], dataType: DT.FLOAT16, int32Data: [0x3c00, 0x4000] }, // 4
      { name: 'words', dims: [2], dataType: DT.STRING, stringData: [utf8('ab'), utf8('cde')] }, // 5
      { name: 'u', dims: [2], dataType: DT.UINT32, uint64Data: [1, 2] }, // 8
      { name: 'd', dims: [1], dataType: DT.DOUBLE, doubleData: [1.5] }, // 8
    ],
    sparseInitializer: [
      {
        values: { name: 'sp', dims: [2], dataType: DT.FLOAT, floatData: [1, 2] }, // 8
        indices: { dims: [2], dataType: DT.INT64, int64Data: [0, 5] }, // 16
        dims: [10],
      },
    ],
    // IR < 4 style: the initializer W is listed as an input too.
    input: [tensorValue('features', DT.FLOAT, ['N', 4]), tensorValue('W', DT.FLOAT, [4, 3]), tensorValue('mask', DT.BOOL, [null, 2]), tensorValue('any', DT.FLOAT16)],
    output: [
      tensorValue('probabilities', DT.FLOAT, ['N', 3]),
      { name: 'seq', type: { sequenceType: { elemType: { tensorType: { elemType: DT.FLOAT } } } } },
    ],
    valueInfo: [tensorValue('c', DT.FLOAT, [1000])],
  },
};

const richModelInfo = {
  irVersion: 7,
  opsetImports: [
    { domain: '', version: 17 },
    { domain: 'ai.onnx.ml', version: 3 },
  ],
  producerName: 'model-gate-tests',
  producerVersion: '1.2.3',
  domain: 'ai.example',
  modelVersion: 42,
  docString: 'A small model.',
  graphName: 'main',
  inputs: [
    { name: 'features', elemType: 'float32', shape: ['N', 4] },
    { name: 'mask', elemType: 'bool', shape: [null, 2] },
    { name: 'any', elemType: 'float16', shape: null },
  ],
  outputs: [
    { name: 'probabilities', elemType: 'float32', shape: ['N', 3] },
    { name: 'seq', elemType: null, shape: null },
  ],
  initializerCount: 8,
  initializerBytes: 48 + 12 + 16 + 4 + 5 + 8 + 8 + 24,
};

describe('model info', () => {
  test('reads metadata, inputs minus initializers, outputs and initializer sizes', () => {
    assert.deepEqual(parseModelInfo(encodeModel(richModel), 'rich.onnx'), richModelInfo);
  });

  test('reads the same from a file as from memory', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'rich.onnx');
      await writeFile(path, encodeModel(richModel));
      assert.deepEqual(await readModelInfo(path), richModelInfo);
    });
  });

  test('accepts unpacked repeated fields and fields in any order', () => {
    const tensor = new WireWriter().string(8, 'k').varint(7, 5).varint(7, -1).varint(2, DT.INT64).varint(1, 2).finish();
    const output = new WireWriter()
      .bytes(2, new WireWriter().bytes(1, new WireWriter().varint(1, DT.INT64).finish()).finish())
      .string(1, 'out')
      .finish();
    const graph = new WireWriter().bytes(12, output).bytes(5, tensor).string(2, 'g').finish();
    const model = new WireWriter().bytes(7, graph).varint(1, 9).finish();
    const info = parseModelInfo(model, 'u.onnx');
    assert.equal(info.irVersion, 9);
    assert.equal(info.graphName, 'g');
    assert.equal(info.initializerCount, 1);
    assert.equal(info.initializerBytes, 16);
    assert.deepEqual(info.outputs, [{ name: 'out', elemType: 'int64', shape: null }]);
  });

  test('sizes external-data initializers by shape and element size', () => {
    const bytes = encodeModel({
      irVersion: 8,
      graph: {
        initializer: [{ name: 'big', dims: [1000, 10], dataType: DT.FLOAT16, dataLocation: 1, externalData: [{ key: 'location', value: 'w.bin' }] }],
      },
    });
    assert.equal(parseModelInfo(bytes, 'e.onnx').initializerBytes, 20000);
  });

  test('maps element types and rejects unknown ones', () => {
    const withInput = (elemType: number): Uint8Array => encodeModel({ irVersion: 8, graph: { input: [tensorValue('x', elemType, [1])] } });
    assert.equal(parseModelInfo(withInput(16), 'm.onnx').inputs[0]!.elemType, 'bfloat16');
    assert.equal(parseModelInfo(withInput(23), 'm.onnx').inputs[0]!.elemType, 'float4e2m1');
    assert.equal(parseModelInfo(withInput(0), 'm.onnx').inputs[0]!.elemType, 'undefined');
    assertInputError(() => parseModelInfo(withInput(99), 'm.onnx'), 'm.onnx: graph input "x" has unknown element type 99 (not a TensorProto.DataType)');
    assert.equal(parseModelInfo(withInput(24), 'm.onnx').inputs[0]!.elemType, 'float8e8m0');
    assert.equal(parseModelInfo(withInput(26), 'm.onnx').inputs[0]!.elemType, 'int2');
  });

  test('rejects files that are not ONNX models', () => {
    let seed = 12345;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    random[0] = 0xff; // not a ModelProto tag
    assertInputError(() => parseModelInfo(random, 'random.bin'), /^random\.bin: not an ONNX model; (malformed|truncated) protobuf/);
    assertInputError(() => parseModelInfo(new Uint8Array(0), 'empty.onnx'), 'empty.onnx: empty file, not an ONNX model');
    assertInputError(() => parseModelInfo(utf8('hello world, this is text'), 'a.txt'), /^a\.txt: not an ONNX model/);
    assertInputError(() => parseModelInfo(encodeModel({ irVersion: 8, producerName: 'x' }), 'nograph.onnx'), 'nograph.onnx: not an ONNX model (no graph)');
    assertInputError(() => parseModelInfo(encodeModel({ irVersion: 0, graph: { name: 'g' } }), 'ir0.onnx'), 'ir0.onnx: not an ONNX model (ir_version is 0)');
    assertInputError(() => parseModelInfo(encodeModel({ producerName: 'x', graph: { name: 'g' } }), 'noir.onnx'), 'noir.onnx: not an ONNX model (no ir_version)');
    // A TensorProto is valid protobuf, but not a model.
    const tensor = encodeTensorProto({ name: 'x', elemType: 'float32', dims: [2], data: new Float32Array(2) });
    assertInputError(() => parseModelInfo(tensor, 'input_0.pb'), 'input_0.pb: not an ONNX model; malformed protobuf (ModelProto.producer_name, field 2, has wire type varint, expected length-delimited)');
  });

  test('reports truncated models', async () => {
    const bytes = encodeModel(richModel);
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    assertInputError(() => parseModelInfo(cut, 'cut.onnx'), /^cut\.onnx: truncated protobuf \(field 7 declares \d+ bytes, \d+ remain\)$/);
    await withTempDir(async (dir) => {
      const path = join(dir, 'cut.onnx');
      await writeFile(path, cut);
      await assertRejectsInput(readModelInfo(path), /cut\.onnx: truncated protobuf \(field 7 declares/);
    });
  });

  test('refuses pickles, zips and zstd by their first bytes', async () => {
    const pickle = Uint8Array.from([0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0]);
    assert.equal(sniffFormat(pickle), 'pickle');
    assert.equal(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14])), 'zip');
    assert.equal(sniffFormat(Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0])), 'zstd');
    assert.equal(sniffFormat(encodeModel(richModel)), 'onnx-candidate');
    assert.equal(sniffFormat(encodeModel({ graph: { name: 'g' } })), 'onnx-candidate');
    assert.equal(sniffFormat(utf8('hello')), 'unknown');
    assert.equal(sniffFormat(new Uint8Array(0)), 'unknown');
    assertInputError(
      () => parseModelInfo(pickle, 'model.pkl'),
      'model.pkl: looks like a Python pickle / PyTorch checkpoint; model-gate never loads pickle because unpickling runs arbitrary code — export the model to ONNX first',
    );
    await withTempDir(async (dir) => {
      const path = join(dir, 'model.pt');
      await writeFile(path, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
      await assertRejectsInput(readModelInfo(path), /model\.pt: looks like a Python pickle \/ PyTorch checkpoint \(a zip archive/);
      await assertRejectsInput(readModelInfo(join(dir, 'missing.onnx')), /missing\.onnx: model does not exist$/);
      await assertRejectsInput(readModelInfo(dir), /is a directory/);
    });
  });

  test('steps over large initializers instead of reading them', async () => {
    const model = encodeModel({
      irVersion: 8,
      graph: {
        name: 'g',
        initializer: Array.from({ length: 12 }, (_, i) => ({ name: `w${i}`, dims: [100_000], dataType: DT.FLOAT, rawData: new Uint8Array(400_000) })),
        input: [tensorValue('x', DT.FLOAT, ['N', 100_000])],
        output: [tensorValue('y', DT.FLOAT, ['N'])],
      },
    });
    await withTempDir(async (dir) => {
      const path = join(dir, 'wide.onnx');
      await writeFile(path, model);
      const stats: ReadStats = { reads: 0, bytesRead: 0 };
      const info = await readModelInfo(path, stats);
      assert.deepEqual(info, parseModelInfo(model, path));
      assert.equal(info.initializerBytes, 12 * 400_000);
      assert.ok(stats.bytesRead < model.length / 4, `read ${stats.bytesRead} of ${model.length} bytes`);
    });
  });

  test('reads a 5 GiB model (sparse file) without touching its weights', async (t) => {
    // Built by hand: protobufjs cannot encode a 5 GiB message, and the weights are a hole in the file.
    const weightBytes = 5 * 2 ** 30;
    const tensorHead = Uint8Array.from([...new WireWriter().varint(1, weightBytes / 4).varint(2, DT.FLOAT).string(8, 'weights').finish(), 0x4a, ...varintBytes(weightBytes)]);
    const tensorLength = tensorHead.length + weightBytes;
    const graphHead = Uint8Array.from([...new WireWriter().string(2, 'huge').finish(), 0x2a, ...varintBytes(tensorLength), ...tensorHead]);
    const io = new WireWriter()
      .bytes(11, onnx.ValueInfoProto.encode(onnx.ValueInfoProto.create(tensorValue('x', DT.FLOAT, ['N', 8]))).finish())
      .bytes(12, onnx.ValueInfoProto.encode(onnx.ValueInfoProto.create(tensorValue('y', DT.FLOAT, ['N', 2]))).finish())
      .finish();
    const graphLength = graphHead.length + weightBytes + io.length;
    const head = Uint8Array.from([...new WireWriter().varint(1, 8).finish(), 0x3a, ...varintBytes(graphLength), ...graphHead]);
    await withTempDir(async (dir) => {
      if (!(await supportsSparseFiles(dir))) return t.skip('the temp filesystem has no sparse files');
      const path = join(dir, 'huge.onnx');
      const fh = await open(path, 'w');
      try {
        await fh.write(head, 0, head.length, 0);
        await fh.write(io, 0, io.length, head.length + weightBytes);
      } finally {
        await fh.close();
      }
      const stats: ReadStats = { reads: 0, bytesRead: 0 };
      const info = await readModelInfo(path, stats);
      assert.equal(info.graphName, 'huge');
      assert.equal(info.initializerCount, 1);
      assert.equal(info.initializerBytes, weightBytes);
      assert.deepEqual(info.inputs, [{ name: 'x', elemType: 'float32', shape: ['N', 8] }]);
      assert.deepEqual(info.outputs, [{ name: 'y', elemType: 'float32', shape: ['N', 2] }]);
      assert.ok(stats.bytesRead < 256 * 1024, `read ${stats.bytesRead} bytes in ${stats.reads} reads`);
    });
  });
});
