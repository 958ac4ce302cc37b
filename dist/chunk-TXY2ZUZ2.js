import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  CONFIDENCE,
  METRICS
} from "./chunk-BZ3MWBKM.js";

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
  const change = formatChange(c);
  if (isInconclusive(c)) return `${label} ${change}, inconclusive${c.change?.interval ? ` (interval ${intervalText(c.change.interval)})` : ""}`;
  const level = crossedLevel(c);
  return `${label} ${change}${level ? ` (beyond ${level})` : ""}`;
}
function decidingChecks(m) {
  if (m.verdict !== "fail" && m.verdict !== "warn") return [];
  return m.checks.filter((c) => c.status === m.verdict).sort((a, b) => METRICS[a.metric].rank - METRICS[b.metric].rank);
}
function decidingDrift(m) {
  if (m.verdict !== "fail" && m.verdict !== "warn") return [];
  return (m.history?.chains ?? []).filter((c) => c.status === m.verdict);
}
function driftCause(c) {
  const change = `${METRICS[c.metric].label} drift ${c.relative === null ? "\u2014" : formatPercent(c.relative)} since ${c.since ?? "?"}`;
  if (isInconclusive(c)) return `${change}, inconclusive${c.interval ? ` (interval ${intervalText(c.interval)})` : ""}`;
  const level = crossedLevel({ ...c, change: null });
  return `${change}${level ? ` (beyond ${level})` : ""}`;
}
function flaggedFirst(models) {
  const order = { fail: 0, warn: 1, "no-baseline": 2, pass: 3 };
  return [...models].sort((a, b) => order[a.verdict] - order[b.verdict]);
}
function modelCause(m) {
  return [...decidingChecks(m).map(checkCause), ...decidingDrift(m).map(driftCause)].join("; ");
}
function summarize(verdict, models, baselineNote) {
  if (verdict === "no-baseline") return `no baseline \u2014 ${baselineNote ?? "nothing to compare with"}; measured the candidate only`;
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
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
  if (c.candidate === null) return c.status === "skipped" ? "n/a" : "\u2014";
  const value = formatValue(c.metric, c.candidate);
  if (!c.change) return value;
  if (c.change.absolute === 0) return `${value} (same)`;
  return `${value} (${formatChange(c)}${marks.status[c.status]})`;
}

export {
  formatPercent,
  formatChange,
  isNoise,
  isInconclusive,
  changeCell,
  intervalText,
  levelText,
  decidingChecks,
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
//# sourceMappingURL=chunk-TXY2ZUZ2.js.map
