// The documentation the code declares, generated: action.yml's inputs and the README's input and default-threshold
// tables, from the settings table (src/inputs/settings.ts) and the metric catalog (src/checks.ts (METRICS)).
// `npm run docs` rewrites them; test/settings.test.ts and test/readme.test.ts fail when a committed copy differs.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { METRIC_IDS, METRICS } from '../src/checks.js';
import { actionInputNames, emptyMeans, plainText, setting } from '../src/inputs/settings.js';

export interface ActionInput {
  description: string;
  required: false;
  default: string;
}

/** action.yml's `inputs`: every action input in table order, its whole text as plain text and what empty means. */
export function actionYmlInputs(): Record<string, ActionInput> {
  const out: Record<string, ActionInput> = {};
  for (const name of actionInputNames()) {
    const s = setting(name);
    const empty = emptyMeans(name);
    // An input the config file can also set must default to empty: the runner fills in action.yml's defaults, and a
    // filled-in default would beat the config file.
    out[name] = { description: plainText(empty ? `${s.text} ${empty}` : s.text), required: false, default: s.actionDefault ?? (s.file !== undefined ? '' : s.default) };
  }
  return out;
}

/** action.yml with its `inputs:` block replaced by `inputs`. */
export function withInputs(actionYml: string, inputs: Record<string, ActionInput>): string {
  const block = stringify({ inputs }, { lineWidth: 0, singleQuote: true });
  return actionYml.replace(/^inputs:\n[\s\S]*?(?=^outputs:)/m, block);
}

/** A Markdown table cell: a `|` would end it. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The README's input table: each input's action.yml default and its whole text (Markdown), with what empty means. */
export function readmeInputTable(): string {
  const inputs = actionYmlInputs();
  const rows = actionInputNames().map((name) => {
    const d = inputs[name]!.default;
    const empty = emptyMeans(name, (v) => `\`${v}\``);
    return `| \`${name}\` | \`${d === '' ? "''" : d}\` | ${cell(empty ? `${setting(name).text} ${empty}` : setting(name).text)} |`;
  });
  return ['| input | default | what it is |', '|:--|:--|:--|', ...rows].join('\n');
}

/** The README's default thresholds: the metric catalog. */
export function readmeMetricsTable(): string {
  const rows = METRIC_IDS.map((id) => {
    const m = METRICS[id];
    return `| \`${id}\` | ${m.worse === 'higher' ? 'up' : 'down'} | ${m.defaults.warn ?? 'none'} | ${m.defaults.fail ?? 'none'} |`;
  });
  return ['| metric | worse when | warn | fail |', '|:--|:--|:--|:--|', ...rows].join('\n');
}

/** The README's generated blocks, by the name in `<!-- generated: NAME -->`. */
export const README_BLOCKS: Record<string, () => string> = { inputs: readmeInputTable, metrics: readmeMetricsTable };

const START = (name: string) => `<!-- generated: ${name} -->\n`;
const END = '<!-- /generated -->';

/** `text` with the block `name` holding `content`. */
export function withBlock(text: string, name: string, content: string): string {
  const from = text.indexOf(START(name));
  const to = text.indexOf(END, from);
  if (from < 0 || to < 0) throw new Error(`no block ${START(name).trim()} … ${END}`);
  return text.slice(0, from + START(name).length) + `${content}\n` + text.slice(to);
}

async function main(): Promise<void> {
  // Run as build/scripts/write-docs.js (npm run docs compiles it first): the repository is two folders up.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const actionPath = join(root, 'action.yml');
  await writeFile(actionPath, withInputs(await readFile(actionPath, 'utf8'), actionYmlInputs()));
  const readmePath = join(root, 'README.md');
  let readme = await readFile(readmePath, 'utf8');
  for (const [name, make] of Object.entries(README_BLOCKS)) readme = withBlock(readme, name, make());
  await writeFile(readmePath, readme);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
