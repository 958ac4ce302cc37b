// What github.com would turn into a notification or a link in a comment body: the mentions, references and autolinks
// it finds after rendering. The fake has no renderer; this finds what GitHub's linking passes would find, in the order
// GitHub runs them, so a test can ask whether a comment mentions or links anyone.
//
// The order is the point (github/markup#1168, github/cmark-gfm#181, openjdk/skara#1548): Markdown is rendered first —
// backslash escapes consumed, entities such as &#64; decoded — and mentions and references are found afterwards in the
// rendered text, outside code. So `\@user` and `&#64;user` both still mention; `@` followed by an invisible character
// does not (the name must follow `@` directly), nor does anything inside a code span or an HTML comment.
//
// Patterns, after GitHub's documentation of autolinked references
// (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls)
// and of mentions (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#mentioning-people-and-teams),
// with the boundaries of html-pipeline's MentionFilter (`(?:^|\W)@name`, the pattern GitHub's pipeline grew from).

export interface Linked {
  kind: 'mention' | 'team-mention' | 'issue' | 'cross-repository-issue' | 'gh-issue' | 'commit' | 'url' | 'email';
  text: string;
}

const NAME = '[a-z0-9][a-z0-9-]*';
const PATTERNS: Array<[Linked['kind'], RegExp]> = [
  ['team-mention', new RegExp(`(?<![\\w\`])@${NAME}/[a-z0-9][a-z0-9_-]*`, 'gi')],
  ['email', /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi],
  ['mention', new RegExp(`(?<![\\w\`/])@${NAME}(?![\\w/])`, 'gi')],
  ['cross-repository-issue', /[\w.-]+\/[\w.-]+#\d+\b/g],
  ['commit', /[\w.-]+\/[\w.-]+@[0-9a-f]{7,40}\b/gi],
  ['gh-issue', /\bGH-\d+\b/gi],
  ['issue', /(?<![\w])#\d+\b/g],
  ['url', /\b(?:https?|ftp):\/\/[^\s<>]+/gi],
  ['url', /\bwww\.[a-z0-9-]+\.[^\s<>]+/gi],
];

/** The text GitHub's linking passes see: no code, no HTML comments or tags, escapes consumed, entities decoded. */
export function renderedText(markdown: string): string {
  return decodeEntities(
    markdown
      .replace(/^```[\s\S]*?^```/gm, ' ')
      .replace(/(`+)[\s\S]*?\1/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<code>[\s\S]*?<\/code>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  );
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', num: '#', colon: ':', sol: '/', period: '.', lowbar: '_', nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  // One pass, as an HTML parser decodes: "&amp;#64;" is the text "&#64;", not "@".
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Every mention, reference and autolink GitHub would make of `markdown` (a quick reading: links written as HTML or
 * autolinks are in the rendered tree, which render.ts's linksInRendered reads). */
export function githubLinks(markdown: string): Linked[] {
  return textLinks(renderedText(markdown));
}

/** Every mention, reference and bare URL GitHub's linking passes find in `text`, one text node of the rendered comment. */
export function textLinks(rendered: string): Linked[] {
  let text = rendered;
  const found: Linked[] = [];
  for (const [kind, pattern] of PATTERNS) {
    text = text.replace(pattern, (match) => {
      found.push({ kind, text: match });
      // What one pass linked is not seen again by the next (an e-mail address is not also a mention).
      return ' '.repeat(match.length);
    });
  }
  return found;
}
