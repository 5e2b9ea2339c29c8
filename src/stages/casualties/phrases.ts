// Victims phrases: forward after a count ("killed 12 Pakistani soldiers") and
// backward before a participle ("Two men were wounded", "A 20-year-old man was shot").

import { HARM_VERBS, PEOPLE_NOUNS, PHRASE_BREAKS, SINGULAR_DETERMINERS, SINGULAR_PRONOUNS } from '../../lexicon/casualties.js';
import { isCapitalized, type View } from './view.js';
import { parseQuantity, type Quantity } from './quantity.js';

/** Token range [start, end) */
export interface Range {
  start: number;
  end: number;
}

const MAX_PHRASE = 7;
const LINKS: ReadonlySet<string> = new Set(['and', ',', '&']);

/** "Americans", "Afghans", "Israelis": a capitalised plural names people. */
function isPeople(view: View, i: number): boolean {
  const w = view.words[i] ?? '';
  if (PEOPLE_NOUNS.has(w)) return true;
  return isCapitalized(view, i) && /[^s]s$/.test(w) && w.length > 4;
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
    if (t.kind === 'punct' || PHRASE_BREAKS.has(w) || HARM_VERBS.has(w)) break;
    if (t.kind === 'number') break;
    if (isPeople(view, k)) lastPeople = k;
    else if (lastPeople >= 0) break;
    else content = true;
  }
  if (lastPeople >= 0) return { range: { start: from, end: lastPeople + 1 } };
  return content ? undefined : { range: null };
}

/** After "and"/",": does a people noun follow within a few words? ("soldiers and civilians") */
function continuesWithPeople(view: View, from: number): boolean {
  for (let k = from; k < from + 3 && k < view.tokens.length; k++) {
    if (view.tokens[k]!.kind !== 'word' || PHRASE_BREAKS.has(view.words[k]!)) return false;
    if (isPeople(view, k)) return true;
  }
  return false;
}

export interface Subject {
  range: Range;
  /** the count inside the subject phrase, if any */
  quantity: Quantity | undefined;
  /** one person: "a man", "he", "Caskey" */
  singular: boolean;
  /** the phrase ends on a people noun, a name or a pronoun */
  people: boolean;
}

/**
 * The subject phrase that ends at token `last` (inclusive), read backward.
 * "Tavon Goff, of York City, was injured": an appositive between commas is skipped.
 */
export function subjectBefore(view: View, last: number): Subject | undefined {
  const { words, tokens } = view;
  let end = last;
  if (words[end] === ',') {
    // skip back over ", of York City," or ", 34," to the phrase before it
    let k = end - 1;
    while (k >= 0 && k > end - 8 && words[k] !== ',') k--;
    if (k < 0 || words[k] !== ',') return undefined;
    end = k - 1;
  }
  if (end < 0) return undefined;
  let start = end + 1;
  for (let k = end; k >= 0 && k > end - MAX_PHRASE; k--) {
    const t = tokens[k]!;
    const w = words[k]!;
    if (t.kind === 'punct') {
      // "Lupoe, a 5-year-old Latina": the apposition is the subject
      break;
    }
    if (PHRASE_BREAKS.has(w) && !(w === 'of' && words[k + 1] === 'them') && !(w === 'of' && isQuantityAt(view, k - 1))) break;
    if (HARM_VERBS.has(w) && k < end) break;
    start = k;
  }
  if (start > end) return undefined;
  const range = { start, end: end + 1 };
  const quantity = quantityIn(view, range);
  const head = words[end]!;
  const people = isPeople(view, end) || SINGULAR_PRONOUNS.has(head) || words[end] === 'one' ||
    (isCapitalized(view, end) && !isPeople(view, end)) || tokens[end]!.kind === 'number' ||
    (quantity !== undefined && quantity.end === end + 1);
  const singular = !quantity && (SINGULAR_PRONOUNS.has(head) || isSingularPhrase(view, range));
  return { range, quantity, singular, people };
}

function isQuantityAt(view: View, i: number): boolean {
  return i >= 0 && view.tokens[i]!.kind === 'number';
}

/** The first count that starts inside the phrase (after "the", "all", "another"…). */
function quantityIn(view: View, range: Range): Quantity | undefined {
  for (let k = range.start; k < range.end; k++) {
    if (view.blocked[k]) continue;
    const q = parseQuantity(view.words, k);
    if (q && q.end <= range.end) return q;
  }
  return undefined;
}

const PLURAL_PEOPLE = /(?:people|men|women|children|s)$/;
/** People nouns that name a group, never one person: "police were injured". */
const COLLECTIVE: ReadonlySet<string> = new Set(['police', 'staff', 'crew', 'personnel', 'security', 'family', 'more', 'dead', 'wounded', 'injured', 'them', 'themselves']);

/** "a man", "the victim", "his wife", "Caitlin L. Caskey", "Man" (a headline). */
function isSingularPhrase(view: View, range: Range): boolean {
  const { words } = view;
  const head = words[range.end - 1]!;
  const first = words[range.start]!;
  if (PEOPLE_NOUNS.has(head)) {
    if (PLURAL_PEOPLE.test(head) || COLLECTIVE.has(head)) return false;
    return SINGULAR_DETERMINERS.has(first) || isCapitalized(view, range.start) || range.start === 0;
  }
  // a name: every word capitalised ("Tracie Dierks", "Taylor")
  for (let k = range.start; k < range.end; k++) {
    if (!isCapitalized(view, k) && words[k] !== '.') return false;
  }
  return true;
}
