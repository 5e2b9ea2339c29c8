// More people joined to a one-person object by "and":
// "fatally shot Quintonio LeGrier, 19, and his neighbor Bettie Jones, 55" → 2,
// "killing LeGrier and LeGrier's neighbor, Bettie Jones" → 2, "shot a man and a woman" → 2.

import { COUNT_OWNERS, NOT_NAMES, PERSONAL_OWNERS as OWNERS, SINGULAR_PRONOUNS } from '../../lexicon/casualties.js';
import { PEOPLE_NOUNS, VICTIM_NOUNS } from '../../lexicon/people.js';
import { countAt, isCapitalized, type View } from './view.js';
import { parseQuantity } from './quantity.js';
import { victimsAfter } from './phrases.js';
import { COLLECTIVE, PLURAL_PEOPLE } from './subject.js';

/** Words that open one more person after "and": "and his neighbor", "and a woman". */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'another']);
/** At most this many words between an opener and its noun: "his 55-year-old next-door neighbor". */
const MAX_MODIFIERS = 3;
/** At most this many conjuncts in one list, so a run-on sentence costs a bounded walk. */
const MAX_PERSONS = 6;

function isPossessive(w: string): boolean {
  return w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'));
}

/** ", 19," or ", 19" after a person: an age, skipped. Returns the index after it, or k. */
function skipAge(view: View, k: number): number {
  const { words, tokens } = view;
  if (words[k] === ',' && tokens[k + 1]?.kind === 'number' && /^\d{1,3}$/.test(words[k + 1]!)) {
    return words[k + 2] === ',' && words[k + 3] === 'and' ? k + 3 : k + 2;
  }
  return k;
}

/** Capitalised name words from k (at most 3): "Bettie Jones". Returns the index after them. */
function nameEnd(view: View, k: number): number {
  let end = k;
  while (end < k + 3 && isCapitalized(view, end) && !NOT_NAMES.has(view.words[end]!) && !PEOPLE_NOUNS.has(view.words[end]!)) end++;
  return end;
}

/** After these, the words after "and" start a clause of their own: "shot Smith and a woman was hurt". */
const FINITE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'told', 'did', 'could']);

/** One person starting at k: "his neighbor (Bettie Jones)", "a woman", "Bettie Jones". Index after it, or -1. */
export function personAt(view: View, k: number): number {
  const { words, tokens } = view;
  const w = words[k] ?? '';
  if (OPENERS.has(w) || isPossessive(w)) {
    for (let m = k + 1; m <= k + 1 + MAX_MODIFIERS && m < tokens.length; m++) {
      if (tokens[m]!.kind === 'punct') return -1;
      if (!VICTIM_NOUNS.has(words[m]!)) continue;
      // "a police officer", "a family member", "a security guard": a body's word before the person
      while (COLLECTIVE.has(words[m]!) && VICTIM_NOUNS.has(words[m + 1] ?? '') && tokens[m + 1]!.kind === 'word') m++;
      const head = words[m]!;
      // "men", "women", "neighbors": a plural head names a group, not one more person
      if (PLURAL_PEOPLE.test(head)) return -1;
      // "his neighbor Bettie Jones", "his neighbor, Bettie Jones"
      const after = words[m + 1] === ',' ? m + 2 : m + 1;
      const named = nameEnd(view, after);
      return named > after ? named : m + 1;
    }
    return -1;
  }
  if (!view.sentence.body) return -1;
  const named = nameEnd(view, k);
  return named > k ? named : -1;
}

/**
 * The people after the one-person object that ends at `end`: how many in all
 * (1 when "and" adds nobody) and the index after the last.
 */
export function coordinated(view: View, end: number, open = false): { persons: number; end: number; atLeast?: boolean } {
  let persons = 1;
  // ("killed the bomber and at least seven others": with `open`, a count with no upper bound joins as its floor)
  let atLeast = false;
  let last = end;
  let k = skipAge(view, end);
  // "killed a police officer, a soldier and three civilians": conjuncts after a comma count only once an "and" ends
  // the list (else the comma opens an appositive: "killed a police officer, a father of three")
  let listOpen: { persons: number; last: number } | undefined;
  for (let n = 0; n < MAX_PERSONS; n++) {
    const comma = view.words[k] === ',' && view.words[k + 1] !== 'and';
    if (view.words[k] === ',' && !comma) k++;
    // "killing his five young children as well as his wife"
    if (view.words[k] === 'as' && view.words[k + 1] === 'well' && view.words[k + 2] === 'as') k += 2;
    else if (comma) listOpen ??= { persons, last };
    else if (view.words[k] !== 'and') break;
    else listOpen = undefined;
    // "shot the clerk and two customers": a count of people joins the list
    // "a mother and her three children": an owner before the count
    const at = OWNERS.has(view.words[k + 1] ?? '') ? k + 2 : k + 1;
    const q = view.blocked[at] ? undefined : parseQuantity(view.words, at);
    const floor = open && q !== undefined && q.min !== null && q.max === null && q.min > 0;
    const people = q && q.min !== null && (q.min === q.max || floor) && q.min > 0 ? victimsAfter(view, partOf(view, q.after))?.range : undefined;
    if (people && floor) atLeast = true;
    const group = people ? q!.min! : 0;
    // "her husband and son", "the driver and passenger": one more person, the noun bare after "and"
    const w = view.words[k + 1] ?? '';
    // (not a group, a pronoun, "other" or "each": "and others", "and police", "and him")
    const bare = !people && VICTIM_NOUNS.has(w) && !PLURAL_PEOPLE.test(w) && !COLLECTIVE.has(w) && !SINGULAR_PRONOUNS.has(w) && w !== 'other' && w !== 'each' ? k + 2 : -1;
    // "killed his wife and her parents": one person's parents are two
    const pair = !people && (view.words[k + 1] === 'his' || view.words[k + 1] === 'her') && view.words[k + 2] === 'parents' ? k + 3 : -1;
    const next = people ? people.end : bare > 0 ? bare : pair > 0 ? pair : personAt(view, k + 1);
    if (next < 0 || FINITE.has(view.words[next] ?? '')) break;
    persons += group || (pair > 0 ? 2 : 1);
    last = next;
    k = skipAge(view, next);
  }
  return listOpen ? { persons: listOpen.persons, end: listOpen.last } : { persons, end: last, ...(atLeast ? { atLeast } : {}) };
}

/** "22 of the 35 passengers": where the people of a part start after its count and "of" (at k, the owner): past the whole's count. */
function partOf(view: View, k: number): number {
  if (view.words[k - 1] !== 'of' || !COUNT_OWNERS.has(view.words[k] ?? '')) return k;
  const whole = parseQuantity(view.words, k + 1);
  return whole && whole.min !== null ? whole.after : k;
}

/** Ends a list of people read on its own: "Among the dead were a firefighter and his son." */
const LIST_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?']);

/**
 * The people listed one by one from k to the end of the clause: "a firefighter and an elderly
 * woman" → 2. Undefined when no person opens at k, when words other than the list follow ("a
 * firefighter swept away while…": how many the rest names is unknown), or when an "and" after the
 * list may join one more ("Fatuma Said, 62, who sold vegetables, and her granddaughter").
 */
export function listedPeople(view: View, k: number): { persons: number; end: number } | undefined {
  const first = personAt(view, k);
  if (first < 0) return undefined;
  const list = coordinated(view, first);
  const next = view.words[list.end];
  if (next !== undefined && !LIST_ENDS.has(next)) return undefined;
  for (let m = list.end; m < view.words.length; m++) if (view.words[m] === 'and') return undefined;
  return list;
}

/**
 * How many people one person and those joined to it by "along with" at k are, or after at most three words with no
 * punctuation ("was arrested on Tuesday along with two of his employees"): a person named, a
 * count of people ("two others", "two of his employees"), and any joined to them by "and".
 */
export function alongWithOthers(view: View, k: number): { persons: number; end: number } | undefined {
  const { words } = view;
  let along = -1;
  for (let m = k; m <= k + 3 && m + 1 < words.length; m++) {
    if (words[m] === 'along' && words[m + 1] === 'with') along = m;
    if (along >= 0 || view.tokens[m]!.kind !== 'word') break;
  }
  if (along < 0) return undefined;
  const q = countAt(view, along + 2);
  const from = q && words[q.after] === 'of' && COUNT_OWNERS.has(words[q.after + 1] ?? '') ? q.after + 2 : q?.after;
  const group = q && q.min !== null && q.min === q.max && q.min > 0 ? victimsAfter(view, from!)?.range : undefined;
  const next = group ? group.end : personAt(view, along + 2);
  if (next <= 0) return undefined;
  const more = coordinated(view, next);
  return { persons: (group ? q!.min! : 1) + more.persons, end: more.end };
}

/** Words that end the clause a counted reading's "along with" must lie in. */
const ALONG_BREAKS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'when', 'after', 'said', 'says', 'told', 'who', 'which', 'that']);
/** At most this many tokens between the verb and "along with": "were killed in the fighting, along with". */
const ALONG_REACH = 7;

/**
 * A count of other people joined by "along with" or "as well as" after a counted reading ending at `from`: "12 soldiers had been killed
 * in the fighting, along with three civilians" → "three civilians" (a reading of its own, the same kind). Token range of
 * the count and its people, with the count, or undefined.
 */
export function alongWithCount(view: View, from: number): { start: number; end: number; after: number } | undefined {
  const { words, tokens } = view;
  for (let m = from; m < from + ALONG_REACH && m + 1 < words.length; m++) {
    // (or "together with", "as well as": "Nine soldiers died in the attack, as well as five civilians")
    const join = (words[m] === 'along' || words[m] === 'together') && words[m + 1] === 'with' ? 2 : words[m] === 'as' && words[m + 1] === 'well' && words[m + 2] === 'as' ? 3 : 0;
    if (join > 0) {
      const q = countAt(view, m + join);
      if (!q || q.min === null || q.min < 1) return undefined;
      const group = victimsAfter(view, q.after)?.range;
      return group ? { start: q.start, end: group.end, after: q.after } : undefined;
    }
    if ((tokens[m]!.kind === 'punct' && words[m] !== ',') || ALONG_BREAKS.has(words[m]!)) return undefined;
  }
  return undefined;
}
