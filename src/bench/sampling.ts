// Adaptive sampling: take A/B pairs until the intervals are narrow enough to decide, or the time budget is spent.

import type { Sampling, StopReason } from '../checks.js';

// How sampling went is part of a check's public shape, so its types are the shared ones (src/checks.ts).
export type { Sampling };

interface SamplingPlan {
  /** Pairs taken before `settled` is asked at all. */
  minPairs: number;
  maxPairs: number;
  budgetMs: number;
}

/**
 * Calls `takePair(i)` until `settled()` says the samples so far decide the verdict, the next pair would overrun the
 * budget, or `maxPairs` are taken. The budget is a real bound: past the first pair, a pair that would not fit is not
 * started, even below the minimum — a large model whose minimum does not fit gets the pairs the budget allows, and with
 * fewer than 6 its timings are shown, not judged (compare/timing.ts), the report saying why. `settled` is not asked
 * before the minimum: an early, lucky interval must not end sampling. `now` is injectable for tests.
 */
export async function samplePairs(
  plan: SamplingPlan,
  takePair: (index: number) => Promise<void>,
  settled: () => boolean,
  now: () => number = () => performance.now(),
): Promise<Sampling> {
  const start = now();
  let pairs = 0;
  const stop = (reason: StopReason): Sampling => ({ pairs, stop: reason, seconds: (now() - start) / 1000 });
  for (;;) {
    if (pairs >= plan.maxPairs) return stop('max-pairs');
    const elapsed = now() - start;
    // Predict with the mean pair so far: stopping before a pair that would not fit keeps the budget a real bound.
    if (pairs > 0 && elapsed + elapsed / pairs > plan.budgetMs) return stop('budget');
    await takePair(pairs);
    pairs++;
    if (pairs >= plan.minPairs && settled()) return stop('settled');
  }
}
