// zstd without a native build: where zstd-napi is not built (the npm package never has it), model-gate uses Node's own
// zstd (node:zlib). Both paths run on the same inputs here: packs written by either restore with the other and with the
// stock zstd CLI, the bundle falls back by itself when zstd-napi's binding is missing, and hostile input is refused on
// the fallback with the same messages. Every child process says which binding it ran (NODE_DEBUG=model-gate), and the
// test checks it: neither path can quietly stand in for the other.
import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { writeSyntheticModel } from '../scripts/synthetic-model.js';
import { codecKernel } from '../src/pack/codecs/onnx-planes/kernel.js';
import { planesWasm } from '../src/pack/codecs/onnx-planes/simd.js';
import { loadNative, loadNode } from '../src/pack/zstd/binding.js';
import { frameCompressedSize, frameContentSize } from '../src/pack/zstd/frame.js';
import { noise, sha256, weights32 } from './codec-support.js';
import { BASELINE_MODEL, candidate, cleanActionCopy, cli, FAST_BENCH, FIXTURES, NODE24, ROOT, type RunResult, run, scratch } from './helpers.js';

const NODE: NodeJS.ProcessEnv = { ...process.env, MODEL_GATE_ZSTD: 'node', NODE_DEBUG: 'model-gate' };
const NAPI: NodeJS.ProcessEnv = { ...process.env, MODEL_GATE_ZSTD: 'zstd-napi', NODE_DEBUG: 'model-gate' };
const native = loadNative();
const node = loadNode();
const paths = { 'zstd-napi': NAPI, 'node:zlib': NODE } as const;

/** The bindings a child process used, from its debug log (zstd-binding.ts logs its choice once per thread). */
function ran(r: RunResult, binding: keyof typeof paths): void {
  const used = new Set([...r.stderr.matchAll(/^MODEL-GATE \d+: zstd: (\S+) /gm)].map((m) => m[1]));
  assert.deepEqual([...used], [binding], `the binding that ran: ${r.stderr.slice(0, 2000)}`);
}

// The repository installs zstd-napi (a devDependency, built by npm ci) and runs on Node 24: both bindings must load
// here, or half of this file would test nothing.
before(() => {
  assert.ok(native, 'zstd-napi loads from the repository\'s node_modules');
  assert.ok(node, `${process.version} has zstd in node:zlib`);
});

describe('the two zstd bindings', () => {
  const bindings = [native!, node!];

  test('frames written by either decode with both; the JavaScript frame layout agrees with libzstd', (t) => {
    t.diagnostic(`libzstd: ${bindings.map((b) => `${b.name} ${b.version}`).join(', ')}`);
    const inputs = [new Uint8Array(0), noise(1000), weights32(100_000), Buffer.alloc(300_000, 7)];
    for (const writer of bindings) {
      for (const src of inputs) {
        const out = new Uint8Array(writer.compressBound(src.length));
        const frame = out.subarray(0, writer.compressFrame(src, 3, out));
        assert.equal(frameContentSize(frame), src.length);
        assert.equal(frameCompressedSize(frame), frame.length);
        for (const reader of bindings) {
          assert.equal(reader.frameContentSize(frame), src.length);
          assert.equal(reader.frameCompressedSize(Buffer.concat([frame, Buffer.from('tail')])), frame.length);
          const back = new Uint8Array(src.length);
          assert.ok(reader.decompressFrame(frame, back), `${writer.name} → ${reader.name}`);
          assert.ok(Buffer.from(back).equals(src), `${writer.name} → ${reader.name}: the same bytes back`);
          assert.ok(!reader.decompressFrame(frame, new Uint8Array(src.length + 1)), 'a frame must fill its output exactly');
        }
        assert.throws(() => frameCompressedSize(frame.subarray(0, frame.length - 1)), /Src size is incorrect/);
      }
    }
    assert.equal(frameContentSize(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58])), null, 'no content size declared');
    assert.throws(() => frameContentSize(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x08, 0x58])), /Unsupported frame parameter/);
    assert.throws(() => frameContentSize(Buffer.from('not zstd')), /Unknown frame descriptor/);
    assert.equal(native!.compressBound(123_456), node!.compressBound(123_456));
  });

  test('onnx-planes blocks: each kernel decodes the other\'s, including blocks whose zstd blocks end at run boundaries', (t) => {
    const kernels = bindings.map((b) => ({ name: b.name, kernel: codecKernel(b, planesWasm()) }));
    // Two big f32 runs around pass-through bytes: the kernel asks zstd to end a block at each run (flushAt).
    const raw = Buffer.concat([weights32(8192, 1), noise(100, 2), weights32(8192, 3)]);
    const pieces = [1, 8192 * 4, 0, 100, 1, 8192 * 4];
    const encoded = kernels.map(({ name, kernel }) => ({ name, block: kernel.encodeBlock(raw, pieces, 3).slice() }));
    for (const { name, block } of encoded) {
      for (const { name: reader, kernel } of kernels) {
        const view = Buffer.from(block.buffer, block.byteOffset, block.length);
        const streams = kernel.streamSizes(pieces).filter((n) => n > 0).length;
        const packed = Array.from({ length: streams }, (_, i) => view.readUInt32LE(4 + 4 * i));
        const out = new Uint8Array(raw.length);
        kernel.decodeBlock(block.subarray(8 + 4 * streams), pieces, packed, out, `block by ${name}`);
        assert.deepEqual(Buffer.from(out), raw, `${name} → ${reader}`);
      }
    }
    const [a, b] = encoded;
    t.diagnostic(`a block with run boundaries: ${a!.block.length} bytes (${a!.name}), ${b!.block.length} (${b!.name}), ${Buffer.compare(a!.block, b!.block) === 0 ? 'the same bytes' : 'different bytes (node:zlib cannot end zstd blocks at run boundaries)'}`);
  });
});

// Child processes, run side by side to keep the file well under a minute.
describe('the built CLI on the fallback', { concurrency: true }, () => {
  test('packs by either path restore with the other and with zstd -d; the bytes are compared', async (t) => {
    const dir = await scratch();
    const big = join(dir, 'big.onnx');
    // 28 MB of float32 weights: 14 blocks of 2 MiB, so onnx-planes runs on the worker pool.
    await writeSyntheticModel(big, 28e6, 'float32');
    const models = [BASELINE_MODEL, big];
    const packs: Record<string, Record<string, string>> = {};
    for (const codec of ['zstd', 'onnx-planes']) {
      for (const [path, env] of Object.entries(paths)) {
        const out = join(dir, `${codec}-${path.replace(':', '-')}`);
        const r = await cli(['pack', ...models, '--codec', codec, '--out', out], { env });
        assert.equal(r.code, 0, r.stderr);
        ran(r, path as keyof typeof paths);
        (packs[codec] ??= {})[path] = out;
        for (const [readPath, readEnv] of Object.entries(paths)) {
          const restored = join(out, `restored-by-${readPath.replace(':', '-')}`);
          const u = await cli(['unpack', out, '--out', restored], { env: readEnv });
          assert.equal(u.code, 0, u.stderr);
          ran(u, readPath as keyof typeof paths);
          for (const model of models) {
            const name = model.split('/').pop()!;
            assert.equal(sha256(await readFile(join(restored, name))), sha256(await readFile(model)), `${codec} by ${path}, restored by ${readPath}: ${name}`);
          }
        }
        if (codec === 'zstd') {
          for (const model of models) {
            const name = model.split('/').pop()!;
            const z = await run('zstd', ['-d', '-q', '-f', join(out, `${name}.zst`), '-o', join(dir, `cli-${name}`)]);
            assert.equal(z.code, 0, z.stderr);
            assert.equal(sha256(await readFile(join(dir, `cli-${name}`))), sha256(await readFile(model)), `zstd -d on ${path}'s ${name}`);
          }
        }
      }
    }
    for (const [codec, byPath] of Object.entries(packs)) {
      for (const file of (await readdir(byPath['zstd-napi']!)).filter((f) => f.endsWith('.zst') || f.endsWith('.planes'))) {
        const same = Buffer.compare(await readFile(join(byPath['zstd-napi']!, file)), await readFile(join(byPath['node:zlib']!, file))) === 0;
        t.diagnostic(`${codec} ${file}: zstd-napi and node:zlib wrote ${same ? 'the same bytes' : 'different bytes'}`);
      }
    }
  });

  test('with zstd-napi not built, the bundle falls back by itself: pack, unpack, zstd -d', async () => {
    const dir = await scratch();
    const dist = join(dir, 'dist');
    const copy = join(await cleanActionCopy(), 'dist');
    await cp(copy, dist, { recursive: true, filter: (src) => !src.startsWith(join(copy, 'node_modules')) });
    await mkdir(join(dist, 'node_modules', 'zstd-napi'), { recursive: true });
    await symlink(join(copy, 'node_modules', 'onnxruntime-node'), join(dist, 'node_modules', 'onnxruntime-node'));
    // zstd-napi as npm leaves it when its install script is blocked: the package without build/Release/binding.node.
    for (const file of ['package.json', 'binding.js']) await cp(join(copy, 'node_modules', 'zstd-napi', file), join(dist, 'node_modules', 'zstd-napi', file));
    const env = { ...process.env, MODEL_GATE_ZSTD: '', NODE_DEBUG: 'model-gate' };
    const pack = join(dir, 'pack');
    const r = await run(NODE24, [join(dist, 'cli.js'), 'pack', BASELINE_MODEL, '--codec', 'zstd', '--out', pack], { env });
    assert.equal(r.code, 0, r.stderr);
    ran(r, 'node:zlib');
    const u = await run(NODE24, [join(dist, 'cli.js'), 'unpack', pack, '--out', join(dir, 'out')], { env: { ...env, NODE_DEBUG: '' } });
    assert.equal(u.code, 0, u.stderr);
    assert.equal(u.stderr, '', 'nothing noisy without NODE_DEBUG');
    assert.deepEqual(await readFile(join(dir, 'out', 'iris.onnx')), await readFile(BASELINE_MODEL));
    assert.equal((await run('zstd', ['-t', '-q', join(pack, 'iris.onnx.zst')])).code, 0);
  });

  test('compare on the fixtures: the same verdicts on the fallback', async () => {
    const unchanged = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--eval-data', join(FIXTURES, 'eval')], { env: NODE });
    assert.equal(unchanged.code, 0, unchanged.stderr + unchanged.stdout);
    ran(unchanged, 'node:zlib');
    assert.match(unchanged.stdout, /model-gate: pass/);
    const worse = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('less-accurate'), '--eval-data', join(FIXTURES, 'eval'), ...FAST_BENCH], { env: NODE });
    assert.equal(worse.code, 1, worse.stderr + worse.stdout);
    ran(worse, 'node:zlib');
    assert.match(worse.stdout, /accuracy/);
  });

  test('a bad MODEL_GATE_ZSTD is one line naming it', async () => {
    const r = await cli(['unpack', join(FIXTURES, 'baseline'), '--out', join(await scratch(), 'out')], { env: { ...process.env, MODEL_GATE_ZSTD: 'zlib' } });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /MODEL_GATE_ZSTD must be "node" or "zstd-napi", not "zlib"/);
  });
});

describe('hostile input on the fallback', { concurrency: true }, () => {
  test('the onnx-planes hostile suite passes with MODEL_GATE_ZSTD=node', async () => {
    const { NODE_TEST_CONTEXT: _, ...env } = NODE;
    const r = await run(NODE24, ['--test', '--test-reporter=tap', join(ROOT, 'build', 'test', 'codec-hostile.test.js')], { env });
    assert.equal(r.code, 0, r.stdout.slice(-4000) + r.stderr);
    assert.match(r.stdout, /^# pass [1-9]\d*$/m);
    assert.match(r.stdout, /^# fail 0$/m);
    const used = new Set([...(r.stdout + r.stderr).matchAll(/MODEL-GATE \d+: zstd: (\S+) /g)].map((m) => m[1]));
    assert.deepEqual([...used], ['node:zlib'], 'the suite ran on node:zlib alone');
  });

  /** A plain zstd pack of iris edited by `edit`, unpacked by the CLI on the fallback: exit 2 and one message. */
  async function refused(edit: (packed: Buffer, manifest: any) => Buffer | void, message: RegExp) {
    const dir = await scratch();
    const pack = join(dir, 'pack');
    assert.equal((await cli(['pack', BASELINE_MODEL, '--codec', 'zstd', '--out', pack], { env: NODE })).code, 0);
    const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8'));
    const packed = await readFile(join(pack, 'iris.onnx.zst'));
    const changed = edit(packed, manifest) ?? packed;
    manifest.models[0].packed = { bytes: changed.length, sha256: sha256(changed) };
    await writeFile(join(pack, 'iris.onnx.zst'), changed);
    await writeFile(join(pack, 'manifest.json'), JSON.stringify(manifest));
    const out = join(dir, 'out');
    const r = await cli(['unpack', pack, '--out', out], { env: NODE });
    assert.equal(r.code, 2, r.stderr);
    ran(r, 'node:zlib');
    assert.match(r.stderr, /iris\.onnx\.zst: /);
    assert.match(r.stderr, message);
    assert.deepEqual(await readdir(out).catch(() => []), [], 'nothing may remain');
  }

  /** A frame of `bytes` made by the zstd CLI with `flags`. */
  async function cliFrame(bytes: Uint8Array, flags: string[]): Promise<Buffer> {
    const dir = await scratch();
    await writeFile(join(dir, 'data'), bytes);
    assert.equal((await run('zstd', ['-q', ...flags, join(dir, 'data'), '-o', join(dir, 'data.zst')])).code, 0);
    return readFile(join(dir, 'data.zst'));
  }

  test('a bomb without a content size', async () => {
    const bomb = await cliFrame(Buffer.alloc(64 << 20), ['-19', '--no-content-size']);
    await refused(() => bomb, /does not declare its content size/);
  });

  test('a bomb whose header lies about its size: decoding stops at the cap', async () => {
    // 64 MiB of zeros in a frame whose 4-byte content size field is rewritten to the manifest's size.
    const bomb = await cliFrame(Buffer.alloc(64 << 20), ['-19', '--content-size']);
    await refused((_p, m) => {
      const fhd = bomb[4]!;
      assert.equal(fhd >>> 6, 2, 'a 4-byte content size field');
      bomb.writeUInt32LE(m.models[0].raw.bytes, 4 + 1 + ((fhd & 0x20) ? 0 : 1) + [0, 1, 2, 4][fhd & 3]!);
      return bomb;
    }, /more than the \d+ bytes the manifest declares|not a valid zstd frame/);
  });

  test('a frame asking for a window beyond the limit', async () => {
    const header = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x84, (30 - 10) << 3, 0, 0, 0, 0]);
    await refused((p, m) => {
      header.writeUInt32LE(m.models[0].raw.bytes, 6);
      return Buffer.concat([header, p.subarray(6)]);
    }, /asking a 1073741824-byte window/);
  });

  test('a frame declaring more than the manifest', async () => {
    await refused((_p, m) => void (m.models[0].raw.bytes -= 1), /declaring \d+ bytes but the manifest says/);
  });

  test('a truncated frame, trailing garbage, a second frame, a flipped bit', async () => {
    await refused((p) => p.subarray(0, p.length - 3), /truncated: the zstd frame ends early/);
    await refused((p) => p.subarray(0, p.length - 100), /truncated: the zstd frame ends early|not a valid zstd frame/);
    await refused((p) => Buffer.concat([p, Buffer.from('garbage')]), /data after the end of the zstd frame/);
    await refused((p) => Buffer.concat([p, p]), /data after the end of the zstd frame/);
    await refused((p) => void (p[Math.floor(p.length / 2)]! ^= 0x10), /not a valid zstd frame|sha256/);
  });

});
