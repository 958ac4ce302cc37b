// Untrusted text (file names, producer strings, tag names) on its way into Markdown: it must not break a table,
// start HTML, mention or link anyone, or forge model-gate's hidden comment marker.

// Only what can start emphasis, code, links, tables or strike-through mid-line; the rest reads better unescaped.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;

/** Escapes text for one line of Markdown, e.g. a table cell. */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const oneLine = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .replace(/@/g, '&#64;')
    .replace(/:\/\//g, '&#58;//');
}

/** Text for inside a code span: backticks cannot close it early. */
export function escapeCode(text: string, maxLength = 200): string {
  const safe = escapeMarkdown(text, maxLength);
  return `<code>${safe}</code>`;
}
