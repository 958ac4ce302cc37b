import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  describeChange,
  variantInterfaceChanges
} from "./chunk-GWSWCLLE.js";

// src/variants/choose.ts
var SCORE_METRICS = ["accuracy", "top-1 agreement", "rmse", "output error"];
var ROW_STATUSES = ["published", "within-budget", "rejected", "not-built"];
var WORST_SHOWN = 5;
function judgeScore(e, settings) {
  const score = scoredOutput(e, settings);
  if (!score.within) return score;
  for (const o of e.agreement?.others ?? []) {
    if (o.relativeRmsError === null) continue;
    const other = higherIsWorse("output error", 0, o.relativeRmsError, settings.maxErrorIncrease, true);
    if (!other.within) return { ...other, output: o.output };
  }
  return score;
}
function scoredOutput(e, settings) {
  const v = e.candidate;
  const a = e.agreement;
  if (!v || !a) throw new Error("judgeScore needs an eval of the variant against the original");
  if (e.task === "classification" && e.baseline.accuracy !== null && v.accuracy !== null) {
    return lowerIsWorse("accuracy", e.baseline.accuracy, v.accuracy, settings.maxAccuracyDrop);
  }
  if (e.task === "regression" && e.baseline.rmse !== null && v.rmse !== null) return higherIsWorse("rmse", e.baseline.rmse, v.rmse, settings.maxErrorIncrease);
  const error = higherIsWorse("output error", 0, a.relativeRmsError ?? Number.POSITIVE_INFINITY, settings.maxErrorIncrease, true);
  if (a.top1 === null) return error;
  const agreement = lowerIsWorse("top-1 agreement", 1, a.top1, settings.maxAccuracyDrop);
  return !agreement.within || error.within ? agreement : error;
}
function lowerIsWorse(metric, original, variant, t) {
  const loss = t.kind === "relative" ? original === 0 ? 0 : (original - variant) / original : original - variant;
  return { metric, original, variant, loss, budget: t.text, unit: t.kind === "relative" ? "%" : "pp", within: loss <= t.amount + 1e-12 };
}
function higherIsWorse(metric, original, variant, t, alreadyRelative = false) {
  const loss = alreadyRelative || t.kind === "absolute" ? variant - original : original === 0 ? variant > 0 ? Number.POSITIVE_INFINITY : 0 : (variant - original) / original;
  const unit = alreadyRelative || t.kind === "relative" ? "%" : "abs";
  return { metric, original, variant, loss, budget: t.text, unit, within: loss <= t.amount + 1e-12 };
}
var change = (checks, metric) => checks.find((c) => c.metric === metric)?.change ?? null;
function chooseVariant(original, measured, settings) {
  const rows = [
    {
      variant: "original",
      status: "within-budget",
      reason: null,
      packedBytes: original.packedBytes,
      weightBytes: original.weightBytes,
      loadTime: null,
      latencyP50: null,
      score: null,
      agreement: null,
      converted: 0,
      kept: 0,
      clamped: 0,
      flushed: 0,
      worstTensors: []
    }
  ];
  for (const m of measured) {
    const b = m.build;
    const score = m.eval ? judgeScore(m.eval, settings) : null;
    const what = score?.output === void 0 ? score?.metric : `${score.metric} of output "${score.output}"`;
    const reasons = score && !score.within ? [`${what} ${describeLoss(score)}, beyond the budget`] : [];
    const slower = m.timing.filter((c) => c.status === "fail");
    const level = (c) => `${c.metric} beyond ${c.threshold.fail ?? "its fail level"}`;
    const memory = slower.filter((c) => c.metric === "peak-rss");
    const time = slower.filter((c) => c.metric !== "peak-rss");
    if (time.length > 0) reasons.push(`slower than the original: ${time.map(level).join(", ")}`);
    if (memory.length > 0) reasons.push(`needs more memory than the original: ${memory.map(level).join(", ")}`);
    const contract = variantInterfaceChanges(m.interface ?? []);
    if (contract.length > 0) reasons.push(`changes the original's interface: ${contract.slice(0, 3).map(describeChange).join("; ")}${contract.length > 3 ? `; and ${contract.length - 3} more` : ""}`);
    const reason = b.reason ?? (reasons.length > 0 ? reasons.join("; ") : null);
    rows.push({
      variant: b.variant,
      status: b.path === null ? "not-built" : score?.within && slower.length === 0 && contract.length === 0 ? "within-budget" : "rejected",
      reason,
      packedBytes: m.packedBytes,
      weightBytes: b.path === null ? null : b.weightBytes.variant,
      loadTime: change(m.timing, "load-time"),
      latencyP50: change(m.timing, "latency-p50"),
      score,
      agreement: m.eval?.agreement ?? null,
      converted: b.converted.length,
      kept: b.kept.length,
      clamped: b.converted.reduce((n, t) => n + t.clamped, 0),
      flushed: b.converted.reduce((n, t) => n + t.flushed, 0),
      worstTensors: [...b.converted].sort((x, y) => (x.sqnrDb ?? Infinity) - (y.sqnrDb ?? Infinity)).slice(0, WORST_SHOWN)
    });
  }
  const candidates = settings.publish === "best" ? rows.filter((r) => r.status === "within-budget") : [rows[0]];
  const best = candidates.reduce((a, r) => (r.packedBytes ?? Infinity) < (a.packedBytes ?? Infinity) ? r : a);
  best.status = "published";
  return { publish: settings.publish, published: best.variant, rows };
}
function describeLoss(s) {
  if (typeof s.loss !== "number" || !Number.isFinite(s.loss)) return "n/a";
  const lowerIsWorse2 = s.metric === "accuracy" || s.metric === "top-1 agreement";
  const moved = lowerIsWorse2 ? -s.loss : s.loss;
  const sign = moved > 0 ? "+" : moved < 0 ? "\u2212" : "\xB1";
  if (s.unit === "abs") return `${sign}${Math.abs(moved).toPrecision(3)}`;
  return `${sign}${Math.abs(moved * 100).toFixed(2)}${s.unit === "pp" ? " pp" : "%"}`;
}

export {
  SCORE_METRICS,
  ROW_STATUSES,
  chooseVariant,
  describeLoss
};
//# sourceMappingURL=chunk-GEW3BMWK.js.map
