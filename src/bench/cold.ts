// Cold loads as a deployment pays them: every sample is a fresh side process (side-child.ts), so nothing a previous
// load left behind (allocator state, onnxruntime globals, warmed code) helps the next one.
import type { ColdJob, ColdSample } from './cold-load.js';
import { type SideLimits, SideProcess } from './side.js';
import type { Side } from './side-protocol.js';

export async function coldSample(job: ColdJob, of: Side, limits: SideLimits): Promise<ColdSample> {
  const side = new SideProcess(of, job.label, limits);
  try {
    return await side.request<ColdSample>({ kind: 'cold', job }, 'a cold load');
  } finally {
    await side.ended();
  }
}
