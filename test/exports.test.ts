// Every name a module of src/ exports is imported by some other file of src/, test/ or scripts/: an export nothing
// imports is dead code, or a name that only its own module uses and so should not be exported. Read from the sources
// with a scanner of the import and export forms this codebase writes (there is no TypeScript compiler API to ask).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './helpers.js';

/**
 * Exports allowed though nothing in the repository imports them, each with its reason. Keys are `path#name`, the path
 * relative to the repository root.
 */
const ALLOWED: Record<string, string> = {
  'src/index.ts#run': 'the action entry (dist/index.js): @github/local-action imports it and calls its run()',
};

/** Modules whose exports are an API by design: a bundle entry run by path, not imported. */
const ENTRY_MODULES: Record<string, string> = {
  'src/cli.ts': 'the npm bin (dist/cli.js), run as a program',
};

interface Scanned {
  /** Names the module exports (declarations, `export { … }` lists, re-exports). */
  exports: Set<string>;
  /** Per imported module specifier (as written), the names this file uses from it. */
  uses: Map<string, Set<string>>;
}

const IDENT = String.raw`[A-Za-z_$][\w$]*`;

/** The exported names of a brace list, e.g. `A, type B, C as D` → A, B, D (`as` names the export). */
function braceNames(list: string, side: 'local' | 'exported'): string[] {
  const out: string[] = [];
  for (const raw of list.split(',')) {
    const item = raw.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '').trim().replace(/^type\s+/, '');
    if (!item) continue;
    const m = new RegExp(String.raw`^(${IDENT})(?:\s+as\s+(${IDENT}))?$`).exec(item);
    if (!m) throw new Error(`unreadable import/export item: ${JSON.stringify(item)}`);
    out.push(side === 'local' ? m[1]! : (m[2] ?? m[1]!));
  }
  return out;
}

/** The imports and exports of one module's source text. */
function scan(text: string): Scanned {
  const exports = new Set<string>();
  const uses = new Map<string, Set<string>>();
  const use = (specifier: string, names: Iterable<string>): void => {
    const set = uses.get(specifier) ?? new Set<string>();
    for (const name of names) set.add(name);
    uses.set(specifier, set);
  };

  // Declarations: `export [default] [declare] [async] function|const|let|var|class|abstract class|interface|type|enum NAME`.
  const declaration = new RegExp(
    String.raw`^export\s+(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+(${IDENT})`,
    'gm',
  );
  for (const m of text.matchAll(declaration)) exports.add(m[1]!);
  if (/^export\s+default\s+(?!(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function|class|interface|const|let|var|type|enum)\b)/m.test(text)) {
    exports.add('default');
  }

  // `export [type] { … } [from '…']`: the listed names are exports; with `from`, they are also uses of that module.
  for (const m of text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}\s*(?:from\s*'([^']+)')?/gm)) {
    for (const name of braceNames(m[1]!, 'exported')) exports.add(name);
    if (m[2]) use(m[2], braceNames(m[1]!, 'local'));
  }
  // `export * from '…'` re-exports whatever the module exports: every export of it counts as used.
  for (const m of text.matchAll(/^export\s+\*\s+from\s*'([^']+)'/gm)) use(m[1]!, ['*']);

  // Static imports: `import [type] [Default,] [{ … } | * as ns] from '…'`, and bare `import '…'`.
  const staticImport = new RegExp(
    String.raw`^import\s+(?:type\s+)?(?:(${IDENT})\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+(${IDENT}))?\s*from\s*'([^']+)'`,
    'gm',
  );
  for (const m of text.matchAll(staticImport)) {
    const [, defaultName, list, namespace, specifier] = m;
    const names: string[] = [];
    if (defaultName && defaultName !== 'type') names.push('default');
    if (list) names.push(...braceNames(list, 'local'));
    if (namespace) names.push(...namespaceUses(text, namespace));
    use(specifier!, names);
  }

  // Dynamic imports: `const { a, b: c } = await import('…')`, `(await import('…')).name`, and `typeof import('…').Name`.
  for (const m of text.matchAll(/\{([^{}]*)\}\s*=\s*await\s+import\(\s*'([^']+)'\s*\)/g)) {
    use(m[2]!, m[1]!.split(',').map((s) => s.split(':')[0]!.trim()).filter(Boolean));
  }
  for (const m of text.matchAll(new RegExp(String.raw`\(\s*await\s+import\(\s*'([^']+)'\s*\)\s*\)\.(${IDENT})`, 'g'))) use(m[1]!, [m[2]!]);
  for (const m of text.matchAll(new RegExp(String.raw`\bimport\(\s*'([^']+)'\s*\)\.(${IDENT})`, 'g'))) use(m[1]!, [m[2]!]);
  // Any other `import('…')` (e.g. `load: () => import('./zstd.js')`) hands on the whole module: every export counts as used.
  const readable = /(?:\{[^{}]*\}\s*=\s*await\s+|\(\s*await\s+|\b(?:const|let)\s+[A-Za-z_$][\w$]*\s*=\s*await\s+)$/;
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)(\s*\.)?/g)) {
    if (!m[2] && !readable.test(text.slice(Math.max(0, m.index - 400), m.index))) use(m[1]!, ['*']);
  }
  // `const ns = await import('…')` then `ns.name`.
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:const|let)\s+(${IDENT})\s*=\s*await\s+import\(\s*'([^']+)'\s*\)`, 'g'))) {
    use(m[2]!, namespaceUses(text, m[1]!));
  }
  return { exports, uses };
}

/** The names read off a namespace object: `ns.name` (and `ns['name']`). */
function namespaceUses(text: string, namespace: string): string[] {
  const escaped = namespace.replace(/\$/g, '\\$');
  const dotted = new RegExp(String.raw`(?<![\w$.])${escaped}\s*\.\s*(${IDENT})`, 'g');
  const indexed = new RegExp(String.raw`(?<![\w$.])${escaped}\[\s*'(${IDENT})'\s*\]`, 'g');
  return [...text.matchAll(dotted), ...text.matchAll(indexed)].map((m) => m[1]!);
}

/** The repository file a relative specifier names (`.js` written for a `.ts` source), or null for a package. */
function resolveSpecifier(from: string, specifier: string, files: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(ROOT, resolve(dirname(join(ROOT, from)), specifier));
  for (const candidate of [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')]) {
    if (files.has(candidate)) return candidate;
  }
  return target;
}

/** Every `path#name` a module of src/ exports that no other file imports, apart from the allowed ones. */
function unusedExports(sources: Map<string, string>): string[] {
  const files = new Set(sources.keys());
  const scanned = new Map([...sources].map(([file, text]) => [file, scan(text)] as const));
  const used = new Map<string, Set<string>>();
  for (const [file, { uses }] of scanned) {
    for (const [specifier, names] of uses) {
      const target = resolveSpecifier(file, specifier, files);
      if (target === null || target === file) continue;
      const set = used.get(target) ?? new Set<string>();
      for (const name of names) set.add(name);
      used.set(target, set);
    }
  }
  const unused: string[] = [];
  for (const [file, { exports }] of scanned) {
    if (!file.startsWith('src/') || file in ENTRY_MODULES) continue;
    const names = used.get(file) ?? new Set();
    for (const name of exports) {
      const key = `${file}#${name}`;
      if (!names.has(name) && !names.has('*') && !(key in ALLOWED)) unused.push(key);
    }
  }
  return unused.sort();
}

function repositorySources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const folder of ['src', 'test', 'scripts']) {
    for (const file of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|mts|mjs|js)$/.test(file) || file.endsWith('.d.ts')) continue;
      const path = join(folder, file);
      sources.set(path, readFileSync(join(ROOT, path), 'utf8'));
    }
  }
  return sources;
}

describe('exports', () => {
  test('every export of a module of src/ is imported by another file of src/, test/ or scripts/', () => {
    const sources = repositorySources();
    assert.ok([...sources.keys()].filter((f) => f.startsWith('src/')).length > 40, 'read the modules of src/');
    assert.deepEqual(unusedExports(sources), [], 'drop `export` where only the module itself uses a name; delete code nothing uses');
  });

  test('every allowed export still exists and is still unused elsewhere (no stale allowances)', () => {
    const sources = repositorySources();
    for (const key of Object.keys(ALLOWED)) {
      const [file, name] = key.split('#') as [string, string];
      assert.ok(sources.has(file) && scan(sources.get(file)!).exports.has(name), `${key} is allowed but not exported`);
    }
    for (const file of Object.keys(ENTRY_MODULES)) assert.ok(sources.has(file), `${file} is an entry but does not exist`);
  });

  test('the scanner reads the import and export forms, and reports an export nobody imports', () => {
    const sources = new Map<string, string>([
      [
        'src/a.ts',
        [
          "import type { Shape } from './b.js';",
          'export const used = 1;',
          'export async function viaDynamic(): Promise<void> {}',
          'export function deadFunction(): void {}',
          'export interface OnlyLocal { shape: Shape }',
          'export type Viaspace = number;',
          'const inner = 2, renamedLocal = 3;',
          'export { inner, renamedLocal as renamed };',
          'export class ByNamespace {}',
          'export enum ByReexport { A }',
          'export const byAwaited = 4;',
        ].join('\n'),
      ],
      ['src/b.ts', "export interface Shape { n: number }\nexport { ByReexport as Again } from './a.js';\nexport const load = () => import('./d.js');"],
      ['src/d.ts', 'export function encode(): void {}\nexport function decode(): void {}'],
      [
        'test/c.test.ts',
        [
          "import {",
          '  used,',
          '  type Viaspace,',
          '  renamed as again,',
          "} from '../src/a.js';",
          "import * as a from '../src/a.js';",
          'new a.ByNamespace();',
          "const { viaDynamic } = await import('../src/a.js');",
          "console.log((await import('../src/a.js')).byAwaited, again, used);",
          "import { Again, load } from '../src/b.js';",
        ].join('\n'),
      ],
    ]);
    assert.deepEqual(unusedExports(sources), ['src/a.ts#OnlyLocal', 'src/a.ts#deadFunction', 'src/a.ts#inner']);
    // A name used only inside its own module is still an unused export.
    assert.deepEqual(unusedExports(new Map([['src/x.ts', 'export const x = 1;\nconsole.log(x);']])), ['src/x.ts#x']);
  });
});
