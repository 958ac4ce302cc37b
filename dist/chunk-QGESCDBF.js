import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  BUNDLED_ONNXRUNTIME,
  DEFAULT_FP16_KEEP_OPS,
  INTERFACE_LEVELS,
  asObject,
  checkKeys,
  configSkeleton,
  interfaceLevel,
  parseBoolean,
  parseBudget,
  parseDrift,
  parseFailOn,
  parseInteger,
  parseLevel,
  parseNonNegative,
  parseRuntimeRelease,
  parseThresholdLines,
  parseThresholdTable,
  parseVariantList,
  splitList
} from "./chunk-TB67CA3A.js";
import {
  ACTION_MODES,
  CLASS_CHECK_MODES,
  COMMENT_MODES,
  MAX_HISTORY_RELEASES,
  OUTPUT_KINDS,
  RELEASE_UPLOADS,
  SIDE_MODES
} from "./chunk-HJDLSVHR.js";
import {
  METRIC_IDS
} from "./chunk-JBFINEWN.js";
import {
  AUTO_CODECS,
  CODECS,
  CODEC_NAMES,
  CODEC_REQUESTS,
  VARIANT_PUBLISH,
  parseCodecRequest
} from "./chunk-F75FJUY5.js";
import {
  parseUntrustedJson,
  readUntrustedText
} from "./chunk-RX5XW64D.js";
import {
  InputError,
  oneOf
} from "./chunk-4WKGVMNP.js";

// src/gate/gate.ts
var EXIT = {
  pass: 0,
  /** A regression passed a fail threshold (fail-on decides which). */
  regression: 1,
  /** Bad usage or bad input: one line names the input and what is wrong. */
  badInput: 2,
  /**
   * A bug in model-gate, or a failure outside the user's inputs — among them onnxruntime's provisioning when it cannot
   * fetch the runtime for this platform (src/onnx/provision.ts throws a plain Error, which lands here).
   */
  internal: 3
};
var ACTION_BAD_INPUT = 1;
function exitCodeFor(verdict, failOn) {
  if (failOn === "never") return EXIT.pass;
  if (verdict === "fail") return EXIT.regression;
  if (verdict === "warn" && failOn === "warn") return EXIT.regression;
  return EXIT.pass;
}

// src/inputs/models.ts
var GLOB_CHARS = /[*?[\]{}()!+@]/;
async function expandModelPatterns(patterns, source, cwd = process.cwd()) {
  const out = [];
  for (const pattern of patterns.map((p) => p.trim()).filter((p) => p !== "")) {
    const globs = GLOB_CHARS.test(pattern) ? await import("./dist-VDSAMGUH.js") : null;
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

// src/inputs/shard-spec.ts
var MAX_SHARDS = 256;
function parseShard(value, source) {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new InputError(`${source}: "${value.trim()}" is not K/N with 1 \u2264 K \u2264 N \u2264 ${MAX_SHARDS} (e.g. 2/3)`);
  }
  return { index, count };
}

// src/inputs/settings.ts
var MEASURE = ["compare", "run"];
var PACKING = ["pack", "compare", "run"];
var GATE = ["gate"];
var ALL_MODES = ACTION_MODES;
var GATE_MERGE = ["gate", "merge"];
var COMMENT_KEY = /^[A-Za-z0-9._/-]{1,100}$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/;
var oneOf2 = (allowed) => (value, source) => oneOf(value, allowed, source);
var text = (value) => value.trim();
var lines = (value) => value.split("\n").map((l) => l.trim()).filter((l) => l !== "");
var bool = (value, source) => parseBoolean(value, source);
var bench = (field, min, max) => (config, value, source) => {
  config.bench[field] = parseInteger(value, source, min, max);
};
var SETTINGS = {
  mode: {
    action: ALL_MODES,
    default: "gate",
    parse: oneOf2(ACTION_MODES),
    text: "`gate` (pack, measure, compare, report, comment, upload), `publish-comment` (the fork-safe second half, run on `workflow_run`: posts the comment for a report artifact on the pull request whose head is the run's commit) or `merge` (the job after a matrix of `shard: K/N` gates: checks their report artifacts and gives the one verdict, comment and release upload)."
  },
  shard: {
    action: GATE,
    cli: MEASURE,
    arg: "K/N",
    default: "",
    parse: parseShard,
    text: "Gate only shard `K/N` of the models (after glob expansion), split by name with rendezvous hashing so adding a model moves only that model. A shard does not comment or upload: a `merge` job does, once, from all the shards' reports."
  },
  models: {
    action: GATE,
    default: "",
    parse: lines,
    text: "ONNX model files to pack and gate, as paths or glob patterns, one per line (e.g. `models/*.onnx`). Pickle/PyTorch files are refused. Required in `gate` mode."
  },
  candidate: {
    cli: ["compare"],
    arg: "DIR|FILE",
    multiple: true,
    default: "",
    parse: text,
    text: "A pack folder or `.onnx` file (glob allowed); also taken as arguments."
  },
  baseline: {
    cli: MEASURE,
    action: GATE,
    arg: "SPEC",
    default: "",
    parse: text,
    text: "What to compare against: `latest-release`, `previous-release` (the release before the one being made; the action only), `release:<tag>`, `path:<dir>` (a pack folder that must exist; the CLI also takes a bare folder), `path?:<dir>` (one that may be missing: then no-baseline), `ref:<git ref>` (the model files at that commit, packed on the fly like the candidates), or `none`. A release without model-gate assets, or no release, gives verdict no-baseline and a passing gate. The CLI reads the token and repository for a release from `GITHUB_TOKEN` and `GITHUB_REPOSITORY` (and `GITHUB_API_URL`).",
    unset: "previous-release on a release event or tag push, latest-release otherwise; the CLI compares against nothing"
  },
  "baseline-optional": {
    cli: MEASURE,
    default: "false",
    parse: bool,
    text: "A baseline folder that does not exist means no baseline (verdict no-baseline) instead of an error, as `path?:<dir>` does."
  },
  "baseline-dir": {
    action: GATE,
    default: "",
    parse: text,
    text: "Shorthand for `baseline: path:<dir>`, a pack folder (`manifest.json` + `*.onnx.zst`) that must exist (`baseline: path?:<dir>` allows a missing one)."
  },
  "include-prereleases": {
    cli: MEASURE,
    action: GATE,
    default: "false",
    parse: bool,
    text: "Let `latest-release` and `previous-release` pick prereleases."
  },
  "eval-data": {
    cli: MEASURE,
    action: GATE,
    arg: "DIR",
    default: "",
    parse: text,
    text: "Eval data folder in the ONNX model-zoo layout (`test_data_set_*/input_N.pb`, optional `output_N.pb` and `labels.pb`, `.npy` or `.json`) or with `.npy`/`.npz` inputs. It may hold a folder per model, named after it, in any of these layouts: that model is scored on it, the rest on what stands directly in the folder; any other subfolder is refused.",
    unset: "no accuracy checks"
  },
  config: {
    cli: PACKING,
    action: ALL_MODES,
    arg: "FILE",
    default: "",
    parse: text,
    text: "Config file (`model-gate.yml`, `.yaml` or `.json`) with thresholds, per-model overrides and bench settings.",
    unset: "model-gate.yml, .yaml or .json in the working directory if present"
  },
  thresholds: {
    cli: MEASURE,
    aliases: ["threshold"],
    action: ALL_MODES,
    file: "thresholds",
    arg: "METRIC=WARN/FAIL",
    multiple: true,
    example: "latency-p50: +20%/+40%",
    default: "",
    unset: "the default thresholds",
    set: (config, value, source) => Object.assign(config.thresholds, parseThresholdLines(value, source, config.thresholds)),
    fromFile: (config, value, source) => Object.assign(config.thresholds, parseThresholdTable(value, source, config.thresholds)),
    text: `Threshold overrides, one per line (or repeated flags) as \`metric: WARN/FAIL\` or \`metric=WARN/FAIL\`, e.g. \`latency-p50: +10%/+25%\` or \`accuracy: -0.5pp/-1pp\`. Metrics: ${METRIC_IDS.join(", ")}.`
  },
  "model-overrides": {
    file: "models",
    example: "",
    default: "",
    set: () => void 0,
    fromFile: (config, value, source) => {
      for (const [name, entry] of Object.entries(asObject(value, source))) {
        const m = asObject(entry, `${source}.${name}`);
        checkKeys(m, ["thresholds", "interface", "eval-data", "eval"], `${source}.${name}`);
        if (m.thresholds !== void 0) config.modelThresholds[name] = parseThresholdTable(m.thresholds, `${source}.${name}.thresholds`, config.thresholds);
        if (m.interface !== void 0) (config.modelThresholds[name] ??= {}).interface = interfaceLevel(String(m.interface), `${source}.${name}.interface`);
        if (m["eval-data"] !== void 0 || m.eval !== void 0) config.modelEval[name] = modelEval(m, `${source}.${name}`);
      }
    },
    text: "Per-model overrides by model name: `models: { <name>: { thresholds: {...}, interface: warn, eval-data: DIR, eval: {...} } }`. A model's `eval-data` folder (relative to the working directory) is its eval data, over `eval-data`'s `<name>/` subfolder and the shared data; its `eval` section takes the keys of the `eval` section, applied over them."
  },
  interface: {
    cli: MEASURE,
    action: ALL_MODES,
    file: "interface",
    arg: "LEVEL",
    example: "warn",
    default: "fail",
    set: (config, value, source) => {
      config.thresholds.interface = interfaceLevel(value, source);
    },
    text: `What a breaking change of the model's interface against its baseline does (an input added, removed, renamed or moved; an output removed, renamed or moved; an element type, rank or fixed dimension changed; a dynamic dimension made fixed; an opset or IR version above \`target-onnxruntime\`): ${INTERFACE_LEVELS.map((l) => `\`${l}\``).join(", ")}. Compatible changes (an output added, a fixed dimension made dynamic, a supported opset raised, producer or metadata changed) are shown and never fail. Per model: \`models.<name>.interface\` in the config file.`
  },
  "target-onnxruntime": {
    cli: MEASURE,
    action: GATE,
    file: "target-onnxruntime",
    arg: "VERSION",
    example: "1.17",
    default: BUNDLED_ONNXRUNTIME,
    set: (config, value, source) => {
      config.targetOnnxruntime = parseRuntimeRelease(value, source);
    },
    text: "The onnxruntime release the models are deployed with, e.g. `1.17`: a candidate whose opset or IR version is above what it implements breaks the interface contract (checked against a baseline model; a model without one is not judged). Deployments often lag the bundled release."
  },
  // Level 3: float weights barely shrink further at 19, which costs an order of magnitude more time.
  "compression-level": {
    cli: PACKING,
    aliases: ["level"],
    action: GATE,
    file: "compression-level",
    arg: "N",
    example: "9",
    default: "3",
    set: (config, value, source) => {
      config.level = parseLevel(value, source);
    },
    text: "Zstd compression level, 1 to 22."
  },
  codec: {
    cli: PACKING,
    action: GATE,
    file: "codec",
    arg: CODEC_REQUESTS.join("|"),
    example: "zstd",
    default: "auto",
    set: (config, value, source) => {
      config.codec = parseCodecRequest(value, source);
    },
    text: `How models are packed: \`auto\` (per model, the smallest of ${AUTO_CODECS.map((c) => `\`${c}\``).join(", ")}), ${CODEC_NAMES.map((c) => `\`${c}\` (${CODECS[c].text})`).join(", ")}.`
  },
  threads: {
    cli: PACKING,
    file: "threads",
    arg: "N",
    example: "7",
    default: "",
    unset: "the number of cores, at most 4",
    set: (config, value, source) => {
      config.threads = parseInteger(value, source, 1, 256);
    },
    text: "Zstd worker threads for packing, 1 to 256."
  },
  "fail-on": {
    cli: MEASURE,
    action: GATE,
    file: "fail-on",
    arg: "fail|warn|never",
    example: "warn",
    default: "fail",
    set: (config, value, source) => {
      config.failOn = parseFailOn(value, source);
    },
    text: "Which verdict fails the gate (the step, or exit code 1): `fail`, `warn` or `never`."
  },
  history: {
    cli: MEASURE,
    action: GATE,
    file: "history",
    arg: "N",
    example: "3",
    default: "10",
    set: (config, value, source) => {
      config.history.releases = parseInteger(value, source, 0, MAX_HISTORY_RELEASES);
    },
    text: "How many releases back the history of each model goes, read from the releases' `report.json` assets (0: no history). The action reads them with its token; the CLI with a release baseline's `GITHUB_TOKEN` and `GITHUB_REPOSITORY`."
  },
  "latency-p50-drift": {
    cli: MEASURE,
    action: ALL_MODES,
    file: "latency-p50-drift",
    arg: "WARN/FAIL",
    example: "+10%/+30%",
    default: "",
    unset: "no drift check",
    set: (config, value, source) => {
      config.history.drift["latency-p50"] = parseDrift(value, "latency-p50", source);
    },
    text: "Drift level on the chained latency p50 change over the history, e.g. `+20%` (fail level) or `+10%/+30%`: it warns when the estimate is beyond the fail level, and fails only when the whole chained interval is."
  },
  "load-time-drift": {
    cli: MEASURE,
    action: ALL_MODES,
    file: "load-time-drift",
    arg: "WARN/FAIL",
    example: "+10%/+30%",
    default: "",
    unset: "no drift check",
    set: (config, value, source) => {
      config.history.drift["load-time"] = parseDrift(value, "load-time", source);
    },
    text: "Drift level on the chained load time change over the history, as `latency-p50-drift`."
  },
  "remeasure-unchanged": {
    cli: MEASURE,
    action: GATE,
    file: "remeasure-unchanged",
    example: "true",
    default: "false",
    set: (config, value, source) => {
      config.remeasureUnchanged = parseBoolean(value, source);
    },
    text: "Measure a model whose bytes are the same as its baseline's anyway; by default it is reported as unchanged and no time is spent on it."
  },
  variants: {
    cli: MEASURE,
    action: GATE,
    file: "variants",
    arg: "LIST",
    example: "fp16",
    default: "",
    unset: "the original only",
    set: (config, value, source) => {
      config.variants.build = parseVariantList(value, source);
    },
    text: "Lossy variants to build and measure beside the lossless original, e.g. `fp16, int8, int4` (fp16 weights; int8 per-channel weights of MatMul, Gemm and Conv; int4 MatMul weights in 4-bit blocks as MatMulNBits, the others as int8). Needs `eval-data`."
  },
  publish: {
    cli: MEASURE,
    action: GATE,
    file: "publish",
    arg: "original|best",
    example: "original",
    default: "best",
    set: (config, value, source) => {
      config.variants.publish = oneOf2(VARIANT_PUBLISH)(value, source);
    },
    text: "Which variant the pack (and the release) holds: `best` (the smallest variant inside the accuracy budget, else the original) or `original`."
  },
  "max-accuracy-drop": {
    cli: MEASURE,
    action: GATE,
    file: "max-accuracy-drop",
    arg: "T",
    example: "-1pp",
    default: "-0.5pp",
    set: (config, value, source) => {
      config.variants.maxAccuracyDrop = parseBudget(value, "accuracy", source);
    },
    text: "Accuracy budget of a lossy variant against the float original, for top-1 accuracy (labels) or top-1 agreement (class scores)."
  },
  "max-error-increase": {
    cli: MEASURE,
    action: GATE,
    file: "max-error-increase",
    arg: "T",
    example: "+5%",
    default: "+2%",
    set: (config, value, source) => {
      config.variants.maxErrorIncrease = parseBudget(value, "rmse", source);
    },
    text: "Error budget of a lossy variant against the float original, for RMSE (numeric labels) or the output error relative to the original's outputs (no labels)."
  },
  "int8-min-elements": {
    cli: MEASURE,
    file: "int8-min-elements",
    arg: "N",
    example: "64",
    default: "1024",
    set: (config, value, source) => {
      config.variants.int8MinElements = parseInteger(value, source, 1, 2 ** 31);
    },
    text: "int8: weights with fewer elements stay float32."
  },
  "fp16-keep-ops": {
    cli: MEASURE,
    file: "fp16-keep-ops",
    arg: "LIST",
    example: "Resize,Clip",
    default: DEFAULT_FP16_KEEP_OPS.join(","),
    set: (config, value) => {
      config.variants.fp16KeepOps = splitList(value);
    },
    text: "fp16: initializers read by these ops stay float32."
  },
  "int4-block-size": {
    cli: MEASURE,
    file: "int4-block-size",
    arg: "N",
    example: "64",
    default: "32",
    set: (config, value, source) => {
      config.variants.int4BlockSize = Number(oneOf2(["16", "32", "64", "128", "256"])(value, source));
    },
    text: "int4: MatMul weights are quantized in blocks of this many values along K (16, 32, 64, 128 or 256)."
  },
  "int4-accuracy-level": {
    cli: MEASURE,
    file: "int4-accuracy-level",
    arg: "N",
    example: "0",
    default: "4",
    set: (config, value, source) => {
      config.variants.int4AccuracyLevel = parseInteger(value, source, 0, 4);
    },
    text: "int4: MatMulNBits' `accuracy_level`, the least precision of the activations inside it: 0 or 1 float32, 4 int8 (quantized per block, onnxruntime's fast CPU path)."
  },
  "int4-symmetric": {
    cli: MEASURE,
    file: "int4-symmetric",
    example: "true",
    default: "false",
    set: (config, value, source) => {
      config.variants.int4Symmetric = parseBoolean(value, source);
    },
    text: "int4: blocks without zero points (centred on 0): 0.156 of the float32 weight bytes instead of 0.160 at block 32, less accurate on blocks that are not."
  },
  "out-dir": {
    action: GATE_MERGE,
    default: "model-gate-out",
    parse: text,
    text: "Folder for the candidate pack (`out-dir/pack`) and the reports (`report.json`, `report.md`)."
  },
  out: {
    cli: ["pack", "unpack", "run"],
    arg: "DIR",
    default: "",
    parse: text,
    text: "Output folder (required): the pack (pack, run) or the restored models (unpack)."
  },
  // Bench defaults, calibrated with `npm run bench:verdicts` (README, methodology): at least 10 pairs of each kind, as
  // the distribution-free 95% interval of a median needs 6 and a few more keep early stops honest; 100 ms rounds hold
  // hundreds of runs of a fast model; a 25 s budget keeps a 10 MB model pair under 60 s even when a failure is re-measured.
  "bench-budget": {
    cli: MEASURE,
    action: GATE,
    file: "bench.budget",
    arg: "S",
    example: "40",
    default: "25",
    set: bench("budgetSeconds", 1, 3600),
    text: "Seconds of timing samples per model pair. Sampling stops earlier once every timing interval is clear of its thresholds; a failing timing is re-measured once with the same budget before it can fail."
  },
  "load-samples": {
    cli: MEASURE,
    action: GATE,
    file: "bench.load-samples",
    arg: "N",
    example: "7",
    default: "10",
    set: bench("loadSamples", 1, 1e3),
    text: "Cold-load pairs (each load a fresh process; baseline and candidate alternate) taken before the intervals are judged (a 95% interval needs 6)."
  },
  "latency-rounds": {
    cli: MEASURE,
    action: GATE,
    file: "bench.latency-rounds",
    arg: "N",
    example: "6",
    default: "10",
    set: bench("latencyRounds", 1, 1e3),
    text: "Interleaved warm-latency rounds taken before the intervals are judged."
  },
  "latency-time-ms": {
    cli: MEASURE,
    file: "bench.latency-time-ms",
    arg: "MS",
    example: "50",
    default: "100",
    set: bench("latencyTimeMs", 1, 6e5),
    text: "Sampling time per side per round, in ms."
  },
  "warmup-ms": {
    cli: MEASURE,
    file: "bench.warmup-ms",
    arg: "MS",
    example: "10",
    default: "25",
    set: bench("warmupMs", 0, 6e5),
    text: "Warm-up time per side per round, in ms."
  },
  "intra-op-threads": {
    cli: MEASURE,
    action: GATE,
    file: "bench.intra-op-threads",
    arg: "N",
    example: "2",
    default: "1",
    set: bench("intraOpThreads", 0, 256),
    text: "onnxruntime intra-op threads, identical for both sides."
  },
  "inter-op-threads": {
    cli: MEASURE,
    file: "bench.inter-op-threads",
    arg: "N",
    example: "2",
    default: "1",
    set: bench("interOpThreads", 0, 256),
    text: "onnxruntime inter-op threads, identical for both sides."
  },
  "side-mode": {
    cli: MEASURE,
    action: GATE,
    file: "bench.side-mode",
    arg: "MODE",
    example: "blocks",
    default: "auto",
    set: (config, value, source) => {
      config.bench.mode = oneOf2(SIDE_MODES)(value, source);
    },
    text: "Where each side's model runs, always in processes of its own: `alternating` keeps one process per side up and alternates rounds between them; `blocks` runs every latency round as a block in a fresh process (A B, B A), so nothing of one side is resident while the other runs; `auto` alternates while both models fit comfortably (each model's bytes twice, both within 3/4 of the available memory), else blocks."
  },
  "side-time-limit": {
    cli: MEASURE,
    action: GATE,
    file: "bench.side-time-limit",
    arg: "S",
    example: "1800",
    default: "600",
    set: bench("timeLimitSeconds", 1, 86400),
    text: "Seconds one step of a side process (a load, an eval set's inference, a latency round) may take before it is killed: a candidate killed so fails its model (check `runs`), a killed baseline makes the comparison impossible (bad input)."
  },
  "side-memory-limit": {
    cli: MEASURE,
    action: GATE,
    file: "bench.side-memory-limit",
    arg: "MIB",
    example: "16384",
    default: "auto",
    set: (config, value, source) => {
      config.bench.memoryLimitMiB = value.trim() === "auto" ? null : parseInteger(value, source, 64, 16777216);
    },
    text: "Resident memory in MiB a side process may hold before it is killed, as the time limit kills (enforced on Linux, where the gate reads each process's memory); `auto` = 90% of the memory available when the comparison starts."
  },
  atol: {
    cli: MEASURE,
    file: "eval.atol",
    arg: "X",
    example: "0.001",
    default: "1e-5",
    set: (config, value, source) => {
      config.eval.atol = parseNonNegative(value, source);
    },
    text: "Absolute tolerance for output agreement."
  },
  rtol: {
    cli: MEASURE,
    file: "eval.rtol",
    arg: "X",
    example: "0.01",
    default: "1e-4",
    set: (config, value, source) => {
      config.eval.rtol = parseNonNegative(value, source);
    },
    text: "Relative tolerance for output agreement."
  },
  output: {
    cli: MEASURE,
    file: "eval.output",
    arg: "NAME",
    example: "probabilities",
    default: "",
    unset: "the first output",
    set: (config, value) => {
      config.eval.output = value.trim() || null;
    },
    text: "The model output to score."
  },
  "ignore-index": {
    cli: MEASURE,
    file: "eval.ignore-index",
    arg: "N",
    example: "-1",
    default: "-100",
    set: (config, value, source) => {
      config.eval.ignoreIndex = parseInteger(value, source, -(2 ** 31), 2 ** 31 - 1);
    },
    text: "Class labels equal to this are skipped (padding, a prompt's tokens), as PyTorch's cross_entropy does with -100."
  },
  "output-kind": {
    cli: MEASURE,
    file: "eval.output-kind",
    arg: "KIND",
    example: "probabilities",
    default: "auto",
    set: (config, value, source) => {
      config.eval.outputKind = oneOf2(OUTPUT_KINDS)(value, source);
    },
    text: "What the scored output holds, for perplexity: logits, probabilities or log-probabilities; auto = logits for per-position outputs (a class axis and two or more others), no perplexity for one class score per sample."
  },
  "class-axis": {
    cli: MEASURE,
    file: "eval.class-axis",
    arg: "N",
    example: "1",
    default: "-1",
    set: (config, value, source) => {
      config.eval.classAxis = parseInteger(value, source, -32, 31);
    },
    text: "The scored output's class axis; negative counts from the end. Class labels have the output's shape without it: [B,T] for [B,T,V] logits, [N,H,W] for NCHW (class axis 1)."
  },
  "class-check": {
    cli: MEASURE,
    file: "eval.class-check",
    arg: "MODE",
    example: "on",
    default: "auto",
    set: (config, value, source) => {
      config.eval.classCheck = oneOf2(CLASS_CHECK_MODES)(value, source);
    },
    text: "Per-class recall check (McNemar per class, Holm-corrected): auto = on for one class per sample, off for per-position classes (a sequence's positions are not independent samples); on; off. Its drop levels are the class-recall thresholds."
  },
  "class-min-samples": {
    cli: MEASURE,
    file: "eval.class-min-samples",
    arg: "N",
    example: "50",
    default: "20",
    set: (config, value, source) => {
      config.eval.classMinSamples = parseInteger(value, source, 1, 1e9);
    },
    text: "Classes with fewer labelled samples are reported by the class-recall check, never judged (below 20 one sample is over 5 pp of recall)."
  },
  json: { cli: MEASURE, arg: "FILE", default: "", parse: text, text: "Write the JSON report here." },
  markdown: { cli: MEASURE, arg: "FILE", default: "", parse: text, text: "Write the Markdown report here." },
  quiet: { cli: MEASURE, default: "false", parse: bool, text: "Print only the report." },
  "github-token": {
    action: ALL_MODES,
    env: "GITHUB_TOKEN",
    default: "",
    actionDefault: "${{ github.token }}",
    parse: text,
    text: "Token for the GitHub API (releases, comments, uploads)."
  },
  comment: {
    action: ALL_MODES,
    default: "always",
    parse: oneOf2(COMMENT_MODES),
    text: "Pull-request comment: `always` (create or update the sticky comment every run), `on-change` (only when the report changed), `on-regression` (only on warn/fail, or to update an earlier comment) or `never`."
  },
  "comment-key": {
    action: ALL_MODES,
    default: "default",
    parse: (value, source) => {
      const key = value.trim();
      if (!COMMENT_KEY.test(key)) throw new InputError(`${source}: "${key}" may hold only letters, digits and . _ / - (1 to 100 characters)`);
      return key;
    },
    text: "Tells sticky comments apart when one workflow gates several model sets (letters, digits and `. _ / -`). The comment's hidden marker is `<!-- model-gate comment-key: <key> -->`, derived from the key alone, so the measuring workflow and the publish-comment workflow update the same comment."
  },
  "comment-author": {
    action: ALL_MODES,
    default: "",
    parse: (value, source) => {
      const author = value.trim();
      if (!LOGIN.test(author)) throw new InputError(`${source}: "${author}" is not a GitHub login`);
      return author;
    },
    text: "Login the token comments as, when `/user` cannot say (a GitHub App token).",
    unset: "/user, or github-actions[bot] for the Actions token"
  },
  "release-upload": {
    action: GATE_MERGE,
    default: "auto",
    parse: oneOf2(RELEASE_UPLOADS),
    text: "Upload the pack (`*.onnx.zst`, `manifest.json`) and `report.json` to the current release when the gate passes: `auto` (on a release event or tag push), `always` (a run with no release or tag fails) or `never`. A failed gate uploads nothing."
  },
  "publish-release": {
    action: GATE_MERGE,
    default: "false",
    parse: bool,
    text: "After uploading to a draft release, publish it (the draft \u2192 upload \u2192 publish flow immutable releases need)."
  },
  report: {
    action: ["publish-comment"],
    default: "model-gate-out/report.json",
    parse: text,
    text: "In `publish-comment` mode, the `report.json` from the measuring run's artifact."
  },
  reports: {
    action: ["merge"],
    default: "",
    parse: lines,
    text: "In `merge` mode, the shards' downloaded artifacts: folders (paths or globs, one per line), each holding a shard's `report.json` and its `pack/` folder."
  }
};
var PARSERS = SETTINGS;
var SETTING_NAMES = Object.keys(SETTINGS);
var setting = (name) => SETTINGS[name];
var flagSource = (spelling) => `--${spelling}`;
var inputSource = (name) => `input '${name}'`;
var fileSource = (file, path) => `${file}: ${path}`;
var envSource = (variable) => `environment variable ${variable}`;
function parseValue(name, raw) {
  return PARSERS[name].parse(raw.value, raw.source);
}
function valueOr(name, raws) {
  const raw = raws?.at(-1);
  if (raw) return parseValue(name, raw);
  const def = SETTINGS[name].default;
  return def === "" ? null : parseValue(name, { value: def, source: "defaults" });
}
function cliSettings(command) {
  return SETTING_NAMES.filter((name) => setting(name).cli?.includes(command));
}
function actionInputNames(mode) {
  return SETTING_NAMES.filter((name) => {
    const modes = setting(name).action;
    return modes !== void 0 && (mode === void 0 || modes.includes(mode));
  });
}
function fileSettings() {
  return SETTING_NAMES.flatMap((name) => {
    const path = setting(name).file;
    return path === void 0 ? [] : [{ name, path }];
  });
}
function modelEval(entry, source) {
  const data = entry["eval-data"];
  if (data !== void 0 && (typeof data !== "string" || data.trim() === "")) throw new InputError(`${source}.eval-data: must be a folder path`);
  const settings = {};
  if (entry.eval !== void 0) {
    const section = asObject(entry.eval, `${source}.eval`);
    const keys = new Map(fileSettings().flatMap(({ name, path }) => path.startsWith("eval.") ? [[path.slice("eval.".length), name]] : []));
    checkKeys(section, [...keys.keys()], `${source}.eval`);
    for (const [key, value] of Object.entries(section)) {
      const s = setting(keys.get(key));
      if (!("set" in s)) continue;
      const scratch = { eval: {} };
      s.set(scratch, String(value), `${source}.eval.${key}`);
      Object.assign(settings, scratch.eval);
    }
  }
  return { data: typeof data === "string" ? data.trim() : null, settings };
}
function firstSentence(text2) {
  const end = text2.search(/\.\s+(?=[A-Z])/);
  return end < 0 ? text2 : text2.slice(0, end + 1);
}
function plainText(text2) {
  return text2.replace(/`([^`]*)`/g, (_, code) => /\s/.test(code) ? `"${code}"` : code);
}

// src/inputs/config-file.ts
import { lstat } from "node:fs/promises";
var DEFAULT_CONFIG_FILES = ["model-gate.yml", "model-gate.yaml", "model-gate.json"];
async function findDefaultConfig(cwd) {
  for (const name of DEFAULT_CONFIG_FILES) {
    const path = `${cwd}/${name}`;
    try {
      await lstat(path);
      return path;
    } catch {
    }
  }
  return null;
}
async function readConfigFile(path, source = "config file") {
  const text2 = await readUntrustedText(path, "config file").catch((error) => {
    throw error instanceof InputError ? new InputError(`${source}: ${error.message}`) : error;
  });
  if (path.endsWith(".json")) return parseUntrustedJson(text2, path);
  try {
    return (await import("./dist-AZ2VJ54V.js")).default.parse(text2, { logLevel: "error" });
  } catch (error) {
    const { code, linePos } = error;
    const at = linePos?.[0] ? ` at line ${linePos[0].line}, column ${linePos[0].col}` : "";
    throw new InputError(`${path}: not valid YAML${at}${code ? ` (${code.toLowerCase().replaceAll("_", " ")})` : ""}`);
  }
}
function applyFile(config, data, file) {
  if (data === null || data === void 0) return;
  const top = asObject(data, file);
  const entries = fileSettings().map((e) => ({ ...e, parts: e.path.split(".") }));
  checkKeys(top, [...new Set(entries.map((e) => e.parts[0]))], file);
  for (const section of new Set(entries.filter((e) => e.parts.length === 2).map((e) => e.parts[0]))) {
    if (top[section] === void 0) continue;
    const keys = entries.filter((e) => e.parts.length === 2 && e.parts[0] === section).map((e) => e.parts[1]);
    checkKeys(asObject(top[section], fileSource(file, section)), keys, fileSource(file, section));
  }
  for (const { name, path, parts } of entries) {
    const [key, inner] = parts;
    const value = inner === void 0 ? top[key] : asObject(top[key] ?? {}, fileSource(file, key))[inner];
    if (value === void 0) continue;
    const s = setting(name);
    if (!("set" in s)) continue;
    const source = fileSource(file, path);
    if (s.fromFile) s.fromFile(config, value, source);
    else s.set(config, Array.isArray(value) ? value.join(",") : String(value), source);
  }
}

// src/inputs/build-config.ts
function defaultConfig() {
  const config = configSkeleton();
  for (const name of SETTING_NAMES) {
    const s = setting(name);
    if ("set" in s && s.default !== "") s.set(config, s.default, "defaults");
  }
  return config;
}
async function buildConfig(raw, cwd = process.cwd()) {
  const config = defaultConfig();
  const given = raw.config?.at(-1);
  const file = given ? given.value.trim() : await findDefaultConfig(cwd);
  if (file) {
    applyFile(config, await readConfigFile(file, given?.source), file);
    config.configFile = file;
  }
  for (const name of SETTING_NAMES) {
    const s = setting(name);
    if (!("set" in s)) continue;
    for (const r of raw[name] ?? []) s.set(config, r.value, r.source);
  }
  return config;
}

export {
  EXIT,
  ACTION_BAD_INPUT,
  exitCodeFor,
  expandModelPatterns,
  SETTINGS,
  setting,
  flagSource,
  inputSource,
  envSource,
  parseValue,
  valueOr,
  cliSettings,
  actionInputNames,
  firstSentence,
  plainText,
  buildConfig
};
//# sourceMappingURL=chunk-QGESCDBF.js.map
