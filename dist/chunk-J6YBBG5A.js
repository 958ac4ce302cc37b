import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  ROW_STATUSES,
  SCORE_METRICS
} from "./chunk-JWTKULHL.js";
import {
  INTERFACE_CHANGE_KINDS,
  breakingCount,
  summarize
} from "./chunk-ZJKKXCY2.js";
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
  OUTPUT_KINDS
} from "./chunk-IIHWO4C4.js";
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
  WARM_METRICS,
  warmQuantile
} from "./chunk-2FADJ2LR.js";
import {
  PHASES
} from "./chunk-SCGVG6YZ.js";
import {
  loadPackedModel
} from "./chunk-B77DC7VR.js";
import {
  createSession,
  onnxRuntimePackage,
  toFeeds
} from "./chunk-B3UH3LYO.js";
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
} from "./chunk-MOEGHQRZ.js";
import {
  CODEC_REQUESTS,
  VARIANT_IDS,
  VARIANT_KINDS,
  VARIANT_PUBLISH
} from "./chunk-TBMCQFLY.js";
import {
  parseUntrustedJson
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/bench/cold.ts
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var CHILD = fileURLToPath(new URL("./load-child.js", import.meta.url));
async function coldSample(job) {
  if (!existsSync(CHILD)) throw new Error(`the cold-load child ${CHILD} is missing: rebuild with npm run build`);
  const child = fork(CHILD, [], { execArgv: [], serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
  const stderr = [];
  child.stderr?.on("data", (d2) => stderr.push(d2));
  const replied = new Promise((resolve) => {
    child.once("message", (m2) => resolve(m2));
    child.once("exit", () => resolve(null));
  });
  const exited = new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code2) => resolve(code2));
  });
  const request = { job, ortPackage: onnxRuntimePackage() };
  child.send(request);
  const reply = await replied;
  const code = await exited;
  if (reply?.ok) return reply.sample;
  if (reply && !reply.ok) throw reply.input ? new InputError(reply.error) : new Error(`cold-load child for ${job.label}: ${reply.error}`);
  throw new Error(`cold-load child for ${job.label} exited with code ${code} and no result: ${Buffer.concat(stderr).toString("utf8").trim()}`);
}

// src/bench/sampling.ts
async function samplePairs(plan, takePair, settled, now = () => performance.now()) {
  const start = now();
  let pairs = 0;
  const stop = (reason) => ({ pairs, stop: reason, seconds: (now() - start) / 1e3 });
  for (; ; ) {
    if (pairs >= plan.maxPairs) return stop("max-pairs");
    const elapsed = now() - start;
    if (pairs >= plan.minPairs && pairs > 0 && elapsed + elapsed / pairs > plan.budgetMs) return stop("budget");
    await takePair(pairs);
    pairs++;
    if (pairs >= plan.minPairs && settled()) return stop("settled");
  }
}

// src/bench/stats.ts
function quantile(values, q2) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a2, b2) => a2 - b2);
  const pos = (sorted.length - 1) * q2;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
var median = (values) => quantile(values, 0.5);
function binomialHalfCdf(k2, n2) {
  if (k2 < 0) return 0;
  if (k2 >= n2) return 1;
  let logTerm = -n2 * Math.LN2;
  let sum = Math.exp(logTerm);
  for (let i2 = 1; i2 <= k2; i2++) {
    logTerm += Math.log((n2 - i2 + 1) / i2);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}
function medianInterval(values, confidence = CONFIDENCE) {
  const n2 = values.length;
  if (n2 === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, confidence: 0 };
  const sorted = [...values].sort((a2, b2) => a2 - b2);
  const coverage = (k3) => 1 - 2 * binomialHalfCdf(k3 - 1, n2);
  let k2 = 1;
  while (k2 + 1 <= Math.floor(n2 / 2) && coverage(k2 + 1) >= confidence) k2++;
  return { estimate: median(sorted), low: sorted[k2 - 1], high: sorted[n2 - k2], confidence: coverage(k2) };
}
function pairRatios(baseline, candidate) {
  const ratios = [];
  for (let i2 = 0; i2 < Math.min(baseline.length, candidate.length); i2++) {
    const b2 = baseline[i2];
    const c2 = candidate[i2];
    if (b2 > 0 && Number.isFinite(b2) && Number.isFinite(c2)) ratios.push(c2 / b2);
  }
  return ratios;
}
function pairedRatio(baseline, candidate, confidence = CONFIDENCE) {
  return medianInterval(pairRatios(baseline, candidate), confidence);
}

// node_modules/tinybench/dist/index.js
var e = Object.freeze(() => {
});
var t = globalThis.Event;
var n = class extends t {
  get error() {
    return this.#e;
  }
  get reason() {
    return this.#t;
  }
  get task() {
    return this.#n;
  }
  #e;
  #t;
  #n;
  constructor(e2, t2, n2) {
    super(e2), t2 != null && (this.#n = t2), typeof n2 == "string" ? this.#t = n2 : n2 != null && (this.#e = n2);
  }
};
var r = (e2) => e2 !== null && (typeof e2 == "object" || typeof e2 == "function") && typeof e2.then == "function";
var i = (t2, n2 = 2, a2 = /* @__PURE__ */ new WeakSet()) => {
  try {
    if (!r(t2) || a2.has(t2)) return;
    if (n2 < -1) {
      a2.add(t2), t2.catch?.(e);
      return;
    }
    a2.add(t2);
    let o2 = (e2) => {
      i(e2, n2 - 1, a2);
    };
    i(t2.then(o2, o2), n2 - 1, a2);
  } catch {
  }
};
var a = (async () => {
}).constructor;
var o = (e2) => typeof e2 == "function" && e2.constructor === a;
var s = (e2) => {
  if (e2 == null) return false;
  if (o(e2)) return true;
  try {
    let t2 = e2(), n2 = r(t2);
    return n2 && i(t2), n2;
  } catch {
    return false;
  }
};
var c = (e2, t2) => {
  if (!e2) {
    let e3 = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 0;
      let n2 = Error(t2);
      throw Error.stackTraceLimit = e3, e3 !== 0 && Error.captureStackTrace(n2, c), n2;
    } finally {
      Error.stackTraceLimit = e3;
    }
  }
};
var l = (e2) => {
  switch (typeof e2) {
    case "function":
      return Error(e2.name);
    case "object":
      if (e2 !== null) return e2 instanceof Error ? e2 : Error(e2.message ?? "");
    case "undefined":
      return Error();
    case "string":
      return Error(e2);
    default:
      return Error(String(e2));
  }
};
var u = (e2) => Number(e2) / 1e6;
var d = (e2) => Number(e2) * 1e6;
var f = (e2) => e2;
var p = (e2) => BigInt(Math.round(e2 * 1e6));
function m(e2 = globalThis) {
  let t2 = "unknown", n2 = "unknown";
  if (e2.Bun || e2.process && e2.process.versions?.bun) {
    t2 = "bun";
    let r2 = e2.Bun?.version;
    if (r2) n2 = r2;
    else {
      let t3 = e2.process?.versions?.bun;
      t3 && (n2 = t3);
    }
  } else e2.Deno ? (t2 = "deno", n2 = e2.Deno.version?.deno ?? "unknown") : e2.process && e2.process.release?.name === "node" ? (t2 = "node", n2 = e2.process.versions?.node ?? "unknown") : e2.HermesInternal ? (t2 = "hermes", n2 = e2.HermesInternal.getRuntimeProperties?.()["OSS Release Version"] ?? "unknown") : h(e2) && e2.navigator.userAgent === "Cloudflare-Workers" ? t2 = "workerd" : h(e2) && e2.navigator.userAgent.toLowerCase().startsWith("quickjs-ng") ? (t2 = "quickjs-ng", n2 = e2.navigator.userAgent.split("/")[1] ?? "unknown") : typeof e2.Netlify == "object" ? t2 = "netlify" : typeof e2.EdgeRuntime == "string" ? t2 = "edge-light" : e2.__lagon__ ? t2 = "lagon" : e2.fastly ? t2 = "fastly" : e2.$262 && e2.lockdown && e2.AsyncDisposableStack ? t2 = "moddable" : e2.d8 ? (t2 = "v8", n2 = typeof e2.version == "function" ? e2.version() : "unknown") : e2.inIon && e2.performance && e2.performance.mozMemory ? t2 = "spidermonkey" : typeof e2.$ == "object" && e2.$ !== null && "IsHTMLDDA" in e2.$ ? t2 = "jsc" : e2.window && e2.navigator && (t2 = "browser");
  return {
    runtime: t2,
    version: n2
  };
}
function h(e2 = globalThis) {
  return typeof e2.navigator == "object" && e2.navigator !== null && typeof e2.navigator.userAgent == "string";
}
var { runtime: g, version: _ } = m();
var v = globalThis.performance.now.bind(globalThis.performance);
var y = {
  fn: v,
  fromMs: f,
  name: "performanceNow",
  toMs: f
};
var b = globalThis.process?.hrtime?.bigint.bind(globalThis.process?.hrtime) ?? (() => {
  throw Error("hrtime.bigint() is not supported in this JS environment");
});
var S = {
  fn: b,
  fromMs: p,
  name: "hrtimeNow",
  toMs: u
};
var C = globalThis.Bun?.nanoseconds;
var w = C ? {
  fn: C,
  fromMs: d,
  name: "bunNanoseconds",
  toMs: u
} : void 0;
function T(e2) {
  return {
    fn: e2,
    fromMs: f,
    name: "custom",
    toMs: f
  };
}
var ee = (e2 = g) => e2 === "bun" ? w : e2 === "deno" ? y : e2 === "node" ? S : y;
var E = (e2) => {
  switch (typeof e2) {
    case "function":
      return T(e2);
    case "string":
      switch (e2) {
        case "auto":
          return ee();
        case "bunNanoseconds":
          return w ?? y;
        case "hrtimeNow":
          return S;
        default:
          return y;
      }
    case "object":
      return e2 === null ? y : (c(D(e2), "Invalid Timestamp Provider object"), e2);
    case "undefined":
      return y;
    default:
      throw Error("Invalid value for 'timestampProvider' or 'now'");
  }
};
function D(e2) {
  return typeof e2 == "object" && !!e2 && typeof e2.fn == "function" && typeof e2.name == "string" && typeof e2.toMs == "function" && typeof e2.fromMs == "function";
}
var O = async (e2) => {
  let { fn: t2, iterations: n2, limit: r2, signal: i2, time: a2 = 0, timestampProvider: o2 = y } = e2, s2 = n2 === 0 ? r2 : Math.max(0, Math.min(r2, n2)), c2 = [], u2 = [], d2 = true, f2 = 0, p2 = Number.isFinite(a2) && a2 > 0, m2 = n2 > 0, h2 = 0, g2 = o2.fn, _2 = m2 ? p2 ? () => d2 && f2++ < n2 && (g2() < h2 || (d2 = false)) : () => d2 && f2++ < n2 : p2 ? () => d2 && (g2() < h2 || (d2 = false)) : () => d2, v2 = (e3) => {
    d2 && u2.push(e3);
  }, b2 = (e3) => {
    c2.push(l(e3));
  }, x = () => d2 = false, S2 = Array.isArray(i2) ? i2 : i2 ? [i2] : [];
  if (S2.some((e3) => e3.aborted)) return [];
  for (let e3 of S2) e3.addEventListener("abort", x);
  let C2 = async () => {
    for (; _2(); ) try {
      v2(await t2());
    } catch (e3) {
      d2 = false, b2(e3);
      break;
    }
  };
  try {
    p2 && (h2 = g2() + o2.fromMs(a2));
    let e3 = Array.from({ length: s2 }, () => C2());
    await Promise.allSettled(e3);
  } finally {
    for (let e3 of S2) e3.removeEventListener("abort", x);
  }
  if (c2.length === 0) return u2;
  throw c2.length === 1 ? c2[0] : AggregateError(c2, "Multiple errors occurred during concurrent execution");
};
var k = (e2, t2 = 5, n2 = 2) => {
  if (e2 === Infinity) return "+\u221E";
  if (e2 === -Infinity) return "-\u221E";
  if (e2 !== e2) return "NaN";
  let r2 = Math.abs(e2);
  if (r2 >= 10 ** t2) return e2.toFixed();
  if (r2 < 10 ** (t2 - n2)) return e2.toFixed(n2);
  let i2 = Math.min(Math.max(0, t2 - (Math.floor(Math.log10(r2)) + 1)), n2);
  return e2.toFixed(i2);
};
var te = (e2) => {
  let t2 = e2.result.state;
  return {
    "Task name": e2.name,
    ...t2 === "aborted-with-statistics" || t2 === "completed" ? {
      "Latency avg (ns)": `${k(d(e2.result.latency.mean))} \xB1 ${k(e2.result.latency.rme)}%`,
      "Latency med (ns)": `${k(d(e2.result.latency.p50))} \xB1 ${k(d(e2.result.latency.mad))}`,
      "Throughput avg (ops/s)": `${Math.round(e2.result.throughput.mean).toString()} \xB1 ${k(e2.result.throughput.rme)}%`,
      "Throughput med (ops/s)": `${Math.round(e2.result.throughput.p50).toString()} \xB1 ${Math.round(e2.result.throughput.mad).toString()}`,
      Samples: e2.result.latency.samplesCount
    } : t2 === "errored" ? {
      Error: e2.result.error.message,
      Stack: e2.result.error.stack ?? "N/A"
    } : {
      "Latency avg (ns)": "N/A",
      "Latency med (ns)": "N/A",
      "Throughput avg (ops/s)": "N/A",
      "Throughput med (ops/s)": "N/A",
      Samples: "N/A",
      Remarks: t2
    },
    ...t2 === "aborted-with-statistics" && { Remarks: t2 }
  };
};
var [ne, ...A] = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var j = (e2) => {
  let t2 = ne;
  for (let n2 = 0; n2 < A.length; n2++) t2 += A[n2] / (e2 + n2);
  return 0.5 * Math.log(2 * Math.PI) + (e2 - 0.5) * Math.log(e2 + 6.5) - (e2 + 6.5) + Math.log(t2);
};
var M = (e2, t2, n2) => {
  let r2 = e2 + t2, i2 = e2 + 1, a2 = e2 - 1, o2 = 1, s2 = 1 - r2 * n2 / i2;
  Math.abs(s2) < 1e-300 && (s2 = 1e-300), s2 = 1 / s2;
  let c2 = s2;
  for (let l2 = 1; l2 <= 300; l2++) {
    let u2 = 2 * l2, d2 = l2 * (t2 - l2) * n2 / ((a2 + u2) * (e2 + u2));
    s2 = 1 + d2 * s2, Math.abs(s2) < 1e-300 && (s2 = 1e-300), o2 = 1 + d2 / o2, Math.abs(o2) < 1e-300 && (o2 = 1e-300), s2 = 1 / s2, c2 *= s2 * o2, d2 = -(e2 + l2) * (r2 + l2) * n2 / ((e2 + u2) * (i2 + u2)), s2 = 1 + d2 * s2, Math.abs(s2) < 1e-300 && (s2 = 1e-300), o2 = 1 + d2 / o2, Math.abs(o2) < 1e-300 && (o2 = 1e-300), s2 = 1 / s2;
    let f2 = s2 * o2;
    if (c2 *= f2, Math.abs(f2 - 1) < 1e-16) break;
  }
  return c2;
};
var N = (e2) => {
  let t2 = e2 > 0 ? e2 : 1, n2 = t2 / 2, r2 = 0.5, i2 = n2 < 12 ? j(n2 + 0.5) - j(n2) : 0.5 * Math.log(n2) - 1 / (8 * n2) + 1 / (192 * n2 ** 3) - 1 / (640 * n2 ** 5) + 0.00118582565234835 / n2 ** 7 - 0.00167977198469943 / n2 ** 9 + 0.00342404392538552 / n2 ** 11, a2 = 0.5 * Math.log(Math.PI), o2 = i2 - 0.5 * Math.log(t2 * Math.PI), s2 = (e3) => {
    let o3 = e3 * e3, s3 = o3 / (t2 + o3), c3 = Math.exp(i2 - a2 + n2 * Math.log1p(-s3) + r2 * Math.log(s3));
    return s3 <= 0.5 ? 1 - c3 * M(r2, n2, s3) / r2 : c3 * M(n2, r2, 1 - s3) / n2;
  }, c2 = (e3) => o2 - (t2 + 1) / 2 * Math.log1p(e3 * e3 / t2), l2 = 1.959963984540054;
  for (let e3 = 0; e3 < 30; e3++) {
    let e4 = Math.exp(-c2(l2)), t3 = 0.5 * (s2(l2) - 0.05) * e4;
    if (!Number.isFinite(t3)) break;
    let n3 = l2 + t3;
    if (!(n3 > 0)) break;
    let r3 = Math.abs(t3);
    if (l2 = n3, r3 <= 4e-16 * e4) break;
  }
  return l2;
};
var P = (e2) => Array.isArray(e2) && e2.length !== 0;
function F(e2) {
  let t2 = e2.length;
  if (t2 < 1024) {
    e2.sort(z);
    return;
  }
  let n2 = true, r2 = true, i2 = e2[0];
  for (let a3 = 0; a3 < t2; a3++) {
    let t3 = e2[a3];
    if (!Number.isFinite(t3) || Object.is(t3, -0)) {
      e2.sort(z);
      return;
    }
    (n2 || r2) && (n2 &&= t3 >= i2, r2 &&= t3 <= i2, i2 = t3);
  }
  if (n2) return;
  if (r2) {
    e2.reverse();
    return;
  }
  let a2 = new Float64Array(e2).sort();
  for (let n3 = 0; n3 < t2; n3++) e2[n3] = a2[n3];
}
var I = (e2) => {
  let t2 = e2.length;
  if (t2 === 1) return {
    mean: e2[0],
    vr: 0
  };
  let n2 = 0, r2 = 0, i2 = 0;
  for (; i2 < t2; ) {
    let t3 = e2[i2++], a2 = t3 - n2;
    n2 += a2 / i2, r2 += a2 * (t3 - n2);
  }
  return {
    mean: n2,
    vr: r2 / (t2 - 1)
  };
};
var L = (e2, t2) => {
  let n2 = e2 + t2;
  return Number.isFinite(n2) ? n2 / 2 : e2 / 2 + t2 / 2;
};
var R = (e2, t2) => {
  let n2 = (e2.length - 1) * t2, r2 = Math.floor(n2), i2 = e2[r2];
  if (n2 === r2) return i2;
  let a2 = e2[r2 + 1];
  if (i2 === a2) return i2;
  let o2 = n2 - r2;
  if (o2 === 0.5) return L(i2, a2);
  let s2 = a2 - i2;
  return Number.isFinite(s2) ? i2 + o2 * s2 : (1 - o2) * i2 + o2 * a2;
};
var z = (e2, t2) => e2 - t2;
var re = (e2, t2) => {
  let n2 = 0, r2 = e2.length, i2 = 0;
  for (; i2 < r2; ) n2 += (Math.abs(e2[i2++] - t2) - n2) / i2;
  return n2;
};
function B(e2, t2) {
  let n2 = e2.length;
  if (n2 === 1) return 0;
  let r2 = n2 >> 1, i2 = n2 + 1 >> 1, a2 = 0, o2 = r2, s2, c2, l2, u2, d2, f2;
  for (; a2 <= o2; ) {
    if (s2 = a2 + o2 >> 1, c2 = i2 - s2, l2 = s2 === 0 ? -Infinity : t2 - e2[r2 - s2], d2 = s2 === r2 ? Infinity : t2 - e2[r2 - s2 - 1], u2 = c2 === 0 ? -Infinity : e2[r2 + c2 - 1] - t2, f2 = c2 === n2 - r2 ? Infinity : e2[r2 + c2] - t2, l2 <= f2 && u2 <= d2) return n2 & 1 ? Math.max(l2, u2) : L(Math.max(l2, u2), Math.min(d2, f2));
    l2 > f2 ? o2 = s2 - 1 : a2 = s2 + 1;
  }
  return 0;
}
var V = (e2) => B(e2, R(e2, 0.5));
function H(e2, t2 = false) {
  let { mean: n2, vr: r2 } = I(e2), i2 = Math.sqrt(r2), a2 = i2 / Math.sqrt(e2.length), o2 = e2.length - 1, s2 = N(o2), c2 = a2 * s2, l2 = n2 === 0 ? Infinity : c2 / Math.abs(n2) * 100, u2 = R(e2, 0.5);
  return {
    aad: re(e2, n2),
    critical: s2,
    df: o2,
    mad: B(e2, u2),
    max: e2[o2],
    mean: n2,
    min: e2[0],
    moe: c2,
    p50: u2,
    p75: R(e2, 0.75),
    p99: R(e2, 0.99),
    p995: R(e2, 0.995),
    p999: R(e2, 0.999),
    rme: l2,
    samples: t2 ? e2 : void 0,
    samplesCount: e2.length,
    sd: i2,
    sem: a2,
    variance: r2
  };
}
var U = (e2, t2) => {
  let n2 = e2.length;
  if (n2 < 10) return;
  let r2 = 0;
  for (let t3 of e2) t3 === 0 && r2++;
  if (r2 * 2 > n2) return "zero-dominated";
  let i2 = Math.max(3, Math.min(10, Math.floor(n2 / 1e3))), a2 = 1;
  for (let t3 = 1; t3 < n2 && !(e2[t3] !== e2[t3 - 1] && (a2++, a2 >= i2)); t3++) ;
  if (a2 < i2) return "low-distinct";
  if (n2 > 100 && t2 === 0) return "zero-mad";
};
var W = (e2) => {
  let t2;
  for (let n2 = 0; n2 < e2.length; n2++) {
    let r2 = e2[n2];
    if (!(r2 <= 0) && (t2 ??= r2, e2[n2 + 1] === r2)) return r2;
  }
  return t2;
};
var G = (e2, t2 = {}) => {
  let { estimator: n2 = "median", pairs: r2 = 1024, warmupPairs: i2 = 64 } = t2, { fn: a2, toMs: o2 } = e2;
  if (!Number.isInteger(r2) || r2 <= 0) return 0;
  if (Number.isInteger(i2) && i2 > 0) for (let e3 = 0; e3 < i2; e3++) {
    let e4 = a2();
    o2(a2() - e4);
  }
  let s2 = [];
  for (let e3 = 0; e3 < r2; e3++) {
    let e4 = a2(), t3 = o2(a2() - e4);
    t3 > 0 && s2.push(t3);
  }
  return s2.length * 2 < r2 ? 0 : (s2.sort(z), n2 === "min" ? s2[0] : R(s2, n2 === "p05" ? 0.05 : 0.5));
};
var ae = [
  "afterAll",
  "beforeAll",
  "beforeEach",
  "afterEach"
];
var K = (e2, t2) => {
  let n2 = r(e2);
  n2 && i(e2), c(!n2, t2);
};
var oe = ["not-started", "started"];
var q = { state: "not-started" };
var J = { state: "aborted" };
var se = { state: "started" };
var Y = class extends EventTarget {
  get detectedResolution() {
    return this.#r;
  }
  get name() {
    return this.#o;
  }
  get result() {
    return {
      ...this.#s,
      runtime: this.#n.runtime,
      runtimeVersion: this.#n.runtimeVersion,
      timestampProviderName: this.#n.timestampProvider.name
    };
  }
  get runs() {
    return this.#l;
  }
  #e = false;
  #t;
  #n;
  #r = void 0;
  #i;
  #a;
  #o;
  #s = q;
  #c;
  #l = 0;
  #u;
  #d;
  #f;
  #p;
  constructor(e2, t2, n2, r2 = {}) {
    super(), this.#n = e2, this.#o = t2, this.#i = n2, this.#a = r2, this.#t = r2.async ?? s(n2), this.#u = r2.signal, this.#c = r2.retainSamples ?? e2.retainSamples, this.#f = e2.timestampProvider, this.#d = e2.timestampProvider.fn, this.#p = e2.timestampProvider.toMs;
    for (let e3 of ae) this.#a[e3] != null && c(typeof this.#a[e3] == "function", `'${e3}' must be a function if provided`);
    this.reset(false), this.#u && (this.#u.aborted ? this.#v() : this.#u.addEventListener("abort", this.#v.bind(this), { once: true })), this.#n.signal && (this.#n.signal.aborted ? this.#v() : this.#n.signal.addEventListener("abort", this.#v.bind(this), { once: true }));
  }
  reset(e2 = true) {
    this.#l = 0, this.#r = void 0, this.#s = this.#e ? J : q, e2 && this.dispatchEvent(new n("reset", this));
  }
  async run() {
    if (this.#s.state !== "not-started") return this;
    this.#s = { state: "started" }, this.dispatchEvent(new n("start", this)), await this.#n.setup(this, "run");
    let { error: e2, overriddenIndices: t2, samples: r2 } = await this.#m("run", this.#n.time, this.#n.iterations);
    return await this.#n.teardown(this, "run"), this.#b({
      error: e2,
      latencySamples: r2,
      overriddenIndices: t2
    }), this;
  }
  runSync() {
    if (this.#s.state !== "not-started") return this;
    c(this.#n.concurrency === null, "Cannot use `concurrency` option when using `runSync`"), this.#s = se, this.dispatchEvent(new n("start", this)), K(this.#n.setup(this, "run"), "`setup` function must be sync when using `runSync()`");
    let { error: e2, overriddenIndices: t2, samples: r2 } = this.#h("run", this.#n.time, this.#n.iterations);
    return K(this.#n.teardown(this, "run"), "`teardown` function must be sync when using `runSync()`"), this.#b({
      error: e2,
      latencySamples: r2,
      overriddenIndices: t2
    }), this;
  }
  async warmup() {
    if (this.#s.state !== "not-started") return;
    this.dispatchEvent(new n("warmup", this)), await this.#n.setup(this, "warmup");
    let { error: e2 } = await this.#m("warmup", this.#n.warmupTime, this.#n.warmupIterations);
    await this.#n.teardown(this, "warmup"), this.#y(e2);
  }
  warmupSync() {
    if (this.#s.state !== "not-started") return;
    this.dispatchEvent(new n("warmup", this)), K(this.#n.setup(this, "warmup"), "`setup` function must be sync when using `runSync()`");
    let { error: e2 } = this.#h("warmup", this.#n.warmupTime, this.#n.warmupIterations);
    K(this.#n.teardown(this, "warmup"), "`teardown` function must be sync when using `runSync()`"), this.#y(e2);
  }
  async #m(e2, t2, n2) {
    try {
      this.#a.beforeAll && await this.#a.beforeAll.call(this, e2);
      let r2 = this.#n.concurrency !== "task", i2 = 0, a2 = [], o2 = /* @__PURE__ */ new Set(), s2 = async () => {
        if (!this.#e) try {
          this.#a.beforeEach != null && await this.#a.beforeEach.call(this, e2);
          let { iterationCost: t3, overridden: n3, taskTime: s3 } = this.#t ? await this.#g(r2) : this.#_(r2), c2 = a2.push(s3) - 1;
          n3 && o2.add(c2), r2 && (i2 += t3 ?? s3);
        } finally {
          this.#a.afterEach != null && await this.#a.afterEach.call(this, e2);
        }
      };
      try {
        if (!r2) await O({
          fn: s2,
          iterations: n2,
          limit: Math.max(1, Math.floor(this.#n.threshold)),
          signal: [this.#u, this.#n.signal].filter((e3) => e3 != null),
          time: t2,
          timestampProvider: this.#f
        }), this.#l = a2.length;
        else for (; (i2 < t2 || a2.length < n2) && !this.#e; ) await s2();
      } finally {
        this.#a.afterAll != null && await this.#a.afterAll.call(this, e2);
      }
      return P(a2) ? {
        overriddenIndices: o2,
        samples: a2
      } : {};
    } catch (e3) {
      return { error: l(e3) };
    }
  }
  #h(e2, t2, n2) {
    try {
      this.#a.beforeAll && K(this.#a.beforeAll.call(this, e2), "`beforeAll` function must be sync when using `runSync()`");
      let r2 = 0, i2 = [], a2 = /* @__PURE__ */ new Set(), o2 = () => {
        if (!this.#e) try {
          this.#a.beforeEach && K(this.#a.beforeEach.call(this, e2), "`beforeEach` function must be sync when using `runSync()`");
          let { iterationCost: t3, overridden: n3, taskTime: o3 } = this.#_(true), s2 = i2.push(o3) - 1;
          n3 && a2.add(s2), r2 += t3 ?? o3;
        } finally {
          this.#a.afterEach && K(this.#a.afterEach.call(this, e2), "`afterEach` function must be sync when using `runSync()`");
        }
      };
      try {
        for (; (r2 < t2 || i2.length < n2) && !this.#e; ) o2();
      } finally {
        this.#a.afterAll && K(this.#a.afterAll.call(this, e2), "`afterAll` function must be sync when using `runSync()`");
      }
      return P(i2) ? {
        overriddenIndices: a2,
        samples: i2
      } : {};
    } catch (e3) {
      return { error: l(e3) };
    }
  }
  async #g(e2) {
    let t2 = this.#d(), n2 = await this.#i.call(this), r2 = this.#p(this.#d() - t2), i2 = e2 ? Q(n2) : void 0, a2 = Z(n2);
    return a2 === void 0 ? {
      iterationCost: i2,
      overridden: false,
      taskTime: r2
    } : {
      iterationCost: i2,
      overridden: true,
      taskTime: a2
    };
  }
  #_(e2) {
    let t2 = this.#d(), n2 = this.#i.call(this), r2 = this.#p(this.#d() - t2);
    K(n2, "task function must be sync when using `runSync()`");
    let i2 = e2 ? Q(n2) : void 0, a2 = Z(n2);
    return a2 === void 0 ? {
      iterationCost: i2,
      overridden: false,
      taskTime: r2
    } : {
      iterationCost: i2,
      overridden: true,
      taskTime: a2
    };
  }
  #v() {
    if (this.#e = true, oe.includes(this.#s.state)) {
      this.#s = J;
      let e2 = new n("abort", this);
      this.dispatchEvent(e2), this.#n.dispatchEvent(e2);
    }
  }
  #y(e2) {
    if (e2) {
      this.#s = {
        state: "errored",
        error: e2
      };
      let t2 = new n("error", this, e2);
      if (this.dispatchEvent(t2), this.#n.dispatchEvent(t2), this.#n.throws) throw e2;
    }
  }
  #b({ error: e2, latencySamples: t2, overriddenIndices: r2 }) {
    if (P(t2)) {
      this.#l = t2.length;
      let e3 = this.#n.timerOverhead;
      if (e3 !== void 0 && e3 > 0) for (let n2 = 0; n2 < t2.length; n2++) r2?.has(n2) || (t2[n2] = Math.max(0, t2[n2] - e3));
      let i3 = (r2?.size ?? 0) > 0, a2 = i3 ? t2.filter((e4, t3) => !r2?.has(t3)) : t2;
      F(t2);
      let o2 = H(t2, this.#c), s2;
      i3 ? P(a2) ? (F(a2), this.#r = W(a2), s2 = U(a2, V(a2))) : this.#r = void 0 : (this.#r = W(t2), s2 = U(t2, o2.mad));
      let c2 = o2.mean, l2 = 0, u2 = [];
      for (let e4 of t2) e4 === 0 ? u2.push(c2 === 0 ? 0 : 1e3 / c2) : (l2 += e4, u2.push(1e3 / e4));
      F(u2);
      let d2 = H(u2, this.#c);
      if (this.#s = {
        state: this.#e ? "aborted-with-statistics" : "completed",
        latency: o2,
        period: l2 / this.runs,
        throughput: d2,
        totalTime: l2
      }, s2 !== void 0) {
        let e4 = new n("warning", this, s2);
        this.dispatchEvent(e4), this.#n.dispatchEvent(e4);
      }
    } else this.#e && (this.#s = J);
    if (e2) {
      this.#s = {
        state: "errored",
        error: e2
      };
      let t3 = new n("error", this, e2);
      if (this.dispatchEvent(t3), this.#n.dispatchEvent(t3), this.#n.throws) throw e2;
    }
    let i2 = new n("cycle", this);
    this.dispatchEvent(i2), this.#n.dispatchEvent(i2), this.dispatchEvent(new n("complete", this));
  }
};
var X = (e2) => typeof e2 == "number" && Number.isFinite(e2) && e2 >= 0;
function Z(e2) {
  if (typeof e2 != "object" || !e2) return;
  let t2 = e2;
  if (!("overriddenDuration" in t2)) return;
  let n2 = t2.overriddenDuration;
  if (typeof n2 != "number") try {
    r(n2) && i(n2);
  } catch {
  }
  else return X(n2) ? n2 : void 0;
}
function Q(e2) {
  if (typeof e2 != "object" || !e2) return;
  let t2 = e2;
  try {
    if (!("overriddenIterationCost" in t2)) return;
    let e3 = t2.overriddenIterationCost;
    return typeof e3 != "number" && r(e3) && i(e3), X(e3) ? e3 : void 0;
  } catch {
    return;
  }
}
var $ = '`subtractTimerOverhead` cannot be used with `concurrency: "task"` \u2014 set `concurrency` to `null` or `"bench"`, or disable `subtractTimerOverhead`';
var ce = class extends EventTarget {
  concurrency;
  iterations;
  name;
  now;
  retainSamples;
  runtime;
  runtimeVersion;
  setup;
  signal;
  subtractTimerOverhead;
  teardown;
  threshold;
  throws;
  time;
  timerOverhead;
  timestampProvider;
  warmup;
  warmupIterations;
  warmupTime;
  get results() {
    return this.tasks.map((e2) => e2.result);
  }
  get tasks() {
    return [...this.#e.values()];
  }
  #e = /* @__PURE__ */ new Map();
  constructor(t2 = {}) {
    super();
    let { name: r2, ...i2 } = t2;
    this.name = r2, this.runtime = g, this.runtimeVersion = _, this.concurrency = i2.concurrency ?? null, this.threshold = i2.threshold ?? Infinity, this.time = i2.time ?? 1e3, this.iterations = i2.iterations ?? 64, c(i2.now === void 0 || i2.timestampProvider === void 0, "Cannot set both `now` and `timestampProvider` options"), this.timestampProvider = E(i2.now ?? i2.timestampProvider), this.now = () => this.timestampProvider.toMs(this.timestampProvider.fn()), this.warmup = i2.warmup ?? true, this.warmupIterations = i2.warmupIterations ?? 16, this.warmupTime = i2.warmupTime ?? 250, this.setup = i2.setup ?? e, this.teardown = i2.teardown ?? e, this.throws = i2.throws ?? false, i2.signal != null && (this.signal = i2.signal), this.retainSamples = i2.retainSamples === true, this.subtractTimerOverhead = i2.subtractTimerOverhead === true, c(!(this.subtractTimerOverhead && this.concurrency === "task"), $);
    let a2 = this.subtractTimerOverhead ? G(this.timestampProvider) : void 0;
    a2 != null && (this.timerOverhead = a2), this.signal && this.signal.addEventListener("abort", () => {
      this.dispatchEvent(new n("abort"));
    }, { once: true });
  }
  add(e2, t2, r2 = {}) {
    if (this.#e.has(e2)) throw Error(`Task "${e2}" already exists`);
    {
      let i2 = new Y(this, e2, t2, r2);
      this.#e.set(e2, i2), this.dispatchEvent(new n("add", i2));
    }
    return this;
  }
  getTask(e2) {
    return this.#e.get(e2);
  }
  remove(e2) {
    let t2 = this.getTask(e2);
    return t2 && (this.#e.delete(e2), this.dispatchEvent(new n("remove", t2))), this;
  }
  reset() {
    for (let e2 of this.#e.values()) e2.reset();
    this.dispatchEvent(new n("reset"));
  }
  async run() {
    c(!(this.subtractTimerOverhead && this.concurrency === "task"), $), this.warmup && await this.#t(), this.dispatchEvent(new n("start"));
    let e2 = [];
    if (this.concurrency === "bench") {
      let t2 = [];
      for (let e3 of this.#e.values()) t2.push(e3.run());
      e2 = await Promise.all(t2);
    } else for (let t2 of this.#e.values()) e2.push(await t2.run());
    return this.dispatchEvent(new n("complete")), e2;
  }
  runSync() {
    c(this.concurrency === null, "Cannot use `concurrency` option when using `runSync`"), this.warmup && this.#n();
    let e2 = [];
    this.dispatchEvent(new n("start"));
    for (let t2 of this.#e.values()) e2.push(t2.runSync());
    return this.dispatchEvent(new n("complete")), e2;
  }
  table(e2 = te) {
    return this.tasks.map(e2);
  }
  async #t() {
    if (this.dispatchEvent(new n("warmup")), this.concurrency === "bench") {
      let e2 = [];
      for (let t2 of this.#e.values()) e2.push(t2.warmup());
      await Promise.all(e2);
    } else for (let e2 of this.#e.values()) await e2.warmup();
  }
  #n() {
    this.dispatchEvent(new n("warmup"));
    for (let e2 of this.#e.values()) e2.warmupSync();
  }
};

// src/bench/warm.ts
async function latencyRound(session, feeds, settings) {
  const bench = new ce({ time: settings.latencyTimeMs, warmupTime: settings.warmupMs, retainSamples: true, throws: true });
  bench.add("run", async () => {
    await session.run(feeds);
  });
  await bench.run();
  const r2 = bench.tasks[0].result;
  if (r2.state !== "completed" || !r2.latency.samples) throw new Error("tinybench returned no samples");
  const samples = r2.latency.samples;
  const quantiles = Object.fromEntries(WARM_METRICS.map((m2) => [m2, quantile(samples, warmQuantile(m2))]));
  return { quantiles, iterations: samples.length };
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
var orderOf = (i2, sides) => i2 % 2 === 0 ? sides : [...sides].reverse();
var COLD_VALUE = {
  "load-time": (s2) => s2.unpack.wallMs + s2.session.wallMs,
  "first-inference": (s2) => s2.firstRun.wallMs,
  "peak-rss": (s2) => s2.firstRun.peakRssBytes
};
async function measureCold(subjects, settings, settled, budgetMs) {
  const sides = sidesOf(subjects);
  const job = (side) => {
    const s2 = subjectOf(subjects, side);
    const { intraOpThreads, interOpThreads } = settings;
    return { model: s2.model, threads: { intraOpThreads, interOpThreads }, inputs: s2.inputs, label: s2.label };
  };
  const samples = { baseline: [], candidate: [] };
  const series = (metric) => ({ baseline: samples.baseline.map(COLD_VALUE[metric]), candidate: samples.candidate.map(COLD_VALUE[metric]) });
  for (const side of sides) await coldSample(job(side));
  const sampling = await samplePairs(
    { minPairs: settings.loadSamples, maxPairs: MAX_PAIRS, budgetMs },
    async (i2) => {
      for (const side of orderOf(i2, sides)) samples[side].push(await coldSample(job(side)));
    },
    () => COLD_METRICS.every((m2) => settled(m2, series(m2)))
  );
  const metrics = Object.fromEntries(COLD_METRICS.map((m2) => [m2, [{ series: series(m2), sampling }]]));
  const medianPhase = (list, phase) => ({
    wallMs: median(list.map((s2) => s2[phase].wallMs)),
    cpuMs: median(list.map((s2) => s2[phase].cpuMs)),
    peakRssBytes: median(list.map((s2) => s2[phase].peakRssBytes))
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
  const loaded = /* @__PURE__ */ new Map();
  try {
    for (const side of sides) loaded.set(side, await loadPackedModel(subjectOf(subjects, side).model));
    return await warmRounds(subjects, settings, settled, budgetMs, loaded);
  } finally {
    for (const l2 of loaded.values()) await l2.dispose();
  }
}
async function warmRounds(subjects, settings, settled, budgetMs, loaded) {
  const sides = sidesOf(subjects);
  const feeds = new Map(sides.map((side) => [side, toFeeds(subjectOf(subjects, side).inputs)]));
  const rounds = { baseline: [], candidate: [] };
  const series = (metric) => ({ baseline: rounds.baseline.map((r2) => r2.quantiles[metric]), candidate: rounds.candidate.map((r2) => r2.quantiles[metric]) });
  const round = async (i2) => {
    const order = orderOf(i2, sides);
    const sessions = /* @__PURE__ */ new Map();
    try {
      for (const side of order) sessions.set(side, await createSession(loaded.get(side).source, settings, subjectOf(subjects, side).label));
      for (const side of order) rounds[side].push(await latencyRound(sessions.get(side), feeds.get(side), settings));
    } finally {
      for (const session of sessions.values()) await session.release();
    }
  };
  const sampling = await samplePairs(
    { minPairs: settings.latencyRounds, maxPairs: MAX_PAIRS, budgetMs },
    round,
    () => WARM_METRICS.every((m2) => settled(m2, series(m2)))
  );
  return Object.fromEntries(WARM_METRICS.map((m2) => [m2, [{ series: series(m2), sampling }]]));
}

// src/compare/timing.ts
var trusted = (i2) => i2.confidence >= CONFIDENCE - 1e-12;
function excess(t2, relative, baseline) {
  const worsening2 = t2.kind === "relative" ? relative : relative * (baseline ?? Number.NaN);
  return worsening2 - t2.amount;
}
var beyond = (t2, relative, baseline) => t2 !== null && excess(t2, relative, baseline) > 1e-12;
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
  const clear = (t2) => t2 === null || beyond(t2, change.low, base) || !beyond(t2, change.high, base);
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
function compareModel(m2, thresholds) {
  const has = m2.baseline !== null;
  const checks = [];
  const add = (metric, baseline, candidate, extra = {}) => checks.push(deterministicCheck(metric, has ? baseline : null, candidate, thresholds[metric], extra));
  if (m2.interface) add("interface", 0, breakingCount(m2.interface.changes));
  add("packed-size", m2.baseline ? totalPackedBytes(m2.baseline) : null, totalPackedBytes(m2.candidate));
  if (m2.bench) {
    for (const metric of TIMING_METRICS) checks.push(timingCheck(metric, m2.bench.metrics[metric] ?? [], thresholds[metric], has));
  }
  const e2 = m2.eval;
  if (!e2) {
    add("accuracy", null, null, { status: "skipped", note: m2.evalSkipped ?? "no eval data given" });
  } else {
    const c2 = e2.candidate ?? e2.baseline;
    const base = e2.candidate ? e2.baseline : null;
    if (e2.task === "classification") {
      add("accuracy", base?.accuracy ?? null, c2.accuracy);
      const basePerplexity = base?.perplexity !== void 0 && base.perplexity !== null && Number.isFinite(base.perplexity) ? base.perplexity : null;
      if (c2.perplexity !== null && !Number.isFinite(c2.perplexity)) {
        add("perplexity", basePerplexity, null, { status: "fail", note: "a labelled position has probability 0 (or a NaN score): perplexity is infinite" });
      } else if (c2.perplexity !== null) add("perplexity", basePerplexity, c2.perplexity);
      if (e2.candidate) checks.push(classRecallCheck(e2, thresholds["class-recall"]));
    } else if (e2.task === "regression") {
      add("mae", base?.mae ?? null, c2.mae);
      add("rmse", base?.rmse ?? null, c2.rmse);
    } else add("accuracy", null, null, { status: "skipped", note: "the eval data has no labels" });
    if (c2.referenceAgreement !== null) add("reference-agreement", base?.referenceAgreement ?? null, c2.referenceAgreement);
  }
  const verdict = modelVerdict(has, checks.map((c2) => c2.status));
  return { name: m2.name, verdict, baseline: m2.baseline, candidate: m2.candidate, checks, eval: m2.eval, unchanged: m2.unchanged, phases: m2.bench?.phases ?? null, interface: m2.interface ?? null };
}
function modelVerdict(hasBaseline, statuses) {
  return hasBaseline ? worst(statuses) : "no-baseline";
}
function overallVerdict(models) {
  if (models.length === 0) return "pass";
  if (models.every((m2) => m2.verdict === "no-baseline")) return "no-baseline";
  return worst(models.flatMap((m2) => m2.verdict === "no-baseline" ? [] : [m2.verdict]));
}
function worst(statuses) {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("warn")) return "warn";
  return "pass";
}
var CLASS_ALPHA = 1 - CONFIDENCE;
function judgeClasses(figures, pair) {
  const rank = { fail: 0, warn: 1, pass: 2, skipped: 3 };
  const judged = figures.filter((f2) => f2.adjustedP !== null).map((f2) => {
    const change = changeOf(f2.baseline, f2.candidate, null);
    const beyond2 = (t2) => t2 !== null && worsening("class-recall", change, t2) > t2.amount + 1e-12;
    const significant = f2.adjustedP < CLASS_ALPHA;
    const status = significant && beyond2(pair.fail) ? "fail" : significant && beyond2(pair.warn) ? "warn" : "pass";
    return { figures: f2, change, status, withinNoise: !significant && beyond2(pair.warn ?? pair.fail) };
  }).sort((a2, b2) => rank[a2.status] - rank[b2.status] || a2.change.absolute - b2.change.absolute || a2.figures.class - b2.figures.class);
  return judged[0] ?? null;
}
function classRecallCheck(e2, pair) {
  const check = emptyCheck("class-recall", pair);
  if (!e2.classes) {
    check.note = e2.classesOff ?? "not measured";
    return check;
  }
  const worst2 = judgeClasses(e2.classes.classes, pair);
  if (!worst2) {
    check.note = `no class has ${e2.classes.minSamples} or more labelled samples: per-class recall is reported, not judged`;
    return check;
  }
  const f2 = worst2.figures;
  Object.assign(check, { baseline: f2.baseline, candidate: f2.candidate, change: worst2.change, status: worst2.status });
  const p2 = (x) => x.toPrecision(2);
  check.note = `class ${f2.class} (${f2.samples} samples: ${f2.lost} lost, ${f2.gained} gained): McNemar p ${p2(f2.p)}, ${p2(f2.adjustedP)} after Holm over ${e2.classes.tested} class${e2.classes.tested === 1 ? "" : "es"}${worst2.withinNoise ? "; the drop is within noise (not significant at 95%)" : ""}`;
  return check;
}
function thresholdText(pair) {
  return { warn: pair.warn?.text ?? null, fail: pair.fail?.text ?? null };
}
function worsening(metric, change, t2) {
  const sign = METRICS[metric].worse === "higher" ? 1 : -1;
  if (t2.kind === "absolute") return sign * change.absolute;
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
  const beyond2 = (t2) => t2 !== null && worsening(metric, change, t2) > t2.amount + 1e-12;
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
  const judged = attempts.map((a2) => {
    const judgement = judgeTiming(a2.series, pair);
    return { ...judgement, change: timingChange(a2, judgement.ratio) };
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
var member = (values, error = `is not one of ${values.join(", ")}`) => string({ error }).refine((v2) => values.includes(v2), { error }).transform((v2) => v2);
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
    interface: added(Interface.nullable())
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
    bench: object2({ budgetSeconds: num(), loadSamples: num(), latencyRounds: num(), latencyTimeMs: num(), warmupMs: num(), intraOpThreads: num(), interOpThreads: num() }),
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
    throw new InputError(`${source}: not a ${REPORT_SCHEMA} ${READABLE_VERSIONS.map((v2) => `v${v2}`).join(" or ")} report`);
  }
  const parsed = ReportSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(`${source}: ${describeIssue(parsed.error.issues)}`);
  const report = parsed.data;
  for (const m2 of report.models) {
    m2.verdict = modelVerdict(m2.baseline !== null, [...m2.checks, ...m2.history?.chains ?? []].map((c2) => c2.status));
    m2.unchanged = m2.unchanged && m2.baseline !== null && m2.baseline.raw.sha256 === m2.candidate.raw.sha256;
  }
  report.verdict = overallVerdict(report.models);
  report.summary = summarize(report.verdict, report.models, report.baseline.note);
  return report;
}
function describeIssue(issues) {
  const issue = issues.find((i2) => i2.input !== void 0) ?? issues[0];
  if (!issue) return "not a valid report";
  return `${fieldPath(issue.path)} ${issue.message}`;
}
function fieldPath(path) {
  return path.map((key, i2) => typeof key === "number" ? `[${key}]` : `${i2 === 0 ? "" : "."}${String(key)}`).join("") || "the report";
}

export {
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
//# sourceMappingURL=chunk-J6YBBG5A.js.map
