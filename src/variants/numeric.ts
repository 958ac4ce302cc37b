// Number crunching for the lossy variants (fp16 and int8 weight-only): pure, no I/O.
//
// Everything here runs over whole initializers (up to ~100M elements), so the loops work on typed
// arrays in place and allocate nothing per element.

import { halfToNumber } from '../eval/metrics.js';

// ---------------------------------------------------------------------------------------------
// float32 → IEEE binary16.

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

const HALF_MAX_BITS = 0x7bff; // 65504
const HALF_INF_BITS = 0x7c00;
const HALF_QNAN_BITS = 0x7e00;

/**
 * The binary16 bits nearest to the float32 whose bits are `u` (round to nearest, ties to even),
 * as a hardware conversion does. Values that round past 65504 become ±Infinity; any NaN becomes the
 * canonical quiet NaN with the input's sign.
 */
function halfBitsOfFloat32Bits(u: number): number {
  const sign = (u >>> 16) & 0x8000;
  const exp = (u >>> 23) & 0xff;
  const mant = u & 0x7fffff;
  if (exp === 0xff) return sign | (mant !== 0 ? HALF_QNAN_BITS : HALF_INF_BITS);
  const e = exp - 127;
  if (e > 15) return sign | HALF_INF_BITS;
  if (e >= -14) {
    // Normal range: drop 13 mantissa bits. A round-up carry out of the mantissa lands in the
    // exponent, which is exactly right (and turns 65520 and above into Infinity).
    const rem = mant & 0x1fff;
    let h = ((e + 15) << 10) | (mant >>> 13);
    if (rem > 0x1000 || (rem === 0x1000 && (h & 1) !== 0)) h++;
    return sign | h;
  }
  // Subnormal half, in units of 2^-24: the 24-bit significand (implicit bit included; float32
  // subnormals are far below 2^-25 and fall into the shift > 24 case) shifted right by -e-1.
  const shift = -e - 1;
  if (shift > 24) return sign; // below 2^-25: nearer to 0 than to 2^-24
  const sig = mant | 0x800000;
  const half = 1 << (shift - 1);
  const rem = sig & ((half << 1) - 1);
  let h = sig >>> shift;
  if (rem > half || (rem === half && (h & 1) !== 0)) h++;
  return sign | h; // h may round up to 0x400, the smallest normal: still correct
}

/**
 * IEEE 754 binary16 bit pattern of `x`, which must already be a float32 value (Math.fround'ed);
 * other numbers are first rounded to float32, which can double-round.
 */
export function float32ToHalfBits(x: number): number {
  scratchF32[0] = x;
  return halfBitsOfFloat32Bits(scratchU32[0]!);
}

interface HalfConversion {
  bits: Uint16Array;
  /** Finite values beyond the half range, stored as ±65504 instead of ±Infinity. */
  clamped: number;
  /** Non-zero finite values that became ±0. */
  flushed: number;
  /** NaN and ±Infinity inputs, passed through. */
  nonFinite: number;
}

/**
 * Converts a float32 tensor to half bits. Unlike float32ToHalfBits, finite overflow saturates at
 * ±65504: a weight turned into Infinity would poison every activation it touches.
 */
export function toHalf(src: Float32Array): HalfConversion {
  const n = src.length;
  const u = new Uint32Array(src.buffer, src.byteOffset, n);
  const bits = new Uint16Array(n);
  let clamped = 0;
  let flushed = 0;
  let nonFinite = 0;
  for (let i = 0; i < n; i++) {
    const v = u[i]!;
    const abs = v & 0x7fffffff;
    let h: number;
    // Fast path for the half-normal range (2^-14 ≤ |x| < 2^16, nearly every weight): rebias the
    // exponent and round by adding 0xfff plus the kept lsb, which is ties to even; a carry runs
    // into the exponent as it should.
    if (abs >= 0x38800000 && abs < 0x47800000) h = ((v >>> 16) & 0x8000) | ((abs - 0x38000000 + 0xfff + ((abs >>> 13) & 1)) >>> 13);
    else h = halfBitsOfFloat32Bits(v);
    if ((h & 0x7c00) === 0x7c00) {
      if ((v & 0x7f800000) === 0x7f800000) nonFinite++;
      else {
        h = (h & 0x8000) | HALF_MAX_BITS;
        clamped++;
      }
    } else if ((h & 0x7fff) === 0 && abs !== 0) flushed++;
    bits[i] = h;
  }
  return { bits, clamped, flushed, nonFinite };
}

let halfTable: Float32Array | undefined;

/** Half bits back to float32, as the Cast node at load time does (via a table built on first use). */
export function halfRestored(bits: Uint16Array): Float32Array {
  if (!halfTable) {
    halfTable = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) halfTable[h] = halfToNumber(h);
  }
  const table = halfTable;
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]!]!;
  return out;
}

// ---------------------------------------------------------------------------------------------
// int8 weight-only: symmetric, per output channel.

export interface Int8Quantized {
  q: Int8Array;
  /** One per channel, as the DequantizeLinear scale initializer. */
  scales: Float32Array;
}

const FLOAT32_MAX = 3.4028234663852886e38;
export const FLOAT32_MIN_SUBNORMAL = 2 ** -149;
// Adding and subtracting 1.5·2^52 rounds a double (|v| < 2^51) to an integer, half to even, because
// at that magnitude the double ulp is 1 and the FPU rounds ties to even.
export const ROUND_MAGIC = 6755399441055744;

/** Channel geometry of a row-major tensor: element i is in channel floor(i / inner) % channels. */
function channelLayout(length: number, dims: readonly number[], axis: number): { outer: number; channels: number; inner: number } {
  if (!Number.isInteger(axis) || axis < 0 || axis >= dims.length) {
    throw new RangeError(`axis ${axis} is out of range for a rank-${dims.length} tensor`);
  }
  let outer = 1;
  let inner = 1;
  for (let d = 0; d < dims.length; d++) {
    const size = dims[d]!;
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`dims [${dims.join(', ')}]: dimension ${d} is not a non-negative integer`);
    if (d < axis) outer *= size;
    else if (d > axis) inner *= size;
  }
  const channels = dims[axis]!;
  if (outer * channels * inner !== length) {
    throw new RangeError(`dims [${dims.join(', ')}] hold ${outer * channels * inner} elements, but the data has ${length}`);
  }
  return { outer, channels, inner };
}

/** True when no element is NaN or ±Infinity. */
export function allFinite(data: Float32Array): boolean {
  const u = new Uint32Array(data.buffer, data.byteOffset, data.length);
  for (let i = 0; i < u.length; i++) {
    if ((u[i]! & 0x7f800000) === 0x7f800000) return false;
  }
  return true;
}

/**
 * Symmetric per-channel int8 quantization along `axis`: scale = amax / 127 (float32), q in ±127 so
 * the grid is symmetric. q is rounded as onnxruntime's QuantizeLinear rounds (float32 division,
 * then half to even), so the stored weights are the ones a QuantizeLinear node would produce.
 */
export function quantizePerChannel(data: Float32Array, dims: readonly number[], axis: number): Int8Quantized {
  const { outer, channels, inner } = channelLayout(data.length, dims, axis);
  const amax = new Float64Array(channels);
  let i = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      let m = amax[c]!;
      for (let end = i + inner; i < end; i++) {
        const a = Math.abs(data[i]!);
        if (!(a <= FLOAT32_MAX)) throw new RangeError(`element ${i} is ${data[i]}: only finite weights can be quantized`);
        if (a > m) m = a;
      }
      amax[c] = m;
    }
  }
  const scales = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    const m = amax[c]!;
    // fround of the double quotient equals the float32 quotient (double has > 2·24+2 bits).
    let s = Math.fround(m / 127);
    if (m === 0) s = 1; // a zero scale would make DequantizeLinear degenerate
    else if (s === 0) s = FLOAT32_MIN_SUBNORMAL; // amax < 64·2^-149: this scale holds every value exactly
    scales[c] = s;
  }
  const q = new Int8Array(data.length);
  i = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const s = scales[c]!;
      for (let end = i + inner; i < end; i++) {
        let r = Math.fround(data[i]! / s) + ROUND_MAGIC - ROUND_MAGIC;
        if (r > 127) r = 127;
        else if (r < -127) r = -127;
        q[i] = r;
      }
    }
  }
  return { q, scales };
}

/** x' = float32(q · scale), what DequantizeLinear computes. */
export function dequantizePerChannel(quantized: Int8Quantized, dims: readonly number[], axis: number): Float32Array {
  const { q, scales } = quantized;
  const { outer, channels, inner } = channelLayout(q.length, dims, axis);
  if (scales.length !== channels) throw new RangeError(`${scales.length} scales for ${channels} channels`);
  const out = new Float32Array(q.length);
  let i = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const s = scales[c]!;
      for (let end = i + inner; i < end; i++) out[i] = q[i]! * s;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Error measure.

/**
 * Signal-to-quantization-noise ratio in dB, 10·log10(Σx² / Σ(x − x')²), summed in float64.
 * Infinity when the noise is zero (including two empty tensors), -Infinity when only the signal
 * is zero; NaN when either side holds a non-finite value.
 */
export function sqnrDb(original: Float32Array, restored: Float32Array): number {
  if (original.length !== restored.length) {
    throw new RangeError(`length mismatch: ${original.length} original vs ${restored.length} restored elements`);
  }
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < original.length; i++) {
    const x = original[i]!;
    const d = x - restored[i]!;
    signal += x * x;
    noise += d * d;
  }
  if (noise === 0) return Infinity;
  if (signal === 0) return -Infinity;
  return 10 * Math.log10(signal / noise);
}
