// The action's entry (dist/index.js, action.yml `runs.main`). The runner starts it as `node dist/index.js`: then it is
// the main module and runs the action. @github/local-action instead imports the entry and calls its exported run()
// itself, so the module must not also run on import.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAction } from './action/main.js';

export { runAction as run };

function isMainModule(): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) await runAction();
