// The statistics behind timing verdicts, on synthetic samples whose answers are known, and adaptive sampling with a fake
// clock: no model, no child process, no real time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { binomialHalfCdf, median, medianInterval, pairedRatio, pairRatios, quantile } from '../src/bench/stats.js';
import { samplePairs } from '../src/bench/sampling.js';

/** A seeded xorshift32 in [0, 1), so every run of the suite draws the same samples. */
function uniform(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Log-normal ratios around `centre`: multiplicative noise, like timings on a shared machine. */
function noisyRatios(n: number, centre: number, spread: number, next: () => number): number[] {
  return Array.from({ length: n }, () => centre * Math.exp(spread * (next() + next() + next() - 1.5) * 2));
}

const close = (a: number, b: number, eps = 1e-12) => Math.abs(a - b) <= eps;

describe('order statistics', () => {
  test('quantiles interpolate between ranks', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.equal(quantile([0, 10], 0.95), 9.5);
    assert.ok(Number.isNaN(median([])));
  });

  test('the binomial tail matches hand-computed values', () => {
    assert.ok(close(binomialHalfCdf(0, 6), 1 / 64));
    assert.ok(close(binomialHalfCdf(1, 10), 11 / 1024));
    assert.ok(close(binomialHalfCdf(5, 20), 21700 / 1048576));
    assert.equal(binomialHalfCdf(-1, 5), 0);
    assert.equal(binomialHalfCdf(5, 5), 1);
    assert.ok(close(binomialHalfCdf(1000, 2000) + binomialHalfCdf(999, 2000), 1, 1e-9), 'symmetric around n/2');
  });
});

describe('median interval', () => {
  test('1…20: the 95% interval is the 6th to the 15th value, with coverage 1 − 2·P(B ≤ 5)', () => {
    const r = medianInterval(Array.from({ length: 20 }, (_, i) => 20 - i));
    assert.deepEqual([r.estimate, r.low, r.high], [10.5, 6, 15]);
    assert.ok(close(r.confidence, 1 - (2 * 21700) / 1048576));
  });

  test('all-equal samples give that value with a zero-width interval', () => {
    const r = medianInterval(Array(12).fill(1.25));
    assert.deepEqual([r.estimate, r.low, r.high], [1.25, 1.25, 1.25]);
    assert.ok(r.confidence >= 0.95);
  });

  test('below 6 values no interval reaches 95%: [min, max] with the coverage it really has', () => {
    const r = medianInterval([3, 1, 2, 5, 4]);
    assert.deepEqual([r.low, r.high], [1, 5]);
    assert.ok(close(r.confidence, 1 - 2 / 32));
    assert.ok(medianInterval([1, 2, 3, 4, 5, 6]).confidence >= 0.95);
    assert.ok(Number.isNaN(medianInterval([]).estimate));
  });

  test('outliers: two wild values among 20 move neither the estimate nor the interval', () => {
    const next = uniform(7);
    const clean = noisyRatios(20, 1, 0.02, next);
    const dirty = [...clean];
    dirty[3] = 40;
    dirty[11] = 0.01;
    const a = medianInterval(clean);
    const b = medianInterval(dirty);
    assert.ok(Math.abs(b.estimate - a.estimate) < 0.02 && b.low > 0.95 && b.high < 1.05, JSON.stringify(b));
  });

  test('bimodal samples: the interval straddles both modes instead of picking one', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 0.9 : 1.6));
    const r = medianInterval(values);
    assert.deepEqual([r.low, r.high], [0.9, 1.6]);
    assert.ok(r.estimate > 0.9 && r.estimate < 1.6);
  });

  test('coverage: over 2000 seeded trials of 15 noisy ratios, the 95% interval holds the true median about 96% of the time', () => {
    const next = uniform(42);
    let covered = 0;
    for (let t = 0; t < 2000; t++) {
      const r = medianInterval(noisyRatios(15, 1.15, 0.1, next));
      if (r.low <= 1.15 && 1.15 <= r.high) covered++;
    }
    // Exact coverage for n = 15 is 1 − 2·P(B ≤ 3) = 96.5%; 2000 trials put the count within about ±1 point of it.
    assert.ok(covered / 2000 > 0.945 && covered / 2000 < 0.985, `covered ${covered / 2000}`);
  });
});

describe('paired ratio', () => {
  test('a uniform slowdown is found exactly, whatever the noise common to both sides of a pair', () => {
    const next = uniform(3);
    const base = Array.from({ length: 12 }, () => 10 * (1 + next()));
    const r = pairedRatio(base, base.map((x) => x * 1.2));
    assert.ok(close(r.estimate, 1.2) && close(r.low, 1.2) && close(r.high, 1.2));
  });

  test('pairs with a zero, negative or non-finite value are left out; unequal lengths use the common prefix', () => {
    assert.deepEqual(pairRatios([1, 0, -1, 2, Number.NaN, 4], [2, 1, 1, Number.POSITIVE_INFINITY, 1, 2, 9]), [2, 0.5]);
    assert.ok(Number.isNaN(pairedRatio([], []).estimate));
  });

  test('the same samples always give the same interval', () => {
    const next = uniform(9);
    const a = Array.from({ length: 10 }, () => 3 + next());
    const b = a.map((x) => x * (1 + 0.1 * next()));
    assert.deepEqual(pairedRatio(a, b), pairedRatio([...a], [...b]));
  });
});

describe('adaptive sampling', () => {
  /** A clock that advances `step` ms per pair taken. */
  function fakeRun(step: number) {
    let time = 0;
    const taken: number[] = [];
    return { now: () => time, take: async (i: number) => void (taken.push(i), (time += step)), taken };
  }

  test('stops as soon as the minimum is in and the samples settle', async () => {
    const f = fakeRun(100);
    const s = await samplePairs({ minPairs: 6, maxPairs: 100, budgetMs: 60_000 }, f.take, () => f.taken.length >= 9, f.now);
    assert.deepEqual([s.pairs, s.stop, s.seconds], [9, 'settled', 0.9]);
  });

  test('settled is not asked before the minimum', async () => {
    const f = fakeRun(100);
    const s = await samplePairs({ minPairs: 6, maxPairs: 100, budgetMs: 60_000 }, f.take, () => true, f.now);
    assert.deepEqual([s.pairs, s.stop], [6, 'settled']);
  });

  test('the budget stops sampling before a pair that would not fit, once the minimum is in', async () => {
    const f = fakeRun(1000);
    const s = await samplePairs({ minPairs: 4, maxPairs: 100, budgetMs: 5_500 }, f.take, () => false, f.now);
    assert.deepEqual([s.pairs, s.stop], [5, 'budget']);
    assert.ok(s.seconds <= 5.5);
  });

  test('the budget outranks the minimum: a pair that would not fit is not started, but one pair always is', async () => {
    const f = fakeRun(1000);
    const s = await samplePairs({ minPairs: 10, maxPairs: 100, budgetMs: 5_500 }, f.take, () => false, f.now);
    assert.deepEqual([s.pairs, s.stop, s.seconds], [5, 'budget', 5]);
    const g = fakeRun(1000);
    assert.deepEqual(Object.values(await samplePairs({ minPairs: 3, maxPairs: 100, budgetMs: 0 }, g.take, () => false, g.now)).slice(0, 2), [1, 'budget'], 'no budget at all: one pair');
  });

  test('the pair cap holds when nothing settles', async () => {
    const g = fakeRun(1);
    assert.deepEqual(Object.values(await samplePairs({ minPairs: 1, maxPairs: 7, budgetMs: 60_000 }, g.take, () => false, g.now)).slice(0, 2), [7, 'max-pairs']);
  });
});
