#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  EXIT,
  SETTINGS,
  buildConfig,
  cliSettings,
  exitCodeFor,
  expandModelPatterns,
  firstSentence,
  flagSource,
  parseValue,
  plainText,
  setting
} from "./chunk-QGESCDBF.js";
import {
  logLine
} from "./chunk-AQ6PR27U.js";
import {
  parseBaselineSpec,
  resolvePathBaseline
} from "./chunk-PRDP5RDV.js";
import {
  THRESHOLD_FORMS,
  checkGateSize,
  packOptions
} from "./chunk-TB67CA3A.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-JBFINEWN.js";
import {
  VERSION
} from "./chunk-TQNJSTS7.js";
import "./chunk-F75FJUY5.js";
import {
  checkOutputFile,
  writeFileAtomic
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";

// src/cli/main.ts
import { lstat, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/inputs/cli-flags.ts
import { parseArgs } from "node:util";
function cliOptions(command) {
  return cliSettings(command).map((name) => {
    const s = setting(name);
    const notes = [
      s.arg === void 0 ? "" : s.default !== "" ? `default ${s.default}` : s.unset ? `default: ${s.unset}` : "",
      s.multiple ? "repeatable" : "",
      ...(s.aliases ?? []).map((a) => `also --${a}`)
    ].filter((n) => n !== "");
    const help = plainText(firstSentence(s.text)).replace(/^[A-Z](?=[a-z\s])/, (c) => c.toLowerCase()).replace(/\.$/, "");
    return { name, spellings: [name, ...s.aliases ?? []], arg: s.arg, multiple: s.multiple ?? false, help: notes.length ? `${help} (${notes.join("; ")})` : help };
  });
}
function parseCli(command, args) {
  const spelling = /* @__PURE__ */ new Map();
  for (const o of cliOptions(command)) for (const s of o.spellings) spelling.set(s, o);
  const options = Object.fromEntries([...spelling].map(([s, o]) => [s, { type: o.arg === void 0 ? "boolean" : "string", multiple: true }]));
  const { positionals, tokens } = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true, tokens: true });
  const flags = {};
  let help = false;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "help") {
      help = true;
      continue;
    }
    const o = spelling.get(token.name);
    const raw = { value: token.value ?? "true", source: flagSource(token.name) };
    (flags[o.name] ??= []).push(raw);
  }
  for (const [name, raws] of Object.entries(flags)) if (!setting(name).multiple) flags[name] = raws.slice(-1);
  return { flags, positionals, help };
}

// src/cli/main.ts
var defaultIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  tty: process.stdout.isTTY === true,
  colour: process.stdout.isTTY === true && !process.env.NO_COLOR
};
var COMMANDS = {
  pack: {
    usage: "model-gate pack <model.onnx | glob>... --out DIR [--compression-level N] [--threads N]",
    summary: "compress models into DIR/<name>.onnx.zst (one zstd frame each, readable by `zstd -d`) and DIR/manifest.json",
    run: async (flags, positionals, io) => {
      const out = requireOption(flags, "out");
      const config = await buildConfig(flags);
      const models = await expandModelPatterns(positionals, "pack <model>");
      const { packModels } = await import("./pack-4OVOTWLH.js");
      const manifest = await packModels({ models, outDir: out, ...packOptions(config) });
      for (const m of manifest.models) {
        io.out(`${logLine(m.name)}: ${m.raw.bytes} \u2192 ${m.packed.bytes} bytes (${(100 * m.packed.bytes / Math.max(1, m.raw.bytes)).toFixed(1)}%) ${logLine(join(out, m.file))}
`);
      }
      return 0;
    }
  },
  unpack: {
    usage: "model-gate unpack <DIR | FILE.onnx.zst> --out DIR",
    summary: "restore the original .onnx files, verified against the manifest (size, sha256)",
    run: async (flags, positionals, io) => {
      const out = requireOption(flags, "out");
      if (positionals.length !== 1) throw new InputError("unpack: give exactly one pack folder or .onnx.zst file");
      const { unpack } = await import("./unpack-C7K5H6SL.js");
      for (const file of await unpack(positionals[0], out)) io.out(`${logLine(file)}
`);
      return 0;
    }
  },
  compare: {
    usage: "model-gate compare --baseline SPEC --candidate <DIR | model.onnx>... [--eval-data DIR] [--config FILE] [--json FILE] [--markdown FILE]",
    summary: "benchmark and evaluate candidates against the baseline on this machine; print the Markdown report",
    run: async (flags, positionals, io) => {
      const patterns = [...(flags.candidate ?? []).map((r) => r.value), ...positionals];
      return compareAndReport(flags, patterns, await expandModelPatterns(patterns, "--candidate"), io);
    }
  },
  run: {
    usage: "model-gate run <model.onnx | glob>... --out DIR --baseline SPEC [compare options]",
    summary: "pack the candidates (or, with --variants, each one's chosen variant) into DIR and compare the pack with the baseline (what the action does)",
    run: async (flags, positionals, io) => {
      const out = requireOption(flags, "out");
      return compareAndReport(flags, positionals, await expandModelPatterns(positionals, "run <model>"), io, out);
    }
  }
};
var last = (flags, name) => flags[name]?.at(-1);
async function compareAndReport(flags, patterns, given, io, packDir) {
  const config = await buildConfig(flags);
  const candidatesSource = packDir === void 0 ? "--candidate" : "run <model>";
  checkGateSize(given.length, candidatesSource);
  const shardRaw = last(flags, "shard");
  const shard = shardRaw ? parseValue("shard", shardRaw) : null;
  const quiet = last(flags, "quiet") !== void 0;
  const log = quiet ? () => {
  } : (line) => io.err(`model-gate: ${logLine(line)}
`);
  const json = last(flags, "json")?.value;
  const markdown = last(flags, "markdown")?.value;
  const evalData = last(flags, "eval-data")?.value ?? null;
  const includePrereleases = last(flags, "include-prereleases") !== void 0;
  const scratch = await mkdtemp(join(tmpdir(), "model-gate-cli-"));
  try {
    const { provisionOnnxRuntime } = await import("./provision-66YZXDW4.js");
    await provisionOnnxRuntime(log);
    const { baseline, github } = await cliBaseline(flags, config, patterns, scratch, async () => {
      if (json !== void 0) await checkOutputFile(json, "JSON report (--json)");
      if (markdown !== void 0) await checkOutputFile(markdown, "Markdown report (--markdown)");
    }, log);
    const { runCompare } = await import("./engine-L6HGWQYB.js");
    const { renderMarkdown } = await import("./markdown-FRARXNII.js");
    const { renderTerminal } = await import("./terminal-ISUGJJRP.js");
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
      log: quiet ? void 0 : log
    });
    const exitCode = exitCodeFor(report.verdict, config.failOn);
    const text = renderMarkdown(report);
    io.out(io.tty ? renderTerminal(report, io.colour === true) : text);
    if (json !== void 0) await writeFileAtomic(json, `${JSON.stringify(report, null, 2)}
`, "JSON report (--json)");
    if (markdown !== void 0) await writeFileAtomic(markdown, text, "Markdown report (--markdown)");
    if (!quiet) io.err(`model-gate: ${logLine(report.summary)} (exit ${exitCode})
`);
    return exitCode;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
var KEYWORDS = /* @__PURE__ */ new Set(["none", "latest-release", "previous-release"]);
async function cliBaseline(flags, config, patterns, scratch, checked, log, env = process.env) {
  const given = last(flags, "baseline");
  const optional = last(flags, "baseline-optional");
  if (given === void 0) {
    if (optional) throw new InputError(`${optional.source} needs --baseline`);
    await checked();
    return { baseline: { kind: "none", label: null, note: "no --baseline was given", tag: null }, github: null };
  }
  const spec = await cliBaselineSpec(given);
  if (optional) {
    if (spec.kind !== "path") throw new InputError(`${optional.source} applies to a baseline folder; "${given.value.trim()}" is not one`);
    spec.optional = true;
  }
  const allow = `without a baseline leave --baseline out; to allow a missing folder add --baseline-optional`;
  if (spec.kind === "path") {
    const baseline2 = await resolvePathBaseline(spec, given.source, allow);
    await checked();
    return { baseline: baseline2, github: null };
  }
  if (spec.kind === "none") {
    await checked();
    return { baseline: { kind: "none", label: "none", note: "baseline: none was asked for", tag: null }, github: null };
  }
  let github = null;
  if (spec.kind === "release" || spec.kind === "latest-release") {
    const tokenVar = SETTINGS["github-token"].env;
    const token = env[tokenVar]?.trim();
    const repo = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? "");
    if (!token || !repo) {
      throw new InputError(`${given.source}: ${given.value.trim()} reads GitHub releases: set ${!token ? tokenVar : ""}${!token && !repo ? " and " : ""}${!repo ? "GITHUB_REPOSITORY (owner/name)" : ""} (and GITHUB_API_URL for GitHub Enterprise)`);
    }
    await checked();
    const { createClient } = await import("./client-Y3Z3UHCT.js");
    github = createClient({ token, apiUrl: env.GITHUB_API_URL || "https://api.github.com", repo: { owner: repo[1], repo: repo[2] }, log });
  } else {
    await checked();
  }
  const { resolveBaseline } = await import("./spec-UTVXDJFI.js");
  const baseline = await resolveBaseline(spec, {
    github,
    currentTag: null,
    includePrereleases: last(flags, "include-prereleases") !== void 0,
    modelPatterns: patterns,
    scratch,
    pack: packOptions(config),
    source: given.source
  });
  return { baseline, github };
}
async function cliBaselineSpec(given) {
  const value = given.value.trim();
  const exists = (path) => lstat(path).then(() => true, () => false);
  if (/^(release|path\??|ref):/.test(value)) return parseBaselineSpec(value, given.source);
  if (!KEYWORDS.has(value) || await exists(value)) return { kind: "path", dir: value, optional: false };
  if (value === "previous-release") {
    throw new InputError(`${given.source}: previous-release is the release before the one being made, which only the action knows; give release:<tag> or latest-release (no folder ${value} is here either)`);
  }
  return parseBaselineSpec(value, given.source);
}
function requireOption(flags, name) {
  const v = last(flags, name)?.value.trim();
  if (!v) throw new InputError(`--${name} is required`);
  return v;
}
function mainHelp() {
  const lines = [
    `model-gate ${VERSION} \u2014 pack, benchmark and gate ONNX models against the previous release`,
    "",
    "Usage: model-gate <command> [options]   (model-gate <command> --help for its options)",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
    "",
    `Exit codes: ${EXIT.pass} pass, warn or no baseline \xB7 ${EXIT.regression} a regression passed a fail threshold \xB7 ${EXIT.badInput} bad usage or bad input \xB7 ${EXIT.internal} internal error`,
    "Pickle and PyTorch checkpoints are refused: loading them runs code. Export to ONNX first."
  ];
  return `${lines.join("\n")}
`;
}
function commandHelp(name, c) {
  const options = cliOptions(name).map((o) => ({ ...o, flag: `--${o.name}${o.arg ? ` ${o.arg}` : ""}` }));
  const width = Math.max("--help".length, ...options.map((o) => o.flag.length));
  const lines = [`Usage: ${c.usage}`, "", c.summary, "", "Options:"];
  for (const o of options) {
    lines.push(`  ${o.flag.padEnd(width)}  ${o.help}`);
  }
  lines.push(`  ${"--help".padEnd(width)}  show this help`);
  if (options.some((o) => o.name === "thresholds")) lines.push("", `Thresholds: ${THRESHOLD_FORMS}.`);
  return `${lines.join("\n")}
`;
}
async function main(argv, io = defaultIo) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp());
    return name === void 0 ? EXIT.badInput : EXIT.pass;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}
`);
    return EXIT.pass;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command) {
    io.err(`model-gate: unknown command "${logLine(name)}"; commands: ${Object.keys(COMMANDS).join(", ")} (model-gate --help)
`);
    return EXIT.badInput;
  }
  try {
    const { flags, positionals, help } = parseCli(name, rest);
    if (help) {
      io.out(commandHelp(name, command));
      return EXIT.pass;
    }
    return await command.run(flags, positionals, io);
  } catch (error) {
    return reportError(error, name, io);
  }
}
function reportError(error, command, io) {
  const e = error;
  if (error instanceof InputError) {
    io.err(`model-gate ${command}: ${logLine(e.message)}
`);
    return EXIT.badInput;
  }
  if (typeof e?.code === "string" && e.code.startsWith("ERR_PARSE_ARGS")) {
    io.err(`model-gate ${command}: ${logLine(e.message)} (model-gate ${command} --help)
`);
    return EXIT.badInput;
  }
  io.err(`model-gate ${command}: internal error: ${logLine(String(e?.stack ?? error))}
`);
  return EXIT.internal;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
//# sourceMappingURL=cli.js.map
