// The report on a terminal: the verdict line and one aligned row per model, the same cells as the Markdown table
// (text.ts), colour only where the terminal is one and NO_COLOR is unset. Untrusted text goes through logLine, so a
// model name cannot move the cursor or form a workflow command.
import type { Verdict } from '../checks.js';
import { logLine } from '../util/log.js';
import type { Report } from './schema.js';
import { flaggedFirst, type Marks, rowCells } from './text.js';

const MARKS: Marks = {
  verdict: { pass: '', warn: '', fail: '', 'no-baseline': '' },
  status: { pass: '', warn: ' !', fail: ' ✗', skipped: '' },
};

const COLOUR: Record<Verdict, string> = { pass: '32', warn: '33', fail: '31', 'no-baseline': '36' };
const HEADERS = ['MODEL', 'VERDICT', 'PACKED', 'LOAD', 'LATENCY P50', 'QUALITY', 'WHY'];

export function renderTerminal(report: Report, colour: boolean): string {
  const paint = (verdict: Verdict, text: string) => (colour ? `\u001b[${COLOUR[verdict]}m${text}\u001b[0m` : text);
  const models = flaggedFirst(report.models);
  const rows = models.map((m) => {
    const c = rowCells(report.baseline.source, m, MARKS);
    return { verdict: m.verdict, cells: [c.model, c.verdict, c.packed, c.load, c.latency, c.quality, c.why].map(logLine) };
  });
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r.cells[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ').trimEnd();
  const out = [paint(report.verdict, `model-gate: ${logLine(report.summary)}`), logLine(`baseline ${report.baseline.source ?? 'none'}`)];
  if (report.baseline.note) out.push(logLine(report.baseline.note));
  out.push('', line(HEADERS));
  for (const r of rows) out.push(paint(r.verdict, line(r.cells)));
  out.push('', 'Load and latency: the paired change against the baseline, measured side by side; ≈: no measurable change.');
  out.push('Every check, interval and sample count: --markdown FILE or --json FILE.');
  return `${out.join('\n')}\n`;
}

/** Columns a string takes on a terminal: code points, with zero-width ones left out. */
function width(text: string): number {
  return [...text.replace(/[\u200b\u0300-\u036f]/g, '')].length;
}
