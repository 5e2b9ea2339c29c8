// Time words inside names, which TIMEX3 leaves untagged: "USA Today", "the Spring Festival",
// "the Six-Day War", "the Seven Years' War", "The Sunday Times"; and two uses of a time word
// that tell no time: "Now," opening a sentence as a discourse word ("Now, he says, it looks
// like…"), "high noon" and "called it a day" as figures of speech, "one day" meaning some
// day ("she could one day lead the party"), and "One minute …, the next …".

import type { Sentence, Token } from '../../document.js';
import { GENERIC_DAY_ADJECTIVES, GENERIC_DAY_DETERMINERS, LOWERCASE_TIME_WORDS, MONTHS, WEEKDAYS, WEEKDAY_TITLE_NOUNS } from '../../lexicon/time.js';
import type { Found } from './types.js';

const UPPER = /^\p{Lu}/u;

/** Index of the first token that ends after `at` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence's first word (after opening quotes or brackets), or -1. */
function firstWord(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length && i < 4; i++) if (tokens[i]!.kind !== 'punct') return i;
  return -1;
}

/** A capitalised word that is no calendar name itself ("War", "Festival", "USA"). */
function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && UPPER.test(t.text) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower) && !LOWERCASE_TIME_WORDS.has(t.lower);
}

/** Does a word written in lower case as a time word ("Day" of "Six-Day", "Today") appear capitalised? */
function capitalisedTimeWord(t: Token): boolean {
  if (t.kind !== 'word' || !UPPER.test(t.text)) return false;
  const w = t.lower;
  if (LOWERCASE_TIME_WORDS.has(w)) return true;
  const lower = w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
  if (lower !== w && LOWERCASE_TIME_WORDS.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  return dash > 0 && LOWERCASE_TIME_WORDS.has(lower.slice(dash + 1)) && UPPER.test(t.text.slice(dash + 1));
}

/** The rules whose matches can hold such a word; the others are never asked (most dates are months and days). */
const ASKED = new Set([
  'dates/deictic-day', 'dates/season', 'dates/relative-season', 'dates/century', 'dates/duration',
  'dates/duration-adjective', 'dates/weekday', 'dates/vague-reference', 'dates/named-time',
]);

/** Is the found expression a time word inside a name, or a time word that tells no time? */
export function isNoTime(sentence: Sentence, f: Found): boolean {
  // a Title Case headline capitalises every word
  if (!sentence.body || !ASKED.has(f.rule)) return false;
  const tokens = sentence.tokens;
  const i = tokenAt(tokens, f.start);
  let j = i;
  while (j < tokens.length && tokens[j]!.start < f.end) j++;
  if (j === i) return false;
  const first = firstWord(tokens);
  const next = tokens[j] && tokens[j]!.kind === 'punct' && /^['’]$/u.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end ? tokens[j + 1] : tokens[j];
  const adjoins = (t: Token | undefined, gapFrom: number, gapTo: number) => isNameWord(t) && gapTo - gapFrom <= 2;
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (k === first || !capitalisedTimeWord(t)) continue;
    // "USA Today", "VOA Today": a capitalised word before, not the sentence's first or "The"
    const prev = k === i ? tokens[k - 1] : undefined;
    if (prev && k - 1 !== first && adjoins(prev, prev.end, t.start)) return true;
    // "the Spring Festival", "the Six-Day War", "the Seven Years' War"
    if (k === j - 1 && next && adjoins(next, t.end, next.start)) return true;
  }
  if (j - i === 2 && oneThenNext(tokens, i)) return true;
  if (j - i === 2 && tokens[i + 1]!.lower === 'day') return isDayIdiom(tokens, i);
  const only = j - i === 1 ? tokens[i]! : null;
  if (!only) return false;
  // "The Sunday Times", "the Sunday Telegraph"
  if (WEEKDAYS.has(only.lower) && next && next.kind === 'word' && UPPER.test(next.text) && WEEKDAY_TITLE_NOUNS.has(next.lower) && next.start - only.end <= 1) return true;
  // "Now, he says, …": a discourse word opening the sentence
  if (only.lower === 'now' && i === first && tokens[i + 1]?.text === ',') return true;
  // "high noon"
  if (only.lower === 'noon' && tokens[i - 1]?.lower === 'high') return true;
  // "hoping for a brighter tomorrow", "the world of our tomorrow": the future, no day
  if ((only.lower === 'tomorrow' || only.lower === 'today') && isGenericDay(tokens, i)) return true;
  return false;
}

/** Words before "of today" that name that day: "as of today", "the end of today", "the rest of today". */
const DAY_OF_HEADS = new Set(['as', 'end', 'start', 'beginning', 'middle', 'close', 'rest', 'morning', 'afternoon', 'evening', 'night', 'part', 'events', 'session']);

/** A determiner right before the word, or one and a hopeful adjective ("a brighter tomorrow", "our tomorrow"), or a noun and "of" ("the people of tomorrow"). */
function isGenericDay(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (GENERIC_DAY_DETERMINERS.has(before)) return true;
  // "the people of tomorrow", "the youth of today"; not "as of today", "by the end of today"
  if (before === 'of' && tokens[i - 2]?.kind === 'word') return !DAY_OF_HEADS.has(tokens[i - 2]!.lower);
  return GENERIC_DAY_ADJECTIVES.has(before) && GENERIC_DAY_DETERMINERS.has(tokens[i - 2]?.lower ?? '');
}

/** "he one day follow", "called it a day": "one day" meaning some day, and an idiom. */
function isDayIdiom(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (tokens[i]!.lower === 'one' && SUBJECTS.has(before)) return true;
  return tokens[i]!.lower === 'a' && before === 'it' && CALL.has(tokens[i - 2]?.lower ?? '');
}

/**
 * ""One second we were eating lunch, the next second people were flying"" (BLIND14 D5), "One minute we
 * were laughing, the next we were screaming": "one" and a unit opening a clause, answered later by
 * ", the next": an instant, no time.
 */
function oneThenNext(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'one' || (i > 0 && tokens[i - 1]!.kind !== 'punct')) return false;
  for (let k = i + 3; k + 1 < tokens.length && k - i <= 24; k++) {
    if (tokens[k]!.lower === 'the' && tokens[k + 1]!.lower === 'next' && /^[,;—–-]$/u.test(tokens[k - 1]!.text)) return true;
  }
  return false;
}

const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const CALL = new Set(['call', 'calls', 'called', 'calling']);
