// A side's eval outputs, spilled to disk: the side process writes each set's outputs to a file of its own (side-child.ts),
// and scoring reads them back a set at a time. So one side can run all its sets and exit before the other starts (block
// mode, bench/sides.ts), and the parent never holds more than one set's outputs of each side.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { bindInputs } from './binding.js';
import type { EvalSubject } from './evaluate.js';
import type { Bound, EvalSet, Tensor } from '../types.js';

/** Runs one inference over `inputs` and writes every output to `file` (v8-serialised `Record<string, Tensor>`). */
type Infer = (inputs: Bound, file: string) => Promise<void>;

/**
 * Runs every set through one side (inputs bound to its own interface, so a binding error names it before any scoring)
 * and returns the subject that reads the outputs back.
 */
export async function spillSide(sets: EvalSet[], info: EvalSubject['info'], label: string, infer: Infer, dir: string): Promise<EvalSubject> {
  await mkdir(dir, { recursive: true });
  const file = (index: number) => join(dir, `set-${index}.v8`);
  for (const [index, set] of sets.entries()) await infer(bindInputs(set, info, label), file(index));
  return {
    predict: async (_set, index) => deserialize(await readFile(file(index))) as Record<string, Tensor>,
    info,
    label,
  };
}
