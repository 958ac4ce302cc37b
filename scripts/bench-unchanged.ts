// Benchmark (not a test): what a repository of many models pays when one of them changed. N copies of the fixture
// model are packed as the baseline; the candidates are the same N files with one replaced by the `slower` fixture.
// Timed, each a real gate run of the built CLI with default settings (`node dist/cli.js compare`, eval data given):
//   all      the N candidates, N − 1 of them byte-identical to their baseline (reported unchanged, not measured);
//   one      the changed model alone against its baseline;
//   forced   the N candidates with --remeasure-unchanged (what every model costs when all are measured).
// Runs alternate (all, one, forced, all, one, forced, …) so the machine's drift hits each alike; medians are printed.
// Usage: npm run build && npx tsc -p tsconfig.json && npm run bench:unchanged -- [--models 30] [--repeat 3] [--forced]
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../src/bench/stats.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '30' },
    repeat: { type: 'string', default: '3' },
    forced: { type: 'boolean', default: false },
  },
});
const count = Number(values.models);
const CLI = join(ROOT, 'dist', 'cli.js');
const fixture = (variant: string) => join(ROOT, 'fixtures', 'candidates', variant, 'iris.onnx');
const name = (i: number) => `model-${String(i).padStart(2, '0')}.onnx`;

const dir = await mkdtemp(join(tmpdir(), 'model-gate-bench-unchanged-'));
try {
  const base = join(dir, 'models-base');
  const cand = join(dir, 'models-candidate');
  await mkdir(base);
  await mkdir(cand);
  const changed = Math.floor(count / 2);
  for (let i = 0; i < count; i++) {
    await copyFile(fixture('unchanged'), join(base, name(i)));
    await copyFile(fixture(i === changed ? 'slower' : 'unchanged'), join(cand, name(i)));
  }
  const gate = (args: string[]) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`model-gate ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return (performance.now() - start) / 1000;
  };
  gate(['pack', ...Array.from({ length: count }, (_, i) => join(base, name(i))), '--out', join(dir, 'baseline')]);
  const common = ['--baseline', join(dir, 'baseline'), '--eval-data', join(ROOT, 'fixtures', 'eval')];
  const runs: Record<string, () => string[]> = {
    all: () => ['compare', '--quiet', ...common, ...Array.from({ length: count }, (_, i) => join(cand, name(i)))],
    one: () => ['compare', '--quiet', ...common, join(cand, name(changed))],
  };
  if (values.forced) runs.forced = () => [...runs.all!(), '--remeasure-unchanged'];
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (let r = 0; r < Number(values.repeat); r++) for (const [k, args] of Object.entries(runs)) times[k]!.push(gate(args()));
  console.log(`${count} models, one changed (${name(changed)}), default settings, ${values.repeat} runs each, wall seconds:`);
  for (const [k, list] of Object.entries(times)) console.log(`  ${k.padEnd(7)} median ${median(list).toFixed(1)} s   (${list.map((t) => t.toFixed(1)).join(', ')})`);
  console.log(`  all / one: ${(median(times.all!) / median(times.one!)).toFixed(2)}×`);
  if (times.forced) console.log(`  forced / all: ${(median(times.forced) / median(times.all!)).toFixed(1)}×`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
