// Words one of which a sentence must contain for a rule to be worth running: a sentence
// without a month name skips the month rules. Most sentences hold no temporal expression,
// so one pass over a sentence's tokens (a Map lookup each) decides which rules run at all.
// Numbers trigger by shape: `#year` a run of four digits ("1996", "mid-1996", "2025-10-28"),
// `#decade` "1990s"/"80s", `#clock` "10am"; "a.m." is tokenised a . m . and triggers on "m".

import type { Token } from '../../document.js';
import {
  DAY_PARTS, FREQUENCIES, HOLIDAYS, MONTHS, SEASONS, TIME_UNITS, UNIT_PLURALS, VAGUE_ADJECTIVES, VAGUE_REFS, WEEKDAYS,
} from '../../lexicon/time.js';

const YEAR = '#year';
const DECADE = '#decade';
const CLOCK = '#clock';
const months = [...MONTHS.keys()].map((m) => m.replace('.', ''));
const weekdays = [...WEEKDAYS.keys()].flatMap((d) => [d, `${d}s`]);
const seasons = [...SEASONS.keys()];
const units = [...TIME_UNITS.keys()].flatMap((u) => [u, `${u}s`]).concat([...UNIT_PLURALS.keys()]);
const vagueWords = [...VAGUE_REFS.keys()].flatMap((k) => k.split(' ')).filter((w) => w !== 'the' && w !== 'at');
const holidayWords = [...HOLIDAYS.keys()].map((k) => k.split(' ')[0]!).concat(['thanksgiving', 'election']);

export const TRIGGERS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['dates/month-day', months],
  ['dates/day-month', months],
  ['dates/month-year', months],
  ['dates/month', months],
  ['dates/numeric', [YEAR]],
  ['dates/year', [YEAR]],
  ['dates/decade', [DECADE]],
  ['dates/century', ['century']],
  ['dates/season-year', seasons],
  ['dates/relative-season', seasons],
  ['dates/season', seasons],
  ['dates/decade-word', ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
  ['dates/deictic-day', ['today', 'tonight', 'yesterday', 'tomorrow']],
  ['dates/this-day-part', [...DAY_PARTS.keys()]],
  ['dates/weekday', weekdays],
  ['dates/relative-period', ['this', 'last', 'next', 'coming', 'past', 'previous', 'current']],
  ['dates/current-year', ['year', 'year-end']],
  ['dates/holiday', holidayWords],
  ['dates/weekend', ['weekend']],
  ['dates/last-night', ['night', 'overnight']],
  ['dates/spoken-year', ['nineteen', 'eighteen', 'thousand']],
  ['dates/anaphoric-year', ['year']],
  ['dates/duration', units],
  ['dates/duration-adjective', units],
  ['dates/duration-bare-plural', ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes']],
  // the direction word ends every match: "two days ago", "a week later", "a year from now"
  ['dates/ago', ['ago', 'earlier', 'later', 'now', 'hence']],
  ['dates/year-ago', ['ago', 'earlier']],
  ['dates/set-every', ['every', 'each']],
  ['dates/set-frequency', [...FREQUENCIES.keys()]],
  ['dates/set-rate', ['once', 'twice', 'thrice', 'times']],
  ['dates/vague-reference', vagueWords.concat(['past', 'future', 'present', 'term', 'moment'])],
  ['dates/vague-period', ['recent', 'coming', 'future', 'past', 'few', 'several']],
  ['dates/vague-adjective', [...VAGUE_ADJECTIVES.keys()]],
  ['dates/vague-ahead', ['ahead']],
  ['dates/clock-time', [CLOCK, 'am', 'pm', 'm']],
  ['dates/named-time', ['noon', 'midnight', 'midday']],
  ['dates/quarter', ['quarter', 'half']],
  ['dates/quarter-code', ['q1', 'q2', 'q3', 'q4']],
  ['dates/reported-quarter', ['quarter', 'period']],
]);

/** Rule positions (in a given rule order) by trigger word; rules without triggers always run. */
export interface TriggerIndex {
  byWord: ReadonlyMap<string, readonly number[]>;
  always: readonly number[];
}

export function triggerIndex(ruleIds: readonly string[]): TriggerIndex {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  ruleIds.forEach((id, i) => {
    const words = TRIGGERS.get(id);
    if (!words) return void always.push(i);
    for (const w of words) {
      const list = byWord.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      byWord.set(w, list);
    }
  });
  return { byWord, always };
}

const FOUR_DIGITS = /\d{4}/;
const DECADE_SHAPE = /\d0['’]?s/;
const CLOCK_SHAPE = /\d(?:am|pm)$/;

function mark(w: string, byWord: ReadonlyMap<string, readonly number[]>, active: Uint8Array): boolean {
  const rules = byWord.get(w);
  if (!rules) return false;
  for (const r of rules) active[r] = 1;
  return true;
}

/**
 * Marks in `active` (one slot per rule) the rules a sentence's words may trigger. A word is
 * seen lower case, without "'s", and also split at hyphens ("year-end", "mid-1996").
 * Returns whether any rule is active.
 */
export function markActive(tokens: readonly Token[], index: TriggerIndex, active: Uint8Array): boolean {
  let any = false;
  for (const r of index.always) {
    active[r] = 1;
    any = true;
  }
  const byWord = index.byWord;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    let w = t.text.toLowerCase();
    // shapes before "'s" goes: "the 1990's"
    if (t.kind === 'number' || /\d/.test(w)) {
      if (FOUR_DIGITS.test(w)) any = mark(YEAR, byWord, active) || any;
      if (DECADE_SHAPE.test(w)) any = mark(DECADE, byWord, active) || any;
      if (CLOCK_SHAPE.test(w)) any = mark(CLOCK, byWord, active) || any;
    }
    const n = w.length;
    if (n > 2 && (w.charCodeAt(n - 1) === 115 /* s */) && (w[n - 2] === "'" || w[n - 2] === '’')) w = w.slice(0, -2);
    any = mark(w, byWord, active) || any;
    if (w.includes('-')) for (const part of w.split('-')) any = mark(part, byWord, active) || any;
  }
  return any;
}
