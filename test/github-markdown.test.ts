// Untrusted text in the comment's Markdown: nothing GitHub would turn into a mention, a reference or a link, and no
// broken table. "What GitHub would link" is test/support/github-links.ts: GitHub finds mentions and references after
// rendering (entities decoded, backslash escapes consumed, code skipped), so an escape that only survives until
// rendering protects nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeMarkdown } from '../src/report/escape.js';
import { githubLinks } from './support/github-links.js';
import { linksInRendered, renderedTexts } from './support/render.js';

const HOSTILE = [
  '@someone',
  '@org/team',
  '#1',
  'GH-123',
  'gh-7',
  'owner/repo#1',
  'owner/repo@0123456789abcdef',
  'user@example.com',
  'https://evil.example/x',
  'www.evil.example',
  'see @someone, #12 and @org/team-a.',
];

/**
 * GitHub's mention pattern as published in html-pipeline (the pipeline github.com's rendering grew from), verbatim but
 * for Ruby's atomic group, written here as a lookahead and a backreference: gjtorikian/html-pipeline,
 * lib/html/pipeline/mention_filter.rb (MENTION_PATTERNS with USERNAME_PATTERN [a-z0-9][a-z0-9-]*), at commit
 * f8643c0000e4027eac02ce8602e5a1f8db7c8ae0. It runs on each text node of the rendered HTML outside pre, code, a, style
 * and script (IGNORE_PARENTS): the name must follow `@` directly, so a zero-width space after `@` leaves no mention.
 */
const HTML_PIPELINE_MENTION = /(?:^|\W)@(?=([a-z0-9][a-z0-9-]*))\1(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)/gi;
const pipelineMentions = (markdown: string) => renderedTexts(markdown).flatMap((text) => [...text.matchAll(HTML_PIPELINE_MENTION)].map((m) => m[1]));

describe('escapeMarkdown and what GitHub links', () => {
  test("the zero-width-space defence, against html-pipeline's published mention pattern on the rendered text", () => {
    // The published pattern and the emulation agree, on plain text and after entities and escapes are rendered.
    for (const text of ['@someone', 'hi @someone.', '&#64;someone', '\\@someone', '(@some-one)', '@\u200bsomeone', '`@someone`', 'a@b.example']) {
      const emulated = linksInRendered(text).filter((l) => l.kind === 'mention').map((l) => l.text.slice(1));
      assert.deepEqual(emulated, pipelineMentions(text), text);
    }
    assert.deepEqual(pipelineMentions('&#64;someone'), ['someone'], 'an entity still mentions');
    assert.deepEqual(pipelineMentions('@\u200bsomeone'), [], 'a zero-width space after @ does not');
    // Nothing in what escapeMarkdown makes of mentions, however written.
    for (const text of ['@someone', '@org/team', 'see @someone, and @org/team-a.', '&#64;someone', '\\@someone', '&commat;someone']) {
      const escaped = escapeMarkdown(text);
      assert.deepEqual(pipelineMentions(escaped), [], `${text} → ${escaped}`);
      assert.deepEqual(linksInRendered(escaped), [], `${text} → ${escaped}`);
    }
  });

  test('the way GitHub links is what the emulation finds: entity and backslash escapes still mention; code spans and a zero-width space do not', () => {
    // Reported from github.com: github/markup#1168 (\@ mentions), github/cmark-gfm#181 and openjdk/skara#1548 (&#64;
    // mentions, &#35; references), the zero-width space and code spans do not.
    assert.deepEqual(githubLinks('&#64;someone').map((l) => l.kind), ['mention']);
    assert.deepEqual(githubLinks('\\@someone').map((l) => l.kind), ['mention']);
    assert.deepEqual(githubLinks('&#35;181').map((l) => l.kind), ['issue']);
    assert.deepEqual(githubLinks('&commat;org/team').map((l) => l.kind), ['team-mention']);
    assert.deepEqual(githubLinks('`@someone` `#1`'), []);
    assert.deepEqual(githubLinks('@\u200bsomeone #\u200b1'), []);
    // Decoded once: the text "&#64;someone", which mentions no one (its "#64" is an issue reference).
    assert.deepEqual(githubLinks('&amp;#64;someone'), [{ kind: 'issue', text: '#64' }]);
    for (const text of HOSTILE) assert.ok(githubLinks(text).length > 0, `the emulation links ${text} as such`);
  });

  for (const text of HOSTILE) {
    test(`${JSON.stringify(text)} reaches the Markdown readable and links nothing`, () => {
      const escaped = escapeMarkdown(text);
      assert.deepEqual(githubLinks(escaped), []);
      // Only invisible characters were added (and Markdown escapes, none of which these strings need).
      assert.equal(escaped.replace(/\u200b/g, ''), text);
    });
  }

  test('inside a table row: no link, and the row keeps its cells', () => {
    const name = 'x|y @someone #1 <b>bold</b> [a](https://evil.example) `code`';
    const row = `| ${escapeMarkdown(name)} | 1 kB | — |`;
    assert.deepEqual(githubLinks(row), []);
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 3);
    assert.doesNotMatch(row, /<b>/);
  });

  test('the old escaping (&#64; for @) is the bug this replaces', () => {
    const old = (text: string) => text.replace(/@/g, '&#64;');
    assert.ok(githubLinks(old('@someone')).length > 0);
    assert.deepEqual(githubLinks(escapeMarkdown('@someone')), []);
  });
});
