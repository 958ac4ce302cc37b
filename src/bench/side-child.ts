// Entry of a side process: the only place an untrusted model runs. The parent (side.ts) starts one per side of a
// comparison and sends it requests over IPC, one at a time: a cold-load sample (then it exits), or the side's restored
// model to open, eval inferences whose outputs it spills to disk, and warm-latency rounds. The parent holds no model, so
// a model that hangs, crashes or takes all the memory takes only this process. Bundled as dist/side-child.js beside the
// CLI and action bundles, compiled to build/src/bench/side-child.js for the tests: beside the code that starts it.
import { serialize } from 'node:v8';
import { InputError } from '../errors.js';
import { readModelInfo } from '../onnx/model-info.js';
import { createSession, runSession, type Session, type ThreadSettings, toFeeds, useOnnxRuntime } from '../onnx/runtime.js';
import { measureColdLoad } from './cold-load.js';
import type { SideReply, SideRequest } from './side-protocol.js';
import { latencyRound } from './warm.js';
import { writeFileAtomic } from '../util/fs.js';

/** The opened model: its restored path (the parent restored and verified it), and the eval session once one is needed. */
let opened: { path: string; label: string; threads: ThreadSettings } | null = null;
let evalSession: Session | null = null;

async function handle(request: SideRequest): Promise<unknown> {
  switch (request.kind) {
    case 'cold':
      return measureColdLoad(request.job);
    case 'open':
      opened = { path: request.path, label: request.label, threads: request.threads };
      return readModelInfo(request.path);
    case 'predict': {
      const model = need();
      evalSession ??= await createSession(model.path, model.threads, model.label);
      const outputs = await runSession(evalSession, toFeeds(request.inputs), model.label);
      // Spilled, not sent back: the parent reads each set's outputs when it scores them, one set at a time.
      await writeFileAtomic(request.spill, serialize(outputs), 'spilled eval outputs');
      return null;
    }
    case 'release':
      await evalSession?.release();
      evalSession = null;
      return null;
    case 'round': {
      const model = need();
      // Memory for one session at a time: the eval session goes before a timed one comes.
      await evalSession?.release();
      evalSession = null;
      // A fresh session every round: where a session's weights land in memory moves its latency for as long as it lives,
      // so one session kept for every round would turn that luck into a bias (bench.ts).
      const session = await createSession(model.path, model.threads, model.label);
      try {
        return await latencyRound(session, toFeeds(request.inputs), request.settings);
      } finally {
        await session.release();
      }
    }
  }
}

function need(): NonNullable<typeof opened> {
  if (!opened) throw new Error('no model opened in this side process');
  return opened;
}

let first = true;
process.on('message', (request: SideRequest) => {
  if (first && request.ortPackage) useOnnxRuntime(request.ortPackage);
  first = false;
  handle(request).then(
    (value) => reply({ ok: true, value }, request.kind === 'cold'),
    (error: unknown) => reply({ ok: false, error: (error as Error)?.message ?? String(error), input: error instanceof InputError }, request.kind === 'cold'),
  );
});
// The parent gone (killed, or done with this side): nothing is left to do here.
process.on('disconnect', () => process.exit(0));

/** A cold-load sample is the process's only work: it exits at once, as tearing the session down would cost unmeasured time. */
function reply(message: SideReply, last: boolean): void {
  process.send!(message, undefined, {}, () => {
    if (last) process.exit(message.ok ? 0 : 1);
  });
}
