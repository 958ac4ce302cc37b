import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { halfToNumber } from '../src/eval/metrics.js';
import {
  allFinite,
  dequantizePerChannel,
  float32ToHalfBits,
  halfRestored,
  quantizePerChannel,
  sqnrDb,
  toHalf,
} from '../src/variants/numeric.js';

// ---------------------------------------------------------------------------------------------
// Helpers.

/** mulberry32: a tiny seeded PRNG, so every run sees the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const bitsF32 = new Float32Array(1);
const bitsU32 = new Uint32Array(bitsF32.buffer);
function fromBits(u: number): number {
  bitsU32[0] = u >>> 0;
  return bitsF32[0]!;
}
function toBits(x: number): number {
  bitsF32[0] = x;
  return bitsU32[0]!;
}

const hex = (n: number): string => `0x${n.toString(16).padStart(4, '0')}`;

function assertHalf(x: number, expected: number): void {
  assert.equal(hex(float32ToHalfBits(x)), hex(expected), `float32ToHalfBits(${x})`);
}

// An independent reference: nearest value in the sorted table of positive finite halves (decoded here,
// not with halfToNumber), ties to the even bit pattern, 65520 and above to Infinity.
const halfValues = Float64Array.from({ length: 0x7c00 }, (_, h) =>
  h >> 10 === 0 ? (h & 0x3ff) * 2 ** -24 : (1024 + (h & 0x3ff)) * 2 ** ((h >> 10) - 25),
);
function referenceHalfBits(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a >= 65520) return sign | 0x7c00;
  let lo = 0;
  let hi = 0x7bff;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (halfValues[mid]! <= a) lo = mid;
    else hi = mid - 1;
  }
  const below = halfValues[lo]!;
  if (below === a || lo === 0x7bff) return sign | lo;
  const down = a - below;
  const up = halfValues[lo + 1]! - a;
  if (down < up) return sign | lo;
  if (up < down) return sign | (lo + 1);
  return sign | (lo % 2 === 0 ? lo : lo + 1);
}

let probeCache: Float32Array | undefined;
/** float32 values for the exhaustive-ish comparisons: seeded random ones plus every rounding boundary. */
function probeValues(): Float32Array {
  if (probeCache) return probeCache;
  const out: number[] = [];
  const next = prng(20240601);
  for (let i = 0; i < 300_000; i++) {
    let u = next();
    // Half of them with an exponent in the interesting range (2^-27 .. 2^18), the rest anything.
    if (i % 2 === 0) u = (u & 0x807fffff) | ((100 + (next() % 46)) << 23);
    out.push(fromBits(u));
  }
  // Every half value and every midpoint between neighbouring halves, ±4 float32 ulps, both signs.
  for (let h = 0; h < 0x7c00; h++) {
    const v = halfValues[h]!;
    const mid = h === 0x7bff ? 65520 : (v + halfValues[h + 1]!) / 2;
    for (const centre of [v, mid]) {
      const u = toBits(centre);
      for (let d = -4; d <= 4; d++) {
        if (u + d < 0) continue;
        out.push(fromBits(u + d), fromBits((u + d) | 0x80000000));
      }
    }
  }
  // Every float32 within 2^15 ulps of the subnormal and overflow boundaries.
  for (const centre of [2 ** -25, 2 ** -24, 2 ** -14, 65504, 65520]) {
    const u = toBits(centre);
    for (let d = -(2 ** 15); d <= 2 ** 15; d++) out.push(fromBits(u + d));
  }
  probeCache = Float32Array.from(out);
  return probeCache;
}

/** Counts mismatches and reports the first few, so a failure says which inputs broke. */
function compareAll(values: Float32Array, check: (x: number, i: number) => string | undefined): void {
  const failures: string[] = [];
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const problem = check(values[i]!, i);
    if (problem === undefined) continue;
    count++;
    if (failures.length < 5) failures.push(problem);
  }
  assert.equal(count, 0, `${count} of ${values.length} mismatched, e.g.\n${failures.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// float32 → half.

describe('float32ToHalfBits', () => {
  test('exact values', () => {
    assertHalf(1, 0x3c00);
    assertHalf(-2, 0xc000);
    assertHalf(0.5, 0x3800);
    assertHalf(65504, 0x7bff);
    assertHalf(-65504, 0xfbff);
    assertHalf(2 ** -14, 0x0400); // smallest normal
    assertHalf(1023 * 2 ** -24, 0x03ff); // largest subnormal
    assertHalf(2 ** -24, 0x0001); // smallest subnormal
    assertHalf(0, 0x0000);
  });

  test('ties to even in the normal range', () => {
    assertHalf(1 + 2 ** -11, 0x3c00); // halfway between 0x3c00 and 0x3c01: to the even one
    assertHalf(1 + 3 * 2 ** -11, 0x3c02); // halfway between 0x3c01 and 0x3c02
    assertHalf(Math.fround(1 + 2 ** -11 + 2 ** -23), 0x3c01); // just above halfway
    assertHalf(-(1 + 2 ** -11), 0xbc00);
  });

  test('ties to even at the subnormal boundary', () => {
    assertHalf(2 ** -25, 0x0000); // halfway between 0 and 2^-24
    assertHalf(Math.fround(2 ** -25 + 2 ** -48), 0x0001); // just above halfway
    assertHalf(3 * 2 ** -25, 0x0002); // halfway between 0x0001 and 0x0002
    assertHalf(1.5 * 2 ** -24, 0x0002);
    assertHalf(5 * 2 ** -25, 0x0002); // halfway between 0x0002 and 0x0003
    assertHalf(2 ** -26, 0x0000);
    assertHalf(-(2 ** -25), 0x8000);
    assertHalf(2 ** -14 - 2 ** -25, 0x0400); // halfway between 0x03ff and 0x0400: rounds up into the normals
    assertHalf(1e-40, 0x0000); // a float32 subnormal
  });

  test('rounding carries into the exponent', () => {
    assertHalf(2 - 2 ** -12, 0x4000);
    assertHalf(2 - 2 ** -11, 0x4000); // halfway between 0x3fff and 0x4000: to the even one
    assertHalf(Math.fround(2 - 3 * 2 ** -12), 0x3fff);
  });

  test('the overflow boundary', () => {
    assertHalf(Math.fround(65519.99), 0x7bff);
    assertHalf(65520, 0x7c00); // halfway between 65504 and 2^16: to even, which is Infinity
    assertHalf(-65520, 0xfc00);
    assertHalf(1e6, 0x7c00);
    assertHalf(3.4028234663852886e38, 0x7c00);
  });

  test('signed zero, infinities and NaN', () => {
    assertHalf(-0, 0x8000);
    assertHalf(Infinity, 0x7c00);
    assertHalf(-Infinity, 0xfc00);
    assertHalf(NaN, 0x7e00);
    // A negative NaN and signalling NaNs come out quiet with their sign (bits set through a view,
    // since a JS number NaN carries no dependable sign).
    assertHalf(fromBits(0xffc00000), 0xfe00);
    assertHalf(fromBits(0x7f800001), 0x7e00);
    assertHalf(fromBits(0xff800001), 0xfe00);
  });

  test('every non-NaN half round-trips through its value', () => {
    let checked = 0;
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0) continue;
      const back = float32ToHalfBits(Math.fround(halfToNumber(h)));
      if (back !== h) assert.fail(`${hex(h)} → ${halfToNumber(h)} → ${hex(back)}`);
      checked++;
    }
    assert.equal(checked, 65536 - 2046);
  });

  test('agrees with an independent nearest-value reference on random and boundary float32 values', () => {
    const values = probeValues();
    assert.ok(values.length > 1_000_000);
    compareAll(values, (x) => {
      const got = float32ToHalfBits(x);
      const want = referenceHalfBits(x);
      const masked = Number.isNaN(x) ? got & 0x7fff : got;
      return masked === want ? undefined : `${x} (bits 0x${toBits(x).toString(16)}): got ${hex(got)}, want ${hex(want)}`;
    });
  });

  const f16round = (Math as unknown as { f16round?: (x: number) => number }).f16round;
  test('agrees with Math.f16round', { skip: typeof f16round !== 'function' && 'Math.f16round needs Node 24' }, () => {
    const round = f16round!;
    compareAll(probeValues(), (x) => {
      const got = halfToNumber(float32ToHalfBits(x));
      const want = round(x);
      return Object.is(got, want) ? undefined : `${x}: got ${got}, Math.f16round gives ${want}`;
    });
  });

  const F16 = (globalThis as unknown as { Float16Array?: new (n: number) => ArrayLike<number> & { buffer: ArrayBuffer } }).Float16Array;
  test('agrees bit for bit with Float16Array', { skip: typeof F16 !== 'function' && 'Float16Array needs Node 24' }, () => {
    const f16 = new F16!(1) as unknown as Float32Array; // only indexed stores are used
    const u16 = new Uint16Array(f16.buffer);
    compareAll(probeValues(), (x) => {
      if (Number.isNaN(x)) return undefined;
      f16[0] = x;
      const got = float32ToHalfBits(x);
      return got === u16[0] ? undefined : `${x}: got ${hex(got)}, Float16Array stores ${hex(u16[0]!)}`;
    });
  });
});

describe('toHalf', () => {
  test('counts clamped, flushed and non-finite elements', () => {
    const src = Float32Array.from([
      1, 70000, -70000, 65519, 65520, 1e-8, -1e-8, 2 ** -25, 3 * 2 ** -25, 0, -0, 1e-40, NaN, Infinity, -Infinity, 0, 0, 0,
    ]);
    const u = new Uint32Array(src.buffer);
    u[15] = 0xffc00000; // -NaN
    u[16] = 0x7f800001; // signalling NaN
    u[17] = 0xff800001; // negative signalling NaN
    const { bits, clamped, flushed, nonFinite } = toHalf(src);
    assert.deepEqual(Array.from(bits, hex), [
      0x3c00, 0x7bff, 0xfbff, 0x7bff, 0x7bff, 0x0000, 0x8000, 0x0000, 0x0002, 0x0000, 0x8000, 0x0000, 0x7e00, 0x7c00, 0xfc00,
      0xfe00, 0x7e00, 0xfe00,
    ].map(hex));
    assert.equal(clamped, 3); // 70000, -70000, 65520 (65519 rounds to 65504 anyway)
    assert.equal(flushed, 4); // 1e-8, -1e-8, 2^-25, 1e-40 (not the zeros)
    assert.equal(nonFinite, 6);
  });

  test('matches float32ToHalfBits, with finite overflow saturated, on a view with an offset', () => {
    const values = probeValues();
    const backing = new Float32Array(values.length + 3);
    backing.set(values, 3);
    const view = backing.subarray(3);
    const { bits, clamped } = toHalf(view);
    assert.equal(bits.length, values.length);
    let overflowed = 0;
    compareAll(values, (x, i) => {
      let want = float32ToHalfBits(x);
      if (Number.isFinite(x) && (want & 0x7fff) === 0x7c00) {
        want = (want & 0x8000) | 0x7bff;
        overflowed++;
      }
      const got = bits[i]!;
      const masked = Number.isNaN(x) ? got & 0x7fff : got;
      const wantMasked = Number.isNaN(x) ? want & 0x7fff : want;
      return masked === wantMasked ? undefined : `[${i}] ${x}: got ${hex(got)}, want ${hex(want)}`;
    });
    assert.equal(clamped, overflowed);
    assert.ok(clamped > 0);
  });
});

describe('halfRestored', () => {
  test('decodes known bit patterns', () => {
    const out = halfRestored(Uint16Array.from([0x3c00, 0xc000, 0x7bff, 0x0001, 0x03ff, 0x8000, 0x7c00, 0xfc00, 0x7e00, 0x3555]));
    assert.deepEqual(Array.from(out), [1, -2, 65504, 2 ** -24, 1023 * 2 ** -24, -0, Infinity, -Infinity, NaN, Math.fround(0.333251953125)]);
  });

  test('agrees with halfToNumber on all 65536 patterns', () => {
    const out = halfRestored(Uint16Array.from({ length: 65536 }, (_, h) => h));
    for (let h = 0; h < 65536; h++) {
      if (!Object.is(out[h], Math.fround(halfToNumber(h)))) assert.fail(`${hex(h)}: ${out[h]} vs ${halfToNumber(h)}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// int8.

/** Round half to even, written differently from the implementation. */
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const frac = v - f;
  if (frac < 0.5) return f;
  if (frac > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** Reference per-channel quantizer: the channel comes from the full multi-index of each element. */
function referenceQuantize(data: Float32Array, dims: number[], axis: number): { q: number[]; scales: number[] } {
  const channelOf = (i: number): number => {
    let rest = i;
    let channel = 0;
    for (let d = dims.length - 1; d >= 0; d--) {
      const index = rest % dims[d]!;
      rest = Math.floor(rest / dims[d]!);
      if (d === axis) channel = index;
    }
    return channel;
  };
  const amax = new Array<number>(dims[axis]!).fill(0);
  data.forEach((x, i) => {
    const c = channelOf(i);
    amax[c] = Math.max(amax[c]!, Math.abs(x));
  });
  const scales = amax.map((m) => (m === 0 ? 1 : Math.fround(m / 127)));
  const q = Array.from(data, (x, i) => Math.min(127, Math.max(-127, roundHalfEven(Math.fround(x / scales[channelOf(i)]!)))) + 0);
  return { q, scales };
}

/** Seeded data whose magnitude differs per index, so a wrong channel assignment shows. */
function randomData(n: number, seed: number): Float32Array {
  const next = prng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const magnitude = 2 ** ((next() % 24) - 12);
    out[i] = ((next() / 2 ** 32) * 2 - 1) * magnitude;
  }
  return out;
}

function assertMatchesReference(data: Float32Array, dims: number[], axis: number): void {
  const got = quantizePerChannel(data, dims, axis);
  const want = referenceQuantize(data, dims, axis);
  assert.deepEqual(Array.from(got.scales), want.scales, 'scales');
  assert.deepEqual(Array.from(got.q), want.q, 'q');
}

describe('quantizePerChannel', () => {
  const s = Math.fround(1 / 127);

  test('hand-computed [2,3] along axis 0 (half to even: -0.5/s is exactly -63.5 → -64)', () => {
    const data = Float32Array.from([1, -0.5, 0.25, 0, 0, 0]);
    const { q, scales } = quantizePerChannel(data, [2, 3], 0);
    assert.deepEqual(Array.from(scales), [s, 1]);
    assert.deepEqual(Array.from(q), [127, -64, 32, 0, 0, 0]);
    assert.deepEqual(Array.from(dequantizePerChannel({ q, scales }, [2, 3], 0)), [
      Math.fround(127 * s), Math.fround(-64 * s), Math.fround(32 * s), 0, 0, 0,
    ]);
  });

  test('hand-computed [2,3] along axis 1', () => {
    const data = Float32Array.from([1, -0.5, 0.25, 0, 0, 0]);
    const { q, scales } = quantizePerChannel(data, [2, 3], 1);
    assert.deepEqual(Array.from(scales), [s, s / 2, s / 4]);
    assert.deepEqual(Array.from(q), [127, -127, 127, 0, 0, 0]);
  });

  test('the middle axis of [2,2,2]', () => {
    // Channel 0 holds elements 0, 1, 4, 5; channel 1 holds 2, 3, 6, 7.
    const data = Float32Array.from([1, 2, 30, 40, 5, 6, 70, 80]);
    const { q, scales } = quantizePerChannel(data, [2, 2, 2], 1);
    assert.deepEqual(Array.from(scales), [Math.fround(6 / 127), Math.fround(80 / 127)]);
    // 1/s0 = 21.17, 2/s0 = 42.33, 5/s0 = 105.83; 30/s1 = 47.625, 40/s1 = 63.5 (→ 64), 70/s1 = 111.125.
    assert.deepEqual(Array.from(q), [21, 42, 48, 64, 106, 127, 111, 127]);
  });

  test('scale is amax/127 as float32, and q stays within ±127', () => {
    // Channel 0 is elements 0, 2, 4, 6 (amax 9.5); channel 1 is 1, 3, 5, 7 (amax 1e30).
    const data = Float32Array.from([0.1, -3.3, 2.2, 7.7, -1e-3, 1e30, -9.5, 5e29]);
    const { q, scales } = quantizePerChannel(data, [4, 2], 1);
    assert.deepEqual(Array.from(scales), [Math.fround(9.5 / 127), Math.fround(Math.fround(1e30) / 127)]);
    assert.deepEqual(Array.from(q), [1, 0, 29, 0, 0, 127, -127, 64]);
    assert.ok(Array.from(q).every((v) => v >= -127 && v <= 127));
  });

  test('exact .5 quotients round half to even', () => {
    // amax 127 gives scale 1 exactly, so x/scale = x.
    const data = Float32Array.from([127, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, -126.5, 126.5]);
    const { q, scales } = quantizePerChannel(data, [1, 10], 0);
    assert.deepEqual(Array.from(scales), [1]);
    assert.deepEqual(Array.from(q), [127, 0, 2, 2, 0, -2, -2, 4, -126, 126]);
    // And with scale 2: 5/2 = 2.5 → 2, 7/2 = 3.5 → 4.
    const twice = quantizePerChannel(Float32Array.from([254, 5, 7, -5]), [1, 4], 0);
    assert.deepEqual(Array.from(twice.scales), [2]);
    assert.deepEqual(Array.from(twice.q), [127, 2, 4, -2]);
  });

  test('a zero channel gets scale 1 and q 0', () => {
    const data = Float32Array.from([0, 0, -0, 0, 4, -8]);
    const { q, scales } = quantizePerChannel(data, [3, 2], 0);
    assert.deepEqual(Array.from(scales), [1, 1, Math.fround(8 / 127)]);
    assert.deepEqual(Array.from(q), [0, 0, 0, 0, 64, -127]); // 4/(8/127) = 63.5 → 64
  });

  test('a channel whose scale would underflow uses the smallest float32, which is exact', () => {
    const tiny = 2 ** -149;
    const data = Float32Array.from([5 * tiny, -3 * tiny, 0]);
    const quantized = quantizePerChannel(data, [3], 0);
    assert.deepEqual(Array.from(quantized.scales), [tiny, tiny, 1]);
    assert.deepEqual(Array.from(quantized.q), [5, -3, 0]);
    assert.deepEqual(Array.from(dequantizePerChannel(quantized, [3], 0)), Array.from(data));
  });

  test('a subnormal scale can push a quotient past 127: it is clamped, not wrapped', () => {
    // 2^-140 / 127 rounds to the subnormal 2^-147, and 2^-140 / 2^-147 = 128.
    const data = Float32Array.from([2 ** -140, -(2 ** -140), 2 ** -141]);
    const { q, scales } = quantizePerChannel(data, [1, 3], 0);
    assert.deepEqual(Array.from(scales), [2 ** -147]);
    assert.deepEqual(Array.from(q), [127, -127, 64]);
  });

  test('an empty tensor', () => {
    const { q, scales } = quantizePerChannel(new Float32Array(0), [0, 3], 1);
    assert.equal(q.length, 0);
    assert.deepEqual(Array.from(scales), [1, 1, 1]);
  });

  test('Conv-like [M, C, kH, kW] along axis 0, and middle axes of a rank-4 tensor', () => {
    const dims = [4, 3, 3, 2];
    const data = randomData(4 * 3 * 3 * 2, 7);
    for (const axis of [0, 1, 2, 3]) assertMatchesReference(data, dims, axis);
  });

  test('a rank-3 MatMul weight along the last axis', () => {
    const dims = [2, 5, 7];
    assertMatchesReference(randomData(70, 11), dims, 2);
    assertMatchesReference(randomData(70, 12), [5, 14], 1);
  });

  test('dequantized error is at most scale/2 per element on random data', () => {
    const dims = [16, 8, 3, 3];
    const data = randomData(16 * 8 * 9, 42);
    const quantized = quantizePerChannel(data, dims, 0);
    const restored = dequantizePerChannel(quantized, dims, 0);
    const inner = 8 * 9;
    let worst = 0;
    for (let i = 0; i < data.length; i++) {
      const scale = quantized.scales[Math.floor(i / inner)]!;
      const x = data[i]!;
      const err = Math.abs(x - restored[i]!);
      // scale/2, plus float32 rounding of x/scale and of q·scale.
      const bound = scale / 2 + 2 ** -22 * (Math.abs(x) + scale);
      if (err > bound) assert.fail(`element ${i}: |${x} - ${restored[i]}| = ${err} > ${bound}`);
      worst = Math.max(worst, err / scale);
    }
    assert.ok(worst > 0.45, `the worst error is ${worst} scales: the data should exercise the bound`);
    for (let c = 0; c < 16; c++) {
      const channel = quantized.q.subarray(c * inner, (c + 1) * inner);
      assert.equal(Math.max(...Array.from(channel, Math.abs)), 127, `channel ${c} reaches ±127`);
    }
  });

  test('rejects a bad axis, mismatched dims and non-finite data', () => {
    const data = Float32Array.from([1, 2, 3, 4, 5, 6]);
    for (const axis of [-1, 2, 0.5, NaN]) assert.throws(() => quantizePerChannel(data, [2, 3], axis), RangeError, `axis ${axis}`);
    assert.throws(() => quantizePerChannel(data, [], 0), RangeError);
    assert.throws(() => quantizePerChannel(data, [2, 2], 0), RangeError);
    assert.throws(() => quantizePerChannel(data, [2, 4], 0), RangeError);
    assert.throws(() => quantizePerChannel(data, [-2, -3], 0), RangeError);
    for (const bad of [NaN, Infinity, -Infinity]) {
      const copy = data.slice();
      copy[4] = bad;
      assert.throws(() => quantizePerChannel(copy, [2, 3], 1), RangeError, String(bad));
    }
    const quantized = quantizePerChannel(data, [2, 3], 1);
    assert.throws(() => dequantizePerChannel(quantized, [2, 3], 0), RangeError); // 3 scales for 2 channels
    assert.throws(() => dequantizePerChannel(quantized, [2, 3], 2), RangeError);
    assert.throws(() => dequantizePerChannel(quantized, [3, 3], 1), RangeError);
  });
});

describe('allFinite', () => {
  test('spots NaN and infinities anywhere', () => {
    assert.equal(allFinite(new Float32Array(0)), true);
    assert.equal(allFinite(Float32Array.from([0, -0, 3.4028234663852886e38, -1e-45])), true);
    for (const bad of [NaN, Infinity, -Infinity]) {
      const data = Float32Array.from([1, 2, 3]);
      data[2] = bad;
      assert.equal(allFinite(data), false, String(bad));
      assert.equal(allFinite(data.subarray(0, 2)), true, 'a view ends where it ends');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// SQNR.

describe('sqnrDb', () => {
  test('identical tensors → Infinity', () => {
    const x = Float32Array.from([1, -2, 3]);
    assert.equal(sqnrDb(x, x.slice()), Infinity);
    assert.equal(sqnrDb(new Float32Array(0), new Float32Array(0)), Infinity);
  });

  test('known ratios', () => {
    // Signal 3² + 4² = 25, noise 0.5² = 0.25: a ratio of 100, 20 dB.
    assert.equal(sqnrDb(Float32Array.from([3, 4]), Float32Array.from([3, 4.5])), 20);
    assert.equal(sqnrDb(Float32Array.from([3, 4]), Float32Array.from([2.5, 4])), 20);
    // Noise 25 as well: 0 dB; noise 2500: -20 dB.
    assert.equal(sqnrDb(Float32Array.from([3, 4]), Float32Array.from([0, 0])), 0);
    assert.equal(sqnrDb(Float32Array.from([3, 4]), Float32Array.from([-27, -36])), -20);
  });

  test('a zero signal with noise → -Infinity', () => {
    assert.equal(sqnrDb(Float32Array.from([0, 0]), Float32Array.from([0, 1e-3])), -Infinity);
  });

  test('rejects a length mismatch', () => {
    assert.throws(() => sqnrDb(new Float32Array(2), new Float32Array(3)), RangeError);
  });

  test('fp16 and int8 round trips of random weights land where their precision says', () => {
    const data = randomData(4096, 99).map((x) => x / 8);
    const fp16 = sqnrDb(data, halfRestored(toHalf(data).bits));
    const int8 = sqnrDb(data, dequantizePerChannel(quantizePerChannel(data, [64, 64], 0), [64, 64], 0));
    // 11 significant bits keep the relative error near 2^-12: roughly 70 dB. Per-channel int8 over
    // magnitudes spanning 2^24 loses the small elements; it must still be well short of fp16.
    assert.ok(fp16 > 65 && fp16 < 80, `fp16 ${fp16} dB`);
    assert.ok(int8 < fp16 - 20, `int8 ${int8} dB vs fp16 ${fp16} dB`);
  });
});
