import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Attempt, type BenchResult, type Series, TIMING_METRICS, type TimingMetric, withRemeasure } from '../src/bench/bench.js';
import { PHASES } from '../src/bench/cold-load.js';
import { compareModel, type ModelMeasurement, overallVerdict } from '../src/compare/compare.js';
import { judgeTiming, timingRule, timingSettled } from '../src/compare/timing.js';
import type { EvalResult } from '../src/eval/evaluate.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { defaultThresholds } from '../src/inputs/thresholds.js';
import type { ManifestModel } from '../src/pack/format/manifest.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { buildReport } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { exitCodeFor } from '../src/gate/gate.js';

const entry = (name: string, packedBytes: number): ManifestModel => ({
  name,
  file: `${name}.onnx.zst`,
  codec: 'zstd',
  level: 3,
  raw: { bytes: packedBytes * 2, sha256: 'a'.repeat(64) },
  packed: { bytes: packedBytes, sha256: 'b'.repeat(64) },
  onnx: { irVersion: 8, opsetImports: [], producerName: 'p', producerVersion: '1', domain: '', modelVersion: 0, inputs: [], outputs: [] },
});

/** Deterministic jitter around a level: ±amplitude, different per index. */
const noisy = (n: number, level: number, amplitude: number, phase = 0) => Array.from({ length: n }, (_, i) => level * (1 + amplitude * Math.sin(i * 2.399 + phase)));

const attempt = (baseline: number[], candidate: number[]): Attempt => ({ series: { baseline, candidate }, sampling: { pairs: candidate.length, stop: 'settled', seconds: 1.5 } });

/** The same samples for every timing metric (one attempt each), or per-metric attempts where given. */
function bench(base: number[], cand: number[], overrides: Partial<Record<TimingMetric, Attempt[]>> = {}): BenchResult {
  const metrics = Object.fromEntries(TIMING_METRICS.map((m) => [m, overrides[m] ?? [attempt(base, cand)]]));
  const phase = { wallMs: 12.5, cpuMs: 20, peakRssBytes: 90e6 };
  return { metrics, phases: PHASES.map((p) => ({ phase: p, baseline: phase, candidate: phase })) };
}

const evalResult = (base: number, cand: number): EvalResult => ({
  task: 'classification',
  output: 'probabilities',
  sets: 1,
  samples: 50,
  perPosition: false,
  classes: null,
  classesOff: null,
  baseline: { accuracy: base, mae: null, rmse: null, referenceAgreement: 1, referenceMaxAbsError: 0, perplexity: null },
  candidate: { accuracy: cand, mae: null, rmse: null, referenceAgreement: 1, referenceMaxAbsError: 0, perplexity: null },
  agreement: { top1: 1, withinShare: 1, maxAbsError: 0, relativeRmsError: 0, others: [] },
});

function measurement(overrides: Partial<ModelMeasurement> = {}): ModelMeasurement {
  return {
    name: 'iris',
    baseline: entry('iris', 1000),
    candidate: entry('iris', 1000),
    bench: bench(noisy(12, 10, 0.05), noisy(12, 10, 0.05, 1)),
    eval: evalResult(0.9, 0.9),
    evalSkipped: null,
    unchanged: false,
    ...overrides,
  };
}

const status = (m: ReturnType<typeof compareModel>, metric: string) => m.checks.find((c) => c.metric === metric)?.status;

describe('compare', () => {
  const thresholds = defaultThresholds();

  test('the same model on both sides passes', () => {
    const m = compareModel(measurement(), thresholds);
    assert.equal(m.verdict, 'pass', JSON.stringify(m.checks, null, 1));
  });

  test('a candidate twice as slow fails latency with the whole interval beyond the fail level', () => {
    const base = noisy(12, 10, 0.02);
    const m = compareModel(measurement({ bench: bench(base, base.map((x) => x * 2)) }), thresholds);
    assert.equal(status(m, 'latency-p50'), 'fail');
    const c = m.checks.find((x) => x.metric === 'latency-p50')!;
    assert.ok(c.change!.interval!.low > 0.1);
    assert.deepEqual(c.sampling, { pairs: 12, stop: 'settled', seconds: 1.5 });
    assert.equal(m.verdict, 'fail');
  });

  test('a change beyond the fail level whose interval reaches back inside is only a warning', () => {
    const base = Array.from({ length: 8 }, () => 10);
    const cand = base.map((x, i) => (i % 2 === 0 ? x * 1.0 : x * 1.7));
    const m = compareModel(measurement({ bench: bench(base, cand) }), thresholds);
    const c = m.checks.find((x) => x.metric === 'latency-p50')!;
    assert.equal(c.status, 'warn');
    assert.match(c.note ?? '', /inconclusive/);
  });

  test('peak RSS is gated like a timing: paired, with its interval', () => {
    const base = noisy(12, 100e6, 0.001);
    const m = compareModel(measurement({ bench: bench(base, base, { 'peak-rss': [attempt(base, base.map((x) => x * 1.4))] }) }), thresholds);
    const c = m.checks.find((x) => x.metric === 'peak-rss')!;
    assert.equal(c.status, 'fail');
    assert.ok(Math.abs(c.change!.relative! - 0.4) < 1e-9);
    assert.equal(m.verdict, 'fail');
  });

  test('a failure that a re-measure does not confirm does not fail; one it confirms does', () => {
    const base = noisy(12, 10, 0.02);
    const slow = base.map((x) => x * 1.5);
    const unconfirmed = compareModel(measurement({ bench: bench(base, base, { 'latency-p50': [attempt(base, slow), attempt(base, base)] }) }), thresholds);
    const c = unconfirmed.checks.find((x) => x.metric === 'latency-p50')!;
    assert.equal(c.status, 'pass');
    assert.equal(c.firstAttempt?.status, 'fail');
    assert.match(c.note ?? '', /^failed at first, not confirmed when re-measured/);
    assert.deepEqual(c.firstAttempt!.change.interval && [c.firstAttempt!.change.interval.low, c.firstAttempt!.change.interval.high].map((x) => Math.round(x * 100)), [50, 50], 'the first attempt keeps its interval');
    assert.equal(unconfirmed.verdict, 'pass');
    const confirmed = compareModel(measurement({ bench: bench(base, base, { 'latency-p50': [attempt(base, slow), attempt(base, slow)] }) }), thresholds);
    const d = confirmed.checks.find((x) => x.metric === 'latency-p50')!;
    assert.equal(d.status, 'fail');
    assert.match(d.note ?? '', /and again when re-measured/);
  });

  test('accuracy: a drop past -0.01 fails, a gain passes; sizes use relative thresholds', () => {
    assert.equal(status(compareModel(measurement({ eval: evalResult(0.9, 0.78) }), thresholds), 'accuracy'), 'fail');
    assert.equal(status(compareModel(measurement({ eval: evalResult(0.9, 0.893) }), thresholds), 'accuracy'), 'warn');
    assert.equal(status(compareModel(measurement({ eval: evalResult(0.9, 0.98) }), thresholds), 'accuracy'), 'pass');
    assert.equal(status(compareModel(measurement({ candidate: entry('iris', 1300) }), thresholds), 'packed-size'), 'fail');
    assert.equal(status(compareModel(measurement({ candidate: entry('iris', 1100) }), thresholds), 'packed-size'), 'warn');
    assert.equal(status(compareModel(measurement({ candidate: entry('iris', 500) }), thresholds), 'packed-size'), 'pass');
  });

  test('no baseline gives no-baseline, never a fake pass or fail, and exit code 0', () => {
    const m = compareModel(measurement({ baseline: null, bench: bench([], noisy(5, 10, 0.1)), eval: { ...evalResult(0.9, 0.9), candidate: null, agreement: null } }), thresholds);
    assert.equal(m.verdict, 'no-baseline');
    assert.ok(m.checks.every((c) => c.status === 'skipped'), JSON.stringify(m.checks));
    assert.equal(overallVerdict([m]), 'no-baseline');
    assert.equal(overallVerdict([]), 'pass', 'no model at all (an empty shard) gated nothing: nothing regressed');
    assert.equal(exitCodeFor('no-baseline', 'warn'), 0);
  });

  test('overall verdict is the worst compared model; fail-on decides the exit code', () => {
    const pass = compareModel(measurement(), thresholds);
    const fail = compareModel(measurement({ eval: evalResult(0.9, 0.5) }), thresholds);
    assert.equal(overallVerdict([pass, fail]), 'fail');
    assert.equal(exitCodeFor('fail', 'fail'), 1);
    assert.equal(exitCodeFor('warn', 'fail'), 0);
    assert.equal(exitCodeFor('warn', 'warn'), 1);
    assert.equal(exitCodeFor('fail', 'never'), 0);
  });
});

describe('timing rule', () => {
  const pair = defaultThresholds()['latency-p50'];
  const series = (base: number[], factor: number | ((x: number, i: number) => number)): Series => ({
    baseline: base,
    candidate: base.map((x, i) => (typeof factor === 'number' ? x * factor : factor(x, i))),
  });

  test('the same samples pass and settle: nothing more to learn', () => {
    const s = series(noisy(10, 5, 0.02), 1);
    assert.equal(judgeTiming(s, pair).status, 'pass');
    assert.ok(timingSettled(s, pair));
  });

  test('an interval straddling a level is not settled; a clear one beyond the fail level is', () => {
    const base = noisy(10, 5, 0.02);
    assert.ok(!timingSettled(series(base, (x, i) => x * (i % 2 ? 1.02 : 1.2)), pair));
    assert.ok(timingSettled(series(base, 1.5), pair));
  });

  test('fewer than 6 pairs never fail or settle, however large the change', () => {
    const s = series([5, 5, 5, 5, 5], 3);
    const j = judgeTiming(s, pair);
    assert.equal(j.status, 'warn');
    assert.match(j.note ?? '', /5 pairs are too few for a 95% interval: inconclusive/);
    assert.ok(!timingSettled(s, pair));
  });

  test('absolute levels are judged in the metric unit against the baseline median', () => {
    const ms = { warn: null, fail: { kind: 'absolute' as const, amount: 1, text: '+1ms' } };
    assert.equal(judgeTiming(series(Array(10).fill(10), 1.2), ms).status, 'fail', '10 ms × 1.2 is +2 ms');
    assert.equal(judgeTiming(series(Array(10).fill(4), 1.2), ms).status, 'pass', '4 ms × 1.2 is +0.8 ms');
  });

  test('no baseline is always settled (there is nothing to decide)', () => {
    assert.ok(timingSettled({ baseline: [], candidate: [1, 2, 3] }, pair));
  });

  test('only failing metrics with a baseline are re-measured, and only their attempts are added', () => {
    const base = noisy(10, 5, 0.02);
    const first = bench(base, base, { 'latency-p50': [attempt(base, base.map((x) => x * 2))] });
    const rule = timingRule(defaultThresholds());
    const failing = TIMING_METRICS.filter((m) => first.metrics[m] && rule.fails(m, first.metrics[m]!.at(-1)!.series));
    assert.deepEqual(failing, ['latency-p50']);
    const merged = withRemeasure(first, bench(base, base), failing);
    assert.equal(merged.metrics['latency-p50']!.length, 2);
    assert.equal(merged.metrics['load-time']!.length, 1);
    assert.equal(rule.fails('latency-p50', { baseline: [], candidate: base }), false, 'no baseline: nothing fails');
  });
});

describe('report', () => {
  const render = (models: ReturnType<typeof compareModel>[]) => {
    const report = buildReport({
      verdict: overallVerdict(models),
      models,
      baseline: { source: 'fixtures/baseline', note: null },
      removed: [],
      config: defaultConfig(),
      environment: { cpu: 'cpu', cores: 2, os: 'Linux', arch: 'x64', node: 'v24', onnxruntime: '1.30.0', runner: null },
    });
    return { report, markdown: renderMarkdown(report) };
  };

  test('verdict and the failing metric lead the first line, in Markdown and JSON', () => {
    const { report, markdown } = render([compareModel(measurement({ eval: evalResult(0.9, 0.78) }), defaultThresholds())]);
    assert.equal(report.verdict, 'fail');
    const first = markdown.split('\n')[0]!;
    assert.equal(first, '### ❌ model-gate: fail — iris: top-1 accuracy −12.00 pp (beyond −1.00 pp)');
    const check = report.models[0]!.checks.find((c) => c.metric === 'accuracy')!;
    assert.deepEqual([check.baseline, check.candidate, check.status], [0.9, 0.78, 'fail']);
    assert.equal(check.threshold.fail, '-0.01');
    assert.match(markdown, /\| iris \| ❌ fail \| 1\.00 kB \(same\) \| ≈ \| ≈ \| 78\.0% \(−12\.00 pp ❌\) \| top-1 accuracy −12\.00 pp \(beyond −1\.00 pp\) \|/);
    assert.match(markdown, /<details><summary>/);
  });

  test('timing details: both medians, the change with its interval, how sampling went, and the cold-load phases', () => {
    const base = noisy(12, 10, 0.02);
    const { markdown, report } = render([compareModel(measurement({ bench: bench(base, base.map((x) => x * 1.5)) }), defaultThresholds())]);
    const row = markdown.split('\n').find((l) => l.startsWith('| latency p50 |'))!;
    // The candidate column is the baseline's median times the paired ratio: it agrees with the change.
    assert.match(row, /\| 10\.\d\d ms \| 15\.\d\d ms ᵖ \| \+50% \| \+50% … \+50% \| \+5% \/ \+10% \| 12 pairs, settled in 1\.5 s \| fail \|/);
    assert.match(markdown, /\| create session \| 12\.50 ms \/ 20\.00 ms \/ 90\.0 MB \| 12\.50 ms \/ 20\.00 ms \/ 90\.0 MB \|/);
    assert.match(markdown, /intra-op threads 1, inter-op threads 1/);
    assert.equal(report.models[0]!.phases!.length, 4);
    assert.equal(report.settings.bench.budgetSeconds, defaultConfig().bench.budgetSeconds);
  });

  test('untrusted names cannot break the table, mention anyone, or open HTML', () => {
    const name = 'x|y\n<!-- model-gate --> @octocat [link](https://evil) `code`';
    const { markdown } = render([compareModel(measurement({ name, baseline: entry(name, 1000), candidate: entry(name, 1000) }), defaultThresholds())]);
    assert.ok(!markdown.includes('@octocat'));
    assert.ok(!markdown.includes('<!--'));
    assert.ok(!/(?<!\\)\]\(/.test(markdown), 'no live link');
    const row = markdown.split('\n').find((l) => l.startsWith('| x'))!;
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 7, 'the row keeps its seven cells');
    assert.equal(escapeMarkdown('a\nb'), 'a b');
  });
});
