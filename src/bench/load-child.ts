// Entry of the child process that takes one cold-load sample. cold.ts starts a fresh one for every sample; it gets one
// job over IPC, measures it (cold-load.ts), sends the phases back and exits. Bundled as dist/load-child.js beside the
// CLI and action bundles, compiled to build/src/bench/load-child.js for the tests: beside the code that starts it.
import { InputError } from '../errors.js';
import { useOnnxRuntime } from '../onnx/runtime.js';
import { type ChildReply, type ChildRequest, measureColdLoad } from './cold-load.js';

process.once('message', ({ job, ortPackage }: ChildRequest) => {
  if (ortPackage) useOnnxRuntime(ortPackage);
  measureColdLoad(job).then(
    (sample) => reply({ ok: true, sample }),
    (error: unknown) => reply({ ok: false, error: (error as Error)?.message ?? String(error), input: error instanceof InputError }),
  );
});

/** Sends the reply, then exits at once: tearing the session down would only cost time nobody measures. */
function reply(message: ChildReply): void {
  process.send!(message, undefined, {}, () => process.exit(message.ok ? 0 : 1));
}
