// The merge of a matrix's shard reports into the one report: pure over reports already validated (validateReport), so
// the checks — every shard present once, every model covered once by the shard it hashes to, one commit, one tool
// version, one baseline and the same settings — are testable without a runner. Any mismatch is an InputError naming the
// shard and what is wrong; a failed shard is not an error here: its models carry the fail into the merged verdict.
import { isDeepStrictEqual } from 'node:util';
import { overallVerdict } from '../compare/compare.js';
import { InputError } from '../errors.js';
import type { Report } from '../report/schema.js';
import { summarize } from '../report/text.js';
import { shardOf } from './shard.js';

export interface ShardReport {
  /** Where it was read from, for messages: the artifact folder. */
  source: string;
  report: Report;
}

/** "shard 2/3". */
export const shardName = (index: number, count: number): string => `shard ${index}/${count}`;

/** The shards' reports checked against each other and merged; the shards in index order. */
export function mergeShardReports(shards: readonly ShardReport[]): { report: Report; failed: string[] } {
  if (shards.length === 0) throw new InputError('no shard report to merge');
  for (const s of shards) {
    const m = s.report.matrix;
    if (m === null || m.shard === null) throw new InputError(`${s.source}: not a shard's report (it has no matrix.shard; gate the shards with shard: K/N)`);
  }
  const first = shards[0]!;
  const matrix = first.report.matrix!;
  const count = matrix.shards;
  // What every shard must share with the first: otherwise the merged verdict would mix runs.
  const same: Array<[string, (r: Report) => unknown]> = [
    ['shard count', (r) => r.matrix!.shards],
    ['model list', (r) => [...r.matrix!.models].sort()],
    ['commit', (r) => r.matrix!.commit],
    ['model-gate version', (r) => r.tool.version],
    ['baseline', (r) => r.baseline.source],
    ['settings', (r) => r.settings],
  ];
  for (const s of shards.slice(1)) {
    for (const [what, of] of same) {
      if (!isDeepStrictEqual(of(s.report), of(first.report))) {
        throw new InputError(`${s.source}: its ${what} differs from ${first.source}'s (${shardName(s.report.matrix!.shard!, s.report.matrix!.shards)} and ${shardName(matrix.shard!, count)} are not from the same run)`);
      }
    }
  }
  const byIndex = new Map<number, ShardReport>();
  for (const s of shards) {
    const index = s.report.matrix!.shard!;
    if (index < 1 || index > count || !Number.isInteger(index)) throw new InputError(`${s.source}: shard ${index} is not one of 1 to ${count}`);
    const other = byIndex.get(index);
    if (other) throw new InputError(`${shardName(index, count)} is given twice: ${other.source} and ${s.source}`);
    byIndex.set(index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new InputError(`${missing.map((i) => shardName(i, count)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (its job failed before uploading its report, or its artifact was not downloaded)`);

  // Each model in the report of the shard it hashes to, exactly once.
  const all = matrix.models;
  const models = [];
  for (const name of all) {
    const index = shardOf(name, count);
    const s = byIndex.get(index)!;
    const found = s.report.models.filter((m) => m.name === name);
    if (found.length !== 1) throw new InputError(`${s.source}: model ${name} of ${shardName(index, count)} is ${found.length === 0 ? 'missing from' : 'more than once in'} its report`);
    models.push(found[0]!);
  }
  for (const s of byIndex.values()) {
    const stray = s.report.models.find((m) => !all.includes(m.name) || shardOf(m.name, count) !== s.report.matrix!.shard);
    if (stray) throw new InputError(`${s.source}: model ${stray.name} is not one of ${shardName(s.report.matrix!.shard!, count)}'s models`);
  }

  const failed = [...byIndex.entries()].sort(([a], [b]) => a - b).filter(([, s]) => s.report.verdict === 'fail').map(([i]) => shardName(i, count));
  const verdict = overallVerdict(models);
  const notes = [...new Set(shards.map((s) => s.report.baseline.note).filter((n): n is string => n !== null))];
  const baseline = { source: first.report.baseline.source, note: notes.length > 0 ? notes.join('; ') : null };
  const report: Report = {
    ...first.report,
    verdict,
    summary: summarize(verdict, models, baseline.note),
    baseline,
    removed: [...new Set(shards.flatMap((s) => s.report.removed))].filter((n) => !all.includes(n)).sort(),
    models,
    matrix: { shard: null, shards: count, models: [...all], commit: matrix.commit },
  };
  return { report, failed };
}
