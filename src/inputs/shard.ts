// Which shard of a matrix gates which model: rendezvous hashing by name. Each model goes to the shard whose
// sha256(name + "/" + index) is highest, so the split depends on the model's own name and the shard count alone:
// adding or removing a model moves only that model, and every job (and the merge) computes the same split.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';

/** `shard: K/N`: this job is shard K (1-based) of N. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Enough shards for any matrix GitHub runs (256 jobs per matrix). */
const MAX_SHARDS = 256;

export function parseShard(value: string, source: string): ShardSpec {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new InputError(`${source}: "${value.trim()}" is not K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (e.g. 2/3)`);
  }
  return { index, count };
}

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
