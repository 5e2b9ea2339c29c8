// Sentences inside a body paragraph: where a full stop, question or exclamation mark ends one.

import { BEFORE_NUMBER, isSentenceStarter, NEVER_FINAL, SOMETIMES_FINAL } from '../../lexicon/abbreviations.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { isDigit, isLowerAscii, isUpperAscii } from './tokens.js';
import { type Line, splitLines, trimSpan } from './paragraphs.js';

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
  // "See p. 4 for details", "He cited Art. 5 of the treaty": a reference before its number
  if (BEFORE_NUMBER.has(key) && /^\d/.test(next)) return false;
  if (NEVER_FINAL.has(key)) return false;
  // "said Del. Stacey Plaskett": a delegate's title, but a state after its city's comma ("Dover, Del. The company…")
  if (key === 'del') return text.slice(Math.max(floor, dot - before.length - 2), dot - before.length) === ', ';
  // "John F. Kennedy", "Daesh (I.S.)": single initials never end a sentence
  if (/^\p{Lu}$/u.test(before)) return false;
  // "signed by Li Jun. Li later said…": a month's abbreviation goes on only into a day, a year or another month
  // (MONTHS holds every month's abbreviation with its stop: "jan.", "sept.")
  if (MONTHS.has(key + '.')) return !/^\p{N}/u.test(next) && !MONTHS.has(next.toLowerCase());
  // "shortly before 11 a.m. Industrial police chief …": after a clock any capital opens a sentence but a
  // day, a month or a time zone ("8 a.m. Tuesday", "7 p.m. Sept. 3", "10 a.m. EST", "9 a.m. Eastern")
  if (key === 'a.m' || key === 'p.m') return isSentenceStarter(next) || (/^\p{Lu}/u.test(next) && !clockGoesOn(next) && !placeTime(text, dot + 1));
  // "the U.S. Embassy", "Jan. 27": only a common sentence opener splits
  if (SOMETIMES_FINAL.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return isSentenceStarter(next) || (quoted && /^\p{Lu}/u.test(next));
  return true;
}

/** Words after "a.m."/"p.m." that go on with the time: zones and the days and months of WEEKDAYS, MONTHS, SOMETIMES_FINAL. */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['eastern', 'central', 'pacific', 'mountain', 'atlantic', 'local', 'greenwich', 'utc', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Does the capitalised word after a clock's "a.m."/"p.m." go on with the time? */
function clockGoesOn(next: string): boolean {
  const w = next.toLowerCase().replace(/\.$/, '');
  // "EST", "ET", "GMT", "CEST": a time zone's capitals end in T
  return CLOCK_WORDS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w) || /^[A-Z]{1,4}T$/.test(next);
}

/** "1:30 p.m. Colombia time", "9 a.m. Tokyo time": a place's clock after the time (one or two capitalised words, then "time"). */
function placeTime(text: string, from: number): boolean {
  return /^\s{1,3}\p{Lu}[\p{L}-]{0,24}(?:\s\p{Lu}[\p{L}-]{0,24})?\s(?:time|Time)\b/u.test(text.slice(from, from + 64));
}

const SHORT_LINE = 40;

// A list item's marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ". Live pages,
// "What we know" boxes and press releases list facts one a line, often after a line that ends
// without a stop ("Here is what we know:\n- At least 63 people have been killed…").
// En and em dashes are left out: a wrapped line may open on one ("– after a pause – that…").
const LIST_MARKER = /^(?:[-*\u2022\u00b7]|\d{1,3}[.)])[ \t\u00a0]+(?=\S)/u;

/** Where a line's text starts, past its spaces and a list marker. */
function itemStart(text: string, line: Line): number {
  const start = trimSpan(text, line.start, line.end).start;
  const marker = LIST_MARKER.exec(text.slice(start, Math.min(line.end, start + 8)));
  return marker ? start + marker[0].length : start;
}

/**
 * Sentence spans inside one body paragraph. A line break ends a sentence after
 * a short line ("KENYA:\nTotal dead: 10\nInjured: 74"): hard-wrapped prose has
 * full-width lines, a table or a list has short ones.
 */
export function splitSentences(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  const lines = splitLines(text.slice(start, end)).map((l) => ({ start: start + l.start, end: start + l.end }));
  if (lines.length > 1) {
    let from = itemStart(text, lines[0]!);
    for (let i = 0; i < lines.length; i++) {
      const line = trimSpan(text, lines[i]!.start, lines[i]!.end);
      const last = i === lines.length - 1;
      const short = line.end - line.start < SHORT_LINE && !/[,;\-–—]$/.test(text.slice(line.start, line.end));
      // the next line is a list item: it starts a sentence, without its marker
      const next = last ? from : itemStart(text, lines[i + 1]!);
      if (last || short || next !== trimSpan(text, lines[i + 1]!.start, lines[i + 1]!.end).start) {
        out.push(...splitProse(text, from, lines[i]!.end));
        if (!last) from = next;
      }
    }
    return out.filter((s) => s.end > s.start);
  }
  return splitProse(text, itemStart(text, { start, end }), end);
}

/** Space as the splitter sees it: ASCII whitespace, NBSP and the other Unicode spaces. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

const TERMINATOR = /[.!?…]/g;
const OPENER = /[\p{Lu}\p{N}"“‘'«(\[`]/u;
const NEXT_WORD = /[\p{L}\p{N}’']{1,40}/uy;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);
/** A dateline that ends on an abbreviation: "ALLENTOWN, Pa.", "SPRINGFIELD, Ill.", "EAU CLAIRE, Wis.". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40}, \p{Lu}[\p{L}.]{0,12}\.$/u;
/** A wire service's credit after a dateline: "(AP) —", "(Reuters) -", "(AFP) –", or its date: "(Dec. 10, 2015) –". */
const WIRE_CREDIT = /\(\p{Lu}[\p{L}\p{N}&., ]{0,24}\)[ \t]{0,3}[—–-]/uy;

/**
 * A full stop at `dot` with a sentence glued after it (at `next`): three lower-case letters before
 * it (no abbreviation, no address: "U.S.", "abc7ny.comThe" are left), a capital and a lower-case
 * letter after it ("away.Officers", "wound.That").
 */
function gluedSentence(text: string, from: number, dot: number, next: number): boolean {
  if (text.charCodeAt(dot) !== 46 || next !== dot + 1 || dot - from < 3) return false;
  for (let k = dot - 3; k < dot; k++) if (!isLowerAscii(text.charCodeAt(k))) return false;
  return isUpperAscii(text.charCodeAt(next)) && isLowerAscii(text.charCodeAt(next + 1));
}

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
    if (j < end && !isSpace(text.charCodeAt(j))) {
      // "…then ran away.Officers found two men": paragraphs glued in a scraped page
      if (!gluedSentence(text, from, i, j)) continue;
      out.push(trimSpan(text, from, j));
      from = j;
      TERMINATOR.lastIndex = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!OPENER.test(next)) continue;
    // "ALLENTOWN, Pa. (AP) — The family…": a dateline's abbreviation, then the wire's credit and a dash
    // (only a dateline that opens its sentence: "…shootingEAU CLAIRE, Wis. (WEAU) --" is a headline glued
    // to the body in scraped text, and the split there is what keeps the body's first sentence body)
    if (next === '(' && c === '.' && i - from < 60 && DATELINE.test(text.slice(from, i + 1))) {
      WIRE_CREDIT.lastIndex = k;
      if (WIRE_CREDIT.test(text)) continue;
    }
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
