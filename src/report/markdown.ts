// The Markdown report, in two forms. Both open with the verdict and its cause, then one table row per model: failing
// and warning models first, each row naming the checks that decided it; a change whose interval includes 0 shows as
// "≈". The full form (job summary, report.md, the CLI) adds every model's details and the method. The comment form is
// what a reviewer reads on the pull request: details of the flagged models only, the method folded once, and it fits
// GitHub's comment limit for any number of models — passing models shrink to their row, then the flagged models'
// details to the checks that flagged them, before anything else is given up.
import type { Status, Verdict } from '../checks.js';
import { METRICS, type MetricId } from '../checks.js';
import { describeLoss, type Score as VariantScore } from '../variants/choose.js';
import { describeChange } from '../interface/contract.js';
import { MIN_RUNS } from '../bench/settings.js';
import { escapeHtmlText, escapeMarkdown } from './escape.js';
import { historySection } from './history-section.js';
import type { Report, ReportCheck, ReportInterface, ReportModel, ReportPhase, ReportVariantRow, ReportVariants } from './schema.js';
import {
  bytes,
  changeCell,
  decidingChecks,
  decidingDrift,
  driftCause,
  formatChange,
  formatPercent,
  formatShare,
  flaggedFirst,
  formatValue,
  interfaceCause,
  intervalText,
  isInconclusive,
  isNoise,
  levelText,
  modelCause,
  ms,
  rowCells,
} from './text.js';


type Audience = 'comment' | 'full';

/** GitHub refuses a comment over 65,536 characters; the sticky comment's marker and a margin come off it. */
export const COMMENT_BUDGET = 64_000;

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': 'ℹ️' };
const STATUS_ICON: Record<Status, string> = { pass: '', warn: ' ⚠️', fail: ' ❌', skipped: '' };

/** How much of the flagged models' details a form carries. */
interface Form {
  /** Which models get a details section: every one, or only failing and warning ones. */
  details: 'all' | 'flagged';
  /** Whether a flagged model's details list every check or only the ones that flagged it. */
  checks: 'all' | 'flagged';
  /** Cold-load phases and the variants' tensor notes. */
  extras: boolean;
  /** One list item per model instead of tables: the flagged checks and the variants in a line each. */
  compact?: boolean;
  /** Whose history rows (report/history-section.ts): every model's, or only flagged or drifting ones; charts in the full form. */
  history: 'all' | 'flagged';
}

const FULL: Form = { details: 'all', checks: 'all', extras: true, history: 'all' };
/** The comment's forms, longest first: the first that fits the budget is posted. */
const COMMENT_FORMS: Form[] = [
  { details: 'flagged', checks: 'all', extras: false, history: 'all' },
  { details: 'flagged', checks: 'flagged', extras: false, history: 'all' },
  { details: 'flagged', checks: 'flagged', extras: false, compact: true, history: 'flagged' },
];

export function renderMarkdown(report: Report, audience: Audience = 'full'): string {
  if (audience === 'full') return compose(report, FULL);
  let text = '';
  for (const form of COMMENT_FORMS) {
    text = compose(report, form);
    if (text.length <= COMMENT_BUDGET) return text;
  }
  // Only a report of hundreds of flagged models gets here; github/comments.ts cuts the tail and links the job summary.
  return text;
}

function compose(report: Report, form: Form): string {
  const lines: string[] = [];
  lines.push(`### ${VERDICT_ICON[report.verdict]} model-gate: ${escapeMarkdown(report.summary, 600)}`, '');
  lines.push(`<sub>${overview(report)}</sub>`);
  if (report.baseline.note) lines.push('', `> ${escapeMarkdown(report.baseline.note, 400)}`);
  const models = flaggedFirst(report.models);
  if (report.models.length > 0) lines.push('', ...modelTable(report, models));
  if (report.removed.length > 0) {
    lines.push('', `Baseline models with no candidate: ${report.removed.map((n) => escapeMarkdown(n)).join(', ')}.`);
  }
  const detailed = models.filter((m) => form.details === 'all' || m.verdict === 'fail' || m.verdict === 'warn');
  if (form.compact) {
    if (detailed.length > 0) lines.push('', ...detailed.map(compactDetails));
  } else for (const m of detailed) lines.push('', ...modelDetails(m, form));
  const history = historySection(report, form.history, form.extras);
  if (history.length > 0) lines.push('', ...history);
  lines.push('', ...methodSection(report));
  return `${lines.join('\n')}\n`;
}

/** "baseline release v1.2.0 · 5 models: 1 fails, 1 warns, 3 pass (2 unchanged) · both sides measured in this job". */
function overview(r: Report): string {
  const source = r.baseline.source ? `baseline ${escapeMarkdown(r.baseline.source)}` : 'no baseline';
  const count = (v: Verdict) => r.models.filter((m) => m.verdict === v).length;
  const parts = [
    count('fail') && `${count('fail')} fail${count('fail') === 1 ? 's' : ''}`,
    count('warn') && `${count('warn')} warn${count('warn') === 1 ? 's' : ''}`,
    count('pass') && `${count('pass')} pass${count('pass') === 1 ? 'es' : ''}`,
    count('no-baseline') && `${count('no-baseline')} without baseline`,
  ].filter(Boolean);
  const unchanged = r.models.filter((m) => m.unchanged).length;
  const models = r.models.length === 0 ? 'no models' : `${r.models.length} model${r.models.length === 1 ? '' : 's'}: ${parts.join(', ')}${unchanged ? ` (${unchanged} unchanged, not measured again)` : ''}`;
  const measured = r.models.length === 0 ? null : r.models.some((m) => m.baseline !== null && !m.unchanged)
    ? 'both sides measured in this job on the same machine'
    : r.models.every((m) => m.baseline === null)
      ? 'no baseline: the candidate alone was measured'
      : null;
  return [source, models, measured].filter(Boolean).join(' · ');
}

function modelTable(report: Report, models: ReportModel[]): string[] {
  const lines = ['| Model | Verdict | Packed | Load | Latency p50 | Quality | Why |', '|:--|:--|--:|--:|--:|--:|:--|'];
  for (const m of models) lines.push(modelRow(report, m));
  lines.push('', `<sub>Load and latency: the paired change, candidate against baseline, measured side by side; ≈: its 95% interval includes 0 (no measurable change).</sub>`);
  return lines;
}

function modelRow(report: Report, m: ReportModel): string {
  const c = rowCells(report.baseline.source, m, { verdict: VERDICT_ICON, status: STATUS_ICON });
  return `| ${[c.model, c.verdict, c.packed, c.load, c.latency, c.quality, c.why].map((cell) => escapeMarkdown(cell, 400)).join(' | ')} |`;
}

/** "- **❌ resnet — fail**: latency p50 10.03 ms → 14.53 ms ᵖ (+45%, interval …; fail at +10%; 12 pairs in 4.2 s) · variants: …" */
function compactDetails(m: ReportModel): string {
  const checks = decidingChecks(m).map((c) => {
    // The interface check's numbers are a count: what changed is the fact a reader needs.
    if (c.metric === 'interface') return `${escapeMarkdown(interfaceCause(c, m.interface), 600)} (${c.status} at ${level(c.metric, c.status === 'fail' ? c.threshold.fail : c.threshold.warn)})`;
    const from = c.baseline === null ? '' : `${formatValue(c.metric, c.baseline)} → `;
    const to = c.candidate === null ? '—' : candidateText(c);
    const interval = c.change?.interval ? `, interval ${intervalText(c.change.interval)}` : '';
    const status = isInconclusive(c) ? 'inconclusive' : `${c.status} at ${level(c.metric, c.status === 'fail' ? c.threshold.fail : (c.threshold.warn ?? c.threshold.fail))}`;
    const samples = samplesText(c);
    return `${METRICS[c.metric].label} ${from}${to} (${c.change ? changeCell(c) : '—'}${interval}; ${status}${samples ? `; ${samples}` : ''})`;
  });
  const drift = decidingDrift(m).map((c) => `${escapeMarkdown(driftCause(c), 300)}${c.interval && !isInconclusive(c) ? ` (interval ${intervalText(c.interval)})` : ''}`);
  const variants = m.variants ? ` · variants: ${m.variants.rows.filter((r) => r.variant !== 'original').map(variantLine).join('; ')}` : '';
  return `- **${VERDICT_ICON[m.verdict]} ${escapeMarkdown(m.name, 200)} — ${m.verdict}**: ${[...checks, ...drift].join('; ')}${variants}`;
}

/** "int8 rejected (260.0 kB; accuracy −0.20 pp; slower than the original: …)". */
function variantLine(r: ReportVariantRow): string {
  const parts = [r.packedBytes === null ? null : bytes(r.packedBytes), r.score ? `${r.score.metric} ${describeLoss(r.score as VariantScore)}` : null, r.reason ? escapeMarkdown(r.reason, 200) : null];
  return `${r.variant} ${ROW_STATUS[r.status].replace(/\*/g, '')} (${parts.filter(Boolean).join('; ')})`;
}

/** A timing's candidate as the paired change puts it (baseline median × paired ratio, marked ᵖ); else its value. */
function candidateText(c: ReportCheck): string {
  const paired = c.change?.interval != null && c.baseline !== null && c.change.relative !== null;
  return paired ? `${formatValue(c.metric, c.baseline! * (1 + c.change!.relative!))} ᵖ` : c.candidate === null ? '—' : formatValue(c.metric, c.candidate);
}

function modelDetails(m: ReportModel, form: Form): string[] {
  const flagged = m.verdict === 'fail' || m.verdict === 'warn';
  const state = m.unchanged ? (flagged ? `${m.verdict} (unchanged)` : 'unchanged') : m.verdict;
  const title = `${VERDICT_ICON[m.verdict]} ${escapeHtmlText(m.name, 200)} — ${state}`;
  const lines = [`<details><summary><b>${title}</b></summary>`, ''];
  if (flagged) lines.push(`Decided by: ${escapeMarkdown(modelCause(m), 600)}.`, '');
  if (m.unchanged) {
    const sha = m.candidate.raw.sha256.slice(0, 12);
    lines.push(`Same bytes as the baseline (raw sha256 ${sha}…, ${bytes(m.candidate.raw.bytes)}), so it was not measured again; packed ${bytes(m.candidate.packed.bytes)}.`);
    // The variants were still built and measured against the original: which one is published, and why, stays shown.
    if (m.variants) lines.push(...variantTable(m.variants, form.extras));
    lines.push('', '</details>');
    return lines;
  }
  const checks = form.checks === 'all' ? m.checks : decidingChecks(m);
  lines.push(...checkTable(checks));
  if (m.interface) lines.push(...interfaceLines(m.interface));
  if (form.extras && m.phases) lines.push(...phaseTable(m.phases, m.baseline !== null));
  if (m.variants) lines.push(...variantTable(m.variants, form.extras));
  if (form.checks === 'all') lines.push(...evalLines(m));
  const where = m.baseline ? `${escapeMarkdown(m.baseline.file)} (sha256 ${m.baseline.raw.sha256.slice(0, 12)}…) → ` : '';
  lines.push('', `Files: ${where}${escapeMarkdown(m.candidate.file)} (sha256 ${m.candidate.raw.sha256.slice(0, 12)}…), producer ${escapeMarkdown(m.candidate.producer || 'unknown')}.`);
  lines.push('', '</details>');
  return lines;
}

/**
 * Every check with both sides, the change, its interval and the levels. A timing's candidate column is the baseline's
 * median times the paired ratio, so the two columns agree with the change; each side's own median is in report.json.
 */
function checkTable(checks: ReportCheck[]): string[] {
  const lines = ['| Check | Baseline | Candidate | Change | 95% interval | Warn / fail at | Samples | Status |', '|:--|--:|--:|--:|--:|--:|--:|:--|'];
  for (const c of checks) {
    const candidate = candidateText(c);
    const change = c.change ? `${isNoise(c) ? '≈ ' : ''}${formatChange(c)}` : '—';
    const levels = `${level(c.metric, c.threshold.warn)} / ${level(c.metric, c.threshold.fail)}`;
    const first = c.firstAttempt?.change.interval ? ` (first: ${intervalText(c.firstAttempt.change.interval)})` : '';
    const status = `${c.status}${isInconclusive(c) ? ' (inconclusive)' : ''}${c.note && !isInconclusive(c) ? ` — ${escapeMarkdown(c.note, 300)}${first}` : ''}`;
    lines.push(
      `| ${METRICS[c.metric].label} | ${c.baseline === null ? '—' : formatValue(c.metric, c.baseline)} | ${candidate} | ${change} | ${c.change?.interval ? intervalText(c.change.interval) : ''} | ${levels} | ${samplesText(c)} | ${status} |`,
    );
  }
  if (checks.some((c) => c.change?.interval != null && c.baseline !== null)) {
    lines.push('', '<sub>ᵖ baseline median × paired ratio: the candidate as the paired change puts it.</sub>');
  }
  return lines;
}

/** Every change of the model's interface against the baseline, breaking ones first (report.json lists them too). */
function interfaceLines(i: ReportInterface): string[] {
  const target = `held to onnxruntime ${escapeMarkdown(i.target, 60)}`;
  if (i.changes.length === 0) return ['', `Interface: the same inputs, outputs, opsets and IR version as the baseline (${target}).`];
  const lines = ['', `Interface changes against the baseline (${target}):`, ''];
  for (const c of i.changes) lines.push(`- ${c.breaking ? '❌ breaking' : 'compatible'}: ${escapeMarkdown(describeChange(c), 300)}`);
  if (i.more > 0) lines.push(`- and ${i.more} more (report.json lists the first ${i.changes.length})`);
  return lines;
}

/** A threshold as written, in the check's terms; the text may come from an untrusted report. */
function level(metric: MetricId, text: string | null): string {
  return text === null ? 'none' : escapeMarkdown(levelText(metric, text), 40);
}

const STOP_TEXT = { settled: 'settled', budget: 'budget spent', 'max-pairs': 'pair cap' } as const;

/** Timings: "24 pairs, settled in 8.1 s"; other checks: "50 / 50" or nothing. */
function samplesText(c: ReportCheck): string {
  if (c.sampling) return `${c.sampling.pairs} ${c.samples?.baseline ? 'pairs' : 'samples'}, ${STOP_TEXT[c.sampling.stop]} in ${c.sampling.seconds.toFixed(1)} s`;
  return c.samples ? `${c.samples.baseline} / ${c.samples.candidate}` : '';
}

function evalLines(m: ReportModel): string[] {
  const e = m.eval;
  if (!e) return [];
  const lines = ['', `Eval: ${e.sets} set${e.sets === 1 ? '' : 's'}, ${e.samples} samples, output ${escapeMarkdown(e.output)}${e.task ? `, ${escapeMarkdown(e.task)}` : ''}.`];
  if (e.agreement) {
    const top1 = e.agreement.top1 === null ? '' : `top-1 ${formatShare(e.agreement.top1)}, `;
    lines.push(`Candidate vs baseline outputs: ${top1}${formatShare(e.agreement.withinShare)} of values within tolerance, max abs difference ${scientific(e.agreement.maxAbsError)}.`);
  }
  const ref = e.candidate?.referenceMaxAbsError ?? e.baseline.referenceMaxAbsError;
  if (ref !== null) lines.push(`Max abs error against the reference outputs: ${ref.toExponential(2)}.`);
  return [...lines, ...classLines(e)];
}

/** Every class whose recall moved, as report.json keeps them (the largest changes first). */
function classLines(e: NonNullable<ReportModel['eval']>): string[] {
  const c = e.classes;
  const moved = c?.figures.filter((f) => f.lost + f.gained > 0) ?? [];
  if (!c || moved.length === 0) return [];
  const p = (x: number | null) => (x === null ? `not judged (under ${c.minSamples} samples)` : `McNemar p ${x.toPrecision(2)}`);
  const items = moved.map((f) => `class ${f.class} ${formatShare(f.baseline)} → ${formatShare(f.candidate)} of ${f.samples} (${f.lost} lost, ${f.gained} gained; ${p(f.adjustedP)})`);
  const kept = c.classes > c.figures.length ? ` (the ${c.figures.length} largest changes of ${c.classes} classes)` : '';
  return [`Recall by class, where it moved${kept}, Holm-adjusted over ${c.tested} tested: ${items.join('; ')}.`];
}

const ROW_STATUS: Record<ReportVariantRow['status'], string> = { published: '**published**', 'within-budget': 'within budget', rejected: 'rejected', 'not-built': 'not built' };

/** The trade-off of each variant against the float original, the published row marked, rejections said plainly. */
function variantTable(t: ReportVariants, extras: boolean): string[] {
  const lines = ['', `Variants (publish: ${t.publish}), against the float original, measured in this job:`, ''];
  lines.push('| Variant | Packed | Load | Latency p50 | Quality vs original | Status |', '|:--|--:|--:|--:|--:|:--|');
  for (const r of t.rows) {
    const timing = (c: ReportVariantRow['loadTime']) => (c?.relative == null ? '—' : isNoise({ change: c }) ? '≈' : formatPercent(c.relative));
    const quality = r.score ? `${r.score.metric} ${describeLoss(r.score as VariantScore)} (budget ${budgetText(r.score)})` : r.variant === 'original' ? 'reference' : '—';
    const status = `${r.status === 'published' ? '✅ ' : r.status === 'rejected' ? '❌ ' : ''}${ROW_STATUS[r.status]}${r.reason ? ` — ${escapeMarkdown(r.reason, 200)}` : ''}`;
    lines.push(`| ${r.variant} | ${r.packedBytes === null ? '—' : bytes(r.packedBytes)} | ${timing(r.loadTime)} | ${timing(r.latencyP50)} | ${quality} | ${status} |`);
  }
  if (extras) lines.push(...variantNotes(t));
  return lines;
}

type Score = NonNullable<ReportVariantRow['score']>;

/** The budget in the score's terms: a share's budget in points. */
function budgetText(s: Score): string {
  return escapeMarkdown(levelText(s.unit === 'pp' ? 'accuracy' : 'rmse', s.budget), 40);
}

/** Where each variant's error comes from: the converted tensors with the lowest signal-to-noise ratio. */
function variantNotes(t: ReportVariants): string[] {
  const lines: string[] = [];
  for (const r of t.rows) {
    if (r.variant === 'original' || r.status === 'not-built') continue;
    const a = r.agreement;
    const agreement = a
      ? `top-1 agreement ${a.top1 === null ? 'n/a' : formatShare(a.top1)}, ${formatShare(a.withinShare)} of values within tolerance, max abs difference ${scientific(a.maxAbsError)}${a.relativeRmsError === null ? '' : `, RMS difference ${(a.relativeRmsError * 100).toPrecision(2)}% of the original's`}`
      : 'not evaluated';
    const weights = r.weightBytes === null ? '' : `, weights ${bytes(r.weightBytes)}`;
    lines.push('', `${r.variant}: ${r.converted} tensors converted, ${r.kept} kept in float32${r.clamped ? `, ${r.clamped} values clamped to ±65504` : ''}${r.flushed ? `, ${r.flushed} values flushed to 0` : ''}${weights}; against the original: ${agreement}.`);
    if (r.worstTensors.length > 0) {
      lines.push('', '| Tensor | Elements | SQNR |', '|:--|--:|--:|');
      for (const w of r.worstTensors) lines.push(`| ${escapeMarkdown(w.name, 120)} | ${w.elements} | ${w.sqnrDb === null ? 'exact' : `${w.sqnrDb.toFixed(1)} dB`} |`);
    }
  }
  return lines;
}

function phaseTable(phases: ReportPhase[], hasBaseline: boolean): string[] {
  const side = (p: ReportPhase['baseline']) => (p ? `${ms(p.wallMs)} / ${ms(p.cpuMs)} / ${bytes(p.peakRssBytes)}` : '—');
  const lines = ['', 'Cold load, a fresh process per sample (first measurement): medians of wall time / CPU time / peak RSS by the end of each phase:', ''];
  lines.push(hasBaseline ? '| Phase | Baseline | Candidate |' : '| Phase | Candidate |', hasBaseline ? '|:--|--:|--:|' : '|:--|--:|');
  for (const p of phases) lines.push(hasBaseline ? `| ${PHASE_LABEL[p.phase]} | ${side(p.baseline)} | ${side(p.candidate)} |` : `| ${PHASE_LABEL[p.phase]} | ${side(p.candidate)} |`);
  return lines;
}

const PHASE_LABEL: Record<ReportPhase['phase'], string> = {
  runtime: 'start onnxruntime (not in load time)',
  unpack: 'read + decompress + verify',
  session: 'create session',
  firstRun: 'first inference',
};

/**
 * Where the models ran: every side in processes of its own (bench/sides.ts), the mode of each model, the limits, and the
 * peak memory of the whole process tree.
 */
function sidesText(r: Report): string {
  const measured = r.models.flatMap((m) => (m.measurement ? [{ name: m.name, ...m.measurement }] : []));
  if (measured.length === 0) return 'Each side runs in processes of its own; no model was measured here.';
  const modes = [...new Set(measured.map((m) => m.mode))];
  const mode = modes.length === 1 ? `${modes[0]} mode` : `${measured.map((m) => `${escapeMarkdown(m.name, 100)}: ${m.mode}`).join(', ')}`;
  const first = measured[0]!;
  const cap = first.memoryLimitBytes === null ? 'no memory cap' : `a ${bytes(first.memoryLimitBytes)} memory cap`;
  const peaks = measured.flatMap((m) => (m.peakRssBytes === null ? [] : [m.peakRssBytes]));
  const peak = peaks.length > 0 ? ` Peak memory of the process tree (the gate and its side processes, resident memory sampled every 0.2 s): ${bytes(Math.max(...peaks))}${measured.length > 1 ? ' (the largest model)' : ''}.` : '';
  return (
    `Each side's model runs in processes of its own (${mode}; alternating keeps one process per side up, blocks runs every latency round in a fresh process, so the other side holds no memory), ` +
    `each step under a ${first.timeLimitSeconds} s time limit and ${cap}.${peak}`
  );
}

/** The method, once, folded: what was measured and how, with what this run actually took. */
function methodSection(r: Report): string[] {
  const b = r.settings.bench;
  const e = r.environment;
  const timed = r.models.flatMap((m) => m.checks).filter((c) => c.sampling && c.samples?.baseline);
  const pairs = (ids: MetricId[]) => {
    const counts = timed.filter((c) => ids.includes(c.metric)).map((c) => c.sampling!.pairs);
    return counts.length === 0 ? null : Math.min(...counts) === Math.max(...counts) ? `${counts[0]}` : `${Math.min(...counts)}–${Math.max(...counts)}`;
  };
  const cold = pairs(['load-time']);
  const warm = pairs(['latency-p50']);
  // The budget is a bound (bench/sampling.ts): a model whose minimum did not fit took fewer pairs.
  const short = timed.some((c) => c.sampling!.stop === 'budget' && c.sampling!.pairs < (METRICS[c.metric].timing?.group === 'warm' ? b.latencyRounds : b.loadSamples));
  const took = cold || warm ? ` This run took ${cold ?? 'no'} cold pairs and ${warm ?? 'no'} latency rounds per model${short ? '; for some models the budget ran out before the minimum, so their intervals are wider (below 6 pairs a timing is shown, not judged)' : ''}.` : '';
  return [
    '<details><summary>How this was measured</summary>',
    '',
    `Packed with zstd level ${r.settings.level}. Load time: a fresh process per sample reads the packed file, decompresses and verifies it and creates the onnxruntime session (onnxruntime's own start-up is timed apart); then it runs the first inference. Peak RSS is that process's peak. ` +
      `Latency: rounds of tinybench (${b.warmupMs} ms and at least one run of warm-up, then ${b.latencyTimeMs} ms and at least ${MIN_RUNS} runs per side), each side's session created afresh every round. Baseline and candidate alternate A B, B A. ` +
      `Sampling aims at ${b.loadSamples} cold pairs and ${b.latencyRounds} latency rounds, then stops once every interval is clear of its levels; ${b.budgetSeconds} s per model bound it, the minimum included.${took} ` +
      `${sidesText(r)} ` +
      'A timing change is the median of the per-pair candidate/baseline ratios, with its distribution-free 95% interval. A timing fails only when its whole interval is beyond the fail level, and again when re-measured with fresh samples; an estimate beyond the fail level whose interval reaches back inside is inconclusive (a warning). ' +
      `A model whose bytes equal its baseline's is not measured again. Accuracy and agreement use atol ${r.settings.eval.atol}, rtol ${r.settings.eval.rtol}. The job fails on: ${r.settings.failOn}.`,
    '',
    `Environment: ${escapeMarkdown(e.cpu, 200)}, ${e.cores} cores · ${escapeMarkdown(e.os, 100)} ${escapeMarkdown(e.arch, 40)} · Node ${escapeMarkdown(e.node, 40)} · onnxruntime ${escapeMarkdown(e.onnxruntime, 40)} · intra-op threads ${b.intraOpThreads}, inter-op threads ${b.interOpThreads}.`,
    '',
    '</details>',
  ];
}

/** An error in scientific notation; JSON carries an infinite one (a NaN or ±∞ mismatch) as null. */
function scientific(v: number | null): string {
  return v === null ? '∞' : v.toExponential(2);
}
