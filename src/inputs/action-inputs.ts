// The action adapter: the inputs a mode reads, by the settings table; an unset input falls back on its environment
// variable where the table names one.
import type { RawSettings } from './config.js';
import type { ActionMode } from '../modes.js';
import { actionInputNames, envSource, inputSource, setting } from './settings.js';

/** Reads a mode's inputs (`read(name)` is core.getInput's text, '' when unset). */
export function readInputs(mode: ActionMode, read: (name: string) => string, env: NodeJS.ProcessEnv): RawSettings {
  const out: RawSettings = {};
  for (const name of actionInputNames(mode)) {
    const s = setting(name);
    const value = read(name);
    if (value.trim() !== '') out[name] = [{ value, source: inputSource(name) }];
    else if (s.env && env[s.env]) out[name] = [{ value: env[s.env]!, source: envSource(s.env) }];
  }
  return out;
}
