// Values resolved once the whole document is tagged: expressions that count from another
// mention ("a year earlier" after a quarter, "later that year", "the next day") take that
// mention's value; without one they keep the value counted from the reference date.
// (Clock times that take the day of their sentence or the one before: ./anchors-clock.ts.)

import { DAY_VALUE, nextMorning } from './anchors-clock.js';
import { inNamedSeason, inStoryYear, isSayingDay, monthOfValue, pastAnchor, seasonFrom, seasonNamed, THAT_DAY, type SeasonNamed } from './anchors-story.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, weekday, type Ymd } from './calendar.js';
import { YEAR_BACK } from './patterns.js';
import type { Found } from './types.js';

const YEAR_SHIFT: Readonly<Record<string, number>> = { 'year-next': 1, 'year-prev': -1, 'year-same': 0 };

/** "fled in June 1998 and returned later that year", "released that June", "two years earlier": from the year of the last explicit date. */
export function anchorToYears(found: Found[], text = ''): void {
  let year: number | null = null;
  let yearEnd = -Infinity;
  // "In the 1990s, prices collapsed. … that winter": the last time named was a decade, which names no year
  let decade = false;
  // the last year told relative to the reference date ("last year", "this year"), and where it ended
  let toldYear: number | null = null;
  let toldYearEnd = -Infinity;
  let toldAgo = false;
  // the decade the last year named falls in, for "the end of the decade" (decadeOf)
  let yearDecade: number | null = null;
  let decadeEnd = -Infinity;
  // the month the last date with a year named lies in (0: a whole year), for "the following spring"
  let yearMonth = 0;
  for (const f of found) {
    if (f.anchor === 'season-next' || f.anchor === 'season-prev') {
      // "closed last year and reopened the following spring": a year told relative to the reference date
      // after the one named counts, as for "the following year" (review18: was next spring from the telling)
      const told = toldYear !== null && toldYearEnd > yearEnd;
      const base = told ? toldYear : year;
      if (base !== null && !decade) f.value = seasonFrom(base, told ? 0 : yearMonth, f.value.slice(-2), f.anchor === 'season-next');
      continue;
    }
    if (f.anchor === 'decade-of') {
      if (yearDecade !== null && f.start - decadeEnd <= YEARS_REACH) f.value = String(yearDecade).padStart(3, '0');
      continue;
    }
    if (f.anchor === 'year-of') {
      if (decade) f.value = 'XXXX' + f.value.slice(4);
      else if (year !== null) f.value = String(year).padStart(4, '0') + f.value.slice(4);
      continue;
    }
    // "In 1995 she became minister. A year earlier, …": 1994, when that year was named just before
    // (earnings news' "compared with C$18.1 million a year earlier" compares with the last period,
    // whatever year the story named paragraphs back; a quarter named makes it that quarter, anchorToQuarters)
    // ("Road accidents killed 10,944 people last year, down from 11,000 a year earlier": from the year told last, 2024)
    const countable = f.anchor === 'years' || (f.anchor === 'year-back' && f.rule === 'dates/ago' && !f.value.includes('Q'));
    // (not from another count back: "a year ago … a year earlier" compare with one period, wsj earnings copy)
    const fromTold = countable && toldYear !== null && !toldAgo && toldYearEnd > yearEnd && f.start - toldYearEnd <= YEARS_REACH;
    const counted = countable && (fromTold || f.start - yearEnd <= YEARS_REACH);
    const shift = counted ? f.shift ?? -1 : f.anchor && f.anchor !== 'years' ? YEAR_SHIFT[f.anchor] : undefined;
    if (shift !== undefined) {
      // "down to $300 million last year from $450 million the year before": a year told by
      // reference counts from the year named last, "last year" too when it came after the explicit one
      const base = fromTold || (f.anchor && f.anchor in YEAR_SHIFT && toldYear !== null && toldYearEnd > yearEnd) ? toldYear : year;
      // "In September of that year": the month keeps its place in the year
      if (base !== null) f.value = String(base + shift).padStart(4, '0') + f.value.slice(4);
      continue;
    }
    if (f.type === 'DATE' && f.relative && RELATIVE_YEAR.test(f.value)) [toldYear, toldYearEnd, toldAgo] = [Number(f.value.replace('FY', '')), f.end, f.rule === 'dates/ago'];
    // "in fiscal 2024 … a year earlier": a fiscal year (FY2024) names its year too
    const y = f.type === 'DATE' && !f.relative ? FIRST_YEAR.exec(f.value) : null;
    if (y) [year, yearEnd, decade, yearDecade, decadeEnd, yearMonth] = [Number(y[1]), f.end, false, decadeOf(Number(y[1]), f, text), f.end, monthOfValue(f.value)];
    // "In the 1990s, prices collapsed … by the end of the decade": that decade
    else if (f.type === 'DATE' && /^\d{3}$/.test(f.value)) [decade, yearDecade, decadeEnd] = f.relative ? [true, yearDecade, decadeEnd] : [true, Number(f.value), f.end];
  }
}

/**
 * "She served as labor minister from 1994 to 2000. … is credited with doubling the coverage by the
 * end of the decade" (the lead's probe L18): the decade of the year named, but a round year that
 * closes a range ("to 2000", "1994-2000") ends the stretch of the decade before it (199).
 */
function decadeOf(year: number, f: Found, text: string): number {
  return year % 10 === 0 && RANGE_END.test(text.slice(Math.max(0, f.start - 12), f.start)) ? Math.floor((year - 1) / 10) : Math.floor(year / 10);
}
const RANGE_END = /(?:(?:^|[^\p{L}])(?:to|through|until|till)\s{1,4}|\d[-–]|\d\s{1,2}[-–]\s{1,2})$/u;

const FIRST_YEAR = /^(?:FY)?(\d{4})/;
const RELATIVE_YEAR = /^(?:FY)?\d{4}$/;

/** How far (characters) after the last year named "a year earlier", "two years earlier" count from it. */
const YEARS_REACH = 250;

const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;

/** The Monday of ISO week `week` of `year` (January 4 is always in week 1). */
function mondayOfWeek(year: number, week: number): Ymd {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 7 * (week - 1) - (weekday(jan4) - 1));
}

/** The last calendar date named: a day, a week (its Monday) or a month (its first day). */
export interface Named {
  grain: 'day' | 'week' | 'month';
  date: Ymd;
  /** named by a weekday alone ("Friday"), placed by the tense; not a date written out ("June 23") */
  weekday?: boolean;
}

function namedIn(f: Found): Named | null {
  if (f.type !== 'DATE' && f.type !== 'TIME') return null;
  const d = DAY_VALUE.exec(f.value);
  if (d) return { grain: 'day', date: { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, weekday: f.rule === 'dates/weekday' };
  const w = WEEK_VALUE.exec(f.value);
  if (w) return { grain: 'week', date: mondayOfWeek(Number(w[1]), Number(w[2])) };
  const m = MONTH_VALUE.exec(f.value);
  if (m) return { grain: 'month', date: { year: Number(m[1]), month: Number(m[2]), day: 1 } };
  return null;
}

/**
 * "On March 3 the army withdrew. The next day, rebels entered": March 4. A day counts from the
 * last day named, a week from the last day or week, a month from the last day, week or month;
 * "the previous Friday" is the Friday before the last day named; the value's time of day ("the next
 * morning": TMO) is kept.
 */
export function anchorToDays(found: Found[], text: string, ref: Ymd | null): void {
  let last: Named | null = null;
  let lastSentence = -1;
  // the last one not opening a range with "since" ("confirmed 214 deaths since June 1, up from 131 a week
  // earlier": the week before the count's day, BLIND12 D4)
  let lastCounted: Named | null = null;
  // the first day named before the reference day: the day of the story's events (pastAnchor)
  let firstPast: Ymd | null = null;
  // the last day named that is not after the reference day, for a day told in the past (pastAnchor)
  let lastPast: Ymd | null = null;
  // the last one that is not the day of a saying ("told the court on Monday")
  let lastEvent: Named | null = null;
  // the value of the last date named ("2026-09-18TMO"), for the part of the day it was told in
  let lastValue = '';
  // a weekday counts from the last whole day named, not from a time ("closed lower Friday … overnight
  // losses in New York … down 4.5% from the previous Friday": the Friday before that Friday)
  let lastDay: Ymd | null = null;
  let season: SeasonNamed | null = null;
  // a year other than the last date's named since it (inStoryYear)
  let otherYear = false;
  // the reference day as a value, computed once ("2025-10-28"), for firstPast and lastPast
  const refDay = ref ? formatDay(ref) : '';
  for (let index = 0; index < found.length; index++) {
    const f = found[index]!;
    const grain = f.anchor;
    inNamedSeason(f, season, text);
    season = seasonNamed(f, text, season);
    if ((grain === 'weekday-prev' || grain === 'weekday-next') && lastDay) {
      const from = weekday(lastDay);
      const day = f.shift!;
      const delta = grain === 'weekday-next' ? (day - from + 7) % 7 || 7 : -((from - day + 7) % 7 || 7);
      f.value = formatDay(addDays(lastDay, delta)) + f.value.slice(10);
    }
    if (last && last.grain !== 'week' && ref && !otherYear) inStoryYear(f, last, text, ref);
    // "…since his arrest on June 3, 2022. Prosecutors said he collected $2 million between 2011 and 2021.
    // A jury convicted him in August": another year named since the last day leaves that day's story
    if (f.type === 'DATE' && !f.relative && /^\d{4}$/.test(f.value) && last && Number(f.value) !== last.date.year) otherYear = true;
    if (f.type === 'DATE' && f.value.length === 10 && DAY_VALUE.test(f.value)) lastDay = namedIn(f)!.date;
    // "that night" after "The inquest heard on Tuesday that …": the night told of, not the day of the telling
    const told =
      grain === 'day' && lastEvent && THAT_DAY.test(text.slice(f.start, f.start + 40)) ? lastEvent
      // "Prices rose 2.4% in October, the office said on Thursday. … than in the same month last year": the month told of, not the saying's
      : grain === 'month' && lastEvent && lastEvent !== last ? lastEvent
      : isEventSpan(f, text) ? eventDate(found, index, text, last, lastSentence)
      : f.rule === 'dates/ago' ? lastCounted
      : (grain === 'day' && f.rule === 'dates/day-before' ? datedEvent(found, index, text) : null) ?? last;
    // "On Wednesday, he wrote that officials had met the union since October. He told radio the following
    // morning …" (BLIND15 D2, D6): a month opening a stretch with "since" is no time of the story's events;
    // a day counts from the day named before it
    const from = grain === 'day' && told !== null && told === last && last !== lastCounted && last.grain === 'month' && lastCounted?.grain === 'day' ? lastCounted : told;
    // "He was last seen in early August. His phone was switched off that same day": a day of that month
    if (grain === 'day' && from?.grain === 'month' && !f.shift && f.rule === 'dates/anaphoric-day') f.value = `${formatMonth(from.date.year, from.date.month)}-XX${f.value.slice(10)}`;
    else if ((grain === 'day' || grain === 'week' || grain === 'month') && from && (grain !== 'day' || from.grain === 'day')) {
      const shift = f.shift ?? 0;
      if (grain === 'day') f.value = formatDay(addDays(ref ? pastAnchor(from.date, shift, f.told, firstPast, ref, from.weekday ? lastPast ?? ref : null) : from.date, shift + partBefore(f, text, lastValue))) + f.value.slice(10);
      else if (grain === 'week') f.value = formatWeek(addDays(from.date, 7 * shift));
      else {
        // "the same month last year", "the same month a year earlier": that month a year back
        const d = addMonths(from.date, shift - (YEAR_BACK_AFTER.test(text.slice(f.end, f.end + 20)) ? 12 : 0));
        f.value = formatMonth(d.year, d.month);
      }
    }
    const named = namedIn(f);
    if (named) [last, lastEvent, lastSentence, otherYear] = [named, named.grain === 'day' && isSayingDay(f, text) ? lastEvent : named, f.sentence ?? -1, false];
    const namedDay = named?.grain === 'day' && ref ? formatDay(named.date) : '';
    if (namedDay !== '' && !firstPast && namedDay < refDay) firstPast = named!.date;
    if (namedDay !== '' && namedDay <= refDay) lastPast = named!.date;
    if (named && !SINCE_BEFORE.test(text.slice(Math.max(0, f.start - 7), f.start))) lastCounted = named;
    if (named) lastValue = f.value;
  }
}

/**
 * "…where she was in stable condition Friday morning. ¶ Investigators believe the shooting followed an
 * argument earlier in the evening" (a probe of my own): an evening or night earlier than a morning is
 * the day before's; a morning later than an evening or night, the day after's. `last` is the value of
 * the date counted from.
 */
function partBefore(f: Found, text: string, last: string): number {
  if (f.rule !== 'dates/later-in-the-day') return 0;
  if (/^earlier/i.test(text.slice(f.start, f.end))) return nextMorning(f.value, last) ? -1 : 0;
  return nextMorning(last, f.value) ? 1 : 0;
}

const SINCE_BEFORE = /(?<![\p{L}])since\s{1,4}$/iu;
const YEAR_BACK_AFTER = new RegExp(String.raw`^\s{1,4}${YEAR_BACK}(?![\p{L}])`, 'iu');

/** "in the weeks before the shooting" (dates/day-before's plural): days, weeks, months counted from an event. */
function isEventSpan(f: Found, text: string): boolean {
  return f.rule === 'dates/day-before' && f.anchor === 'month' && PLURAL_UNIT.test(text.slice(f.start, f.end));
}
const PLURAL_UNIT = /^(?:days|weeks|months)$/i;

/**
 * The event's date, for "the weeks before the shooting": one its own sentence names after it ("in
 * the days before the Oct. 23 shooting"), else the last date named in its sentence or the one before
 * ("Dr. Lane was shot on Oct. 23. His car had been seen nearby in the weeks before the shooting").
 * Further back, the last date named need not be the event's (a story months later: "Police said last
 * month that the car was found. … in the weeks before the shooting"): none, and the value stays XXXX-XX.
 */
function eventDate(found: readonly Found[], index: number, text: string, last: Named | null, lastSentence: number): Named | null {
  const f = found[index]!;
  const next = found[index + 1];
  // the event's own phrase: "before the Oct. 23 shooting", "after the blast on June 8" (not "…, and was found in December")
  const named = next && next.sentence === f.sentence && EVENT_PHRASE.test(text.slice(f.end, next.start)) ? namedIn(next) : null;
  if (named && named.grain !== 'week') return named;
  return last && f.sentence !== undefined && lastSentence >= f.sentence - 1 ? last : null;
}
// "weeks| before the shooting on |Oct. 23": the signal, then up to five words, no clause break
const EVENT_PHRASE = /^\s{1,4}(?:before|after|following|preceding)(?:\s{1,4}[\p{L}'’-]{1,24}){0,5}\s{1,4}$/u;

/** How many dates back an event noun's dated mention is looked for (datedEvent). */
const EVENT_REACH = 40;
// "the day after the collapse": a signal and a determiner, and the event's noun ends the span
const EVENT_SIGNAL = /(?:after|before|following|preceding)\s{1,4}(?:the|his|her|its|their)\s/iu;
const LAST_WORD = /(?<![\p{L}])(\p{Ll}[\p{Ll}-]{2,20})$/u;

/**
 * "Sunday's collapse of the São Gonçalo bridge … The first bodies were recovered the day after the
 * collapse" (BLIND13 bridge-collapse), "The wedding reception, held on Saturday evening … the day before
 * the wedding": a day counted from an event named with a day earlier (in the same sentence as that day:
 * "Sunday's collapse", "The bridge collapsed on Sunday", "the wedding … held on Saturday"; not a day of
 * saying) counts from that day, not from the last date named (a later "since Monday morning"). The
 * noun's own day ("issued an alert on Tuesday") beats a nearer, earlier day of its verb ("alerted the WHO
 * on May 12"); a nearer day of the verb that is later wins.
 */
function datedEvent(found: readonly Found[], index: number, text: string): Named | null {
  const f = found[index]!;
  const span = text.slice(f.start, f.end);
  const noun = EVENT_SIGNAL.test(span) ? LAST_WORD.exec(span)?.[1] : undefined;
  if (!noun) return null;
  const stem = noun.endsWith('e') ? noun.slice(0, -1) : noun;
  const mention = new RegExp(`(?<![\\p{L}])${stem}(?:e|es|ed|d|s|ing)?(?![\\p{L}])`, 'iu');
  // "The WHO issued an alert on Tuesday. The ministry alerted the WHO on May 12. … the day before the WHO
  // alert" (BLIND15 D4): the noun itself, named with a day, before a verb of the same stem
  const asNoun = new RegExp(`(?<![\\p{L}])${noun}s?(?![\\p{L}])`, 'iu');
  let verbed: Named | null = null;
  for (let i = index - 1; i >= 0 && index - i <= EVENT_REACH; i--) {
    const g = found[i]!;
    // (not the day of a saying: "told jurors on Tuesday that he had bragged about setting the fire")
    const named = g.rule === 'dates/day-before' ? null : namedIn(g);
    if (named?.grain !== 'day' || isSayingDay(g, text)) continue;
    const around = sentenceAround(text, g);
    // "The collapse of the old bridge on March 3, 1998 killed four. The new bridge collapsed on Sunday. Divers
    // arrived the day after the collapse" (review17): a nearer day of the verb that is later than the noun's
    // is the story's event, the older one its background; so the later of the two
    if (asNoun.test(around)) return verbed && formatDay(verbed.date) > formatDay(named.date) ? verbed : named;
    if (!verbed && mention.test(around)) verbed = named;
  }
  return verbed;
}

/** The text of the sentence around a date, roughly: up to 120 characters either side, cut at a stop and a space. */
function sentenceAround(text: string, g: Found): string {
  const before = text.slice(Math.max(0, g.start - 120), g.start);
  const after = text.slice(g.end, g.end + 120);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const end = after.search(/[.!?](?:\s|$)|\n/u);
  return before.slice(stop + 1) + text.slice(g.start, g.end) + (end < 0 ? after : after.slice(0, end));
}
