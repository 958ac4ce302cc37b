// A Markdown table for the benchmark scripts' output, columns padded so it also reads as plain text.

/** `head` and `rows` as a Markdown table, every column as wide as its widest cell. */
export function markdownTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
