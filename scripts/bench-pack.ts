// Benchmark (not a test): model-gate pack/unpack against the stock zstd CLI at the same level and thread count, on a
// synthetic fp32 model. Each run is a fresh process timed by /usr/bin/time (wall seconds, peak RSS); runs of the two
// tools alternate and the median of the repeats is reported.
// Usage: npm run bench:pack -- [--mb 128] [--levels 3,19] [--threads 2] [--repeat 3]
import { spawnSync } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../src/bench/stats.js';
import { writeSyntheticModel } from './synthetic-model.js';
import { markdownTable } from './table.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: { mb: { type: 'string', default: '128' }, levels: { type: 'string', default: '3,19' }, threads: { type: 'string', default: '2' }, repeat: { type: 'string', default: '3' }, dir: { type: 'string', default: join(ROOT, '.tmp', 'bench-pack') } },
});
const sizeMb = Number(values.mb);
const levels = values.levels!.split(',').map(Number);
const threads = Number(values.threads);
const repeat = Number(values.repeat);
const dir = values.dir!;

interface Measured {
  seconds: number;
  rssMb: number;
}

/** Runs a command under /usr/bin/time and returns wall seconds and peak RSS. */
function timed(command: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  const last = r.stderr.trim().split('\n').at(-1)!.split(' ');
  return { seconds: Number(last[0]), rssMb: Number(last[1]) / 1024 };
}

async function main(): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const model = join(dir, 'synthetic.onnx');
  const info = await writeSyntheticModel(model, sizeMb * 1e6, 'float32');
  const rawMb = info.bytes / 1e6;
  console.log(`model: ${model}, fp32 weights ${info.rows}×${info.cols}, ${rawMb.toFixed(1)} MB; ${threads} thread(s); median of ${repeat}`);
  console.log(`machine: ${spawnSync('nproc').stdout.toString().trim()} cores; zstd CLI ${spawnSync('zstd', ['--version']).stdout.toString().trim()}`);
  const cli = join(ROOT, 'dist', 'cli.js');
  const rows: string[][] = [['level', 'operation', 'tool', 'median s', 'MB/s (raw)', 'peak RSS MB', 'packed/raw']];
  for (const level of levels) {
    const runs: Record<string, Measured[]> = { 'pack model-gate': [], 'pack zstd': [], 'unpack model-gate': [], 'unpack zstd': [] };
    let ratio = { mg: 0, zstd: 0 };
    for (let i = 0; i < repeat; i++) {
      const packDir = join(dir, `pack-${level}`);
      const zst = join(dir, `cli-${level}.zst`);
      await rm(packDir, { recursive: true, force: true });
      // Alternate which tool goes first so drift and cache effects hit both.
      const steps = [
        () => runs['pack model-gate']!.push(timed(process.execPath, [cli, 'pack', model, '--out', packDir, '--level', String(level), '--threads', String(threads)])),
        () => runs['pack zstd']!.push(timed('zstd', ['-q', '-f', `-${level}`, `-T${threads}`, model, '-o', zst])),
      ];
      for (const step of i % 2 === 0 ? steps : steps.reverse()) step();
      const unpackSteps = [
        () => runs['unpack model-gate']!.push(timed(process.execPath, [cli, 'unpack', packDir, '--out', join(dir, 'out-mg')])),
        () => runs['unpack zstd']!.push(timed('zstd', ['-q', '-d', '-f', zst, '-o', join(dir, 'out-zstd.onnx')])),
      ];
      for (const step of i % 2 === 0 ? unpackSteps : unpackSteps.reverse()) step();
      ratio = { mg: (await stat(join(packDir, 'synthetic.onnx.zst'))).size / info.bytes, zstd: (await stat(zst)).size / info.bytes };
    }
    for (const [name, samples] of Object.entries(runs)) {
      const [operation, tool] = name.split(' ') as [string, string];
      const s = median(samples.map((m) => m.seconds));
      const packedRatio = operation === 'pack' ? (tool === 'zstd' ? ratio.zstd : ratio.mg).toFixed(4) : '';
      rows.push([String(level), operation, tool, s.toFixed(2), (rawMb / s).toFixed(0), median(samples.map((m) => m.rssMb)).toFixed(0), packedRatio]);
    }
    const speed = (op: string) => median(runs[`${op} zstd`]!.map((m) => m.seconds)) / median(runs[`${op} model-gate`]!.map((m) => m.seconds));
    console.log(`level ${level}: model-gate/zstd speed ratio — pack ${speed('pack').toFixed(2)}×, unpack ${speed('unpack').toFixed(2)}×`);
  }
  console.log(markdownTable(rows[0]!, rows.slice(1)));
  await rm(dir, { recursive: true, force: true });
}

await main();
