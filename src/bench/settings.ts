// The bench stage's settings: how long and how much to sample, onnxruntime's threads (the same for both sides), and the
// side processes' mode and limits.
import type { SideModeSetting } from '../modes.js';

/** Where and under what limits each side's model runs (sides.ts). */
export interface SideSettings {
  /** `auto`: alternating when both models fit comfortably, else blocks. */
  mode: SideModeSetting;
  /** Seconds one step of a side process (a load, an eval set, a latency round) may take. */
  timeLimitSeconds: number;
  /** MiB a side process may hold resident; null: 90% of the memory available when the comparison starts. */
  memoryLimitMiB: number | null;
}


/**
 * A round is `latencyTimeMs` of runs, and at least MIN_RUNS runs after at least one warm-up run (warm.ts): a fast model's
 * round is its time (hundreds of runs), a slow model's these few runs, so a round of a 1 s model takes about 6 s, not the
 * 80 runs tinybench's own minimums (64 + 16 warm-up) would make it. With fewer than 20 runs, p95 is the slowest run's.
 */
export const MIN_RUNS = 5;

export interface BenchSettings extends SideSettings {
  /**
   * Wall-clock seconds one model pair may spend sampling (cold loads, then warm latency). Sampling stops earlier once
   * every interval is clear of its thresholds; a failing metric's confirmation re-measure gets the same budget again.
   */
  budgetSeconds: number;
  /** Cold-load pairs (a fresh process per load, alternated A B, B A) taken before the intervals are judged. */
  loadSamples: number;
  /** Warm-latency rounds (each samples both sides, order alternating) taken before the intervals are judged. */
  latencyRounds: number;
  /** tinybench time per side per round, in ms. */
  latencyTimeMs: number;
  /** tinybench warm-up per side per round, in ms. */
  warmupMs: number;
  intraOpThreads: number;
  interOpThreads: number;
}
