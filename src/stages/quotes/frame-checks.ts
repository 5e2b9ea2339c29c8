// Checks on the words around a cue that the frame rules of frames.ts ask: does a participle
// carry content of its own, is the object of "called" a relative pronoun before the subject,
// does an apposition after an inverted description name the speaker.

import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { FINITE_VERBS } from '../../lexicon/attribution-words.js';
import type { TokenRange } from './phrases.js';
import { isCapitalized, type View } from './tokens.js';

// "…, said Mr. Smith." / "…, said Mr. Smith, who…": what may follow an inverted subject or its apposition
export const INVERTED_ENDS = new Set([',', '.', '!', '?']);

/**
 * Does a participle cue carry content of its own that the sentence's subject gives: an object
 * ("Trump revised his plan, promising to focus…", "…, calling for his dismissal", "…, accusing her
 * of…"), or a "tell" cue's clause ("by telling them that their lives…")?
 */
export function participleContent(v: View, cueEnd: number, entry: CueWord): boolean {
  const next = v.low[cueEnd + 1];
  if (next === undefined || v.toks[cueEnd + 1]!.kind !== 'word') return false;
  if (entry.frame === 'object') return true;
  if (entry.frame === 'tell') return thatWithin(v, cueEnd + 1, TELL_REACH);
  return next === 'to' && (entry.frame === 'speech' || entry.frame === 'intention');
}
const TELL_REACH = 4;

/** Is there an unquoted "that" among the `reach` tokens from `from`, before any punctuation? */
export function thatWithin(v: View, from: number, reach: number): boolean {
  for (let k = from; k < v.toks.length && k - from < reach; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return false;
    if (v.low[k] === 'that') return true;
  }
  return false;
}

const RELATIVE_REACH = 8;

/**
 * "a pension reform that Finance Minister Johanna Brückl has called “the price of staying solvent”":
 * the object is a relative pronoun before the subject, and the quotation follows the cue at once.
 */
export function relativeObjectQuoted(v: View, i: number): boolean {
  if (v.mark[i + 1] !== 'open') return false;
  for (let k = i - 1; k >= 0 && i - k <= RELATIVE_REACH; k--) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return false;
    if (v.low[k] === 'that' || v.low[k] === 'which') return k < i - 1;
  }
  return false;
}

const APPOSITIVE_NAME = 5;

/** A run of capitalized words after the comma at token `comma` that ends the sentence or its clause: ", Claire Finch-Ortega." */
export function appositiveName(v: View, comma: number): TokenRange | null {
  if (v.toks[comma]?.text !== ',' || v.quoted[comma]) return null;
  let k = comma + 1;
  while (k < v.toks.length && k - comma <= APPOSITIVE_NAME && !v.quoted[k] && (v.toks[k]!.kind === 'word' ? isCapitalized(v.toks[k]!.text) : v.toks[k]!.text === '-' || v.toks[k]!.text === '.' && k < v.toks.length - 1)) k++;
  const ends = k >= v.toks.length || INVERTED_ENDS.has(v.toks[k]!.text);
  return k > comma + 1 && ends ? { from: comma + 1, to: k - 1 } : null;
}

// "said Los Angeles County Sheriff's Lt. Eddie Hernandez": an office's name, its possessive and a title before the name
const NAME_WORDS = 10;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);
const APPOSITION_REACH = 25;
const FINAL_STOPS = new Set(['.', '!', '?']);

/**
 * Does a name open at token k and end the sentence, alone or with an apposition ("said Oleksandr
 * Hrytsenko, the head of the regional administration.")? Then a cue after a comma is inverted even
 * when a phrase stands before that comma: "A bomb struck a street, wounding five civilians, said
 * Oleksandr Hrytsenko" is Hrytsenko's, not the street's. `notName`: words that are no name ("…, said Monday.").
 */
export function nameEndsSentence(v: View, k: number, notName: (w: string) => boolean): boolean {
  const n = v.toks.length;
  const last = n > 0 && FINAL_STOPS.has(v.toks[n - 1]!.text) ? n - 1 : n;
  if (k >= last || v.toks[k]!.kind !== 'word' || !isCapitalized(v.toks[k]!.text) || notName(v.low[k]!)) return false;
  let j = k;
  while (j < last && j - k < NAME_WORDS && !v.mark[j] && !v.quoted[j] && (isCapitalized(v.toks[j]!.text) || v.toks[j]!.text === '.' || (j > k && POSSESSIVE_MARKS.has(v.low[j]!)))) j++;
  if (j === last) return true;
  if (v.toks[j]!.text !== ',' || j + 1 >= last || last - j > APPOSITION_REACH || isCapitalized(v.toks[j + 1]!.text)) return false;
  // the apposition: lower-case words (a role, "the head of…") to the end, no verb and no quotation in it
  for (let m = j + 1; m < last; m++) {
    if (v.mark[m] || v.quoted[m]) return false;
    if (v.toks[m]!.text === v.low[m] && (FINITE_VERBS.has(v.low[m]!) || CUE_WORDS.has(v.low[m]!))) return false;
  }
  return true;
}
