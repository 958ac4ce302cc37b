// The Markdown report: verdict on the first line, one row per model, everything else folded away.
import type { Check, Status, Verdict } from '../compare/compare.js';
import { METRICS, type MetricId } from '../compare/metrics.js';
import { escapeMarkdown } from './escape.js';
import { formatChange, formatPercent, type Report, type ReportModel } from './json.js';

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': 'ℹ️' };
const STATUS_ICON: Record<Status, string> = { pass: '', warn: ' ⚠️', fail: ' ❌', skipped: '' };

export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`### ${VERDICT_ICON[report.verdict]} model-gate: ${escapeMarkdown(report.summary, 400)}`);
  lines.push('');
  const source = report.baseline.source ? `baseline ${escapeMarkdown(report.baseline.source)}` : 'no baseline';
  lines.push(
    `<sub>${source} · ${report.models.length} model${report.models.length === 1 ? '' : 's'} · both sides measured in this job on the same machine</sub>`,
  );
  if (report.baseline.note) lines.push('', `> ${escapeMarkdown(report.baseline.note, 400)}`);
  lines.push('');
  lines.push('| Model | Size raw → packed | Load | Latency p50 / p95 | Accuracy | Verdict |');
  lines.push('|:--|--:|--:|--:|--:|:--|');
  for (const m of report.models) lines.push(modelRow(m));
  if (report.removed.length > 0) {
    lines.push('', `Baseline models with no candidate: ${report.removed.map((n) => escapeMarkdown(n)).join(', ')}.`);
  }
  lines.push('', '<details><summary>Details: every check, environment, method</summary>', '');
  for (const m of report.models) lines.push(...modelDetails(m));
  lines.push(...environmentSection(report), ...methodSection(report), '</details>', '');
  return lines.join('\n');
}

function modelRow(m: ReportModel): string {
  const check = (id: MetricId) => m.checks.find((c) => c.metric === id);
  const size = `${bytes(m.candidate.raw.bytes)} → ${bytes(m.candidate.packed.bytes)}${changeSuffix(check('packed-size'))}`;
  const load = cell(check('load-time'));
  const p50 = check('latency-p50');
  const p95 = check('latency-p95');
  const latency = p50 ? `${cell(p50)} / ${cell(p95)}` : '—';
  const quality = check('accuracy') ?? check('rmse') ?? check('reference-agreement');
  const verdict = `${VERDICT_ICON[m.verdict]} ${m.verdict}`;
  return `| ${escapeMarkdown(m.name)} | ${size} | ${load} | ${latency} | ${quality ? cell(quality) : '—'} | ${verdict} |`;
}

/** "2.41 ms (+3%)", with the status icon when a threshold was hit. */
function cell(c: Check | undefined): string {
  if (!c) return '—';
  if (c.candidate === null) return c.status === 'skipped' ? 'n/a' : '—';
  return `${value(c.metric, c.candidate)}${changeSuffix(c)}`;
}

/** " (+64% ❌ > +25%)": the change, and the level it crossed when it crossed one. */
function changeSuffix(c: Check | undefined): string {
  if (!c?.change) return '';
  const level = c.status === 'fail' ? c.threshold.fail : c.status === 'warn' ? (c.threshold.warn ?? c.threshold.fail) : null;
  return ` (${formatChange(c)}${STATUS_ICON[c.status]}${level ? ` beyond ${level}` : ''})`;
}

function modelDetails(m: ReportModel): string[] {
  const lines = [`#### ${escapeMarkdown(m.name)} — ${m.verdict}`, ''];
  lines.push('| Check | Baseline | Candidate | Change | 95% interval | Warn / fail at | Samples | Status |');
  lines.push('|:--|--:|--:|--:|--:|--:|--:|:--|');
  for (const c of m.checks) {
    const interval = c.change?.interval ? `${formatPercent(c.change.interval.low)} … ${formatPercent(c.change.interval.high)}` : '';
    const samples = c.samples ? `${c.samples.baseline} / ${c.samples.candidate}` : '';
    const status = `${c.status}${c.note ? ` — ${escapeMarkdown(c.note, 300)}` : ''}`;
    lines.push(
      `| ${METRICS[c.metric].label} | ${c.baseline === null ? '—' : value(c.metric, c.baseline)} | ${
        c.candidate === null ? '—' : value(c.metric, c.candidate)
      } | ${c.change ? formatChange(c) : '—'} | ${interval} | ${c.threshold.warn ?? 'none'} / ${c.threshold.fail ?? 'none'} | ${samples} | ${status} |`,
    );
  }
  const e = m.eval;
  if (e) {
    lines.push('');
    lines.push(`Eval: ${e.sets} set${e.sets === 1 ? '' : 's'}, ${e.samples} samples, output ${escapeMarkdown(e.output)}${e.task ? `, ${e.task}` : ''}.`);
    if (e.agreement) {
      const top1 = e.agreement.top1 === null ? '' : `top-1 ${formatShare(e.agreement.top1)}, `;
      lines.push(
        `Candidate vs baseline outputs: ${top1}${formatShare(e.agreement.withinShare)} of values within tolerance, max abs difference ${e.agreement.maxAbsError.toExponential(2)}.`,
      );
    }
    const ref = e.candidate?.referenceMaxAbsError ?? e.baseline.referenceMaxAbsError;
    if (ref !== null) lines.push(`Max abs error against the reference outputs: ${ref.toExponential(2)}.`);
  }
  const where = m.baseline ? `${escapeMarkdown(m.baseline.file)} (sha256 ${m.baseline.raw.sha256.slice(0, 12)}…) → ` : '';
  lines.push('', `Files: ${where}${escapeMarkdown(m.candidate.file)} (sha256 ${m.candidate.raw.sha256.slice(0, 12)}…), producer ${escapeMarkdown(m.candidate.producer || 'unknown')}.`, '');
  return lines;
}

function environmentSection(r: Report): string[] {
  const e = r.environment;
  const b = r.settings.bench;
  return [
    '#### Environment',
    '',
    `${escapeMarkdown(e.cpu)}, ${e.cores} cores · ${escapeMarkdown(e.os)} ${e.arch} · Node ${e.node} · onnxruntime ${e.onnxruntime} · intra-op threads ${b.intraOpThreads}, inter-op threads ${b.interOpThreads}`,
    '',
  ];
}

function methodSection(r: Report): string[] {
  const b = r.settings.bench;
  return [
    '#### How it was measured',
    '',
    `Packed with zstd level ${r.settings.level}. Load = read the packed file, decompress, verify sha256, create the onnxruntime session: ` +
      `${b.loadSamples} loads per side, alternating baseline and candidate. First inference = the first run on each fresh session. ` +
      `Latency: ${b.latencyRounds} rounds of tinybench (${b.warmupMs} ms warm-up, ${b.latencyTimeMs} ms sampling per side, order alternating). ` +
      'Timing changes are the median of paired candidate/baseline ratios with a 95% bootstrap interval; a timing check fails only when the whole interval is beyond the fail level. ' +
      `Accuracy and agreement use atol ${r.settings.eval.atol}, rtol ${r.settings.eval.rtol}. Job fails on: ${r.settings.failOn}.`,
    '',
  ];
}

function value(metric: MetricId, v: number): string {
  switch (METRICS[metric].unit) {
    case 'bytes':
      return bytes(v);
    case 'ms':
      return ms(v);
    case 'share':
      return formatShare(v);
    default:
      return Math.abs(v) >= 1000 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : v.toPrecision(4);
  }
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

function ms(v: number): string {
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  return `${(v * 1000).toFixed(0)} µs`;
}

function formatShare(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}
