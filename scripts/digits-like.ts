// A digits-like 10-class data set and the classifiers trained on it, for the class-recall check's test and benchmark.
// scikit-learn's digits (8×8 images of 0..16 intensities, ten classes) is not installable here (no PyPI), so its shape is
// imitated: each class a seeded stroke pattern, each sample that pattern plus noise, rounded and clipped to 0..16.
// Everything is seeded float64 arithmetic: the same seed gives the same bytes.
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

export const CLASSES = 10;
export const PIXELS = 64;

export interface Digits {
  /** [samples × 64] intensities, row-major. */
  x: number[];
  y: number[];
}

/** xorshift32 in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * How hard the set is: each class redraws this share of a common pattern's pixels, and each sample adds noise of this
 * amplitude (a sum of three uniforms, standard deviation 0.5·NOISE). Chosen so that softmax regression scores about
 * 96 % on it, as logistic regression does on scikit-learn's digits: retraining then moves a few samples per class.
 */
const OWN_PIXELS = 0.3;
const NOISE = 14;

/** `perClass[k]` samples of class k; the classes' patterns are fixed, `seed` draws the samples. */
export function digitsLike(perClass: readonly number[], seed: number): Digits {
  const stroke = (r: () => number) => (r() < 0.35 ? 10 + r() * 6 : r() * 3);
  const shared = random(999);
  const common = Array.from({ length: PIXELS }, () => stroke(shared));
  const prototypes = Array.from({ length: CLASSES }, (_, k) => {
    const r = random(1000 + k);
    return common.map((v) => (r() < OWN_PIXELS ? stroke(r) : v));
  });
  const r = random(seed);
  const x: number[] = [];
  const y: number[] = [];
  perClass.forEach((count, k) => {
    for (let s = 0; s < count; s++) {
      for (let p = 0; p < PIXELS; p++) x.push(Math.min(16, Math.max(0, Math.round(prototypes[k]![p]! + (r() + r() + r() - 1.5) * NOISE))));
      y.push(k);
    }
  });
  return { x, y };
}

/** A linear classifier: scores = x·w + b, w [64 × 10] row-major. */
export interface Linear {
  w: Float64Array;
  b: Float64Array;
}

/** The nearest-centroid classifier of `train` (scores = x·2μ_k − |μ_k|²): no randomness at all. */
export function fitCentroids(train: Digits): Linear {
  const sums = new Float64Array(CLASSES * PIXELS);
  const counts = new Float64Array(CLASSES);
  train.y.forEach((k, i) => {
    counts[k]!++;
    for (let p = 0; p < PIXELS; p++) sums[k * PIXELS + p]! += train.x[i * PIXELS + p]!;
  });
  const w = new Float64Array(PIXELS * CLASSES);
  const b = new Float64Array(CLASSES);
  for (let k = 0; k < CLASSES; k++) {
    for (let p = 0; p < PIXELS; p++) {
      const mu = sums[k * PIXELS + p]! / counts[k]!;
      w[p * CLASSES + k] = 2 * mu;
      b[k]! -= mu * mu;
    }
  }
  return { w, b };
}

export function scores(model: Linear, x: readonly number[], i: number): Float64Array {
  const out = Float64Array.from(model.b);
  for (let p = 0; p < PIXELS; p++) {
    const v = x[i * PIXELS + p]!;
    if (v !== 0) for (let k = 0; k < CLASSES; k++) out[k]! += v * model.w[p * CLASSES + k]!;
  }
  return out;
}

/**
 * Softmax regression trained by SGD: the seed draws the initial weights and the order of the samples in every epoch,
 * so two seeds give two honestly retrained models of the same recipe (what a release's retraining looks like).
 */
export function trainSoftmax(train: Digits, seed: number, epochs = 4, learningRate = 0.05): Linear {
  const r = random(seed * 7919 + 1);
  const scale = 1 / 16;
  const w = Float64Array.from({ length: PIXELS * CLASSES }, () => (r() - 0.5) * 0.02);
  const b = new Float64Array(CLASSES);
  const order = train.y.map((_, i) => i);
  const x = train.x.map((v) => v * scale);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const s = scores({ w, b }, x, i);
      const max = Math.max(...s);
      let sum = 0;
      for (let k = 0; k < CLASSES; k++) sum += (s[k] = Math.exp(s[k]! - max));
      for (let k = 0; k < CLASSES; k++) {
        const grad = s[k]! / sum - (k === train.y[i] ? 1 : 0);
        b[k]! -= learningRate * grad;
        for (let p = 0; p < PIXELS; p++) w[p * CLASSES + k]! -= learningRate * grad * x[i * PIXELS + p]!;
      }
    }
  }
  // Trained on x/16: the scale is folded into the weights, so the model reads the raw intensities.
  return { w: w.map((v) => v * scale), b };
}

/**
 * The same classifier with class `k`'s bias lowered just enough that `share` of the samples of class k in `data` it
 * classified correctly go to another class: a class that collapsed, every other class's recall unchanged or better.
 */
export function collapseClass(model: Linear, data: Digits, k: number, share: number): Linear {
  const margins: number[] = [];
  data.y.forEach((label, i) => {
    if (label !== k) return;
    const s = scores(model, data.x, i);
    const others = Math.max(...Array.from(s).filter((_, c) => c !== k));
    if (s[k]! > others) margins.push(s[k]! - others);
  });
  margins.sort((a, c) => a - c);
  const cut = Math.ceil(share * margins.length);
  const b = Float64Array.from(model.b);
  b[k]! -= cut >= margins.length ? margins.at(-1)! + 1 : (margins[cut - 1]! + margins[cut]!) / 2;
  return { w: model.w, b };
}

/** The classifier as an ONNX model: x float32 [N,64] → Gemm → scores float32 [N,10]. */
export function classifierModel(model: Linear): Uint8Array {
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const tensor = (name: string, dims: number[], data: Float64Array) => ({ name, dims, dataType: FLOAT, rawData: new Uint8Array(Float32Array.from(data).buffer) });
  const info = (name: string, width: number) => ({ name, type: { tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'N' }, { dimValue: width }] } } } });
  return onnx.ModelProto.encode({
    irVersion: 8,
    producerName: 'digits-like',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'digits',
      node: [{ opType: 'Gemm', input: ['x', 'w', 'b'], output: ['scores'], name: 'gemm' }],
      initializer: [tensor('w', [PIXELS, CLASSES], model.w), tensor('b', [CLASSES], model.b)],
      input: [info('x', PIXELS)],
      output: [info('scores', CLASSES)],
    },
  }).finish();
}
