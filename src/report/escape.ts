// Untrusted text (file names, producer strings, tag names, a forged report's fields) on its way into Markdown: it must
// not break a table, start HTML, mention or link anyone, or forge model-gate's hidden comment marker.

// Only what can start emphasis, code, links, tables or strike-through mid-line; the rest reads better unescaped.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;

/**
 * U+200B ZERO WIDTH SPACE, put right after the character that starts a mention, a reference or an autolink.
 *
 * Why not an entity or a backslash: GitHub links mentions (`@user`, `@org/team`) and references (`#1`, `GH-1`,
 * `owner/repo#1`, `owner/repo@sha`) in a pass over the *rendered* text, after Markdown has decoded `&#64;` to `@` and
 * consumed `\@`, so both still notify (github/markup#1168, github/cmark-gfm#181, openjdk/skara#1548). Those passes need
 * the name or number to follow `@`, `#` or `GH-` directly; an invisible character in between breaks the match and
 * survives rendering. GitHub's own Dependabot puts U+200B after `@` for the same reason
 * (dependabot-core, common/lib/dependabot/pull_request_creator/message_builder/link_and_mention_sanitizer.rb).
 * Code spans would also stop the linking, but inside a table cell they still need `|` escaped and they would show every
 * name as code; the zero-width space keeps the text as it was and tables intact.
 */
const NO_LINK = '\u200b';

/** Escapes text for one line of Markdown, e.g. a table cell. */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const clipped = oneLineClipped(text, maxLength);
  return neutraliseLinks(
    clipped
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`),
  );
}

/** One line of at most `maxLength` characters, control characters removed. */
function oneLineClipped(text: string, maxLength: number): string {
  // Bidirectional overrides and isolates go too: they would reorder the text around a name in the rendered comment.
  const oneLine = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
}

/**
 * Escapes text for inline HTML, e.g. a `<summary>`: there Markdown is not parsed, so no backslashes; mentions and
 * autolinks are still found in HTML text, so they are broken the same way.
 */
export function escapeHtmlText(text: string, maxLength = 200): string {
  const clipped = oneLineClipped(text, maxLength);
  // Brackets as entities too: nothing here can read as a Markdown link should the line ever leave its HTML block.
  return neutraliseLinks(clipped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;'));
}

/**
 * Breaks everything GitHub would turn into a notification or a link: `@` (user and team mentions, e-mail autolinks,
 * `owner/repo@sha`), `#` (issue references, `owner/repo#1`), `GH-` (GH-123 references), `://` and `www.` (URL
 * autolinks, which cmark-gfm's autolink extension makes from the literal characters).
 */
function neutraliseLinks(text: string): string {
  return text
    .replace(/[@#]/g, (c) => `${c}${NO_LINK}`)
    .replace(/\b(gh)-/gi, (_, gh: string) => `${gh}-${NO_LINK}`)
    .replace(/:\/\//g, `:${NO_LINK}//`)
    .replace(/\b(www)\./gi, (_, www: string) => `${www}${NO_LINK}.`);
}
