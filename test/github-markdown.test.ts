// Untrusted text in the comment's Markdown: nothing GitHub would turn into a mention, a reference or a link, and no
// broken table. "What GitHub would link" is test/support/github-links.ts: GitHub finds mentions and references after
// rendering (entities decoded, backslash escapes consumed, code skipped), so an escape that only survives until
// rendering protects nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeMarkdown } from '../src/report/escape.js';
import { githubLinks } from './support/github-links.js';

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

describe('escapeMarkdown and what GitHub links', () => {
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
