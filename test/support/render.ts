// The PR comment as a reader sees it: Markdown rendered the way GitHub renders a comment — GFM (remark-gfm), raw HTML
// re-parsed (rehype-raw) then cut down to GitHub's allow-list (rehype-sanitize's defaultSchema follows GitHub's
// sanitiser) — styled by GitHub's own stylesheet (github-markdown-css) in an <article class="markdown-body"> 900 px
// wide, and loaded in headless Chromium (the one test/support/browser.ts finds, driven by playwright-core, which never
// downloads a browser). checkComment measures the page and returns every problem it finds, so a test can show that a broken comment
// is caught as well as that a real one passes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { findBrowser } from './browser.js';
import { type Linked, textLinks } from './github-links.js';

/** The browser (test/support/browser.ts decides which); render.test.ts names it and its version. */
export const CHROMIUM = findBrowser() ?? '/usr/bin/chromium';
/** The width the comment is laid out at: the article, and the viewport. */
export const WIDTH = 900;

export interface RenderedComment {
  /** The sanitised HTML of the comment body. */
  html: string;
  /**
   * Each table's cell count per row as written in the Markdown, header row first. The DOM cannot show a short or long
   * row: GFM pads a short row with empty cells and drops the extra cells of a long one (cmark-gfm and mdast-util-to-hast
   * alike), so a row that lost or gained a cell renders with the header's count and its values in the wrong columns.
   */
  tableRows: number[][];
}

interface MdNode {
  type: string;
  children?: MdNode[];
}

/** GFM → HTML as GitHub renders a comment: raw HTML re-parsed, then cut down to GitHub's allow-list. */
const sanitised = () => unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize);

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: HastNode[];
}

/** Walks the sanitised tree of `markdown`: each element, and each text node with whether it is inside code or a link
 * (where GitHub's mention and reference passes do not look: html-pipeline's IGNORE_PARENTS). */
function walkRendered(markdown: string, onElement: (node: HastNode) => void, onText: (text: string, ignored: boolean) => void): void {
  const processor = sanitised();
  const walk = (node: HastNode, ignored: boolean) => {
    if (node.type === 'element') {
      onElement(node);
      ignored ||= ['a', 'code', 'pre', 'style', 'script'].includes(node.tagName!);
    } else if (node.type === 'text') onText(node.value ?? '', ignored);
    for (const child of node.children ?? []) walk(child, ignored);
  };
  walk(processor.runSync(processor.parse(markdown)) as HastNode, false);
}

/** The text nodes of the rendered comment that GitHub's mention and reference passes read. */
export function renderedTexts(markdown: string): string[] {
  const texts: string[] = [];
  walkRendered(markdown, () => {}, (text, ignored) => ignored || texts.push(text));
  return texts;
}

/**
 * Every link and image the sanitised comment holds (each a, img, and any element with an href or src: autolinks,
 * raw <a href>, mailto: and protocol-relative links included), then every mention, reference and bare URL GitHub's
 * passes would find in its text outside code and links — the checks of checkComment (d), on the rendered tree instead
 * of a browser's DOM: nothing here needs layout.
 */
export function linksInRendered(markdown: string): Array<Linked | { kind: string; text: string }> {
  const found: Array<Linked | { kind: string; text: string }> = [];
  walkRendered(
    markdown,
    (node) => {
      const { href, src } = node.properties ?? {};
      if (node.tagName === 'a' || node.tagName === 'img' || href !== undefined || src !== undefined) found.push({ kind: node.tagName!, text: String(href ?? src ?? '') });
    },
    (text, ignored) => ignored || found.push(...textLinks(text)),
  );
  return found;
}

/** Markdown → the HTML GitHub would serve for it, and the tables' row shapes as parsed. */
export async function renderLikeGitHub(markdown: string): Promise<RenderedComment> {
  const processor = sanitised().use(rehypeStringify);
  const tree = processor.parse(markdown) as MdNode;
  const tableRows: number[][] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'table') tableRows.push((node.children ?? []).map((row) => (row.children ?? []).length));
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  const html = String(await processor.run(tree as never).then((hast) => processor.stringify(hast as never)));
  return { html, tableRows };
}

let css: Promise<string> | null = null;
/** GitHub's Markdown stylesheet (light theme), from the github-markdown-css package. */
function githubCss(): Promise<string> {
  css ??= readFile(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return css;
}

/** A whole page: the comment body in GitHub's markup container, nothing else on it. */
export async function commentPage(html: string): Promise<string> {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<style>${await githubCss()}</style>`,
    `<style>html, body { margin: 0; padding: 0; background: #fff; } .markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 16px; }</style>`,
    '</head><body><article class="markdown-body">',
    html,
    '</article></body></html>',
  ].join('');
}

export interface CommentBrowser {
  page: Page;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh, empty profile, and one page 900 px wide. Nothing on the page reaches the network. */
export async function openBrowser(): Promise<CommentBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'model-gate-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Short: a full-page screenshot is then exactly as tall as the comment.
      viewport: { width: WIDTH, height: 100 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  // The comment is a string set into the page; any request it would make (an image, a stylesheet) is refused.
  await context.route('**/*', (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** What the page reports about the laid-out comment (measured by MEASURE, inside the page). */
interface Measured {
  scrollWidth: number;
  clientWidth: number;
  article: { width: number; right: number };
  overflowing: Array<{ tag: string; scrollWidth: number; clientWidth: number; text: string }>;
  outside: Array<{ tag: string; right: number; text: string }>;
  tables: Array<{ header: number; rows: number[] }>;
  firstHeading: { tag: string; text: string } | null;
  textBeforeHeading: string;
  links: Array<{ tag: string; href: string | null; text: string }>;
  texts: string[];
}

// Runs in the page (the project's TypeScript has no DOM types, so this is plain JavaScript). Opens every <details>
// first: a folded table has no width to measure.
const MEASURE = String.raw`(() => {
  const article = document.querySelector('article.markdown-body');
  for (const d of article.querySelectorAll('details')) d.open = true;
  const box = article.getBoundingClientRect();
  const short = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80);
  const overflowing = [...article.querySelectorAll('table, pre')]
    .filter((el) => el.scrollWidth > el.clientWidth)
    .map((el) => ({ tag: el.tagName.toLowerCase(), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, text: short(el) }));
  const outside = [...article.querySelectorAll('*')]
    .filter((el) => !el.closest('table, pre') || el.matches('table, pre'))
    .filter((el) => el.getBoundingClientRect().right > box.right + 0.5)
    .map((el) => ({ tag: el.tagName.toLowerCase(), right: el.getBoundingClientRect().right, text: short(el) }));
  const tables = [...article.querySelectorAll('table')].map((t) => ({
    header: t.tHead ? t.tHead.rows[0].cells.length : 0,
    rows: [...t.tBodies].flatMap((b) => [...b.rows].map((r) => r.cells.length)),
  }));
  const heading = article.querySelector('h1, h2, h3, h4, h5, h6');
  let textBeforeHeading = '';
  if (heading) {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && !heading.contains(n) && (heading.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING); n = walker.nextNode()) textBeforeHeading += n.data;
  }
  const links = [...article.querySelectorAll('a, img, [href], [src]')].map((el) => ({
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute('href') ?? el.getAttribute('src'),
    text: short(el),
  }));
  // The text GitHub's mention and reference passes see: every text node outside code and outside links, one by one.
  const texts = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest('code, pre, a')) texts.push(n.data);
  return {
    scrollWidth: document.scrollingElement.scrollWidth,
    clientWidth: document.scrollingElement.clientWidth,
    article: { width: box.width, right: box.right },
    overflowing,
    outside,
    tables,
    firstHeading: heading && { tag: heading.tagName.toLowerCase(), text: heading.textContent },
    textBeforeHeading,
    links,
    texts,
  };
})()`;

/** How a report's verdict (report.json `verdict`) reads in the comment: the word, and the icon, if any, beside it. */
const VERDICT_WORDS: Record<string, RegExp> = {
  pass: /\bpass(?:es|ed)?\b/i,
  warn: /\bwarn(?:s|ed|ing|ings)?\b/i,
  fail: /\bfail(?:s|ed|ure)?\b/i,
  'no-baseline': /\bno baseline\b/i,
};
const VERDICT_ICONS: Record<string, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': 'ℹ️' };

export interface Expectations {
  /** report.json's verdict: pass, warn, fail or no-baseline. */
  verdict: string;
  /** The hrefs (and image sources) the comment itself means to carry; any other link is untrusted text turned into one. */
  allowedHrefs: ReadonlySet<string>;
  /** Where to save full-page screenshots: PATH.png as posted (details folded) and PATH-details.png unfolded. */
  screenshot?: string;
  /** Whether to save PATH-details.png too (default true). */
  screenshotDetails?: boolean;
}

/**
 * Renders `markdown` as GitHub would, lays it out in Chromium and returns every problem: (a) anything that needs
 * sideways scrolling, (b) a first heading that is not the verdict, (c) a table row whose cell count is not the
 * header's, (d) a link, image, mention or reference the comment does not mean to make. Empty when all is well.
 */
export async function checkComment(browser: CommentBrowser, markdown: string, expect: Expectations): Promise<string[]> {
  const rendered = await renderLikeGitHub(markdown);
  const { page } = browser;
  await page.setContent(await commentPage(rendered.html), { waitUntil: 'load' });
  if (expect.screenshot) await page.screenshot({ path: `${expect.screenshot}.png`, fullPage: true });
  const m = (await page.evaluate(MEASURE)) as Measured;
  if (expect.screenshot && expect.screenshotDetails !== false) await page.screenshot({ path: `${expect.screenshot}-details.png`, fullPage: true });
  const problems: string[] = [];

  // (a) Nothing needs sideways scrolling: not the page, not a table (github-markdown-css makes tables display:block
  // with overflow:auto, so a wide one scrolls inside itself), not a code block; nothing sticks out of the article.
  if (m.scrollWidth > m.clientWidth) problems.push(`(a) the page scrolls sideways: ${m.scrollWidth} px of content in ${m.clientWidth} px`);
  for (const o of m.overflowing) problems.push(`(a) a ${o.tag} scrolls sideways: ${o.scrollWidth} px in ${o.clientWidth} px (${o.text})`);
  for (const o of m.outside) problems.push(`(a) a ${o.tag} reaches ${Math.round(o.right)} px, past the article's ${m.article.right} px (${o.text})`);

  // (b) The first heading is the verdict line, and nothing is said before it.
  const word = VERDICT_WORDS[expect.verdict];
  if (!word) problems.push(`(b) unknown verdict ${JSON.stringify(expect.verdict)}`);
  else if (!m.firstHeading) problems.push('(b) the comment has no heading');
  else {
    const h = m.firstHeading.text;
    if (!word.test(h)) problems.push(`(b) the first heading does not say the verdict ${expect.verdict}: ${JSON.stringify(h)}`);
    for (const [verdict, icon] of Object.entries(VERDICT_ICONS)) {
      if (verdict !== expect.verdict && h.includes(icon)) problems.push(`(b) the first heading carries the icon of ${verdict}, not ${expect.verdict}: ${JSON.stringify(h)}`);
    }
  }
  if (m.textBeforeHeading.trim() !== '') problems.push(`(b) text comes before the verdict heading: ${JSON.stringify(m.textBeforeHeading.trim().slice(0, 80))}`);

  // (c) Every body row has the header's number of cells: in the DOM, and in the Markdown as GFM parsed it.
  m.tables.forEach((t, i) => {
    t.rows.forEach((cells, r) => {
      if (cells !== t.header) problems.push(`(c) table ${i + 1}, body row ${r + 1}: ${cells} cells in the page, the header has ${t.header}`);
    });
  });
  if (rendered.tableRows.length !== m.tables.length) problems.push(`(c) ${rendered.tableRows.length} tables in the Markdown, ${m.tables.length} in the page`);
  rendered.tableRows.forEach(([header, ...rows], i) => {
    rows.forEach((cells, r) => {
      if (cells !== header) problems.push(`(c) table ${i + 1}, body row ${r + 1}: ${cells} cells written, the header has ${header}`);
    });
  });

  // (d) No link or image but those the comment means, and no mention or reference in the text GitHub would link.
  for (const l of m.links) {
    if (l.href === null || !expect.allowedHrefs.has(l.href)) problems.push(`(d) an unintended ${l.tag}: ${JSON.stringify(l.href)} (${JSON.stringify(l.text)})`);
  }
  for (const text of m.texts) for (const l of textLinks(text)) problems.push(`(d) GitHub would make a ${l.kind} of ${JSON.stringify(l.text)} in ${JSON.stringify(text.trim().slice(0, 120))}`);
  return problems;
}

/** The URLs a source file spells out: the only links a comment rendered by it can mean to make. */
export async function urlsIn(file: string): Promise<Set<string>> {
  return new Set((await readFile(file, 'utf8')).match(/https?:\/\/[^\s'"`<>()[\]\\]+/g) ?? []);
}
