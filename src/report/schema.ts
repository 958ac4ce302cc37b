// The report's declared format: report.json as model-gate writes it and as the publisher reads it back from an untrusted
// artifact. The `Report` type derives from this schema (buildReport maps the stages' results onto it field by field),
// validateReport checks artifacts with it, and docs/REPORT.md and the schema version are checked against its JSON
// Schema by test/report-schema.test.ts. Changing a field here is changing a public format: bump REPORT_VERSION
// (format.ts).
//
// Every refusal names its field (the path is added by validate.ts) and the problem in a few words, never the value.
import * as z from 'zod';
import type { MetricId } from '../checks.js';
import { isMetricId } from '../compare/metrics.js';
import { PHASES } from '../bench/cold-load.js';
import { STOP_REASONS } from '../checks.js';
import { ROW_STATUSES, SCORE_METRICS } from '../variants/choose.js';
import { VARIANT_IDS, type VariantId } from '../variants/kinds.js';
import { MAX_CLASS_FIGURES, READABLE_VERSIONS, REPORT_SCHEMA } from './format.js';

const MAX_MODELS = 500;
/** Longest string field accepted; the renderer clips shorter still (names to 200 characters). */
const MAX_STRING = 10_000;
/** Checks per model: one per metric at most, with room for metrics added later (a new metric is not a new format). */
const MAX_CHECKS = 50;
/** Rows of a variant table: the original and each variant kind, with room for kinds added later. */
const MAX_VARIANT_ROWS = 20;
/** The variant table lists at most this many of the worst tensors (model-gate writes 5). */
const MAX_WORST_TENSORS = 20;

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
 * A variant's name: a string in the JSON Schema, checked against the variant kinds (variants/kinds.ts), so that a new
 * kind is not a new format.
 */
const variantId = () =>
  z
    .string({ error: `is not one of ${VARIANT_IDS.join(', ')}` })
    .refine((v): v is VariantId => (VARIANT_IDS as readonly string[]).includes(v), { error: `is not one of ${VARIANT_IDS.join(', ')}` })
    .transform((v) => v as VariantId);

const VERDICTS = ['pass', 'warn', 'fail', 'no-baseline'] as const;
const STATUSES = ['pass', 'warn', 'fail', 'skipped'] as const;

const Digest = named('Digest', object({ bytes: num(), sha256: sha256() }));
/** A packed file's sha256 may be absent (docs/REPORT.md#versions). */
const PackedDigest = named('PackedDigest', object({ bytes: num(), sha256: sha256().optional() }));
const Interval = named('Interval', object({ low: num(), high: num(), confidence: num() }, true));
/** A change against the baseline (or, in a variant row, against the original). */
const Change = named('Change', object({ absolute: num(), relative: measure(), interval: Interval.nullable() }));

const Check = named(
  'Check',
  object({
    // A string in the JSON Schema, checked against the metric registry (compare/metrics.ts): a new metric is not a new
    // format, and the README's thresholds table lists the ids.
    metric: z
      .string({ error: 'is not a known metric' })
      .refine(isMetricId, { error: 'is not a known metric' })
      .transform((id) => id as MetricId),
    baseline: measure(),
    candidate: measure(),
    change: Change.nullable(),
    note: added(textOrNull()),
    samples: added(objectOrNull({ baseline: num(), candidate: num() })),
    sampling: added(objectOrNull({ pairs: num(), stop: oneOf(STOP_REASONS), seconds: num() })),
    firstAttempt: added(objectOrNull({ status: oneOf(STATUSES), change: Change })),
    threshold: object({ warn: textOrNull(), fail: textOrNull() }),
    status: oneOf(STATUSES),
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
      within: z.boolean({ error: 'must be true or false' }),
      output: text().optional(),
    },
    true,
  ),
);

const VariantRow = named(
  'VariantRow',
  object({
    variant: variantId(),
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

const Variants = named('Variants', object({ publish: oneOf(['original', 'best']), published: variantId(), rows: array(VariantRow, MAX_VARIANT_ROWS) }, true));

/** Most releases a history reads (the `history` setting's limit), and the points it holds: those and this run. */
const MAX_HISTORY_RELEASES = 100;
/** The timing metrics a history chains: measured side by side in every release's job. */
export const HISTORY_METRICS = ['load-time', 'latency-p50'] as const;

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
  }),
);

const ModelHistory = named(
  'ModelHistory',
  object({ points: array(HistoryPoint, MAX_HISTORY_RELEASES + 1), chains: array(Chain, HISTORY_METRICS.length) }, true),
);

const Model = named(
  'Model',
  object({
    name: text(),
    verdict: oneOf(VERDICTS),
    baseline: objectOrNull({ file: text(), raw: Digest, packed: PackedDigest }),
    candidate: object({ file: text(), raw: Digest, packed: PackedDigest, producer: text() }),
    // Absent before version 3 (docs/REPORT.md#versions).
    unchanged: z.boolean({ error: 'must be true or false' }).default(false),
    checks: array(Check, MAX_CHECKS),
    eval: added(Eval.nullable()),
    phases: added(array(Phase, PHASES.length).nullable()),
    variants: added(Variants.nullable()),
    history: added(ModelHistory.nullable()),
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
  // Rendered in the method section: numbers and one enum, nothing free-form but the output's name.
  settings: object({
    level: num(),
    threads: num(),
    failOn: oneOf(['fail', 'warn', 'never']),
    bench: object({ budgetSeconds: num(), loadSamples: num(), latencyRounds: num(), latencyTimeMs: num(), warmupMs: num(), intraOpThreads: num(), interOpThreads: num() }),
    eval: object({ atol: num(), rtol: num(), output: textOrNull() }),
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
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

/** The report's JSON Schema, as a reader accepts it (fields added within a version may be absent). */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { io: 'input', metadata: DEFS }) as Record<string, unknown>;
}
