// The CLI contract, driven exactly as a user drives it: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dirname } from 'node:path';
import { FakeGitHub, TOKENS } from './support/fake-github.js';
import type { MetricId } from '../src/checks.js';
import { METRICS } from '../src/checks.js';
import { assertNoRegression, BASELINE_MODEL, builtCli, candidate, cli, FAST_BENCH, FIXTURES, scratch } from './helpers.js';

const BASELINE = join(FIXTURES, 'baseline');
const EVAL = join(FIXTURES, 'eval');

async function compare(variant: string, extra: string[] = FAST_BENCH) {
  const dir = await scratch();
  const json = join(dir, 'report.json');
  const markdown = join(dir, 'report.md');
  const r = await cli(['compare', '--baseline', BASELINE, '--candidate', candidate(variant), '--eval-data', EVAL, '--json', json, '--markdown', markdown, ...extra]);
  const report = r.code === 0 || r.code === 1 ? JSON.parse(await readFile(json, 'utf8')) : null;
  return { ...r, report, markdownFile: r.code === 0 || r.code === 1 ? await readFile(markdown, 'utf8') : '' };
}

const failing = (report: any) => report.models.flatMap((m: any) => m.checks.filter((c: any) => c.status === 'fail').map((c: any) => c.metric));

describe('compare on the fixtures', () => {
  test('unchanged candidate: the same bytes as the baseline are not measured again, and no number pretends otherwise', async () => {
    const r = await compare('unchanged', []);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assertNoRegression(r.report, r.stdout);
    assert.match(r.stdout.split('\n')[0]!, /^### ✅ model-gate: pass — 1 model within every threshold \(1 unchanged\)$/);
    assert.equal(r.markdownFile, r.stdout, 'the Markdown file is what was printed');
    const m = r.report.models[0];
    assert.equal(m.unchanged, true);
    assert.deepEqual(m.checks.map((c: any) => c.metric), ['packed-size', 'accuracy'], 'nothing timed');
    assert.equal(m.checks[1].status, 'skipped');
    const row = r.stdout.split('\n').find((l) => l.startsWith('| iris |'))!;
    assert.match(row, /\| ✅ unchanged \| [\d.]+ k?B( \(was [\d.]+ k?B\))? \| — \| — \| — \| same bytes as .*baseline \|/);
    assert.doesNotMatch(row, /%/);
    assert.match(r.stderr, /\[1\/1\] iris — unchanged \(same bytes as .*\), not measured again \(\d+\.\d s\)/);

    // Asked for, it is measured like any other candidate.
    const again = await compare('unchanged', ['--remeasure-unchanged', ...FAST_BENCH]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.report.models[0].unchanged, false);
    assert.equal(again.report.models[0].checks.find((c: any) => c.metric === 'accuracy').candidate, 0.9);
    assert.ok(again.report.models[0].checks.some((c: any) => c.metric === 'load-time' && c.sampling));
    for (const phase of ['loading and verifying', 'eval on 1 data set', 'cold loads', 'warm latency']) {
      assert.match(again.stderr, new RegExp(`\\[1/1\\] iris — ${phase}.* \\(\\d+\\.\\d s\\)`), `progress names the phase "${phase}"`);
    }
  });

  test('improved candidate: pass, with the accuracy gain shown', async () => {
    const r = await compare('improved');
    assert.equal(r.code, 0, r.stdout);
    assert.notEqual(r.report.verdict, 'fail');
    const acc = r.report.models[0].checks.find((c: any) => c.metric === 'accuracy');
    assert.equal(acc.status, 'pass');
    assert.ok(Math.abs(acc.change.absolute - 0.08) < 1e-9);
  });

  const regressions: Array<[string, string]> = [
    ['less-accurate', 'accuracy'],
    ['slower', 'latency-p50'],
    ['larger', 'packed-size'],
  ];
  for (const [variant, metric] of regressions) {
    test(`${variant} candidate: exit 1, ${metric} named as failing in Markdown and JSON`, async () => {
      const r = await compare(variant);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.report.verdict, 'fail');
      assert.ok(failing(r.report).includes(metric), `failing: ${failing(r.report)}`);
      // The summary names the check as the reader knows it ("latency p50"), with the level it crossed.
      const label = METRICS[metric as MetricId].label;
      assert.match(r.stdout.split('\n')[0]!, new RegExp(`❌ model-gate: fail — iris: (.*; )?${label} ([+−][\\d.]+( pp|%)|[\\d.]+×) \\(beyond [+−]`));
      assert.match(r.report.summary, new RegExp(`iris: (.*; )?${label} `));
    });
  }

  test('a baseline folder that does not exist is bad input (a typo must not pass as a first release); --baseline-optional allows it', async () => {
    const dir = await scratch();
    const json = join(dir, 'r.json');
    const typo = await cli(['compare', '--baseline', join(dir, 'baselin'), '--candidate', candidate('unchanged'), '--json', json, ...FAST_BENCH]);
    assert.equal(typo.code, 2, typo.stderr);
    assert.equal(typo.stderr.trim().split('\n').length, 1, typo.stderr);
    assert.match(typo.stderr, /--baseline: baseline folder .*baselin does not exist \(.*--baseline-optional\)/);
    assert.ok(!existsSync(json), 'no report is written');

    const r = await cli(['compare', '--baseline', join(dir, 'none'), '--baseline-optional', '--candidate', candidate('unchanged'), '--eval-data', EVAL, '--json', json, ...FAST_BENCH]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(await readFile(json, 'utf8'));
    assert.equal(report.verdict, 'no-baseline');
    assert.match(r.stdout.split('\n')[0]!, /no baseline — baseline folder .* does not exist/);
    assert.doesNotMatch(r.stdout, /both sides measured/, 'nothing was measured against anything');
    assert.match(r.stdout, /no baseline: the candidate alone was measured/);
    assert.equal(report.models[0].checks.find((c: any) => c.metric === 'accuracy').candidate, 0.9);
  });

  test('run = pack, then compare; the pack is the next baseline', async () => {
    const dir = await scratch();
    const out = join(dir, 'pack');
    const r = await cli(['run', candidate('unchanged'), '--out', out, '--baseline', BASELINE, ...FAST_BENCH, '--quiet']);
    assert.ok(r.code === 0, r.stderr);
    assert.deepEqual((await readdir(out)).sort(), ['iris.onnx.zst', 'manifest.json']);
    const again = await cli(['compare', '--baseline', out, '--candidate', candidate('less-accurate'), '--eval-data', EVAL, ...FAST_BENCH]);
    assert.equal(again.code, 1);
  });
});

describe('--baseline takes the action\'s specs', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await FakeGitHub.start();
  });
  after(() => fake.close());
  const github = () => ({ ...process.env, GITHUB_TOKEN: TOKENS.actions, GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`, GITHUB_API_URL: fake.apiUrl });

  test('release:<tag> and latest-release: the pack is downloaded from the release, with GITHUB_TOKEN and GITHUB_REPOSITORY', async () => {
    const assets = await Promise.all((await readdir(BASELINE)).map(async (name) => ({ name, data: await readFile(join(BASELINE, name)) })));
    fake.addRelease({ tag_name: 'v3.0.0', created_at: '2031-01-01T00:00:00Z', published_at: '2031-01-01T00:00:00Z', assets });
    for (const spec of ['release:v3.0.0', 'latest-release']) {
      const dir = await scratch();
      const json = join(dir, 'r.json');
      const r = await cli(['compare', '--baseline', spec, '--candidate', candidate('less-accurate'), '--eval-data', EVAL, '--json', json, ...FAST_BENCH], { env: github(), cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const report = JSON.parse(await readFile(json, 'utf8'));
      assert.equal(report.baseline.source, 'release v3.0.0', spec);
      assert.ok(failing(report).includes('accuracy'));
    }
    fake.assertNoViolations();
  });

  test('a gate of 501 models is refused in one line naming the input, before the release is asked for or a model read', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'many'));
    // 501 names: the report (and a matrix's merged report) holds at most 500 models.
    for (let i = 0; i <= 500; i++) await copyFile(BASELINE_MODEL, join(dir, 'many', `m${String(i).padStart(3, '0')}.onnx`));
    const before = fake.requests.length;
    const r = await cli(['compare', '--baseline', 'release:v3.0.0', '--candidate', 'many/*.onnx', '--shard', '1/4', '--json', 'r.json'], { env: github(), cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^model-gate compare: --candidate: 501 models; one gate \(a whole matrix of shards included\) reports at most 500/);
    assert.equal(fake.requests.length, before, 'no request reached GitHub');
    assert.ok(!existsSync(join(dir, 'r.json')));
  });

  test('a release spec without GITHUB_TOKEN or GITHUB_REPOSITORY is refused in one line before anything runs', async () => {
    const dir = await scratch();
    const json = join(dir, 'r.json');
    const env = { ...process.env, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' };
    const r = await cli(['compare', '--baseline', 'release:v1', '--candidate', candidate('unchanged'), '--json', json], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^model-gate compare: --baseline: release:v1 reads GitHub releases: set GITHUB_TOKEN and GITHUB_REPOSITORY \(owner\/name\)/);
    assert.ok(!existsSync(json));
    const noRepo = await cli(['compare', '--baseline', 'latest-release', '--candidate', candidate('unchanged')], { env: { ...env, GITHUB_TOKEN: 'x' } });
    assert.equal(noRepo.code, 2);
    assert.match(noRepo.stderr, /set GITHUB_REPOSITORY \(owner\/name\)/);
  });

  test('none, path?:, previous-release without such a folder, and --baseline-optional with a release', async () => {
    const dir = await scratch();
    const json = join(dir, 'r.json');
    for (const spec of ['none', `path?:${join(dir, 'missing')}`]) {
      const r = await cli(['compare', '--baseline', spec, '--candidate', candidate('unchanged'), '--json', json, ...FAST_BENCH], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(JSON.parse(await readFile(json, 'utf8')).verdict, 'no-baseline', spec);
    }
    const previous = await cli(['compare', '--baseline', 'previous-release', '--candidate', candidate('unchanged')], { cwd: dir });
    assert.equal(previous.code, 2);
    assert.match(previous.stderr, /--baseline: previous-release is the release before the one being made, which only the action knows/);
    const optional = await cli(['compare', '--baseline', 'release:v1', '--baseline-optional', '--candidate', candidate('unchanged')], { cwd: dir, env: github() });
    assert.equal(optional.code, 2);
    assert.match(optional.stderr, /--baseline-optional applies to a baseline folder; "release:v1" is not one/);
    const bad = await cli(['compare', '--baseline', 'ref:-rf', '--candidate', candidate('unchanged')], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--baseline: "-rf" is not a usable git ref/);
  });

  test('ref:<git ref>: the candidate files as they were at that commit, packed like the candidates', async () => {
    const repo = await scratch();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    await mkdir(join(repo, 'models'));
    await copyFile(BASELINE_MODEL, join(repo, 'models', 'iris.onnx'));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'the released model');
    await copyFile(candidate('less-accurate'), join(repo, 'models', 'iris.onnx'));
    const r = await cli(['run', 'models/iris.onnx', '--out', 'pack', '--baseline', 'ref:HEAD', '--eval-data', EVAL, '--json', 'r.json', ...FAST_BENCH], { cwd: repo });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(await readFile(join(repo, 'r.json'), 'utf8'));
    assert.equal(report.baseline.source, 'ref HEAD');
    assert.ok(failing(report).includes('accuracy'));
  });

  test('pack and unpack start without the GitHub client: it is not in the static imports of dist/cli.js', async () => {
    const dist = dirname(await builtCli());
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(join(dist, file), 'utf8');
      assert.doesNotMatch(text, /getOctokit|@octokit/, `${file} is loaded at start-up and holds the GitHub client`);
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) await visit(m[1] ?? m[2]!);
    };
    await visit('cli.js');
    assert.ok(seen.size > 2, [...seen].join(' '));
  });
});

describe('help', () => {
  test('model-gate --help lists every command; each command --help lists its options', async () => {
    const top = await cli(['--help']);
    assert.equal(top.code, 0);
    for (const c of ['pack', 'unpack', 'compare', 'run']) assert.match(top.stdout, new RegExp(`^  ${c} `, 'm'));
    const help = await cli(['compare', '--help']);
    assert.equal(help.code, 0);
    for (const o of ['--baseline', '--candidate', '--eval-data', '--config', '--json', '--markdown', '--threshold', '--fail-on']) assert.ok(help.stdout.includes(o), o);
    // Old spellings are listed beside the one name, and still work.
    assert.match(help.stdout, /^  --compression-level N .*also --level\)$/m);
    assert.match(help.stdout, /^  --thresholds METRIC=WARN\/FAIL .*repeatable; also --threshold\)$/m);
    assert.match((await cli(['pack', '--help'])).stdout, /--out DIR/);
    assert.match((await cli(['unpack', '--help'])).stdout, /--out DIR/);
  });
});

describe('bad input: exit 2 and one message naming the input', () => {
  test('a model path that does not exist', async () => {
    const dir = await scratch();
    const r = await cli(['pack', join(dir, 'nope.onnx'), '--out', join(dir, 'out')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.onnx: model does not exist/);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    assert.deepEqual(await readdir(join(dir, 'out')).catch(() => []), []);
  });

  test('a glob that matches nothing', async () => {
    const dir = await scratch();
    const r = await cli(['pack', 'models/**/*.onnx', '--out', join(dir, 'out')], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pattern "models\/\*\*\/\*\.onnx" matches no file/);
  });

  test('a corrupt .onnx.zst in the baseline', async () => {
    const dir = await scratch();
    await cp(BASELINE, join(dir, 'baseline'), { recursive: true });
    const packed = join(dir, 'baseline', 'iris.onnx.zst');
    const bytes = await readFile(packed);
    bytes[bytes.length - 5]! ^= 0xff;
    await writeFile(packed, bytes);
    const r = await cli(['compare', '--baseline', join(dir, 'baseline'), '--candidate', candidate('unchanged'), ...FAST_BENCH]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /baseline\/iris\.onnx\.zst: has sha256 [0-9a-f]+, the manifest says|iris\.onnx\.zst: is not a valid zstd frame/);
  });

  test("a model onnxruntime refuses: one line naming the user's file, not the scratch pack it was loaded from", async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'models'));
    // The same model with its Relu renamed to an operator no opset defines: model-gate reads it, onnxruntime refuses it.
    const bytes = await readFile(candidate('unchanged'));
    const at = bytes.indexOf('Relu');
    assert.ok(at > 0 && bytes.indexOf('Relu', at + 1) < 0);
    bytes.write('Relq', at);
    await writeFile(join(dir, 'models', 'iris.onnx'), bytes);
    const r = await cli(['compare', '--baseline', BASELINE, '--candidate', 'models/iris.onnx', ...FAST_BENCH], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    // Progress lines ("model-gate: [1/1] iris — …") aside, one line.
    assert.equal(r.stderr.trim().split('\n').filter((l) => !/^model-gate: \[\d+\/\d+\] /.test(l)).length, 1, r.stderr);
    assert.match(r.stderr, /^model-gate compare: models\/iris\.onnx: onnxruntime cannot load the model \(.*Relq/m);
    assert.doesNotMatch(r.stderr, /\.onnx\.zst|model-gate-/, 'no scratch path');
  });

  test('threshold syntax errors name the flag and show the accepted forms', async () => {
    const r = await cli(['compare', '--baseline', BASELINE, '--candidate', candidate('unchanged'), '--threshold', 'latency-p50=fast']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--threshold: threshold "fast" for latency-p50 is not understood; accepted forms:/);
  });

  test('eval data that does not fit the model', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'eval', 'test_data_set_0'), { recursive: true });
    const other = join(dir, 'eval', 'test_data_set_0');
    // A wrong-width input: 5 features instead of 4, from the npy layout.
    const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 5), }";
    const pad = 64 - ((10 + header.length + 1) % 64);
    const npy = Buffer.concat([Buffer.from([0x93]), Buffer.from('NUMPY'), Buffer.from([1, 0]), Buffer.from(new Uint16Array([header.length + pad + 1]).buffer), Buffer.from(header + ' '.repeat(pad) + '\n'), Buffer.from(new Float32Array(10).buffer)]);
    await writeFile(join(other, 'input_0.npy'), npy);
    const r = await cli(['compare', '--baseline', BASELINE, '--candidate', candidate('unchanged'), '--eval-data', join(dir, 'eval'), ...FAST_BENCH]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /input_0\.npy: .*\[2,5\].*"features".*\[N,4\]/);
  });

  test('eval labels that do not fit an unchanged model are bad input, as they are for a measured one', async () => {
    const dir = await scratch();
    const set = join(dir, 'eval', 'test_data_set_0');
    await mkdir(set, { recursive: true });
    await copyFile(join(EVAL, 'test_data_set_0', 'input_0.pb'), join(set, 'input_0.pb'));
    // The fixture's input holds 50 rows; one label short.
    const labels: number[] = JSON.parse(await readFile(join(EVAL, 'test_data_set_0', 'labels.json'), 'utf8'));
    assert.equal(labels.length, 50);
    await writeFile(join(set, 'labels.json'), JSON.stringify(labels.slice(1)));
    for (const variant of ['unchanged', 'less-accurate']) {
      const r = await cli(['compare', '--baseline', BASELINE, '--candidate', candidate(variant), '--eval-data', join(dir, 'eval'), ...FAST_BENCH, '--quiet']);
      assert.equal(r.code, 2, `${variant}: ${r.stderr}`);
      assert.match(r.stderr, /labels\.json.*has 49 labels but the model made 50 predictions/, variant);
    }
  });

  test('an unknown option and an unknown command', async () => {
    assert.equal((await cli(['compare', '--baseline-dir', 'x'])).code, 2);
    assert.equal((await cli(['frobnicate'])).code, 2);
  });

  test('pickle is refused with the reason', async () => {
    const dir = await scratch();
    const p = join(dir, 'model.pkl');
    await writeFile(p, Buffer.from([0x80, 0x05, 0x95, 0, 0, 0, 0, 0, 0, 0, 0, 0x2e]));
    await copyFile(BASELINE_MODEL, join(dir, 'ok.onnx'));
    const r = await cli(['pack', join(dir, 'ok.onnx'), p, '--out', join(dir, 'out')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /model\.pkl: looks like a Python pickle .* unpickling runs arbitrary code/);
    assert.deepEqual(await readdir(join(dir, 'out')).catch(() => []), [], 'the good model is not half-packed either');
  });
});
