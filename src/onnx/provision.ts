// Where onnxruntime-node comes from: the copy vendored in dist/node_modules (the action on Linux x64), else the version
// pinned from package-lock.json, fetched from the npm registry into the user's cache (the tool cache on a runner) and
// checked against the lockfile's integrity before a byte of it is extracted. The npm package carries no onnxruntime and
// depends on none, so `npm install model-gate` runs no install script: its first run on any platform fetches this way.
// Only files are extracted: no install script of the package ever runs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ORT_PIN } from './ort-pin.js';
import { useOnnxRuntime } from './runtime.js';
import { extractTar } from './untar.js';

const DEFAULT_REGISTRY = 'https://registry.npmjs.org';

interface ProvisionOptions {
  env?: NodeJS.ProcessEnv;
  /** The platform and architecture to provision for; this process's by default (the tests fetch for each runner's). */
  platform?: string;
  arch?: string;
  log?: (line: string) => void;
}

/** What dist/binding.js of onnxruntime-node requires, relative to the package folder. */
export function bindingFile(platform: string, arch: string): string {
  return `bin/napi-v6/${platform}/${arch}/onnxruntime_binding.node`;
}

/** Resolves the package (see the file's head) and makes it the one this process and the cold-load children load. */
export async function provisionOnnxRuntime(log: (line: string) => void): Promise<void> {
  useOnnxRuntime(await resolveOnnxRuntime({ log }));
}

/**
 * The folder of an onnxruntime-node package with this platform's binary. MODEL_GATE_ORT_FETCH=1 skips the resolvable
 * copy (to test the fetch path where one is vendored). The fetch asks MODEL_GATE_NPM_REGISTRY, else the registry npm
 * hands `npx model-gate` (npm_config_registry, set when the user's npm config names one), else registry.npmjs.org.
 */
export async function resolveOnnxRuntime(options: ProvisionOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (env.MODEL_GATE_ORT_FETCH !== '1') {
    const local = resolvable(platform, arch);
    if (local) return local;
  }
  return fetched(env, platform, arch, options.log ?? (() => {}));
}

/**
 * The copy Node resolves from here, if it is the pinned version with this platform's binary: dist/node_modules in the
 * action. In the npm package Node looks on into the user's project, whose own onnxruntime-node (any version, installed
 * any way) is used only when it is the very version pinned.
 */
function resolvable(platform: string, arch: string): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('onnxruntime-node/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
    const dir = dirname(manifest);
    return version === ORT_PIN['onnxruntime-node'].version && existsSync(join(dir, bindingFile(platform, arch))) ? dir : null;
  } catch {
    return null;
  }
}

/** The tool cache on a runner; elsewhere the user's cache folder. */
function cacheRoot(env: NodeJS.ProcessEnv, platform: string): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'model-gate');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'model-gate', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'model-gate');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'model-gate');
}

async function fetched(env: NodeJS.ProcessEnv, platform: string, arch: string, log: (line: string) => void): Promise<string> {
  const { version } = ORT_PIN['onnxruntime-node'];
  const root = join(cacheRoot(env, platform), 'onnxruntime-node');
  // One folder per version and platform, renamed into place whole: if it exists, it is complete.
  const target = join(root, `${version}-${platform}-${arch}`);
  const pkg = join(target, 'node_modules', 'onnxruntime-node');
  if (existsSync(join(pkg, bindingFile(platform, arch)))) return pkg;

  const registry = (env.MODEL_GATE_NPM_REGISTRY || env.npm_config_registry || DEFAULT_REGISTRY).replace(/\/+$/, '');
  const ort = await verifiedTarball(registry, 'onnxruntime-node');
  const common = await verifiedTarball(registry, 'onnxruntime-common');
  log(`fetching onnxruntime-node ${version} for ${platform}-${arch} into ${target} (verified sha512)`);

  await mkdir(root, { recursive: true });
  const partial = await mkdtemp(join(root, '.partial-'));
  try {
    const bin = `${dirname(bindingFile(platform, arch))}/`;
    // This platform's binaries and the JavaScript; not the other platforms' (~250 MB), the install scripts or sources.
    const kept = await extractTar(gunzipSync(ort), join(partial, 'node_modules', 'onnxruntime-node'), (p) =>
      p === 'package.json' || (p.startsWith('dist/') && p.endsWith('.js')) || p.startsWith(bin),
    );
    if (!kept.includes(bindingFile(platform, arch))) {
      const shipped = 'linux-x64, linux-arm64, darwin-arm64, win32-x64, win32-arm64';
      throw new Error(`onnxruntime-node ${version} has no binary for ${platform}-${arch} (its npm package carries ${shipped})`);
    }
    await extractTar(gunzipSync(common), join(partial, 'node_modules', 'onnxruntime-common'), () => true);
    try {
      await rename(partial, target);
    } catch (error) {
      // Another process finished first: its copy is as good (the same verified bytes).
      if (!existsSync(join(pkg, bindingFile(platform, arch)))) throw error;
    }
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return pkg;
}

/** The package's tarball, refused unless its sha512 is package-lock.json's. */
async function verifiedTarball(registry: string, name: keyof typeof ORT_PIN): Promise<Buffer> {
  const { version, integrity } = ORT_PIN[name];
  const url = `${registry}/${name}/-/${name}-${version}.tgz`;
  let bytes: Buffer;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new Error(`cannot fetch ${name} ${version} from ${url}: ${(error as Error).message}`);
  }
  const actual = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  if (actual !== integrity) {
    throw new Error(
      `refusing ${url}: its sha512 is not package-lock.json's for ${name} ${version} (expected ${integrity}, got ${actual}); nothing was extracted`,
    );
  }
  return bytes;
}
