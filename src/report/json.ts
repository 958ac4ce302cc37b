// The JSON report: the machine-readable result, schema documented in docs/REPORT.md.
import type { PhaseRow } from '../bench/bench.js';
import type { Check, ModelComparison, Verdict } from '../compare/compare.js';
import type { MetricId } from '../compare/metrics.js';
import type { Config } from '../inputs/config.js';
import type { EvalResult } from '../eval/evaluate.js';
import type { Digest, PackedSize } from '../pack/types.js';
import type { VariantTable } from '../variants/choose.js';
import { VERSION } from '../version.js';
import type { Environment } from './environment.js';

export const REPORT_SCHEMA = 'model-gate/report';
/** 2: a packed file's digest may lack its sha256 (manifest schema version 3 no longer records it). */
export const REPORT_VERSION = 2;

export interface ReportModel {
  name: string;
  verdict: Verdict;
  baseline: { file: string; raw: Digest; packed: PackedSize } | null;
  candidate: { file: string; raw: Digest; packed: PackedSize; producer: string };
  checks: Check[];
  eval: EvalResult | null;
  /** Cold-load phases: medians per side of wall time, CPU time and the peak RSS reached by the end of each phase. */
  phases: PhaseRow[] | null;
  /** The variants built of this model and which one the candidate is; null when no variants were configured. */
  variants: VariantTable | null;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  schemaVersion: typeof REPORT_VERSION;
  tool: { name: 'model-gate'; version: string };
  verdict: Verdict;
  /** One sentence: the verdict and why. */
  summary: string;
  baseline: { source: string | null; note: string | null };
  /** Baseline models that no candidate matched by name. */
  removed: string[];
  models: ReportModel[];
  settings: Pick<Config, 'level' | 'threads' | 'failOn' | 'bench' | 'eval'>;
  environment: Environment;
}

export interface ReportInput {
  verdict: Verdict;
  models: ModelComparison[];
  baseline: { source: string | null; note: string | null };
  removed: string[];
  config: Config;
  environment: Environment;
}

export function buildReport(input: ReportInput): Report {
  const { level, threads, failOn, bench, eval: evalSettings } = input.config;
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_VERSION,
    tool: { name: 'model-gate', version: VERSION },
    verdict: input.verdict,
    summary: summarize(input.verdict, input.models, input.baseline.note),
    baseline: input.baseline,
    removed: input.removed,
    models: input.models.map((m) => ({
      name: m.name,
      verdict: m.verdict,
      baseline: m.baseline && { file: m.baseline.file, raw: m.baseline.raw, packed: m.baseline.packed },
      candidate: {
        file: m.candidate.file,
        raw: m.candidate.raw,
        packed: m.candidate.packed,
        producer: `${m.candidate.onnx.producerName} ${m.candidate.onnx.producerVersion}`.trim(),
      },
      checks: m.checks,
      eval: m.eval,
      phases: m.phases,
      variants: m.variants ?? null,
    })),
    settings: { level, threads, failOn, bench, eval: evalSettings },
    environment: input.environment,
  };
}

/** "fail — iris: latency-p50 +212%, accuracy −2.00 pp" — the verdict and what caused it, in one line. */
export function summarize(verdict: Verdict, models: Array<Pick<ModelComparison, 'name' | 'checks'>>, baselineNote: string | null): string {
  if (verdict === 'no-baseline') return `no baseline — ${baselineNote ?? 'nothing to compare with'}; measured the candidate only`;
  if (verdict === 'pass') return `pass — ${models.length} model${models.length === 1 ? '' : 's'} within every threshold`;
  const parts = models.flatMap((m) => {
    const flagged = m.checks
      .filter((c) => c.status === verdict)
      .sort((a, b) => SUMMARY_ORDER.indexOf(a.metric) - SUMMARY_ORDER.indexOf(b.metric))
      .map((c) => `${c.metric} ${formatChange(c)}`);
    return flagged.length > 0 ? [`${m.name}: ${flagged.join(', ')}`] : [];
  });
  const shown = parts.slice(0, 3).join('; ');
  return `${verdict} — ${shown}${parts.length > 3 ? `; and ${parts.length - 3} more models` : ''}`;
}

/** What a reader cares about first when several checks of one model are flagged. */
const SUMMARY_ORDER: MetricId[] = ['accuracy', 'mae', 'rmse', 'reference-agreement', 'latency-p50', 'latency-p95', 'load-time', 'first-inference', 'packed-size'];

export function formatChange(c: Check): string {
  if (!c.change) return '—';
  if (c.change.relative !== null && c.metric !== 'accuracy' && c.metric !== 'reference-agreement') return formatPercent(c.change.relative);
  if (c.metric === 'accuracy' || c.metric === 'reference-agreement') return `${signed(c.change.absolute * 100, 2)} pp`;
  return signed(c.change.absolute, 4);
}

export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return share > 0 ? '+∞%' : '−∞%';
  const pct = share * 100;
  return `${signed(pct, Math.abs(pct) < 10 ? 1 : 0)}%`;
}

function signed(value: number, digits: number): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return `${value > 0 ? '+' : '−'}${text}`;
}
