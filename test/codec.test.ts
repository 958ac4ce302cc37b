// The onnx-planes codec: where it finds float payloads, the documented bit layout, exact round trips through one or
// many blocks and worker threads, determinism, the auto choice, and manifests old and new.
import assert from 'node:assert/strict';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import onnxProto from 'onnx-proto';
import { loadZstd } from '../src/pack/zstd/binding.js';
import { cutBlocks, piecesBytes, tileSegments } from '../src/pack/codecs/onnx-planes/container.js';
import { codecKernel } from '../src/pack/codecs/onnx-planes/kernel.js';
import { readManifest } from '../src/pack/format/manifest.js';
import { packModels } from '../src/pack/pack.js';
import { planesWasm } from '../src/pack/codecs/onnx-planes/simd.js';
import { mapTensors } from '../src/onnx/tensors.js';
import { unpack } from '../src/pack/unpack.js';
import { decompressToBuffer } from '../src/pack/codecs/registry.js';
import { everyPlaceModel, noise, sha256, smallSynthetic, writeEveryPlaceModel } from './codec-support.js';
import { BASELINE_MODEL, FIXTURES, run, scratch } from './helpers.js';

const kernel = codecKernel(loadZstd(), planesWasm());
const LAYOUT = { pass: 0, f32: 1, f16: 2, bf16: 3, f64: 4 } as const;
const ELEMENT = [1, 4, 2, 2, 8];

/** Encodes then decodes one block made of `pieces`; returns the decoded bytes. */
function roundTrip(raw: Uint8Array, pieces: number[], level = 3): Uint8Array {
  const block = kernel.encodeBlock(raw, pieces, level);
  const view = new DataView(block.buffer, block.byteOffset);
  const streams = kernel.streamSizes(pieces).filter((n) => n > 0).length;
  const packed = Array.from({ length: streams }, (_, i) => view.getUint32(4 + 4 * i, true));
  const out = new Uint8Array(raw.length);
  kernel.decodeBlock(block.subarray(8 + 4 * streams), pieces, packed, out, 'test block');
  return out;
}

describe('the plane kernel', () => {
  test('puts exponent and top mantissa bits in plane 0, the rest of the high half and the sign in plane 1', () => {
    // -1.5f = 0xbfc00000: sign 1, exponent 127 (0b0111_1111), mantissa 0b100…
    const raw = new Uint8Array(new Float32Array(Array(64).fill(-1.5)).buffer);
    const block = kernel.encodeBlock(raw, [LAYOUT.f32, raw.length], 1);
    const view = new DataView(block.buffer, block.byteOffset);
    const plane = (k: number) => {
      let at = 8 + 4 * 4;
      for (let i = 0; i < k; i++) at += view.getUint32(4 + 4 * i, true);
      const frame = block.subarray(at, at + view.getUint32(4 + 4 * k, true));
      const out = new Uint8Array(64);
      kernel.decodeFrame(frame, out, 'plane');
      return out[0];
    };
    assert.equal(plane(0), 0b11111_100); // exponent's low 5 bits, then m22..m20
    assert.equal(plane(1), 0b011_0000_1); // exponent's high 3 bits, m19..m16, sign
    assert.equal(plane(2), 0);
    assert.equal(plane(3), 0);
  });

  for (const [name, layout] of Object.entries(LAYOUT)) {
    test(`${name}: any bit pattern, any count, any offset survives split and merge`, () => {
      for (const count of [1, 15, 16, 17, 1000, 4099]) {
        const lead = 3; // pass-through bytes first, so the run starts at an unaligned offset
        const raw = noise(lead + count * ELEMENT[layout]! + 5, count);
        const pieces = [LAYOUT.pass, lead, layout, count * ELEMENT[layout]!, LAYOUT.pass, 5];
        assert.deepEqual(roundTrip(raw, pieces), raw, `${count} elements`);
      }
    });
  }

  test('special values (NaN payloads, infinities, subnormals, signed zeros) are restored bit for bit', () => {
    const words = new Uint32Array([0x7fc00001, 0xffc12345, 0x7f800000, 0xff800000, 0x00000001, 0x807fffff, 0, 0x80000000, 0x7f7fffff]);
    const raw = new Uint8Array(words.buffer);
    assert.deepEqual(roundTrip(raw, [LAYOUT.f32, raw.length]), raw);
    const halves = new Uint16Array([0x7e01, 0xfc00, 0x0001, 0x8000, 0x7bff, 0xffff]);
    const raw16 = new Uint8Array(halves.buffer);
    assert.deepEqual(roundTrip(raw16, [LAYOUT.f16, raw16.length]), raw16);
    assert.deepEqual(roundTrip(raw16, [LAYOUT.bf16, raw16.length]), raw16);
  });

  test('blocks cut float runs only between elements', () => {
    const blocks = cutBlocks(tileSegments([{ offset: 5, length: 4 * 1000, layout: 'f32' }], 4100), 1001);
    for (const pieces of blocks) {
      assert.ok(piecesBytes(pieces) <= 1001);
      for (let i = 0; i < pieces.length; i += 2) assert.equal(pieces[i + 1]! % ELEMENT[pieces[i]!]!, 0);
    }
    assert.equal(blocks.reduce((n, p) => n + piecesBytes(p), 0), 4100);
  });
});

describe('finding float payloads', () => {
  test('initializers, Constant attributes, subgraphs, sparse values and packed float_data, each at its exact offset', async () => {
    const dir = await scratch();
    const path = await writeEveryPlaceModel(dir);
    const bytes = await readFile(path);
    const { runs } = await mapTensors(path);
    for (const p of everyPlaceModel().payloads) {
      const run = runs.find((r) => r.length === p.data.length && Buffer.from(bytes.subarray(r.offset, r.offset + r.length)).equals(p.data));
      assert.ok(run, `${p.what} found`);
      assert.equal(run.layout, p.layout, p.what);
    }
    // int64 ids and sparse indices stay in the pass-through stream, and so does a 12-byte tensor.
    assert.equal(runs.length, everyPlaceModel().payloads.length);
  });
});

describe('onnx-planes packs', () => {
  test('restore every kind of model byte for byte, through many blocks and worker threads', async () => {
    const dir = await scratch();
    const models = [
      await writeEveryPlaceModel(dir),
      await smallSynthetic(dir, 'fp32', 'float32', 2000),
      await smallSynthetic(dir, 'fp16', 'float16', 2000),
      await smallSynthetic(dir, 'bf16', 'bfloat16', 2000),
    ];
    // 4 KiB blocks: the 64–128 KB models span enough blocks (≥ 12) to be coded on worker threads.
    const manifest = await packModels({ models, outDir: join(dir, 'pack'), level: 3, threads: 2, codec: 'onnx-planes', blockSize: 4 << 10 });
    for (const m of manifest.models) assert.equal(m.codec, 'onnx-planes');
    const restored = await unpack(join(dir, 'pack'), join(dir, 'out'));
    for (const [i, path] of restored.entries()) assert.deepEqual(await readFile(path), await readFile(models[i]!), path);
    for (const m of manifest.models) {
      const bytes = await decompressToBuffer(join(dir, 'pack', m.file), { raw: m.raw, packed: m.packed, codec: m.codec });
      assert.equal(sha256(bytes), m.raw.sha256);
    }
  });

  test('restore through a few blocks coded on the main thread (too few to start workers for)', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'few', 'bfloat16', 1100);
    await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 2, codec: 'onnx-planes', blockSize: 16 << 10 });
    const [restored] = await unpack(join(dir, 'pack'), join(dir, 'out'));
    assert.deepEqual(await readFile(restored!), await readFile(model));
  });

  test('are the same bytes whatever the thread count', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'fp32', 'float32', 3000);
    for (const threads of [1, 2, 3]) await packModels({ models: [model], outDir: join(dir, `t${threads}`), level: 3, threads, codec: 'onnx-planes', blockSize: 10 << 10 });
    const first = await readFile(join(dir, 't1', 'fp32.onnx.planes'));
    for (const threads of [2, 3]) assert.deepEqual(await readFile(join(dir, `t${threads}`, 'fp32.onnx.planes')), first);
  });

  test('shrink float weights well below plain zstd', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'fp32', 'float32', 16000);
    const m = (await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 2 })).models[0]!;
    assert.equal(m.codec, 'onnx-planes');
    assert.ok(m.auto && m.auto.estimated === false);
    assert.ok(m.auto['onnx-planes']! < 0.9 * m.auto.zstd!, JSON.stringify(m.auto));
    assert.ok(m.packed.bytes / m.raw.bytes < 0.85, `ratio ${m.packed.bytes / m.raw.bytes}`);
  });
});

describe('codec choice and manifests', () => {
  test('auto records both sizes and keeps the smaller', async () => {
    const dir = await scratch();
    const m = (await packModels({ models: [BASELINE_MODEL], outDir: join(dir, 'pack'), level: 3, threads: 1 })).models[0]!;
    assert.ok(m.auto && m.auto.zstd !== null && m.auto['onnx-planes'] !== null, 'both tried');
    assert.equal(m.codec, m.auto['onnx-planes']! < m.auto.zstd! ? 'onnx-planes' : 'zstd');
    assert.equal(m.packed.bytes, Math.min(m.auto.zstd!, m.auto['onnx-planes']!));
    assert.equal((await readManifest(join(dir, 'pack'))).schemaVersion, 3);
  });

  test('auto takes plain zstd without a trial for a model with no float payload', async () => {
    const dir = await scratch();
    const model = join(dir, 'ints.onnx');
    const { onnx } = onnxProto;
    const ids = { name: 'ids', dataType: onnx.TensorProto.DataType.INT64, dims: [512], rawData: noise(4096) };
    await writeFile(model, onnx.ModelProto.encode(onnx.ModelProto.create({ irVersion: 8, opsetImport: [{ version: 17 }], graph: { name: 'g', initializer: [ids] } })).finish());
    const m = (await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 1 })).models[0]!;
    assert.equal(m.codec, 'zstd');
    assert.deepEqual(m.auto, { zstd: m.packed.bytes, 'onnx-planes': null, estimated: false });
  });

  test('codec zstd stays one plain frame that the zstd CLI restores', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'fp32', 'float32', 500);
    const m = (await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 2, codec: 'zstd' })).models[0]!;
    assert.equal(m.file, 'fp32.onnx.zst');
    const r = await run('zstd', ['-d', '-q', join(dir, 'pack', m.file), '-o', join(dir, 'cli.onnx')]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await readFile(join(dir, 'cli.onnx')), await readFile(model));
  });

  test('a version 1 manifest (from an older model-gate) still unpacks', async () => {
    const dir = await scratch();
    for (const f of await readdir(join(FIXTURES, 'baseline'))) await copyFile(join(FIXTURES, 'baseline', f), join(dir, f));
    assert.equal((await readManifest(dir)).schemaVersion, 1);
    const [restored] = await unpack(dir, join(dir, 'out'));
    assert.equal(sha256(await readFile(restored!)), (await readManifest(dir)).models[0]!.raw.sha256);
  });

  test('a version 1 manifest may not name the new codec', async () => {
    const dir = await scratch();
    for (const f of await readdir(join(FIXTURES, 'baseline'))) await copyFile(join(FIXTURES, 'baseline', f), join(dir, f));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.models[0].codec = 'onnx-planes';
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await assert.rejects(readManifest(dir), /codec "onnx-planes" is not supported \(expected zstd\)/);
  });
});
