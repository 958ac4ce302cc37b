// Side processes (src/bench/side.ts, sides.ts): every model runs in processes of its own, under a time limit and a memory
// cap, in the mode its size allows; the gate's own process never holds a model. Limits and modes are checked on the
// built CLI (a candidate killed at its cap fails its model, a baseline killed so is bad input, a model larger than the
// gate's own peak memory is gated), the time limit and the mode rule on the compiled modules.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { writeSyntheticModel } from '../scripts/synthetic-model.js';
import { SideDied, SideProcess } from '../src/bench/side.js';
import { planSides } from '../src/bench/sides.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { syntheticInputs } from '../src/onnx/runtime.js';
import { readModelInfo } from '../src/onnx/model-info.js';
import { builtCli, cli, NODE24, scratch } from './helpers.js';
import { FLOAT, floats, model, valueInfo } from './support/tiny-models.js';

const SIDES = { mode: 'auto', timeLimitSeconds: 600, memoryLimitMiB: null } as const;
const GB = 1e9;
/** No timing thresholds: these tests are about which process dies and what the report says, not about speed. */
const QUICK = ['--load-samples', '1', '--latency-rounds', '1', '--latency-time-ms', '1', '--warmup-ms', '0', '--bench-budget', '5'];

/** x float32 [N,4] → MatMul [4,K] → MatMul [K,1] → y [N,1]: the same interface at any K, and 8·K bytes of weights. */
function twoLayer(k: number): Uint8Array {
  const w1 = new Float32Array(4 * k).fill(0.001);
  const w2 = new Float32Array(k).fill(0.001);
  return model(
    [
      { opType: 'MatMul', input: ['x', 'w1'], output: ['h'], name: 'l1' },
      { opType: 'MatMul', input: ['h', 'w2'], output: ['y'], name: 'l2' },
    ],
    [floats('w1', [4, k], w1), floats('w2', [k, 1], w2)],
    [valueInfo('x', FLOAT, ['N', 4])],
    [valueInfo('y', FLOAT, ['N', 1])],
  );
}

describe('the mode rule', () => {
  test('auto alternates while both models, twice over, fit in 3/4 of the memory; else blocks; a set mode is kept', () => {
    const available = 24 * GB;
    // The Done-when's 2 GB model on this 24 GiB machine: alternating, as before; a 10 GB one: blocks.
    assert.equal(planSides([2 * GB, 2 * GB], SIDES, available).mode, 'alternating');
    assert.equal(planSides([10 * GB, 10 * GB], SIDES, available).mode, 'blocks');
    // The boundary: 2·(a + b) against 0.75 of what is available.
    assert.equal(planSides([4.5 * GB, 4.5 * GB], SIDES, available).mode, 'alternating');
    assert.equal(planSides([4.6 * GB, 4.6 * GB], SIDES, available).mode, 'blocks');
    assert.equal(planSides([1], { ...SIDES, mode: 'blocks' }, available).mode, 'blocks');
    assert.equal(planSides([20 * GB], { ...SIDES, mode: 'alternating' }, available).mode, 'alternating');
    // The cap: 90% of what is available unless set, in MiB.
    assert.equal(planSides([1], SIDES, available).limits.memoryBytes, Math.floor(0.9 * available));
    assert.equal(planSides([1], { ...SIDES, memoryLimitMiB: 512 }, available).limits.memoryBytes, 512 * 2 ** 20);
  });
});

describe('a side process past its time limit', () => {
  test('is killed, and the error says which side, which step and which limit', async () => {
    const dir = await scratch();
    const path = join(dir, 'm.onnx');
    await writeFile(path, twoLayer(64));
    const side = new SideProcess('candidate', 'models/m.onnx', { timeSeconds: 2, memoryBytes: null });
    try {
      const threads = { intraOpThreads: 1, interOpThreads: 1 };
      const info = await side.request<Awaited<ReturnType<typeof readModelInfo>>>({ kind: 'open', path, label: 'models/m.onnx', threads }, 'loading the model');
      const started = Date.now();
      // A round of 60 s of runs: far past the 2 s limit.
      const round = side.request({ kind: 'round', inputs: syntheticInputs(info.inputs, 'm'), settings: { latencyTimeMs: 60_000, warmupMs: 0 } }, 'a latency round');
      await assert.rejects(round, (error: unknown) => {
        assert.ok(error instanceof SideDied, String(error));
        assert.deepEqual([error.side, error.death], ['candidate', 'time-limit']);
        assert.equal(error.message, 'models/m.onnx: killed at the 2 s time limit of a step during a latency round');
        return true;
      });
      const took = (Date.now() - started) / 1000;
      assert.ok(took >= 1.9 && took < 15, `killed after ${took} s`);
    } finally {
      await side.close();
    }
  });
});

describe('a side process past its memory cap, through the built CLI', () => {
  // The small model's process stays near 100 MiB; the large one's weights alone are 256 MiB: a 200 MiB cap kills only it.
  const small = twoLayer(64);
  const large = twoLayer(8 * 2 ** 20);
  const CAP = ['--side-memory-limit', '200'];

  /** A pack of `bytes` as model m, the baseline; the candidate m.onnx beside it. */
  async function gate(baseline: Uint8Array, candidate: Uint8Array): Promise<{ dir: string; pack: string; model: string }> {
    const dir = await scratch();
    await mkdir(join(dir, 'release'));
    await writeFile(join(dir, 'release', 'm.onnx'), baseline);
    await writeFile(join(dir, 'm.onnx'), candidate);
    const pack = join(dir, 'pack');
    const packed = await cli(['pack', join(dir, 'release', 'm.onnx'), '--out', pack]);
    assert.equal(packed.code, 0, packed.stderr);
    return { dir, pack, model: join(dir, 'm.onnx') };
  }

  test('a candidate killed at the cap fails its model on check runs, naming the cap; nothing else is judged', async () => {
    const { dir, pack, model } = await gate(small, large);
    const json = join(dir, 'r.json');
    const r = await cli(['compare', '--baseline', pack, '--candidate', model, '--json', json, ...QUICK, ...CAP]);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(await readFile(json, 'utf8'));
    const m = report.models[0];
    assert.equal(m.verdict, 'fail');
    const runs = m.checks.find((c: { metric: string }) => c.metric === 'runs');
    assert.equal(runs.status, 'fail');
    assert.match(runs.note, /m\.onnx: killed at the memory cap \(\d+ MiB resident, the cap 200 MiB\) during /);
    // Nothing after the death was measured: no timing, no eval.
    assert.deepEqual(m.checks.filter((c: { sampling: unknown }) => c.sampling !== null), []);
    assert.equal(m.measurement.memoryLimitBytes, 200 * 2 ** 20);
  });

  test('a baseline killed at the cap makes the comparison impossible: bad input, exit 2, naming the baseline', async () => {
    const { pack, model } = await gate(large, small);
    const r = await cli(['compare', '--baseline', pack, '--candidate', model, ...QUICK, ...CAP]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /pack\/m\.onnx\.zst: killed at the memory cap \(\d+ MiB resident, the cap 200 MiB\) during .*: the baseline must run for the candidate to be compared with it/);
  });
});

describe('the gate holds no model', () => {
  // Done-when of issue #21: nothing in the gate reads a whole external data file into memory. A 384 MB model with external
  // data is gated A/A (measured) in block mode while the gate's own process peaks far below the model's size.
  test('gating a model with external data larger than the ceiling keeps the gate process under it', async (t) => {
    const dir = await scratch();
    const path = join(dir, 'big.onnx');
    const m = await writeSyntheticModel(path, 384 * 2 ** 20, 'float32', { externalData: 'big.onnx.data', cols: 512 });
    const pack = join(dir, 'pack');
    assert.equal((await cli(['pack', path, '--out', pack])).code, 0);
    const json = join(dir, 'r.json');
    const CEILING = 250 * 2 ** 20;
    assert.ok(m.bytes > CEILING * 1.5, `the model (${m.bytes} bytes) is well over the ceiling`);
    // The CLI's own peak resident set (VmHWM), read while it runs: the kernel keeps the maximum, so the last read holds it.
    const child = spawn(NODE24, [await builtCli(), 'compare', '--baseline', pack, '--candidate', pack, '--remeasure-unchanged', '--side-mode', 'blocks', '--json', json, ...QUICK], { stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024);
      } catch {
        // Gone: the last read stands.
      }
    }, 50);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(timer);
    assert.equal(code, 0, Buffer.concat(stderr).toString());
    t.diagnostic(`model ${(m.bytes / 2 ** 20).toFixed(0)} MiB, the gate process's peak ${(peak / 2 ** 20).toFixed(0)} MiB`);
    assert.ok(peak > 0 && peak < CEILING, `the gate process peaked at ${peak} bytes`);
    const report = JSON.parse(await readFile(json, 'utf8'));
    const measured = report.models[0].measurement;
    assert.equal(measured.mode, 'blocks');
    // The whole tree, side processes included, did hold the model: more than the gate alone.
    assert.ok(measured.peakRssBytes > m.bytes * 0.9, `tree peak ${measured.peakRssBytes}`);
    assert.ok(report.models[0].checks.some((c: { metric: string; sampling: { pairs: number } | null }) => c.metric === 'latency-p50' && c.sampling!.pairs >= 1));
  });
});

// The settings the tests above rely on are the table's defaults unless set.
test('side settings default to auto, 600 s and an automatic cap', () => {
  const { mode, timeLimitSeconds, memoryLimitMiB } = defaultConfig().bench;
  assert.deepEqual({ mode, timeLimitSeconds, memoryLimitMiB }, { mode: 'auto', timeLimitSeconds: 600, memoryLimitMiB: null });
});
