import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/checks.ts
var SPECS = {
  "packed-size": { rank: 12, label: "packed size", unit: "bytes", worse: "higher", timing: null, defaults: { warn: "+5%", fail: "+25%" } },
  // Timing defaults, from the calibration (`npm run bench:verdicts`, README methodology) on a shared 2-core runner:
  // each fail level is at least twice the widest 95% interval end an unchanged model (A/A) reached, quiet or beside a
  // CPU hog, and each warn level lies above it, so an unchanged model settles to a pass instead of sampling to the
  // budget. They are judged on the interval: +10% fails only when the whole interval is above +10%, twice in a row.
  "load-time": { rank: 9, label: "load time", unit: "ms", worse: "higher", timing: { group: "cold" }, defaults: { warn: "+15%", fail: "+25%" } },
  "first-inference": { rank: 10, label: "first inference", unit: "ms", worse: "higher", timing: { group: "cold" }, defaults: { warn: "+15%", fail: "+30%" } },
  "latency-p50": { rank: 7, label: "latency p50", unit: "ms", worse: "higher", timing: { group: "warm", quantile: 0.5 }, defaults: { warn: "+5%", fail: "+10%" } },
  "latency-p95": { rank: 8, label: "latency p95", unit: "ms", worse: "higher", timing: { group: "warm", quantile: 0.95 }, defaults: { warn: "+10%", fail: "+20%" } },
  // Peak RSS varies by well under 1% between identical loads; these levels are a policy (a model that needs 10% more
  // memory to load should be a decision), not a noise floor.
  "peak-rss": { rank: 11, label: "peak RSS (load)", unit: "bytes", worse: "higher", timing: { group: "cold" }, defaults: { warn: "+5%", fail: "+10%" } },
  accuracy: { rank: 1, label: "top-1 accuracy", unit: "share", worse: "lower", timing: null, defaults: { warn: "-0.005", fail: "-0.01" } },
  mae: { rank: 4, label: "MAE", unit: "value", worse: "higher", timing: null, defaults: { warn: "+2%", fail: "+5%" } },
  rmse: { rank: 5, label: "RMSE", unit: "value", worse: "higher", timing: null, defaults: { warn: "+2%", fail: "+5%" } },
  // Off by default: reference outputs are what the *previous* model produced, so any retrained candidate departs
  // from them. Set it when the candidate must reproduce them (re-export, graph optimisation, lossless repacking).
  // The interface contract (interface/contract.ts): the count of breaking changes to the model's inputs, outputs, opsets
  // and IR version; the baseline's side is 0. Any breaking change fails by default: a consumer of the model breaks.
  // A candidate whose side process was killed at a limit (side-time-limit, side-memory-limit) or died: 1, else no check.
  // Judged against 0 whatever the baseline: a model that does not run fails, `none` only shows it.
  runs: { rank: -1, label: "runs", unit: "count", worse: "higher", timing: null, defaults: { warn: null, fail: "+0" } },
  interface: { rank: 0, label: "interface", unit: "count", worse: "higher", timing: null, defaults: { warn: null, fail: "+0" } },
  "reference-agreement": { rank: 6, label: "reference agreement", unit: "share", worse: "lower", timing: null, defaults: { warn: null, fail: null } },
  // Per-position classes (a language model's next token): exp of the mean negative log-likelihood of the labels. Relative
  // levels, as for MAE and RMSE: perplexity's scale depends on the vocabulary and the data, not on the change. A few
  // percent is what a careful 8-bit quantisation stays within; +5% is past that.
  perplexity: { rank: 3, label: "perplexity", unit: "value", worse: "higher", timing: null, defaults: { warn: "+2%", fail: "+5%" } },
  // The worst class's recall drop (eval/classes.ts): judged only when the drop is also significant at 95% by the exact
  // McNemar test on that class's samples, Holm-corrected over the classes tested, so the levels need not sit above the
  // noise and can be what matters: 10 pp of one class of ten is the 1 pp overall that accuracy fails at, and hides in.
  "class-recall": { rank: 2, label: "worst class recall", unit: "share", worse: "lower", timing: null, defaults: { warn: "-0.05", fail: "-0.1" } }
};
var METRIC_IDS = Object.keys(SPECS);
var METRICS = Object.fromEntries(METRIC_IDS.map((id) => [id, { id, ...SPECS[id] }]));
function isMetricId(value) {
  return Object.hasOwn(SPECS, value);
}
var inGroup = (group) => METRIC_IDS.filter((id) => METRICS[id].timing?.group === group);
var COLD_METRICS = inGroup("cold");
var WARM_METRICS = inGroup("warm");
var TIMING_METRICS = [...COLD_METRICS, ...WARM_METRICS];
var HISTORY_METRICS = ["load-time", "latency-p50"];
function warmQuantile(metric) {
  const timing = METRICS[metric].timing;
  if (timing?.group !== "warm") throw new Error(`${metric} is not a warm latency metric`);
  return timing.quantile;
}
var CONFIDENCE = 0.95;
var STOP_REASONS = ["settled", "budget", "max-pairs"];
var FAIL_ON = ["fail", "warn", "never"];
var STATUSES = ["pass", "warn", "fail", "skipped"];
var VERDICTS = ["pass", "warn", "fail", "no-baseline"];

export {
  METRIC_IDS,
  METRICS,
  isMetricId,
  COLD_METRICS,
  WARM_METRICS,
  TIMING_METRICS,
  HISTORY_METRICS,
  warmQuantile,
  CONFIDENCE,
  STOP_REASONS,
  FAIL_ON,
  STATUSES,
  VERDICTS
};
//# sourceMappingURL=chunk-JBFINEWN.js.map
