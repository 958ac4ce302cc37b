// Builds dist/ reproducibly: the entry bundles, and the native packages vendored for Linux x64 so the action runs
// from a checkout with no node_modules of its own. Run by `npm run build`; CI fails when dist/ differs from a fresh build.
// The npm package leaves dist/node_modules out (package.json "files") and depends on nothing, so installing it runs no
// install script: it fetches the pinned onnxruntime-node on first run (src/onnx/provision.ts) and uses node:zlib's zstd
// (src/pack/zstd/binding.ts). The native packages are devDependencies, installed here only to be vendored.
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/** microsoft/onnxruntime's LICENSE: the npm packages do not carry it. */
const ONNXRUNTIME_LICENSE = `MIT License

Copyright (c) 2018 - present Microsoft Corporation

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

// The codec's WebAssembly is committed assembled (src/pack/codecs/onnx-planes/simd-wasm.ts); refuse to bundle bytes the .wat disagrees with.
const wasmProblem = await checkGenerated();
if (wasmProblem) throw new Error(wasmProblem);

await writeOrtPin();

await rm(dist, { recursive: true, force: true });
const { metafile } = await build({
  // Inputs in the metafile are relative to the root wherever the script is started from (THIRD_PARTY_NOTICES.md).
  absWorkingDir: root,
  metafile: true,
  // side-child: the side processes every model runs in (src/bench/side.ts starts them from beside the bundle).
  // codec-worker: the codec's worker threads (src/pack/codecs/onnx-planes/workers.ts starts them from beside the bundle).
  entryPoints: {
    index: join(root, 'src/index.ts'),
    cli: join(root, 'src/cli.ts'),
    'side-child': join(root, 'src/bench/side-child.ts'),
    'codec-worker': join(root, 'src/pack/codecs/onnx-planes/codec-worker.ts'),
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
  target: 'node22',
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
await writeFile(join(dist, 'THIRD_PARTY_NOTICES.md'), await thirdPartyNotices(Object.keys(metafile.inputs)));

/**
 * src/onnx/ort-pin.ts: the onnxruntime-node (and onnxruntime-common) version and integrity package-lock.json records,
 * which the action checks a fetched tarball against (src/onnx/provision.ts). Rewritten when the lockfile moved, before
 * esbuild bundles it, so dist/ always carries the lockfile's pin (a test compares the two as well).
 */
async function writeOrtPin() {
  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'));
  const entry = (pkg) => {
    const { version, integrity } = lock.packages[`node_modules/${pkg}`] ?? {};
    if (!version || !integrity?.startsWith('sha512-')) throw new Error(`package-lock.json has no version and sha512 integrity for ${pkg}`);
    return `  '${pkg}': { version: '${version}', integrity: '${integrity}' },`;
  };
  const text = [
    '// Generated by scripts/build.mjs from package-lock.json; do not edit. What src/onnx/provision.ts fetches where no',
    '// onnxruntime-node resolves for the platform, and the integrity each tarball must have before anything is extracted.',
    'export const ORT_PIN = {',
    entry('onnxruntime-node'),
    entry('onnxruntime-common'),
    '} as const;',
    '',
  ].join('\n');
  const file = join(root, 'src/onnx/ort-pin.ts');
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current !== text) {
    await writeFile(file, text);
    console.warn('build: src/onnx/ort-pin.ts rewritten from package-lock.json (compile again for build/)');
  }
}

/**
 * The licences of everything dist/ carries that model-gate's authors did not write: each package esbuild bundled (read
 * from the metafile's inputs, with the licence files of its node_modules folder) and the vendored native packages, whose
 * npm packages ship no licence file of their own for onnxruntime (so its MIT text is quoted here) and carry zstd's
 * sources with zstd's licence. Sorted, so a fresh build writes the same bytes.
 */
async function thirdPartyNotices(inputs) {
  const folders = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) folders.add(match[1]);
  }
  const bundled = [];
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(join(root, folder, 'package.json'), 'utf8'));
    bundled.push({ name: manifest.name, version: manifest.version, license: licenseId(manifest), texts: await licenseFiles(folder) });
  }
  bundled.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
  const version = async (pkg) => JSON.parse(await readFile(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const ortVersion = await version('onnxruntime-node');
  const vendored = [
    {
      name: 'onnxruntime-node, onnxruntime-common (ONNX Runtime)',
      version: ortVersion,
      license: 'MIT',
      note:
        `The vendored libonnxruntime.so and onnxruntime_binding.node (Linux x64). ONNX Runtime links further components into ` +
        `its library; their notices are in https://github.com/microsoft/onnxruntime/blob/v${ortVersion}/ThirdPartyNotices.txt.`,
      texts: [{ file: 'LICENSE (https://github.com/microsoft/onnxruntime/blob/main/LICENSE)', text: ONNXRUNTIME_LICENSE }],
    },
    {
      name: 'zstd-napi',
      version: await version('zstd-napi'),
      license: 'Apache-2.0',
      note: 'The vendored binding.node (Linux x64), built from zstd-napi and the zstd sources it carries.',
      texts: await licenseFiles('node_modules/zstd-napi'),
    },
    {
      name: 'zstd (Zstandard)',
      version: 'as carried by zstd-napi',
      license: 'BSD-3-Clause (zstd is dual-licensed BSD or GPLv2; used here under BSD)',
      note: 'Compiled into zstd-napi\'s binding.node.',
      texts: [{ file: 'deps/zstd/LICENSE', text: await readFile(join(root, 'node_modules/zstd-napi/deps/zstd/LICENSE'), 'utf8') }],
    },
  ];
  const section = (p) => [
    `### ${p.name} ${p.version}`,
    '',
    `License: ${p.license}`,
    ...(p.note ? ['', p.note] : []),
    '',
    ...(p.texts.length === 0 ? ['(The package carries no licence file; its package.json names the licence above.)', ''] : []),
    ...p.texts.flatMap((t) => [`${t.file}:`, '', '```text', t.text.replace(/\r\n/g, '\n').trimEnd(), '```', '']),
  ];
  return [
    '# Third-party notices',
    '',
    'Generated by scripts/build.mjs; do not edit. model-gate itself is MIT-licensed (see LICENSE).',
    '',
    '## Native packages vendored in dist/node_modules (the action; the npm package carries neither)',
    '',
    ...vendored.flatMap(section),
    '## Packages bundled into dist/*.js',
    '',
    ...bundled.flatMap(section),
  ].join('\n');
}

function licenseId(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'not stated';
}

/** LICENSE, LICENCE, COPYING and NOTICE files at the top of a package folder, by name. */
async function licenseFiles(folder) {
  const names = (await readdir(join(root, folder))).filter((n) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(n)).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(root, folder, file), 'utf8') })));
}
