// The bench stage's settings: how long and how much to sample, and onnxruntime's threads (the same for both sides).
export interface BenchSettings {
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
