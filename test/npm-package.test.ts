// The npm package as a user gets it: `npm pack` of this repository, installed with the npm registry into a fresh
// project, then `npx model-gate compare` on the fixtures — with npm 11 (the machine's) and npm 12 (npm@12 through npx).
// Each npm takes the route the README gives its users to keep onnxruntime-node from downloading CUDA: npm 11 the
// ONNXRUNTIME_NODE_INSTALL=skip environment variable, npm 12 the project's allowScripts alone.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { candidate, cli, FAST_BENCH, FIXTURES, NODE24, ROOT, run, scratch } from './helpers.js';

const INSTALL_TIMEOUT = 15 * 60_000;
/** The only packages dist/ loads at run time that esbuild does not bundle. */
const RUNTIME_DEPENDENCIES = ['onnxruntime-node', 'zstd-napi'];
/** What onnxruntime-node's install script fetches on Linux x64 (script/install-metadata.js, 'linux/x64:cuda12'). */
const CUDA_FILES = ['libonnxruntime_providers_cuda.so', 'libonnxruntime_providers_shared.so', 'libonnxruntime_providers_tensorrt.so'];
const COMPARE = ['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('less-accurate'), '--eval-data', join(FIXTURES, 'eval'), ...FAST_BENCH];

/**
 * The environment a user's shell would give npm: nothing npm set for `npm test` (npm_config_*, npm_package_*, the
 * repository's prefix), no ONNXRUNTIME_NODE_INSTALL unless the route sets it, and Node 24 first on PATH (npm 12 needs
 * Node ≥ 22.22; model-gate needs ≥ 22).
 */
function userEnv(bin: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'ONNXRUNTIME_NODE_INSTALL' && key !== 'INIT_CWD') env[key] = value;
  }
  return { ...env, PATH: `${bin}:${process.env.PATH ?? ''}`, ...extra };
}

interface Packed {
  tarball: string;
  size: number;
  unpackedSize: number;
  files: string[];
}

let packed: Packed;
let bin: string;

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
});

test('the tarball carries the bundle, the licences and no vendored binaries', (t) => {
  t.diagnostic(`tarball: ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.files.length} files`);
  assert.deepEqual(packed.files.filter((f) => f.includes('node_modules/') || f.endsWith('.node') || f.includes('.so')), []);
  for (const file of ['dist/cli.js', 'dist/index.js', 'dist/load-child.js', 'dist/codec-worker.js', 'dist/THIRD_PARTY_NOTICES.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'action.yml', 'README.md']) {
    assert.ok(packed.files.includes(file), `${file} is in the tarball`);
  }
});

interface Route {
  npm: string;
  /** The command that runs this npm: the machine's, or a version from the registry through npx. */
  command: string[];
  allowScripts?: Record<string, boolean>;
  env: NodeJS.ProcessEnv;
}

const ROUTES: Route[] = [
  { npm: '11', command: ['npm'], env: { ONNXRUNTIME_NODE_INSTALL: 'skip' } },
  { npm: '12', command: ['npx', '-y', 'npm@12'], allowScripts: { 'zstd-napi': true, 'onnxruntime-node': false, protobufjs: false }, env: {} },
];

describe('npm install <tarball> in a fresh project, then npx model-gate compare', { concurrency: true }, () => {
  let repository: Promise<{ code: number | null; verdict: string; failing: string[] }>;
  before(() => {
    // The repository's own CLI (the clean copy's dist/, the action's vendored binaries) gives the verdict to match.
    repository = (async () => {
      const json = join(await scratch(), 'repository.json');
      const r = await cli([...COMPARE, '--json', json]);
      return { code: r.code, ...summary(JSON.parse(await readFile(json, 'utf8'))) };
    })();
  });

  for (const route of ROUTES) {
    test(`npm ${route.npm}${route.allowScripts ? ' with allowScripts' : ' with ONNXRUNTIME_NODE_INSTALL=skip'}`, { timeout: INSTALL_TIMEOUT }, async (t) => {
      const project = await scratch();
      await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'user-project', version: '1.0.0', private: true, ...(route.allowScripts ? { allowScripts: route.allowScripts } : {}) }, null, 2)}\n`);
      const env = userEnv(bin, route.env);
      const version = await run(route.command[0]!, [...route.command.slice(1), '--version'], { cwd: project, env });
      assert.equal(version.code, 0, version.stderr);
      assert.equal(version.stdout.trim().split('.')[0], route.npm, `npm ${version.stdout.trim()}`);
      const started = Date.now();
      const install = await run(route.command[0]!, [...route.command.slice(1), 'install', '--no-audit', '--no-fund', packed.tarball], { cwd: project, env });
      t.diagnostic(`npm ${version.stdout.trim()}: install ${((Date.now() - started) / 1000).toFixed(1)} s`);
      assert.equal(install.code, 0, install.stdout + install.stderr);

      const modules = join(project, 'node_modules');
      const ortBin = join(modules, 'onnxruntime-node', 'bin', 'napi-v6', 'linux', 'x64');
      assert.ok(existsSync(join(ortBin, 'onnxruntime_binding.node')), 'onnxruntime-node is installed');
      assert.deepEqual((await readdir(ortBin)).filter((f) => CUDA_FILES.includes(f)), [], 'no CUDA download');
      assert.ok(existsSync(join(modules, 'zstd-napi', 'build', 'Release', 'binding.node')), 'zstd-napi was built (its install script ran)');
      assert.ok(!existsSync(join(modules, 'model-gate', 'dist', 'node_modules')), 'the native packages load from the install, not a vendored copy');
      const manifest = JSON.parse(await readFile(join(modules, 'model-gate', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      assert.deepEqual(Object.keys(manifest.dependencies).sort(), RUNTIME_DEPENDENCIES);
      for (const bundled of ['@actions/core', '@octokit/core', 'zod', 'yaml', 'tinybench']) {
        assert.ok(!existsSync(join(modules, bundled)), `${bundled} is bundled in dist/, not installed`);
      }

      const r = await run('npx', ['--no-install', 'model-gate', ...COMPARE, '--json', 'out.json'], { cwd: project, env });
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
