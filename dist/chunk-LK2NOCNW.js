import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  DEFAULT_FP16_KEEP_OPS,
  asObject,
  checkKeys,
  configSkeleton,
  findDefaultConfig,
  parseBoolean,
  parseBudget,
  parseCodec,
  parseDrift,
  parseFailOn,
  parseInteger,
  parseLevel,
  parseNonNegative,
  parseThresholdLines,
  parseThresholdTable,
  parseVariantList,
  readConfigFile,
  splitList
} from "./chunk-3S43TXD4.js";
import {
  METRIC_IDS
} from "./chunk-SUR4Q5BY.js";
import {
  InputError
} from "./chunk-JJHRGA2G.js";

// src/gate/gate.ts
var EXIT_OK = 0;
var EXIT_REGRESSION = 1;
var EXIT_BAD_INPUT = 2;
function exitCodeFor(verdict, failOn) {
  if (failOn === "never") return EXIT_OK;
  if (verdict === "fail") return EXIT_REGRESSION;
  if (verdict === "warn" && failOn === "warn") return EXIT_REGRESSION;
  return EXIT_OK;
}

// src/inputs/shard.ts
import { createHash } from "node:crypto";
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
function shardOf(name, count) {
  let best = 1;
  let bestHash = "";
  for (let i = 1; i <= count; i++) {
    const hash = createHash("sha256").update(`${name}/${i}`).digest("hex");
    if (hash > bestHash) [best, bestHash] = [i, hash];
  }
  return best;
}
function shardItems(items, nameOf, spec) {
  return items.filter((item) => shardOf(nameOf(item), spec.count) === spec.index);
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

// src/inputs/settings.ts
import { parseArgs } from "node:util";
var MEASURE = ["compare", "run"];
var PACKING = ["pack", "compare", "run"];
var GATE = ["gate"];
var ALL_MODES = ["gate", "publish-comment", "merge"];
var GATE_MERGE = ["gate", "merge"];
var COMMENT_MODES = ["always", "on-change", "on-regression", "never"];
var COMMENT_KEY = /^[A-Za-z0-9._/-]{1,100}$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/;
function oneOf(allowed) {
  return (value, source) => {
    const v = value.trim().toLowerCase();
    if (!allowed.includes(v)) throw new InputError(`${source}: "${value}" is not one of ${allowed.join(", ")}`);
    return v;
  };
}
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
    parse: oneOf(["gate", "publish-comment", "merge"]),
    help: "gate (pack, measure, compare, report, comment, upload), publish-comment (the fork-safe second half, run on workflow_run; posts the comment for a report artifact on the pull request whose head is the run's commit) or merge (the job after a matrix of shard: K/N gates: checks their report artifacts and gives the one verdict, comment and release upload).",
    readme: "`gate`, `publish-comment` for the fork-safe second workflow, or `merge` for the job after a matrix of shards."
  },
  shard: {
    action: GATE,
    cli: MEASURE,
    arg: "K/N",
    default: "",
    parse: parseShard,
    help: "Gate only shard K of N of the models (after glob expansion), split by name with rendezvous hashing so adding a model moves only that model. A shard does not comment or upload: a merge job (mode: merge) does, once, from all the shards' reports.",
    readme: "Gate only shard `K/N` of the models (split by name; a matrix job); the shard neither comments nor uploads \u2014 a `merge` job does."
  },
  models: {
    action: GATE,
    default: "",
    parse: lines,
    help: 'ONNX model files to pack and gate, as paths or glob patterns, one per line (e.g. "models/*.onnx"). Pickle/PyTorch files are refused. Required in gate mode.',
    readme: "ONNX model files, paths or globs, one per line (required in `gate` mode)."
  },
  candidate: {
    cli: ["compare"],
    arg: "DIR|FILE",
    multiple: true,
    default: "",
    parse: text,
    help: "A pack folder or .onnx file (glob allowed); also taken as arguments."
  },
  baseline: {
    cli: MEASURE,
    action: GATE,
    arg: "SPEC",
    default: "",
    parse: text,
    help: "What to compare against: latest-release, previous-release (the release before the one being made; the action only), release:<tag>, path:<dir> (a pack folder that must exist; the CLI also takes a bare folder), path?:<dir> (one that may be missing: then no-baseline), ref:<git ref> (the model files at that commit, packed on the fly like the candidates), or none. A release without model-gate assets, or no release, gives verdict no-baseline and a passing gate. The CLI reads the token and repository for a release from GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_API_URL).",
    unset: "previous-release on a release event or tag push, latest-release otherwise; the CLI compares against nothing",
    readme: "`latest-release`, `previous-release`, `release:<tag>`, `path:<dir>`, `path?:<dir>`, `ref:<git ref>` or `none`; empty \u2192 `previous-release` on a release or tag push, `latest-release` otherwise."
  },
  "baseline-optional": {
    cli: MEASURE,
    default: "false",
    parse: bool,
    help: "A baseline folder that does not exist means no baseline (verdict no-baseline) instead of an error, as path?:<dir> does."
  },
  "baseline-dir": {
    action: GATE,
    default: "",
    parse: text,
    help: "Shorthand for baseline path:<dir>, a pack folder (manifest.json + *.onnx.zst) that must exist.",
    readme: "Shorthand for `baseline: path:<dir>`: the folder must exist (`baseline: path?:<dir>` allows a missing one)."
  },
  "include-prereleases": {
    cli: MEASURE,
    action: GATE,
    default: "false",
    parse: bool,
    help: "Let latest-release and previous-release pick prereleases.",
    readme: "Let `latest-release` / `previous-release` pick prereleases."
  },
  "eval-data": {
    cli: MEASURE,
    action: GATE,
    arg: "DIR",
    default: "",
    parse: text,
    help: "Eval data folder in the ONNX model-zoo layout (test_data_set_*/input_N.pb, optional output_N.pb and labels.pb|labels.npy|labels.json) or with .npy/.npz inputs.",
    unset: "no accuracy checks",
    readme: "Eval data folder (layouts below). Empty \u2192 no accuracy checks."
  },
  config: {
    cli: PACKING,
    action: GATE,
    arg: "FILE",
    default: "",
    parse: text,
    help: "Config file (model-gate.yml / .yaml / .json) with thresholds, per-model overrides and bench settings.",
    unset: "model-gate.yml, .yaml or .json in the working directory if present",
    readme: "Config file; empty \u2192 `model-gate.yml`, `.yaml` or `.json` in the working directory if present."
  },
  thresholds: {
    cli: MEASURE,
    aliases: ["threshold"],
    action: GATE,
    file: "thresholds",
    arg: "METRIC=WARN/FAIL",
    multiple: true,
    example: "latency-p50: +20%/+40%",
    default: "",
    unset: "the default thresholds",
    set: (config, value, source) => Object.assign(config.thresholds, parseThresholdLines(value, source, config.thresholds)),
    fromFile: (config, value, source) => Object.assign(config.thresholds, parseThresholdTable(value, source, config.thresholds)),
    help: `Threshold overrides, one per line (or repeated flags) as "metric: WARN/FAIL" or "metric=WARN/FAIL", e.g. "latency-p50: +10%/+25%" or "accuracy: -0.5pp/-1pp". Metrics: ${METRIC_IDS.join(", ")}.`,
    readme: "Overrides, one per line: `metric: WARN/FAIL`."
  },
  "model-overrides": {
    file: "models",
    example: "",
    default: "",
    set: () => void 0,
    fromFile: (config, value, source) => {
      for (const [name, entry] of Object.entries(asObject(value, source))) {
        const m = asObject(entry, `${source}.${name}`);
        checkKeys(m, ["thresholds"], `${source}.${name}`);
        if (m.thresholds !== void 0) config.modelThresholds[name] = parseThresholdTable(m.thresholds, `${source}.${name}.thresholds`, config.thresholds);
      }
    },
    help: "Per-model threshold overrides by model name: models: { <name>: { thresholds: {...} } }."
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
    help: "Zstd compression level, 1 to 22.",
    readme: "zstd level 1\u201322; empty \u2192 `3`, or the config file's."
  },
  codec: {
    cli: PACKING,
    action: GATE,
    file: "codec",
    arg: "auto|zstd|onnx-planes",
    example: "zstd",
    default: "auto",
    set: (config, value, source) => {
      config.codec = parseCodec(value, source);
    },
    help: "How models are packed \u2014 auto (per model, the smaller of the two), zstd (one standard frame, readable by any zstd -d) or onnx-planes (float tensors split into byte planes, then zstd; see docs/FORMAT.md).",
    readme: "`auto` (per model, the smaller of the two), `zstd` or `onnx-planes`; empty \u2192 `auto`, or the config file's."
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
    help: "Zstd worker threads for packing, 1 to 256."
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
    help: "Which verdict fails the gate (the step, or exit code 1) \u2014 fail, warn or never.",
    readme: "Which verdict fails the step: `fail`, `warn` or `never`; empty \u2192 `fail`, or the config file's."
  },
  history: {
    cli: MEASURE,
    action: GATE,
    file: "history",
    arg: "N",
    example: "3",
    default: "10",
    set: (config, value, source) => {
      config.history.releases = parseInteger(value, source, 0, 100);
    },
    help: "How many releases back the history of each model goes, read from the releases' report.json assets (0: no history). The action reads it with its token; the CLI with a release baseline's GITHUB_TOKEN and GITHUB_REPOSITORY.",
    readme: "Releases back the [history](#history-across-releases) goes, from their `report.json` (0: off); empty \u2192 `10`, or the config file's."
  },
  "latency-p50-drift": {
    cli: MEASURE,
    action: GATE,
    file: "latency-p50-drift",
    arg: "WARN/FAIL",
    example: "+10%/+30%",
    default: "",
    unset: "no drift check",
    set: (config, value, source) => {
      config.history.drift["latency-p50"] = parseDrift(value, "latency-p50", source);
    },
    help: 'Drift level on the chained latency p50 change over the history, e.g. "+20%" (fail level) or "+10%/+30%": it warns when the estimate is beyond the fail level, and fails only when the whole chained interval is.',
    readme: "Drift level on the chained latency p50 change over the history, e.g. `+20%` or `+10%/+30%`; empty \u2192 none, or the config file's."
  },
  "load-time-drift": {
    cli: MEASURE,
    action: GATE,
    file: "load-time-drift",
    arg: "WARN/FAIL",
    example: "+10%/+30%",
    default: "",
    unset: "no drift check",
    set: (config, value, source) => {
      config.history.drift["load-time"] = parseDrift(value, "load-time", source);
    },
    help: "Drift level on the chained load time change over the history, as latency-p50-drift.",
    readme: "Drift level on the chained load time change, as `latency-p50-drift`; empty \u2192 none, or the config file's."
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
    help: "Measure a model whose bytes are the same as its baseline's anyway; by default it is reported as unchanged and no time is spent on it.",
    readme: "`true` measures a model whose bytes equal its baseline's anyway; by default it is reported as unchanged and costs no time."
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
    help: 'Lossy variants to build and measure beside the lossless original, e.g. "fp16, int8" (fp16 weights; int8 per-channel weights of MatMul, Gemm and Conv). Needs eval-data.',
    readme: "Lossy variants to build and measure beside the original: `fp16`, `int8` ([below](#lossy-variants)); needs `eval-data`."
  },
  publish: {
    cli: MEASURE,
    action: GATE,
    file: "publish",
    arg: "original|best",
    example: "original",
    default: "best",
    set: (config, value, source) => {
      config.variants.publish = oneOf(["original", "best"])(value, source);
    },
    help: "Which variant the pack (and the release) holds \u2014 best (the smallest variant inside the accuracy budget, else the original) or original.",
    readme: "Which variant the pack holds: `best` (the smallest inside the budget, else the original) or `original`; empty \u2192 `best`, or the config file's."
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
    help: "Accuracy budget of a lossy variant against the float original, for top-1 accuracy (labels) or top-1 agreement (class scores).",
    readme: "A variant's budget against the float original for top-1 accuracy or top-1 agreement; empty \u2192 `-0.5pp`, or the config file's."
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
    help: "Error budget of a lossy variant against the float original, for RMSE (numeric labels) or the output error relative to the original's outputs (no labels).",
    readme: "A variant's budget against the float original for RMSE or the output error; empty \u2192 `+2%`, or the config file's."
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
    help: "int8: weights with fewer elements stay float32."
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
    help: "fp16: initializers read by these ops stay float32."
  },
  "out-dir": {
    action: GATE_MERGE,
    default: "model-gate-out",
    parse: text,
    help: "Folder for the candidate pack (out-dir/pack) and the reports (report.json, report.md).",
    readme: "Where the candidate pack (`out-dir/pack`) and the reports go."
  },
  out: {
    cli: ["pack", "unpack", "run"],
    arg: "DIR",
    default: "",
    parse: text,
    help: "Output folder (required): the pack (pack, run) or the restored models (unpack)."
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
    help: "Seconds of timing samples per model pair. Sampling stops earlier once every timing interval is clear of its thresholds; a failing timing is re-measured once with the same budget before it can fail.",
    readme: "Seconds of timing samples per model pair; sampling stops earlier once every interval is clear of its levels; empty \u2192 `25`, or the config file's."
  },
  "load-samples": {
    cli: MEASURE,
    action: GATE,
    file: "bench.load-samples",
    arg: "N",
    example: "7",
    default: "10",
    set: bench("loadSamples", 1, 1e3),
    help: "Cold-load pairs (each load a fresh process; baseline and candidate alternate) taken before the intervals are judged (a 95% interval needs 6).",
    readme: "Cold-load pairs (each load a fresh process) taken before the intervals are judged; empty \u2192 `10`, or the config file's."
  },
  "latency-rounds": {
    cli: MEASURE,
    action: GATE,
    file: "bench.latency-rounds",
    arg: "N",
    example: "6",
    default: "10",
    set: bench("latencyRounds", 1, 1e3),
    help: "Interleaved warm-latency rounds taken before the intervals are judged.",
    readme: "Interleaved warm-latency rounds taken before the intervals are judged; empty \u2192 `10`, or the config file's."
  },
  "latency-time-ms": {
    cli: MEASURE,
    file: "bench.latency-time-ms",
    arg: "MS",
    example: "50",
    default: "100",
    set: bench("latencyTimeMs", 1, 6e5),
    help: "Sampling time per side per round, in ms."
  },
  "warmup-ms": {
    cli: MEASURE,
    file: "bench.warmup-ms",
    arg: "MS",
    example: "10",
    default: "25",
    set: bench("warmupMs", 0, 6e5),
    help: "Warm-up time per side per round, in ms."
  },
  "intra-op-threads": {
    cli: MEASURE,
    action: GATE,
    file: "bench.intra-op-threads",
    arg: "N",
    example: "2",
    default: "1",
    set: bench("intraOpThreads", 0, 256),
    help: "onnxruntime intra-op threads, identical for both sides.",
    readme: "onnxruntime intra-op threads, the same for both sides; empty \u2192 `1`, or the config file's."
  },
  "inter-op-threads": {
    cli: MEASURE,
    file: "bench.inter-op-threads",
    arg: "N",
    example: "2",
    default: "1",
    set: bench("interOpThreads", 0, 256),
    help: "onnxruntime inter-op threads, identical for both sides."
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
    help: "Absolute tolerance for output agreement."
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
    help: "Relative tolerance for output agreement."
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
    help: "The model output to score."
  },
  json: { cli: MEASURE, arg: "FILE", default: "", parse: text, help: "Write the JSON report here." },
  markdown: { cli: MEASURE, arg: "FILE", default: "", parse: text, help: "Write the Markdown report here." },
  quiet: { cli: MEASURE, default: "false", parse: bool, help: "Print only the report." },
  "github-token": {
    action: ALL_MODES,
    env: "GITHUB_TOKEN",
    default: "",
    actionDefault: "${{ github.token }}",
    parse: text,
    help: "Token for the GitHub API (releases, comments, uploads).",
    readme: "Token for releases, comments and uploads."
  },
  comment: {
    action: ALL_MODES,
    default: "always",
    parse: oneOf(COMMENT_MODES),
    help: "Pull-request comment \u2014 always (create or update the sticky comment every run), on-change (only when the report changed), on-regression (only on warn/fail, or to update an earlier comment), never.",
    readme: "Pull-request comment: `always`, `on-change`, `on-regression` or `never`."
  },
  "comment-key": {
    action: ALL_MODES,
    default: "default",
    parse: (value, source) => {
      const key = value.trim();
      if (!COMMENT_KEY.test(key)) throw new InputError(`${source}: "${key}" may hold only letters, digits and . _ / - (1 to 100 characters)`);
      return key;
    },
    help: "Tells sticky comments apart when one workflow gates several model sets (letters, digits and . _ / -). The comment's hidden marker is <!-- model-gate comment-key: <key> -->, derived from the key alone, so the measuring workflow and the publish-comment workflow update the same comment.",
    readme: "Tells sticky comments apart when one workflow gates several model sets: letters, digits and `. _ / -`. The comment's hidden marker is `<!-- model-gate comment-key: <key> -->`, the same in every workflow."
  },
  "comment-author": {
    action: ALL_MODES,
    default: "",
    parse: (value, source) => {
      const author = value.trim();
      if (!LOGIN.test(author)) throw new InputError(`${source}: "${author}" is not a GitHub login`);
      return author;
    },
    help: "Login the token comments as, if /user cannot tell (a GitHub App token).",
    unset: "/user, or github-actions[bot] for the Actions token",
    readme: "Login the token comments as, when `/user` cannot say (GitHub App tokens)."
  },
  "release-upload": {
    action: GATE_MERGE,
    default: "auto",
    parse: oneOf(["auto", "always", "never"]),
    help: "Upload the pack (*.onnx.zst, manifest.json) and report.json to the current release when the gate passes \u2014 auto (on a release event or tag push), always (a run with no release or tag fails), never. A failed gate uploads nothing.",
    readme: "Upload pack and report to the current release on pass: `auto` (release/tag runs), `always` (and fail a run that has no release or tag), `never`."
  },
  "publish-release": {
    action: GATE_MERGE,
    default: "false",
    parse: bool,
    help: "After uploading to a draft release, publish it (the draft \u2192 upload \u2192 publish flow immutable releases need).",
    readme: "Publish the draft release after uploading."
  },
  report: {
    action: ["publish-comment"],
    default: "model-gate-out/report.json",
    parse: text,
    help: "In publish-comment mode, the report.json from the measuring run's artifact.",
    readme: "`publish-comment` mode: the report artifact to publish."
  },
  reports: {
    action: ["merge"],
    default: "",
    parse: lines,
    help: "In merge mode, the shards' downloaded artifacts: folders (paths or globs, one per line), each holding a shard's report.json and its pack/ folder.",
    readme: "`merge` mode: the shards' artifact folders (paths or globs, one per line), each with `report.json` and `pack/`."
  }
};
var SETTING_NAMES = Object.keys(SETTINGS);
var setting = (name) => SETTINGS[name];
var flagSource = (spelling) => `--${spelling}`;
var inputSource = (name) => `input '${name}'`;
var fileSource = (file, path) => `${file}: ${path}`;
var envSource = (variable) => `environment variable ${variable}`;
function parseValue(name, raw) {
  return SETTINGS[name].parse(raw.value, raw.source);
}
function valueOr(name, raws) {
  const raw = raws?.at(-1);
  if (raw) return parseValue(name, raw);
  const def = SETTINGS[name].default;
  return def === "" ? null : parseValue(name, { value: def, source: "defaults" });
}
function cliOptions(command) {
  return SETTING_NAMES.filter((name) => setting(name).cli?.includes(command)).map((name) => {
    const s = setting(name);
    const notes = [
      s.arg === void 0 ? "" : s.default !== "" ? `default ${s.default}` : s.unset ? `default: ${s.unset}` : "",
      s.multiple ? "repeatable" : "",
      ...(s.aliases ?? []).map((a) => `also --${a}`)
    ].filter((n) => n !== "");
    const help = s.help.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()).replace(/\.$/, "");
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
function actionInputNames(mode) {
  return SETTING_NAMES.filter((name) => {
    const modes = setting(name).action;
    return modes !== void 0 && (mode === void 0 || modes.includes(mode));
  });
}
function readInputs(mode, read, env) {
  const out = {};
  for (const name of actionInputNames(mode)) {
    const s = setting(name);
    const value = read(name);
    if (value.trim() !== "") out[name] = [{ value, source: inputSource(name) }];
    else if (s.env && env[s.env]) out[name] = [{ value: env[s.env], source: envSource(s.env) }];
  }
  return out;
}
function fileSettings() {
  return SETTING_NAMES.flatMap((name) => {
    const path = setting(name).file;
    return path === void 0 ? [] : [{ name, path }];
  });
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
    const value = parts.length === 2 ? top[parts[0]]?.[parts[1]] : top[parts[0]];
    if (value === void 0) continue;
    const s = setting(name);
    const source = fileSource(file, path);
    if (s.fromFile) s.fromFile(config, value, source);
    else s.set(config, Array.isArray(value) ? value.join(",") : String(value), source);
  }
}
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
  EXIT_BAD_INPUT,
  exitCodeFor,
  shardOf,
  shardItems,
  expandModelPatterns,
  SETTINGS,
  inputSource,
  parseValue,
  valueOr,
  cliOptions,
  parseCli,
  readInputs,
  buildConfig
};
//# sourceMappingURL=chunk-LK2NOCNW.js.map
