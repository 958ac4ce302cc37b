// The CLI adapter: a command's flags, read from argv by the settings table, and its --help lines from the settings'
// texts. Every value keeps the spelling it was given under, so an error names `--level` when that is what was typed.
import { parseArgs } from 'node:util';
import type { RawSettings } from './config.js';
import { cliSettings, type Command, firstSentence, flagSource, plainText, setting, type SettingName } from './settings.js';

interface CliOption {
  name: SettingName;
  /** Every spelling, the name first. */
  spellings: string[];
  arg?: string;
  multiple: boolean;
  help: string;
}

/** The options of a CLI command, in table order, with their help: the text's first sentence, the default appended. */
export function cliOptions(command: Command): CliOption[] {
  return cliSettings(command).map((name) => {
    const s = setting(name);
    const notes = [
      s.arg === undefined ? '' : s.default !== '' ? `default ${s.default}` : s.unset ? `default: ${s.unset}` : '',
      s.multiple ? 'repeatable' : '',
      ...(s.aliases ?? []).map((a) => `also --${a}`),
    ].filter((n) => n !== '');
    // On the command line a help line starts lower-case and has no final period.
    const help = plainText(firstSentence(s.text)).replace(/^[A-Z](?=[a-z\s])/, (c) => c.toLowerCase()).replace(/\.$/, '');
    return { name, spellings: [name, ...(s.aliases ?? [])], arg: s.arg, multiple: s.multiple ?? false, help: notes.length ? `${help} (${notes.join('; ')})` : help };
  });
}

/**
 * Reads a command's flags in the order given (node:util parseArgs tokens), each value tagged with the spelling it was
 * given under. Unknown flags are parseArgs's errors.
 */
export function parseCli(command: Command, args: string[]): { flags: RawSettings; positionals: string[]; help: boolean } {
  const spelling = new Map<string, CliOption>();
  for (const o of cliOptions(command)) for (const s of o.spellings) spelling.set(s, o);
  const options = Object.fromEntries([...spelling].map(([s, o]) => [s, { type: o.arg === undefined ? ('boolean' as const) : ('string' as const), multiple: true }]));
  const { positionals, tokens } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true, tokens: true });
  const flags: RawSettings = {};
  let help = false;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'help') {
      help = true;
      continue;
    }
    const o = spelling.get(token.name)!;
    const raw = { value: token.value ?? 'true', source: flagSource(token.name) };
    (flags[o.name] ??= []).push(raw);
  }
  // A single-valued flag given twice: the last one counts, as parseArgs has it.
  for (const [name, raws] of Object.entries(flags)) if (!setting(name as SettingName).multiple) flags[name] = raws!.slice(-1);
  return { flags, positionals, help };
}
