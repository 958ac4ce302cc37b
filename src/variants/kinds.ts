// The lossy variant kinds model-gate can build, declared once: their names (config, flags, manifest and report all take
// them from here) and the settings the variants stage reads. A new kind is a name here and its planner in build.ts.
import type { Threshold } from '../checks.js';

/** Lossy variants model-gate can build; the lossless original is always measured beside them. */
export const VARIANT_KINDS = ['fp16', 'int8', 'int4'] as const;
export type VariantName = (typeof VARIANT_KINDS)[number];

/** What a variant is called in a manifest or report: a kind, or the lossless original. */
export const VARIANT_IDS = ['original', ...VARIANT_KINDS] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

/** Which model a release publishes: the lossless original, or the smallest variant inside the accuracy budget. */
export const VARIANT_PUBLISH = ['original', 'best'] as const;

export interface VariantSettings {
  /** Lossy variants to build and measure against the original; empty = the lossless original only. */
  build: VariantName[];
  /** original: publish the lossless original; best: the smallest variant inside the accuracy budget (else the original). */
  publish: (typeof VARIANT_PUBLISH)[number];
  /** Accuracy budget against the original, for top-1 accuracy (labels) or top-1 agreement (class scores, no labels). */
  maxAccuracyDrop: Threshold;
  /** Error budget against the original, for RMSE (numeric labels) or the output error (no labels, not class scores). */
  maxErrorIncrease: Threshold;
  /** int8: weights with fewer elements stay float32. */
  int8MinElements: number;
  /** fp16: initializers read by these ops stay float32. */
  fp16KeepOps: string[];
  /** int4: MatMul weights are quantized in blocks of this many values along K (a power of two, 16 to 256). */
  int4BlockSize: number;
  /** int4: MatMulNBits' accuracy_level, the least precision of the activations inside it (0 unset, 1 fp32, … 4 int8). */
  int4AccuracyLevel: number;
  /** int4: no zero points (every block centred on 0, 0.156 of the float bytes instead of 0.160 at block 32). */
  int4Symmetric: boolean;
}
