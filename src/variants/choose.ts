// Which variant to publish: each lossy variant is judged against the float original on the eval data, within the
// accuracy budget or not, and `publish: best` takes the smallest one inside it. Pure: measurements in, table out.
import type { Change, Check } from '../checks.js';
import type { Threshold } from '../checks.js';
import type { Agreement, EvalResult } from '../eval/evaluate.js';
import { describeChange, type InterfaceChange, variantInterfaceChanges } from '../interface/contract.js';
import type { VariantId, VariantSettings } from './kinds.js';
import type { TensorNote, VariantBuild } from './build.js';

type RowStatus = (typeof ROW_STATUSES)[number];

/** How a variant's quality is scored against the original; chosen from what the eval data allows. */
export const SCORE_METRICS = ['accuracy', 'top-1 agreement', 'rmse', 'output error'] as const;
type ScoreMetric = (typeof SCORE_METRICS)[number];
export const ROW_STATUSES = ['published', 'within-budget', 'rejected', 'not-built'] as const;

export interface Score {
  metric: ScoreMetric;
  original: number;
  variant: number;
  /** How far it moved in the worse direction: points of a share, or a share of the original's error. */
  loss: number;
  /** The budget as written, e.g. "-0.5pp". */
  budget: string;
  /** Whether `loss` is in points of a share (pp), a share of the original's value (%), or the metric's own unit. */
  unit: 'pp' | '%' | 'abs';
  within: boolean;
  /** Present when the score is another output's error, not the scored output's: the output that broke the budget. */
  output?: string;
}

export interface VariantRow {
  variant: VariantId;
  status: RowStatus;
  /** Why it was rejected or not built; null otherwise. */
  reason: string | null;
  packedBytes: number | null;
  weightBytes: number | null;
  /** Against the original, measured in the same job with the paired method. */
  loadTime: Change | null;
  latencyP50: Change | null;
  score: Score | null;
  agreement: Agreement | null;
  converted: number;
  kept: number;
  clamped: number;
  flushed: number;
  /** The converted tensors with the lowest SQNR, worst first. */
  worstTensors: TensorNote[];
}

export interface VariantTable {
  publish: VariantSettings['publish'];
  published: VariantId;
  rows: VariantRow[];
}

/** What was measured for one lossy variant (the original's row needs no eval against itself). */
export interface VariantMeasurement {
  build: VariantBuild;
  packedBytes: number | null;
  /** Timing checks against the original at the gate's levels, failures confirmed by re-measuring like the release comparison. */
  timing: Check[];
  eval: EvalResult | null;
  /** The variant's interface changes against the original (interface/contract.ts); absent when not compared. */
  interface?: InterfaceChange[];
}

const WORST_SHOWN = 5;

/**
 * The variant's score on the scored output; but when that is inside the budget and another floating-point output's
 * error is not, that output's score: a variant may not keep one output and break the rest. Outputs that are all zero in
 * the original give no scale and are not judged.
 */
export function judgeScore(e: EvalResult, settings: VariantSettings): Score {
  const score = scoredOutput(e, settings);
  if (!score.within) return score;
  for (const o of e.agreement?.others ?? []) {
    if (o.relativeRmsError === null) continue;
    const other = higherIsWorse('output error', 0, o.relativeRmsError, settings.maxErrorIncrease, true);
    if (!other.within) return { ...other, output: o.output };
  }
  return score;
}

function scoredOutput(e: EvalResult, settings: VariantSettings): Score {
  const v = e.candidate;
  const a = e.agreement;
  if (!v || !a) throw new Error('judgeScore needs an eval of the variant against the original');
  if (e.task === 'classification' && e.baseline.accuracy !== null && v.accuracy !== null) {
    return lowerIsWorse('accuracy', e.baseline.accuracy, v.accuracy, settings.maxAccuracyDrop);
  }
  if (e.task === 'regression' && e.baseline.rmse !== null && v.rmse !== null) return higherIsWorse('rmse', e.baseline.rmse, v.rmse, settings.maxErrorIncrease);
  // No labels: the original's outputs are the target, their error relative to the outputs' RMS. An output shaped like
  // class scores must also keep its top-1 answers — but argmax agreement alone would pass an embedding or a box
  // regressor that drifted, so the output error is judged in every case.
  const error = higherIsWorse('output error', 0, a.relativeRmsError ?? Number.POSITIVE_INFINITY, settings.maxErrorIncrease, true);
  if (a.top1 === null) return error;
  const agreement = lowerIsWorse('top-1 agreement', 1, a.top1, settings.maxAccuracyDrop);
  return !agreement.within || error.within ? agreement : error;
}

function lowerIsWorse(metric: ScoreMetric, original: number, variant: number, t: Threshold): Score {
  const loss = t.kind === 'relative' ? (original === 0 ? 0 : (original - variant) / original) : original - variant;
  // Accuracy and agreement are shares: an absolute budget on them is in points.
  return { metric, original, variant, loss, budget: t.text, unit: t.kind === 'relative' ? '%' : 'pp', within: loss <= t.amount + 1e-12 };
}

function higherIsWorse(metric: ScoreMetric, original: number, variant: number, t: Threshold, alreadyRelative = false): Score {
  const loss = alreadyRelative || t.kind === 'absolute' ? variant - original : original === 0 ? (variant > 0 ? Number.POSITIVE_INFINITY : 0) : (variant - original) / original;
  const unit = alreadyRelative || t.kind === 'relative' ? '%' : 'abs';
  return { metric, original, variant, loss, budget: t.text, unit, within: loss <= t.amount + 1e-12 };
}

const change = (checks: Check[], metric: Check['metric']) => checks.find((c) => c.metric === metric)?.change ?? null;

/** The table of the original and every requested variant, with the published row chosen. */
export function chooseVariant(original: { packedBytes: number; weightBytes: number }, measured: VariantMeasurement[], settings: VariantSettings): VariantTable {
  const rows: VariantRow[] = [
    {
      variant: 'original',
      status: 'within-budget',
      reason: null,
      packedBytes: original.packedBytes,
      weightBytes: original.weightBytes,
      loadTime: null,
      latencyP50: null,
      score: null,
      agreement: null,
      converted: 0,
      kept: 0,
      clamped: 0,
      flushed: 0,
      worstTensors: [],
    },
  ];
  for (const m of measured) {
    const b = m.build;
    const score = m.eval ? judgeScore(m.eval, settings) : null;
    const what = score?.output === undefined ? score?.metric : `${score.metric} of output "${score.output}"`;
    // The budget itself is in the table's quality column, in the report's units.
    const reasons = score && !score.within ? [`${what} ${describeLoss(score)}, beyond the budget`] : [];
    // A variant that fails the gate's timing levels against the original would fail the next release's gate: not
    // within the budget, whatever its accuracy.
    const slower = m.timing.filter((c) => c.status === 'fail');
    // peak-rss is sampled like a timing, but a variant that fails it needs more memory, it is not slower.
    const level = (c: Check) => `${c.metric} beyond ${c.threshold.fail ?? 'its fail level'}`;
    const memory = slower.filter((c) => c.metric === 'peak-rss');
    const time = slower.filter((c) => c.metric !== 'peak-rss');
    if (time.length > 0) reasons.push(`slower than the original: ${time.map(level).join(', ')}`);
    if (memory.length > 0) reasons.push(`needs more memory than the original: ${memory.map(level).join(', ')}`);
    // A variant stands in for its original: one whose inputs or outputs differ would break the original's consumers.
    const contract = variantInterfaceChanges(m.interface ?? []);
    if (contract.length > 0) reasons.push(`changes the original's interface: ${contract.slice(0, 3).map(describeChange).join('; ')}${contract.length > 3 ? `; and ${contract.length - 3} more` : ''}`);
    const reason = b.reason ?? (reasons.length > 0 ? reasons.join('; ') : null);
    rows.push({
      variant: b.variant,
      status: b.path === null ? 'not-built' : score?.within && slower.length === 0 && contract.length === 0 ? 'within-budget' : 'rejected',
      reason,
      packedBytes: m.packedBytes,
      weightBytes: b.path === null ? null : b.weightBytes.variant,
      loadTime: change(m.timing, 'load-time'),
      latencyP50: change(m.timing, 'latency-p50'),
      score,
      agreement: m.eval?.agreement ?? null,
      converted: b.converted.length,
      kept: b.kept.length,
      clamped: b.converted.reduce((n, t) => n + t.clamped, 0),
      flushed: b.converted.reduce((n, t) => n + t.flushed, 0),
      worstTensors: [...b.converted].sort((x, y) => (x.sqnrDb ?? Infinity) - (y.sqnrDb ?? Infinity)).slice(0, WORST_SHOWN),
    });
  }
  const candidates = settings.publish === 'best' ? rows.filter((r) => r.status === 'within-budget') : [rows[0]!];
  // The smallest packed size wins; on a tie the earlier row (the original first) keeps it.
  const best = candidates.reduce((a, r) => ((r.packedBytes ?? Infinity) < (a.packedBytes ?? Infinity) ? r : a));
  best.status = 'published';
  return { publish: settings.publish, published: best.variant, rows };
}

/** The change in the metric's own direction: "−2.00 pp" of accuracy, "+3.10%" of error. */
export function describeLoss(s: Score): string {
  // JSON turns an infinite loss into null: no sign is guessed for it.
  if (typeof s.loss !== 'number' || !Number.isFinite(s.loss)) return 'n/a';
  const lowerIsWorse = s.metric === 'accuracy' || s.metric === 'top-1 agreement';
  const moved = lowerIsWorse ? -s.loss : s.loss;
  const sign = moved > 0 ? '+' : moved < 0 ? '−' : '±';
  if (s.unit === 'abs') return `${sign}${Math.abs(moved).toPrecision(3)}`;
  return `${sign}${Math.abs(moved * 100).toFixed(2)}${s.unit === 'pp' ? ' pp' : '%'}`;
}
