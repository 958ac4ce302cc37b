import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  loadPackedModel
} from "./chunk-UFHQOGVL.js";
import {
  createSession,
  runSession,
  toFeeds
} from "./chunk-B3UH3LYO.js";
import {
  CONFIDENCE
} from "./chunk-JBFINEWN.js";

// src/bench/cold-load.ts
import { performance } from "node:perf_hooks";
var PHASES = ["runtime", "unpack", "session", "firstRun"];
async function phase(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, { wallMs, cpuMs: (used.user + used.system) / 1e3, peakRssBytes: process.resourceUsage().maxRSS * 1024 }];
}
var IDENTITY_MODEL = Buffer.from("CAg6OwoQCgF4EgF5IghJZGVudGl0eRIFcHJpbWVaDwoBeBIKCggIARIECgIIAWIPCgF5EgoKCAgBEgQKAggBQgQKABAR", "base64");
async function measureColdLoad(job) {
  const [, runtime] = await phase(async () => (await createSession(IDENTITY_MODEL, job.threads, "onnxruntime start-up")).release());
  const [loadable, unpack] = await phase(() => loadPackedModel(job.model));
  const [session, sessionPhase] = await phase(() => createSession(loadable.source, job.threads, job.label));
  await loadable.dispose();
  const feeds = toFeeds(job.inputs);
  const [, firstRun] = await phase(() => runSession(session, feeds, job.label));
  return { runtime, unpack, session: sessionPhase, firstRun };
}

// src/bench/stats.ts
function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
var median = (values) => quantile(values, 0.5);
function binomialHalfCdf(k, n) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let logTerm = -n * Math.LN2;
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}
function medianInterval(values, confidence = CONFIDENCE) {
  const n = values.length;
  if (n === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, confidence: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const coverage = (k2) => 1 - 2 * binomialHalfCdf(k2 - 1, n);
  let k = 1;
  while (k + 1 <= Math.floor(n / 2) && coverage(k + 1) >= confidence) k++;
  return { estimate: median(sorted), low: sorted[k - 1], high: sorted[n - k], confidence: coverage(k) };
}
function pairRatios(baseline, candidate) {
  const ratios = [];
  for (let i = 0; i < Math.min(baseline.length, candidate.length); i++) {
    const b = baseline[i];
    const c = candidate[i];
    if (b > 0 && Number.isFinite(b) && Number.isFinite(c)) ratios.push(c / b);
  }
  return ratios;
}
function pairedRatio(baseline, candidate, confidence = CONFIDENCE) {
  return medianInterval(pairRatios(baseline, candidate), confidence);
}

export {
  PHASES,
  measureColdLoad,
  quantile,
  median,
  pairedRatio
};
//# sourceMappingURL=chunk-OYUFNNK6.js.map
