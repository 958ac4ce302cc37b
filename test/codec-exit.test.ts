// The codec's worker threads never keep a process alive once its work is done. For a file over auto's full-trial size,
// the onnx-planes workers start while the estimate runs; when the estimate keeps zstd they are never called, and an
// idle worker must not hold the process (it did: unref'd before its 'message' listener, which refs its port again).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { FULL_TRIAL_BYTES } from '../src/pack/codecs/choose.js';
import { cli, scratch } from './helpers.js';
import { FLOAT, floats, model, valueInfo } from './support/tiny-models.js';

/** Generous: the pack itself takes about a second, but the machine may be shared. */
const EXIT_WITHIN_MS = 120_000;

test('pack exits by itself after auto started the onnx-planes workers and kept zstd', { timeout: EXIT_WITHIN_MS + 60_000 }, async () => {
  const dir = await scratch();
  // Weights all one value, a little over the full-trial size: auto estimates (the workers boot meanwhile) and zstd wins.
  const k = Math.ceil((FULL_TRIAL_BYTES * 1.01) / 20);
  const path = join(dir, 'same.onnx');
  await writeFile(
    path,
    model(
      [
        { opType: 'MatMul', input: ['x', 'w1'], output: ['h'], name: 'l1' },
        { opType: 'MatMul', input: ['h', 'w2'], output: ['y'], name: 'l2' },
      ],
      [floats('w1', [4, k], new Float32Array(4 * k).fill(0.001)), floats('w2', [k, 1], new Float32Array(k).fill(0.001))],
      [valueInfo('x', FLOAT, ['N', 4])],
      [valueInfo('y', FLOAT, ['N', 1])],
    ),
  );
  const started = Date.now();
  const r = await cli(['pack', path, '--out', join(dir, 'pack')], { timeoutMs: EXIT_WITHIN_MS });
  assert.equal(r.code, 0, `code ${r.code} after ${Date.now() - started} ms (null: still running, killed); ${r.stderr}`);
  // The case this file is about: had auto kept onnx-planes, the workers would have been called and the test would
  // pass without covering anything.
  assert.match(r.stdout, /same\.onnx\.zst/);
});
