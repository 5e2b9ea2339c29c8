// A Markdown article to plain text: its paragraphs without the markup, its headline and its
// publication date. Read as plain text, "The [city council](https://…) said" had no source,
// "said **Mayor Ellen Park**" no speaker, and "# Flood barrier fails" was a claim.
//
// markdown-it (CommonMark, with GitHub's tables and strikethrough) parses the article, and its
// tokens are read as text: emphasis, links and images go; headings, list items, quotations and
// table rows become paragraphs of their own. Reading tokens, not rendered HTML, spares a DOM
// (linkedom takes ~100 ms to load) for a one-article run. As for a page, the text returned is
// what the pipeline reads and what `source.text` carries.
// Why markdown-it: on hostile text (80 KB of "**_a", "_a_", "[a]") marked took 20–44 s, its
// emphasis and link scanning growing with the square of the paragraph; markdown-it took under
// 0.6 s at 100 KB and ~5 s at 1 MB, and bounds nesting (">>>>…", lists) at 100 levels.
//
// A YAML front matter block (Jekyll, Hugo, Astro…) gives the title and the date:
//   ---
//   title: Flood barrier fails
//   date: 2025-10-27
//   ---

import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { parse as parseYaml } from 'yaml';
import { toCalendarDate } from './calendar-date.js';
import type { HtmlArticle } from './html.js';
import { Paragraphs } from './paragraphs.js';

const markdownIt = new MarkdownIt({ html: true });

/** Front matter keys that hold the publication date, in the order they are trusted. */
const DATE_KEYS = ['date', 'published', 'publishDate', 'pubDate', 'datePublished', 'published_at'];

interface FrontMatter {
  title: string | null;
  date: string | null;
  /** where the Markdown after the block starts */
  end: number;
}

const LETTER = /\p{L}/u;
const FENCE = /^---[ \t]*\r?\n/;

const NONE: FrontMatter = { title: null, date: null, end: 0 };

/** The YAML block a file opens with, between two "---" lines (never text, even when its YAML is broken); none when it is not closed. */
function frontMatter(markdown: string): FrontMatter {
  const open = FENCE.exec(markdown);
  if (!open) return NONE;
  // the closing fence: a line that is "---" or "..." alone, found by scanning lines, not by a pattern over the file
  let at = open[0].length;
  while (at < markdown.length) {
    const next = markdown.indexOf('\n', at);
    const lineEnd = next < 0 ? markdown.length : next;
    const line = markdown.slice(at, lineEnd).trimEnd();
    if (line === '---' || line === '...') {
      return { ...fields(markdown.slice(open[0].length, at)), end: next < 0 ? markdown.length : next + 1 };
    }
    at = lineEnd + 1;
  }
  return NONE;
}

function fields(yaml: string): Omit<FrontMatter, 'end'> {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return { title: null, date: null }; // a broken block is still not article text: it is skipped
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { title: null, date: null };
  const record = data as Record<string, unknown>;
  const title = typeof record.title === 'string' ? clean(record.title) : null;
  let date: string | null = null;
  for (const key of DATE_KEYS) {
    const value = record[key];
    date = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? toCalendarDate(value) : null;
    if (date) break;
  }
  return { title, date };
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  return text || null;
}

/** Block tokens whose opening or closing ends a paragraph. */
const BREAKS = new Set(['paragraph', 'heading', 'blockquote', 'list_item', 'tr', 'hr']);
const TAG = /<[^<>]*>/g;
const LINE_BREAK_TAG = /^<br\b/i;
const OPEN_OR_CLOSE = /_(?:open|close)$/;

/** The paragraphs of a token list: one per block, whitespace collapsed. */
function paragraphsOf(tokens: readonly Token[]): string[] {
  const out = new Paragraphs();
  for (const token of tokens) {
    const kind = token.type.replace(OPEN_OR_CLOSE, '');
    if (BREAKS.has(kind)) out.end();
    else if (kind === 'th' || kind === 'td') out.add(token.nesting === 1 && out.open ? ' | ' : '');
    else if (token.type === 'fence' || token.type === 'code_block' || token.type === 'html_block') {
      out.end();
      // raw HTML as text: its tags go, its entities are decoded
      out.add(token.type === 'html_block' ? markdownIt.utils.unescapeAll(token.content.replace(TAG, ' ')) : token.content);
      out.end();
    } else if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') out.add(child.content);
        else if (child.type === 'softbreak') out.add(' ');
        // "Line one<br>Line two", a hard break: a line of its own, as in a page
        else if (child.type === 'hardbreak' || (child.type === 'html_inline' && LINE_BREAK_TAG.test(child.content))) out.end();
      }
    }
  }
  return out.list();
}

/** The article of a Markdown file: a first-level heading that opens it is its headline. */
export function extractMarkdown(markdown: string): HtmlArticle {
  const meta = frontMatter(markdown);
  const source = markdown.slice(meta.end);
  const tokens = markdownIt.parse(source, {});
  const paragraphs = paragraphsOf(tokens);
  const heading = tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1' ? (paragraphsOf(tokens.slice(0, 3))[0] ?? null) : null;
  let body = paragraphs.join('\n\n');
  // past 100 levels of nesting (">>>>…") markdown-it drops the rest: the words are then read as they are
  if (!body && LETTER.test(source)) body = source.trim();
  const title = meta.title ?? heading;
  // the headline leads the text, as in a plain-text article, unless the article opens with it
  const text = meta.title && !body.startsWith(meta.title) ? (body ? `${meta.title}\n\n${body}` : meta.title) : body;
  return { text, title, publishedDate: meta.date };
}
