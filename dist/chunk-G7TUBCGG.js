import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  chooseVariant
} from "./chunk-K45T7SZ7.js";
import {
  summarize
} from "./chunk-62MXSQ3H.js";
import {
  thresholdsFor
} from "./chunk-RYYH3E4M.js";
import {
  METRICS
} from "./chunk-SUR4Q5BY.js";
import {
  PHASES,
  createSession,
  onnxruntimeVersion,
  runSession,
  syntheticInputs,
  toFeeds
} from "./chunk-44G7IJRU.js";
import {
  loadPackedModel
} from "./chunk-ODA4SYPC.js";
import {
  GraphField,
  ModelField,
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-6MEY6HQD.js";
import {
  VERSION
} from "./chunk-TQNJSTS7.js";
import {
  DATA_LOCATION_EXTERNAL,
  MANIFEST_FILE,
  TensorField,
  WIRE_VARINT,
  WireReader,
  WireWriter,
  dataTypeFromElemType,
  decodeTensorProto,
  elementCount,
  encodeTensorProto,
  fieldInt,
  formatDims,
  isPackedFileName,
  modelNameOf,
  numericArrayFromLE,
  packedModels,
  readManifest,
  tensorBytes,
  toBigInt,
  totalPackedBytes
} from "./chunk-LAKUDRBA.js";
import {
  readUntrusted,
  requireDirectory,
  writeFileAtomic
} from "./chunk-PJOJBPGY.js";
import {
  InputError,
  fileError
} from "./chunk-JJHRGA2G.js";

// src/engine.ts
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";

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
  child.send(job);
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
  const sorted = [...values].sort((a2, b3) => a2 - b3);
  const pos = (sorted.length - 1) * q2;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
var median = (values) => quantile(values, 0.5);
var CONFIDENCE = 0.95;
function binomialHalfCdf(k2, n2) {
  if (k2 < 0) return 0;
  if (k2 >= n2) return 1;
  let logTerm = -n2 * Math.LN2;
  let sum = Math.exp(logTerm);
  for (let i3 = 1; i3 <= k2; i3++) {
    logTerm += Math.log((n2 - i3 + 1) / i3);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}
function medianInterval(values, confidence = CONFIDENCE) {
  const n2 = values.length;
  if (n2 === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, confidence: 0 };
  const sorted = [...values].sort((a2, b3) => a2 - b3);
  const coverage = (k3) => 1 - 2 * binomialHalfCdf(k3 - 1, n2);
  let k2 = 1;
  while (k2 + 1 <= Math.floor(n2 / 2) && coverage(k2 + 1) >= confidence) k2++;
  return { estimate: median(sorted), low: sorted[k2 - 1], high: sorted[n2 - k2], confidence: coverage(k2) };
}
function pairRatios(baseline, candidate) {
  const ratios = [];
  for (let i3 = 0; i3 < Math.min(baseline.length, candidate.length); i3++) {
    const b3 = baseline[i3];
    const c2 = candidate[i3];
    if (b3 > 0 && Number.isFinite(b3) && Number.isFinite(c2)) ratios.push(c2 / b3);
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
  let { fn: t2, iterations: n2, limit: r2, signal: i3, time: a2 = 0, timestampProvider: o2 = y } = e2, s2 = n2 === 0 ? r2 : Math.max(0, Math.min(r2, n2)), c2 = [], u2 = [], d2 = true, f2 = 0, p2 = Number.isFinite(a2) && a2 > 0, m2 = n2 > 0, h2 = 0, g2 = o2.fn, _2 = m2 ? p2 ? () => d2 && f2++ < n2 && (g2() < h2 || (d2 = false)) : () => d2 && f2++ < n2 : p2 ? () => d2 && (g2() < h2 || (d2 = false)) : () => d2, v2 = (e3) => {
    d2 && u2.push(e3);
  }, b3 = (e3) => {
    c2.push(l(e3));
  }, x2 = () => d2 = false, S2 = Array.isArray(i3) ? i3 : i3 ? [i3] : [];
  if (S2.some((e3) => e3.aborted)) return [];
  for (let e3 of S2) e3.addEventListener("abort", x2);
  let C2 = async () => {
    for (; _2(); ) try {
      v2(await t2());
    } catch (e3) {
      d2 = false, b3(e3);
      break;
    }
  };
  try {
    p2 && (h2 = g2() + o2.fromMs(a2));
    let e3 = Array.from({ length: s2 }, () => C2());
    await Promise.allSettled(e3);
  } finally {
    for (let e3 of S2) e3.removeEventListener("abort", x2);
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
  let i3 = Math.min(Math.max(0, t2 - (Math.floor(Math.log10(r2)) + 1)), n2);
  return e2.toFixed(i3);
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
  let r2 = e2 + t2, i3 = e2 + 1, a2 = e2 - 1, o2 = 1, s2 = 1 - r2 * n2 / i3;
  Math.abs(s2) < 1e-300 && (s2 = 1e-300), s2 = 1 / s2;
  let c2 = s2;
  for (let l2 = 1; l2 <= 300; l2++) {
    let u2 = 2 * l2, d2 = l2 * (t2 - l2) * n2 / ((a2 + u2) * (e2 + u2));
    s2 = 1 + d2 * s2, Math.abs(s2) < 1e-300 && (s2 = 1e-300), o2 = 1 + d2 / o2, Math.abs(o2) < 1e-300 && (o2 = 1e-300), s2 = 1 / s2, c2 *= s2 * o2, d2 = -(e2 + l2) * (r2 + l2) * n2 / ((e2 + u2) * (i3 + u2)), s2 = 1 + d2 * s2, Math.abs(s2) < 1e-300 && (s2 = 1e-300), o2 = 1 + d2 / o2, Math.abs(o2) < 1e-300 && (o2 = 1e-300), s2 = 1 / s2;
    let f2 = s2 * o2;
    if (c2 *= f2, Math.abs(f2 - 1) < 1e-16) break;
  }
  return c2;
};
var N = (e2) => {
  let t2 = e2 > 0 ? e2 : 1, n2 = t2 / 2, r2 = 0.5, i3 = n2 < 12 ? j(n2 + 0.5) - j(n2) : 0.5 * Math.log(n2) - 1 / (8 * n2) + 1 / (192 * n2 ** 3) - 1 / (640 * n2 ** 5) + 0.00118582565234835 / n2 ** 7 - 0.00167977198469943 / n2 ** 9 + 0.00342404392538552 / n2 ** 11, a2 = 0.5 * Math.log(Math.PI), o2 = i3 - 0.5 * Math.log(t2 * Math.PI), s2 = (e3) => {
    let o3 = e3 * e3, s3 = o3 / (t2 + o3), c3 = Math.exp(i3 - a2 + n2 * Math.log1p(-s3) + r2 * Math.log(s3));
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
  let n2 = true, r2 = true, i3 = e2[0];
  for (let a3 = 0; a3 < t2; a3++) {
    let t3 = e2[a3];
    if (!Number.isFinite(t3) || Object.is(t3, -0)) {
      e2.sort(z);
      return;
    }
    (n2 || r2) && (n2 &&= t3 >= i3, r2 &&= t3 <= i3, i3 = t3);
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
  let n2 = 0, r2 = 0, i3 = 0;
  for (; i3 < t2; ) {
    let t3 = e2[i3++], a2 = t3 - n2;
    n2 += a2 / i3, r2 += a2 * (t3 - n2);
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
  let n2 = (e2.length - 1) * t2, r2 = Math.floor(n2), i3 = e2[r2];
  if (n2 === r2) return i3;
  let a2 = e2[r2 + 1];
  if (i3 === a2) return i3;
  let o2 = n2 - r2;
  if (o2 === 0.5) return L(i3, a2);
  let s2 = a2 - i3;
  return Number.isFinite(s2) ? i3 + o2 * s2 : (1 - o2) * i3 + o2 * a2;
};
var z = (e2, t2) => e2 - t2;
var re = (e2, t2) => {
  let n2 = 0, r2 = e2.length, i3 = 0;
  for (; i3 < r2; ) n2 += (Math.abs(e2[i3++] - t2) - n2) / i3;
  return n2;
};
function B(e2, t2) {
  let n2 = e2.length;
  if (n2 === 1) return 0;
  let r2 = n2 >> 1, i3 = n2 + 1 >> 1, a2 = 0, o2 = r2, s2, c2, l2, u2, d2, f2;
  for (; a2 <= o2; ) {
    if (s2 = a2 + o2 >> 1, c2 = i3 - s2, l2 = s2 === 0 ? -Infinity : t2 - e2[r2 - s2], d2 = s2 === r2 ? Infinity : t2 - e2[r2 - s2 - 1], u2 = c2 === 0 ? -Infinity : e2[r2 + c2 - 1] - t2, f2 = c2 === n2 - r2 ? Infinity : e2[r2 + c2] - t2, l2 <= f2 && u2 <= d2) return n2 & 1 ? Math.max(l2, u2) : L(Math.max(l2, u2), Math.min(d2, f2));
    l2 > f2 ? o2 = s2 - 1 : a2 = s2 + 1;
  }
  return 0;
}
var V = (e2) => B(e2, R(e2, 0.5));
function H(e2, t2 = false) {
  let { mean: n2, vr: r2 } = I(e2), i3 = Math.sqrt(r2), a2 = i3 / Math.sqrt(e2.length), o2 = e2.length - 1, s2 = N(o2), c2 = a2 * s2, l2 = n2 === 0 ? Infinity : c2 / Math.abs(n2) * 100, u2 = R(e2, 0.5);
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
    sd: i3,
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
  let i3 = Math.max(3, Math.min(10, Math.floor(n2 / 1e3))), a2 = 1;
  for (let t3 = 1; t3 < n2 && !(e2[t3] !== e2[t3 - 1] && (a2++, a2 >= i3)); t3++) ;
  if (a2 < i3) return "low-distinct";
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
  let { estimator: n2 = "median", pairs: r2 = 1024, warmupPairs: i3 = 64 } = t2, { fn: a2, toMs: o2 } = e2;
  if (!Number.isInteger(r2) || r2 <= 0) return 0;
  if (Number.isInteger(i3) && i3 > 0) for (let e3 = 0; e3 < i3; e3++) {
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
      let r2 = this.#n.concurrency !== "task", i3 = 0, a2 = [], o2 = /* @__PURE__ */ new Set(), s2 = async () => {
        if (!this.#e) try {
          this.#a.beforeEach != null && await this.#a.beforeEach.call(this, e2);
          let { iterationCost: t3, overridden: n3, taskTime: s3 } = this.#t ? await this.#g(r2) : this.#_(r2), c2 = a2.push(s3) - 1;
          n3 && o2.add(c2), r2 && (i3 += t3 ?? s3);
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
        else for (; (i3 < t2 || a2.length < n2) && !this.#e; ) await s2();
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
      let r2 = 0, i3 = [], a2 = /* @__PURE__ */ new Set(), o2 = () => {
        if (!this.#e) try {
          this.#a.beforeEach && K(this.#a.beforeEach.call(this, e2), "`beforeEach` function must be sync when using `runSync()`");
          let { iterationCost: t3, overridden: n3, taskTime: o3 } = this.#_(true), s2 = i3.push(o3) - 1;
          n3 && a2.add(s2), r2 += t3 ?? o3;
        } finally {
          this.#a.afterEach && K(this.#a.afterEach.call(this, e2), "`afterEach` function must be sync when using `runSync()`");
        }
      };
      try {
        for (; (r2 < t2 || i3.length < n2) && !this.#e; ) o2();
      } finally {
        this.#a.afterAll && K(this.#a.afterAll.call(this, e2), "`afterAll` function must be sync when using `runSync()`");
      }
      return P(i3) ? {
        overriddenIndices: a2,
        samples: i3
      } : {};
    } catch (e3) {
      return { error: l(e3) };
    }
  }
  async #g(e2) {
    let t2 = this.#d(), n2 = await this.#i.call(this), r2 = this.#p(this.#d() - t2), i3 = e2 ? Q(n2) : void 0, a2 = Z(n2);
    return a2 === void 0 ? {
      iterationCost: i3,
      overridden: false,
      taskTime: r2
    } : {
      iterationCost: i3,
      overridden: true,
      taskTime: a2
    };
  }
  #_(e2) {
    let t2 = this.#d(), n2 = this.#i.call(this), r2 = this.#p(this.#d() - t2);
    K(n2, "task function must be sync when using `runSync()`");
    let i3 = e2 ? Q(n2) : void 0, a2 = Z(n2);
    return a2 === void 0 ? {
      iterationCost: i3,
      overridden: false,
      taskTime: r2
    } : {
      iterationCost: i3,
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
      let i4 = (r2?.size ?? 0) > 0, a2 = i4 ? t2.filter((e4, t3) => !r2?.has(t3)) : t2;
      F(t2);
      let o2 = H(t2, this.#c), s2;
      i4 ? P(a2) ? (F(a2), this.#r = W(a2), s2 = U(a2, V(a2))) : this.#r = void 0 : (this.#r = W(t2), s2 = U(t2, o2.mad));
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
    let i3 = new n("cycle", this);
    this.dispatchEvent(i3), this.#n.dispatchEvent(i3), this.dispatchEvent(new n("complete", this));
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
    let { name: r2, ...i3 } = t2;
    this.name = r2, this.runtime = g, this.runtimeVersion = _, this.concurrency = i3.concurrency ?? null, this.threshold = i3.threshold ?? Infinity, this.time = i3.time ?? 1e3, this.iterations = i3.iterations ?? 64, c(i3.now === void 0 || i3.timestampProvider === void 0, "Cannot set both `now` and `timestampProvider` options"), this.timestampProvider = E(i3.now ?? i3.timestampProvider), this.now = () => this.timestampProvider.toMs(this.timestampProvider.fn()), this.warmup = i3.warmup ?? true, this.warmupIterations = i3.warmupIterations ?? 16, this.warmupTime = i3.warmupTime ?? 250, this.setup = i3.setup ?? e, this.teardown = i3.teardown ?? e, this.throws = i3.throws ?? false, i3.signal != null && (this.signal = i3.signal), this.retainSamples = i3.retainSamples === true, this.subtractTimerOverhead = i3.subtractTimerOverhead === true, c(!(this.subtractTimerOverhead && this.concurrency === "task"), $);
    let a2 = this.subtractTimerOverhead ? G(this.timestampProvider) : void 0;
    a2 != null && (this.timerOverhead = a2), this.signal && this.signal.addEventListener("abort", () => {
      this.dispatchEvent(new n("abort"));
    }, { once: true });
  }
  add(e2, t2, r2 = {}) {
    if (this.#e.has(e2)) throw Error(`Task "${e2}" already exists`);
    {
      let i3 = new Y(this, e2, t2, r2);
      this.#e.set(e2, i3), this.dispatchEvent(new n("add", i3));
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
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), iterations: samples.length };
}

// src/bench/bench.ts
var COLD_METRICS = ["load-time", "first-inference", "peak-rss"];
var WARM_METRICS = ["latency-p50", "latency-p95"];
var TIMING_METRICS = [...COLD_METRICS, ...WARM_METRICS];
var groupOf = (metric) => COLD_METRICS.includes(metric) ? "cold" : "warm";
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
var orderOf = (i3, sides) => i3 % 2 === 0 ? sides : [...sides].reverse();
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
    async (i3) => {
      for (const side of orderOf(i3, sides)) samples[side].push(await coldSample(job(side)));
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
  const series = (key) => ({ baseline: rounds.baseline.map((r2) => r2[key]), candidate: rounds.candidate.map((r2) => r2[key]) });
  const round = async (i3) => {
    const order = orderOf(i3, sides);
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
    () => WARM_METRICS.every((m2) => settled(m2, series(m2 === "latency-p50" ? "p50" : "p95")))
  );
  return { "latency-p50": [{ series: series("p50"), sampling }], "latency-p95": [{ series: series("p95"), sampling }] };
}

// src/baseline/local.ts
import { lstat } from "node:fs/promises";
async function resolveLocalBaseline(dir, label, noneNote) {
  if (dir === null) return { kind: "none", source: label ?? null, note: noneNote ?? "no baseline was given" };
  const exists = await lstat(dir).then(
    () => true,
    () => false
  );
  if (!exists) throw new InputError(`baseline folder ${dir} does not exist`);
  await requireDirectory(dir, "baseline folder");
  const manifest = await readManifest(dir);
  if (manifest.models.length === 0) return { kind: "none", source: dir, note: `baseline ${dir}/${MANIFEST_FILE} lists no models` };
  return { kind: "found", source: label ?? dir, manifest, models: packedModels(dir, manifest) };
}

// src/compare/timing.ts
var trusted = (ratio) => ratio.confidence >= CONFIDENCE - 1e-12;
function excess(t2, ratio, baselineMedian) {
  const worsening2 = t2.kind === "relative" ? ratio - 1 : (ratio - 1) * baselineMedian;
  return worsening2 - t2.amount;
}
function judgeTiming(series, pair) {
  const ratio = pairedRatio(series.baseline, series.candidate);
  const base = median(series.baseline);
  const beyond = (t2, r2) => t2 !== null && excess(t2, r2, base) > 0;
  if (trusted(ratio) && beyond(pair.fail, ratio.low)) return { status: "fail", ratio, note: null };
  if (trusted(ratio) && beyond(pair.warn, ratio.low)) return { status: "warn", ratio, note: null };
  if (beyond(pair.fail, ratio.estimate)) {
    const why = trusted(ratio) ? `the ${pct(ratio.confidence)} interval reaches back inside it` : `${series.candidate.length} pairs are too few for a 95% interval`;
    return { status: "warn", ratio, note: `beyond the fail level, but ${why}: inconclusive` };
  }
  return { status: "pass", ratio, note: null };
}
function timingSettled(series, pair) {
  if (series.baseline.length === 0) return true;
  const ratio = pairedRatio(series.baseline, series.candidate);
  if (!trusted(ratio)) return false;
  const base = median(series.baseline);
  const clear = (t2) => t2 === null || excess(t2, ratio.low, base) > 0 || excess(t2, ratio.high, base) <= 0;
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
    if (e2.task === "classification") add("accuracy", base?.accuracy ?? null, c2.accuracy);
    else if (e2.task === "regression") {
      add("mae", base?.mae ?? null, c2.mae);
      add("rmse", base?.rmse ?? null, c2.rmse);
    } else add("accuracy", null, null, { status: "skipped", note: "the eval data has no labels" });
    if (c2.referenceAgreement !== null) add("reference-agreement", base?.referenceAgreement ?? null, c2.referenceAgreement);
  }
  const verdict = modelVerdict(has, checks.map((c2) => c2.status));
  return { name: m2.name, verdict, baseline: m2.baseline, candidate: m2.candidate, checks, eval: m2.eval, unchanged: m2.unchanged, phases: m2.bench?.phases ?? null };
}
function modelVerdict(hasBaseline, statuses) {
  return hasBaseline ? worst(statuses) : "no-baseline";
}
function overallVerdict(models) {
  if (models.length === 0 || models.every((m2) => m2.verdict === "no-baseline")) return "no-baseline";
  return worst(models.flatMap((m2) => m2.verdict === "no-baseline" ? [] : [m2.verdict]));
}
function worst(statuses) {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("warn")) return "warn";
  return "pass";
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
  const beyond = (t2) => t2 !== null && worsening(metric, check.change, t2) > t2.amount + 1e-12;
  check.status = beyond(pair.fail) ? "fail" : beyond(pair.warn) ? "warn" : "pass";
  return check;
}
function emptyCheck(metric, pair) {
  const none = { baseline: null, candidate: null, change: null, note: null, samples: null, sampling: null, firstAttempt: null };
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
  check.note = last.note;
  const first = judged[0];
  if (judged.length > 1) {
    check.firstAttempt = { status: first.status, change: first.change };
    const was = `failed at first (${intervalText(first.change)})`;
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
var percent = (share) => `${share >= 0 ? "+" : "\u2212"}${Math.abs(share * 100).toFixed(1)}%`;
var intervalText = (c2) => c2.interval ? `${percent(c2.interval.low)} \u2026 ${percent(c2.interval.high)}` : "";
function changeOf(baseline, candidate, interval) {
  return { absolute: candidate - baseline, relative: baseline === 0 ? null : (candidate - baseline) / baseline, interval };
}

// src/eval/binding.ts
import { basename } from "node:path";
function pairByNameThenPosition(tensors, slots) {
  const pairs = /* @__PURE__ */ new Map();
  const leftovers = [];
  for (const t2 of tensors) {
    if (t2.name !== "" && slots.includes(t2.name) && !pairs.has(t2.name)) pairs.set(t2.name, t2);
    else leftovers.push(t2);
  }
  const open = slots.filter((s2) => !pairs.has(s2));
  open.forEach((slot, k2) => {
    if (k2 < leftovers.length) pairs.set(slot, leftovers[k2]);
  });
  return new Map(slots.filter((s2) => pairs.has(s2)).map((s2) => [s2, pairs.get(s2)]));
}
function bindInputs(set, model, modelLabel) {
  if (set.inputs.length !== model.inputs.length) {
    throw new InputError(
      `${set.dir}: has ${set.inputs.length} input tensor(s) (${set.inputs.map((t2) => basename(t2.file)).join(", ")}) but model ${modelLabel} has ${model.inputs.length} input(s) (${model.inputs.map((i3) => `"${i3.name}"`).join(", ")})`
    );
  }
  const pairs = pairByNameThenPosition(set.inputs, model.inputs.map((i3) => i3.name));
  const symbols = /* @__PURE__ */ new Map();
  const bound = /* @__PURE__ */ new Map();
  for (const input of model.inputs) {
    const tensor = pairs.get(input.name);
    checkFits(tensor, input, modelLabel, symbols);
    bound.set(input.name, { ...tensor, name: input.name });
  }
  return bound;
}
function bindReferences(set, model, modelLabel) {
  if (set.references.length > model.outputs.length) {
    throw new InputError(
      `${set.dir}: has ${set.references.length} reference output(s) (${set.references.map((t2) => basename(t2.file)).join(", ")}) but model ${modelLabel} has ${model.outputs.length} output(s) (${model.outputs.map((o2) => `"${o2.name}"`).join(", ")})`
    );
  }
  const pairs = pairByNameThenPosition(set.references, model.outputs.map((o2) => o2.name));
  return new Map([...pairs].map(([name, t2]) => [name, { ...t2, name }]));
}
function checkFits(t2, input, modelLabel, symbols) {
  const tensor = t2.name ? `tensor "${t2.name}"` : "tensor";
  const target = `model ${modelLabel} input "${input.name}"`;
  const fail = (detail) => {
    throw new InputError(`${t2.file}: ${detail}`);
  };
  if (input.elemType === null) fail(`${target} is not a tensor (sequence, map and optional inputs are not supported)`);
  if (t2.elemType !== input.elemType) {
    const hint = t2.file.includes(".npy") && input.elemType !== "bfloat16" ? ` (convert with arr.astype('${input.elemType}'))` : "";
    fail(`${tensor} is ${t2.elemType} but ${target} expects ${input.elemType}${hint}`);
  }
  const shape = input.shape;
  if (shape === null) return;
  const mismatch = () => fail(`${tensor} has shape ${formatDims(t2.dims)} but ${target} expects ${formatDims(shape)}`);
  if (t2.dims.length !== shape.length) mismatch();
  shape.forEach((want, axis) => {
    const size = t2.dims[axis];
    if (typeof want === "number" && want !== size) mismatch();
    if (typeof want === "string") {
      const seen = symbols.get(want);
      if (seen && seen.size !== size) {
        fail(`${tensor} has shape ${formatDims(t2.dims)} but ${target} expects ${formatDims(shape)} with ${want} = ${seen.size} (as in ${seen.file})`);
      }
      symbols.set(want, { size, file: seen?.file ?? t2.file });
    }
  });
}

// src/eval/data.ts
import { lstat as lstat2, readdir } from "node:fs/promises";
import { basename as basename2, join } from "node:path";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e2) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b3 = new u16(31);
  for (var i3 = 0; i3 < 31; ++i3) {
    b3[i3] = start += 1 << eb[i3 - 1];
  }
  var r2 = new i32(b3[30]);
  for (var i3 = 1; i3 < 30; ++i3) {
    for (var j2 = b3[i3]; j2 < b3[i3 + 1]; ++j2) {
      r2[j2] = j2 - b3[i3] << 5 | i3;
    }
  }
  return { b: b3, r: r2 };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i2 = 0; i2 < 32768; ++i2) {
  x = (i2 & 43690) >> 1 | (i2 & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i2] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i2;
var hMap = (function(cd, mb, r2) {
  var s2 = cd.length;
  var i3 = 0;
  var l2 = new u16(mb);
  for (; i3 < s2; ++i3) {
    if (cd[i3])
      ++l2[cd[i3] - 1];
  }
  var le = new u16(mb);
  for (i3 = 1; i3 < mb; ++i3) {
    le[i3] = le[i3 - 1] + l2[i3 - 1] << 1;
  }
  var co;
  if (r2) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i3 = 0; i3 < s2; ++i3) {
      if (cd[i3]) {
        var sv = i3 << 4 | cd[i3];
        var r_1 = mb - cd[i3];
        var v2 = le[cd[i3] - 1]++ << r_1;
        for (var m2 = v2 | (1 << r_1) - 1; v2 <= m2; ++v2) {
          co[rev[v2] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s2);
    for (i3 = 0; i3 < s2; ++i3) {
      if (cd[i3]) {
        co[i3] = rev[le[cd[i3] - 1]++] >> 15 - cd[i3];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i2 = 0; i2 < 144; ++i2)
  flt[i2] = 8;
var i2;
for (i2 = 144; i2 < 256; ++i2)
  flt[i2] = 9;
var i2;
for (i2 = 256; i2 < 280; ++i2)
  flt[i2] = 7;
var i2;
for (i2 = 280; i2 < 288; ++i2)
  flt[i2] = 8;
var i2;
var fdt = new u8(32);
for (i2 = 0; i2 < 32; ++i2)
  fdt[i2] = 5;
var i2;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a2) {
  var m2 = a2[0];
  for (var i3 = 1; i3 < a2.length; ++i3) {
    if (a2[i3] > m2)
      m2 = a2[i3];
  }
  return m2;
};
var bits = function(d2, p2, m2) {
  var o2 = p2 / 8 | 0;
  return (d2[o2] | d2[o2 + 1] << 8) >> (p2 & 7) & m2;
};
var bits16 = function(d2, p2) {
  var o2 = p2 / 8 | 0;
  return (d2[o2] | d2[o2 + 1] << 8 | d2[o2 + 2] << 16) >> (p2 & 7);
};
var shft = function(p2) {
  return (p2 + 7) / 8 | 0;
};
var slc = function(v2, s2, e2) {
  if (s2 == null || s2 < 0)
    s2 = 0;
  if (e2 == null || e2 > v2.length)
    e2 = v2.length;
  return new u8(v2.subarray(s2, e2));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e2 = new Error(msg || ec[ind]);
  e2.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e2, err);
  if (!nt)
    throw e2;
  return e2;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l3) {
    var bl = buf.length;
    if (l3 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l3));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type2 = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type2) {
        var s2 = shft(pos) + 4, l2 = dat[s2 - 4] | dat[s2 - 3] << 8, t2 = s2 + l2;
        if (t2 > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l2);
        buf.set(dat.subarray(s2, t2), bt);
        st.b = bt += l2, st.p = pos = t2 * 8, st.f = final;
        continue;
      } else if (type2 == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type2 == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i3 = 0; i3 < hcLen; ++i3) {
          clt[clim[i3]] = bits(dat, pos + i3 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i3 = 0; i3 < tl; ) {
          var r2 = clm[bits(dat, pos, clbmsk)];
          pos += r2 & 15;
          var s2 = r2 >> 4;
          if (s2 < 16) {
            ldt[i3++] = s2;
          } else {
            var c2 = 0, n2 = 0;
            if (s2 == 16)
              n2 = 3 + bits(dat, pos, 3), pos += 2, c2 = ldt[i3 - 1];
            else if (s2 == 17)
              n2 = 3 + bits(dat, pos, 7), pos += 3;
            else if (s2 == 18)
              n2 = 11 + bits(dat, pos, 127), pos += 7;
            while (n2--)
              ldt[i3++] = c2;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c2 = lm[bits16(dat, pos) & lms], sym = c2 >> 4;
      pos += c2 & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c2)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i3 = sym - 257, b3 = fleb[i3];
          add = bits(dat, pos, (1 << b3) - 1) + fl[i3];
          pos += b3;
        }
        var d2 = dm[bits16(dat, pos) & dms], dsym = d2 >> 4;
        if (!d2)
          err(3);
        pos += d2 & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b3 = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b3) - 1, pos += b3;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d2, b3) {
  return d2[b3] | d2[b3 + 1] << 8;
};
var b4 = function(d2, b3) {
  return (d2[b3] | d2[b3 + 1] << 8 | d2[b3 + 2] << 16 | d2[b3 + 3] << 24) >>> 0;
};
var b8 = function(d2, b3) {
  return b4(d2, b3) + b4(d2, b3 + 4) * 4294967296;
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c2) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c2;
    else if (c2.length) {
      var n2 = new u8(this.p.length + c2.length);
      n2.set(this.p), n2.set(c2, this.p.length), this.p = n2;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e2) {
}
var dutf8 = function(d2) {
  for (var r2 = "", i3 = 0; ; ) {
    var c2 = d2[i3++];
    var eb = (c2 > 127) + (c2 > 223) + (c2 > 239);
    if (i3 + eb > d2.length)
      return { s: r2, r: slc(d2, i3 - 1) };
    if (!eb)
      r2 += String.fromCharCode(c2);
    else if (eb == 3) {
      c2 = ((c2 & 15) << 18 | (d2[i3++] & 63) << 12 | (d2[i3++] & 63) << 6 | d2[i3++] & 63) - 65536, r2 += String.fromCharCode(55296 | c2 >> 10, 56320 | c2 & 1023);
    } else if (eb & 1)
      r2 += String.fromCharCode((c2 & 31) << 6 | d2[i3++] & 63);
    else
      r2 += String.fromCharCode((c2 & 15) << 12 | (d2[i3++] & 63) << 6 | d2[i3++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r2 = "";
    for (var i3 = 0; i3 < dat.length; i3 += 16384)
      r2 += String.fromCharCode.apply(null, dat.subarray(i3, i3 + 16384));
    return r2;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s2 = _a2.s, r2 = _a2.r;
    if (r2.length)
      err(8);
    return s2;
  }
}
var z64hs = function(d2, b3, l2, z2, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e2 = b3 + l2;
  var nf = nsc + nsu + noff;
  if (z2 && nf) {
    for (; b3 + 4 < e2; b3 += 4 + b2(d2, b3 + 2)) {
      if (b2(d2, b3) == 1) {
        return [
          nsc ? b8(d2, b3 + 4 + 8 * nsu) : sc,
          nsu ? b8(d2, b3 + 4) : su,
          noff ? b8(d2, b3 + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z2 < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var UnzipPassThrough = /* @__PURE__ */ (function() {
  function UnzipPassThrough2() {
  }
  UnzipPassThrough2.prototype.push = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  UnzipPassThrough2.compression = 0;
  return UnzipPassThrough2;
})();
var UnzipInflate = /* @__PURE__ */ (function() {
  function UnzipInflate2() {
    var _this = this;
    this.i = new Inflate(function(dat, final) {
      _this.ondata(null, dat, final);
    });
  }
  UnzipInflate2.prototype.push = function(chunk, final) {
    try {
      this.i.push(chunk, final);
    } catch (e2) {
      this.ondata(e2, null, final);
    }
  };
  UnzipInflate2.compression = 8;
  return UnzipInflate2;
})();
var Unzip = /* @__PURE__ */ (function() {
  function Unzip2(cb) {
    this.onfile = cb;
    this.k = [];
    this.o = {
      0: UnzipPassThrough
    };
    this.p = et;
  }
  Unzip2.prototype.push = function(chunk, final) {
    var _this = this;
    if (!this.onfile)
      err(5);
    if (!this.p)
      err(4);
    if (this.c > 0) {
      var len = Math.min(this.c, chunk.length);
      var toAdd = chunk.subarray(0, len);
      this.c -= len;
      if (this.d)
        this.d.push(toAdd, !this.c);
      else
        this.k[0].push(toAdd);
      chunk = chunk.subarray(len);
      if (chunk.length)
        return this.push(chunk, final);
    } else {
      var f2 = 0, i3 = 0, is = void 0, buf = void 0;
      if (!this.p.length)
        buf = chunk;
      else if (!chunk.length)
        buf = this.p;
      else {
        buf = new u8(this.p.length + chunk.length);
        buf.set(this.p), buf.set(chunk, this.p.length);
      }
      var l2 = buf.length, oc = this.c, add = oc && this.d;
      var _loop_2 = function() {
        var sig = b4(buf, i3);
        if (sig == 67324752) {
          f2 = 1, is = i3;
          this_1.d = null;
          this_1.c = 0;
          var bf = b2(buf, i3 + 6), cmp_1 = b2(buf, i3 + 8), u2 = bf & 2048, dd = bf & 8, fnl = b2(buf, i3 + 26), es = b2(buf, i3 + 28);
          if (l2 > i3 + 30 + fnl + es) {
            var chks_3 = [];
            this_1.k.unshift(chks_3);
            f2 = 2;
            var lsc = b4(buf, i3 + 18), lsu = b4(buf, i3 + 22);
            var fn_1 = strFromU8(buf.subarray(i3 + 30, i3 += 30 + fnl), !u2);
            var _a2 = z64hs(buf, i3, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
            if (dd)
              sc_1 = -1 - z64;
            i3 += es;
            this_1.c = sc_1;
            var d_1;
            var file_1 = {
              name: fn_1,
              compression: cmp_1,
              start: function() {
                if (!file_1.ondata)
                  err(5);
                if (!sc_1)
                  file_1.ondata(null, et, true);
                else {
                  var ctr = _this.o[cmp_1];
                  if (!ctr)
                    file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                  d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                  d_1.ondata = function(err2, dat3, final2) {
                    file_1.ondata(err2, dat3, final2);
                  };
                  for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                    var dat2 = chks_4[_i];
                    d_1.push(dat2, false);
                  }
                  if (_this.k[0] == chks_3 && _this.c)
                    _this.d = d_1;
                  else
                    d_1.push(et, true);
                }
              },
              terminate: function() {
                if (d_1 && d_1.terminate)
                  d_1.terminate();
              }
            };
            if (sc_1 >= 0)
              file_1.size = sc_1, file_1.originalSize = su_1;
            this_1.onfile(file_1);
          }
          return "break";
        } else if (oc) {
          if (sig == 134695760) {
            is = i3 += 12 + (oc == -2 && 8), f2 = 3, this_1.c = 0;
            return "break";
          } else if (sig == 33639248) {
            is = i3 -= 4, f2 = 3, this_1.c = 0;
            return "break";
          }
        }
      };
      var this_1 = this;
      for (; i3 < l2 - 4; ++i3) {
        var state_1 = _loop_2();
        if (state_1 === "break")
          break;
      }
      this.p = et;
      if (oc < 0) {
        var dat = f2 ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i3);
        if (add)
          add.push(dat, !!f2);
        else
          this.k[+(f2 == 2)].push(dat);
      }
      if (f2 & 2)
        return this.push(buf.subarray(i3), final);
      this.p = buf.subarray(i3);
    }
    if (final) {
      if (this.c)
        err(13);
      this.p = null;
    }
  };
  Unzip2.prototype.register = function(decoder) {
    this.o[decoder.compression] = decoder;
  };
  return Unzip2;
})();

// src/eval/npy.ts
var MAGIC = [147, 78, 85, 77, 80, 89];
var DTYPES = {
  f2: { elemType: "float16", ctor: Uint16Array },
  f4: { elemType: "float32", ctor: Float32Array },
  f8: { elemType: "float64", ctor: Float64Array },
  i1: { elemType: "int8", ctor: Int8Array },
  u1: { elemType: "uint8", ctor: Uint8Array },
  i2: { elemType: "int16", ctor: Int16Array },
  u2: { elemType: "uint16", ctor: Uint16Array },
  i4: { elemType: "int32", ctor: Int32Array },
  u4: { elemType: "uint32", ctor: Uint32Array },
  i8: { elemType: "int64", ctor: BigInt64Array },
  u8: { elemType: "uint64", ctor: BigUint64Array },
  b1: { elemType: "bool", ctor: Uint8Array }
};
function parseNpy(bytes, file, name = "") {
  const fail = (detail) => {
    throw new InputError(`${file}: ${detail}`);
  };
  if (bytes.length < 10 || !MAGIC.every((m2, i3) => bytes[i3] === m2)) fail("not a .npy file (no \\x93NUMPY magic)");
  const { header, dataStart } = readHeaderText(bytes, fail);
  const { descr, fortranOrder, shape } = readHeaderDict(header, fail);
  const dtype = resolveDtype(descr, fail);
  if (fortranOrder && shape.filter((d2) => d2 > 1).length > 1) {
    fail("is stored in Fortran order (fortran_order: True); save np.ascontiguousarray(arr) instead");
  }
  const count = elementCount(shape, (d2) => fail(`array ${d2}`));
  const need = count * dtype.ctor.BYTES_PER_ELEMENT;
  const have = bytes.length - dataStart;
  if (have < need) fail(`truncated (shape ${formatDims(shape)} of ${descr} needs ${need} data bytes, ${have} present)`);
  if (have > need) fail(`has ${have - need} unexpected bytes after the array data`);
  return { name, elemType: dtype.elemType, dims: shape, data: numericArrayFromLE(dtype.ctor, bytes.subarray(dataStart), count) };
}
function readHeaderText(bytes, fail) {
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerStart;
  let headerLength;
  if (major === 1) {
    headerStart = 10;
    headerLength = view.getUint16(8, true);
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) fail("truncated .npy header");
    headerStart = 12;
    headerLength = view.getUint32(8, true);
  } else {
    return fail(`unsupported .npy format version ${major}.${bytes[7]}`);
  }
  if (headerLength > 1 << 20) fail(`malformed .npy header (declares ${headerLength} bytes)`);
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) fail(`truncated .npy header (declares ${headerLength} bytes, ${bytes.length - headerStart} remain)`);
  const raw = bytes.subarray(headerStart, dataStart);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(raw);
  return { header, dataStart };
}
function readHeaderDict(header, fail) {
  let dict;
  try {
    dict = parsePyLiteral(header);
  } catch (err2) {
    return fail(`malformed .npy header (${err2.message}): ${header.trim()}`);
  }
  if (!(dict instanceof Map)) return fail(`malformed .npy header (not a dict): ${header.trim()}`);
  const descr = dict.get("descr");
  const fortranOrder = dict.get("fortran_order");
  const shape = dict.get("shape");
  if (descr === void 0 || fortranOrder === void 0 || shape === void 0) {
    fail(`malformed .npy header (needs descr, fortran_order and shape): ${header.trim()}`);
  }
  if (typeof descr !== "string") return fail("has a structured dtype (record array), which is not supported; save a plain numeric array");
  if (typeof fortranOrder !== "boolean") return fail("malformed .npy header (fortran_order is not True/False)");
  if (!Array.isArray(shape) || !shape.every((d2) => typeof d2 === "number")) {
    return fail(`malformed .npy header (shape is not a tuple of integers): ${header.trim()}`);
  }
  return { descr, fortranOrder, shape };
}
function resolveDtype(descr, fail) {
  const m2 = /^([<>|=])([a-zA-Z])(\d*)$/.exec(descr);
  const kind = m2?.[2] ?? "";
  if (kind === "O") fail("holds Python objects (dtype 'O'), which are stored as pickle; model-gate never unpickles \u2014 save a numeric array");
  const dtype = m2 ? DTYPES[kind + m2[3]] : void 0;
  if (!m2 || !dtype) {
    return fail(`has unsupported dtype '${descr}' (supported: float16/32/64, int8/16/32/64, uint8/16/32/64, bool)`);
  }
  const order = m2[1];
  if (dtype.ctor.BYTES_PER_ELEMENT > 1 && order !== "<") {
    fail(`has ${order === ">" ? "big-endian" : "native-order"} dtype '${descr}'; only little-endian is supported \u2014 save arr.astype('<${kind}${m2[3]}')`);
  }
  return dtype;
}
var MAX_EVAL_TENSOR_BYTES = 256 << 20;
var NPZ_STEP = 16 << 10;
function parseNpz(bytes, file) {
  const fail = (what) => {
    throw new InputError(`${file}: ${what}`);
  };
  if (bytes.length < 4 || bytes[0] !== 80 || bytes[1] !== 75 || !(bytes[2] === 3 && bytes[3] === 4 || bytes[2] === 5 && bytes[3] === 6)) {
    fail("not a readable .npz (zip) archive (no zip signature at its start)");
  }
  const members = [];
  let total = 0;
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith("/")) return;
    const declared = entry.originalSize ?? fail(`member "${entry.name}" does not declare its size`);
    total += declared;
    if (declared > MAX_EVAL_TENSOR_BYTES || total > MAX_EVAL_TENSOR_BYTES) {
      fail(`member "${entry.name}" inflates to ${declared} bytes (${total} in all so far), over the ${MAX_EVAL_TENSOR_BYTES}-byte limit for eval data; split it into more test_data_set_N folders`);
    }
    const data = new Uint8Array(declared);
    let filled = 0;
    members.push({ name: entry.name, data });
    entry.ondata = (error, chunk, final) => {
      if (error) throw error;
      if (filled + chunk.length > declared) fail(`member "${entry.name}" inflates to more than the ${declared} bytes it declares`);
      data.set(chunk, filled);
      filled += chunk.length;
      if (final && filled !== declared) fail(`member "${entry.name}" inflates to ${filled} bytes, not the ${declared} it declares`);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length || at === 0; at += NPZ_STEP) unzip.push(bytes.subarray(at, at + NPZ_STEP), at + NPZ_STEP >= bytes.length);
  } catch (err2) {
    if (err2 instanceof InputError) throw err2;
    throw new InputError(`${file}: not a readable .npz (zip) archive (${err2.message})`);
  }
  return members.map(({ name, data }) => {
    if (!name.endsWith(".npy")) throw new InputError(`${file}: member "${name}" is not a .npy array`);
    return parseNpy(data, `${file}[${name}]`, name.slice(0, -".npy".length));
  });
}
function parsePyLiteral(text) {
  let i3 = 0;
  const skipSpace = () => {
    while (i3 < text.length && /\s/.test(text[i3])) i3++;
  };
  const error = (what) => {
    throw new Error(`${what} at column ${i3 + 1}`);
  };
  const expect = (ch) => {
    skipSpace();
    if (text[i3] !== ch) error(`expected '${ch}'`);
    i3++;
  };
  const items = (close, item) => {
    const out = [];
    for (; ; ) {
      skipSpace();
      if (text[i3] === close) break;
      out.push(item());
      skipSpace();
      if (text[i3] === ",") i3++;
      else if (text[i3] !== close) error(`expected ',' or '${close}'`);
    }
    i3++;
    return out;
  };
  const value = () => {
    skipSpace();
    const ch = text[i3];
    if (ch === "{") {
      i3++;
      return new Map(
        items("}", () => {
          const key = value();
          if (typeof key !== "string") error("dict key is not a string");
          expect(":");
          return [key, value()];
        })
      );
    }
    if (ch === "(" || ch === "[") {
      i3++;
      return items(ch === "(" ? ")" : "]", value);
    }
    if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, i3 + 1);
      if (end < 0) error("unterminated string");
      const s2 = text.slice(i3 + 1, end);
      i3 = end + 1;
      return s2;
    }
    const word = /^(-?\d+)L?|^(True|False|None)/.exec(text.slice(i3));
    if (!word) return error("unexpected character");
    i3 += word[0].length;
    if (word[1] !== void 0) return Number(word[1]);
    return word[2] === "None" ? null : word[2] === "True";
  };
  const result = value();
  skipSpace();
  if (i3 < text.length) error("unexpected text after the dict");
  return result;
}

// src/eval/data.ts
var SET_DIR = /^test_data_set_(\d+)$/;
var LABEL_FILES = ["labels.pb", "labels.npy", "labels.json"];
var LAYOUTS_LOOKED_FOR = "looked for test_data_set_N/ folders (model zoo layout) and input_N.pb / input_N.npy / inputs.npz files (numpy layout)";
async function loadEvalData(dir) {
  await requireDirectory2(dir);
  const entries = await listDir(dir);
  const setDirs = entries.filter((e2) => SET_DIR.test(e2.name)).sort((a2, b3) => Number(SET_DIR.exec(a2.name)[1]) - Number(SET_DIR.exec(b3.name)[1]));
  const sets = [];
  for (const entry of setDirs) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) throw new InputError(`${path}: is a symbolic link; model-gate reads only real folders and files`);
    if (!entry.isDirectory()) continue;
    const set = await loadSet(path, entry.name);
    if (!set) throw new InputError(`${path}: has no inputs (expected input_0.pb, input_0.npy or inputs.npz)`);
    sets.push(set);
  }
  if (sets.length > 0) return sets;
  const single = await loadSet(dir, basename2(dir));
  if (!single) throw new InputError(`${dir}: no eval sets found (${LAYOUTS_LOOKED_FOR})`);
  return [single];
}
async function requireDirectory2(dir) {
  let info;
  try {
    info = await lstat2(dir);
  } catch (err2) {
    throw err2.code === "ENOENT" ? new InputError(`${dir}: eval data directory does not exist`) : fileError(dir, err2);
  }
  if (info.isSymbolicLink()) throw new InputError(`${dir}: eval data directory is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${dir}: eval data path is not a directory`);
}
async function listDir(dir) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err2) {
    throw fileError(dir, err2);
  }
}
function classify(dir, entries) {
  const files = { inputs: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), inputsNpz: null, outputsNpz: null, labels: [] };
  for (const e2 of entries) {
    const numbered = /^(input|output)_(\d+)\.(pb|npy)$/.exec(e2.name);
    if (numbered) {
      const list = numbered[1] === "input" ? files.inputs : files.outputs;
      const index = Number(numbered[2]);
      const clash = list.get(index);
      if (clash) throw new InputError(`${dir}: both ${clash} and ${e2.name} claim position ${index}`);
      list.set(index, e2.name);
    } else if (e2.name === "inputs.npz") files.inputsNpz = e2.name;
    else if (e2.name === "outputs.npz") files.outputsNpz = e2.name;
    else if (LABEL_FILES.includes(e2.name)) files.labels.push(e2.name);
  }
  return files;
}
async function loadSet(dir, id) {
  const entries = await listDir(dir);
  const files = classify(dir, entries);
  if (files.inputs.size === 0 && !files.inputsNpz) return null;
  const symlink = entries.find((e2) => e2.isSymbolicLink() && isEvalFile(files, e2.name));
  if (symlink) throw new InputError(`${join(dir, symlink.name)}: is a symbolic link; model-gate reads only regular files`);
  checkNumbering(dir, "input", files.inputs, files.inputsNpz);
  checkNumbering(dir, "output", files.outputs, files.outputsNpz);
  if (files.labels.length > 1) {
    throw new InputError(`${dir}: has more than one labels file (${files.labels.sort().join(", ")}); keep one`);
  }
  const inputs = await readNumbered(dir, files.inputs, files.inputsNpz);
  if (inputs.length === 0) throw new InputError(`${join(dir, files.inputsNpz)}: holds no arrays`);
  return {
    id,
    dir,
    inputs,
    references: await readNumbered(dir, files.outputs, files.outputsNpz),
    labels: files.labels[0] ? await readLabels(join(dir, files.labels[0])) : null
  };
}
function isEvalFile(files, name) {
  return [...files.inputs.values(), ...files.outputs.values()].includes(name) || name === files.inputsNpz || name === files.outputsNpz || files.labels.includes(name);
}
function checkNumbering(dir, role, numbered, npz) {
  if (numbered.size === 0) return;
  const names = [...numbered.entries()].sort((a2, b3) => a2[0] - b3[0]).map(([, name]) => name);
  if (npz) throw new InputError(`${dir}: has both ${npz} and ${names.join(", ")}; use one form`);
  const formats = new Set(names.map((n2) => n2.slice(n2.lastIndexOf("."))));
  if (formats.size > 1) throw new InputError(`${dir}: mixes .pb and .npy ${role}s (${names.join(", ")}); use one format per set`);
  const ext = [...formats][0];
  for (let k2 = 0; k2 < numbered.size; k2++) {
    if (!numbered.has(k2)) {
      throw new InputError(`${dir}: ${role}_${k2}${ext} is missing (found ${names.join(", ")}); ${role}s are numbered from 0 without gaps`);
    }
  }
}
async function readNumbered(dir, numbered, npz) {
  if (npz) {
    const path = join(dir, npz);
    return parseNpz(await readBytes(path), path).map((t2) => ({ ...t2, file: `${path}[${t2.name}.npy]` }));
  }
  const out = [];
  for (let k2 = 0; k2 < numbered.size; k2++) out.push(await readTensorFile(join(dir, numbered.get(k2))));
  return out;
}
async function readTensorFile(path) {
  const bytes = await readBytes(path);
  const tensor = path.endsWith(".npy") ? parseNpy(bytes, path) : decodeTensorProto(bytes, path);
  return { ...tensor, file: path };
}
function readBytes(path) {
  return readUntrusted(path, "eval data file", MAX_EVAL_TENSOR_BYTES);
}
async function readLabels(path) {
  if (!path.endsWith(".json")) return readTensorFile(path);
  return { ...parseLabelsJson(new TextDecoder().decode(await readBytes(path)), path), file: path };
}
function parseLabelsJson(text, file) {
  const fail = (detail) => {
    throw new InputError(`${file}: ${detail}`);
  };
  const expected = "labels must be a JSON array of numbers, or of equal-length arrays of numbers";
  let value;
  try {
    value = JSON.parse(text);
  } catch (err2) {
    return fail(`not valid JSON (${err2.message})`);
  }
  if (!Array.isArray(value)) return fail(`${expected} (found ${describeJson(value)})`);
  let dims;
  let flat;
  if (!Array.isArray(value[0])) {
    const bad = value.findIndex((v2) => typeof v2 !== "number");
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value[bad])})`);
    dims = [value.length];
    flat = value;
  } else {
    const bad = value.findIndex((row) => !Array.isArray(row) || !row.every((v2) => typeof v2 === "number"));
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value[bad])})`);
    const rows = value;
    const width = rows[0].length;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (ragged >= 0) fail(`${expected} (item ${ragged} has ${rows[ragged].length} numbers, item 0 has ${width})`);
    dims = [rows.length, width];
    flat = rows.flat();
  }
  const integral = flat.every((v2) => Number.isSafeInteger(v2));
  return integral ? { name: "", elemType: "int64", dims, data: BigInt64Array.from(flat, (v2) => BigInt(v2)) } : { name: "", elemType: "float64", dims, data: Float64Array.from(flat) };
}
function describeJson(v2) {
  if (Array.isArray(v2)) return v2.every((x2) => typeof x2 === "number") ? "an array" : "an array containing a non-number";
  if (v2 === null) return "null";
  return typeof v2 === "object" ? "an object" : `a ${typeof v2}`;
}

// src/eval/metrics.ts
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "float16", "bfloat16"]);
var INTEGER_TYPES = /* @__PURE__ */ new Set(["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]);
function describe(t2) {
  const file = t2.file;
  if (typeof file === "string") return file;
  return t2.name ? `output "${t2.name}"` : "output";
}
function halfToNumber(bits2) {
  const sign = bits2 & 32768 ? -1 : 1;
  const exponent = bits2 >> 10 & 31;
  const fraction = bits2 & 1023;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? Number.NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function bfloat16ToNumber(bits2) {
  u32[0] = (bits2 & 65535) << 16;
  return f32[0];
}
function tensorValues(t2) {
  const data = t2.data;
  if (Array.isArray(data)) throw new InputError(`${describe(t2)}: is a string tensor; it cannot be scored numerically`);
  if ((t2.elemType === "float16" || t2.elemType === "bfloat16") && data instanceof Uint16Array) {
    return Float64Array.from(data, t2.elemType === "float16" ? halfToNumber : bfloat16ToNumber);
  }
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (!FLOAT_TYPES.has(t2.elemType) && !INTEGER_TYPES.has(t2.elemType)) {
    throw new InputError(`${describe(t2)}: element type ${t2.elemType} cannot be scored`);
  }
  return Float64Array.from(data);
}
function argmaxRows(values, rows, width) {
  const out = new Int32Array(rows);
  for (let r2 = 0; r2 < rows; r2++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let c2 = 0; c2 < width; c2++) {
      const v2 = values[r2 * width + c2];
      if (v2 !== v2) continue;
      if (best < 0 || v2 > bestValue) {
        best = c2;
        bestValue = v2;
      }
    }
    out[r2] = best;
  }
  return out;
}
function predictedClasses(output) {
  const { dims, elemType } = output;
  if (FLOAT_TYPES.has(elemType)) {
    if (dims.length !== 2 || dims[1] <= 1) return null;
    return argmaxRows(tensorValues(output), dims[0], dims[1]);
  }
  if (INTEGER_TYPES.has(elemType)) {
    if (!(dims.length === 1 || dims.length === 2 && dims[1] === 1)) return null;
    const values = tensorValues(output);
    if (values.some((v2) => v2 !== (v2 | 0))) return null;
    return Int32Array.from(values);
  }
  return null;
}
function labelClasses(labels) {
  const { dims } = labels;
  const values = tensorValues(labels);
  if (dims.length === 2 && dims[1] > 1) return argmaxRows(values, dims[0], dims[1]);
  if (!(dims.length === 1 || dims.length === 2 && dims[1] === 1)) {
    throw new InputError(`${describe(labels)}: labels of shape [${dims.join(",")}] are neither class indices [N] / [N,1] nor one-hot [N,C]`);
  }
  const bad = values.findIndex((v2) => v2 !== (v2 | 0));
  if (bad >= 0) {
    throw new InputError(`${describe(labels)}: label ${values[bad]} at row ${bad} is not a class index (non-integer labels are regression targets)`);
  }
  return Int32Array.from(values);
}
function top1Accuracy(pred, labels) {
  const truth = labelClasses(labels);
  if (truth.length !== pred.length) {
    throw new InputError(`${describe(labels)}: has ${truth.length} labels but the model made ${pred.length} predictions`);
  }
  return shareEqual(pred, truth);
}
function shareEqual(a2, b3) {
  let same = 0;
  for (let i3 = 0; i3 < a2.length; i3++) if (a2[i3] === b3[i3]) same++;
  return same / a2.length;
}
function sameCount(a2, aValues, b3, bValues) {
  if (aValues.length !== bValues.length) {
    throw new InputError(
      `${describe(b3)}: has ${bValues.length} values (shape [${b3.dims.join(",")}]) but ${describe(a2)} has ${aValues.length} (shape [${a2.dims.join(",")}])`
    );
  }
}
function regressionErrors(pred, target) {
  const p2 = tensorValues(pred);
  const t2 = tensorValues(target);
  sameCount(pred, p2, target, t2);
  let abs = 0;
  let squares = 0;
  for (let i3 = 0; i3 < p2.length; i3++) {
    const d2 = p2[i3] - t2[i3];
    abs += Math.abs(d2);
    squares += d2 * d2;
  }
  return { mae: abs / p2.length, rmse: Math.sqrt(squares / p2.length) };
}
function checkTolerance(name, value) {
  if (!(value >= 0) || !Number.isFinite(value)) throw new InputError(`${name} must be a finite number \u2265 0, got ${value}`);
}
function compareElements(actual, reference, atol, rtol) {
  let within = 0;
  let maxAbsError = 0;
  let squaredError = 0;
  let squaredReference = 0;
  for (let i3 = 0; i3 < actual.length; i3++) {
    const a2 = actual[i3];
    const r2 = reference[i3];
    let error;
    let close;
    if (Number.isFinite(a2) && Number.isFinite(r2)) {
      error = Math.abs(a2 - r2);
      close = error <= atol + rtol * Math.abs(r2);
      squaredReference += r2 * r2;
    } else {
      close = a2 === r2 || a2 !== a2 && r2 !== r2;
      error = close ? 0 : Infinity;
    }
    if (close) within++;
    if (error > maxAbsError) maxAbsError = error;
    squaredError += error * error;
  }
  return { within, maxAbsError, squaredError, squaredReference };
}
function compareTensors(actual, reference, atol, rtol) {
  checkTolerance("atol", atol);
  checkTolerance("rtol", rtol);
  if (actual.elemType === "string" || reference.elemType === "string") return compareStrings(actual, reference);
  const a2 = tensorValues(actual);
  const r2 = tensorValues(reference);
  sameCount(actual, a2, reference, r2);
  return { ...compareElements(a2, r2, atol, rtol), count: a2.length };
}
function compareStrings(actual, reference) {
  if (!Array.isArray(actual.data) || !Array.isArray(reference.data)) {
    throw new InputError(`${describe(reference)}: is a ${reference.elemType} tensor but ${describe(actual)} is ${actual.elemType}`);
  }
  const [a2, r2] = [actual.data, reference.data];
  if (a2.length !== r2.length) {
    throw new InputError(
      `${describe(reference)}: has ${r2.length} values (shape [${reference.dims.join(",")}]) but ${describe(actual)} has ${a2.length} (shape [${actual.dims.join(",")}])`
    );
  }
  const within = a2.filter((v2, i3) => v2 === r2[i3]).length;
  const mismatched = a2.length - within;
  return { within, maxAbsError: mismatched > 0 ? Infinity : 0, squaredError: mismatched > 0 ? Infinity : 0, squaredReference: 0, count: a2.length };
}
function referenceAgreement(actual, reference, atol, rtol) {
  const { within, maxAbsError, count } = compareTensors(actual, reference, atol, rtol);
  return { withinShare: within / count, maxAbsError, count };
}
function predictionAgreement(a2, b3, atol, rtol) {
  const { within, maxAbsError, squaredError, squaredReference, count } = compareTensors(b3, a2, atol, rtol);
  const withinShare = within / count;
  const classesA = predictedClasses(a2);
  const classesB = predictedClasses(b3);
  let top1Agreement = null;
  if (classesA && classesB) {
    if (classesA.length !== classesB.length) {
      throw new InputError(`${describe(b3)}: predicts ${classesB.length} samples but ${describe(a2)} predicts ${classesA.length}`);
    }
    top1Agreement = shareEqual(classesA, classesB);
  }
  return { top1Agreement, withinShare, maxAbsError, squaredError, squaredReference };
}

// src/eval/evaluate.ts
var Mean = class {
  sum = 0;
  weight = 0;
  add(value, weight) {
    if (weight > 0 && Number.isFinite(value)) {
      this.sum += value * weight;
      this.weight += weight;
    }
  }
  get value() {
    return this.weight > 0 ? this.sum / this.weight : null;
  }
};
var newAccumulator = () => ({ accuracy: new Mean(), mae: new Mean(), mse: new Mean(), reference: new Mean(), referenceMax: null });
async function evaluate(sets, baseline, candidate, settings) {
  const outputName = chooseOutput(baseline, candidate, settings);
  const acc = { baseline: newAccumulator(), candidate: newAccumulator() };
  const top1 = new Mean();
  const within = new Mean();
  let maxAbs = 0;
  let squaredError = 0;
  let squaredReference = 0;
  let task = null;
  let samples = 0;
  const others = /* @__PURE__ */ new Map();
  for (const set of sets) {
    const all = { baseline: await predict(set, baseline), candidate: candidate ? await predict(set, candidate) : null };
    const outputs = { baseline: pick(all.baseline, outputName, baseline), candidate: all.candidate && candidate ? pick(all.candidate, outputName, candidate) : null };
    const reference = bindReferences(set, baseline.info, baseline.label).get(outputName) ?? null;
    for (const side of ["baseline", "candidate"]) {
      const out = outputs[side];
      if (!out) continue;
      const a2 = acc[side];
      if (set.labels) {
        const classes = predictedClasses(out);
        const isClassLabels = isIntegerType(set.labels.elemType) || isOneHot(set.labels, out);
        if (classes && isClassLabels) {
          task = "classification";
          a2.accuracy.add(top1Accuracy(classes, set.labels), classes.length);
          if (side === "baseline") samples += classes.length;
        } else {
          task = "regression";
          const errors = regressionErrors(out, set.labels);
          const n2 = elementCount2(set.labels);
          a2.mae.add(errors.mae, n2);
          a2.mse.add(errors.rmse * errors.rmse, n2);
          if (side === "baseline") samples += n2;
        }
      }
      if (reference) {
        const r2 = referenceAgreement(out, reference, settings.atol, settings.rtol);
        a2.reference.add(r2.withinShare, r2.count);
        a2.referenceMax = Math.max(a2.referenceMax ?? 0, r2.maxAbsError);
      }
    }
    if (!set.labels) samples += outputs.baseline.dims[0] ?? 1;
    if (outputs.candidate) {
      const p2 = predictionAgreement(outputs.baseline, outputs.candidate, settings.atol, settings.rtol);
      const rows = outputs.baseline.dims[0] ?? 1;
      if (p2.top1Agreement !== null) top1.add(p2.top1Agreement, rows);
      within.add(p2.withinShare, elementCount2(outputs.baseline));
      maxAbs = Math.max(maxAbs, p2.maxAbsError);
      squaredError += p2.squaredError;
      squaredReference += p2.squaredReference;
    }
    for (const { name } of all.candidate ? baseline.info.outputs : []) {
      const [b3, c2] = [all.baseline[name], all.candidate?.[name]];
      if (name === outputName || !b3 || !c2 || !isFloatType(b3.elemType) || !isFloatType(c2.elemType) || b3.dims.join() !== c2.dims.join()) continue;
      const p2 = predictionAgreement(b3, c2, settings.atol, settings.rtol);
      const sums = others.get(name) ?? { squaredError: 0, squaredReference: 0 };
      others.set(name, { squaredError: sums.squaredError + p2.squaredError, squaredReference: sums.squaredReference + p2.squaredReference });
    }
  }
  const scores = (a2) => {
    const mse = a2.mse.value;
    return {
      accuracy: a2.accuracy.value,
      mae: a2.mae.value,
      rmse: mse === null ? null : Math.sqrt(mse),
      referenceAgreement: a2.reference.value,
      referenceMaxAbsError: a2.referenceMax
    };
  };
  return {
    task,
    output: outputName,
    sets: sets.length,
    samples,
    baseline: scores(acc.baseline),
    candidate: candidate ? scores(acc.candidate) : null,
    agreement: candidate ? {
      top1: top1.value,
      withinShare: within.value ?? Number.NaN,
      maxAbsError: maxAbs,
      relativeRmsError: relativeRms(squaredError, squaredReference),
      others: [...others].map(([output, s2]) => ({ output, relativeRmsError: relativeRms(s2.squaredError, s2.squaredReference) }))
    } : null
  };
}
function chooseOutput(baseline, candidate, settings) {
  const name = settings.output ?? baseline.info.outputs[0]?.name;
  if (name === void 0) throw new InputError(`${baseline.label}: model has no outputs`);
  for (const subject of [baseline, candidate]) {
    if (subject && !subject.info.outputs.some((o2) => o2.name === name)) {
      throw new InputError(
        `${subject.label}: has no output "${name}" (outputs: ${subject.info.outputs.map((o2) => o2.name).join(", ")}); set eval.output in the config`
      );
    }
  }
  return name;
}
async function predict(set, subject) {
  return runSession(subject.session, toFeeds(bindInputs(set, subject.info, subject.label)), subject.label);
}
function pick(outputs, output, subject) {
  const out = outputs[output];
  if (!out) throw new InputError(`${subject.label}: inference returned no output "${output}"`);
  return out;
}
var relativeRms = (squaredError, squaredReference) => squaredReference > 0 ? Math.sqrt(squaredError / squaredReference) : null;
function isFloatType(type2) {
  return /^(b?float\d+)$/.test(type2);
}
function isIntegerType(type2) {
  return /^u?int\d+$/.test(type2);
}
function isOneHot(labels, output) {
  return labels.dims.length === 2 && labels.dims[1] === output.dims[output.dims.length - 1] && (labels.dims[1] ?? 0) > 1;
}
function elementCount2(t2) {
  return t2.dims.reduce((a2, b3) => a2 * b3, 1);
}

// src/report/environment.ts
import { arch, availableParallelism, cpus, release, type } from "node:os";
function collectEnvironment() {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    os: `${type()} ${release()}`,
    arch: arch(),
    node: process.version,
    onnxruntime: onnxruntimeVersion(),
    runner: process.env.RUNNER_NAME ?? null
  };
}

// src/report/format.ts
var REPORT_SCHEMA = "model-gate/report";
var REPORT_VERSION = 3;
var READABLE_VERSIONS = [1, 2, REPORT_VERSION];

// src/report/json.ts
function buildReport(input) {
  const { level, threads, failOn, bench, eval: evalSettings } = input.config;
  const e2 = input.environment;
  const models = input.models.map(reportModel);
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_VERSION,
    tool: { name: "model-gate", version: VERSION },
    verdict: input.verdict,
    summary: summarize(input.verdict, models, input.baseline.note),
    baseline: { source: input.baseline.source, note: input.baseline.note },
    removed: [...input.removed],
    models,
    settings: {
      level,
      threads,
      failOn,
      bench: {
        budgetSeconds: bench.budgetSeconds,
        loadSamples: bench.loadSamples,
        latencyRounds: bench.latencyRounds,
        latencyTimeMs: bench.latencyTimeMs,
        warmupMs: bench.warmupMs,
        intraOpThreads: bench.intraOpThreads,
        interOpThreads: bench.interOpThreads
      },
      eval: { atol: evalSettings.atol, rtol: evalSettings.rtol, output: evalSettings.output }
    },
    environment: { cpu: e2.cpu, cores: e2.cores, os: e2.os, arch: e2.arch, node: e2.node, onnxruntime: e2.onnxruntime, runner: e2.runner }
  };
}
function reportModel(m2) {
  const file = (f2) => ({
    file: f2.file,
    raw: { bytes: f2.raw.bytes, sha256: f2.raw.sha256 },
    // The packed file's sha256 only where the manifest names one (docs/FORMAT.md#history).
    packed: f2.packed.sha256 === void 0 ? { bytes: f2.packed.bytes } : { bytes: f2.packed.bytes, sha256: f2.packed.sha256 }
  });
  return {
    name: m2.name,
    verdict: m2.verdict,
    baseline: m2.baseline && file(m2.baseline),
    candidate: { ...file(m2.candidate), producer: `${m2.candidate.onnx.producerName} ${m2.candidate.onnx.producerVersion}`.trim() },
    unchanged: m2.unchanged,
    checks: m2.checks.map(reportCheck),
    eval: m2.eval && reportEval(m2.eval),
    phases: m2.phases && m2.phases.map(reportPhase),
    variants: m2.variants ? reportVariants(m2.variants) : null
  };
}
function reportChange(c2) {
  const i3 = c2.interval;
  return { absolute: c2.absolute, relative: c2.relative, interval: i3 && { low: i3.low, high: i3.high, confidence: i3.confidence } };
}
function reportCheck(c2) {
  return {
    metric: c2.metric,
    baseline: c2.baseline,
    candidate: c2.candidate,
    change: c2.change && reportChange(c2.change),
    note: c2.note,
    samples: c2.samples && { baseline: c2.samples.baseline, candidate: c2.samples.candidate },
    sampling: c2.sampling && { pairs: c2.sampling.pairs, stop: c2.sampling.stop, seconds: c2.sampling.seconds },
    firstAttempt: c2.firstAttempt && { status: c2.firstAttempt.status, change: reportChange(c2.firstAttempt.change) },
    threshold: { warn: c2.threshold.warn, fail: c2.threshold.fail },
    status: c2.status
  };
}
var sideScores = (s2) => ({ accuracy: s2.accuracy, mae: s2.mae, rmse: s2.rmse, referenceAgreement: s2.referenceAgreement, referenceMaxAbsError: s2.referenceMaxAbsError });
function reportAgreement(a2) {
  if (!a2) return null;
  return {
    top1: a2.top1,
    withinShare: a2.withinShare,
    maxAbsError: a2.maxAbsError,
    relativeRmsError: a2.relativeRmsError,
    others: a2.others.map((o2) => ({ output: o2.output, relativeRmsError: o2.relativeRmsError }))
  };
}
function reportEval(e2) {
  return {
    task: e2.task,
    output: e2.output,
    sets: e2.sets,
    samples: e2.samples,
    baseline: sideScores(e2.baseline),
    candidate: e2.candidate && sideScores(e2.candidate),
    agreement: reportAgreement(e2.agreement)
  };
}
function reportPhase(p2) {
  const side = (s2) => ({ wallMs: s2.wallMs, cpuMs: s2.cpuMs, peakRssBytes: s2.peakRssBytes });
  return { phase: p2.phase, baseline: p2.baseline && side(p2.baseline), candidate: side(p2.candidate) };
}
function reportVariantRow(r2) {
  const s2 = r2.score;
  return {
    variant: r2.variant,
    status: r2.status,
    reason: r2.reason,
    packedBytes: r2.packedBytes,
    weightBytes: r2.weightBytes,
    loadTime: r2.loadTime && reportChange(r2.loadTime),
    latencyP50: r2.latencyP50 && reportChange(r2.latencyP50),
    score: s2 && {
      metric: s2.metric,
      original: s2.original,
      variant: s2.variant,
      loss: s2.loss,
      budget: s2.budget,
      unit: s2.unit,
      within: s2.within,
      ...s2.output === void 0 ? {} : { output: s2.output }
    },
    agreement: reportAgreement(r2.agreement),
    converted: r2.converted,
    kept: r2.kept,
    clamped: r2.clamped,
    flushed: r2.flushed,
    worstTensors: r2.worstTensors.map((t2) => ({ name: t2.name, elements: t2.elements, sqnrDb: t2.sqnrDb, clamped: t2.clamped, flushed: t2.flushed }))
  };
}
function reportVariants(t2) {
  return { publish: t2.publish, published: t2.published, rows: t2.rows.map(reportVariantRow) };
}

// src/variants/select.ts
import { basename as basename3, join as join3 } from "node:path";

// src/variants/build.ts
import { join as join2 } from "node:path";

// src/variants/graph.ts
var NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 };
var AttributeField = { name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, graphs: 11, type: 20 };
var OpsetField = { domain: 1, version: 2 };
var MAX_DEPTH = 64;
function readGraphView(model, label) {
  const view = { irVersion: 0, opset: 0, initializers: /* @__PURE__ */ new Map(), nested: [], uses: /* @__PURE__ */ new Map(), graphInputs: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() };
  const r2 = new WireReader(model, label);
  let graph = null;
  for (const f2 of r2) {
    if (f2.no === ModelField.graph) graph = r2.message(f2, "ModelProto.graph");
    else if (f2.no === ModelField.irVersion) view.irVersion = fieldInt(f2, label, "ModelProto.ir_version");
    else if (f2.no === ModelField.opsetImport) {
      const o2 = r2.message(f2, "ModelProto.opset_import");
      let domain = "";
      let version = 0;
      for (const g2 of o2) {
        if (g2.no === OpsetField.domain) domain = o2.string(g2, "OperatorSetIdProto.domain");
        else if (g2.no === OpsetField.version) version = fieldInt(g2, label, "OperatorSetIdProto.version");
      }
      if (domain === "" || domain === "ai.onnx") view.opset = version;
    }
  }
  if (!graph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  for (const f2 of graph) {
    switch (f2.no) {
      case GraphField.node:
        readNode(graph.message(f2, "GraphProto.node"), view, 0);
        break;
      case GraphField.initializer: {
        const t2 = readInitializer(graph.bytesOf(f2, "GraphProto.initializer"), label, "initializer", f2.offset);
        view.initializers.set(t2.name, t2);
        view.names.add(t2.name);
        break;
      }
      case GraphField.input:
      case GraphField.output:
      case GraphField.valueInfo: {
        const name = valueInfoName(graph.message(f2, "GraphProto.input"));
        view.names.add(name);
        if (f2.no === GraphField.input) view.graphInputs.add(name);
        if (f2.no === GraphField.output) view.outputs.add(name);
        break;
      }
    }
  }
  return view;
}
function valueInfoName(r2) {
  for (const f2 of r2) if (f2.no === 1) return r2.string(f2, "ValueInfoProto.name");
  return "";
}
function readNode(r2, view, depth) {
  if (depth > MAX_DEPTH) throw new InputError(`${r2.label}: subgraphs nest deeper than ${MAX_DEPTH} levels`);
  const inputs = [];
  const outputs = [];
  const ints = {};
  const tensors = {};
  let opType = "";
  let domain = "";
  let name = "";
  for (const f2 of r2) {
    switch (f2.no) {
      case NodeField.input:
        inputs.push(r2.string(f2, "NodeProto.input"));
        break;
      case NodeField.output:
        outputs.push(r2.string(f2, "NodeProto.output"));
        view.names.add(outputs.at(-1));
        break;
      case NodeField.name:
        name = r2.string(f2, "NodeProto.name");
        view.names.add(name);
        break;
      case NodeField.opType:
        opType = r2.string(f2, "NodeProto.op_type");
        break;
      case NodeField.domain:
        domain = r2.string(f2, "NodeProto.domain");
        break;
      case NodeField.attribute:
        readAttribute(r2.message(f2, "NodeProto.attribute"), ints, tensors, view, depth);
        break;
    }
  }
  const value = tensors.value;
  if (depth === 0 && opType === "Constant" && (domain === "" || domain === "ai.onnx") && value && outputs.length === 1) {
    view.initializers.set(outputs[0], { ...readInitializer(value, r2.label, "constant", r2.base), name: outputs[0] });
  }
  inputs.forEach((input, slot) => {
    if (input === "") return;
    const list = view.uses.get(input) ?? [];
    list.push({ opType, domain, node: name, slot, ints, inSubgraph: depth > 0 });
    view.uses.set(input, list);
  });
}
function readAttribute(r2, ints, tensors, view, depth) {
  let name = "";
  let i3 = null;
  let t2 = null;
  for (const f2 of r2) {
    if (f2.no === AttributeField.name) name = r2.string(f2, "AttributeProto.name");
    else if (f2.no === AttributeField.i && f2.wireType === WIRE_VARINT) i3 = Number(toBigInt(f2.lo, f2.hi));
    else if (f2.no === AttributeField.t) t2 = r2.bytesOf(f2, "AttributeProto.t");
    else if (f2.no === AttributeField.g || f2.no === AttributeField.graphs) readSubgraph(r2.message(f2, "AttributeProto.g"), view, depth + 1);
  }
  if (i3 !== null) ints[name] = i3;
  if (t2 !== null) tensors[name] = t2;
}
function readSubgraph(r2, view, depth) {
  for (const f2 of r2) {
    if (f2.no === GraphField.node) readNode(r2.message(f2, "GraphProto.node"), view, depth);
    else if (f2.no === GraphField.initializer) {
      const t2 = readInitializer(r2.bytesOf(f2, "GraphProto.initializer"), r2.label, "subgraph", f2.offset);
      view.nested.push(t2);
      view.names.add(t2.name);
    } else if (f2.no === GraphField.input || f2.no === GraphField.output || f2.no === GraphField.valueInfo) {
      view.names.add(valueInfoName(r2.message(f2, "GraphProto.input")));
    }
  }
}
function readInitializer(proto, label, where, at) {
  const r2 = new WireReader(proto, label);
  const t2 = { name: "", dataType: 0, dims: [], proto, external: false, where, at };
  for (const f2 of r2) {
    if (f2.no === TensorField.name) t2.name = r2.string(f2, "TensorProto.name");
    else if (f2.no === TensorField.dataType) t2.dataType = fieldInt(f2, label, "TensorProto.data_type");
    else if (f2.no === TensorField.dims) r2.varints(f2, "TensorProto.dims", (lo, hi) => t2.dims.push(Number(toBigInt(lo, hi))));
    else if (f2.no === TensorField.dataLocation) t2.external = fieldInt(f2, label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
  }
  return t2;
}
function weightBytes(view) {
  let total = 0;
  for (const t2 of [...view.initializers.values(), ...view.nested]) total += tensorBytes(t2.dataType, t2.dims) ?? 0;
  return total;
}
function freshName(view, base) {
  let name = base;
  for (let n2 = 2; view.names.has(name); n2++) name = `${base}_${n2}`;
  view.names.add(name);
  return name;
}

// src/variants/numeric.ts
var scratchF32 = new Float32Array(1);
var scratchU32 = new Uint32Array(scratchF32.buffer);
var HALF_MAX_BITS = 31743;
var HALF_INF_BITS = 31744;
var HALF_QNAN_BITS = 32256;
function halfBitsOfFloat32Bits(u2) {
  const sign = u2 >>> 16 & 32768;
  const exp = u2 >>> 23 & 255;
  const mant = u2 & 8388607;
  if (exp === 255) return sign | (mant !== 0 ? HALF_QNAN_BITS : HALF_INF_BITS);
  const e2 = exp - 127;
  if (e2 > 15) return sign | HALF_INF_BITS;
  if (e2 >= -14) {
    const rem2 = mant & 8191;
    let h3 = e2 + 15 << 10 | mant >>> 13;
    if (rem2 > 4096 || rem2 === 4096 && (h3 & 1) !== 0) h3++;
    return sign | h3;
  }
  const shift = -e2 - 1;
  if (shift > 24) return sign;
  const sig = mant | 8388608;
  const half = 1 << shift - 1;
  const rem = sig & (half << 1) - 1;
  let h2 = sig >>> shift;
  if (rem > half || rem === half && (h2 & 1) !== 0) h2++;
  return sign | h2;
}
function toHalf(src) {
  const n2 = src.length;
  const u2 = new Uint32Array(src.buffer, src.byteOffset, n2);
  const bits2 = new Uint16Array(n2);
  let clamped = 0;
  let flushed = 0;
  let nonFinite = 0;
  for (let i3 = 0; i3 < n2; i3++) {
    const v2 = u2[i3];
    const abs = v2 & 2147483647;
    let h2;
    if (abs >= 947912704 && abs < 1199570944) h2 = v2 >>> 16 & 32768 | abs - 939524096 + 4095 + (abs >>> 13 & 1) >>> 13;
    else h2 = halfBitsOfFloat32Bits(v2);
    if ((h2 & 31744) === 31744) {
      if ((v2 & 2139095040) === 2139095040) nonFinite++;
      else {
        h2 = h2 & 32768 | HALF_MAX_BITS;
        clamped++;
      }
    } else if ((h2 & 32767) === 0 && abs !== 0) flushed++;
    bits2[i3] = h2;
  }
  return { bits: bits2, clamped, flushed, nonFinite };
}
var halfTable;
function halfRestored(bits2) {
  if (!halfTable) {
    halfTable = new Float32Array(65536);
    for (let h2 = 0; h2 < 65536; h2++) halfTable[h2] = halfToNumber(h2);
  }
  const table = halfTable;
  const out = new Float32Array(bits2.length);
  for (let i3 = 0; i3 < bits2.length; i3++) out[i3] = table[bits2[i3]];
  return out;
}
var FLOAT32_MAX = 34028234663852886e22;
var FLOAT32_MIN_SUBNORMAL = 2 ** -149;
var ROUND_MAGIC = 6755399441055744;
function channelLayout(length, dims, axis) {
  if (!Number.isInteger(axis) || axis < 0 || axis >= dims.length) {
    throw new RangeError(`axis ${axis} is out of range for a rank-${dims.length} tensor`);
  }
  let outer = 1;
  let inner = 1;
  for (let d2 = 0; d2 < dims.length; d2++) {
    const size = dims[d2];
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`dims [${dims.join(", ")}]: dimension ${d2} is not a non-negative integer`);
    if (d2 < axis) outer *= size;
    else if (d2 > axis) inner *= size;
  }
  const channels = dims[axis];
  if (outer * channels * inner !== length) {
    throw new RangeError(`dims [${dims.join(", ")}] hold ${outer * channels * inner} elements, but the data has ${length}`);
  }
  return { outer, channels, inner };
}
function allFinite(data) {
  const u2 = new Uint32Array(data.buffer, data.byteOffset, data.length);
  for (let i3 = 0; i3 < u2.length; i3++) {
    if ((u2[i3] & 2139095040) === 2139095040) return false;
  }
  return true;
}
function quantizePerChannel(data, dims, axis) {
  const { outer, channels, inner } = channelLayout(data.length, dims, axis);
  const amax = new Float64Array(channels);
  let i3 = 0;
  for (let o2 = 0; o2 < outer; o2++) {
    for (let c2 = 0; c2 < channels; c2++) {
      let m2 = amax[c2];
      for (let end = i3 + inner; i3 < end; i3++) {
        const a2 = Math.abs(data[i3]);
        if (!(a2 <= FLOAT32_MAX)) throw new RangeError(`element ${i3} is ${data[i3]}: only finite weights can be quantized`);
        if (a2 > m2) m2 = a2;
      }
      amax[c2] = m2;
    }
  }
  const scales = new Float32Array(channels);
  for (let c2 = 0; c2 < channels; c2++) {
    const m2 = amax[c2];
    let s2 = Math.fround(m2 / 127);
    if (m2 === 0) s2 = 1;
    else if (s2 === 0) s2 = FLOAT32_MIN_SUBNORMAL;
    scales[c2] = s2;
  }
  const q2 = new Int8Array(data.length);
  i3 = 0;
  for (let o2 = 0; o2 < outer; o2++) {
    for (let c2 = 0; c2 < channels; c2++) {
      const s2 = scales[c2];
      for (let end = i3 + inner; i3 < end; i3++) {
        let r2 = Math.fround(data[i3] / s2) + ROUND_MAGIC - ROUND_MAGIC;
        if (r2 > 127) r2 = 127;
        else if (r2 < -127) r2 = -127;
        q2[i3] = r2;
      }
    }
  }
  return { q: q2, scales };
}
function dequantizePerChannel(quantized, dims, axis) {
  const { q: q2, scales } = quantized;
  const { outer, channels, inner } = channelLayout(q2.length, dims, axis);
  if (scales.length !== channels) throw new RangeError(`${scales.length} scales for ${channels} channels`);
  const out = new Float32Array(q2.length);
  let i3 = 0;
  for (let o2 = 0; o2 < outer; o2++) {
    for (let c2 = 0; c2 < channels; c2++) {
      const s2 = scales[c2];
      for (let end = i3 + inner; i3 < end; i3++) out[i3] = q2[i3] * s2;
    }
  }
  return out;
}
function sqnrDb(original, restored) {
  if (original.length !== restored.length) {
    throw new RangeError(`length mismatch: ${original.length} original vs ${restored.length} restored elements`);
  }
  let signal = 0;
  let noise = 0;
  for (let i3 = 0; i3 < original.length; i3++) {
    const x2 = original[i3];
    const d2 = x2 - restored[i3];
    signal += x2 * x2;
    noise += d2 * d2;
  }
  if (noise === 0) return Infinity;
  if (signal === 0) return -Infinity;
  return 10 * Math.log10(signal / noise);
}

// src/variants/rewrite.ts
var ATTRIBUTE_INT = 2;
var MetadataField = { key: 1, value: 2 };
var MAX_MODEL_BYTES = 2 ** 31 - 1;
function rewriteModel(model, label, replacements, metadata) {
  const edits = { byAt: new Map(replacements.map((r3) => [r3.at, r3])), sorted: replacements.map((r3) => r3.at).sort((a2, b3) => a2 - b3) };
  const out = new WireWriter();
  const r2 = new WireReader(model, label);
  for (let start = r2.position, f2 = r2.next(); f2; start = r2.position, f2 = r2.next()) {
    if (f2.no === ModelField.graph) out.bytes(ModelField.graph, rewriteGraph(r2.message(f2, "ModelProto.graph"), edits, true));
    else out.raw(model.subarray(start, f2.offset + f2.length));
  }
  for (const [key, value] of Object.entries(metadata)) {
    out.bytes(ModelField.metadataProps, new WireWriter().string(MetadataField.key, key).string(MetadataField.value, value).finish());
  }
  const bytes = out.finish();
  if (bytes.length > MAX_MODEL_BYTES) throw new InputError(`${label}: the variant would be ${bytes.length} bytes, over the 2 GiB limit of an ONNX file without external data`);
  return bytes;
}
function containsEdit(edits, from, to) {
  let lo = 0;
  let hi = edits.sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (edits.sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < edits.sorted.length && edits.sorted[lo] < to;
}
function rewriteGraph(g2, edits, main) {
  const here = [];
  for (const f2 of new WireReader(g2.bytes, g2.label, g2.base)) {
    const r2 = edits.byAt.get(f2.offset);
    if (r2 && (f2.no === GraphField.initializer || f2.no === GraphField.node)) here.push(r2);
  }
  const hereByName = new Map(here.map((r2) => [r2.original, r2]));
  const out = new WireWriter();
  const emitted = /* @__PURE__ */ new Set();
  for (const r2 of here) for (const node of r2.nodes) out.bytes(GraphField.node, encodeNode(node));
  for (let start = g2.position, f2 = g2.next(); f2; start = g2.position, f2 = g2.next()) {
    const r2 = edits.byAt.get(f2.offset);
    if (f2.no === GraphField.node) {
      if (r2) continue;
      if (containsEdit(edits, f2.offset, f2.offset + f2.length)) {
        out.bytes(GraphField.node, rewriteMessage(g2.message(f2, "GraphProto.node"), edits, NodeField.attribute));
        continue;
      }
    } else if (f2.no === GraphField.initializer && r2) {
      for (const t2 of r2.initializers) out.bytes(GraphField.initializer, encodeTensorProto(t2));
      emitted.add(r2);
      continue;
    } else if (f2.no === GraphField.input && main) {
      const replaced = hereByName.get(firstString(g2.message(f2, "GraphProto.input"), 1));
      if (replaced) {
        for (const t2 of replaced.initializers) out.bytes(GraphField.input, encodeValueInfo(t2));
        continue;
      }
    }
    out.raw(g2.bytes.subarray(start - g2.base, f2.offset + f2.length - g2.base));
  }
  for (const r2 of here) if (!emitted.has(r2)) for (const t2 of r2.initializers) out.bytes(GraphField.initializer, encodeTensorProto(t2));
  return out.finish();
}
function rewriteMessage(m2, edits, inner) {
  const out = new WireWriter();
  for (let start = m2.position, f2 = m2.next(); f2; start = m2.position, f2 = m2.next()) {
    const holds = containsEdit(edits, f2.offset, f2.offset + f2.length);
    if (holds && inner === NodeField.attribute && f2.no === NodeField.attribute) {
      out.bytes(f2.no, rewriteMessage(m2.message(f2, "NodeProto.attribute"), edits, AttributeField.g));
    } else if (holds && inner === AttributeField.g && (f2.no === AttributeField.g || f2.no === AttributeField.graphs)) {
      out.bytes(f2.no, rewriteGraph(m2.message(f2, "AttributeProto.g"), edits, false));
    } else out.raw(m2.bytes.subarray(start - m2.base, f2.offset + f2.length - m2.base));
  }
  return out.finish();
}
function firstString(r2, no) {
  for (const f2 of r2) if (f2.no === no) return r2.string(f2, "name");
  return "";
}
function encodeValueInfo(t2) {
  const shape = new WireWriter();
  for (const d2 of t2.dims) shape.bytes(1, new WireWriter().varint(1, d2).finish());
  const tensorType = new WireWriter().varint(1, dataTypeFromElemType(t2.elemType)).bytes(2, shape.finish()).finish();
  return new WireWriter().string(1, t2.name).bytes(2, new WireWriter().bytes(1, tensorType).finish()).finish();
}
function encodeNode(n2) {
  const w2 = new WireWriter();
  for (const i3 of n2.inputs) w2.string(NodeField.input, i3);
  for (const o2 of n2.outputs) w2.string(NodeField.output, o2);
  w2.string(NodeField.name, n2.name);
  w2.string(NodeField.opType, n2.opType);
  for (const [name, value] of Object.entries(n2.ints ?? {})) {
    w2.bytes(NodeField.attribute, new WireWriter().string(AttributeField.name, name).varint(AttributeField.i, value).varint(AttributeField.type, ATTRIBUTE_INT).finish());
  }
  return w2.finish();
}

// src/variants/build.ts
var FLOAT = 1;
var QUANTIZATION_OPS = /* @__PURE__ */ new Set(["QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear", "QLinearConv", "QLinearMatMul", "MatMulInteger", "ConvInteger", "MatMulNBits", "DynamicQuantizeMatMul", "MatMulIntegerToFloat"]);
var FP16_MIN_ELEMENTS = 16;
function alreadyQuantized(view) {
  for (const uses of view.uses.values()) for (const u2 of uses) if (QUANTIZATION_OPS.has(u2.opType)) return u2.opType;
  return null;
}
async function buildVariant(modelPath, fileName, variant, settings, outDir) {
  const bytes = await readUntrusted(modelPath, "model", Number.MAX_SAFE_INTEGER);
  const view = readGraphView(bytes, modelPath);
  const original = weightBytes(view);
  const result = { variant, path: null, reason: null, converted: [], kept: [], weightBytes: { original, variant: original } };
  const external = [...view.initializers.values(), ...view.nested].find((t2) => t2.external);
  if (external) {
    result.reason = `its weights are in external data files (e.g. "${external.name}"); lossy variants are built from models with their weights inline`;
    return result;
  }
  if (view.opset === 0) {
    result.reason = "the model imports no default-domain (ai.onnx) opset, so it cannot use Cast or DequantizeLinear nodes";
    return result;
  }
  const plan = PLANNERS[variant](view, modelPath, settings);
  result.converted = plan.converted;
  result.kept = plan.kept;
  if (plan.reason || plan.replacements.length === 0) {
    result.reason = plan.reason ?? noneConverted(variant, result.kept, settings, view);
    return result;
  }
  const model = rewriteModel(bytes, modelPath, plan.replacements, { "model_gate.variant": variant });
  result.weightBytes.variant = weightBytes(readGraphView(model, `${variant} variant of ${modelPath}`));
  result.path = join2(outDir, variant, fileName);
  await writeFileAtomic(result.path, model);
  return result;
}
function noneConverted(variant, kept, settings, view) {
  if (kept.length === 0) return floatInitializers(view).length > 0 ? "no node reads its float32 weights" : "the model has no float32 weights";
  const why = [...new Set(kept.map((k2) => k2.reason))].slice(0, 3).join("; ");
  const floor = variant === "int8" && !why.includes("int8-min-elements") ? `; int8-min-elements is ${settings.int8MinElements}` : "";
  return `no weight could be ${variant === "int8" ? "quantized" : "converted"} (${why}${floor})`;
}
function floatInitializers(view) {
  return [...view.initializers.values(), ...view.nested].filter((t2) => t2.dataType === FLOAT);
}
function overridable(view, t2) {
  return t2.where === "initializer" && view.irVersion >= 4 && view.graphInputs.has(t2.name);
}
var finiteOrNull = (db) => Number.isFinite(db) ? db : null;
var elementsOf = (t2) => t2.dims.reduce((a2, b3) => a2 * b3, 1);
var decode = (t2, label) => decodeTensorProto(t2.proto, label).data;
var PLANNERS = { fp16: planFp16, int8: planInt8 };
function planFp16(view, label, settings) {
  const plan = { replacements: [], converted: [], kept: [], reason: null };
  if (view.opset > 0 && view.opset < 6) {
    plan.reason = `the model's opset ${view.opset} predates Cast with a numeric "to" (opset 6)`;
    return plan;
  }
  const keepOps = new Set(settings.fp16KeepOps);
  for (const t2 of floatInitializers(view)) {
    const uses = view.uses.get(t2.name) ?? [];
    if (uses.length === 0) continue;
    if (overridable(view, t2)) {
      plan.kept.push({ name: t2.name, reason: "a graph input a caller may override" });
      continue;
    }
    const quantization = uses.find((u2) => QUANTIZATION_OPS.has(u2.opType));
    if (quantization) {
      plan.kept.push({ name: t2.name, reason: `a quantization parameter of ${quantization.opType}` });
      continue;
    }
    const blocker = uses.find((u2) => keepOps.has(u2.opType));
    if (blocker) {
      plan.kept.push({ name: t2.name, reason: `read by ${blocker.opType} (fp16-keep-ops)` });
      continue;
    }
    if (elementsOf(t2) < FP16_MIN_ELEMENTS) {
      plan.kept.push({ name: t2.name, reason: `fewer than ${FP16_MIN_ELEMENTS} elements` });
      continue;
    }
    const data = decode(t2, label);
    const half = toHalf(data);
    const stored = freshName(view, `${t2.name}_fp16`);
    plan.replacements.push({
      original: t2.name,
      at: t2.at,
      initializers: [{ name: stored, elemType: "float16", dims: t2.dims, data: half.bits }],
      nodes: [{ opType: "Cast", inputs: [stored], outputs: [t2.name], name: freshName(view, `${t2.name}_to_float`), ints: { to: FLOAT } }]
    });
    plan.converted.push({ name: t2.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, halfRestored(half.bits))), clamped: half.clamped, flushed: half.flushed });
  }
  return plan;
}
function channelAxis(use, rank) {
  if (use.domain !== "" && use.domain !== "ai.onnx") return `read by ${use.domain}.${use.opType}`;
  if (use.slot !== 1) return `read by ${use.opType} as input ${use.slot}, not as its weight`;
  switch (use.opType) {
    case "MatMul":
      return rank >= 2 ? rank - 1 : "a 1-D MatMul operand";
    case "Gemm":
      return rank === 2 ? use.ints.transB ? 0 : 1 : `a rank-${rank} Gemm operand`;
    case "Conv":
      return rank >= 3 ? 0 : `a rank-${rank} Conv weight`;
    default:
      return `read by ${use.opType}, not by MatMul, Gemm or Conv`;
  }
}
function planInt8(view, label, settings) {
  const plan = { replacements: [], converted: [], kept: [], reason: null };
  const quantized = alreadyQuantized(view);
  if (quantized) {
    plan.reason = `the model is quantized already (it has ${quantized} nodes)`;
    return plan;
  }
  if (view.opset < 7) {
    plan.reason = `the model's opset ${view.opset} predates broadcasting Mul (opset 7), which int8 weights need to be scaled back`;
    return plan;
  }
  for (const t2 of floatInitializers(view)) {
    const uses = view.uses.get(t2.name) ?? [];
    if (uses.length === 0) continue;
    if (overridable(view, t2)) {
      plan.kept.push({ name: t2.name, reason: "a graph input a caller may override" });
      continue;
    }
    const axes = uses.map((u2) => channelAxis(u2, t2.dims.length));
    const refusal = axes.find((a2) => typeof a2 === "string");
    const keep = (reason) => plan.kept.push({ name: t2.name, reason });
    if (refusal) {
      keep(uses.length > 1 ? `shared: ${refusal}` : refusal);
      continue;
    }
    if (new Set(axes).size > 1) {
      keep("shared by ops that read it along different channel axes");
      continue;
    }
    if (elementsOf(t2) < settings.int8MinElements) {
      keep(`fewer than ${settings.int8MinElements} elements (int8-min-elements)`);
      continue;
    }
    const data = decode(t2, label);
    if (!allFinite(data)) {
      keep("holds NaN or infinite values");
      continue;
    }
    const axis = axes[0];
    const q2 = quantizePerChannel(data, t2.dims, axis);
    plan.replacements.push(view.opset >= 13 ? dequantizeLinear(view, t2, q2, axis) : castAndScale(view, t2, q2, axis));
    plan.converted.push({ name: t2.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, dequantizePerChannel(q2, t2.dims, axis))), clamped: 0, flushed: 0 });
  }
  return plan;
}
function dequantizeLinear(view, t2, q2, axis) {
  const channels = t2.dims[axis];
  const names = { q: freshName(view, `${t2.name}_int8`), scale: freshName(view, `${t2.name}_scale`), zero: freshName(view, `${t2.name}_zero_point`) };
  return {
    original: t2.name,
    at: t2.at,
    initializers: [
      { name: names.q, elemType: "int8", dims: t2.dims, data: q2.q },
      { name: names.scale, elemType: "float32", dims: [channels], data: q2.scales },
      { name: names.zero, elemType: "int8", dims: [channels], data: new Int8Array(channels) }
    ],
    nodes: [{ opType: "DequantizeLinear", inputs: [names.q, names.scale, names.zero], outputs: [t2.name], name: freshName(view, `${t2.name}_dequantize`), ints: { axis } }]
  };
}
function castAndScale(view, t2, q2, axis) {
  const names = { q: freshName(view, `${t2.name}_int8`), scale: freshName(view, `${t2.name}_scale`), float: freshName(view, `${t2.name}_int8_float`) };
  return {
    original: t2.name,
    at: t2.at,
    initializers: [
      { name: names.q, elemType: "int8", dims: t2.dims, data: q2.q },
      { name: names.scale, elemType: "float32", dims: t2.dims.map((d2, i3) => i3 === axis ? d2 : 1), data: q2.scales }
    ],
    nodes: [
      { opType: "Cast", inputs: [names.q], outputs: [names.float], name: freshName(view, `${t2.name}_int8_to_float`), ints: { to: FLOAT } },
      { opType: "Mul", inputs: [names.float, names.scale], outputs: [t2.name], name: freshName(view, `${t2.name}_scale_back`) }
    ]
  };
}

// src/variants/select.ts
async function selectVariant(file, settings, dir, tools) {
  const original = await tools.pack(file, join3(dir, "original"), file);
  const measurements = [];
  let weightBytes2 = 0;
  for (const variant of settings.build) {
    const build = await buildVariant(file, basename3(file), variant, settings, dir);
    weightBytes2 = build.weightBytes.original;
    if (!build.path) {
      tools.log(`no ${variant} variant: ${build.reason}`);
      measurements.push({ build, packedBytes: null, timing: [], eval: null, packed: null });
      continue;
    }
    tools.log(`measuring the ${variant} variant against the original`);
    try {
      const packed = await tools.pack(build.path, join3(dir, `${variant}-pack`), `${file} (${variant} variant)`);
      const measured = await tools.measure(original.model, packed.model);
      measurements.push({ build, packedBytes: packed.packedBytes, timing: measured.timing, eval: measured.eval, packed: packed.model });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const reason = `onnxruntime could not load or run it: ${error.message.replace(`${file} (${variant} variant): `, "")}`;
      tools.log(`no ${variant} variant: ${reason}`);
      measurements.push({ build: { ...build, path: null, reason }, packedBytes: null, timing: [], eval: null, packed: null });
    }
  }
  const table = chooseVariant({ packedBytes: original.packedBytes, weightBytes: weightBytes2 }, measurements, settings);
  const model = measurements.find((m2) => m2.build.variant === table.published)?.packed ?? original.model;
  tools.log(`publishing ${table.published === "original" ? "the original" : `the ${table.published} variant`}`);
  return { model, original: original.model, table, published: table.published };
}

// src/engine.ts
async function runCompare(request) {
  const progress = tracker(request);
  const { config } = request;
  const scratch = await mkdtemp(join4(tmpdir(), "model-gate-"));
  let staging = null;
  try {
    staging = request.packDir ? await stagePackDir(request.packDir) : null;
    const baseline = await resolveLocalBaseline(request.baseline, request.baselineLabel, request.baselineNote);
    const sets = request.evalData ? await loadEvalData(request.evalData) : null;
    const { candidates, variants, pack } = await resolveCandidates(request, sets, staging?.dir ?? join4(scratch, "candidates"), scratch, progress);
    const fetched = request.baselineLabel !== void 0 && request.baselineLabel !== request.baseline;
    const baselineModels = baseline.kind === "found" ? baseline.models.map((m2) => fetched ? { ...m2, origin: `${request.baselineLabel}, ${m2.entry.file}` } : m2) : [];
    const baselineByName = new Map(baselineModels.map((m2) => [m2.entry.name, m2]));
    const comparisons = [];
    for (const [i3, candidate] of candidates.entries()) {
      const name = candidate.entry.name;
      const step = progress.model(i3 + 1, candidates.length, name);
      const base = baselineByName.get(name) ?? null;
      const identical = base !== null && base.entry.raw.sha256 === candidate.entry.raw.sha256 && base.entry.raw.bytes === candidate.entry.raw.bytes;
      let measured;
      if (identical && !config.remeasureUnchanged) {
        const same = `same bytes as ${baseline.kind === "found" ? baseline.source : "the baseline"}`;
        step(`unchanged (${same}), not measured again`);
        for (const m2 of [base, candidate]) await (await loadPackedModel(m2)).dispose();
        if (sets?.[0]) bindInputs(sets[0], candidate.entry.onnx, candidate.origin ?? candidate.path);
        measured = { name, baseline: base.entry, candidate: candidate.entry, bench: null, eval: null, evalSkipped: `unchanged: ${same}`, unchanged: true };
      } else {
        step(base ? "measuring baseline and candidate" : "no baseline model of that name; measuring the candidate");
        measured = await measureModel(base, candidate, sets, config, step);
      }
      const comparison = compareModel(measured, thresholdsFor(config, name));
      comparisons.push({ ...comparison, variants: variants.get(name) ?? null });
    }
    progress.done();
    const candidateNames = new Set(candidates.map((c2) => c2.entry.name));
    const removed = [...baselineByName.keys()].filter((name) => !candidateNames.has(name));
    const verdict = overallVerdict(comparisons);
    const report = buildReport({
      verdict,
      models: comparisons,
      baseline: describeBaseline(baseline, comparisons),
      removed,
      config,
      environment: collectEnvironment()
    });
    await staging?.commit();
    return { report, pack };
  } finally {
    await staging?.discard();
    await rm(scratch, { recursive: true, force: true });
  }
}
function describeBaseline(baseline, models) {
  if (baseline.kind === "none") return { source: baseline.source, note: baseline.note };
  const unmatched = models.filter((m2) => m2.verdict === "no-baseline").map((m2) => m2.name);
  return {
    source: baseline.source,
    note: unmatched.length > 0 ? `no baseline model named ${unmatched.join(", ")} in ${baseline.source}` : null
  };
}
async function resolveCandidates(request, sets, dir, scratch, progress) {
  const { config } = request;
  if (request.candidates.length === 0) throw new InputError("--candidate: no candidate given (a pack folder or .onnx files)");
  const out = [];
  const loose = [];
  const lossy = config.variants.build.length > 0;
  for (const path of request.candidates) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      if (request.packDir) throw new InputError(`${path}: is a folder; give the .onnx model files to pack (a path or glob per model)`);
      if (lossy) throw new InputError(`${path}: variants (${config.variants.build.join(", ")}) are built from .onnx models; pass the model files, not a pack folder`);
      out.push(...packedModels(path, await readManifest(path)));
    } else if (isPackedFileName(path)) throw new InputError(`${path}: pass the pack folder that holds it and its manifest.json, not the packed file`);
    else loose.push(path);
  }
  const variants = /* @__PURE__ */ new Map();
  let pack = null;
  if (loose.length > 0) {
    if (lossy && !sets) {
      throw new InputError(
        `variants: ${config.variants.build.join(", ")} change the weights, so they need eval data (--eval-data / the eval-data input) to measure what that costs; model-gate does not publish a lossy variant it has not checked`
      );
    }
    checkUniqueNames(loose);
    await mkdir(dir, { recursive: true });
    const origins = new Map(loose.map((file) => [modelNameOf(file), file]));
    if (lossy) {
      const chosen = [];
      for (const [i3, model] of loose.entries()) {
        const name = modelNameOf(model);
        const step = progress.model(i3 + 1, loose.length, name);
        step(`building and measuring variants (${config.variants.build.join(", ")}) against the original`);
        const selection = await selectVariant(model, config.variants, join4(scratch, "variants", String(i3)), variantTools(sets, config, step));
        const row = selection.table.rows.find((r2) => r2.variant === selection.published);
        const published = selection.model;
        const variant = { name: selection.published, original: selection.original.entry.raw };
        if (row.score) variant.score = { metric: row.score.metric, original: row.score.original, variant: row.score.variant, budget: row.score.budget };
        variants.set(name, selection.table);
        chosen.push({ ...published, entry: { ...published.entry, variant } });
        if (published.origin) origins.set(name, published.origin);
      }
      progress.done();
      pack = await assembleInto(chosen, dir);
    } else {
      pack = await packInto({ models: loose, level: config.level, threads: config.threads, codec: config.codec }, dir);
    }
    out.push(...packedModels(dir, pack).map((m2) => ({ ...m2, origin: origins.get(m2.entry.name) ?? m2.path })));
  }
  const seen = /* @__PURE__ */ new Set();
  for (const m2 of out) {
    if (seen.has(m2.entry.name)) throw new InputError(`${m2.path}: a second candidate named "${m2.entry.name}"; model names must be unique`);
    seen.add(m2.entry.name);
  }
  return { candidates: out, variants, pack };
}
async function load(model, config) {
  const loadable = await loadPackedModel(model);
  try {
    const label = model.origin ?? model.path;
    return { model, session: await createSession(loadable.source, config.bench, label), label };
  } finally {
    await loadable.dispose();
  }
}
async function measureModel(base, candidate, sets, config, step) {
  step("loading and verifying");
  const b3 = base ? await load(base, config) : null;
  const c2 = await load(candidate, config);
  let evalResult = null;
  try {
    if (sets) {
      step(`eval on ${sets.length} data set${sets.length === 1 ? "" : "s"}`);
      const info = (l2) => l2.model.entry.onnx;
      evalResult = await evaluate(
        sets,
        { session: (b3 ?? c2).session, info: info(b3 ?? c2), label: (b3 ?? c2).label },
        b3 ? { session: c2.session, info: info(c2), label: c2.label } : null,
        config.eval
      );
    }
  } finally {
    await b3?.session.release();
    await c2.session.release();
  }
  const inputsFor = (l2) => sets && sets[0] ? bindInputs(sets[0], l2.model.entry.onnx, l2.label) : syntheticInputs(l2.model.entry.onnx.inputs, l2.label);
  const subject = (l2) => ({ model: l2.model, inputs: inputsFor(l2), label: l2.label });
  const subjects = { baseline: b3 ? subject(b3) : null, candidate: subject(c2) };
  const bench = await benchConfirmed(subjects, config.bench, timingRule(thresholdsFor(config, candidate.entry.name)), step);
  return {
    name: candidate.entry.name,
    baseline: base?.entry ?? null,
    candidate: candidate.entry,
    bench,
    eval: evalResult,
    evalSkipped: sets ? null : "no eval data given",
    unchanged: false
  };
}
function variantTools(sets, config, step) {
  return {
    pack: async (file, into, origin) => {
      const manifest = await packModels({ models: [file], outDir: into, level: config.level, threads: config.threads, codec: config.codec });
      const model = { ...packedModels(into, manifest)[0], origin };
      return { model, packedBytes: totalPackedBytes(model.entry) };
    },
    measure: async (original, variant) => {
      const measured = await measureModel(original, variant, sets, config, step);
      const { checks } = compareModel(measured, thresholdsFor(config, variant.entry.name));
      return { timing: checks.filter((c2) => METRICS[c2.metric].timing), eval: measured.eval };
    },
    log: step
  };
}
function tracker(request) {
  const start = performance.now();
  const log = request.log ?? (() => {
  });
  return {
    model: (index, count, name) => {
      request.section?.(`[${index}/${count}] ${name}`);
      return (phase) => log(`[${index}/${count}] ${name} \u2014 ${phase} (${((performance.now() - start) / 1e3).toFixed(1)} s)`);
    },
    done: () => request.section?.(null)
  };
}

export {
  modelVerdict,
  overallVerdict,
  REPORT_SCHEMA,
  READABLE_VERSIONS,
  runCompare
};
//# sourceMappingURL=chunk-G7TUBCGG.js.map
