import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/onnx/runtime.ts
import { createRequire } from "node:module";
import { join } from "node:path";
var requireModule = createRequire(import.meta.url);
var loaded = null;
var packageDir = null;
function useOnnxRuntime(dir) {
  if (loaded && dir !== packageDir) throw new Error(`onnxruntime-node is already loaded from ${packageDir ?? "the resolved copy"}, not ${dir}`);
  packageDir = dir;
}
function onnxRuntimePackage() {
  return packageDir;
}
function runtime() {
  if (loaded) return loaded;
  process.env.ORT_DISABLE_TELEMETRY ??= "1";
  const ort = packageDir ? createRequire(join(packageDir, "package.json"))(packageDir) : requireModule("onnxruntime-node");
  ort.env.logLevel = "fatal";
  float16AsBits(ort);
  loaded = ort;
  return loaded;
}
function float16AsBits(ort) {
  const global = globalThis;
  const descriptor = Object.getOwnPropertyDescriptor(global, "Float16Array");
  if (descriptor) {
    delete global.Float16Array;
    try {
      new ort.Tensor("float32", new Float32Array(0), [0]);
    } finally {
      Object.defineProperty(global, "Float16Array", descriptor);
    }
  }
  if (!(new ort.Tensor("float16", new Uint16Array(1), [1]).data instanceof Uint16Array)) {
    throw new Error("onnxruntime-common keeps float16 tensors in a Float16Array, which onnxruntime-node cannot read");
  }
}
function onnxruntimeVersion() {
  return runtime().env.versions.common ?? "unknown";
}
async function createSession(model, threads, label) {
  const ort = runtime();
  const options = {
    intraOpNumThreads: threads.intraOpThreads,
    interOpNumThreads: threads.interOpThreads,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
    // 4 = fatal: the session's own log (model load, graph transforms) is as quiet as the environment's (see runtime()).
    logSeverityLevel: 4
  };
  try {
    return await (typeof model === "string" ? ort.InferenceSession.create(model, options) : ort.InferenceSession.create(model, options));
  } catch (error) {
    throw new InputError(`${label}: onnxruntime cannot load the model (${loadFailure(error, model, label)})`);
  }
}
function loadFailure(error, model, label) {
  const reason = firstLine(error);
  if (typeof model !== "string") return reason;
  const prefix = `Load model from ${model} failed:`;
  return (reason.startsWith(prefix) ? reason.slice(prefix.length).trim() : reason).split(model).join(label);
}
async function runSession(session, feeds, label) {
  let out;
  try {
    out = await session.run(feeds);
  } catch (error) {
    throw new InputError(`${label}: inference failed (${firstLine(error)})`);
  }
  const result = {};
  for (const [name, value] of Object.entries(out)) {
    const t = value;
    result[name] = { name, elemType: t.type, dims: [...t.dims], data: t.data };
  }
  return result;
}
function toFeeds(bound) {
  const feeds = {};
  const ort = runtime();
  for (const [name, t] of bound) feeds[name] = new ort.Tensor(t.elemType, t.data, t.dims);
  return feeds;
}
function syntheticInputs(inputs, label) {
  const out = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (!input.elemType || input.shape === null) {
      throw new InputError(`${label}: input "${input.name}" has no fixed tensor type or rank; give --eval-data so model-gate can feed it`);
    }
    const dims = input.shape.map((d) => typeof d === "number" && d > 0 ? d : 1);
    const count = dims.reduce((a, b) => a * b, 1);
    const bytes = count * (SYNTHESISED_BYTES[input.elemType] ?? 1);
    if (bytes > MAX_SYNTHETIC_BYTES) {
      throw new InputError(`${label}: input "${input.name}" has fixed dims [${dims.join(", ")}], ${bytes} bytes of ${input.elemType}, over the ${MAX_SYNTHETIC_BYTES} bytes model-gate synthesises for timing; give --eval-data with a smaller input`);
    }
    out.set(input.name, { name: input.name, elemType: input.elemType, dims, data: patternData(input.elemType, count, input.name, label) });
  }
  return out;
}
var MAX_SYNTHETIC_BYTES = 1 << 30;
var SYNTHESISED_BYTES = { float32: 4, float64: 8, float16: 2, int32: 4, int64: 8, uint8: 1, bool: 1, int8: 1 };
function patternData(type, count, name, label) {
  const value = (i) => i * 2654435761 % 1e3 / 1e3;
  switch (type) {
    case "float32":
      return Float32Array.from({ length: count }, (_, i) => value(i));
    case "float64":
      return Float64Array.from({ length: count }, (_, i) => value(i));
    case "float16":
      return Uint16Array.from({ length: count }, (_, i) => halfBits(value(i)));
    case "int32":
      return new Int32Array(count);
    case "int64":
      return new BigInt64Array(count);
    case "uint8":
    case "bool":
      return new Uint8Array(count);
    case "int8":
      return new Int8Array(count);
    default:
      throw new InputError(`${label}: input "${name}" has element type ${type}, which model-gate cannot synthesise; give --eval-data`);
  }
}
function halfBits(x) {
  if (x === 0) return 0;
  const exponent = Math.floor(Math.log2(x));
  return (exponent + 15 << 10) + Math.round((x / 2 ** exponent - 1) * 1024);
}
function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0] ?? "";
}

export {
  useOnnxRuntime,
  onnxRuntimePackage,
  onnxruntimeVersion,
  createSession,
  runSession,
  toFeeds,
  syntheticInputs
};
//# sourceMappingURL=chunk-B3UH3LYO.js.map
