// The settings table (src/inputs/settings.ts) is the one declaration of every setting: these tests hold action.yml
// and the README's input table to it, and show that each setting reaches the same Config through every route it has
// (flag, old flag spelling, action input, config-file key), with errors naming the route.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { readActionInputs } from '../src/action/inputs.js';
import { readRunContext } from '../src/github/context.js';
import type { Config } from '../src/inputs/config.js';
import { actionYmlInputs, readmeInputTable, withInputs } from '../scripts/write-docs.js';
import { readInputs } from '../src/inputs/action-inputs.js';
import { buildConfig, defaultConfig } from '../src/inputs/build-config.js';
import { cliOptions, parseCli } from '../src/inputs/cli-flags.js';
import { type Command, fileSettings, SETTING_NAMES, SETTINGS, type SettingName } from '../src/inputs/settings.js';
import { checkGenerated, WRITE } from './support/generated.js';
import { fixtureWorkspace, ROOT, scratch, WORKSPACE_LEVEL } from './helpers.js';

const ACTION_YML = join(ROOT, 'action.yml');
const COMMANDS: Command[] = ['pack', 'unpack', 'compare', 'run'];
type Def = { cli?: readonly Command[]; action?: readonly string[]; file?: string; aliases?: readonly string[]; example?: string; arg?: string; default: string };
const def = (name: SettingName): Def => SETTINGS[name] as Def;
const withoutFile = (c: Config) => ({ ...c, configFile: null });

describe('action.yml and the README derive from the table', () => {
  test("action.yml's inputs are the table's action inputs, in its order, with its descriptions and defaults", async () => {
    const expected = actionYmlInputs();
    let text = await readFile(ACTION_YML, 'utf8');
    if (WRITE) {
      // Regenerates the inputs block, as npm run docs does: MODEL_GATE_WRITE=1 node --test build/test/settings.test.js
      text = withInputs(text, expected);
      await writeFile(ACTION_YML, text);
    }
    const action = parse(text) as { inputs: Record<string, unknown> };
    assert.deepEqual(Object.keys(action.inputs), Object.keys(expected), 'run MODEL_GATE_WRITE=1 node --test build/test/settings.test.js to rewrite them');
    for (const name of Object.keys(expected)) assert.deepEqual(action.inputs[name], expected[name], `input ${name} (MODEL_GATE_WRITE=1 rewrites action.yml)`);
  });

  test("the README's input table is the table's action inputs, in its order, with action.yml's defaults", async () => {
    await checkGenerated(join(ROOT, 'README.md'), 'inputs', readmeInputTable());
  });

  test('an input the config file can also set defaults to empty in action.yml (a filled-in default would beat the file)', () => {
    const inputs = actionYmlInputs();
    for (const { name } of fileSettings()) if (name in inputs) assert.equal(inputs[name]!.default, '', name);
  });
});

describe('one name per setting', () => {
  test('names are kebab-case; every spelling of a command is one setting; aliases name no other setting', () => {
    for (const name of SETTING_NAMES) assert.match(name, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, name);
    for (const command of COMMANDS) {
      const spellings = cliOptions(command).flatMap((o) => o.spellings);
      assert.equal(new Set(spellings).size, spellings.length, `${command}: ${spellings.join(' ')}`);
    }
    for (const name of SETTING_NAMES) for (const alias of def(name).aliases ?? []) assert.ok(!SETTING_NAMES.includes(alias as SettingName), alias);
  });

  test('a config-file key is the name, or the name inside its section (bench-budget is bench.budget)', () => {
    for (const { name, path } of fileSettings()) {
      if (name === 'model-overrides') continue; // the config file's `models`, whose name the action's `models` input holds
      const [section, key] = path.includes('.') ? path.split('.') : [null, path];
      assert.ok(key === name || `${section}-${key}` === name, `${name} at ${path}`);
    }
  });

  test('every setting is accepted somewhere: a command, the action or the config file', () => {
    for (const name of SETTING_NAMES) {
      const d = def(name);
      assert.ok((d.cli?.length ?? 0) + (d.action?.length ?? 0) + (d.file ? 1 : 0) > 0, name);
    }
  });
});

/** Config-file data with `value` at `path` (a threshold table for `thresholds`, whose flag and input take lines). */
function fileData(name: SettingName, path: string, value: string): Record<string, unknown> {
  const leaf = name === 'thresholds' ? Object.fromEntries(value.split('\n').map((l) => l.split(/:\s*/) as [string, string])) : value;
  const [section, key] = path.split('.');
  return key === undefined ? { [section!]: leaf } : { [section!]: { [key]: leaf } };
}

describe('every route of a setting gives the same Config', () => {
  for (const { name, path } of fileSettings()) {
    const d = def(name);
    if (d.example === undefined || d.example === '') continue;
    test(`${name}: --${name}${d.action ? `, input '${name}'` : ''} and ${path} set ${d.example}`, async () => {
      const empty = await scratch();
      const defaults = withoutFile(await buildConfig({}, empty));
      const fromFile = join(empty, 'config.json');
      await writeFile(fromFile, JSON.stringify(fileData(name, path, d.example!)));
      const configs: Array<[string, Config]> = [[path, withoutFile(await buildConfig({ config: [{ value: fromFile, source: '--config' }] }, empty))]];
      // A flag without a value (a switch) is on when given: its example is the value that means on.
      const flag = (spelling: string) => (d.arg === undefined ? [`--${spelling}`] : [`--${spelling}=${d.example!}`]);
      for (const command of d.cli ?? []) configs.push([`${command} --${name}`, withoutFile(await buildConfig(parseCli(command, flag(name)).flags, empty))]);
      for (const alias of d.aliases ?? []) configs.push([`--${alias}`, withoutFile(await buildConfig(parseCli(d.cli![0]!, flag(alias)).flags, empty))]);
      if (d.action) configs.push([`input '${name}'`, withoutFile(await buildConfig(readInputs('gate', (n) => (n === name ? d.example! : ''), {}), empty))]);
      assert.notDeepEqual(configs[0]![1], defaults, `the example ${d.example} changes the Config`);
      for (const [route, config] of configs.slice(1)) assert.deepEqual(config, configs[0]![1], route);
    });
  }

  test('an error names the route the value came from: the flag as typed, the input, the file and key', async () => {
    const empty = await scratch();
    const bad = async (raw: Parameters<typeof buildConfig>[0], pattern: RegExp) => assert.rejects(buildConfig(raw, empty), (e: Error) => pattern.test(e.message) || assert.fail(e.message));
    await bad(parseCli('pack', ['--compression-level', '99']).flags, /^--compression-level: "99" must be a whole number from 1 to 22$/);
    await bad(parseCli('pack', ['--level', '99']).flags, /^--level: "99" must be a whole number from 1 to 22$/);
    await bad(parseCli('compare', ['--threshold', 'latency-p50=soon']).flags, /^--threshold: threshold "soon"/);
    await bad(readInputs('gate', (n) => (n === 'bench-budget' ? 'soon' : ''), {}), /^input 'bench-budget': "soon" must be a whole number/);
    const file = join(empty, 'gate.json');
    await writeFile(file, JSON.stringify({ bench: { budget: 0 } }));
    await bad({ config: [{ value: file, source: '--config' }] }, new RegExp(`^${file}: bench\\.budget: "0" must be a whole number`));
  });

  test('repeated flags: a single-valued one keeps the last, a repeatable one keeps all in order, whichever spelling', () => {
    const { flags } = parseCli('compare', ['--level', '5', '--compression-level', '7', '--threshold', 'latency-p50=+20%', '--thresholds', 'accuracy=-1pp']);
    assert.deepEqual(flags['compression-level'], [{ value: '7', source: '--compression-level' }]);
    assert.deepEqual(flags.thresholds, [
      { value: 'latency-p50=+20%', source: '--threshold' },
      { value: 'accuracy=-1pp', source: '--thresholds' },
    ]);
  });
});

describe("the action reads its inputs from the table", () => {
  test("as the runner runs it, every input filled in with action.yml's default: the config file's settings still count", async () => {
    const workspace = await fixtureWorkspace('unchanged');
    const defaults = Object.fromEntries(Object.entries(actionYmlInputs()).map(([name, input]) => [name, input.default]));
    const given: Record<string, string> = { ...defaults, models: 'models/*.onnx', baseline: 'none', 'eval-data': 'eval' };
    const cwd = process.cwd();
    process.chdir(workspace);
    try {
      const inputs = await readActionInputs(readRunContext({}), {}, (name) => given[name] ?? '');
      assert.equal(inputs.mode, 'gate');
      if (inputs.mode !== 'gate') return;
      assert.equal(inputs.config.level, WORKSPACE_LEVEL, 'compression-level from model-gate.yml');
      assert.deepEqual(withoutFile(inputs.config), withoutFile(await buildConfig({}, workspace)));
      assert.deepEqual([inputs.outDir, inputs.upload, inputs.publishRelease, inputs.includePrereleases, inputs.comment], ['model-gate-out', false, false, false, { mode: 'always', key: 'default', author: null }]);
      assert.deepEqual(inputs.models, ['models/iris.onnx']);
      assert.deepEqual(inputs.baseline, { kind: 'none' });
    } finally {
      process.chdir(cwd);
    }
  });

  test("an empty github-token input falls back on GITHUB_TOKEN, as the table's env says", () => {
    const given = readInputs('publish-comment', () => '', { GITHUB_TOKEN: 't0ken' });
    assert.deepEqual(given['github-token'], [{ value: 't0ken', source: 'environment variable GITHUB_TOKEN' }]);
    assert.deepEqual(Object.keys(readInputs('publish-comment', (n) => n, {})).sort(), ['comment', 'comment-author', 'comment-key', 'config', 'github-token', 'interface', 'latency-p50-drift', 'load-time-drift', 'mode', 'report', 'thresholds']);
  });

  test("each setting's documented default is defaultConfig()'s value", () => {
    // Set away from the default first (the setting's example), then back to the documented default: the Config must
    // return to defaultConfig(). Setting the default onto a Config already built from it would prove nothing.
    let checked = 0;
    for (const { name } of fileSettings()) {
      const d = SETTINGS[name] as { default: string; example?: string; set: (c: Config, v: string, s: string) => void };
      if (d.default === '' || d.example === undefined || d.example === '' || d.example === d.default) continue;
      const config = defaultConfig();
      d.set(config, d.example, 'example');
      assert.notDeepEqual(config, defaultConfig(), `${name}: the example ${d.example} changes the Config`);
      d.set(config, d.default, 'defaults');
      assert.deepEqual(config, defaultConfig(), `${name}: the table says ${d.default}`);
      checked++;
    }
    assert.ok(checked >= 10, `${checked} settings with a default and an example`);
  });

  test('defaultConfig() leaves nothing undefined: every field is the skeleton\'s or a setting\'s default', () => {
    const undefinedLeaves = (value: unknown, path: string): string[] =>
      value === undefined ? [path] : value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => undefinedLeaves(v, `${path}.${k}`)) : [];
    assert.deepEqual(undefinedLeaves(defaultConfig(), 'config'), []);
    // Spot checks that the table's defaults arrived where the stages read them.
    assert.equal(defaultConfig().bench.budgetSeconds, 25);
    assert.equal(defaultConfig().level, 3);
    assert.equal(defaultConfig().variants.maxAccuracyDrop.text, '-0.5pp');
  });

  test('defaults: the Config of no setting at all is defaultConfig()', async () => {
    assert.deepEqual(withoutFile(await buildConfig({}, await scratch())), defaultConfig());
  });
});
