import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  loadPackedModel
} from "./chunk-B77DC7VR.js";
import {
  createSession,
  runSession,
  toFeeds
} from "./chunk-B3UH3LYO.js";

// src/bench/cold-load.ts
import { performance } from "node:perf_hooks";
var PHASES = ["runtime", "unpack", "session", "firstRun"];
async function phase(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, { wallMs, cpuMs: (used.user + used.system) / 1e3, peakRssBytes: process.resourceUsage().maxRSS * 1024 }];
}
var IDENTITY_MODEL = Buffer.from("CAg6OwoQCgF4EgF5IghJZGVudGl0eRIFcHJpbWVaDwoBeBIKCggIARIECgIIAWIPCgF5EgoKCAgBEgQKAggBQgQKABAR", "base64");
async function measureColdLoad(job) {
  const [, runtime] = await phase(async () => (await createSession(IDENTITY_MODEL, job.threads, "onnxruntime start-up")).release());
  const [loadable, unpack] = await phase(() => loadPackedModel(job.model));
  const [session, sessionPhase] = await phase(() => createSession(loadable.source, job.threads, job.label));
  await loadable.dispose();
  const feeds = toFeeds(job.inputs);
  const [, firstRun] = await phase(() => runSession(session, feeds, job.label));
  return { runtime, unpack, session: sessionPhase, firstRun };
}

export {
  PHASES,
  measureColdLoad
};
//# sourceMappingURL=chunk-SCGVG6YZ.js.map
