// Compare stage: measurements in, checks and verdicts out. Pure: no I/O, no clock, no randomness (the timing intervals
// are order statistics), so the same measurements always give the same verdict.
import { type Attempt, type BenchResult, type PhaseRow, TIMING_METRICS } from '../bench/bench.js';
import { type Interval, median } from '../bench/stats.js';
import type { EvalResult } from '../eval/evaluate.js';
import { type ManifestModel, totalPackedBytes } from '../pack/format/manifest.js';
import { CONFIDENCE, type MetricId, METRICS } from '../checks.js';
import type { ClassFigures } from '../eval/classes.js';
import type { Change, Check, Status, Threshold, ThresholdPair, Verdict } from '../checks.js';
import { breakingCount, type InterfaceComparison } from '../interface/contract.js';
import { judgeTiming } from './timing.js';
import type { VariantTable } from '../variants/choose.js';
import type { DeathCause } from '../bench/side.js';
import type { SideMode } from '../modes.js';

export interface ModelMeasurement {
  name: string;
  baseline: ManifestModel | null;
  candidate: ManifestModel;
  bench: BenchResult | null;
  eval: EvalResult | null;
  /** Set when the eval stage had nothing to work on, e.g. "no eval data given". */
  evalSkipped: string | null;
  /** The candidate's bytes are the baseline's: nothing was measured (bench and eval are null). */
  unchanged: boolean;
  /** The interface contract against the baseline (interface/contract.ts); null or absent without a baseline. */
  interface?: InterfaceComparison | null;
  /** The candidate's side process was killed at a limit or died: nothing after that was measured. */
  died?: { death: DeathCause; detail: string } | null;
  /** How the sides ran (bench/sides.ts); null when nothing ran (an unchanged model). */
  measurement?: Measurement | null;
}

/** How a model's sides ran: the mode, why (bench/sides.ts), the process tree's peak memory and each side's limits. */
interface Measurement {
  mode: SideMode;
  needBytes: number;
  availableBytes: number;
  /** Peak resident memory of the whole process tree (the gate and its side processes), sampled; null off Linux. */
  peakRssBytes: number | null;
  timeLimitSeconds: number;
  memoryLimitBytes: number | null;
}

export interface ModelComparison {
  name: string;
  verdict: Verdict;
  baseline: ManifestModel | null;
  candidate: ManifestModel;
  checks: Check[];
  eval: EvalResult | null;
  /** The candidate's bytes are the baseline's, so it was not measured again. */
  unchanged: boolean;
  /** Cold-load phases (wall, CPU, peak RSS medians per side), when timings were measured. */
  phases: PhaseRow[] | null;
  /** The interface contract against the baseline; null without a baseline. */
  interface: InterfaceComparison | null;
  /** The variants built of this model and which one the candidate is, when variants were configured. */
  variants?: VariantTable | null;
  /** How the sides ran; null when nothing ran. */
  measurement: Measurement | null;
}

export function compareModel(m: ModelMeasurement, thresholds: Record<MetricId, ThresholdPair>): ModelComparison {
  const has = m.baseline !== null;
  const checks: Check[] = [];
  const add = (metric: MetricId, baseline: number | null, candidate: number | null, extra: Partial<Check> = {}) =>
    checks.push(deterministicCheck(metric, has ? baseline : null, candidate, thresholds[metric], extra));

  // A model must run whatever it is compared with: the check has its baseline of 0 deaths even without a baseline model.
  if (m.died) checks.push(deterministicCheck('runs', 0, 1, thresholds.runs, { note: m.died.detail }));
  if (m.interface) add('interface', 0, breakingCount(m.interface.changes));
  add('packed-size', m.baseline ? totalPackedBytes(m.baseline) : null, totalPackedBytes(m.candidate));
  if (m.bench) {
    for (const metric of TIMING_METRICS) checks.push(timingCheck(metric, m.bench.metrics[metric] ?? [], thresholds[metric], has));
  }
  const e = m.eval;
  if (!e) {
    add('accuracy', null, null, { status: 'skipped', note: m.evalSkipped ?? 'no eval data given' });
  } else {
    const c = e.candidate ?? e.baseline;
    const base = e.candidate ? e.baseline : null;
    if (e.task === 'classification') {
      add('accuracy', base?.accuracy ?? null, c.accuracy);
      // An infinite baseline perplexity has no number to compare with (report.json has no Infinity): no baseline value.
      const basePerplexity = base?.perplexity !== undefined && base.perplexity !== null && Number.isFinite(base.perplexity) ? base.perplexity : null;
      if (c.perplexity !== null && !Number.isFinite(c.perplexity)) {
        add('perplexity', basePerplexity, null, { status: 'fail', note: 'a labelled position has probability 0 (or a NaN score): perplexity is infinite' });
      } else if (c.perplexity !== null) add('perplexity', basePerplexity, c.perplexity);
      if (e.candidate) checks.push(classRecallCheck(e, thresholds['class-recall']));
    } else if (e.task === 'regression') {
      add('mae', base?.mae ?? null, c.mae);
      add('rmse', base?.rmse ?? null, c.rmse);
    } else add('accuracy', null, null, { status: 'skipped', note: 'the eval data has no labels' });
    if (c.referenceAgreement !== null) add('reference-agreement', base?.referenceAgreement ?? null, c.referenceAgreement);
  }
  const verdict = modelVerdict(has, checks.map((c) => c.status));
  return { name: m.name, verdict, baseline: m.baseline, candidate: m.candidate, checks, eval: m.eval, unchanged: m.unchanged, phases: m.bench?.phases ?? null, interface: m.interface ?? null, measurement: m.measurement ?? null };
}

/**
 * A model's verdict: the worst status of its checks (a skipped check counts as a pass); without a baseline, no-baseline
 * unless a check failed on the candidate's own (it did not run, or its perplexity is infinite).
 */
export function modelVerdict(hasBaseline: boolean, statuses: Status[]): Verdict {
  if (hasBaseline) return worst(statuses);
  return statuses.includes('fail') ? 'fail' : 'no-baseline';
}

export function overallVerdict(models: Array<Pick<ModelComparison, 'verdict'>>): Verdict {
  // No model at all (a matrix shard no model hashes to) gated nothing, so nothing regressed: a pass.
  if (models.length === 0) return 'pass';
  if (models.every((m) => m.verdict === 'no-baseline')) return 'no-baseline';
  return worst(models.flatMap((m) => (m.verdict === 'no-baseline' ? [] : [m.verdict])));
}

function worst(statuses: Status[]): 'pass' | 'warn' | 'fail' {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('warn')) return 'warn';
  return 'pass';
}

/** A class's recall drop counts only when it is significant at the confidence of every interval, after Holm's correction. */
export const CLASS_ALPHA = 1 - CONFIDENCE;

/** The class a class-recall check rests on, its change and the status it gives; null when no class was tested. */
interface ClassJudgement {
  figures: ClassFigures;
  change: Change;
  status: Status;
  /** The drop is beyond a level but not significant. */
  withinNoise: boolean;
}

/**
 * The worst class of `figures` at `pair`: a class fails (warns) when its recall drops beyond the fail (warn) level and
 * its Holm-adjusted exact McNemar p is below 5 %; classes under the minimum sample count (no p) are not judged. The
 * compare stage judges a run's classes with it, and the recheck a report's figures read back.
 */
export function judgeClasses(figures: readonly ClassFigures[], pair: ThresholdPair): ClassJudgement | null {
  const rank: Record<Status, number> = { fail: 0, warn: 1, pass: 2, skipped: 3 };
  const judged = figures
    .filter((f) => f.adjustedP !== null)
    .map((f) => {
      const change = changeOf(f.baseline, f.candidate, null);
      const beyond = (t: Threshold | null) => t !== null && worsening('class-recall', change, t) > t.amount + 1e-12;
      const significant = f.adjustedP! < CLASS_ALPHA;
      const status: Status = significant && beyond(pair.fail) ? 'fail' : significant && beyond(pair.warn) ? 'warn' : 'pass';
      return { figures: f, change, status, withinNoise: !significant && beyond(pair.warn ?? pair.fail) };
    })
    .sort((a, b) => rank[a.status] - rank[b.status] || a.change.absolute - b.change.absolute || a.figures.class - b.figures.class);
  return judged[0] ?? null;
}

/** The class-recall check rests on its worst class (judgeClasses). Classes under the minimum sample count are only reported. */
function classRecallCheck(e: EvalResult, pair: ThresholdPair): Check {
  const check = emptyCheck('class-recall', pair);
  if (!e.classes) {
    check.note = e.classesOff ?? 'not measured';
    return check;
  }
  const worst = judgeClasses(e.classes.classes, pair);
  if (!worst) {
    check.note = `no class has ${e.classes.minSamples} or more labelled samples: per-class recall is reported, not judged`;
    return check;
  }
  const f = worst.figures;
  Object.assign(check, { baseline: f.baseline, candidate: f.candidate, change: worst.change, status: worst.status });
  const p = (x: number) => x.toPrecision(2);
  check.note =
    `class ${f.class} (${f.samples} samples: ${f.lost} lost, ${f.gained} gained): McNemar p ${p(f.p!)}, ${p(f.adjustedP!)} after Holm over ` +
    `${e.classes.tested} class${e.classes.tested === 1 ? '' : 'es'}${worst.withinNoise ? '; the drop is within noise (not significant at 95%)' : ''}`;
  return check;
}

/** A pair of levels as its texts: what a check's `threshold` and a report's settings carry. */
export function thresholdText(pair: ThresholdPair): { warn: string | null; fail: string | null } {
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
  const check: Check = { ...emptyCheck(metric, pair), baseline, candidate, ...extra };
  if (extra.status) return check;
  if (candidate === null || baseline === null) {
    check.note = baseline === null && candidate !== null ? 'no baseline to compare with' : 'not measured';
    return check;
  }
  check.change = changeOf(baseline, candidate, null);
  check.status = judgeChange(metric, check.change, pair);
  return check;
}

/** An exact change (not sampled) against a pair of levels: beyond the fail level fails, beyond the warn level warns. */
export function judgeChange(metric: MetricId, change: Change, pair: ThresholdPair): 'pass' | 'warn' | 'fail' {
  const beyond = (t: Threshold | null) => t !== null && worsening(metric, change, t) > t.amount + 1e-12;
  return beyond(pair.fail) ? 'fail' : beyond(pair.warn) ? 'warn' : 'pass';
}

function emptyCheck(metric: MetricId, pair: ThresholdPair): Check {
  const none = { baseline: null, candidate: null, change: null, note: null, inconclusive: false, samples: null, sampling: null, firstAttempt: null };
  return { metric, ...none, threshold: thresholdText(pair), status: 'skipped' };
}

/**
 * A timing check rests on its latest measurement, judged on the interval of the paired ratio (timing.ts). A metric
 * that failed was measured again with fresh samples: it fails only when that measurement fails too.
 */
function timingCheck(metric: MetricId, attempts: Attempt[], pair: ThresholdPair, hasBaseline: boolean): Check {
  const check = emptyCheck(metric, pair);
  const latest = attempts.at(-1);
  if (!latest) {
    check.note = 'not measured';
    return check;
  }
  const { series, sampling } = latest;
  check.candidate = median(series.candidate);
  check.samples = { baseline: series.baseline.length, candidate: series.candidate.length };
  check.sampling = sampling;
  if (!hasBaseline) {
    check.note = 'no baseline to compare with';
    return check;
  }
  const judged = attempts.map((a) => {
    const judgement = judgeTiming(a.series, pair);
    return { ...judgement, change: timingChange(a, judgement.ratio) };
  });
  const last = judged.at(-1)!;
  check.baseline = median(series.baseline);
  check.change = last.change;
  check.status = last.status;
  check.inconclusive = last.inconclusive !== null;
  check.note = last.note;
  const first = judged[0]!;
  if (judged.length > 1) {
    check.firstAttempt = { status: first.status, change: first.change };
    // The first attempt's change and interval are in `firstAttempt`; the renderers print them.
    const was = 'failed at first';
    check.note = last.status === 'fail' ? `${was} and again when re-measured with fresh samples` : `${was}, not confirmed when re-measured with fresh samples${last.note ? `; ${last.note}` : ''}`;
  }
  return check;
}

function timingChange(attempt: Attempt, ratio: Interval): Change {
  const base = median(attempt.series.baseline);
  return {
    absolute: median(attempt.series.candidate) - base,
    relative: ratio.estimate - 1,
    interval: { low: ratio.low - 1, high: ratio.high - 1, confidence: ratio.confidence },
  };
}

export function changeOf(baseline: number, candidate: number, interval: Change['interval']): Change {
  return { absolute: candidate - baseline, relative: baseline === 0 ? null : (candidate - baseline) / baseline, interval };
}
