// The CLI front door: argv → Config → engine → files, stdout and an exit code. The only place the CLI turns errors
// into exit codes: 0 pass/warn/no-baseline, 1 regression, 2 bad usage or input, 3 internal error.
// Each command loads its stage modules on first use (dynamic imports, split into chunks by the build), so `pack` and
// `unpack` start without the benchmark, eval and report code.
import { lstat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { EXIT, exitCodeFor } from '../gate/gate.js';
import { type Config, packOptions, type Raw, type RawSettings } from '../inputs/config.js';
import { expandModelPatterns } from '../inputs/models.js';
import { buildConfig } from '../inputs/build-config.js';
import { cliOptions, parseCli } from '../inputs/cli-flags.js';
import { type Command as CommandName, parseValue, SETTINGS } from '../inputs/settings.js';
import { checkGateSize } from '../matrix/shard.js';
import { THRESHOLD_FORMS } from '../inputs/thresholds.js';
import { resolvePathBaseline } from '../baseline/path.js';
import type { ResolvedBaseline } from '../baseline/resolved.js';
import { type BaselineSpec, parseBaselineSpec } from '../baseline/spec.js';
import type { GitHubClient } from '../github/client.js';
import { checkOutputFile, writeFileAtomic } from '../util/fs.js';
import { logLine } from '../util/log.js';
import { VERSION } from '../version.js';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** stdout is a terminal: the report is printed as an aligned table, not as Markdown. */
  tty?: boolean;
  /** Colour on the terminal: off with a non-empty NO_COLOR (no-color.org). */
  colour?: boolean;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  tty: process.stdout.isTTY === true,
  colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
};

interface Command {
  usage: string;
  summary: string;
  run: (flags: RawSettings, positionals: string[], io: Io) => Promise<number>;
}

const COMMANDS: Record<CommandName, Command> = {
  pack: {
    usage: 'model-gate pack <model.onnx | glob>... --out DIR [--compression-level N] [--threads N]',
    summary: 'compress models into DIR/<name>.onnx.zst (one zstd frame each, readable by `zstd -d`) and DIR/manifest.json',
    run: async (flags, positionals, io) => {
      const out = requireOption(flags, 'out');
      const config = await buildConfig(flags);
      const models = await expandModelPatterns(positionals, 'pack <model>');
      const { packModels } = await import('../pack/pack.js');
      const manifest = await packModels({ models, outDir: out, ...packOptions(config) });
      for (const m of manifest.models) {
        io.out(`${logLine(m.name)}: ${m.raw.bytes} → ${m.packed.bytes} bytes (${((100 * m.packed.bytes) / Math.max(1, m.raw.bytes)).toFixed(1)}%) ${logLine(join(out, m.file))}\n`);
      }
      return 0;
    },
  },
  unpack: {
    usage: 'model-gate unpack <DIR | FILE.onnx.zst> --out DIR',
    summary: 'restore the original .onnx files, verified against the manifest (size, sha256)',
    run: async (flags, positionals, io) => {
      const out = requireOption(flags, 'out');
      if (positionals.length !== 1) throw new InputError('unpack: give exactly one pack folder or .onnx.zst file');
      const { unpack } = await import('../pack/unpack.js');
      for (const file of await unpack(positionals[0]!, out)) io.out(`${logLine(file)}\n`);
      return 0;
    },
  },
  compare: {
    usage: 'model-gate compare --baseline SPEC --candidate <DIR | model.onnx>... [--eval-data DIR] [--config FILE] [--json FILE] [--markdown FILE]',
    summary: 'benchmark and evaluate candidates against the baseline on this machine; print the Markdown report',
    run: async (flags, positionals, io) => {
      const patterns = [...(flags.candidate ?? []).map((r) => r.value), ...positionals];
      return compareAndReport(flags, patterns, await expandModelPatterns(patterns, '--candidate'), io);
    },
  },
  run: {
    usage: 'model-gate run <model.onnx | glob>... --out DIR --baseline SPEC [compare options]',
    summary: "pack the candidates (or, with --variants, each one's chosen variant) into DIR and compare the pack with the baseline (what the action does)",
    run: async (flags, positionals, io) => {
      const out = requireOption(flags, 'out');
      return compareAndReport(flags, positionals, await expandModelPatterns(positionals, 'run <model>'), io, out);
    },
  },
};

const last = (flags: RawSettings, name: keyof typeof SETTINGS): Raw | undefined => flags[name]?.at(-1);

async function compareAndReport(flags: RawSettings, patterns: string[], given: string[], io: Io, packDir?: string): Promise<number> {
  const config = await buildConfig(flags);
  const candidatesSource = packDir === undefined ? '--candidate' : 'run <model>';
  // The whole gate's models, before --shard takes this job's part: the merged report holds them all.
  checkGateSize(given.length, candidatesSource);
  const shardRaw = last(flags, 'shard');
  const shard = shardRaw ? parseValue('shard', shardRaw) : null;
  const quiet = last(flags, 'quiet') !== undefined;
  const log = quiet ? () => {} : (line: string) => io.err(`model-gate: ${logLine(line)}\n`);
  const json = last(flags, 'json')?.value;
  const markdown = last(flags, 'markdown')?.value;
  const evalData = last(flags, 'eval-data')?.value ?? null;
  const includePrereleases = last(flags, 'include-prereleases') !== undefined;
  const scratch = await mkdtemp(join(tmpdir(), 'model-gate-cli-'));
  try {
    // Before onnxruntime first loads: where no copy for this platform resolves, it is fetched (src/onnx/provision.ts).
    const { provisionOnnxRuntime } = await import('../onnx/provision.js');
    await provisionOnnxRuntime(log);
    const { baseline, github } = await cliBaseline(flags, config, patterns, scratch, async () => {
      // Outputs are checked before the benchmark (and before a baseline is downloaded), not found unusable after it.
      if (json !== undefined) await checkOutputFile(json, 'JSON report (--json)');
      if (markdown !== undefined) await checkOutputFile(markdown, 'Markdown report (--markdown)');
    }, log);
    const { runCompare } = await import('../engine.js');
    const { renderMarkdown } = await import('../report/markdown.js');
    const { renderTerminal } = await import('../report/terminal.js');
    const { report } = await runCompare({
      baseline,
      candidates: given,
      // --shard K/N: the engine gates only the models that hash to shard K, as the action's shard input does.
      shard: shard ? { spec: shard, commit: process.env.GITHUB_SHA || null } : null,
      // The history across releases needs GitHub, which a release baseline brought; without one there is none to read.
      releases: github ? { github, currentTag: null, includePrereleases } : null,
      packDir,
      evalData,
      config,
      log: quiet ? undefined : log,
    });
    const exitCode = exitCodeFor(report.verdict, config.failOn);
    const text = renderMarkdown(report);
    // The report is printed first: if a file cannot be written after all, the result is not lost with it. A person at a
    // terminal gets the table; a pipe or a file gets the Markdown, as --markdown writes it.
    io.out(io.tty ? renderTerminal(report, io.colour === true) : text);
    if (json !== undefined) await writeFileAtomic(json, `${JSON.stringify(report, null, 2)}\n`, 'JSON report (--json)');
    if (markdown !== undefined) await writeFileAtomic(markdown, text, 'Markdown report (--markdown)');
    if (!quiet) io.err(`model-gate: ${logLine(report.summary)} (exit ${exitCode})\n`);
    return exitCode;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The baseline --baseline resolved to, and the GitHub client a release spec made (the history reads releases with it). */
interface CliBaseline {
  baseline: ResolvedBaseline;
  github: GitHubClient | null;
}

/** Bare words that are baseline specs, unless a folder of that name is here (which the CLI always took them for). */
const KEYWORDS = new Set(['none', 'latest-release', 'previous-release']);

/**
 * --baseline takes the action's specs (baseline/spec.ts) and a bare folder, which means path:<dir>. The CLI makes no
 * release, so previous-release is not a spec here; release specs read GITHUB_TOKEN, GITHUB_REPOSITORY and
 * GITHUB_API_URL. --baseline-optional makes a folder optional (path?:<dir>); no --baseline at all compares against
 * nothing. Everything is checked before `checked` runs, and only then is a release downloaded or a ref packed.
 */
async function cliBaseline(flags: RawSettings, config: Config, patterns: string[], scratch: string, checked: () => Promise<void>, log: (line: string) => void, env = process.env): Promise<CliBaseline> {
  const given = last(flags, 'baseline');
  const optional = last(flags, 'baseline-optional');
  if (given === undefined) {
    if (optional) throw new InputError(`${optional.source} needs --baseline`);
    await checked();
    return { baseline: { kind: 'none', label: null, note: 'no --baseline was given', tag: null }, github: null };
  }
  const spec = await cliBaselineSpec(given);
  if (optional) {
    if (spec.kind !== 'path') throw new InputError(`${optional.source} applies to a baseline folder; "${given.value.trim()}" is not one`);
    spec.optional = true;
  }
  const allow = `without a baseline leave --baseline out; to allow a missing folder add --baseline-optional`;
  if (spec.kind === 'path') {
    const baseline = await resolvePathBaseline(spec, given.source, allow);
    await checked();
    return { baseline, github: null };
  }
  if (spec.kind === 'none') {
    await checked();
    return { baseline: { kind: 'none', label: 'none', note: 'baseline: none was asked for', tag: null }, github: null };
  }
  let github = null;
  if (spec.kind === 'release' || spec.kind === 'latest-release') {
    const tokenVar = SETTINGS['github-token'].env;
    const token = env[tokenVar]?.trim();
    const repo = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    if (!token || !repo) {
      throw new InputError(`${given.source}: ${given.value.trim()} reads GitHub releases: set ${!token ? tokenVar : ''}${!token && !repo ? ' and ' : ''}${!repo ? 'GITHUB_REPOSITORY (owner/name)' : ''} (and GITHUB_API_URL for GitHub Enterprise)`);
    }
    await checked();
    // The GitHub client is loaded only here: no other command or spec pays for it.
    const { createClient } = await import('../github/client.js');
    github = createClient({ token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', repo: { owner: repo[1]!, repo: repo[2]! }, log });
  } else {
    await checked();
  }
  const { resolveBaseline } = await import('../baseline/spec.js');
  const baseline = await resolveBaseline(spec, {
    github,
    currentTag: null,
    includePrereleases: last(flags, 'include-prereleases') !== undefined,
    modelPatterns: patterns,
    scratch,
    pack: packOptions(config),
    source: given.source,
  });
  return { baseline, github };
}

async function cliBaselineSpec(given: Raw): Promise<BaselineSpec> {
  const value = given.value.trim();
  const exists = (path: string) => lstat(path).then(() => true, () => false);
  if (/^(release|path\??|ref):/.test(value)) return parseBaselineSpec(value, given.source);
  if (!KEYWORDS.has(value) || (await exists(value))) return { kind: 'path', dir: value, optional: false };
  if (value === 'previous-release') {
    throw new InputError(`${given.source}: previous-release is the release before the one being made, which only the action knows; give release:<tag> or latest-release (no folder ${value} is here either)`);
  }
  return parseBaselineSpec(value, given.source);
}

function requireOption(flags: RawSettings, name: keyof typeof SETTINGS): string {
  const v = last(flags, name)?.value.trim();
  if (!v) throw new InputError(`--${name} is required`);
  return v;
}

function mainHelp(): string {
  const lines = [
    `model-gate ${VERSION} — pack, benchmark and gate ONNX models against the previous release`,
    '',
    'Usage: model-gate <command> [options]   (model-gate <command> --help for its options)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
    '',
    `Exit codes: ${EXIT.pass} pass, warn or no baseline · ${EXIT.regression} a regression passed a fail threshold · ${EXIT.badInput} bad usage or bad input · ${EXIT.internal} internal error`,
    'Pickle and PyTorch checkpoints are refused: loading them runs code. Export to ONNX first.',
  ];
  return `${lines.join('\n')}\n`;
}

function commandHelp(name: CommandName, c: Command): string {
  const options = cliOptions(name).map((o) => ({ ...o, flag: `--${o.name}${o.arg ? ` ${o.arg}` : ''}` }));
  const width = Math.max('--help'.length, ...options.map((o) => o.flag.length));
  const lines = [`Usage: ${c.usage}`, '', c.summary, '', 'Options:'];
  for (const o of options) {
    lines.push(`  ${o.flag.padEnd(width)}  ${o.help}`);
  }
  lines.push(`  ${'--help'.padEnd(width)}  show this help`);
  if (options.some((o) => o.name === 'thresholds')) lines.push('', `Thresholds: ${THRESHOLD_FORMS}.`);
  return `${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? EXIT.badInput : EXIT.pass;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.pass;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
  if (!command) {
    io.err(`model-gate: unknown command "${logLine(name)}"; commands: ${Object.keys(COMMANDS).join(', ')} (model-gate --help)\n`);
    return EXIT.badInput;
  }
  try {
    const { flags, positionals, help } = parseCli(name as CommandName, rest);
    if (help) {
      io.out(commandHelp(name as CommandName, command));
      return EXIT.pass;
    }
    return await command.run(flags, positionals, io);
  } catch (error) {
    return reportError(error, name, io);
  }
}

function reportError(error: unknown, command: string, io: Io): number {
  const e = error as Error & { code?: string };
  if (error instanceof InputError) {
    io.err(`model-gate ${command}: ${logLine(e.message)}\n`);
    return EXIT.badInput;
  }
  if (typeof e?.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
    io.err(`model-gate ${command}: ${logLine(e.message)} (model-gate ${command} --help)\n`);
    return EXIT.badInput;
  }
  // The stack is model-gate's own, but its message may quote untrusted text: it is printed as one escaped line.
  io.err(`model-gate ${command}: internal error: ${logLine(String(e?.stack ?? error))}\n`);
  return EXIT.internal;
}

