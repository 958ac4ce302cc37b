import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  MAX_MODELS
} from "./chunk-HJDLSVHR.js";
import {
  ORT_PIN
} from "./chunk-6G6LRQWM.js";
import {
  FAIL_ON,
  METRICS,
  METRIC_IDS,
  isMetricId
} from "./chunk-JBFINEWN.js";
import {
  VARIANT_KINDS
} from "./chunk-F75FJUY5.js";
import {
  InputError,
  oneOf
} from "./chunk-4WKGVMNP.js";

// src/interface/runtime-support.ts
var TABLE = [
  { release: "1.14", ir: 8, onnx: 18, ml: 3 },
  { release: "1.15", ir: 8, onnx: 19, ml: 3 },
  { release: "1.16", ir: 9, onnx: 19, ml: 3 },
  { release: "1.17", ir: 9, onnx: 20, ml: 4 },
  { release: "1.18", ir: 10, onnx: 21, ml: 4 },
  { release: "1.30", ir: 13, onnx: 26, ml: 5 }
];
var BUNDLED_ONNXRUNTIME = ORT_PIN["onnxruntime-node"].version.split(".").slice(0, 2).join(".");
var parts = (release) => release.split(".").map(Number);
var before = (a, b) => {
  const [am, an] = parts(a);
  const [bm, bn] = parts(b);
  return am < bm || am === bm && an < bn;
};
function parseRuntimeRelease(value, source) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
  const oldest = TABLE[0].release;
  if (!m) throw new InputError(`${source}: "${value}" is not an onnxruntime release such as ${BUNDLED_ONNXRUNTIME}`);
  const release = `${Number(m[1])}.${Number(m[2])}`;
  if (before(release, oldest)) throw new InputError(`${source}: onnxruntime ${release} is older than the oldest release model-gate knows the limits of (${oldest})`);
  if (before(BUNDLED_ONNXRUNTIME, release)) throw new InputError(`${source}: onnxruntime ${release} is newer than the bundled ${BUNDLED_ONNXRUNTIME}; model-gate knows the limits of ${TABLE.map((r) => r.release).join(", ")}`);
  return release;
}
function runtimeSupport(release) {
  const row = [...TABLE].reverse().find((r) => !before(release, r.release)) ?? TABLE[0];
  return { release: row.release === release ? release : `${release} (held to ${row.release}'s limits)`, irVersion: row.ir, opsets: { "": row.onnx, "ai.onnx": row.onnx, "ai.onnx.ml": row.ml } };
}

// src/inputs/config.ts
import { availableParallelism } from "node:os";

// src/inputs/thresholds.ts
var THRESHOLD_FORMS = `accepted forms: "+10%" or "10%" (relative to the baseline), "+0.01" / "-0.01" (absolute, in the metric's unit), "-0.5pp" (percentage points, for shares such as accuracy), "+5ms", or "none"; a pair is "WARN/FAIL", e.g. "+10%/+25%"`;
function parseThreshold(raw, metric, source) {
  const text = String(raw).trim();
  const fail = (why) => {
    throw new InputError(`${source}: threshold "${text}" for ${metric.id} ${why}; ${THRESHOLD_FORMS}`);
  };
  if (/^(none|off)$/i.test(text)) return null;
  const match = /^([+-]?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%|pp|ms)?$/i.exec(text);
  if (!match) return fail("is not understood");
  const [, sign = "", digits = "", suffix = ""] = match;
  const unit = suffix.toLowerCase();
  if (unit === "pp" && metric.unit !== "share") fail('uses "pp", which only applies to shares such as accuracy');
  if (unit === "ms" && metric.unit !== "ms") fail('uses "ms", which only applies to timings');
  const worseSign = metric.worse === "higher" ? "+" : "-";
  if (sign !== "" && sign !== worseSign) {
    fail(`points the wrong way: ${metric.label} gets worse as it goes ${metric.worse === "higher" ? "up" : "down"}, so write "${worseSign}${digits}${suffix}"`);
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) fail("is not a finite number");
  if (unit === "%") return { kind: "relative", amount: value / 100, text: `${worseSign}${digits}%` };
  const amount = unit === "pp" ? value / 100 : value;
  return { kind: "absolute", amount, text: `${worseSign}${digits}${suffix}` };
}
function parseThresholdPair(raw, metric, source, base) {
  const parts2 = String(raw).split("/");
  if (parts2.length > 2) {
    throw new InputError(`${source}: threshold "${raw}" for ${metric.id} has more than two parts; ${THRESHOLD_FORMS}`);
  }
  const pair = parts2.length === 2 ? { warn: parseThreshold(parts2[0], metric, source), fail: parseThreshold(parts2[1], metric, source) } : { warn: base.warn, fail: parseThreshold(parts2[0], metric, source) };
  checkOrder(pair, metric, source);
  return pair;
}
function checkOrder(pair, metric, source) {
  const { warn, fail } = pair;
  if (warn && fail && warn.kind === fail.kind && warn.amount > fail.amount) {
    throw new InputError(`${source}: for ${metric.id} the warn level ${warn.text} is beyond the fail level ${fail.text}; warn must come first`);
  }
}
function metricFromName(name, source) {
  const id = name.trim();
  if (!isMetricId(id)) throw new InputError(`${source}: unknown metric "${id}"; metrics are ${METRIC_IDS.join(", ")}`);
  return METRICS[id];
}
function parseThresholdLines(text, source, base) {
  const out = {};
  for (const line of text.split(/[\n,;]/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const match = /^([a-z0-9-]+)\s*[:=]\s*(.+)$/i.exec(trimmed);
    if (!match) throw new InputError(`${source}: "${trimmed}" is not "metric: WARN/FAIL" (e.g. "latency-p50: +10%/+25%")`);
    const metric = metricFromName(match[1], source);
    out[metric.id] = parseThresholdPair(match[2], metric, source, out[metric.id] ?? base[metric.id]);
  }
  return out;
}
function defaultThresholds() {
  const out = {};
  for (const id of METRIC_IDS) {
    const def = METRICS[id];
    out[id] = {
      warn: def.defaults.warn === null ? null : parseThreshold(def.defaults.warn, def, "defaults"),
      fail: def.defaults.fail === null ? null : parseThreshold(def.defaults.fail, def, "defaults")
    };
  }
  return out;
}
var INTERFACE_LEVELS = ["fail", "warn", "off"];
function interfaceLevel(value, source) {
  const level = oneOf(value.trim(), INTERFACE_LEVELS, source);
  const any = parseThreshold("+0", METRICS.interface, source);
  return { warn: level === "warn" ? any : null, fail: level === "fail" ? any : null };
}

// src/inputs/config.ts
var DEFAULT_FP16_KEEP_OPS = ["Resize", "Upsample", "Range", "NonMaxSuppression", "RoiAlign", "Pad", "Clip", "BatchNormalization"];
function configSkeleton() {
  const skeleton = {
    threads: Math.max(1, Math.min(4, availableParallelism())),
    bench: {},
    eval: { output: null },
    variants: { build: [] },
    thresholds: defaultThresholds(),
    modelThresholds: {},
    modelEval: {},
    history: { drift: { "load-time": { warn: null, fail: null }, "latency-p50": { warn: null, fail: null } } },
    configFile: null
  };
  return skeleton;
}
function packOptions(config) {
  return { level: config.level, threads: config.threads, codec: config.codec };
}
function thresholdsFor(config, model) {
  return { ...config.thresholds, ...config.modelThresholds[model] };
}
function evalSettingsFor(config, model) {
  return { ...config.eval, ...config.modelEval[model]?.settings };
}
function parseVariantList(value, source) {
  const out = [];
  for (const item of splitList(value)) {
    const name = item.toLowerCase();
    if (name === "fp32" || name === "original") continue;
    if (!VARIANT_KINDS.includes(name)) throw new InputError(`${source}: unknown variant "${item}"; variants are fp32 (the original), ${VARIANT_KINDS.join(", ")}`);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
function splitList(value) {
  return value.split(/[\s,;]+/).filter((s) => s !== "");
}
function parseBudget(value, metric, source) {
  const t = parseThreshold(value, METRICS[metric], source);
  if (!t) throw new InputError(`${source}: a lossy variant needs a budget; "${value}" sets none`);
  return t;
}
function parseThresholdTable(value, source, base) {
  const out = {};
  for (const [name, spec] of Object.entries(asObject(value, source))) {
    const metric = metricFromName(name, source);
    const where = `${source}.${name}`;
    if (typeof spec === "string" || typeof spec === "number") {
      out[metric.id] = parseThresholdPair(spec, metric, where, base[metric.id]);
    } else {
      const obj = asObject(spec, where);
      checkKeys(obj, ["warn", "fail"], where);
      const pick = (key) => obj[key] === void 0 ? base[metric.id][key] : parseThreshold(obj[key] === null ? "none" : String(obj[key]), metric, `${where}.${key}`);
      const pair = { warn: pick("warn"), fail: pick("fail") };
      checkOrder(pair, metric, where);
      out[metric.id] = pair;
    }
  }
  return out;
}
function parseDrift(value, metric, source) {
  const pair = parseThresholdPair(value, METRICS[metric], source, { warn: null, fail: null });
  for (const t of [pair.warn, pair.fail]) {
    if (t && t.kind !== "relative") throw new InputError(`${source}: drift level "${t.text}" must be a percentage such as +20%: a chained change across releases has no unit`);
  }
  return pair;
}
function parseLevel(value, source) {
  return parseInteger(value, source, 1, 22);
}
function parseFailOn(value, source) {
  return oneOf(value, FAIL_ON, source);
}
function parseInteger(value, source, min, max) {
  const v = value.trim();
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || n < min || n > max) {
    throw new InputError(`${source}: "${value}" must be a whole number from ${min} to ${max}`);
  }
  return n;
}
function parseBoolean(value, source) {
  const v = value.trim().toLowerCase();
  if (v === "true") return true;
  if (v === "false") return false;
  throw new InputError(`${source}: "${value}" must be true or false`);
}
function parseNonNegative(value, source) {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new InputError(`${source}: "${value}" must be a number \u2265 0`);
  return n;
}
function asObject(value, source) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${source} must be a mapping of keys to values`);
  }
  return value;
}
function checkKeys(obj, allowed, source) {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new InputError(`${source}: unknown key "${key}"; allowed: ${allowed.join(", ")}`);
  }
}

// src/matrix/shard.ts
import { createHash } from "node:crypto";
function shardOf(name, count) {
  let best = 1;
  let bestHash = "";
  for (let i = 1; i <= count; i++) {
    const hash = createHash("sha256").update(`${name}/${i}`).digest("hex");
    if (hash > bestHash) [best, bestHash] = [i, hash];
  }
  return best;
}
function shardItems(items, nameOf, spec) {
  return items.filter((item) => shardOf(nameOf(item), spec.count) === spec.index);
}
function checkGateSize(count, source) {
  if (count > MAX_MODELS) {
    throw new InputError(`${source}: ${count} models; one gate (a whole matrix of shards included) reports at most ${MAX_MODELS}: split them into separate gates`);
  }
}

export {
  BUNDLED_ONNXRUNTIME,
  parseRuntimeRelease,
  runtimeSupport,
  THRESHOLD_FORMS,
  parseThresholdLines,
  INTERFACE_LEVELS,
  interfaceLevel,
  DEFAULT_FP16_KEEP_OPS,
  configSkeleton,
  packOptions,
  thresholdsFor,
  evalSettingsFor,
  parseVariantList,
  splitList,
  parseBudget,
  parseThresholdTable,
  parseDrift,
  parseLevel,
  parseFailOn,
  parseInteger,
  parseBoolean,
  parseNonNegative,
  asObject,
  checkKeys,
  shardOf,
  shardItems,
  checkGateSize
};
//# sourceMappingURL=chunk-TB67CA3A.js.map
