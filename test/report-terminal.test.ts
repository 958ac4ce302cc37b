// The CLI at a terminal: an aligned table instead of raw Markdown, colour unless NO_COLOR is set, and nothing from a
// model's name reaching the terminal as a control sequence. Driven through a real pseudo-terminal (util-linux script).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { renderTerminal } from '../src/report/terminal.js';
import { builtCli, candidate, FIXTURES, scratch } from './helpers.js';
import { syntheticReport } from './support/reports.js';

const ESC = '\u001b';

describe('the report on a terminal', () => {
  test('one aligned row per model, flagged first, the same cells as the Markdown table', () => {
    const text = renderTerminal(syntheticReport(9), false);
    assert.ok(!text.includes(ESC), 'no colour when asked for none');
    assert.ok(!text.includes('|'), 'not Markdown');
    const lines = text.split('\n');
    assert.match(lines[0]!, /^model-gate: fail — /);
    const header = lines.find((l) => l.startsWith('MODEL'))!;
    const rows = lines.filter((l) => /^model-\d/.test(l));
    assert.equal(rows.length, 9);
    assert.deepEqual(rows.map((r) => r.split(/\s{2,}/)[1]), ['fail', 'fail', 'fail', 'warn', 'warn', 'no baseline', 'unchanged', 'pass', 'pass']);
    // Every column starts where its header does.
    for (const name of ['VERDICT', 'PACKED', 'LOAD']) {
      const at = header.indexOf(name);
      for (const r of rows) assert.equal(r.slice(at - 2, at), '  ', `${name} column in: ${r}`);
    }
    assert.match(rows[0]!, /latency p50 \+45% \(beyond \+10%\)$/);
  });

  test('colour marks each row by its verdict; a hostile name is shown escaped, never as a sequence', () => {
    const report = syntheticReport(2, ['slower', 'same']);
    report.models[0]!.name = `evil${ESC}]0;pwned\u0007${ESC}[2J::error::x`;
    const text = renderTerminal(report, true);
    assert.ok(text.includes(`${ESC}[31m`), 'red for a failing row');
    assert.ok(text.includes(`${ESC}[32m`), 'green for a passing row');
    const stripped = text.replace(/\u001b\[\d+m/g, '');
    assert.ok(!stripped.includes(ESC) && !stripped.includes('\u0007'), 'only the colour codes model-gate writes');
    assert.match(stripped, /evil\\x1b\]0;pwned\\x07\\x1b\[2J:\u200b:error:\u200b:x/);
  });

  test('the CLI in a pseudo-terminal prints the table, in colour unless NO_COLOR is set; --markdown still writes Markdown', async () => {
    const dir = await scratch();
    const markdown = join(dir, 'report.md');
    const args = ['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--markdown', markdown];
    const command = [process.execPath, await builtCli(), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const run = async (env: NodeJS.ProcessEnv) => (await promisify(execFile)('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...env }, cwd: dir })).stdout;
    const coloured = await run({ NO_COLOR: '' });
    assert.match(coloured, /\u001b\[32mmodel-gate: pass — 1 model within every threshold \(1 unchanged\)\u001b\[0m/);
    assert.match(coloured, /MODEL +VERDICT +PACKED/);
    assert.match(coloured, /iris +unchanged +[\d.]+ k?B( \(was [\d.]+ k?B\))? +— +— +— +same bytes as /);
    assert.doesNotMatch(coloured, /%/, 'an unchanged model shows no percentage');
    const plain = await run({ NO_COLOR: '1' });
    assert.ok(!plain.includes(`${ESC}[3`), 'NO_COLOR: no colour');
    assert.match(plain, /MODEL +VERDICT/);
    assert.match(await readFile(markdown, 'utf8'), /^### ✅ model-gate: pass/);
  });
});
