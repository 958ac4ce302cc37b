// The history across releases: the releases' report.json assets chained into each model's drift — the product of the
// paired ratios each release measured against the one before it, never a timing of one run beside one of another — with
// an interval that widens along the chain, breaks said where they are, and bad or missing reports named, not used.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../src/github/client.js';
import { releaseReports } from '../src/github/releases.js';
import { applyHistory, combine, type HistorySettings, type ReleaseReport } from '../src/history/history.js';
import { parseDrift } from '../src/inputs/config.js';
import { COMMENT_BUDGET, renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/schema.js';
import { validateReport } from '../src/report/validate.js';
import { FIXTURES, scratch } from './helpers.js';
import { GATE, prPayload, runOnEvent } from './support/action-run.js';
import { FakeGitHub } from './support/fake-github.js';
import { syntheticReport } from './support/reports.js';
import { REPORT_VERSION } from '../src/report/format.js';

const NONE = { warn: null, fail: null };
const settings = (latency = 'none', releases = 10): HistorySettings => ({ releases, drift: { 'load-time': NONE, 'latency-p50': parseDrift(latency, 'latency-p50', 'test') } });

/**
 * A release's report as model-gate would have written it: one model, compared against `against` (null: no baseline),
 * latency p50 `ratio` with ± `spread` as its interval, load time unchanged within noise.
 */
function releaseReport(against: string | null, ratio = 1.04, spread = 0.01, name = 'iris', packed = 855, confidence = 0.95): Report {
  const r = syntheticReport(1, ['same']);
  const m = r.models[0]!;
  m.name = name;
  m.candidate.packed.bytes = packed;
  r.baseline.source = against === null ? null : `release ${against}`;
  for (const c of m.checks) {
    if (c.metric === 'latency-p50') c.change = { absolute: 0.4, relative: ratio - 1, interval: { low: ratio - 1 - spread, high: ratio - 1 + spread, confidence } };
    if (c.metric === 'load-time') c.change = { absolute: 0, relative: 0.001, interval: { low: -0.02, high: 0.02, confidence: 0.95 } };
  }
  // Through the reader, as the fetch does: what a release's report is once read back.
  return validateReport(JSON.stringify(r), 'test');
}

const TAGS = Array.from({ length: 10 }, (_, i) => `v1.${i}.0`);
/** Ten releases newest first, each compared against the one before it, latency +4% per release. */
const window = (): ReleaseReport[] => TAGS.map((tag, i) => ({ tag, report: releaseReport(i === 0 ? null : TAGS[i - 1]!), reason: null })).reverse();
/** This run: compared against the newest release, latency the same. */
const thisRun = () => releaseReport('v1.9.0', 1.0, 0.01);
const latencyChain = (r: Report, model = 'iris') => r.models.find((m) => m.name === model)!.history!.chains.find((c) => c.metric === 'latency-p50')!;

describe('chaining the paired changes', () => {
  test('the chained change is the product of the ratios; its interval widens with each step and claims no more than the weakest step', () => {
    const step = (relative: number, low: number, high: number, confidence = 0.95) => ({ against: 'x', relative, interval: { low, high, confidence } });
    const one = combine([step(0.04, 0.03, 0.05)])!;
    assert.ok(Math.abs(one.relative - 0.04) < 1e-12 && Math.abs(one.interval.low - 0.03) < 1e-12 && Math.abs(one.interval.high - 0.05) < 1e-12, 'one step is itself');
    const widths = [1, 4, 9].map((n) => {
      const c = combine(Array.from({ length: n }, () => step(0.04, 0.03, 0.05)))!;
      assert.ok(Math.abs(c.relative - (1.04 ** n - 1)) < 1e-9);
      assert.ok(c.interval.low < c.relative && c.relative < c.interval.high);
      return Math.log1p(c.interval.high) - Math.log1p(c.interval.low);
    });
    // Log-scale half-widths add in quadrature: 9 steps are 3 times as wide as one.
    assert.ok(widths[0]! < widths[1]! && widths[1]! < widths[2]!);
    assert.ok(Math.abs(widths[2]! / widths[0]! - 3) < 0.01, String(widths));
    assert.equal(combine([step(0.01, 0, 0.02), step(0.01, -0.2, 0.3, 0.9)])!.interval.confidence, 0.9);
    assert.equal(combine([]), null);
  });

  test('ten releases of +4%: the chain reaches the first release, this run included, and the drift level warns', () => {
    const report = thisRun();
    applyHistory(report, window(), null, settings('+20%/+80%'));
    const c = latencyChain(report);
    assert.equal(c.steps, 10, 'nine release steps and this run');
    assert.equal(c.since, 'v1.0.0');
    assert.equal(c.broken, null);
    assert.ok(Math.abs(c.relative! - (1.04 ** 9 - 1)) < 1e-9);
    assert.equal(c.status, 'warn');
    assert.equal(report.verdict, 'warn');
    assert.match(report.summary, /^warn — iris: latency p50 drift \+42% since v1\.0\.0 \(beyond \+20%\)$/);
    assert.equal(report.models[0]!.history!.points.length, 11);
    assert.deepEqual(report.history, { releases: 10, read: [...TAGS].reverse(), skipped: [] });
  });

  test('it fails only when the whole chained interval is beyond the fail level; a step below 95% can only warn', () => {
    const failing = thisRun();
    applyHistory(failing, window(), null, settings('+20%'));
    assert.equal(latencyChain(failing).status, 'fail');
    assert.equal(failing.verdict, 'fail');
    const wide = thisRun();
    applyHistory(wide, TAGS.map((tag, i) => ({ tag, report: releaseReport(i === 0 ? null : TAGS[i - 1]!, 1.04, 0.2), reason: null })).reverse(), null, settings('+20%'));
    assert.equal(latencyChain(wide).status, 'warn');
    assert.match(latencyChain(wide).note!, /inconclusive/);
    const few = thisRun();
    applyHistory(few, TAGS.map((tag, i) => ({ tag, report: releaseReport(i === 0 ? null : TAGS[i - 1]!, 1.04, 0.01, 'iris', 855, 0.875), reason: null })).reverse(), null, settings('+20%'));
    assert.equal(latencyChain(few).status, 'warn', 'an 87.5% interval cannot fail');
    assert.match(latencyChain(few).note!, /too few pairs/);
  });

  test('a release compared against something else breaks the chain there, and says against what', () => {
    const releases = window();
    releases[4] = { tag: 'v1.5.0', report: releaseReport('v1.2.0'), reason: null };
    const report = thisRun();
    applyHistory(report, releases, null, settings());
    const c = latencyChain(report);
    assert.equal(c.broken, 'chain broken at v1.5.0: compared against release v1.2.0, not release v1.4.0');
    assert.equal(c.since, 'v1.5.0');
    assert.equal(c.steps, 5, 'this run and v1.9.0 … v1.6.0');
    assert.equal(c.status, 'skipped', 'no drift level set: shown, not judged');
  });

  test('a release without a report, and a model missing from one, break the chain with their reasons', () => {
    const releases = window();
    releases[2] = { tag: 'v1.7.0', report: null, reason: 'no report.json' };
    const report = thisRun();
    applyHistory(report, releases, null, settings());
    assert.equal(latencyChain(report).broken, 'chain broken at v1.7.0: no report.json');
    assert.deepEqual(report.history!.skipped, [{ release: 'v1.7.0', reason: 'no report.json' }]);
    const other = window();
    other[1] = { tag: 'v1.8.0', report: releaseReport('v1.7.0', 1.04, 0.01, 'resnet'), reason: null };
    const missing = thisRun();
    applyHistory(missing, other, null, settings());
    assert.equal(latencyChain(missing).broken, 'chain broken at v1.8.0: no model iris in its report');
    assert.equal(latencyChain(missing).steps, 2);
  });

  test('this run against another baseline than the newest release: no chain at all, said', () => {
    const report = releaseReport('v1.3.0');
    applyHistory(report, window(), null, settings('+20%'));
    const c = latencyChain(report);
    assert.equal(c.steps, 0);
    assert.equal(c.broken, 'chain broken at this run: compared against release v1.3.0, not release v1.9.0');
    assert.equal(c.status, 'skipped');
    assert.equal(report.verdict, 'pass');
  });
});

describe('the history in the comment and the job summary', () => {
  const rendered = () => {
    const report = thisRun();
    applyHistory(report, window(), null, settings('+20%/+80%'));
    return { comment: renderMarkdown(report, 'comment'), full: renderMarkdown(report, 'full') };
  };
  const historyPart = (md: string) => md.slice(md.indexOf('History'), md.indexOf('How this was measured'));

  test('the comment shows the chained change, its interval and a sparkline in one row; never a time in ms', () => {
    const { comment } = rendered();
    assert.match(comment.split('\n')[0]!, /^### ⚠️ model-gate: warn — iris: latency p50 drift \+42% since v1\.0\.0 \(beyond \+20%\)$/);
    const row = historyPart(comment).split('\n').find((l) => l.startsWith('| iris |'))!;
    assert.match(row, /\| \+42% \(\+38% … \+47%\) since v1\.0\.0 ⚠️ [▁▂▃▄▅▆▇█]{11} \|/);
    assert.match(row, /\| 855 B \(same\) \| 90\.0% \(same\) \|$/);
    assert.doesNotMatch(historyPart(comment), /\d\s*(ms|µs)\b/);
  });

  test('the job summary adds a Mermaid chart and the releases one by one, as paired changes', () => {
    const { full } = rendered();
    assert.match(full, /```mermaid\nxychart-beta\n {2}title "latency p50: chained change since v1\.0\.0, %"\n {2}x-axis \["v1\.0\.0", "v1\.1\.0",[^\]]*"this run"\]/);
    assert.match(full, /\| v1\.9\.0 \| 855 B \| 90\.0% \| \+0\.1% \(−2\.0% … \+2\.0%\) vs v1\.8\.0 \| \+4\.0% \(\+3\.0% … \+5\.0%\) vs v1\.8\.0 \|/);
    assert.doesNotMatch(historyPart(full), /\d\s*(ms|µs)\b/);
  });

  test('100 models with ten releases of history fit the comment budget', () => {
    const many = (against: string | null) => {
      const r = syntheticReport(100);
      r.baseline.source = against === null ? null : `release ${against}`;
      return validateReport(JSON.stringify(r), 'test');
    };
    const report = many('v1.9.0');
    applyHistory(report, TAGS.map((tag, i) => ({ tag, report: many(i === 0 ? null : TAGS[i - 1]!), reason: null })).reverse(), null, settings('+5%'));
    const comment = renderMarkdown(report, 'comment');
    assert.ok(comment.length <= COMMENT_BUDGET, `${comment.length} characters`);
    assert.match(comment, /History/);
  });
});

describe('reading the releases\' reports', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await FakeGitHub.start();
  });
  after(() => fake.close());
  const client = () => createClient({ token: 'ghs_fakeActionsWriteToken0000000000001', apiUrl: fake.apiUrl, repo: { owner: fake.owner, repo: fake.repo }, log: () => {} });
  const date = (i: number) => `2030-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`;

  test('a tampered, an oversize and a report of an unknown schema version are refused by release and asset name; an older readable one is used', async () => {
    const good = JSON.stringify(releaseReport(null));
    const v3 = JSON.parse(JSON.stringify(releaseReport('h0.0.0')));
    v3.schemaVersion = 3;
    delete v3.history;
    for (const m of v3.models) delete m.history;
    const tampered = JSON.parse(good);
    tampered.models[0].checks[0].metric = 'speed';
    const unknown = { ...JSON.parse(good), schemaVersion: 99 };
    const assets: Array<[string, string | null]> = [
      ['h0.0.0', good],
      ['h0.1.0', JSON.stringify(v3)],
      ['h0.2.0', JSON.stringify(tampered)],
      ['h0.3.0', `{"schema":"model-gate/report","pad":"${'x'.repeat(5 << 20)}"}`],
      ['h0.4.0', JSON.stringify(unknown)],
      ['h0.5.0', null],
    ];
    for (const [i, [tag, text]] of assets.entries()) fake.addRelease({ tag_name: tag, created_at: date(i), published_at: date(i), assets: text === null ? [] : [{ name: 'report.json', data: Buffer.from(text) }] });
    const { releases, older } = await releaseReports(client(), { count: 6, currentTag: null, includePrereleases: false, dir: await scratch() });
    assert.equal(older, null);
    const byTag = new Map(releases.map((r) => [r.tag, r]));
    assert.deepEqual(releases.map((r) => r.tag), ['h0.5.0', 'h0.4.0', 'h0.3.0', 'h0.2.0', 'h0.1.0', 'h0.0.0'], 'newest first');
    assert.equal(byTag.get('h0.5.0')!.reason, 'no report.json');
    assert.match(byTag.get('h0.4.0')!.reason!, /^report\.json refused: not a model-gate\/report v1 or v2 or v3 or v4 or v5 or v6 report$/);
    assert.match(byTag.get('h0.3.0')!.reason!, /^report\.json refused: is \d+ bytes, over the 5242880-byte limit of a report$/);
    assert.equal(byTag.get('h0.2.0')!.reason, 'report.json refused: models[0].checks[0].metric is not a known metric');
    assert.equal(byTag.get('h0.1.0')!.report?.schemaVersion, 3);
    assert.equal(byTag.get('h0.0.0')!.report?.models[0]!.name, 'iris');
    fake.assertNoViolations();
  });
});

describe('the action with ten releases of history (loopback GitHub)', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await FakeGitHub.start();
  });
  after(() => fake.close());

  test('the comment shows the chained latency change and its interval, warns on the drift level, and shows no cross-run time', async () => {
    const pack = await Promise.all((await readdir(join(FIXTURES, 'baseline'))).map(async (name) => ({ name, data: await readFile(join(FIXTURES, 'baseline', name)) })));
    for (const [i, tag] of TAGS.entries()) {
      const report = JSON.stringify(releaseReport(i === 0 ? null : TAGS[i - 1]!));
      const date = `2030-02-${String(i + 1).padStart(2, '0')}T00:00:00Z`;
      fake.addRelease({ tag_name: tag, created_at: date, published_at: date, assets: [{ name: 'report.json', data: Buffer.from(report) }, ...(i === TAGS.length - 1 ? pack : [])] });
    }
    const inputs = { ...GATE, baseline: 'latest-release', 'compression-level': '19', codec: 'zstd', 'latency-p50-drift': '+20%/+80%' };
    const r = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, 16, '16'.repeat(20)), inputs });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'warn', r.stdout);
    const [comment] = fake.comments(16);
    assert.ok(comment, 'a comment was posted');
    const body = comment.body;
    assert.match(body, /warn — iris: latency p50 drift \+42% since v1\.0\.0 \(beyond \+20%\)/);
    assert.match(body, /\| iris \| [^|]+ \| \+42% \(\+38% … \+46%\) since v1\.0\.0 ⚠️ [▁▂▃▄▅▆▇█]{11} \| 855 B \(same\) \|/);
    const history = body.slice(body.indexOf('**History**'), body.indexOf('How this was measured'));
    assert.doesNotMatch(history, /\d\s*(ms|µs)\b/, 'no absolute time across runs');
    assert.match(r.summary, /```mermaid\nxychart-beta/);
    assert.match(r.stdout, /history: 10 releases back, 10 reports read/);
    const written = JSON.parse(await readFile(join(r.workspace, 'model-gate-out', 'report.json'), 'utf8'));
    assert.equal(written.schemaVersion, REPORT_VERSION);
    assert.equal(written.models[0].history.chains[1].status, 'warn');
    fake.assertNoViolations();
  });
});
