// One cold load, measured phase by phase: what a side process (side-child.ts) runs for a cold-load sample, and the data it sends back.
import { performance } from 'node:perf_hooks';
import type { PackedModel } from '../pack/format/manifest.js';
import { loadPackedModel } from '../pack/format/restore.js';
import type { Bound } from '../types.js';
import { createSession, runSession, type ThreadSettings, toFeeds } from '../onnx/runtime.js';

export interface ColdJob {
  /** The packed model; one with external data is restored to a scratch folder and loaded by path. */
  model: PackedModel;
  threads: ThreadSettings;
  /** Bound inputs (eval/binding.ts): keyed by the model's input names; a Map survives the IPC ('advanced' serialization). */
  inputs: Bound;
  label: string;
}

export interface PhaseSample {
  wallMs: number;
  /** User + system CPU time of the whole process (every thread) during the phase. */
  cpuMs: number;
  /** The process's peak resident set size when the phase ended (a running maximum). */
  peakRssBytes: number;
}

/**
 * Start onnxruntime (its environment and kernel registry: ~17 ms, whatever the model), read + decompress + verify the
 * packed file (the codec streams these together), create the model's session, run it once.
 */
export const PHASES = ['runtime', 'unpack', 'session', 'firstRun'] as const;
export type Phase = (typeof PHASES)[number];
export type ColdSample = Record<Phase, PhaseSample>;


/** Times `work` and returns its result with the phase's wall time, CPU time and the peak RSS so far. */
async function phase<T>(work: () => Promise<T>): Promise<[T, PhaseSample]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, { wallMs, cpuMs: (used.user + used.system) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024 }];
}

/** ModelProto (IR 8, opset 17): y = Identity(x), x and y float[1]. No weights, no work: it only starts onnxruntime. */
const IDENTITY_MODEL = Buffer.from('CAg6OwoQCgF4EgF5IghJZGVudGl0eRIFcHJpbWVaDwoBeBIKCggIARIECgIIAWIPCgF5EgoKCAgBEgQKAggBQgQKABAR', 'base64');

/**
 * The runtime is started by a model of its own first, and timed apart: its start-up is the same for every model, so
 * inside the load time it would only dilute a real change and add its own noise.
 */
export async function measureColdLoad(job: ColdJob): Promise<ColdSample> {
  const [, runtime] = await phase(async () => (await createSession(IDENTITY_MODEL, job.threads, 'onnxruntime start-up')).release());
  const [loadable, unpack] = await phase(() => loadPackedModel(job.model));
  const [session, sessionPhase] = await phase(() => createSession(loadable.source, job.threads, job.label));
  await loadable.dispose();
  const feeds = toFeeds(job.inputs);
  const [, firstRun] = await phase(() => runSession(session, feeds, job.label));
  return { runtime, unpack, session: sessionPhase, firstRun };
}
