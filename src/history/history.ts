// A model's history across releases, from the releases' own reports: every release's report.json holds changes measured
// side by side against the release before it, so chaining those paired ratios gives the drift over many releases without
// ever setting a timing from one run beside a timing from another. Packed size and accuracy are exact values and are
// shown as such. Pure: reports in, each model's history and its drift checks out (the front doors fetch the reports).
//
// The chained interval combines the steps' intervals on the log scale, each side apart: the half-widths
// ln(1+relative) − ln(1+low) (and high) add in quadrature. The steps are independent measurements (each taken in its own
// release's job with fresh samples), so their log errors add like independent errors; the chain claims the confidence of
// its weakest step, never more. Multiplying the interval ends instead would hold whatever the steps' dependence, but
// widens linearly (±3% per step is ±30% after ten), hiding the very drift a history is for, while its guaranteed coverage
// falls to 1 − Σ(1 − confidence): 50% after ten steps of 95%.
import { HISTORY_METRICS, type HistoryMetric, METRICS, type ThresholdPair } from '../checks.js';
import { modelVerdict, overallVerdict, thresholdText } from '../compare/compare.js';
import { judgeDrift } from '../compare/timing.js';
import { type Report, type ReportChain, type ReportHistoryPoint, type ReportHistoryStep, type ReportModel, type ReportModelHistory } from '../report/schema.js';
import { summarize } from '../report/text.js';

/** One release of the window, newest first: its validated report, or why there is none (no asset, refused). */
export interface ReleaseReport {
  tag: string;
  report: Report | null;
  reason: string | null;
}

export interface HistorySettings {
  /** How many releases back (0: no history). */
  releases: number;
  /** The drift levels on each chained change; none set: the chain is shown, not judged. */
  drift: Record<HistoryMetric, ThresholdPair>;
}

/** One link of a chain: a report and the release its baseline must be for the chain to go on. */
interface Link {
  /** The release whose report this is; null for this run. */
  release: string | null;
  report: Report | null;
  reason: string | null;
  /** The release before it, which it must have been compared against; null: none (the chain starts here). */
  against: string | null;
}

/**
 * Adds the history to a report made in this run: the window's summary, each model's points and chains, and the verdicts
 * again by the compare stage's rule with the drift checks counted like checks.
 * `releases` is the window, newest first, without the release this run makes; `older` is the release just before the
 * window's oldest (its baseline), when there is one.
 */
export function applyHistory(report: Report, releases: ReleaseReport[], older: string | null, settings: HistorySettings): void {
  report.history = {
    releases: settings.releases,
    read: releases.filter((r) => r.report !== null).map((r) => r.tag),
    skipped: releases.filter((r) => r.report === null).map((r) => ({ release: r.tag, reason: r.reason ?? 'no report.json' })),
  };
  const links: Link[] = [
    { release: null, report, reason: null, against: releases[0]?.tag ?? null },
    ...releases.map((r, i) => ({ release: r.tag, report: r.report, reason: r.reason ?? 'no report.json', against: releases[i + 1]?.tag ?? older })),
  ];
  for (const m of report.models) {
    m.history = modelHistory(m.name, links, settings);
    m.verdict = modelVerdict(m.baseline !== null, [...m.checks, ...m.history.chains].map((c) => c.status));
  }
  report.verdict = overallVerdict(report.models);
  report.summary = summarize(report.verdict, report.models, report.baseline.note);
}

function modelHistory(name: string, links: Link[], settings: HistorySettings): ReportModelHistory {
  // Points oldest first, this run last: the exact values each report gives for the model it released.
  const points: ReportHistoryPoint[] = [];
  for (const link of links) {
    const m = link.report?.models.find((x) => x.name === name);
    if (!m) continue;
    points.unshift({
      release: link.release,
      packedBytes: m.candidate.packed.bytes,
      accuracy: m.checks.find((c) => c.metric === 'accuracy')?.candidate ?? null,
      loadTime: asStep(step(m, 'load-time', link.against)),
      latencyP50: asStep(step(m, 'latency-p50', link.against)),
    });
  }
  return { points, chains: HISTORY_METRICS.map((metric) => chain(name, metric, links, settings.drift[metric])) };
}

const asStep = (s: ReportHistoryStep | string) => (typeof s === 'string' ? null : s);
const where = (link: Link) => link.release ?? 'this run';

/**
 * The chain of one timing, from this run back along the releases while each report compared against the release before
 * it; the first link that did not ends the chain, and the chain says where and why.
 */
function chain(name: string, metric: HistoryMetric, links: Link[], pair: ThresholdPair): ReportChain {
  const steps: ReportHistoryStep[] = [];
  let broken: string | null = null;
  for (const link of links) {
    if (link.against === null) break;
    const at = `chain broken at ${where(link)}`;
    if (!link.report) {
      broken = `${at}: ${link.reason}`;
      break;
    }
    const source = link.report.baseline.source;
    if (source !== `release ${link.against}`) {
      broken = `${at}: compared against ${source ?? 'nothing'}, not release ${link.against}`;
      break;
    }
    const m = link.report.models.find((x) => x.name === name);
    if (!m) {
      broken = `${at}: no model ${name} in its report`;
      break;
    }
    const s = step(m, metric, link.against);
    if (typeof s === 'string') {
      broken = `${at}: ${METRICS[metric].label} ${s}`;
      break;
    }
    steps.push(s);
  }
  const since = steps.at(-1)?.against ?? null;
  const combined = combine(steps);
  const judged = judgeDrift(combined && { estimate: combined.relative, ...combined.interval }, pair, steps.length);
  return {
    metric,
    since,
    steps: steps.length,
    relative: combined?.relative ?? null,
    interval: combined?.interval ?? null,
    broken,
    threshold: thresholdText(pair),
    ...judged,
  };
}

/** A model's paired change of one timing as its report states it, or why it cannot be a link of a chain. */
function step(m: ReportModel, metric: HistoryMetric, against: string | null): ReportHistoryStep | string {
  if (against === null) return 'has no release before it';
  if (m.baseline === null) return 'was not compared (no baseline model)';
  if (m.unchanged) {
    // The same bytes, packed the same size: model-gate did not measure it again, and the ratio is 1 by construction.
    if (m.baseline.packed.bytes === m.candidate.packed.bytes) return { against, relative: 0, interval: { low: 0, high: 0, confidence: 1 } };
    return 'was not measured (the same model, packed differently)';
  }
  const change = m.checks.find((c) => c.metric === metric)?.change;
  const i = change?.interval;
  if (!change || change.relative === null || !i) return 'was not measured side by side';
  // A report is untrusted: a ratio must be positive and its interval must hold its estimate.
  if (!(1 + i.low > 0 && i.low <= change.relative && change.relative <= i.high && i.confidence > 0 && i.confidence <= 1)) return 'has no usable interval';
  return { against, relative: change.relative, interval: { low: i.low, high: i.high, confidence: i.confidence } };
}

/** The product of the steps' ratios, with the log-scale interval of the header: each side's half-widths in quadrature. */
export function combine(steps: ReportHistoryStep[]): { relative: number; interval: { low: number; high: number; confidence: number } } | null {
  if (steps.length === 0) return null;
  let log = 0;
  let below = 0;
  let above = 0;
  let confidence = 1;
  for (const s of steps) {
    const i = s.interval!;
    const centre = Math.log1p(s.relative);
    log += centre;
    below += (centre - Math.log1p(i.low)) ** 2;
    above += (Math.log1p(i.high) - centre) ** 2;
    confidence = Math.min(confidence, i.confidence);
  }
  return { relative: Math.expm1(log), interval: { low: Math.expm1(log - Math.sqrt(below)), high: Math.expm1(log + Math.sqrt(above)), confidence } };
}
