// README claims that tests keep true: the workflow examples run as written, the tables match action.yml and the
// metric catalog, and the quick start's demo does what it says.
import assert from 'node:assert/strict';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { readmeMetricsTable } from '../scripts/write-docs.js';
import { FakeGitHub, TOKENS, webhookPayload } from './support/fake-github.js';
import { checkGenerated } from './support/generated.js';
import { writeOtherModels, writeThreeModelEval } from './support/three-models.js';
import { assertMeasured, assertNoRegression, cli, FIXTURES, fixtureWorkspace, ROOT, run, runBuiltAction, sameWeightsOtherBytes, scratch } from './helpers.js';

const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string; required?: boolean }>; outputs: Record<string, unknown> };
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  steps: Step[];
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix: Record<string, string[]> };
}
const yamlBlocks = blocks('yaml');
const workflows = yamlBlocks.map((text) => parse(text) as { name?: string; on?: unknown; jobs?: Record<string, Job> }).filter((w) => w?.jobs);
const MATRIX_WORKFLOW = 'model-gate matrix';
/** The one YAML block that is not a workflow: the config file example. */
const configExample = yamlBlocks.filter((text) => !(parse(text) as { jobs?: unknown })?.jobs);

/**
 * The repository of three different models the README's matrix workflow is shown with: the iris workspace, plus a
 * token model and a regression (no baseline yet), the eval folder split into eval/<model>/.
 */
async function threeModelWorkspace(): Promise<string> {
  const workspace = await fixtureWorkspace('unchanged');
  await writeOtherModels(join(workspace, 'models'), 'candidate');
  await rm(join(workspace, 'eval'), { recursive: true });
  await writeThreeModelEval(join(workspace, 'eval'));
  return workspace;
}

describe('README workflows', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await FakeGitHub.start();
  });
  after(() => fake.close());

  // Workflows 1 to 3 by their trigger; the matrix workflow (4) shares triggers with 1 and 2 and is found by name.
  const byTrigger = (trigger: string) => workflows.find((w) => w.name !== MATRIX_WORKFLOW && Object.keys(w.on as object).includes(trigger))!;
  const gateStep = (w: (typeof workflows)[number]) => Object.values(w.jobs!).flatMap((j) => j.steps).find((s) => s.uses?.includes('model-gate'))!;
  const inputsOf = (step: Step) => Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
  const permissions = (w: unknown) => (w as { permissions: Record<string, string> }).permissions;

  async function run(workspace: string, step: Step, event: string, payload: object, ref = 'refs/heads/feature', vars: Record<string, string> = {}) {
    for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `"${key}" is an input in action.yml`);
    const eventPath = join(workspace, '.event.json');
    await writeFile(eventPath, JSON.stringify(payload));
    const env = { GITHUB_API_URL: fake.apiUrl, GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_REF: ref, GITHUB_WORKFLOW: 'model-gate' };
    // github-token's default is the expression ${{ github.token }}, which the runner fills in.
    // bench-budget, which no README step sets, only caps the sampling time: the suite checks behaviour, not speed.
    // The runner fills in ${{ matrix.* }} and ${{ strategy.* }} expressions before the step sees its inputs.
    const inputs = Object.fromEntries(Object.entries(inputsOf(step)).map(([k, v]) => [k, expand(v, vars)]));
    const r = await runBuiltAction(process.execPath, workspace, { 'github-token': TOKENS.actions, ...(inputs.mode === 'merge' ? {} : { 'bench-budget': '3' }), ...inputs }, env);
    fake.assertNoViolations();
    return r;
  }

  const expand = (text: string, vars: Record<string, string>) => text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (all, name: string) => vars[name] ?? all);

  test('the matrix workflow, as written: three shards, their artifacts, one merge; a pull request and a tag push', async () => {
    const matrix = workflows.find((w) => w.name === MATRIX_WORKFLOW)!;
    assert.ok(matrix, 'a matrix workflow');
    const [gateJob, mergeJob] = [matrix.jobs!.gate!, matrix.jobs!.merge!];
    // Least permissions: the shards only read; only the merge comments and uploads.
    assert.equal((matrix as { permissions?: unknown }).permissions, undefined, 'permissions per job');
    assert.deepEqual(gateJob.permissions, { contents: 'read' });
    assert.deepEqual(mergeJob.permissions, { contents: 'write', 'pull-requests': 'write' });
    assert.equal(mergeJob.needs, 'gate');
    assert.match(mergeJob.if ?? '', /!cancelled\(\)/, 'the merge runs after a failed shard too');
    assert.equal(gateJob.strategy?.['fail-fast'], false);
    const shards = gateJob.strategy!.matrix.shard!;
    assert.deepEqual(shards, ['1/3', '2/3', '3/3']);
    const upload = gateJob.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const download = mergeJob.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    const mergeStep = gateStep({ jobs: { merge: mergeJob } });

    const local = await FakeGitHub.start();
    try {
      const assets = await Promise.all((await readdir(join(FIXTURES, 'baseline'))).map(async (name) => ({ name, data: await readFile(join(FIXTURES, 'baseline', name)) })));
      local.addRelease({ tag_name: 'v1.0.0', created_at: '2030-01-01T00:00:00Z', published_at: '2030-01-01T00:00:00Z', assets });
      const saved = fake;
      fake = local;
      // One run of the workflow: each shard in its own checkout, its artifact copied where download-artifact puts it
      // (path/<artifact name>/), then the merge job.
      const runMatrix = async (event: string, payload: object, ref: string) => {
        const mergeWorkspace = await scratch();
        const codes: number[] = [];
        for (const [index, shard] of shards.entries()) {
          const workspace = await threeModelWorkspace();
          const vars = { 'matrix.shard': shard, 'strategy.job-index': String(index) };
          const r = await run(workspace, gateStep({ jobs: { gate: gateJob } }), event, payload, ref, vars);
          codes.push(r.code ?? -1);
          assert.match(r.stdout, /no pull-request comment: input 'shard' is \d\/3; the merge job comments/);
          const name = expand(String(upload.with!.name), vars);
          assert.match(name, new RegExp(`^${String(download.with!.pattern).replace('*', '.*')}$`), 'download-artifact matches every shard artifact');
          await cp(join(workspace, String(upload.with!.path)), join(mergeWorkspace, String(download.with!.path), name), { recursive: true });
        }
        assert.deepEqual(codes, [0, 0, 0]);
        const result = await run(mergeWorkspace, mergeStep, event, payload, ref);
        merged = JSON.parse(await readFile(join(mergeWorkspace, 'model-gate-out', 'report.json'), 'utf8'));
        return result;
      };
      let merged: { models: Array<{ name: string; checks: Array<{ metric: string }> }> } = { models: [] };

      const pr = await runMatrix('pull_request', webhookPayload('pull_request', 'opened', local, { number: 31, pull_request: { number: 31, head: { sha: '8'.repeat(40) } } }), 'refs/heads/feature');
      assert.equal(pr.code, 0, pr.stdout + pr.stderr);
      assert.equal(pr.outputs.verdict, 'pass');
      assert.equal(local.comments(31).length, 1, 'one comment, by the merge');
      for (const name of ['iris', 'tokens', 'linear']) assert.match(local.comments(31)[0]!.body, new RegExp(name));
      // Each model was scored on its own folder: the classifier's accuracy, the token model's perplexity, the regression's MAE.
      const checks = (name: string) => merged.models.find((m: { name: string }) => m.name === name)!.checks.map((c: { metric: string }) => c.metric);
      assert.ok(checks('iris').includes('accuracy') && checks('tokens').includes('perplexity') && checks('linear').includes('mae'), JSON.stringify(merged.models));

      const tag = await runMatrix('push', webhookPayload('push', null, local, { ref: 'refs/tags/v1.1.0' }), 'refs/tags/v1.1.0');
      assert.equal(tag.code, 0, tag.stdout + tag.stderr);
      const uploaded = local.release('v1.1.0')!.assets.map((a) => a.name);
      assert.deepEqual(uploaded.filter((name) => !/^(iris|tokens|linear)\.onnx\./.test(name)).sort(), ['manifest.json', 'report.json']);
      assert.equal(uploaded.length, 5, uploaded.join(', '));
      fake = saved;
    } finally {
      await local.close();
    }
  });

  test('the three workflows, as written, against a loopback GitHub: PR gate, release gate, fork-safe publisher', async () => {
    assert.equal(workflows.length, 4);
    const assets = await Promise.all((await readdir(join(FIXTURES, 'baseline'))).map(async (name) => ({ name, data: await readFile(join(FIXTURES, 'baseline', name)) })));
    fake.addRelease({ tag_name: 'v1.0.0', created_at: '2030-01-01T00:00:00Z', published_at: '2030-01-01T00:00:00Z', assets });

    // 1. pull_request: compared with the latest release, one sticky comment, the report uploaded as an artifact.
    const prFlow = byTrigger('pull_request');
    assert.deepEqual(permissions(prFlow), { contents: 'read', 'pull-requests': 'write' });
    const sha = '9'.repeat(40);
    // A/A that is measured: the release's weights in other bytes (a byte-identical copy would not be timed at all).
    const workspace = await fixtureWorkspace('unchanged');
    await sameWeightsOtherBytes(workspace);
    const pr = await run(workspace, gateStep(prFlow), 'pull_request', webhookPayload('pull_request', 'opened', fake, { number: 11, pull_request: { number: 11, head: { sha } } }));
    assert.equal(pr.code, 0, pr.stdout + pr.stderr);
    const prReport = JSON.parse(await readFile(join(workspace, pr.outputs['report-json']!), 'utf8'));
    assertMeasured(prReport);
    assertNoRegression(prReport, pr.summary);
    assert.equal(pr.outputs['baseline-tag'], 'v1.0.0');
    assert.equal(fake.comments(11).length, 1);
    const artifact = Object.values(prFlow.jobs!).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    assert.equal(artifact.with?.path, pr.outputs['report-json'], 'the artifact step uploads the report the action wrote');

    // 2. push of a version tag: compared with the release before it; the pack and report land on the published release.
    const releaseFlow = byTrigger('push');
    assert.deepEqual(permissions(releaseFlow), { contents: 'write' });
    const tags = (releaseFlow.on as { push: { tags: string[] } }).push.tags;
    assert.ok(tags.some((t) => new RegExp(`^${t.replace('*', '.*')}$`).test('v1.1.0')));
    const rel = await run(await fixtureWorkspace('improved'), gateStep(releaseFlow), 'push', webhookPayload('push', null, fake, { ref: 'refs/tags/v1.1.0' }), 'refs/tags/v1.1.0');
    assert.equal(rel.code, 0, rel.stdout + rel.stderr);
    assert.equal(rel.outputs['baseline-tag'], 'v1.0.0');
    const release = fake.release('v1.1.0')!;
    assert.equal(release.draft, false);
    assert.deepEqual(release.assets.map((a) => a.name).sort(), ['iris.onnx.zst', 'manifest.json', 'report.json']);
    // The workflow asks for fp16 and int8 variants: iris's weights are below int8's default floor, so fp16 is the
    // smallest inside the budget, and that is what the release holds.
    assert.equal(gateStep(releaseFlow).with?.variants, 'fp16, int8');
    const manifest = JSON.parse(release.assets.find((a) => a.name === 'manifest.json')!.data.toString('utf8'));
    assert.equal(manifest.models[0].variant.name, 'fp16');
    const relReport = JSON.parse(release.assets.find((a) => a.name === 'report.json')!.data.toString('utf8'));
    assert.deepEqual(relReport.models[0].variants.rows.map((r: { variant: string; status: string }) => `${r.variant} ${r.status}`), ['original within-budget', 'fp16 published', 'int8 not-built']);
    assert.match(rel.summary, /\| iris \(fp16\) \|/);

    // 3. workflow_run: the report artifact (downloaded to the same path) becomes the PR's comment.
    const publishFlow = byTrigger('workflow_run');
    assert.deepEqual(permissions(publishFlow), { actions: 'read', 'pull-requests': 'write' });
    const download = Object.values(publishFlow.jobs!).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    assert.equal(join(String(download.with?.path), 'report.json'), inputsOf(gateStep(publishFlow)).report);
    const published = await run(workspace, gateStep(publishFlow), 'workflow_run', webhookPayload('workflow_run', 'completed', fake, { workflow_run: { head_sha: sha, event: 'pull_request' } }));
    assert.equal(published.code, 0, published.stdout + published.stderr);
    assert.match(published.stdout, /pull-request comment updated \(#11\)/, 'the publisher found the pull request and updated the comment');
    assert.equal(fake.comments(11).length, 1, 'the publisher updates the same sticky comment');
  });
});

describe('README config example', () => {
  test('model-gate.yml exactly as written is what the built CLI runs with', async () => {
    assert.equal(configExample.length, 1, 'one config example');
    const text = configExample[0]!;
    assert.match(text, /^# model-gate\.yml\n/);
    const workspace = await fixtureWorkspace('unchanged');
    await writeFile(join(workspace, 'model-gate.yml'), text);
    // The flag only caps the sampling time, which the example does not set: the suite checks behaviour, not speed.
    const r = await cli(['compare', '--baseline', 'previous-release', '--candidate', 'models/iris.onnx', '--eval-data', 'eval', '--json', 'report.json', '--bench-budget', '2'], { cwd: workspace });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8'));
    const example = parse(text);
    // Every setting of the example reached the run: the report records it.
    assert.equal(report.settings.level, example['compression-level']);
    assert.equal(report.settings.failOn, example['fail-on']);
    assert.equal(report.settings.bench.loadSamples, example.bench['load-samples']);
    assert.equal(report.settings.bench.latencyRounds, example.bench['latency-rounds']);
    assert.equal(report.settings.eval.output, example.eval.output);
    // A model's own eval data and settings (tokens is not a model of this workspace: recorded, never read).
    const tokens = example.models.tokens;
    assert.deepEqual(report.settings.modelEval.tokens, {
      data: tokens['eval-data'],
      eval: { ...report.settings.eval, classCheck: tokens.eval['class-check'], classMinSamples: tokens.eval['class-min-samples'] },
    });
    const threshold = (metric: string) => report.models[0].checks.find((c: { metric: string }) => c.metric === metric).threshold;
    assert.deepEqual(threshold('latency-p50'), { warn: '+10%', fail: '+25%' });
    assert.deepEqual(threshold('accuracy'), { warn: example.thresholds.accuracy.warn, fail: example.thresholds.accuracy.fail });
    assert.deepEqual(report.models[0].variants.rows.map((row: { variant: string }) => row.variant), ['original', ...example.variants]);
    assert.equal(report.models[0].variants.publish, example.publish);
  });
});

describe('README tables', () => {
  test('every action input is listed with its default, and every output', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      assert.ok(row, `input ${name} in README`);
      const expected = spec.required ? '(required)' : spec.default ? `\`${spec.default}\`` : "`''`";
      assert.ok(row.includes(`| ${expected} |`), `README default of ${name} is ${expected}: ${row}`);
    }
    for (const name of Object.keys(action.outputs)) assert.ok(readme.includes(`| \`${name}\` |`), `output ${name} in README`);
  });

  test('the default thresholds table is the metric catalog', async () => {
    await checkGenerated(join(ROOT, 'README.md'), 'metrics', readmeMetricsTable());
  });
});

describe('README layout', () => {
  test('every folder of src/ is named in the layout section, with nothing named that is not there', async () => {
    const section = readme.slice(readme.indexOf('- Layout ('), readme.indexOf('\n## ', readme.indexOf('- Layout (')));
    const folders = (await readdir(join(ROOT, 'src'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const named = [...new Set([...section.matchAll(/`src\/([a-z-]+)\/`/g)].map((m) => m[1]!))].sort();
    assert.ok(folders.length > 10, `src/ has its folders (${folders.join(', ')})`);
    assert.deepEqual(named, folders);
  });
});

describe('README quick start', () => {
  test('two commands: the demo gate and the tests, both npm scripts', async () => {
    const quick = blocks('sh')[0]!;
    const commands = quick.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    assert.deepEqual(commands, ['npm ci && npm run demo', 'npm test']);
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    assert.match(pkg.scripts.test, /test\.sh/);
    // The demo prints the report and exits with its verdict: the slower fixture fails.
    const r = await run('sh', ['-c', pkg.scripts.demo]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^### ❌ model-gate: fail — iris: latency p50 [\d.]+× \(beyond \+10%\)/);
  });
});
