// Documentation that the code declares: a block of a file between `<!-- generated: NAME -->` and `<!-- /generated -->`
// must be exactly what the code says. `MODEL_GATE_WRITE=1 node --test build/test/<file>.test.js` rewrites the block
// (and action.yml's inputs) instead of failing, so a new setting or metric is declared once and its docs regenerated.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';

export const WRITE = process.env.MODEL_GATE_WRITE === '1';

export async function checkGenerated(file: string, name: string, content: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const start = `<!-- generated: ${name} -->\n`;
  const end = '<!-- /generated -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  assert.ok(from >= 0 && to > from, `${file} has a block ${start.trim()} … ${end}`);
  const current = text.slice(from + start.length, to);
  const wanted = `${content}\n`;
  if (WRITE && current !== wanted) await writeFile(file, text.slice(0, from + start.length) + wanted + text.slice(to));
  else assert.equal(current, wanted, `${file}'s ${name} block is generated: run MODEL_GATE_WRITE=1 node --test build/test/settings.test.js build/test/readme.test.js`);
}
