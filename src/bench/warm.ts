// Warm latency: one tinybench round on a loaded session, with its own warm-up, summarised by its median and p95.
import { Bench } from 'tinybench';
import { quantile } from './stats.js';
import type { Feeds, Session } from '../onnx/runtime.js';

export interface LatencyRound {
  p50: number;
  p95: number;
  iterations: number;
}

interface RoundSettings {
  latencyTimeMs: number;
  warmupMs: number;
}

export async function latencyRound(session: Session, feeds: Feeds, settings: RoundSettings): Promise<LatencyRound> {
  const bench = new Bench({ time: settings.latencyTimeMs, warmupTime: settings.warmupMs, retainSamples: true, throws: true });
  bench.add('run', async () => {
    await session.run(feeds);
  });
  await bench.run();
  const r = bench.tasks[0]!.result;
  if (r.state !== 'completed' || !r.latency.samples) throw new Error('tinybench returned no samples');
  const samples = r.latency.samples;
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), iterations: samples.length };
}
