// Bench stage: cold loads (a fresh side process per sample) and warm latency (rounds in the sides' processes, sides.ts) of
// a baseline and a candidate, alternated A B, B A … so drift of the machine hits both sides alike, sampled adaptively.
import type { BenchSettings } from './settings.js';
import type { PackedModel } from '../pack/format/manifest.js';
import type { Bound } from '../types.js';
import { coldSample } from './cold.js';
import { type ColdSample, type Phase, PHASES, type PhaseSample } from './cold-load.js';
import { samplePairs, type Sampling } from './sampling.js';
import { median } from './stats.js';
import type { LatencyRound } from './warm.js';
import type { Side, Sides } from './sides.js';

import { type ColdMetric, COLD_METRICS, METRICS, TIMING_METRICS, type TimingMetric, WARM_METRICS, type WarmMetric } from '../checks.js';

// The timing metrics are the catalog's (checks.ts); re-exported beside the measurements that produce them.
export { TIMING_METRICS, type TimingMetric };

/** Metrics measured together, and so re-measured together. */
type Group = 'cold' | 'warm';
const groupOf = (metric: TimingMetric): Group => METRICS[metric].timing!.group;

/** Paired samples: index i of one side was taken next to index i of the other. Empty baseline = no baseline. */
export interface Series {
  baseline: number[];
  candidate: number[];
}

/** One measurement of a metric: its samples and how sampling went. */
export interface Attempt {
  series: Series;
  sampling: Sampling;
}

export interface PhaseRow {
  phase: Phase;
  /** Medians over the cold-load samples of each side. */
  baseline: PhaseSample | null;
  candidate: PhaseSample;
}

export interface BenchResult {
  /** Per metric its measurements, oldest first: one, or two when a failing metric was re-measured to confirm. */
  metrics: Partial<Record<TimingMetric, Attempt[]>>;
  /** Cold-load phases of the first cold measurement. */
  phases: PhaseRow[];
}

export interface BenchSubject {
  model: PackedModel;
  /** What every timed run is fed: eval data bound by eval/binding.ts, or syntheticInputs. */
  inputs: Bound;
  label: string;
}

export interface Subjects {
  baseline: BenchSubject | null;
  candidate: BenchSubject;
  /** The sides' processes, where warm rounds run; cold loads start processes of their own under the same limits. */
  sides: Sides;
}

/** Whether the samples so far settle a metric's verdict; the engine builds it from the compare stage's rule. */
type SettledCheck = (metric: TimingMetric, series: Series) => boolean;

/** The verdict rule sampling follows (the compare stage's, wired by the engine): when to stop, and what fails. */
export interface TimingRule {
  settled: SettledCheck;
  fails: (metric: TimingMetric, series: Series) => boolean;
}

/**
 * Share of the budget cold loads may use; warm latency gets the rest, including what cold loads left over. Half, not
 * more: a cold metric sitting on one of its levels (first inference often does) would otherwise run to its budget and
 * starve the latency rounds, which need about 40 rounds to resolve a +15% change against a +10% level.
 */
const COLD_SHARE = 0.5;
/** Bounds the samples kept when a tiny model fits thousands of pairs into the budget without settling. */
const MAX_PAIRS = 2000;

/** Measures `groups` of both sides, or of the candidate alone when there is no baseline. */
export async function benchPair(
  subjects: Subjects,
  settings: BenchSettings,
  settled: SettledCheck,
  groups: readonly Group[] = ['cold', 'warm'],
  phase: (text: string) => void = () => {},
): Promise<BenchResult> {
  const result: BenchResult = { metrics: {}, phases: [] };
  const budgetMs = settings.budgetSeconds * 1000;
  const start = performance.now();
  if (groups.includes('cold')) {
    const share = groups.includes('warm') ? COLD_SHARE : 1;
    phase(`cold loads, a fresh process each (at least ${settings.loadSamples} pairs)`);
    const cold = await measureCold(subjects, settings, settled, budgetMs * share);
    Object.assign(result.metrics, cold.metrics);
    result.phases = cold.phases;
  }
  if (groups.includes('warm')) {
    phase(`warm latency (at least ${settings.latencyRounds} rounds)`);
    const warm = await measureWarm(subjects, settings, settled, budgetMs - (performance.now() - start));
    Object.assign(result.metrics, warm);
  }
  return result;
}

/**
 * Measures both sides; a metric that fails is measured again with fresh samples (its whole group: cold loads or warm
 * latency), and both attempts are kept, so the compare stage fails it only when the re-measure fails too.
 */
export async function benchConfirmed(subjects: Subjects, settings: BenchSettings, rule: TimingRule, phase: (text: string) => void = () => {}): Promise<BenchResult> {
  const first = await benchPair(subjects, settings, rule.settled, ['cold', 'warm'], phase);
  if (!subjects.baseline) return first;
  const failing = (Object.keys(first.metrics) as TimingMetric[]).filter((metric) => {
    const latest = first.metrics[metric]?.at(-1);
    return latest !== undefined && rule.fails(metric, latest.series);
  });
  if (failing.length === 0) return first;
  phase(`${failing.join(', ')} failed: measuring again with fresh samples`);
  const again = await benchPair(subjects, settings, rule.settled, [...new Set(failing.map(groupOf))], phase);
  return withRemeasure(first, again, failing);
}

/** Adds the fresh attempts of `metrics` from a re-measure to a first result. */
export function withRemeasure(first: BenchResult, again: BenchResult, metrics: readonly TimingMetric[]): BenchResult {
  const merged: BenchResult = { metrics: { ...first.metrics }, phases: first.phases };
  for (const metric of metrics) merged.metrics[metric] = [...(first.metrics[metric] ?? []), ...(again.metrics[metric] ?? [])];
  return merged;
}

const sidesOf = (subjects: Subjects): Side[] => (subjects.baseline ? ['baseline', 'candidate'] : ['candidate']);
const subjectOf = (subjects: Subjects, side: Side): BenchSubject => (side === 'baseline' ? subjects.baseline! : subjects.candidate);
/** A B, then B A, …: neither side is always the one measured right after the other. */
const orderOf = (i: number, sides: Side[]): Side[] => (i % 2 === 0 ? sides : [...sides].reverse());

const COLD_VALUE: Record<ColdMetric, (s: ColdSample) => number> = {
  'load-time': (s) => s.unpack.wallMs + s.session.wallMs,
  'first-inference': (s) => s.firstRun.wallMs,
  'peak-rss': (s) => s.firstRun.peakRssBytes,
};

async function measureCold(subjects: Subjects, settings: BenchSettings, settled: SettledCheck, budgetMs: number) {
  const sides = sidesOf(subjects);
  const job = (side: Side) => {
    const s = subjectOf(subjects, side);
    const { intraOpThreads, interOpThreads } = settings;
    return { model: s.model, threads: { intraOpThreads, interOpThreads }, inputs: s.inputs, label: s.label };
  };
  const samples: Record<Side, ColdSample[]> = { baseline: [], candidate: [] };
  const series = (metric: ColdMetric): Series => ({ baseline: samples.baseline.map(COLD_VALUE[metric]), candidate: samples.candidate.map(COLD_VALUE[metric]) });
  // One untimed load per side first: it fills the page cache, so no side pays for reading the disk.
  const limits = subjects.sides.plan.limits;
  for (const side of sides) await coldSample(job(side), side, limits);
  const sampling = await samplePairs(
    { minPairs: settings.loadSamples, maxPairs: MAX_PAIRS, budgetMs },
    async (i) => {
      for (const side of orderOf(i, sides)) samples[side].push(await coldSample(job(side), side, limits));
    },
    () => COLD_METRICS.every((m) => settled(m, series(m))),
  );
  const metrics = Object.fromEntries(COLD_METRICS.map((m) => [m, [{ series: series(m), sampling }]])) as Record<ColdMetric, Attempt[]>;
  const medianPhase = (list: ColdSample[], phase: Phase): PhaseSample => ({
    wallMs: median(list.map((s) => s[phase].wallMs)),
    cpuMs: median(list.map((s) => s[phase].cpuMs)),
    peakRssBytes: median(list.map((s) => s[phase].peakRssBytes)),
  });
  const phases = PHASES.map((phase) => ({
    phase,
    baseline: subjects.baseline ? medianPhase(samples.baseline, phase) : null,
    candidate: medianPhase(samples.candidate, phase),
  }));
  return { metrics, phases };
}

/**
 * Every round creates the side's session afresh and releases it after (side-child.ts): where a session's weights land in
 * memory moves its latency by several percent for as long as it lives, so sessions kept for the whole measurement turn
 * that luck into a bias an A/A run reads as a regression. Fresh sessions make it noise the interval sees. In block mode
 * (sides.ts) a round is also a fresh process; the pair of adjacent rounds stays the unit either way.
 */
async function measureWarm(subjects: Subjects, settings: BenchSettings, settled: SettledCheck, budgetMs: number): Promise<Record<WarmMetric, Attempt[]>> {
  const sides = sidesOf(subjects);
  const rounds: Record<Side, LatencyRound[]> = { baseline: [], candidate: [] };
  const series = (metric: WarmMetric): Series => ({ baseline: rounds.baseline.map((r) => r.quantiles[metric]), candidate: rounds.candidate.map((r) => r.quantiles[metric]) });
  const round = async (i: number) => {
    for (const side of orderOf(i, sides)) rounds[side].push(await subjects.sides.round(side, subjectOf(subjects, side).inputs, settings));
  };
  const sampling = await samplePairs({ minPairs: settings.latencyRounds, maxPairs: MAX_PAIRS, budgetMs }, round, () =>
    WARM_METRICS.every((m) => settled(m, series(m))),
  );
  return Object.fromEntries(WARM_METRICS.map((m) => [m, [{ series: series(m), sampling }]])) as Record<WarmMetric, Attempt[]>;
}
