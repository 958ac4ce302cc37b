// Order statistics and a paired bootstrap: pure functions over numbers, deterministic for a given input.

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Linear interpolation between closest ranks (numpy's default), so small samples give sensible quantiles.
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** A point estimate with a confidence interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
  confidence: number;
}

/** mulberry32: a small seeded generator, so the same samples always give the same interval. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Median of per-pair ratios candidate/baseline with a percentile-bootstrap interval. Pairing (A B measured next to each
 * other) cancels drift that hits both sides; the median ignores the odd outlier a shared machine produces.
 */
export function pairedRatio(baseline: readonly number[], candidate: readonly number[], confidence = 0.95, resamples = 2000): Interval {
  const n = Math.min(baseline.length, candidate.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = baseline[i]!;
    const c = candidate[i]!;
    if (b > 0 && Number.isFinite(b) && Number.isFinite(c)) ratios.push(c / b);
  }
  if (ratios.length === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, confidence };
  const estimate = median(ratios);
  const random = seededRandom(ratios.length * 7919 + 17);
  const medians: number[] = [];
  const draw = new Array<number>(ratios.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < ratios.length; i++) draw[i] = ratios[Math.floor(random() * ratios.length)]!;
    medians.push(median(draw));
  }
  const tail = (1 - confidence) / 2;
  return { estimate, low: quantile(medians, tail), high: quantile(medians, 1 - tail), confidence };
}
