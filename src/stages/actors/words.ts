// Words of a sentence as the actor rules see them: initialisms joined ("U.S."), possessives
// split off ("Pakistan’s" → "Pakistan" + possessive), and date spans marked.

import type { Doc, Sentence, Token } from '../../document.js';
import type { Span } from '../../types.js';
import { nameKey, plainKey } from '../../lexicon/gazetteer.js';

export interface Word extends Span {
  /** text without a possessive ending: "Pakistan" for "Pakistan’s" */
  text: string;
  lower: string;
  kind: 'word' | 'number' | 'punct';
  possessive: boolean;
  /** inside a date the dates stage found ("October 19"): never part of a name */
  inDate: boolean;
  /** index of the sentence's first word that is not an opening quote or bracket */
  first: boolean;
}

const CAP = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
// sentence openers: a quote, a bracket, a colon or a dash starts the words afresh
const OPENING = new Set(['“', '‘', '"', "'", '«', ':', '—', '(']);
// dashes a dateline may end on besides the em dash: "BERLIN (Reuters) - Storms hit…", "DAUPHIN COUNTY, Pa. – Borough police"
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '--']);
// "al-Qaeda", "el-Sisi": a lowercase Arabic article before a capitalised name
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|at|az|ash|ul)-\p{Lu}/u;

/**
 * Does the dash at `i`, near the sentence's start, end a dateline: after any closing bracket (the agency's or the
 * date's: "BERLIN (Reuters) -"), full stop or comma (a state's abbreviation: "Pa. –", "Va., -"), or any word of two
 * letters or more in capitals (a place, an agency: "NAIROBI -", "NEW YORK AP -")? The caller asks only within the
 * sentence's first 16 tokens. (A sentence opening on capitals is not asked: a headline glued before the dateline
 * opens it in lower case, "Fire guts warehouse | News 4DAYTON, Ohio (May 2, 2016)–Fire crews".)
 */
function datelineEnd(toks: readonly { text: string; kind: string }[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  if (prev.text === ')' || prev.text === '.' || prev.text === ',') return true;
  return prev.kind === 'word' && prev.text.length > 1 && prev.text === prev.text.toUpperCase() && prev.text !== prev.text.toLowerCase();
}

/** "Kabul", "Ürümqi": an upper-case first letter; ASCII without a regular expression. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(s);
}

/** "bin", "émigré": a lower-case first letter; ASCII without a regular expression. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(s);
}

const isApostrophe = (c: number) => c === 0x2019 || c === 0x27;

/** The token after toks[i] is an apostrophe joined to it, and a capitalised word follows after a space. */
function isPluralApostrophe(toks: readonly Token[], i: number): boolean {
  const a = toks[i + 1];
  const b = toks[i + 2];
  if (!a || !b || a.start !== toks[i]!.end || a.end - a.start !== 1 || !isApostrophe(a.text.charCodeAt(0))) return false;
  return b.kind === 'word' && b.start > a.end && startsUpper(b.text);
}

export function isCapitalised(w: Word): boolean {
  if (w.kind !== 'word' || w.inDate) return false;
  if (startsUpper(w.text)) return true;
  // only "al-", "el-", "ash-" … can open a name in lower case: a hyphen third or fourth, and a
  // capital after it (no reading past the end of a short word: that is slow)
  const t = w.text;
  return t.length >= 4 && (t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45) && ARTICLE_NAME.test(t);
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}.&\d-]*$/u;
const TWO_CAPS = /\p{Lu}.*\p{Lu}/u;

export function isAllCaps(text: string): boolean {
  // the second letter decides most words cheaply: "Kabul" has a lower-case one
  const c = text.charCodeAt(1);
  if (!startsUpper(text) || (c >= 97 && c <= 122)) return false;
  return ALL_CAPS.test(text) && TWO_CAPS.test(text);
}

/**
 * Words of one sentence; date tokens are marked so no name can include "October". `dateSpans`
 * are all the document's dates sorted by start, `nextDate` the first that may reach this sentence.
 * With a `pool`, the Word objects come from it (new ones join it): a 5 MB text has a million
 * words, and a sentence's words are mostly done with before the next sentence. Such words hold
 * only until the next call with the same pool.
 */
export function sentenceWords(doc: Doc, sentence: Sentence, dateSpans: readonly Span[], nextDate: number, pool?: Word[]): Word[] {
  const toks = sentence.tokens;
  // (a packed array grown by push: one made at full length and cut is holey, slower to read)
  const out: Word[] = [];
  // where the sentence's next "’" stands: words before it hold none (no scan of each word for one)
  const within = doc.text.slice(sentence.start, sentence.end);
  const nextCurly = (from: number) => {
    const at = within.indexOf('’', from - sentence.start);
    return at < 0 ? sentence.end : sentence.start + at;
  };
  let curly = nextCurly(sentence.start);
  // the sentence's first word, and a word after an opening quote or a colon ("WALLACE: Let me…")
  let opening = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let end = t.end;
    let text = t.text;
    // the token's own lower case serves unless the word is joined or cut below
    let lower = t.lower;
    // "U.S.", "U.N.": single letters each followed by a full stop, with no spaces
    if (t.kind === 'word' && text.length === 1 && toks[i + 1]?.text === '.' && toks[i + 1]!.start === t.end) {
      let j = i;
      while (
        toks[j]?.kind === 'word' && toks[j]!.text.length === 1 && toks[j + 1]?.text === '.' &&
        toks[j + 1]!.start === toks[j]!.end && (j === i || toks[j]!.start === toks[j - 1]!.end)
      ) j += 2;
      if (j - i >= 4) {
        end = toks[j - 1]!.end;
        text = doc.text.slice(t.start, end);
        lower = text.toLowerCase();
        i = j - 1;
      }
    }
    let possessive = false;
    if (t.kind === 'word' && text.length > 2) {
      // "Pakistan’s", "Pakistan's", "Taliban’" (POSSESSIVE, without a regular expression per word)
      const last = text.charCodeAt(text.length - 1);
      const prev = text.charCodeAt(text.length - 2);
      if ((last === 0x73 && isApostrophe(prev)) || (isApostrophe(last) && prev === 0x73)) {
        possessive = true;
        text = last === 0x73 ? text.slice(0, -2) : text.slice(0, -1);
        lower = text.toLowerCase();
        end = t.start + text.length;
      }
      // "Citizens' Renewal Party", "the Workers’ Party": the tokenizer leaves the apostrophe of a
      // plural possessive as punctuation; right after the word and before a capitalised word it is
      // the possessive's (the word keeps its text; the apostrophe is no word of its own)
      else if ((last === 0x73 || last === 0x53) && isPluralApostrophe(toks, i)) {
        possessive = true;
        i++;
      }
    }
    // date spans are in text order: a pointer that only moves forward keeps this linear
    // (a loop over every date per word was quadratic on a 5 MB run-on line)
    while (nextDate < dateSpans.length && dateSpans[nextDate]!.end <= t.start) nextDate++;
    let inDate = false;
    for (let k = nextDate; k < dateSpans.length && dateSpans[k]!.start < end; k++) {
      if (t.start < dateSpans[k]!.end) {
        inDate = true;
        break;
      }
    }
    if (curly < t.start) curly = nextCurly(t.start);
    if (curly < end && lower.includes('’')) lower = lower.replace(/’/g, "'");
    let first = false;
    if (t.kind === 'punct') {
      if (OPENING.has(text) || (i < 16 && DATELINE_DASHES.has(text) && datelineEnd(toks, i))) opening = true;
    } else {
      first = opening;
      opening = false;
    }
    const w = pool?.[out.length];
    if (w) {
      w.start = t.start;
      w.end = end;
      w.text = text;
      w.lower = lower;
      w.kind = t.kind;
      w.possessive = possessive;
      w.inDate = inDate;
      w.first = first;
      out.push(w);
    } else {
      const made: Word = { start: t.start, end, text, lower, kind: t.kind, possessive, inDate, first };
      pool?.push(made);
      out.push(made);
    }
  }
  return out;
}

/** The lookup key of one word: its own lower case when that needs no normalising ("kabul"). */
export function wordKey(w: Word): string {
  return plainKey(w.lower) ? w.lower : nameKey(w.text);
}

/**
 * nameKey of the words [from, to), without lower-casing the text again: the words' own lower
 * case joined by single spaces when that is all the name holds ("khawaja asif").
 */
export function runKey(words: readonly Word[], from: number, to: number, text: string): string {
  if (to - from === 1) return wordKey(words[from]!);
  const slow = () => nameKey(text.slice(words[from]!.start, words[to - 1]!.end));
  let key = words[from]!.lower;
  // "the taliban": nameKey drops the article
  if (key === 'the' || !plainKey(key)) return slow();
  for (let k = from + 1; k < to; k++) {
    const w = words[k]!;
    if (w.start !== words[k - 1]!.end + 1 || text.charCodeAt(w.start - 1) !== 32 || !plainKey(w.lower)) return slow();
    key += ' ' + w.lower;
  }
  return key;
}
