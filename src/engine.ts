// The engine both front doors share: baseline → candidates → eval → bench → compare → report → gate.
// It returns data; writing files, the job summary and the exit code is the front doors' business.
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type BenchSubject, benchPair, groupOf, type SettledCheck, withRemeasure } from './bench/bench.js';
import { createSession, type Session, syntheticInputs } from './onnx/runtime.js';
import { type Baseline, resolveLocalBaseline } from './baseline/local.js';
import { compareModel, type ModelComparison, overallVerdict } from './compare/compare.js';
import { failingTimings, timingSettled } from './compare/timing.js';
import { InputError } from './errors.js';
import { bindInputs } from './eval/binding.js';
import { loadEvalData } from './eval/data.js';
import { type EvalResult, evaluate } from './eval/evaluate.js';
import { exitCodeFor } from './gate/gate.js';
import { type Config, thresholdsFor } from './inputs/config.js';
import { isPackedFileName, type Manifest, type ManifestVariant, modelNameOf, type PackedModel, packedModels, readManifest, totalPackedBytes } from './pack/manifest.js';
import { assembleInto, checkUniqueNames, packInto, packModels, type StagedDir, stagePackDir } from './pack/pack.js';
import { loadPackedModel } from './pack/restore.js';
import { collectEnvironment } from './report/environment.js';
import { buildReport, type Report } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import type { EvalSet } from './types.js';
import { buildVariant } from './variants/build.js';
import { chooseVariant, type VariantMeasurement, type VariantTable } from './variants/choose.js';

interface CompareRequest {
  /** A pack folder, or null when there is no baseline (then `baselineNote` says why). */
  baseline: string | null;
  /** How the report names the baseline, e.g. "release v1.2.0"; defaults to the folder. */
  baselineLabel?: string;
  baselineNote?: string;
  /** Pack folders or .onnx files. */
  candidates: string[];
  /**
   * Where .onnx candidates are packed: the pack a release publishes (with variants configured, the chosen variant of
   * each model). Default: a scratch folder removed afterwards.
   */
  packDir?: string;
  evalData: string | null;
  config: Config;
  /** Progress lines for a human; the CLI prints them to stderr, the action to the log. */
  log?: (line: string) => void;
}

interface Outcome {
  report: Report;
  markdown: string;
  exitCode: number;
  /** The manifest of the pack written to `packDir`, when .onnx candidates were packed there. */
  pack: Manifest | null;
}

export async function runCompare(request: CompareRequest): Promise<Outcome> {
  const log = request.log ?? (() => {});
  const { config } = request;
  const scratch = await mkdtemp(join(tmpdir(), 'model-gate-'));
  // The pack for packDir is written beside it and moved into place only once the report is made: a run that fails
  // leaves no pack that looks publishable.
  let staging: StagedDir | null = null;
  try {
    staging = request.packDir ? await stagePackDir(request.packDir) : null;
    const baseline = await resolveLocalBaseline(request.baseline, request.baselineLabel, request.baselineNote);
    const sets = request.evalData ? await loadEvalData(request.evalData) : null;
    const { candidates, variants, pack } = await resolveCandidates(request, sets, staging?.dir ?? join(scratch, 'candidates'), scratch, log);
    // A baseline fetched into scratch (a release, a ref) is named the way the user knows it: "release v1.2.0, x.onnx.zst".
    const fetched = request.baselineLabel !== undefined && request.baselineLabel !== request.baseline;
    const baselineModels = baseline.kind === 'found' ? baseline.models.map((m) => (fetched ? { ...m, origin: `${request.baselineLabel}, ${m.entry.file}` } : m)) : [];
    const baselineByName = new Map(baselineModels.map((m) => [m.entry.name, m]));

    const comparisons: ModelComparison[] = [];
    for (const candidate of candidates) {
      const base = baselineByName.get(candidate.entry.name) ?? null;
      log(`${candidate.entry.name}: ${base ? 'measuring baseline and candidate' : 'no baseline model of that name; measuring the candidate'}`);
      const measured = await measureModel(base, candidate, sets, config);
      const comparison = compareModel(measured, thresholdsFor(config, candidate.entry.name));
      comparisons.push({ ...comparison, variants: variants.get(candidate.entry.name) ?? null });
    }
    const candidateNames = new Set(candidates.map((c) => c.entry.name));
    const removed = [...baselineByName.keys()].filter((name) => !candidateNames.has(name));
    const verdict = overallVerdict(comparisons);
    const report = buildReport({
      verdict,
      models: comparisons,
      baseline: describeBaseline(baseline, comparisons),
      removed,
      config,
      environment: collectEnvironment(),
    });
    await staging?.commit();
    return { report, markdown: renderMarkdown(report), exitCode: exitCodeFor(verdict, config.failOn), pack };
  } finally {
    await staging?.discard();
    await rm(scratch, { recursive: true, force: true });
  }
}

function describeBaseline(baseline: Baseline, models: ModelComparison[]): Report['baseline'] {
  if (baseline.kind === 'none') return { source: baseline.source, note: baseline.note };
  const unmatched = models.filter((m) => m.verdict === 'no-baseline').map((m) => m.name);
  return {
    source: baseline.source,
    note: unmatched.length > 0 ? `no baseline model named ${unmatched.join(', ')} in ${baseline.source}` : null,
  };
}

interface Candidates {
  candidates: PackedModel[];
  /** Per model name, the variant table when variants were built. */
  variants: Map<string, VariantTable>;
  pack: Manifest | null;
}

/**
 * Candidates are compared as packs, exactly like the baseline, so load time means the same on both sides:
 * .onnx files are packed first with the configured level — with variants configured, each model's chosen variant.
 */
async function resolveCandidates(request: CompareRequest, sets: EvalSet[] | null, dir: string, scratch: string, log: (line: string) => void): Promise<Candidates> {
  const { config } = request;
  if (request.candidates.length === 0) throw new InputError('--candidate: no candidate given (a pack folder or .onnx files)');
  const out: PackedModel[] = [];
  const loose: string[] = [];
  const lossy = config.variants.build.length > 0;
  for (const path of request.candidates) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      // run and the action pack what they are given into packDir: a folder there would be compared but never packed.
      if (request.packDir) throw new InputError(`${path}: is a folder; give the .onnx model files to pack (a path or glob per model)`);
      if (lossy) throw new InputError(`${path}: variants (${config.variants.build.join(', ')}) are built from .onnx models; pass the model files, not a pack folder`);
      out.push(...packedModels(path, await readManifest(path)));
    } else if (isPackedFileName(path)) throw new InputError(`${path}: pass the pack folder that holds it and its manifest.json, not the packed file`);
    else loose.push(path);
  }
  const variants = new Map<string, VariantTable>();
  let pack: Manifest | null = null;
  if (loose.length > 0) {
    if (lossy && !sets) {
      throw new InputError(
        `variants: ${config.variants.build.join(', ')} change the weights, so they need eval data (--eval-data / the eval-data input) to measure what that costs; model-gate does not publish a lossy variant it has not checked`,
      );
    }
    checkUniqueNames(loose);
    // `dir` is packDir's staging folder, moved into place by runCompare once the report is made, or a scratch folder.
    await mkdir(dir, { recursive: true });
    // Packed here from the user's files: messages name those files (a chosen variant, as that variant), not the pack.
    const origins = new Map(loose.map((file) => [modelNameOf(file), file]));
    if (lossy) {
      // Each model's variants are packed and measured in scratch; the chosen ones are copied into one pack.
      const chosen: PackedModel[] = [];
      for (const [i, model] of loose.entries()) {
        const selection = await selectVariant(model, sets!, config, join(scratch, 'variants', String(i)), log);
        variants.set(selection.model.entry.name, selection.table);
        chosen.push(selection.model);
        if (selection.model.origin) origins.set(selection.model.entry.name, selection.model.origin);
      }
      pack = await assembleInto(chosen, dir);
    } else {
      pack = await packInto({ models: loose, level: config.level, threads: config.threads, codec: config.codec }, dir);
    }
    out.push(...packedModels(dir, pack).map((m) => ({ ...m, origin: origins.get(m.entry.name) ?? m.path })));
  }
  const seen = new Set<string>();
  for (const m of out) {
    if (seen.has(m.entry.name)) throw new InputError(`${m.path}: a second candidate named "${m.entry.name}"; model names must be unique`);
    seen.add(m.entry.name);
  }
  return { candidates: out, variants, pack };
}

/**
 * Builds each configured variant of one model, packs it like the original, measures it against the original (eval,
 * cold loads, warm latency, in this job) and picks the one to publish.
 */
async function selectVariant(model: string, sets: EvalSet[], config: Config, dir: string, log: (line: string) => void) {
  const name = modelNameOf(model);
  const packOne = async (file: string, into: string, origin: string): Promise<PackedModel> => {
    const manifest = await packModels({ models: [file], outDir: into, level: config.level, threads: config.threads, codec: config.codec });
    return { ...packedModels(into, manifest)[0]!, origin };
  };
  const original = await packOne(model, join(dir, 'original'), model);
  const measurements: Array<VariantMeasurement & { packed: PackedModel | null }> = [];
  let weightBytes = 0;
  for (const variant of config.variants.build) {
    const build = await buildVariant(model, basename(model), variant, config.variants, dir);
    weightBytes = build.weightBytes.original;
    if (!build.path) {
      log(`${name}: no ${variant} variant: ${build.reason}`);
      measurements.push({ build, packedBytes: null, checks: [], eval: null, packed: null });
      continue;
    }
    log(`${name}: measuring the ${variant} variant against the original`);
    try {
      const packed = await packOne(build.path, join(dir, `${variant}-pack`), `${model} (${variant} variant)`);
      const measured = await measureModel(original, packed, sets, config, false);
      const { checks } = compareModel(measured, thresholdsFor(config, name));
      measurements.push({ build, packedBytes: totalPackedBytes(packed.entry), checks, eval: measured.eval, packed });
    } catch (error) {
      // A variant onnxruntime refuses is a variant not to publish, not a broken gate: the original goes on.
      if (!(error instanceof InputError)) throw error;
      const reason = `onnxruntime could not load or run it: ${error.message.replace(`${model} (${variant} variant): `, '')}`;
      log(`${name}: no ${variant} variant: ${reason}`);
      measurements.push({ build: { ...build, path: null, reason }, packedBytes: null, checks: [], eval: null, packed: null });
    }
  }
  const table = chooseVariant({ packedBytes: totalPackedBytes(original.entry), weightBytes }, measurements, config.variants);
  const published = measurements.find((m) => m.build.variant === table.published)?.packed ?? original;
  const row = table.rows.find((r) => r.variant === table.published)!;
  const variant: ManifestVariant = { name: table.published, original: original.entry.raw };
  if (row.score) variant.score = { metric: row.score.metric, original: row.score.original, variant: row.score.variant, budget: row.score.budget };
  log(`${name}: publishing ${table.published === 'original' ? 'the original' : `the ${table.published} variant`}`);
  return { model: { ...published, entry: { ...published.entry, variant } }, table };
}

interface Loaded {
  model: PackedModel;
  session: Session;
  label: string;
}

async function load(model: PackedModel, config: Config): Promise<Loaded> {
  const loadable = await loadPackedModel(model);
  try {
    const label = model.origin ?? model.path;
    return { model, session: await createSession(loadable.source, config.bench, label), label };
  } finally {
    await loadable.dispose();
  }
}

/** Eval and timings of a candidate against its baseline; `confirm` re-measures a failing timing before it counts. */
async function measureModel(base: PackedModel | null, candidate: PackedModel, sets: EvalSet[] | null, config: Config, confirm = true) {
  // Loading both first also verifies both packs before any time is spent measuring.
  const b = base ? await load(base, config) : null;
  const c = await load(candidate, config);
  let evalResult: EvalResult | null = null;
  try {
    if (sets) {
      const info = (l: Loaded) => l.model.entry.onnx;
      evalResult = await evaluate(
        sets,
        { session: (b ?? c).session, info: info(b ?? c), label: (b ?? c).label },
        b ? { session: c.session, info: info(c), label: c.label } : null,
        config.eval,
      );
    }
  } finally {
    // Released before timing: the bench stage loads its own sessions, and idle ones would only take memory.
    await b?.session.release();
    await c.session.release();
  }
  const inputsFor = (l: Loaded) => (sets && sets[0] ? bindInputs(sets[0], l.model.entry.onnx, l.label) : syntheticInputs(l.model.entry.onnx.inputs, l.label));
  const subject = (l: Loaded): BenchSubject => ({ model: l.model, inputs: inputsFor(l), label: l.label });
  const subjects = { baseline: b ? subject(b) : null, candidate: subject(c) };
  // Sampling stops when compare's rule says the verdict is settled; a timing that fails is re-measured with fresh
  // samples (its whole group: cold loads or warm latency) and compare fails it only if it fails again.
  const thresholds = thresholdsFor(config, candidate.entry.name);
  const settled: SettledCheck = (metric, series) => timingSettled(series, thresholds[metric]);
  let bench = await benchPair(subjects, config.bench, settled);
  const failing = failingTimings(bench, thresholds);
  if (confirm && failing.length > 0) {
    const again = await benchPair(subjects, config.bench, settled, [...new Set(failing.map(groupOf))]);
    bench = withRemeasure(bench, again, failing);
  }
  return { name: candidate.entry.name, baseline: base?.entry ?? null, candidate: candidate.entry, bench, eval: evalResult, evalSkipped: sets ? null : 'no eval data given' };
}
