// A report.json from elsewhere — the artifact of a pull request's run, possibly from a fork — is untrusted: check its
// size, then its shape against the declared schema (schema.ts) before anything of it is rendered, and recompute what a
// forger could misstate (verdicts, summary) with the compare stage's own verdict rule.
import { modelVerdict, overallVerdict } from '../compare/compare.js';
import { InputError } from '../errors.js';
import { MAX_REPORT_BYTES } from '../limits.js';
import { parseUntrustedJson } from '../util/fs.js';
import { summarize } from './text.js';
import { READABLE_VERSIONS, REPORT_SCHEMA } from './format.js';
import { type Report, ReportSchema } from './schema.js';

// Declared with the other limits; re-exported for the readers of report files.
export { MAX_REPORT_BYTES };

export function validateReport(text: string, source: string): Report {
  if (Buffer.byteLength(text) > MAX_REPORT_BYTES) throw new InputError(`${source}: report is larger than ${MAX_REPORT_BYTES} bytes`);
  const data = parseUntrustedJson(text, source) as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError(`${source}: not a JSON object`);
  if (data.schema !== REPORT_SCHEMA || !(READABLE_VERSIONS as readonly unknown[]).includes(data.schemaVersion)) {
    throw new InputError(`${source}: not a ${REPORT_SCHEMA} ${READABLE_VERSIONS.map((v) => `v${v}`).join(' or ')} report`);
  }
  const parsed = ReportSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(`${source}: ${describeIssue(parsed.error.issues)}`);
  const report = parsed.data;
  // The verdicts and the summary line are recomputed from the checks, so the artifact cannot claim a pass it did not get.
  for (const m of report.models) {
    // A drift check across releases (history/history.ts) counts like a check.
    m.verdict = modelVerdict(m.baseline !== null, [...m.checks, ...(m.history?.chains ?? [])].map((c) => c.status));
    // "Unchanged" hides a model's numbers: believed only when the digests say the same.
    m.unchanged = m.unchanged && m.baseline !== null && m.baseline.raw.sha256 === m.candidate.raw.sha256;
  }
  report.verdict = overallVerdict(report.models);
  report.summary = summarize(report.verdict, report.models, report.baseline.note);
  return report;
}


interface Issue {
  path: PropertyKey[];
  message: string;
  input?: unknown;
}

/**
 * One line for the whole refusal: the first field given with a wrong value, else the first field missing, as a path
 * (`models[0].checks[2].metric`) and the schema's message, which says what was expected and never quotes the value.
 */
function describeIssue(issues: readonly Issue[]): string {
  const issue = issues.find((i) => i.input !== undefined) ?? issues[0];
  if (!issue) return 'not a valid report';
  return `${fieldPath(issue.path)} ${issue.message}`;
}

function fieldPath(path: PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') || 'the report';
}
