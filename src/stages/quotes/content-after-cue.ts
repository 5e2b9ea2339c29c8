// What stands right after a cue before its content: an addressee's "that" ("told MSNBC's “Morning Joe” that…"),
// a setting ("said on Monday", "said in a statement", "said two days later"), a means ("by telephone").

import { CUE_SETTINGS, SETTING_TIME_NOUNS, DURATION_CLAUSES, DURATION_COUNTS, DURATION_HEDGES, DURATION_LINKS, MEANS_NOUNS } from '../../lexicon/cue-phrases.js';
import { CLAUSE_COORDINATORS, DOCUMENT_NOUNS, FINITE_VERBS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { isCapitalized, pastVerbAt, quoteAt, type View } from './tokens.js';
import { DAY_PARTS, LOWERCASE_TIME_WORDS, MONTHS, SEASONS, TIME_UNITS, WEEKDAYS } from '../../lexicon/time.js';
import { isEnd } from './content-bound.js';

const LOOKAHEAD = 10;
export const SHORT_SETTING = 7;
// setting phrases by their first word: most words start none
export const SETTINGS = new Map<string, string[][]>();
for (const p of CUE_SETTINGS) {
  const words = p.split(' ');
  SETTINGS.set(words[0]!, [...(SETTINGS.get(words[0]!) ?? []), words]);
}

/** Index of "that" or ":" within the next tokens before a comma, or -1. */
export function thatAhead(v: View, m: number): number {
  let limit = LOOKAHEAD;
  for (let k = m; k < v.toks.length && k - m < limit; k++) {
    // "told MSNBC's "Morning Joe" that…": a quoted title in the addressee
    if (v.mark[k] === 'open' && k > m) {
      const close = quotedTitleEnd(v, k);
      return close > 0 && v.low[close + 1] === 'that' ? close + 1 : -1;
    }
    if (v.quoted[k] || v.mark[k]) return -1;
    // "had considered the conflict and that the price was…": that "that" opens a clause coordinated with the cue's
    if (CLAUSE_COORDINATORS.has(v.low[k]!) && v.low[k + 1] === 'that') return -1;
    if (v.low[k] === 'that' || v.low[k] === ':') return k;
    // "says at a campaign stop in Toledo, Ohio, that…": a place's state or country between commas
    if (v.low[k] === ',' && k > m) {
      const close = placeAppositionEnd(v, k);
      if (close > 0) {
        k = close;
        continue;
      }
      // "told the head of research, Dr. Ana Ruiz, that…": a name in apposition to the addressee (BLIND11 C4)
      const named = nameAppositionEnd(v, k);
      if (named > 0) return named + 1;
      // "alleged in its complaint, filed in March, that…": a participle's aside between commas
      const aside = participleAsideEnd(v, k);
      if (aside > 0) {
        k = aside;
        continue;
      }
      // "told the Economic Times on Wednesday, the day before the ruling, that…": a day's aside (BLIND14 C5)
      const day = dayAsideEnd(v, k);
      if (day > 0) {
        limit += day - k;
        k = day;
        continue;
      }
    }
    if (v.toks[k]!.kind === 'punct' && v.low[k] !== '.' && v.low[k] !== '-') return -1;
  }
  return -1;
}

const ASIDE_WORDS = 6;

/** The comma closing an aside that a past participle opens after the comma at token k (", filed in March,"), or -1. */
function participleAsideEnd(v: View, k: number): number {
  if (!pastVerbAt(v, k + 1)) return -1;
  for (let j = k + 2; j < v.toks.length && j - k <= ASIDE_WORDS; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.low[j] === ',') return j;
    if (v.toks[j]!.kind === 'punct' && v.low[j] !== '.') return -1;
  }
  return -1;
}

const DAY_ASIDE_WORDS = 7;
const DAY_WORDS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'night', 'hours', 'morning', 'evening', 'afternoon']);

/** The comma closing ", the day before the ruling," after a weekday or "today"/"yesterday" at the comma at token k, or -1. */
function dayAsideEnd(v: View, k: number): number {
  const before = v.low[k - 1] ?? '';
  if (!WEEKDAYS.has(before) && before !== 'today' && before !== 'yesterday') return -1;
  let day = false;
  for (let j = k + 1; j < v.toks.length && j - k <= DAY_ASIDE_WORDS; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.low[j] === ',') return day && j > k + 2 ? j : -1;
    if (v.toks[j]!.kind === 'punct') return -1;
    if (DAY_WORDS.has(v.low[j]!)) day = true;
  }
  return -1;
}

const TITLE_WORDS = 6;

/** The closing mark of a short quotation of capitalized words opened at token k (a show's title), or -1. */
function quotedTitleEnd(v: View, k: number): number {
  for (let j = k + 1; j < v.toks.length && j - k <= TITLE_WORDS + 1; j++) {
    if (v.mark[j] === 'close') return j > k + 1 ? j : -1;
    if (v.toks[j]!.kind === 'word' && !isCapitalized(v.toks[j]!.text) && v.toks[j]!.text.length > 3) return -1;
  }
  return -1;
}

const NAME_WORDS = 5;

/** The closing comma of ", Dr. Ana Ruiz," after the comma `k`, when "that" follows it; -1 if there is none. */
function nameAppositionEnd(v: View, k: number): number {
  for (let j = k + 1; j < v.toks.length && j - k <= NAME_WORDS + 1; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.low[j] === ',') return j > k + 1 && v.low[j + 1] === 'that' ? j : -1;
    if (!(isCapitalized(v.toks[j]!.text) || v.low[j] === '.')) return -1;
  }
  return -1;
}

const PLACE_WORDS = 3;

/** The closing comma of ", Ohio," after a capitalized word at the comma `k`; -1 if there is none. */
function placeAppositionEnd(v: View, k: number): number {
  if (!isCapitalized(v.toks[k - 1]!.text)) return -1;
  for (let j = k + 1; j < v.toks.length && j - k <= PLACE_WORDS + 1; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.low[j] === ',') return j > k + 1 ? j : -1;
    if (!(isCapitalized(v.toks[j]!.text) || v.low[j] === '.')) return -1;
  }
  return -1;
}

/** The opening mark of the quote that starts right after offset `at` (across spaces and line breaks). */
export function quoteRightAfter(text: string, spans: readonly QuotedSpan[], at: number): QuotedSpan | null {
  let k = at;
  while (k < text.length && k - at < 200 && /\s/.test(text[k]!)) k++;
  const q = quoteAt(spans, k);
  return q && q.open === k ? q : null;
}

/** Does a short setting starting at token m run to the sentence end ("on Thursday.")? */
export function settingToEnd(v: View, m: number): boolean {
  let k = m;
  while (k < v.toks.length && k - m < SHORT_SETTING && !isEnd(v, k) && v.toks[k]!.text !== ',' && !v.mark[k]) k++;
  return isEnd(v, k);
}

const LONG_SETTING = 10;
const DOCUMENT_SETTING_REACH = 24;
const DOCUMENT_MODIFIERS = 2;
// participles that say how a document came out: "a statement read on the radio by…", "a letter sent to staff"
const DOCUMENT_PARTICIPLES: ReadonlySet<string> = new Set(['read', 'sent', 'written', 'broadcast', 'given', 'shown', 'seen', 'made', 'put', 'run', 'aired']);

/**
 * "…, the government said in a statement read on the radio by Information Minister Fatumata Baldé.": "in a(n)", a
 * document noun, a participle and its phrase to the sentence end (no verb, no "that", no quotation, no comma) is a
 * setting however long (BLIND14 C2).
 */
export function documentSettingToEnd(v: View, m: number): boolean {
  if (v.low[m] !== 'in' || (v.low[m + 1] !== 'a' && v.low[m + 1] !== 'an')) return false;
  let k = m + 2;
  while (k < m + 2 + DOCUMENT_MODIFIERS && !DOCUMENT_NOUNS.has(v.low[k] ?? '') && v.toks[k]?.kind === 'word') k++;
  if (!DOCUMENT_NOUNS.has(v.low[k] ?? '')) return false;
  const participle = v.low[k + 1] ?? '';
  if (!((participle.length > 4 && participle.endsWith('ed')) || DOCUMENT_PARTICIPLES.has(participle))) return false;
  for (let j = k + 2; j < v.toks.length && j - m <= DOCUMENT_SETTING_REACH; j++) {
    if (isEnd(v, j)) return true;
    const w = v.low[j]!;
    if (v.quoted[j] || v.mark[j] || (v.toks[j]!.kind === 'punct' && w !== '.' && w !== '-') || FINITE_VERBS.has(w) || w === 'that' || CUE_WORDS.get(w)?.form === 's') return false;
  }
  return false;
}


/**
 * The opening mark of a quotation right after the comma that ends a setting from token m
 * ("in an interview with CNN on Sunday, “…"), or -1: no other punctuation and no quote inside it.
 */
export function quoteAfterSetting(v: View, m: number): number {
  for (let k = m; k < v.toks.length && k - m <= LONG_SETTING; k++) {
    // ("concludes with footage of Trump saying during the debate, “…”": the quote is another cue's)
    if (v.quoted[k] || v.mark[k] || (k > m && CUE_WORDS.has(v.low[k]!))) return -1;
    if (v.low[k] === ',') return v.mark[k + 1] === 'open' && k > m ? k + 1 : -1;
    if (v.toks[k]!.kind === 'punct' && v.low[k] !== '.') return -1;
  }
  return -1;
}

/** Does one of the setting phrases (word lists) start at token m? */
export function settingPhraseAt(v: View, m: number, phrases: readonly string[][] | undefined): boolean {
  if (!phrases) return false;
  for (const words of phrases) {
    let k = 0;
    while (k < words.length && v.low[m + k] === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/**
 * "conceded about an hour after the first results were published", "said two days later": a span of time
 * counted from an event, at token m, is when the cue happened, no content (not "said about 40 people died").
 */
export function durationBeforeAt(v: View, m: number): boolean {
  let k = m;
  if (DURATION_HEDGES.has(v.low[k]!)) k++;
  if (k >= v.toks.length || !(DURATION_COUNTS.has(v.low[k]!) || v.toks[k]!.kind === 'number')) return false;
  k++;
  if (v.low[k] === 'few') k++; // "a few minutes later"
  const unit = v.low[k] ?? '';
  if (!(TIME_UNITS.has(unit) || (unit.endsWith('s') && TIME_UNITS.has(unit.slice(0, -1))))) return false;
  const link = v.low[k + 1] ?? '';
  // ("Police say about five hours later a man walked into…": a clause after "later" is what was said)
  return DURATION_CLAUSES.has(link) || (DURATION_LINKS.has(link) && (isEnd(v, k + 2) || v.low[k + 2] === ','));
}

/** "said at least 38 people had died", "said over 100 homes burned": a quantity, not a time or place. */
export function quantityAt(v: View, m: number): boolean {
  const w = v.low[m]!;
  const next = v.low[m + 1];
  if (w === 'at') return next === 'least' || next === 'most';
  return (w === 'over' || w === 'around') && v.toks[m + 1]?.kind === 'number';
}

// "The army said last year was the deadliest", "said Monday was a holiday": a time phrase with
// a finite verb right after it is the subject of what was said, not when it was said
// ("The ministry said later figures would be higher": "later" qualifies the subject too)
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'later', 'earlier']);
const TIME_SUBJECTS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

const DEMONSTRATIVE_TIMES: ReadonlySet<string> = new Set(['this', 'last', 'next']);

/** Does token k tell a time after "this", "last" or "next" ("week", "Tuesday", "summer", "morning", "past weekend")? */
function timeWordAt(v: View, k: number): boolean {
  const w = v.low[k]!;
  return LOWERCASE_TIME_WORDS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w) || SEASONS.has(w) || DAY_PARTS.has(w) || TIME_UNITS.has(w) || SETTING_TIME_NOUNS.has(w);
}

/** "by telephone", "by video": a means of saying after the cue at token m, a setting and no passive agent. */
export function meansAt(v: View, m: number): boolean {
  return v.low[m] === 'by' && MEANS_NOUNS.has(v.low[m + 1] ?? '');
}

export function timeSubjectAt(v: View, m: number): boolean {
  const w = v.low[m]!;
  // "I knew this hatred and foul talk were wrong": "this" before a noun that tells no time opens what was said
  if (DEMONSTRATIVE_TIMES.has(w) && v.toks[m + 1]?.kind === 'word' && !v.quoted[m + 1] && !timeWordAt(v, m + 1)) return true;
  const k = TIME_DETERMINERS.has(w) ? m + 2 : TIME_SUBJECTS.has(w) ? m + 1 : -1;
  return k > 0 && k < v.toks.length && v.toks[k - 1]!.kind === 'word' && FINITE_VERBS.has(v.low[k]!);
}
