// Quotation marks: pair opening and closing marks into quoted spans, paragraph by
// paragraph. Handles curly, straight, guillemet and low-9 marks, nesting, quotes
// that run over several paragraphs, and apostrophes ("Taliban’s", "talks’ venue").

import { itemAt, type Paragraph } from '../../document.js';
import type { Warning } from '../../types.js';

export interface QuotedSpan {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, and just after it ('' is two characters) */
  close: number;
  closeEnd: number;
  /** the words inside: open + 1 .. close */
  start: number;
  end: number;
  /** index of the paragraph where it opens, and where it closes */
  paragraph: number;
  lastParagraph: number;
}

type Family = 'double' | 'straight' | 'guillemet' | 'single' | 'doubled';

const OPENERS: Readonly<Record<string, Family>> = { '“': 'double', '„': 'double', '"': 'straight', '«': 'guillemet', '‘': 'single', "'": 'single', '‚': 'single' };
const CLOSERS: Readonly<Record<string, Family>> = { '”': 'double', '“': 'double', '"': 'straight', '»': 'guillemet', '’': 'single', "'": 'single' };

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// ASCII by code (most characters around a mark), the rest by regex
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return true;
  const k = c.charCodeAt(0);
  return k < 128 ? k === 32 || (k >= 9 && k <= 13) : SPACE.test(c);
}
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return k < 128 ? (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) : WORD_CHAR.test(c);
}
// a mark right after one of these opens: "(“", "—“", " “"
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,]/;

/** Is the mark at i in an opening position (start of a word)? */
function opensHere(text: string, i: number, last: number, from: number): boolean {
  const prev = i > from ? text[i - 1] : undefined;
  const next = text[last + 1];
  if (isSpace(next)) return false;
  return prev === undefined || BEFORE_OPEN.test(prev) || prev in OPENERS;
}

/** A mark at a word's start before a spaced ellipsis ("” … he delivered a mix…"): a quotation opened on a cut. */
function opensOnEllipsis(text: string, i: number, last: number, from: number): boolean {
  const prev = i > from ? text[i - 1] : undefined;
  if (prev !== undefined && !isSpace(prev)) return false;
  return text[last + 1] === ' ' && (text[last + 2] === '…' || text.startsWith('...', last + 2));
}

/** Is the mark at i in a closing position (end of a word or after punctuation)? */
function closesHere(text: string, i: number, from: number): boolean {
  const prev = i > from ? text[i - 1] : undefined;
  return prev !== undefined && !isSpace(prev);
}

/** A closing double mark after a space that follows a closing single mark, with a space or the end after it. */
function closesNested(text: string, i: number, last: number, from: number): boolean {
  return i - 2 >= from && text[i - 1] === ' ' && (text[i - 2] === "'" || text[i - 2] === '’') && isSpace(text[last + 1]);
}

interface Open {
  family: Family;
  at: number;
  length: number;
  paragraph: number;
}

/**
 * Quoted spans of the whole text, top level only: a quote nested inside another
 * ("the question: “As you know…”" inside a straight-quoted passage) stays part
 * of the outer one. Unclosed marks push an `unbalanced-quote` warning.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[], warnings: Warning[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let stack: Open[] = [];
  // jumps from mark to mark (the keys of OPENERS and CLOSERS); local, so its lastIndex is this call's
  const marks = /["'«»‘’‚“”„]/g;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    for (let i = para.start; i < para.end; i++) {
      marks.lastIndex = i;
      const found = marks.exec(text);
      if (!found || found.index >= para.end) break;
      i = found.index;
      const c = text[i]!;
      // '' as a double mark (''This isn't tax reform,'' said…)
      const doubled = c === "'" && text[i + 1] === "'";
      const length = doubled ? 2 : 1;
      const opener = doubled ? 'doubled' : OPENERS[c];
      const closer = doubled ? 'doubled' : CLOSERS[c];
      if (!opener && !closer) continue;
      const family = (opener ?? closer)!;
      const j = i + length - 1;
      if (family === 'single' && isWordChar(text[i - 1]) && isWordChar(text[i + 1])) continue; // "Taliban’s"
      const canOpen = opener !== undefined && opensHere(text, i, j, para.start);
      // "…outreach,' " he told": a double mark spaced off the single mark it closes around
      const canClose = closer !== undefined && (closesHere(text, i, para.start) || (family !== 'single' && closesNested(text, i, j, para.start)));
      const top = stack[stack.length - 1];
      let sameOpen = stack.findIndex((o) => o.family === family);
      // mixed styles: "Oz has a huge bully pulpit,” said… / “Immunity deals…FBI," said: the other double style closes
      if (sameOpen < 0 && canClose && !canOpen && (family === 'straight' || family === 'double')) {
        sameOpen = stack.findIndex((o) => o.family === (family === 'straight' ? 'double' : 'straight'));
      }
      // a closing position for an open mark of this family closes it ("…quickly,”")
      if (canClose && sameOpen >= 0) {
        const o = stack[sameOpen]!;
        if (sameOpen === 0) {
          spans.push({ open: o.at, close: i, closeEnd: i + length, start: o.at + o.length, end: i, paragraph: o.paragraph, lastParagraph: p });
        }
        stack = stack.slice(0, sameOpen);
        i = j;
        continue;
      }
      if (canOpen && (top === undefined || top.family !== family)) {
        stack.push({ family, at: i, length, paragraph: p });
        i = j;
        continue;
      }
      // ” used as an opener at the start of a word ("”Mr. Trump embodies…")
      // ("” … what I learned from listening…,” he said": before a spaced ellipsis at a word's start, too)
      if (closer && !opener && top === undefined && family !== 'single' && (opensHere(text, i, j, para.start) || opensOnEllipsis(text, i, j, para.start))) {
        stack.push({ family, at: i, length, paragraph: p });
        continue;
      }
      i = j;
      if (canClose && family !== 'single' && top === undefined) {
        warnings.push({ code: 'unbalanced-quote', message: `closing quotation mark ${c} with no opening mark`, start: i, end: i + 1 });
      }
    }
    stack = carryOver(text, paragraphs, p, stack, warnings);
  }
  return spans;
}

/**
 * At a paragraph's end, a double mark still open continues only when the next
 * paragraph reopens the same mark (the multi-paragraph convention); single marks
 * left open were apostrophes ("the ’90s", "rock ’n’ roll"); anything else is unbalanced.
 */
function carryOver(text: string, paragraphs: readonly Paragraph[], p: number, stack: Open[], warnings: Warning[]): Open[] {
  const kept = stack.filter((o) => o.family !== 'single');
  if (kept.length === 0) return [];
  const next = itemAt(paragraphs, p + 1);
  const first = next ? text[next.start] : undefined;
  const outer = kept[0]!;
  const firstFamily = first === "'" && text[next!.start + 1] === "'" ? 'doubled' : first !== undefined ? OPENERS[first] ?? CLOSERS[first] : undefined;
  if (kept.length === 1 && firstFamily === outer.family) {
    // the next paragraph's opening mark continues this quote; the scan skips it
    // because a mark of an already open family never opens a second quote
    return [outer];
  }
  for (const o of kept) {
    warnings.push({ code: 'unbalanced-quote', message: `quotation mark ${text[o.at]} opened here is never closed`, start: o.at, end: o.at + 1 });
  }
  return [];
}
