// Regular-expression pieces built once from the time lexicon. Every piece is an
// alternation of fixed words or a bounded digit run, so patterns joined from them
// with single \s{1,4} gaps cannot backtrack badly.

import { CARDINALS, ORDINALS, cardinalValue } from '../../lexicon/numbers.js';
import { DAY_PARTS, MONTHS, SEASONS, TIME_UNITS, UNIT_PLURALS, WEEKDAYS } from '../../lexicon/time.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of words, longest first so "sept." wins over "sept". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Months: full names, "Sept." style abbreviations; a word boundary after. */
export const MONTH = `(?:${alternation(MONTHS.keys())})(?![\\p{L}])`;
/** Full month names only (bare "Jan" or "Mar" alone is too risky). */
export const MONTH_FULL = `(?:${alternation([...MONTHS.keys()].slice(0, 12))})(?![\\p{L}])`;
export const WEEKDAY = `(?:${alternation(WEEKDAYS.keys())})`;
export const SEASON = `(?:${alternation(SEASONS.keys())})`;
export const DAY_PART = `(?:${alternation(DAY_PARTS.keys())})`;
/** A comparison a year back after a period: "the same quarter last year", "the same month a year earlier". */
export const YEAR_BACK = String.raw`(?:last\s{1,4}year|a\s{1,4}year\s{1,4}(?:earlier|ago|before))`;

const UNIT_WORDS = [...TIME_UNITS.keys()];
/** A unit noun, singular or plural: "year", "years", "centuries". */
export const UNIT = `(?:${alternation([...UNIT_WORDS.map((u) => `${u}s`), ...UNIT_PLURALS.keys(), ...UNIT_WORDS])})(?![\\p{L}])`;

const SMALL = [...CARDINALS.keys()];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS_1_9 = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Number words: "eighteen", "twenty-four", "twenty four". */
export const NUMBER_WORD = `(?:(?:${alternation(TENS)})[- ](?:${alternation(UNITS_1_9)})|${alternation(SMALL)}|a\\s{1,4}dozen|a\\s{1,4}hundred)(?![\\p{L}])`;
/** A count: digits ("18", "2 1/2", "1.5", "1,000") or words. */
export const COUNT = `(?:\\d{1,3},\\d{3}(?![\\d,])|\\d{1,4}(?:\\.\\d{1,2}|\\s\\d/\\d)?|${NUMBER_WORD})`;
export const ORDINAL_WORD = `(?:${alternation(ORDINALS.keys())})`;

/** Value of a count written as `COUNT`: "two" → 2, "2 1/2" → 2.5, "twenty four" → 24. */
export function countValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s{1,4}/g, ' ').replace(/^(\d{1,3}),(\d{3})$/, '$1$2').trim();
  const frac = /^(\d+) (\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t === 'a dozen') return 12;
  if (t === 'a hundred') return 100;
  const w = cardinalValue(t.replace(' ', '-'));
  return w ?? null;
}
