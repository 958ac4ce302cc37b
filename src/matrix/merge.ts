// The merge of a matrix's shard reports into the one report: pure over reports already validated (validateReport), so
// the checks — every shard present once, every model covered once by the shard it hashes to, one commit, one tool
// version, one baseline, every setting that changes a verdict the same, and every status what its numbers give at the
// merge job's own levels (report/recheck.ts) — are testable without a runner. Any mismatch is an InputError naming the
// shard and what is wrong; a failed shard is not an error here: its models carry the fail into the merged verdict.
import { isDeepStrictEqual } from 'node:util';
import { overallVerdict } from '../compare/compare.js';
import { InputError } from '../errors.js';
import { type Levels, pairText, recheck } from '../report/recheck.js';
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

/**
 * The shards' reports checked against each other and against the merge job's own `levels`, and merged; the shards in
 * index order.
 */
export function mergeShardReports(shards: readonly ShardReport[], levels: Levels): { report: Report; failed: string[] } {
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
  ];
  const nameOf = (r: Report) => shardName(r.matrix!.shard!, r.matrix!.shards);
  for (const s of shards.slice(1)) {
    for (const [what, of] of same) {
      if (!isDeepStrictEqual(of(s.report), of(first.report))) {
        throw new InputError(`${s.source}: its ${what} differs from ${first.source}'s (${nameOf(s.report)} and ${shardName(matrix.shard!, count)} are not from the same run)`);
      }
    }
    const differs = difference(s.report.settings, first.report.settings, '');
    if (differs) {
      throw new InputError(`${s.source}: ${nameOf(s.report)}: its ${differs.path} differs from ${nameOf(first.report)}'s (${differs.mine} vs ${differs.theirs}): the shards must run with the same settings`);
    }
  }
  for (const s of shards) recheck(s.report, levels, `${s.source} (${nameOf(s.report)})`);
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

const isPair = (v: object): v is { warn: string | null; fail: string | null } => Object.keys(v).sort().join() === 'fail,warn';
const shown = (v: unknown): string => (v === null || v === undefined ? 'none' : typeof v === 'string' ? v.slice(0, 40) : JSON.stringify(v).slice(0, 40));

/** The first setting whose value differs, by its path ("thresholds.latency-p50", "bench.budgetSeconds"); a pair of levels is one value. */
function difference(mine: unknown, theirs: unknown, path: string): { path: string; mine: string; theirs: string } | null {
  if (isDeepStrictEqual(mine, theirs)) return null;
  const objects = typeof mine === 'object' && mine !== null && typeof theirs === 'object' && theirs !== null && !Array.isArray(mine) && !Array.isArray(theirs);
  if (objects && !(isPair(mine) && isPair(theirs))) {
    const a = mine as Record<string, unknown>;
    const b = theirs as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const found = difference(a[key], b[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  const text = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) && isPair(v) ? pairText(v) : shown(v));
  return { path: path || 'settings', mine: text(mine), theirs: text(theirs) };
}
