// Hostile inputs at the file-system edges, through the built CLI as a user (or an attacker's pull request) meets it.
// Every case asserts the same contract: the expected exit code with one line naming the user's path and the problem, no
// stack trace, no hang (a per-case timeout kills it), no temporary or partial file left, nothing written outside the
// output folder, and no byte of a linked file's content in any output. The pack format's own hostile cases (truncated
// frames, bombs, wrong digests, traversal in names) are in codec-hostile.test.ts.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { zipSync } from 'fflate';
import onnxProto from 'onnx-proto';
import { builtCli, candidate, cleanActionCopy, FAST_BENCH, FIXTURES, NODE24, scratch } from './helpers.js';

const { onnx } = onnxProto;
const SECRET = 'SECRET-TOKEN-0123456789';
const TIMEOUT_MS = 60_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI process, in bytes. */
  peakRss: number;
  timedOut: boolean;
}

/** Runs the built CLI with a timeout; records its peak RSS from inside the process (a preload writes it at exit). */
async function runCli(args: string[], cwd: string, options: { uid?: number; gid?: number } = {}): Promise<Outcome> {
  const rssFile = join(cwd, '..', `rss-${process.hrtime.bigint()}`);
  const preload = `data:text/javascript,import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS * 1024)));`;
  const child = spawn(NODE24, ['--import', preload, await builtCli(), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const peakRss = Number(await readFile(rssFile, 'utf8').catch(() => '0'));
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), peakRss, timedOut };
}

/** Every file and folder under `dir`, relative, with symbolic links not followed. */
async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) out.push(relative(dir, join(entry.parentPath, entry.name)));
  return out.sort();
}

/**
 * A case's world: `work/` is the working directory (the checkout), `outside/` a folder the run must never write to, and
 * `outside/secret` a file whose content must never appear anywhere.
 */
async function world(): Promise<{ root: string; work: string; outside: string; secret: string }> {
  const root = await scratch();
  const work = join(root, 'work');
  const outside = join(root, 'outside');
  await mkdir(work);
  await mkdir(outside);
  const secret = join(outside, 'secret');
  await writeFile(secret, `${SECRET}\n`);
  return { root, work, outside, secret };
}

interface Expect {
  code: number;
  /** What the one line must say. */
  message: RegExp;
  /** Peak RSS ceiling for the bomb cases. */
  maxRssBytes?: number;
}

async function expectRefusal(w: Awaited<ReturnType<typeof world>>, args: string[], expect: Expect, options: { uid?: number; gid?: number } = {}): Promise<Outcome> {
  const outsideBefore = await tree(w.outside);
  const r = await runCli(args, w.work, options);
  const context = `${args.join(' ')}\n${r.stderr}${r.stdout}`;
  assert.ok(!r.timedOut, `hung: killed after ${TIMEOUT_MS} ms\n${context}`);
  assert.equal(r.code, expect.code, context);
  // Progress lines ("model-gate: [1/1] model — phase (0.1 s)") aside.
  const lines = r.stderr.trim().split('\n').filter((l) => !/^model-gate: \[\d+\/\d+\] /.test(l));
  assert.equal(lines.length, 1, `one line\n${context}`);
  assert.match(lines[0]!, expect.message, context);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `no stack trace\n${context}`);
  assert.ok(!`${r.stdout}${r.stderr}`.includes(SECRET), `the linked file's content leaked\n${context}`);
  for (const file of await tree(w.work)) {
    assert.doesNotMatch(file, /\.tmp$/, `a temporary file was left: ${file}`);
    const info = await lstat(join(w.work, file));
    if (info.isFile()) assert.ok(!(await readFile(join(w.work, file), 'utf8')).includes(SECRET), `${file} holds the secret`);
  }
  assert.deepEqual(await tree(w.outside), outsideBefore, 'nothing was written outside');
  assert.equal(await readFile(w.secret, 'utf8'), `${SECRET}\n`);
  if (expect.maxRssBytes !== undefined) assert.ok(r.peakRss > 0 && r.peakRss <= expect.maxRssBytes, `peak RSS ${r.peakRss} bytes, over ${expect.maxRssBytes}`);
  return r;
}

/** A copy of the fixture baseline pack at work/pack, and the candidate at work/models/iris.onnx. */
async function withPack(w: Awaited<ReturnType<typeof world>>): Promise<void> {
  await cp(join(FIXTURES, 'baseline'), join(w.work, 'pack'), { recursive: true });
  await mkdir(join(w.work, 'models'));
  await cp(candidate('unchanged'), join(w.work, 'models', 'iris.onnx'));
}

const compareArgs = ['compare', '--baseline', 'pack', '--candidate', 'models/iris.onnx', ...FAST_BENCH, '--bench-budget', '1'];

describe('symbolic links are never followed into, nor written through', () => {
  test('a manifest.json that links elsewhere is refused without quoting its target', async () => {
    const w = await world();
    await withPack(w);
    await writeFile(join(w.work, 'pack', 'manifest.json'), '');
    await symlinkOver(w.secret, join(w.work, 'pack', 'manifest.json'));
    await expectRefusal(w, compareArgs, { code: 2, message: /pack\/manifest\.json: manifest is a symbolic link/ });
  });

  test('a packed file that links elsewhere is refused', async () => {
    const w = await world();
    await withPack(w);
    await symlinkOver(w.secret, join(w.work, 'pack', 'iris.onnx.zst'));
    await expectRefusal(w, compareArgs, { code: 2, message: /pack\/iris\.onnx\.zst: packed file is a symbolic link/ });
  });

  test('an eval tensor that links elsewhere is refused', async () => {
    const w = await world();
    await withPack(w);
    await cp(join(FIXTURES, 'eval'), join(w.work, 'eval'), { recursive: true });
    await symlinkOver(w.secret, join(w.work, 'eval', 'test_data_set_0', 'input_0.pb'));
    await expectRefusal(w, [...compareArgs, '--eval-data', 'eval'], { code: 2, message: /eval\/test_data_set_0\/input_0\.pb: (eval data file )?is a symbolic link/ });
  });

  test('a config file that links elsewhere is refused', async () => {
    const w = await world();
    await withPack(w);
    await symlink(w.secret, join(w.work, 'model-gate.yml'));
    await expectRefusal(w, compareArgs, { code: 2, message: /model-gate\.yml: config file is a symbolic link/ });
  });

  test('an --out folder that is a link, or inside one, is not written through', async () => {
    const w = await world();
    await withPack(w);
    await symlink(w.outside, join(w.work, 'out'));
    await expectRefusal(w, ['pack', 'models/iris.onnx', '--out', 'out'], { code: 2, message: /out: pack folder is a symbolic link/ });
    await expectRefusal(w, ['pack', 'models/iris.onnx', '--out', 'out/pack'], { code: 2, message: /out: the folder for the pack folder is a symbolic link/ });
    await expectRefusal(w, ['run', 'models/iris.onnx', '--out', 'out/pack', '--baseline', 'pack', ...FAST_BENCH], { code: 2, message: /out: the folder for the pack folder is a symbolic link/ });
    await expectRefusal(w, ['unpack', 'pack', '--out', 'out'], { code: 2, message: /out: output folder is a symbolic link/ });
  });

  test('a --json path that is a link is refused before the benchmark', async () => {
    const w = await world();
    await withPack(w);
    await symlink(join(w.outside, 'report.json'), join(w.work, 'report.json'));
    const r = await expectRefusal(w, [...compareArgs, '--json', 'report.json'], { code: 2, message: /report\.json: JSON report \(--json\) is a symbolic link/ });
    assert.equal(r.stdout, '', 'refused before anything was measured');
  });
});

describe('untrusted names reach the log neutralised', () => {
  test('a model file name with a newline cannot start a workflow command', async () => {
    const w = await world();
    const name = 'evil\n::error title=pwned::owned\n::add-mask::x ##[error]old.onnx';
    await cp(candidate('unchanged'), join(w.work, name));
    const r = await runCli(['pack', name, '--out', 'out'], w.work);
    assert.equal(r.code, 0, r.stderr);
    // The runner reads `::name::` at a line's start and, through its older parser, `##[name]` anywhere in a line.
    for (const line of `${r.stdout}${r.stderr}`.split(/\r?\n|\r/)) {
      assert.ok(!/^\s*::/.test(line) && !line.includes('##['), `a line would run a workflow command: ${JSON.stringify(line)}`);
    }
    assert.match(r.stdout, /^evil\\n:\u200b:error title=pwned:\u200b:owned\\n:\u200b:add-mask:\u200b:x #\u200b#\[error\]old: /);
  });
});

describe('special files never hang a run, nor get replaced', () => {
  const fifo = (path: string) => execFileSync('mkfifo', [path]);

  test('a FIFO as manifest.json, as a packed file, as the config: refused at once', async () => {
    for (const [place, message] of [
      ['pack/manifest.json', /pack\/manifest\.json: manifest is a FIFO \(named pipe\), not a regular file/],
      ['pack/iris.onnx.zst', /pack\/iris\.onnx\.zst: packed file is a FIFO/],
      ['model-gate.yml', /model-gate\.yml: config file is a FIFO/],
      ['eval/test_data_set_0/input_0.pb', /eval\/test_data_set_0\/input_0\.pb: eval data file is a FIFO/],
    ] as const) {
      const w = await world();
      await withPack(w);
      await cp(join(FIXTURES, 'eval'), join(w.work, 'eval'), { recursive: true });
      await rmIfThere(join(w.work, place));
      fifo(join(w.work, place));
      await expectRefusal(w, [...compareArgs, '--eval-data', 'eval'], { code: 2, message });
    }
  });

  test('--config /dev/zero is refused without reading it', async () => {
    const w = await world();
    await withPack(w);
    await expectRefusal(w, [...compareArgs, '--config', '/dev/zero'], { code: 2, message: /\/dev\/zero: config file is a device, not a regular file/, maxRssBytes: 200 << 20 });
  });

  test('--json /dev/null is refused before the benchmark, and /dev/null stays a device', async () => {
    const w = await world();
    await withPack(w);
    await expectRefusal(w, [...compareArgs, '--json', '/dev/null'], { code: 2, message: /\/dev\/null: JSON report \(--json\) is a device; give a path for a regular file/ });
    assert.ok((await lstat('/dev/null')).isCharacterDevice());
  });

  test('as an unprivileged user too: --json /dev/null is refused up front, not a crash after the benchmark', async (t) => {
    const w = await world();
    await withPack(w);
    // As root, switch to nobody; as anyone else (GitHub's runners), this process's user is already unprivileged.
    let user: { uid: number; gid: number } | undefined;
    if (process.getuid!() === 0) {
      // The bundle and the world must be readable by nobody (scratch folders are private to root).
      for (const dir of [w.outside, await cleanActionCopy()]) await chmod(dir, 0o755);
      await chmod(w.root, 0o777);
      execFileSync('chmod', ['-R', 'a+rX', w.work, await cleanActionCopy()]);
      execFileSync('chmod', ['a+rwx', w.work]);
      user = { uid: 65534, gid: 65534 };
    }
    t.diagnostic(`run as uid ${user?.uid ?? process.getuid!()}`);
    await expectRefusal(w, [...compareArgs, '--json', '/dev/null'], { code: 2, message: /\/dev\/null: JSON report \(--json\) is a device/ }, user);
  });
});

describe('outputs appear whole or not at all', () => {
  test('pack into a folder whose manifest.json is a directory: refused before anything is written', async () => {
    const w = await world();
    await withPack(w);
    await mkdir(join(w.work, 'out', 'manifest.json'), { recursive: true });
    await expectRefusal(w, ['pack', 'models/iris.onnx', '--out', 'out'], { code: 2, message: /out: the pack folder holds "manifest\.json", which is not part of a pack/ });
    assert.deepEqual(await tree(join(w.work, 'out')), ['manifest.json']);
  });

  test('pack into a folder of other files is refused; into an earlier pack, replaces it whole', async () => {
    const w = await world();
    await withPack(w);
    await writeFile(join(w.work, 'notes.txt'), 'mine');
    await expectRefusal(w, ['pack', 'models/iris.onnx', '--out', '.'], { code: 2, message: /\.: the pack folder holds "[^"]+", which is not part of a pack/ });
    const again = await runCli(['pack', 'models/iris.onnx', '--out', 'pack', '--codec', 'onnx-planes'], w.work);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(await readdir(join(w.work, 'pack')), ['iris.onnx.planes', 'manifest.json'].sort(), 'the old iris.onnx.zst went with the old pack');
  });

  test('unpack where a restored name is taken by a folder: refused before decoding, the folder untouched', async () => {
    const w = await world();
    await withPack(w);
    await mkdir(join(w.work, 'restored', 'iris.onnx'), { recursive: true });
    await expectRefusal(w, ['unpack', 'pack', '--out', 'restored'], { code: 2, message: /restored\/iris\.onnx: restored file is a directory/ });
    assert.deepEqual(await tree(join(w.work, 'restored')), ['iris.onnx']);
  });

  test('run with unusable eval data leaves no pack in --out', async () => {
    const w = await world();
    await withPack(w);
    await mkdir(join(w.work, 'eval', 'test_data_set_0'), { recursive: true });
    await writeFile(join(w.work, 'eval', 'test_data_set_0', 'input_0.pb'), 'not a tensor');
    await expectRefusal(w, ['run', 'models/iris.onnx', '--out', 'out', '--baseline', 'pack', '--eval-data', 'eval', ...FAST_BENCH], { code: 2, message: /eval\/test_data_set_0\/input_0\.pb: / });
    assert.ok(!existsSync(join(w.work, 'out')), 'no pack that looks publishable');
  });

  test('an --out that is a file, a --json that is a folder: one line, before the benchmark', async () => {
    const w = await world();
    await withPack(w);
    await writeFile(join(w.work, 'out'), 'a file');
    await expectRefusal(w, ['pack', 'models/iris.onnx', '--out', 'out'], { code: 2, message: /out: pack folder is a regular file; give a folder/ });
    await mkdir(join(w.work, 'r.json'));
    const r = await expectRefusal(w, [...compareArgs, '--json', 'r.json'], { code: 2, message: /r\.json: JSON report \(--json\) is a directory/ });
    assert.equal(r.stdout, '');
  });
});

describe('sizes are capped before anything is read', () => {
  test('an .npz bomb: a member declaring 768 MiB is refused before it is inflated, in bounded memory', async () => {
    const w = await world();
    await withPack(w);
    await mkdir(join(w.work, 'eval'));
    await writeFile(join(w.work, 'eval', 'inputs.npz'), npzDeclaring(zerosNpy(1 << 20), 768 << 20));
    await expectRefusal(w, [...compareArgs, '--eval-data', 'eval'], { code: 2, message: /eval\/inputs\.npz: member "x\.npy" inflates to 805306368 bytes .* over the \d+-byte limit for eval data/, maxRssBytes: 250 << 20 });
  });

  test('an .npz member inflating to far more than it declares: inflating stops at the declared size, refused at once', async () => {
    const w = await world();
    await withPack(w);
    await mkdir(join(w.work, 'eval'));
    // 64 MiB of zeros deflate to about 64 kB; the archive says the member is 1000 bytes.
    await writeFile(join(w.work, 'eval', 'inputs.npz'), npzDeclaring(zerosNpy(16 << 20), 1000));
    await expectRefusal(w, [...compareArgs, '--eval-data', 'eval'], { code: 2, message: /eval\/inputs\.npz: member "x\.npy" inflates to more than the 1000 bytes it declares/, maxRssBytes: 250 << 20 });
  });

  test('a model declaring an input of 10^12 elements: refused by name before any synthetic input is made', async () => {
    const w = await world();
    const float = onnx.TensorProto.DataType.FLOAT;
    const shape = { dim: [{ dimValue: 100000 }, { dimValue: 100000 }, { dimValue: 100 }] };
    const graph = { name: 'g', input: [{ name: 'x', type: { tensorType: { elemType: float, shape } } }], output: [{ name: 'y', type: { tensorType: { elemType: float, shape } } }], node: [{ opType: 'Identity', input: ['x'], output: ['y'] }] };
    await writeFile(join(w.work, 'huge.onnx'), onnx.ModelProto.encode({ irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph }).finish());
    await expectRefusal(w, ['compare', '--candidate', 'huge.onnx', ...FAST_BENCH], { code: 2, message: /huge\.onnx: input "x" has fixed dims \[100000, 100000, 100\], 4000000000000 bytes of float32, over the \d+ bytes model-gate synthesises/, maxRssBytes: 300 << 20 });
  });

  test('a model whose subgraphs nest 70 deep is refused, not a stack overflow', async () => {
    const w = await world();
    // If nodes inside If nodes: each then_branch graph holds the next If (else_branch stays a leaf, or the size doubles per level).
    const leaf: onnxProto.onnx.IGraphProto = { name: 'leaf', output: [{ name: 'y' }], node: [{ opType: 'Identity', input: ['x'], output: ['y'] }] };
    let graph = leaf;
    for (let depth = 0; depth < 70; depth++) {
      const branch = (name: string, g: onnxProto.onnx.IGraphProto) => ({ name, type: onnx.AttributeProto.AttributeType.GRAPH, g });
      graph = { name: `g${depth}`, output: [{ name: 'y' }], node: [{ opType: 'If', input: ['c'], output: ['y'], attribute: [branch('then_branch', graph), branch('else_branch', leaf)] }] };
    }
    const model = onnx.ModelProto.encode({ irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph }).finish();
    await writeFile(join(w.work, 'deep.onnx'), model);
    await expectRefusal(w, ['pack', 'deep.onnx', '--out', 'out'], { code: 2, message: /deep\.onnx: subgraphs nested more than 64 deep/ });
  });

  test('a 200 MB manifest.json is refused by its size', async () => {
    const w = await world();
    await withPack(w);
    const handle = await open(join(w.work, 'pack', 'manifest.json'), 'r+');
    await handle.truncate(200e6);
    await handle.close();
    await expectRefusal(w, compareArgs, { code: 2, message: /pack\/manifest\.json: manifest is larger than \d+ bytes/, maxRssBytes: 200 << 20 });
  });
});

describe('config files: bounded, and never quoted', () => {
  test('a config file of 4 MiB is read; one byte more is refused by its size', async () => {
    const w = await world();
    await withPack(w);
    // Exactly 4 MiB of YAML ending in an unknown key: refused for that key, so it was read and parsed whole.
    const tail = 'no-such-setting: 1\n';
    const padding = '#'.repeat(1023) + '\n';
    const body = padding.repeat((4 << 20) / padding.length - 1) + padding.slice(0, padding.length - tail.length - 1) + '\n' + tail;
    assert.equal(Buffer.byteLength(body), 4 << 20);
    await writeFile(join(w.work, 'model-gate.yml'), body);
    await expectRefusal(w, compareArgs, { code: 2, message: /model-gate\.yml: unknown key "no-such-setting"/ });
    await writeFile(join(w.work, 'model-gate.yml'), body + '\n');
    await expectRefusal(w, compareArgs, { code: 2, message: /model-gate\.yml: config file is larger than 4194304 bytes/, maxRssBytes: 200 << 20 });
  });

  test('a malformed YAML config holding a secret is refused by position, never quoting it', async () => {
    const w = await world();
    await withPack(w);
    const cases: Array<[string, RegExp]> = [
      // yaml's own message for an unresolved alias quotes the alias.
      [`level: *${SECRET}\n`, /model-gate\.yml: not valid YAML$/],
      [`level: 3\n  token: ${SECRET}: x\n`, /model-gate\.yml: not valid YAML at line 1, column 8 \(block as implicit key\)$/],
      [`level: "${SECRET}\n`, /model-gate\.yml: not valid YAML at line 2, column 1 \(missing char\)$/],
      [`${SECRET}: 1\n${SECRET}: 2\n`, /model-gate\.yml: not valid YAML at line 2, column 1 \(duplicate key\)$/],
      // An unknown tag is a warning yaml writes to stderr, quoting the line; the value is then refused like any other.
      [`compression-level: !${SECRET} x\n`, /model-gate\.yml.*compression-level.*"x"/],
    ];
    // Outside the checkout, where a file may hold the secret (the checkout is searched for it after each run).
    const config = join(w.outside, 'model-gate.yml');
    for (const [text, message] of cases) {
      await writeFile(config, text);
      await expectRefusal(w, [...compareArgs, '--config', config], { code: 2, message });
    }
  });
});

/** An .npz whose one member is `npy`, deflated, with its declared (uncompressed) size rewritten to `declared`. */
function npzDeclaring(npy: Uint8Array, declared: number): Uint8Array {
  const zip = zipSync({ 'x.npy': npy }, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, declared, true); // local file header: uncompressed size
  const central = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
  view.setUint32(central + 24, declared, true); // central directory: uncompressed size
  return zip;
}

/** A .npy of `count` float32 zeros. */
function zerosNpy(count: number): Uint8Array {
  const header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${count},), }`;
  const padded = header + ' '.repeat(64 - ((10 + header.length + 1) % 64)) + '\n';
  const out = new Uint8Array(10 + padded.length + count * 4);
  out.set([0x93, ...Buffer.from('NUMPY'), 1, 0, padded.length & 0xff, padded.length >> 8], 0);
  out.set(Buffer.from(padded, 'latin1'), 10);
  return out;
}

async function symlinkOver(target: string, path: string): Promise<void> {
  await rmIfThere(path);
  await symlink(target, path);
}

async function rmIfThere(path: string): Promise<void> {
  await rm(path, { force: true, recursive: true });
}
