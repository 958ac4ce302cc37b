// The rule for repeated-sample metrics (timings, peak RSS), shared by the compare stage (the verdict) and the bench
// stage (when to stop sampling), so sampling stops exactly when more samples could no longer change the verdict.
import type { Series, TimingMetric, TimingRule } from '../bench/bench.js';
import { CONFIDENCE, type Interval, median, pairedRatio } from '../bench/stats.js';
import type { Threshold, ThresholdPair } from '../checks.js';

interface TimingJudgement {
  status: 'pass' | 'warn' | 'fail';
  /** Interval of the paired ratio candidate/baseline. */
  ratio: Interval;
  note: string | null;
}

/** An interval below 95% (fewer than 6 pairs) is shown, but it can neither fail a metric nor stop sampling. */
const trusted = (ratio: Interval) => ratio.confidence >= CONFIDENCE - 1e-12;

/** How far a ratio goes beyond a level, in the threshold's own terms: a share, or the metric's unit. */
function excess(t: Threshold, ratio: number, baselineMedian: number): number {
  const worsening = t.kind === 'relative' ? ratio - 1 : (ratio - 1) * baselineMedian;
  return worsening - t.amount;
}

/**
 * Fails (or warns) only when the whole interval lies beyond the fail (or warn) level. An estimate beyond the fail level
 * whose interval reaches back inside is inconclusive: a warning that shows the interval, never a failure. Anything else
 * is noise and passes.
 */
export function judgeTiming(series: Series, pair: ThresholdPair): TimingJudgement {
  const ratio = pairedRatio(series.baseline, series.candidate);
  const base = median(series.baseline);
  const beyond = (t: Threshold | null, r: number) => t !== null && excess(t, r, base) > 0;
  if (trusted(ratio) && beyond(pair.fail, ratio.low)) return { status: 'fail', ratio, note: null };
  if (trusted(ratio) && beyond(pair.warn, ratio.low)) return { status: 'warn', ratio, note: null };
  if (beyond(pair.fail, ratio.estimate)) {
    const why = trusted(ratio) ? `the ${pct(ratio.confidence)} interval reaches back inside it` : `${series.candidate.length} pairs are too few for a 95% interval`;
    return { status: 'warn', ratio, note: `beyond the fail level, but ${why}: inconclusive` };
  }
  return { status: 'pass', ratio, note: null };
}

/**
 * True when more samples cannot be expected to change the verdict: the interval is trusted and clear of every level set
 * (wholly beyond it or wholly within it). With no baseline there is nothing to decide.
 */
export function timingSettled(series: Series, pair: ThresholdPair): boolean {
  if (series.baseline.length === 0) return true;
  const ratio = pairedRatio(series.baseline, series.candidate);
  if (!trusted(ratio)) return false;
  const base = median(series.baseline);
  const clear = (t: Threshold | null) => t === null || excess(t, ratio.low, base) > 0 || excess(t, ratio.high, base) <= 0;
  return clear(pair.warn) && clear(pair.fail);
}

/** The rule the bench stage samples and re-measures by: this module's verdict, at each metric's thresholds. */
export function timingRule(thresholds: Record<TimingMetric, ThresholdPair>): TimingRule {
  return {
    settled: (metric, series) => timingSettled(series, thresholds[metric]),
    fails: (metric, series) => series.baseline.length > 0 && judgeTiming(series, thresholds[metric]).status === 'fail',
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
