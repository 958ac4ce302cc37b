// int4 weight-only quantization in onnxruntime's MatMulNBits layout (com.microsoft, bits = 4): pure numbers, plus the
// replacement that swaps a MatMul reading a [K, N] float32 weight for a MatMulNBits node reading the packed blocks.
//
// The layout (onnxruntime's docs/ContribOperators.md, MatMulNBits): the weight is quantized along K in blocks of
// `block_size`, one block per (column n, block b), ceil(K / block_size) blocks per column; the last block of a column is
// padded. B is uint8 [N, blocks, block_size / 2], two codes per byte, the first in the low nibble. scales is float32
// [N, blocks]. zero_points, when present, is uint8 [N, ceil(blocks / 2)], packed the same way (with an odd number of
// blocks the last byte's high nibble is padding); when absent every block's zero point is 8. w = (q − zero point) · scale.
import { freshName, type GraphView, type Initializer, type Use } from './graph.js';
import { FLOAT32_MIN_SUBNORMAL, ROUND_MAGIC } from './numeric.js';
import type { Replacement } from './rewrite.js';
import type { TensorStore } from './store.js';

/** The zero point MatMulNBits uses for every block when it has no zero_points input: 2^(bits − 1). */
const DEFAULT_ZERO_POINT = 8;
const MAX_CODE = 15;

interface Int4Quantized {
  k: number;
  n: number;
  blockSize: number;
  /** Blocks per column: ceil(k / blockSize). */
  blocks: number;
  /** uint8 [n, blocks, blockSize / 2]. */
  packed: Uint8Array;
  /** float32 [n, blocks]. */
  scales: Float32Array;
  /** uint8 [n, ceil(blocks / 2)]; null when symmetric (every zero point is 8, MatMulNBits' default). */
  zeroPoints: Uint8Array | null;
}

const roundHalfEven = (v: number) => v + ROUND_MAGIC - ROUND_MAGIC;

/** A scale that divides: never 0 (an all-zero block, or one so small that its float32 scale underflows). */
function usableScale(range: number, steps: number): number {
  if (range === 0) return 1;
  const s = Math.fround(range / steps);
  return s === 0 ? Math.sign(range) * FLOAT32_MIN_SUBNORMAL : s;
}

/**
 * Quantizes the row-major [k, n] float32 weight `data` (finite values) to 4 bits in blocks of `blockSize` along k.
 * With zero points each block maps [min(0, lo), max(0, hi)] onto 0..15, so 0 stays exact; symmetric blocks use the
 * default zero point 8 and scale = m / −8, where m is the block's value of largest magnitude: m itself is exact (code
 * 0) and the other side reaches 7 steps.
 */
export function quantizeInt4(data: Float32Array, k: number, n: number, blockSize: number, symmetric: boolean): Int4Quantized {
  if (data.length !== k * n) throw new RangeError(`a [${k}, ${n}] weight has ${k * n} elements, but the data has ${data.length}`);
  if (!Number.isInteger(blockSize) || blockSize < 2 || blockSize % 2 !== 0) throw new RangeError(`block size ${blockSize} is not an even number of codes`);
  const blocks = Math.ceil(k / blockSize);
  const blob = blockSize / 2;
  const zpStride = Math.ceil(blocks / 2);
  const packed = new Uint8Array(n * blocks * blob);
  const scales = new Float32Array(n * blocks);
  const zeroPoints = symmetric ? null : new Uint8Array(n * zpStride);
  for (let c = 0; c < n; c++) {
    for (let b = 0; b < blocks; b++) {
      const from = b * blockSize;
      const to = Math.min(k, from + blockSize);
      let lo = 0;
      let hi = 0;
      let extreme = 0;
      for (let r = from; r < to; r++) {
        const v = data[r * n + c]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        if (Math.abs(v) > Math.abs(extreme)) extreme = v;
      }
      const scale = symmetric ? usableScale(extreme, -DEFAULT_ZERO_POINT) : usableScale(hi - lo, MAX_CODE);
      const zp = symmetric ? DEFAULT_ZERO_POINT : Math.min(MAX_CODE, Math.max(0, roundHalfEven(Math.fround(-lo / scale))));
      scales[c * blocks + b] = scale;
      if (zeroPoints) zeroPoints[c * zpStride + (b >> 1)]! |= zp << ((b & 1) * 4);
      const base = (c * blocks + b) * blob;
      for (let j = 0; j < blockSize; j++) {
        const r = from + j;
        // The padding past k holds the zero point: it dequantizes to exactly 0, whatever a kernel reads there.
        const q = r < to ? Math.min(MAX_CODE, Math.max(0, roundHalfEven(Math.fround(data[r * n + c]! / scale)) + zp)) : zp;
        packed[base + (j >> 1)]! |= q << ((j & 1) * 4);
      }
    }
    // With an odd number of blocks the last zero-point byte's high nibble is padding: the default zero point.
    if (zeroPoints && blocks % 2 === 1) zeroPoints[c * zpStride + zpStride - 1]! |= DEFAULT_ZERO_POINT << 4;
  }
  return { k, n, blockSize, blocks, packed, scales, zeroPoints };
}

/** The [k, n] float32 weight MatMulNBits computes with: (q − zero point) · scale, in float32. */
export function dequantizeInt4(q: Int4Quantized): Float32Array {
  const out = new Float32Array(q.k * q.n);
  const blob = q.blockSize / 2;
  const zpStride = Math.ceil(q.blocks / 2);
  for (let c = 0; c < q.n; c++) {
    for (let b = 0; b < q.blocks; b++) {
      const scale = q.scales[c * q.blocks + b]!;
      const zp = q.zeroPoints ? (q.zeroPoints[c * zpStride + (b >> 1)]! >> ((b & 1) * 4)) & MAX_CODE : DEFAULT_ZERO_POINT;
      for (let r = b * q.blockSize, j = 0; r < Math.min(q.k, (b + 1) * q.blockSize); r++, j++) {
        const code = (q.packed[(c * q.blocks + b) * blob + (j >> 1)]! >> ((j & 1) * 4)) & MAX_CODE;
        out[r * q.n + c] = Math.fround((code - zp) * scale);
      }
    }
  }
  return out;
}

/**
 * The weight `t` read by the MatMul nodes `uses` (as their B input) replaced by its packed form, put in `store` a tensor
 * at a time: each MatMul becomes a MatMulNBits node with the same name, input A and output, so the float weight is
 * never materialized again.
 */
export function matMulNBits(view: GraphView, store: TensorStore, t: Initializer, uses: readonly Use[], q: Int4Quantized, accuracyLevel: number): Replacement {
  const names = { q: freshName(view, `${t.name}_int4`), scale: freshName(view, `${t.name}_scales`), zero: freshName(view, `${t.name}_zero_points`) };
  const inputs = [names.q, names.scale, ...(q.zeroPoints ? [names.zero] : [])];
  return {
    original: t.name,
    at: t.at,
    initializers: [
      store.put({ name: names.q, elemType: 'uint8', dims: [q.n, q.blocks, q.blockSize / 2], data: q.packed }),
      store.put({ name: names.scale, elemType: 'float32', dims: [q.n, q.blocks], data: q.scales }),
      ...(q.zeroPoints ? [store.put({ name: names.zero, elemType: 'uint8', dims: [q.n, Math.ceil(q.blocks / 2)], data: q.zeroPoints })] : []),
    ],
    nodes: [],
    rewrites: uses.map((u) => ({
      at: u.at,
      node: {
        opType: 'MatMulNBits',
        domain: 'com.microsoft',
        inputs: [u.inputs[0]!, ...inputs],
        outputs: [...u.outputs],
        name: u.node,
        ints: { K: q.k, N: q.n, bits: 4, block_size: q.blockSize, accuracy_level: accuracyLevel },
      },
    })),
    imports: { 'com.microsoft': 1 },
  };
}
