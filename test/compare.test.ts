import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BenchResult } from '../src/bench/bench.js';
import { median, pairedRatio, quantile } from '../src/bench/stats.js';
import { compareModel, type ModelMeasurement, overallVerdict } from '../src/compare/compare.js';
import type { EvalResult } from '../src/eval/evaluate.js';
import { defaultConfig } from '../src/inputs/config.js';
import { defaultThresholds } from '../src/inputs/thresholds.js';
import type { ManifestModel } from '../src/pack/manifest.js';
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

function bench(base: number[], cand: number[]): BenchResult {
  const pair = { baseline: base, candidate: cand };
  return { load: pair, firstInference: pair, latencyP50: pair, latencyP95: pair, latencySamples: pair };
}

const evalResult = (base: number, cand: number): EvalResult => ({
  task: 'classification',
  output: 'probabilities',
  sets: 1,
  samples: 50,
  baseline: { accuracy: base, mae: null, rmse: null, referenceAgreement: 1, referenceMaxAbsError: 0 },
  candidate: { accuracy: cand, mae: null, rmse: null, referenceAgreement: 1, referenceMaxAbsError: 0 },
  agreement: { top1: 1, withinShare: 1, maxAbsError: 0 },
});

function measurement(overrides: Partial<ModelMeasurement> = {}): ModelMeasurement {
  return {
    name: 'iris',
    baseline: entry('iris', 1000),
    candidate: entry('iris', 1000),
    bench: bench(noisy(12, 10, 0.05), noisy(12, 10, 0.05, 1)),
    eval: evalResult(0.9, 0.9),
    evalSkipped: null,
    ...overrides,
  };
}

const status = (m: ReturnType<typeof compareModel>, metric: string) => m.checks.find((c) => c.metric === metric)?.status;

describe('statistics', () => {
  test('quantiles interpolate between ranks', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.equal(quantile([0, 10], 0.95), 9.5);
    assert.ok(Number.isNaN(median([])));
  });

  test('all-equal samples give ratio 1 with a zero-width interval', () => {
    const r = pairedRatio([5, 5, 5, 5], [5, 5, 5, 5]);
    assert.deepEqual([r.estimate, r.low, r.high], [1, 1, 1]);
  });

  test('a uniform slowdown is found exactly; one wild outlier does not move the median', () => {
    const base = noisy(15, 10, 0.1);
    const r = pairedRatio(base, base.map((x) => x * 2));
    assert.ok(Math.abs(r.estimate - 2) < 1e-12 && Math.abs(r.low - 2) < 1e-12 && Math.abs(r.high - 2) < 1e-12);
    const withOutlier = base.map((x, i) => (i === 3 ? x * 50 : x));
    assert.equal(pairedRatio(base, withOutlier).estimate, 1);
  });

  test('bimodal ratios give a wide interval that straddles both modes', () => {
    const base = Array.from({ length: 20 }, () => 10);
    const cand = base.map((x, i) => (i % 2 === 0 ? x * 0.9 : x * 1.6));
    const r = pairedRatio(base, cand);
    assert.ok(r.low <= 0.9 + 1e-9 && r.high >= 1.6 - 1e-9, JSON.stringify(r));
  });

  test('the bootstrap is deterministic', () => {
    const a = noisy(10, 3, 0.3);
    const b = noisy(10, 3.3, 0.3, 2);
    assert.deepEqual(pairedRatio(a, b), pairedRatio(a, b));
  });
});

describe('compare', () => {
  const thresholds = defaultThresholds();

  test('the same model on both sides passes', () => {
    const m = compareModel(measurement(), thresholds);
    assert.equal(m.verdict, 'pass', JSON.stringify(m.checks, null, 1));
  });

  test('a candidate twice as slow fails latency with the whole interval beyond the fail level', () => {
    const base = noisy(12, 10, 0.05);
    const m = compareModel(measurement({ bench: bench(base, base.map((x) => x * 2)) }), thresholds);
    assert.equal(status(m, 'latency-p50'), 'fail');
    const c = m.checks.find((x) => x.metric === 'latency-p50')!;
    assert.ok(c.change!.interval!.low > 0.25);
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
    assert.equal(overallVerdict([]), 'no-baseline');
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
    assert.match(first, /❌ model-gate: fail — iris: accuracy −12\.00 pp/);
    const check = report.models[0]!.checks.find((c) => c.metric === 'accuracy')!;
    assert.deepEqual([check.baseline, check.candidate, check.status], [0.9, 0.78, 'fail']);
    assert.equal(check.threshold.fail, '-0.01');
    assert.match(markdown, /<details><summary>Details/);
    assert.match(markdown, /\| iris \| 2\.00 kB → 1\.00 kB/);
  });

  test('untrusted names cannot break the table, mention anyone, or open HTML', () => {
    const name = 'x|y\n<!-- model-gate --> @octocat [link](https://evil) `code`';
    const { markdown } = render([compareModel(measurement({ name, baseline: entry(name, 1000), candidate: entry(name, 1000) }), defaultThresholds())]);
    assert.ok(!markdown.includes('@octocat'));
    assert.ok(!markdown.includes('<!--'));
    assert.ok(!/(?<!\\)\]\(/.test(markdown), 'no live link');
    const row = markdown.split('\n').find((l) => l.startsWith('| x'))!;
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 6, 'the row keeps its six cells');
    assert.equal(escapeMarkdown('a\nb'), 'a b');
  });
});
