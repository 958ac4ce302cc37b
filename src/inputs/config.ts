// One typed, validated Config for the CLI and the action: defaults ← config file ← flags/inputs.
// Every error names the input (a flag, an action input or a config-file key) and what it accepts.
import { lstat } from 'node:fs/promises';
import { parseUntrustedJson, readUntrustedText } from '../util/fs.js';
import { availableParallelism } from 'node:os';
import { METRICS, type MetricId, type Threshold, type ThresholdPair } from '../compare/metrics.js';
import { InputError } from '../errors.js';
import { CODECS } from '../pack/manifest.js';
import type { CodecRequest } from '../pack/types.js';
import { checkOrder, defaultThresholds, metricFromName, parseThreshold, parseThresholdLines, parseThresholdPair } from './thresholds.js';

// Each stage declares its own settings; the config assembles them (and re-exports them for its users).
import type { BenchSettings } from '../bench/settings.js';
import type { EvalSettings } from '../eval/settings.js';
import type { FailOn } from '../checks.js';
export type { BenchSettings, EvalSettings, FailOn };

// Variant kinds and their settings are the variants stage's own (variants/kinds.ts); re-exported for this module's users.
import type { VariantName, VariantSettings } from '../variants/kinds.js';
import { VARIANT_KINDS as VARIANTS } from '../variants/kinds.js';
export type { VariantName, VariantSettings };
export { VARIANTS };

/**
 * Ops whose float inputs are not weights but exact parameters (resize scales, ranges, thresholds, pad values, clip
 * bounds) or are precision-sensitive statistics (batch-norm variances can sit below fp16's normal range).
 */
export const DEFAULT_FP16_KEEP_OPS = ['Resize', 'Upsample', 'Range', 'NonMaxSuppression', 'RoiAlign', 'Pad', 'Clip', 'BatchNormalization'];

export interface Config {
  level: number;
  /** How models are packed: auto (the smaller of the two per model), zstd or onnx-planes. */
  codec: CodecRequest;
  threads: number;
  failOn: FailOn;
  bench: BenchSettings;
  eval: EvalSettings;
  variants: VariantSettings;
  thresholds: Record<MetricId, ThresholdPair>;
  /** Per-model overrides by model name, applied over `thresholds`. */
  modelThresholds: Record<string, Partial<Record<MetricId, ThresholdPair>>>;
  /** The config file read, if any. */
  configFile: string | null;
}

/** A raw setting and where it came from, e.g. `{ value: '19', source: '--level' }`. */
export interface Raw {
  value: string;
  source: string;
}

export interface RawSettings {
  config?: Raw;
  level?: Raw;
  codec?: Raw;
  threads?: Raw;
  failOn?: Raw;
  thresholds?: Raw[];
  loadSamples?: Raw;
  latencyRounds?: Raw;
  latencyTimeMs?: Raw;
  warmupMs?: Raw;
  budgetSeconds?: Raw;
  intraOpThreads?: Raw;
  interOpThreads?: Raw;
  atol?: Raw;
  rtol?: Raw;
  output?: Raw;
  variants?: Raw;
  publish?: Raw;
  maxAccuracyDrop?: Raw;
  maxErrorIncrease?: Raw;
  int8MinElements?: Raw;
  fp16KeepOps?: Raw;
}

export const DEFAULT_CONFIG_FILES = ['model-gate.yml', 'model-gate.yaml', 'model-gate.json'];

export function defaultConfig(): Config {
  return {
    // zstd level 3: float weights barely shrink further at 19, which costs an order of magnitude more time.
    level: 3,
    codec: 'auto',
    threads: Math.max(1, Math.min(4, availableParallelism())),
    failOn: 'fail',
    bench: defaultBenchSettings(),
    eval: { atol: 1e-5, rtol: 1e-4, output: null },
    variants: defaultVariantSettings(),
    thresholds: defaultThresholds(),
    modelThresholds: {},
    configFile: null,
  };
}

/**
 * Bench defaults, calibrated with `npm run bench:verdicts` (README, methodology): at least 10 pairs of each kind, as
 * the distribution-free 95% interval of a median needs 6 and a few more keep early stops honest; 100 ms rounds hold
 * hundreds of runs of a fast model; a 25 s budget keeps a 10 MB model pair under 60 s even when a failure is re-measured.
 */
export function defaultVariantSettings(): VariantSettings {
  return {
    build: [],
    publish: 'best',
    maxAccuracyDrop: parseBudget('-0.5pp', 'accuracy', 'defaults'),
    maxErrorIncrease: parseBudget('+2%', 'rmse', 'defaults'),
    int8MinElements: 1024,
    fp16KeepOps: [...DEFAULT_FP16_KEEP_OPS],
  };
}

export function defaultBenchSettings(): BenchSettings {
  return { budgetSeconds: 25, loadSamples: 10, latencyRounds: 10, latencyTimeMs: 100, warmupMs: 25, intraOpThreads: 1, interOpThreads: 1 };
}

export async function buildConfig(raw: RawSettings, cwd = process.cwd()): Promise<Config> {
  const config = defaultConfig();
  const file = raw.config ? raw.config.value : await findDefaultConfig(cwd);
  if (file) {
    applyConfigFile(config, await readConfigFile(file, raw.config?.source), file);
    config.configFile = file;
  }
  if (raw.level) config.level = parseLevel(raw.level.value, raw.level.source);
  if (raw.codec) config.codec = parseCodec(raw.codec.value, raw.codec.source);
  if (raw.threads) config.threads = parseInteger(raw.threads.value, raw.threads.source, 1, 256);
  if (raw.failOn) config.failOn = parseFailOn(raw.failOn.value, raw.failOn.source);
  const benchFlags: Array<[string, Raw | undefined]> = [
    ['budget', raw.budgetSeconds],
    ['load-samples', raw.loadSamples],
    ['latency-rounds', raw.latencyRounds],
    ['latency-time-ms', raw.latencyTimeMs],
    ['warmup-ms', raw.warmupMs],
    ['intra-op-threads', raw.intraOpThreads],
    ['inter-op-threads', raw.interOpThreads],
  ];
  for (const [key, value] of benchFlags) if (value) setBench(config, key, value);
  if (raw.atol) config.eval.atol = parseNonNegative(raw.atol.value, raw.atol.source);
  if (raw.rtol) config.eval.rtol = parseNonNegative(raw.rtol.value, raw.rtol.source);
  if (raw.output) config.eval.output = raw.output.value.trim() || null;
  applyVariantSettings(config.variants, raw);
  for (const t of raw.thresholds ?? []) Object.assign(config.thresholds, parseThresholdLines(t.value, t.source, config.thresholds));
  return config;
}

/** The thresholds in force for one model: the global ones with its overrides on top. */
export function thresholdsFor(config: Config, model: string): Record<MetricId, ThresholdPair> {
  return { ...config.thresholds, ...config.modelThresholds[model] };
}

async function findDefaultConfig(cwd: string): Promise<string | null> {
  for (const name of DEFAULT_CONFIG_FILES) {
    const path = `${cwd}/${name}`;
    try {
      // lstat, not access: a dangling link is found (and then refused when read), not silently skipped.
      await lstat(path);
      return path;
    } catch {
      // not there: try the next name
    }
  }
  return null;
}

async function readConfigFile(path: string, source = 'config file'): Promise<unknown> {
  const text = await readUntrustedText(path, 'config file').catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(`${source}: ${error.message}`) : error;
  });
  if (path.endsWith('.json')) return parseUntrustedJson(text, path);
  try {
    // The YAML parser is loaded only when a YAML file is read: it is the largest module of the CLI. yaml is CommonJS
    // under Node: its module object is the default export both natively and in the esbuild bundle (whose chunk has no
    // named exports), so it is read through `default`.
    return (await import('yaml')).default.parse(text);
  } catch (error) {
    // The first line of yaml's message says what and where; the lines after it quote the file, which is not echoed.
    throw new InputError(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Variant settings by config-file key; action inputs and flags use the same names. */
const VARIANT_KEYS = {
  variants: 'variants',
  publish: 'publish',
  'max-accuracy-drop': 'maxAccuracyDrop',
  'max-error-increase': 'maxErrorIncrease',
  'int8-min-elements': 'int8MinElements',
  'fp16-keep-ops': 'fp16KeepOps',
} as const satisfies Record<string, keyof RawSettings>;

const FILE_KEYS = ['compression-level', 'codec', 'threads', 'fail-on', 'thresholds', 'eval', 'bench', 'models', ...Object.keys(VARIANT_KEYS)];

function applyVariantSettings(v: VariantSettings, raw: RawSettings): void {
  if (raw.variants) v.build = parseVariantList(raw.variants.value, raw.variants.source);
  if (raw.publish) {
    const p = raw.publish.value.trim().toLowerCase();
    if (p !== 'original' && p !== 'best') throw new InputError(`${raw.publish.source}: "${raw.publish.value}" is not one of original, best`);
    v.publish = p;
  }
  if (raw.maxAccuracyDrop) v.maxAccuracyDrop = parseBudget(raw.maxAccuracyDrop.value, 'accuracy', raw.maxAccuracyDrop.source);
  if (raw.maxErrorIncrease) v.maxErrorIncrease = parseBudget(raw.maxErrorIncrease.value, 'rmse', raw.maxErrorIncrease.source);
  if (raw.int8MinElements) v.int8MinElements = parseInteger(raw.int8MinElements.value, raw.int8MinElements.source, 1, 2 ** 31);
  if (raw.fp16KeepOps) v.fp16KeepOps = splitList(raw.fp16KeepOps.value);
}

/** `fp16, int8` (commas, spaces or lines); `fp32` and `original` name the lossless original, always measured. */
function parseVariantList(value: string, source: string): VariantName[] {
  const out: VariantName[] = [];
  for (const item of splitList(value)) {
    const name = item.toLowerCase();
    if (name === 'fp32' || name === 'original') continue;
    if (!(VARIANTS as readonly string[]).includes(name)) throw new InputError(`${source}: unknown variant "${item}"; variants are fp32 (the original), ${VARIANTS.join(', ')}`);
    if (!out.includes(name as VariantName)) out.push(name as VariantName);
  }
  return out;
}

function splitList(value: string): string[] {
  return value.split(/[\s,;]+/).filter((s) => s !== '');
}

/** A budget is a fail level of the metric it is judged on; "none" is refused: a lossy variant needs a budget. */
function parseBudget(value: string, metric: 'accuracy' | 'rmse', source: string): Threshold {
  const t = parseThreshold(value, METRICS[metric], source);
  if (!t) throw new InputError(`${source}: a lossy variant needs a budget; "${value}" sets none`);
  return t;
}
/** Bench settings by config-file key (flags and action inputs use the same names), with the range each accepts. */
const BENCH_KEYS: Record<string, { field: keyof BenchSettings; min: number; max: number }> = {
  budget: { field: 'budgetSeconds', min: 1, max: 3600 },
  'load-samples': { field: 'loadSamples', min: 1, max: 1000 },
  'latency-rounds': { field: 'latencyRounds', min: 1, max: 1000 },
  'latency-time-ms': { field: 'latencyTimeMs', min: 1, max: 600_000 },
  'warmup-ms': { field: 'warmupMs', min: 0, max: 600_000 },
  'intra-op-threads': { field: 'intraOpThreads', min: 0, max: 256 },
  'inter-op-threads': { field: 'interOpThreads', min: 0, max: 256 },
};

function setBench(config: Config, key: string, raw: Raw): void {
  const { field, min, max } = BENCH_KEYS[key]!;
  config.bench[field] = parseInteger(raw.value, raw.source, min, max);
}

function applyConfigFile(config: Config, data: unknown, file: string): void {
  if (data === null || data === undefined) return;
  const top = asObject(data, file);
  checkKeys(top, FILE_KEYS, file);
  const at = (key: string): string => `${file}: ${key}`;
  if (top['compression-level'] !== undefined) config.level = parseLevel(String(top['compression-level']), at('compression-level'));
  if (top.codec !== undefined) config.codec = parseCodec(String(top.codec), at('codec'));
  if (top.threads !== undefined) config.threads = parseInteger(String(top.threads), at('threads'), 1, 256);
  if (top['fail-on'] !== undefined) config.failOn = parseFailOn(String(top['fail-on']), at('fail-on'));
  if (top.thresholds !== undefined) Object.assign(config.thresholds, parseThresholdTable(top.thresholds, at('thresholds'), config.thresholds));
  const variantRaw: RawSettings = {};
  for (const [key, field] of Object.entries(VARIANT_KEYS)) {
    const value = top[key];
    if (value !== undefined) variantRaw[field] = { value: Array.isArray(value) ? value.join(',') : String(value), source: at(key) };
  }
  applyVariantSettings(config.variants, variantRaw);
  if (top.eval !== undefined) {
    const e = asObject(top.eval, at('eval'));
    checkKeys(e, ['atol', 'rtol', 'output'], at('eval'));
    if (e.atol !== undefined) config.eval.atol = parseNonNegative(String(e.atol), at('eval.atol'));
    if (e.rtol !== undefined) config.eval.rtol = parseNonNegative(String(e.rtol), at('eval.rtol'));
    if (e.output !== undefined) config.eval.output = String(e.output);
  }
  if (top.bench !== undefined) {
    const b = asObject(top.bench, at('bench'));
    checkKeys(b, Object.keys(BENCH_KEYS), at('bench'));
    for (const key of Object.keys(BENCH_KEYS)) {
      if (b[key] !== undefined) setBench(config, key, { value: String(b[key]), source: at(`bench.${key}`) });
    }
  }
  if (top.models !== undefined) {
    for (const [name, value] of Object.entries(asObject(top.models, at('models')))) {
      const m = asObject(value, at(`models.${name}`));
      checkKeys(m, ['thresholds'], at(`models.${name}`));
      if (m.thresholds !== undefined) {
        config.modelThresholds[name] = parseThresholdTable(m.thresholds, at(`models.${name}.thresholds`), config.thresholds);
      }
    }
  }
}

/** `{ metric: "WARN/FAIL" | FAIL | { warn, fail } }` */
function parseThresholdTable(value: unknown, source: string, base: Record<MetricId, ThresholdPair>): Partial<Record<MetricId, ThresholdPair>> {
  const out: Partial<Record<MetricId, ThresholdPair>> = {};
  for (const [name, spec] of Object.entries(asObject(value, source))) {
    const metric = metricFromName(name, source);
    const where = `${source}.${name}`;
    if (typeof spec === 'string' || typeof spec === 'number') {
      out[metric.id] = parseThresholdPair(spec, metric, where, base[metric.id]);
    } else {
      const obj = asObject(spec, where);
      checkKeys(obj, ['warn', 'fail'], where);
      const pick = (key: 'warn' | 'fail') =>
        obj[key] === undefined ? base[metric.id][key] : parseThreshold(obj[key] === null ? 'none' : String(obj[key]), metric, `${where}.${key}`);
      const pair = { warn: pick('warn'), fail: pick('fail') };
      checkOrder(pair, metric, where);
      out[metric.id] = pair;
    }
  }
  return out;
}

function parseLevel(value: string, source: string): number {
  return parseInteger(value, source, 1, 22);
}

function parseCodec(value: string, source: string): CodecRequest {
  const v = value.trim() as CodecRequest;
  if (!CODECS.includes(v)) throw new InputError(`${source}: "${value}" is not one of ${CODECS.join(', ')}`);
  return v;
}

function parseFailOn(value: string, source: string): FailOn {
  const v = value.trim().toLowerCase();
  if (v === 'fail' || v === 'warn' || v === 'never') return v;
  throw new InputError(`${source}: "${value}" is not one of fail, warn, never`);
}

export function parseInteger(value: string, source: string, min: number, max: number): number {
  const v = value.trim();
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || n < min || n > max) {
    throw new InputError(`${source}: "${value}" must be a whole number from ${min} to ${max}`);
  }
  return n;
}

export function parseBoolean(value: string, source: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(`${source}: "${value}" must be true or false`);
}

function parseNonNegative(value: string, source: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InputError(`${source}: "${value}" must be a number ≥ 0`);
  return n;
}

function asObject(value: unknown, source: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${source} must be a mapping of keys to values`);
  }
  return value as Record<string, unknown>;
}

function checkKeys(obj: Record<string, unknown>, allowed: string[], source: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new InputError(`${source}: unknown key "${key}"; allowed: ${allowed.join(', ')}`);
  }
}

