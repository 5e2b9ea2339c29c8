// The per-document pass that decides, sentence by sentence, which date rules run (the
// trigger words are in ./triggers.ts). Most sentences hold no temporal expression, so this
// runs on every token of the document and must stay cheap: a word is looked up only when
// its shape may be a trigger's, digits and hyphens are found by scanning the text once
// ("mid-1996", "year-end"), not each word, and nothing is cleared between sentences (a
// clause counts as seen when it carries the current sentence's number).

import type { Token } from '../../document.js';
import { CLOCK, DATE_JOIN, DECADE, DIGIT, YEAR, shapeSlot, type TriggerIndex } from './triggers.js';

const FOUR_DIGITS = /\d{4}/;
const DECADE_SHAPE = /\d0['’]?s/;
const CLOCK_SHAPE = /\d(?:am|pm)$/;
const HYPHEN_DIGIT = /-\d/;
/** lastIndex is set before every run */
const ANY_DIGIT = /[0-9]/g;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** One per document: its sentences must be scanned in text order. */
export class TriggerScan {
  /** number of the last sentence that saw each clause */
  private readonly seenIn: Int32Array;
  /** clauses of each rule seen in the current sentence (valid when `countedIn` is that sentence) */
  private readonly seenOf: Int32Array;
  private readonly countedIn: Int32Array;
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
    this.seenIn = new Int32Array(index.ruleOf.length);
    this.seenOf = new Int32Array(index.clausesIn.length);
    this.countedIn = new Int32Array(index.clausesIn.length);
    this.active = new Uint8Array(0);
  }

  /** Whether text[start, end) holds an ASCII digit. */
  private digitIn(start: number, end: number): boolean {
    if (start < this.digitFrom || (this.nextDigit < start && this.nextDigit < this.text.length)) {
      ANY_DIGIT.lastIndex = start;
      this.nextDigit = ANY_DIGIT.exec(this.text)?.index ?? this.text.length;
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

  private see(w: string): void {
    const clauses = this.index.byWord.get(w);
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

  /**
   * Marks in `active` (one slot per rule, all 0 on entry) the rules a sentence's words may
   * trigger. A word is seen lower case, without "'s", and also split at hyphens ("year-end",
   * "mid-1996"). Returns whether any rule is active.
   */
  mark(tokens: readonly Token[], active: Uint8Array): boolean {
    this.sentence++;
    this.active = active;
    this.any = false;
    for (const r of this.index.always) {
      active[r] = 1;
      this.any = true;
    }
    const { shapes } = this.index;
    const text = this.text;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct') {
        if (t.text === '/') this.see(DATE_JOIN);
        continue;
      }
      const { start, end } = t;
      // shapes before "'s" goes: "the 1990's"
      if (t.kind === 'number' || this.digitIn(start, end)) {
        const w = t.lower;
        this.see(DIGIT);
        if (FOUR_DIGITS.test(w)) this.see(YEAR);
        if (DECADE_SHAPE.test(w)) this.see(DECADE);
        if (CLOCK_SHAPE.test(w)) this.see(CLOCK);
        if (HYPHEN_DIGIT.test(w)) this.see(DATE_JOIN);
      }
      // the word's length and ends read from the text, so most words are ruled out unread
      let n = end - start;
      const possessive = n > 2 && (text.charCodeAt(end - 1) | 0x20) === 115 /* s */ && isApostrophe(text.charCodeAt(end - 2));
      if (possessive) n -= 2;
      const slot = shapeSlot(n, text.charCodeAt(start), text.charCodeAt(start + n - 1));
      const maybe = slot < 0 || shapes[slot] === 1;
      const hyphen = this.hyphenIn(start, end);
      if (!maybe && !hyphen) continue;
      const w = possessive ? t.lower.slice(0, -2) : t.lower;
      if (maybe) this.see(w);
      if (hyphen) {
        for (const part of w.split('-')) {
          this.see(part);
          this.see(`-${part}`);
        }
      }
    }
    return this.any;
  }
}
