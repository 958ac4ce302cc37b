// Model arguments: paths or glob patterns, expanded in one place for the CLI and the action.
import { InputError } from '../errors.js';

/** Characters without which no pattern is dynamic: the glob library (and its start-up cost) loads only when one appears. */
const GLOB_CHARS = /[*?[\]{}()!+@]/;

/** Expands each pattern; a pattern that matches nothing is an error naming it, never silently dropped. */
export async function expandModelPatterns(patterns: string[], source: string, cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns.map((p) => p.trim()).filter((p) => p !== '')) {
    const globs = GLOB_CHARS.test(pattern) ? await import('tinyglobby') : null;
    if (!globs?.isDynamicPattern(pattern)) {
      out.push(pattern);
      continue;
    }
    const { glob } = globs;
    const matches = (await glob(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })).sort();
    if (matches.length === 0) throw new InputError(`${source}: pattern "${pattern}" matches no file`);
    out.push(...matches);
  }
  if (out.length === 0) throw new InputError(`${source}: no model given`);
  return [...new Set(out)];
}
