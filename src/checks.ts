// Shared value types of a verdict: the metric catalog, a threshold, a check of one metric against it, the statuses and
// verdicts built from checks, and the confidence the intervals are judged at. A leaf: it imports nothing, so every stage
// that reads or writes them (bench, compare, variants, report, history, gate, inputs) imports them from here.

type Unit = 'bytes' | 'ms' | 'share' | 'value' | 'count';

/**
 * How a repeated-sample metric is measured (bench/): from each cold load in a fresh process, or as a quantile of the
 * warm runs of one latency round (bench/warm.ts computes every quantile listed here). Null: measured once, exactly.
 */
type Timing = null | { group: 'cold' } | { group: 'warm'; quantile: number };

interface MetricSpec {
  /** Where a flagged check of this metric stands in the summary line: what a reader cares about first, 1 first. */
  rank: number;
  label: string;
  unit: Unit;
  worse: 'higher' | 'lower';
  /** A timing metric (peak RSS too) comes from repeated paired samples and is judged with its confidence interval. */
  timing: Timing;
  defaults: { warn: string | null; fail: string | null };
}

/**
 * The metric catalog: every metric model-gate gates on, what it measures, which direction is worse and its default
 * thresholds. `MetricId`, the timing metrics and their groups, the warm-latency quantiles, the report's metric enum and
 * the thresholds table are all derived from it: a timing entry here is measured, compared and reported.
 */
const SPECS = {
  'packed-size': { rank: 12, label: 'packed size', unit: 'bytes', worse: 'higher', timing: null, defaults: { warn: '+5%', fail: '+25%' } },
  // Timing defaults, from the calibration (`npm run bench:verdicts`, README methodology) on a shared 2-core runner:
  // each fail level is at least twice the widest 95% interval end an unchanged model (A/A) reached, quiet or beside a
  // CPU hog, and each warn level lies above it, so an unchanged model settles to a pass instead of sampling to the
  // budget. They are judged on the interval: +10% fails only when the whole interval is above +10%, twice in a row.
  'load-time': { rank: 9, label: 'load time', unit: 'ms', worse: 'higher', timing: { group: 'cold' }, defaults: { warn: '+15%', fail: '+25%' } },
  'first-inference': { rank: 10, label: 'first inference', unit: 'ms', worse: 'higher', timing: { group: 'cold' }, defaults: { warn: '+15%', fail: '+30%' } },
  'latency-p50': { rank: 7, label: 'latency p50', unit: 'ms', worse: 'higher', timing: { group: 'warm', quantile: 0.5 }, defaults: { warn: '+5%', fail: '+10%' } },
  'latency-p95': { rank: 8, label: 'latency p95', unit: 'ms', worse: 'higher', timing: { group: 'warm', quantile: 0.95 }, defaults: { warn: '+10%', fail: '+20%' } },
  // Peak RSS varies by well under 1% between identical loads; these levels are a policy (a model that needs 10% more
  // memory to load should be a decision), not a noise floor.
  'peak-rss': { rank: 11, label: 'peak RSS (load)', unit: 'bytes', worse: 'higher', timing: { group: 'cold' }, defaults: { warn: '+5%', fail: '+10%' } },
  accuracy: { rank: 1, label: 'top-1 accuracy', unit: 'share', worse: 'lower', timing: null, defaults: { warn: '-0.005', fail: '-0.01' } },
  mae: { rank: 4, label: 'MAE', unit: 'value', worse: 'higher', timing: null, defaults: { warn: '+2%', fail: '+5%' } },
  rmse: { rank: 5, label: 'RMSE', unit: 'value', worse: 'higher', timing: null, defaults: { warn: '+2%', fail: '+5%' } },
  // Off by default: reference outputs are what the *previous* model produced, so any retrained candidate departs
  // from them. Set it when the candidate must reproduce them (re-export, graph optimisation, lossless repacking).
  // The interface contract (interface/contract.ts): the count of breaking changes to the model's inputs, outputs, opsets
  // and IR version; the baseline's side is 0. Any breaking change fails by default: a consumer of the model breaks.
  // A candidate whose side process was killed at a limit (side-time-limit, side-memory-limit) or died: 1, else no check.
  // Judged against 0 whatever the baseline: a model that does not run fails, `none` only shows it.
  runs: { rank: -1, label: 'runs', unit: 'count', worse: 'higher', timing: null, defaults: { warn: null, fail: '+0' } },
  interface: { rank: 0, label: 'interface', unit: 'count', worse: 'higher', timing: null, defaults: { warn: null, fail: '+0' } },
  'reference-agreement': { rank: 6, label: 'reference agreement', unit: 'share', worse: 'lower', timing: null, defaults: { warn: null, fail: null } },
  // Per-position classes (a language model's next token): exp of the mean negative log-likelihood of the labels. Relative
  // levels, as for MAE and RMSE: perplexity's scale depends on the vocabulary and the data, not on the change. A few
  // percent is what a careful 8-bit quantisation stays within; +5% is past that.
  perplexity: { rank: 3, label: 'perplexity', unit: 'value', worse: 'higher', timing: null, defaults: { warn: '+2%', fail: '+5%' } },
  // The worst class's recall drop (eval/classes.ts): judged only when the drop is also significant at 95% by the exact
  // McNemar test on that class's samples, Holm-corrected over the classes tested, so the levels need not sit above the
  // noise and can be what matters: 10 pp of one class of ten is the 1 pp overall that accuracy fails at, and hides in.
  'class-recall': { rank: 2, label: 'worst class recall', unit: 'share', worse: 'lower', timing: null, defaults: { warn: '-0.05', fail: '-0.1' } },
} as const satisfies Record<string, MetricSpec>;

/** The metrics model-gate gates on: the catalog's keys. */
export type MetricId = keyof typeof SPECS;

export interface MetricDef extends MetricSpec {
  id: MetricId;
}

export const METRIC_IDS = Object.keys(SPECS) as MetricId[];

export const METRICS: Record<MetricId, MetricDef> = Object.fromEntries(METRIC_IDS.map((id) => [id, { id, ...SPECS[id] }])) as Record<MetricId, MetricDef>;

export function isMetricId(value: string): value is MetricId {
  return Object.hasOwn(SPECS, value);
}

type InGroup<G extends 'cold' | 'warm'> = { [M in MetricId]: (typeof SPECS)[M]['timing'] extends { group: G } ? M : never }[MetricId];
/** Metrics measured from cold loads (a fresh process per sample), and so re-measured together. */
export type ColdMetric = InGroup<'cold'>;
/** Metrics measured as quantiles of warm latency rounds, and so re-measured together. */
export type WarmMetric = InGroup<'warm'>;
export type TimingMetric = ColdMetric | WarmMetric;

const inGroup = (group: 'cold' | 'warm') => METRIC_IDS.filter((id) => METRICS[id].timing?.group === group);
export const COLD_METRICS = inGroup('cold') as ColdMetric[];
export const WARM_METRICS = inGroup('warm') as WarmMetric[];
/** Every timing metric: the cold ones, then the warm ones (the order of a report's timing checks). */
export const TIMING_METRICS: readonly TimingMetric[] = [...COLD_METRICS, ...WARM_METRICS];

/** The timing metrics a release history chains: measured side by side in every release's job. */
export const HISTORY_METRICS = ['load-time', 'latency-p50'] as const satisfies readonly TimingMetric[];
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

/** The quantile of a warm latency round a warm metric is (0.5 for p50). */
export function warmQuantile(metric: WarmMetric): number {
  const timing = METRICS[metric].timing;
  if (timing?.group !== 'warm') throw new Error(`${metric} is not a warm latency metric`);
  return timing.quantile;
}

/** The confidence every timing interval is computed at, and the least an interval needs to fail a timing or a drift. */
export const CONFIDENCE = 0.95;

/** Why sampling stopped: every interval was clear of its thresholds, the time budget ran out, or the pair cap was hit. */
export const STOP_REASONS = ['settled', 'budget', 'max-pairs'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface Sampling {
  pairs: number;
  stop: StopReason;
  seconds: number;
}

/** Which verdict fails the gate (exit code 1, a failed step). */
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const STATUSES = ['pass', 'warn', 'fail', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];
export const VERDICTS = ['pass', 'warn', 'fail', 'no-baseline'] as const;
export type Verdict = (typeof VERDICTS)[number];

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
  /** A warning because the estimate crossed the fail level while its interval did not: not a measured regression. */
  inconclusive: boolean;
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
