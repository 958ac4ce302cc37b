// Benchmark (not a test): how often the class-recall check cries wolf on honest retraining, and how often it catches a
// class that collapsed, with the default settings. Each pair is two softmax regressions trained with different seeds
// on the same digits-like training set (scripts/digits-like.ts; scikit-learn's digits is not installable here), scored
// on the same 540-sample eval set through the eval and compare stages (real onnxruntime sessions):
//   retrained  baseline seed 2i, candidate seed 2i+1, no class collapsed: a warning or failure is a false alarm;
//   collapsed  the same candidate with class i mod 10 losing 30 pp of recall: a failure is a detection.
// Usage: npx tsc -p tsconfig.json && node build/scripts/bench-classes.js [--pairs 300] [--epochs 12]
import { parseArgs } from 'node:util';
import { compareModel } from '../src/compare/compare.js';
import { evaluate, type EvalSubject, sessionSubject } from '../src/eval/evaluate.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { parseModelInfo } from '../src/onnx/model-info.js';
import { createSession, type Session } from '../src/onnx/runtime.js';
import type { ManifestModel } from '../src/pack/format/manifest.js';
import type { EvalSet } from '../src/types.js';
import { CLASSES, classifierModel, collapseClass, digitsLike, type Linear, PIXELS, scores, trainSoftmax } from './digits-like.js';
import { wilson } from './rates.js';

const { values } = parseArgs({ options: { pairs: { type: 'string', default: '300' }, epochs: { type: 'string', default: '12' } } });
const pairs = Number(values.pairs);
const epochs = Number(values.epochs);

// The shape of scikit-learn's digits split 70/30: 1,257 training and 540 eval samples.
const train = digitsLike(Array.from({ length: CLASSES }, (_, k) => (k < 7 ? 126 : 125)), 1);
const data = digitsLike(Array(CLASSES).fill(54), 2);
const evalSet: EvalSet = {
  id: 'digits',
  dir: 'eval',
  inputs: [{ name: '', elemType: 'float32', dims: [data.y.length, PIXELS], data: Float32Array.from(data.x), file: 'eval/input_0.npy' }],
  references: [],
  labels: { name: '', elemType: 'int64', dims: [data.y.length], data: BigInt64Array.from(data.y, BigInt), file: 'eval/labels.npy' },
};

const config = defaultConfig();
const entry: ManifestModel = {
  name: 'digits',
  file: 'digits.onnx.zst',
  codec: 'zstd',
  level: 3,
  raw: { bytes: 2, sha256: 'a'.repeat(64) },
  packed: { bytes: 1, sha256: 'b'.repeat(64) },
  onnx: { irVersion: 8, opsetImports: [], producerName: 'p', producerVersion: '1', domain: '', modelVersion: 0, inputs: [], outputs: [] },
};

async function subject(model: Linear, label: string): Promise<EvalSubject & { session: Session }> {
  const bytes = classifierModel(model);
  const session = await createSession(bytes, { intraOpThreads: 1, interOpThreads: 1 }, label);
  return { ...sessionSubject(session, parseModelInfo(bytes, label), label), session };
}

/** The class-recall check's status and the overall accuracy of both sides, for one pair. */
async function judge(base: EvalSubject, cand: EvalSubject): Promise<{ status: string; note: string | null }> {
  const e = await evaluate([evalSet], base, cand, config.eval);
  const m = compareModel({ name: 'digits', baseline: entry, candidate: entry, bench: null, eval: e, evalSkipped: null, unchanged: false }, config.thresholds);
  const check = m.checks.find((c) => c.metric === 'class-recall')!;
  return { status: check.status, note: check.note };
}

const accuracy = (model: Linear) => data.y.filter((label, i) => scores(model, data.x, i).indexOf(Math.max(...scores(model, data.x, i))) === label).length / data.y.length;

const counts = { retrained: { warn: 0, fail: 0 }, collapsed: { warn: 0, fail: 0 } };
const accuracies: number[] = [];
const started = Date.now();
for (let i = 0; i < pairs; i++) {
  const [a, b] = [trainSoftmax(train, 2 * i, epochs), trainSoftmax(train, 2 * i + 1, epochs)];
  accuracies.push(accuracy(a));
  const base = await subject(a, 'baseline');
  const retrained = await judge(base, await subject(b, 'candidate'));
  const collapsed = await judge(base, await subject(collapseClass(b, data, i % CLASSES, 0.3), 'collapsed'));
  // A false alarm is worth reading: which class, how many samples went which way.
  if (retrained.status !== 'pass') console.error(`pair ${i} (seeds ${2 * i}, ${2 * i + 1}): ${retrained.status}: ${retrained.note}`);
  for (const [kind, r] of [['retrained', retrained], ['collapsed', collapsed]] as const) {
    if (r.status === 'warn') counts[kind].warn++;
    if (r.status === 'fail') counts[kind].fail++;
  }
  await base.session.release();
}

const share = (n: number) => `${((100 * n) / pairs).toFixed(1)} %`;
const meanAccuracy = accuracies.reduce((x, y) => x + y, 0) / accuracies.length;
console.log(`${pairs} pairs of softmax regressions (${epochs} SGD epochs) retrained with different seeds on digits-like data (1,257 train / 540 eval, 10 classes of 54),`);
console.log(`mean eval accuracy ${(100 * meanAccuracy).toFixed(1)} %, default settings (class-recall warn -0.05 / fail -0.1, Holm at 95 %, min 20 samples), ${((Date.now() - started) / 1000).toFixed(0)} s:`);
console.log('');
console.log('| pair | warnings | 95 % interval | failures | 95 % interval |');
console.log('|:--|--:|--:|--:|--:|');
for (const kind of ['retrained', 'collapsed'] as const) {
  const c = counts[kind];
  console.log(`| ${kind === 'retrained' ? 'retrained, no class collapsed' : 'one class −30 pp of recall'} | ${share(c.warn)} | ${wilson(c.warn, pairs)} | ${share(c.fail)} | ${wilson(c.fail, pairs)} |`);
}
