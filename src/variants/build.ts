// Builds lossy variants of an ONNX model: each is an ordinary ONNX model onnxruntime loads, written beside the others
// in a scratch folder; the original file is only read. What each conversion cost per tensor is reported, so a user
// sees where accuracy went. A model with external data gets a variant with external data (store.ts): its weights are
// read a tensor at a time and written as they are converted.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { VariantName, VariantSettings } from './kinds.js';
import { decodeTensorProto } from '../onnx/tensor-proto.js';
import { mapTensorsInBytes } from '../onnx/tensors.js';
import { checkExternalData } from '../onnx/external-data.js';
import { readUntrusted, writeFileAtomic } from '../util/fs.js';
import { freshName, type GraphView, type Initializer, readGraphView, type Use, weightBytes } from './graph.js';
import { dequantizeInt4, matMulNBits, quantizeInt4 } from './int4.js';
import { allFinite, dequantizePerChannel, halfRestored, type Int8Quantized, quantizePerChannel, sqnrDb, toHalf } from './numeric.js';
import { type Replacement, rewriteModel } from './rewrite.js';
import { readExternalFloat32, TensorStore } from './store.js';

/** TensorProto.DataType.FLOAT */
const FLOAT = 1;
/** Ops of an already-quantized graph: their float inputs are scales and zero points, exact by construction. */
const QUANTIZATION_OPS = new Set(['QuantizeLinear', 'DequantizeLinear', 'DynamicQuantizeLinear', 'QLinearConv', 'QLinearMatMul', 'MatMulInteger', 'ConvInteger', 'MatMulNBits', 'DynamicQuantizeMatMul', 'MatMulIntegerToFloat']);

/** fp16: below this many elements the Cast node costs more bytes than the halving saves. */
const FP16_MIN_ELEMENTS = 16;

/** Whether any node of the model is a quantization op: its weights are then quantized already. */
function alreadyQuantized(view: GraphView): string | null {
  for (const uses of view.uses.values()) for (const u of uses) if (QUANTIZATION_OPS.has(u.opType)) return u.opType;
  return null;
}

/** One converted tensor and the error its conversion introduced. */
export interface TensorNote {
  name: string;
  elements: number;
  /** Signal-to-quantization-noise ratio in dB; null when the conversion was exact. */
  sqnrDb: number | null;
  /** fp16: finite values beyond ±65504, clamped to it. */
  clamped: number;
  /** fp16: non-zero values too small for fp16, now 0. */
  flushed: number;
}

export interface VariantBuild {
  variant: VariantName;
  /**
   * The variant's .onnx file, or null when nothing in the model could be converted (see `reason`). When the original
   * keeps weights in external data, the variant keeps its own in `<file name>.data` beside it.
   */
  path: string | null;
  reason: string | null;
  converted: TensorNote[];
  /** Float32 initializers left as they were, with why (grouped by reason in reports). */
  kept: Array<{ name: string; reason: string }>;
  /** Payload bytes of the weights (initializers, Constant values, subgraph initializers), original and variant. */
  weightBytes: { original: number; variant: number };
}

/**
 * Builds `variant` of the model at `modelPath` into `outDir/<variant>/<file name>`. The model's own name is kept so
 * the variant packs under the same name as the original.
 */
export async function buildVariant(modelPath: string, fileName: string, variant: VariantName, settings: VariantSettings, outDir: string): Promise<VariantBuild> {
  const bytes = await readUntrusted(modelPath, 'model', Number.MAX_SAFE_INTEGER);
  const view = readGraphView(bytes, modelPath);
  const original = weightBytes(view);
  const result: VariantBuild = { variant, path: null, reason: null, converted: [], kept: [], weightBytes: { original, variant: original } };
  if (view.opset === 0) {
    result.reason = 'the model imports no default-domain (ai.onnx) opset, so it cannot use Cast or DequantizeLinear nodes';
    return result;
  }
  // Every external reference is checked before any is read: a bare file name in the model's folder, a regular file of
  // its own, the tensor's byte range inside it.
  const external = mapTensorsInBytes(bytes, modelPath).external;
  await checkExternalData(modelPath, external);
  const rewritten = [...view.initializers.values(), ...view.nested].filter((t) => t.external);
  if (external.length > rewritten.length) {
    const names = new Set(rewritten.map((t) => t.name));
    const elsewhere = external.find((e) => !names.has(e.name)) ?? external[0]!;
    result.reason = `tensor "${elsewhere.name}" keeps its data in an external file from a place variants do not rewrite (a function, a sparse tensor or a Constant inside a subgraph)`;
    return result;
  }
  const path = join(outDir, variant, fileName);
  if (external.length > 0) await mkdir(dirname(path), { recursive: true });
  const store = external.length > 0 ? TensorStore.external(`${path}.data`) : TensorStore.inline();
  try {
    const plan = PLANNERS[variant](view, modelPath, settings, store);
    result.converted = plan.converted;
    result.kept = plan.kept;
    if (plan.reason || plan.replacements.length === 0) {
      result.reason = plan.reason ?? noneConverted(variant, result.kept, settings, view);
      store.discard();
      return result;
    }
    // External tensors the plan did not replace are copied into the variant's data file under their own names.
    const replaced = new Set(plan.replacements.map((r) => r.at));
    const copies: Replacement[] = rewritten.filter((t) => !replaced.has(t.at)).map((t) => ({ original: t.name, at: t.at, initializers: [store.copy(t.name, t.external!, modelPath)], nodes: [] }));
    const model = rewriteModel(bytes, modelPath, [...plan.replacements, ...copies], { 'model_gate.variant': variant });
    store.close();
    result.weightBytes.variant = weightBytes(readGraphView(model, `${variant} variant of ${modelPath}`));
    await writeFileAtomic(path, model);
    result.path = path;
    return result;
  } catch (error) {
    store.discard();
    throw error;
  }
}

interface Plan {
  replacements: Replacement[];
  converted: TensorNote[];
  kept: Array<{ name: string; reason: string }>;
  /** Set when the variant cannot be built for this model at all. */
  reason: string | null;
}

function noneConverted(variant: VariantName, kept: Plan['kept'], settings: VariantSettings, view: GraphView): string {
  if (kept.length === 0) return floatInitializers(view).length > 0 ? 'no node reads its float32 weights' : 'the model has no float32 weights';
  const why = [...new Set(kept.map((k) => k.reason))].slice(0, 3).join('; ');
  const floor = variant === 'int8' && !why.includes('int8-min-elements') ? `; int8-min-elements is ${settings.int8MinElements}` : '';
  return `no weight could be ${variant === 'int8' ? 'quantized' : 'converted'} (${why}${floor})`;
}

/** Every float32 weight: main-graph initializers, Constant values, and initializers of If, Loop and Scan bodies. */
function floatInitializers(view: GraphView): Initializer[] {
  return [...view.initializers.values(), ...view.nested].filter((t) => t.dataType === FLOAT);
}

/** From IR 4, an initializer that is also a graph input is a default a caller may override: it must stay as it is. */
function overridable(view: GraphView, t: Initializer): boolean {
  return t.where === 'initializer' && view.irVersion >= 4 && view.graphInputs.has(t.name);
}

/** JSON has no Infinity: an exact conversion (infinite SQNR) is null. */
const finiteOrNull = (db: number) => (Number.isFinite(db) ? db : null);
const elementsOf = (t: Initializer) => t.dims.reduce((a, b) => a * b, 1);
/** A float32 weight's values, from the model (`modelPath`) or a tensor at a time from its external data file. */
const decode = (t: Initializer, modelPath: string) => (t.external ? readExternalFloat32(t.external, modelPath) : (decodeTensorProto(t.proto, modelPath).data as Float32Array));

/**
 * Each kind's planner (variants/kinds.ts names the kinds; a kind without a planner does not compile). A planner reads
 * weights with `decode` and puts each new tensor in `store` as it makes it, so no more than one tensor is in memory.
 */
type Planner = (view: GraphView, modelPath: string, settings: VariantSettings, store: TensorStore) => Plan;
const PLANNERS: Record<VariantName, Planner> = { fp16: planFp16, int8: planInt8, int4: planInt4 };

function planFp16(view: GraphView, modelPath: string, settings: VariantSettings, store: TensorStore): Plan {
  const plan: Plan = { replacements: [], converted: [], kept: [], reason: null };
  if (view.opset > 0 && view.opset < 6) {
    plan.reason = `the model's opset ${view.opset} predates Cast with a numeric "to" (opset 6)`;
    return plan;
  }
  const keepOps = new Set(settings.fp16KeepOps);
  for (const t of floatInitializers(view)) {
    const uses = view.uses.get(t.name) ?? [];
    if (uses.length === 0) continue; // unused: nothing reads it, converting it changes nothing
    if (overridable(view, t)) {
      plan.kept.push({ name: t.name, reason: 'a graph input a caller may override' });
      continue;
    }
    const quantization = uses.find((u) => QUANTIZATION_OPS.has(u.opType));
    if (quantization) {
      plan.kept.push({ name: t.name, reason: `a quantization parameter of ${quantization.opType}` });
      continue;
    }
    const blocker = uses.find((u) => keepOps.has(u.opType));
    if (blocker) {
      plan.kept.push({ name: t.name, reason: `read by ${blocker.opType} (fp16-keep-ops)` });
      continue;
    }
    if (elementsOf(t) < FP16_MIN_ELEMENTS) {
      plan.kept.push({ name: t.name, reason: `fewer than ${FP16_MIN_ELEMENTS} elements` });
      continue;
    }
    const data = decode(t, modelPath);
    const half = toHalf(data);
    const stored = freshName(view, `${t.name}_fp16`);
    plan.replacements.push({
      original: t.name,
      at: t.at,
      initializers: [store.put({ name: stored, elemType: 'float16', dims: t.dims, data: half.bits })],
      nodes: [{ opType: 'Cast', inputs: [stored], outputs: [t.name], name: freshName(view, `${t.name}_to_float`), ints: { to: FLOAT } }],
    });
    plan.converted.push({ name: t.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, halfRestored(half.bits))), clamped: half.clamped, flushed: half.flushed });
  }
  return plan;
}

/** The output-channel axis of a weight in one use, or why that use is not a quantizable weight slot. */
function channelAxis(use: Use, rank: number): number | string {
  if (use.domain !== '' && use.domain !== 'ai.onnx') return `read by ${use.domain}.${use.opType}`;
  // An embedding table: one scale per row it gathers (per token), as onnxruntime's int8 quantizer treats Gather.
  if (use.opType === 'Gather' && use.slot === 0) return rank >= 2 ? ((use.ints.axis ?? 0) + rank) % rank : 'a 1-D Gather table';
  if (use.slot !== 1) return `read by ${use.opType} as input ${use.slot}, not as its weight`;
  switch (use.opType) {
    case 'MatMul':
      return rank >= 2 ? rank - 1 : 'a 1-D MatMul operand';
    case 'Gemm':
      return rank === 2 ? (use.ints.transB ? 0 : 1) : `a rank-${rank} Gemm operand`;
    case 'Conv':
      return rank >= 3 ? 0 : `a rank-${rank} Conv weight`;
    default:
      return `read by ${use.opType}, not by MatMul, Gemm, Conv or Gather`;
  }
}

/** `done`: weights another plan converted already (int4's MatMul weights). */
function planInt8(view: GraphView, modelPath: string, settings: VariantSettings, store: TensorStore, done: ReadonlySet<Initializer> = new Set()): Plan {
  const plan: Plan = { replacements: [], converted: [], kept: [], reason: null };
  const quantized = alreadyQuantized(view);
  if (quantized) {
    plan.reason = `the model is quantized already (it has ${quantized} nodes)`;
    return plan;
  }
  if (view.opset < 7) {
    plan.reason = `the model's opset ${view.opset} predates broadcasting Mul (opset 7), which int8 weights need to be scaled back`;
    return plan;
  }
  for (const t of floatInitializers(view)) {
    const uses = view.uses.get(t.name) ?? [];
    if (uses.length === 0 || done.has(t)) continue;
    if (overridable(view, t)) {
      plan.kept.push({ name: t.name, reason: 'a graph input a caller may override' });
      continue;
    }
    const axes = uses.map((u) => channelAxis(u, t.dims.length));
    const refusal = axes.find((a) => typeof a === 'string') as string | undefined;
    const keep = (reason: string) => plan.kept.push({ name: t.name, reason });
    if (refusal) {
      keep(uses.length > 1 ? `shared: ${refusal}` : refusal);
      continue;
    }
    if (new Set(axes).size > 1) {
      keep('shared by ops that read it along different channel axes');
      continue;
    }
    if (elementsOf(t) < settings.int8MinElements) {
      keep(`fewer than ${settings.int8MinElements} elements (int8-min-elements)`);
      continue;
    }
    const data = decode(t, modelPath);
    if (!allFinite(data)) {
      keep('holds NaN or infinite values');
      continue;
    }
    const axis = axes[0] as number;
    const q = quantizePerChannel(data, t.dims, axis);
    plan.replacements.push(view.opset >= 13 ? dequantizeLinear(view, store, t, q, axis) : castAndScale(view, store, t, q, axis));
    plan.converted.push({ name: t.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, dequantizePerChannel(q, t.dims, axis))), clamped: 0, flushed: 0 });
  }
  return plan;
}

/** Whether every node reading `t` is a main-graph MatMul reading it as B: only then can MatMulNBits take their place. */
const onlyMatMulB = (uses: readonly Use[]) => uses.every((u) => u.opType === 'MatMul' && (u.domain === '' || u.domain === 'ai.onnx') && u.slot === 1 && !u.inSubgraph);

/**
 * int4: each [K, N] float32 weight of the main graph read only as B by MatMul nodes, with K at least one block, turns
 * those MatMuls into MatMulNBits (int4.ts); every other weight goes through int8's steps.
 */
function planInt4(view: GraphView, modelPath: string, settings: VariantSettings, store: TensorStore): Plan {
  if (alreadyQuantized(view) || view.opset < 7) return planInt8(view, modelPath, settings, store); // int8's refusal, with its reason
  const plan: Plan = { replacements: [], converted: [], kept: [], reason: null };
  const done = new Set<Initializer>();
  for (const t of view.initializers.values()) {
    const uses = view.uses.get(t.name) ?? [];
    const [k, n] = t.dims;
    if (t.dataType !== FLOAT || k === undefined || n === undefined || t.dims.length !== 2 || k < settings.int4BlockSize) continue;
    if (uses.length === 0 || !onlyMatMulB(uses) || overridable(view, t) || view.outputs.has(t.name)) continue;
    const data = decode(t, modelPath);
    if (!allFinite(data)) continue; // int8's steps say why it stays float32
    const q = quantizeInt4(data, k, n, settings.int4BlockSize, settings.int4Symmetric);
    plan.replacements.push(matMulNBits(view, store, t, uses, q, settings.int4AccuracyLevel));
    plan.converted.push({ name: t.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, dequantizeInt4(q))), clamped: 0, flushed: 0 });
    done.add(t);
  }
  if (plan.replacements.length === 0) {
    // Without a MatMulNBits the int4 model would be the int8 one: not built, not measured twice.
    plan.reason = `no weight is read only as B by MatMul with K ≥ int4-block-size (${settings.int4BlockSize}), so int4 would be the int8 variant`;
    return plan;
  }
  const rest = planInt8(view, modelPath, settings, store, done);
  return { replacements: [...plan.replacements, ...rest.replacements], converted: [...plan.converted, ...rest.converted], kept: rest.kept, reason: rest.reason };
}

/**
 * Opset 13 and later: DequantizeLinear per channel, the standard form of quantized weights. onnxruntime fuses it with a
 * MatMul into an integer MatMul that also quantizes the activations on the fly (measured on a 10 MB weight: loads like
 * float32, runs 2.4× faster); the accuracy model-gate measures is that of this computation.
 */
function dequantizeLinear(view: GraphView, store: TensorStore, t: Initializer, q: Int8Quantized, axis: number): Replacement {
  const channels = t.dims[axis]!;
  const names = { q: freshName(view, `${t.name}_int8`), scale: freshName(view, `${t.name}_scale`), zero: freshName(view, `${t.name}_zero_point`) };
  return {
    original: t.name,
    at: t.at,
    initializers: [
      store.put({ name: names.q, elemType: 'int8', dims: t.dims, data: q.q }),
      store.put({ name: names.scale, elemType: 'float32', dims: [channels], data: q.scales }),
      store.put({ name: names.zero, elemType: 'int8', dims: [channels], data: new Int8Array(channels) }),
    ],
    nodes: [{ opType: 'DequantizeLinear', inputs: [names.q, names.scale, names.zero], outputs: [t.name], name: freshName(view, `${t.name}_dequantize`), ints: { axis } }],
  };
}

/**
 * Opsets 7 to 12, where DequantizeLinear has no axis: Cast to float, then Mul by scales shaped to broadcast along the
 * channel axis. The same numbers; onnxruntime folds both nodes into a float32 weight at load, so the file is small and
 * the run time that of the original.
 */
function castAndScale(view: GraphView, store: TensorStore, t: Initializer, q: Int8Quantized, axis: number): Replacement {
  const names = { q: freshName(view, `${t.name}_int8`), scale: freshName(view, `${t.name}_scale`), float: freshName(view, `${t.name}_int8_float`) };
  return {
    original: t.name,
    at: t.at,
    initializers: [
      store.put({ name: names.q, elemType: 'int8', dims: t.dims, data: q.q }),
      store.put({ name: names.scale, elemType: 'float32', dims: t.dims.map((d, i) => (i === axis ? d : 1)), data: q.scales }),
    ],
    nodes: [
      { opType: 'Cast', inputs: [names.q], outputs: [names.float], name: freshName(view, `${t.name}_int8_to_float`), ints: { to: FLOAT } },
      { opType: 'Mul', inputs: [names.float, names.scale], outputs: [t.name], name: freshName(view, `${t.name}_scale_back`) },
    ],
  };
}
