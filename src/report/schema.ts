// The report's declared format: report.json as model-gate writes it and as the publisher reads it back from an untrusted
// artifact. The `Report` type derives from this schema (buildReport maps the stages' results onto it field by field),
// validateReport checks artifacts with it, and docs/REPORT.md and the schema version are checked against its JSON
// Schema by test/report-schema.test.ts. Changing a field here is changing a public format: bump REPORT_VERSION
// (format.ts).
//
// Every refusal names its field (the path is added by validate.ts) and the problem in a few words, never the value.
import * as z from 'zod';
import { FAIL_ON, HISTORY_METRICS, METRIC_IDS, STATUSES, STOP_REASONS, VERDICTS } from '../checks.js';
import { CODEC_REQUESTS } from '../pack/codecs/registry.js';
import { PHASES } from '../bench/cold-load.js';
import { CLASS_CHECK_MODES, OUTPUT_KINDS } from '../eval/settings.js';
import { MAX_CHECKS, MAX_CLASS_FIGURES, MAX_HISTORY_RELEASES, MAX_INTERFACE_CHANGES, MAX_MODELS, MAX_STRING, MAX_VARIANT_ROWS, MAX_WORST_TENSORS } from '../limits.js';
import { ROW_STATUSES, SCORE_METRICS } from '../variants/choose.js';
import { VARIANT_IDS, VARIANT_KINDS, VARIANT_PUBLISH } from '../variants/kinds.js';
import { READABLE_VERSIONS, REPORT_SCHEMA } from './format.js';
import { INTERFACE_CHANGE_KINDS } from '../interface/contract.js';
import { SIDE_MODES, SIDE_RUN_MODES } from '../modes.js';

/**
 * The named parts of the format: each is one `$defs` entry of the JSON Schema and one table of docs/REPORT.md.
 * A local registry, so that nothing but this module's JSON Schema sees the names.
 */
const DEFS = z.registry<{ id: string }>();
const named = <T extends z.ZodType>(id: string, schema: T): T => {
  DEFS.add(schema, { id });
  return schema;
};

// Leaf builders: each carries its one-line refusal.
const text = (nullable = false) =>
  z
    .string({ error: nullable ? 'must be a string or null' : 'must be a string' })
    .max(MAX_STRING, { error: (issue) => `is ${String(issue.input).length} characters long, over the limit of ${MAX_STRING}` });
const textOrNull = () => text(true).nullable();
/** A count, a byte size, a duration or a setting: always a finite number. */
const num = () => z.number({ error: 'must be a number' });
/** A measured value; null when not measured, or when it was not finite (JSON has no ∞ or NaN). */
const measure = () => z.number({ error: 'must be a finite number or null' }).nullable();
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `is not one of ${values.join(', ')}` });
const sha256 = () => z.string({ error: 'must be 64 hex digits' }).regex(/^[0-9a-f]{64}$/, { error: 'must be 64 hex digits' });
const object = <T extends z.ZodRawShape>(shape: T, orNull = false) => z.object(shape, { error: orNull ? 'must be an object or null' : 'must be an object' });
const objectOrNull = <T extends z.ZodRawShape>(shape: T) => object(shape, true).nullable();
const array = <T extends z.core.SomeType>(item: T, max?: number) => {
  const error = max === undefined ? 'must be an array' : `must be an array of at most ${max}`;
  const list = z.array(item, { error });
  return max === undefined ? list : list.max(max, { error });
};
/** A field older reports may lack (docs/REPORT.md#versions): read as null when absent. */
const added = <T extends z.ZodType>(schema: z.ZodNullable<T>) => schema.default(null);

/**
 * One of a list that grows without a new format (metric ids, variant kinds): a string in the JSON Schema, checked
 * against the list.
 */
const member = <T extends string>(values: readonly T[], error = `is not one of ${values.join(', ')}`) =>
  z
    .string({ error })
    .refine((v): v is T => (values as readonly string[]).includes(v), { error })
    .transform((v) => v as T);
const flag = () => z.boolean({ error: 'must be true or false' });

const Digest = named('Digest', object({ bytes: num(), sha256: sha256() }));
/** A packed file's sha256 may be absent (docs/REPORT.md#versions). */
const PackedDigest = named('PackedDigest', object({ bytes: num(), sha256: sha256().optional() }));
const Interval = named('Interval', object({ low: num(), high: num(), confidence: num() }, true));
/** A change against the baseline (or, in a variant row, against the original). */
const Change = named('Change', object({ absolute: num(), relative: measure(), interval: Interval.nullable() }));

const Check = named(
  'Check',
  object({
    // A string in the JSON Schema, checked against the metric catalog (checks.ts): a new metric is not a new format,
    // and the README's thresholds table lists the ids.
    metric: member(METRIC_IDS, 'is not a known metric'),
    baseline: measure(),
    candidate: measure(),
    change: Change.nullable(),
    note: added(textOrNull()),
    // Absent before version 6 (docs/REPORT.md#versions): read as false.
    inconclusive: flag().default(false),
    samples: added(objectOrNull({ baseline: num(), candidate: num() })),
    sampling: added(objectOrNull({ pairs: num(), stop: oneOf(STOP_REASONS), seconds: num() })),
    firstAttempt: added(objectOrNull({ status: oneOf(STATUSES), change: Change })),
    threshold: object({ warn: textOrNull(), fail: textOrNull() }),
    status: oneOf(STATUSES),
  }),
);

/** A setting's levels by metric: each a warn and a fail level as the user wrote them (normalised), or null. */
const Levels = named(
  'Levels',
  z.partialRecord(member(METRIC_IDS), object({ warn: textOrNull(), fail: textOrNull() }), { error: 'must be an object' }),
);

/** The eval settings a model was scored with: the run's, or a model's own (the config file's `models.<name>.eval`). */
const EvalSettings = named(
  'EvalSettings',
  object({
    atol: num(),
    rtol: num(),
    output: textOrNull(),
    // Absent before version 6 (docs/REPORT.md#versions).
    ignoreIndex: added(num().nullable()),
    outputKind: added(oneOf(OUTPUT_KINDS).nullable()),
    classAxis: added(num().nullable()),
    classCheck: added(oneOf(CLASS_CHECK_MODES).nullable()),
    classMinSamples: added(num().nullable()),
  }),
);

const Scores = named(
  'Scores',
  object({ accuracy: measure(), mae: measure(), rmse: measure(), referenceAgreement: measure(), referenceMaxAbsError: measure(), perplexity: added(measure()) }),
);
const ClassFigures = named(
  'ClassFigures',
  object({ class: num(), samples: num(), baseline: num(), candidate: num(), lost: num(), gained: num(), p: measure(), adjustedP: measure() }),
);
const ClassRecall = named('ClassRecall', object({ classes: num(), tested: num(), minSamples: num(), figures: array(ClassFigures, MAX_CLASS_FIGURES) }, true));
const Agreement = named(
  'Agreement',
  object(
    {
      top1: measure(),
      withinShare: num(),
      maxAbsError: measure(),
      relativeRmsError: measure(),
      others: array(object({ output: text(), relativeRmsError: measure() })).default([]),
    },
    true,
  ),
);

const Eval = named(
  'Eval',
  object(
    {
      task: z.enum(['classification', 'regression'], { error: 'is not one of classification, regression, null' }).nullable(),
      output: text(),
      sets: num(),
      samples: num(),
      baseline: Scores,
      candidate: Scores.nullable(),
      agreement: Agreement.nullable(),
      classes: added(ClassRecall.nullable()),
    },
    true,
  ),
);

const PhaseTimes = named('PhaseTimes', object({ wallMs: num(), cpuMs: num(), peakRssBytes: num() }));
const Phase = named('Phase', object({ phase: oneOf(PHASES), baseline: PhaseTimes.nullable(), candidate: PhaseTimes }));

const Score = named(
  'Score',
  object(
    {
      metric: oneOf(SCORE_METRICS),
      original: measure(),
      variant: measure(),
      loss: measure(),
      budget: text(),
      unit: oneOf(['pp', '%', 'abs']),
      within: flag(),
      output: text().optional(),
    },
    true,
  ),
);

const VariantRow = named(
  'VariantRow',
  object({
    variant: member(VARIANT_IDS),
    status: oneOf(ROW_STATUSES),
    reason: textOrNull(),
    packedBytes: measure(),
    weightBytes: measure(),
    loadTime: Change.nullable(),
    latencyP50: Change.nullable(),
    score: Score.nullable(),
    agreement: Agreement.nullable(),
    converted: num(),
    kept: num(),
    clamped: num(),
    flushed: num(),
    // A tensor's own clamped and flushed counts are written by model-gate but were never required of a reader.
    worstTensors: array(object({ name: text(), elements: num(), sqnrDb: measure(), clamped: num().optional(), flushed: num().optional() }), MAX_WORST_TENSORS),
  }),
);

const Variants = named('Variants', object({ publish: oneOf(VARIANT_PUBLISH), published: member(VARIANT_IDS), rows: array(VariantRow, MAX_VARIANT_ROWS) }, true));


/** One release's paired change of a timing against the release it was compared with, as its report stated it. */
const HistoryStep = named('HistoryStep', object({ against: text(), relative: num(), interval: Interval.nullable() }, true));

const HistoryPoint = named(
  'HistoryPoint',
  object({
    release: textOrNull(),
    packedBytes: measure(),
    accuracy: measure(),
    loadTime: HistoryStep.nullable(),
    latencyP50: HistoryStep.nullable(),
  }),
);

/** A chained paired change: the product of the per-release ratios along an unbroken chain ending at this run. */
const Chain = named(
  'Chain',
  object({
    metric: oneOf(HISTORY_METRICS),
    since: textOrNull(),
    steps: num(),
    relative: measure(),
    interval: Interval.nullable(),
    broken: textOrNull(),
    threshold: object({ warn: textOrNull(), fail: textOrNull() }),
    status: oneOf(STATUSES),
    note: textOrNull(),
    // Absent before version 6 (docs/REPORT.md#versions): read as false.
    inconclusive: flag().default(false),
  }),
);

const ModelHistory = named(
  'ModelHistory',
  object({ points: array(HistoryPoint, MAX_HISTORY_RELEASES + 1), chains: array(Chain, HISTORY_METRICS.length) }, true),
);

/** One change of a model's interface against its baseline (interface/contract.ts). */
const InterfaceChange = named(
  'InterfaceChange',
  object({ kind: member(INTERFACE_CHANGE_KINDS), breaking: flag(), name: text(), before: textOrNull(), after: textOrNull() }),
);

/** The interface contract of a model with a baseline: the runtime it was held to and what changed, breaking ones first. */
const Interface = named('Interface', object({ target: text(), changes: array(InterfaceChange, MAX_INTERFACE_CHANGES), more: num() }, true));

/** How a model's sides ran (bench/sides.ts): the mode, the sizes that chose it, the tree's peak memory and the limits. */
const Measurement = named(
  'Measurement',
  object({
    mode: oneOf(SIDE_RUN_MODES),
    needBytes: num(),
    availableBytes: num(),
    peakRssBytes: num().nullable(),
    timeLimitSeconds: num(),
    memoryLimitBytes: num().nullable(),
  }),
);

const Model = named(
  'Model',
  object({
    name: text(),
    verdict: oneOf(VERDICTS),
    baseline: objectOrNull({ file: text(), raw: Digest, packed: PackedDigest }),
    candidate: object({ file: text(), raw: Digest, packed: PackedDigest, producer: text() }),
    // Absent before version 3 (docs/REPORT.md#versions).
    unchanged: flag().default(false),
    checks: array(Check, MAX_CHECKS),
    eval: added(Eval.nullable()),
    phases: added(array(Phase, PHASES.length).nullable()),
    variants: added(Variants.nullable()),
    history: added(ModelHistory.nullable()),
    interface: added(Interface.nullable()),
    measurement: added(Measurement.nullable()),
  }),
);

export const ReportSchema = object({
  schema: z.literal(REPORT_SCHEMA, { error: `must be ${REPORT_SCHEMA}` }),
  schemaVersion: z.literal(READABLE_VERSIONS, { error: `is not one of ${READABLE_VERSIONS.join(', ')}` }),
  tool: object({ name: z.literal('model-gate', { error: 'must be model-gate' }), version: text() }),
  verdict: oneOf(VERDICTS),
  summary: text(),
  baseline: object({ source: textOrNull(), note: textOrNull() }),
  removed: array(text(), MAX_MODELS),
  models: array(Model, MAX_MODELS),
  // A shard's report, or a merge of shards' reports (`shard` null): absent before version 5 and outside a matrix.
  matrix: added(
    objectOrNull({
      shard: z.number({ error: 'must be a number or null' }).nullable(),
      shards: num(),
      models: array(text(), MAX_MODELS),
      commit: textOrNull(),
    }),
  ),
  history: added(
    objectOrNull({
      releases: num(),
      read: array(text(), MAX_HISTORY_RELEASES),
      skipped: array(object({ release: text(), reason: text() }), MAX_HISTORY_RELEASES),
    }),
  ),
  // Every setting that changes a verdict, so that a merge can refuse shards run differently (matrix/merge.ts). The
  // method section renders the numbers and the enum, nothing free-form but the output's name.
  settings: object({
    level: num(),
    threads: num(),
    failOn: oneOf(FAIL_ON),
    bench: object({
      budgetSeconds: num(),
      loadSamples: num(),
      latencyRounds: num(),
      latencyTimeMs: num(),
      warmupMs: num(),
      intraOpThreads: num(),
      interOpThreads: num(),
      // Absent before the side processes' mode and limits were settings (still version 6, docs/REPORT.md#versions).
      mode: added(oneOf(SIDE_MODES).nullable()),
      timeLimitSeconds: added(num().nullable()),
      memoryLimitMiB: added(num().nullable()),
    }),
    eval: EvalSettings,
    // Absent before version 6 (docs/REPORT.md#versions), like every field below.
    codec: added(member(CODEC_REQUESTS).nullable()),
    remeasureUnchanged: added(flag().nullable()),
    thresholds: added(Levels.nullable()),
    targetOnnxruntime: added(textOrNull()),
    modelThresholds: added(z.record(text(), Levels, { error: 'must be an object' }).nullable()),
    modelEval: added(z.record(text(), object({ data: textOrNull(), eval: EvalSettings }), { error: 'must be an object' }).nullable()),
    history: added(objectOrNull({ releases: num(), drift: Levels })),
    variants: added(
      objectOrNull({
        build: array(member(VARIANT_KINDS), MAX_VARIANT_ROWS),
        publish: oneOf(VARIANT_PUBLISH),
        maxAccuracyDrop: text(),
        maxErrorIncrease: text(),
        int8MinElements: num(),
        fp16KeepOps: array(text(), MAX_CHECKS),
      }),
    ),
  }),
  environment: object({ cpu: text(), cores: num(), os: text(), arch: text(), node: text(), onnxruntime: text(), runner: textOrNull() }),
});

/** report.json: what buildReport writes and validateReport returns. */
export type Report = z.output<typeof ReportSchema>;
export type ReportModel = Report['models'][number];
export type ReportCheck = ReportModel['checks'][number];
export type ReportChange = NonNullable<ReportCheck['change']>;
export type ReportEval = NonNullable<ReportModel['eval']>;
export type ReportPhase = NonNullable<ReportModel['phases']>[number];
export type ReportVariants = NonNullable<ReportModel['variants']>;
export type ReportVariantRow = ReportVariants['rows'][number];
export type ReportEnvironment = Report['environment'];
export type ReportModelHistory = NonNullable<ReportModel['history']>;
export type ReportHistoryPoint = ReportModelHistory['points'][number];
export type ReportHistoryStep = NonNullable<ReportHistoryPoint['latencyP50']>;
export type ReportChain = ReportModelHistory['chains'][number];
export type ReportInterface = NonNullable<ReportModel['interface']>;

/** The report's JSON Schema, as a reader accepts it (fields added within a version may be absent). */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { io: 'input', metadata: DEFS }) as Record<string, unknown>;
}
