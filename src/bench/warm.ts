// Warm latency: one tinybench round on a loaded session, with its own warm-up, summarised by every quantile the metric
// catalog lists for warm latency (checks.ts: p50 is the 0.5 quantile, p95 the 0.95).
import { Bench } from 'tinybench';
import { quantile } from './stats.js';
import { MIN_RUNS } from './settings.js';
import { WARM_METRICS, type WarmMetric, warmQuantile } from '../checks.js';
import type { Feeds, Session } from '../onnx/runtime.js';

export interface LatencyRound {
  /** Each warm metric's quantile of this round's run times, in ms. */
  quantiles: Record<WarmMetric, number>;
  iterations: number;
}

export interface RoundSettings {
  latencyTimeMs: number;
  warmupMs: number;
}

export async function latencyRound(session: Session, feeds: Feeds, settings: RoundSettings): Promise<LatencyRound> {
  const bench = new Bench({ time: settings.latencyTimeMs, iterations: MIN_RUNS, warmupTime: settings.warmupMs, warmupIterations: 1, retainSamples: true, throws: true });
  bench.add('run', async () => {
    await session.run(feeds);
  });
  await bench.run();
  const r = bench.tasks[0]!.result;
  if (r.state !== 'completed' || !r.latency.samples) throw new Error('tinybench returned no samples');
  const samples = r.latency.samples;
  const quantiles = Object.fromEntries(WARM_METRICS.map((m) => [m, quantile(samples, warmQuantile(m))])) as Record<WarmMetric, number>;
  return { quantiles, iterations: samples.length };
}
