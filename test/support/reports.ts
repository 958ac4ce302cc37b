// Reports of any size and mix, made the way the engine makes them: synthetic measurements through the compare stage's
// compareModel and the report's buildReport, so every check, interval and verdict is what the real rules give.
import { type Attempt, type BenchResult, TIMING_METRICS, type TimingMetric } from '../../src/bench/bench.js';
import { PHASES } from '../../src/bench/cold-load.js';
import { compareModel, type ModelComparison, overallVerdict } from '../../src/compare/compare.js';
import type { EvalResult } from '../../src/eval/evaluate.js';
import { defaultConfig } from '../../src/inputs/build-config.js';
import { defaultThresholds } from '../../src/inputs/thresholds.js';
import type { ManifestModel } from '../../src/pack/format/manifest.js';
import { buildReport } from '../../src/report/json.js';
import type { Report } from '../../src/report/schema.js';
import type { VariantTable } from '../../src/variants/choose.js';

/** What a synthetic model's candidate does against its baseline. */
export type Kind = 'unchanged' | 'same' | 'improved' | 'slower' | 'inconclusive' | 'first-inference' | 'less-accurate' | 'larger' | 'new';

export const KINDS: readonly Kind[] = ['unchanged', 'same', 'improved', 'slower', 'inconclusive', 'first-inference', 'less-accurate', 'larger', 'new'];

const sha = (seed: string) => Buffer.from(seed.padEnd(32, '.')).toString('hex').slice(0, 64);

function entry(name: string, packedBytes: number, digest: string): ManifestModel {
  return {
    name,
    file: `${name}.onnx.zst`,
    codec: 'zstd',
    level: 3,
    raw: { bytes: packedBytes * 2, sha256: digest },
    packed: { bytes: packedBytes, sha256: digest },
    onnx: { irVersion: 8, opsetImports: [], producerName: 'pytorch', producerVersion: '2.5', domain: '', modelVersion: 0, inputs: [], outputs: [] },
  };
}

/** Deterministic jitter around a level: ±amplitude, different per index. */
const noisy = (n: number, level: number, amplitude: number, phase = 0) => Array.from({ length: n }, (_, i) => level * (1 + amplitude * Math.sin(i * 2.399 + phase)));
const attempt = (baseline: number[], candidate: number[]): Attempt => ({ series: { baseline, candidate }, sampling: { pairs: candidate.length, stop: 'settled', seconds: 4.2 } });

function bench(ratio: (metric: TimingMetric) => { ratio: number; spread: number }, hasBaseline: boolean): BenchResult {
  const metrics = Object.fromEntries(
    TIMING_METRICS.map((m) => {
      const base = noisy(12, m === 'peak-rss' ? 90e6 : 10, 0.02);
      const { ratio: r, spread } = ratio(m);
      const cand = base.map((x, i) => x * r * (1 + spread * Math.sin(i * 1.7)));
      return [m, [attempt(hasBaseline ? base : [], cand)]];
    }),
  );
  const phase = { wallMs: 12.5, cpuMs: 20, peakRssBytes: 90e6 };
  return { metrics, phases: PHASES.map((p) => ({ phase: p, baseline: hasBaseline ? phase : null, candidate: phase })) };
}

function evalResult(base: number, cand: number | null): EvalResult {
  const side = (accuracy: number) => ({ accuracy, mae: null, rmse: null, referenceAgreement: null, referenceMaxAbsError: null, perplexity: null });
  return {
    task: 'classification',
    output: 'probabilities',
    sets: 1,
    samples: 200,
    perPosition: false,
    classes: null,
    classesOff: null,
    baseline: side(base),
    candidate: cand === null ? null : side(cand),
    agreement: cand === null ? null : { top1: 0.97, withinShare: 0.9, maxAbsError: 0.01, relativeRmsError: 0.01, others: [] },
  };
}

/** A variant table like the variants stage writes: original, a published fp16, a rejected int8. */
function variants(): VariantTable {
  const row = (variant: 'original' | 'fp16' | 'int8', status: VariantTable['rows'][number]['status'], packed: number) => ({
    variant,
    status,
    reason: variant === 'int8' ? 'slower than the original: load-time beyond +25%' : null,
    packedBytes: packed,
    weightBytes: packed,
    loadTime: variant === 'original' ? null : { absolute: 1, relative: variant === 'int8' ? 0.96 : 0.01, interval: { low: variant === 'int8' ? 0.8 : -0.02, high: variant === 'int8' ? 1.1 : 0.04, confidence: 0.95 } },
    latencyP50: variant === 'original' ? null : { absolute: 1, relative: 0.02, interval: { low: -0.01, high: 0.05, confidence: 0.95 } },
    score:
      variant === 'original'
        ? null
        : { metric: 'accuracy' as const, original: 0.9, variant: 0.898, loss: 0.002, budget: '-0.5pp', unit: 'pp' as const, within: true },
    agreement: null,
    converted: variant === 'original' ? 0 : 12,
    kept: 0,
    clamped: 0,
    flushed: 0,
    worstTensors: [],
  });
  return { publish: 'best', published: 'fp16', rows: [row('original', 'within-budget', 1_000_000), row('fp16', 'published', 500_000), row('int8', 'rejected', 260_000)] };
}

/** One model's comparison as the engine would make it. */
export function comparison(name: string, kind: Kind, withVariants = false): ModelComparison {
  const digest = sha(name);
  const baseline = kind === 'new' ? null : entry(name, 1_000_000, digest);
  const candidate = entry(name, kind === 'larger' ? 1_400_000 : 1_000_000, kind === 'unchanged' ? digest : sha(`${name}'`));
  const timing = (m: TimingMetric) => {
    if (kind === 'improved') return { ratio: 0.6, spread: 0.02 };
    if (kind === 'slower' && m === 'latency-p50') return { ratio: 1.45, spread: 0.02 };
    if (kind === 'inconclusive' && m === 'load-time') return { ratio: 1.43, spread: 0.9 };
    if (kind === 'first-inference' && m === 'first-inference') return { ratio: 1.2, spread: 0.01 };
    return { ratio: 1, spread: 0.03 };
  };
  const measured = {
    name,
    baseline,
    candidate,
    bench: kind === 'unchanged' ? null : bench(timing, baseline !== null),
    eval: kind === 'unchanged' ? null : evalResult(0.9, baseline === null ? null : kind === 'less-accurate' ? 0.78 : 0.9),
    evalSkipped: kind === 'unchanged' ? 'unchanged: same bytes as release v1.0.0' : null,
    unchanged: kind === 'unchanged',
  };
  if (baseline === null) measured.eval = evalResult(0.9, null);
  const c = compareModel(measured, defaultThresholds());
  return { ...c, variants: withVariants ? variants() : null };
}

/** A report of `count` models, their kinds taken in turn from `kinds`. */
export function syntheticReport(count: number, kinds: readonly Kind[] = KINDS, withVariants = false): Report {
  const models = Array.from({ length: count }, (_, i) => comparison(`model-${String(i).padStart(3, '0')}-${kinds[i % kinds.length]}`, kinds[i % kinds.length]!, withVariants));
  return buildReport({
    verdict: overallVerdict(models),
    models,
    baseline: { source: 'release v1.0.0', note: null },
    removed: [],
    config: defaultConfig(),
    environment: { cpu: 'AMD EPYC 7763 64-Core Processor', cores: 4, os: 'Linux 6.8.0', arch: 'x64', node: 'v24.11.0', onnxruntime: '1.30.0', runner: 'GitHub Actions 2' },
  });
}
