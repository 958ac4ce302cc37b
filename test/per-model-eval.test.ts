// Per-model eval data (#20, item 1): a repository of three different models — the iris classifier with class labels,
// a token model with [B,T,V] logits and [B,T] labels, a linear regression — each scored on its own folder of eval-data,
// through the built CLI and the built action (one job, and three shards merged). The eval data is written by NumPy.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { METRICS, isMetricId } from '../src/checks.js';
import { candidate, cli, FAST_BENCH, FIXTURES, scratch } from './helpers.js';
import { FakeGitHub } from './support/fake-github.js';
import { FAST, prPayload, runOnEvent } from './support/action-run.js';
import { writeOtherModels, writeThreeModelEval } from './support/three-models.js';

const KEEP = await scratch();
const folder = () => mkdtemp(join(KEEP, 'd-'));

let baselinePack: string;
let evalData: string;

/** The repository: models/{iris,tokens,linear}.onnx (iris less accurate, the others retrained), baseline/, eval/<model>/. */
async function workspace(config = ''): Promise<string> {
  const dir = await folder();
  await mkdir(join(dir, 'models'));
  await cp(candidate('less-accurate'), join(dir, 'models', 'iris.onnx'));
  await writeOtherModels(join(dir, 'models'), 'candidate');
  await cp(baselinePack, join(dir, 'baseline'), { recursive: true });
  await cp(evalData, join(dir, 'eval'), { recursive: true });
  await writeFile(join(dir, 'model-gate.yml'), `compression-level: 4\n${config}`);
  return dir;
}

const compare = (dir: string, ...extra: string[]) => cli(['compare', '--baseline', 'baseline', '--candidate', 'models/*.onnx', '--eval-data', 'eval', '--json', 'r.json', '--quiet', ...FAST_BENCH, '--bench-budget', '1', ...extra], { cwd: dir });

interface ReportModel {
  name: string;
  verdict: string;
  eval: { task: string | null } | null;
  checks: Array<{ metric: string; status: string; candidate: number | null; note: string | null }>;
}
const reportOf = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as { verdict: string; models: ReportModel[]; settings: Record<string, unknown> };

/** What must be equal between one job and the merged shards: each model's verdict and non-timing check statuses. */
const statuses = (models: ReportModel[]) =>
  Object.fromEntries(
    [...models].sort((a, b) => a.name.localeCompare(b.name)).map((m) => [m.name, m.checks.filter((c) => isMetricId(c.metric) && !METRICS[c.metric].timing).map((c) => `${c.metric} ${c.status}`)]),
  );

describe('per-model eval data', () => {
  before(async () => {
    const src = await folder();
    await cp(join(FIXTURES, 'models', 'iris.onnx'), join(src, 'iris.onnx'));
    await writeOtherModels(src, 'baseline');
    baselinePack = join(await folder(), 'pack');
    const packed = await cli(['pack', ...['iris', 'tokens', 'linear'].map((n) => join(src, `${n}.onnx`)), '--out', baselinePack, '--level', '4']);
    assert.equal(packed.code, 0, packed.stderr);
    evalData = join(await folder(), 'eval');
    await writeThreeModelEval(evalData);
  });

  test('each model is scored on its own folder: accuracy, perplexity, regression errors; a model setting applies to it alone', async () => {
    const dir = await workspace('models:\n  tokens:\n    eval:\n      class-check: on\n      class-min-samples: 1\n');
    const r = await compare(dir);
    assert.notEqual(r.code, 2, r.stderr);
    const report = await reportOf(join(dir, 'r.json'));
    const byName = new Map(report.models.map((m) => [m.name, m]));
    const metrics = (name: string) => byName.get(name)!.checks.filter((c) => c.status !== 'skipped' && !METRICS[c.metric as 'accuracy'].timing).map((c) => c.metric);
    assert.equal(byName.get('iris')!.eval?.task, 'classification');
    assert.deepEqual(metrics('iris').filter((m) => m === 'accuracy'), ['accuracy']);
    assert.equal(byName.get('iris')!.checks.find((c) => c.metric === 'accuracy')!.status, 'fail', 'the less accurate iris fails on its own data');
    assert.equal(byName.get('tokens')!.eval?.task, 'classification');
    assert.ok(metrics('tokens').includes('perplexity'), `tokens: ${metrics('tokens').join(', ')}`);
    assert.equal(byName.get('linear')!.eval?.task, 'regression');
    assert.deepEqual(metrics('linear').filter((m) => m === 'mae' || m === 'rmse'), ['mae', 'rmse']);
    // The class check, off by default for per-position classes, is on for the tokens alone: it names the worst class.
    assert.match(byName.get('tokens')!.checks.find((c) => c.metric === 'class-recall')!.note ?? '', /^class \d+ \(/);
    const modelEval = report.settings.modelEval as Record<string, { data: string | null; eval: { classCheck: string; classMinSamples: number } }>;
    assert.deepEqual(Object.keys(modelEval), ['tokens']);
    assert.deepEqual([modelEval.tokens!.data, modelEval.tokens!.eval.classCheck, modelEval.tokens!.eval.classMinSamples], [null, 'on', 1]);
    assert.deepEqual((report.settings.eval as { classCheck: string; classMinSamples: number }).classCheck, 'auto');
  });

  test('a subfolder named after no model is refused, naming it; a model with no data is timed on synthetic inputs and says so', async () => {
    const typo = await workspace();
    await cp(join(typo, 'eval', 'linear'), join(typo, 'eval', 'lineer'), { recursive: true });
    const refused = await compare(typo);
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /eval\/lineer: is neither an eval set \(test_data_set_N\) nor the eval data of a model \(iris, linear, tokens\)/);
    assert.ok(!refused.stderr.includes('at '), 'one line, no stack trace');
    // A misspelt key of a model's eval section is refused like one of the eval section's.
    const key = await compare(await workspace('models:\n  tokens:\n    eval:\n      class-chek: on\n'));
    assert.equal(key.code, 2, key.stderr);
    assert.match(key.stderr, /model-gate\.yml: models\.tokens\.eval.*"class-chek"/);

    const missing = await workspace();
    await rm(join(missing, 'eval', 'linear'), { recursive: true });
    const r = await compare(missing, '--markdown', 'r.md');
    assert.notEqual(r.code, 2, r.stderr);
    const linear = (await reportOf(join(missing, 'r.json'))).models.find((m) => m.name === 'linear')!;
    assert.equal(linear.eval, null);
    assert.equal(linear.checks.find((c) => c.metric === 'accuracy')!.note, 'no eval data for this model');
    assert.ok(linear.checks.some((c) => c.metric === 'latency-p50' && c.candidate !== null), 'timed on synthetic inputs');
    const markdown = await readFile(join(missing, 'r.md'), 'utf8');
    assert.match(markdown, /^\| linear \| .* \| no eval data for this model \| .*\|$/m, 'its row says so');
    // Lossy variants need eval data model by model: refused before anything is built, naming the model without.
    const lossy = await compare(missing, '--variants', 'fp16');
    assert.equal(lossy.code, 2, lossy.stderr);
    assert.match(lossy.stderr, /variants: fp16 change the weights, so they need eval data to measure what that costs, and models\/linear\.onnx has none/);
  });

  test("data that does not fit its model (the config file's models.<name>.eval-data) is bad input naming the model, the file and both shapes", async () => {
    const dir = await workspace('models:\n  linear:\n    eval-data: eval/iris\n');
    const r = await compare(dir);
    assert.equal(r.code, 2, r.stderr);
    // The model is named by its file (the baseline's, scored first): baseline/linear.onnx.zst.
    assert.match(r.stderr, /^model-gate compare: eval\/iris\/test_data_set_0\/input_0\.pb: tensor "features" has shape \[50,4\] but model \S*\/linear\.onnx\S* input "x" expects \[N,3\]\n$/);
  });

  describe('in one job and on a 3-shard matrix, through the action', () => {
    let fake: FakeGitHub;
    before(async () => {
      fake = await FakeGitHub.start();
    });
    after(() => fake.close());

    test('the same non-timing check statuses', async () => {
      const event = { event: 'pull_request' as const, payload: prPayload(fake, 51, 'c'.repeat(40)) };
      const inputs = { models: 'models/*.onnx', 'eval-data': 'eval', baseline: 'path:baseline', ...FAST };
      const one = await runOnEvent(fake, { ...event, workspace: await workspace(), inputs });
      assert.notEqual(one.outputs.verdict, 'error', one.stdout);
      const single = await reportOf(join(one.workspace, 'model-gate-out', 'report.json'));
      const merged = await folder();
      for (const [index, shard] of ['1/3', '2/3', '3/3'].entries()) {
        const r = await runOnEvent(fake, { ...event, workspace: await workspace(), inputs: { ...inputs, shard } });
        assert.notEqual(r.outputs.verdict, 'error', r.stdout);
        await cp(join(r.workspace, 'model-gate-out'), join(merged, 'shards', `shard-${index}`), { recursive: true });
      }
      const m = await runOnEvent(fake, { ...event, workspace: merged, inputs: { mode: 'merge', reports: 'shards/*' } });
      assert.notEqual(m.outputs.verdict, 'error', m.stdout);
      const report = await reportOf(join(merged, 'model-gate-out', 'report.json'));
      assert.deepEqual(statuses(report.models), statuses(single.models));
      assert.deepEqual(Object.keys(statuses(single.models)), ['iris', 'linear', 'tokens']);
      assert.ok(single.models.every((x) => x.eval !== null), 'every model scored on its own data');
    });
  });
});
