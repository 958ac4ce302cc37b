// Variant selection for one model: build each configured variant, pack it like the original, measure it against the
// original in this job (eval, cold loads, warm latency, confirmed like the release comparison) and choose the one to
// publish (choose.ts). Packing and measuring are given by the caller (the engine wires the pack, bench, eval and
// compare stages), so this stage stays free of theirs; `M` is whatever a packed model is to them.
import { basename, join } from 'node:path';
import type { Check } from '../checks.js';
import { InputError } from '../errors.js';
import type { EvalResult } from '../eval/evaluate.js';
import type { InterfaceChange } from '../interface/contract.js';
import { buildVariant } from './build.js';
import { chooseVariant, type VariantMeasurement, type VariantTable } from './choose.js';
import type { VariantId, VariantSettings } from './kinds.js';

export interface VariantTools<M> {
  /** Packs a model file into `dir` with the candidate's packing settings; `origin` is how messages name it. */
  pack(file: string, dir: string, origin: string): Promise<{ model: M; packedBytes: number; raw: RawDigest }>;
  /** Eval, and timing checks confirmed like the release comparison's, of a packed variant against the packed original. */
  measure(original: M, variant: M): Promise<{ timing: Check[]; eval: EvalResult | null; interface: InterfaceChange[] }>;
  /** Progress lines about the model. */
  log(line: string): void;
}

/** The size and sha256 of a model file as it was given (the manifest's `raw`). */
interface RawDigest {
  bytes: number;
  sha256: string;
}

/**
 * What the pack's manifest records of the published model's variant (its `variant` entry, pack/format/manifest.ts): which one,
 * made from which original file, and how it scored against that original on the eval data (absent for the original).
 */
interface PublishedVariant {
  name: VariantId;
  original: RawDigest;
  score?: { metric: string; original: number; variant: number; budget: string };
}

interface Selection<M> {
  /** The packed model to publish: the chosen variant, or the original. */
  model: M;
  /** The packed lossless original, which the variants were measured against. */
  original: M;
  table: VariantTable;
  /** The manifest's entry for the published model. */
  published: PublishedVariant;
}

/** `file` is the original .onnx model; variants are built and packed under `dir`. */
export async function selectVariant<M>(file: string, settings: VariantSettings, dir: string, tools: VariantTools<M>): Promise<Selection<M>> {
  const original = await tools.pack(file, join(dir, 'original'), file);
  const measurements: Array<VariantMeasurement & { packed: M | null }> = [];
  let weightBytes = 0;
  for (const variant of settings.build) {
    const build = await buildVariant(file, basename(file), variant, settings, dir);
    weightBytes = build.weightBytes.original;
    if (!build.path) {
      tools.log(`no ${variant} variant: ${build.reason}`);
      measurements.push({ build, packedBytes: null, timing: [], eval: null, packed: null });
      continue;
    }
    tools.log(`measuring the ${variant} variant against the original`);
    try {
      const packed = await tools.pack(build.path, join(dir, `${variant}-pack`), `${file} (${variant} variant)`);
      const measured = await tools.measure(original.model, packed.model);
      measurements.push({ build, packedBytes: packed.packedBytes, timing: measured.timing, eval: measured.eval, interface: measured.interface, packed: packed.model });
    } catch (error) {
      // A variant onnxruntime refuses is a variant not to publish, not a broken gate: the original goes on.
      if (!(error instanceof InputError)) throw error;
      const reason = `onnxruntime could not load or run it: ${error.message.replace(`${file} (${variant} variant): `, '')}`;
      tools.log(`no ${variant} variant: ${reason}`);
      measurements.push({ build: { ...build, path: null, reason }, packedBytes: null, timing: [], eval: null, packed: null });
    }
  }
  const table = chooseVariant({ packedBytes: original.packedBytes, weightBytes }, measurements, settings);
  const model = measurements.find((m) => m.build.variant === table.published)?.packed ?? original.model;
  tools.log(`publishing ${table.published === 'original' ? 'the original' : `the ${table.published} variant`}`);
  const score = table.rows.find((r) => r.variant === table.published)?.score;
  const published: PublishedVariant = { name: table.published, original: original.raw };
  if (score) published.score = { metric: score.metric, original: score.original, variant: score.variant, budget: score.budget };
  return { model, original: original.model, table, published };
}
