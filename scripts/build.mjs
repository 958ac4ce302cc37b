// Builds dist/ reproducibly: the entry bundles, and the native packages vendored for Linux x64 so the action runs
// from a checkout with no node_modules of its own. Run by `npm run build`; CI fails when dist/ differs from a fresh build.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGenerated } from './assemble-wasm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const NATIVE = ['onnxruntime-node', 'zstd-napi'];
/** What each vendored package needs at run time, relative to its folder; everything else (other platforms, sources) stays out. */
const VENDORED = {
  'onnxruntime-node': ['package.json', 'dist/binding.js', 'dist/backend.js', 'dist/index.js', 'dist/version.js', 'bin/napi-v6/linux/x64'],
  'onnxruntime-common': ['package.json', 'dist/cjs'],
  'zstd-napi': ['package.json', 'LICENSE', 'NOTICE', 'binding.js', 'dist/compress.js', 'dist/decompress.js', 'dist/index.js', 'dist/simple.js', 'dist/util.js', 'build/Release/binding.node'],
};

// The codec's WebAssembly is committed assembled (src/pack/simd-wasm.ts); refuse to bundle bytes the .wat disagrees with.
const wasmProblem = await checkGenerated();
if (wasmProblem) throw new Error(wasmProblem);

await rm(dist, { recursive: true, force: true });
await build({
  // load-child: the process each cold-load sample runs in (src/bench/cold.ts starts it from beside the bundle).
  // codec-worker: the codec's worker threads (src/pack/workers.ts starts them from beside the bundle).
  entryPoints: {
    index: join(root, 'src/index.ts'),
    cli: join(root, 'src/cli.ts'),
    'load-child': join(root, 'src/bench/load-child.ts'),
    'codec-worker': join(root, 'src/pack/codec-worker.ts'),
  },
  outdir: dist,
  bundle: true,
  // Shared code and lazily imported stages go to chunk files beside the entries: a command loads only what it runs.
  splitting: true,
  // Chunks sit beside the entries, so paths relative to a module (load-child.js, codec-worker.js, node_modules/) hold in
  // every file.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: NATIVE,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module';\nconst require = __mgCreateRequire(import.meta.url);" },
});
// The CLI bundle is the npm bin: it needs the shebang on its first line.
const cli = join(dist, 'cli.js');
await writeFile(cli, `#!/usr/bin/env node\n${(await readFile(cli, 'utf8')).replace(/^#!.*\n/m, '')}`, { mode: 0o755 });

for (const [pkg, entries] of Object.entries(VENDORED)) {
  for (const entry of entries) {
    const from = join(root, 'node_modules', pkg, entry);
    const to = join(dist, 'node_modules', pkg, entry);
    await mkdir(dirname(to), { recursive: true });
    await cp(from, to, { recursive: true, filter: (path) => !/\.(d\.ts|map)$/.test(path) });
  }
}
await writeFile(join(dist, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);
