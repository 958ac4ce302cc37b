// Analysis (not a test): how far byte planes can take fp32 weights when zstd codes each plane with Huffman tables of
// its own. For every float32 tensor of at least 4096 elements it sums the order-0 entropy of the two high planes (the
// low 16 mantissa bits count as random) under three ways of cutting the high half into bytes, and prints bits per raw
// byte: the layout model-gate ships (exponent's low 5 bits + top 3 mantissa bits | exponent's high 3 bits + 4 mantissa
// bits + sign), a plane holding the whole exponent, and a plane holding sign and the exponent's top 7 bits.
// Usage: npx tsc -p tsconfig.json && node build/scripts/plane-entropy.js <model.onnx>...
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { mapTensorsInBytes } from '../src/onnx/tensors.js';

const LAYOUTS: Record<string, (w: number) => [number, number]> = {
  shipped: (w) => [(((w >>> 23) & 31) << 3) | ((w >>> 20) & 7), (((w >>> 28) & 7) << 5) | (((w >>> 16) & 15) << 1) | (w >>> 31)],
  'exponent byte': (w) => [(w >>> 23) & 255, ((w >>> 31) << 7) | ((w >>> 16) & 127)],
  'sign + exponent byte': (w) => [(w >>> 24) & 255, (w >>> 16) & 255],
};
const MIN_ELEMENTS = 4096;

function entropy(counts: Uint32Array, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log2(c / n);
  return h;
}

for (const path of process.argv.slice(2)) {
  const bytes = await readFile(path);
  const bits: Record<string, number> = Object.fromEntries(Object.keys(LAYOUTS).map((k) => [k, 0]));
  let total = 0;
  for (const run of mapTensorsInBytes(bytes, path).runs) {
    if (run.layout !== 'f32' || run.length < MIN_ELEMENTS * 4) continue;
    const n = run.length / 4;
    total += run.length;
    const view = new DataView(bytes.buffer, bytes.byteOffset + run.offset, run.length);
    for (const [name, split] of Object.entries(LAYOUTS)) {
      const a = new Uint32Array(256);
      const b = new Uint32Array(256);
      for (let i = 0; i < n; i++) {
        const [x, y] = split(view.getUint32(4 * i, true));
        a[x]!++;
        b[y]!++;
      }
      bits[name]! += n * (entropy(a, n) + entropy(b, n) + 16);
    }
  }
  const cells = Object.entries(bits).map(([name, b]) => `${name} ${(b / 8 / Math.max(1, total)).toFixed(4)}`);
  console.log(`${basename(path)} (${(total / 1e6).toFixed(1)} MB of fp32 in tensors of ≥ ${MIN_ELEMENTS}): ${cells.join(' · ')}`);
}
