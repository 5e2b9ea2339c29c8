// Paragraphs: blocks of lines, told apart as title, headings and body.

import type { Paragraph, ParagraphKind } from '../../document.js';
import { isLowerAscii, isUpperAscii } from './tokens.js';

export interface Line {
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
export function trimSpan(text: string, start: number, end: number): Line {
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
  const paragraphs = blocks.map((b) => trimSpan(text, b.start, b.end)).filter((b) => b.end > b.start);
  return paragraphs.length > 0 ? [...unglueHeadline(text, paragraphs[0]!), ...paragraphs.slice(1)] : paragraphs;
}

/**
 * A scraped page's headline, its site's name after a bar, and the first line of the story, glued
 * together: "Man shot inside restaurant in East Harlem | abc7ny.comThe shooting occurred…" (111 of
 * 680 dev texts). The site's address ends the headline, which is a paragraph of its own, so it is
 * read as the title and the story's first sentence starts at its own capital.
 */
const GLUED_SITE = /\|[^|\n]{1,80}?\.(?:com|org|net|us|tv|co\.uk)(?=\p{Lu})/u;
const GLUE_REACH = 400;

/**
 * Or the headline glued to the story's dateline, with no site address between: "…after
 * officer-involved shootingEAU CLAIRE, Wis. (WEAU) -- Eau Claire police say…", "« CBS DenverAURORA,
 * Colo. (CBS4) – A deputy…", "…on Detroit's west sideDETROIT (WXYZ) - Police…": a lower-case letter,
 * then a city in capitals, a state, a broadcaster's credit and a dash. The cut is before the city.
 * A station's number may run into the city too: "… | Fox 59INDIANAPOLIS, Ind. (Dec. 10, 2015) – A…".
 * The pattern is tried anchored at each capital after a lower-case letter or digit, on the text just after it.
 */
const GLUED_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:, \p{Lu}[\p{L}.]{1,14})? ?(?:\([^()\n]{1,24}\))? ?(?:—|–|--|-) /u;
/** Enough of the text after a glue to hold a dateline. */
const DATELINE_REACH = 100;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Where the story's dateline starts after a lower-case letter or digit it is glued to, or -1 (the pattern anchored at each such capital). */
function gluedDatelineCut(head: string): number {
  for (let i = 1; i < head.length; i++) {
    if (!UPPER.test(head[i]!) || !LOWER_OR_DIGIT.test(head[i - 1]!)) continue;
    if (GLUED_DATELINE.test(head.slice(i, i + DATELINE_REACH))) return i;
  }
  return -1;
}

/**
 * Or the site's name after the headline's last bar glued to the story's first word, with no
 * address: "… | Local News - HomeState troopers are continuing…", "… | The Augusta ChroniclePolice
 * responded…", "… | Dallas Morning NewsDallas police arrested…". The first capitalised word of
 * three or more letters followed at once by a capital ("HomeState") within 80 characters of the
 * bar is cut before that capital.
 */
const MENU_REACH = 80;

/** "RanchoMurieta.com -- Rancho Murieta news…": a word run on into a dot and letters is an address, not a glue. */
function addressAt(head: string, i: number): boolean {
  while (i < head.length && (isLowerAscii(head.charCodeAt(i)) || isUpperAscii(head.charCodeAt(i)))) i++;
  return head.charCodeAt(i) === 46 && isLowerAscii(head.charCodeAt(i + 1) | 32);
}

function gluedMenuCut(head: string): number {
  const bar = head.lastIndexOf('|');
  if (bar < 0) return -1;
  const stop = Math.min(head.length - 1, bar + MENU_REACH);
  let wordStart = -1; // -1: between words; -2: in a word that cannot be such a glue; else where it began
  for (let i = bar + 1; i < stop; i++) {
    const c = head.charCodeAt(i);
    const upper = isUpperAscii(c);
    if (!upper && !isLowerAscii(c)) wordStart = -1;
    else if (wordStart === -1) wordStart = upper ? i : -2;
    else if (wordStart >= 0 && upper) {
      if (i - wordStart >= 3 && isLowerAscii(head.charCodeAt(i - 1)) && !addressAt(head, i)) return i;
      wordStart = -2; // "MSNewsNow", "WBNS": a capital inside a name is no glue
    }
  }
  return -1;
}

function unglueHeadline(text: string, first: Line): Line[] {
  const head = text.slice(first.start, Math.min(first.end, first.start + GLUE_REACH));
  const m = GLUED_SITE.exec(head);
  const d = m ? -1 : gluedDatelineCut(head);
  const menu = m || d >= 0 ? -1 : gluedMenuCut(head);
  if (!m && d < 0 && menu < 0) return [first];
  const cut = first.start + (m ? m.index + m[0].length : d >= 0 ? d : menu);
  return [{ start: first.start, end: cut }, { start: cut, end: first.end }];
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

export function classify(text: string, blocks: Line[]): Paragraph[] {
  return blocks.map((b, index) => {
    const line = text.slice(b.start, b.end);
    let kind: ParagraphKind = 'body';
    if (index === 0 && blocks.length > 1 && looksLikeHeading(line, 25)) kind = 'title';
    else if (index > 0 && index < blocks.length - 1 && looksLikeHeading(line, 12)) kind = 'heading';
    return { index, kind, start: b.start, end: b.end };
  });
}
