// Which Chromium the rendering tests drive, decided here and nowhere else: MODEL_GATE_CHROMIUM when set; else Debian's
// /usr/bin/chromium; else a Google Chrome or Chromium on PATH (GitHub's Ubuntu runners carry Google Chrome, and Ubuntu's
// own chromium package is only a wrapper that installs a snap, so it is not looked for). scripts/test.sh runs this file
// to learn whether it must install Debian's chromium.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEBIAN = '/usr/bin/chromium';
const ON_PATH = ['google-chrome', 'google-chrome-stable', 'chrome', 'chromium'];

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser's path, or null when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['MODEL_GATE_CHROMIUM']) return env['MODEL_GATE_CHROMIUM'];
  if (executable(DEBIAN)) return DEBIAN;
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '' && !d.startsWith('/snap'));
  for (const name of ON_PATH) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  return null;
}

/** What the browser says it is ("Chromium 139.0.7258.154 built on Debian…", "Google Chrome 139.0…"). */
export function browserVersion(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

// `node build/test/support/browser.js` prints the path, or nothing (exit 1) when there is no browser.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = findBrowser();
  if (found) console.log(found);
  process.exitCode = found ? 0 : 1;
}
