// Where a story tells of days past, dates without a year and "that night" follow the story's own
// days, not the reference date: "She fell on 14 March last year … on 16 March … that night".
// ./anchors.ts calls these as it walks the document's dates in text order.

import { HEARING_VERBS, SPEECH_VERBS } from '../../lexicon/time-tense.js';
import { HOLIDAY_RULES, isDayBefore, type DayNamed } from './anchors-clock.js';
import type { Named } from './anchors.js';
import { addDays, formatDay, formatMonth, type Ymd } from './calendar.js';
import type { Tense } from './tense-words.js';
import type { Found } from './types.js';

// "that night", "later that day", "that same morning", "(about) 5 p.m. that day" (a clock time joined to it,
// its approximation with it: ./anchors-sentence.ts, ./rules/clock-times.ts)
export const THAT_DAY = /^(?:(?:(?:about|around|approximately|roughly)\s{1,4})?(?:\d{1,2}(?::\d\d)?\s{0,2}(?:[ap]\.?\s?m\.?)?|noon|midnight)\s{1,4})?(?:(?:earlier|later)\s{1,4})?that\s/i;
const WORD = /\p{L}+/gu;

/** A day named as the day of a saying or a hearing: "said Monday", "told the court on Monday", "The inquest heard on Tuesday". */
export function isSayingDay(f: Found, text: string): boolean {
  if (f.anchor || (f.type !== 'DATE' && f.type !== 'TIME')) return false;
  const words = text.slice(Math.max(0, f.start - 40), f.start).toLowerCase().match(WORD) ?? [];
  const last = words.length - (words[words.length - 1] === 'on' ? 2 : 1);
  for (let k = last; k >= Math.max(0, last - 2); k--) if (SPEECH_VERBS.has(words[k]!) || HEARING_VERBS.has(words[k]!)) return true;
  return false;
}

// a day and month alone: "16 March", "March 16", "Oct. 5th" (no weekday, no year); a month alone: "August", "Sept."
const BARE_DAY = /^(?:\d{1,2}(?:st|nd|rd|th)?\s{1,4}(?:of\s{1,4})?\p{L}{3,9}|\p{L}{3,9}\.?\s?\d{1,2}(?:st|nd|rd|th)?)$/u;
const BARE_MONTH = /^\p{L}{3,9}\.?$/u;
/** How many days after the last day named (after the first of the last month named) a bare day may fall to be read in its year. */
const STORY_DAYS = 31;
const STORY_DAYS_AFTER_MONTH = 61;
/** How many months after the last month or day named a bare month may fall. */
const STORY_MONTHS = 3;

/**
 * "She was hurt on the evening of 14 March last year … Her mother found her on 16 March": a day
 * and month without a year, placed in the past by the tense, that falls within a month after the
 * last day the story named is in that day's year (2024-03-16, not 2025-03-16; BLIND9); so is a
 * month alone a few months after the last month or day named ("He moved to Leeds in June 2022. By
 * August, he had found work, and on 5 September he married": 2022-08, 2022-09-05). A date read as
 * still to come ("The trial opens on 2 April") or within the last month keeps the reference date's reading.
 */
export function inStoryYear(f: Found, last: Named, text: string, ref: Ymd): void {
  if (f.type !== 'DATE' || !f.relative || f.anchor || f.end - f.start > 16) return;
  const isDay = f.value.length === 10 && (f.rule === 'dates/month-day' || f.rule === 'dates/day-month');
  const isMonth = f.value.length === 7 && f.rule === 'dates/month';
  if (!(isDay ? BARE_DAY : isMonth ? BARE_MONTH : null)?.test(text.slice(f.start, f.end))) return;
  const [year0, month, day] = [Number(f.value.slice(0, 4)), Number(f.value.slice(5, 7)), isDay ? Number(f.value.slice(8, 10)) : 1];
  const now = Date.UTC(ref.year, ref.month - 1, ref.day);
  if (Number.isNaN(year0) || Date.UTC(year0, month - 1, day) > now) return;
  // a date of the last weeks is news ("Iraq's invasion of Kuwait on Aug. 2", told on Aug. 15 after "the August 1988 cease-fire": TimeBank)
  if (isDay ? now - Date.UTC(year0, month - 1, day) <= STORY_DAYS * 86_400_000 : ref.year * 12 + ref.month - (year0 * 12 + month) <= 1) return;
  const from = Date.UTC(last.date.year, last.date.month - 1, last.date.day);
  for (const year of [last.date.year, last.date.year + 1]) {
    const at = Date.UTC(year, month - 1, day);
    if (at > now) return;
    const within = isDay
      ? (at - from) / 86_400_000 <= (last.grain === 'day' ? STORY_DAYS : STORY_DAYS_AFTER_MONTH) && at >= from
      : year * 12 + month - (last.date.year * 12 + last.date.month) <= STORY_MONTHS && year * 12 + month >= last.date.year * 12 + last.date.month;
    if (within) {
      f.value = isDay ? formatDay({ year, month, day }) : formatMonth(year, month);
      return;
    }
  }
}

// a quotation mark in the Latin-1 view (curly ones become U+007F there)
const QUOTE_MARK = /["\x7f]/g;
const TODAY_RULES: ReadonlySet<string> = new Set(['dates/deictic-day', 'dates/this-day-part']);

/**
 * "MPs questioned the chief executive on Tuesday. … “We heard a lot of regret this morning,” she told
 * reporters", published Thursday (BLIND11; BLIND10's "“Today's verdict shows …,” he said in a
 * statement" too): words quoted in a story told a day or two after the day it names, with no day of
 * their own sentence, were said on that day; their "today", "this morning", "tonight" are its.
 * `kept` is one sentence's dates; `story` the last day named before it.
 */
export function anchorQuotedToday(kept: Found[], text: string, sentenceStart: number, story: DayNamed | null, ref: Ymd | null): void {
  // the first day may be a saying's ("told MPs on Tuesday"): the quotes that follow are likely of it
  if (!story || !ref || HOLIDAY_RULES.has(story.rule ?? '') || !isDayBefore(story.value, ref)) return;
  const today = formatDay(ref);
  for (const f of kept) {
    if (!TODAY_RULES.has(f.rule) || !f.value.startsWith(today) || f.anchor) continue;
    // only words inside a quotation that opens in this sentence, and no other day named in it
    if ((text.slice(sentenceStart, f.start).match(QUOTE_MARK)?.length ?? 0) % 2 === 0) continue;
    if (kept.some((g) => g !== f && /^\d{4}-\d\d-\d\d/.test(g.value) && (g.type === 'DATE' || g.type === 'TIME'))) continue;
    f.value = story.value.slice(0, 10) + f.value.slice(10);
  }
}

/** A season named with its year ("the spring of last year", "summer 2024"): the year and the sentence. */
export interface SeasonNamed {
  value: string;
  sentence: number;
}

const SEASON_VALUE = /^(\d{4})-(SP|SU|FA)$/;
const SEASON_MONTHS: Readonly<Record<string, readonly number[]>> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11] };
// the season's year was told: a year or a year word in the span ("the spring of last year", "summer 2024")
const YEAR_TOLD = /\d{4}|\byear\b/i;
const BARE_SEASON = /^(?:the\s{1,4})?\p{L}{4,6}$/u;
/** How many sentences after it a season named with its year frames a bare one or its months. */
const SEASON_REACH = 2;

/** The season `f` names with its year, if it does; else `last` stays. */
export function seasonNamed(f: Found, text: string, last: SeasonNamed | null): SeasonNamed | null {
  return f.type === 'DATE' && !f.mod && SEASON_VALUE.test(f.value) && YEAR_TOLD.test(text.slice(f.start, f.end)) ? { value: f.value, sentence: f.sentence ?? -1 } : last;
}

/**
 * "He first learned of it "in the spring of last year". ¶ "When exactly in the spring?" ¶ "April
 * or May."" (BLIND11): a bare season or a month of it in the next sentence or two is in that
 * season's year, not placed afresh by the tense.
 */
export function inNamedSeason(f: Found, season: SeasonNamed | null, text: string): void {
  if (!season || f.type !== 'DATE' || f.mod || f.anchor || !f.relative || f.sentence === undefined || f.sentence - season.sentence > SEASON_REACH || f.sentence <= season.sentence) return;
  const [, year, code] = SEASON_VALUE.exec(season.value)!;
  const span = text.slice(f.start, f.end);
  // the bare season names it again: its months may follow as far again
  if (f.rule === 'dates/season' && f.value.slice(5) === code && BARE_SEASON.test(span)) [f.value, season.sentence] = [season.value, f.sentence];
  else if (f.rule === 'dates/month' && BARE_MONTH.test(span) && SEASON_MONTHS[code!]!.includes(Number(f.value.slice(5, 7)))) f.value = `${year}${f.value.slice(4)}`;
}

/** How many days before the reference day a day named is still the story's news (pastAnchor): a weekday named alone reaches six. */
const NEWS_DAYS = 6;

/**
 * "An explosion … late Tuesday. … In an update at 9 a.m. on Thursday, the department said … "People
 * went home, started coughing the next morning"", published Thursday (BLIND12 D1): a next day told
 * in the past cannot fall after the reference date; it counts from the story's first day named
 * before the reference day (`firstPast`: the day of its events) when that leaves it in the past, else
 * from `from` as before (one day kept, not a list searched per expression: linear in a long text).
 */
export function pastAnchor(from: Ymd, shift: number, told: Tense | undefined, firstPast: Ymd | null, ref: Ymd, lastPast: Ymd | null = null): Ymd {
  const today = formatDay(ref);
  // "The search will resume at dawn on Friday. Residents said the hillside had begun to crack the previous
  // evening" (a probe of my own): a day told in the past counts from the last day named not still to come
  // (`lastPast`, given when `from` is a weekday the tense placed ahead: a date written out after it is the story's own;
  // the reference day when no day before it was named). "The strike began on Oct. 20. Talks will resume on Friday.
  // Leaders said they had met the previous day" (review17): a day named more than six days back (farther than a
  // weekday named alone reaches) is the story's background, not its news; the day counts from the day of the telling
  if (told === 'past' && shift <= 0 && lastPast && formatDay(from) > today) return formatDay(addDays(lastPast, NEWS_DAYS)) >= today ? lastPast : ref;
  if (told !== 'past' || shift <= 0 || formatDay(addDays(from, shift)) <= today) return from;
  return firstPast && formatDay(addDays(firstPast, shift)) <= today ? firstPast : from;
}

// where in its year a date named lies, by month ("2021-07-03" 7, "2021-SU" 7, "2021-Q3" 8; a bare year 0)
const SEASON_MIDDLE: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 12 };
const PLACE_IN_YEAR = /^\d{4}-(?:(\d\d)|(SP|SU|FA|WI)|Q([1-4]))/;

/** The month a date value lies in (1-12), 0 for a whole year or anything else. */
export function monthOfValue(value: string): number {
  const m = PLACE_IN_YEAR.exec(value);
  if (!m) return 0;
  return m[1] ? Number(m[1]) : m[2] ? SEASON_MIDDLE[m[2]]! : 3 * Number(m[3]) - 1;
}

/**
 * "the following spring" after a date in `year` at `month` (0: the whole year): the first such season
 * to start after it; "the previous winter", the last to end before it ("2021-WI" is the winter from
 * December 2021). `code` is the season's (SP, SU, FA, WI).
 */
export function seasonFrom(year: number, month: number, code: string, next: boolean): string {
  const start = SEASON_START[code] ?? 0;
  // a winter ends in the February after its year: the one before January or February 2018 is 2016-WI
  const lastBefore = code === 'WI' ? (month === 1 || month === 2 ? year - 2 : year - 1) : month !== 0 && start + 2 < month ? year : year - 1;
  const y = next ? (month !== 0 && start > month ? year : year + 1) : lastBefore;
  return `${String(y).padStart(4, '0')}-${code}`;
}
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
