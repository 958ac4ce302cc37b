// The engine both front doors share: shard → baseline → candidates → eval → bench → compare → report → history, and
// the merge of a matrix's shards. It returns finished reports; writing files, the job summary, comments, uploads and the
// exit code (gate/gate.ts) are the front doors' business.
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type BenchSubject, benchConfirmed } from './bench/bench.js';
import { syntheticInputs } from './onnx/runtime.js';
import { SideDied, treeWatch } from './bench/side.js';
import { describePlan, planSides, type Side, Sides } from './bench/sides.js';
import { spillSide } from './eval/spill.js';
import { type Baseline, readBaseline } from './baseline/local.js';
import type { ResolvedBaseline } from './baseline/resolved.js';
import { compareModel, type ModelComparison, type ModelMeasurement, overallVerdict } from './compare/compare.js';
import { METRICS } from './checks.js';
import { timingRule } from './compare/timing.js';
import { compareInterface } from './interface/contract.js';
import { runtimeSupport } from './interface/runtime-support.js';
import { InputError } from './errors.js';
import { bindInputs } from './eval/binding.js';
import { findEvalSources, loadEvalData } from './eval/data.js';
import { type EvalResult, type EvalSubject, evaluate } from './eval/evaluate.js';
import { type Config, evalSettingsFor, packOptions, thresholdsFor } from './inputs/config.js';
import type { ShardSpec } from './inputs/shard-spec.js';
import type { GitHubClient } from './github/client.js';
import { checkGateSize, shardItems } from './matrix/shard.js';
import { mergeShardReports, shardName, type ShardReport } from './matrix/merge.js';
import type { Levels } from './report/recheck.js';
import { isPackedFileName, type Manifest, sameRawContent, type ManifestVariant, modelNameOf, type PackedModel, packedModels, readManifest, totalPackedBytes, totalRawBytes } from './pack/format/manifest.js';
import { assembleInto, checkUniqueNames, packInto, packModels, type StagedDir, stagePackDir } from './pack/pack.js';
import { loadPackedModel, restoreModel } from './pack/format/restore.js';
import { MAX_REPORT_BYTES, validateReport } from './report/validate.js';
import { digestFile, readUntrustedText } from './util/fs.js';
import { collectEnvironment } from './report/environment.js';
import { buildReport, type Report } from './report/json.js';
import type { EvalSet, ModelInfo } from './types.js';
import type { VariantTable } from './variants/choose.js';
import { selectVariant, type VariantTools } from './variants/select.js';

interface CompareRequest {
  /** What to compare against, resolved by the front door (baseline/spec.ts): it names itself in the report. */
  baseline: ResolvedBaseline;
  /** Pack folders or .onnx files: every model of the gate, before any shard is taken. */
  candidates: string[];
  /**
   * This job's part of a matrix: only the .onnx candidates that hash to the shard are gated (matrix/shard.ts), and the
   * report records the shard, every model's name and `commit` for the merge.
   */
  shard?: { spec: ShardSpec; commit: string | null } | null;
  /** Where the history's release reports are read (config.history.releases back): null or absent, no history. */
  releases?: { github: GitHubClient; currentTag: string | null; includePrereleases: boolean } | null;
  /**
   * Where .onnx candidates are packed: the pack a release publishes (with variants configured, the chosen variant of
   * each model). Default: a scratch folder removed afterwards.
   */
  packDir?: string;
  evalData: string | null;
  config: Config;
  /** Progress lines for a human ("[2/5] resnet — warm latency (41.2 s)"); the CLI prints them to stderr, the action to the log. */
  log?: (line: string) => void;
  /** Work on one model begins (its title), or all of it is over (null): the action folds each model's lines into a group. */
  section?: (title: string | null) => void;
}

/** What the front doors render (report/markdown.ts) and gate on (gate/gate.ts). */
interface Outcome {
  /** The finished report: the shard, the history and the verdict are in it. */
  report: Report;
  /** The manifest of the pack written to `packDir`, when .onnx candidates were packed there. */
  pack: Manifest | null;
}

/**
 * The gate's stages, in order: the matrix's size and this job's shard → baseline → candidates (packed; with variants,
 * each model's chosen one) → per model eval and timings → compare → report → the history across releases → the verdict.
 */
export async function runCompare(request: CompareRequest): Promise<Outcome> {
  const progress = tracker(request);
  const { config } = request;
  checkGateSize(request.candidates.length, 'candidates');
  if (request.candidates.length === 0) throw new InputError('candidates: none given (a pack folder or .onnx files)');
  const shard = request.shard ?? null;
  const candidateFiles = shard ? shardCandidates(request.candidates, shard.spec) : request.candidates;
  if (shard) {
    const names = candidateFiles.map(modelNameOf);
    request.log?.(`${shardName(shard.spec.index, shard.spec.count)}: ${names.length} of ${request.candidates.length} models${names.length > 0 ? `: ${names.join(', ')}` : ''}`);
  }
  const scratch = await mkdtemp(join(tmpdir(), 'model-gate-'));
  // The pack for packDir is written beside it and moved into place only once the report is made: a run that fails
  // leaves no pack that looks publishable. A shard no model hashes to packs nothing.
  let staging: StagedDir | null = null;
  try {
    staging = request.packDir && candidateFiles.length > 0 ? await stagePackDir(request.packDir) : null;
    const baseline = await readBaseline(request.baseline);
    const evalData = await evalDataOf(request, await modelNamesOf(request.candidates));
    const baselineByName = new Map((baseline.kind === 'found' ? baseline.models : []).map((m) => [m.entry.name, m]));
    const { candidates, variants, pack } = candidateFiles.length > 0 ? await resolveCandidates(request, candidateFiles, evalData, staging?.dir ?? join(scratch, 'candidates'), scratch, progress, baselineByName) : { candidates: [], variants: new Map<string, VariantTable>(), pack: null };

    const comparisons: ModelComparison[] = [];
    for (const [i, candidate] of candidates.entries()) {
      const name = candidate.entry.name;
      const step = progress.model(i + 1, candidates.length, name);
      const base = baselineByName.get(name) ?? null;
      const identical = base !== null && sameRawContent(base.entry, candidate.entry);
      const sets = await evalData.load(name);
      let measured: ModelMeasurement;
      if (identical && !config.remeasureUnchanged) {
        // The same bytes load and answer as they did: measuring them again could only print noise as a change.
        const same = `same bytes as ${baseline.kind === 'found' ? baseline.source : 'the baseline'}`;
        step(`unchanged (${same}), not measured again`);
        // Not measured, but still checked: both packs restore to their digests, and the eval data is what a measured
        // model's eval would accept (inputs, labels and references fitting the model): the eval runs once on the
        // candidate and its scores, the baseline's by construction, are not reported.
        await (await loadPackedModel(base)).dispose();
        if (sets) await checkEvalData(candidate, sets, config);
        else await (await loadPackedModel(candidate)).dispose();
        // The same verified bytes have the same interface: like the timings, there is nothing to compare (no check).
        measured = { name, baseline: base.entry, candidate: candidate.entry, bench: null, eval: null, evalSkipped: `unchanged: ${same}`, unchanged: true, interface: null };
      } else {
        step(base ? 'measuring baseline and candidate' : 'no baseline model of that name; measuring the candidate');
        measured = await measureModel(base, candidate, sets, config, step);
      }
      const comparison = compareModel(measured, thresholdsFor(config, name));
      comparisons.push({ ...comparison, variants: variants.get(name) ?? null });
    }
    progress.done();
    const candidateNames = new Set(candidates.map((c) => c.entry.name));
    // A shard leaves out the baseline models that are other shards' models: the merge takes the names no shard has.
    const allNames = new Set(request.candidates.map(modelNameOf));
    const removed = [...baselineByName.keys()].filter((name) => !candidateNames.has(name) && !(shard && allNames.has(name)));
    const report = buildReport({
      verdict: overallVerdict(comparisons),
      models: comparisons,
      baseline: describeBaseline(baseline, comparisons),
      removed,
      config,
      environment: collectEnvironment(),
    });
    if (shard) {
      report.matrix = { shard: shard.spec.index, shards: shard.spec.count, models: [...allNames], commit: shard.commit };
      // Nothing hashed to this shard: its empty report ("pass — no models to gate") still tells the merge the shard ran.
    }
    // The history across releases, from their report.json assets; it judges drift, so the verdict and summary follow it.
    if (request.releases && config.history.releases > 0) {
      const { addReleaseHistory } = await import('./history/from-releases.js');
      await addReleaseHistory(report, request.releases.github, { config, currentTag: request.releases.currentTag, includePrereleases: request.releases.includePrereleases, scratch, log: request.log ?? (() => {}) });
    }
    await staging?.commit();
    return { report, pack };
  } finally {
    await staging?.discard();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A model's eval data by its name: whether it has any, and its sets (null when it has none). */
interface EvalDataOf {
  has(name: string): boolean;
  load(name: string): Promise<EvalSet[] | null>;
}

/**
 * Each model's eval data: the config file's `models.<name>.eval-data`, else the eval-data folder's `<name>/` subfolder,
 * else the data standing directly in that folder (loaded once, shared), else none. The folder is checked against every
 * model of the run, a shard's or not, so a subfolder named after no model is refused in every job alike.
 */
async function evalDataOf(request: CompareRequest, names: string[]): Promise<EvalDataOf> {
  const sources = request.evalData ? await findEvalSources(request.evalData, names) : null;
  let shared: Promise<EvalSet[]> | null = null;
  const own = (name: string) => request.config.modelEval[name]?.data ?? sources?.models.get(name) ?? null;
  return {
    has: (name) => own(name) !== null || Boolean(sources?.shared),
    load: async (name) => {
      const dir = own(name);
      if (dir) return loadEvalData(dir);
      if (!sources?.shared) return null;
      shared ??= loadEvalData(sources.shared);
      return shared;
    },
  };
}

/** Every model name the candidates hold: an .onnx file's from its file name, a pack folder's from its manifest. */
async function modelNamesOf(candidates: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const c of candidates) {
    const info = await stat(c).catch(() => null);
    names.push(...(info?.isDirectory() ? (await readManifest(c)).models.map((m) => m.name) : [modelNameOf(c)]));
  }
  return names;
}

/** The candidates of one shard; a matrix splits model files by name, so a pack folder cannot be split. */
function shardCandidates(candidates: string[], spec: ShardSpec): string[] {
  const folder = candidates.find((c) => !c.toLowerCase().endsWith('.onnx'));
  if (folder !== undefined) throw new InputError(`${folder}: ${shardName(spec.index, spec.count)}: a matrix splits .onnx model files, not a pack folder`);
  return shardItems(candidates, modelNameOf, spec);
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
async function resolveCandidates(
  request: CompareRequest,
  files: string[],
  evalData: EvalDataOf,
  dir: string,
  scratch: string,
  progress: Tracker,
  baselines: Map<string, PackedModel>,
): Promise<Candidates> {
  const { config } = request;
  const out: PackedModel[] = [];
  const loose: string[] = [];
  const lossy = config.variants.build.length > 0;
  for (const path of files) {
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
    const unchecked = lossy ? loose.filter((file) => !evalData.has(modelNameOf(file))) : [];
    if (unchecked.length > 0) {
      throw new InputError(
        `variants: ${config.variants.build.join(', ')} change the weights, so they need eval data to measure what that costs, and ${unchecked.join(', ')} ${unchecked.length === 1 ? 'has' : 'have'} none; model-gate does not publish a lossy variant it has not checked`,
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
        const name = modelNameOf(model);
        const step = progress.model(i + 1, loose.length, name);
        const reused = config.remeasureUnchanged ? null : await publishedBefore(model, baselines.get(name), config);
        if (reused) {
          // The float model is the one the baseline's published variant was made from: that choice stands, unmeasured.
          step(`unchanged since ${reused.origin ?? 'the baseline'}: its published ${reused.entry.variant!.name} is kept, no variant rebuilt`);
          chosen.push(reused);
          origins.set(name, reused.origin ?? reused.path);
          continue;
        }
        const sets = (await evalData.load(name))!;
        step(`building and measuring variants (${config.variants.build.join(', ')}) against the original`);
        const selection = await selectVariant(model, config.variants, join(scratch, 'variants', String(i)), variantTools(sets, config, step));
        const published = selection.model;
        // The variants stage's record of its choice is the manifest's entry as it is (a compile error if they part).
        const variant: ManifestVariant = selection.published;
        variants.set(name, selection.table);
        chosen.push({ ...published, entry: { ...published.entry, variant } });
        if (published.origin) origins.set(name, published.origin);
      }
      progress.done();
      pack = await assembleInto(chosen, dir);
    } else {
      pack = await packInto({ models: loose, ...packOptions(config) }, dir);
    }
    out.push(...packedModels(dir, pack).map((m) => ({ ...m, origin: origins.get(m.entry.name) ?? m.path })));
  }
  checkGateSize(out.length, 'candidates');
  const seen = new Set<string>();
  for (const m of out) {
    if (seen.has(m.entry.name)) throw new InputError(`${m.path}: a second candidate named "${m.entry.name}"; model names must be unique`);
    seen.add(m.entry.name);
  }
  return { candidates: out, variants, pack };
}

/** A model the side processes load: restored and verified into scratch (removed with it), where they read it by path. */
interface Restored {
  model: PackedModel;
  path: string;
  label: string;
}

async function restoreForSides(model: PackedModel, scratch: string): Promise<Restored> {
  const loadable = await loadPackedModel(model, scratch, { onDisk: true });
  return { model, path: loadable.source as string, label: model.origin ?? model.path };
}

/** The eval of `model` alone, for what it refuses (eval data that does not fit the model is bad input), not its scores. */
async function checkEvalData(model: PackedModel, sets: EvalSet[], config: Config): Promise<void> {
  const measured = await measureModel(null, model, sets, config, () => {}, { bench: false });
  if (measured.died) throw new InputError(measured.died.detail);
}

/**
 * Eval and timings of a candidate against its baseline, each side's model in processes of its own (bench/sides.ts).
 * Sampling stops when compare's rule says the verdict is settled; a timing that fails is re-measured with fresh samples
 * (bench.ts) and compare fails it only if it fails again. A candidate whose process is killed at a limit or dies is
 * measured no further: its model fails (check `runs`). A baseline that dies leaves nothing to compare with: bad input.
 */
async function measureModel(
  base: PackedModel | null,
  candidate: PackedModel,
  sets: EvalSet[] | null,
  config: Config,
  step: (phase: string) => void,
  options: { bench: boolean } = { bench: true },
): Promise<ModelMeasurement> {
  const work = await mkdtemp(join(tmpdir(), 'model-gate-sides-'));
  const restored: Partial<Record<Side, Restored>> = {};
  let sides: Sides | null = null;
  treeWatch.takePeak();
  try {
    // Restoring both first also verifies both packs before any time is spent measuring.
    step('loading and verifying');
    if (base) restored.baseline = await restoreForSides(base, work);
    restored.candidate = await restoreForSides(candidate, work);
    const plan = planSides([base, candidate].flatMap((m) => (m ? [totalRawBytes(m.entry)] : [])), config.bench, process.availableMemory());
    sides = new Sides(restored, plan, config.bench);
    const present: Side[] = base ? ['baseline', 'candidate'] : ['candidate'];
    const info: Partial<Record<Side, ModelInfo>> = {};
    const outputs: Partial<Record<Side, EvalSubject>> = {};
    // What every outcome shares: the interface contract once both sides have said theirs, and how the sides ran.
    const measured = () => ({
      name: candidate.entry.name,
      baseline: base?.entry ?? null,
      candidate: candidate.entry,
      unchanged: false,
      interface: info.baseline && info.candidate ? compareInterface(info.baseline, info.candidate, runtimeSupport(config.targetOnnxruntime)) : null,
      measurement: { mode: plan.mode, needBytes: plan.needBytes, availableBytes: plan.availableBytes, peakRssBytes: treeWatch.takePeak(), timeLimitSeconds: plan.limits.timeSeconds, memoryLimitBytes: plan.limits.memoryBytes },
    });
    try {
      step(`sides in ${plan.mode} mode: ${describePlan(plan)}`);
      for (const side of present) {
        const label = sides.label(side);
        info[side] = await sides.open(side);
        if (sets) {
          step(`eval on ${sets.length} data set${sets.length === 1 ? '' : 's'} (${side})`);
          const s = sides;
          outputs[side] = await spillSide(sets, info[side]!, label, (inputs, file) => s.predict(side, inputs, file), join(work, 'eval', side));
        }
        await sides.park(side);
      }
      const evalResult: EvalResult | null = sets ? await evaluate(sets, outputs.baseline ?? outputs.candidate!, base ? outputs.candidate! : null, evalSettingsFor(config, candidate.entry.name)) : null;
      const inputsFor = (side: Side) => (sets && sets[0] ? bindInputs(sets[0], info[side]!, sides!.label(side)) : syntheticInputs(info[side]!.inputs, sides!.label(side)));
      const subject = (side: Side): BenchSubject => ({ model: restored[side]!.model, inputs: inputsFor(side), label: sides!.label(side) });
      const bench = options.bench
        ? await benchConfirmed({ baseline: base ? subject('baseline') : null, candidate: subject('candidate'), sides }, config.bench, timingRule(thresholdsFor(config, candidate.entry.name)), step)
        : null;
      return { ...measured(), bench, eval: evalResult, evalSkipped: sets ? null : 'no eval data for this model', died: null };
    } catch (error) {
      if (!(error instanceof SideDied)) throw error;
      if (error.side === 'baseline') throw new InputError(`${error.message}: the baseline must run for the candidate to be compared with it`);
      step(`the candidate's process ${error.death === 'crash' ? 'died' : 'was killed'}: ${error.message}`);
      return { ...measured(), bench: null, eval: null, evalSkipped: 'the candidate did not run to the end (check runs)', died: { death: error.death, detail: error.message } };
    }
  } finally {
    await sides?.close();
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The baseline's model when `file` is the float model its published variant was made from (same bytes) and that variant
 * is still one this run may publish: the original, or a kind it builds. A variant setting changed since (a budget, a
 * keep-list) applies when the model changes, or with remeasure-unchanged.
 */
async function publishedBefore(file: string, base: PackedModel | undefined, config: Config): Promise<PackedModel | null> {
  const v = base?.entry.variant;
  if (!base || !v || base.entry.externalData?.length) return null;
  if (v.name !== 'original' && !(config.variants.build as readonly string[]).includes(v.name)) return null;
  if (v.name === 'original' && config.variants.publish === 'best') return null;
  const digest = await digestFile(file, 'model');
  return digest.sha256 === v.original.sha256 && digest.bytes === v.original.bytes ? base : null;
}

/** Packing and measuring for the variants stage: a variant is packed like the candidate and measured like one. */
function variantTools(sets: EvalSet[], config: Config, step: (phase: string) => void): VariantTools<PackedModel> {
  return {
    pack: async (file, into, origin) => {
      const manifest = await packModels({ models: [file], outDir: into, ...packOptions(config) });
      const model = { ...packedModels(into, manifest)[0]!, origin };
      return { model, packedBytes: totalPackedBytes(model.entry), raw: model.entry.raw };
    },
    measure: async (original, variant) => {
      const measured = await measureModel(original, variant, sets, config, step);
      // A variant killed at a limit is one not to publish, as one onnxruntime refuses (variants/select.ts).
      if (measured.died) throw new InputError(measured.died.detail);
      const { checks } = compareModel(measured, thresholdsFor(config, variant.entry.name));
      return { timing: checks.filter((c) => METRICS[c.metric].timing), eval: measured.eval, interface: measured.interface?.changes ?? [] };
    },
    log: step,
  };
}

type Step = (phase: string) => void;
interface Tracker {
  /** Work on model `index` of `count` begins: returns how its phases are told. */
  model(index: number, count: number, name: string): Step;
  done(): void;
}

/** "[2/5] resnet — warm latency (41.2 s)": where the run is and how long it has taken so far. */
function tracker(request: CompareRequest): Tracker {
  const start = performance.now();
  const log = request.log ?? (() => {});
  return {
    model: (index, count, name) => {
      request.section?.(`[${index}/${count}] ${name}`);
      return (phase) => log(`[${index}/${count}] ${name} — ${phase} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
    },
    done: () => request.section?.(null),
  };
}

interface MergeRequest {
  /** The shards' artifact folders, each a shard's report.json and its pack/ folder. */
  folders: string[];
  /** How messages name the input that gave the folders (e.g. "input 'reports'"). */
  source: string;
  /** The merge job's own levels: every shard's statuses are recomputed at them, and a shard judged at others is refused. */
  levels: Levels;
}

interface Merged {
  /** The finished report of the whole matrix: every shard's models, one verdict. */
  report: Report;
  /** The shards whose own verdict failed ("shard 2/3"). */
  failed: string[];
  shards: ShardReport[];
}

/**
 * The merge of a matrix: each shard's report.json is read like any untrusted artifact (no link, at most a report's size)
 * and validated, and the reports are checked against each other and merged (matrix/merge.ts).
 */
export async function runMerge(request: MergeRequest): Promise<Merged> {
  const shards: ShardReport[] = [];
  for (const folder of request.folders) {
    const path = join(folder, 'report.json');
    const text = await readUntrustedText(path, 'report', MAX_REPORT_BYTES).catch((error: unknown) => {
      throw error instanceof InputError ? new InputError(`${request.source}: ${error.message}`) : error;
    });
    shards.push({ source: folder, report: validateReport(text, path) });
  }
  return { ...mergeShardReports(shards, request.levels), shards };
}

/**
 * One pack from the shards' packs, into `packDir`: each shard's manifest is read and checked to hold exactly its report's
 * models, and every packed file is restored into scratch, which checks its size, its frames and the restored bytes'
 * sha256 against the manifest, before the files are copied into the merged pack.
 */
export async function assembleMergedPack(merged: Merged, packDir: string): Promise<Manifest> {
  const scratch = await mkdtemp(join(tmpdir(), 'model-gate-merge-'));
  try {
    const models: PackedModel[] = [];
    for (const [i, { source: folder, report }] of merged.shards.entries()) {
      if (report.models.length === 0) continue;
      const dir = join(folder, 'pack');
      const manifest = await readManifest(dir);
      const names = manifest.models.map((m) => m.name).sort();
      const expected = report.models.map((m) => m.name).sort();
      if (!isDeepStrictEqual(names, expected)) throw new InputError(`${dir}: the pack holds ${names.join(', ') || 'no model'}, its report ${expected.join(', ')}`);
      for (const m of packedModels(dir, manifest)) {
        // The pack must hold the bytes the shard measured, not only models of those names.
        const measured = report.models.find((r) => r.name === m.entry.name)!.candidate.raw;
        if (m.entry.raw.sha256 !== measured.sha256 || m.entry.raw.bytes !== measured.bytes) {
          throw new InputError(`${dir}: ${m.entry.file} is not the model its report measured (sha256 ${m.entry.raw.sha256.slice(0, 12)}…, the report's ${measured.sha256.slice(0, 12)}…)`);
        }
        const check = join(scratch, `shard-${i}-${m.entry.name}`);
        await mkdir(check, { recursive: true });
        await restoreModel(dir, m.entry, check);
        await rm(check, { recursive: true, force: true });
        models.push(m);
      }
    }
    const staged = await stagePackDir(packDir);
    try {
      const manifest = await assembleInto(models, staged.dir);
      await staged.commit();
      return manifest;
    } finally {
      await staged.discard();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
