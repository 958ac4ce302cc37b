// Shared value types of a verdict: a threshold, a check of one metric against it, and the statuses and verdicts built
// from checks. Every stage that reads or writes them (compare, variants, report, gate) imports them from here, not from
// each other.

/** The metrics model-gate gates on; compare/metrics.ts describes each (direction, unit, default thresholds). */
export type MetricId =
  | 'packed-size'
  | 'load-time'
  | 'first-inference'
  | 'latency-p50'
  | 'latency-p95'
  | 'peak-rss'
  | 'accuracy'
  | 'mae'
  | 'rmse'
  | 'reference-agreement'
  | 'perplexity'
  | 'class-recall';

/** Why sampling stopped: every interval was clear of its thresholds, the time budget ran out, or the pair cap was hit. */
export const STOP_REASONS = ['settled', 'budget', 'max-pairs'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface Sampling {
  pairs: number;
  stop: StopReason;
  seconds: number;
}

/** Which verdict fails the gate (exit code 1, a failed step). */
export type FailOn = 'fail' | 'warn' | 'never';

export type Status = 'pass' | 'warn' | 'fail' | 'skipped';
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline';

export interface Change {
  /** candidate − baseline, in the metric's unit. */
  absolute: number;
  /** (candidate − baseline) / baseline; null when the baseline is 0. */
  relative: number | null;
  /** For timings: the confidence interval of the relative change (median of paired ratios − 1); `relative` is its estimate. */
  interval: { low: number; high: number; confidence: number } | null;
}

export interface Check {
  metric: MetricId;
  baseline: number | null;
  candidate: number | null;
  change: Change | null;
  threshold: { warn: string | null; fail: string | null };
  status: Status;
  /** Why a check was skipped or is only a warning, in one short sentence. */
  note: string | null;
  samples: { baseline: number; candidate: number } | null;
  /** For timings: how the samples judged were taken (pairs, why sampling stopped, seconds). */
  sampling: Sampling | null;
  /** For timings re-measured because they failed: the first measurement, which the verdict no longer rests on. */
  firstAttempt: { status: Status; change: Change } | null;
}

/** How far a metric may move in its worse direction: by a share of the baseline, or by an absolute amount. */
export interface Threshold {
  kind: 'relative' | 'absolute';
  /** Magnitude in the worse direction, ≥ 0: 0.1 for `+10%` on a lower-is-better metric, 0.01 for `-0.01` on accuracy. */
  amount: number;
  /** As the user wrote it, normalised (e.g. `+10%`). */
  text: string;
}

export interface ThresholdPair {
  warn: Threshold | null;
  fail: Threshold | null;
}
