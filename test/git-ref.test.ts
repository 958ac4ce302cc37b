// baseline: ref:<git ref> — the model files as they were at another commit, read with git and packed on the fly.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { BASELINE_MODEL, candidate, FIXTURES, runBuiltAction, scratch } from './helpers.js';

test('ref:HEAD compares the working tree models with the committed ones', async () => {
  const repo = await scratch();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  await mkdir(join(repo, 'models'));
  await cp(BASELINE_MODEL, join(repo, 'models', 'iris.onnx'));
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'the released model');
  await cp(candidate('less-accurate'), join(repo, 'models', 'iris.onnx'));
  await cp(join(FIXTURES, 'eval'), join(repo, 'eval'), { recursive: true });
  const inputs = { models: 'models/*.onnx', baseline: 'ref:HEAD', 'eval-data': 'eval', 'load-samples': '3', 'latency-rounds': '2', 'github-token': '' };
  const r = await runBuiltAction(process.execPath, repo, inputs);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.summary, /^### ❌ model-gate: fail — iris: top-1 accuracy/);
  assert.match(r.summary, /baseline ref HEAD/);

  // The ref's models are packed exactly like the candidates: the same model under codec onnx-planes packs to the same
  // bytes on both sides (with the baseline packed 'auto', iris would be a plain zstd frame of another size).
  await cp(BASELINE_MODEL, join(repo, 'models', 'iris.onnx'));
  const same = await runBuiltAction(process.execPath, repo, { ...inputs, codec: 'onnx-planes', 'bench-budget': '2' });
  assert.equal(same.code, 0, same.stdout + same.stderr);
  const report = JSON.parse(await readFile(join(repo, same.outputs['report-json']!), 'utf8'));
  assert.equal(report.models[0].baseline.packed.bytes, report.models[0].candidate.packed.bytes);

  const missing = await runBuiltAction(process.execPath, repo, { ...inputs, baseline: 'ref:no-such-branch' });
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /::error::input 'baseline': git cannot read ref "no-such-branch"/);
});
