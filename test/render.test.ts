// The PR comment rendered the way GitHub renders it (GFM, GitHub's sanitiser allow-list, GitHub's stylesheet, 900 px)
// and laid out in headless Chromium (test/support/render.ts). For each report — every fixture candidate, a five-model
// run whose file name and producer are hostile, a run with no baseline, and a 100-model report trimmed to a comment's
// size — the page must show: (a) nothing that scrolls sideways, (b) the verdict as the first heading, (c) whole table
// rows, (d) no link, mention or reference the comment does not mean. The same check is shown to catch each fault in a
// deliberately broken comment. Full-page screenshots are left in .tmp/render/: NAME.png as posted (details folded),
// and five-models-details.png unfolded (screenshots cost seconds of the two cores the CLI runs share).
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import onnxProto from 'onnx-proto';
import { METRICS } from '../src/checks.js';
import { markerFor, trimBody, MAX_COMMENT_LENGTH } from '../src/github/comments.js';
import { summarize } from '../src/report/text.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/schema.js';
import { validateReport } from '../src/report/validate.js';
import { BASELINE_MODEL, candidate, cli, FIXTURES, ROOT } from './helpers.js';
import { browserVersion } from './support/browser.js';
import { CHROMIUM, checkComment, openBrowser, urlsIn, type CommentBrowser } from './support/render.js';

const OUT = join(ROOT, '.tmp', 'render');
const VARIANTS = ['unchanged', 'improved', 'less-accurate', 'slower', 'larger'];
/** Untrusted text as a forger would write it: mentions, references, URLs, HTML, a table break. */
const HOSTILE = '@someone @org/team #1 GH-123 owner/repo#1 <img src=x onerror=alert(1)> | [x](https://evil.example) www.evil.example https://evil.example/y';
/** A file name can hold no slash. */
const HOSTILE_NAME = '@someone #1 GH-2 www.evil.example';
/** Where a trimmed comment says the whole report is (the publisher's link to the run). */
const RUN_URL = 'https://github.com/owner/repo/actions/runs/1';

// The runs start in a `before` hook and are awaited by the tests, so their folders live as long as this file's suite
// (helpers' scratch() would be removed when the hook ends).
const TMP = await mkdtemp(join(tmpdir(), 'model-gate-render-'));
let dirs = 0;
async function scratch(): Promise<string> {
  const dir = join(TMP, String(dirs++));
  await mkdir(dir);
  return dir;
}

/** The least sampling the CLI takes: the comment's layout is under test here, not its numbers. */
const QUICK = ['--load-samples', '1', '--latency-rounds', '1', '--latency-time-ms', '5', '--warmup-ms', '5', '--bench-budget', '1'];

interface Run {
  report: Report;
  markdown: string;
}

/**
 * Two runs at a time on this two-core machine: more at once slows each many times over, as a timing measured under
 * contention fails and is measured again.
 */
let running = 0;
const waiting: Array<() => void> = [];
async function twoAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (running < 2) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    // The slot goes straight to the next in line.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

async function compare(args: string[], cwd?: string): Promise<Run> {
  return twoAtATime(() => compareNow(args, cwd));
}

async function compareNow(args: string[], cwd?: string): Promise<Run> {
  const dir = await scratch();
  const json = join(dir, 'report.json');
  const markdown = join(dir, 'report.md');
  const r = await cli(['compare', ...args, '--json', json, '--markdown', markdown, ...QUICK, '--quiet'], cwd ? { cwd } : {});
  assert.ok(r.code === 0 || r.code === 1, `compare ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
  return { report: JSON.parse(await readFile(json, 'utf8')), markdown: await readFile(markdown, 'utf8') };
}

/** The candidate of `variant` with a hostile ModelProto.producer_name. */
async function hostileModel(variant: string): Promise<Uint8Array> {
  const { onnx } = onnxProto;
  const model = onnx.ModelProto.decode(await readFile(candidate(variant)));
  model.producerName = HOSTILE;
  return onnx.ModelProto.encode(model).finish();
}

/** Five models on both sides: the baseline packed from the fixture model under five names, the candidates the five variants, one of them hostile. */
async function fiveModelRun(): Promise<Run> {
  const dir = await scratch();
  const names = VARIANTS.map((v) => (v === 'larger' ? HOSTILE_NAME : v));
  await mkdir(join(dir, 'base'));
  await mkdir(join(dir, 'models'));
  for (const [i, name] of names.entries()) {
    await copyFile(BASELINE_MODEL, join(dir, 'base', `${name}.onnx`));
    const variant = VARIANTS[i]!;
    if (name === HOSTILE_NAME) await writeFile(join(dir, 'models', `${name}.onnx`), await hostileModel(variant));
    else await copyFile(candidate(variant), join(dir, 'models', `${name}.onnx`));
  }
  // Globs relative to the folder: a model's own path is not a pattern, and these names are full of pattern characters.
  const packed = await cli(['pack', 'base/*.onnx', '--out', join(dir, 'pack')], { cwd: dir });
  assert.equal(packed.code, 0, packed.stderr);
  return compare(['--baseline', join(dir, 'pack'), '--candidate', 'models/*.onnx', '--eval-data', join(FIXTURES, 'eval')], dir);
}

/** No baseline, the hostile candidate alone. */
async function noBaselineRun(): Promise<Run> {
  const dir = await scratch();
  await writeFile(join(dir, `${HOSTILE_NAME}.onnx`), await hostileModel('unchanged'));
  return compare(['--baseline', 'none', '--candidate', '*.onnx', '--eval-data', join(FIXTURES, 'eval')], dir);
}

/**
 * 100 models (the five-model run's, repeated), one named by a forger, with a hostile baseline note and removed names;
 * read back as the publisher reads an artifact, rendered, and trimmed to a comment's size with the marker, as posted.
 */
function manyModelComment(five: Report): { report: Report; body: string } {
  const models = Array.from({ length: 100 }, (_, i) => ({ ...structuredClone(five.models[i % five.models.length]!), name: `model-${String(i).padStart(3, '0')}` }));
  models[7]!.name = '@someone @org/team #1 https://evil.example/x';
  const note = `baseline note ${HOSTILE}`;
  const forged = { ...five, models, removed: ['@victim', 'https://evil.example/gone', 'org/repo#9'], baseline: { ...five.baseline, note }, summary: summarize(five.verdict, models, note) };
  const report = validateReport(JSON.stringify(forged), 'report.json');
  const marker = markerFor('default');
  const body = `${trimBody(renderMarkdown(report, 'comment'), RUN_URL, marker.length)}\n${marker}\n`;
  return { report, body };
}

describe('the PR comment as GitHub renders it, in Chromium at 900 px', () => {
  let browser: CommentBrowser;
  let intended: Set<string>;
  const fixtureRuns = new Map<string, Promise<Run>>();
  let five: Promise<Run>;
  let alone: Promise<Run>;

  before(async () => {
    await mkdir(OUT, { recursive: true });
    // The CLI runs go on while the browser starts and the tests render; the longest starts first.
    five = fiveModelRun();
    // One fixture run also builds an fp16 variant, for the variant tables (five models with variants take three times as long).
    for (const v of VARIANTS) {
      // The unchanged fixture must stay byte-identical to its baseline (a variant of it would not be), so the improved one builds the variant.
      const variants = v === 'improved' ? ['--variants', 'fp16'] : [];
      // Paths relative to the repository, as a workflow would give them (the baseline's path is shown in the comment).
      fixtureRuns.set(v, compare(['--baseline', 'fixtures/baseline', '--candidate', `fixtures/candidates/${v}/iris.onnx`, '--eval-data', 'fixtures/eval', ...variants], ROOT));
    }
    alone = noBaselineRun();
    for (const p of [...fixtureRuns.values(), five, alone]) p.catch(() => {});
    // The only links the comment means to make are the URLs its renderer spells out.
    intended = await urlsIn(join(ROOT, 'src', 'report', 'markdown.ts'));
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await rm(TMP, { recursive: true, force: true });
  });

  test('the browser that lays the comment out is named', (t) => {
    // So a log from another machine (GitHub's runner has Google Chrome, this one Debian's Chromium) says what ran.
    const version = browserVersion(CHROMIUM);
    t.diagnostic(`browser: ${CHROMIUM} (${version})`);
    assert.match(version, /^(Chromium|Google Chrome) \d+\./);
  });

  /** Renders and checks the page (its first heading must carry the verdict); returns the Markdown's first line, that heading. */
  async function assertRenders(name: string, markdown: string, verdict: string, allowed: string[] = [], screenshotDetails = false): Promise<string> {
    const problems = await checkComment(browser, markdown, { verdict, allowedHrefs: new Set([...intended, ...allowed]), screenshot: join(OUT, name), screenshotDetails });
    assert.deepEqual(problems, [], `${name}: screenshots in ${OUT}\n${problems.join('\n')}`);
    return markdown.split('\n')[0]!.replace(/^#+ /, '');
  }

  /** What decides each fixture's verdict, as the first line must name it. */
  const CAUSE: Record<string, RegExp> = {
    unchanged: /^✅ model-gate: pass — 1 model within every threshold \(1 unchanged\)$/,
    'less-accurate': /^❌ model-gate: fail — iris: top-1 accuracy −\d+\.\d\d pp \(beyond −1\.00 pp\)/,
    // The slower fixture is also larger; with this test's single pair no timing can fail, so size is what decides.
    slower: /^❌ model-gate: fail — iris: (.*; )?packed size \+\d+% \(beyond \+25%\)/,
    larger: /^❌ model-gate: fail — iris: (.*; )?packed size \d+× \(beyond \+25%\)/,
  };

  for (const v of VARIANTS) {
    test(`fixture candidate "${v}": the comment as posted, and the job summary`, async () => {
      const { report, markdown } = await fixtureRuns.get(v)!;
      // The comment is what the publisher posts: the report read back and rendered in its short form.
      const comment = renderMarkdown(validateReport(JSON.stringify(report), 'report.json'), 'comment');
      const headline = await assertRenders(`fixture-${v}`, comment, report.verdict);
      if (CAUSE[v]) assert.match(headline, CAUSE[v]!);
      // Whatever the sampling decided, every check that failed is named in the first line.
      for (const c of report.models[0]!.checks.filter((x) => x.status === 'fail')) assert.ok(headline.includes(METRICS[c.metric].label), `${c.metric} in: ${headline}`);
      const row = comment.split('\n').find((l) => l.startsWith('| iris'))!;
      if (v === 'unchanged') assert.doesNotMatch(row, /%/, 'an unchanged model shows no percentage at all');
      if (v === 'improved') {
        // No ⚠️ unless a check really warned, and then the row names it.
        const warned = report.models[0]!.checks.filter((c) => c.status === 'warn');
        if (warned.length === 0) assert.ok(!comment.includes('⚠️'), row);
        else for (const c of warned) assert.ok(row.includes(METRICS[c.metric].label), `the row names ${c.metric}: ${row}`);
      }
      await assertRenders(`fixture-${v}-summary`, markdown, report.verdict);
    });
  }

  test('five models, one with a hostile file name and producer_name', async () => {
    const { report, markdown } = await five;
    assert.equal(report.models.length, 5);
    const hostile = report.models.find((m) => m.name === HOSTILE_NAME);
    assert.ok(hostile?.candidate.producer.startsWith(HOSTILE), 'the hostile text reached the report');
    await assertRenders('five-models', markdown, report.verdict, [], true);
  });

  test('no baseline: the hostile candidate alone', async () => {
    const { report, markdown } = await alone;
    assert.equal(report.verdict, 'no-baseline');
    await assertRenders('no-baseline', markdown, report.verdict);
  });

  test('100 models with forged names and note, trimmed to the comment limit', async () => {
    const { report, body } = manyModelComment((await five).report);
    assert.ok(body.length <= MAX_COMMENT_LENGTH, `${body.length} characters`);
    await assertRenders('hundred-models', body, report.verdict, [RUN_URL]);
  });

  describe('the check catches a broken comment', () => {
    /** A real comment and what the check says of it after `edit`. */
    async function problemsAfter(edit: (markdown: string) => string): Promise<string[]> {
      const { report, markdown } = await fixtureRuns.get('slower')!;
      const edited = edit(markdown);
      assert.notEqual(edited, markdown, 'the edit changed the comment');
      return checkComment(browser, edited, { verdict: report.verdict, allowedHrefs: intended });
    }
    /** The first body row of the first table. */
    const firstRow = (markdown: string) => {
      const lines = markdown.split('\n');
      return lines[lines.findIndex((l) => /^\|\s*:?-/.test(l)) + 1]!;
    };

    test('the unedited comment passes', async () => {
      assert.deepEqual(await problemsAfter((md) => `${md}\n`), []);
    });

    test('a body row with a missing cell, and one with a cell too many', async () => {
      // Whatever the table's width: one cell fewer, then one more than its header.
      const counted = (problems: string[]) => problems.map((p) => /^\(c\) table 1, body row 1: (\d+) cells written, the header has (\d+)/.exec(p)).find(Boolean);
      const short = counted(await problemsAfter((md) => md.replace(firstRow(md), firstRow(md).replace(/[^|]*\|\s*$/, ''))));
      assert.ok(short && Number(short[1]) === Number(short[2]) - 1, String(short));
      const long = counted(await problemsAfter((md) => md.replace(firstRow(md), firstRow(md).replace(/^\| /, '| a | b '))));
      assert.ok(long && Number(long[1]) === Number(long[2]) + 1, String(long));
    });

    test('a raw link, an HTML link, an image, an autolinked URL, a mention and an issue reference', async () => {
      const problems = await problemsAfter((md) => `${md}\nsee [docs](https://evil.example/a), <a href="https://evil.example/b">b</a> <img src="https://evil.example/c.png"> https://evil.example/d, @someone and #1\n`);
      for (const expected of [
        /^\(d\) an unintended a: "https:\/\/evil\.example\/a"/,
        /^\(d\) an unintended a: "https:\/\/evil\.example\/b"/,
        /^\(d\) an unintended img: "https:\/\/evil\.example\/c\.png"/,
        /^\(d\) an unintended a: "https:\/\/evil\.example\/d"/,
        /^\(d\) GitHub would make a mention of "@someone"/,
        /^\(d\) GitHub would make a issue of "#1"/,
      ]) {
        assert.ok(problems.some((p) => expected.test(p)), `${expected}\n${problems.join('\n')}`);
      }
    });

    test('a cell too wide for the article, and a code block too', async () => {
      const problems = await problemsAfter((md) => `${md.replace(firstRow(md), firstRow(md).replace(/^\| [^|]*/, `| ${'x'.repeat(300)} `))}\n\`\`\`\n${'y'.repeat(300)}\n\`\`\`\n`);
      assert.ok(problems.some((p) => /^\(a\) a table scrolls sideways/.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => /^\(a\) a pre scrolls sideways/.test(p)), problems.join('\n'));
    });

    test('a first heading that is not the verdict, and text before it', async () => {
      const problems = await problemsAfter((md) => `Hello\n\n### ✅ all good\n\n${md}`);
      assert.ok(problems.some((p) => /^\(b\) the first heading does not say the verdict/.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => /^\(b\) the first heading carries the icon of pass/.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => /^\(b\) text comes before the verdict heading: "Hello"/.test(p)), problems.join('\n'));
    });
  });
});
