// The Config the stages run with, built from the settings table: every setting's default, then the config file, then
// the flags or inputs, each value parsed by its setting and named by where it came from.
import { configSkeleton, type Config, type RawSettings } from './config.js';
import { applyFile, findDefaultConfig, readConfigFile } from './config-file.js';
import { SETTING_NAMES, setting } from './settings.js';

/** The Config of no setting at all: the skeleton (config.ts) with every setting's `default` from the table applied. */
export function defaultConfig(): Config {
  const config = configSkeleton();
  for (const name of SETTING_NAMES) {
    const s = setting(name);
    if ('set' in s && s.default !== '') s.set(config, s.default, 'defaults');
  }
  return config;
}

/**
 * The Config: defaults ← the config file (`config`, or model-gate.yml/.yaml/.json in `cwd`) ← `raw` (flags or
 * inputs).
 */
export async function buildConfig(raw: RawSettings, cwd = process.cwd()): Promise<Config> {
  const config = defaultConfig();
  const given = raw.config?.at(-1);
  const file = given ? given.value.trim() : await findDefaultConfig(cwd);
  if (file) {
    applyFile(config, await readConfigFile(file, given?.source), file);
    config.configFile = file;
  }
  for (const name of SETTING_NAMES) {
    const s = setting(name);
    if (!('set' in s)) continue;
    for (const r of raw[name] ?? []) s.set(config, r.value, r.source);
  }
  return config;
}
