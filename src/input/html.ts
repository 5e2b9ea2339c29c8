// A saved news page to plain text: the article body (Mozilla Readability over a
// linkedom DOM), its headline and its publication date from the page's metadata.
// The text returned is what the pipeline reads and what `source.text` carries:
// every offset in the output refers to it, not to the HTML.

import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { toCalendarDate } from './calendar-date.js';
import { Paragraphs } from './paragraphs.js';

export interface HtmlArticle {
  /** the headline, then the article's paragraphs, separated by blank lines */
  text: string;
  title: string | null;
  /** YYYY-MM-DD from the page's metadata, or null */
  publishedDate: string | null;
  /** why the text is the whole body rather than the article Readability finds (see MAX_DEPTH) */
  warning?: { code: string; message: string };
}

/**
 * Readability's time grows steeply with the page's nesting: 1.5 s at 250 nested <div>s, 20 s at
 * 1,000, over 10 minutes at 20,000 (100 KB); 10,000 unclosed "<p><b><i>" nest the same way. News
 * pages nest 20–60 deep. A deeper page is read whole, as when Readability finds no article.
 */
const MAX_DEPTH = 200;

/** Whether any element under `root` is more than `limit` elements deep (a loop: no recursion). */
function deeperThan(root: Node, limit: number): boolean {
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1 && node.firstChild) {
      if (++depth > limit) return true;
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) return false;
    }
    node = node ? node.nextSibling : null;
  }
  return false;
}

/** Blocks that end a paragraph: their text never runs into the next block's. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase());
}

/**
 * Paragraphs of a DOM subtree as plain text: blocks become blank-line-separated paragraphs.
 * The tree is walked with a loop, not by recursion: a page of 16,000 nested <div>s overflowed
 * the call stack, and the article came out empty.
 */
export function blockText(root: Node): string {
  const out = new Paragraphs();
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      out.add(node.nodeValue ?? '');
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') {
        // "Line one<br>Line two" in a verse or an address: a break, not a run-on
        out.end();
      } else if (!SKIPPED.has(tag)) {
        if (BLOCKS.has(tag)) out.end();
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        if (BLOCKS.has(tag)) out.end();
      }
    }
    // the next node in document order, ending each block this climbs out of
    let next: Node | null = node.nextSibling;
    let up: Node | null = node;
    while (!next) {
      up = up.parentNode;
      if (!up || up === root) break;
      if (isBlock(up)) out.end();
      next = up.nextSibling;
    }
    node = next;
  }
  return out.list().join('\n\n');
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** JSON-LD `datePublished`, found in a top-level object, an array or an `@graph`. */
function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and harmless: try the next source
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const date = typeof record.datePublished === 'string' ? toCalendarDate(record.datePublished) : null;
        if (date) return date;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

function publishedDate(document: Document): string | null {
  return (
    toCalendarDate(metaContent(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]'])) ??
    jsonLdDate(document) ??
    toCalendarDate(metaContent(document, ['meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="date"]'])) ??
    toCalendarDate(document.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  return text || null;
}

function bodyOf(document: Document): HTMLElement | null {
  try {
    return document.documentElement ? document.body : null;
  } catch {
    return null; // linkedom's getter throws on a document without an <html> element
  }
}

/**
 * The page's DOM. linkedom, unlike a browser, builds no <html> and <body> around a fragment
 * ("<p>Flooding…</p>" saved as .html, or a page that is only a <script>): it made the first
 * element the root, lost the text and crashed on `document.body`. Such a page is read again
 * inside a skeleton.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  // linkedom makes a fragment's first element the root ("<p>" above an empty <body>)
  if (document.documentElement?.tagName.toUpperCase() === 'HTML' && bodyOf(document)) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Extracts the article; a page Readability cannot read falls back to the whole body's text. */
export function extractHtml(html: string): HtmlArticle {
  const document = parsePage(html);
  if (!bodyOf(document)) return { text: '', title: null, publishedDate: null };
  // Metadata first: Readability rewrites the document as it works.
  const ogTitle = clean(metaContent(document, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]']));
  const pageTitle = clean(document.querySelector('title')?.textContent);
  const headings = new Set([...document.querySelectorAll('h1')].slice(0, 10).map((h) => clean(h.textContent)));
  const date = publishedDate(document);
  let body = '';
  let readabilityTitle: string | null = null;
  const tooDeep = deeperThan(bodyOf(document)!, MAX_DEPTH);
  try {
    const article = tooDeep ? null : new Readability(document as unknown as Document, { serializer: (node) => node }).parse();
    if (article?.content) body = blockText(article.content);
    readabilityTitle = clean(article?.title);
  } catch {
    body = ''; // Readability gave up on this page: the plain body below still gives text
  }
  // Readability takes the document apart as it works, also when it gives up (a page of 20,000
  // nested <div>s came out empty): the plain body is read from a fresh parse, if it ran.
  const rest = body ? null : bodyOf(tooDeep ? document : parsePage(html));
  if (rest) body = blockText(rest);
  const title = ogTitle ?? readabilityTitle ?? pageTitle;
  // The headline leads the text, as in a plain-text article, so that it is segmented as the title;
  // unless the article already starts with its own <h1> ("Flooding Forces Thousands" under
  // <title>Flooding | Courier</title>): the headline is then in the text once, where the page put it.
  const first = body.slice(0, body.indexOf('\n\n') >>> 0);
  const leads = headings.has(first) || (title !== null && body.startsWith(title));
  const text = title && !leads ? (body ? `${title}\n\n${body}` : title) : body;
  if (!tooDeep) return { text, title, publishedDate: date };
  const message = `the page nests elements over ${MAX_DEPTH} deep: its whole body was read, navigation and all, not the article alone`;
  return { text, title, publishedDate: date, warning: { code: 'page-too-deep', message } };
}
