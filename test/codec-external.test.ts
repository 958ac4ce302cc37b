// Models with ONNX external data: packed and restored together, loaded by path, and every reference validated before
// anything is read, on the way in (pack) and on the way out (a pack is hostile until verified).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { link, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as ort from 'onnxruntime-node';
import onnxProto from 'onnx-proto';
import { InputError } from '../src/errors.js';
import { packedModels, readManifest } from '../src/pack/format/manifest.js';
import { packModels } from '../src/pack/pack.js';
import { loadPackedModel } from '../src/pack/format/restore.js';
import { unpack } from '../src/pack/unpack.js';
import { smallSynthetic, weights32 } from './codec-support.js';
import { scratch } from './helpers.js';
import { onnxruntimeVersion } from '../src/onnx/runtime.js';

// model-gate's runtime loads first: it settles how onnxruntime-common holds float16 data (src/onnx/runtime.ts) before
// this file makes a tensor of its own.
onnxruntimeVersion();

const { onnx } = onnxProto;
const ROWS = 3000;

async function runModel(source: string | Uint8Array): Promise<Float32Array> {
  const session = typeof source === 'string' ? await ort.InferenceSession.create(source) : await ort.InferenceSession.create(source);
  const x = new ort.Tensor('float32', Float32Array.from({ length: ROWS }, (_, i) => (i % 7) / 7), [1, ROWS]);
  const out = await session.run({ X: x });
  await session.release();
  return out.Y!.data as Float32Array;
}

/** A model with one float tensor whose data is external, described by `entries` (location, offset, length). */
async function externalModel(dir: string, entries: Record<string, string>, dims = [256]): Promise<string> {
  const tensor = {
    name: 'w',
    dataType: onnx.TensorProto.DataType.FLOAT,
    dims,
    dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
    externalData: Object.entries(entries).map(([key, value]) => ({ key, value })),
  };
  const path = join(dir, 'm.onnx');
  await writeFile(path, onnx.ModelProto.encode(onnx.ModelProto.create({ irVersion: 8, opsetImport: [{ version: 17 }], graph: { name: 'g', initializer: [tensor] } })).finish());
  return path;
}

/** A model whose data file w.bin is made by `linker` from a real file. */
async function linkedData(dir: string, linker: (from: string, to: string) => Promise<void>): Promise<string> {
  await writeFile(join(dir, 'real.bin'), weights32(256));
  await linker(join(dir, 'real.bin'), join(dir, 'w.bin'));
  return externalModel(dir, { location: 'w.bin' });
}

async function packRefused(models: string[], message: RegExp, outDir: string) {
  await assert.rejects(packModels({ models, outDir, level: 3, threads: 1 }), (e: Error) => {
    assert.ok(e instanceof InputError, String(e));
    assert.match(e.message, message);
    return true;
  });
  assert.deepEqual(await readdir(outDir).catch(() => []), [], 'nothing written');
}

describe('models with external data', () => {
  test('pack and unpack the model and its data file together, byte for byte', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'big', 'float32', ROWS, 'big.weights');
    const m = (await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 2, blockSize: 8 << 10 })).models[0]!;
    assert.equal(m.externalData?.length, 1);
    const data = m.externalData![0]!;
    assert.equal(data.location, 'big.weights');
    assert.equal(data.codec, 'onnx-planes');
    assert.equal(data.file, 'big.big.weights.planes');
    assert.equal(data.raw.bytes, ROWS * 16 * 4);
    const [restored] = await unpack(join(dir, 'pack'), join(dir, 'out'));
    assert.deepEqual(await readFile(restored!), await readFile(model));
    assert.deepEqual(await readFile(join(dir, 'out', 'big.weights')), await readFile(join(dir, 'big.weights')));
  });

  test('load restores them to a folder, onnxruntime loads the model by path, and the folder goes afterwards', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'big', 'float32', ROWS, 'big.weights');
    const manifest = await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 2 });
    const loadable = await loadPackedModel(packedModels(join(dir, 'pack'), manifest)[0]!, dir);
    assert.equal(typeof loadable.source, 'string');
    assert.deepEqual(await runModel(loadable.source), await runModel(model));
    await loadable.dispose();
    await assert.rejects(stat(loadable.source as string));
  });

  test('a model without external data loads from memory', async () => {
    const dir = await scratch();
    const model = await smallSynthetic(dir, 'small', 'float32', ROWS);
    const manifest = await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 1 });
    const loadable = await loadPackedModel(packedModels(join(dir, 'pack'), manifest)[0]!);
    assert.ok(loadable.source instanceof Uint8Array);
    assert.deepEqual(await runModel(loadable.source), await runModel(model));
  });
});

describe('pack validates external data before reading it', () => {
  const cases: Array<[string, (dir: string) => Promise<string>, RegExp]> = [
    ['a location that climbs out of the folder', (dir) => externalModel(dir, { location: '../w.bin' }), /"\.\.\/w\.bin", which is not a bare file name in the model's folder/],
    ['an absolute location', (dir) => externalModel(dir, { location: '/etc/passwd' }), /"\/etc\/passwd", which is not a bare file name/],
    ['a missing data file', (dir) => externalModel(dir, { location: 'gone.bin' }), /"gone\.bin", which does not exist/],
    ['a symlinked data file', (dir) => linkedData(dir, (from, to) => symlink(from, to)), /"w\.bin", which is a symbolic link/],
    ['a hard-linked data file', (dir) => linkedData(dir, link), /"w\.bin", which is a hard link/],
    [
      'a FIFO as the data file (it would block a reader forever)',
      async (dir) => {
        execFileSync('mkfifo', [join(dir, 'w.bin')]);
        return externalModel(dir, { location: 'w.bin' });
      },
      /"w\.bin", which is not a regular file/,
    ],
    [
      'a range past the end of the file',
      async (dir) => {
        await writeFile(join(dir, 'w.bin'), weights32(256));
        return externalModel(dir, { location: 'w.bin', offset: '16', length: '1024' });
      },
      /at offset 16, length 1024: past the end of the 1024-byte file/,
    ],
    [
      'a length that does not match the shape',
      async (dir) => {
        await writeFile(join(dir, 'w.bin'), weights32(256));
        return externalModel(dir, { location: 'w.bin', length: '512' });
      },
      /with length 512, but its shape \[256\] and type need 1024 bytes/,
    ],
    ['a location naming the model itself', (dir) => externalModel(dir, { location: 'm.onnx' }), /"m\.onnx", which is the model file itself/],
    [
      'an offset that is not a number',
      async (dir) => {
        await writeFile(join(dir, 'w.bin'), weights32(256));
        return externalModel(dir, { location: 'w.bin', offset: '-4' });
      },
      /"offset" is "-4", not a byte count/,
    ],
  ];
  for (const [what, make, message] of cases) {
    test(what, async () => {
      const dir = await scratch();
      await packRefused([await make(dir)], message, join(dir, 'out'));
    });
  }

  test('two models of one pack restoring files of the same name', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    const a = await smallSynthetic(join(dir, 'a'), 'one', 'float32', 100, 'weights.bin');
    const b = await smallSynthetic(join(dir, 'b'), 'two', 'float32', 100, 'weights.bin');
    await packRefused([a, b], /restores a file named "weights\.bin", as .*one\.onnx does/, join(dir, 'out'));
  });
});

describe('a hostile pack cannot smuggle paths', () => {
  async function packWithData(dir: string) {
    const model = await smallSynthetic(dir, 'big', 'float32', 500, 'big.weights');
    await packModels({ models: [model], outDir: join(dir, 'pack'), level: 3, threads: 1 });
    const path = join(dir, 'pack', 'manifest.json');
    return { path, manifest: JSON.parse(await readFile(path, 'utf8')) };
  }

  for (const [what, location] of [['traversal', '../../evil'], ['an absolute path', '/tmp/evil'], ['a Windows path', 'C:\\evil']] as const) {
    test(`an external data location with ${what}`, async () => {
      const dir = await scratch();
      const { path, manifest } = await packWithData(dir);
      manifest.models[0].externalData[0].location = location;
      await writeFile(path, JSON.stringify(manifest));
      await assert.rejects(readManifest(join(dir, 'pack')), /externalData\[0\]\.location must be a bare file name/);
    });
  }

  test('a model name with a path in it', async () => {
    const dir = await scratch();
    const { path, manifest } = await packWithData(dir);
    manifest.models[0].name = '../big';
    await writeFile(path, JSON.stringify(manifest));
    await assert.rejects(readManifest(join(dir, 'pack')), /models\[0\]\.name must be a plain file name/);
  });

  test('a data file restored under the name of the model', async () => {
    const dir = await scratch();
    const { path, manifest } = await packWithData(dir);
    manifest.models[0].externalData[0].location = 'big.onnx';
    await writeFile(path, JSON.stringify(manifest));
    await assert.rejects(readManifest(join(dir, 'pack')), /restored file "big\.onnx" appears twice/);
  });

  test('a model that references data its pack does not hold is not loaded', async () => {
    const dir = await scratch();
    const { path, manifest } = await packWithData(dir);
    delete manifest.models[0].externalData;
    await writeFile(path, JSON.stringify(manifest));
    const model = packedModels(join(dir, 'pack'), await readManifest(join(dir, 'pack')))[0]!;
    await assert.rejects(loadPackedModel(model, dir), /references external data files that its pack does not hold/);
  });

  test('a tampered data file is refused like any packed file', async () => {
    const dir = await scratch();
    const { manifest } = await packWithData(dir);
    const file = join(dir, 'pack', manifest.models[0].externalData[0].file);
    const bytes = await readFile(file);
    bytes[bytes.length - 3]! ^= 0x20;
    await writeFile(file, bytes);
    await assert.rejects(unpack(join(dir, 'pack'), join(dir, 'out')), new RegExp(`${manifest.models[0].externalData[0].file}: `));
    assert.deepEqual(await readdir(join(dir, 'out')), []);
  });
});
