import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../src/errors.js';
import {
  bfloat16ToNumber,
  halfToNumber,
  predictedClasses,
  predictionAgreement,
  referenceAgreement,
  regressionErrors,
  tensorValues,
  top1Accuracy,
} from '../src/eval/metrics.js';
import type { Tensor } from '../src/types.js';

const f32 = (dims: number[], values: number[], name = 'out'): Tensor => ({ name, elemType: 'float32', dims, data: Float32Array.from(values) });
const f64 = (dims: number[], values: number[], name = 'out'): Tensor => ({ name, elemType: 'float64', dims, data: Float64Array.from(values) });
const i64 = (dims: number[], values: number[], name = 'labels'): Tensor => ({ name, elemType: 'int64', dims, data: BigInt64Array.from(values, BigInt) });
const classes = (...values: number[]): Int32Array => Int32Array.from(values);

function assertInputError(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    return true;
  });
}

describe('element decoding', () => {
  test('decodes half and bfloat16 bits', () => {
    assert.equal(halfToNumber(0x3c00), 1);
    assert.equal(halfToNumber(0xc000), -2);
    assert.equal(halfToNumber(0x7bff), 65504);
    assert.equal(halfToNumber(0x3555), 0.333251953125);
    assert.equal(halfToNumber(0x0001), 2 ** -24);
    assert.equal(halfToNumber(0x0400), 2 ** -14);
    assert.equal(halfToNumber(0x7c00), Infinity);
    assert.equal(halfToNumber(0xfc00), -Infinity);
    assert.ok(Number.isNaN(halfToNumber(0x7e00)));
    assert.ok(Object.is(halfToNumber(0x8000), -0));
    assert.equal(bfloat16ToNumber(0x3f80), 1);
    assert.equal(bfloat16ToNumber(0xc0a0), -5);
  });

  test('accepts float16 data as a Float16Array where the runtime has one (onnxruntime returns it on Node 24)', (t) => {
    const Float16 = (globalThis as { Float16Array?: new (values: number[]) => Uint16Array }).Float16Array;
    if (!Float16) return t.skip('no Float16Array in this Node version');
    const half = { name: 'h', elemType: 'float16', dims: [1, 3], data: new Float16([0.5, -2, 1.5]) } as Tensor;
    assert.deepEqual(tensorValues(half), Float64Array.from([0.5, -2, 1.5]));
    assert.deepEqual(predictedClasses(half), classes(2));
  });

  test('reads every numeric type as numbers and refuses strings', () => {
    assert.deepEqual(tensorValues({ name: 'h', elemType: 'float16', dims: [2], data: Uint16Array.from([0x3c00, 0x4000]) }), Float64Array.from([1, 2]));
    assert.deepEqual(tensorValues({ name: 'u', elemType: 'uint64', dims: [1], data: BigUint64Array.from([2n ** 53n]) }), Float64Array.from([2 ** 53]));
    assert.deepEqual(tensorValues({ name: 'b', elemType: 'bool', dims: [2], data: Uint8Array.from([1, 0]) }), Float64Array.from([1, 0]));
    assertInputError(() => tensorValues({ name: 's', elemType: 'string', dims: [1], data: ['a'] }), 'output "s": is a string tensor; it cannot be scored numerically');
  });
});

describe('predictedClasses', () => {
  test('argmax of float [N, C]: first index wins ties, NaN never wins', () => {
    const scores = f32([5, 3], [
      0.1, 0.7, 0.2,
      0.5, 0.5, 0.1, // tie → 0
      NaN, 0.2, 0.3, // NaN ignored → 2
      NaN, NaN, NaN, // nothing to pick → -1
      -Infinity, -Infinity, -Infinity, // all equal → 0
    ]);
    assert.deepEqual(predictedClasses(scores), classes(1, 0, 2, -1, 0));
  });

  test('float16 and float64 scores', () => {
    const half: Tensor = { name: 'p', elemType: 'float16', dims: [2, 2], data: Uint16Array.from([0x3c00, 0x4000, 0xc000, 0xbc00]) };
    assert.deepEqual(predictedClasses(half), classes(1, 1));
    assert.deepEqual(predictedClasses(f64([1, 4], [0, 0, 3, 2])), classes(2));
  });

  test('integer [N] and [N, 1] outputs are the classes themselves', () => {
    assert.deepEqual(predictedClasses(i64([3], [2, 0, 1])), classes(2, 0, 1));
    assert.deepEqual(predictedClasses({ name: 'l', elemType: 'int32', dims: [2, 1], data: Int32Array.from([4, 5]) }), classes(4, 5));
    assert.deepEqual(predictedClasses({ name: 'l', elemType: 'bool', dims: [2], data: Uint8Array.from([1, 0]) }), classes(1, 0));
  });

  test('a rank-3 float output has a class per position: along the last axis, or the one eval.class-axis names', () => {
    const scores = f32([1, 2, 3], [1, 2, 3, 6, 5, 4]);
    assert.deepEqual(predictedClasses(scores), classes(2, 0));
    assert.deepEqual(predictedClasses(scores, 1), classes(1, 1, 1));
    assert.equal(predictedClasses(scores, 0), null); // one class along that axis: not a classifier's
    assert.throws(() => predictedClasses(scores, 3), /has shape \[1,2,3\], which has no class axis 3 \(eval\.class-axis\)/);
  });

  test('anything else is not a classifier output', () => {
    assert.equal(predictedClasses(f32([3], [0.1, 0.2, 0.3])), null); // regression
    assert.equal(predictedClasses(f32([3, 1], [0.1, 0.2, 0.3])), null); // single probability
    assert.equal(predictedClasses(i64([2, 2], [1, 2, 3, 4])), null);
    assert.equal(predictedClasses(i64([1], [2 ** 40])), null); // not a class id
    assert.equal(predictedClasses({ name: 's', elemType: 'string', dims: [1], data: ['cat'] }), null);
  });

  test('an empty batch predicts no classes', () => {
    assert.deepEqual(predictedClasses(f32([0, 3], [])), classes());
  });
});

describe('top1Accuracy', () => {
  test('against integer labels [N] and [N, 1]', () => {
    assert.equal(top1Accuracy(classes(0, 1, 2, 1), i64([4], [0, 1, 1, 1])), 0.75);
    assert.equal(top1Accuracy(classes(0, 1, 2, 1), i64([4, 1], [0, 2, 2, 0])), 0.5);
  });

  test('against integral float labels and one-hot labels', () => {
    assert.equal(top1Accuracy(classes(2, 0), f64([2], [2, 1])), 0.5);
    assert.equal(top1Accuracy(classes(2, 0, 1), f32([3, 3], [0, 0, 1, 1, 0, 0, 1, 0, 0])), 2 / 3);
  });

  test('a row whose scores were all NaN (-1) is wrong', () => {
    assert.equal(top1Accuracy(classes(-1, 0), i64([2], [0, 0])), 0.5);
  });

  test('no samples gives NaN', () => {
    assert.ok(Number.isNaN(top1Accuracy(classes(), i64([0], []))));
  });

  test('errors on mismatched counts and non-class labels', () => {
    const labels = { ...i64([3], [0, 1, 2]), file: 'eval/test_data_set_0/labels.json' };
    assertInputError(() => top1Accuracy(classes(0, 1), labels), 'eval/test_data_set_0/labels.json: has 3 labels but the model made 2 predictions');
    assertInputError(() => top1Accuracy(classes(0, 1), f64([2], [0.5, 1])), 'output "out": label 0.5 at row 0 is not a class index (non-integer labels are regression targets)');
    assertInputError(() => top1Accuracy(classes(0), f32([1, 1, 2], [0, 1])), /neither class indices/);
  });
});

describe('regressionErrors', () => {
  test('mean absolute and root-mean-square error', () => {
    const { mae, rmse } = regressionErrors(f32([4], [1, 2, 3, 4]), f64([4, 1], [1, 3, 5, 4]));
    assert.equal(mae, 0.75); // (0 + 1 + 2 + 0) / 4
    assert.equal(rmse, Math.sqrt(5 / 4)); // sqrt((0 + 1 + 4 + 0) / 4)
  });

  test('integer targets, NaN predictions, empty tensors', () => {
    assert.deepEqual(regressionErrors(f64([2], [1.5, 2]), i64([2], [1, 3])), { mae: 0.75, rmse: Math.sqrt((0.25 + 1) / 2) });
    assert.ok(Number.isNaN(regressionErrors(f64([2], [NaN, 2]), f64([2], [1, 2])).mae));
    const empty = regressionErrors(f32([0], []), f32([0], []));
    assert.ok(Number.isNaN(empty.mae) && Number.isNaN(empty.rmse));
  });

  test('errors when element counts differ', () => {
    const target = { ...f64([2], [1, 2]), file: 'eval/labels.npy' };
    assertInputError(
      () => regressionErrors(f32([3], [1, 2, 3], 'y'), target),
      'eval/labels.npy: has 2 values (shape [2]) but output "y" has 3 (shape [3])',
    );
  });
});

describe('referenceAgreement', () => {
  test('absolute tolerance', () => {
    const r = referenceAgreement(f32([4], [1, 2, 3, 4.5]), f64([4], [1.05, 2, 3.5, 4]), 0.1, 0);
    assert.equal(r.count, 4);
    assert.equal(r.withinShare, 0.5); // 1 vs 1.05 and 2 vs 2
    assert.equal(r.maxAbsError, 0.5);
  });

  test('relative tolerance is relative to the reference', () => {
    const r = referenceAgreement(f64([3], [110, 100, 89]), f64([3], [100, 110, 100]), 0, 0.1);
    // |110-100| ≤ 0.1·100 yes; |100-110| ≤ 0.1·110 yes; |89-100| = 11 > 10 no
    assert.equal(r.withinShare, 2 / 3);
    assert.equal(r.maxAbsError, 11);
  });

  test('NaN matches only NaN; infinities only the same infinity', () => {
    const actual = f64([6], [NaN, Infinity, -Infinity, NaN, 1, Infinity]);
    const reference = f64([6], [NaN, Infinity, Infinity, 1, NaN, 1e308]);
    const r = referenceAgreement(actual, reference, 1e-5, 1e-3);
    assert.equal(r.withinShare, 2 / 6);
    assert.equal(r.maxAbsError, Infinity);
  });

  test('empty tensors: NaN share, zero error', () => {
    assert.deepEqual(
      { ...referenceAgreement(f32([0, 3], []), f32([0, 3], []), 0, 0) },
      { withinShare: NaN, maxAbsError: 0, count: 0 },
    );
  });

  test('errors on mismatched sizes and bad tolerances', () => {
    assertInputError(() => referenceAgreement(f32([2], [1, 2]), f32([3], [1, 2, 3], 'ref'), 0, 0), 'output "ref": has 3 values (shape [3]) but output "out" has 2 (shape [2])');
    assertInputError(() => referenceAgreement(f32([1], [1]), f32([1], [1]), -1, 0), 'atol must be a finite number ≥ 0, got -1');
    assertInputError(() => referenceAgreement(f32([1], [1]), f32([1], [1]), 0, NaN), 'rtol must be a finite number ≥ 0, got NaN');
  });
});

describe('predictionAgreement', () => {
  test('classifiers: top-1 agreement and element closeness', () => {
    const baseline = f32([3, 2], [0.9, 0.1, 0.4, 0.6, 0.5, 0.5]);
    const candidate = f32([3, 2], [0.8, 0.2, 0.7, 0.3, 0.5, 0.5]);
    const p = predictionAgreement(baseline, candidate, 0.15, 0);
    assert.equal(p.top1Agreement, 2 / 3); // rows 0 and 2 agree
    assert.equal(p.withinShare, 4 / 6);
    assert.ok(Math.abs(p.maxAbsError - 0.3) < 1e-6);
  });

  test('tolerance is relative to the first (reference) output', () => {
    const p = predictionAgreement(f64([1], [100]), f64([1], [110]), 0, 0.1);
    assert.equal(p.withinShare, 1); // |110 - 100| ≤ 0.1·100
    assert.equal(predictionAgreement(f64([1], [110]), f64([1], [100]), 0, 0.05).withinShare, 0); // 10 > 5.5
  });

  test('regression outputs have no top-1 agreement; half vs float works', () => {
    const half: Tensor = { name: 'h', elemType: 'float16', dims: [2], data: Uint16Array.from([0x3c00, 0x4000]) };
    const p = predictionAgreement(half, f32([2], [1, 2.001]), 0.01, 0);
    const error = Math.fround(2.001) - 2;
    // The sums behind a pooled relative RMS error: Σ(b − a)² and Σa² (1² + 2²).
    assert.deepEqual(p, { top1Agreement: null, withinShare: 1, maxAbsError: error, squaredError: error * error, squaredReference: 5 });
  });

  test('errors on mismatched sizes', () => {
    assertInputError(
      () => predictionAgreement(f32([2, 2], [1, 0, 0, 1], 'base'), f32([3, 2], [1, 0, 0, 1, 1, 0], 'cand'), 0, 0),
      'output "base": has 4 values (shape [2,2]) but output "cand" has 6 (shape [3,2])',
    );
  });
});
