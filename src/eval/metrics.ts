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
// Classification.

/**
 * Row-wise argmax of [rows, C] scores. Ties go to the first index; NaN never wins; a row that is
 * all NaN predicts -1 (matches no label).
 */
function argmaxRows(values: Float64Array, rows: number, width: number): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let c = 0; c < width; c++) {
      const v = values[r * width + c]!;
      if (v !== v) continue; // NaN
      if (best < 0 || v > bestValue) {
        best = c;
        bestValue = v;
      }
    }
    out[r] = best;
  }
  return out;
}

/**
 * The class each sample predicts, or null when the output is not a classifier's:
 * float [N, C] with C > 1 → argmax over C (see argmaxRows); integer or bool [N] or [N, 1] → the
 * values themselves. Anything else (e.g. float [N] or [N, 1], a regression or a single
 * probability) → null.
 */
export function predictedClasses(output: Tensor): Int32Array | null {
  const { dims, elemType } = output;
  if (FLOAT_TYPES.has(elemType)) {
    if (dims.length !== 2 || dims[1]! <= 1) return null;
    return argmaxRows(tensorValues(output), dims[0]!, dims[1]!);
  }
  if (INTEGER_TYPES.has(elemType)) {
    if (!(dims.length === 1 || (dims.length === 2 && dims[1] === 1))) return null;
    const values = tensorValues(output);
    // Class ids are small; anything outside int32 is not a class id.
    if (values.some((v) => v !== (v | 0))) return null;
    return Int32Array.from(values);
  }
  return null;
}

/**
 * Class indices from labels: integers (or integral floats) of shape [N] or [N, 1], or one-hot /
 * per-class scores of shape [N, C] (argmax).
 */
function labelClasses(labels: Tensor): Int32Array {
  const { dims } = labels;
  const values = tensorValues(labels);
  if (dims.length === 2 && dims[1]! > 1) return argmaxRows(values, dims[0]!, dims[1]!);
  if (!(dims.length === 1 || (dims.length === 2 && dims[1] === 1))) {
    throw new InputError(`${describe(labels)}: labels of shape [${dims.join(',')}] are neither class indices [N] / [N,1] nor one-hot [N,C]`);
  }
  const bad = values.findIndex((v) => v !== (v | 0));
  if (bad >= 0) {
    throw new InputError(`${describe(labels)}: label ${values[bad]} at row ${bad} is not a class index (non-integer labels are regression targets)`);
  }
  return Int32Array.from(values);
}

/** Share of samples whose predicted class equals the label; NaN for zero samples. */
export function top1Accuracy(pred: Int32Array, labels: Tensor): number {
  const truth = labelClasses(labels);
  if (truth.length !== pred.length) {
    throw new InputError(`${describe(labels)}: has ${truth.length} labels but the model made ${pred.length} predictions`);
  }
  return shareEqual(pred, truth);
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
 * count as within when |b − a| ≤ atol + rtol·|a|. top1Agreement is the share of samples with the
 * same predicted class, or null when either output is not a classifier's. The sums of squared differences and of
 * squared reference values let a caller pool an RMS error relative to the reference's scale over several sets.
 */
export function predictionAgreement(
  a: Tensor,
  b: Tensor,
  atol: number,
  rtol: number,
): { top1Agreement: number | null; withinShare: number; maxAbsError: number; squaredError: number; squaredReference: number } {
  const { within, maxAbsError, squaredError, squaredReference, count } = compareTensors(b, a, atol, rtol);
  const withinShare = within / count;
  const classesA = predictedClasses(a);
  const classesB = predictedClasses(b);
  let top1Agreement: number | null = null;
  if (classesA && classesB) {
    if (classesA.length !== classesB.length) {
      throw new InputError(`${describe(b)}: predicts ${classesB.length} samples but ${describe(a)} predicts ${classesA.length}`);
    }
    top1Agreement = shareEqual(classesA, classesB);
  }
  return { top1Agreement, withinShare, maxAbsError, squaredError, squaredReference };
}
