// What a reviewer reads in the comment: the verdict and its real cause first, noise shown as "≈", unchanged models
// without numbers, the check that decided each row, one minus sign and points for shares, and a comment that fits
// GitHub's limit at any number of models without losing a failing model's details.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_COMMENT_LENGTH } from '../src/github/comments.js';
import { COMMENT_BUDGET, renderMarkdown } from '../src/report/markdown.js';
import { renderTerminal } from '../src/report/terminal.js';
import { validateReport } from '../src/report/validate.js';
import { syntheticReport, type Kind } from './support/reports.js';

const one = (kind: Kind) => syntheticReport(1, [kind]);
const rowOf = (markdown: string, name: string) => markdown.split('\n').find((l) => l.startsWith(`| ${name}`))!;
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());

describe('the comment says what is known', () => {
  test('an unchanged model: no measurement, no percentage anywhere in its row or details', () => {
    const report = one('unchanged');
    const m = report.models[0]!;
    assert.equal(m.unchanged, true);
    assert.deepEqual(m.checks.map((c) => c.metric), ['packed-size', 'accuracy'], 'no timing checks: nothing was timed');
    const md = renderMarkdown(report, 'full');
    assert.equal(md.split('\n')[0], '### ✅ model-gate: pass — 1 model within every threshold (1 unchanged)');
    const row = rowOf(md, m.name);
    assert.deepEqual(cells(row).slice(1), ['✅ unchanged', '1.00 MB', '—', '—', '—', 'same bytes as release v1.0.0']);
    const details = md.slice(md.indexOf('<details><summary>\n'), md.indexOf('How this was measured'));
    assert.doesNotMatch(`${row}\n${details}`, /\d%/);
  });

  test('noise is "≈": an unchanged-speed model shows no timing percentage in its row; the number stays in the details', () => {
    const md = renderMarkdown(one('same'), 'full');
    const row = cells(rowOf(md, 'model-000-same'));
    assert.deepEqual([row[1], row[3], row[4], row[6]], ['✅ pass', '≈', '≈', '']);
    assert.match(md, /\| latency p50 \| [\d.]+ ms \| [\d.]+ ms ᵖ \| ≈ [+−±][\d.]+% \|/);
  });

  test('an improved model shows its measured gain and no ⚠️', () => {
    const md = renderMarkdown(one('improved'), 'full');
    const row = cells(rowOf(md, 'model-000-improved'));
    assert.deepEqual([row[1], row[3], row[4]], ['✅ pass', '−40%', '−40%']);
    assert.ok(!md.includes('⚠️'));
  });

  test('an inconclusive warning is named as such in the headline and the row, with its interval', () => {
    const report = one('inconclusive');
    const md = renderMarkdown(report, 'comment');
    assert.match(md.split('\n')[0]!, /^### ⚠️ model-gate: warn — model-000-inconclusive: load time \+\d+%, inconclusive \(interval −\d+% … \+\d+%\)$/);
    const row = cells(rowOf(md, 'model-000-inconclusive'));
    assert.match(row[3]!, /⚠️ inconclusive/);
    assert.match(row[6]!, /^load time \+\d+%, inconclusive/);
  });

  test('the row names the check that decided it, also one without a column (first inference)', () => {
    const md = renderMarkdown(one('first-inference'), 'comment');
    assert.match(md.split('\n')[0]!, /warn — model-000-first-inference: first inference \+20% \(beyond \+15%\)/);
    assert.match(cells(rowOf(md, 'model-000-first-inference'))[6]!, /^first inference \+20% \(beyond \+15%\)$/);
  });

  test('shares in points everywhere, thresholds included; one minus sign', () => {
    const md = renderMarkdown(one('less-accurate'), 'full');
    assert.equal(md.split('\n')[0], '### ❌ model-gate: fail — model-000-less-accurate: top-1 accuracy −12.00 pp (beyond −1.00 pp)');
    assert.match(md, /\| top-1 accuracy \| 90\.0% \| 78\.0% \| −12\.00 pp \|  \| −0\.50 pp \/ −1\.00 pp \|/);
    // No ASCII hyphen as a sign: every negative number uses U+2212.
    assert.doesNotMatch(md.replace(/model-\d+-[a-z-]+/g, ''), /(?<![\w-])-\d/);
  });

  test('a size change says what it was against: "packed 1.40 MB (+40% ❌, was 1.00 MB)"', () => {
    const md = renderMarkdown(one('larger'), 'comment');
    assert.equal(cells(rowOf(md, 'model-000-larger'))[2], '1.40 MB (+40% ❌, was 1.00 MB)');
  });

  test('failing and warning models come first; a model without baseline shows its own values', () => {
    const md = renderMarkdown(syntheticReport(9), 'comment');
    const verdicts = md.split('\n').filter((l) => l.startsWith('| model-')).map((l) => cells(l)[1]!.split(' ')[0]);
    assert.deepEqual(verdicts, ['❌', '❌', '❌', '⚠️', '⚠️', 'ℹ️', '✅', '✅', '✅']);
    assert.match(rowOf(md, 'model-008-new'), /\| ℹ️ no baseline \| 1\.00 MB \| [\d.]+ ms \| [\d.]+ ms \|/);
  });

  test('an unchanged model that fails on its packing (another level or codec) shows the verdict and its cause', () => {
    const report = one('unchanged');
    const size = report.models[0]!.checks.find((c) => c.metric === 'packed-size')!;
    Object.assign(size, { baseline: 1_000_000, candidate: 1_400_000, change: { absolute: 400_000, relative: 0.4, interval: null }, status: 'fail' });
    const read = validateReport(JSON.stringify(report), 'r.json');
    const md = renderMarkdown(read, 'comment');
    assert.equal(md.split('\n')[0], '### ❌ model-gate: fail — model-000-unchanged: packed size +40% (beyond +25%)');
    const row = cells(rowOf(md, 'model-000-unchanged'));
    assert.deepEqual([row[1], row[6]], ['❌ fail (unchanged)', 'packed size +40% (beyond +25%); same bytes as release v1.0.0']);
    assert.match(md, /<b>❌ model-000-unchanged — fail \(unchanged\)<\/b>[\s\S]*Decided by: packed size \+40% \(beyond \+25%\)\./);
  });

  test('a pass counts only the models held to a threshold; models without a baseline are counted apart', () => {
    const md = renderMarkdown(syntheticReport(2, ['same', 'new']), 'comment');
    assert.equal(md.split('\n')[0], '### ✅ model-gate: pass — 1 model within every threshold, 1 without baseline');
  });

  test('bidirectional overrides in a name cannot reorder the comment or the terminal', () => {
    const report = one('slower');
    report.models[0]!.name = 'evil\u202egnp.exe\u2066x';
    const md = renderMarkdown(validateReport(JSON.stringify(report), 'r.json'), 'full');
    assert.doesNotMatch(md, /[\u202a-\u202e\u2066-\u2069]/);
    const text = renderTerminal(report, false);
    assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069]/);
    assert.match(text, /evil\\u202egnp\.exe\\u2066x/);
  });

  test('a report read back believes "unchanged" only when the digests agree', () => {
    const report = one('same');
    const forged = JSON.stringify({ ...report, models: [{ ...report.models[0], unchanged: true }] });
    assert.equal(validateReport(forged, 'r.json').models[0]!.unchanged, false);
    assert.equal(validateReport(JSON.stringify(one('unchanged')), 'r.json').models[0]!.unchanged, true);
  });
});

describe('the comment fits at any scale', () => {
  for (const count of [1, 5, 30, 100]) {
    test(`${count} models with variants: under GitHub's limit, every failing and warning model with its details`, () => {
      const report = syntheticReport(count, undefined, true);
      const md = renderMarkdown(report, 'comment');
      assert.ok(md.length <= COMMENT_BUDGET && COMMENT_BUDGET < MAX_COMMENT_LENGTH, `${md.length} characters`);
      for (const m of report.models) {
        assert.ok(md.includes(`| ${m.name} (fp16) |`), `${m.name} has its row`);
        const flagged = m.verdict === 'fail' || m.verdict === 'warn';
        const title = `${m.verdict === 'fail' ? '❌' : '⚠️'} ${m.name} — `;
        // Details as a folded table (<b>title</b>) or, at the largest scales, a list item (**title**).
        assert.equal(md.includes(`<b>${title}`) || md.includes(`**${title}`), flagged, `${m.name}: details ${flagged ? 'present' : 'left to the job summary'}`);
      }
      assert.equal(md.match(/How this was measured/g)!.length, 1, 'the method once');
    });
  }

  test('when all 100 models fail, each keeps the checks that failed it', () => {
    const report = syntheticReport(100, ['slower', 'less-accurate'], true);
    const md = renderMarkdown(report, 'comment');
    assert.ok(md.length <= COMMENT_BUDGET, `${md.length} characters`);
    for (const m of report.models) {
      const start = md.indexOf(`**❌ ${m.name} — fail**`);
      assert.ok(start > 0, `${m.name} has details`);
      // At this scale each model's details are one line: the failing check with both sides, interval, level, samples.
      const line = md.slice(start, md.indexOf('\n', start));
      if (m.name.endsWith('slower')) assert.match(line, /latency p50 [\d.]+ ms → [\d.]+ ms ᵖ \(\+45%, interval \+\d+% … \+\d+%; fail at \+10%; 12 pairs, settled in 4\.2 s\)/);
      else assert.match(line, /top-1 accuracy 90\.0% → 78\.0% \(−12\.00 pp; fail at −1\.00 pp\)/);
      assert.match(line, /int8 rejected \(260\.0 kB; accuracy −0\.20 pp; slower than the original: load-time beyond \+25%\)/);
    }
  });

  test('the full form keeps every model\'s details', () => {
    const report = syntheticReport(30, undefined, true);
    const md = renderMarkdown(report, 'full');
    for (const m of report.models) assert.ok(md.includes(` ${m.name} — `), `${m.name} has details`);
  });
});
