// The onnxruntime-node fetch path (src/onnx/provision.ts), as the action takes it on runners without a vendored copy:
// the real npm tarballs (npm pack, cached under .tmp/ by integrity) served from a registry on loopback. The gate runs
// from a dist/ copy that has no onnxruntime at all, so only the fetched copy can have been loaded, in the CLI process
// and in every cold-load child.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ORT_PIN } from '../src/onnx/ort-pin.js';
import { bindingFile, resolveOnnxRuntime } from '../src/onnx/provision.js';
import { extractTar } from '../src/onnx/untar.js';
import { candidate, cleanActionCopy, FAST_BENCH, FIXTURES, NODE24, ROOT, run, scratch } from './helpers.js';
import { loopbackRegistry, NAMES, type PinnedName, pinnedTarballs, type Registry, sha512 } from './ort-registry.js';

const fetchEnv = (registry: Registry, cache: string) => ({ RUNNER_TOOL_CACHE: cache, MODEL_GATE_ORT_FETCH: '1', MODEL_GATE_NPM_REGISTRY: registry.url });

/** Every file below `dir`, relative, with / separators. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split(sep).join('/'))
    .sort();

describe('onnxruntime-node fetched from a registry', () => {
  let tarballs: Record<PinnedName, Buffer>;
  before(async () => {
    tarballs = await pinnedTarballs();
  });

  test('the pin is package-lock.json\'s', async () => {
    const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8'));
    for (const name of NAMES) {
      const { version, integrity } = lock.packages[`node_modules/${name}`];
      assert.deepEqual(ORT_PIN[name], { version, integrity }, name);
    }
  });

  test('the fixtures\' gate runs from the fetched copy, gives the vendored copy\'s verdict, and a second run fetches nothing', async () => {
    const registry = await loopbackRegistry(tarballs);
    const cache = await scratch();
    const work = await scratch();
    // dist/ as the runner checks it out, less onnxruntime: what the action has on a platform nothing is vendored for.
    const vendored = join(await cleanActionCopy(), 'dist');
    const bare = await mkdtemp(join(tmpdir(), 'model-gate-no-ort-'));
    after(() => rm(bare, { recursive: true, force: true }));
    await cp(vendored, join(bare, 'dist'), { recursive: true, filter: (p) => !/[\\/]node_modules[\\/]onnxruntime-(node|common)$/.test(p) });
    assert.ok(!existsSync(join(bare, 'dist', 'node_modules', 'onnxruntime-node')));

    const gate = (dist: string, env: NodeJS.ProcessEnv, json: string) =>
      run(NODE24, [join(dist, 'cli.js'), 'compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('less-accurate'), '--eval-data', join(FIXTURES, 'eval'), '--json', join(work, json), ...FAST_BENCH], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      });
    const verdict = async (json: string) => JSON.parse(await readFile(join(work, json), 'utf8')).verdict as string;

    // Side by side: the vendored copy on Linux x64 (no request, even with a registry configured) and the fetched one.
    const [reference, fetched] = await Promise.all([
      gate(vendored, { RUNNER_TOOL_CACHE: await scratch(), MODEL_GATE_NPM_REGISTRY: registry.url }, 'vendored.json'),
      gate(join(bare, 'dist'), fetchEnv(registry, cache), 'fetched.json'),
    ]);
    assert.doesNotMatch(reference.stderr, /fetching onnxruntime-node/);
    const { version } = ORT_PIN['onnxruntime-node'];
    const target = join(cache, 'model-gate', 'onnxruntime-node', `${version}-linux-x64`);
    assert.ok(fetched.stderr.includes(`model-gate: fetching onnxruntime-node ${version} for linux-x64 into ${target} (verified sha512)`), fetched.stderr);
    assert.equal(fetched.code, reference.code, `${fetched.stderr}\n${reference.stderr}`);
    assert.equal(fetched.code, 1, fetched.stderr);
    assert.equal(await verdict('fetched.json'), await verdict('vendored.json'));
    // Two requests in all: the fetched run's, one per tarball; none from the vendored run.
    assert.deepEqual(registry.requests.sort(), NAMES.map((n) => `/${n}/-/${n}-${ORT_PIN[n].version}.tgz`).sort());
    // Only this platform's binaries and the JavaScript were extracted; no partial folder is left.
    assert.deepEqual(readdirSync(join(cache, 'model-gate', 'onnxruntime-node')), [`${version}-linux-x64`]);
    assert.deepEqual(readdirSync(join(target, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6')), ['linux']);

    const again = await gate(join(bare, 'dist'), fetchEnv(registry, cache), 'again.json');
    assert.equal(registry.requests.length, 2, 'the second run made a request');
    assert.doesNotMatch(again.stderr, /fetching onnxruntime-node/);
    assert.equal(again.code, reference.code, again.stderr);
    assert.equal(await verdict('again.json'), await verdict('vendored.json'));
  });

  test('a tampered tarball is refused, naming the URL and both hashes, and nothing reaches the cache', async () => {
    const tampered = Buffer.from(tarballs['onnxruntime-node']);
    tampered[tampered.length >> 1]! ^= 0x01;
    const registry = await loopbackRegistry({ ...tarballs, 'onnxruntime-node': tampered });
    const cache = await scratch();
    const { version, integrity } = ORT_PIN['onnxruntime-node'];
    const url = `${registry.url}/onnxruntime-node/-/onnxruntime-node-${version}.tgz`;
    await assert.rejects(resolveOnnxRuntime({ env: fetchEnv(registry, cache) }), (error: Error) => {
      assert.ok(error.message.startsWith(`refusing ${url}: its sha512 is not package-lock.json's`), error.message);
      assert.ok(error.message.includes(`expected ${integrity}, got ${sha512(tampered)}`), error.message);
      return true;
    });
    assert.deepEqual(await readdir(cache, { recursive: true }), []);
  });

  // The GitHub-hosted runners other than Linux x64 are not run here: for each, the package fetched for it must hold
  // the binary onnxruntime-node's loader requires there, built for that platform, with the libraries beside it.
  const RUNNERS = [
    { platform: 'linux', arch: 'x64', magic: 'elf', machine: 0x3e },
    { platform: 'linux', arch: 'arm64', magic: 'elf', machine: 0xb7 },
    { platform: 'darwin', arch: 'arm64', magic: 'macho', machine: 0x0100000c },
    { platform: 'win32', arch: 'x64', magic: 'pe', machine: 0x8664 },
  ] as const;
  for (const runner of RUNNERS) {
    test(`the package fetched for ${runner.platform}-${runner.arch} holds the binary its loader requires`, async () => {
      const registry = await loopbackRegistry(tarballs);
      const dir = await resolveOnnxRuntime({ env: fetchEnv(registry, await scratch()), platform: runner.platform, arch: runner.arch });
      // The path provision.ts checks is the one dist/binding.js requires.
      const loader = await readFile(join(dir, 'dist', 'binding.js'), 'utf8');
      assert.ok(loader.includes('require(`../bin/napi-v6/${process.platform}/${process.arch}/onnxruntime_binding.node`)'), loader);
      const binary = await readFile(join(dir, bindingFile(runner.platform, runner.arch)));
      assert.equal(machineOf(binary, runner.magic), runner.machine, `${runner.platform}-${runner.arch} binding's machine`);
      // Every library beside it in the package (the dylib, the DLLs) came along, and no other platform's.
      const installed = join(ROOT, 'node_modules', 'onnxruntime-node');
      assert.deepEqual(filesUnder(join(dir, 'bin')), filesUnder(join(installed, 'bin', 'napi-v6', runner.platform, runner.arch)).map((f) => `napi-v6/${runner.platform}/${runner.arch}/${f}`));
      assert.ok(existsSync(join(dir, '..', 'onnxruntime-common', 'package.json')));
    });
  }
});

/** The target machine of an ELF (e_machine), a 64-bit Mach-O (cputype) or a PE (COFF Machine) file. */
function machineOf(binary: Buffer, magic: 'elf' | 'macho' | 'pe'): number {
  if (magic === 'elf') {
    assert.equal(binary.subarray(0, 4).toString('latin1'), '\x7fELF');
    return binary.readUInt16LE(18);
  }
  if (magic === 'macho') {
    assert.equal(binary.readUInt32LE(0), 0xfeedfacf);
    return binary.readUInt32LE(4);
  }
  assert.equal(binary.subarray(0, 2).toString('latin1'), 'MZ');
  const pe = binary.readUInt32LE(0x3c);
  assert.equal(binary.subarray(pe, pe + 4).toString('latin1'), 'PE\0\0');
  return binary.readUInt16LE(pe + 4);
}

describe('the tar reader', () => {
  /** A one-entry ustar archive. */
  const archive = (name: string, type: string, body = Buffer.alloc(0)) => {
    const header = Buffer.alloc(512);
    header.write(name, 0, 'utf8');
    header.write('0000644\0', 100, 'latin1');
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    header.write('00000000000\0', 136, 'latin1');
    header.write(type, 156, 'latin1');
    header.write('ustar\x0000', 257, 'latin1');
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
    body.copy(padded);
    return Buffer.concat([header, padded, Buffer.alloc(1024)]);
  };

  test('writes regular files below the top folder', async () => {
    const into = await scratch();
    assert.deepEqual(await extractTar(archive('package/dist/a.js', '0', Buffer.from('x')), into, () => true), ['dist/a.js']);
    assert.equal(await readFile(join(into, 'dist', 'a.js'), 'utf8'), 'x');
  });

  for (const [name, type, why] of [
    ['package/../../escape.js', '0', /climbs out/],
    ['/etc/passwd', '0', /absolute/],
    ['package/link', '2', /only regular files and folders/],
    ['package/hard', '1', /only regular files and folders/],
    ['package/dev', '3', /only regular files and folders/],
  ] as const) {
    test(`refuses ${name} (type ${type}), even where nothing would be kept`, async () => {
      const into = await scratch();
      await assert.rejects(extractTar(archive(name, type), into, () => false), why);
      assert.deepEqual(await readdir(into), []);
    });
  }
});
