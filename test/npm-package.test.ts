// The npm package as a user gets it: `npm pack` of this repository, installed into a fresh project with nothing set (no
// ONNXRUNTIME_NODE_INSTALL, no allowScripts) by npm 11 (the machine's) and npm 12 (npm@12 through npx), then
// `npx model-gate compare` on Node 24 on the fixtures. The package depends on nothing, so the install runs no install
// script and builds nothing; its first run fetches the pinned onnxruntime-node (from a registry on loopback here,
// checked against the lockfile's integrity) and uses node:zlib's zstd. The verdict must be the repository CLI's.
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { TIMING_METRICS } from '../src/bench/bench.js';
import { ORT_PIN } from '../src/onnx/ort-pin.js';
import { candidate, cli, FIXTURES, NODE24, ROOT, run, scratch } from './helpers.js';
import { loopbackRegistry, NAMES, type PinnedName, pinnedTarballs } from './ort-registry.js';

const INSTALL_TIMEOUT = 5 * 60_000;
/**
 * The fixtures' gate, failing on accuracy. Timing is cut to the least the CLI takes and its thresholds are off: the
 * cold loads and timed runs still load the fetched onnxruntime, but an A/A timing verdict on a loaded machine would
 * only make the two verdicts differ by chance.
 */
const COMPARE = [
  ...['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('less-accurate'), '--eval-data', join(FIXTURES, 'eval')],
  ...['--load-samples', '1', '--latency-rounds', '1', '--latency-time-ms', '1', '--warmup-ms', '0', '--bench-budget', '1'],
  ...TIMING_METRICS.flatMap((metric) => ['--threshold', `${metric}=none`]),
];
const LIFECYCLE = ['preinstall', 'install', 'postinstall'];

/** The environment without what npm set for `npm test` (npm_config_*, npm_package_*, the repository's prefix), nor
 * the variables that steer an install or model-gate's fetch, nor a runner tool cache. */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|MODEL_GATE_|ONNXRUNTIME_NODE_INSTALL$|INIT_CWD$|RUNNER_TOOL_CACHE$|XDG_CACHE_HOME$|NODE_DEBUG$)/i.test(key)) env[key] = value;
  }
  return env;
}

/**
 * The machine's global npmrc, as the user's npm finds it. npm reads its global config from `<prefix>/etc/npmrc`,
 * the prefix being where the running Node lives, so putting Node 24 first on PATH would drop it — and with it a
 * machine's `cafile` or proxy, which are the user's settings. Seen on this machine (a TLS proxy whose CA that file
 * names), as a user without NODE_EXTRA_CA_CERTS: every registry request of `npx npm@12` failed three times with
 * SELF_SIGNED_CERT_IN_CHAIN before npm fell back to its cache, 141 s per call.
 */
const globalConfig = await (async () => {
  // Under `npm test`, the npm that started the suite says where its global config is; `npm` on PATH would run on the
  // Node 24 that `npm test` puts first (node_modules/.bin/node) and answer with that Node's prefix.
  if (process.env.npm_config_globalconfig) return process.env.npm_config_globalconfig;
  const r = await run('npm', ['config', 'get', 'globalconfig'], { cwd: tmpdir(), env: shellEnv() });
  assert.equal(r.code, 0, `npm config get globalconfig: ${r.stderr}`);
  return r.stdout.trim();
})();

/** The environment a user's shell would give npm: `shellEnv()`, the machine's global npmrc, and Node 24 first on PATH
 * (npm 12 needs Node ≥ 22.22). */
function userEnv(bin: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...shellEnv(), npm_config_globalconfig: globalConfig, PATH: `${bin}:${process.env.PATH ?? ''}`, ...extra };
}

interface Packed {
  tarball: string;
  size: number;
  unpackedSize: number;
  files: string[];
}

let packed: Packed;
let bin: string;
let tarballs: Record<PinnedName, Buffer>;

before(async () => {
  // Not scratch(): its clean-up would run when the first test ends, and the installs still need the tarball and bin/.
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-npm-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  bin = join(dir, 'bin');
  await mkdir(bin);
  await symlink(NODE24, join(bin, 'node'));
  const r = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, env: userEnv(bin) });
  assert.equal(r.code, 0, r.stderr);
  const [info] = JSON.parse(r.stdout) as Array<{ filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> }>;
  packed = { tarball: join(dir, info!.filename), size: info!.size, unpackedSize: info!.unpackedSize, files: info!.files.map((f) => f.path) };
  tarballs = await pinnedTarballs();
});

test('the tarball carries the bundle, the licences and no native code', (t) => {
  t.diagnostic(`tarball: ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.files.length} files`);
  assert.deepEqual(packed.files.filter((f) => f.includes('node_modules/') || f.endsWith('.node') || f.includes('.so') || f.endsWith('binding.gyp')), []);
  for (const file of ['dist/cli.js', 'dist/index.js', 'dist/side-child.js', 'dist/codec-worker.js', 'dist/THIRD_PARTY_NOTICES.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'action.yml', 'README.md']) {
    assert.ok(packed.files.includes(file), `${file} is in the tarball`);
  }
});

interface Route {
  npm: string;
  /** The command that runs this npm: the machine's, or a version from the registry through npx. */
  command: string[];
  /** How the first run is pointed at the loopback registry: model-gate's variable, or the project's npm config. */
  registry: 'MODEL_GATE_NPM_REGISTRY' | '.npmrc';
}

const ROUTES: Route[] = [
  { npm: '11', command: ['npm'], registry: 'MODEL_GATE_NPM_REGISTRY' },
  { npm: '12', command: ['npx', '-y', 'npm@12'], registry: '.npmrc' },
];

/** Every path below `dir`, relative, folders included. */
const pathsUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.split('\\').join('/'));

describe('npm install <tarball> in a fresh project, then npx model-gate compare', { concurrency: true }, () => {
  let repository: Promise<{ code: number | null; verdict: string; failing: string[] }>;
  // npx fetches npm 12 into the user's cache on first use: here, under a timeout of its own, so that the install
  // test's timeout covers the install alone.
  before(async () => {
    for (const route of ROUTES) {
      const r = await run(route.command[0]!, [...route.command.slice(1), '--version'], { cwd: tmpdir(), env: userEnv(bin) });
      assert.equal(r.code, 0, `${route.command.join(' ')} --version: ${r.stderr}`);
    }
  }, { timeout: 15 * 60_000 });
  before(() => {
    // The repository's own CLI (the clean copy's dist/, the action's vendored binaries) gives the verdict to match.
    repository = (async () => {
      const json = join(await scratch(), 'repository.json');
      const r = await cli([...COMPARE, '--json', json]);
      return { code: r.code, ...summary(JSON.parse(await readFile(json, 'utf8'))) };
    })();
  });

  for (const route of ROUTES) {
    test(`npm ${route.npm}, nothing set: no install script, then the repository's verdict (registry from ${route.registry})`, { timeout: INSTALL_TIMEOUT }, async (t) => {
      const project = await scratch();
      await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }, null, 2)}\n`);
      const env = userEnv(bin);
      const npm = (args: string[]) => run(route.command[0]!, [...route.command.slice(1), ...args], { cwd: project, env });
      const version = await npm(['--version']);
      assert.equal(version.code, 0, version.stderr);
      assert.equal(version.stdout.trim().split('.')[0], route.npm, `npm ${version.stdout.trim()}`);
      const started = Date.now();
      // --foreground-scripts: a lifecycle script that ran would print its "> name@version postinstall" banner here.
      const install = await npm(['install', '--no-audit', '--no-fund', '--foreground-scripts', packed.tarball]);
      t.diagnostic(`npm ${version.stdout.trim()}: install ${((Date.now() - started) / 1000).toFixed(1)} s`);
      assert.equal(install.code, 0, install.stdout + install.stderr);
      assert.doesNotMatch(install.stdout + install.stderr, new RegExp(`^> .*\\b(${LIFECYCLE.join('|')})$`, 'm'), 'a lifecycle script ran');

      // What npm installed: model-gate alone, with no lifecycle script and nothing for node-gyp to build.
      const query = await npm(['query', '*']);
      assert.equal(query.code, 0, query.stderr);
      const nodes = JSON.parse(query.stdout) as Array<{ name: string; scripts?: Record<string, string>; gypfile?: boolean }>;
      assert.deepEqual(nodes.map((n) => n.name).sort(), ['model-gate', 'user-project']);
      for (const node of nodes) {
        assert.deepEqual(LIFECYCLE.filter((s) => node.scripts?.[s]), [], `${node.name}'s install scripts`);
        assert.ok(!node.gypfile, `${node.name} has a binding.gyp`);
      }
      const modules = join(project, 'node_modules');
      assert.deepEqual(pathsUnder(modules).filter((p) => /(^|\/)build(\/|$)|\.node$|\.so(\.|$)|\.dylib$|\.dll$/.test(p)), [], 'nothing built, no native library');
      const manifest = JSON.parse(await readFile(join(modules, 'model-gate', 'package.json'), 'utf8')) as Record<string, unknown>;
      assert.deepEqual([manifest.dependencies, manifest.optionalDependencies], [undefined, undefined]);

      // A project's own onnxruntime-node of another version (its binary an empty file) is not loaded: only the pinned one.
      const own = join(modules, 'onnxruntime-node');
      await mkdir(join(own, 'bin', 'napi-v6', 'linux', 'x64'), { recursive: true });
      await writeFile(join(own, 'package.json'), JSON.stringify({ name: 'onnxruntime-node', version: '1.29.0', main: 'index.js' }));
      await writeFile(join(own, 'bin', 'napi-v6', 'linux', 'x64', 'onnxruntime_binding.node'), '');

      // The first run: onnxruntime-node from the registry (loopback here) into the user's cache; zstd from node:zlib.
      const registry = await loopbackRegistry(tarballs);
      const cache = await scratch();
      const firstRun = Date.now();
      // A registry in the project's .npmrc reaches model-gate as npm_config_registry, which npx sets for it.
      if (route.registry === '.npmrc') await writeFile(join(project, '.npmrc'), `registry=${registry.url}/\n`);
      const r = await run('npx', ['--no-install', 'model-gate', ...COMPARE, '--json', 'out.json'], {
        cwd: project,
        env: { ...env, XDG_CACHE_HOME: cache, NODE_DEBUG: 'model-gate', ...(route.registry === 'MODEL_GATE_NPM_REGISTRY' ? { MODEL_GATE_NPM_REGISTRY: registry.url } : {}) },
      });
      t.diagnostic(`first run (fetch and compare): ${((Date.now() - firstRun) / 1000).toFixed(1)} s`);
      const { version: ort } = ORT_PIN['onnxruntime-node'];
      const target = join(cache, 'model-gate', 'onnxruntime-node', `${ort}-linux-x64`);
      assert.ok(r.stderr.includes(`model-gate: fetching onnxruntime-node ${ort} for linux-x64 into ${target} (verified sha512)`), r.stderr);
      assert.deepEqual(registry.requests.sort(), NAMES.map((n) => `/${n}/-/${n}-${ORT_PIN[n].version}.tgz`).sort());
      const zstd = new Set([...r.stderr.matchAll(/^MODEL-GATE \d+: zstd: (\S+) /gm)].map((m) => m[1]));
      assert.deepEqual([...zstd], ['node:zlib'], 'the zstd binding that ran');

      const ours = { code: r.code, ...summary(JSON.parse(await readFile(join(project, 'out.json'), 'utf8'))) };
      assert.deepEqual(ours, await repository, r.stderr);
      assert.equal(ours.code, 1);
      assert.equal(ours.verdict, 'fail');
      assert.ok(ours.failing.includes('accuracy'), `failing: ${ours.failing}`);
    });
  }
});

function summary(report: { verdict: string; models: Array<{ checks: Array<{ metric: string; status: string }> }> }): { verdict: string; failing: string[] } {
  return { verdict: report.verdict, failing: report.models.flatMap((m) => m.checks.filter((c) => c.status === 'fail').map((c) => c.metric)).sort() };
}
