// Words one of which a sentence must contain for a rule to be worth running: a sentence
// without a month name skips the month rules. Keeps 5 MB of text to a few seconds, since
// most sentences hold no temporal expression. `#digit` stands for any token with a digit.

import type { Token } from '../../document.js';
import {
  DAY_PARTS, FREQUENCIES, HOLIDAYS, MONTHS, SEASONS, TIME_UNITS, UNIT_PLURALS, VAGUE_ADJECTIVES, VAGUE_REFS, WEEKDAYS,
} from '../../lexicon/time.js';

const DIGIT = '#digit';
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
  ['dates/numeric', [DIGIT]],
  ['dates/year', [DIGIT]],
  ['dates/decade', [DIGIT]],
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
  ['dates/duration-bare-plural', units],
  ['dates/ago', units],
  ['dates/year-ago', ['ago', 'earlier']],
  ['dates/set-every', ['every', 'each']],
  ['dates/set-frequency', [...FREQUENCIES.keys()]],
  ['dates/set-rate', ['once', 'twice', 'thrice', 'times']],
  ['dates/vague-reference', vagueWords.concat(['past', 'future', 'present', 'term', 'moment'])],
  ['dates/vague-period', ['recent', 'coming', 'future', 'past', 'few', 'several']],
  ['dates/vague-adjective', [...VAGUE_ADJECTIVES.keys()]],
  ['dates/vague-ahead', ['ahead']],
  ['dates/clock-time', [DIGIT]],
  ['dates/named-time', ['noon', 'midnight', 'midday']],
  ['dates/quarter', ['quarter', 'half']],
  ['dates/quarter-code', [DIGIT]],
  ['dates/reported-quarter', ['quarter', 'period']],
]);

/** The words of a sentence as triggers see them: lower case, without "'s", hyphen parts added. */
export function triggerWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    const w = t.text.toLowerCase().replace(/['’]s$/, '');
    words.add(w);
    if (/\d/.test(w)) words.add(DIGIT);
    if (w.includes('-')) for (const part of w.split('-')) words.add(part);
  }
  return words;
}

/** May `ruleId` match in a sentence with these words? Rules without triggers always run. */
export function mayMatch(ruleId: string, words: ReadonlySet<string>): boolean {
  const triggers = TRIGGERS.get(ruleId);
  return !triggers || triggers.some((t) => words.has(t));
}
