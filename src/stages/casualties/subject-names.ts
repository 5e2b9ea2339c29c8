// One person and the names of a subject phrase (subject.ts's walk): "a 20-year-old man", "Tavon Goff",
// "another", "Kaleb Farris, 19; Joseph Shibli, 19; and Nicholas Bollinger, 18".

import { NOT_NAMES, ORDINALS, PHRASE_BREAKS, SINGULAR_DETERMINERS, SINGULAR_PRONOUNS } from '../../lexicon/casualties.js';
import { PEOPLE_NOUNS, VICTIM_NOUNS } from '../../lexicon/people.js';
import { isCapitalized, type View } from './view.js';
import type { Range } from './phrases.js';
import { PLURAL_PEOPLE } from './subject-counts.js';

export const AGE = /^\d{1,3}-year-old$/;
/** People nouns that name a group, never one person: "police were injured". */
export const COLLECTIVE: ReadonlySet<string> = new Set(['police', 'staff', 'crew', 'personnel', 'security', 'family', 'more', 'dead', 'wounded', 'injured', 'them', 'themselves', 'others']);

/** Is token k "another", or an ordinal after "a"/"the", standing for one more person ("one man was killed, another was injured")? */
export function oneMore(view: View, k: number): boolean {
  const w = view.words[k]!;
  if (w === 'another') return true;
  const before = view.words[k - 1];
  return ORDINALS.has(w) && (before === 'a' || before === 'the');
}

/** Is token k a name word or an age ("Tavon Goff", "36-year-old")? */
export function nameWord(view: View, k: number): boolean {
  const w = view.words[k]!;
  // "Christine A. Lucas": an initial, though "a" is a determiner
  const initial = w.length === 1 && view.words[k + 1] === '.';
  return (isCapitalized(view, k) && (initial || !SINGULAR_DETERMINERS.has(w))) || AGE.test(w) || w === '.';
}

/**
 * "Kaleb Farris, 19; Joseph Shibli, 19; and Nicholas Bollinger, 18, were …": the names with their
 * ages before the "; and" at `semi` + 1, first first; undefined unless every item is a capitalised
 * name and its age.
 */
export function semicolonNames(view: View, semi: number): Range[] | undefined {
  const { words, tokens } = view;
  const items: Range[] = [];
  for (let k = semi, n = 0; words[k] === ';' && n < 12; n++) {
    if (tokens[k - 1]?.kind !== 'number' || words[k - 2] !== ',') return undefined;
    const comma = k - 2;
    let m = comma;
    while (m > 0 && m > comma - 5 && nameWord(view, m - 1) && words[m - 1] !== '.') m--;
    if (m === comma || !isCapitalized(view, m)) return undefined;
    items.unshift({ start: m, end: comma });
    k = m - 1;
  }
  return items.length > 0 ? items : undefined;
}

/** One person named by [start, end): returns the start of the naming phrase, or -1. */
export function onePerson(view: View, start: number, end: number): number {
  const { words } = view;
  const head = words[end - 1]!;
  // "Man tells police he was shot": a pronoun is the whole person, whatever the walk took before it
  if (SINGULAR_PRONOUNS.has(head)) return end - 1;
  if (oneMore(view, end - 1)) return head === 'another' ? end - 1 : end - 2;
  const singularNoun = (VICTIM_NOUNS.has(head) && !PLURAL_PEOPLE.test(head) && !COLLECTIVE.has(head)) || AGE.test(head) || head === 'male' || head === 'female';
  if (singularNoun) {
    for (let k = end - 2; k >= start; k--) if (SINGULAR_DETERMINERS.has(words[k]!)) return k;
    // "Man shot, killed": a headline drops the article
    let k = end - 1;
    while (k > start && !PHRASE_BREAKS.has(words[k - 1]!) && view.tokens[k - 1]!.kind !== 'punct' && isCapitalized(view, k - 1)) k--;
    return k;
  }
  // a name ("Tavon Goff", "Holmes"), not a demonym plural ("Afghans", "Israelis") nor "Police"
  const demonym = end - start === 1 && /(?:ans|is|ers)$/.test(head);
  if (view.sentence.body && isCapitalized(view, end - 1) && !demonym && !NOT_NAMES.has(head) && !PEOPLE_NOUNS.has(head)) {
    let k = end - 1;
    while (k > start && nameWord(view, k - 1)) k--;
    // "anyone else at the Walmart was injured": a capitalised word after "the" names a place or a firm
    if (view.words[k - 1] === 'the') return -1;
    return k;
  }
  return -1;
}
