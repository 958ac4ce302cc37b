// The Config the stages run with: its type, its skeleton, and the parsers of its values. Which setting is read from
// where (flag, action input, config-file key) is declared once in settings.ts; build-config.ts builds the Config from
// them: defaults ← config file ← flags/inputs. Every error names the input and what it accepts.
import { availableParallelism } from 'node:os';
import { METRICS, type MetricId } from '../checks.js';
import { InputError, oneOf } from '../errors.js';
import type { CodecRequest } from '../pack/codecs/registry.js';
import type { PackOptions } from '../pack/pack.js';
import { checkOrder, defaultThresholds, metricFromName, parseThreshold, parseThresholdPair } from './thresholds.js';

// Each stage declares its own settings; the config assembles them.
import type { BenchSettings } from '../bench/settings.js';
import type { EvalSettings } from '../eval/settings.js';
import { FAIL_ON, type FailOn, type HistoryMetric, type Threshold, type ThresholdPair } from '../checks.js';

// Variant kinds and their settings are the variants stage's own (variants/kinds.ts); re-exported for this module's users.
import type { VariantName, VariantSettings } from '../variants/kinds.js';
import { VARIANT_KINDS as VARIANTS } from '../variants/kinds.js';
export type { VariantName, VariantSettings };

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
  /** Measure a model whose bytes equal its baseline's anyway (off: it is reported unchanged, not measured). */
  remeasureUnchanged: boolean;
  bench: BenchSettings;
  eval: EvalSettings;
  variants: VariantSettings;
  thresholds: Record<MetricId, ThresholdPair>;
  /** The onnxruntime release ("1.17") whose limits the interface check holds a candidate's opsets and IR version to. */
  targetOnnxruntime: string;
  /** Per-model overrides by model name, applied over `thresholds`. */
  modelThresholds: Record<string, Partial<Record<MetricId, ThresholdPair>>>;
  /**
   * Per-model eval by model name (the config file's `models.<name>`): its own eval data folder, over `eval-data/<name>/`
   * and the shared data, and eval settings applied over `eval`.
   */
  modelEval: Record<string, ModelEval>;
  /** The history across releases (history/history.ts): how many releases back, and the drift levels of its chains. */
  history: { releases: number; drift: Record<HistoryMetric, ThresholdPair> };
  /** The config file read, if any. */
  configFile: string | null;
}

export interface ModelEval {
  /** The model's eval data folder (`models.<name>.eval-data`), relative to the working directory; null: not set. */
  data: string | null;
  settings: Partial<EvalSettings>;
}

/** A raw setting and where it came from, e.g. `{ value: '19', source: '--level' }`. */
export interface Raw {
  value: string;
  source: string;
}

/** Raw settings by setting name (src/inputs/settings.ts), in the order given; the last one of a single-valued setting wins. */
export type RawSettings = Partial<Record<string, Raw[]>>;

/**
 * The part of a Config that no written default gives: the structure, and the values whose default depends on the machine
 * or is "nothing" (threads: the cores, at most 4; no variants; no output named; the metric catalog's thresholds). Every
 * other default is its setting's `default` in settings.ts, applied by defaultConfig() (build-config.ts): declared once.
 */
export function configSkeleton(): Config {
  const skeleton: ConfigSkeleton = {
    threads: Math.max(1, Math.min(4, availableParallelism())),
    bench: {},
    eval: { output: null },
    variants: { build: [] },
    thresholds: defaultThresholds(),
    modelThresholds: {},
    modelEval: {},
    history: { drift: { 'load-time': { warn: null, fail: null }, 'latency-p50': { warn: null, fail: null } } },
    configFile: null,
  };
  // Incomplete until defaultConfig() applies every setting's default to it (build-config.ts, tested there): a Config is
  // a ConfigSkeleton, so this is a narrowing the compiler checks the shape of, not a cast through unknown.
  return skeleton as Config;
}

/** What configSkeleton() fills in: the structure, and the values no setting's default gives. */
type ConfigSkeleton = Pick<Config, 'threads' | 'thresholds' | 'modelThresholds' | 'modelEval' | 'configFile'> & {
  bench: Partial<Config['bench']>;
  eval: Partial<Config['eval']>;
  variants: Partial<Config['variants']>;
  history: Partial<Config['history']>;
};

/** The pack settings of a Config: one reading for every place that packs (the candidates, variants, a `ref:` baseline). */
export function packOptions(config: Config): PackOptions {
  return { level: config.level, threads: config.threads, codec: config.codec };
}

/** The thresholds in force for one model: the global ones with its overrides on top. */
export function thresholdsFor(config: Config, model: string): Record<MetricId, ThresholdPair> {
  return { ...config.thresholds, ...config.modelThresholds[model] };
}

/** The eval settings in force for one model: the global ones with its own on top. */
export function evalSettingsFor(config: Config, model: string): EvalSettings {
  return { ...config.eval, ...config.modelEval[model]?.settings };
}

/** `fp16, int8` (commas, spaces or lines); `fp32` and `original` name the lossless original, always measured. */
export function parseVariantList(value: string, source: string): VariantName[] {
  const out: VariantName[] = [];
  for (const item of splitList(value)) {
    const name = item.toLowerCase();
    if (name === 'fp32' || name === 'original') continue;
    if (!(VARIANTS as readonly string[]).includes(name)) throw new InputError(`${source}: unknown variant "${item}"; variants are fp32 (the original), ${VARIANTS.join(', ')}`);
    if (!out.includes(name as VariantName)) out.push(name as VariantName);
  }
  return out;
}

export function splitList(value: string): string[] {
  return value.split(/[\s,;]+/).filter((s) => s !== '');
}

/** A budget is a fail level of the metric it is judged on; "none" is refused: a lossy variant needs a budget. */
export function parseBudget(value: string, metric: 'accuracy' | 'rmse', source: string): Threshold {
  const t = parseThreshold(value, METRICS[metric], source);
  if (!t) throw new InputError(`${source}: a lossy variant needs a budget; "${value}" sets none`);
  return t;
}
/** `{ metric: "WARN/FAIL" | FAIL | { warn, fail } }` */
export function parseThresholdTable(value: unknown, source: string, base: Record<MetricId, ThresholdPair>): Partial<Record<MetricId, ThresholdPair>> {
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

/**
 * A drift level on a chained change across releases: "WARN/FAIL" or a fail level alone, relative only — a level in ms
 * would set a timing of one run beside a timing of another.
 */
export function parseDrift(value: string, metric: 'load-time' | 'latency-p50', source: string): ThresholdPair {
  const pair = parseThresholdPair(value, METRICS[metric], source, { warn: null, fail: null });
  for (const t of [pair.warn, pair.fail]) {
    if (t && t.kind !== 'relative') throw new InputError(`${source}: drift level "${t.text}" must be a percentage such as +20%: a chained change across releases has no unit`);
  }
  return pair;
}

export function parseLevel(value: string, source: string): number {
  return parseInteger(value, source, 1, 22);
}

export function parseFailOn(value: string, source: string): FailOn {
  return oneOf(value, FAIL_ON, source);
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

export function parseNonNegative(value: string, source: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InputError(`${source}: "${value}" must be a number ≥ 0`);
  return n;
}

export function asObject(value: unknown, source: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${source} must be a mapping of keys to values`);
  }
  return value as Record<string, unknown>;
}

export function checkKeys(obj: Record<string, unknown>, allowed: string[], source: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new InputError(`${source}: unknown key "${key}"; allowed: ${allowed.join(', ')}`);
  }
}

