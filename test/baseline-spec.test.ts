import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolvePathBaseline } from '../src/baseline/path.js';
import { parseBaselineSpec } from '../src/baseline/spec.js';
import { markerFor, MAX_COMMENT_LENGTH, trimBody } from '../src/github/comments.js';
import { pickLatest, pickPrevious, type Release } from '../src/github/releases.js';
import { READABLE_VERSIONS } from '../src/report/format.js';
import { validateReport } from '../src/report/validate.js';
import { renderMarkdown } from '../src/report/markdown.js';

const release = (tag: string, published: string, extra: Partial<Release> = {}): Release => ({
  id: Math.floor(Math.random() * 1e6),
  tag_name: tag,
  draft: false,
  prerelease: false,
  published_at: published,
  created_at: published,
  upload_url: '',
  assets: [],
  ...extra,
});

describe('choosing the baseline release', () => {
  const releases = [
    release('v1.2.0', '2026-03-01T00:00:00Z'),
    release('v1.10.0', '2026-05-01T00:00:00Z'),
    release('v1.9.0', '2026-06-01T00:00:00Z'), // a backport published after 1.10.0
    release('v2.0.0-rc.1', '2026-07-01T00:00:00Z', { prerelease: true }),
    release('v2.0.0', '2026-08-01T00:00:00Z', { draft: true, published_at: null }),
  ];

  test('latest: the newest published release; prereleases only when asked; never a draft', () => {
    assert.equal(pickLatest(releases, false)?.tag_name, 'v1.9.0');
    assert.equal(pickLatest(releases, true)?.tag_name, 'v2.0.0-rc.1');
    assert.equal(pickLatest([], false), null);
  });

  test('previous: by semantic version, never the current release itself', () => {
    assert.equal(pickPrevious(releases, 'v1.10.0', false)?.tag_name, 'v1.9.0');
    assert.equal(pickPrevious(releases, 'v2.0.0', false)?.tag_name, 'v1.10.0');
    assert.equal(pickPrevious(releases, 'v2.0.0', true)?.tag_name, 'v2.0.0-rc.1');
    assert.equal(pickPrevious(releases, 'v1.2.0', false), null);
  });

  test('previous: by date when tags are not versions', () => {
    const named = [release('spring', '2026-03-01T00:00:00Z'), release('summer', '2026-06-01T00:00:00Z'), release('autumn', '2026-09-01T00:00:00Z')];
    assert.equal(pickPrevious(named, 'autumn', false)?.tag_name, 'summer');
    assert.equal(pickPrevious(named, 'spring', false), null);
  });
});

describe('the baseline input', () => {
  test('accepted forms', () => {
    assert.deepEqual(parseBaselineSpec('latest-release', 'x'), { kind: 'latest-release' });
    assert.deepEqual(parseBaselineSpec(' previous-release ', 'x'), { kind: 'previous-release' });
    assert.deepEqual(parseBaselineSpec('release:v1.2.0', 'x'), { kind: 'release', tag: 'v1.2.0' });
    assert.deepEqual(parseBaselineSpec('path:packs/prev', 'x'), { kind: 'path', dir: 'packs/prev', optional: false });
    assert.deepEqual(parseBaselineSpec('path?:packs/prev', 'x'), { kind: 'path', dir: 'packs/prev', optional: true });
    assert.deepEqual(parseBaselineSpec('ref:origin/main', 'x'), { kind: 'ref', ref: 'origin/main' });
    assert.deepEqual(parseBaselineSpec('none', 'x'), { kind: 'none' });
  });

  test('anything else is refused, naming the input; a ref cannot smuggle a git option', () => {
    assert.throws(() => parseBaselineSpec('last-release', "input 'baseline'"), /input 'baseline': "last-release" is not a baseline; use latest-release/);
    assert.throws(() => parseBaselineSpec('ref:--output=/etc/passwd', "input 'baseline'"), /not a usable git ref/);
  });

  test('a path: folder that does not exist is bad input; path?: makes it no baseline, saying so', async () => {
    const missing = '/nonexistent/model-gate/baselin';
    await assert.rejects(resolvePathBaseline({ kind: 'path', dir: missing, optional: false }, "input 'baseline'"), /^InputError: input 'baseline': baseline folder \/nonexistent\/model-gate\/baselin does not exist \(for a first release use none; to allow a missing folder, path\?:\/nonexistent/);
    const optional = await resolvePathBaseline({ kind: 'path', dir: missing, optional: true }, "input 'baseline'");
    assert.equal(optional.kind, 'none');
    assert.match(optional.kind === 'none' ? optional.note : '', /does not exist, which was allowed/);
    assert.deepEqual(await resolvePathBaseline({ kind: 'path', dir: '.', optional: false }, 'x'), { kind: 'folder', dir: '.' });
  });
});

describe('sticky comment body', () => {
  test('the marker cannot be closed early or forged from the key', () => {
    const marker = markerFor('ci/model gate --> <!-- model-gate:other -->');
    const inner = marker.slice('<!-- '.length, -' -->'.length);
    // Only the final "-->" may close the comment; "<" or ">" inside could open or close another.
    assert.ok(!inner.includes('<') && !inner.includes('>') && !inner.includes('-->'), marker);
    assert.match(marker, /^<!-- model-gate comment-key: [A-Za-z0-9._/-]+ -->$/);
    assert.equal(markerFor('default'), '<!-- model-gate comment-key: default -->');
  });

  test('a body over the limit keeps its head, closes <details>, and points at the full report', () => {
    const body = `### verdict\n\n| table |\n\n<details><summary>x</summary>\n\n${'row\n'.repeat(40_000)}</details>\n`;
    const trimmed = trimBody(body, 'https://github.com/o/r/actions/runs/1', 60);
    assert.ok(trimmed.length <= MAX_COMMENT_LENGTH - 60);
    assert.ok(trimmed.startsWith('### verdict'));
    assert.match(trimmed, /<\/details>\n\n… the report is longer than a comment can hold; the whole report is in the job summary: https:\/\/github\.com\/o\/r\/actions\/runs\/1\.$/);
    assert.equal(trimBody('short', null, 60), 'short');
  });
});

describe('an untrusted report artifact', () => {
  const report = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      schema: 'model-gate/report',
      schemaVersion: 1,
      tool: { name: 'model-gate', version: '0' },
      verdict: 'pass',
      summary: 'pass — all good',
      baseline: { source: 'release v1', note: null },
      removed: [],
      models: [
        {
          name: 'iris',
          verdict: 'pass',
          baseline: { file: 'iris.onnx.zst', raw: { bytes: 1, sha256: 'a'.repeat(64) }, packed: { bytes: 1, sha256: 'b'.repeat(64) } },
          candidate: { file: 'iris.onnx.zst', raw: { bytes: 1, sha256: 'a'.repeat(64) }, packed: { bytes: 1, sha256: 'b'.repeat(64) }, producer: 'x' },
          checks: [{ metric: 'accuracy', baseline: 0.9, candidate: 0.7, change: { absolute: -0.2, relative: -0.22, interval: null }, threshold: { warn: '-0.005', fail: '-0.01' }, status: 'fail', note: null, samples: null }],
          eval: null,
        },
      ],
      settings: {
        level: 3,
        threads: 2,
        failOn: 'fail',
        bench: { budgetSeconds: 25, loadSamples: 10, latencyRounds: 10, latencyTimeMs: 100, warmupMs: 25, intraOpThreads: 1, interOpThreads: 1 },
        eval: { atol: 1e-5, rtol: 1e-4, output: null },
      },
      environment: { cpu: 'c', cores: 2, os: 'o', arch: 'x64', node: 'v24', onnxruntime: '1', runner: null },
      ...overrides,
    });

  test('the verdict and summary are recomputed from the checks, not taken from the artifact', () => {
    const r = validateReport(report(), 'report.json');
    assert.equal(r.verdict, 'fail');
    assert.match(r.summary, /^fail — iris: top-1 accuracy/);
    assert.equal(r.models[0]!.verdict, 'fail');
  });

  test('wrong schema, unknown metrics, bad numbers and oversize files are refused', () => {
    // The message lists the versions this reader accepts, whatever they are now.
    const notAReport = `not a model-gate/report ${READABLE_VERSIONS.map((v) => `v${v}`).join(' or ')} report`;
    assert.throws(() => validateReport(report({ schema: 'x' }), 'r.json'), (e: Error) => e.message === `r.json: ${notAReport}`);
    assert.throws(() => validateReport(report({ schemaVersion: 99 }), 'r.json'), (e: Error) => e.message.endsWith(notAReport));
    assert.throws(() => validateReport(report({ models: [{ name: 'a', verdict: 'pass', checks: [{ metric: 'speed', status: 'pass' }] }] }), 'r.json'), /metric is not a known metric/);
    assert.throws(() => validateReport(report({ models: 'x' }), 'r.json'), /models must be an array/);
    assert.throws(() => validateReport('{', 'r.json'), /not valid JSON/);
    assert.throws(() => validateReport(' '.repeat(6 << 20), 'r.json'), /larger than/);
    // The method section renders the settings: a report without them is refused, not crashed on.
    assert.throws(() => validateReport(report({ settings: {} }), 'r.json'), /r\.json: settings\.level must be a (finite )?number/);
    assert.throws(() => validateReport(report({ settings: { level: 3, threads: 1, failOn: '<script>' } }), 'r.json'), /settings\.failOn is not one of/);
    assert.throws(() => validateReport(report({ removed: [{ name: 'x' }] }), 'r.json'), /removed\[0\] must be a string/);
    assert.throws(() => validateReport(report({ baseline: { source: 7, note: null } }), 'r.json'), /baseline\.source must be a string/);
    // Every part the Markdown renders: eval sentences, phase rows, sampling notes, the environment line.
    const model = JSON.parse(report()).models[0];
    const withModel = (extra: object) => report({ models: [{ ...model, ...extra }] });
    assert.throws(() => validateReport(withModel({ eval: { task: '<b>x</b>', output: 'y', sets: 1, samples: 1, baseline: {}, candidate: null, agreement: null } }), 'r.json'), /eval\.task is not one of/);
    assert.throws(() => validateReport(withModel({ phases: [{ phase: 'unpack', baseline: null, candidate: { wallMs: 'fast' } }] }), 'r.json'), /phases\[0\]\.candidate\.wallMs must be a/);
    assert.throws(() => validateReport(withModel({ checks: [{ ...model.checks[0], sampling: { pairs: 3, stop: 'bored', seconds: 1 } }] }), 'r.json'), /sampling\.stop is not one of/);
    const env = JSON.parse(report()).environment;
    const rendered = renderMarkdown(validateReport(report({ environment: { ...env, arch: '<img src=x> @all' } }), 'r.json'));
    assert.ok(!rendered.includes('<img') && !rendered.includes(' @all'), 'environment strings are escaped');
  });

  test('version 2: a packed file may come without its sha256 (manifest schema 3), but a sha256 given must be one', () => {
    const model = JSON.parse(report()).models[0];
    const sides = (packed: object) => ({ baseline: { ...model.baseline, packed }, candidate: { ...model.candidate, packed } });
    const r = validateReport(report({ schemaVersion: 2, models: [{ ...model, ...sides({ bytes: 1 }) }] }), 'r.json');
    assert.deepEqual(r.models[0]!.candidate.packed, { bytes: 1 });
    assert.throws(() => validateReport(report({ schemaVersion: 2, models: [{ ...model, ...sides({ bytes: 1, sha256: 'x' }) }] }), 'r.json'), /baseline\.packed\.sha256 must be 64 hex digits/);
    assert.throws(() => validateReport(report({ schemaVersion: 2, models: [{ ...model, ...sides({ sha256: 'b'.repeat(64) }) }] }), 'r.json'), /baseline\.packed\.bytes must be a/);
    // A raw digest still needs its sha256.
    assert.throws(() => validateReport(report({ models: [{ ...model, baseline: { ...model.baseline, raw: { bytes: 1 } } }] }), 'r.json'), /baseline\.raw\.sha256 must be 64 hex digits/);
  });

  test('a variant table from an artifact: enums and numbers checked, text escaped when rendered', () => {
    const row = (variant: string, status: string, reason: string | null) => ({
      variant,
      status,
      reason,
      packedBytes: 100,
      weightBytes: 50,
      loadTime: { absolute: 0, relative: 0.01, interval: null },
      latencyP50: null,
      score: variant === 'original' ? null : { metric: 'top-1 agreement', original: 1, variant: 0.98, loss: 0.02, unit: 'pp', budget: '-0.5pp', within: false },
      agreement: null,
      converted: 2,
      kept: 0,
      clamped: 0,
      flushed: 0,
      worstTensors: [{ name: 'w|<img src=x>', elements: 4, sqnrDb: null }],
    });
    const table = { publish: 'best', published: 'original', rows: [row('original', 'published', null), row('int8', 'rejected', '@team <b>bad</b> | x')] };
    const withTable = (t: unknown) => {
      const data = JSON.parse(report());
      data.models[0].variants = t;
      return JSON.stringify(data);
    };
    const markdown = renderMarkdown(validateReport(withTable(table), 'r.json'));
    assert.match(markdown, /\| int8 \| 100 B \| \+1\.0% \| — \| top-1 agreement −2\.00 pp \(budget −0\.50 pp\) \| ❌ rejected — /);
    assert.ok(!markdown.includes('<b>bad') && !markdown.includes('<img') && !markdown.includes(' @team'), 'reason and tensor names are escaped');
    assert.throws(() => validateReport(withTable({ ...table, published: 'fp8' }), 'r.json'), /variants\.published is not one of original, fp16, int8/);
    assert.throws(() => validateReport(withTable({ ...table, rows: [{ ...row('int8', 'chosen', null) }] }), 'r.json'), /rows\[0\]\.status is not one of/);
    const badScore = row('int8', 'rejected', null);
    (badScore.score as { metric: string }).metric = 'vibes';
    assert.throws(() => validateReport(withTable({ ...table, rows: [badScore] }), 'r.json'), /rows\[0\]\.score\.metric is not one of/);
  });
});
