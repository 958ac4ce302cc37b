// Text on its way to a terminal or a job log. Untrusted parts (file and model names, producer strings, paths) must not
// start a new line: on GitHub a line beginning with `::` is a workflow command (::error, ::add-mask, ::stop-commands),
// and a carriage return or an escape sequence can overwrite what a reader sees. Control characters are shown escaped.

// C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of log text: every control character, newlines included, written as a visible escape. */
export function logLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
