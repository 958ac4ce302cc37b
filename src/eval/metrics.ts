// Scoring functions: pure, no I/O. Every numeric element type is read as a JS number (float16 and
// bfloat16 decoded from their bits, 64-bit integers via Number, which is exact up to 2^53).
//
// Empty inputs: shares and means over zero elements are NaN (there is nothing to score, and 0 or 1
// would both be lies); a maximum error over zero elements is 0. Callers weight by count anyway.

import { InputError } from '../errors.js';
import type { ElemType, Tensor } from '../types.js';

const FLOAT_TYPES: ReadonlySet<ElemType> = new Set(['float32', 'float64', 'float16', 'bfloat16']);
const INTEGER_TYPES: ReadonlySet<ElemType> = new Set(['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'bool']);

/** How errors name a tensor: its file when it came from eval data, else its name. */
function describe(t: Tensor): string {
  const file = (t as Tensor & { file?: unknown }).file;
  if (typeof file === 'string') return file;
  return t.name ? `output "${t.name}"` : 'output';
}

// ---------------------------------------------------------------------------------------------
// Element decoding.

/** IEEE 754 half precision bits → number. */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // subnormal (and ±0)
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** bfloat16 bits → number: they are the top half of a float32. */
export function bfloat16ToNumber(bits: number): number {
  u32[0] = (bits & 0xffff) << 16;
  return f32[0]!;
}

/** A numeric tensor's elements as float64, in row-major order. */
export function tensorValues(t: Tensor): Float64Array {
  const data = t.data;
  if (Array.isArray(data)) throw new InputError(`${describe(t)}: is a string tensor; it cannot be scored numerically`);
  // Half floats are kept as Uint16Array bits; but onnxruntime returns a real Float16Array where the
  // runtime has one (Node 24), whose elements are already numbers.
  if ((t.elemType === 'float16' || t.elemType === 'bfloat16') && data instanceof Uint16Array) {
    return Float64Array.from(data, t.elemType === 'float16' ? halfToNumber : bfloat16ToNumber);
  }
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (!FLOAT_TYPES.has(t.elemType) && !INTEGER_TYPES.has(t.elemType)) {
    throw new InputError(`${describe(t)}: element type ${t.elemType} cannot be scored`);
  }
  return Float64Array.from(data);
}

// ---------------------------------------------------------------------------------------------
// Classification. A class-score output has a class axis (the last by default); every other axis indexes a position:
// [N, C] has one position per sample, [B, T, V] one per token, [N, C, H, W] (class axis 1) one per pixel. Positions are
// in row-major order of the output's dims without the class axis, which is the order of labels of that shape.

/** An output's dims around its class axis: `outer` × `classes` × `inner` values; a position is one (outer, inner) pair. */
interface ClassLayout {
  outer: number;
  classes: number;
  inner: number;
  axis: number;
  positionDims: number[];
}

function classLayout(output: Tensor, classAxis: number): ClassLayout {
  const { dims } = output;
  const axis = classAxis < 0 ? dims.length + classAxis : classAxis;
  if (axis < 0 || axis >= dims.length) {
    throw new InputError(`${describe(output)}: has shape [${dims.join(',')}], which has no class axis ${classAxis} (eval.class-axis)`);
  }
  const product = (list: number[]) => list.reduce((a, b) => a * b, 1);
  return { outer: product(dims.slice(0, axis)), classes: dims[axis]!, inner: product(dims.slice(axis + 1)), axis, positionDims: dims.filter((_, i) => i !== axis) };
}

/** The value of class `c` at position `p` sits at valueIndex(layout, p, c). */
function valueIndex(l: ClassLayout, position: number, c: number): number {
  const outer = Math.floor(position / l.inner);
  return (outer * l.classes + c) * l.inner + (position - outer * l.inner);
}

/**
 * Argmax along the class axis at every position. Ties go to the first index; NaN never wins; a position whose scores
 * are all NaN predicts -1 (matches no label).
 */
function argmaxAlong(values: Float64Array, l: ClassLayout): Int32Array {
  const out = new Int32Array(l.outer * l.inner);
  for (let p = 0; p < out.length; p++) {
    const base = valueIndex(l, p, 0);
    let best = -1;
    let bestValue = -Infinity;
    for (let c = 0; c < l.classes; c++) {
      const v = values[base + c * l.inner]!;
      if (v !== v) continue; // NaN
      if (best < 0 || v > bestValue) {
        best = c;
        bestValue = v;
      }
    }
    out[p] = best;
  }
  return out;
}

/** An output read as classes: the class predicted at each position, and the positions' dims. */
interface Classes {
  predicted: Int32Array;
  positionDims: number[];
}

function readClasses(output: Tensor, classAxis: number): Classes | null {
  const { dims, elemType } = output;
  if (FLOAT_TYPES.has(elemType)) {
    if (dims.length < 2) return null;
    const layout = classLayout(output, classAxis);
    if (layout.classes <= 1) return null;
    return { predicted: argmaxAlong(tensorValues(output), layout), positionDims: layout.positionDims };
  }
  if (INTEGER_TYPES.has(elemType)) {
    if (!(dims.length === 1 || (dims.length === 2 && dims[1] === 1))) return null;
    const values = tensorValues(output);
    // Class ids are small; anything outside int32 is not a class id.
    if (values.some((v) => v !== (v | 0))) return null;
    return { predicted: Int32Array.from(values), positionDims: [dims[0]!] };
  }
  return null;
}

/**
 * The class each position predicts, or null when the output is not a classifier's: float with a class axis (the last
 * unless `classAxis` says otherwise) of more than one class → argmax along it (see argmaxAlong); integer or bool [N] or
 * [N, 1] → the values themselves. Anything else (e.g. float [N] or [N, 1], a regression or a single probability) → null.
 */
export function predictedClasses(output: Tensor, classAxis = -1): Int32Array | null {
  return readClasses(output, classAxis)?.predicted ?? null;
}

/** Equal once axes of size 1 are dropped: labels [N, 1] fit positions [N], and [1, T] fit [1, T]. */
function sameSqueezed(a: readonly number[], b: readonly number[]): boolean {
  const squeeze = (d: readonly number[]) => d.filter((x) => x !== 1).join();
  return squeeze(a) === squeeze(b);
}

/**
 * Class indices from labels, one per position: integers (or integral floats) of the positions' shape (axes of size 1
 * aside), or, for one position per sample, one-hot / per-class scores [N, C] (argmax).
 */
function labelClasses(labels: Tensor, positionDims: readonly number[]): Int32Array {
  const { dims } = labels;
  const values = tensorValues(labels);
  const positions = positionDims.reduce((a, b) => a * b, 1);
  if (positionDims.length === 1 && dims.length === 2 && dims[1]! > 1 && dims[0] === positions) {
    return argmaxAlong(values, { outer: dims[0]!, classes: dims[1]!, inner: 1, axis: 1, positionDims: [dims[0]!] });
  }
  if (!sameSqueezed(dims, positionDims)) {
    if (positionDims.length === 1 && (dims.length === 1 || (dims.length === 2 && dims[1] === 1))) {
      throw new InputError(`${describe(labels)}: has ${values.length} labels but the model made ${positions} predictions`);
    }
    throw new InputError(
      `${describe(labels)}: labels of shape [${dims.join(',')}] are neither class indices of the output's positions ` +
        `[${positionDims.join(',')}] (its shape without the class axis; eval.class-axis sets which axis that is) nor one-hot [N,C]`,
    );
  }
  const bad = values.findIndex((v) => v !== (v | 0));
  if (bad >= 0) {
    const where = positionDims.length === 1 ? 'row' : 'position';
    throw new InputError(`${describe(labels)}: label ${values[bad]} at ${where} ${bad} is not a class index (non-integer labels are regression targets)`);
  }
  return Int32Array.from(values);
}

/** Share of positions whose predicted class equals the label, labels equal to `ignoreIndex` skipped; NaN for none. */
export function top1Accuracy(pred: Int32Array, labels: Tensor, positionDims: readonly number[] = [pred.length], ignoreIndex = -100): number {
  const { correct, labelled } = countCorrect(pred, labelClasses(labels, positionDims), ignoreIndex);
  return correct / labelled; // 0/0 = NaN for no samples
}

function countCorrect(pred: Int32Array, truth: Int32Array, ignoreIndex: number): { correct: number; labelled: number } {
  let correct = 0;
  let labelled = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] === ignoreIndex) continue;
    labelled++;
    if (pred[i] === truth[i]) correct++;
  }
  return { correct, labelled };
}

/** A class-score output scored against class labels. */
interface ClassScoring {
  predicted: Int32Array;
  truth: Int32Array;
  /** More than one position per sample (a token, a pixel): the output has a class axis and at least two others. */
  perPosition: boolean;
  /** The output holds a score per class (not the class ids themselves), so the labels have a likelihood. */
  scores: boolean;
  correct: number;
  /** Positions whose label is not the ignore index. */
  labelled: number;
}

/**
 * Reads `output` and `labels` as classes, or null when they are not (no class scores, or labels that are not class
 * indices: then they are regression targets). Integer labels, or one-hot labels of the output's own [N, C] shape, are
 * class labels; their shape must be the output's without its class axis.
 */
export function classScoring(output: Tensor, labels: Tensor, classAxis: number, ignoreIndex: number): ClassScoring | null {
  const read = readClasses(output, classAxis);
  const oneHot = labels.dims.length === 2 && labels.dims.join() === output.dims.join() && labels.dims[1]! > 1;
  if (!read || !(INTEGER_TYPES.has(labels.elemType) || oneHot)) return null;
  const truth = labelClasses(labels, read.positionDims);
  const scores = FLOAT_TYPES.has(output.elemType);
  return { predicted: read.predicted, truth, perPosition: read.positionDims.length > 1, scores, ...countCorrect(read.predicted, truth, ignoreIndex) };
}

/** What a class-score output holds, for the negative log-likelihood of a label. */
export type ScoreKind = 'logits' | 'probabilities' | 'log-probabilities';

/**
 * Σ −log p(label) over the labelled positions of a class-score output, in float64: logits through a log-softmax over
 * the class axis (max subtracted first, so large logits do not overflow), probabilities by their log, log-probabilities
 * as they are. A label outside the output's classes is bad input: it has no probability.
 */
export function labelNll(output: Tensor, labels: Tensor, classAxis: number, ignoreIndex: number, kind: ScoreKind): { sum: number; count: number } {
  const layout = classLayout(output, classAxis);
  const truth = labelClasses(labels, layout.positionDims);
  const values = tensorValues(output);
  let sum = 0;
  let count = 0;
  for (let p = 0; p < truth.length; p++) {
    const label = truth[p]!;
    if (label === ignoreIndex) continue;
    if (label < 0 || label >= layout.classes) {
      throw new InputError(`${describe(labels)}: label ${label} at position ${p} is not one of the ${layout.classes} classes of ${describe(output)} (class axis ${layout.axis})`);
    }
    const base = valueIndex(layout, p, 0);
    const at = (c: number) => values[base + c * layout.inner]!;
    let nll: number;
    if (kind === 'probabilities') nll = -Math.log(at(label));
    else if (kind === 'log-probabilities') nll = -at(label);
    else {
      let max = -Infinity;
      for (let c = 0; c < layout.classes; c++) max = Math.max(max, at(c));
      let exps = 0;
      for (let c = 0; c < layout.classes; c++) exps += Math.exp(at(c) - max);
      nll = max + Math.log(exps) - at(label);
    }
    sum += nll;
    count++;
  }
  return { sum, count };
}

function shareEqual(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length; // 0/0 = NaN for no samples
}

// ---------------------------------------------------------------------------------------------
// Regression and closeness.

function sameCount(a: Tensor, aValues: Float64Array, b: Tensor, bValues: Float64Array): void {
  if (aValues.length !== bValues.length) {
    throw new InputError(
      `${describe(b)}: has ${bValues.length} values (shape [${b.dims.join(',')}]) but ${describe(a)} has ${aValues.length} (shape [${a.dims.join(',')}])`,
    );
  }
}

/** Mean absolute and root-mean-square error; NaN for zero elements (and NaN if a prediction is NaN). */
export function regressionErrors(pred: Tensor, target: Tensor): { mae: number; rmse: number } {
  const p = tensorValues(pred);
  const t = tensorValues(target);
  sameCount(pred, p, target, t);
  let abs = 0;
  let squares = 0;
  for (let i = 0; i < p.length; i++) {
    const d = p[i]! - t[i]!;
    abs += Math.abs(d);
    squares += d * d;
  }
  return { mae: abs / p.length, rmse: Math.sqrt(squares / p.length) };
}

function checkTolerance(name: string, value: number): void {
  if (!(value >= 0) || !Number.isFinite(value)) throw new InputError(`${name} must be a finite number ≥ 0, got ${value}`);
}

/**
 * numpy.isclose(actual, reference) per element: |a − r| ≤ atol + rtol·|r|, where NaN matches only
 * NaN and ±Infinity only the same infinity. The error of a non-finite mismatch counts as Infinity.
 */
function compareElements(
  actual: Float64Array,
  reference: Float64Array,
  atol: number,
  rtol: number,
): { within: number; maxAbsError: number; squaredError: number; squaredReference: number } {
  let within = 0;
  let maxAbsError = 0;
  let squaredError = 0;
  let squaredReference = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const r = reference[i]!;
    let error: number;
    let close: boolean;
    if (Number.isFinite(a) && Number.isFinite(r)) {
      error = Math.abs(a - r);
      close = error <= atol + rtol * Math.abs(r);
      squaredReference += r * r;
    } else {
      close = a === r || (a !== a && r !== r);
      error = close ? 0 : Infinity;
    }
    if (close) within++;
    if (error > maxAbsError) maxAbsError = error;
    squaredError += error * error;
  }
  return { within, maxAbsError, squaredError, squaredReference };
}

/** Both tensors' values compared element by element, after the tolerances and sizes are checked. */
function compareTensors(actual: Tensor, reference: Tensor, atol: number, rtol: number) {
  checkTolerance('atol', atol);
  checkTolerance('rtol', rtol);
  if (actual.elemType === 'string' || reference.elemType === 'string') return compareStrings(actual, reference);
  const a = tensorValues(actual);
  const r = tensorValues(reference);
  sameCount(actual, a, reference, r);
  return { ...compareElements(a, r, atol, rtol), count: a.length };
}

/**
 * String outputs (e.g. StringNormalizer's) match only exactly; a mismatch has no size, so it counts as an Infinity
 * error like a non-finite one, and there is no scale to be relative to (squaredReference 0).
 */
function compareStrings(actual: Tensor, reference: Tensor) {
  if (!Array.isArray(actual.data) || !Array.isArray(reference.data)) {
    throw new InputError(`${describe(reference)}: is a ${reference.elemType} tensor but ${describe(actual)} is ${actual.elemType}`);
  }
  const [a, r] = [actual.data, reference.data];
  if (a.length !== r.length) {
    throw new InputError(
      `${describe(reference)}: has ${r.length} values (shape [${reference.dims.join(',')}]) but ${describe(actual)} has ${a.length} (shape [${actual.dims.join(',')}])`,
    );
  }
  const within = a.filter((v, i) => v === r[i]).length;
  const mismatched = a.length - within;
  return { within, maxAbsError: mismatched > 0 ? Infinity : 0, squaredError: mismatched > 0 ? Infinity : 0, squaredReference: 0, count: a.length };
}

/** How closely an output matches a reference output, element by element (numpy.isclose semantics). */
export function referenceAgreement(
  actual: Tensor,
  reference: Tensor,
  atol: number,
  rtol: number,
): { withinShare: number; maxAbsError: number; count: number } {
  const { within, maxAbsError, count } = compareTensors(actual, reference, atol, rtol);
  return { withinShare: within / count, maxAbsError, count };
}

/**
 * How closely two models' outputs agree. `a` is the reference (typically the baseline): elements
 * count as within when |b − a| ≤ atol + rtol·|a|. top1Agreement is the share of positions (samples, or tokens and pixels of a per-position output) with the
 * same predicted class, or null when either output is not a classifier's. The sums of squared differences and of
 * squared reference values let a caller pool an RMS error relative to the reference's scale over several sets.
 */
export function predictionAgreement(
  a: Tensor,
  b: Tensor,
  atol: number,
  rtol: number,
  classAxis = -1,
): { top1Agreement: number | null; withinShare: number; maxAbsError: number; squaredError: number; squaredReference: number } {
  const { within, maxAbsError, squaredError, squaredReference, count } = compareTensors(b, a, atol, rtol);
  const withinShare = within / count;
  const classesA = predictedClasses(a, classAxis);
  const classesB = predictedClasses(b, classAxis);
  let top1Agreement: number | null = null;
  if (classesA && classesB) {
    if (classesA.length !== classesB.length) {
      throw new InputError(`${describe(b)}: predicts ${classesB.length} samples but ${describe(a)} predicts ${classesA.length}`);
    }
    top1Agreement = shareEqual(classesA, classesB);
  }
  return { top1Agreement, withinShare, maxAbsError, squaredError, squaredReference };
}
