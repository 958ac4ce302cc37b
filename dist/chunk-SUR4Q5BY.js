import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/compare/metrics.ts
var METRICS = {
  "packed-size": { id: "packed-size", rank: 10, label: "packed size", unit: "bytes", worse: "higher", timing: false, defaults: { warn: "+5%", fail: "+25%" } },
  // Timing defaults, from the calibration (`npm run bench:verdicts`, README methodology) on a shared 2-core runner:
  // each fail level is at least twice the widest 95% interval end an unchanged model (A/A) reached, quiet or beside a
  // CPU hog, and each warn level lies above it, so an unchanged model settles to a pass instead of sampling to the
  // budget. They are judged on the interval: +10% fails only when the whole interval is above +10%, twice in a row.
  "load-time": { id: "load-time", rank: 7, label: "load time", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+15%", fail: "+25%" } },
  "first-inference": { id: "first-inference", rank: 8, label: "first inference", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+15%", fail: "+30%" } },
  "latency-p50": { id: "latency-p50", rank: 5, label: "latency p50", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+5%", fail: "+10%" } },
  "latency-p95": { id: "latency-p95", rank: 6, label: "latency p95", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+10%", fail: "+20%" } },
  // Peak RSS varies by well under 1% between identical loads; these levels are a policy (a model that needs 10% more
  // memory to load should be a decision), not a noise floor.
  "peak-rss": { id: "peak-rss", rank: 9, label: "peak RSS (load)", unit: "bytes", worse: "higher", timing: true, defaults: { warn: "+5%", fail: "+10%" } },
  accuracy: { id: "accuracy", rank: 1, label: "top-1 accuracy", unit: "share", worse: "lower", timing: false, defaults: { warn: "-0.005", fail: "-0.01" } },
  mae: { id: "mae", rank: 2, label: "MAE", unit: "value", worse: "higher", timing: false, defaults: { warn: "+2%", fail: "+5%" } },
  rmse: { id: "rmse", rank: 3, label: "RMSE", unit: "value", worse: "higher", timing: false, defaults: { warn: "+2%", fail: "+5%" } },
  "reference-agreement": {
    id: "reference-agreement",
    rank: 4,
    label: "reference agreement",
    unit: "share",
    worse: "lower",
    timing: false,
    // Off by default: reference outputs are what the *previous* model produced, so any retrained candidate departs
    // from them. Set it when the candidate must reproduce them (re-export, graph optimisation, lossless repacking).
    defaults: { warn: null, fail: null }
  }
};
var METRIC_IDS = Object.keys(METRICS);
function isMetricId(value) {
  return Object.hasOwn(METRICS, value);
}

export {
  METRICS,
  METRIC_IDS,
  isMetricId
};
//# sourceMappingURL=chunk-SUR4Q5BY.js.map
