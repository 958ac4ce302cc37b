// A report.json from elsewhere — the artifact of a pull request's run, possibly from a fork — is untrusted: check its
// shape and size before anything of it is rendered, and recompute what a forger could misstate (verdict, summary).
import { type Check, overallVerdict, type Status, type Verdict } from '../compare/compare.js';
import { isMetricId } from '../compare/metrics.js';
import { InputError } from '../errors.js';
import { REPORT_SCHEMA, REPORT_VERSION, type Report, summarize } from './json.js';
import { ROW_STATUSES, SCORE_METRICS, VARIANT_IDS } from '../variants/choose.js';
import { PHASES } from '../bench/cold-load.js';
import { STOP_REASONS } from '../bench/sampling.js';

export const MAX_REPORT_BYTES = 5 << 20;
const MAX_MODELS = 500;
/** Longest string field accepted; the renderer clips shorter still (names to 200 characters). */
const MAX_STRING = 10_000;
const VERDICTS: Verdict[] = ['pass', 'warn', 'fail', 'no-baseline'];
const STATUSES: Status[] = ['pass', 'warn', 'fail', 'skipped'];

export function validateReport(text: string, source: string): Report {
  if (Buffer.byteLength(text) > MAX_REPORT_BYTES) throw new InputError(`${source}: report is larger than ${MAX_REPORT_BYTES} bytes`);
  let data: any;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  const fail = (what: string): never => {
    throw new InputError(`${source}: ${what}`);
  };
  const str = (v: unknown, at: string) => {
    if (typeof v !== 'string') return fail(`${at} must be a string`);
    return v.length <= MAX_STRING ? v : fail(`${at} is ${v.length} characters long, over the limit of ${MAX_STRING}`);
  };
  const num = (v: unknown, at: string) => (v === null || (typeof v === 'number' && Number.isFinite(v)) ? v : fail(`${at} must be a finite number or null`));
  if (typeof data !== 'object' || data === null) fail('not a JSON object');
  // Version 1 differs only in requiring a packed file's sha256, which version 2 makes optional: both read the same.
  if (data.schema !== REPORT_SCHEMA || ![1, REPORT_VERSION].includes(data.schemaVersion)) fail(`not a ${REPORT_SCHEMA} v1 or v${REPORT_VERSION} report`);
  if (!Array.isArray(data.models) || data.models.length > MAX_MODELS) fail(`models must be an array of at most ${MAX_MODELS}`);
  for (const [i, m] of data.models.entries()) {
    const at = `models[${i}]`;
    str(m?.name, `${at}.name`);
    if (!VERDICTS.includes(m.verdict)) fail(`${at}.verdict is not one of ${VERDICTS.join(', ')}`);
    if (!Array.isArray(m.checks)) fail(`${at}.checks must be an array`);
    for (const [j, c] of (m.checks as Check[]).entries()) {
      const cat = `${at}.checks[${j}]`;
      if (!isMetricId(String(c?.metric))) fail(`${cat}.metric is not a known metric`);
      if (!STATUSES.includes(c.status)) fail(`${cat}.status is not one of ${STATUSES.join(', ')}`);
      num(c.baseline, `${cat}.baseline`);
      num(c.candidate, `${cat}.candidate`);
      if (c.change !== null) {
        num(c.change?.absolute, `${cat}.change.absolute`);
        num(c.change?.relative, `${cat}.change.relative`);
        if (c.change.interval) (['low', 'high', 'confidence'] as const).forEach((k) => num(c.change!.interval![k], `${cat}.change.interval.${k}`));
      }
      for (const level of ['warn', 'fail'] as const) if (c.threshold?.[level] !== null) str(c.threshold?.[level], `${cat}.threshold.${level}`);
      if (c.note !== null && c.note !== undefined) str(c.note, `${cat}.note`);
      if (c.samples) for (const k of ['baseline', 'candidate'] as const) num(c.samples[k], `${cat}.samples.${k}`);
      if (c.sampling) {
        if (!STOP_REASONS.includes(c.sampling.stop)) fail(`${cat}.sampling.stop is not one of ${STOP_REASONS.join(', ')}`);
        for (const k of ['pairs', 'seconds'] as const) if (num(c.sampling[k], `${cat}.sampling.${k}`) === null) fail(`${cat}.sampling.${k} must be a number`);
      }
    }
    if (m.variants !== undefined && m.variants !== null) checkVariants(m.variants, `${at}.variants`, { str, num, fail });
    if (m.eval !== undefined && m.eval !== null) checkEval(m.eval, `${at}.eval`, { str, num, fail });
    if (m.phases !== undefined && m.phases !== null) {
      if (!Array.isArray(m.phases) || m.phases.length > PHASES.length) fail(`${at}.phases must be an array of at most ${PHASES.length}`);
      for (const [j, p] of m.phases.entries()) {
        if (!PHASES.includes(p?.phase)) fail(`${at}.phases[${j}].phase is not one of ${PHASES.join(', ')}`);
        for (const side of ['baseline', 'candidate']) {
          if (p[side] === null && side === 'baseline') continue;
          for (const k of ['wallMs', 'cpuMs', 'peakRssBytes']) if (num(p[side]?.[k], `${at}.phases[${j}].${side}.${k}`) === null) fail(`${at}.phases[${j}].${side}.${k} must be a number`);
        }
      }
    }
    for (const side of ['baseline', 'candidate'] as const) {
      const f = m[side];
      if (f === null && side === 'baseline') continue;
      str(f?.file, `${at}.${side}.file`);
      if (side === 'candidate') str(f.producer, `${at}.candidate.producer`);
      for (const d of ['raw', 'packed'] as const) {
        num(f?.[d]?.bytes, `${at}.${side}.${d}.bytes`);
        // A packed file's sha256 is only in packs of manifest schema versions 1 and 2.
        if (d === 'packed' && f?.[d]?.sha256 === undefined) continue;
        if (!/^[0-9a-f]{64}$/.test(String(f?.[d]?.sha256))) fail(`${at}.${side}.${d}.sha256 must be 64 hex digits`);
      }
    }
  }
  if (!Array.isArray(data.removed) || data.removed.length > MAX_MODELS) fail(`removed must be an array of at most ${MAX_MODELS}`);
  data.removed.forEach((name: unknown, i: number) => str(name, `removed[${i}]`));
  for (const k of ['source', 'note']) if (data.baseline?.[k] !== null) str(data.baseline?.[k], `baseline.${k}`);
  // The settings are rendered in the method section: numbers and one enum, nothing free-form.
  const settings = data.settings ?? fail('settings is missing');
  for (const k of ['level', 'threads']) if (num(settings[k], `settings.${k}`) === null) fail(`settings.${k} must be a number`);
  if (!['fail', 'warn', 'never'].includes(settings.failOn)) fail('settings.failOn is not one of fail, warn, never');
  for (const k of ['budgetSeconds', 'loadSamples', 'latencyRounds', 'latencyTimeMs', 'warmupMs', 'intraOpThreads', 'interOpThreads']) {
    if (num(settings.bench?.[k], `settings.bench.${k}`) === null) fail(`settings.bench.${k} must be a number`);
  }
  for (const k of ['atol', 'rtol']) if (num(settings.eval?.[k], `settings.eval.${k}`) === null) fail(`settings.eval.${k} must be a number`);
  const env = data.environment ?? fail('environment is missing');
  for (const k of ['cpu', 'os', 'arch', 'node', 'onnxruntime']) str(env[k], `environment.${k}`);
  num(env.cores, 'environment.cores');
  const report = data as Report;
  // The verdict and the summary line are recomputed from the checks, so the artifact cannot claim a pass it did not get.
  for (const m of report.models) {
    const statuses = m.checks.map((c) => c.status);
    m.verdict = m.baseline === null ? 'no-baseline' : statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';
  }
  report.verdict = overallVerdict(report.models);
  report.summary = summarize(report.verdict, report.models, report.baseline?.note ?? null);
  return report;
}

/** The eval block is rendered as sentences: its numbers must be numbers and its task one of two words. */
function checkEval(e: any, at: string, { str, num, fail }: Checkers): void {
  if (e.task !== null && e.task !== 'classification' && e.task !== 'regression') fail(`${at}.task is not one of classification, regression, null`);
  str(e.output, `${at}.output`);
  for (const k of ['sets', 'samples']) if (num(e[k], `${at}.${k}`) === null) fail(`${at}.${k} must be a number`);
  for (const side of ['baseline', 'candidate']) {
    if (e[side] === null && side === 'candidate') continue;
    for (const k of ['accuracy', 'mae', 'rmse', 'referenceAgreement', 'referenceMaxAbsError']) num(e[side]?.[k], `${at}.${side}.${k}`);
  }
  if (e.agreement !== null) for (const k of ['top1', 'withinShare', 'maxAbsError', 'relativeRmsError']) num(e.agreement?.[k], `${at}.agreement.${k}`);
}

interface Checkers {
  str: (v: unknown, at: string) => string;
  num: (v: unknown, at: string) => unknown;
  fail: (what: string) => never;
}

/** The variant table is rendered as a table: every enum is checked, every number finite, strings are escaped later. */
function checkVariants(t: any, at: string, { str, num, fail }: Checkers): void {
  const oneOf = (v: unknown, allowed: readonly string[], where: string) => (allowed.includes(v as string) ? v : fail(`${where} is not one of ${allowed.join(', ')}`));
  oneOf(t?.publish, ['original', 'best'], `${at}.publish`);
  oneOf(t.published, VARIANT_IDS, `${at}.published`);
  if (!Array.isArray(t.rows) || t.rows.length > VARIANT_IDS.length) fail(`${at}.rows must be an array of at most ${VARIANT_IDS.length}`);
  for (const [i, r] of t.rows.entries()) {
    const rat = `${at}.rows[${i}]`;
    oneOf(r?.variant, VARIANT_IDS, `${rat}.variant`);
    oneOf(r.status, ROW_STATUSES, `${rat}.status`);
    if (r.reason !== null) str(r.reason, `${rat}.reason`);
    for (const k of ['packedBytes', 'weightBytes']) num(r[k], `${rat}.${k}`);
    for (const k of ['converted', 'kept', 'clamped', 'flushed']) if (num(r[k], `${rat}.${k}`) === null) fail(`${rat}.${k} must be a number`);
    for (const k of ['loadTime', 'latencyP50']) if (r[k] !== null) num(r[k]?.relative, `${rat}.${k}.relative`);
    if (r.score !== null) {
      oneOf(r.score?.metric, SCORE_METRICS, `${rat}.score.metric`);
      oneOf(r.score.unit, ['pp', '%', 'abs'], `${rat}.score.unit`);
      str(r.score.budget, `${rat}.score.budget`);
      for (const k of ['original', 'variant', 'loss']) num(r.score[k], `${rat}.score.${k}`);
      if (r.score.output !== undefined) str(r.score.output, `${rat}.score.output`);
    }
    if (r.agreement !== null) for (const k of ['top1', 'withinShare', 'maxAbsError', 'relativeRmsError']) num(r.agreement?.[k], `${rat}.agreement.${k}`);
    if (!Array.isArray(r.worstTensors) || r.worstTensors.length > 20) fail(`${rat}.worstTensors must be an array of at most 20`);
    for (const [j, w] of r.worstTensors.entries()) {
      str(w?.name, `${rat}.worstTensors[${j}].name`);
      for (const k of ['elements', 'sqnrDb']) num(w[k], `${rat}.worstTensors[${j}].${k}`);
    }
  }
}
