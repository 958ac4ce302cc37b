// A report read back (a shard's artifact in the merge, a pull request's artifact in publish-comment) is believed as far
// as its numbers go, not its statuses: every check's status and every drift check's is recomputed from its numbers, at
// the levels of the job that reads it, by the rules that made them (compare/compare.ts for exact values, the interval
// rule of compare/timing.ts for timings and drift). A report whose levels differ from the job's, or whose statuses differ
// from what its numbers give, is refused as bad input naming the model, the metric and both sides. This guards against
// a stale, buggy or hand-edited report; a measuring job that runs someone else's code can forge consistent numbers.
import { type HistoryMetric, type MetricId, METRICS, type Status, type ThresholdPair } from '../checks.js';
import { changeOf, judgeChange, judgeClasses, thresholdText } from '../compare/compare.js';
import type { ClassFigures } from '../eval/classes.js';
import { judgeDrift, judgeInterval } from '../compare/timing.js';
import { InputError } from '../errors.js';
import { type Config, thresholdsFor } from '../inputs/config.js';
import type { Report, ReportChain, ReportCheck } from './schema.js';

/** The levels of the job reading a report. */
export interface Levels {
  /** A model's thresholds: the job's, with that model's overrides. */
  thresholds: (model: string) => Record<MetricId, ThresholdPair>;
  /** The drift levels of the history's chains. */
  drift: Record<HistoryMetric, ThresholdPair>;
}

/** A job's levels from its settings. */
export function levelsOf(config: Config): Levels {
  return { thresholds: (model) => thresholdsFor(config, model), drift: config.history.drift };
}

interface Expected {
  status: Status;
  inconclusive: boolean;
}

/**
 * Checks every status of `report` against its numbers at `levels`, and sets each check's `inconclusive` from the rule
 * (a report older than version 6 does not say). Throws an InputError naming `source` on the first disagreement.
 */
export function recheck(report: Report, levels: Levels, source: string): void {
  for (const m of report.models) {
    const thresholds = levels.thresholds(m.name);
    for (const c of m.checks) {
      const where = `${source}: model ${m.name}: ${c.metric}`;
      sameLevels(c.threshold, thresholds[c.metric], `${where}: its thresholds.${c.metric}`);
      const expected = checkStatus(c, thresholds[c.metric], m.eval?.classes?.figures ?? []);
      if (expected.status !== c.status) throw new InputError(`${where} is ${c.status} in the report, but its numbers give ${expected.status} (a stale, buggy or edited report)`);
      c.inconclusive = expected.inconclusive;
    }
    for (const chain of m.history?.chains ?? []) {
      const where = `${source}: model ${m.name}: ${chain.metric} drift`;
      sameLevels(chain.threshold, levels.drift[chain.metric], `${where}: its ${chain.metric}-drift`);
      const expected = chainStatus(chain, levels.drift[chain.metric]);
      if (expected.status !== chain.status) throw new InputError(`${where} is ${chain.status} in the report, but its numbers give ${expected.status} (a stale, buggy or edited report)`);
      chain.inconclusive = expected.inconclusive;
    }
  }
}

/** Levels as "+5%/+10%" ("none" for a level that is off). */
export const pairText = (p: { warn: string | null; fail: string | null }): string => `${p.warn ?? 'none'}/${p.fail ?? 'none'}`;

function sameLevels(stored: { warn: string | null; fail: string | null }, pair: ThresholdPair, what: string): void {
  const own = thresholdText(pair);
  if (stored.warn !== own.warn || stored.fail !== own.fail) throw new InputError(`${what} differs from this job's (${pairText(stored)} vs ${pairText(own)})`);
}

/**
 * What a check's numbers give: an exact change by its levels, a timing by the interval rule, the class-recall check by
 * its model's per-class figures (the worst class judged by compare.ts's rule); skipped without numbers.
 */
function checkStatus(c: ReportCheck, pair: ThresholdPair, classes: readonly ClassFigures[]): Expected {
  const skipped: Expected = { status: 'skipped', inconclusive: false };
  // Perplexity is written only when the model has one, so a perplexity check without a candidate value is an infinite
  // perplexity (a labelled position with probability 0), which JSON cannot hold and compare.ts fails.
  if (c.metric === 'perplexity' && c.candidate === null) return { status: 'fail', inconclusive: false };
  if (c.baseline === null || c.candidate === null) return skipped;
  if (c.metric === 'class-recall') return { status: judgeClasses(classes, pair)?.status ?? 'skipped', inconclusive: false };
  if (METRICS[c.metric].timing === null) return { status: judgeChange(c.metric, changeOf(c.baseline, c.candidate, null), pair), inconclusive: false };
  const i = c.change?.interval;
  if (!c.change || c.change.relative === null || !i) return skipped;
  const judged = judgeInterval({ estimate: c.change.relative, low: i.low, high: i.high, confidence: i.confidence }, pair, c.baseline);
  return { status: judged.status, inconclusive: judged.inconclusive !== null };
}

function chainStatus(c: ReportChain, pair: ThresholdPair): Expected {
  const chained = c.relative === null || c.interval === null ? null : { estimate: c.relative, ...c.interval };
  const judged = judgeDrift(chained, pair, c.steps);
  return { status: judged.status, inconclusive: judged.inconclusive };
}
