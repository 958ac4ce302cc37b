// How the report says numbers and causes in words, for every place that prints them (the summary line, the Markdown,
// the CLI's table, the annotations): one minus sign (U+2212), shares and their changes in percentage points, timing
// changes as the paired change, and a change whose interval includes 0 as "≈" rather than a number.
import { CONFIDENCE, METRICS, type MetricId, type Status, type Verdict } from '../checks.js';
import { describeChange } from '../interface/contract.js';
import type { ReportCheck, ReportInterface, ReportModel } from './schema.js';

const MINUS = '\u2212';

type CheckText = Pick<ReportCheck, 'metric' | 'change' | 'status' | 'note' | 'inconclusive' | 'threshold'> & { candidate?: number | null };

function signed(value: number, digits: number): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return `${value > 0 ? '+' : MINUS}${text}`;
}

/**
 * From this factor on, a growth reads as a factor ("133×") instead of a percentage ("+13192%"), which a reader has to
 * divide by 100 and add 1 to: the factor 10 is +900% (docs/REPORT.md#numbers).
 */
const FACTOR_FROM = 10;

/** A relative change: "+4.2%", "−31%", or past FACTOR_FROM times the baseline "133×". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return share > 0 ? '+∞%' : `${MINUS}∞%`;
  const factor = 1 + share;
  if (factor >= FACTOR_FROM) return `${factor.toFixed(factor < 100 ? 1 : 0)}×`;
  const pct = share * 100;
  return `${signed(pct, Math.abs(pct) < 10 ? 1 : 0)}%`;
}

const isShare = (metric: MetricId) => METRICS[metric].unit === 'share';

/** A check's change in its own terms: points for shares ("−2.00 pp"), a percentage otherwise, or the unit's amount. */
export function formatChange(c: Pick<ReportCheck, 'metric' | 'change'>): string {
  if (!c.change) return '—';
  if (isShare(c.metric)) return `${signed(c.change.absolute * 100, 2)} pp`;
  if (METRICS[c.metric].unit === 'count') return signed(c.change.absolute, 0);
  if (c.change.relative !== null) return formatPercent(c.change.relative);
  return signed(c.change.absolute, 4);
}

/** A timing change whose interval includes 0: the samples cannot tell it from no change at all. */
export function isNoise(c: Pick<ReportCheck, 'change'>): boolean {
  const i = c.change?.interval;
  return !!i && i.low <= 0 && i.high >= 0;
}

/** A warning because the estimate crossed the fail level while its interval did not: not a measured regression. */
export function isInconclusive(c: { inconclusive: boolean }): boolean {
  return c.inconclusive;
}

/** "≈" for noise, else the change: what a table cell shows of a change. */
export function changeCell(c: Pick<ReportCheck, 'metric' | 'change'>): string {
  return isNoise(c) ? '≈' : formatChange(c);
}

/** "−1.2% … +3.4%", with the coverage when too few pairs allowed a 95% interval. */
export function intervalText(i: { low: number; high: number; confidence: number }): string {
  const text = `${formatPercent(i.low)} … ${formatPercent(i.high)}`;
  return i.confidence < CONFIDENCE ? `${text} (${Math.floor(i.confidence * 100)}%)` : text;
}

/**
 * A threshold as the reader compares it with the change: "+10%", or for a share "−0.50 pp" (written "-0.005" or
 * "-0.5pp"). The text comes from a report, which may be untrusted: anything not a threshold form is returned as given
 * (the caller escapes it).
 */
export function levelText(metric: MetricId, level: string): string {
  const m = /^([+-]?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%|pp|ms)?$/i.exec(level.trim());
  if (!m) return level;
  const sign = m[1] === '-' ? MINUS : '+';
  const unit = m[3]?.toLowerCase();
  if (isShare(metric) && unit !== '%') {
    const points = unit === 'pp' ? Number(m[2]) : Number(m[2]) * 100;
    return `${sign}${points.toFixed(2)} pp`;
  }
  return `${sign}${m[2]}${unit === 'ms' ? ' ms' : (unit ?? '')}`;
}

/** Which level a flagged check crossed. */
function crossedLevel(c: CheckText): string | null {
  const level = c.status === 'fail' ? c.threshold.fail : c.status === 'warn' ? (c.threshold.warn ?? c.threshold.fail) : null;
  return level === null ? null : levelText(c.metric, level);
}

/**
 * What a flagged check says, in a few words: "latency p50 +43% (beyond +10%)", or for a warning the estimate's
 * interval does not back, "load time +43%, inconclusive (interval −68% … +804%)".
 */
function checkCause(c: CheckText): string {
  const label = METRICS[c.metric].label;
  const change = formatChange(c);
  if (isInconclusive(c)) return `${label} ${change}, inconclusive${c.change?.interval ? ` (interval ${intervalText(c.change.interval)})` : ''}`;
  const level = crossedLevel(c);
  return `${label} ${change}${level ? ` (beyond ${level})` : ''}`;
}

/** The checks that decided a flagged model's verdict (its worst status), most important first. */
export function decidingChecks<C extends CheckText>(m: { verdict: Verdict; checks: C[] }): C[] {
  if (m.verdict !== 'fail' && m.verdict !== 'warn') return [];
  return m.checks.filter((c) => c.status === m.verdict).sort((a, b) => METRICS[a.metric].rank - METRICS[b.metric].rank);
}

/** What a chained change across releases says when it is judged (history/history.ts); shaped like a check. */
interface ChainText {
  metric: MetricId;
  since: string | null;
  relative: number | null;
  interval: { low: number; high: number; confidence: number } | null;
  threshold: { warn: string | null; fail: string | null };
  status: Status;
  note: string | null;
  inconclusive: boolean;
}

interface Flaggable {
  verdict: Verdict;
  checks: CheckText[];
  history?: { chains: ChainText[] } | null;
  interface?: Pick<ReportInterface, 'changes' | 'more'> | null;
}

/** Breaking interface changes a Why names before it counts the rest. */
const WHY_CHANGES = 3;

/** "interface: input "x" renamed to "ids"; output "p" removed": the breaking changes that flagged the interface check. */
export function interfaceCause(c: CheckText, contract: Flaggable['interface']): string {
  const breaking = (contract?.changes ?? []).filter((x) => x.breaking);
  if (breaking.length === 0) return checkCause(c);
  // The check counts every breaking change; a report lists at most its first ones.
  const total = Math.max(c.candidate ?? 0, breaking.length);
  const rest = total - Math.min(total, WHY_CHANGES);
  const named = breaking.slice(0, WHY_CHANGES).map(describeChange).join('; ');
  return `interface: ${named}${rest > 0 ? `; and ${rest} more breaking change${rest === 1 ? '' : 's'}` : ''}`;
}

/** The drift checks that decided a flagged model's verdict, beside its checks. */
export function decidingDrift<C extends ChainText>(m: { verdict: Verdict; history?: { chains: C[] } | null }): C[] {
  if (m.verdict !== 'fail' && m.verdict !== 'warn') return [];
  return (m.history?.chains ?? []).filter((c) => c.status === m.verdict);
}

/** "latency p50 drift +42% since v1.0.0 (beyond +20%)", or inconclusive with its interval. */
export function driftCause(c: ChainText): string {
  const change = `${METRICS[c.metric].label} drift ${c.relative === null ? '—' : formatPercent(c.relative)} since ${c.since ?? '?'}`;
  if (isInconclusive(c)) return `${change}, inconclusive${c.interval ? ` (interval ${intervalText(c.interval)})` : ''}`;
  const level = crossedLevel({ ...c, change: null });
  return `${change}${level ? ` (beyond ${level})` : ''}`;
}

/** The models a reader looks at first: failing, then warning, then without baseline, then passing (stable within). */
export function flaggedFirst<M extends { verdict: Verdict }>(models: readonly M[]): M[] {
  const order: Record<Verdict, number> = { fail: 0, warn: 1, 'no-baseline': 2, pass: 3 };
  return [...models].sort((a, b) => order[a.verdict] - order[b.verdict]);
}

/** "latency p50 +43% (beyond +10%); first inference +40%, inconclusive (…)": why a model is flagged. */
export function modelCause(m: Flaggable): string {
  const cause = (c: CheckText) => (c.metric === 'interface' ? interfaceCause(c, m.interface) : checkCause(c));
  return [...decidingChecks(m).map(cause), ...decidingDrift(m).map(driftCause)].join('; ');
}

/**
 * "fail — iris: latency p50 +212% (beyond +10%)": the verdict and what caused it, in one line. A warning that rests
 * only on inconclusive checks says so.
 */
export function summarize(
  verdict: Verdict,
  models: Array<Flaggable & { name: string; unchanged?: boolean }>,
  baselineNote: string | null,
): string {
  if (verdict === 'no-baseline') return `no baseline — ${baselineNote ?? 'nothing to compare with'}; measured the candidate only`;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (verdict === 'pass' && models.length === 0) return 'pass — no models to gate';
  if (verdict === 'pass') {
    // Only models with a baseline were held to a threshold; the others are counted apart.
    const passed = models.filter((m) => m.verdict === 'pass');
    const unchanged = passed.filter((m) => m.unchanged).length;
    const alone = models.length - passed.length;
    return `pass — ${count(passed.length, 'model')} within every threshold${unchanged > 0 ? ` (${unchanged} unchanged)` : ''}${alone > 0 ? `, ${alone} without baseline` : ''}`;
  }
  const flagged = models.filter((m) => m.verdict === verdict);
  const parts = flagged.slice(0, 3).map((m) => `${m.name}: ${modelCause(m)}`);
  const more = flagged.length > 3 ? `; and ${count(flagged.length - 3, 'more model')}` : '';
  const warnings = verdict === 'fail' ? models.filter((m) => m.verdict === 'warn').length : 0;
  return `${verdict} — ${parts.join('; ')}${more}${warnings > 0 ? ` (and ${count(warnings, 'model')} with warnings)` : ''}`;
}

export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = -1;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

export function ms(v: number): string {
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  return `${(v * 1000).toFixed(0)} µs`;
}

export function formatShare(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

/** A measured value in its metric's unit. */
export function formatValue(metric: MetricId, v: number): string {
  switch (METRICS[metric].unit) {
    case 'bytes':
      return bytes(v);
    case 'ms':
      return ms(v);
    case 'share':
      return formatShare(v);
    case 'count':
      return String(v);
    default:
      return Math.abs(v) >= 1000 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : v.toPrecision(4);
  }
}

/** How a renderer marks verdicts and flagged statuses (emoji in Markdown, words or nothing in a terminal). */
export interface Marks {
  verdict: Record<Verdict, string>;
  /** Appended to a flagged change, e.g. " ❌"; '' for pass and skipped. */
  status: Record<Status, string>;
}

/** One model's row, as plain text (a renderer escapes it for its medium): the same cells in Markdown and on a terminal. */
interface RowCells {
  model: string;
  verdict: string;
  packed: string;
  load: string;
  latency: string;
  quality: string;
  why: string;
}

const checkOf = (m: ReportModel, id: MetricId) => m.checks.find((c) => c.metric === id);
const qualityOf = (m: ReportModel) => checkOf(m, 'accuracy') ?? checkOf(m, 'rmse') ?? checkOf(m, 'mae') ?? checkOf(m, 'reference-agreement');

export function rowCells(baselineSource: string | null, m: ReportModel, marks: Marks): RowCells {
  const variant = m.variants && m.variants.published !== 'original' ? ` (${m.variants.published})` : '';
  const model = `${m.name}${variant}`;
  if (m.unchanged) {
    const packed = checkOf(m, 'packed-size');
    // The model did not change; its packing may have (another level or codec): said without a percentage.
    const was = packed?.baseline != null && packed.baseline !== m.candidate.packed.bytes ? ` (was ${bytes(packed.baseline)})` : '';
    const size = `${bytes(m.candidate.packed.bytes)}${was}${packed ? marks.status[packed.status] : ''}`;
    const same = `same bytes as ${baselineSource ?? 'the baseline'}`;
    // Unchanged bytes can still fail on how they were packed (another level or codec): the verdict and its cause show.
    const flagged = m.verdict === 'fail' || m.verdict === 'warn';
    const verdict = `${marks.verdict[m.verdict]} ${flagged ? `${m.verdict} (unchanged)` : 'unchanged'}`.trim();
    return { model, verdict, packed: size, load: '—', latency: '—', quality: '—', why: flagged ? `${modelCause(m)}; ${same}` : same };
  }
  const verdict = `${marks.verdict[m.verdict]} ${m.verdict === 'no-baseline' ? 'no baseline' : m.verdict}`.trim();
  const quality = qualityOf(m);
  return {
    model,
    verdict,
    packed: sizeCell(checkOf(m, 'packed-size'), marks),
    load: timingCell(checkOf(m, 'load-time'), marks),
    latency: timingCell(checkOf(m, 'latency-p50'), marks),
    quality: quality ? valueCell(quality, marks) : '—',
    why: m.verdict === 'fail' || m.verdict === 'warn' ? modelCause(m) : '',
  };
}

/** "801.2 kB (+2.1%)"; a flagged size also says what it was: "801.2 kB (936× ❌, was 856 B)". */
function sizeCell(c: ReportCheck | undefined, marks: Marks): string {
  if (!c || c.candidate === null) return '—';
  if (!c.change || c.baseline === null) return bytes(c.candidate);
  if (c.change.absolute === 0) return `${bytes(c.candidate)} (same)`;
  const was = c.status === 'fail' || c.status === 'warn' ? `, was ${bytes(c.baseline)}` : '';
  return `${bytes(c.candidate)} (${formatChange(c)}${marks.status[c.status]}${was})`;
}

/** The paired change ("+43% ❌", "≈"), or without a baseline the candidate's median. */
function timingCell(c: ReportCheck | undefined, marks: Marks): string {
  if (!c) return '—';
  if (!c.change) return c.candidate === null ? '—' : formatValue(c.metric, c.candidate);
  return `${changeCell(c)}${marks.status[c.status]}${isInconclusive(c) ? ' inconclusive' : ''}`;
}

/** "96.0% (−2.00 pp ❌)": a value and its change, or why there is none. */
function valueCell(c: ReportCheck, marks: Marks): string {
  // A quality check skipped without a value says why in the row: "no eval data for this model".
  if (c.candidate === null) return c.status === 'skipped' ? (c.note ?? 'n/a') : '—';
  const value = formatValue(c.metric, c.candidate);
  if (!c.change) return value;
  if (c.change.absolute === 0) return `${value} (same)`;
  return `${value} (${formatChange(c)}${marks.status[c.status]})`;
}
