// The subject before a participle, read backward:
// "Two men were wounded", "A 20-year-old man was shot", "Smith and Jamel Martin were shot".

import { HARM_VERBS, NOT_NAMES, PHRASE_BREAKS, SINGULAR_DETERMINERS, SINGULAR_PRONOUNS } from '../../lexicon/casualties.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { isCapitalized, type View } from './view.js';
import { parseQuantity, type Quantity } from './quantity.js';
import { initialismDot, isPeople, type Range } from './phrases.js';
import { AGE, COLLECTIVE, nameWord, oneMore, onePerson, semicolonNames } from './subject-names.js';
import { agedName, both, boundStart, couple, namePeriod, ofCount, ofWhom, PERSON_OPENERS, pastClosingMark, PLURAL_PEOPLE, QUOTE_MARKS, quantityIn, sumOfParts } from './subject-counts.js';
import { DASHES } from '../../lexicon/punctuation.js';

/** A plural of people (subject-counts.ts), for the rules that import it from here. */
export { COLLECTIVE, PLURAL_PEOPLE };

export interface Subject {
  range: Range;
  /** the count inside the subject phrase, if any */
  quantity: Quantity | undefined;
  /** how many people the phrase names one by one: "a man and a woman" → 2; 0 when it does not */
  persons: number;
  /** the phrase names people: a people noun, a name, a pronoun or a bare count ("2 killed") */
  people: boolean;
}

const MAX_PHRASE = 9;
/** Words that open a clause: the subject starts after them. */
const CLAUSE: ReadonlySet<string> = new Set([
  'say', 'where', 'whom', 'whose', 'and', 'or', 'but', 'if', 'because', 'believe', 'think', 'reported', 'confirmed', 'that', 'which',
  // "Asked whether any prisoners had died": a subordinate clause opens with its subject
  'whether', 'when', 'while', 'why',
  // "killed 1,000 people and left thousands homeless": the people left start after the verb
  'left', 'leaving', 'leaves', 'leave',
]);

/** Name suffixes written with a period: "Hawkins Sr.", "Call Jr.". */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);
export { QUOTE_MARKS };
/** Before a person's place or employer: "A nurse at the clinic", "A photographer for a local news site". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near', 'from', 'of', 'outside', 'inside', 'for']);

/**
 * The subject phrase that ends at token `last` (inclusive), read backward.
 * "Tavon Goff, of York City, was injured": an appositive between commas is skipped.
 */
export function subjectBefore(view: View, last: number, relative = false): Subject | undefined {
  const s = subjectWalk(view, last, relative);
  if (s?.people) return s;
  // "A woman who was waiting at a bus stop was struck by a bullet": the walk ended in the relative
  // clause ("a bus stop"); the subject is the people before its "who", the clause part of them
  const who = relativeWho(view, last);
  const r = who > 0 ? subjectWalk(view, who - 1) : undefined;
  return r?.people ? { ...r, range: { start: r.range.start, end: last + 1 } } : s;
}

/** RELATIVE_REACH words back from `last`, no punctuation between: the index of "who", or -1. */
function relativeWho(view: View, last: number): number {
  for (let k = last; k >= 0 && k > last - RELATIVE_REACH; k--) {
    // "A man who officials say shot …": who is said to have done it, no relative clause closed before the verb
    if (view.words[k] === 'who') return k;
    if (view.tokens[k]!.kind === 'punct' || (CLAUSE.has(view.words[k]!) && !LEAVING.has(view.words[k]!) && !nounAnd(view, k))) return -1;
  }
  return -1;
}
/** "sent home from an accident and emergency department": an "and" between two words of one noun phrase. */
function nounAnd(view: View, k: number): boolean {
  return view.words[k] === 'and' && view.tokens[k + 1]?.kind === 'word' && !SINGULAR_DETERMINERS.has(view.words[k + 1]!) &&
    !SINGULAR_PRONOUNS.has(view.words[k + 1]!) && !HARM_VERBS.has(view.words[k + 1]!) && !VICTIM_NOUNS.has(view.words[k + 1]!);
}
/** "A woman who had waited six hours for an ambulance after a fall at her home died": a clause's words. */
const RELATIVE_REACH = 20;
/** The verb of leaving: "left 3 dead" opens a reading; "after leaving a pub" opens no clause of its own in a relative. */
export const LEAVING: ReadonlySet<string> = new Set(['left', 'leaving', 'leaves', 'leave']);

/**
 * `relative`: the verb follows "who was" right after the phrase, and the clause belongs to the
 * nearest noun: "The family of a teenager who was killed" — the teenager, not the family.
 */
/**
 * An appositive between commas is skipped when this short, or up to APPOSITIVE_REACH words when it opens on an article
 * or on "including" (a list of some of them: "Two men, including a security guard and a family member, were shot").
 */
const SHORT_APPOSITIVE = 8;
const APPOSITIVE_REACH = 20;
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'including']);

/**
 * The last word before an age that ends at `end` after a people noun ("children under the age of five", "children under
 * five", "patients aged 60 and over", "children aged between two and five", "girls aged 12 to 15"), else `end`.
 */
function beforeAge(view: View, end: number): number {
  const { words } = view;
  for (let k = end; k >= 0 && k > end - AGE_REACH; k--) {
    const w = words[k]!;
    if (w !== 'under' && w !== 'over' && w !== 'aged') continue;
    // the age's words after the marker are counts and their joiners only
    for (let m = k + 1; m <= end; m++) if (!AGE_WORDS.has(words[m]!) && !parseQuantity(words, m)) return end;
    return k > 0 && isPeople(view, k - 1) ? k - 1 : end;
  }
  return end;
}
const AGE_REACH = 7;
const AGE_WORDS: ReadonlySet<string> = new Set(['the', 'age', 'ages', 'of', 'between', 'and', 'to', 'or', 'over', 'under', 'years', 'old', '-', '–']);

function subjectWalk(view: View, last: number, relative = false): Subject | undefined {
  const { words, tokens } = view;
  let end = last;
  // (or between dashes: "Seven people — four adults and three children — died")
  if (words[end] === ',' || DASHES.has(words[end]!)) {
    const mark = words[end]!;
    let k = end - 1;
    while (k >= 0 && k > end - APPOSITIVE_REACH && words[k] !== mark) k--;
    if (k < 0 || words[k] !== mark) return undefined;
    // a long appositive is a description: "The driver, a 50-year-old doctor from Saudi Arabia who had lived in
    // Germany since 2006, was detained"
    if (end - k > SHORT_APPOSITIVE && !DESCRIPTION_OPENERS.has(words[k + 1] ?? '')) return undefined;
    end = k - 1;
    // "Felimon Contreras, 29, a Latino man, was killed": the age between commas before the appositive
    if (tokens[end]?.kind === 'number' && view.blocked[end] && words[end - 1] === ',') end -= 2;
    // ("Terence Crutcher, 40 ― a father … ― was shot": a name's age before a dash is no count)
    else if (mark !== ',' && tokens[end]?.kind === 'number' && words[end - 1] === ',' && isCapitalized(view, end - 2)) end -= 2;
  }
  // "Joshua Hawkins Sr., a 42-year-old man, died": the period of a name suffix
  if (words[end] === '.' && NAME_SUFFIXES.has(words[end - 1] ?? '')) end--;
  // '"around 10 terrorists" had been killed': the subject quoted; the opening mark ends the walk
  if (QUOTE_MARKS.has(words[end] ?? '') && tokens[end - 1]?.kind !== 'punct') end--;
  if (end < 0) return undefined;
  // "29 children under the age of five had died", "Twelve children aged between two and five": an age is no count
  end = beforeAge(view, end);
  // "more than 400 customers, one of whom died": the count of a relative "of whom"
  if (words[end] === 'whom' && words[end - 1] === 'of') return ofWhom(view, end);
  // conjuncts, right to left: "a 22-year-old man and a 16-year-old boy"
  const parts: Range[] = [];
  let right = end + 1;
  let start = end + 1;
  // an age between commas skipped before "and" does not count against the phrase's length
  let floor = end - MAX_PHRASE;
  for (let k = end; k >= 0 && k > floor; k--) {
    const w = words[k]!;
    // 'an officer and a "citizen" were injured', '57 "mutineers" had been arrested': marks around a word of the phrase
    if (QUOTE_MARKS.has(w) && k < end && (SINGULAR_DETERMINERS.has(words[k - 1] ?? '') || (k > 0 && parseQuantity(words, k - 1)?.after === k))) continue;
    // "Stephens, 32, and Paul Rayer, 51, were shot and killed": a name and its age between commas before "and"
    // "Dixie Eberly, 13 months old, and her sister, Denise, died": any person after "and", any age
    const aged = w === 'and' && start <= end ? agedName(view, k - 1) : -1;
    if (aged >= 0 && (isCapitalized(view, k + 1) || PERSON_OPENERS.has(words[k + 1] ?? ''))) {
      parts.unshift({ start, end: right });
      floor -= k - aged + 1;
      right = aged;
      k = aged;
      continue;
    }
    // "Paul J. Rayer", "Sgt. Amy Hall", "A U.S. soldier": the stop of an initial, a title or an initialism is part of the phrase
    if (w === '.' && k < end && (namePeriod(view, k) || initialismDot(view, k))) {
      // (an initialism's letters and stops are one word of the phrase: "U.S." counts once)
      if (initialismDot(view, k)) floor -= 2;
      start = k;
      continue;
    }
    // 'treating "several dozen" people': a count in quotation marks opens the phrase
    if (QUOTE_MARKS.has(w) && k < end) {
      let o = k - 1;
      while (o >= 0 && o > k - 6 && tokens[o]!.kind !== 'punct') o--;
      if (o >= 0 && o < k - 1 && QUOTE_MARKS.has(words[o]!) && parseQuantity(words, o + 1)) {
        start = o + 1;
        break;
      }
    }
    // "A police officer, a soldier and three civilians were killed": commas before the conjuncts an "and" joined
    // (nouns with their determiners only: a comma after a name may close an appositive or an opening adverb)
    if (w === ',' && parts.length > 0 && k > 0 && isPeople(view, k - 1) && (PERSON_OPENERS.has(words[k + 1] ?? '') || parseQuantity(words, k + 1))) {
      if (start < right) {
        parts.unshift({ start, end: right });
        right = k;
        continue;
      }
    }
    if (tokens[k]!.kind === 'punct') break;
    // not "on Saturday and discovered a 15-year-old": a day or month is no person
    // ("a guard, a cashier, and two customers": the serial comma before "and" after a noun)
    const oxford = w === 'and' && words[k - 1] === ',' && k > 1 && isPeople(view, k - 2) && PERSON_OPENERS.has(words[k - 3] ?? '') ? 1 : 0;
    if (w === 'and' && k > oxford && (isPeople(view, k - 1 - oxford) || nameWord(view, k - 1 - oxford)) && !HARM_VERBS.has(words[k - 1 - oxford]!) && !NOT_NAMES.has(words[k - 1 - oxford]!) && start <= end) {
      parts.unshift({ start, end: right });
      right = k - oxford;
      k -= oxford;
      continue;
    }
    if (CLAUSE.has(w) || (HARM_VERBS.has(w) && k < end)) break;
    // "Officials Deny Inmates Were Killed": a headline's verb of saying ends the people after it
    if (!view.sentence.body && k < end && CUE_WORDS.has(w)) break;
    if (PHRASE_BREAKS.has(w) && !(w === 'of' && ofCount(view, k))) {
      // "Two officers and more than 20 protesters": a bound is part of its conjunct's count
      const bound = boundStart(view, k, start);
      if (bound < 0) break;
      start = k = bound;
      continue;
    }
    start = k;
  }
  if (start > end || start >= right) return undefined;
  // "a worker at Walmart was injured": the person is before the place
  // (not after a participle: "Two men wounded in the attack have died" is participles.ts's)
  const participle = HARM_VERBS.has(words[start - 2] ?? '') && words[start - 3] !== 'the';
  if (PLACE_PREPOSITIONS.has(words[start - 1] ?? '') && parts.length === 0 && start >= 2 && isPeople(view, start - 2) && !participle && !(relative && isPeople(view, end) && !COLLECTIVE.has(words[end]!))) {
    return subjectBefore(view, start - 2);
  }
  // "A, 19; B, 19; and C, 18, were taken into custody": the names the semicolons list
  const listed = parts.length === 0 && words[start - 1] === 'and' && words[start - 2] === ';' ? semicolonNames(view, start - 2) : undefined;
  parts.unshift({ start, end: right });
  if (listed) parts.unshift(...listed);
  const last_ = parts[parts.length - 1]!;
  // (the ages of a list are no count)
  const quantity = listed ? undefined : quantityIn(view, { start: parts[0]!.start, end: end + 1 }, words[last + 1]) ?? both(view, parts[0]!.start, end) ?? couple(view, parts[0]!.start, end);
  // "at least 18 residents died": the bound stopped the walk ("at" is a preposition)
  if (quantity) {
    for (let k = Math.max(0, quantity.start - 3); k < quantity.start; k++) {
      const wider = view.blocked[k] ? undefined : parseQuantity(words, k);
      if (wider && wider.end === quantity.end) {
        Object.assign(quantity, { ...wider, after: quantity.after });
        parts[0]!.start = Math.min(parts[0]!.start, k);
        break;
      }
    }
  }
  // '"several dozen" people': the victims start after the closing mark
  if (quantity) quantity.after = pastClosingMark(words, quantity.after, end);
  const head = words[end]!;
  const people = isPeople(view, end) || SINGULAR_PRONOUNS.has(head) || head === 'one' || AGE.test(head) || oneMore(view, end) ||
    (isCapitalized(view, end) && view.sentence.body) || (quantity !== undefined && quantity.end === end + 1);
  // "Fifteen soldiers and four civilians were killed": 19, as the object "killed 15 soldiers and four civilians"
  if (quantity && parts.length > 1) {
    const sum = sumOfParts(view, parts);
    if (sum) return { range: { start: parts[0]!.start, end: end + 1 }, quantity: sum, persons: 0, people };
  }
  if (quantity || parts.length === 1) {
    const at = quantity ? -1 : onePerson(view, last_.start, last_.end);
    const from = quantity ? parts[0]!.start : at >= 0 ? at : last_.start;
    return { range: { start: from, end: end + 1 }, quantity, persons: at >= 0 ? 1 : 0, people };
  }
  const starts = parts.map((p) => onePerson(view, p.start, p.end));
  if (starts.some((s) => s < 0)) return { range: { start: last_.start, end: end + 1 }, quantity: undefined, persons: 0, people };
  return { range: { start: starts[0]!, end: end + 1 }, quantity: undefined, persons: parts.length, people: true };
}
