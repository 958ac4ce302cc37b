import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  ROW_STATUSES,
  SCORE_METRICS
} from "./chunk-GEW3BMWK.js";
import {
  INTERFACE_CHANGE_KINDS,
  breakingCount,
  summarize
} from "./chunk-GWSWCLLE.js";
import {
  CLASS_CHECK_MODES,
  MAX_CHECKS,
  MAX_CLASS_FIGURES,
  MAX_HISTORY_RELEASES,
  MAX_INTERFACE_CHANGES,
  MAX_MODELS,
  MAX_REPORT_BYTES,
  MAX_STRING,
  MAX_VARIANT_ROWS,
  MAX_WORST_TENSORS,
  OUTPUT_KINDS,
  SIDE_MODES,
  SIDE_RUN_MODES
} from "./chunk-HJDLSVHR.js";
import {
  PHASES,
  median,
  pairedRatio
} from "./chunk-OYUFNNK6.js";
import {
  onnxRuntimePackage
} from "./chunk-B3UH3LYO.js";
import {
  COLD_METRICS,
  CONFIDENCE,
  FAIL_ON,
  HISTORY_METRICS,
  METRICS,
  METRIC_IDS,
  STATUSES,
  STOP_REASONS,
  TIMING_METRICS,
  VERDICTS,
  WARM_METRICS
} from "./chunk-JBFINEWN.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  partialRecord,
  record,
  registry,
  string,
  totalPackedBytes
} from "./chunk-2C6QEZA7.js";
import {
  CODEC_REQUESTS,
  VARIANT_IDS,
  VARIANT_KINDS,
  VARIANT_PUBLISH
} from "./chunk-F75FJUY5.js";
import {
  parseUntrustedJson
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/bench/side.ts
import { fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var CHILD = fileURLToPath(new URL("./side-child.js", import.meta.url));
var SideDied = class extends Error {
  constructor(side, label, death, during, detail) {
    super(`${label}: ${detail} during ${during}`);
    this.side = side;
    this.label = label;
    this.death = death;
    this.during = during;
  }
  side;
  label;
  death;
  during;
};
var PROC = existsSync("/proc/self/status");
function residentBytes(pid) {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "latin1"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
var WATCH_MS = 200;
var TreeWatch = class {
  sides = /* @__PURE__ */ new Set();
  timer = null;
  peak = 0;
  add(side) {
    this.sides.add(side);
    if (PROC && !this.timer) {
      this.timer = setInterval(() => this.sample(), WATCH_MS);
      this.timer.unref();
    }
  }
  remove(side) {
    this.sample();
    this.sides.delete(side);
    if (this.sides.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
  sample() {
    if (!PROC) return;
    let total = residentBytes("self") ?? 0;
    for (const side of this.sides) total += side.sample();
    this.peak = Math.max(this.peak, total);
  }
  /** The peak since the last call (null where it cannot be read), and a fresh start for the next. */
  takePeak() {
    this.sample();
    const peak = this.peak;
    this.peak = 0;
    return PROC ? peak : null;
  }
};
var treeWatch = new TreeWatch();
var SideProcess = class {
  constructor(side, label, limits) {
    this.side = side;
    this.label = label;
    this.limits = limits;
    if (!existsSync(CHILD)) throw new Error(`the side process entry ${CHILD} is missing: rebuild with npm run build`);
    this.child = fork(CHILD, [], { execArgv: [], serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.child.stderr?.on("data", (d) => {
      this.stderr.push(d);
      if (this.stderr.length > 64) this.stderr.shift();
    });
    this.child.on("message", (m) => this.settle(m));
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        const ended = () => {
          treeWatch.remove(this);
          const why = this.killedFor ?? { death: "crash", detail: `the process exited (${signal ? `signal ${signal}` : `code ${code}`})${this.stderrTail()}` };
          this.fail(new SideDied(this.side, this.label, why.death, this.pending?.during ?? "its work", why.detail));
          resolve();
        };
        if (this.child.connected) this.child.once("disconnect", ended);
        else ended();
      });
      this.child.once("error", (error) => {
        this.fail(new Error(`${this.label}: the side process failed: ${error.message}`));
        resolve();
      });
    });
    treeWatch.add(this);
  }
  side;
  label;
  limits;
  child;
  stderr = [];
  pending = null;
  killedFor = null;
  exited;
  first = true;
  /** Sends one request and waits for its answer under the time limit; `during` names the work in a death's message. */
  request(request, during) {
    if (this.pending) throw new Error(`${this.label}: a side process takes one request at a time`);
    if (!this.child.connected) return Promise.reject(new SideDied(this.side, this.label, this.killedFor?.death ?? "crash", during, this.killedFor?.detail ?? `the process had already exited${this.stderrTail()}`));
    const message = this.first ? { ...request, ortPackage: onnxRuntimePackage() } : request;
    this.first = false;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.kill("time-limit", `killed at the ${this.limits.timeSeconds} s time limit of a step`), this.limits.timeSeconds * 1e3);
      const done = () => clearTimeout(timer);
      this.pending = {
        resolve: (value) => (done(), resolve(value)),
        reject: (error) => (done(), reject(error)),
        during
      };
      this.child.send(message);
    });
  }
  /** The side's resident bytes now; past its cap, it is killed. Called by the watch. */
  sample() {
    const bytes = this.child.pid === void 0 ? null : residentBytes(this.child.pid);
    if (bytes === null) return 0;
    const cap = this.limits.memoryBytes;
    if (cap !== null && bytes > cap) this.kill("memory-limit", `killed at the memory cap (${mib(bytes)} resident, the cap ${mib(cap)})`);
    return bytes;
  }
  /** Ends the process (the child exits when its channel closes) and waits until it has. */
  async close() {
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }
  /** Waits for the process to exit by itself (a cold-load child exits after its one reply). */
  async ended() {
    await this.exited;
  }
  kill(death, detail) {
    if (this.killedFor || this.child.exitCode !== null) return;
    this.killedFor = { death, detail };
    this.child.kill("SIGKILL");
  }
  settle(reply) {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(reply.input ? new InputError(reply.error) : new Error(`${this.label}: ${reply.error}`));
  }
  fail(error) {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }
  stderrTail() {
    const text2 = Buffer.concat(this.stderr).toString("utf8").trim().split("\n").slice(-3).join(" ").slice(0, 500);
    return text2 ? `: ${text2}` : "";
  }
};
var mib = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;

// src/bench/cold.ts
async function coldSample(job, of, limits) {
  const side = new SideProcess(of, job.label, limits);
  try {
    return await side.request({ kind: "cold", job }, "a cold load");
  } finally {
    await side.ended();
  }
}

// src/bench/sampling.ts
async function samplePairs(plan, takePair, settled, now = () => performance.now()) {
  const start = now();
  let pairs = 0;
  const stop = (reason) => ({ pairs, stop: reason, seconds: (now() - start) / 1e3 });
  for (; ; ) {
    if (pairs >= plan.maxPairs) return stop("max-pairs");
    const elapsed = now() - start;
    if (pairs > 0 && elapsed + elapsed / pairs > plan.budgetMs) return stop("budget");
    await takePair(pairs);
    pairs++;
    if (pairs >= plan.minPairs && settled()) return stop("settled");
  }
}

// src/bench/bench.ts
var groupOf = (metric) => METRICS[metric].timing.group;
var COLD_SHARE = 0.5;
var MAX_PAIRS = 2e3;
async function benchPair(subjects, settings, settled, groups = ["cold", "warm"], phase = () => {
}) {
  const result = { metrics: {}, phases: [] };
  const budgetMs = settings.budgetSeconds * 1e3;
  const start = performance.now();
  if (groups.includes("cold")) {
    const share = groups.includes("warm") ? COLD_SHARE : 1;
    phase(`cold loads, a fresh process each (at least ${settings.loadSamples} pairs)`);
    const cold = await measureCold(subjects, settings, settled, budgetMs * share);
    Object.assign(result.metrics, cold.metrics);
    result.phases = cold.phases;
  }
  if (groups.includes("warm")) {
    phase(`warm latency (at least ${settings.latencyRounds} rounds)`);
    const warm = await measureWarm(subjects, settings, settled, budgetMs - (performance.now() - start));
    Object.assign(result.metrics, warm);
  }
  return result;
}
async function benchConfirmed(subjects, settings, rule, phase = () => {
}) {
  const first = await benchPair(subjects, settings, rule.settled, ["cold", "warm"], phase);
  if (!subjects.baseline) return first;
  const failing = Object.keys(first.metrics).filter((metric) => {
    const latest = first.metrics[metric]?.at(-1);
    return latest !== void 0 && rule.fails(metric, latest.series);
  });
  if (failing.length === 0) return first;
  phase(`${failing.join(", ")} failed: measuring again with fresh samples`);
  const again = await benchPair(subjects, settings, rule.settled, [...new Set(failing.map(groupOf))], phase);
  return withRemeasure(first, again, failing);
}
function withRemeasure(first, again, metrics) {
  const merged = { metrics: { ...first.metrics }, phases: first.phases };
  for (const metric of metrics) merged.metrics[metric] = [...first.metrics[metric] ?? [], ...again.metrics[metric] ?? []];
  return merged;
}
var sidesOf = (subjects) => subjects.baseline ? ["baseline", "candidate"] : ["candidate"];
var subjectOf = (subjects, side) => side === "baseline" ? subjects.baseline : subjects.candidate;
var orderOf = (i, sides) => i % 2 === 0 ? sides : [...sides].reverse();
var COLD_VALUE = {
  "load-time": (s) => s.unpack.wallMs + s.session.wallMs,
  "first-inference": (s) => s.firstRun.wallMs,
  "peak-rss": (s) => s.firstRun.peakRssBytes
};
async function measureCold(subjects, settings, settled, budgetMs) {
  const sides = sidesOf(subjects);
  const job = (side) => {
    const s = subjectOf(subjects, side);
    const { intraOpThreads, interOpThreads } = settings;
    return { model: s.model, threads: { intraOpThreads, interOpThreads }, inputs: s.inputs, label: s.label };
  };
  const samples = { baseline: [], candidate: [] };
  const series = (metric) => ({ baseline: samples.baseline.map(COLD_VALUE[metric]), candidate: samples.candidate.map(COLD_VALUE[metric]) });
  const limits = subjects.sides.plan.limits;
  for (const side of sides) await coldSample(job(side), side, limits);
  const sampling = await samplePairs(
    { minPairs: settings.loadSamples, maxPairs: MAX_PAIRS, budgetMs },
    async (i) => {
      for (const side of orderOf(i, sides)) samples[side].push(await coldSample(job(side), side, limits));
    },
    () => COLD_METRICS.every((m) => settled(m, series(m)))
  );
  const metrics = Object.fromEntries(COLD_METRICS.map((m) => [m, [{ series: series(m), sampling }]]));
  const medianPhase = (list, phase) => ({
    wallMs: median(list.map((s) => s[phase].wallMs)),
    cpuMs: median(list.map((s) => s[phase].cpuMs)),
    peakRssBytes: median(list.map((s) => s[phase].peakRssBytes))
  });
  const phases = PHASES.map((phase) => ({
    phase,
    baseline: subjects.baseline ? medianPhase(samples.baseline, phase) : null,
    candidate: medianPhase(samples.candidate, phase)
  }));
  return { metrics, phases };
}
async function measureWarm(subjects, settings, settled, budgetMs) {
  const sides = sidesOf(subjects);
  const rounds = { baseline: [], candidate: [] };
  const series = (metric) => ({ baseline: rounds.baseline.map((r) => r.quantiles[metric]), candidate: rounds.candidate.map((r) => r.quantiles[metric]) });
  const round = async (i) => {
    for (const side of orderOf(i, sides)) rounds[side].push(await subjects.sides.round(side, subjectOf(subjects, side).inputs, settings));
  };
  const sampling = await samplePairs(
    { minPairs: settings.latencyRounds, maxPairs: MAX_PAIRS, budgetMs },
    round,
    () => WARM_METRICS.every((m) => settled(m, series(m)))
  );
  return Object.fromEntries(WARM_METRICS.map((m) => [m, [{ series: series(m), sampling }]]));
}

// src/compare/timing.ts
var trusted = (i) => i.confidence >= CONFIDENCE - 1e-12;
function excess(t, relative, baseline) {
  const worsening2 = t.kind === "relative" ? relative : relative * (baseline ?? Number.NaN);
  return worsening2 - t.amount;
}
var beyond = (t, relative, baseline) => t !== null && excess(t, relative, baseline) > 1e-12;
function judgeInterval(change, pair, baseline) {
  const sure = trusted(change);
  if (sure && beyond(pair.fail, change.low, baseline)) return { status: "fail", inconclusive: null };
  if (sure && beyond(pair.warn, change.low, baseline)) return { status: "warn", inconclusive: null };
  if (beyond(pair.fail, change.estimate, baseline)) return { status: "warn", inconclusive: sure ? "interval" : "few-pairs" };
  return { status: "pass", inconclusive: null };
}
function judgeDrift(chained, pair, steps) {
  if (pair.warn === null && pair.fail === null) return { status: "skipped", note: null, inconclusive: false };
  if (!chained) return { status: "skipped", note: "no chain to judge", inconclusive: false };
  const judged = judgeInterval(chained, pair, null);
  const over = `over ${steps} release${steps === 1 ? "" : "s"}`;
  if (judged.inconclusive === null) return { status: judged.status, note: over, inconclusive: false };
  const why = judged.inconclusive === "interval" ? "the chained interval reaches back inside it" : `a step of the chain has too few pairs for a ${pct(CONFIDENCE)} interval`;
  return { status: judged.status, note: `${over}: beyond the fail level, but ${why}: inconclusive`, inconclusive: true };
}
var relativeOf = (ratio) => ({ estimate: ratio.estimate - 1, low: ratio.low - 1, high: ratio.high - 1, confidence: ratio.confidence });
function judgeTiming(series, pair) {
  const ratio = pairedRatio(series.baseline, series.candidate);
  const judged = judgeInterval(relativeOf(ratio), pair, median(series.baseline));
  return { ...judged, ratio, note: timingNote(judged.inconclusive, series.candidate.length, ratio.confidence) };
}
function timingNote(inconclusive, pairs, confidence) {
  if (inconclusive === null) return null;
  const why = inconclusive === "interval" ? `the ${pct(confidence)} interval reaches back inside it` : `${pairs} pairs are too few for a ${pct(CONFIDENCE)} interval`;
  return `beyond the fail level, but ${why}: inconclusive`;
}
function timingSettled(series, pair) {
  if (series.baseline.length === 0) return true;
  const change = relativeOf(pairedRatio(series.baseline, series.candidate));
  if (!trusted(change)) return false;
  const base = median(series.baseline);
  const clear = (t) => t === null || beyond(t, change.low, base) || !beyond(t, change.high, base);
  return clear(pair.warn) && clear(pair.fail);
}
function timingRule(thresholds) {
  return {
    settled: (metric, series) => timingSettled(series, thresholds[metric]),
    fails: (metric, series) => series.baseline.length > 0 && judgeTiming(series, thresholds[metric]).status === "fail"
  };
}
var pct = (share) => `${Math.round(share * 100)}%`;

// src/compare/compare.ts
function compareModel(m, thresholds) {
  const has = m.baseline !== null;
  const checks = [];
  const add = (metric, baseline, candidate, extra = {}) => checks.push(deterministicCheck(metric, has ? baseline : null, candidate, thresholds[metric], extra));
  if (m.died) checks.push(deterministicCheck("runs", 0, 1, thresholds.runs, { note: m.died.detail }));
  if (m.interface) add("interface", 0, breakingCount(m.interface.changes));
  add("packed-size", m.baseline ? totalPackedBytes(m.baseline) : null, totalPackedBytes(m.candidate));
  if (m.bench) {
    for (const metric of TIMING_METRICS) checks.push(timingCheck(metric, m.bench.metrics[metric] ?? [], thresholds[metric], has));
  }
  const e = m.eval;
  if (!e) {
    add("accuracy", null, null, { status: "skipped", note: m.evalSkipped ?? "no eval data given" });
  } else {
    const c = e.candidate ?? e.baseline;
    const base = e.candidate ? e.baseline : null;
    if (e.task === "classification") {
      add("accuracy", base?.accuracy ?? null, c.accuracy);
      const basePerplexity = base?.perplexity !== void 0 && base.perplexity !== null && Number.isFinite(base.perplexity) ? base.perplexity : null;
      if (c.perplexity !== null && !Number.isFinite(c.perplexity)) {
        add("perplexity", basePerplexity, null, { status: "fail", note: "a labelled position has probability 0 (or a NaN score): perplexity is infinite" });
      } else if (c.perplexity !== null) add("perplexity", basePerplexity, c.perplexity);
      if (e.candidate) checks.push(classRecallCheck(e, thresholds["class-recall"]));
    } else if (e.task === "regression") {
      add("mae", base?.mae ?? null, c.mae);
      add("rmse", base?.rmse ?? null, c.rmse);
    } else add("accuracy", null, null, { status: "skipped", note: "the eval data has no labels" });
    if (c.referenceAgreement !== null) add("reference-agreement", base?.referenceAgreement ?? null, c.referenceAgreement);
  }
  const verdict = modelVerdict(has, checks.map((c) => c.status));
  return { name: m.name, verdict, baseline: m.baseline, candidate: m.candidate, checks, eval: m.eval, unchanged: m.unchanged, phases: m.bench?.phases ?? null, interface: m.interface ?? null, measurement: m.measurement ?? null };
}
function modelVerdict(hasBaseline, statuses) {
  if (hasBaseline) return worst(statuses);
  return statuses.includes("fail") ? "fail" : "no-baseline";
}
function overallVerdict(models) {
  if (models.length === 0) return "pass";
  if (models.every((m) => m.verdict === "no-baseline")) return "no-baseline";
  return worst(models.flatMap((m) => m.verdict === "no-baseline" ? [] : [m.verdict]));
}
function worst(statuses) {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("warn")) return "warn";
  return "pass";
}
var CLASS_ALPHA = 1 - CONFIDENCE;
function judgeClasses(figures, pair) {
  const rank = { fail: 0, warn: 1, pass: 2, skipped: 3 };
  const judged = figures.filter((f) => f.adjustedP !== null).map((f) => {
    const change = changeOf(f.baseline, f.candidate, null);
    const beyond2 = (t) => t !== null && worsening("class-recall", change, t) > t.amount + 1e-12;
    const significant = f.adjustedP < CLASS_ALPHA;
    const status = significant && beyond2(pair.fail) ? "fail" : significant && beyond2(pair.warn) ? "warn" : "pass";
    return { figures: f, change, status, withinNoise: !significant && beyond2(pair.warn ?? pair.fail) };
  }).sort((a, b) => rank[a.status] - rank[b.status] || a.change.absolute - b.change.absolute || a.figures.class - b.figures.class);
  return judged[0] ?? null;
}
function classRecallCheck(e, pair) {
  const check = emptyCheck("class-recall", pair);
  if (!e.classes) {
    check.note = e.classesOff ?? "not measured";
    return check;
  }
  const worst2 = judgeClasses(e.classes.classes, pair);
  if (!worst2) {
    check.note = `no class has ${e.classes.minSamples} or more labelled samples: per-class recall is reported, not judged`;
    return check;
  }
  const f = worst2.figures;
  Object.assign(check, { baseline: f.baseline, candidate: f.candidate, change: worst2.change, status: worst2.status });
  const p = (x) => x.toPrecision(2);
  check.note = `class ${f.class} (${f.samples} samples: ${f.lost} lost, ${f.gained} gained): McNemar p ${p(f.p)}, ${p(f.adjustedP)} after Holm over ${e.classes.tested} class${e.classes.tested === 1 ? "" : "es"}${worst2.withinNoise ? "; the drop is within noise (not significant at 95%)" : ""}`;
  return check;
}
function thresholdText(pair) {
  return { warn: pair.warn?.text ?? null, fail: pair.fail?.text ?? null };
}
function worsening(metric, change, t) {
  const sign = METRICS[metric].worse === "higher" ? 1 : -1;
  if (t.kind === "absolute") return sign * change.absolute;
  if (change.relative === null) return sign * change.absolute > 0 ? Number.POSITIVE_INFINITY : 0;
  return sign * change.relative;
}
function deterministicCheck(metric, baseline, candidate, pair, extra) {
  const check = { ...emptyCheck(metric, pair), baseline, candidate, ...extra };
  if (extra.status) return check;
  if (candidate === null || baseline === null) {
    check.note = baseline === null && candidate !== null ? "no baseline to compare with" : "not measured";
    return check;
  }
  check.change = changeOf(baseline, candidate, null);
  check.status = judgeChange(metric, check.change, pair);
  return check;
}
function judgeChange(metric, change, pair) {
  const beyond2 = (t) => t !== null && worsening(metric, change, t) > t.amount + 1e-12;
  return beyond2(pair.fail) ? "fail" : beyond2(pair.warn) ? "warn" : "pass";
}
function emptyCheck(metric, pair) {
  const none = { baseline: null, candidate: null, change: null, note: null, inconclusive: false, samples: null, sampling: null, firstAttempt: null };
  return { metric, ...none, threshold: thresholdText(pair), status: "skipped" };
}
function timingCheck(metric, attempts, pair, hasBaseline) {
  const check = emptyCheck(metric, pair);
  const latest = attempts.at(-1);
  if (!latest) {
    check.note = "not measured";
    return check;
  }
  const { series, sampling } = latest;
  check.candidate = median(series.candidate);
  check.samples = { baseline: series.baseline.length, candidate: series.candidate.length };
  check.sampling = sampling;
  if (!hasBaseline) {
    check.note = "no baseline to compare with";
    return check;
  }
  const judged = attempts.map((a) => {
    const judgement = judgeTiming(a.series, pair);
    return { ...judgement, change: timingChange(a, judgement.ratio) };
  });
  const last = judged.at(-1);
  check.baseline = median(series.baseline);
  check.change = last.change;
  check.status = last.status;
  check.inconclusive = last.inconclusive !== null;
  check.note = last.note;
  const first = judged[0];
  if (judged.length > 1) {
    check.firstAttempt = { status: first.status, change: first.change };
    const was = "failed at first";
    check.note = last.status === "fail" ? `${was} and again when re-measured with fresh samples` : `${was}, not confirmed when re-measured with fresh samples${last.note ? `; ${last.note}` : ""}`;
  }
  return check;
}
function timingChange(attempt, ratio) {
  const base = median(attempt.series.baseline);
  return {
    absolute: median(attempt.series.candidate) - base,
    relative: ratio.estimate - 1,
    interval: { low: ratio.low - 1, high: ratio.high - 1, confidence: ratio.confidence }
  };
}
function changeOf(baseline, candidate, interval) {
  return { absolute: candidate - baseline, relative: baseline === 0 ? null : (candidate - baseline) / baseline, interval };
}

// src/report/format.ts
var REPORT_SCHEMA = "model-gate/report";
var REPORT_VERSION = 6;
var READABLE_VERSIONS = [1, 2, 3, 4, 5, REPORT_VERSION];

// src/report/schema.ts
var DEFS = registry();
var named = (id, schema) => {
  DEFS.add(schema, { id });
  return schema;
};
var text = (nullable = false) => string({ error: nullable ? "must be a string or null" : "must be a string" }).max(MAX_STRING, { error: (issue) => `is ${String(issue.input).length} characters long, over the limit of ${MAX_STRING}` });
var textOrNull = () => text(true).nullable();
var num = () => number({ error: "must be a number" });
var measure = () => number({ error: "must be a finite number or null" }).nullable();
var oneOf = (values) => _enum(values, { error: `is not one of ${values.join(", ")}` });
var sha256 = () => string({ error: "must be 64 hex digits" }).regex(/^[0-9a-f]{64}$/, { error: "must be 64 hex digits" });
var object2 = (shape, orNull = false) => object(shape, { error: orNull ? "must be an object or null" : "must be an object" });
var objectOrNull = (shape) => object2(shape, true).nullable();
var array2 = (item, max) => {
  const error = max === void 0 ? "must be an array" : `must be an array of at most ${max}`;
  const list = array(item, { error });
  return max === void 0 ? list : list.max(max, { error });
};
var added = (schema) => schema.default(null);
var member = (values, error = `is not one of ${values.join(", ")}`) => string({ error }).refine((v) => values.includes(v), { error }).transform((v) => v);
var flag = () => boolean({ error: "must be true or false" });
var Digest = named("Digest", object2({ bytes: num(), sha256: sha256() }));
var PackedDigest = named("PackedDigest", object2({ bytes: num(), sha256: sha256().optional() }));
var Interval = named("Interval", object2({ low: num(), high: num(), confidence: num() }, true));
var Change = named("Change", object2({ absolute: num(), relative: measure(), interval: Interval.nullable() }));
var Check = named(
  "Check",
  object2({
    // A string in the JSON Schema, checked against the metric catalog (checks.ts): a new metric is not a new format,
    // and the README's thresholds table lists the ids.
    metric: member(METRIC_IDS, "is not a known metric"),
    baseline: measure(),
    candidate: measure(),
    change: Change.nullable(),
    note: added(textOrNull()),
    // Absent before version 6 (docs/REPORT.md#versions): read as false.
    inconclusive: flag().default(false),
    samples: added(objectOrNull({ baseline: num(), candidate: num() })),
    sampling: added(objectOrNull({ pairs: num(), stop: oneOf(STOP_REASONS), seconds: num() })),
    firstAttempt: added(objectOrNull({ status: oneOf(STATUSES), change: Change })),
    threshold: object2({ warn: textOrNull(), fail: textOrNull() }),
    status: oneOf(STATUSES)
  })
);
var Levels = named(
  "Levels",
  partialRecord(member(METRIC_IDS), object2({ warn: textOrNull(), fail: textOrNull() }), { error: "must be an object" })
);
var EvalSettings = named(
  "EvalSettings",
  object2({
    atol: num(),
    rtol: num(),
    output: textOrNull(),
    // Absent before version 6 (docs/REPORT.md#versions).
    ignoreIndex: added(num().nullable()),
    outputKind: added(oneOf(OUTPUT_KINDS).nullable()),
    classAxis: added(num().nullable()),
    classCheck: added(oneOf(CLASS_CHECK_MODES).nullable()),
    classMinSamples: added(num().nullable())
  })
);
var Scores = named(
  "Scores",
  object2({ accuracy: measure(), mae: measure(), rmse: measure(), referenceAgreement: measure(), referenceMaxAbsError: measure(), perplexity: added(measure()) })
);
var ClassFigures = named(
  "ClassFigures",
  object2({ class: num(), samples: num(), baseline: num(), candidate: num(), lost: num(), gained: num(), p: measure(), adjustedP: measure() })
);
var ClassRecall = named("ClassRecall", object2({ classes: num(), tested: num(), minSamples: num(), figures: array2(ClassFigures, MAX_CLASS_FIGURES) }, true));
var Agreement = named(
  "Agreement",
  object2(
    {
      top1: measure(),
      withinShare: num(),
      maxAbsError: measure(),
      relativeRmsError: measure(),
      others: array2(object2({ output: text(), relativeRmsError: measure() })).default([])
    },
    true
  )
);
var Eval = named(
  "Eval",
  object2(
    {
      task: _enum(["classification", "regression"], { error: "is not one of classification, regression, null" }).nullable(),
      output: text(),
      sets: num(),
      samples: num(),
      baseline: Scores,
      candidate: Scores.nullable(),
      agreement: Agreement.nullable(),
      classes: added(ClassRecall.nullable())
    },
    true
  )
);
var PhaseTimes = named("PhaseTimes", object2({ wallMs: num(), cpuMs: num(), peakRssBytes: num() }));
var Phase = named("Phase", object2({ phase: oneOf(PHASES), baseline: PhaseTimes.nullable(), candidate: PhaseTimes }));
var Score = named(
  "Score",
  object2(
    {
      metric: oneOf(SCORE_METRICS),
      original: measure(),
      variant: measure(),
      loss: measure(),
      budget: text(),
      unit: oneOf(["pp", "%", "abs"]),
      within: flag(),
      output: text().optional()
    },
    true
  )
);
var VariantRow = named(
  "VariantRow",
  object2({
    variant: member(VARIANT_IDS),
    status: oneOf(ROW_STATUSES),
    reason: textOrNull(),
    packedBytes: measure(),
    weightBytes: measure(),
    loadTime: Change.nullable(),
    latencyP50: Change.nullable(),
    score: Score.nullable(),
    agreement: Agreement.nullable(),
    converted: num(),
    kept: num(),
    clamped: num(),
    flushed: num(),
    // A tensor's own clamped and flushed counts are written by model-gate but were never required of a reader.
    worstTensors: array2(object2({ name: text(), elements: num(), sqnrDb: measure(), clamped: num().optional(), flushed: num().optional() }), MAX_WORST_TENSORS)
  })
);
var Variants = named("Variants", object2({ publish: oneOf(VARIANT_PUBLISH), published: member(VARIANT_IDS), rows: array2(VariantRow, MAX_VARIANT_ROWS) }, true));
var HistoryStep = named("HistoryStep", object2({ against: text(), relative: num(), interval: Interval.nullable() }, true));
var HistoryPoint = named(
  "HistoryPoint",
  object2({
    release: textOrNull(),
    packedBytes: measure(),
    accuracy: measure(),
    loadTime: HistoryStep.nullable(),
    latencyP50: HistoryStep.nullable()
  })
);
var Chain = named(
  "Chain",
  object2({
    metric: oneOf(HISTORY_METRICS),
    since: textOrNull(),
    steps: num(),
    relative: measure(),
    interval: Interval.nullable(),
    broken: textOrNull(),
    threshold: object2({ warn: textOrNull(), fail: textOrNull() }),
    status: oneOf(STATUSES),
    note: textOrNull(),
    // Absent before version 6 (docs/REPORT.md#versions): read as false.
    inconclusive: flag().default(false)
  })
);
var ModelHistory = named(
  "ModelHistory",
  object2({ points: array2(HistoryPoint, MAX_HISTORY_RELEASES + 1), chains: array2(Chain, HISTORY_METRICS.length) }, true)
);
var InterfaceChange = named(
  "InterfaceChange",
  object2({ kind: member(INTERFACE_CHANGE_KINDS), breaking: flag(), name: text(), before: textOrNull(), after: textOrNull() })
);
var Interface = named("Interface", object2({ target: text(), changes: array2(InterfaceChange, MAX_INTERFACE_CHANGES), more: num() }, true));
var Measurement = named(
  "Measurement",
  object2({
    mode: oneOf(SIDE_RUN_MODES),
    needBytes: num(),
    availableBytes: num(),
    peakRssBytes: num().nullable(),
    timeLimitSeconds: num(),
    memoryLimitBytes: num().nullable()
  })
);
var Model = named(
  "Model",
  object2({
    name: text(),
    verdict: oneOf(VERDICTS),
    baseline: objectOrNull({ file: text(), raw: Digest, packed: PackedDigest }),
    candidate: object2({ file: text(), raw: Digest, packed: PackedDigest, producer: text() }),
    // Absent before version 3 (docs/REPORT.md#versions).
    unchanged: flag().default(false),
    checks: array2(Check, MAX_CHECKS),
    eval: added(Eval.nullable()),
    phases: added(array2(Phase, PHASES.length).nullable()),
    variants: added(Variants.nullable()),
    history: added(ModelHistory.nullable()),
    interface: added(Interface.nullable()),
    measurement: added(Measurement.nullable())
  })
);
var ReportSchema = object2({
  schema: literal(REPORT_SCHEMA, { error: `must be ${REPORT_SCHEMA}` }),
  schemaVersion: literal(READABLE_VERSIONS, { error: `is not one of ${READABLE_VERSIONS.join(", ")}` }),
  tool: object2({ name: literal("model-gate", { error: "must be model-gate" }), version: text() }),
  verdict: oneOf(VERDICTS),
  summary: text(),
  baseline: object2({ source: textOrNull(), note: textOrNull() }),
  removed: array2(text(), MAX_MODELS),
  models: array2(Model, MAX_MODELS),
  // A shard's report, or a merge of shards' reports (`shard` null): absent before version 5 and outside a matrix.
  matrix: added(
    objectOrNull({
      shard: number({ error: "must be a number or null" }).nullable(),
      shards: num(),
      models: array2(text(), MAX_MODELS),
      commit: textOrNull()
    })
  ),
  history: added(
    objectOrNull({
      releases: num(),
      read: array2(text(), MAX_HISTORY_RELEASES),
      skipped: array2(object2({ release: text(), reason: text() }), MAX_HISTORY_RELEASES)
    })
  ),
  // Every setting that changes a verdict, so that a merge can refuse shards run differently (matrix/merge.ts). The
  // method section renders the numbers and the enum, nothing free-form but the output's name.
  settings: object2({
    level: num(),
    threads: num(),
    failOn: oneOf(FAIL_ON),
    bench: object2({
      budgetSeconds: num(),
      loadSamples: num(),
      latencyRounds: num(),
      latencyTimeMs: num(),
      warmupMs: num(),
      intraOpThreads: num(),
      interOpThreads: num(),
      // Absent before the side processes' mode and limits were settings (still version 6, docs/REPORT.md#versions).
      mode: added(oneOf(SIDE_MODES).nullable()),
      timeLimitSeconds: added(num().nullable()),
      memoryLimitMiB: added(num().nullable())
    }),
    eval: EvalSettings,
    // Absent before version 6 (docs/REPORT.md#versions), like every field below.
    codec: added(member(CODEC_REQUESTS).nullable()),
    remeasureUnchanged: added(flag().nullable()),
    thresholds: added(Levels.nullable()),
    targetOnnxruntime: added(textOrNull()),
    modelThresholds: added(record(text(), Levels, { error: "must be an object" }).nullable()),
    modelEval: added(record(text(), object2({ data: textOrNull(), eval: EvalSettings }), { error: "must be an object" }).nullable()),
    history: added(objectOrNull({ releases: num(), drift: Levels })),
    variants: added(
      objectOrNull({
        build: array2(member(VARIANT_KINDS), MAX_VARIANT_ROWS),
        publish: oneOf(VARIANT_PUBLISH),
        maxAccuracyDrop: text(),
        maxErrorIncrease: text(),
        int8MinElements: num(),
        fp16KeepOps: array2(text(), MAX_CHECKS)
      })
    )
  }),
  environment: object2({ cpu: text(), cores: num(), os: text(), arch: text(), node: text(), onnxruntime: text(), runner: textOrNull() })
});

// src/report/validate.ts
function validateReport(text2, source) {
  if (Buffer.byteLength(text2) > MAX_REPORT_BYTES) throw new InputError(`${source}: report is larger than ${MAX_REPORT_BYTES} bytes`);
  const data = parseUntrustedJson(text2, source);
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError(`${source}: not a JSON object`);
  if (data.schema !== REPORT_SCHEMA || !READABLE_VERSIONS.includes(data.schemaVersion)) {
    throw new InputError(`${source}: not a ${REPORT_SCHEMA} ${READABLE_VERSIONS.map((v) => `v${v}`).join(" or ")} report`);
  }
  const parsed = ReportSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(`${source}: ${describeIssue(parsed.error.issues)}`);
  const report = parsed.data;
  for (const m of report.models) {
    m.verdict = modelVerdict(m.baseline !== null, [...m.checks, ...m.history?.chains ?? []].map((c) => c.status));
    m.unchanged = m.unchanged && m.baseline !== null && m.baseline.raw.sha256 === m.candidate.raw.sha256;
  }
  report.verdict = overallVerdict(report.models);
  report.summary = summarize(report.verdict, report.models, report.baseline.note);
  return report;
}
function describeIssue(issues) {
  const issue = issues.find((i) => i.input !== void 0) ?? issues[0];
  if (!issue) return "not a valid report";
  return `${fieldPath(issue.path)} ${issue.message}`;
}
function fieldPath(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("") || "the report";
}

export {
  SideDied,
  treeWatch,
  SideProcess,
  benchConfirmed,
  judgeInterval,
  judgeDrift,
  timingRule,
  compareModel,
  modelVerdict,
  overallVerdict,
  CLASS_ALPHA,
  judgeClasses,
  thresholdText,
  judgeChange,
  changeOf,
  REPORT_SCHEMA,
  REPORT_VERSION,
  validateReport
};
//# sourceMappingURL=chunk-TRKFPW6O.js.map
