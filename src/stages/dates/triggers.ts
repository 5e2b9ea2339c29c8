// Words a sentence must contain for a rule to be worth running: a sentence without a month
// name skips the month rules. Most sentences hold no temporal expression, so one pass over a
// sentence's tokens (a Map lookup each) decides which rules run at all.
// A rule's trigger is a list of clauses, each a list of words; the rule runs when the sentence
// holds a word of EVERY clause: "the following year" needs "year" and one of "following",
// "previous", "that"…, so a sentence with "year" alone never runs that pattern. Each clause
// names words (tokens or hyphen parts) every match contains, so skipping a rule loses nothing;
// the vague words keep a broad list because "Now" also matches glued inside "FOX6Now.com".
// Numbers trigger by shape: `#year` a run of four digits ("1996", "mid-1996", "2025-10-28"),
// `#decade` "1990s"/"80s", `#clock` "10am", `#digit` any digit; "a.m." is tokenised a . m .
// and triggers on "m". A hyphenated word also triggers on each part ("year-end" → "year")
// and on each part with a leading hyphen ("two-year" → "-year"), for patterns that need the hyphen.

import {
  DAY_PARTS, DAY_PARTS_PLURAL, FREQUENCIES, MONTHS, SEASONS, TIME_UNITS, UNIT_PLURALS, VAGUE_ADJECTIVES, VAGUE_REFS, WEEKDAYS,
} from '../../lexicon/time.js';
import { DAY_HOLIDAY_NAMES, HOLIDAY_NAMES } from './rules/named-days.js';

export const YEAR = '#year';
export const DECADE = '#decade';
export const CLOCK = '#clock';
export const DIGIT = '#digit';
/** an ISO date's hyphen ("2025-10-28") or a US date's slash ("10/28/2025") */
export const DATE_JOIN = '#date-join';
const months = [...MONTHS.keys()].map((m) => m.replace('.', ''));
const fullMonths = [...MONTHS.keys()].slice(0, 12);
// "eighth", "twenty-first" (its hyphen part "first"), "thirty first"
const dayOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
const weekdays = [...WEEKDAYS.keys()];
const seasons = [...SEASONS.keys()];
const units = [...TIME_UNITS.keys()].flatMap((u) => [u, `${u}s`]).concat([...UNIT_PLURALS.keys()]);
const dayWords = ['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month'];
const pluralUnits = ['days', 'weeks', 'months', 'years', 'decades', 'quarters'];
const firstWords = (names: readonly string[]): string[] => [...new Set(names.map((k) => k.split(' ')[0]!.replace(/'s?$/, '')))];
const holidayWords = firstWords(HOLIDAY_NAMES);
// "new year's day" also holds "year", which is rarer than "new"
const holidayCores = holidayWords.filter((w) => w !== 'new').concat(['year']);
const ordinals = ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'];
const vagueWords = [...VAGUE_REFS.keys()].flatMap((k) => k.split(' ')).filter((w) => w !== 'the' && w !== 'at' && w !== 'a' && w !== 'later');

type Trigger = readonly (readonly string[])[];

export const TRIGGERS: ReadonlyMap<string, Trigger> = new Map<string, Trigger>([
  ['dates/month-day', [months, [DIGIT]]],
  ['dates/day-month', [months, [DIGIT]]],
  ['dates/month-year', [months, [DIGIT, 'year']]],
  ['dates/day-range', [months, [DIGIT]]],
  ['dates/day-range-first', [months, [DIGIT]]],
  ['dates/month', [fullMonths]],
  ['dates/numeric', [[YEAR], [DATE_JOIN]]],
  ['dates/week-of', [['week', 'weekend'], months, [DIGIT]]],
  ['dates/month-ordinal', [fullMonths, dayOrdinals]],
  ['dates/ordinal-of-month', [fullMonths, dayOrdinals]],
  ['dates/year', [[YEAR]]],
  // "FY 2025", "FY2025" (a run of four digits), "FY25" (one word: all hundred spelled out)
  ['dates/fiscal-year-code', [['fy', YEAR, ...Array.from({ length: 100 }, (_, i) => `fy${String(i).padStart(2, '0')}`)]]],
  ['dates/year-span', [[YEAR]]],
  ['dates/year-range-from', [[YEAR]]],
  ['dates/year-range-to', [[YEAR]]],
  ['dates/decade', [[DECADE]]],
  ['dates/century', [['century']]],
  ['dates/season-year', [seasons, [YEAR]]],
  ['dates/relative-season', [seasons, ['this', 'last', 'next', 'coming', 'past', 'previous']]],
  ['dates/season', [seasons]],
  ['dates/anaphoric-season', [seasons, ['following', 'next', 'previous', 'preceding', 'prior']]],
  ['dates/bare-season', [seasons, ['in', 'by', 'until', 'till', 'since', 'before', 'after', 'during', 'through', 'throughout', 'start', 'beginning', 'end', 'middle']]],
  ['dates/decade-word', [['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']]],
  ['dates/deictic-day', [['today', 'tonight', 'yesterday', 'tomorrow']]],
  ['dates/this-day-part', [[...DAY_PARTS.keys()], ['this']]],
  ['dates/weekday', [weekdays.flatMap((d) => [d, `${d}s`])]],
  ['dates/relative-period', [
    ['this', 'last', 'next', 'coming', 'past', 'previous', 'current', 'latest', 'recent'],
    ['week', 'weekend', 'fortnight', 'month', 'year', 'quarter', 'decade', 'century', ...fullMonths],
  ]],
  ['dates/current-year', [['year', 'year-end']]],
  ['dates/past-day', [['past'], ['day']]],
  ['dates/day-part', [['morning', 'afternoon', 'evening'], ['mid', 'early', 'late']]],
  ['dates/position-of-period', [['end', 'beginning', 'start', 'middle', 'close'], ['month', 'week', 'quarter', 'decade', 'century']]],
  ['dates/holiday', [holidayWords, holidayCores]],
  ['dates/day-holiday', [firstWords(DAY_HOLIDAY_NAMES), ['day']]],
  ['dates/weekend', [['weekend']]],
  ['dates/weekends', [['weekends', ...DAY_PARTS_PLURAL]]],
  ['dates/nth-weekday', [weekdays, fullMonths, ['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final', '1st', '2nd', '3rd', '4th', '5th']]],
  // "last night" or "overnight"
  ['dates/last-night', [['last', 'overnight'], ['night', 'overnight']]],
  ['dates/spoken-year', [['nineteen', 'eighteen', 'thousand']]],
  ['dates/anaphoric-year', [['year'], ['following', 'previous', 'next', 'same', 'prior', 'that', 'before', 'after']]],
  ['dates/anaphoric-day', [dayWords, ['next', 'following', 'previous', 'prior', 'preceding', 'same', 'that']]],
  ['dates/day-before', [[...dayWords, 'days', 'weeks', 'months'], ['before', 'after', 'following', 'preceding']]],
  ['dates/the-week', [['week'], ['the']]],
  ['dates/before-last', [['week', 'weekend', 'month', 'year'], ['before', 'after'], ['last', 'next']]],
  ['dates/ordinal-day', [['day'], ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'final']]],
  ['dates/later-in-the-day', [['earlier', 'later'], [...dayWords, 'year']]],
  ['dates/duration', [units]],
  ['dates/duration-adjective', [units.map((u) => `-${u}`)]],
  ['dates/duration-bare-plural', [
    ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes'],
    ['for', 'over', 'within', 'after', 'take', 'takes', 'taking', 'took', 'lasted', 'spent', 'in'],
  ]],
  // the direction word ends every match: "two days ago", "a week later", "a year from now"
  ['dates/ago', [['ago', 'back', 'earlier', 'later', 'now', 'hence'], units]],
  ['dates/year-ago', [['-ago', '-earlier'], ['-year']]],
  ['dates/bare-ago', [['ago', 'later'], ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes']]],
  ['dates/duration-range-low', [['between'], units]],
  ['dates/unsaid-length', [['while', 'time', 'years', 'decades']]],
  ['dates/set-every', [['every', 'each'], [...units, ...weekdays, ...fullMonths, ...seasons, ...DAY_PARTS.keys(), 'weekend']]],
  ['dates/set-frequency', [[...FREQUENCIES.keys()]]],
  ['dates/set-rate', [['once', 'twice', 'thrice', 'times', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months'], ['day', 'week', 'month', 'year', 'hour', 'decade']]],
  ['dates/vague-reference', [vagueWords.concat(['past', 'future', 'present', 'term', 'moment'])]],
  ['dates/vague-period', [['recent', 'coming', 'future', 'past', 'few', 'several'], pluralUnits]],
  ['dates/vague-adjective', [[...VAGUE_ADJECTIVES.keys()]]],
  ['dates/vague-ahead', [['ahead'], ['days', 'weeks', 'months', 'years']]],
  ['dates/clock-time', [[CLOCK, 'am', 'pm', 'm'], [DIGIT]]],
  ['dates/clock-24h', [[DIGIT]]],
  ['dates/named-time', [['noon', 'midnight', 'midday']]],
  ['dates/quarter', [['quarter', 'half'], ordinals]],
  ['dates/quarter-pair', [['quarters'], ['and']]],
  ['dates/quarter-code', [['q1', 'q2', 'q3', 'q4', 'h1', 'h2']]],
  ['dates/week-number', [['week'], [DIGIT]]],
  // "July-September" is one word (its parts trigger too), "July–September" three
  ['dates/month-range-quarter', [['january', 'april', 'july', 'october'], ['march', 'june', 'september', 'december']]],
  ['dates/half-year', [['half', 'quarters'], ['first', 'second', 'last', 'latter']]],
  ['dates/the-day-part', [['morning', 'afternoon', 'evening', 'night', 'hours'], ['during', 'through', 'throughout', 'into', 'in', 'since', 'until', 'all']]],
  ['dates/bare-day-part', [['morning', 'afternoon', 'evening', 'dawn', 'daybreak', 'dusk', 'nightfall', 'light'], ['by', 'until', 'till', 'before', 'after', 'toward', 'towards', 'at', 'from', 'since']]],
  ['dates/hour-day-part', [['morning', 'afternoon', 'evening', 'night', 'tonight'], [DIGIT, 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']]],
  ['dates/reported-quarter', [['quarter', 'period']]],
  ['dates/year-quarter', [['quarter', 'period'], [YEAR]]],
]);

/**
 * Trigger words by `shapeSlot`, in flat arrays grouped by slot (the scan reads them for every
 * word that passes the bit table); words of no slot ("q1", "1st") in a map.
 */
export interface WordTable {
  /** one bit per slot: whether it holds a word */
  bits: Int32Array;
  /** index in `words` of each slot's first word */
  firstOf: Int16Array;
  words: readonly string[];
  slotOf: Int32Array;
  /** the clauses each word satisfies */
  clausesOf: readonly (readonly number[])[];
  odd: ReadonlyMap<string, readonly number[]>;
}

/** Clause numbers by trigger word, and which rule each clause belongs to (in a given rule order). */
export interface TriggerIndex {
  words: WordTable;
  /** words that must follow a hyphen ("-year" of "two-year"), without it */
  afterHyphen: WordTable;
  /** clauses of the number shapes */
  digit: readonly number[];
  year: readonly number[];
  decade: readonly number[];
  clock: readonly number[];
  dateJoin: readonly number[];
  /** the rule of each clause */
  ruleOf: Int32Array;
  /** how many clauses each rule has */
  clausesIn: Int32Array;
  /** rules without clauses: they always run */
  always: readonly number[];
}

export function triggerIndex(ruleIds: readonly string[]): TriggerIndex {
  const byWord = new Map<string, number[]>();
  const ruleOf: number[] = [];
  const clausesIn = new Int32Array(ruleIds.length);
  ruleIds.forEach((id, rule) => {
    for (const words of TRIGGERS.get(id) ?? []) {
      const clause = ruleOf.length;
      ruleOf.push(rule);
      clausesIn[rule]++;
      for (const w of words) {
        const list = byWord.get(w) ?? [];
        if (!list.includes(clause)) list.push(clause);
        byWord.set(w, list);
      }
    }
  });
  const words = new WordTableBuilder();
  const afterHyphen = new WordTableBuilder();
  for (const [w, clauses] of byWord) {
    // the scan reads a word's shape from the text, where only "İ" lower-cases to two
    // characters; a trigger word written in ASCII cannot hold what it becomes
    if (!/^[\x00-\x7f]+$/.test(w)) throw new Error(`date trigger words are ASCII: ${w}`);
    if (w.startsWith('#')) continue;
    if (w.startsWith('-')) afterHyphen.add(w.slice(1), clauses);
    else words.add(w, clauses);
  }
  const always = ruleIds.map((_, r) => r).filter((r) => clausesIn[r] === 0);
  const shape = (name: string): readonly number[] => byWord.get(name) ?? [];
  return {
    words: words.table(), afterHyphen: afterHyphen.table(),
    digit: shape(DIGIT), year: shape(YEAR), decade: shape(DECADE), clock: shape(CLOCK), dateJoin: shape(DATE_JOIN),
    ruleOf: Int32Array.from(ruleOf), clausesIn, always,
  };
}

// Nine words in ten are no trigger; a table by length, first and last letter ("that": 4, t, t)
// rules out most of them ("security", "talks") without reading or hashing the word.
const SHAPE_SLOTS = 32 * 26 * 26;

class WordTableBuilder {
  private readonly entries: { word: string; slot: number; clauses: readonly number[] }[] = [];
  private readonly odd = new Map<string, readonly number[]>();

  add(word: string, clauses: readonly number[]): void {
    const slot = shapeSlot(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
    if (slot < 0) this.odd.set(word, clauses);
    else this.entries.push({ word, slot, clauses });
  }

  table(): WordTable {
    const entries = this.entries.sort((a, b) => a.slot - b.slot);
    const bits = new Int32Array(SHAPE_SLOTS >> 5);
    const firstOf = new Int16Array(SHAPE_SLOTS);
    entries.forEach((e, i) => {
      if (bits[e.slot >> 5]! & (1 << (e.slot & 31))) return;
      bits[e.slot >> 5]! |= 1 << (e.slot & 31);
      firstOf[e.slot] = i;
    });
    return {
      bits, firstOf, words: entries.map((e) => e.word), slotOf: Int32Array.from(entries, (e) => e.slot),
      clausesOf: entries.map((e) => e.clauses), odd: this.odd,
    };
  }
}

/** The slot of a word of `n` characters from `first` to `last` (A-Z read as a-z); -1 outside a-z. */
export function shapeSlot(n: number, first: number, last: number): number {
  const f = (first | 0x20) - 97;
  const l = (last | 0x20) - 97;
  if (n > 31 || !(f >= 0 && f < 26 && l >= 0 && l < 26)) return -1;
  return (n * 26 + f) * 26 + l;
}
