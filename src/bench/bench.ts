// Bench stage: cold loads and warm latency of a baseline and a candidate, measured in the same process, interleaved.
import { performance } from 'node:perf_hooks';
import { Bench } from 'tinybench';
import type { BenchSettings } from '../inputs/config.js';
import type { PackedModel } from '../pack/manifest.js';
import { decompressToBuffer } from '../pack/zstd.js';
import { quantile } from './stats.js';
import { createSession, type Feeds, runSession, type Session } from './runtime.js';

/** Samples of both sides; index i of one was taken next to index i of the other. */
export interface PairedSamples {
  baseline: number[];
  candidate: number[];
}

export interface BenchResult {
  /** Read packed file + decompress + verify + create session, ms. */
  load: PairedSamples;
  /** First `run` on a freshly created session, ms. */
  firstInference: PairedSamples;
  /** Per round: the median and p95 of that round's warm samples, ms. */
  latencyP50: PairedSamples;
  latencyP95: PairedSamples;
  /** Every warm sample, ms. */
  latencySamples: PairedSamples;
}

type Side = 'baseline' | 'candidate';

export interface BenchSubject {
  model: PackedModel;
  feeds: Feeds;
  label: string;
}

/** Measures both sides, or the candidate alone when there is no baseline. */
export async function benchPair(subjects: { baseline: BenchSubject | null; candidate: BenchSubject }, settings: BenchSettings): Promise<BenchResult> {
  const present: Side[] = subjects.baseline ? ['baseline', 'candidate'] : ['candidate'];
  const subject = (side: Side) => (side === 'baseline' ? subjects.baseline! : subjects.candidate);
  // A B, then B A, … so slow drift of the machine hits both sides alike.
  const orderOf = (i: number): Side[] => (i % 2 === 0 ? present : [...present].reverse());
  const result: BenchResult = {
    load: { baseline: [], candidate: [] },
    firstInference: { baseline: [], candidate: [] },
    latencyP50: { baseline: [], candidate: [] },
    latencyP95: { baseline: [], candidate: [] },
    latencySamples: { baseline: [], candidate: [] },
  };
  // One untimed load per side first: fills the page cache and lets onnxruntime initialise its globals.
  for (const side of present) await coldLoad(subject(side), settings);
  for (let i = 0; i < settings.loadSamples; i++) {
    for (const side of orderOf(i)) {
      const sample = await coldLoad(subject(side), settings);
      result.load[side].push(sample.loadMs);
      result.firstInference[side].push(sample.firstMs);
    }
  }

  const sessions = new Map<Side, Session>();
  for (const side of present) sessions.set(side, (await coldLoad(subject(side), settings, true)).session!);
  try {
    for (let round = 0; round < settings.latencyRounds; round++) {
      for (const side of orderOf(round)) {
        const samples = await warmSamples(sessions.get(side)!, subject(side).feeds, settings);
        result.latencySamples[side].push(...samples);
        result.latencyP50[side].push(quantile(samples, 0.5));
        result.latencyP95[side].push(quantile(samples, 0.95));
      }
    }
  } finally {
    for (const session of sessions.values()) await session.release();
  }
  return result;
}

async function coldLoad(subject: BenchSubject, settings: BenchSettings, keep = false) {
  const { entry, path } = subject.model;
  const start = performance.now();
  const bytes = await decompressToBuffer(path, { raw: entry.raw, packed: entry.packed });
  const session = await createSession(bytes, settings, subject.label);
  const loaded = performance.now();
  await runSession(session, subject.feeds, subject.label);
  const done = performance.now();
  if (!keep) await session.release();
  return { loadMs: loaded - start, firstMs: done - loaded, session: keep ? session : null };
}

async function warmSamples(session: Session, feeds: Feeds, settings: BenchSettings): Promise<number[]> {
  const bench = new Bench({ time: settings.latencyTimeMs, warmupTime: settings.warmupMs, retainSamples: true, throws: true });
  bench.add('run', async () => {
    await session.run(feeds);
  });
  await bench.run();
  const task = bench.tasks[0]!;
  const r = task.result;
  if (r.state !== 'completed' || !r.latency.samples) throw new Error('tinybench returned no samples');
  return [...r.latency.samples];
}

