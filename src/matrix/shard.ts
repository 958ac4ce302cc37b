// Which shard of a matrix gates which model: rendezvous hashing by name. Each model goes to the shard whose
// sha256(name + "/" + index) is highest, so the split depends on the model's own name and the shard count alone:
// adding or removing a model moves only that model, and every job (and the merge) computes the same split.
// The gate's size limit is the matrix's too: the merged report holds every shard's models, so the cap is checked on
// all the models given, before the split.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { ShardSpec } from '../inputs/shard-spec.js';
import { MAX_MODELS } from '../limits.js';

/** The shard (1-based) of `count` that gates the model named `name`. */
export function shardOf(name: string, count: number): number {
  let best = 1;
  let bestHash = '';
  for (let i = 1; i <= count; i++) {
    const hash = createHash('sha256').update(`${name}/${i}`).digest('hex');
    if (hash > bestHash) [best, bestHash] = [i, hash];
  }
  return best;
}

/** The items (models, by `nameOf`) of shard `spec`, in their given order. */
export function shardItems<T>(items: readonly T[], nameOf: (item: T) => string, spec: ShardSpec): T[] {
  return items.filter((item) => shardOf(nameOf(item), spec.count) === spec.index);
}

/**
 * A gate — one job, or every shard of a matrix together — reports at most as many models as a report holds; more is
 * refused before anything is downloaded or measured, naming `source` (the input that gave them).
 */
export function checkGateSize(count: number, source: string): void {
  if (count > MAX_MODELS) {
    throw new InputError(`${source}: ${count} models; one gate (a whole matrix of shards included) reports at most ${MAX_MODELS}: split them into separate gates`);
  }
}
