// Text on its way to a terminal or a job log. Untrusted parts (file and model names, producer strings, paths) must not
// form a workflow command: the runner reads `::name::…` at the start of a line (after spaces) and, through its older
// parser, `##[name]…` anywhere in a line (::error, ::add-mask, ::stop-commands…). So control characters are shown
// escaped (nothing starts a new line, and a carriage return or escape sequence cannot overwrite what a reader sees),
// and every `::` and `##[` is broken by a zero-width space, which the reader does not see and the runner does not match.

// C0 controls, DEL, C1 controls, the Unicode line and paragraph separators, and the bidirectional embeddings, overrides
// and isolates (U+202A–202E, U+2066–2069), which would let a name reorder what a reader sees around it.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line of log text: every control character, newlines included, written as a visible escape; no command syntax. */
export function logLine(text: string): string {
  return escapeControls(text).replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}

function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
