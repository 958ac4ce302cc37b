// Regenerates the ONNX fixtures that model-gate's tests and demo run against:
//
//   npx tsc -p tsconfig.json && node build/scripts/make-fixtures.js [outDir]
//
// The output is byte-for-byte reproducible: training is seeded float64 arithmetic (scripts/iris-model.ts), weights
// become float32 only when they are written, and protobuf messages are encoded from plain objects with a fixed
// field order. The one output computed by onnxruntime (the reference probabilities) is run single-threaded.
// No clock or Math.random feeds any file; the latency figure is printed only.

import { mkdir, writeFile } from 'node:fs/promises';
import { packModels } from '../src/pack/pack.js';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import onnxProto, { type onnx as proto } from 'onnx-proto';
import ort from 'onnxruntime-node';
import {
  argmax,
  CLASS_COUNT,
  FEATURE_COUNT,
  mulberry32Uint,
  splitIris,
  trainIrisMlp,
  type IrisSplit,
  type Mlp,
  type TrainOptions,
} from './iris-model.js';

const { onnx } = onnxProto;

// ---------------------------------------------------------------------------------------------------------------
// Settings. Changing any of these changes the fixtures' bytes.

/** Eval rows per class (setosa, versicolor, virginica): 50 in all; the other 100 rows train. */
const EVAL_PER_CLASS = [17, 17, 16] as const;
const SPLIT_SEED = 23;

/** The "previous release": a small hidden layer, stopped early on purpose so that a better model exists. */
const BASELINE_TRAINING: TrainOptions = { hidden: 8, epochs: 40, learningRate: 0.1, momentum: 0, seed: 7 };
/** The same shape, trained to convergence: better accuracy at the same size. */
const IMPROVED_TRAINING: TrainOptions = { hidden: 8, epochs: 600, learningRate: 0.1, momentum: 0.9, seed: 7 };
/** The baseline's recipe stopped after a handful of steps: a real, but poorly fitted, model. */
const LESS_ACCURATE_TRAINING: TrainOptions = { hidden: 8, epochs: 6, learningRate: 0.1, momentum: 0, seed: 7 };

/** slower.onnx: the hidden layer is zero-padded to this width and sent through this many identity MatMul+Relu. */
const SLOWER_HIDDEN_WIDTH = 256;
const SLOWER_EXTRA_LAYERS = 24;

/** larger.onnx: float32 elements of incompressible noise carried as an extra initializer. */
const LARGER_NOISE_ELEMENTS = 200_000;
const LARGER_NOISE_SEED = 0x5eed;

const IR_VERSION = 8;
const OPSET_VERSION = 17;
const PRODUCER_NAME = 'model-gate-fixtures';
const PRODUCER_VERSION = '1';
export const INPUT_NAME = 'features';
export const OUTPUT_NAME = 'probabilities';
/** Name of the symbolic batch dimension of the input and output. */
const BATCH_DIM = 'N';

/** Candidate file names (without .onnx), in the order they are reported. */
export const CANDIDATES = ['unchanged', 'improved', 'less-accurate', 'slower', 'larger'] as const;
export type CandidateName = (typeof CANDIDATES)[number];

// ---------------------------------------------------------------------------------------------------------------
// Tensor protos.

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

/** Little-endian float32 bytes of `values` (each value is rounded to float32 here, and only here). */
function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] as number, true);
  return bytes;
}

function int64Bytes(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return bytes;
}

function elementCount(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** A float32 TensorProto whose payload is `raw` (already little-endian float32). */
function rawFloatTensor(name: string, dims: readonly number[], raw: Uint8Array): proto.ITensorProto {
  if (raw.length !== elementCount(dims) * 4) throw new Error(`${name}: ${raw.length} bytes do not fit dims [${dims}]`);
  return { dims: [...dims], dataType: FLOAT, name, rawData: raw };
}

function floatTensor(name: string, dims: readonly number[], values: ArrayLike<number>): proto.ITensorProto {
  return rawFloatTensor(name, dims, float32Bytes(values));
}

function int64Tensor(name: string, dims: readonly number[], values: readonly number[]): proto.ITensorProto {
  if (values.length !== elementCount(dims)) throw new Error(`${name}: ${values.length} values do not fit [${dims}]`);
  return { dims: [...dims], dataType: INT64, name, rawData: int64Bytes(values) };
}

function encodeTensor(tensor: proto.ITensorProto): Uint8Array {
  return onnx.TensorProto.encode(tensor).finish();
}

// ---------------------------------------------------------------------------------------------------------------
// Graph building.

type Dim = number | string;

function floatValueInfo(name: string, dims: readonly Dim[]): proto.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: FLOAT,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function intAttribute(name: string, value: number): proto.IAttributeProto {
  return { name, type: onnx.AttributeProto.AttributeType.INT, i: value };
}

/** Collects the nodes and initializers of one graph, then encodes the whole model. */
class GraphBuilder {
  private readonly nodes: proto.INodeProto[] = [];
  private readonly initializers: proto.ITensorProto[] = [];

  /** Adds a weight; returns its name so it can be used as a node input. */
  initializer(tensor: proto.ITensorProto): string {
    this.initializers.push(tensor);
    return tensor.name as string;
  }

  /** Adds one node whose single output is named `output` (the node takes the same name); returns `output`. */
  op(opType: string, inputs: readonly string[], output: string, attributes: proto.IAttributeProto[] = []): string {
    const node: proto.INodeProto = { input: [...inputs], output: [output], name: output, opType };
    if (attributes.length > 0) node.attribute = attributes;
    this.nodes.push(node);
    return output;
  }

  /** The model: input `features` [N, 4] float32, output `probabilities` [N, 3] float32. */
  encode(graphName: string, docString: string): Uint8Array {
    const model: proto.IModelProto = {
      irVersion: IR_VERSION,
      producerName: PRODUCER_NAME,
      producerVersion: PRODUCER_VERSION,
      docString,
      graph: {
        node: this.nodes,
        name: graphName,
        initializer: this.initializers,
        input: [floatValueInfo(INPUT_NAME, [BATCH_DIM, FEATURE_COUNT])],
        output: [floatValueInfo(OUTPUT_NAME, [BATCH_DIM, CLASS_COUNT])],
      },
      opsetImport: [{ domain: '', version: OPSET_VERSION }],
    };
    return onnx.ModelProto.encode(model).finish();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The MLP as an ONNX graph, with hooks where candidates add work.

interface MlpGraphOptions {
  /** Zero-pad the hidden layer to this many units (padded units are always 0 after Relu). */
  hiddenWidth?: number;
  /** Rewrites the hidden activations [N, width] before the output layer; returns the new value's name. */
  extendHidden?: (g: GraphBuilder, hidden: string, width: number) => string;
  /** Rewrites the logits [N, 3] before Softmax; returns the new value's name. */
  extendLogits?: (g: GraphBuilder, logits: string) => string;
}

/** Copies a row-major [rows][cols] matrix into the left columns of a zero-filled [rows][width] matrix. */
function padColumns(m: Float64Array, rows: number, cols: number, width: number): Float64Array {
  const out = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * width + c] = m[r * cols + c] as number;
  return out;
}

/** Copies a row-major [rows][cols] matrix into the top rows of a zero-filled [height][cols] matrix. */
function padRows(m: Float64Array, rows: number, cols: number, height: number): Float64Array {
  const out = new Float64Array(height * cols);
  out.set(m.subarray(0, rows * cols));
  return out;
}

/**
 * features → MatMul(w1) → Add(b1) → Relu → [extendHidden] → MatMul(w2) → Add(b2) → [extendLogits] → Softmax.
 * The MLP must already take raw features (standardisation folded into w1/b1).
 */
function buildMlpGraph(mlp: Mlp, options: MlpGraphOptions = {}): GraphBuilder {
  const width = options.hiddenWidth ?? mlp.hidden;
  if (width < mlp.hidden) throw new Error('hiddenWidth cannot be smaller than the trained hidden layer');
  const g = new GraphBuilder();
  const w1 = g.initializer(floatTensor('w1', [mlp.inputs, width], padColumns(mlp.w1, mlp.inputs, mlp.hidden, width)));
  const b1 = g.initializer(floatTensor('b1', [width], padRows(mlp.b1, mlp.hidden, 1, width)));
  const w2 = g.initializer(floatTensor('w2', [width, mlp.outputs], padRows(mlp.w2, mlp.hidden, mlp.outputs, width)));
  const b2 = g.initializer(floatTensor('b2', [mlp.outputs], mlp.b2));

  let hidden = g.op('Relu', [g.op('Add', [g.op('MatMul', [INPUT_NAME, w1], 'hidden_linear'), b1], 'hidden_biased')], 'hidden');
  if (options.extendHidden) hidden = options.extendHidden(g, hidden, width);
  let logits = g.op('Add', [g.op('MatMul', [hidden, w2], 'logits_linear'), b2], 'logits');
  if (options.extendLogits) logits = options.extendLogits(g, logits);
  g.op('Softmax', [logits], OUTPUT_NAME, [intAttribute('axis', -1)]);
  return g;
}

function describeMlp(mlp: Mlp, t: TrainOptions, purpose: string): string {
  return (
    `Iris flower classifier: ${mlp.inputs}-${mlp.hidden}-${mlp.outputs} MLP (ReLU, softmax), ` +
    `full-batch gradient descent for ${t.epochs} epochs (learning rate ${t.learningRate}, momentum ${t.momentum}). ` +
    `Input "${INPUT_NAME}": raw sepal length, sepal width, petal length, petal width in cm (standardisation is folded ` +
    `into the first layer). Output "${OUTPUT_NAME}": setosa, versicolor, virginica. ${purpose} ` +
    `Generated by model-gate scripts/make-fixtures.ts.`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Per-model builders.

function buildPlainModel(mlp: Mlp, training: TrainOptions, graphName: string, purpose: string): Uint8Array {
  return buildMlpGraph(mlp).encode(graphName, describeMlp(mlp, training, purpose));
}

/**
 * The baseline's weights, zero-padded to SLOWER_HIDDEN_WIDTH hidden units, then SLOWER_EXTRA_LAYERS times
 * hidden = Relu(MatMul(hidden, I)). The identity matrix is built in the graph (EyeLike of ConstantOfShape), so it
 * costs a few bytes in the file, but every MatMul still multiplies by a dense 256 x 256 matrix at run time. The
 * hidden values are non-negative, so the Relu and the identity leave them unchanged; the runtime cannot know that.
 */
function buildSlowerModel(baseline: Mlp): Uint8Array {
  const width = SLOWER_HIDDEN_WIDTH;
  const g = buildMlpGraph(baseline, {
    hiddenWidth: width,
    extendHidden: (graph, hidden) => {
      const shape = graph.initializer(int64Tensor('identity_shape', [2], [width, width]));
      const eye = graph.op('EyeLike', [graph.op('ConstantOfShape', [shape], 'identity_zeros')], 'identity');
      let h = hidden;
      for (let k = 0; k < SLOWER_EXTRA_LAYERS; k++) {
        h = graph.op('Relu', [graph.op('MatMul', [h, eye], `extra_${k}_linear`)], `extra_${k}`);
      }
      return h;
    },
  });
  return g.encode(
    'iris_mlp_slower',
    describeMlp(
      baseline,
      BASELINE_TRAINING,
      `Benchmark fixture "slower": the baseline's weights with the hidden layer zero-padded to ${width} units and ` +
        `${SLOWER_EXTRA_LAYERS} extra identity MatMul+Relu layers; same predictions, much more compute.`,
    ),
  );
}

/** LARGER_NOISE_ELEMENTS finite float32 values with random bit patterns (nothing for a compressor to find). */
function noiseBytes(): Uint8Array {
  const next = mulberry32Uint(LARGER_NOISE_SEED);
  const bytes = new Uint8Array(LARGER_NOISE_ELEMENTS * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < LARGER_NOISE_ELEMENTS; i++) {
    let bits = next();
    // An all-ones exponent is Inf or NaN; clearing its top bit keeps the value finite, so max(noise) * 0 == 0.
    if (((bits >>> 23) & 0xff) === 0xff) bits = (bits & ~0x40000000) >>> 0;
    view.setUint32(i * 4, bits, true);
  }
  return bytes;
}

/**
 * The baseline plus a large random initializer on the path to the output: logits + ReduceMax(noise) * 0.
 * The noise is finite, so the added term is exactly zero and the probabilities are the baseline's.
 */
function buildLargerModel(baseline: Mlp): Uint8Array {
  const g = buildMlpGraph(baseline, {
    extendLogits: (graph, logits) => {
      const noise = graph.initializer(rawFloatTensor('noise', [LARGER_NOISE_ELEMENTS], noiseBytes()));
      const zero = graph.initializer(floatTensor('zero', [], [0]));
      const noiseMax = graph.op('ReduceMax', [noise], 'noise_max', [intAttribute('keepdims', 0)]);
      const nothing = graph.op('Mul', [noiseMax, zero], 'noise_times_zero');
      return graph.op('Add', [logits, nothing], 'logits_plus_zero');
    },
  });
  return g.encode(
    'iris_mlp_larger',
    describeMlp(
      baseline,
      BASELINE_TRAINING,
      `Size fixture "larger": the baseline plus a ${LARGER_NOISE_ELEMENTS}-element random float32 initializer ` +
        `that is multiplied by zero and added to the logits; same predictions, much larger file.`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Running models in onnxruntime.

/** Single-threaded sessions, so the reference outputs do not depend on how work is split across threads. */
async function openSession(model: Uint8Array): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(model, { intraOpNumThreads: 1, interOpNumThreads: 1 });
}

async function runModel(model: Uint8Array, features: readonly number[][]): Promise<Float32Array> {
  const session = await openSession(model);
  try {
    const input = new ort.Tensor('float32', Float32Array.from(features.flat()), [features.length, FEATURE_COUNT]);
    const result = await session.run({ [INPUT_NAME]: input });
    const output = result[OUTPUT_NAME];
    if (!output || output.type !== 'float32') throw new Error(`model has no float32 output "${OUTPUT_NAME}"`);
    const expected = [features.length, CLASS_COUNT];
    if (output.dims.join() !== expected.join()) throw new Error(`output dims [${output.dims}], expected [${expected}]`);
    return Float32Array.from(output.data as Float32Array);
  } finally {
    await session.release();
  }
}

function predictions(probabilities: Float32Array): number[] {
  const out: number[] = [];
  for (let s = 0; s < probabilities.length / CLASS_COUNT; s++) {
    out.push(argmax(probabilities.subarray(s * CLASS_COUNT, (s + 1) * CLASS_COUNT)));
  }
  return out;
}

function accuracy(predicted: readonly number[], labels: readonly number[]): number {
  return predicted.filter((p, i) => p === labels[i]).length / labels.length;
}

function maxAbsDifference(a: Float32Array, b: Float32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

/** Median single-sample latency (ms) of each model, timing session.run calls interleaved in one process. */
export async function measureLatency(
  models: readonly Uint8Array[],
  sample: readonly number[],
  rounds = 2000,
  warmup = 200,
): Promise<number[]> {
  const sessions = await Promise.all(models.map((m) => ort.InferenceSession.create(m)));
  try {
    const feeds = { [INPUT_NAME]: new ort.Tensor('float32', Float32Array.from(sample), [1, FEATURE_COUNT]) };
    const times = sessions.map(() => [] as number[]);
    for (let r = 0; r < warmup + rounds; r++) {
      for (let m = 0; m < sessions.length; m++) {
        const start = process.hrtime.bigint();
        await (sessions[m] as ort.InferenceSession).run(feeds);
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        if (r >= warmup) (times[m] as number[]).push(elapsed);
      }
    }
    return times.map((t) => {
      const sorted = t.sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] as number;
    });
  } finally {
    await Promise.all(sessions.map((s) => s.release()));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Assembling, checking and writing the fixtures.

export type ModelName = 'baseline' | CandidateName;
const MODEL_NAMES: readonly ModelName[] = ['baseline', ...CANDIDATES];

function modelPath(name: ModelName): string {
  // Each candidate keeps the model's file name, as a new commit of the same model would: model-gate pairs by name.
  return name === 'baseline' ? 'models/iris.onnx' : `candidates/${name}/iris.onnx`;
}

export interface FixtureFile {
  /** Path relative to the output directory, with forward slashes. */
  path: string;
  data: Uint8Array;
}

export interface ModelResult {
  path: string;
  model: Uint8Array;
  /** The model's probabilities on the eval set, from onnxruntime. */
  probabilities: Float32Array;
  /** Eval top-1 accuracy. */
  accuracy: number;
  /** Largest absolute difference from the baseline's probabilities on the eval set. */
  maxDiffFromBaseline: number;
  /** Eval rows whose predicted class differs from the baseline's. */
  changedPredictions: number;
}

export interface FixtureReport {
  split: IrisSplit;
  models: Record<ModelName, ModelResult>;
  /** Every file written, in writing order. */
  files: FixtureFile[];
}

/** Trains the three MLPs and turns them (and the baseline's variants) into ONNX bytes. */
function buildModels(split: IrisSplit): Record<ModelName, Uint8Array> {
  const baselineMlp = trainIrisMlp(split, BASELINE_TRAINING);
  const improvedMlp = trainIrisMlp(split, IMPROVED_TRAINING);
  const lessAccurateMlp = trainIrisMlp(split, LESS_ACCURATE_TRAINING);
  const baseline = buildPlainModel(baselineMlp, BASELINE_TRAINING, 'iris_mlp', 'Baseline fixture (previous release).');
  return {
    baseline,
    unchanged: baseline,
    improved: buildPlainModel(improvedMlp, IMPROVED_TRAINING, 'iris_mlp', 'Candidate fixture "improved".'),
    'less-accurate': buildPlainModel(lessAccurateMlp, LESS_ACCURATE_TRAINING, 'iris_mlp', 'Candidate fixture "less-accurate".'),
    slower: buildSlowerModel(baselineMlp),
    larger: buildLargerModel(baselineMlp),
  };
}

/** Runs every model on the eval set in onnxruntime and compares it with the labels and with the baseline. */
async function evaluateModels(bytes: Record<ModelName, Uint8Array>, split: IrisSplit): Promise<Record<ModelName, ModelResult>> {
  const baselineProbabilities = await runModel(bytes.baseline, split.eval.features);
  const baselinePredicted = predictions(baselineProbabilities);
  const results = {} as Record<ModelName, ModelResult>;
  for (const name of MODEL_NAMES) {
    const model = bytes[name];
    const probabilities = await runModel(model, split.eval.features);
    const predicted = predictions(probabilities);
    results[name] = {
      path: modelPath(name),
      model,
      probabilities,
      accuracy: accuracy(predicted, split.eval.labels),
      maxDiffFromBaseline: maxAbsDifference(probabilities, baselineProbabilities),
      changedPredictions: predicted.filter((p, i) => p !== baselinePredicted[i]).length,
    };
  }
  return results;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`fixture check failed: ${message}`);
}

/** The properties model-gate's tests rely on; throws before anything is written if one does not hold. */
function checkModels(models: Record<ModelName, ModelResult>): void {
  const base = models.baseline;
  check(models.improved.accuracy > base.accuracy, 'improved must beat the baseline');
  check(models['less-accurate'].accuracy <= base.accuracy - 0.05 + 1e-9, 'less-accurate must trail by 5 points');
  for (const same of ['unchanged', 'slower', 'larger'] as const) {
    const { maxDiffFromBaseline, changedPredictions } = models[same];
    check(maxDiffFromBaseline <= 1e-5, `${same} probabilities differ from the baseline's by ${maxDiffFromBaseline}`);
    check(changedPredictions === 0, `${same} changes ${changedPredictions} predictions`);
  }
  check(models.larger.model.length >= 2 * base.model.length, 'larger.onnx must be at least twice the baseline');
}

/** The eval set in model-zoo layout, plus the class names. */
function evalFiles(split: IrisSplit, baselineProbabilities: Float32Array): FixtureFile[] {
  const n = split.eval.features.length;
  const text = (s: string) => new TextEncoder().encode(s);
  const dir = 'eval/test_data_set_0';
  return [
    { path: 'eval/classes.json', data: text(`${JSON.stringify(split.classNames, null, 2)}\n`) },
    {
      path: `${dir}/input_0.pb`,
      data: encodeTensor(floatTensor(INPUT_NAME, [n, FEATURE_COUNT], split.eval.features.flat())),
    },
    {
      path: `${dir}/output_0.pb`,
      data: encodeTensor(floatTensor(OUTPUT_NAME, [n, CLASS_COUNT], baselineProbabilities)),
    },
    { path: `${dir}/labels.json`, data: text(`${JSON.stringify(split.eval.labels)}\n`) },
  ];
}

/** "45/50 (0.90)": the count makes clear how coarse accuracy on 50 rows is. */
function accuracyText(acc: number, rows: number): string {
  return `${Math.round(acc * rows)}/${rows} (${acc.toFixed(2)})`;
}

function readme(split: IrisSplit, models: Record<ModelName, ModelResult>): string {
  const n = split.eval.labels.length;
  const row = (name: ModelName, what: string) => {
    const m = models[name];
    return `| \`${m.path}\` | ${m.model.length} | ${accuracyText(m.accuracy, n)} | ${what} |`;
  };
  const lines = [
    '# Test fixtures',
    '',
    'Generated by `scripts/make-fixtures.ts`; do not edit by hand. Regenerate them, byte for byte, with:',
    '',
    '    npx tsc -p tsconfig.json && node build/scripts/make-fixtures.js',
    '',
    `Every model is a small Iris flower classifier (a one-hidden-layer MLP) in ONNX, IR version ${IR_VERSION}, ` +
      `opset ${OPSET_VERSION}. All take \`${INPUT_NAME}\`, float32 [N, ${FEATURE_COUNT}]: raw sepal length, ` +
      `sepal width, petal length and petal width in cm. All return \`${OUTPUT_NAME}\`, float32 ` +
      `[N, ${CLASS_COUNT}]: softmax over ${split.classNames.join(', ')}.`,
    '',
    '| File | Bytes | Eval top-1 | What it is |',
    '| --- | ---: | ---: | --- |',
    row(
      'baseline',
      `The "previous release": ${BASELINE_TRAINING.hidden} hidden units, ` +
        `deliberately stopped after ${BASELINE_TRAINING.epochs} epochs.`,
    ),
    row('unchanged', 'A byte-for-byte copy of the baseline.'),
    row(
      'improved',
      `${IMPROVED_TRAINING.hidden} hidden units trained for ${IMPROVED_TRAINING.epochs} epochs with momentum: ` +
        'more accurate.',
    ),
    row('less-accurate', `The baseline's recipe stopped after ${LESS_ACCURATE_TRAINING.epochs} epochs: less accurate.`),
    row(
      'slower',
      `The baseline's weights, hidden layer zero-padded to ${SLOWER_HIDDEN_WIDTH} units, then ` +
        `${SLOWER_EXTRA_LAYERS} extra identity MatMul+Relu layers: the same probabilities, several times slower.`,
    ),
    row(
      'larger',
      `The baseline plus ${LARGER_NOISE_ELEMENTS} random float32 values that are multiplied by zero: ` +
        'the same probabilities, and extra bytes that do not compress.',
    ),
    '',
    `\`eval/\` uses the ONNX model-zoo layout. \`eval/test_data_set_0/input_0.pb\` is a TensorProto ` +
      `\`${INPUT_NAME}\` [${n}, ${FEATURE_COUNT}]: the ${n} held-out rows (a seeded split stratified by class, ` +
      `${EVAL_PER_CLASS.join('/')} rows per class, listed in their original Iris order, so grouped by class). ` +
      `The other ${split.train.labels.length} rows trained the models. \`output_0.pb\` is a TensorProto ` +
      `\`${OUTPUT_NAME}\` [${n}, ${CLASS_COUNT}]: the baseline's outputs as computed by onnxruntime-node. ` +
      `\`labels.json\` holds each row's true class index, which indexes \`eval/classes.json\`.`,
    '',
  ];
  return lines.join('\n');
}

async function writeFiles(outDir: string, files: readonly FixtureFile[]): Promise<void> {
  for (const file of files) {
    const full = join(outDir, ...file.path.split('/'));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, file.data);
  }
}

/**
 * Trains, builds and evaluates every fixture, checks the properties the tests rely on, then writes the files under
 * `outDir` (only existing fixture files are overwritten; nothing is deleted). Returns what it wrote.
 */
export async function generateFixtures(outDir: string): Promise<FixtureReport> {
  const split = splitIris(EVAL_PER_CLASS, SPLIT_SEED);
  const models = await evaluateModels(buildModels(split), split);
  checkModels(models);

  const files: FixtureFile[] = [
    ...MODEL_NAMES.map((name) => ({ path: models[name].path, data: models[name].model })),
    ...evalFiles(split, models.baseline.probabilities),
    { path: 'README.md', data: new TextEncoder().encode(readme(split, models)) },
  ];
  const total = files.reduce((sum, f) => sum + f.data.length, 0);
  check(total < 2 * 1024 * 1024, `fixtures total ${total} bytes, over 2 MB`);

  await writeFiles(outDir, files);
  // The "previous release": the baseline model packed the way a release would be, with model-gate itself.
  await packModels({ models: [join(outDir, models.baseline.path)], outDir: join(outDir, 'baseline'), level: 19, threads: 1 });
  return { split, models, files };
}

/** Regenerates all fixtures under `outDir` (e.g. "fixtures", or a temporary directory in a test). */
export async function makeFixtures(outDir: string): Promise<void> {
  await generateFixtures(outDir);
}

function printSummary(report: FixtureReport, latency: { baselineMs: number; slowerMs: number }): void {
  const rows = [['fixture', 'bytes', 'eval top-1', 'vs baseline']];
  for (const name of MODEL_NAMES) {
    const m = report.models[name];
    const notes: string[] = [];
    if (name !== 'baseline') {
      notes.push(`${m.changedPredictions} predictions changed, max |dp| ${m.maxDiffFromBaseline.toExponential(1)}`);
    }
    if (name === 'slower') {
      const us = (ms: number) => `${(ms * 1000).toFixed(1)} us`;
      const ratio = (latency.slowerMs / latency.baselineMs).toFixed(1);
      notes.push(`median batch-1 latency ${us(latency.slowerMs)} vs ${us(latency.baselineMs)} = ${ratio}x`);
    }
    rows.push([m.path, String(m.model.length), m.accuracy.toFixed(2), notes.join('; ')]);
  }
  for (const f of report.files) if (!f.path.endsWith('.onnx')) rows.push([f.path, String(f.data.length), '', '']);
  rows.push(['total', String(report.files.reduce((sum, f) => sum + f.data.length, 0)), '', '']);

  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  for (const row of rows) {
    const cells = row.map((cell, c) => (c === 1 ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number)));
    console.log(cells.join('  ').trimEnd());
  }
}

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const report = await generateFixtures(outDir);
  console.log(`wrote fixtures to ${relative(process.cwd(), outDir) || '.'}`);
  const sample = report.split.eval.features[0] as number[];
  const [baselineMs, slowerMs] = await measureLatency([report.models.baseline.model, report.models.slower.model], sample);
  printSummary(report, { baselineMs: baselineMs as number, slowerMs: slowerMs as number });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
