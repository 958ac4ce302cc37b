// A repository of three different models (#20, item 1): the iris classifier (class labels), a token model ([B,T,V]
// logits, [B,T] labels) and a linear regression, each with its own folder of eval data — written by NumPy, not by
// model-gate. Shared by test/per-model-eval.test.ts and the README's matrix workflow (test/readme.test.ts).
import assert from 'node:assert/strict';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, run } from '../helpers.js';
import { regressionModel, tokenModel } from './tiny-models.js';

const VOCAB = 16;

/** Token ids and next-token labels ([4,8] int64, the last position -100), and regression rows ([32,3] → [32,1]). */
const NUMPY_DATA = `
import sys, numpy as np
root = sys.argv[1]
rng = np.random.default_rng(7)
ids = rng.integers(0, ${VOCAB}, size=(4, 8), dtype=np.int64)
labels = np.full((4, 8), -100, dtype=np.int64)
labels[:, :-1] = ids[:, 1:]
np.save(f"{root}/tokens/input_0.npy", ids)
np.save(f"{root}/tokens/labels.npy", labels)
x = rng.normal(size=(32, 3)).astype(np.float32)
np.save(f"{root}/linear/input_0.npy", x)
np.save(f"{root}/linear/labels.npy", (x.astype(np.float64) @ np.array([[1.0], [2.0], [3.0]])) + rng.normal(scale=0.1, size=(32, 1)))
`;

/** eval/<model>/ for the three: iris's set from the fixtures, the token and regression data from NumPy. */
export async function writeThreeModelEval(evalDir: string): Promise<void> {
  await cp(join(FIXTURES, 'eval'), join(evalDir, 'iris'), { recursive: true });
  await mkdir(join(evalDir, 'tokens'), { recursive: true });
  await mkdir(join(evalDir, 'linear'), { recursive: true });
  const numpy = await run('/usr/bin/python3', ['-c', NUMPY_DATA, evalDir]);
  assert.equal(numpy.code, 0, numpy.stderr);
}

/** tokens.onnx and linear.onnx in `dir`: the baseline's, or a retrained candidate's (other weights). */
export async function writeOtherModels(dir: string, side: 'baseline' | 'candidate'): Promise<void> {
  await writeFile(join(dir, 'tokens.onnx'), tokenModel(VOCAB, side === 'baseline' ? 1 : 2));
  await writeFile(join(dir, 'linear.onnx'), regressionModel(side === 'baseline' ? [1, 2, 3] : [1, 2, 3.3]));
}
