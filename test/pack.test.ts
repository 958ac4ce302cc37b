import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { InputError } from '../src/errors.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { manifestJsonSchema, readManifest } from '../src/pack/format/manifest.js';
import { packModels } from '../src/pack/pack.js';
import { unpack } from '../src/pack/unpack.js';
import { BASELINE_MODEL, candidate, FIXTURES, run, scratch } from './helpers.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** A manifest's `onnx` facts for a hand-written manifest (the schema requires every one). */
const ONNX_FACTS = { irVersion: 8, opsetImports: [], producerName: '', producerVersion: '', domain: '', modelVersion: 0, inputs: [], outputs: [] };

/** These tests are about the plain zstd codec; test/codec*.test.ts cover onnx-planes and the auto choice. */
async function packBaseline(dir: string, threads = 2) {
  return packModels({ models: [BASELINE_MODEL], outDir: dir, level: 3, threads, codec: 'zstd' });
}

describe('pack', () => {
  test('writes one checksummed zstd frame that the stock zstd CLI restores byte for byte', async () => {
    const dir = await scratch();
    const manifest = await packBaseline(join(dir, 'pack'));
    const m = manifest.models[0]!;
    const original = await readFile(BASELINE_MODEL);
    const restored = join(dir, 'restored.onnx');
    const r = await run('zstd', ['-d', '-q', '--check', join(dir, 'pack', m.file), '-o', restored]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await readFile(restored), original);
    // `zstd -l -v` shows the frame carries its content size and a checksum.
    const info = await run('zstd', ['-l', '-v', join(dir, 'pack', m.file)]);
    assert.match(info.stdout, /Check: XXH64/);
    assert.match(info.stdout, new RegExp(`Decompressed Size: .*\\(${original.length} B\\)`));
  });

  test('the manifest records digests, sizes and the ONNX signature read from the protobuf', async () => {
    const dir = await scratch();
    await packBaseline(dir);
    const manifest = await readManifest(dir);
    const m = manifest.models[0]!;
    const original = await readFile(BASELINE_MODEL);
    const packed = await readFile(join(dir, m.file));
    assert.equal(manifest.schema, 'model-gate/manifest');
    assert.equal(manifest.schemaVersion, 3);
    assert.equal(m.name, 'iris');
    assert.equal(m.file, 'iris.onnx.zst');
    assert.deepEqual(m.raw, { bytes: original.length, sha256: sha256(original) });
    // Schema version 3: the packed file's size only (its frames carry checksums; the raw sha256 proves the content).
    assert.deepEqual(m.packed, { bytes: packed.length });
    assert.equal(m.codec, 'zstd');
    assert.equal(m.level, 3);
    assert.equal(m.onnx.irVersion, 8);
    assert.deepEqual(m.onnx.opsetImports, [{ domain: '', version: 17 }]);
    assert.equal(m.onnx.producerName, 'model-gate-fixtures');
    assert.deepEqual(m.onnx.inputs, [{ name: 'features', elemType: 'float32', shape: ['N', 4] }]);
    assert.deepEqual(m.onnx.outputs, [{ name: 'probabilities', elemType: 'float32', shape: ['N', 3] }]);
  });

  test('is deterministic: same bytes for the same input, whatever the worker count', async () => {
    const dir = await scratch();
    await packModels({ models: [candidate('larger')], outDir: join(dir, 'a'), level: 5, threads: 1, codec: 'zstd' });
    await packModels({ models: [candidate('larger')], outDir: join(dir, 'b'), level: 5, threads: 2, codec: 'zstd' });
    assert.deepEqual(await readFile(join(dir, 'a', 'iris.onnx.zst')), await readFile(join(dir, 'b', 'iris.onnx.zst')));
    assert.deepEqual(await readFile(join(dir, 'a', 'manifest.json')), await readFile(join(dir, 'b', 'manifest.json')));
  });

  test('unpack restores the original bytes from a folder or a single file', async () => {
    const dir = await scratch();
    await packBaseline(join(dir, 'pack'));
    const original = await readFile(BASELINE_MODEL);
    const [fromDir] = await unpack(join(dir, 'pack'), join(dir, 'out1'));
    assert.deepEqual(await readFile(fromDir!), original);
    const [fromFile] = await unpack(join(dir, 'pack', 'iris.onnx.zst'), join(dir, 'out2'));
    assert.deepEqual(await readFile(fromFile!), original);
  });
});

describe('pack refuses bad input with one clear message and writes nothing', () => {
  const cases: Array<[string, (dir: string) => Promise<string>, RegExp]> = [
    ['a missing file', async (dir) => join(dir, 'missing.onnx'), /missing\.onnx: model does not exist/],
    [
      'random bytes',
      async (dir) => {
        const p = join(dir, 'random.onnx');
        await writeFile(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
        return p;
      },
      /random\.onnx: /,
    ],
    [
      'a truncated protobuf',
      async (dir) => {
        const p = join(dir, 'truncated.onnx');
        await writeFile(p, (await readFile(BASELINE_MODEL)).subarray(0, 600));
        return p;
      },
      /truncated\.onnx: .*truncat/i,
    ],
    [
      'a pickle',
      async (dir) => {
        const p = join(dir, 'model.pkl');
        await writeFile(p, Buffer.from([0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x2e]));
        return p;
      },
      /model\.pkl: looks like a Python pickle.*runs arbitrary code/,
    ],
    [
      'a PyTorch .pt (zip of pickles)',
      async (dir) => {
        const p = join(dir, 'model.pt');
        await writeFile(p, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)]));
        return p;
      },
      /model\.pt: looks like a Python pickle/,
    ],
    [
      'a symlink',
      async (dir) => {
        const p = join(dir, 'link.onnx');
        await symlink(BASELINE_MODEL, p);
        return p;
      },
      /link\.onnx: model is a symbolic link/,
    ],
  ];
  for (const [what, make, message] of cases) {
    test(what, async () => {
      const dir = await scratch();
      const model = await make(dir);
      const out = join(dir, 'out');
      await assert.rejects(packModels({ models: [model], outDir: out, level: 3, threads: 1 }), (e: Error) => {
        assert.ok(e instanceof InputError, `expected InputError, got ${e}`);
        assert.match(e.message, message);
        return true;
      });
      const left = await readdir(out).catch(() => []);
      assert.deepEqual(left, [], 'nothing may be left in the output folder');
    });
  }

  test('two models with the same name', async () => {
    const dir = await scratch();
    await assert.rejects(packModels({ models: [BASELINE_MODEL, candidate('slower')], outDir: join(dir, 'out'), level: 3, threads: 1 }), /name "iris"/);
  });
});

describe('unpack treats a pack as hostile until verified', () => {
  async function tampered(edit: (packed: Buffer, manifest: Record<string, any>) => Buffer | void) {
    const dir = await scratch();
    const pack = join(dir, 'pack');
    await packModels({ models: [candidate('larger')], outDir: pack, level: 3, threads: 1, codec: 'zstd' });
    const packedPath = join(pack, 'iris.onnx.zst');
    const manifestPath = join(pack, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    const packed = await readFile(packedPath);
    const changed = edit(packed, manifest) ?? packed;
    await writeFile(packedPath, changed);
    await writeFile(manifestPath, JSON.stringify(manifest));
    const out = join(dir, 'out');
    await mkdir(out);
    return { pack, out };
  }
  const cases: Array<[string, (p: Buffer, m: Record<string, any>) => Buffer | void, RegExp]> = [
    ['a flipped bit', (p) => void (p[Math.floor(p.length / 2)]! ^= 0x10), /iris\.onnx\.zst: /],
    ['a truncated frame', (p) => p.subarray(0, p.length - 100), /iris\.onnx\.zst: is \d+ bytes but the manifest says/],
    [
      'a truncated frame with a matching manifest',
      (p, m) => {
        const cut = p.subarray(0, p.length - 100);
        m.models[0].packed = { bytes: cut.length, sha256: sha256(cut) };
        return cut;
      },
      /truncated|not a valid zstd frame/,
    ],
    [
      'trailing garbage',
      (p, m) => {
        const longer = Buffer.concat([p, Buffer.from('garbage')]);
        m.models[0].packed = { bytes: longer.length, sha256: sha256(longer) };
        return longer;
      },
      /data after the end of the zstd frame/,
    ],
    ['a manifest whose sha256 does not match', (_p, m) => void (m.models[0].raw.sha256 = 'ab'.repeat(32)), /decompressed content has sha256 .* the manifest says abab/],
    ['a manifest lying about the size', (_p, m) => void (m.models[0].raw.bytes -= 1), /declaring \d+ bytes but the manifest says/],
  ];
  for (const [what, edit, message] of cases) {
    test(what, async () => {
      const { pack, out } = await tampered(edit);
      await assert.rejects(unpack(pack, out), (e: Error) => {
        assert.ok(e instanceof InputError, String(e));
        assert.match(e.message, message);
        return true;
      });
      assert.deepEqual(await readdir(out), [], 'no file, not even a temporary one, may remain');
    });
  }

  test('a zstd bomb: a frame far larger than the manifest declares stops at the cap', async () => {
    const dir = await scratch();
    const bomb = join(dir, 'bomb.onnx');
    await writeFile(bomb, Buffer.alloc(64 << 20));
    const pack = join(dir, 'pack');
    await mkdir(pack);
    const r = await run('zstd', ['-q', '-19', '--no-content-size', bomb, '-o', join(pack, 'iris.onnx.zst')]);
    assert.equal(r.code, 0, r.stderr);
    const packed = await readFile(join(pack, 'iris.onnx.zst'));
    await copyFile(BASELINE_MODEL, join(dir, 'unused.onnx'));
    await writeFile(
      join(pack, 'manifest.json'),
      JSON.stringify({
        schema: 'model-gate/manifest',
        schemaVersion: 1,
        tool: { name: 'model-gate', version: '0' },
        models: [{ name: 'iris', file: 'iris.onnx.zst', codec: 'zstd', level: 19, raw: { bytes: 1000, sha256: 'a'.repeat(64) }, packed: { bytes: packed.length, sha256: sha256(packed) }, onnx: ONNX_FACTS }],
      }),
    );
    await assert.rejects(unpack(pack, join(dir, 'out')), /does not declare its content size|more than the 1000 bytes/);
  });
});

describe('the manifest schema', () => {
  test('an independent validator (ajv) accepts the manifests model-gate wrote, old and new, and refuses a broken one', async () => {
    const validate = new Ajv2020({ allErrors: false, strict: false }).compile(manifestJsonSchema());
    const dir = await scratch();
    await packBaseline(join(dir, 'pack'));
    const fresh: Record<string, any> = JSON.parse(await readFile(join(dir, 'pack', 'manifest.json'), 'utf8'));
    assert.ok(validate(fresh), JSON.stringify(validate.errors));
    // The committed fixture is a version 1 manifest: the JSON Schema describes version 3, which a v1 packed size also fits.
    const fixture = JSON.parse(await readFile(join(FIXTURES, 'baseline', 'manifest.json'), 'utf8'));
    assert.equal(fixture.schemaVersion, 1);
    assert.ok(validate(fixture), JSON.stringify(validate.errors));
    await readManifest(join(FIXTURES, 'baseline'));
    fresh.models[0].raw.sha256 = 'not hex';
    assert.equal(validate(fresh), false);
    await writeFile(join(dir, 'pack', 'manifest.json'), JSON.stringify(fresh));
    await assert.rejects(readManifest(join(dir, 'pack')), /pack\/manifest\.json: models\[0\]\.raw\.sha256 must be 64 lowercase hex digits$/);
  });

  test('each refusal names the file and the field', async () => {
    const dir = await scratch();
    await packBaseline(join(dir, 'pack'));
    const written = JSON.parse(await readFile(join(dir, 'pack', 'manifest.json'), 'utf8'));
    const cases: Array<[(m: Record<string, any>) => void, RegExp]> = [
      [(m) => void (m.models[0].codec = 'brotli'), /models\[0\]\.codec "brotli" is not supported \(expected zstd or onnx-planes\)$/],
      [(m) => void (m.models[0].file = 'iris.onnx.gz'), /models\[0\]\.file must be a plain file name ending in \.zst$/],
      [(m) => void (m.models[0].file = '../iris.onnx.zst'), /models\[0\]\.file must be a plain file name$/],
      [(m) => void m.models.push(structuredClone(m.models[0])), /models\[1\]\.name "iris" appears twice$/],
      [(m) => void (m.models[0].onnx.inputs[0].elemType = 'float99'), /models\[0\]\.onnx\.inputs\[0\]\.elemType is not an ONNX element type$/],
      [(m) => void delete m.models[0].onnx, /models\[0\]\.onnx must describe the model's inputs and outputs$/],
      [(m) => void (m.models[0].variant = { name: 'int3' }), /models\[0\]\.variant\.name must be one of original, /],
      [(m) => void (m.models[0].raw.bytes = -1), /models\[0\]\.raw\.bytes must be a non-negative integer$/],
      [(m) => void (m.schemaVersion = 1), /models\[0\]\.packed\.sha256 must be 64 lowercase hex digits$/],
      [(m) => void (m.schemaVersion = 7), /"schemaVersion" 7 is not supported/],
    ];
    for (const [edit, message] of cases) {
      const m = structuredClone(written);
      edit(m);
      await writeFile(join(dir, 'pack', 'manifest.json'), JSON.stringify(m));
      await assert.rejects(readManifest(join(dir, 'pack')), (e: Error) => {
        assert.ok(e instanceof InputError, String(e));
        assert.match(e.message, new RegExp(`^${join(dir, 'pack', 'manifest.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
        assert.match(e.message, message);
        return true;
      });
    }
  });
});
