// The config-file adapter: model-gate.yml / .yaml / .json found and read as untrusted text, its keys those the settings
// table gives a `file` path (`bench.budget` is key budget in section bench), any other key refused by name.
import { lstat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { parseUntrustedJson, readUntrustedText } from '../util/fs.js';
import { asObject, checkKeys, type Config } from './config.js';
import { fileSettings, fileSource, setting } from './settings.js';

const DEFAULT_CONFIG_FILES = ['model-gate.yml', 'model-gate.yaml', 'model-gate.json'];

export async function findDefaultConfig(cwd: string): Promise<string | null> {
  for (const name of DEFAULT_CONFIG_FILES) {
    const path = `${cwd}/${name}`;
    try {
      // lstat, not access: a dangling link is found (and then refused when read), not silently skipped.
      await lstat(path);
      return path;
    } catch {
      // not there: try the next name
    }
  }
  return null;
}

export async function readConfigFile(path: string, source = 'config file'): Promise<unknown> {
  const text = await readUntrustedText(path, 'config file').catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(`${source}: ${error.message}`) : error;
  });
  if (path.endsWith('.json')) return parseUntrustedJson(text, path);
  try {
    // The YAML parser is loaded only when a YAML file is read: it is the largest module of the CLI. yaml is CommonJS
    // under Node: its module object is the default export both natively and in the esbuild bundle (whose chunk has no
    // named exports), so it is read through `default`.
    // logLevel 'error': yaml's warnings (an unknown tag or directive) would otherwise go to stderr quoting the file.
    return (await import('yaml')).default.parse(text, { logLevel: 'error' });
  } catch (error) {
    // yaml's messages quote the file (an unresolved alias names itself), which is never echoed: its code and position.
    const { code, linePos } = error as { code?: string; linePos?: Array<{ line: number; col: number }> };
    const at = linePos?.[0] ? ` at line ${linePos[0].line}, column ${linePos[0].col}` : '';
    throw new InputError(`${path}: not valid YAML${at}${code ? ` (${code.toLowerCase().replaceAll('_', ' ')})` : ''}`);
  }
}

/** Applies a config file's `data` (parsed YAML or JSON) onto `config`, each value parsed by its setting. */
export function applyFile(config: Config, data: unknown, file: string): void {
  if (data === null || data === undefined) return;
  const top = asObject(data, file);
  const entries = fileSettings().map((e) => ({ ...e, parts: e.path.split('.') }));
  checkKeys(top, [...new Set(entries.map((e) => e.parts[0]!))], file);
  for (const section of new Set(entries.filter((e) => e.parts.length === 2).map((e) => e.parts[0]!))) {
    if (top[section] === undefined) continue;
    const keys = entries.filter((e) => e.parts.length === 2 && e.parts[0] === section).map((e) => e.parts[1]!);
    checkKeys(asObject(top[section], fileSource(file, section)), keys, fileSource(file, section));
  }
  for (const { name, path, parts } of entries) {
    const [key, inner] = parts as [string, string?];
    const value = inner === undefined ? top[key] : asObject(top[key] ?? {}, fileSource(file, key))[inner];
    if (value === undefined) continue;
    const s = setting(name);
    if (!('set' in s)) continue;
    const source = fileSource(file, path);
    if (s.fromFile) s.fromFile(config, value, source);
    else s.set(config, Array.isArray(value) ? value.join(',') : String(value), source);
  }
}
