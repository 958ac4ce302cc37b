// The history section of the Markdown report (history/history.ts makes the data): one table row per model — the
// chained paired change of load time and latency p50 with its interval and a sparkline of the chain, packed size and
// accuracy as exact values — and, in the job summary, a chart and a per-release table of each flagged or drifting model.
// No timing of one run is ever set beside a timing of another: a release's timing appears only as its paired change.
import { METRICS } from '../checks.js';
import { escapeMarkdown } from './escape.js';
import type { Report, ReportChain, ReportHistoryPoint, ReportHistoryStep, ReportModel } from './schema.js';
import { bytes, formatPercent, formatShare, intervalText, isInconclusive } from './text.js';

const SPARKS = '▁▂▃▄▅▆▇█';
const STATUS_MARK = { pass: '', skipped: '', warn: ' ⚠️', fail: ' ❌' } as const;
/** The least span a sparkline's eight glyphs cover: 10 percentage points of chained change. */
const SPARK_SPAN = 0.1;
/** Charts in one job summary at most: the flagged and drifting models first. */
const MAX_CHARTS = 10;

type Scope = 'all' | 'flagged';

const chainsOf = (m: ReportModel) => m.history?.chains ?? [];
const drifting = (m: ReportModel) => chainsOf(m).some((c) => c.status === 'warn' || c.status === 'fail');
const flagged = (m: ReportModel) => m.verdict === 'fail' || m.verdict === 'warn' || drifting(m);
/** A chain whose interval lies wholly on one side of 0: a measured change over the releases. */
const moved = (c: ReportChain) => c.interval !== null && (c.interval.low > 0 || c.interval.high < 0);

/** The section, or nothing when no history was read. `scope` 'flagged' keeps only flagged or drifting models' rows. */
export function historySection(report: Report, scope: Scope, charts: boolean): string[] {
  const h = report.history;
  if (!h) return [];
  const models = report.models.filter((m) => m.history && (m.history.points.length > 1 || chainsOf(m).some((c) => c.steps > 0 || c.broken)));
  const shown = scope === 'all' ? models : models.filter(flagged);
  const skipped = h.skipped.length > 0 ? ` Not read: ${h.skipped.map((s) => `${escapeMarkdown(s.release, 100)} (${escapeMarkdown(s.reason, 200)})`).join('; ')}.` : '';
  const intro =
    `History over the last ${h.releases} release${h.releases === 1 ? '' : 's'} (${h.read.length} report${h.read.length === 1 ? '' : 's'} read): ` +
    'load time and latency p50 are chained paired changes — the product of each release\'s ratio against the release before it, this run last — never timings of different runs set side by side; ≈: the chained interval includes 0.' +
    skipped;
  // Open when a model drifts; folded otherwise, so the comment's first screen stays the verdict.
  const open = shown.some(drifting);
  const lines = [open ? '**History**' : '<details><summary><b>History</b></summary>', '', `<sub>${intro}</sub>`, ''];
  if (models.length === 0) lines.push('No model has a history yet.');
  else if (shown.length === 0) lines.push(`No flagged or drifting model; ${models.length} model${models.length === 1 ? '' : 's'} with a history.`);
  else {
    lines.push('| Model | Load time | Latency p50 | Packed | Accuracy |', '|:--|--:|--:|--:|--:|');
    for (const m of shown) lines.push(historyRow(m));
    const notes = shown.flatMap(brokenNote);
    if (notes.length > 0) lines.push('', ...notes);
    if (scope === 'flagged' && shown.length < models.length) lines.push('', `<sub>${models.length - shown.length} more models with a history, none drifting: in the job summary.</sub>`);
  }
  if (charts) {
    const charted = models.filter((m) => flagged(m) || chainsOf(m).some(moved)).slice(0, MAX_CHARTS);
    for (const m of charted) lines.push('', ...modelChart(m));
  }
  if (!open) lines.push('', '</details>');
  return lines;
}

function historyRow(m: ReportModel): string {
  const h = m.history!;
  const chain = (id: ReportChain['metric']) => chainCell(h.chains.find((c) => c.metric === id), h.points);
  const values = (pick: (p: ReportHistoryPoint) => number | null, show: (v: number) => string) => {
    const known = h.points.map(pick).filter((v): v is number => v !== null);
    if (known.length === 0) return '—';
    const first = known[0]!;
    const last = known.at(-1)!;
    return first === last ? `${show(last)} (same)` : `${show(first)} → ${show(last)}`;
  };
  const cells = [escapeMarkdown(m.name, 200), chain('load-time'), chain('latency-p50'), values((p) => p.packedBytes, bytes), values((p) => p.accuracy, formatShare)];
  return `| ${cells.join(' | ')} |`;
}

/** "+42% (+38% … +46%) since v1.0.0 ⚠️ ▁▂▃▄▅▆▇█", "≈ (−3.0% … +4.1%) since v1.2.0", or "—". */
function chainCell(c: ReportChain | undefined, points: ReportHistoryPoint[]): string {
  if (!c || c.relative === null || c.interval === null) return '—';
  const noise = c.interval.low <= 0 && c.interval.high >= 0;
  const change = `${noise ? '≈' : formatPercent(c.relative)} (${intervalText(c.interval)})`;
  const inconclusive = isInconclusive(c) ? ' inconclusive' : '';
  return `${change} since ${escapeMarkdown(c.since ?? '?', 60)}${STATUS_MARK[c.status]}${inconclusive} ${sparkline(path(c, points))}`;
}

/** The chained change after each step of a chain, from 0 at its start: the steps are the newest points'. */
function path(c: ReportChain, points: ReportHistoryPoint[]): number[] {
  const key = c.metric === 'load-time' ? 'loadTime' : 'latencyP50';
  const steps = points.slice(-c.steps).map((p) => p[key]).filter((s): s is ReportHistoryStep => s !== null);
  const out = [0];
  for (const s of steps) out.push((1 + out.at(-1)!) * (1 + s.relative) - 1);
  return out;
}

/**
 * Glyphs of a chain's path from its lowest to its highest point, over a span of at least 10 points, so that a chain of
 * noise (+0.1% a release) stays flat instead of being stretched into a climb.
 */
function sparkline(values: number[]): string {
  const lo = Math.min(...values);
  const span = Math.max(Math.max(...values) - lo, SPARK_SPAN);
  return values.map((v) => SPARKS[Math.min(SPARKS.length - 1, Math.floor(((v - lo) / span) * SPARKS.length))]).join('');
}

/** "iris: latency p50 chain broken at v1.3.0: compared against …" (both timings' notes merged when they say the same). */
function brokenNote(m: ReportModel): string[] {
  const notes = [...new Set(chainsOf(m).filter((c) => c.broken).map((c) => c.broken!.replace(/ (load time|latency p50) /, ' ')))];
  return notes.map((n) => `- ${escapeMarkdown(m.name, 200)}: ${escapeMarkdown(n, 300)}`);
}

/** A release tag as a Mermaid string: quotes and anything outside plain tag characters are replaced. */
const mermaidLabel = (text: string) => `"${text.replace(/["\\`<>\u0000-\u001f\u007f]/g, '_').slice(0, 80)}"`;

/** A chart of the chained changes (Mermaid xychart-beta, which GitHub renders) and the releases' values beneath it. */
function modelChart(m: ReportModel): string[] {
  const h = m.history!;
  const lines: string[] = [`**${escapeMarkdown(m.name, 200)}**`];
  for (const c of h.chains) {
    if (c.steps === 0 || c.relative === null) continue;
    const values = path(c, h.points).map((v) => Number((v * 100).toFixed(1)));
    const labels = [c.since ?? '?', ...h.points.slice(-c.steps).map((p) => p.release ?? 'this run')];
    lines.push(
      '',
      '```mermaid',
      'xychart-beta',
      `  title ${mermaidLabel(`${METRICS[c.metric].label}: chained change since ${c.since ?? '?'}, %`)}`,
      `  x-axis [${labels.map(mermaidLabel).join(', ')}]`,
      `  y-axis "%"`,
      `  line [${values.join(', ')}]`,
      '```',
    );
  }
  const step = (s: ReportHistoryStep | null) => (s ? `${formatPercent(s.relative)}${s.interval ? ` (${intervalText(s.interval)})` : ''} vs ${escapeMarkdown(s.against, 60)}` : '—');
  lines.push('', '| Release | Packed | Accuracy | Load time, paired | Latency p50, paired |', '|:--|--:|--:|--:|--:|');
  for (const p of [...h.points].reverse()) {
    lines.push(`| ${p.release === null ? 'this run' : escapeMarkdown(p.release, 60)} | ${p.packedBytes === null ? '—' : bytes(p.packedBytes)} | ${p.accuracy === null ? '—' : formatShare(p.accuracy)} | ${step(p.loadTime)} | ${step(p.latencyP50)} |`);
  }
  return lines;
}
