// The codec's low-level parts: the WebAssembly committed in simd-wasm.ts is what simd.wat assembles to, its transforms
// are the documented bit layout in both its SIMD loop and its scalar tail, CRC-32 from node:zlib agrees with the
// JavaScript one, and the worker thread (a module file of its own) encodes exactly as the main thread does.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { loadZstd } from '../src/pack/zstd/binding.js';
import { codecKernel, crc32, crc32Table } from '../src/pack/codecs/onnx-planes/kernel.js';
import { type PlanesWasm, planesWasm, type WasmApi } from '../src/pack/codecs/onnx-planes/simd.js';
import { BlockPool, sharedBytes } from '../src/pack/codecs/onnx-planes/workers.js';
import { noise } from './codec-support.js';
import { ROOT, scratch } from './helpers.js';

interface Assembler {
  assemble(): Promise<Uint8Array>;
  checkGenerated(): Promise<string | null>;
}
const assembler = (): Promise<Assembler> => import(pathToFileURL(join(ROOT, 'scripts', 'assemble-wasm.mjs')).href);

test('the committed WebAssembly is what simd.wat assembles to', async () => {
  const { assemble, checkGenerated } = await assembler();
  assert.equal(await checkGenerated(), null);
  assert.deepEqual(planesWasm(), await assemble());
});

/** The documented planes of one element's bits (docs/FORMAT.md), computed the plain way. */
const REFERENCE = {
  f32(bits: number): number[] {
    const h = bits >>> 16;
    return [(h >>> 4) & 0xff, ((h >>> 7) & 0xe0) | ((h & 15) << 1) | (h >>> 15), (bits >>> 8) & 0xff, bits & 0xff];
  },
  bf16: (h: number): number[] => [(h >>> 4) & 0xff, ((h >>> 7) & 0xe0) | ((h & 15) << 1) | (h >>> 15)],
  f16: (h: number): number[] => [(h >>> 7) & 0xff, ((h & 127) << 1) | (h >>> 15)],
};

test('the WebAssembly transforms follow the documented layout for every count, in the SIMD loop and the scalar tail', () => {
  const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const wasm = new WA.Instance(new WA.Module(planesWasm())).exports as PlanesWasm;
  const heap = new Uint8Array(wasm.memory.buffer);
  type Transform = (...pointersThenCount: number[]) => void;
  const cases = [
    { name: 'f32', bytes: 4, split: wasm.split32 as Transform, merge: wasm.merge32 as Transform, reference: REFERENCE.f32 },
    { name: 'bf16', bytes: 2, split: wasm.splitBf16 as Transform, merge: wasm.mergeBf16 as Transform, reference: REFERENCE.bf16 },
    { name: 'f16', bytes: 2, split: wasm.splitF16 as Transform, merge: wasm.mergeF16 as Transform, reference: REFERENCE.f16 },
  ];
  for (const { name, bytes, split, merge, reference } of cases) {
    const planeCount = bytes === 4 ? 4 : 2;
    for (let n = 0; n <= 40; n++) {
      // Odd offsets: the kernel's pointers are never aligned.
      const src = 3;
      const planes = Array.from({ length: planeCount }, (_, p) => 1001 + p * 64);
      const out = 2001;
      const raw = noise(n * bytes, n + 1);
      heap.fill(0);
      heap.set(raw, src);
      split(src, ...planes, n);
      const view = new DataView(raw.buffer, raw.byteOffset, raw.length);
      for (let i = 0; i < n; i++) {
        const bits = bytes === 4 ? view.getUint32(4 * i, true) : view.getUint16(2 * i, true);
        const got = planes.map((p) => heap[p + i]);
        assert.deepEqual(got, reference(bits), `${name} split, n = ${n}, element ${i}`);
      }
      merge(...planes, out, n);
      assert.deepEqual(heap.subarray(out, out + n * bytes), raw, `${name} merge, n = ${n}`);
      assert.equal(heap[out + n * bytes], 0, `${name} merge writes nothing past its n elements`);
    }
  }
});

test('CRC-32 from node:zlib agrees with the JavaScript one', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32Table(Buffer.from('123456789')), 0xcbf43926);
  for (const n of [0, 1, 7, 40, 84, 1000]) assert.equal(crc32(noise(n, n)), crc32Table(noise(n, n)), `${n} bytes`);
});

test('the worker thread runs from its own module file and encodes exactly as the main thread', async () => {
  assert.ok(existsSync(join(ROOT, 'build', 'src', 'pack', 'codecs', 'onnx-planes', 'codec-worker.js')), 'tsc emits the worker beside workers.js');
  const dir = await scratch();
  const raw = noise(4 * 5000 + 2 * 333 + 17, 5);
  const pieces = [1, 4 * 5000, 2, 2 * 333, 0, 17];
  await writeFile(join(dir, 'raw'), raw);
  const file = await open(join(dir, 'raw'));
  try {
    const input = sharedBytes(raw.length);
    const out = sharedBytes(2 * raw.length + 4096);
    const fromWorker = await new BlockPool(1).encode({ fd: file.fd, position: 0 }, input, pieces, 3, out);
    const onMain = codecKernel(loadZstd(), planesWasm()).encodeBlock(raw, pieces, 3);
    assert.deepEqual(Uint8Array.from(fromWorker), Uint8Array.from(onMain));
  } finally {
    await file.close();
  }
});
