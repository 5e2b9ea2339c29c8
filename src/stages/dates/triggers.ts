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

import type { Token } from '../../document.js';
import {
  DAY_PARTS, FREQUENCIES, HOLIDAYS, MONTHS, SEASONS, TIME_UNITS, UNIT_PLURALS, VAGUE_ADJECTIVES, VAGUE_REFS, WEEKDAYS,
} from '../../lexicon/time.js';

const YEAR = '#year';
const DECADE = '#decade';
const CLOCK = '#clock';
const DIGIT = '#digit';
/** an ISO date's hyphen ("2025-10-28") or a US date's slash ("10/28/2025") */
const DATE_JOIN = '#date-join';
const months = [...MONTHS.keys()].map((m) => m.replace('.', ''));
const fullMonths = [...MONTHS.keys()].slice(0, 12);
const weekdays = [...WEEKDAYS.keys()];
const seasons = [...SEASONS.keys()];
const units = [...TIME_UNITS.keys()].flatMap((u) => [u, `${u}s`]).concat([...UNIT_PLURALS.keys()]);
const dayWords = ['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month'];
const pluralUnits = ['days', 'weeks', 'months', 'years', 'decades', 'quarters'];
const holidayWords = [...HOLIDAYS.keys()].map((k) => k.split(' ')[0]!).concat(['thanksgiving', 'election']);
// "new year's day" also holds "year", which is rarer than "new"
const holidayCores = holidayWords.filter((w) => w !== 'new').concat(['year']);
const ordinals = ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'];
const vagueWords = [...VAGUE_REFS.keys()].flatMap((k) => k.split(' ')).filter((w) => w !== 'the' && w !== 'at');

type Trigger = readonly (readonly string[])[];

export const TRIGGERS: ReadonlyMap<string, Trigger> = new Map<string, Trigger>([
  ['dates/month-day', [months, [DIGIT]]],
  ['dates/day-month', [months, [DIGIT]]],
  ['dates/month-year', [months, [DIGIT, 'year']]],
  ['dates/day-range', [months, [DIGIT]]],
  ['dates/month', [fullMonths]],
  ['dates/numeric', [[YEAR], [DATE_JOIN]]],
  ['dates/year', [[YEAR]]],
  ['dates/decade', [[DECADE]]],
  ['dates/century', [['century']]],
  ['dates/season-year', [seasons, [YEAR]]],
  ['dates/relative-season', [seasons, ['this', 'last', 'next', 'coming', 'past', 'previous']]],
  ['dates/season', [seasons]],
  ['dates/decade-word', [['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']]],
  ['dates/deictic-day', [['today', 'tonight', 'yesterday', 'tomorrow']]],
  ['dates/this-day-part', [[...DAY_PARTS.keys()], ['this']]],
  ['dates/weekday', [weekdays.flatMap((d) => [d, `${d}s`])]],
  ['dates/relative-period', [
    ['this', 'last', 'next', 'coming', 'past', 'previous', 'current'],
    ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century', ...fullMonths],
  ]],
  ['dates/current-year', [['year', 'year-end']]],
  ['dates/holiday', [holidayWords, holidayCores]],
  ['dates/weekend', [['weekend']]],
  // "last night" or "overnight"
  ['dates/last-night', [['last', 'overnight'], ['night', 'overnight']]],
  ['dates/spoken-year', [['nineteen', 'eighteen', 'thousand']]],
  ['dates/anaphoric-year', [['year'], ['following', 'previous', 'next', 'same', 'prior', 'that']]],
  ['dates/anaphoric-day', [dayWords, ['next', 'following', 'previous', 'prior', 'preceding', 'same', 'that']]],
  ['dates/day-before', [dayWords, ['before', 'after']]],
  ['dates/later-in-the-day', [['earlier', 'later'], [...dayWords, 'year']]],
  ['dates/duration', [units]],
  ['dates/duration-adjective', [units.map((u) => `-${u}`)]],
  ['dates/duration-bare-plural', [
    ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes'],
    ['for', 'over', 'within', 'after', 'took', 'lasted', 'spent', 'in'],
  ]],
  // the direction word ends every match: "two days ago", "a week later", "a year from now"
  ['dates/ago', [['ago', 'earlier', 'later', 'now', 'hence'], units]],
  ['dates/year-ago', [['-ago', '-earlier'], ['-year']]],
  ['dates/set-every', [['every', 'each'], [...units, ...weekdays, ...fullMonths]]],
  ['dates/set-frequency', [[...FREQUENCIES.keys()]]],
  ['dates/set-rate', [['once', 'twice', 'thrice', 'times'], ['day', 'week', 'month', 'year', 'hour', 'decade']]],
  ['dates/vague-reference', [vagueWords.concat(['past', 'future', 'present', 'term', 'moment'])]],
  ['dates/vague-period', [['recent', 'coming', 'future', 'past', 'few', 'several'], pluralUnits]],
  ['dates/vague-adjective', [[...VAGUE_ADJECTIVES.keys()]]],
  ['dates/vague-ahead', [['ahead'], ['days', 'weeks', 'months', 'years']]],
  ['dates/clock-time', [[CLOCK, 'am', 'pm', 'm'], [DIGIT]]],
  ['dates/named-time', [['noon', 'midnight', 'midday']]],
  ['dates/quarter', [['quarter', 'half'], ordinals]],
  ['dates/quarter-code', [['q1', 'q2', 'q3', 'q4']]],
  ['dates/reported-quarter', [['quarter', 'period']]],
  ['dates/year-quarter', [['quarter', 'period'], [YEAR]]],
]);

/** Clause numbers by trigger word, and each rule's clauses (in a given rule order). */
export interface TriggerIndex {
  byWord: ReadonlyMap<string, readonly number[]>;
  /** clause numbers of each rule; an empty list: the rule always runs */
  clausesOf: readonly (readonly number[])[];
  clauseCount: number;
}

export function triggerIndex(ruleIds: readonly string[]): TriggerIndex {
  const byWord = new Map<string, number[]>();
  let clauseCount = 0;
  const clausesOf = ruleIds.map((id) => {
    const ids: number[] = [];
    for (const words of TRIGGERS.get(id) ?? []) {
      const clause = clauseCount++;
      ids.push(clause);
      for (const w of words) {
        const list = byWord.get(w) ?? [];
        if (!list.includes(clause)) list.push(clause);
        byWord.set(w, list);
      }
    }
    return ids;
  });
  return { byWord, clausesOf, clauseCount };
}

const FOUR_DIGITS = /\d{4}/;
const DECADE_SHAPE = /\d0['’]?s/;
const CLOCK_SHAPE = /\d(?:am|pm)$/;
const HYPHEN_DIGIT = /-\d/;

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Per-sentence scratch for markActive: one slot per clause. */
export function clauseScratch(index: TriggerIndex): Uint8Array {
  return new Uint8Array(index.clauseCount);
}

function see(w: string, byWord: ReadonlyMap<string, readonly number[]>, seen: Uint8Array): void {
  const clauses = byWord.get(w);
  if (clauses) for (let i = 0; i < clauses.length; i++) seen[clauses[i]!] = 1;
}

/**
 * Marks in `active` (one slot per rule) the rules a sentence's words may trigger. A word is
 * seen lower case, without "'s", and also split at hyphens ("year-end", "mid-1996").
 * `seen` (from clauseScratch) is cleared here. Returns whether any rule is active.
 */
export function markActive(tokens: readonly Token[], index: TriggerIndex, seen: Uint8Array, active: Uint8Array): boolean {
  seen.fill(0);
  const byWord = index.byWord;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text === '/') see(DATE_JOIN, byWord, seen);
      continue;
    }
    let w = t.lower;
    // shapes before "'s" goes: "the 1990's"
    if (t.kind === 'number' || hasDigit(w)) {
      see(DIGIT, byWord, seen);
      if (FOUR_DIGITS.test(w)) see(YEAR, byWord, seen);
      if (DECADE_SHAPE.test(w)) see(DECADE, byWord, seen);
      if (CLOCK_SHAPE.test(w)) see(CLOCK, byWord, seen);
      if (HYPHEN_DIGIT.test(w)) see(DATE_JOIN, byWord, seen);
    }
    const n = w.length;
    if (n > 2 && w.charCodeAt(n - 1) === 115 /* s */ && (w[n - 2] === "'" || w[n - 2] === '’')) w = w.slice(0, -2);
    see(w, byWord, seen);
    if (w.includes('-')) {
      for (const part of w.split('-')) {
        see(part, byWord, seen);
        see(`-${part}`, byWord, seen);
      }
    }
  }
  let any = false;
  const clausesOf = index.clausesOf;
  for (let r = 0; r < clausesOf.length; r++) {
    const clauses = clausesOf[r]!;
    let all = 1;
    for (let c = 0; c < clauses.length && all; c++) all = seen[clauses[c]!]!;
    active[r] = all;
    if (all) any = true;
  }
  return any;
}
