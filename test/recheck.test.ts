// A report read back is believed as far as its numbers go: the merge and publish-comment recompute every status from the
// check's numbers at their own job's levels, and the merge refuses shards run with different settings, naming the
// setting. The renderers read the typed `inconclusive` (report version 6), not a phrase in the note; a change past
// ten-fold reads as a factor.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { defaultConfig } from '../src/inputs/build-config.js';
import { parseThresholdLines } from '../src/inputs/thresholds.js';
import { shardOf } from '../src/matrix/shard.js';
import { mergeShardReports, type ShardReport } from '../src/matrix/merge.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { levelsOf, recheck } from '../src/report/recheck.js';
import type { Report } from '../src/report/schema.js';
import { formatPercent, summarize } from '../src/report/text.js';
import { validateReport } from '../src/report/validate.js';
import { scratch } from './helpers.js';
import { errorLines, runOnEvent, runPayload } from './support/action-run.js';
import { FakeGitHub, TOKENS } from './support/fake-github.js';
import { syntheticReport } from './support/reports.js';

const MINUS = '\u2212';
/** A report as an artifact carries it: JSON, read back through the validator. */
const readBack = (report: Report, source = 'report.json') => validateReport(JSON.stringify(report), source);
const levels = () => levelsOf(defaultConfig());

/** A two-shard matrix of the synthetic kinds, each shard's report as its artifact holds it. */
function shards(edit: (report: Report, index: number) => void = () => {}): ShardReport[] {
  const whole = syntheticReport(9);
  const names = whole.models.map((m) => m.name);
  return [1, 2].map((index) => {
    const report: Report = structuredClone(whole);
    report.models = report.models.filter((m) => shardOf(m.name, 2) === index);
    report.matrix = { shard: index, shards: 2, models: names, commit: 'c'.repeat(40) };
    edit(report, index);
    return { source: `shards/s${index}`, report: readBack(report, `shards/s${index}/report.json`) };
  });
}

/** Flips a less-accurate model's failing accuracy check to pass, numbers unchanged (its verdict is recomputed anyway). */
function flipAccuracy(report: Report): string | null {
  const m = report.models.find((x) => x.name.endsWith('less-accurate'));
  const c = m?.checks.find((x) => x.metric === 'accuracy');
  if (!m || !c) return null;
  // The synthetic model drops from 90% to 78%: −12 pp against the −1 pp fail level. Make it −20 pp.
  c.candidate = c.baseline! - 0.2;
  assert.equal(c.status, 'fail');
  c.status = 'pass';
  m.verdict = 'pass';
  return m.name;
}

describe('recheck: statuses from the numbers', () => {
  test('an untouched report passes the recheck at the levels it was made with', () => {
    const report = readBack(syntheticReport(9));
    recheck(report, levels(), 'report.json');
    assert.ok(report.models.some((m) => m.verdict === 'fail'), 'the fixture has failures, so the recheck had statuses to compare');
  });

  test('a flipped status is refused by name: model, metric and both statuses', () => {
    const report = syntheticReport(9);
    const name = flipAccuracy(report)!;
    const read = readBack(report);
    assert.equal(read.models.find((m) => m.name === name)!.verdict, 'pass', 'the validator alone believes the flipped status');
    assert.throws(() => recheck(read, levels(), 'report.json'), new RegExp(`^InputError: report\\.json: model ${name}: accuracy is pass in the report, but its numbers give fail`));
  });

  test('a flipped timing status is refused too: re-judged on its stored interval', () => {
    const report = syntheticReport(9);
    const m = report.models.find((x) => x.name.endsWith('slower'))!;
    const c = m.checks.find((x) => x.metric === 'latency-p50')!;
    assert.equal(c.status, 'fail');
    c.status = 'warn';
    assert.throws(() => recheck(readBack(report), levels(), 'report.json'), /latency-p50 is warn in the report, but its numbers give fail/);
  });

  test("a report made at other levels than the reading job's is refused, naming the threshold and both levels", () => {
    const config = defaultConfig();
    Object.assign(config.thresholds, parseThresholdLines('accuracy: -5pp/-30pp', 'test', config.thresholds));
    assert.throws(() => recheck(readBack(syntheticReport(9)), levelsOf(config), 'report.json'), /: its thresholds\.accuracy differs from this job's \(-0\.005\/-0\.01 vs -5pp\/-30pp\)/);
  });
});

describe('the merge', () => {
  test('merges shards of one run', () => {
    const { report } = mergeShardReports(shards(), levels());
    assert.equal(report.models.length, 9);
    assert.equal(report.verdict, 'fail');
  });

  test('refuses a shard run with other thresholds, naming the setting and both levels', () => {
    const other = shards((r, i) => {
      if (i === 2) r.settings.thresholds!['latency-p50'] = { warn: '+10%', fail: '+20%' };
    });
    assert.throws(() => mergeShardReports(other, levels()), /^InputError: shards\/s2: shard 2\/2: its thresholds\.latency-p50 differs from shard 1\/2's \(\+10%\/\+20% vs \+5%\/\+10%\)/);
  });

  test('refuses a shard run with another codec or drift level, naming it', () => {
    assert.throws(() => mergeShardReports(shards((r, i) => { if (i === 2) r.settings.codec = 'zstd'; }), levels()), /its codec differs from shard 1\/2's \(zstd vs auto\)/);
    assert.throws(
      () => mergeShardReports(shards((r, i) => { if (i === 2) r.settings.history!.drift['load-time'] = { warn: null, fail: '+30%' }; }), levels()),
      /its history\.drift\.load-time differs from shard 1\/2's \(none\/\+30% vs none\/none\)/,
    );
  });

  test('refuses a shard report whose statuses were flipped to pass, numbers unchanged', () => {
    let flipped: string | null = null;
    const edited = shards((r) => {
      flipped ??= flipAccuracy(r);
    });
    assert.ok(flipped, 'a shard holds the less-accurate model');
    assert.throws(() => mergeShardReports(edited, levels()), new RegExp(`model ${flipped}: accuracy is pass in the report, but its numbers give fail`));
  });
});

describe('publish-comment, the built action', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await FakeGitHub.start();
  });
  after(() => fake.close());

  test('refuses a report artifact whose statuses were flipped to pass, and posts nothing', async () => {
    const report = syntheticReport(9);
    const name = flipAccuracy(report)!;
    const dir = await scratch();
    await mkdir(join(dir, 'model-gate-out'));
    await writeFile(join(dir, 'model-gate-out', 'report.json'), JSON.stringify(report));
    const r = await runOnEvent(fake, { event: 'workflow_run', payload: runPayload(fake, '42'.repeat(20)), workspace: dir, token: TOKENS.actions, inputs: { mode: 'publish-comment' } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const errors = errorLines(r);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, new RegExp(`model ${name}: accuracy is pass in the report, but its numbers give fail`));
    assert.ok(!fake.requests.some((q) => q.method !== 'GET'), 'nothing posted');
  });
});

describe('the renderers read the typed inconclusive', () => {
  const inconclusiveModel = (report: Report) => report.models.find((m) => m.name.endsWith('-inconclusive'))!;

  test('a warning marked inconclusive says so, whatever its note; one not marked does not', () => {
    const report = readBack(syntheticReport(9));
    const m = inconclusiveModel(report);
    const c = m.checks.find((x) => x.metric === 'load-time')!;
    assert.equal(c.status, 'warn');
    assert.equal(c.inconclusive, true, 'the compare stage types it');
    c.note = null;
    assert.match(summarize('warn', [m], null), /load time [^;]*, inconclusive \(interval /);
    assert.match(renderMarkdown(report, 'comment'), /inconclusive/);

    // The old reading: the word in the note. A note that says it no longer makes a check inconclusive.
    c.inconclusive = false;
    c.note = 'beyond the fail level, but inconclusive';
    const summary = summarize('warn', [m], null);
    assert.doesNotMatch(summary, /, inconclusive/);
    assert.match(summary, /load time [^;]* \(beyond \+15%\)/);
  });

  test('the drift chain is inconclusive by its field in the history table', async () => {
    const { historySection } = await import('../src/report/history-section.js');
    const report = readBack(syntheticReport(1, ['same']));
    const chain = { metric: 'latency-p50' as const, since: 'v1.0.0', steps: 2, relative: 0.3, interval: { low: -0.05, high: 0.7, confidence: 0.95 }, broken: null, threshold: { warn: null, fail: '+20%' }, status: 'warn' as const, note: null, inconclusive: true };
    const step = { against: 'v1.0.0', relative: 0.14, interval: { low: -0.02, high: 0.3, confidence: 0.95 } };
    report.history = { releases: 2, read: ['v1.1.0'], skipped: [] };
    report.models[0]!.history = { points: [{ release: 'v1.1.0', packedBytes: 1, accuracy: null, loadTime: null, latencyP50: step }, { release: null, packedBytes: 1, accuracy: null, loadTime: null, latencyP50: step }], chains: [chain] };
    assert.match(historySection(report, 'all', false).join('\n'), /⚠️ inconclusive/);
    chain.inconclusive = false;
    assert.doesNotMatch(historySection(report, 'all', false).join('\n'), /inconclusive/);
  });
});

describe('a change past ten-fold reads as a factor', () => {
  test('percentages below 10×, a factor from there', () => {
    assert.equal(formatPercent(0.042), '+4.2%');
    assert.equal(formatPercent(-0.31), `${MINUS}31%`);
    assert.equal(formatPercent(8.99), '+899%');
    assert.equal(formatPercent(9), '10.0×');
    assert.equal(formatPercent(131.92), '133×');
  });
});
