// Binding eval tensors to a model's inputs and outputs: by name, then by position. This is the one binding every path
// that feeds a session uses (eval, timing inputs, the cold-load child) and the one reference outputs are matched with.
// Bound tensors are renamed to the value they bind to: a file's own tensor name (often "" in ONNX's test data) never
// reaches onnxruntime, whichever of the map key or the tensor's name a consumer reads.

import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { formatDims } from '../onnx/tensor-proto.js';
import type { Bound, EvalSet, ModelInfo, Tensor, ValueInfo } from '../types.js';

type FileTensor = Tensor & { file: string };


/**
 * Pairs tensors with named slots: a tensor whose name is a free slot's name takes that slot; the others fill the slots
 * still free, in slot order (so unnamed tensors bind by position). Tensors beyond the free slots stay unpaired.
 */
export function pairByNameThenPosition<T extends { name: string }>(tensors: readonly T[], slots: readonly string[]): Map<string, T> {
  const pairs = new Map<string, T>();
  const leftovers: T[] = [];
  for (const t of tensors) {
    if (t.name !== '' && slots.includes(t.name) && !pairs.has(t.name)) pairs.set(t.name, t);
    else leftovers.push(t);
  }
  const open = slots.filter((s) => !pairs.has(s));
  open.forEach((slot, k) => {
    if (k < leftovers.length) pairs.set(slot, leftovers[k]!);
  });
  // In slot order, so iteration follows the model's declaration whatever order the files came in.
  return new Map(slots.filter((s) => pairs.has(s)).map((s) => [s, pairs.get(s)!]));
}

/**
 * Maps each eval tensor to a model input and checks it fits. Element types must be equal; fixed dims must match; a
 * symbolic dim may take any size but the same size everywhere it appears in the set.
 */
export function bindInputs(set: EvalSet, model: Pick<ModelInfo, 'inputs'>, modelLabel: string): Bound<FileTensor> {
  if (set.inputs.length !== model.inputs.length) {
    throw new InputError(
      `${set.dir}: has ${set.inputs.length} input tensor(s) (${set.inputs.map((t) => basename(t.file)).join(', ')}) ` +
        `but model ${modelLabel} has ${model.inputs.length} input(s) (${model.inputs.map((i) => `"${i.name}"`).join(', ')})`,
    );
  }
  const pairs = pairByNameThenPosition(set.inputs, model.inputs.map((i) => i.name));
  const symbols = new Map<string, { size: number; file: string }>();
  const bound: Bound<FileTensor> = new Map();
  for (const input of model.inputs) {
    const tensor = pairs.get(input.name)!;
    checkFits(tensor, input, modelLabel, symbols);
    bound.set(input.name, { ...tensor, name: input.name });
  }
  return bound;
}

/**
 * Reference outputs (output_K files) by the model output they belong to, bound like the inputs. A set may hold fewer
 * references than the model has outputs (the rest are not compared), never more.
 */
export function bindReferences(set: EvalSet, model: Pick<ModelInfo, 'outputs'>, modelLabel: string): Bound<FileTensor> {
  if (set.references.length > model.outputs.length) {
    throw new InputError(
      `${set.dir}: has ${set.references.length} reference output(s) (${set.references.map((t) => basename(t.file)).join(', ')}) ` +
        `but model ${modelLabel} has ${model.outputs.length} output(s) (${model.outputs.map((o) => `"${o.name}"`).join(', ')})`,
    );
  }
  const pairs = pairByNameThenPosition(set.references, model.outputs.map((o) => o.name));
  return new Map([...pairs].map(([name, t]) => [name, { ...t, name }]));
}

function checkFits(t: FileTensor, input: ValueInfo, modelLabel: string, symbols: Map<string, { size: number; file: string }>): void {
  const tensor = t.name ? `tensor "${t.name}"` : 'tensor';
  const target = `model ${modelLabel} input "${input.name}"`;
  const fail = (detail: string): never => {
    throw new InputError(`${t.file}: ${detail}`);
  };
  if (input.elemType === null) fail(`${target} is not a tensor (sequence, map and optional inputs are not supported)`);
  if (t.elemType !== input.elemType) {
    const hint = t.file.includes('.npy') && input.elemType !== 'bfloat16' ? ` (convert with arr.astype('${input.elemType}'))` : '';
    fail(`${tensor} is ${t.elemType} but ${target} expects ${input.elemType}${hint}`);
  }
  const shape = input.shape;
  if (shape === null) return; // rank unknown: anything goes
  const mismatch = (): never => fail(`${tensor} has shape ${formatDims(t.dims)} but ${target} expects ${formatDims(shape)}`);
  if (t.dims.length !== shape.length) mismatch();
  shape.forEach((want, axis) => {
    const size = t.dims[axis]!;
    if (typeof want === 'number' && want !== size) mismatch();
    if (typeof want === 'string') {
      const seen = symbols.get(want);
      if (seen && seen.size !== size) {
        fail(`${tensor} has shape ${formatDims(t.dims)} but ${target} expects ${formatDims(shape)} with ${want} = ${seen.size} (as in ${seen.file})`);
      }
      symbols.set(want, { size, file: seen?.file ?? t.file });
    }
  });
}
