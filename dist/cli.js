#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  expandModelPatterns,
  logLine,
  resolvePathBaseline
} from "./chunk-7EUL6QOT.js";
import {
  EXIT_BAD_INPUT,
  METRIC_IDS,
  THRESHOLD_FORMS,
  buildConfig
} from "./chunk-HUGRBVUX.js";
import {
  VERSION
} from "./chunk-TQNJSTS7.js";
import {
  InputError,
  checkOutputFile,
  writeFileAtomic
} from "./chunk-VNHP3NTH.js";
import "./chunk-2JYIFA6A.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
import { join } from "node:path";
var EXIT_INTERNAL = 3;
var defaultIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
var COMPARE_OPTIONS = {
  baseline: { type: "string", arg: "DIR", help: "pack folder of the previous release (manifest.json + *.onnx.zst); it must exist, unless --baseline-optional" },
  "baseline-optional": { type: "boolean", help: "a --baseline folder that does not exist means no baseline (verdict no-baseline) instead of an error" },
  "eval-data": { type: "string", arg: "DIR", help: "eval data: test_data_set_*/input_N.pb (+ output_N.pb, labels.*) or .npy/.npz files" },
  config: { type: "string", arg: "FILE", help: "config file (default: model-gate.yml / .yaml / .json in the current folder)" },
  json: { type: "string", arg: "FILE", help: "write the JSON report here" },
  markdown: { type: "string", arg: "FILE", help: "write the Markdown report here" },
  threshold: { type: "string", multiple: true, arg: "METRIC=WARN/FAIL", help: `override a threshold, repeatable; metrics: ${METRIC_IDS.join(", ")}` },
  "fail-on": { type: "string", arg: "fail|warn|never", help: "which verdict makes the exit code 1 (default fail)" },
  level: { type: "string", arg: "N", help: "zstd level 1-22 for packing .onnx candidates (default 3)" },
  codec: { type: "string", arg: "auto|zstd|onnx-planes", help: "packing codec (default auto: the smaller of the two per model)" },
  threads: { type: "string", arg: "N", help: "zstd worker threads (default: cores, at most 4)" },
  "bench-budget": { type: "string", arg: "S", help: "seconds of sampling per model pair; sampling stops earlier once every timing interval is clear of its thresholds, and a failing timing is re-measured once with the same budget (default 25)" },
  "load-samples": { type: "string", arg: "N", help: "cold-load pairs, each a fresh process, before the intervals are judged (default 10; a 95% interval needs 6)" },
  "latency-rounds": { type: "string", arg: "N", help: "warm-latency rounds before the intervals are judged (default 10)" },
  "latency-time-ms": { type: "string", arg: "MS", help: "sampling time per side per round (default 100)" },
  "warmup-ms": { type: "string", arg: "MS", help: "warm-up time per side per round (default 25)" },
  "intra-op-threads": { type: "string", arg: "N", help: "onnxruntime intra-op threads, same for both sides (default 1)" },
  "inter-op-threads": { type: "string", arg: "N", help: "onnxruntime inter-op threads, same for both sides (default 1)" },
  atol: { type: "string", arg: "X", help: "absolute tolerance for output agreement (default 1e-5)" },
  rtol: { type: "string", arg: "X", help: "relative tolerance for output agreement (default 1e-4)" },
  output: { type: "string", arg: "NAME", help: "model output to score (default: the first output)" },
  variants: { type: "string", arg: "LIST", help: 'lossy variants to build and measure beside the original, e.g. "fp16,int8" (needs --eval-data; default: the original only)' },
  publish: { type: "string", arg: "original|best", help: "which variant the pack holds: best = the smallest inside the accuracy budget (default best)" },
  "max-accuracy-drop": { type: "string", arg: "T", help: "accuracy budget of a variant against the original, for accuracy or top-1 agreement (default -0.5pp)" },
  "max-error-increase": { type: "string", arg: "T", help: "error budget of a variant against the original, for RMSE or the output error (default +2%)" },
  "int8-min-elements": { type: "string", arg: "N", help: "int8: weights with fewer elements stay float32 (default 1024)" },
  "fp16-keep-ops": { type: "string", arg: "LIST", help: "fp16: initializers read by these ops stay float32 (default Resize,Upsample,Range,NonMaxSuppression,RoiAlign,Pad,Clip,BatchNormalization)" },
  quiet: { type: "boolean", help: "print only the report" }
};
var COMMANDS = {
  pack: {
    usage: "model-gate pack <model.onnx | glob>... --out DIR [--level N] [--threads N]",
    summary: "compress models into DIR/<name>.onnx.zst (one zstd frame each, readable by `zstd -d`) and DIR/manifest.json",
    options: {
      out: { type: "string", arg: "DIR", help: "output folder (required)" },
      level: COMPARE_OPTIONS.level,
      codec: COMPARE_OPTIONS.codec,
      threads: COMPARE_OPTIONS.threads,
      config: COMPARE_OPTIONS.config
    },
    run: async (values, positionals, io) => {
      const out = requireOption(values, "out");
      const config = await buildConfig(rawSettings(values));
      const models = await expandModelPatterns(positionals, "pack <model>");
      const { packModels } = await import("./pack-TCEJUKCC.js");
      const manifest = await packModels({ models, outDir: out, level: config.level, threads: config.threads, codec: config.codec });
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
    options: { out: { type: "string", arg: "DIR", help: "output folder (required)" } },
    run: async (values, positionals, io) => {
      const out = requireOption(values, "out");
      if (positionals.length !== 1) throw new InputError("unpack: give exactly one pack folder or .onnx.zst file");
      const { unpack } = await import("./unpack-QOEOZ5RN.js");
      for (const file of await unpack(positionals[0], out)) io.out(`${logLine(file)}
`);
      return 0;
    }
  },
  compare: {
    usage: "model-gate compare --baseline DIR --candidate <DIR | model.onnx>... [--eval-data DIR] [--config FILE] [--json FILE] [--markdown FILE]",
    summary: "benchmark and evaluate candidates against the baseline in this process; print the Markdown report",
    options: { candidate: { type: "string", multiple: true, arg: "DIR|FILE", help: "pack folder or .onnx file (glob allowed), repeatable" }, ...COMPARE_OPTIONS },
    run: async (values, positionals, io) => {
      const patterns = [...values.candidate ?? [], ...positionals];
      return compareAndReport(values, await expandModelPatterns(patterns, "--candidate"), io);
    }
  },
  run: {
    usage: "model-gate run <model.onnx | glob>... --out DIR --baseline DIR [compare options]",
    summary: "pack the candidates (or, with --variants, each one's chosen variant) into DIR and compare the pack with the baseline (what the action does)",
    options: { out: { type: "string", arg: "DIR", help: "folder for the candidate pack (required)" }, ...COMPARE_OPTIONS },
    run: async (values, positionals, io) => {
      const out = requireOption(values, "out");
      return compareAndReport(values, await expandModelPatterns(positionals, "run <model>"), io, out);
    }
  }
};
async function compareAndReport(values, candidates, io, packDir) {
  const config = await buildConfig(rawSettings(values));
  const quiet = values.quiet === true;
  const baseline = await cliBaseline(values);
  if (typeof values.json === "string") await checkOutputFile(values.json, "JSON report (--json)");
  if (typeof values.markdown === "string") await checkOutputFile(values.markdown, "Markdown report (--markdown)");
  const { runCompare } = await import("./engine-5XRJZG2E.js");
  const outcome = await runCompare({
    baseline: baseline.dir,
    baselineLabel: baseline.label,
    baselineNote: baseline.note ?? void 0,
    candidates,
    packDir,
    evalData: values["eval-data"] ?? null,
    config,
    log: quiet ? void 0 : (line) => io.err(`model-gate: ${logLine(line)}
`)
  });
  io.out(outcome.markdown);
  if (typeof values.json === "string") await writeFileAtomic(values.json, `${JSON.stringify(outcome.report, null, 2)}
`, "JSON report (--json)");
  if (typeof values.markdown === "string") await writeFileAtomic(values.markdown, outcome.markdown, "Markdown report (--markdown)");
  if (!quiet) io.err(`model-gate: ${logLine(outcome.report.summary)} (exit ${outcome.exitCode})
`);
  return outcome.exitCode;
}
async function cliBaseline(values) {
  const dir = values.baseline;
  if (dir === void 0) {
    if (values["baseline-optional"] === true) throw new InputError("--baseline-optional needs --baseline DIR");
    return { dir: null, note: "no --baseline was given" };
  }
  return resolvePathBaseline({ kind: "path", dir, optional: values["baseline-optional"] === true }, "--baseline", "without a baseline leave --baseline out; to allow a missing folder add --baseline-optional");
}
function requireOption(values, name) {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new InputError(`--${name} is required`);
  return v;
}
function rawSettings(values) {
  const raw = (flag) => typeof values[flag] === "string" ? { value: values[flag], source: `--${flag}` } : void 0;
  return {
    config: raw("config"),
    level: raw("level"),
    codec: raw("codec"),
    threads: raw("threads"),
    failOn: raw("fail-on"),
    thresholds: (values.threshold ?? []).map((value) => ({ value, source: "--threshold" })),
    loadSamples: raw("load-samples"),
    latencyRounds: raw("latency-rounds"),
    latencyTimeMs: raw("latency-time-ms"),
    warmupMs: raw("warmup-ms"),
    budgetSeconds: raw("bench-budget"),
    intraOpThreads: raw("intra-op-threads"),
    interOpThreads: raw("inter-op-threads"),
    atol: raw("atol"),
    rtol: raw("rtol"),
    output: raw("output"),
    variants: raw("variants"),
    publish: raw("publish"),
    maxAccuracyDrop: raw("max-accuracy-drop"),
    maxErrorIncrease: raw("max-error-increase"),
    int8MinElements: raw("int8-min-elements"),
    fp16KeepOps: raw("fp16-keep-ops")
  };
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
    "Exit codes: 0 pass, warn or no baseline \xB7 1 a regression passed a fail threshold \xB7 2 bad usage or bad input \xB7 3 internal error",
    "Pickle and PyTorch checkpoints are refused: loading them runs code. Export to ONNX first."
  ];
  return `${lines.join("\n")}
`;
}
function commandHelp(name, c) {
  const width = Math.max(...Object.entries(c.options).map(([k, o]) => `--${k}${o.arg ? ` ${o.arg}` : ""}`.length));
  const lines = [`Usage: ${c.usage}`, "", c.summary, "", "Options:"];
  for (const [key, o] of Object.entries(c.options)) lines.push(`  ${`--${key}${o.arg ? ` ${o.arg}` : ""}`.padEnd(width)}  ${o.help}`);
  lines.push(`  ${"--help".padEnd(width)}  show this help`);
  if ("threshold" in c.options) lines.push("", `Thresholds: ${THRESHOLD_FORMS}.`);
  return `${lines.join("\n")}
`;
}
async function main(argv, io = defaultIo) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp());
    return name === void 0 ? EXIT_BAD_INPUT : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`model-gate: unknown command "${logLine(name)}"; commands: ${Object.keys(COMMANDS).join(", ")} (model-gate --help)
`);
    return EXIT_BAD_INPUT;
  }
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type, multiple: o.multiple ?? false }]));
    const { values, positionals } = parseArgs({ args: rest, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(commandHelp(name, command));
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    return reportError(error, name, io);
  }
}
function reportError(error, command, io) {
  const e = error;
  if (error instanceof InputError) {
    io.err(`model-gate ${command}: ${logLine(e.message)}
`);
    return EXIT_BAD_INPUT;
  }
  if (typeof e?.code === "string" && e.code.startsWith("ERR_PARSE_ARGS")) {
    io.err(`model-gate ${command}: ${logLine(e.message)} (model-gate ${command} --help)
`);
    return EXIT_BAD_INPUT;
  }
  io.err(`model-gate ${command}: internal error: ${logLine(String(e?.stack ?? error))}
`);
  return EXIT_INTERNAL;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
//# sourceMappingURL=cli.js.map
