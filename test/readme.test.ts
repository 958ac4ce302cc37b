// README claims that tests keep true: the workflow examples run as written, the tables match action.yml and the
// metric catalog, and the quick start's demo does what it says.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { METRIC_IDS, METRICS } from '../src/compare/metrics.js';
import { fixtureWorkspace, ROOT, run, runBuiltAction } from './helpers.js';

const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string; required?: boolean }>; outputs: Record<string, unknown> };
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}
const workflows = blocks('yaml')
  .map((text) => parse(text) as { on?: unknown; jobs?: Record<string, { steps: Step[] }> })
  .filter((w) => w?.jobs);

describe('README workflows', () => {
  test('there is one for pull_request and one for push', () => {
    const triggers = workflows.map((w) => Object.keys(w.on as object));
    assert.ok(triggers.some((t) => t.includes('pull_request')));
    assert.ok(triggers.some((t) => t.includes('push')));
  });

  for (const [i, workflow] of workflows.entries()) {
    const steps = Object.values(workflow.jobs!).flatMap((j) => j.steps);
    const gate = steps.find((s) => s.uses?.includes('model-gate'));
    test(`workflow ${i + 1} (${Object.keys(workflow.on as object).join(', ')}): its model-gate step runs as written`, async () => {
      assert.ok(gate?.with, 'a model-gate step with inputs');
      for (const key of Object.keys(gate.with)) assert.ok(key in action.inputs, `"${key}" is an input in action.yml`);
      const inputs = Object.fromEntries(Object.entries(gate.with).map(([k, v]) => [k, String(v)]));
      const r = await runBuiltAction(process.execPath, await fixtureWorkspace('unchanged'), inputs);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.outputs.verdict, 'pass', r.summary);
    });
  }
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

  test('the default thresholds table is the metric catalog', () => {
    for (const id of METRIC_IDS) {
      const m = METRICS[id];
      const row = `| \`${id}\` | ${m.worse === 'higher' ? 'up' : 'down'} | ${m.defaults.warn ?? 'none'} | ${m.defaults.fail ?? 'none'} |`;
      assert.ok(readme.includes(row), `README row: ${row}`);
    }
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
    assert.match(r.stdout, /^### ❌ model-gate: fail — iris: latency-p50/);
  });
});
