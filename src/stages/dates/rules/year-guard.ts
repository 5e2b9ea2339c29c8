// Is a four-digit number a year? "in 2021" yes; "about 2000 troops", "Orion 1980",
// "Windows 2000" no. Decided from the words on either side.

import { MEASURE_ABBREVIATIONS, MONTHS, SEASONS, STREET_TYPES } from '../../../lexicon/time.js';
import type { Env } from '../types.js';

/** Words before a number that make it a year. */
const YEAR_BEFORE = new Set([
  'in', 'since', 'by', 'of', 'from', 'until', 'till', 'during', 'before', 'after', 'between', 'and',
  'to', 'through', 'year', 'fiscal', 'the', 'early', 'late', 'mid', 'circa', 'around', 'for', 'as',
  'throughout', 'than', 'or', 'in', 'at', 'spring', 'summer', 'fall', 'autumn', 'winter', 'on',
]);

/** Words before a number that make it a count or an amount. */
const COUNT_BEFORE = new Set([
  'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'least',
  'only', 'just', 'total', 'killing', 'killed', 'number', 'no.', 'route', 'flight', 'room', 'page',
  'bus', 'boeing', 'airbus', 'model', 'version', 'vol', 'vol.', 'chapter', 'section', 'article',
  'resolution', 'rule', 'code', 'highway', 'interstate', 'platform', 'gate', 'channel', 'apartment',
  'suite', 'unit', 'lot', 'exactly', 'estimated', 'another', 'additional', 'extra', 'all', 'these',
]);

/**
 * Words before a number that make it an amount unless a word other than a plural noun follows:
 * "over 2,000 troops", "rose to over 2000." are amounts; "jailed over 2019 bombing", "Jails Three
 * Over 2019 Market Bombing", "a rise over 2019 levels" are years.
 */
const COUNT_OR_YEAR_BEFORE = new Set(['over', 'under']);
/** …and a word after it that begins a new phrase leaves it an amount: "rose to over 2000 in 2024". */
const CLAUSE_WORDS_AFTER = new Set(['in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'and', 'or', 'as', 'of', 'since', 'after', 'before', 'than', 'the', 'a', 'an', 'were', 'was', 'are', 'had', 'have', 'who', 'that']);

/** Words after a number that make it a year even when lowercase plural nouns follow. */
const YEAR_AFTER_OK = new Set(['was', 'is', 'has', 'as', 'this', 'its', 'his', 'hers', 'its', 'elections', 'polls', 'levels', 'figures', 'games']);

function wordBefore(text: string, floor: number, at: number): string {
  let i = at;
  while (i > floor && /\s/.test(text[i - 1]!)) i--;
  const end = i;
  while (i > floor && /[\p{L}.’']/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function wordAfter(text: string, end: number, ceiling: number): string {
  let i = end;
  while (i < ceiling && /\s/.test(text[i]!)) i++;
  const from = i;
  while (i < ceiling && /\p{L}/u.test(text[i]!)) i++;
  return text.slice(from, i);
}

// "in the 1100 block of South Mozart Street", "located at 1446 Airline Road": an address (GVDB dev)
const STREET_AFTER = new RegExp(`^\\s{1,4}(?:block\\b|(?:\\p{Lu}[\\p{L}'’]{0,15}\\.?\\s{1,4}){1,3}(?:${[...STREET_TYPES].join('|')})\\b)`, 'u');

export function isYearUse(env: Env, start: number, end: number): boolean {
  const { text, sentence } = env;
  if (STREET_AFTER.test(text.slice(end, Math.min(sentence.end, end + 48)))) return false;
  // "carried 2000 mt of wheat", "in 2000 km of roads": an amount whatever stands before
  if (MEASURE_ABBREVIATIONS.has(wordAfter(text, end, sentence.end).toLowerCase())) return false;
  const before = wordBefore(text, sentence.start, start);
  const key = before.toLowerCase();
  const charBefore = start > sentence.start ? text[start - 1]! : ' ';
  if (/\d/.test(charBefore)) return false;
  if (YEAR_BEFORE.has(key) || MONTHS.has(key) || SEASONS.has(key)) return true;
  if (COUNT_BEFORE.has(key)) return false;
  if (COUNT_OR_YEAR_BEFORE.has(key)) {
    const next = wordAfter(text, end, sentence.end);
    return next !== '' && !isPluralCount(next) && !CLAUSE_WORDS_AFTER.has(next.toLowerCase());
  }
  // "Orion 1980", "Windows 2000", "Vision 2030": a name ending in a number; not a possessive
  // before it ("the carmaker Renault's 1989 profit": the year of what it owns)
  if (/^\p{Lu}/u.test(before) && !/['’]s$/u.test(before) && /\s/.test(charBefore) && start - before.length - 1 > sentence.start) return false;
  const after = wordAfter(text, end, sentence.end);
  return !isPluralCount(after);
}

/** Plurals not in -s. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children']);

/** "2000 troops", "1500 people": a lower-case plural noun after a number makes it a count. */
function isPluralCount(after: string): boolean {
  return (/^\p{Ll}{3,}s$/u.test(after) && !after.endsWith('ss') && !YEAR_AFTER_OK.has(after)) || IRREGULAR_PLURALS.has(after);
}
