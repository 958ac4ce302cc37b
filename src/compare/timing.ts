// The interval rule, for every change judged on a confidence interval: a timing against its thresholds (the compare
// stage's verdict and the bench stage's stopping rule, so sampling stops exactly when more samples could no longer change
// the verdict), a release history's chained drift (history/history.ts), and a report read back (report/recheck.ts).
// The intervals themselves are built elsewhere, each its own way; only the judgement of one is here.
import type { Series, TimingMetric, TimingRule } from '../bench/bench.js';
import { type Interval, median, pairedRatio } from '../bench/stats.js';
import { CONFIDENCE, type Status, type Threshold, type ThresholdPair } from '../checks.js';

/** A relative change (candidate/baseline − 1) with its interval; `confidence` is the coverage the interval reached. */
interface RelativeInterval {
  estimate: number;
  low: number;
  high: number;
  confidence: number;
}

/** Why an estimate beyond the fail level only warns: its interval reaches back inside the level, or is below 95%. */
type Inconclusive = 'interval' | 'few-pairs';

interface IntervalJudgement {
  status: 'pass' | 'warn' | 'fail';
  /** Set on a warning the estimate gives and the interval does not back; null otherwise. */
  inconclusive: Inconclusive | null;
}

/** An interval below 95% (fewer than 6 pairs) is shown, but it can neither fail a metric nor stop sampling. */
const trusted = (i: RelativeInterval) => i.confidence >= CONFIDENCE - 1e-12;

/**
 * How far a relative change goes beyond a level, in the threshold's own terms: a share, or the metric's unit (then
 * `baseline` gives the scale; a chained drift has none, and its levels are relative by their parser).
 */
function excess(t: Threshold, relative: number, baseline: number | null): number {
  const worsening = t.kind === 'relative' ? relative : relative * (baseline ?? Number.NaN);
  return worsening - t.amount;
}
const beyond = (t: Threshold | null, relative: number, baseline: number | null) => t !== null && excess(t, relative, baseline) > 1e-12;

/**
 * Fails (or warns) only when the whole interval lies beyond the fail (or warn) level. An estimate beyond the fail level
 * whose interval reaches back inside is inconclusive: a warning that shows the interval, never a failure. Anything else
 * is noise and passes.
 */
export function judgeInterval(change: RelativeInterval, pair: ThresholdPair, baseline: number | null): IntervalJudgement {
  const sure = trusted(change);
  if (sure && beyond(pair.fail, change.low, baseline)) return { status: 'fail', inconclusive: null };
  if (sure && beyond(pair.warn, change.low, baseline)) return { status: 'warn', inconclusive: null };
  if (beyond(pair.fail, change.estimate, baseline)) return { status: 'warn', inconclusive: sure ? 'interval' : 'few-pairs' };
  return { status: 'pass', inconclusive: null };
}

/**
 * The drift rule: the interval rule on a release history's chained change (history/history.ts), null when there is no
 * chain. An interval below 95% (a step with fewer than 6 pairs) can warn, never fail.
 */
export function judgeDrift(chained: RelativeInterval | null, pair: ThresholdPair, steps: number): { status: Status; note: string | null; inconclusive: boolean } {
  if (pair.warn === null && pair.fail === null) return { status: 'skipped', note: null, inconclusive: false };
  if (!chained) return { status: 'skipped', note: 'no chain to judge', inconclusive: false };
  // Drift levels are relative (their parser refuses others), so the chain needs no baseline scale.
  const judged = judgeInterval(chained, pair, null);
  const over = `over ${steps} release${steps === 1 ? '' : 's'}`;
  if (judged.inconclusive === null) return { status: judged.status, note: over, inconclusive: false };
  const why = judged.inconclusive === 'interval' ? 'the chained interval reaches back inside it' : `a step of the chain has too few pairs for a ${pct(CONFIDENCE)} interval`;
  return { status: judged.status, note: `${over}: beyond the fail level, but ${why}: inconclusive`, inconclusive: true };
}

/** The relative change of a paired ratio interval. */
const relativeOf = (ratio: Interval): RelativeInterval => ({ estimate: ratio.estimate - 1, low: ratio.low - 1, high: ratio.high - 1, confidence: ratio.confidence });

interface TimingJudgement extends IntervalJudgement {
  /** Interval of the paired ratio candidate/baseline. */
  ratio: Interval;
  note: string | null;
}

/** A timing's samples judged by the interval rule, with the note a reader sees on an inconclusive warning. */
export function judgeTiming(series: Series, pair: ThresholdPair): TimingJudgement {
  const ratio = pairedRatio(series.baseline, series.candidate);
  const judged = judgeInterval(relativeOf(ratio), pair, median(series.baseline));
  return { ...judged, ratio, note: timingNote(judged.inconclusive, series.candidate.length, ratio.confidence) };
}

/** The note of an inconclusive timing (`confidence`: the coverage its interval reached), or null. */
function timingNote(inconclusive: Inconclusive | null, pairs: number, confidence: number): string | null {
  if (inconclusive === null) return null;
  const why = inconclusive === 'interval' ? `the ${pct(confidence)} interval reaches back inside it` : `${pairs} pairs are too few for a ${pct(CONFIDENCE)} interval`;
  return `beyond the fail level, but ${why}: inconclusive`;
}

/**
 * True when more samples cannot be expected to change the verdict: the interval is trusted and clear of every level set
 * (wholly beyond it or wholly within it). With no baseline there is nothing to decide.
 */
export function timingSettled(series: Series, pair: ThresholdPair): boolean {
  if (series.baseline.length === 0) return true;
  const change = relativeOf(pairedRatio(series.baseline, series.candidate));
  if (!trusted(change)) return false;
  const base = median(series.baseline);
  const clear = (t: Threshold | null) => t === null || beyond(t, change.low, base) || !beyond(t, change.high, base);
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
