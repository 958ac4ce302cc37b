// The shape of src/: no module imports itself through others, and the stages (the folders) form a pipeline, not a web —
// a stage may use the shared value types at the root (errors, types, checks, version) and the stages below it, never
// one that uses it back. Read from the sources, so type-only imports and lazy `import()`s count as well.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');
/** Root modules every stage may import; the other root modules (engine, the entries) sit on top of the stages. */
const SHARED = new Set(['errors.ts', 'types.ts', 'checks.ts', 'version.ts']);

/** The relative modules a source file imports: static (values or types, one line or many), re-exports, side-effect
 * imports and lazy `import()`s. Packages (no leading dot) are not modules of src/. */
function specifiersOf(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'|^import\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const specifiers = specifiersOf(readFileSync(join(SRC, file), 'utf8'));
    graph.set(
      file,
      specifiers.map((s) => relative(SRC, resolve(dirname(join(SRC, file)), s.replace(/\.js$/, '.ts')))),
    );
  }
  return graph;
}

/** Strongly connected components with more than one member (or a self-import): each is a circle of imports. */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) out.push(component.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return out;
}

/** A folder is a stage; the shared root modules are one more; engine.ts and each entry are their own. */
const stageOf = (file: string): string => (file.includes(sep) ? file.split(sep)[0]! : SHARED.has(file) ? 'shared' : file);

test('the scanner finds every form of import a module of src/ can use, and nothing else', () => {
  const text = [
    "import { a } from './a.js';",
    "import type { B } from '../b/b.js';",
    'import {',
    '  c,',
    '  type C,',
    "} from './c.js';",
    "import * as d from './d.js';",
    "export { e } from './e.js';",
    "export type * from './f.js';",
    "import './g.js';",
    "const h = await import('./h.js');",
    "const { i } = await import( '../i.js' );",
    "import { z } from 'zod';",
    "const y = await import('yaml');",
    "// a comment that says import { x } from './x.js' mid-line is not an import",
    "const s = 'from ./not.js';",
  ].join('\n');
  assert.deepEqual(specifiersOf(text), ['./a.js', '../b/b.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js', '../i.js']);
});

test('no circular imports between modules of src/', () => {
  const graph = importGraph();
  assert.ok(graph.size > 40, `read ${graph.size} modules`);
  // Read from the real files: the front doors import the engine, the engine imports more than one stage.
  const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
  assert.ok(edges > graph.size, `${edges} imports among ${graph.size} modules`);
  assert.ok([...graph].some(([file, targets]) => file.startsWith(`cli${sep}`) && targets.includes('engine.ts')), 'the CLI imports the engine');
  assert.deepEqual(circles(graph), []);
});

test('the stages form a pipeline: no two folders of src/ import each other, even through a third', () => {
  const stages = new Map<string, Set<string>>();
  for (const [file, imports] of importGraph()) {
    const from = stageOf(file);
    for (const target of imports) {
      const to = stageOf(target);
      if (from !== to) stages.set(from, (stages.get(from) ?? new Set()).add(to));
    }
  }
  const graph = new Map([...stages].map(([k, v]) => [k, [...v]]));
  assert.deepEqual(circles(graph), []);
  // The shared modules import no stage; only the front doors import the engine.
  assert.deepEqual([...(stages.get('shared') ?? [])], []);
  for (const [from, to] of stages) assert.ok(!to.has('engine.ts') || from === 'action' || from === 'cli', `${from} imports the engine`);
});

test('the check can fail: it finds a circle when one is planted', () => {
  const graph = new Map([
    ['a.ts', ['b/x.ts']],
    ['b/x.ts', ['c/y.ts']],
    ['c/y.ts', ['a.ts']],
    ['d.ts', []],
  ]);
  assert.deepEqual(circles(graph), [['a.ts', 'b/x.ts', 'c/y.ts']]);
});
