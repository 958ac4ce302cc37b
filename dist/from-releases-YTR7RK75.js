import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  releaseReports
} from "./chunk-VHKZQOLN.js";
import "./chunk-XAMQ2YVM.js";
import {
  judgeDrift,
  modelVerdict,
  overallVerdict,
  thresholdText
} from "./chunk-TRKFPW6O.js";
import "./chunk-GEW3BMWK.js";
import {
  summarize
} from "./chunk-GWSWCLLE.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-OYUFNNK6.js";
import "./chunk-UFHQOGVL.js";
import "./chunk-B3UH3LYO.js";
import {
  HISTORY_METRICS,
  METRICS
} from "./chunk-JBFINEWN.js";
import "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";

// src/history/history.ts
function applyHistory(report, releases, older, settings) {
  report.history = {
    releases: settings.releases,
    read: releases.filter((r) => r.report !== null).map((r) => r.tag),
    skipped: releases.filter((r) => r.report === null).map((r) => ({ release: r.tag, reason: r.reason ?? "no report.json" }))
  };
  const links = [
    { release: null, report, reason: null, against: releases[0]?.tag ?? null },
    ...releases.map((r, i) => ({ release: r.tag, report: r.report, reason: r.reason ?? "no report.json", against: releases[i + 1]?.tag ?? older }))
  ];
  for (const m of report.models) {
    m.history = modelHistory(m.name, links, settings);
    m.verdict = modelVerdict(m.baseline !== null, [...m.checks, ...m.history.chains].map((c) => c.status));
  }
  report.verdict = overallVerdict(report.models);
  report.summary = summarize(report.verdict, report.models, report.baseline.note);
}
function modelHistory(name, links, settings) {
  const points = [];
  for (const link of links) {
    const m = link.report?.models.find((x) => x.name === name);
    if (!m) continue;
    points.unshift({
      release: link.release,
      packedBytes: m.candidate.packed.bytes,
      accuracy: m.checks.find((c) => c.metric === "accuracy")?.candidate ?? null,
      loadTime: asStep(step(m, "load-time", link.against)),
      latencyP50: asStep(step(m, "latency-p50", link.against))
    });
  }
  return { points, chains: HISTORY_METRICS.map((metric) => chain(name, metric, links, settings.drift[metric])) };
}
var asStep = (s) => typeof s === "string" ? null : s;
var where = (link) => link.release ?? "this run";
function chain(name, metric, links, pair) {
  const steps = [];
  let broken = null;
  for (const link of links) {
    if (link.against === null) break;
    const at = `chain broken at ${where(link)}`;
    if (!link.report) {
      broken = `${at}: ${link.reason}`;
      break;
    }
    const source = link.report.baseline.source;
    if (source !== `release ${link.against}`) {
      broken = `${at}: compared against ${source ?? "nothing"}, not release ${link.against}`;
      break;
    }
    const m = link.report.models.find((x) => x.name === name);
    if (!m) {
      broken = `${at}: no model ${name} in its report`;
      break;
    }
    const s = step(m, metric, link.against);
    if (typeof s === "string") {
      broken = `${at}: ${METRICS[metric].label} ${s}`;
      break;
    }
    steps.push(s);
  }
  const since = steps.at(-1)?.against ?? null;
  const combined = combine(steps);
  const judged = judgeDrift(combined && { estimate: combined.relative, ...combined.interval }, pair, steps.length);
  return {
    metric,
    since,
    steps: steps.length,
    relative: combined?.relative ?? null,
    interval: combined?.interval ?? null,
    broken,
    threshold: thresholdText(pair),
    ...judged
  };
}
function step(m, metric, against) {
  if (against === null) return "has no release before it";
  if (m.baseline === null) return "was not compared (no baseline model)";
  if (m.unchanged) {
    if (m.baseline.packed.bytes === m.candidate.packed.bytes) return { against, relative: 0, interval: { low: 0, high: 0, confidence: 1 } };
    return "was not measured (the same model, packed differently)";
  }
  const change = m.checks.find((c) => c.metric === metric)?.change;
  const i = change?.interval;
  if (!change || change.relative === null || !i) return "was not measured side by side";
  if (!(1 + i.low > 0 && i.low <= change.relative && change.relative <= i.high && i.confidence > 0 && i.confidence <= 1)) return "has no usable interval";
  return { against, relative: change.relative, interval: { low: i.low, high: i.high, confidence: i.confidence } };
}
function combine(steps) {
  if (steps.length === 0) return null;
  let log = 0;
  let below = 0;
  let above = 0;
  let confidence = 1;
  for (const s of steps) {
    const i = s.interval;
    const centre = Math.log1p(s.relative);
    log += centre;
    below += (centre - Math.log1p(i.low)) ** 2;
    above += (Math.log1p(i.high) - centre) ** 2;
    confidence = Math.min(confidence, i.confidence);
  }
  return { relative: Math.expm1(log), interval: { low: Math.expm1(log - Math.sqrt(below)), high: Math.expm1(log + Math.sqrt(above)), confidence } };
}

// src/history/from-releases.ts
async function addReleaseHistory(report, github, options) {
  const { history } = options.config;
  const { releases, older } = await releaseReports(github, { count: history.releases, currentTag: options.currentTag, includePrereleases: options.includePrereleases, dir: options.scratch });
  applyHistory(report, releases, older, history);
  const read = releases.filter((r) => r.report !== null).length;
  options.log(`history: ${releases.length} release${releases.length === 1 ? "" : "s"} back, ${read} report${read === 1 ? "" : "s"} read${read < releases.length ? `, ${releases.length - read} without a usable one` : ""}`);
}
export {
  addReleaseHistory
};
//# sourceMappingURL=from-releases-YTR7RK75.js.map
