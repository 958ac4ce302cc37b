// A report.json from elsewhere — the artifact of a pull request's run, possibly from a fork — is untrusted: check its
// shape and size before anything of it is rendered, and recompute what a forger could misstate (verdict, summary).
import { type Check, overallVerdict, type Status, type Verdict } from '../compare/compare.js';
import { isMetricId } from '../compare/metrics.js';
import { InputError } from '../errors.js';
import { REPORT_SCHEMA, REPORT_VERSION, type Report, summarize } from './json.js';

export const MAX_REPORT_BYTES = 5 << 20;
const MAX_MODELS = 500;
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
  const str = (v: unknown, at: string) => (typeof v === 'string' && v.length < 10_000 ? v : fail(`${at} must be a string`));
  const num = (v: unknown, at: string) => (v === null || (typeof v === 'number' && Number.isFinite(v)) ? v : fail(`${at} must be a finite number or null`));
  if (typeof data !== 'object' || data === null) fail('not a JSON object');
  if (data.schema !== REPORT_SCHEMA || data.schemaVersion !== REPORT_VERSION) fail(`not a ${REPORT_SCHEMA} v${REPORT_VERSION} report`);
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
    }
    for (const side of ['baseline', 'candidate'] as const) {
      const f = m[side];
      if (f === null && side === 'baseline') continue;
      str(f?.file, `${at}.${side}.file`);
      for (const d of ['raw', 'packed'] as const) {
        num(f?.[d]?.bytes, `${at}.${side}.${d}.bytes`);
        if (!/^[0-9a-f]{64}$/.test(String(f?.[d]?.sha256))) fail(`${at}.${side}.${d}.sha256 must be 64 hex digits`);
      }
    }
  }
  const env = data.environment ?? fail('environment is missing');
  for (const k of ['cpu', 'os', 'arch', 'node', 'onnxruntime']) str(env[k], `environment.${k}`);
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
