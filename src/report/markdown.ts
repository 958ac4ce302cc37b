// The Markdown report: verdict on the first line, one row per model, everything else folded away.
import type { Status, Verdict } from '../checks.js';
import { METRICS, type MetricId } from '../compare/metrics.js';
import { describeLoss, type Score } from '../variants/choose.js';
import { escapeMarkdown } from './escape.js';
import { formatChange, formatPercent } from './json.js';
import type { Report, ReportCheck, ReportModel, ReportPhase, ReportVariantRow, ReportVariants } from './schema.js';

// The report's own types (schema.ts), under the names this renderer has always used.
type Check = ReportCheck;
type VariantRow = ReportVariantRow;
type VariantTable = ReportVariants;
type PhaseRow = ReportPhase;
type PhaseSample = PhaseRow['candidate'];

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': 'ℹ️' };
const STATUS_ICON: Record<Status, string> = { pass: '', warn: ' ⚠️', fail: ' ❌', skipped: '' };

export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`### ${VERDICT_ICON[report.verdict]} model-gate: ${escapeMarkdown(report.summary, 400)}`);
  lines.push('');
  const source = report.baseline.source ? `baseline ${escapeMarkdown(report.baseline.source)}` : 'no baseline';
  // Only a model with a baseline had two sides to measure.
  const measured = report.models.some((m) => m.baseline !== null) ? 'both sides measured in this job on the same machine' : 'no baseline: the candidate alone was measured';
  lines.push(`<sub>${source} · ${report.models.length} model${report.models.length === 1 ? '' : 's'} · ${measured}</sub>`);
  if (report.baseline.note) lines.push('', `> ${escapeMarkdown(report.baseline.note, 400)}`);
  lines.push('');
  lines.push('| Model | Size raw → packed | Load | Latency p50 / p95 | Accuracy | Verdict |');
  lines.push('|:--|--:|--:|--:|--:|:--|');
  for (const m of report.models) lines.push(modelRow(m));
  for (const m of report.models) if (m.variants) lines.push(...variantTable(m.name, m.variants));
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
  const variant = m.variants && m.variants.published !== 'original' ? ` (${m.variants.published})` : '';
  return `| ${escapeMarkdown(m.name)}${variant} | ${size} | ${load} | ${latency} | ${quality ? cell(quality) : '—'} | ${verdict} |`;
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
  return ` (${formatChange(c)}${STATUS_ICON[c.status]}${level ? ` beyond ${escapeMarkdown(level, 40)}` : ''})`;
}

/** A threshold as written. model-gate writes only forms like "+10%", but a report read back is untrusted text. */
function thresholdText(level: string | null): string {
  return level === null ? 'none' : escapeMarkdown(level, 40);
}

function modelDetails(m: ReportModel): string[] {
  const lines = [`#### ${escapeMarkdown(m.name)} — ${m.verdict}`, ''];
  lines.push('| Check | Baseline | Candidate | Change | 95% interval | Warn / fail at | Samples | Status |');
  lines.push('|:--|--:|--:|--:|--:|--:|--:|:--|');
  for (const c of m.checks) {
    const interval = c.change?.interval ? intervalText(c.change.interval) : '';
    const status = `${c.status}${c.note ? ` — ${escapeMarkdown(c.note, 300)}` : ''}`;
    lines.push(
      `| ${METRICS[c.metric].label} | ${c.baseline === null ? '—' : value(c.metric, c.baseline)} | ${
        c.candidate === null ? '—' : value(c.metric, c.candidate)
      } | ${c.change ? formatChange(c) : '—'} | ${interval} | ${thresholdText(c.threshold.warn)} / ${thresholdText(c.threshold.fail)} | ${samplesText(c)} | ${status} |`,
    );
  }
  if (m.phases) lines.push(...phaseTable(m.phases, m.baseline !== null));
  if (m.variants) lines.push(...variantDetails(m.variants));
  const e = m.eval;
  if (e) {
    lines.push('');
    lines.push(`Eval: ${e.sets} set${e.sets === 1 ? '' : 's'}, ${e.samples} samples, output ${escapeMarkdown(e.output)}${e.task ? `, ${escapeMarkdown(e.task)}` : ''}.`);
    if (e.agreement) {
      const top1 = e.agreement.top1 === null ? '' : `top-1 ${formatShare(e.agreement.top1)}, `;
      lines.push(
        `Candidate vs baseline outputs: ${top1}${formatShare(e.agreement.withinShare)} of values within tolerance, max abs difference ${scientific(e.agreement.maxAbsError)}.`,
      );
    }
    const ref = e.candidate?.referenceMaxAbsError ?? e.baseline.referenceMaxAbsError;
    if (ref !== null) lines.push(`Max abs error against the reference outputs: ${ref.toExponential(2)}.`);
  }
  const where = m.baseline ? `${escapeMarkdown(m.baseline.file)} (sha256 ${m.baseline.raw.sha256.slice(0, 12)}…) → ` : '';
  lines.push('', `Files: ${where}${escapeMarkdown(m.candidate.file)} (sha256 ${m.candidate.raw.sha256.slice(0, 12)}…), producer ${escapeMarkdown(m.candidate.producer || 'unknown')}.`, '');
  return lines;
}

const ROW_STATUS: Record<VariantRow['status'], string> = { published: '**published**', 'within-budget': 'within budget', rejected: 'rejected', 'not-built': 'not built' };

/** The trade-off of each variant against the float original, the published row marked, rejections said plainly. */
function variantTable(model: string, t: VariantTable): string[] {
  const lines = ['', `**${escapeMarkdown(model)} variants** — publish: ${t.publish}; size, load, latency and quality against the float original, measured in this job:`, ''];
  lines.push('| Variant | Packed | Weights | Load | Latency p50 | Quality vs original | Status |');
  lines.push('|:--|--:|--:|--:|--:|--:|:--|');
  for (const r of t.rows) {
    const timing = (c: VariantRow['loadTime']) => (c?.relative != null ? formatPercent(c.relative) : '—');
    // describeLoss reads `loss` as JSON gives it (null when infinite); its parameter type says number (variants/choose.ts).
    const quality = r.score ? `${r.score.metric} ${describeLoss(r.score as Score)} (budget ${escapeMarkdown(r.score.budget)})` : r.variant === 'original' ? 'reference' : '—';
    const status = `${r.status === 'published' ? '✅ ' : r.status === 'rejected' ? '❌ ' : ''}${ROW_STATUS[r.status]}${r.reason ? ` — ${escapeMarkdown(r.reason, 200)}` : ''}`;
    const weights = r.weightBytes === null ? '—' : bytes(r.weightBytes);
    lines.push(`| ${r.variant} | ${r.packedBytes === null ? '—' : bytes(r.packedBytes)} | ${weights} | ${timing(r.loadTime)} | ${timing(r.latencyP50)} | ${quality} | ${status} |`);
  }
  return lines;
}

/** Where each variant's error comes from: the converted tensors with the lowest signal-to-noise ratio. */
function variantDetails(t: VariantTable): string[] {
  const lines: string[] = [];
  for (const r of t.rows) {
    if (r.variant === 'original' || r.status === 'not-built') continue;
    const a = r.agreement;
    const agreement = a
      ? `top-1 agreement ${a.top1 === null ? 'n/a' : formatShare(a.top1)}, ${formatShare(a.withinShare)} of values within tolerance, max abs difference ${scientific(a.maxAbsError)}${a.relativeRmsError === null ? '' : `, RMS difference ${(a.relativeRmsError * 100).toPrecision(2)}% of the original's`}`
      : 'not evaluated';
    lines.push('', `${r.variant}: ${r.converted} tensors converted, ${r.kept} kept in float32${r.clamped ? `, ${r.clamped} values clamped to ±65504` : ''}${r.flushed ? `, ${r.flushed} values flushed to 0` : ''}; against the original: ${agreement}.`);
    if (r.worstTensors.length > 0) {
      lines.push('', '| Tensor | Elements | SQNR |', '|:--|--:|--:|');
      for (const w of r.worstTensors) lines.push(`| ${escapeMarkdown(w.name, 120)} | ${w.elements} | ${w.sqnrDb === null ? 'exact' : `${w.sqnrDb.toFixed(1)} dB`} |`);
    }
  }
  return lines;
}

/** "−1.2% … +3.4%", with the coverage when too few pairs allowed a 95% interval. */
function intervalText(i: { low: number; high: number; confidence: number }): string {
  const text = `${formatPercent(i.low)} … ${formatPercent(i.high)}`;
  return i.confidence < 0.95 ? `${text} (${Math.floor(i.confidence * 100)}%)` : text;
}

const STOP_TEXT = { settled: 'settled', budget: 'budget spent', 'max-pairs': 'pair cap' } as const;

/** Timings: "24 pairs, settled in 8.1 s"; other checks: "50 / 50" or nothing. */
function samplesText(c: Check): string {
  if (c.sampling) return `${c.sampling.pairs} ${c.samples?.baseline ? 'pairs' : 'samples'}, ${STOP_TEXT[c.sampling.stop]} in ${c.sampling.seconds.toFixed(1)} s`;
  return c.samples ? `${c.samples.baseline} / ${c.samples.candidate}` : '';
}

function phaseTable(phases: PhaseRow[], hasBaseline: boolean): string[] {
  const side = (p: PhaseSample | null) => (p ? `${ms(p.wallMs)} / ${ms(p.cpuMs)} / ${bytes(p.peakRssBytes)}` : '—');
  const lines = ['', 'Cold load, a fresh process per sample (first measurement) — medians of wall time / CPU time / peak RSS by the end of the phase:', ''];
  lines.push(hasBaseline ? '| Phase | Baseline | Candidate |' : '| Phase | Candidate |', hasBaseline ? '|:--|--:|--:|' : '|:--|--:|');
  for (const p of phases) lines.push(hasBaseline ? `| ${PHASE_LABEL[p.phase]} | ${side(p.baseline)} | ${side(p.candidate)} |` : `| ${PHASE_LABEL[p.phase]} | ${side(p.candidate)} |`);
  return lines;
}

const PHASE_LABEL: Record<PhaseRow['phase'], string> = {
  runtime: 'start onnxruntime (not in load time)',
  unpack: 'read + decompress + verify',
  session: 'create session',
  firstRun: 'first inference',
};

function environmentSection(r: Report): string[] {
  const e = r.environment;
  const b = r.settings.bench;
  return [
    '#### Environment',
    '',
    `${escapeMarkdown(e.cpu)}, ${e.cores} cores · ${escapeMarkdown(e.os)} ${escapeMarkdown(e.arch)} · Node ${escapeMarkdown(e.node)} · onnxruntime ${escapeMarkdown(e.onnxruntime)} · intra-op threads ${b.intraOpThreads}, inter-op threads ${b.interOpThreads}`,
    '',
  ];
}

function methodSection(r: Report): string[] {
  const b = r.settings.bench;
  return [
    '#### How it was measured',
    '',
    `Packed with zstd level ${r.settings.level}. Cold load: each sample is a fresh process that reads the packed file, decompresses and verifies it, ` +
      'creates the onnxruntime session (load time) and runs the first inference; onnxruntime is started beforehand and timed apart, as its start-up is the same for every model. ' +
      'Peak RSS is that process\'s peak. Baseline and candidate alternate A B, B A. ' +
      `Warm latency: rounds of tinybench (${b.warmupMs} ms warm-up, ${b.latencyTimeMs} ms sampling per side), both sessions created afresh each round, order alternating. ` +
      `Sampling is adaptive: at least ${b.loadSamples} cold pairs and ${b.latencyRounds} rounds, then until every interval is clear of its warn and fail levels or ${b.budgetSeconds} s are spent. ` +
      'A change is the median of per-pair candidate/baseline ratios with its distribution-free 95% interval; a timing fails only when the whole interval is beyond the fail level, ' +
      'and only if it fails again when re-measured with fresh samples. An estimate beyond the fail level with the interval reaching back inside is inconclusive (warn). ' +
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

/** An error in scientific notation; JSON carries an infinite one (a NaN or ±∞ mismatch) as null. */
function scientific(v: number | null): string {
  return v === null ? '∞' : v.toExponential(2);
}

function bytes(n: number): string {
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
