// Order statistics and the paired-ratio interval: pure functions over numbers, deterministic for a given input.
import { CONFIDENCE } from '../checks.js';

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

/** A point estimate with a confidence interval; `confidence` is the coverage actually reached (see medianInterval). */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
  confidence: number;
}


/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed in log space so n in the thousands stays exact enough. */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let logTerm = -n * Math.LN2; // log C(n,0) / 2^n
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/**
 * Distribution-free interval for the median: the order statistics [x(k), x(n+1−k)] cover the true median with
 * probability 1 − 2·P(Binomial(n, ½) < k), whatever the distribution (the sign test, inverted). It needs no resampling,
 * so it is exact at the small sample counts a CI job can afford and cheap to recompute after every new pair. k is the
 * largest rank reaching `confidence`; below 6 values no rank does at 95%, and the result is [min, max] with the lower
 * coverage it really has, which callers must check before trusting it.
 */
export function medianInterval(values: readonly number[], confidence = CONFIDENCE): Interval {
  const n = values.length;
  if (n === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, confidence: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const coverage = (k: number) => 1 - 2 * binomialHalfCdf(k - 1, n);
  let k = 1;
  while (k + 1 <= Math.floor(n / 2) && coverage(k + 1) >= confidence) k++;
  return { estimate: median(sorted), low: sorted[k - 1]!, high: sorted[n - k]!, confidence: coverage(k) };
}

/** candidate[i] / baseline[i] for each pair whose two values are usable (finite, baseline above 0). */
export function pairRatios(baseline: readonly number[], candidate: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(baseline.length, candidate.length); i++) {
    const b = baseline[i]!;
    const c = candidate[i]!;
    if (b > 0 && Number.isFinite(b) && Number.isFinite(c)) ratios.push(c / b);
  }
  return ratios;
}

/**
 * Median of per-pair ratios candidate/baseline with its distribution-free interval. Pairing (A and B measured next to
 * each other) cancels drift that hits both sides; the median ignores the odd outlier a shared machine produces.
 */
export function pairedRatio(baseline: readonly number[], candidate: readonly number[], confidence = CONFIDENCE): Interval {
  return medianInterval(pairRatios(baseline, candidate), confidence);
}
