// Victims phrases after a count: "killed 12 Pakistani soldiers", "soldiers and civilians".

import { HARM_VERBS, PHRASE_BREAKS } from '../../lexicon/casualties.js';
import { SAYING_FORMS } from '../../lexicon/attribution-words.js';
import { isAnimal, VICTIM_NOUNS } from '../../lexicon/people.js';
import { isCapitalized, type View } from './view.js';

/** Token range [start, end) */
export interface Range {
  start: number;
  end: number;
}

const MAX_PHRASE = 7;
const LINKS: ReadonlySet<string> = new Set(['and', ',', '&']);

/** "Americans", "Afghans", "Israelis": a capitalised plural names people. */
export function isPeople(view: View, i: number): boolean {
  const w = view.words[i] ?? '';
  // "her" before a noun owns it: "a mother and her three children"
  if (w === 'her' && view.tokens[i + 1]?.kind === 'word' && !PHRASE_BREAKS.has(view.words[i + 1]!)) return false;
  if (VICTIM_NOUNS.has(w)) return true;
  // "Six of the rescued were injured": the participle as a noun of people, after "the" only
  if (w === 'rescued' && view.words[i - 1] === 'the') return true;
  // not a possessive: "killed off City's hopes"
  return isCapitalized(view, i) && /[^s'’]s$/.test(w) && w.length > 4;
}

export interface Victims {
  /** the victims phrase, or null when the count stands alone ("killed 12 in the market") */
  range: Range | null;
}

/**
 * The victims after a count, starting at token `from`. Undefined when the
 * phrase names something that is not people ("killed 3 dogs", "shot 3 times").
 */
export function victimsAfter(view: View, from: number): Victims | undefined {
  const { words, tokens } = view;
  let lastPeople = -1;
  let content = false;
  for (let k = from; k < tokens.length && k < from + MAX_PHRASE; k++) {
    const w = words[k]!;
    const t = tokens[k]!;
    if (LINKS.has(w)) {
      if (lastPeople < 0 || !continuesWithPeople(view, k + 1)) break;
      continue;
    }
    if (k > from && initialismDot(view, k)) continue;
    if (t.kind === 'punct' || PHRASE_BREAKS.has(w) || HARM_VERBS.has(w) || rateAt(words, k)) break;
    // "a 19-year-old suspect": an age is part of the phrase, any other number ends it
    if (t.kind === 'number' && !/^\d{1,3}-year-old$/.test(w)) break;
    if (isPeople(view, k)) lastPeople = k;
    else if (lastPeople >= 0) break;
    else content = true;
  }
  if (lastPeople >= 0) return { range: { start: from, end: lastPeople + 1 } };
  return content ? undefined : { range: null };
}

/** Is token k a stop of an initialism ("U.S.", "U.N."), part of the phrase it stands in ("a U.S. soldier")? */
export function initialismDot(view: View, k: number): boolean {
  return view.words[k] === '.' && view.words[k - 1]?.length === 1 && isCapitalized(view, k - 1);
}

/** The stops of initialisms among tokens [from, to): "a U.S. soldier" is three words. */
export function initialismStops(view: View, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (initialismDot(view, k)) n++;
  return n;
}

/** "injure about 160 a year", "kill 80 people each year": a rate ends the phrase. */
const RATE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'per']);
const RATE_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'decade']);
function rateAt(words: readonly string[], k: number): boolean {
  return words[k] === 'annually' || (RATE_OPENERS.has(words[k]!) && RATE_UNITS.has(words[k + 1] ?? ''));
}

/** After "and"/",": does a people noun follow within a few words? ("soldiers and civilians") */
function continuesWithPeople(view: View, from: number): boolean {
  for (let k = from; k < from + 3 && k < view.tokens.length; k++) {
    if (view.tokens[k]!.kind !== 'word' || PHRASE_BREAKS.has(view.words[k]!)) return false;
    // "injuring 19 others, police said": the people after the comma are the sentence's source;
    // "abducted 14 aid workers and police later rescued six": the subject of a clause of its own
    if (isPeople(view, k)) return !SAYING.has(view.words[k + 1] ?? '') && !CLAUSE_ADVERBS.has(view.words[k + 1] ?? '');
  }
  return false;
}
const SAYING: ReadonlySet<string> = new Set([...SAYING_FORMS, 'reported', 'confirmed', 'added']);
/** After a people noun, adverbs that open its own clause: "and police later rescued six". */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'also', 'eventually', 'subsequently', 'quickly']);

/** The animals an adjective before k qualifies: "seabirds", "or oil-coated seabirds", "oil-soaked pelicans". */
export function animalAfter(words: readonly string[], k: number): boolean {
  let m = k;
  if (words[m] === 'or' || words[m] === 'and') m++;
  if (words[m]?.includes('-') && words[m + 1] !== undefined) m++;
  return isAnimal(words[m] ?? '');
}
