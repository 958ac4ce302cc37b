// The `shard: K/N` setting (--shard on the CLI): which part of a matrix this job is. Parsed here with the other inputs;
// the split itself, which model each shard gates, is the matrix's (matrix/shard.ts).
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
