// Every setting of model-gate, declared once: its one name (the CLI flag --<name>, the action input <name> and the
// config-file key <name>), where it is accepted, how its text is parsed, its default and its help. The CLI's options
// and help, the action's input reading, the config-file keys and action.yml's inputs (checked by
// test/settings.test.ts, as is the README's input table) all derive from SETTINGS. A new setting is one entry here
// (plus, when the stages read it, its field in config.ts).
import { InputError } from '../errors.js';
import { parseArgs } from 'node:util';
import { METRIC_IDS } from '../compare/metrics.js';
import {
  asObject,
  checkKeys,
  type Config,
  DEFAULT_FP16_KEEP_OPS,
  configSkeleton,
  findDefaultConfig,
  parseBoolean,
  parseBudget,
  parseCodec,
  parseFailOn,
  parseInteger,
  parseLevel,
  parseDrift,
  parseNonNegative,
  parseThresholdTable,
  parseVariantList,
  type Raw,
  type RawSettings,
  readConfigFile,
  splitList,
} from './config.js';
import { parseThresholdLines } from './thresholds.js';
import { parseShard } from './shard.js';
import { CLASS_CHECK_MODES, OUTPUT_KINDS } from '../eval/settings.js';

export type Command = 'pack' | 'unpack' | 'compare' | 'run';
export type ActionMode = 'gate' | 'publish-comment' | 'merge';

interface Common {
  /** CLI commands that take `--<name>`. */
  cli?: readonly Command[];
  /** Older flag spellings, still accepted (and named in errors as written). */
  aliases?: readonly string[];
  /** Action modes that read input `<name>`. */
  action?: readonly ActionMode[];
  /** Where the config file holds it: the name, or `section.key` inside a section. */
  file?: string;
  /** An environment variable read when no flag or input gives a value. */
  env?: string;
  /** The CLI's placeholder for the value; none = a flag without a value (on), the action's input is then true/false. */
  arg?: string;
  /** A flag that may be repeated; every value counts, in order. */
  multiple?: boolean;
  /** The default as one would write it; '' when it is not a value one could write (then `unset` says what happens). */
  default: string;
  /** What no value means, when that is not `default`. */
  unset?: string;
  /** action.yml's default, where it is not `default` (the token: the runner's own expression). */
  actionDefault?: string;
  help: string;
  /** The README's input table's text for an action input (Markdown, shorter than help); the table is generated from it. */
  readme?: string;
}

/** A setting of the Config the stages run with: applied onto it from the config file, then from a flag or input. */
interface ConfigSetting extends Common {
  /** A valid value other than the default: test/settings.test.ts sets it through every route the setting has. */
  example: string;
  set: (config: Config, value: string, source: string) => void;
  /** A config-file value that is not text (a table): the default joins a list with commas and reads the rest as text. */
  fromFile?: (config: Config, value: unknown, source: string) => void;
}

/** A setting a front door reads itself: parsed to a value, which it acts on. */
interface ValueSetting<T> extends Common {
  parse: (value: string, source: string) => T;
}

type Setting = ConfigSetting | ValueSetting<unknown>;

const MEASURE = ['compare', 'run'] as const satisfies Command[];
const PACKING = ['pack', 'compare', 'run'] as const satisfies Command[];
const GATE = ['gate'] as const satisfies ActionMode[];
const ALL_MODES = ['gate', 'publish-comment', 'merge'] as const satisfies ActionMode[];
/** What writes reports and uploads to a release: the gate, and the merge of a matrix's shards. */
const GATE_MERGE = ['gate', 'merge'] as const satisfies ActionMode[];

/** The pull-request comment's modes (github/comments.ts acts on them; a test keeps the two lists equal). */
export const COMMENT_MODES = ['always', 'on-change', 'on-regression', 'never'] as const;
/** Letters, digits and . _ / -, up to 100: the comment-key a hidden marker is made from (github/comments.ts). */
const COMMENT_KEY = /^[A-Za-z0-9._/-]{1,100}$/;
/** GitHub logins: letters, digits and single hyphens, up to 39 characters; an app's bot account ends in [bot]. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/;

function oneOf<const T extends string>(allowed: readonly T[]): (value: string, source: string) => T {
  return (value, source) => {
    const v = value.trim().toLowerCase() as T;
    if (!allowed.includes(v)) throw new InputError(`${source}: "${value}" is not one of ${allowed.join(', ')}`);
    return v;
  };
}
const text = (value: string): string => value.trim();
const lines = (value: string): string[] => value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const bool = (value: string, source: string): boolean => parseBoolean(value, source);
const bench = (field: keyof Config['bench'], min: number, max: number) => (config: Config, value: string, source: string) => {
  config.bench[field] = parseInteger(value, source, min, max);
};

export const SETTINGS = {
  mode: {
    action: ALL_MODES,
    default: 'gate',
    parse: oneOf(['gate', 'publish-comment', 'merge']),
    help: "gate (pack, measure, compare, report, comment, upload), publish-comment (the fork-safe second half, run on workflow_run; posts the comment for a report artifact on the pull request whose head is the run's commit) or merge (the job after a matrix of shard: K/N gates: checks their report artifacts and gives the one verdict, comment and release upload).",
    readme: '`gate`, `publish-comment` for the fork-safe second workflow, or `merge` for the job after a matrix of shards.',
  },
  shard: {
    action: GATE,
    cli: MEASURE,
    arg: 'K/N',
    default: '',
    parse: parseShard,
    help: 'Gate only shard K of N of the models (after glob expansion), split by name with rendezvous hashing so adding a model moves only that model. A shard does not comment or upload: a merge job (mode: merge) does, once, from all the shards\' reports.',
    readme: 'Gate only shard `K/N` of the models (split by name; a matrix job); the shard neither comments nor uploads — a `merge` job does.',
  },
  models: {
    action: GATE,
    default: '',
    parse: lines,
    help: 'ONNX model files to pack and gate, as paths or glob patterns, one per line (e.g. "models/*.onnx"). Pickle/PyTorch files are refused. Required in gate mode.',
    readme: 'ONNX model files, paths or globs, one per line (required in `gate` mode).',
  },
  candidate: {
    cli: ['compare'],
    arg: 'DIR|FILE',
    multiple: true,
    default: '',
    parse: text,
    help: 'A pack folder or .onnx file (glob allowed); also taken as arguments.',
  },
  baseline: {
    cli: MEASURE,
    action: GATE,
    arg: 'SPEC',
    default: '',
    parse: text,
    help: 'What to compare against: latest-release, previous-release (the release before the one being made; the action only), release:<tag>, path:<dir> (a pack folder that must exist; the CLI also takes a bare folder), path?:<dir> (one that may be missing: then no-baseline), ref:<git ref> (the model files at that commit, packed on the fly like the candidates), or none. A release without model-gate assets, or no release, gives verdict no-baseline and a passing gate. The CLI reads the token and repository for a release from GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_API_URL).',
    unset: 'previous-release on a release event or tag push, latest-release otherwise; the CLI compares against nothing',
    readme: '`latest-release`, `previous-release`, `release:<tag>`, `path:<dir>`, `path?:<dir>`, `ref:<git ref>` or `none`; empty → `previous-release` on a release or tag push, `latest-release` otherwise.',
  },
  'baseline-optional': {
    cli: MEASURE,
    default: 'false',
    parse: bool,
    help: 'A baseline folder that does not exist means no baseline (verdict no-baseline) instead of an error, as path?:<dir> does.',
  },
  'baseline-dir': {
    action: GATE,
    default: '',
    parse: text,
    help: 'Shorthand for baseline path:<dir>, a pack folder (manifest.json + *.onnx.zst) that must exist.',
    readme: 'Shorthand for `baseline: path:<dir>`: the folder must exist (`baseline: path?:<dir>` allows a missing one).',
  },
  'include-prereleases': {
    cli: MEASURE,
    action: GATE,
    default: 'false',
    parse: bool,
    help: 'Let latest-release and previous-release pick prereleases.',
    readme: 'Let `latest-release` / `previous-release` pick prereleases.',
  },
  'eval-data': {
    cli: MEASURE,
    action: GATE,
    arg: 'DIR',
    default: '',
    parse: text,
    help: 'Eval data folder in the ONNX model-zoo layout (test_data_set_*/input_N.pb, optional output_N.pb and labels.pb|labels.npy|labels.json) or with .npy/.npz inputs.',
    unset: 'no accuracy checks',
    readme: 'Eval data folder (layouts below). Empty → no accuracy checks.',
  },
  config: {
    cli: PACKING,
    action: GATE,
    arg: 'FILE',
    default: '',
    parse: text,
    help: 'Config file (model-gate.yml / .yaml / .json) with thresholds, per-model overrides and bench settings.',
    unset: 'model-gate.yml, .yaml or .json in the working directory if present',
    readme: 'Config file; empty → `model-gate.yml`, `.yaml` or `.json` in the working directory if present.',
  },
  thresholds: {
    cli: MEASURE,
    aliases: ['threshold'],
    action: GATE,
    file: 'thresholds',
    arg: 'METRIC=WARN/FAIL',
    multiple: true,
    example: 'latency-p50: +20%/+40%',
    default: '',
    unset: 'the default thresholds',
    set: (config: Config, value: string, source: string) => Object.assign(config.thresholds, parseThresholdLines(value, source, config.thresholds)),
    fromFile: (config: Config, value: unknown, source: string) => Object.assign(config.thresholds, parseThresholdTable(value, source, config.thresholds)),
    help: `Threshold overrides, one per line (or repeated flags) as "metric: WARN/FAIL" or "metric=WARN/FAIL", e.g. "latency-p50: +10%/+25%" or "accuracy: -0.5pp/-1pp". Metrics: ${METRIC_IDS.join(', ')}.`,
    readme: 'Overrides, one per line: `metric: WARN/FAIL`.',
  },
  'model-overrides': {
    file: 'models',
    example: '',
    default: '',
    set: () => undefined,
    fromFile: (config: Config, value: unknown, source: string) => {
      for (const [name, entry] of Object.entries(asObject(value, source))) {
        const m = asObject(entry, `${source}.${name}`);
        checkKeys(m, ['thresholds'], `${source}.${name}`);
        if (m.thresholds !== undefined) config.modelThresholds[name] = parseThresholdTable(m.thresholds, `${source}.${name}.thresholds`, config.thresholds);
      }
    },
    help: 'Per-model threshold overrides by model name: models: { <name>: { thresholds: {...} } }.',
  },
  // Level 3: float weights barely shrink further at 19, which costs an order of magnitude more time.
  'compression-level': {
    cli: PACKING,
    aliases: ['level'],
    action: GATE,
    file: 'compression-level',
    arg: 'N',
    example: '9',
    default: '3',
    set: (config: Config, value: string, source: string) => {
      config.level = parseLevel(value, source);
    },
    help: 'Zstd compression level, 1 to 22.',
    readme: 'zstd level 1–22; empty → `3`, or the config file\'s.',
  },
  codec: {
    cli: PACKING,
    action: GATE,
    file: 'codec',
    arg: 'auto|zstd|onnx-planes',
    example: 'zstd',
    default: 'auto',
    set: (config: Config, value: string, source: string) => {
      config.codec = parseCodec(value, source);
    },
    help: 'How models are packed — auto (per model, the smaller of the two), zstd (one standard frame, readable by any zstd -d) or onnx-planes (float tensors split into byte planes, then zstd; see docs/FORMAT.md).',
    readme: '`auto` (per model, the smaller of the two), `zstd` or `onnx-planes`; empty → `auto`, or the config file\'s.',
  },
  threads: {
    cli: PACKING,
    file: 'threads',
    arg: 'N',
    example: '7',
    default: '',
    unset: 'the number of cores, at most 4',
    set: (config: Config, value: string, source: string) => {
      config.threads = parseInteger(value, source, 1, 256);
    },
    help: 'Zstd worker threads for packing, 1 to 256.',
  },
  'fail-on': {
    cli: MEASURE,
    action: GATE,
    file: 'fail-on',
    arg: 'fail|warn|never',
    example: 'warn',
    default: 'fail',
    set: (config: Config, value: string, source: string) => {
      config.failOn = parseFailOn(value, source);
    },
    help: 'Which verdict fails the gate (the step, or exit code 1) — fail, warn or never.',
    readme: 'Which verdict fails the step: `fail`, `warn` or `never`; empty → `fail`, or the config file\'s.',
  },
  history: {
    cli: MEASURE,
    action: GATE,
    file: 'history',
    arg: 'N',
    example: '3',
    default: '10',
    set: (config: Config, value: string, source: string) => {
      config.history.releases = parseInteger(value, source, 0, 100);
    },
    help: "How many releases back the history of each model goes, read from the releases' report.json assets (0: no history). The action reads it with its token; the CLI with a release baseline's GITHUB_TOKEN and GITHUB_REPOSITORY.",
    readme: 'Releases back the [history](#history-across-releases) goes, from their `report.json` (0: off); empty → `10`, or the config file\'s.',
  },
  'latency-p50-drift': {
    cli: MEASURE,
    action: GATE,
    file: 'latency-p50-drift',
    arg: 'WARN/FAIL',
    example: '+10%/+30%',
    default: '',
    unset: 'no drift check',
    set: (config: Config, value: string, source: string) => {
      config.history.drift['latency-p50'] = parseDrift(value, 'latency-p50', source);
    },
    help: 'Drift level on the chained latency p50 change over the history, e.g. "+20%" (fail level) or "+10%/+30%": it warns when the estimate is beyond the fail level, and fails only when the whole chained interval is.',
    readme: 'Drift level on the chained latency p50 change over the history, e.g. `+20%` or `+10%/+30%`; empty → none, or the config file\'s.',
  },
  'load-time-drift': {
    cli: MEASURE,
    action: GATE,
    file: 'load-time-drift',
    arg: 'WARN/FAIL',
    example: '+10%/+30%',
    default: '',
    unset: 'no drift check',
    set: (config: Config, value: string, source: string) => {
      config.history.drift['load-time'] = parseDrift(value, 'load-time', source);
    },
    help: 'Drift level on the chained load time change over the history, as latency-p50-drift.',
    readme: 'Drift level on the chained load time change, as `latency-p50-drift`; empty → none, or the config file\'s.',
  },
  'remeasure-unchanged': {
    cli: MEASURE,
    action: GATE,
    file: 'remeasure-unchanged',
    example: 'true',
    default: 'false',
    set: (config: Config, value: string, source: string) => {
      config.remeasureUnchanged = parseBoolean(value, source);
    },
    help: 'Measure a model whose bytes are the same as its baseline\'s anyway; by default it is reported as unchanged and no time is spent on it.',
    readme: '`true` measures a model whose bytes equal its baseline\'s anyway; by default it is reported as unchanged and costs no time.',
  },
  variants: {
    cli: MEASURE,
    action: GATE,
    file: 'variants',
    arg: 'LIST',
    example: 'fp16',
    default: '',
    unset: 'the original only',
    set: (config: Config, value: string, source: string) => {
      config.variants.build = parseVariantList(value, source);
    },
    help: 'Lossy variants to build and measure beside the lossless original, e.g. "fp16, int8" (fp16 weights; int8 per-channel weights of MatMul, Gemm and Conv). Needs eval-data.',
    readme: 'Lossy variants to build and measure beside the original: `fp16`, `int8` ([below](#lossy-variants)); needs `eval-data`.',
  },
  publish: {
    cli: MEASURE,
    action: GATE,
    file: 'publish',
    arg: 'original|best',
    example: 'original',
    default: 'best',
    set: (config: Config, value: string, source: string) => {
      config.variants.publish = oneOf(['original', 'best'])(value, source);
    },
    help: 'Which variant the pack (and the release) holds — best (the smallest variant inside the accuracy budget, else the original) or original.',
    readme: 'Which variant the pack holds: `best` (the smallest inside the budget, else the original) or `original`; empty → `best`, or the config file\'s.',
  },
  'max-accuracy-drop': {
    cli: MEASURE,
    action: GATE,
    file: 'max-accuracy-drop',
    arg: 'T',
    example: '-1pp',
    default: '-0.5pp',
    set: (config: Config, value: string, source: string) => {
      config.variants.maxAccuracyDrop = parseBudget(value, 'accuracy', source);
    },
    help: 'Accuracy budget of a lossy variant against the float original, for top-1 accuracy (labels) or top-1 agreement (class scores).',
    readme: 'A variant\'s budget against the float original for top-1 accuracy or top-1 agreement; empty → `-0.5pp`, or the config file\'s.',
  },
  'max-error-increase': {
    cli: MEASURE,
    action: GATE,
    file: 'max-error-increase',
    arg: 'T',
    example: '+5%',
    default: '+2%',
    set: (config: Config, value: string, source: string) => {
      config.variants.maxErrorIncrease = parseBudget(value, 'rmse', source);
    },
    help: "Error budget of a lossy variant against the float original, for RMSE (numeric labels) or the output error relative to the original's outputs (no labels).",
    readme: 'A variant\'s budget against the float original for RMSE or the output error; empty → `+2%`, or the config file\'s.',
  },
  'int8-min-elements': {
    cli: MEASURE,
    file: 'int8-min-elements',
    arg: 'N',
    example: '64',
    default: '1024',
    set: (config: Config, value: string, source: string) => {
      config.variants.int8MinElements = parseInteger(value, source, 1, 2 ** 31);
    },
    help: 'int8: weights with fewer elements stay float32.',
  },
  'fp16-keep-ops': {
    cli: MEASURE,
    file: 'fp16-keep-ops',
    arg: 'LIST',
    example: 'Resize,Clip',
    default: DEFAULT_FP16_KEEP_OPS.join(','),
    set: (config: Config, value: string) => {
      config.variants.fp16KeepOps = splitList(value);
    },
    help: 'fp16: initializers read by these ops stay float32.',
  },
  'out-dir': {
    action: GATE_MERGE,
    default: 'model-gate-out',
    parse: text,
    help: 'Folder for the candidate pack (out-dir/pack) and the reports (report.json, report.md).',
    readme: 'Where the candidate pack (`out-dir/pack`) and the reports go.',
  },
  out: {
    cli: ['pack', 'unpack', 'run'],
    arg: 'DIR',
    default: '',
    parse: text,
    help: 'Output folder (required): the pack (pack, run) or the restored models (unpack).',
  },
  // Bench defaults, calibrated with `npm run bench:verdicts` (README, methodology): at least 10 pairs of each kind, as
  // the distribution-free 95% interval of a median needs 6 and a few more keep early stops honest; 100 ms rounds hold
  // hundreds of runs of a fast model; a 25 s budget keeps a 10 MB model pair under 60 s even when a failure is re-measured.
  'bench-budget': {
    cli: MEASURE,
    action: GATE,
    file: 'bench.budget',
    arg: 'S',
    example: '40',
    default: '25',
    set: bench('budgetSeconds', 1, 3600),
    help: 'Seconds of timing samples per model pair. Sampling stops earlier once every timing interval is clear of its thresholds; a failing timing is re-measured once with the same budget before it can fail.',
    readme: 'Seconds of timing samples per model pair; sampling stops earlier once every interval is clear of its levels; empty → `25`, or the config file\'s.',
  },
  'load-samples': {
    cli: MEASURE,
    action: GATE,
    file: 'bench.load-samples',
    arg: 'N',
    example: '7',
    default: '10',
    set: bench('loadSamples', 1, 1000),
    help: 'Cold-load pairs (each load a fresh process; baseline and candidate alternate) taken before the intervals are judged (a 95% interval needs 6).',
    readme: 'Cold-load pairs (each load a fresh process) taken before the intervals are judged; empty → `10`, or the config file\'s.',
  },
  'latency-rounds': {
    cli: MEASURE,
    action: GATE,
    file: 'bench.latency-rounds',
    arg: 'N',
    example: '6',
    default: '10',
    set: bench('latencyRounds', 1, 1000),
    help: 'Interleaved warm-latency rounds taken before the intervals are judged.',
    readme: 'Interleaved warm-latency rounds taken before the intervals are judged; empty → `10`, or the config file\'s.',
  },
  'latency-time-ms': {
    cli: MEASURE,
    file: 'bench.latency-time-ms',
    arg: 'MS',
    example: '50',
    default: '100',
    set: bench('latencyTimeMs', 1, 600_000),
    help: 'Sampling time per side per round, in ms.',
  },
  'warmup-ms': {
    cli: MEASURE,
    file: 'bench.warmup-ms',
    arg: 'MS',
    example: '10',
    default: '25',
    set: bench('warmupMs', 0, 600_000),
    help: 'Warm-up time per side per round, in ms.',
  },
  'intra-op-threads': {
    cli: MEASURE,
    action: GATE,
    file: 'bench.intra-op-threads',
    arg: 'N',
    example: '2',
    default: '1',
    set: bench('intraOpThreads', 0, 256),
    help: 'onnxruntime intra-op threads, identical for both sides.',
    readme: 'onnxruntime intra-op threads, the same for both sides; empty → `1`, or the config file\'s.',
  },
  'inter-op-threads': {
    cli: MEASURE,
    file: 'bench.inter-op-threads',
    arg: 'N',
    example: '2',
    default: '1',
    set: bench('interOpThreads', 0, 256),
    help: 'onnxruntime inter-op threads, identical for both sides.',
  },
  atol: {
    cli: MEASURE,
    file: 'eval.atol',
    arg: 'X',
    example: '0.001',
    default: '1e-5',
    set: (config: Config, value: string, source: string) => {
      config.eval.atol = parseNonNegative(value, source);
    },
    help: 'Absolute tolerance for output agreement.',
  },
  rtol: {
    cli: MEASURE,
    file: 'eval.rtol',
    arg: 'X',
    example: '0.01',
    default: '1e-4',
    set: (config: Config, value: string, source: string) => {
      config.eval.rtol = parseNonNegative(value, source);
    },
    help: 'Relative tolerance for output agreement.',
  },
  output: {
    cli: MEASURE,
    file: 'eval.output',
    arg: 'NAME',
    example: 'probabilities',
    default: '',
    unset: 'the first output',
    set: (config: Config, value: string) => {
      config.eval.output = value.trim() || null;
    },
    help: 'The model output to score.',
  },
  'ignore-index': {
    cli: MEASURE,
    file: 'eval.ignore-index',
    arg: 'N',
    example: '-1',
    default: '-100',
    set: (config: Config, value: string, source: string) => {
      config.eval.ignoreIndex = parseInteger(value, source, -(2 ** 31), 2 ** 31 - 1);
    },
    help: "Class labels equal to this are skipped (padding, a prompt's tokens), as PyTorch's cross_entropy does with -100.",
  },
  'output-kind': {
    cli: MEASURE,
    file: 'eval.output-kind',
    arg: 'KIND',
    example: 'probabilities',
    default: 'auto',
    set: (config: Config, value: string, source: string) => {
      config.eval.outputKind = oneOf(OUTPUT_KINDS)(value, source);
    },
    help: 'What the scored output holds, for perplexity: logits, probabilities or log-probabilities; auto = logits for per-position outputs (a class axis and two or more others), no perplexity for one class score per sample.',
  },
  'class-axis': {
    cli: MEASURE,
    file: 'eval.class-axis',
    arg: 'N',
    example: '1',
    default: '-1',
    set: (config: Config, value: string, source: string) => {
      config.eval.classAxis = parseInteger(value, source, -32, 31);
    },
    help: "The scored output's class axis; negative counts from the end. Class labels have the output's shape without it: [B,T] for [B,T,V] logits, [N,H,W] for NCHW (class axis 1).",
  },
  'class-check': {
    cli: MEASURE,
    file: 'eval.class-check',
    arg: 'MODE',
    example: 'on',
    default: 'auto',
    set: (config: Config, value: string, source: string) => {
      config.eval.classCheck = oneOf(CLASS_CHECK_MODES)(value, source);
    },
    help: "Per-class recall check (McNemar per class, Holm-corrected): auto = on for one class per sample, off for per-position classes (a sequence's positions are not independent samples); on; off. Its drop levels are the class-recall thresholds.",
  },
  'class-min-samples': {
    cli: MEASURE,
    file: 'eval.class-min-samples',
    arg: 'N',
    example: '50',
    default: '20',
    set: (config: Config, value: string, source: string) => {
      config.eval.classMinSamples = parseInteger(value, source, 1, 1_000_000_000);
    },
    help: 'Classes with fewer labelled samples are reported by the class-recall check, never judged (below 20 one sample is over 5 pp of recall).',
  },
  json: { cli: MEASURE, arg: 'FILE', default: '', parse: text, help: 'Write the JSON report here.' },
  markdown: { cli: MEASURE, arg: 'FILE', default: '', parse: text, help: 'Write the Markdown report here.' },
  quiet: { cli: MEASURE, default: 'false', parse: bool, help: 'Print only the report.' },
  'github-token': {
    action: ALL_MODES,
    env: 'GITHUB_TOKEN',
    default: '',
    actionDefault: '${{ github.token }}',
    parse: text,
    help: 'Token for the GitHub API (releases, comments, uploads).',
    readme: 'Token for releases, comments and uploads.',
  },
  comment: {
    action: ALL_MODES,
    default: 'always',
    parse: oneOf(COMMENT_MODES),
    help: 'Pull-request comment — always (create or update the sticky comment every run), on-change (only when the report changed), on-regression (only on warn/fail, or to update an earlier comment), never.',
    readme: 'Pull-request comment: `always`, `on-change`, `on-regression` or `never`.',
  },
  'comment-key': {
    action: ALL_MODES,
    default: 'default',
    parse: (value: string, source: string): string => {
      const key = value.trim();
      if (!COMMENT_KEY.test(key)) throw new InputError(`${source}: "${key}" may hold only letters, digits and . _ / - (1 to 100 characters)`);
      return key;
    },
    help: "Tells sticky comments apart when one workflow gates several model sets (letters, digits and . _ / -). The comment's hidden marker is <!-- model-gate comment-key: <key> -->, derived from the key alone, so the measuring workflow and the publish-comment workflow update the same comment.",
    readme: 'Tells sticky comments apart when one workflow gates several model sets: letters, digits and `. _ / -`. The comment\'s hidden marker is `<!-- model-gate comment-key: <key> -->`, the same in every workflow.',
  },
  'comment-author': {
    action: ALL_MODES,
    default: '',
    parse: (value: string, source: string): string => {
      const author = value.trim();
      if (!LOGIN.test(author)) throw new InputError(`${source}: "${author}" is not a GitHub login`);
      return author;
    },
    help: 'Login the token comments as, if /user cannot tell (a GitHub App token).',
    unset: '/user, or github-actions[bot] for the Actions token',
    readme: 'Login the token comments as, when `/user` cannot say (GitHub App tokens).',
  },
  'release-upload': {
    action: GATE_MERGE,
    default: 'auto',
    parse: oneOf(['auto', 'always', 'never']),
    help: 'Upload the pack (*.onnx.zst, manifest.json) and report.json to the current release when the gate passes — auto (on a release event or tag push), always (a run with no release or tag fails), never. A failed gate uploads nothing.',
    readme: 'Upload pack and report to the current release on pass: `auto` (release/tag runs), `always` (and fail a run that has no release or tag), `never`.',
  },
  'publish-release': {
    action: GATE_MERGE,
    default: 'false',
    parse: bool,
    help: 'After uploading to a draft release, publish it (the draft → upload → publish flow immutable releases need).',
    readme: 'Publish the draft release after uploading.',
  },
  report: {
    action: ['publish-comment'],
    default: 'model-gate-out/report.json',
    parse: text,
    help: "In publish-comment mode, the report.json from the measuring run's artifact.",
    readme: '`publish-comment` mode: the report artifact to publish.',
  },
  reports: {
    action: ['merge'],
    default: '',
    parse: lines,
    help: "In merge mode, the shards' downloaded artifacts: folders (paths or globs, one per line), each holding a shard's report.json and its pack/ folder.",
    readme: "`merge` mode: the shards' artifact folders (paths or globs, one per line), each with `report.json` and `pack/`.",
  },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
type Defs = typeof SETTINGS;
/** The settings a front door reads itself, and the type each one parses to. */
export type ValueName = { [N in SettingName]: Defs[N] extends { parse: unknown } ? N : never }[SettingName];
export type ValueOf<N extends ValueName> = Defs[N] extends { parse: (...args: never[]) => infer T } ? T : never;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];
const setting = (name: SettingName): Setting => SETTINGS[name];

/** How each front door names a value's origin in its errors. */
const flagSource = (spelling: string) => `--${spelling}`;
export const inputSource = (name: string) => `input '${name}'`;
const fileSource = (file: string, path: string) => `${file}: ${path}`;
const envSource = (variable: string) => `environment variable ${variable}`;

/** Parses a value read by a front door: the setting's own parser, with the origin for its errors. */
export function parseValue<N extends ValueName>(name: N, raw: Raw): ValueOf<N> {
  return (SETTINGS[name] as unknown as ValueSetting<ValueOf<N>>).parse(raw.value, raw.source);
}

/** The value of a setting: the last raw value given, else its default (parsed), else null when it has none. */
export function valueOr<N extends ValueName>(name: N, raws: Raw[] | undefined): ValueOf<N> | null {
  const raw = raws?.at(-1);
  if (raw) return parseValue(name, raw);
  const def = SETTINGS[name].default;
  return def === '' ? null : parseValue(name, { value: def, source: 'defaults' });
}

// ── CLI ──────────────────────────────────────────────────────────────────────────────────────────────────────────

interface CliOption {
  name: SettingName;
  /** Every spelling, the name first. */
  spellings: string[];
  arg?: string;
  multiple: boolean;
  help: string;
}

/** The options of a CLI command, in table order, with their help (the default appended). */
export function cliOptions(command: Command): CliOption[] {
  return SETTING_NAMES.filter((name) => (setting(name).cli as readonly string[] | undefined)?.includes(command)).map((name) => {
    const s = setting(name);
    const notes = [
      s.arg === undefined ? '' : s.default !== '' ? `default ${s.default}` : s.unset ? `default: ${s.unset}` : '',
      s.multiple ? 'repeatable' : '',
      ...(s.aliases ?? []).map((a) => `also --${a}`),
    ].filter((n) => n !== '');
    // The table's help is written for action.yml; on the command line it starts lower-case, without the final period.
    const help = s.help.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()).replace(/\.$/, '');
    return { name, spellings: [name, ...(s.aliases ?? [])], arg: s.arg, multiple: s.multiple ?? false, help: notes.length ? `${help} (${notes.join('; ')})` : help };
  });
}

/**
 * Reads a command's flags in the order given (node:util parseArgs tokens), each value tagged with the spelling it was
 * given under, so an error names `--level` when that is what was typed. Unknown flags are parseArgs's errors.
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

// ── Action ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** The action inputs a mode reads, in table order. */
function actionInputNames(mode?: ActionMode): SettingName[] {
  return SETTING_NAMES.filter((name) => {
    const modes = setting(name).action as readonly ActionMode[] | undefined;
    return modes !== undefined && (mode === undefined || modes.includes(mode));
  });
}

/** The README's input table (the rows under its header), as the table has them: test/settings.test.ts writes it. */
export function readmeInputRows(): string {
  const inputs = actionYmlInputs();
  return actionInputNames()
    .map((name) => {
      const d = inputs[name]!.default;
      return `| \`${name}\` | \`${d === '' ? "''" : d}\` | ${setting(name).readme ?? setting(name).help} |`;
    })
    .join('\n');
}

/** action.yml's `inputs`, as the table has them: the test compares action.yml with this. */
export function actionYmlInputs(): Record<string, { description: string; required: false; default: string }> {
  const out: Record<string, { description: string; required: false; default: string }> = {};
  for (const name of actionInputNames()) {
    const s = setting(name);
    // An input the config file can also set must default to empty: the runner fills in action.yml's defaults, and a
    // filled-in default would beat the config file.
    const inFile = s.file !== undefined;
    const empty = inFile ? ` Empty = ${s.default || s.unset}, or the config file's setting.` : s.unset ? ` Empty = ${s.unset}.` : '';
    out[name] = { description: `${s.help}${empty}`, required: false, default: s.actionDefault ?? (inFile ? '' : s.default) };
  }
  return out;
}

/** Reads a mode's inputs (`read(name)` is core.getInput's text, '' when unset); an unset input falls back on its env variable. */
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

// ── Config file and the Config ───────────────────────────────────────────────────────────────────────────────────

/** Settings the config file holds, by path (`bench.budget`), in table order. */
export function fileSettings(): Array<{ name: SettingName; path: string }> {
  return SETTING_NAMES.flatMap((name) => {
    const path = setting(name).file;
    return path === undefined ? [] : [{ name, path }];
  });
}

function applyFile(config: Config, data: unknown, file: string): void {
  if (data === null || data === undefined) return;
  const top = asObject(data, file);
  const entries = fileSettings().map((e) => ({ ...e, parts: e.path.split('.') as [string] | [string, string] }));
  checkKeys(top, [...new Set(entries.map((e) => e.parts[0]))], file);
  for (const section of new Set(entries.filter((e) => e.parts.length === 2).map((e) => e.parts[0]))) {
    if (top[section] === undefined) continue;
    const keys = entries.filter((e) => e.parts.length === 2 && e.parts[0] === section).map((e) => e.parts[1]!);
    checkKeys(asObject(top[section], fileSource(file, section)), keys, fileSource(file, section));
  }
  for (const { name, path, parts } of entries) {
    const value = parts.length === 2 ? (top[parts[0]] as Record<string, unknown> | undefined)?.[parts[1]] : top[parts[0]];
    if (value === undefined) continue;
    const s = setting(name) as ConfigSetting;
    const source = fileSource(file, path);
    if (s.fromFile) s.fromFile(config, value, source);
    else s.set(config, Array.isArray(value) ? value.join(',') : String(value), source);
  }
}

/** The Config of no setting at all: the skeleton (config.ts) with every setting's `default` from this table applied. */
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
 * inputs), each value parsed by its setting and named by where it came from.
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
