// The edge to onnxruntime-node: sessions are created from bytes with fixed, recorded thread settings.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Ort from 'onnxruntime-node';
import { InputError } from '../errors.js';
import type { Bound } from '../types.js';
import type { Tensor, ValueInfo } from '../types.js';

const requireModule = createRequire(import.meta.url);
let loaded: typeof Ort | null = null;
/** The package folder provision.ts chose; null: wherever Node resolves onnxruntime-node from here. */
let packageDir: string | null = null;

/** Loads onnxruntime-node from this package folder from now on (provision.ts); the cold-load children are told it too. */
export function useOnnxRuntime(dir: string): void {
  if (loaded && dir !== packageDir) throw new Error(`onnxruntime-node is already loaded from ${packageDir ?? 'the resolved copy'}, not ${dir}`);
  packageDir = dir;
}

export function onnxRuntimePackage(): string | null {
  return packageDir;
}

/** onnxruntime's native library loads on first use, so `pack` and `unpack` never pay its start-up. */
function runtime(): typeof Ort {
  if (loaded) return loaded;
  // onnxruntime 1.29+ on Linux starts Microsoft's telemetry SDK outside CI, which writes mat-debug-<pid>.log and a .ses
  // file into the temp folder and a device id under ~/.cache/Microsoft, and uploads usage events. A gate must leave no
  // files behind (and keep the user's model names to itself), so it opts out unless the user chose otherwise. Set before
  // the library loads, and inherited by the cold-load children.
  process.env.ORT_DISABLE_TELEMETRY ??= '1';
  // A folder is required by its package.json's main; onnxruntime-common resolves from the node_modules it sits in.
  const ort = (packageDir ? createRequire(join(packageDir, 'package.json'))(packageDir) : requireModule('onnxruntime-node')) as typeof Ort;
  // onnxruntime's log goes straight to stderr, coloured, ahead of model-gate's own message: warnings (opset notices,
  // optimizer fallbacks) at every load of an old model, and at error level a copy of the very error it then throws,
  // whose text model-gate's message carries. So only fatal lines are let through. The environment's level is read
  // once, when the first session is created, so it is set before any.
  ort.env.logLevel = 'fatal';
  float16AsBits(ort);
  loaded = ort;
  return loaded;
}

/**
 * onnxruntime-common holds float16 data in a Float16Array where the global exists (Node 24), and turns the Uint16Array
 * model-gate gives it into one; onnxruntime-node 1.30's binding reads a Float16Array as 0 bytes ("not enough space:
 * expected 6, got 0", microsoft/onnxruntime#32323). onnxruntime-common picks its float16 array once, at the first
 * Tensor made: made here with the global hidden, float16 stays Uint16Array bits in and out on every Node, as on Node 20.
 */
function float16AsBits(ort: typeof Ort): void {
  const global = globalThis as { Float16Array?: unknown };
  const descriptor = Object.getOwnPropertyDescriptor(global, 'Float16Array');
  if (descriptor) {
    delete global.Float16Array;
    try {
      new ort.Tensor('float32', new Float32Array(0), [0]);
    } finally {
      Object.defineProperty(global, 'Float16Array', descriptor);
    }
  }
  // A later onnxruntime-common that chooses otherwise fails here, by name, rather than in the first float16 model's run.
  if (!(new ort.Tensor('float16', new Uint16Array(1), [1]).data instanceof Uint16Array)) {
    throw new Error('onnxruntime-common keeps float16 tensors in a Float16Array, which onnxruntime-node cannot read');
  }
}

export interface ThreadSettings {
  intraOpThreads: number;
  interOpThreads: number;
}

export type Session = Ort.InferenceSession;
export type Feeds = Record<string, Ort.Tensor>;

export function onnxruntimeVersion(): string {
  return runtime().env.versions.common ?? 'unknown';
}

/** From bytes, or from a path when the model has external data (onnxruntime reads those files beside it). */
export async function createSession(model: Uint8Array | string, threads: ThreadSettings, label: string): Promise<Session> {
  const ort = runtime();
  const options: Ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: threads.intraOpThreads,
    interOpNumThreads: threads.interOpThreads,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // 4 = fatal: the session's own log (model load, graph transforms) is as quiet as the environment's (see runtime()).
    logSeverityLevel: 4,
  };
  try {
    return await (typeof model === 'string' ? ort.InferenceSession.create(model, options) : ort.InferenceSession.create(model, options));
  } catch (error) {
    throw new InputError(`${label}: onnxruntime cannot load the model (${loadFailure(error, model, label)})`);
  }
}

/**
 * onnxruntime's reason, without the path it was given: loaded by path, the model is a file restored to a scratch folder
 * the user never saw ("Load model from <tmp>/…/x.onnx failed:…"), and the label already says which model it is.
 */
function loadFailure(error: unknown, model: Uint8Array | string, label: string): string {
  const reason = firstLine(error);
  if (typeof model !== 'string') return reason;
  const prefix = `Load model from ${model} failed:`;
  return (reason.startsWith(prefix) ? reason.slice(prefix.length).trim() : reason).split(model).join(label);
}

export async function runSession(session: Session, feeds: Feeds, label: string): Promise<Record<string, Tensor>> {
  let out: Ort.InferenceSession.OnnxValueMapType;
  try {
    out = await session.run(feeds);
  } catch (error) {
    throw new InputError(`${label}: inference failed (${firstLine(error)})`);
  }
  const result: Record<string, Tensor> = {};
  for (const [name, value] of Object.entries(out)) {
    const t = value as Ort.Tensor;
    result[name] = { name, elemType: t.type as Tensor['elemType'], dims: [...t.dims], data: t.data as Tensor['data'] };
  }
  return result;
}

/** Feeds from bound inputs (eval/binding.ts, or syntheticInputs): keyed by the model's input names. */
export function toFeeds(bound: Bound): Feeds {
  const feeds: Feeds = {};
  const ort = runtime();
  for (const [name, t] of bound) feeds[name] = new ort.Tensor(t.elemType as Ort.Tensor.Type, t.data, t.dims);
  return feeds;
}

/**
 * Inputs for timing when no eval data is given: every unknown or symbolic axis becomes 1 and values are a fixed
 * pseudo-random pattern, so both sides always see the same bytes.
 */
export function syntheticInputs(inputs: ValueInfo[], label: string): Bound {
  const out: Bound = new Map();
  for (const input of inputs) {
    if (!input.elemType || input.shape === null) {
      throw new InputError(`${label}: input "${input.name}" has no fixed tensor type or rank; give --eval-data so model-gate can feed it`);
    }
    const dims = input.shape.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
    const count = dims.reduce((a, b) => a * b, 1);
    // A hostile or odd model can declare fixed dims no machine holds: refuse by name before allocating anything.
    const bytes = count * (SYNTHESISED_BYTES[input.elemType] ?? 1);
    if (bytes > MAX_SYNTHETIC_BYTES) {
      throw new InputError(`${label}: input "${input.name}" has fixed dims [${dims.join(', ')}], ${bytes} bytes of ${input.elemType}, over the ${MAX_SYNTHETIC_BYTES} bytes model-gate synthesises for timing; give --eval-data with a smaller input`);
    }
    out.set(input.name, { name: input.name, elemType: input.elemType, dims, data: patternData(input.elemType, count, input.name, label) });
  }
  return out;
}

/** The largest synthetic timing input (per model input), and the bytes per element of each type it can make. */
const MAX_SYNTHETIC_BYTES = 1 << 30;
const SYNTHESISED_BYTES: Partial<Record<Tensor['elemType'], number>> = { float32: 4, float64: 8, float16: 2, int32: 4, int64: 8, uint8: 1, bool: 1, int8: 1 };

function patternData(type: Tensor['elemType'], count: number, name: string, label: string): Tensor['data'] {
  const value = (i: number) => ((i * 2654435761) % 1000) / 1000;
  switch (type) {
    case 'float32':
      return Float32Array.from({ length: count }, (_, i) => value(i));
    case 'float64':
      return Float64Array.from({ length: count }, (_, i) => value(i));
    case 'float16':
      return Uint16Array.from({ length: count }, (_, i) => halfBits(value(i)));
    case 'int32':
      return new Int32Array(count);
    case 'int64':
      return new BigInt64Array(count);
    case 'uint8':
    case 'bool':
      return new Uint8Array(count);
    case 'int8':
      return new Int8Array(count);
    default:
      throw new InputError(`${label}: input "${name}" has element type ${type}, which model-gate cannot synthesise; give --eval-data`);
  }
}

/**
 * The float16 bits nearest x, for the pattern's values: 0, or 0.001 ≤ x < 1, all normal halves. A mantissa that rounds
 * up to 1024 carries into the exponent, as it should.
 */
export function halfBits(x: number): number {
  if (x === 0) return 0;
  const exponent = Math.floor(Math.log2(x));
  return ((exponent + 15) << 10) + Math.round((x / 2 ** exponent - 1) * 1024);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? '';
}
