// The metrics model-gate gates on: what each measures, which direction is worse, and the default thresholds.

import type { MetricId } from '../checks.js';

type Unit = 'bytes' | 'ms' | 'share' | 'value';

// Metric ids are shared value types (src/checks.ts); re-exported beside the catalog that defines them.
export type { MetricId } from '../checks.js';

export interface MetricDef {
  id: MetricId;
  /** Where a flagged check of this metric stands in the summary line: what a reader cares about first, 1 first. */
  rank: number;
  label: string;
  unit: Unit;
  worse: 'higher' | 'lower';
  /** A timing metric (peak RSS too) comes from repeated paired samples and is judged with its confidence interval. */
  timing: boolean;
  defaults: { warn: string | null; fail: string | null };
}

export const METRICS: Record<MetricId, MetricDef> = {
  'packed-size': { id: 'packed-size', rank: 10, label: 'packed size', unit: 'bytes', worse: 'higher', timing: false, defaults: { warn: '+5%', fail: '+25%' } },
  // Timing defaults, from the calibration (`npm run bench:verdicts`, README methodology) on a shared 2-core runner:
  // each fail level is at least twice the widest 95% interval end an unchanged model (A/A) reached, quiet or beside a
  // CPU hog, and each warn level lies above it, so an unchanged model settles to a pass instead of sampling to the
  // budget. They are judged on the interval: +10% fails only when the whole interval is above +10%, twice in a row.
  'load-time': { id: 'load-time', rank: 7, label: 'load time', unit: 'ms', worse: 'higher', timing: true, defaults: { warn: '+15%', fail: '+25%' } },
  'first-inference': { id: 'first-inference', rank: 8, label: 'first inference', unit: 'ms', worse: 'higher', timing: true, defaults: { warn: '+15%', fail: '+30%' } },
  'latency-p50': { id: 'latency-p50', rank: 5, label: 'latency p50', unit: 'ms', worse: 'higher', timing: true, defaults: { warn: '+5%', fail: '+10%' } },
  'latency-p95': { id: 'latency-p95', rank: 6, label: 'latency p95', unit: 'ms', worse: 'higher', timing: true, defaults: { warn: '+10%', fail: '+20%' } },
  // Peak RSS varies by well under 1% between identical loads; these levels are a policy (a model that needs 10% more
  // memory to load should be a decision), not a noise floor.
  'peak-rss': { id: 'peak-rss', rank: 9, label: 'peak RSS (load)', unit: 'bytes', worse: 'higher', timing: true, defaults: { warn: '+5%', fail: '+10%' } },
  accuracy: { id: 'accuracy', rank: 1, label: 'top-1 accuracy', unit: 'share', worse: 'lower', timing: false, defaults: { warn: '-0.005', fail: '-0.01' } },
  mae: { id: 'mae', rank: 2, label: 'MAE', unit: 'value', worse: 'higher', timing: false, defaults: { warn: '+2%', fail: '+5%' } },
  rmse: { id: 'rmse', rank: 3, label: 'RMSE', unit: 'value', worse: 'higher', timing: false, defaults: { warn: '+2%', fail: '+5%' } },
  'reference-agreement': {
    id: 'reference-agreement',
    rank: 4,
    label: 'reference agreement',
    unit: 'share',
    worse: 'lower',
    timing: false,
    // Off by default: reference outputs are what the *previous* model produced, so any retrained candidate departs
    // from them. Set it when the candidate must reproduce them (re-export, graph optimisation, lossless repacking).
    defaults: { warn: null, fail: null },
  },
  // Per-position classes (a language model's next token): exp of the mean negative log-likelihood of the labels. Relative
  // levels, as for MAE and RMSE: perplexity's scale depends on the vocabulary and the data, not on the change. A few
  // percent is what a careful 8-bit quantisation stays within; +5% is past that.
  perplexity: { id: 'perplexity', rank: 11, label: 'perplexity', unit: 'value', worse: 'higher', timing: false, defaults: { warn: '+2%', fail: '+5%' } },
  // The worst class's recall drop (eval/classes.ts): judged only when the drop is also significant at 95% by the exact
  // McNemar test on that class's samples, Holm-corrected over the classes tested, so the levels need not sit above the
  // noise and can be what matters: 10 pp of one class of ten is the 1 pp overall that accuracy fails at, and hides in.
  'class-recall': { id: 'class-recall', rank: 12, label: 'worst class recall', unit: 'share', worse: 'lower', timing: false, defaults: { warn: '-0.05', fail: '-0.1' } },
};

export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

export function isMetricId(value: string): value is MetricId {
  return Object.hasOwn(METRICS, value);
}
