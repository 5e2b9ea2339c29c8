// The counts and name pieces of a subject phrase: an age between commas before "and", the stop of an
// initial or a title, a bound before a count, "of whom", the counts of several conjuncts summed, "both".

import { NEVER_FINAL } from '../../lexicon/abbreviations.js';
import { AUXILIARIES, COUNT_OWNERS, HARM_VERBS, HEADLESS_DEATHS } from '../../lexicon/casualties.js';
import { countAt, isCapitalized, type View } from './view.js';
import { parseQuantity, type Quantity } from './quantity.js';
import { initialismStops, isPeople, type Range } from './phrases.js';
import type { Subject } from './subject.js';
import { COLLECTIVE } from './subject-names.js';

/** A plural of people: "men", "children", "officers" (a word ending in s). */
export const PLURAL_PEOPLE = /(?:people|men|women|children|personnel|s)$/;

/**
 * Does an age between commas end at token `k` (", 32," or ", 13 months old,"), after a capitalised
 * name? Returns the index of the comma that opens it, else -1.
 */
export function agedName(view: View, k: number): number {
  const { words, tokens } = view;
  if (k < 3 || words[k] !== ',') return -1;
  // ", 32,": the age is blocked as one (view.ts)
  let open = tokens[k - 1]!.kind === 'number' && view.blocked[k - 1] === true ? k - 2 : -1;
  // ", 13 months old,", ", 3 years old,"
  if (open < 0 && words[k - 1] === 'old' && AGE_UNITS.has(words[k - 2] ?? '') && tokens[k - 3]?.kind === 'number') open = k - 4;
  return open >= 1 && words[open] === ',' && isCapitalized(view, open - 1) ? open : -1;
}
const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);
/** Words that open a person's phrase after "and": "and her 3-year-old sister", "and a neighbour". */
export const PERSON_OPENERS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'a', 'an', 'the']);

/** Is the period at token `k` that of an initial ("J.") or a title ("Sgt.", "Dr.") inside a name? */
export function namePeriod(view: View, k: number): boolean {
  const before = view.words[k - 1] ?? '';
  if (!isCapitalized(view, k - 1) || !isCapitalized(view, k + 1)) return false;
  return before.length === 1 || NEVER_FINAL.has(before);
}

/** Where a count that takes in token `k` and runs on to `start` begins ("more than 20"), else -1. */
export function boundStart(view: View, k: number, start: number): number {
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    const q = view.blocked[j] ? undefined : parseQuantity(view.words, j);
    if (q && q.end > start) return j;
  }
  return -1;
}

/** "one of whom died", "at least two of whom were wounded": the count before "of whom" (at `end`). */
export function ofWhom(view: View, end: number): Subject | undefined {
  // the widest count first: "at least two", not "two"
  for (let k = Math.max(0, end - 4); k <= end - 2; k++) {
    if (view.blocked[k]) continue;
    const q = parseQuantity(view.words, k);
    if (q && q.end === end - 1) return { range: { start: k, end: end + 1 }, quantity: { ...q, after: end + 1 }, persons: 0, people: true };
  }
  return undefined;
}

// (an owner's one person too: "Her mother and two younger brothers"; and "the" before one person, not a body:
// "The driver and three passengers", not "The crew and 12 passengers")
const ONE_PERSON: ReadonlySet<string> = new Set(['a', 'an', 'another', 'his', 'her', 'their']);

/**
 * The counts that open every conjunct, summed ("Fifteen soldiers", "four civilians": 19; "a woman"
 * is one), as a count over the whole subject; undefined unless every conjunct is people. Bounds
 * add up too: "Two officers and dozens of protesters were hurt" is at least 26 (2 + at least 24),
 * with no upper bound, as "dozens" alone has none.
 */
export function sumOfParts(view: View, parts: readonly Range[]): Quantity | undefined {
  let min = 0;
  let max: number | null = 0;
  let approximate = false;
  let vague = false;
  let after = -1;
  for (const p of parts) {
    if (view.blocked[p.start] || !isPeople(view, p.end - 1)) return undefined;
    const q = parseQuantity(view.words, p.start);
    if (q) {
      if (q.min === null || q.end >= p.end) return undefined;
      min += q.min;
      max = max === null || q.max === null ? null : max + q.max;
      approximate ||= q.approximate;
      vague ||= q.vague;
    } else if ((ONE_PERSON.has(view.words[p.start]!) || (view.words[p.start] === 'the' && !COLLECTIVE.has(view.words[p.end - 1]!))) && p.end - p.start - 2 * initialismStops(view, p.start, p.end) <= 3 && !PLURAL_PEOPLE.test(view.words[p.end - 1]!)) {
      min += 1;
      if (max !== null) max += 1;
    } else {
      return undefined;
    }
    if (after < 0) after = q ? q.after : p.start + 1;
  }
  const last = parts[parts.length - 1]!;
  return { min, max, approximate, start: parts[0]!.start, end: last.end, after, vague };
}

/** "Both women were wounded", "both teens died": two, when "both" opens a plural people phrase. */
export function both(view: View, start: number, end: number): Quantity | undefined {
  if (view.words[start] !== 'both' || end === start || !isPeople(view, end) || !PLURAL_PEOPLE.test(view.words[end]!)) return undefined;
  return { min: 2, max: 2, approximate: false, start, end: start + 1, after: start + 1, vague: false };
}

/** "An elderly couple was killed", "the couple": a couple is two people (not "a couple of", a few). */
export function couple(view: View, start: number, end: number): Quantity | undefined {
  if (view.words[end] !== 'couple' || view.words[end + 1] === 'of' || view.tokens[end]!.kind !== 'word') return undefined;
  return { min: 2, max: 2, approximate: false, start: end, end: end + 1, after: end + 1, vague: false };
}

/** "none of the passengers", "two of them": an "of" that follows a count stays in the phrase. */
export function ofCount(view: View, k: number): boolean {
  // 'said "dozens" of people': the closing mark of a quoted count
  const end = QUOTE_MARKS.has(view.words[k - 1] ?? '') ? k - 1 : k;
  for (let s = Math.max(0, end - 3); s < end; s++) {
    const q = parseQuantity(view.words, s);
    if (q && q.end === end) return true;
  }
  return false;
}
/** Quotation marks, straight and curly: 'an officer and a "citizen"', '"dozens" of people'. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * '"several dozen" people', 'holding "scores" of hostages': the index after a count's closing quotation mark at `after`
 * and the "of" after it (both before `limit`), else `after` itself.
 */
export function pastClosingMark(words: readonly string[], after: number, limit = words.length): number {
  if (after >= limit || !QUOTE_MARKS.has(words[after] ?? '')) return after;
  return words[after + 1] === 'of' && after + 1 < limit ? after + 2 : after + 1;
}

/** Verbs of a subject's own after its phrase: "22 of the 35 passengers died" tells of the part. */
const PART_VERBS: ReadonlySet<string> = new Set([...HEADLESS_DEATHS, 'drowned', 'survived']);

/**
 * The first count inside the phrase followed only by words ("the 12 victims", "all three men"). `told`: the word after
 * the phrase; after a verb of being or of its own ("22 of the 35 passengers were killed") the part's count is the one, and a
 * whole's after "half of the", "most of the" is none; a bare participle ("Twelve of the 15 workers abducted last month
 * have been freed") tells of the whole.
 */
export function quantityIn(view: View, range: Range, told = ''): Quantity | undefined {
  const part = AUXILIARIES.has(told) || PART_VERBS.has(told);
  for (let k = range.start; k < range.end; k++) {
    if (view.blocked[k]) continue;
    const q = parseQuantity(view.words, k);
    if (!q || q.end > range.end) continue;
    // "None of the 40 passengers", "neither of the two drivers": nobody of the count after it
    if (q.max === 0 && view.words[q.end] === 'of') return q;
    // "Half of the 40 residents", "most of the 200 workers": the count after "of the" is the whole, not the part
    if (part && k > range.start && COUNT_OWNERS.has(view.words[k - 1] ?? '') && view.words[k - 2] === 'of') return undefined;
    // "22 of the 35 passengers", "at least 30 of the roughly 200 workers": the part, past the whole's count
    const whole = part && view.words[q.after - 1] === 'of' && COUNT_OWNERS.has(view.words[q.after] ?? '') ? parseQuantity(view.words, q.after + 1) : undefined;
    let clean = true;
    for (let m = whole ? whole.end : q.end; m < range.end; m++) if (view.tokens[m]!.kind === 'number') clean = false;
    if (clean) return q;
  }
  return undefined;
}

/**
 * A count of people that opens the sentence and is followed by a comma, the names in apposition
 * after it running to `to` (at most LEAD_REACH tokens, no verb or clause word on the way), or undefined.
 */
export function leadingCount(view: View, to: number): Quantity | undefined {
  const { words, tokens } = view;
  const q = countAt(view, 0);
  if (!q || q.min === null || q.min < 2 || q.min !== q.max || !isPeople(view, q.after) || words[q.after + 1] !== ',' || to - q.after > LEAD_REACH) return undefined;
  for (let k = q.after + 2; k < to; k++) {
    const w = words[k]!;
    if (tokens[k]!.kind === 'word' && (HARM_VERBS.has(w) || AUXILIARIES.has(w) || LEAD_BREAKS.has(w))) return undefined;
  }
  return q;
}
const LEAD_REACH = 16;
const LEAD_BREAKS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'when', 'while', 'after', 'before', 'as', 'because', 'but']);
