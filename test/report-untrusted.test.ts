// A report.json from a pull request's artifact is untrusted: whatever a forger changes, publish-comment refuses it with
// one message naming the field (InputError, exit 2), or renders it safely — it never crashes on it.
// Every field of a real report (made by the built CLI with eval data, variants, phases and sampling) is replaced in turn
// by values of the wrong type and size; rendering what validation accepts must not throw.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { InputError } from '../src/errors.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { reportJsonSchema } from '../src/report/schema.js';
import { validateReport } from '../src/report/validate.js';
import { candidate, cli, FAST_BENCH, FIXTURES, scratch } from './helpers.js';
import { linksInRendered } from './support/render.js';
import { syntheticReport } from './support/reports.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths of every value in the document, e.g. ['models', 0, 'candidate', 'producer']. */
function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function withValue(doc: Json, path: Array<string | number>, replacement: Json): Json {
  const copy = structuredClone(doc);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = replacement;
  return copy;
}

const HUGE = 'x'.repeat(200_000);
/** What a forger would put in any text field: a mention, a team, a reference, HTML, a table break, and links in every
 * form GFM and GitHub's sanitiser let through (autolink, raw <a href>, mailto:, protocol-relative, bare www.). */
const HOSTILE = '@victim @org/team #1 <img src=x> | ::error::x <https://evil.example> <a href="//evil.example/a">a</a> <mailto:victim@evil.example> [b](//evil.example/b) www.evil.example';
/** Wrong types for any field, and the one size a forger would try. */
const REPLACEMENTS: Json[] = [7, 'text', null, true, [], { a: 1 }, HUGE, HOSTILE];

describe('a forged report', () => {
  let real: Json;
  before(async () => {
    const dir = await scratch();
    const json = join(dir, 'report.json');
    const r = await cli([
      'compare',
      '--baseline',
      join(FIXTURES, 'baseline'),
      '--candidate',
      candidate('slower'),
      '--eval-data',
      join(FIXTURES, 'eval'),
      '--variants',
      'fp16',
      '--json',
      json,
      ...FAST_BENCH,
      '--bench-budget',
      '1',
    ]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    real = JSON.parse(await readFile(json, 'utf8'));
    if (process.env.MG_KEEP_REPORT) await writeFile(process.env.MG_KEEP_REPORT, JSON.stringify(real));
  });

  test('the real report is accepted and renders', () => {
    const model = (real as any).models[0];
    assert.ok(model.variants && model.eval && model.phases && model.checks.some((c: any) => c.sampling), 'the report has every optional part');
    assert.match(renderMarkdown(validateReport(JSON.stringify(real), 'report.json')), /model-gate: /);
    // The generated JSON Schema describes it too, by an independent validator.
    const validate = new Ajv2020({ strict: false }).compile(reportJsonSchema());
    assert.ok(validate(real), JSON.stringify(validate.errors));
  });

  test('every field replaced by a wrong type or a 200,000-character string: refused by name, or rendered; never a crash', () => {
    let refused = 0;
    let rendered = 0;
    const crashes: string[] = [];
    for (const path of paths(real).filter((p) => p.length > 0)) {
      for (const replacement of REPLACEMENTS) {
        const forged = JSON.stringify(withValue(real, path, replacement));
        const where = `${path.join('.')} = ${JSON.stringify(replacement).slice(0, 20)}`;
        let report;
        try {
          report = validateReport(forged, 'report.json');
        } catch (error) {
          if (!(error instanceof InputError)) crashes.push(`${where}: validation crashed: ${(error as Error).message}`);
          else if (error.message.includes('\n') || !error.message.startsWith('report.json: ')) crashes.push(`${where}: not one line naming the file: ${error.message}`);
          refused++;
          continue;
        }
        try {
          const markdown = renderMarkdown(report);
          if (markdown.includes(HUGE.slice(0, 10_000))) crashes.push(`${where}: a huge string reached the comment`);
          // What GitHub would link or mention in the rendered comment: the real report has no such text, so any is forged.
          // Only text can become a link, so the rendering is read for the hostile text (the wrong types render as text
          // GitHub does not link, the huge string is checked above).
          const linked = replacement === HOSTILE ? linksInRendered(markdown) : [];
          if (linked.length > 0) crashes.push(`${where}: the comment would link ${JSON.stringify(linked[0])}`);
          if (markdown.includes('<img')) crashes.push(`${where}: raw HTML reached the comment`);
        } catch (error) {
          crashes.push(`${where}: accepted, then rendering crashed: ${(error as Error).message}`);
        }
        rendered++;
      }
    }
    assert.deepEqual(crashes, []);
    assert.ok(refused > 0 && rendered > 0, `refused ${refused}, rendered ${rendered}`);
  });

  test('an over-long string names its field and the limit, not its type', () => {
    const forged = JSON.stringify(withValue(real, ['models', 0, 'name'], HUGE));
    assert.throws(() => validateReport(forged, 'report.json'), /report\.json: models\[0\]\.name is 200000 characters long, over the limit of \d+$/);
    const wrongType = JSON.stringify(withValue(real, ['models', 0, 'candidate', 'producer'], 42));
    assert.throws(() => validateReport(wrongType, 'report.json'), /report\.json: models\[0\]\.candidate\.producer must be a string/);
  });
});

describe("an artifact's limits (docs/SECURITY.md: 500 models, strings of 10,000 characters)", () => {
  const json = (report: unknown) => JSON.stringify(report);
  test('500 models are read; 501 are refused, naming the field and the limit', () => {
    const report = syntheticReport(501, ['unchanged']);
    const at500 = json({ ...report, models: report.models.slice(0, 500) });
    assert.ok(Buffer.byteLength(at500) < 5 << 20, 'under the size limit, so the count is what is judged');
    assert.equal(validateReport(at500, 'report.json').models.length, 500);
    assert.throws(() => validateReport(json(report), 'report.json'), (e: Error) => e instanceof InputError && e.message === 'report.json: models must be an array of at most 500');
  });

  test('a string of 10,000 characters is read; 10,001 are refused, naming the field and the limit', () => {
    const report = syntheticReport(1, ['same']);
    const named = (length: number) => json({ ...report, models: [{ ...report.models[0], name: 'm'.repeat(length) }] });
    assert.equal(validateReport(named(10_000), 'report.json').models[0]!.name.length, 10_000);
    assert.throws(() => validateReport(named(10_001), 'report.json'), (e: Error) => e instanceof InputError && e.message === 'report.json: models[0].name is 10001 characters long, over the limit of 10000');
  });
});
