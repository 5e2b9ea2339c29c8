// The per-document pass that decides, sentence by sentence, which date rules run (the
// trigger words are in ./triggers.ts). Most sentences hold no temporal expression, so this
// runs on every token of the document and must stay cheap: a word's length and end letters
// are read from the text and most words are ruled out by them unread; digits and hyphens
// are found by scanning the text once ("mid-1996", "year-end"), not each word; and nothing
// is cleared between sentences (a clause counts as seen when it carries the current
// sentence's number).

import type { Token } from '../../document.js';
import { shapeSlot, type TriggerIndex, type WordTable } from './triggers.js';

/** lastIndex is set before every run */
const ANY_DIGIT = /[0-9]/g;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** "1996", "mid-1996": four digits in a row. */
function hasYear(w: string): boolean {
  for (let i = 0, run = 0; i < w.length; i++) {
    run = isDigit(w.charCodeAt(i)) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/** "1990s", "80's", "the 1990’s": a digit, a zero, an apostrophe or none, an s. */
function hasDecade(w: string): boolean {
  for (let i = 0; i + 2 < w.length; i++) {
    if (!isDigit(w.charCodeAt(i)) || w.charCodeAt(i + 1) !== 48) continue;
    const j = isApostrophe(w.charCodeAt(i + 2)) ? i + 3 : i + 2;
    if (w.charCodeAt(j) === 115) return true;
  }
  return false;
}

/** "10am", "4pm": a digit then "am" or "pm" at the end. */
function isClock(w: string): boolean {
  const n = w.length;
  return n >= 3 && isDigit(w.charCodeAt(n - 3)) && (w.charCodeAt(n - 2) === 97 || w.charCodeAt(n - 2) === 112) && w.charCodeAt(n - 1) === 109;
}

/** "2025-10-28": a hyphen before a digit. */
function hasHyphenDigit(w: string): boolean {
  for (let i = w.indexOf('-'); i >= 0; i = w.indexOf('-', i + 1)) if (isDigit(w.charCodeAt(i + 1))) return true;
  return false;
}

/** The clauses `w[from, to)` satisfies in `table`, if it is one of its words. */
function lookUp(table: WordTable, w: string, from: number, to: number): readonly number[] | undefined {
  const n = to - from;
  if (n <= 0) return undefined;
  const slot = shapeSlot(n, w.charCodeAt(from), w.charCodeAt(to - 1));
  if (slot < 0) return table.odd.get(from === 0 && to === w.length ? w : w.slice(from, to));
  if (!hasSlot(table, slot)) return undefined;
  const part = from === 0 && to === w.length ? w : w.slice(from, to);
  for (let j = table.firstOf[slot]!; j < table.words.length && table.slotOf[j] === slot; j++) {
    if (table.words[j] === part) return table.clausesOf[j];
  }
  return undefined;
}

const hasSlot = (table: WordTable, slot: number): boolean => (table.bits[slot >> 5]! & (1 << (slot & 31))) !== 0;

/**
 * Whether text[start, start + word.length) lower-cases to `word` (ASCII): letter by letter,
 * as only the Kelvin sign lower-cases to an ASCII letter besides A-Z ("İ" becomes two characters).
 */
function spells(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    const k = word.charCodeAt(i);
    if (c === k || (k >= 97 && k <= 122 && c === k - 32) || (k === 107 && c === 0x212a)) continue;
    return false;
  }
  return true;
}

const NO_RULES = new Uint8Array(0);

/** One per document: its sentences must be scanned in text order. */
export class TriggerScan {
  /** number of the last sentence that saw each clause */
  private readonly seenIn: number[];
  /** clauses of each rule seen in the current sentence (valid when `countedIn` is that sentence) */
  private readonly seenOf: number[];
  private readonly countedIn: number[];
  private sentence = 0;
  /** the first digit at or after `digitFrom` (text.length: none) */
  private digitFrom = 0;
  private nextDigit = -1;
  private hyphenFrom = 0;
  private nextHyphen = -1;
  /** rules of the current sentence whose every clause was seen */
  private active: Uint8Array;
  private any = false;

  constructor(
    private readonly index: TriggerIndex,
    /** the text the tokens' offsets point into */
    private readonly text: string,
  ) {
    // plain arrays: typed ones this size are allocated outside the heap, slowly, for every document
    this.seenIn = new Array<number>(index.ruleOf.length).fill(0);
    this.seenOf = new Array<number>(index.clausesIn.length).fill(0);
    this.countedIn = new Array<number>(index.clausesIn.length).fill(0);
    this.active = NO_RULES;
  }

  /** Whether text[start, end) holds an ASCII digit. */
  private digitIn(start: number, end: number): boolean {
    if (start < this.digitFrom || (this.nextDigit < start && this.nextDigit < this.text.length)) {
      ANY_DIGIT.lastIndex = start;
      // test, not exec: no match object to allocate
      this.nextDigit = ANY_DIGIT.test(this.text) ? ANY_DIGIT.lastIndex - 1 : this.text.length;
      this.digitFrom = start;
    }
    return this.nextDigit >= start && this.nextDigit < end;
  }

  /** Whether text[start, end) holds a hyphen. */
  private hyphenIn(start: number, end: number): boolean {
    if (start < this.hyphenFrom || (this.nextHyphen < start && this.nextHyphen < this.text.length)) {
      const at = this.text.indexOf('-', start);
      this.nextHyphen = at < 0 ? this.text.length : at;
      this.hyphenFrom = start;
    }
    return this.nextHyphen >= start && this.nextHyphen < end;
  }

  private see(clauses: readonly number[] | undefined): void {
    if (!clauses) return;
    const { ruleOf, clausesIn } = this.index;
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i]!;
      if (this.seenIn[c] === this.sentence) continue;
      this.seenIn[c] = this.sentence;
      const r = ruleOf[c]!;
      if (this.countedIn[r] !== this.sentence) {
        this.countedIn[r] = this.sentence;
        this.seenOf[r] = 0;
      }
      if (++this.seenOf[r]! === clausesIn[r]) {
        this.active[r] = 1;
        this.any = true;
      }
    }
  }

  /** A number's shapes: any digit, a year, a decade, a clock time, an ISO date's hyphen. */
  private seeNumber(w: string): void {
    const index = this.index;
    this.see(index.digit);
    if (hasYear(w)) this.see(index.year);
    if (hasDecade(w)) this.see(index.decade);
    if (isClock(w)) this.see(index.clock);
    if (hasHyphenDigit(w)) this.see(index.dateJoin);
  }

  /**
   * Marks in `active` (one slot per rule, all 0 on entry) the rules a sentence's words may
   * trigger. A word is seen lower case, without "'s", and also split at hyphens ("year-end",
   * "mid-1996"), each part also as "-part" ("two-year" → "-year"). Returns whether any rule is active.
   */
  mark(tokens: readonly Token[], active: Uint8Array): boolean {
    this.sentence++;
    this.active = active;
    this.any = false;
    for (const r of this.index.always) {
      active[r] = 1;
      this.any = true;
    }
    const { words, afterHyphen } = this.index;
    const text = this.text;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const { start, end } = t;
      if (t.kind === 'punct') {
        if (end - start === 1 && text.charCodeAt(start) === 47 /* / */) this.see(this.index.dateJoin);
        continue;
      }
      // shapes before "'s" goes: "the 1990's"
      if (t.kind === 'number' || this.digitIn(start, end)) this.seeNumber(t.lower);
      let n = end - start;
      const possessive = n > 2 && (text.charCodeAt(end - 1) | 0x20) === 115 /* s */ && isApostrophe(text.charCodeAt(end - 2));
      if (possessive) n -= 2;
      const slot = shapeSlot(n, text.charCodeAt(start), text.charCodeAt(start + n - 1));
      if (slot < 0) {
        // "q1", "1st", or a character that lower-cases unlike A-Z: the word itself decides
        const w = t.lower;
        this.see(lookUp(words, w, 0, possessive ? w.length - 2 : w.length));
      } else if (hasSlot(words, slot)) {
        // the word is read from the text: most tokens' own strings are never touched here
        for (let j = words.firstOf[slot]!; j < words.words.length && words.slotOf[j] === slot; j++) {
          if (spells(text, start, words.words[j]!)) {
            this.see(words.clausesOf[j]);
            break;
          }
        }
      }
      if (this.hyphenIn(start, end)) {
        const w = t.lower;
        const to = possessive ? w.length - 2 : w.length;
        for (let from = 0; from <= to; ) {
          let stop = w.indexOf('-', from);
          if (stop < 0 || stop > to) stop = to;
          this.see(lookUp(words, w, from, stop));
          this.see(lookUp(afterHyphen, w, from, stop));
          from = stop + 1;
        }
      }
    }
    return this.any;
  }
}
