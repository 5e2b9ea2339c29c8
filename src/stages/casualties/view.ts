// A sentence seen as lowercase words, with the tokens that cannot be counts marked.

import type { Doc, Sentence, Token } from '../../document.js';
import type { Span } from '../../types.js';
import { firstIndex } from '../../document.js';
import { parseQuantity, type Quantity } from './quantity.js';

export interface View {
  tokens: Token[];
  /** lowercase token texts */
  words: string[];
  /** true for tokens that are not counts of people: dates, money, ages, times, measures */
  blocked: readonly boolean[];
  sentence: Sentence;
  /** the sentence says a person shot lived: a survival cue and no death cue ("was shot in the leg and is expected to recover") */
  survives: boolean;
  /** the sentence holds a death cue ("dead", "killed", "homicide": DEATH_CUES) */
  death: boolean;
}

/** "$6,000", "#3", "No. 3": a number after these is not a count. */
const MONEY_BEFORE: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '#', '₹', 'rs', 'no']);

/** "50 percent", "8 a.m.", "3 years": a number before these is not a count of people. */
export const UNIT_AFTER: ReadonlySet<string> = new Set([
  '%', 'percent', 'per', 'cent', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day',
  'hours', 'hour', 'minutes', 'minute', 'seconds', 'a.m', 'p.m', 'am', 'pm', 'o’clock', "o'clock",
  'times', 'miles', 'mile', 'kilometres', 'kilometers', 'km', 'feet', 'foot', 'meters', 'metres',
  'block', 'dollars', 'cents', 'pounds', 'euros', 'rupees', 'million-dollar', 'rounds', 'shots',
  'bullets', 'degrees', 'magnitude', 'st', 'nd', 'rd', 'th', 'mm', 'caliber', 'calibre', 'gauge',
]);

/** Words before an age: "aged 12", "ages 19 and 24", "age 7". */
const AGE_BEFORE: ReadonlySet<string> = new Set(['aged', 'ages', 'age']);

/** A bare four-digit year after these is a year: "in 2024", "since 2019", "the 2008 attacks". */
const YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'the', 'of', 'by', 'until', 'from', 'during', 'early', 'late', 'mid']);

/** The lowercase texts of the tokens (segment lower-cased each once). */
function lowerWords(tokens: readonly Token[]): string[] {
  const words: string[] = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = tokens[i]!.lower;
  return words;
}

/** The first date that ends after `at` (dates are in text order): a binary search, not a walk from the start. */
function firstDateEndingAfter(dates: readonly { end: number }[], at: number): number {
  return firstIndex(dates.length, (i) => dates[i]!.end > at);
}

/** No token of the sentence is blocked: one shared (never written) array instead of one per view. */
const NOTHING_BLOCKED: readonly boolean[] = [];

/** The view of a sentence: its lowercase words and the numbers that are not counts. */
export function viewOf(doc: Doc, sentence: Sentence, survives: boolean, death: boolean): View {
  const tokens = sentence.tokens;
  const words = lowerWords(tokens);
  // most sentences with a harm word hold no number that must be blocked: the array is made on the first one
  let blocked: boolean[] | undefined;
  const dates = doc.dates;
  let d = firstDateEndingAfter(dates, sentence.start);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'number') continue;
    while (d < dates.length && dates[d]!.end <= t.start) d++;
    if (isBlocked(tokens, words, i, dates[d])) (blocked ??= new Array<boolean>(tokens.length).fill(false))[i] = true;
  }
  return { tokens, words, blocked: blocked ?? NOTHING_BLOCKED, sentence, survives, death };
}

/** Is number token i a date, money, an age, a time or a measure (`date`: the first date ending after it)? */
function isBlocked(tokens: readonly Token[], words: readonly string[], i: number, date: Span | undefined): boolean {
  const t = tokens[i]!;
  if (date && date.start < t.end && t.start < date.end) return true;
  const before = words[i - 1] ?? '';
  const after = words[i + 1] ?? '';
  if (MONEY_BEFORE.has(before) || UNIT_AFTER.has(after)) return true;
  // "kids under the age of 12 have been killed", "children aged 12", "victims, ages 19 and 24": an age
  if (AGE_BEFORE.has(before) || (before === 'of' && words[i - 2] === 'age') || (before === 'and' && words[i - 3] === 'ages')) return true;
  // "8:20", "3.5": digits glued to a colon are times ("Injured: 4,877", a space after it, is a count); "9/11", "24/7": a date or a share
  if ((after === ':' && tokens[i + 1]!.start === t.end) || (before === ':' && tokens[i - 1]!.end === t.start) || after === '/' || before === '/') return true;
  if (/^(1[89]|20)\d\d$/.test(t.text) && (YEAR_BEFORE.has(before) || i === 0 || after === ',')) return true;
  // "Smith, 34, was killed": an age between commas after a name
  return before === ',' && after === ',' && /^\d{1,2}$/.test(t.text) && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '');
}

/** Is token i a word that starts with a capital letter (a name, a demonym)? */
export function isCapitalized(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  // ASCII letters decide without a Unicode regex: most words are plain English
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(t.text);
}
const UPPER_START = /^\p{Lu}/u;

/** A count here is not a count of people: a date, money, an age, a time. */
export function countAt(view: View, i: number): Quantity | undefined {
  if (view.blocked[i]) return undefined;
  const q = parseQuantity(view.words, i);
  if (!q) return undefined;
  for (let k = q.start; k < q.end; k++) if (view.blocked[k]) return undefined;
  // "shot multiple times", "died 3 days later"
  if (UNIT_AFTER.has(view.words[q.end] ?? '')) return undefined;
  return q;
}
