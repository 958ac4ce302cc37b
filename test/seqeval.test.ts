// Per-position classes and per-class recall (issue #20, items 2 and 4), through real onnxruntime sessions. Oracles:
// NumPy (python3) recomputes accuracy, agreement and perplexity from the very outputs onnxruntime produced, and Python's
// exact integer arithmetic (math.comb, fractions) recomputes the McNemar p-values.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compareModel } from '../src/compare/compare.js';
import { holmAdjust, mcnemarExact } from '../src/eval/classes.js';
import { loadEvalData } from '../src/eval/data.js';
import { evaluate, type EvalResult, type EvalSubject, sessionSubject } from '../src/eval/evaluate.js';
import { classScoring, labelNll } from '../src/eval/metrics.js';
import type { EvalSettings } from '../src/eval/settings.js';
import { buildConfig, defaultConfig } from '../src/inputs/build-config.js';
import { parseModelInfo } from '../src/onnx/model-info.js';
import { createSession, runSession, type Session } from '../src/onnx/runtime.js';
import type { ManifestModel } from '../src/pack/format/manifest.js';
import type { EvalSet, Tensor } from '../src/types.js';
import { buildReport } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { validateReport } from '../src/report/validate.js';
import { levelsOf, recheck } from '../src/report/recheck.js';
import { CLASSES, classifierModel, collapseClass, type Digits, digitsLike, fitCentroids, type Linear, PIXELS, random } from '../scripts/digits-like.js';
import { run, scratch } from './helpers.js';
import { FLOAT, floats, model, tokenModel, valueInfo } from './support/tiny-models.js';

/** Debian's interpreter, where NumPy is installed (scripts/test.sh). */
const PYTHON = '/usr/bin/python3';

// ---------------------------------------------------------------------------------------------------------------
// Models and data, seeded.

const int64 = (dims: number[], values: number[], file: string): Tensor & { file: string } => ({ name: '', elemType: 'int64', dims, data: BigInt64Array.from(values, BigInt), file });
const float32 = (dims: number[], values: ArrayLike<number>, file: string): Tensor & { file: string } => ({ name: '', elemType: 'float32', dims, data: Float32Array.from(values), file });

/** Token ids and next-token labels (the ids shifted by one; the last position and a few others ignored, −100). */
function tokenSet(id: string, batch: number, length: number, vocab: number, seed: number): EvalSet {
  const next = random(seed);
  const ids = Array.from({ length: batch * length }, () => Math.floor(next() * vocab));
  const labels = ids.map((_, i) => (i % length === length - 1 || next() < 0.15 ? -100 : ids[i + 1]!));
  return { id, dir: id, inputs: [int64([batch, length], ids, `${id}/input_0.npy`)], references: [], labels: int64([batch, length], labels, `${id}/labels.npy`) };
}

async function subject(bytes: Uint8Array, label: string): Promise<EvalSubject & { session: Session }> {
  const session = await createSession(bytes, { intraOpThreads: 1, interOpThreads: 1 }, label);
  return { ...sessionSubject(session, parseModelInfo(bytes, label), label), session };
}

const settings = (over: Partial<EvalSettings> = {}): EvalSettings => ({ ...defaultConfig().eval, ...over });

/** Writes each tensor's values as raw little-endian bytes (float64 or int64) for NumPy to read with np.fromfile. */
async function dump(dir: string, name: string, t: Tensor): Promise<string> {
  const path = join(dir, `${name}.bin`);
  const data = t.data as ArrayLike<number | bigint>;
  const bytes = t.elemType === 'int64' ? new BigInt64Array(Array.from(data as ArrayLike<bigint>)) : Float64Array.from(data as ArrayLike<number>);
  await writeFile(path, new Uint8Array(bytes.buffer));
  return path;
}

async function python(script: string, args: string[]): Promise<Record<string, number>> {
  const r = await run(PYTHON, ['-c', script, ...args]);
  assert.equal(r.code, 0, `python3 with NumPy (installed by scripts/test.sh): ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number>;
}

/**
 * NumPy's figures from dumped outputs: argv = kind, class axis, then per set: baseline output, candidate output,
 * labels, and the output's dims joined by 'x'. Log-softmax in float64 by NumPy's own max-shift.
 */
const ORACLE = `
import json, sys
import numpy as np
kind, axis = sys.argv[1], int(sys.argv[2])
correct = labelled = agree = positions = 0
nll = 0.0
for i in range(3, len(sys.argv), 4):
    dims = [int(d) for d in sys.argv[i + 3].split('x')]
    a = np.fromfile(sys.argv[i], dtype='<f8').reshape(dims)
    b = np.fromfile(sys.argv[i + 1], dtype='<f8').reshape(dims)
    y = np.fromfile(sys.argv[i + 2], dtype='<i8').reshape([d for k, d in enumerate(dims) if k != axis % len(dims)])
    keep = y != -100
    pa, pb = a.argmax(axis), b.argmax(axis)
    correct += int((pa == y)[keep].sum()); labelled += int(keep.sum())
    agree += int((pa == pb).sum()); positions += pa.size
    if kind == 'logits':
        m = a.max(axis, keepdims=True)
        logp = a - (m + np.log(np.exp(a - m).sum(axis, keepdims=True)))
    elif kind == 'probabilities':
        logp = np.log(a)
    else:
        logp = a
    picked = np.take_along_axis(logp, np.expand_dims(np.where(keep, y, 0), axis), axis).squeeze(axis)
    nll += float(-picked[keep].sum())
print(json.dumps({'accuracy': correct / labelled, 'agreement': agree / positions, 'perplexity': float(np.exp(nll / labelled)), 'labelled': labelled}))
`;

/** Runs both models on every set (as the eval stage does), dumps the outputs and asks NumPy. */
async function numpyFigures(sets: EvalSet[], base: EvalSubject & { session: Session }, cand: EvalSubject & { session: Session }, output: string, kind: string, axis: number): Promise<Record<string, number>> {
  const dir = await scratch();
  const args = [kind, String(axis)];
  for (const [k, set] of sets.entries()) {
    const feeds = (s: EvalSubject & { session: Session }) => runSession(s.session, { [s.info.inputs[0]!.name]: new (ortTensor())(set.inputs[0]!.elemType as 'int64', set.inputs[0]!.data as never, set.inputs[0]!.dims) }, s.label);
    const [a, b] = [(await feeds(base))[output]!, (await feeds(cand))[output]!];
    args.push(await dump(dir, `a${k}`, a), await dump(dir, `b${k}`, b), await dump(dir, `y${k}`, set.labels!), a.dims.join('x'));
  }
  return python(ORACLE, args);
}

import ort from 'onnxruntime-node';
const ortTensor = () => ort.Tensor;

const close = (actual: number | null | undefined, expected: number, what: string) => {
  assert.ok(actual !== null && actual !== undefined, `${what} was computed`);
  assert.ok(Math.abs(actual - expected) <= 1e-6 * Math.abs(expected), `${what}: ${actual} vs NumPy ${expected}`);
};

// ---------------------------------------------------------------------------------------------------------------

describe('per-position classes', () => {
  const VOCAB = 16;
  const sets = [tokenSet('test_data_set_0', 3, 9, VOCAB, 11), tokenSet('test_data_set_1', 2, 5, VOCAB, 12)];

  test('next-token accuracy, agreement and perplexity of [B,T,V] logits equal NumPy from the same outputs (ignore index -100)', async () => {
    const [base, cand] = [await subject(tokenModel(VOCAB, 1), 'baseline'), await subject(tokenModel(VOCAB, 2), 'candidate')];
    const e = await evaluate(sets, base, cand, settings());
    const want = await numpyFigures(sets, base, cand, 'logits', 'logits', -1);
    assert.equal(e.task, 'classification');
    assert.equal(e.perPosition, true);
    assert.equal(e.samples, want.labelled, 'labelled positions, the -100 ones skipped');
    close(e.baseline.accuracy, want.accuracy!, 'accuracy');
    close(e.baseline.perplexity, want.perplexity!, 'perplexity');
    close(e.agreement!.top1, want.agreement!, 'top-1 agreement');
    // The candidate's own figures: NumPy with the sides swapped.
    const swapped = await numpyFigures(sets, cand, base, 'logits', 'logits', -1);
    close(e.candidate!.perplexity, swapped.perplexity!, 'candidate perplexity');
    close(e.candidate!.accuracy, swapped.accuracy!, 'candidate accuracy');
    // Positions of a sequence are not independent samples: no per-class judgement unless asked for.
    assert.equal(e.classes, null);
    assert.match(e.classesOff!, /not independent samples/);
    const on = await evaluate(sets, base, cand, settings({ classCheck: 'on' }));
    assert.ok(on.classes && on.classes.classes.length > 0);
    assert.equal(on.classes.classes.reduce((n, c) => n + c.samples, 0), want.labelled);
  });

  test("the issue's case: input_ids and next-token labels.npy [16,64] written by NumPy, logits [16,64,256]", async () => {
    const dir = await scratch();
    const script = `
import sys
import numpy as np
rng = np.random.default_rng(20)
ids = rng.integers(0, 256, size=(16, 65), dtype=np.int64)
labels = ids[:, 1:].copy()
labels[:, :3] = -100  # a prompt's tokens are not scored
np.save(sys.argv[1] + '/input_0.npy', ids[:, :64])
np.save(sys.argv[1] + '/labels.npy', labels)
print('{}')
`;
    await python(script, [dir]);
    const sets = await loadEvalData(dir);
    const [base, cand] = [await subject(tokenModel(256, 7), 'baseline'), await subject(tokenModel(256, 8), 'candidate')];
    const e = await evaluate(sets, base, cand, settings());
    const want = await numpyFigures(sets, base, cand, 'logits', 'logits', -1);
    assert.equal(e.samples, 16 * 61);
    close(e.baseline.accuracy, want.accuracy!, 'next-token accuracy');
    close(e.baseline.perplexity, want.perplexity!, 'perplexity');
    close(e.agreement!.top1, want.agreement!, 'top-1 agreement');
  });

  test('probabilities and log-probabilities outputs, as eval.output-kind says', async () => {
    for (const [head, kind] of [['Softmax', 'probabilities'], ['LogSoftmax', 'log-probabilities']] as const) {
      const [base, cand] = [await subject(tokenModel(VOCAB, 1, head), 'baseline'), await subject(tokenModel(VOCAB, 3, head), 'candidate')];
      const e = await evaluate(sets, base, cand, settings({ outputKind: kind }));
      const want = await numpyFigures(sets, base, cand, 'scores', kind, -1);
      close(e.baseline.perplexity, want.perplexity!, `${kind} perplexity`);
      close(e.baseline.accuracy, want.accuracy!, `${kind} accuracy`);
    }
  });

  test('a segmentation-like NCHW output with eval.class-axis 1, and the error without it', async () => {
    const [n, c, h, w] = [2, 4, 3, 5];
    const next = random(5);
    const segmenter = (scale: number) =>
      model(
        [{ opType: 'Mul', input: ['x', 'scale'], output: ['y'], name: 'mul' }],
        [floats('scale', [c, 1, 1], Float32Array.from({ length: c }, (_, k) => (k === 2 ? scale : 1)))],
        [valueInfo('x', FLOAT, ['N', c, h, w])],
        [valueInfo('y', FLOAT, ['N', c, h, w])],
      );
    const x = Array.from({ length: n * c * h * w }, () => next() * 2 - 1);
    const labels = Array.from({ length: n * h * w }, (_, i) => (i % 7 === 3 ? -100 : Math.floor(next() * c)));
    const set: EvalSet = { id: 's', dir: 's', inputs: [float32([n, c, h, w], x, 's/input_0.npy')], references: [], labels: int64([n, h, w], labels, 's/labels.npy') };
    const [base, cand] = [await subject(segmenter(1), 'baseline'), await subject(segmenter(1.6), 'candidate')];
    const e = await evaluate([set], base, cand, settings({ classAxis: 1 }));
    const want = await numpyFigures([set], base, cand, 'y', 'logits', 1);
    close(e.baseline.accuracy, want.accuracy!, 'pixel accuracy');
    close(e.agreement!.top1, want.agreement!, 'pixel agreement');
    close(e.baseline.perplexity, want.perplexity!, 'pixel perplexity');
    assert.ok(want.agreement! < 1, 'the candidate moves some pixels');
    await assert.rejects(evaluate([set], base, cand, settings()), /s\/labels\.npy: labels of shape \[2,3,5\] are neither class indices of the output's positions \[2,4,3\].*eval\.class-axis/);
  });

  test('one class score row per sample: perplexity only when eval.output-kind says what the scores are, never from class ids', () => {
    const probabilities: Tensor = { name: 'p', elemType: 'float32', dims: [3, 3], data: Float32Array.from([0.5, 0.25, 0.25, 0.125, 0.75, 0.125, 1, 0, 0]) };
    const labels = int64([3], [0, 1, -100], 'labels.npy');
    const scored = classScoring(probabilities, labels, -1, -100)!;
    assert.deepEqual([scored.perPosition, scored.scores, scored.labelled, scored.correct], [false, true, 2, 2]);
    const nll = labelNll(probabilities, labels, -1, -100, 'probabilities');
    assert.equal(nll.count, 2);
    assert.ok(Math.abs(nll.sum - -(Math.log(0.5) + Math.log(0.75))) < 1e-12);
    const ids: Tensor = { name: 'label', elemType: 'int64', dims: [3], data: BigInt64Array.from([0n, 2n, 1n]) };
    assert.equal(classScoring(ids, labels, -1, -100)!.scores, false, 'class ids have no likelihood');
  });

  test('labels of the wrong shape and labels outside the vocabulary are bad input naming the file', async () => {
    const base = await subject(tokenModel(VOCAB, 1), 'baseline');
    const set = tokenSet('t', 2, 4, VOCAB, 3);
    const wrong = { ...set, labels: int64([8], [1, 2, 3, 4, 5, 6, 7, 8], 't/labels.npy') };
    await assert.rejects(evaluate([wrong], base, null, settings()), /t\/labels\.npy: labels of shape \[8\] are neither class indices of the output's positions \[2,4\]/);
    const outside = { ...set, labels: int64([2, 4], [1, 2, 3, 99, -100, 0, 0, 0], 't/labels.npy') };
    await assert.rejects(evaluate([outside], base, null, settings()), /t\/labels\.npy: label 99 at position 3 is not one of the 16 classes of output "logits"/);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the exact McNemar test and Holm', () => {
  test('p-values equal exact rational arithmetic (math.comb), up to thousands of discordant pairs', async () => {
    const pairs = [[0, 0], [1, 0], [5, 0], [9, 0], [18, 0], [7, 3], [3, 7], [10, 10], [40, 25], [140, 100], [1500, 1380], [2600, 2400], [4000, 0]];
    const script = `
import json, sys
from fractions import Fraction
from math import comb
out = []
for lost, gained in json.loads(sys.argv[1]):
    n, k = lost + gained, min(lost, gained)
    p = min(Fraction(1), 2 * Fraction(sum(comb(n, i) for i in range(k + 1)), 2 ** n))
    out.append(float(p))
print(json.dumps({str(i): p for i, p in enumerate(out)}))
`;
    const want = await python(script, [JSON.stringify(pairs)]);
    pairs.forEach(([lost, gained], i) => {
      const p = mcnemarExact(lost!, gained!);
      const exact = want[String(i)]!;
      assert.ok(exact === 0 ? p < 1e-300 : Math.abs(p - exact) <= 1e-9 * exact, `(${lost}, ${gained}): ${p} vs ${exact}`);
    });
    assert.equal(mcnemarExact(20, 0), 2 / 2 ** 20);
  });

  test("Holm's cost in detection (docs/REPORT.md): a class must lose 9, 12 or 16 samples, none gained, at 10, 100 or 1,000 classes", () => {
    const fewest = (classes: number) => {
      let lost = 1;
      while (mcnemarExact(lost, 0) >= 0.05 / classes) lost++;
      return lost;
    };
    assert.deepEqual([10, 100, 1000].map(fewest), [9, 12, 16]);
  });

  test("Holm's adjusted p-values: step-down multipliers, monotone in p, capped at 1", () => {
    // Sorted: 0.001·4, 0.01·3, 0.012·2 → max(0.03, 0.024) = 0.03, 0.2·1 → 0.2; in the order given.
    assert.deepEqual(holmAdjust([0.2, 0.01, 0.001, 0.012]).map((x) => +x.toFixed(12)), [0.2, 0.03, 0.004, 0.03]);
    assert.deepEqual(holmAdjust([0.5, 0.6]), [1, 1]);
    assert.deepEqual(holmAdjust([]), []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The digits-like 10-class set (scripts/digits-like.ts: scikit-learn's digits is not installable here, so its shape is
// imitated) and a nearest-centroid classifier fitted on a separate draw.

const entry = (name: string): ManifestModel => ({
  name,
  file: `${name}.onnx.zst`,
  codec: 'zstd',
  level: 3,
  raw: { bytes: 2000, sha256: 'a'.repeat(64) },
  packed: { bytes: 1000, sha256: 'b'.repeat(64) },
  onnx: { irVersion: 8, opsetImports: [], producerName: 'p', producerVersion: '1', domain: '', modelVersion: 0, inputs: [], outputs: [] },
});

async function judge(e: EvalResult, thresholds: string) {
  const config = await buildConfig({ thresholds: [{ value: thresholds, source: '--thresholds' }] }, await scratch());
  return compareModel({ name: 'digits', baseline: entry('digits'), candidate: entry('digits'), bench: null, eval: e, evalSkipped: null, unchanged: false }, config.thresholds);
}

describe('classes that collapse', () => {
  const fit = fitCentroids(digitsLike(Array(CLASSES).fill(60), 1));
    const collapsed = (m: Linear, data: Digits, k: number, share: number) => classifierModel(collapseClass(m, data, k, share));
  const evalSet = (data: Digits): EvalSet => ({
    id: 'digits',
    dir: 'eval',
    inputs: [float32([data.y.length, PIXELS], data.x, 'eval/input_0.npy')],
    references: [],
    labels: int64([data.y.length], data.y, 'eval/labels.npy'),
  });

  test('one class of ≥ 50 samples losing 30 pp of recall fails on that class with the overall accuracy check off', async () => {
    const data = digitsLike(Array(CLASSES).fill(60), 2);
    const base = await subject(classifierModel(fit), 'baseline');
    const cand = await subject(collapsed(fit, data, 3, 0.3), 'candidate');
    const e = await evaluate([evalSet(data)], base, cand, settings());
    const three = e.classes!.classes.find((c) => c.class === 3)!;
    assert.ok(three.baseline >= 0.8, `baseline recall of class 3 is ${three.baseline}`);
    assert.ok(three.baseline - three.candidate >= 0.28, `class 3 loses ${three.baseline - three.candidate}`);
    assert.equal(e.classes!.classes[0]!.class, 3, 'the largest change first');
    assert.equal(e.classes!.tested, CLASSES);
    assert.equal(three.gained, 0);
    assert.equal(three.p, mcnemarExact(three.lost, 0));
    const m = await judge(e, 'accuracy: off/off');
    const check = m.checks.find((c) => c.metric === 'class-recall')!;
    assert.equal(m.checks.find((c) => c.metric === 'accuracy')!.status, 'pass', 'the overall accuracy check is off');
    assert.equal(check.status, 'fail', check.note ?? '');
    assert.equal(m.verdict, 'fail');
    assert.match(check.note!, /^class 3 \(60 samples: \d+ lost, 0 gained\): McNemar p .* after Holm over 10 classes$/);
    assert.equal(check.baseline, three.baseline);
    assert.equal(check.candidate, three.candidate);

    // report.json carries the per-class figures (read back through the schema), and the details list the classes that moved.
    const environment = { cpu: 'c', cores: 2, os: 'o', arch: 'x64', node: 'v24', onnxruntime: '1', runner: null };
    const written = buildReport({ verdict: m.verdict, models: [m], baseline: { source: null, note: 'test' }, removed: [], config: defaultConfig(), environment });
    const report = validateReport(JSON.stringify(written), 'report.json');
    const classes = report.models[0]!.eval!.classes!;
    assert.equal(classes.figures[0]!.class, 3);
    assert.equal(classes.figures[0]!.adjustedP, three.adjustedP);
    assert.equal(classes.tested, CLASSES);
    assert.match(renderMarkdown(report), /Recall by class, where it moved, Holm-adjusted over 10 tested: class 3 [\d.]+% → [\d.]+% of 60 \(\d+ lost, 0 gained; McNemar p /);

    // Read back (the merge, publish-comment), the class-recall status is recomputed from the per-class figures: the
    // same rule gives the same fail; figures edited to make the drop insignificant contradict the stored status.
    const levels = levelsOf(await buildConfig({ thresholds: [{ value: 'accuracy: off/off', source: '--thresholds' }] }, await scratch()));
    recheck(report, levels, 'report.json');
    const edited = validateReport(JSON.stringify(written), 'report.json');
    edited.models[0]!.eval!.classes!.figures[0]!.adjustedP = 0.5;
    assert.throws(() => recheck(edited, levels, 'report.json'), /^InputError: report\.json: model digits: class-recall is fail in the report, but its numbers give pass/);

    // The same model on both sides: every class unchanged, the check passes.
    const same = await judge(await evaluate([evalSet(data)], base, base, settings()), 'accuracy: off/off');
    assert.equal(same.checks.find((c) => c.metric === 'class-recall')!.status, 'pass');
    // Turned off, it is skipped and says why.
    const off = await judge(await evaluate([evalSet(data)], base, cand, settings({ classCheck: 'off' })), 'accuracy: off/off');
    assert.equal(off.checks.find((c) => c.metric === 'class-recall')!.status, 'skipped');
  });

  test('a class with fewer samples than the minimum is reported, never judged, even when it collapses', async () => {
    const counts = Array(CLASSES).fill(60);
    counts[7] = 12;
    const data = digitsLike(counts, 3);
    const base = await subject(classifierModel(fit), 'baseline');
    const cand = await subject(collapsed(fit, data, 7, 1), 'candidate');
    const e = await evaluate([evalSet(data)], base, cand, settings());
    const seven = e.classes!.classes.find((c) => c.class === 7)!;
    assert.equal(seven.samples, 12);
    assert.equal(seven.candidate, 0, 'class 7 collapsed completely');
    assert.equal(seven.p, null);
    assert.equal(seven.adjustedP, null);
    assert.equal(e.classes!.tested, CLASSES - 1);
    const m = await judge(e, 'accuracy: off/off');
    const check = m.checks.find((c) => c.metric === 'class-recall')!;
    assert.notEqual(check.status, 'fail', check.note ?? '');
    assert.doesNotMatch(check.note!, /^class 7/);
    // With the minimum lowered to 10 the same collapse is judged, and fails.
    const judged = await judge(await evaluate([evalSet(data)], base, cand, settings({ classMinSamples: 10 })), 'accuracy: off/off');
    assert.equal(judged.checks.find((c) => c.metric === 'class-recall')!.status, 'fail');
  });
});
