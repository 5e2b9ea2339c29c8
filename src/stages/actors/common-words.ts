// Lone capitalised words that only the last guess typed an organisation ('actors/capitalised-word')
// and that are common words: "Upon arrival, police …", "Officers found two male victims",
// "Study: Parents should say no …", "Proposal would stop some Madison street parking" (a scraped
// list of headlines), "Control through Fear". They name nothing.

import type { Doc } from '../../document.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { FUNCTION_WORDS } from '../../lexicon/non-entities.js';
import type { Candidate } from './candidates.js';

const GUESS = 'actors/capitalised-word';

// words before a plural that make it part of a name: "Conference of Mayors", "Fox and Friends", "& Partners"
const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'and', '&', 'amp']);

/**
 * Drops the lone guessed organisations that are common words: a function word or interjection
 * (FUNCTION_WORDS), a plural noun for people ("Officers", "Detectives"), or a word the text also
 * writes in lower case ("Proposal would stop …" beside "a proposal"). "The Times", "the House",
 * "the Court's decision" stay: an article before a capitalised word mid-sentence makes it a name.
 */
export function dropCommonWords(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  // the lower-case forms asked about, by candidate index; most texts have none or a few
  let asked: Map<string, number[]> | null = null;
  const drop = new Set<number>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.rule !== GUESS || c.tokens.length !== 1 || c.strength !== 0) continue;
    const l = c.lowerFirst;
    if (FUNCTION_WORDS.has(l)) {
      drop.add(i);
      continue;
    }
    const prev = wordBefore(text, c.start);
    if (prev === 'the') continue;
    const possessive = isApostrophe(text.charCodeAt(c.end));
    // ("Children's of Alabama", "Citizens' Voice", "Brothers to the Rescue": a plural inside a name;
    // "a Queens funeral parlor": no plural after "a")
    if (!possessive && peoplePlural(l) && !NAME_JOINS.has(prev) && prev !== 'a' && prev !== 'an' && wordAfter(text, c.end) !== 'to') {
      drop.add(i);
      continue;
    }
    if (possessive) continue;
    const list = (asked ??= new Map()).get(l);
    if (list) list.push(i);
    else asked.set(l, [i]);
  }
  if (asked) lowerCaseUses(doc, asked, drop);
  if (drop.size === 0) return;
  let n = 0;
  for (let i = 0; i < cands.length; i++) if (!drop.has(i)) cands[n++] = cands[i]!;
  cands.length = n;
}

/** "officers", "detectives", "firefighters": a plural of a noun for people ("hostess" is none). */
function peoplePlural(l: string): boolean {
  const n = l.length;
  return n > 4 && l.charCodeAt(n - 1) === 0x73 && l.charCodeAt(n - 2) !== 0x73 && GAZETTEER.roleNouns.has(l) && !GAZETTEER.places.has(l);
}

// up to this many words in a text of up to LONG characters, each is looked for in the text; else
// one pass over the tokens serves all
const SEARCHED = 16;
const LONG = 200_000;

/** Marks for dropping the candidates whose word the text also writes in lower case. */
function lowerCaseUses(doc: Doc, asked: Map<string, number[]>, drop: Set<number>): void {
  if (asked.size <= SEARCHED && doc.text.length <= LONG) {
    for (const [l, list] of asked) if (inLowerCase(doc.text, l)) for (const i of list) drop.add(i);
    return;
  }
  let left = asked.size;
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      // (a token in lower case is its own lower form: one lookup, no lower-casing)
      const list = asked.get(t.text);
      if (!list) continue;
      for (const i of list) drop.add(i);
      asked.delete(t.text);
      if (--left === 0) return;
    }
  }
}

/** Does the text hold `l` as a whole word in lower case ("proposal", not "proposals" or "counterproposal")? */
function inLowerCase(text: string, l: string): boolean {
  for (let at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + l.length))) return true;
  }
  return false;
}

const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c >= 0xc0;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The ASCII word just before `at` (over spaces), lower-cased; '' when none. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && e - s < 8 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 38)) s--;
  return text.slice(s, e).toLowerCase();
}

/** The ASCII word just after `at` (over spaces), lower-cased; '' when none. */
function wordAfter(text: string, at: number): string {
  let s = at;
  while (s < text.length && text.charCodeAt(s) === 32) s++;
  let e = s;
  while (e < text.length && e - s < 8 && isLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e).toLowerCase();
}
