// Compare stage: measurements in, checks and verdicts out. Pure: no I/O, no clock, no randomness beyond the seeded
// bootstrap in stats.ts, so the same measurements always give the same verdict.
import type { BenchResult, PairedSamples } from '../bench/bench.js';
import { median, pairedRatio, quantile } from '../bench/stats.js';
import type { EvalResult } from '../eval/evaluate.js';
import type { ManifestModel } from '../pack/manifest.js';
import { type MetricId, METRICS, type Threshold, type ThresholdPair } from './metrics.js';

export type Status = 'pass' | 'warn' | 'fail' | 'skipped';
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline';

export interface Change {
  /** candidate − baseline, in the metric's unit. */
  absolute: number;
  /** (candidate − baseline) / baseline; null when the baseline is 0. */
  relative: number | null;
  /** For timings: the confidence interval of the relative change (median of paired ratios − 1). */
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
}

export interface ModelMeasurement {
  name: string;
  baseline: ManifestModel | null;
  candidate: ManifestModel;
  bench: BenchResult | null;
  eval: EvalResult | null;
  /** Set when the eval stage had nothing to work on, e.g. "no eval data given". */
  evalSkipped: string | null;
}

export interface ModelComparison {
  name: string;
  verdict: Verdict;
  baseline: ManifestModel | null;
  candidate: ManifestModel;
  checks: Check[];
  eval: EvalResult | null;
}

export function compareModel(m: ModelMeasurement, thresholds: Record<MetricId, ThresholdPair>): ModelComparison {
  const has = m.baseline !== null;
  const checks: Check[] = [];
  const add = (metric: MetricId, baseline: number | null, candidate: number | null, extra: Partial<Check> = {}) =>
    checks.push(deterministicCheck(metric, has ? baseline : null, candidate, thresholds[metric], extra));

  add('packed-size', m.baseline?.packed.bytes ?? null, m.candidate.packed.bytes);
  if (m.bench) {
    const b = m.bench;
    checks.push(timingCheck('load-time', b.load, b.load, thresholds['load-time'], has));
    checks.push(timingCheck('first-inference', b.firstInference, b.firstInference, thresholds['first-inference'], has));
    checks.push(timingCheck('latency-p50', b.latencyP50, b.latencySamples, thresholds['latency-p50'], has, 0.5));
    checks.push(timingCheck('latency-p95', b.latencyP95, b.latencySamples, thresholds['latency-p95'], has, 0.95));
  }
  const e = m.eval;
  if (!e) {
    add('accuracy', null, null, { status: 'skipped', note: m.evalSkipped ?? 'no eval data given' });
  } else {
    const c = e.candidate ?? e.baseline;
    const base = e.candidate ? e.baseline : null;
    if (e.task === 'classification') add('accuracy', base?.accuracy ?? null, c.accuracy);
    else if (e.task === 'regression') {
      add('mae', base?.mae ?? null, c.mae);
      add('rmse', base?.rmse ?? null, c.rmse);
    } else add('accuracy', null, null, { status: 'skipped', note: 'the eval data has no labels' });
    if (c.referenceAgreement !== null) add('reference-agreement', base?.referenceAgreement ?? null, c.referenceAgreement);
  }
  return { name: m.name, verdict: has ? worst(checks.map((c) => c.status)) : 'no-baseline', baseline: m.baseline, candidate: m.candidate, checks, eval: m.eval };
}

export function overallVerdict(models: ModelComparison[]): Verdict {
  if (models.length === 0 || models.every((m) => m.verdict === 'no-baseline')) return 'no-baseline';
  return worst(models.flatMap((m) => (m.verdict === 'no-baseline' ? [] : [m.verdict])));
}

function worst(statuses: Status[]): 'pass' | 'warn' | 'fail' {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('warn')) return 'warn';
  return 'pass';
}

function thresholdText(pair: ThresholdPair) {
  return { warn: pair.warn?.text ?? null, fail: pair.fail?.text ?? null };
}

/** How far the change goes in the metric's worse direction, in the threshold's terms (share or unit). */
function worsening(metric: MetricId, change: Change, t: Threshold): number {
  const sign = METRICS[metric].worse === 'higher' ? 1 : -1;
  if (t.kind === 'absolute') return sign * change.absolute;
  if (change.relative === null) return sign * change.absolute > 0 ? Number.POSITIVE_INFINITY : 0;
  return sign * change.relative;
}

function deterministicCheck(metric: MetricId, baseline: number | null, candidate: number | null, pair: ThresholdPair, extra: Partial<Check>): Check {
  const check: Check = { metric, baseline, candidate, change: null, threshold: thresholdText(pair), status: 'skipped', note: null, samples: null, ...extra };
  if (extra.status) return check;
  if (candidate === null || baseline === null) {
    check.note = baseline === null && candidate !== null ? 'no baseline to compare with' : 'not measured';
    return check;
  }
  check.change = changeOf(baseline, candidate, null);
  const beyond = (t: Threshold | null) => t !== null && worsening(metric, check.change!, t) > t.amount + 1e-12;
  check.status = beyond(pair.fail) ? 'fail' : beyond(pair.warn) ? 'warn' : 'pass';
  return check;
}

/**
 * A timing check is decided on the interval of the paired ratio, not on two medians: it fails (or warns) only when the
 * whole interval lies beyond the fail (or warn) level. A change whose estimate is beyond the fail level but whose
 * interval reaches back inside is inconclusive and reported as a warning; noise inside the interval passes.
 */
function timingCheck(metric: MetricId, paired: PairedSamples, all: PairedSamples, pair: ThresholdPair, hasBaseline: boolean, q = 0.5): Check {
  const candidate = quantile(all.candidate, q);
  const samples = { baseline: hasBaseline ? paired.baseline.length : 0, candidate: paired.candidate.length };
  const check: Check = { metric, baseline: null, candidate, change: null, threshold: thresholdText(pair), status: 'skipped', note: null, samples };
  if (!hasBaseline) {
    check.note = 'no baseline to compare with';
    return check;
  }
  const baseline = quantile(all.baseline, q);
  check.baseline = baseline;
  const ratio = pairedRatio(paired.baseline, paired.candidate);
  const interval = { low: ratio.low - 1, high: ratio.high - 1, confidence: ratio.confidence };
  check.change = { absolute: candidate - baseline, relative: ratio.estimate - 1, interval };
  const pairedBase = median(paired.baseline);
  // Worsening at the interval's two ends and at its estimate, in the threshold's terms.
  const at = (t: Threshold, r: number) => (t.kind === 'relative' ? r - 1 : (r - 1) * pairedBase);
  const beyond = (t: Threshold | null, r: number) => t !== null && at(t, r) > t.amount;
  if (beyond(pair.fail, ratio.low)) check.status = 'fail';
  else if (beyond(pair.warn, ratio.low)) check.status = 'warn';
  else if (beyond(pair.fail, ratio.estimate)) {
    check.status = 'warn';
    check.note = `beyond the fail level, but the ${Math.round(ratio.confidence * 100)}% interval reaches back inside it: inconclusive`;
  } else check.status = 'pass';
  return check;
}

function changeOf(baseline: number, candidate: number, interval: Change['interval']): Change {
  return { absolute: candidate - baseline, relative: baseline === 0 ? null : (candidate - baseline) / baseline, interval };
}
