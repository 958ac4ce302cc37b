// The JSON report: the machine-readable result. Its format is declared in schema.ts (documented in docs/REPORT.md);
// buildReport maps each stage's result onto it field by field, so a field renamed inside a stage is a compile error
// here, not a silent change of the public format. The key order written is the order of the mappings below.
import type { PhaseRow } from '../bench/bench.js';
import type { Check, MetricId, ThresholdPair, Verdict } from '../checks.js';
import { CLASS_ALPHA, type ModelComparison, thresholdText } from '../compare/compare.js';
import type { InterfaceComparison } from '../interface/contract.js';
import { MAX_CLASS_FIGURES, MAX_INTERFACE_CHANGES } from '../limits.js';
import type { ClassRecall } from '../eval/classes.js';
import type { Agreement, EvalResult, SideScores } from '../eval/evaluate.js';
import { type Config, evalSettingsFor } from '../inputs/config.js';
import type { EvalSettings } from '../eval/settings.js';
import type { VariantRow, VariantTable } from '../variants/choose.js';
import { VERSION } from '../version.js';
import type { Environment } from './environment.js';
import { REPORT_SCHEMA, REPORT_VERSION } from './format.js';
import type { Report, ReportChange, ReportCheck, ReportEval, ReportInterface, ReportModel, ReportPhase, ReportVariantRow, ReportVariants } from './schema.js';
import { summarize } from './text.js';

export type { Report } from './schema.js';

interface ReportInput {
  verdict: Verdict;
  models: ModelComparison[];
  baseline: { source: string | null; note: string | null };
  removed: string[];
  config: Config;
  environment: Environment;
}

export function buildReport(input: ReportInput): Report {
  const { level, threads, failOn, bench, eval: evalSettings, variants } = input.config;
  const e = input.environment;
  const models = input.models.map(reportModel);
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_VERSION,
    tool: { name: 'model-gate', version: VERSION },
    verdict: input.verdict,
    summary: summarize(input.verdict, models, input.baseline.note),
    baseline: { source: input.baseline.source, note: input.baseline.note },
    removed: [...input.removed],
    models,
    // Set by the action for a shard of a matrix (action/main.ts) and by the merge (matrix/merge.ts).
    matrix: null,
    // Filled in by the front doors from the releases' reports (history/history.ts), when a history was asked for.
    history: null,
    settings: {
      level,
      threads,
      failOn,
      bench: {
        budgetSeconds: bench.budgetSeconds,
        loadSamples: bench.loadSamples,
        latencyRounds: bench.latencyRounds,
        latencyTimeMs: bench.latencyTimeMs,
        warmupMs: bench.warmupMs,
        intraOpThreads: bench.intraOpThreads,
        interOpThreads: bench.interOpThreads,
        mode: bench.mode,
        timeLimitSeconds: bench.timeLimitSeconds,
        memoryLimitMiB: bench.memoryLimitMiB,
      },
      eval: reportEvalSettings(evalSettings),
      codec: input.config.codec,
      remeasureUnchanged: input.config.remeasureUnchanged,
      thresholds: levelTexts(input.config.thresholds),
      targetOnnxruntime: input.config.targetOnnxruntime,
      modelThresholds: Object.fromEntries(Object.entries(input.config.modelThresholds).map(([name, t]) => [name, levelTexts(t)])),
      modelEval: Object.fromEntries(
        Object.entries(input.config.modelEval).map(([name, m]) => [name, { data: m.data, eval: reportEvalSettings(evalSettingsFor(input.config, name)) }]),
      ),
      history: { releases: input.config.history.releases, drift: levelTexts(input.config.history.drift) },
      variants: {
        build: [...variants.build],
        publish: variants.publish,
        maxAccuracyDrop: variants.maxAccuracyDrop.text,
        maxErrorIncrease: variants.maxErrorIncrease.text,
        int8MinElements: variants.int8MinElements,
        fp16KeepOps: [...variants.fp16KeepOps],
      },
    },
    environment: { cpu: e.cpu, cores: e.cores, os: e.os, arch: e.arch, node: e.node, onnxruntime: e.onnxruntime, runner: e.runner },
  };
}

function reportModel(m: ModelComparison): ReportModel {
  const file = (f: ModelComparison['candidate']) => ({
    file: f.file,
    raw: { bytes: f.raw.bytes, sha256: f.raw.sha256 },
    // The packed file's sha256 only where the manifest names one (docs/FORMAT.md#history).
    packed: f.packed.sha256 === undefined ? { bytes: f.packed.bytes } : { bytes: f.packed.bytes, sha256: f.packed.sha256 },
  });
  return {
    name: m.name,
    verdict: m.verdict,
    baseline: m.baseline && file(m.baseline),
    candidate: { ...file(m.candidate), producer: `${m.candidate.onnx.producerName} ${m.candidate.onnx.producerVersion}`.trim() },
    unchanged: m.unchanged,
    checks: m.checks.map(reportCheck),
    eval: m.eval && reportEval(m.eval),
    phases: m.phases && m.phases.map(reportPhase),
    variants: m.variants ? reportVariants(m.variants) : null,
    history: null,
    interface: m.interface && reportInterface(m.interface),
    measurement: m.measurement && { ...m.measurement },
  };
}

function reportInterface(i: InterfaceComparison): ReportInterface {
  const listed = i.changes.slice(0, MAX_INTERFACE_CHANGES);
  return {
    target: i.target,
    changes: listed.map((c) => ({ kind: c.kind, breaking: c.breaking, name: c.name, before: c.before, after: c.after })),
    more: i.changes.length - listed.length,
  };
}

function levelTexts(levels: Partial<Record<MetricId, ThresholdPair>>): Partial<Record<MetricId, { warn: string | null; fail: string | null }>> {
  return Object.fromEntries(Object.entries(levels).map(([metric, pair]) => [metric, thresholdText(pair)]));
}

function reportChange(c: NonNullable<Check['change']>): ReportChange {
  const i = c.interval;
  return { absolute: c.absolute, relative: c.relative, interval: i && { low: i.low, high: i.high, confidence: i.confidence } };
}

function reportCheck(c: Check): ReportCheck {
  return {
    metric: c.metric,
    baseline: c.baseline,
    candidate: c.candidate,
    change: c.change && reportChange(c.change),
    note: c.note,
    inconclusive: c.inconclusive,
    samples: c.samples && { baseline: c.samples.baseline, candidate: c.samples.candidate },
    sampling: c.sampling && { pairs: c.sampling.pairs, stop: c.sampling.stop, seconds: c.sampling.seconds },
    firstAttempt: c.firstAttempt && { status: c.firstAttempt.status, change: reportChange(c.firstAttempt.change) },
    threshold: { warn: c.threshold.warn, fail: c.threshold.fail },
    status: c.status,
  };
}

const reportEvalSettings = (e: EvalSettings) => ({
  atol: e.atol,
  rtol: e.rtol,
  output: e.output,
  ignoreIndex: e.ignoreIndex,
  outputKind: e.outputKind,
  classAxis: e.classAxis,
  classCheck: e.classCheck,
  classMinSamples: e.classMinSamples,
});

const sideScores = (s: SideScores) => ({
  accuracy: s.accuracy,
  mae: s.mae,
  rmse: s.rmse,
  referenceAgreement: s.referenceAgreement,
  referenceMaxAbsError: s.referenceMaxAbsError,
  perplexity: s.perplexity !== null && Number.isFinite(s.perplexity) ? s.perplexity : null,
});

/** The per-class figures, the largest changes first (as eval/classes.ts orders them), at most MAX_CLASS_FIGURES. */
function reportClasses(c: ClassRecall | null): ReportEval['classes'] {
  if (!c) return null;
  // The figures a reader (and the merge's recheck) judges the check by come first, so a cut list still decides it: the
  // significant classes by their drop, then the other tested ones, then those too small to be tested.
  const tier = (f: ClassRecall['classes'][number]) => (f.adjustedP === null ? 2 : f.adjustedP < CLASS_ALPHA ? 0 : 1);
  const kept = c.classes
    .map((f, i) => ({ f, i }))
    .sort((a, b) => tier(a.f) - tier(b.f) || (tier(a.f) === 0 ? a.f.candidate - a.f.baseline - (b.f.candidate - b.f.baseline) : 0) || a.i - b.i)
    .slice(0, MAX_CLASS_FIGURES)
    .map(({ f }) => f);
  const figures = kept.map((f) => ({
    class: f.class,
    samples: f.samples,
    baseline: f.baseline,
    candidate: f.candidate,
    lost: f.lost,
    gained: f.gained,
    p: f.p,
    adjustedP: f.adjustedP,
  }));
  return { classes: c.classes.length, tested: c.tested, minSamples: c.minSamples, figures };
}

function reportAgreement(a: Agreement | null): ReportEval['agreement'] {
  if (!a) return null;
  return {
    top1: a.top1,
    withinShare: a.withinShare,
    maxAbsError: a.maxAbsError,
    relativeRmsError: a.relativeRmsError,
    others: a.others.map((o) => ({ output: o.output, relativeRmsError: o.relativeRmsError })),
  };
}

function reportEval(e: EvalResult): ReportEval {
  return {
    task: e.task,
    output: e.output,
    sets: e.sets,
    samples: e.samples,
    baseline: sideScores(e.baseline),
    candidate: e.candidate && sideScores(e.candidate),
    agreement: reportAgreement(e.agreement),
    classes: reportClasses(e.classes),
  };
}

function reportPhase(p: PhaseRow): ReportPhase {
  const side = (s: NonNullable<PhaseRow['baseline']>) => ({ wallMs: s.wallMs, cpuMs: s.cpuMs, peakRssBytes: s.peakRssBytes });
  return { phase: p.phase, baseline: p.baseline && side(p.baseline), candidate: side(p.candidate) };
}

function reportVariantRow(r: VariantRow): ReportVariantRow {
  const s = r.score;
  return {
    variant: r.variant,
    status: r.status,
    reason: r.reason,
    packedBytes: r.packedBytes,
    weightBytes: r.weightBytes,
    loadTime: r.loadTime && reportChange(r.loadTime),
    latencyP50: r.latencyP50 && reportChange(r.latencyP50),
    score: s && {
      metric: s.metric,
      original: s.original,
      variant: s.variant,
      loss: s.loss,
      budget: s.budget,
      unit: s.unit,
      within: s.within,
      ...(s.output === undefined ? {} : { output: s.output }),
    },
    agreement: reportAgreement(r.agreement),
    converted: r.converted,
    kept: r.kept,
    clamped: r.clamped,
    flushed: r.flushed,
    worstTensors: r.worstTensors.map((t) => ({ name: t.name, elements: t.elements, sqnrDb: t.sqnrDb, clamped: t.clamped, flushed: t.flushed })),
  };
}

function reportVariants(t: VariantTable): ReportVariants {
  return { publish: t.publish, published: t.published, rows: t.rows.map(reportVariantRow) };
}
