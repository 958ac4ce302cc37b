// The built action's promises that are not about one GitHub route: every input checked before anything happens, the
// outputs, comment: never, comment-key and comment-author, include-prereleases, removed baseline models, untrusted text
// on its way into the comment, and the internal-error exit code. Each run is `node dist/index.js` of a clean copy
// against a loopback GitHub (test/support/fake-github.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import onnxProto from 'onnx-proto';
import { assertInputFailure, errorLines, FAST, GATE, prPayload, readReport, runOnEvent, runPayload } from './support/action-run.js';
import { FakeGitHub, faults, TOKENS, webhookPayload } from './support/fake-github.js';
import { linksInRendered } from './support/render.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { validateReport } from '../src/report/validate.js';
import { candidate, FIXTURES, fixtureWorkspace, scratch } from './helpers.js';

let fake: FakeGitHub;
before(async () => {
  fake = await FakeGitHub.start();
});
after(() => fake.close());
afterEach(() => fake.assertNoViolations());

/** A file or folder under `dir` that the action could have written: the out-dir, or anything outside the fixtures. */
async function writtenIn(dir: string): Promise<string[]> {
  const fixtures = new Set(['models', 'previous-release', 'eval', 'model-gate.yml', '.event.json', '.github_output', '.step_summary']);
  return (await readdir(dir)).filter((name) => !fixtures.has(name));
}

describe('every input is read and checked before anything happens', () => {
  const tag = 'v20.1.0';
  const onTag = (inputs: Record<string, string>) =>
    runOnEvent(fake, { event: 'push', ref: `refs/tags/${tag}`, payload: webhookPayload('push', null, fake, { ref: `refs/tags/${tag}` }), inputs });

  test('publish-release: yes fails the step before anything is packed, written, uploaded or published', async () => {
    fake.addRelease({ tag_name: 'v20.0.0', created_at: '2036-01-01T00:00:00Z', published_at: '2036-01-01T00:00:00Z' });
    const before = fake.requests.length;
    const r = await onTag({ ...GATE, 'publish-release': 'yes' });
    assertInputFailure(r, 'publish-release', /"yes" must be true or false$/);
    assert.equal(fake.requests.length, before, 'not one request to GitHub');
    assert.equal(fake.release(tag), undefined);
    assert.deepEqual(await writtenIn(r.workspace), []);
    assert.equal(r.summary, '', 'no job summary');
  });

  // Each bad input: one line naming it and what is wrong, exit 1, nothing written, no request to GitHub.
  const cases: Array<[string, Record<string, string>, string, RegExp]> = [
    ['mode', { mode: 'publish' }, 'mode', /"publish" is not one of gate, publish-comment/],
    ['include-prereleases', { 'include-prereleases': 'maybe' }, 'include-prereleases', /"maybe" must be true or false/],
    ['comment', { comment: 'sometimes' }, 'comment', /"sometimes" is not one of always, on-change, on-regression, never/],
    ['comment-key', { 'comment-key': 'GPU models -->' }, 'comment-key', /may hold only letters, digits and \. _ \/ -/],
    ['comment-author', { 'comment-author': 'not a login!' }, 'comment-author', /is not a GitHub login/],
    ['release-upload', { 'release-upload': 'sometimes' }, 'release-upload', /"sometimes" is not one of auto, always, never/],
    ['baseline', { baseline: 'yesterday' }, 'baseline', /"yesterday" is not a baseline/],
    ['baseline and baseline-dir', { baseline: 'none', 'baseline-dir': 'previous-release' }, 'baseline-dir', /give one of the two/],
    ['eval-data', { 'eval-data': 'evaluation' }, 'eval-data', /eval data folder evaluation does not exist/],
    ['models', { models: 'modles/*.onnx' }, 'models', /pattern "modles\/\*\.onnx" matches no file/],
    ['thresholds', { thresholds: 'latency-p50: quick' }, 'thresholds', /threshold "quick" for latency-p50 is not understood/],
    ['compression-level', { 'compression-level': '99' }, 'compression-level', /"99" must be a whole number from 1 to 22/],
    ['bench-budget', { 'bench-budget': 'soon' }, 'bench-budget', /"soon" must be a whole number from 1 to 3600/],
  ];
  for (const [label, bad, name, reason] of cases) {
    test(`${label}: a bad value fails the step naming input '${name}'`, async () => {
      const before = fake.requests.length;
      const r = await onTag({ ...GATE, 'publish-release': 'true', ...bad });
      assertInputFailure(r, name, reason);
      assert.equal(fake.requests.length, before, 'not one request to GitHub');
      assert.deepEqual(await writtenIn(r.workspace), []);
    });
  }

  test('release-upload: always outside a release or tag push, out-dir that is a file, and publish-comment outside workflow_run are refused up front', async () => {
    const always = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, 401, '40'.repeat(20)), inputs: { ...GATE, baseline: 'none', 'release-upload': 'always' } });
    assertInputFailure(always, 'release-upload', /"always" needs a release event or a tag push/);
    assert.deepEqual(await writtenIn(always.workspace), []);
    const workspace = await fixtureWorkspace('unchanged');
    await writeFile(join(workspace, 'out'), 'a file');
    const outDir = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, 401, '40'.repeat(20)), workspace, inputs: { ...GATE, baseline: 'none', 'out-dir': 'out' } });
    assertInputFailure(outDir, 'out-dir', /out: output folder is a regular file; give a folder/);
    // A report path inside out-dir that a pull request committed as a link: refused before the benchmark.
    const linked = await fixtureWorkspace('unchanged');
    await mkdir(join(linked, 'model-gate-out'));
    await symlink('/etc/hostname', join(linked, 'model-gate-out', 'report.json'));
    const reportLink = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, 401, '40'.repeat(20)), workspace: linked, inputs: { ...GATE, baseline: 'none' } });
    assertInputFailure(reportLink, 'out-dir', /model-gate-out\/report\.json: JSON report is a symbolic link; give a path for a regular file/);
    assert.ok(!existsSync(join(linked, 'model-gate-out', 'pack')), 'nothing was packed');
    const publish = await runOnEvent(fake, { event: 'push', inputs: { mode: 'publish-comment' } });
    assertInputFailure(publish, 'mode', /publish-comment runs on a workflow_run event \(this run is push/);
    assert.equal(fake.comments(401).length, 0);
  });

  test('baseline-dir that does not exist: an error naming the input (path?:<dir> is the way to allow it)', async () => {
    const r = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, 402, '41'.repeat(20)), inputs: { ...GATE, 'baseline-dir': 'previous-relase' } });
    assertInputFailure(r, 'baseline-dir', /previous-relase does not exist/);
    assert.deepEqual(await writtenIn(r.workspace), []);
    assert.equal(fake.comments(402).length, 0);
  });
});

describe('outputs, comments and baselines', () => {
  /** The first test's report.json (its workspace goes with the test), the artifact the publisher tests read. */
  let reportJson: Buffer;
  const PR = 410;

  test("comment: never, the outputs, and a baseline model with no candidate (removed), in one run", async () => {
    // The candidate is named renamed.onnx: the baseline's iris has no candidate, so it is listed as removed.
    const workspace = await fixtureWorkspace('unchanged');
    await rename(join(workspace, 'models', 'iris.onnx'), join(workspace, 'models', 'renamed.onnx'));
    const run = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, PR, '42'.repeat(20)), workspace, inputs: { ...GATE, 'baseline-dir': 'previous-release', comment: 'never' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);

    const report = await readReport(run);
    assert.deepEqual(report.removed, ['iris']);
    assert.deepEqual(report.models.map((m) => m.name), ['renamed']);
    const markdown = await readFile(join(workspace, run.outputs['report-markdown']!), 'utf8');
    assert.match(markdown, /Baseline models with no candidate: iris\./);
    // summary: the report's one line; report-markdown: the file that is also the job summary and the comment body.
    assert.equal(run.outputs.summary, report.summary);
    assert.equal(run.outputs.verdict, report.verdict);
    assert.equal(markdown.split('\n')[0], `### ℹ️ model-gate: ${report.summary}`);
    assert.equal(run.summary, markdown);
    // The comment is the short form of the same report; the job summary and report.md the full one.
    assert.equal(run.outputs['comment-body'], renderMarkdown(validateReport(await readFile(join(workspace, run.outputs['report-json']!), 'utf8'), 'report.json'), 'comment'));
    assert.equal(run.outputs['report-markdown'], join('model-gate-out', 'report.md'));
    assert.equal(run.outputs['pack-dir'], join('model-gate-out', 'pack'));
    assert.equal(run.outputs['baseline-tag'], '');

    // comment: never — no comment, and no request about comments or the token's login.
    assert.equal(fake.comments(PR).length, 0);
    assert.ok(!fake.requests.some((q) => q.path.includes(`/issues/${PR}/`) || q.path === '/user'));
    assert.match(run.stdout, /no pull-request comment: input 'comment' is never/);
    reportJson = await readFile(join(workspace, run.outputs['report-json']!));
  });

  const publishAs = async (token: string, inputs: Record<string, string>) => {
    const dir = await scratch();
    await mkdir(join(dir, 'model-gate-out'));
    await writeFile(join(dir, 'model-gate-out', 'report.json'), reportJson);
    return runOnEvent(fake, { event: 'workflow_run', payload: runPayload(fake, '42'.repeat(20)), workspace: dir, token, inputs: { mode: 'publish-comment', ...inputs } });
  };

  test('a report artifact that is a symbolic link or a FIFO is refused by name, nothing is posted, nothing leaks', async () => {
    for (const plant of ['link', 'fifo'] as const) {
      const dir = await scratch();
      await mkdir(join(dir, 'model-gate-out'));
      const secret = join(dir, 'secret.txt');
      await writeFile(secret, 'SECRET-TOKEN-REPORT');
      const report = join(dir, 'model-gate-out', 'report.json');
      if (plant === 'link') await symlink(secret, report);
      else execFileSync('mkfifo', [report]);
      const before = fake.comments(PR).length;
      const r = await runOnEvent(fake, { event: 'workflow_run', payload: runPayload(fake, '42'.repeat(20)), workspace: dir, token: TOKENS.actions, inputs: { mode: 'publish-comment', 'comment-key': 'hostile' } });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, plant === 'link' ? /::error::input 'report': model-gate-out\/report\.json: report is a symbolic link/ : /::error::input 'report': model-gate-out\/report\.json: report is a FIFO/);
      assert.ok(!`${r.stdout}${r.stderr}`.includes('SECRET-TOKEN-REPORT'));
      assert.equal(fake.comments(PR).length, before);
    }
  });

  test('comment-key: one sticky comment per key on the same pull request', async () => {
    for (const key of ['gpu', 'cpu', 'gpu']) {
      const r = await publishAs(TOKENS.actions, { 'comment-key': key });
      assert.equal(r.code, 0, r.stdout + r.stderr);
    }
    const bodies = fake.comments(PR).map((c) => c.body);
    assert.equal(bodies.length, 2, 'gpu twice is one comment');
    assert.ok(bodies[0]!.includes('<!-- model-gate comment-key: gpu -->'));
    assert.ok(bodies[1]!.includes('<!-- model-gate comment-key: cpu -->'));
  });

  test("comment-author: a token that cannot read /user finds its own comment only when told its login", async () => {
    // A GitHub App's installation token comments as model-gate-app[bot]; /user answers 403 to it.
    const key = { 'comment-key': 'app' };
    const first = await publishAs(TOKENS.app, { ...key, 'comment-author': 'model-gate-app[bot]' });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const again = await publishAs(TOKENS.app, { ...key, 'comment-author': 'model-gate-app[bot]' });
    assert.match(again.stdout, /pull-request comment updated/);
    const mine = () => fake.comments(PR).filter((c) => c.user.login === 'model-gate-app[bot]');
    assert.equal(mine().length, 1);
    // Without comment-author the action takes the Actions bot's login and does not recognise the app's comment.
    const appComment = mine()[0]!;
    const unnamed = await publishAs(TOKENS.app, key);
    assert.match(unnamed.stdout, /pull-request comment created/);
    assert.equal(mine().length, 2);
    // The token could edit it (write access moderates any comment): the run that did not know it as its own did not.
    assert.equal(fake.commentWrites(appComment.id).length, 1, 'only the second named run edited the app\'s comment');
  });

  test('include-prereleases: latest-release picks the newer prerelease only when asked', async () => {
    const own = await FakeGitHub.start();
    try {
      const assets = await Promise.all((await readdir(join(FIXTURES, 'baseline'))).map(async (name) => ({ name, data: await readFile(join(FIXTURES, 'baseline', name)) })));
      own.addRelease({ tag_name: 'v1.0.0', created_at: '2030-01-01T00:00:00Z', published_at: '2030-01-01T00:00:00Z', assets });
      own.addRelease({ tag_name: 'v1.1.0-rc.1', prerelease: true, created_at: '2030-02-01T00:00:00Z', published_at: '2030-02-01T00:00:00Z', assets });
      const r = await runOnEvent(own, { event: 'pull_request', payload: prPayload(own, 1, '43'.repeat(20)), inputs: { ...GATE, 'include-prereleases': 'true', comment: 'never' } });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.outputs['baseline-tag'], 'v1.1.0-rc.1');
      own.assertNoViolations();
    } finally {
      await own.close();
    }
  });

  test('an unexpected answer from GitHub is an internal error: exit 3, one line, the stack trace in the log', async () => {
    fake.inject(faults.status(400, { method: 'GET', path: new RegExp(`/issues/${PR}/comments$`) }));
    const r = await publishAs(TOKENS.actions, {});
    assert.equal(r.code, 3, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    const errors = errorLines(r);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /^::error::model-gate internal error: Bad Request/);
    assert.match(r.stdout, /model-gate internal error, stack trace:\n.*\n\s+at /);
  });
});

describe('untrusted text on its way into the comment', () => {
  const HOSTILE = '@someone @org/team #1 GH-123 owner/repo#1 <img src=x onerror=alert(1)> | [x](https://evil.example) www.evil.example <https://evil.example/auto> <a href="//evil.example/a">a</a> <mailto:victim@evil.example>\n::warning::pwned';

  test("a model's hostile producer_name and file name reach the posted comment escaped: no mention, no reference, no link, no HTML, the table intact", async () => {
    // The candidate with a hostile ModelProto.producer_name, under a file name that mentions and references.
    const { onnx } = onnxProto;
    const model = onnx.ModelProto.decode(await readFile(candidate('unchanged')));
    model.producerName = HOSTILE;
    const workspace = await fixtureWorkspace('unchanged');
    await rm(join(workspace, 'models', 'iris.onnx'));
    const name = '@someone #1 GH-2';
    await writeFile(join(workspace, 'models', `${name}.onnx`), onnx.ModelProto.encode(model).finish());
    // And a model whose name is a workflow command: the log lines that name it must not start with it.
    await writeFile(join(workspace, 'models', '::error::pwned.onnx'), await readFile(candidate('unchanged')));
    const number = 420;
    const r = await runOnEvent(fake, { event: 'pull_request', payload: prPayload(fake, number, '44'.repeat(20)), workspace, inputs: { ...GATE, baseline: 'none', ...FAST } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const report = await readReport(r);
    const hostile = report.models.find((m) => m.name === name)!;
    assert.ok(hostile.candidate.producer.startsWith(HOSTILE), 'the report keeps the producer as it is (JSON)');
    assert.ok(report.models.some((m) => m.name === '::error::pwned'));
    // Named in the log with its colons broken by a zero-width space (util/log.ts), which a reader does not see.
    assert.ok(r.stdout.includes(':\u200b:error:\u200b:pwned'), 'the log names that model');

    const [posted] = fake.comments(number);
    assert.ok(posted, 'the comment was posted');
    // What GitHub would link after rendering (its sanitised tree: every a, img, href and src, then mentions and
    // references in the text outside code and links): nothing.
    assert.deepEqual(linksInRendered(posted.body), []);
    assert.doesNotMatch(posted.body, /<img/);
    // The producer is in the model's details: in the job summary (the comment keeps details for flagged models).
    assert.deepEqual(linksInRendered(r.summary), []);
    assert.doesNotMatch(r.summary, /<img/);
    assert.match(r.summary, /producer @\u200bsomeone @\u200borg\/team #\u200b1 GH-\u200b123 owner\/repo#\u200b1 &lt;img src=x onerror=alert\(1\)&gt; \\\| \\\[x\\\]\(https:\u200b\/\/evil\.example\) www\u200b\.evil\.example &lt;https:\u200b\/\/evil\.example\/auto&gt; &lt;a href="\/\/evil\.example\/a"&gt;a&lt;\/a&gt; &lt;mailto:victim@\u200bevil/);
    const row = posted.body.split('\n').find((l) => l.startsWith('| @'))!;
    assert.ok(row.startsWith('| @\u200bsomeone #\u200b1 GH-\u200b2 |'), row);
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 7, 'the row keeps its seven cells');
    // The job log: no line the runner would take as a workflow command from the hostile text.
    assert.deepEqual(r.stdout.split('\n').filter((l) => /^\s*::(warning|error)::pwned/.test(l)), []);
    assert.deepEqual(errorLines(r), [], 'the step did not fail, and nothing made it look so');

    // A forged artifact's model name with a team mention (a file name cannot hold the slash), through the publisher.
    const forged = JSON.parse(await readFile(join(workspace, 'model-gate-out', 'report.json'), 'utf8'));
    forged.models = forged.models.filter((m: { name: string }) => m.name === name);
    forged.models[0].name = '@someone @org/team #1';
    await writeFile(join(workspace, 'model-gate-out', 'report.json'), JSON.stringify(forged));
    const published = await runOnEvent(fake, { event: 'workflow_run', payload: runPayload(fake, '44'.repeat(20)), workspace, inputs: { mode: 'publish-comment' } });
    assert.equal(published.code, 0, published.stdout + published.stderr);
    const rendered = fake.comments(number)[0]!.body;
    // GitHub links mentions and references after rendering, so `&#64;` or `\@` would still notify; with a zero-width
    // space after `@` and `#` the name no longer follows them, and the text reads the same (test/support/github-links.ts).
    assert.deepEqual(linksInRendered(rendered), []);
    assert.match(rendered, /^\| @\u200bsomeone @\u200borg\/team #\u200b1 \|/m);
  });
});
