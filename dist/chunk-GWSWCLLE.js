import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  CONFIDENCE,
  METRICS
} from "./chunk-JBFINEWN.js";

// src/interface/contract.ts
var KINDS = {
  "input-added": true,
  "input-removed": true,
  "input-renamed": true,
  "input-moved": true,
  "output-removed": true,
  "output-renamed": true,
  "output-moved": true,
  "output-added": false,
  "type-changed": true,
  "rank-changed": true,
  "dim-changed": true,
  "dim-made-fixed": true,
  "dim-made-dynamic": false,
  "dim-renamed": false,
  "opset-unsupported": true,
  "ir-version-unsupported": true,
  "opset-changed": false,
  "ir-version-changed": false,
  "producer-changed": false,
  "metadata-changed": false
};
var INTERFACE_CHANGE_KINDS = Object.keys(KINDS);
var MAX_TEXT = 200;
var clip = (s) => s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}\u2026` : s;
var change = (kind, name, before, after) => ({
  kind,
  breaking: KINDS[kind],
  name: clip(name),
  before: before === null ? null : clip(before),
  after: after === null ? null : clip(after)
});
function compareInterface(baseline, candidate, target) {
  const changes = [
    ...compareValues("input", baseline.inputs, candidate.inputs),
    ...compareValues("output", baseline.outputs, candidate.outputs),
    ...compareVersions(baseline, candidate, target),
    ...compareMetadata(baseline, candidate)
  ];
  return { target: target.release, changes: [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)] };
}
function compareValues(side, before, after) {
  const out = [];
  const beforeNames = new Set(before.map((v) => v.name));
  const pairs = [];
  const renamedTo = /* @__PURE__ */ new Set();
  for (const [i, b] of before.entries()) {
    const same = after.find((a) => a.name === b.name);
    if (same) {
      const j = after.indexOf(same);
      if (j !== i) out.push(change(`${side}-moved`, b.name, `position ${i}`, `position ${j}`));
      pairs.push([b, same]);
      continue;
    }
    const there = after[i];
    if (there && !beforeNames.has(there.name)) {
      out.push(change(`${side}-renamed`, b.name, b.name, there.name));
      renamedTo.add(there.name);
      pairs.push([b, there]);
    } else out.push(change(`${side}-removed`, b.name, describeValue(b), null));
  }
  for (const a of after) {
    if (!beforeNames.has(a.name) && !renamedTo.has(a.name)) out.push(change(`${side}-added`, a.name, null, describeValue(a)));
  }
  for (const [b, a] of pairs) out.push(...compareValue(b, a));
  return out;
}
function compareValue(b, a) {
  const name = a.name;
  if (b.elemType !== a.elemType) return [change("type-changed", name, b.elemType ?? "not a tensor", a.elemType ?? "not a tensor")];
  if (b.shape === null && a.shape === null) return [];
  if (b.shape === null || a.shape === null || b.shape.length !== a.shape.length) return [change("rank-changed", name, shapeText(b.shape), shapeText(a.shape))];
  const out = [];
  const bs = b.shape;
  a.shape.forEach((dim, axis) => {
    const was = bs[axis] ?? null;
    if (was === dim) return;
    const at = `${name}[${axis}]`;
    const fixed = (d) => typeof d === "number";
    if (fixed(was) && fixed(dim)) out.push(change("dim-changed", at, dimText(was), dimText(dim)));
    else if (fixed(dim)) out.push(change("dim-made-fixed", at, dimText(was), dimText(dim)));
    else if (fixed(was)) out.push(change("dim-made-dynamic", at, dimText(was), dimText(dim)));
    else out.push(change("dim-renamed", at, dimText(was), dimText(dim)));
  });
  return out;
}
var dimText = (d) => d === null ? "?" : String(d);
var shapeText = (shape) => shape === null ? "unknown rank" : `[${shape.map(dimText).join(",")}]`;
var describeValue = (v) => `${v.elemType ?? "not a tensor"} ${shapeText(v.shape)}`;
var domainName = (d) => d === "" ? "ai.onnx" : d;
function compareVersions(baseline, candidate, target) {
  const out = [];
  const runtime = `onnxruntime ${target.release}`;
  if (candidate.irVersion > target.irVersion) out.push(change("ir-version-unsupported", "IR version", String(baseline.irVersion), `${candidate.irVersion} (${runtime} reads up to ${target.irVersion})`));
  else if (candidate.irVersion !== baseline.irVersion) out.push(change("ir-version-changed", "IR version", String(baseline.irVersion), String(candidate.irVersion)));
  const was = new Map(baseline.opsetImports.map((o) => [domainName(o.domain), o.version]));
  for (const o of candidate.opsetImports) {
    const domain = domainName(o.domain);
    const limit = target.opsets[o.domain];
    const before = was.get(domain);
    const beforeText = before === void 0 ? null : String(before);
    if (limit !== void 0 && o.version > limit) out.push(change("opset-unsupported", domain, beforeText, `${o.version} (${runtime} implements up to ${limit})`));
    else if (before !== o.version) out.push(change("opset-changed", domain, beforeText, String(o.version)));
  }
  const now = new Set(candidate.opsetImports.map((o) => domainName(o.domain)));
  for (const [domain, version] of was) if (!now.has(domain)) out.push(change("opset-changed", domain, String(version), null));
  return out;
}
function compareMetadata(baseline, candidate) {
  const out = [];
  const producer = (m) => `${m.producerName} ${m.producerVersion}`.trim();
  if (producer(baseline) !== producer(candidate)) out.push(change("producer-changed", "producer", producer(baseline) || null, producer(candidate) || null));
  const fields = ["domain", "modelVersion", "docString", "graphName"];
  for (const f of fields) {
    const b = String(baseline[f]);
    const a = String(candidate[f]);
    if (b !== a) out.push(change("metadata-changed", f, f === "docString" ? null : b, f === "docString" ? null : a));
  }
  return out;
}
function describeChange(c) {
  const q = (s) => `"${s ?? ""}"`;
  const was = c.before ?? "none";
  const now = c.after ?? "none";
  switch (c.kind) {
    case "input-added":
    case "output-added":
      return `${c.kind.split("-")[0]} ${q(c.name)} added (${now})`;
    case "input-removed":
    case "output-removed":
      return `${c.kind.split("-")[0]} ${q(c.name)} removed`;
    case "input-renamed":
    case "output-renamed":
      return `${c.kind.split("-")[0]} ${q(c.name)} renamed to ${q(c.after)}`;
    case "input-moved":
    case "output-moved":
      return `${c.kind.split("-")[0]} ${q(c.name)} moved from ${was} to ${now}`;
    case "type-changed":
      return `${q(c.name)} element type ${was} \u2192 ${now}`;
    case "rank-changed":
      return `${q(c.name)} shape ${was} \u2192 ${now}`;
    case "dim-changed":
      return `${q(c.name)} fixed dimension ${was} \u2192 ${now}`;
    case "dim-made-fixed":
      return `${q(c.name)} dynamic dimension ${was} made fixed (${now})`;
    case "dim-made-dynamic":
      return `${q(c.name)} fixed dimension ${was} made dynamic (${now})`;
    case "dim-renamed":
      return `${q(c.name)} dynamic dimension ${was} \u2192 ${now}`;
    case "opset-unsupported":
      return `opset ${c.name} ${now}`;
    case "ir-version-unsupported":
      return `IR version ${now}`;
    case "opset-changed":
      return `opset ${c.name} ${was} \u2192 ${now}`;
    case "ir-version-changed":
      return `IR version ${was} \u2192 ${now}`;
    case "producer-changed":
      return `producer ${q(c.before)} \u2192 ${q(c.after)}`;
    case "metadata-changed":
      return c.before === null && c.after === null ? `${c.name} changed` : `${c.name} ${q(c.before)} \u2192 ${q(c.after)}`;
  }
}
function breakingCount(changes) {
  return changes.filter((c) => c.breaking).length;
}
var VERSION_OR_METADATA = /* @__PURE__ */ new Set(["opset-changed", "ir-version-changed", "producer-changed", "metadata-changed"]);
function variantInterfaceChanges(changes) {
  return changes.filter((c) => c.breaking || !VERSION_OR_METADATA.has(c.kind));
}

// src/report/text.ts
var MINUS = "\u2212";
function signed(value, digits) {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `\xB1${text}`;
  return `${value > 0 ? "+" : MINUS}${text}`;
}
var FACTOR_FROM = 10;
function formatPercent(share) {
  if (!Number.isFinite(share)) return share > 0 ? "+\u221E%" : `${MINUS}\u221E%`;
  const factor = 1 + share;
  if (factor >= FACTOR_FROM) return `${factor.toFixed(factor < 100 ? 1 : 0)}\xD7`;
  const pct = share * 100;
  return `${signed(pct, Math.abs(pct) < 10 ? 1 : 0)}%`;
}
var isShare = (metric) => METRICS[metric].unit === "share";
function formatChange(c) {
  if (!c.change) return "\u2014";
  if (isShare(c.metric)) return `${signed(c.change.absolute * 100, 2)} pp`;
  if (METRICS[c.metric].unit === "count") return signed(c.change.absolute, 0);
  if (c.change.relative !== null) return formatPercent(c.change.relative);
  return signed(c.change.absolute, 4);
}
function isNoise(c) {
  const i = c.change?.interval;
  return !!i && i.low <= 0 && i.high >= 0;
}
function isInconclusive(c) {
  return c.inconclusive;
}
function changeCell(c) {
  return isNoise(c) ? "\u2248" : formatChange(c);
}
function intervalText(i) {
  const text = `${formatPercent(i.low)} \u2026 ${formatPercent(i.high)}`;
  return i.confidence < CONFIDENCE ? `${text} (${Math.floor(i.confidence * 100)}%)` : text;
}
function levelText(metric, level) {
  const m = /^([+-]?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%|pp|ms)?$/i.exec(level.trim());
  if (!m) return level;
  const sign = m[1] === "-" ? MINUS : "+";
  const unit = m[3]?.toLowerCase();
  if (isShare(metric) && unit !== "%") {
    const points = unit === "pp" ? Number(m[2]) : Number(m[2]) * 100;
    return `${sign}${points.toFixed(2)} pp`;
  }
  return `${sign}${m[2]}${unit === "ms" ? " ms" : unit ?? ""}`;
}
function crossedLevel(c) {
  const level = c.status === "fail" ? c.threshold.fail : c.status === "warn" ? c.threshold.warn ?? c.threshold.fail : null;
  return level === null ? null : levelText(c.metric, level);
}
function checkCause(c) {
  const label = METRICS[c.metric].label;
  const change2 = formatChange(c);
  if (isInconclusive(c)) return `${label} ${change2}, inconclusive${c.change?.interval ? ` (interval ${intervalText(c.change.interval)})` : ""}`;
  const level = crossedLevel(c);
  return `${label} ${change2}${level ? ` (beyond ${level})` : ""}`;
}
function decidingChecks(m) {
  if (m.verdict !== "fail" && m.verdict !== "warn") return [];
  return m.checks.filter((c) => c.status === m.verdict).sort((a, b) => METRICS[a.metric].rank - METRICS[b.metric].rank);
}
var WHY_CHANGES = 3;
function interfaceCause(c, contract) {
  const breaking = (contract?.changes ?? []).filter((x) => x.breaking);
  if (breaking.length === 0) return checkCause(c);
  const total = Math.max(c.candidate ?? 0, breaking.length);
  const rest = total - Math.min(total, WHY_CHANGES);
  const named = breaking.slice(0, WHY_CHANGES).map(describeChange).join("; ");
  return `interface: ${named}${rest > 0 ? `; and ${rest} more breaking change${rest === 1 ? "" : "s"}` : ""}`;
}
function decidingDrift(m) {
  if (m.verdict !== "fail" && m.verdict !== "warn") return [];
  return (m.history?.chains ?? []).filter((c) => c.status === m.verdict);
}
function driftCause(c) {
  const change2 = `${METRICS[c.metric].label} drift ${c.relative === null ? "\u2014" : formatPercent(c.relative)} since ${c.since ?? "?"}`;
  if (isInconclusive(c)) return `${change2}, inconclusive${c.interval ? ` (interval ${intervalText(c.interval)})` : ""}`;
  const level = crossedLevel({ ...c, change: null });
  return `${change2}${level ? ` (beyond ${level})` : ""}`;
}
function flaggedFirst(models) {
  const order = { fail: 0, warn: 1, "no-baseline": 2, pass: 3 };
  return [...models].sort((a, b) => order[a.verdict] - order[b.verdict]);
}
function modelCause(m) {
  const cause = (c) => c.metric === "interface" ? interfaceCause(c, m.interface) : checkCause(c);
  return [...decidingChecks(m).map(cause), ...decidingDrift(m).map(driftCause)].join("; ");
}
function summarize(verdict, models, baselineNote) {
  if (verdict === "no-baseline") return `no baseline \u2014 ${baselineNote ?? "nothing to compare with"}; measured the candidate only`;
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  if (verdict === "pass" && models.length === 0) return "pass \u2014 no models to gate";
  if (verdict === "pass") {
    const passed = models.filter((m) => m.verdict === "pass");
    const unchanged = passed.filter((m) => m.unchanged).length;
    const alone = models.length - passed.length;
    return `pass \u2014 ${count(passed.length, "model")} within every threshold${unchanged > 0 ? ` (${unchanged} unchanged)` : ""}${alone > 0 ? `, ${alone} without baseline` : ""}`;
  }
  const flagged = models.filter((m) => m.verdict === verdict);
  const parts = flagged.slice(0, 3).map((m) => `${m.name}: ${modelCause(m)}`);
  const more = flagged.length > 3 ? `; and ${count(flagged.length - 3, "more model")}` : "";
  const warnings = verdict === "fail" ? models.filter((m) => m.verdict === "warn").length : 0;
  return `${verdict} \u2014 ${parts.join("; ")}${more}${warnings > 0 ? ` (and ${count(warnings, "model")} with warnings)` : ""}`;
}
function bytes(n) {
  if (n < 1e3) return `${n} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = n;
  let u = -1;
  while (v >= 1e3 && u < units.length - 1) {
    v /= 1e3;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}
function ms(v) {
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  return `${(v * 1e3).toFixed(0)} \xB5s`;
}
function formatShare(v) {
  return `${(v * 100).toFixed(1)}%`;
}
function formatValue(metric, v) {
  switch (METRICS[metric].unit) {
    case "bytes":
      return bytes(v);
    case "ms":
      return ms(v);
    case "share":
      return formatShare(v);
    case "count":
      return String(v);
    default:
      return Math.abs(v) >= 1e3 || v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential(3) : v.toPrecision(4);
  }
}
var checkOf = (m, id) => m.checks.find((c) => c.metric === id);
var qualityOf = (m) => checkOf(m, "accuracy") ?? checkOf(m, "rmse") ?? checkOf(m, "mae") ?? checkOf(m, "reference-agreement");
function rowCells(baselineSource, m, marks) {
  const variant = m.variants && m.variants.published !== "original" ? ` (${m.variants.published})` : "";
  const model = `${m.name}${variant}`;
  if (m.unchanged) {
    const packed = checkOf(m, "packed-size");
    const was = packed?.baseline != null && packed.baseline !== m.candidate.packed.bytes ? ` (was ${bytes(packed.baseline)})` : "";
    const size = `${bytes(m.candidate.packed.bytes)}${was}${packed ? marks.status[packed.status] : ""}`;
    const same = `same bytes as ${baselineSource ?? "the baseline"}`;
    const flagged = m.verdict === "fail" || m.verdict === "warn";
    const verdict2 = `${marks.verdict[m.verdict]} ${flagged ? `${m.verdict} (unchanged)` : "unchanged"}`.trim();
    return { model, verdict: verdict2, packed: size, load: "\u2014", latency: "\u2014", quality: "\u2014", why: flagged ? `${modelCause(m)}; ${same}` : same };
  }
  const verdict = `${marks.verdict[m.verdict]} ${m.verdict === "no-baseline" ? "no baseline" : m.verdict}`.trim();
  const quality = qualityOf(m);
  return {
    model,
    verdict,
    packed: sizeCell(checkOf(m, "packed-size"), marks),
    load: timingCell(checkOf(m, "load-time"), marks),
    latency: timingCell(checkOf(m, "latency-p50"), marks),
    quality: quality ? valueCell(quality, marks) : "\u2014",
    why: m.verdict === "fail" || m.verdict === "warn" ? modelCause(m) : ""
  };
}
function sizeCell(c, marks) {
  if (!c || c.candidate === null) return "\u2014";
  if (!c.change || c.baseline === null) return bytes(c.candidate);
  if (c.change.absolute === 0) return `${bytes(c.candidate)} (same)`;
  const was = c.status === "fail" || c.status === "warn" ? `, was ${bytes(c.baseline)}` : "";
  return `${bytes(c.candidate)} (${formatChange(c)}${marks.status[c.status]}${was})`;
}
function timingCell(c, marks) {
  if (!c) return "\u2014";
  if (!c.change) return c.candidate === null ? "\u2014" : formatValue(c.metric, c.candidate);
  return `${changeCell(c)}${marks.status[c.status]}${isInconclusive(c) ? " inconclusive" : ""}`;
}
function valueCell(c, marks) {
  if (c.candidate === null) return c.status === "skipped" ? c.note ?? "n/a" : "\u2014";
  const value = formatValue(c.metric, c.candidate);
  if (!c.change) return value;
  if (c.change.absolute === 0) return `${value} (same)`;
  return `${value} (${formatChange(c)}${marks.status[c.status]})`;
}

export {
  INTERFACE_CHANGE_KINDS,
  compareInterface,
  describeChange,
  breakingCount,
  variantInterfaceChanges,
  formatPercent,
  formatChange,
  isNoise,
  isInconclusive,
  changeCell,
  intervalText,
  levelText,
  decidingChecks,
  interfaceCause,
  decidingDrift,
  driftCause,
  flaggedFirst,
  modelCause,
  summarize,
  bytes,
  ms,
  formatShare,
  formatValue,
  rowCells
};
//# sourceMappingURL=chunk-GWSWCLLE.js.map
