// segment: paragraphs (title, headings, body), sentences and tokens, with offsets.
// First stage: every other stage reads sentences.

import type { Doc, Paragraph, ParagraphKind, Sentence, Token, TokenKind } from '../document.js';
import type { Stage } from '../stage.js';
import { isSentenceStarter, NEVER_FINAL, SOMETIMES_FINAL } from '../lexicon/abbreviations.js';

interface Line {
  start: number;
  end: number;
}

/** Lines without their terminators; \r\n, \r and \n all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

const BLANK = /^[\s\u200b\ufeff]*$/;

/** Trim a span to its non-space content (spaces include NBSP and zero-width space). */
function trimSpan(text: string, start: number, end: number): Line {
  while (start < end && /[\s\u200b\ufeff]/.test(text[start]!)) start++;
  while (end > start && /[\s\u200b\ufeff]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Paragraphs are blocks separated by blank lines; when the text has no blank
 * line at all, every line is a paragraph (one-paragraph-per-line exports).
 */
export function splitParagraphs(text: string): Line[] {
  const lines = splitLines(text);
  const hasBlank = lines.some((l, i) => i > 0 && i < lines.length - 1 && BLANK.test(text.slice(l.start, l.end)));
  const blocks: Line[] = [];
  let current: Line | null = null;
  for (const line of lines) {
    const blank = BLANK.test(text.slice(line.start, line.end));
    if (blank || !hasBlank) {
      if (current) blocks.push(current);
      current = blank ? null : { ...line };
      continue;
    }
    if (current) current.end = line.end;
    else current = { ...line };
  }
  if (current) blocks.push(current);
  return blocks.map((b) => trimSpan(text, b.start, b.end)).filter((b) => b.end > b.start);
}

const FINAL_PUNCTUATION = /[.!?:;…,"”’'»)\]]$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** "A Fraught Relationship": short, one line, no final stop, starts with a capital or digit. */
function looksLikeHeading(line: string, maxWords: number): boolean {
  if (/[\r\n]/.test(line) || FINAL_PUNCTUATION.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(line)) return false;
  const words = line.match(WORD)?.length ?? 0;
  return words > 0 && words <= maxWords;
}

function classify(text: string, blocks: Line[]): Paragraph[] {
  return blocks.map((b, index) => {
    const line = text.slice(b.start, b.end);
    let kind: ParagraphKind = 'body';
    if (index === 0 && blocks.length > 1 && looksLikeHeading(line, 25)) kind = 'title';
    else if (index > 0 && index < blocks.length - 1 && looksLikeHeading(line, 12)) kind = 'heading';
    return { index, kind, start: b.start, end: b.end };
  });
}

const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** The word right before a full stop at `dot`: "Dr" in "Dr.", "U.S" in "U.S.". */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  // bounded: "U.S.U.S.U.S…" must not scan back to the sentence start at every dot
  const stop = Math.max(floor, dot - 24);
  while (i > stop && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/**
 * Does the full stop at `dot` end a sentence, given the word that follows? `quoted`: that word
 * opens a quotation ("…Harris Upham & Co. “It's going to get bloody,” he said").
 */
function endsSentence(text: string, dot: number, floor: number, next: string, quoted: boolean): boolean {
  const before = wordBefore(text, dot, floor);
  // an ordinal's suffix is no abbreviation: "since January 1st. Thousands…" ("St. Louis" is)
  const key = before.toLowerCase();
  if (ORDINAL_SUFFIXES.has(key) && isDigit(text.charCodeAt(dot - before.length - 1))) return true;
  // "No. 3" but "forty-four, no. Rasmussen has…"
  if (key === 'no' || key === 'nos') return !/^\d/.test(next);
  if (NEVER_FINAL.has(key)) return false;
  // "John F. Kennedy", "Daesh (I.S.)": single initials never end a sentence
  if (/^\p{Lu}$/u.test(before)) return false;
  // "the U.S. Embassy", "8 a.m. Tuesday", "Jan. 27": only a common sentence opener splits
  if (SOMETIMES_FINAL.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return isSentenceStarter(next) || (quoted && /^\p{Lu}/u.test(next));
  return true;
}

const SHORT_LINE = 40;

/**
 * Sentence spans inside one body paragraph. A line break ends a sentence after
 * a short line ("KENYA:\nTotal dead: 10\nInjured: 74"): hard-wrapped prose has
 * full-width lines, a table or a list has short ones.
 */
export function splitSentences(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  const lines = splitLines(text.slice(start, end)).map((l) => ({ start: start + l.start, end: start + l.end }));
  if (lines.length > 1) {
    let from = lines[0]!.start;
    for (let i = 0; i < lines.length; i++) {
      const line = trimSpan(text, lines[i]!.start, lines[i]!.end);
      const last = i === lines.length - 1;
      const short = line.end - line.start < SHORT_LINE && !/[,;\-–—]$/.test(text.slice(line.start, line.end));
      if (last || short) {
        out.push(...splitProse(text, from, lines[i]!.end));
        if (!last) from = lines[i + 1]!.start;
      }
    }
    return out.filter((s) => s.end > s.start);
  }
  return splitProse(text, start, end);
}

/** Space as the splitter sees it: ASCII whitespace, NBSP and the other Unicode spaces. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

const TERMINATOR = /[.!?…]/g;
const OPENER = /[\p{Lu}\p{N}"“‘'«(\[`]/u;
const NEXT_WORD = /[\p{L}\p{N}’']{1,40}/uy;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);

function splitProse(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  let from = start;
  // jump from one terminator to the next instead of testing every character
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m && m.index < end; m = TERMINATOR.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!OPENER.test(next)) continue;
    if (c === '.' && j === i + 1) {
      const quoted = OPENING_QUOTES.has(next);
      NEXT_WORD.lastIndex = quoted ? k + 1 : k;
      const word = NEXT_WORD.exec(text);
      if (!endsSentence(text, i, from, word ? word[0] : next, quoted)) continue;
    }
    out.push(trimSpan(text, from, j));
    from = k;
    TERMINATOR.lastIndex = k;
  }
  const last = trimSpan(text, from, end);
  if (last.end > last.start) out.push(last);
  return out;
}

// Tokens: a run of letters, digits and marks, continued across an inner apostrophe, hyphen or
// ampersand ("Taliban’s", "Tehreek-e-Taliban", "AT&T") and across a decimal or thousands
// separator before digits ("2,500", "3.5"); any other non-space character is a token of its own.
// A scanner over character codes, not a regular expression: this runs on every character of
// every article, and the regex's match objects cost three times the scan (same tokens).
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/uy;
const SPACE_CHAR = /\s/uy;
const LETTER_START = /^[\p{L}\p{M}]/u;
const NUMBER_START = /^\p{N}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is the code point at `i` (first unit `c`) a letter, number or mark? ASCII by code, the rest by \p{…}. */
function isWordAt(text: string, i: number, c: number): boolean {
  if (c < 128) return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text);
}

function isSpaceAt(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE_CHAR.lastIndex = i;
  return SPACE_CHAR.test(text);
}

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair ("𝐀"). */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordAt(text, i, text.charCodeAt(i))) i += unitsAt(text, i);
  return i;
}

const JOINERS = new Set([0x2019, 39, 45, 38]); // ’ ' - &

// Scraped pages glue a site's name to the article's first word ("abc7chicago.comTwo people were
// shot"): after a dot, a top-level domain followed at once by a capital is a word of its own.
const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu']);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** Where a word starting at i ends when it is such a domain, else -1. */
function gluedDomainEnd(text: string, i: number, j: number): number {
  if (j - i < 5 || text.charCodeAt(i - 1) !== 46 || !isUpper(text.charCodeAt(i + 3))) return -1;
  return DOMAINS.has(text.slice(i, i + 3)) ? i + 3 : -1;
}

/**
 * The text with each UTF-16 unit cut to its low byte: a one-byte string, from which a token
 * made only of Latin-1 characters is sliced (see tokenize).
 */
export function narrowCopy(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** Does text[from, to) hold only Latin-1 characters? */
function allLatin1(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 0xff) return false;
  return true;
}

/**
 * The tokens of text[start, end). `narrow` is narrowCopy(text): a token of Latin-1 characters
 * is sliced from it, so that it is a one-byte string even when the article is not. Why: one
 * curly quote makes a whole article two-byte in V8, and so every token sliced from it; every
 * stage then hashes, compares, lower-cases and matches two-byte strings, which costs more
 * (lower-casing a two-byte string goes through ICU).
 */
export function tokenize(text: string, start: number, end: number, narrow = narrowCopy(text)): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceAt(text, i, c)) {
      i++;
      continue;
    }
    let j = i + unitsAt(text, i);
    if (isWordAt(text, i, c)) {
      j = wordEnd(text, i);
      for (;;) {
        const d = text.charCodeAt(j);
        if (JOINERS.has(d) && j + 1 < text.length && isWordAt(text, j + 1, text.charCodeAt(j + 1))) j = wordEnd(text, j + 1);
        else if ((d === 46 || d === 44) && isDigit(text.charCodeAt(j + 1))) {
          j += 2;
          while (isDigit(text.charCodeAt(j))) j++;
        } else break;
      }
    }
    if (i > start) {
      const domain = gluedDomainEnd(text, i, j);
      if (domain > 0) j = domain;
    }
    // a token never runs past its sentence ("…end.Next" split by the caller)
    const stop = Math.min(end, j);
    const t = allLatin1(text, i, stop) ? narrow.slice(i, stop) : text.slice(i, stop);
    tokens.push({ start: i, end: stop, text: t, lower: lowerOf(t), kind: kindOf(t) });
    i = j;
  }
  return tokens;
}

/**
 * `t` lower-cased, itself when it has no capital. Why not always toLowerCase: in an article
 * with one curly quote every token is a two-byte string, and V8 lower-cases those through ICU
 * even when they are plain lowercase ASCII ("the"): 2% of the CPU of such a run.
 */
function lowerOf(t: string): string {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return t.toLowerCase();
  }
  return t;
}

/** ASCII first (most tokens of English news), then Unicode letters and numbers ("٢٠٢٥", "Ōsaka"). */
function kindOf(t: string): TokenKind {
  const code = t.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'number';
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'word';
  if (code < 128) return 'punct';
  return LETTER_START.test(t) ? 'word' : NUMBER_START.test(t) ? 'number' : 'punct';
}

export const segment: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'title'],
  run(doc: Doc) {
    const { text } = doc;
    doc.paragraphs = classify(text, splitParagraphs(text));
    const sentences: Sentence[] = [];
    const narrow = narrowCopy(text);
    for (const p of doc.paragraphs) {
      const spans = p.kind === 'body' ? splitSentences(text, p.start, p.end) : [p];
      for (const s of spans) {
        sentences.push({
          index: sentences.length,
          paragraph: p.index,
          body: p.kind === 'body',
          start: s.start,
          end: s.end,
          tokens: tokenize(text, s.start, s.end, narrow),
        });
      }
    }
    doc.sentences = sentences;
    const title = doc.paragraphs.find((p) => p.kind === 'title');
    doc.title = title ? text.slice(title.start, title.end) : null;
  },
};
