import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  flaggedFirst,
  rowCells
} from "./chunk-GWSWCLLE.js";
import {
  logLine
} from "./chunk-AQ6PR27U.js";
import "./chunk-JBFINEWN.js";
import "./chunk-XELR67F2.js";

// src/report/terminal.ts
var MARKS = {
  verdict: { pass: "", warn: "", fail: "", "no-baseline": "" },
  status: { pass: "", warn: " !", fail: " \u2717", skipped: "" }
};
var COLOUR = { pass: "32", warn: "33", fail: "31", "no-baseline": "36" };
var HEADERS = ["MODEL", "VERDICT", "PACKED", "LOAD", "LATENCY P50", "QUALITY", "WHY"];
function renderTerminal(report, colour) {
  const paint = (verdict, text) => colour ? `\x1B[${COLOUR[verdict]}m${text}\x1B[0m` : text;
  const models = flaggedFirst(report.models);
  const rows = models.map((m) => {
    const c = rowCells(report.baseline.source, m, MARKS);
    return { verdict: m.verdict, cells: [c.model, c.verdict, c.packed, c.load, c.latency, c.quality, c.why].map(logLine) };
  });
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r.cells[i]))));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c + " ".repeat(widths[i] - width(c))).join("  ").trimEnd();
  const out = [paint(report.verdict, `model-gate: ${logLine(report.summary)}`), logLine(`baseline ${report.baseline.source ?? "none"}`)];
  if (report.baseline.note) out.push(logLine(report.baseline.note));
  out.push("", line(HEADERS));
  for (const r of rows) out.push(paint(r.verdict, line(r.cells)));
  out.push("", "Load and latency: the paired change against the baseline, measured side by side; \u2248: no measurable change.");
  out.push("Every check, interval and sample count: --markdown FILE or --json FILE.");
  return `${out.join("\n")}
`;
}
function width(text) {
  return [...text.replace(/[\u200b\u0300-\u036f]/g, "")].length;
}
export {
  renderTerminal
};
//# sourceMappingURL=terminal-ISUGJJRP.js.map
