// Values resolved once the whole document is tagged: expressions that count from another
// mention ("a year earlier" after a quarter, "later that year", "the next day") take that
// mention's value; without one they keep the value counted from the reference date.

import { SPEECH_NOUNS, SPEECH_VERBS } from '../../lexicon/time-tense.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, shiftedValue, weekday, type Ymd } from './calendar.js';
import type { Found } from './types.js';

/**
 * Earnings news compares a quarter with the same quarter a year before: after "the third
 * quarter" (2025-Q3), "a year earlier" and "year-ago" mean 2024-Q3, not the year 2024, and
 * "the 1988 quarter" means 1988-Q3; after "the first half", the first half a year before. After
 * "For the nine months, the company reported a net loss of $608,413, compared with year-earlier
 * net income of $967,809" the comparison is with those months a year before, so the year (TIMEX3
 * has no value for nine months of a year): a span of six or nine months named ends the quarter's
 * reach until the next quarter is named. A quarter named in the comparison's own sentence is the
 * one compared; otherwise the latest quarter named before ("posted a 20% gain in third-quarter
 * net income … After a flat second quarter … charges taken in the year-earlier period" is 1988-Q3,
 * the quarter the story reports, not the second quarter told in passing).
 */
export function anchorToQuarters(found: Found[], ref: Ymd | null, text: string): void {
  // a quarter still running or to come is a forecast: "losses into the fourth quarter", "through the third quarter of 1990"
  const current = ref ? ref.year * 4 + Math.floor((ref.month - 1) / 3) : Infinity;
  // the latest period named before: a quarter or half ("2025-Q3", "2025-H1"), or null after a span of months
  let latest: Period | null = null;
  let inSentence: Period | null = null;
  // a span of months of the year so far was named after the last quarter
  let months = false;
  let sentence = -1;
  for (const f of found) {
    if (f.sentence !== sentence) [sentence, inSentence] = [f.sentence ?? -1, null];
    const period = f.anchor ? null : periodOf(f);
    if (period && period.order < current) {
      if (!latest || period.order >= latest.order) latest = period;
      [inSentence, months] = [period, false];
    } else if (!f.anchor && isMonthsToDate(f, text)) [latest, inSentence, months] = [null, null, true];
    else if (f.anchor === 'year-back' || f.anchor === 'same-quarter') {
      const p = inSentence ?? latest;
      if (!p && !months) continue;
      // resolved here: the value is no longer counted from the last year named (anchorToYears)
      if (p) f.value = `${f.anchor === 'year-back' ? p.year - 1 : f.value.slice(0, 4)}-${p.kind}${p.n}`;
      f.anchor = undefined;
    }
  }
}

interface Period {
  year: number;
  kind: 'Q' | 'H';
  n: number;
  /** the quarter's (a half's: its last quarter's) position in time, year * 4 + quarter - 1 */
  order: number;
}

const PERIOD_VALUE = /^(\d{4})-([QH])([1-4])$/;

function periodOf(f: Found): Period | null {
  const m = f.type === 'DATE' ? PERIOD_VALUE.exec(f.value) : null;
  if (!m) return null;
  const [year, kind, n] = [Number(m[1]), m[2] as 'Q' | 'H', Number(m[3])];
  if (kind === 'H' && n > 2) return null;
  return { year, kind, n, order: year * 4 + (kind === 'H' ? n * 2 : n) - 1 };
}

// "For the nine months", "in the first six months": the months of the year so far (not "the next nine months")
const MONTHS_TO_DATE = /^the\s{1,4}(?:(?:first|latest|past)\s{1,4})?(?:six|nine|6|9)\s{1,4}months$/i;

function isMonthsToDate(f: Found, text: string): boolean {
  return f.type === 'DURATION' && (f.value === 'P9M' || f.value === 'P6M') && f.end - f.start < 40 && MONTHS_TO_DATE.test(text.slice(f.start, f.end));
}

/**
 * "The blast occurred at about 10:35 a.m. (0735 GMT) Friday": the time is on that Friday; "at 4
 * in the morning (4 a.m. EDT Thursday)": on the day of the time that names one.
 */
export function anchorToSentenceDay(found: readonly Found[], before: DayNamed | null): void {
  const day = found.find(namesDay)?.value;
  for (const f of found) {
    if (f.anchor !== 'same-day') continue;
    const on = day ?? (before && withinPart(before.value, f.value) ? before.value : null);
    if (on) f.value = on.slice(0, 10) + f.value.slice(f.value.indexOf('T'));
  }
}

/** The day a sentence named ("2025-10-25", "2025-10-25TNI"), for a clock time in the next. */
export interface DayNamed {
  value: string;
  sentence: number;
}

/** The hours of each part of the day, [from, to). */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = { MO: [5, 12], AF: [12, 18], EV: [17, 23], NI: [19, 24] };

/**
 * Does a clock time fall in the part of the day named before it? "Saturday night … at about 11:40
 * p.m." does; "houses stood on Monday evening … a roar shortly before 4 a.m." is the next morning.
 */
function withinPart(day: string, time: string): boolean {
  const hours = PART_HOURS[day.slice(11)];
  if (!hours) return day.length === 10;
  const hour = Number(time.slice(time.indexOf('T') + 1, time.indexOf('T') + 3));
  return Number.isNaN(hour) ? time.endsWith(day.slice(10)) : hour >= hours[0] && hour < hours[1];
}

/** A whole day or a time on a named day ("Friday", "March 3", "Saturday night"). */
function namesDay(f: Found): boolean {
  return (f.type === 'DATE' ? f.value.length === 10 : f.type === 'TIME' && !f.anchor) && /^\d{4}-\d{2}-\d{2}/.test(f.value);
}

/**
 * The last day a sentence names, for a clock time in the next sentence that names none: "…slammed
 * into her car Saturday night, authorities said. ¶ The crash happened at about 11:40 p.m." is that
 * Saturday. Only the next sentence, and not a time that opens it: a live page's entries open on
 * their time ("3:25 p.m. Trump says…") and are on the day of the page whatever the entry before said.
 */
export function lastDayNamed(found: readonly Found[], sentence: number): DayNamed | null {
  for (let i = found.length - 1; i >= 0; i--) if (namesDay(found[i]!)) return { value: found[i]!.value, sentence };
  return null;
}

const YEAR_SHIFT: Readonly<Record<string, number>> = { 'year-next': 1, 'year-prev': -1, 'year-same': 0 };

/** "fled in June 1998 and returned later that year", "released that June", "two years earlier": from the year of the last explicit date. */
export function anchorToYears(found: Found[]): void {
  let year: number | null = null;
  let yearEnd = -Infinity;
  // "In the 1990s, prices collapsed. … that winter": the last time named was a decade, which names no year
  let decade = false;
  for (const f of found) {
    if (f.anchor === 'year-of') {
      if (decade) f.value = 'XXXX' + f.value.slice(4);
      else if (year !== null) f.value = String(year).padStart(4, '0') + f.value.slice(4);
      continue;
    }
    // "In 1995 she became minister. A year earlier, …": 1994, when that year was named just before
    // (earnings news' "compared with C$18.1 million a year earlier" compares with the last period,
    // whatever year the story named paragraphs back; a quarter named makes it that quarter, anchorToQuarters)
    const counted = (f.anchor === 'years' || (f.anchor === 'year-back' && f.rule === 'dates/ago' && !f.value.includes('Q'))) && f.start - yearEnd <= YEARS_REACH;
    const shift = counted ? f.shift ?? -1 : f.anchor && f.anchor !== 'years' ? YEAR_SHIFT[f.anchor] : undefined;
    if (shift !== undefined) {
      if (year !== null) f.value = String(year + shift).padStart(4, '0');
      continue;
    }
    const y = f.type === 'DATE' && !f.relative ? /^(\d{4})/.exec(f.value) : null;
    if (y) [year, yearEnd, decade] = [Number(y[1]), f.end, false];
    else if (f.type === 'DATE' && /^\d{3}$/.test(f.value)) decade = true;
  }
}

/** How far (characters) after the last year named "a year earlier", "two years earlier" count from it. */
const YEARS_REACH = 250;

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;

/** The Monday of ISO week `week` of `year` (January 4 is always in week 1). */
function mondayOfWeek(year: number, week: number): Ymd {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 7 * (week - 1) - (weekday(jan4) - 1));
}

/** The last calendar date named: a day, a week (its Monday) or a month (its first day). */
interface Named {
  grain: 'day' | 'week' | 'month';
  date: Ymd;
}

function namedIn(f: Found): Named | null {
  if (f.type !== 'DATE' && f.type !== 'TIME') return null;
  const d = DAY_VALUE.exec(f.value);
  if (d) return { grain: 'day', date: { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) } };
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
export function anchorToDays(found: Found[]): void {
  let last: Named | null = null;
  // a weekday counts from the last whole day named, not from a time ("closed lower Friday … overnight
  // losses in New York … down 4.5% from the previous Friday": the Friday before that Friday)
  let lastDay: Ymd | null = null;
  for (const f of found) {
    const grain = f.anchor;
    if ((grain === 'weekday-prev' || grain === 'weekday-next') && lastDay) {
      const from = weekday(lastDay);
      const day = f.shift!;
      const delta = grain === 'weekday-next' ? (day - from + 7) % 7 || 7 : -((from - day + 7) % 7 || 7);
      f.value = formatDay(addDays(lastDay, delta)) + f.value.slice(10);
    }
    if (f.type === 'DATE' && f.value.length === 10 && DAY_VALUE.test(f.value)) lastDay = namedIn(f)!.date;
    if ((grain === 'day' || grain === 'week' || grain === 'month') && last && (grain !== 'day' || last.grain === 'day')) {
      const shift = f.shift ?? 0;
      if (grain === 'day') f.value = formatDay(addDays(last.date, shift)) + f.value.slice(10);
      else if (grain === 'week') f.value = formatWeek(addDays(last.date, 7 * shift));
      else {
        const d = addMonths(last.date, shift);
        f.value = formatMonth(d.year, d.month);
      }
    }
    last = namedIn(f) ?? last;
  }
}

const BEFORE_OR_AFTER = /^\s{1,4}(?:before|after)\s{1,4}$/i;

/**
 * "The day before last Tuesday's hearing": a day counted from the date that follows it is one
 * expression, valued from that date. `kept` is one sentence's dates in text order; `text` the
 * text they point into.
 */
export function joinExplicitAnchor(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const next = kept[i + 1]!;
    if (f.rule !== 'dates/day-before' || f.anchor !== 'day' || !f.shift || next.type !== 'DATE') continue;
    const d = DAY_VALUE.exec(next.value);
    if (!d || next.value.length !== 10 || !BEFORE_OR_AFTER.test(text.slice(f.end, next.start))) continue;
    const day = addDays({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, f.shift);
    f.value = formatDay(day) + f.value.slice(10);
    f.end = next.end;
    f.anchor = undefined;
    f.relative = next.relative;
    kept.splice(i + 1, 1);
  }
}

// ", on ", " on ", ", " or a space between a clock time and its date
const CLOCK_THEN_DATE = /^,?\s{1,4}(?:on\s{1,4})?$/i;

/**
 * "shortly after 10 p.m. on Oct. 21", "5 p.m. EST, Nov. 9": a clock time and the calendar date after
 * it are one TIME on that date (BLIND8; TimeBank marks them so), as "6 p.m. Tuesday" already is;
 * so are "Thursday morning, October 15, 1964" (GVDB dev: the morning was placed in 2015).
 * A weekday after "on" stays apart ("2 p.m. on Monday": the held-out golds mark two).
 */
export function joinClockToDate(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const next = kept[i + 1]!;
    if (f.type !== 'TIME' || next.rule !== 'dates/month-day' || next.type !== 'DATE' || next.mod || next.value.length !== 10 || !DAY_VALUE.test(next.value)) continue;
    const between = text.slice(f.end, next.start);
    // "On Thursday morning, October 15, 1964": a weekday's part of the day, then its date
    const dayPart = f.rule === 'dates/weekday' && !f.mod && /^,\s{1,4}$/.test(between);
    if (!dayPart && (f.anchor !== 'same-day' || !CLOCK_THEN_DATE.test(between))) continue;
    f.value = next.value + f.value.slice(f.value.indexOf('T'));
    f.end = next.end;
    f.anchor = undefined;
    f.relative = next.relative;
    kept.splice(i + 1, 1);
  }
}

// "In a 2019 interview", "In an interview in March 2023", "Speaking on Oct. 3, 2024": the occasion's date
const OCCASION_BEFORE = /(?:(?:^|[^\p{L}])(?:speaking|interviewed|writing)\s{1,4}(?:on|in)|(?:^|[^\p{L}])(?<noun>\p{Ll}{3,12})\s{1,4}(?:on|in|of)|(?:^|[^\p{L}])(?:in|during)\s{1,4}(?:a|an|the|his|her|its|their))\s{1,4}$/iu;
const NOUN_AFTER = /^\s{1,4}(?<noun>\p{Ll}{3,12})(?![\p{L}])/u;
const RELATIVE_WORDS = /^(?<rel>next|last|this)\s{1,4}(?<unit>week|month|year)$/iu;
const WORDS = /\p{L}+/gu;
const SHIFT: Readonly<Record<string, number>> = { next: 1, last: -1, this: 0 };

/** The date of an explicit expression, when it names at least a month and lies over a month before `ref`. */
function occasionDate(f: Found, ref: Ymd): Ymd | null {
  if (f.relative || f.type !== 'DATE') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(f.value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2] ?? 7), day: Number(m[3] ?? 1) };
  return date.year * 12 + date.month < ref.year * 12 + ref.month - 1 ? date : null;
}

/** A day named as the day of a saying: "told reporters on Oct. 2", "said Monday" (a reporting verb, up to two words, an optional "on"). */
function saidOn(text: string, f: Found, ref: Ymd): Ymd | null {
  if (f.type !== 'DATE' || f.value.length !== 10) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (Date.UTC(date.year, date.month - 1, date.day) >= Date.UTC(ref.year, ref.month - 1, ref.day)) return null;
  const words = text.slice(Math.max(0, f.start - 40), f.start).toLowerCase().match(WORDS) ?? [];
  // "told reporters on Oct. 2", "said Monday"
  const last = words.length - (words[words.length - 1] === 'on' ? 2 : 1);
  for (let k = last; k >= Math.max(0, last - 2); k--) if (SPEECH_VERBS.has(words[k]!)) return date;
  return null;
}

/** Days from `ref` to the day a value starts with ("2025-10-29TNI" → 1). */
function daysBetween(ref: Ymd, value: string): number {
  return Math.round((Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000);
}

// a quotation mark in the Latin-1 view (curly ones become U+007F there)
const QUOTE_MARKS = /["\x7f]/gu;

/**
 * "In a 2019 interview, he said he would retire next year": in reported speech, "next year",
 * "last month", "this week" count from the date of the occasion the sentence names, when that
 * date is told with the occasion (a speech noun beside it, "speaking in …") and a reporting verb
 * stands between the two; otherwise they count from the reference date, as the speech is then
 * the story's own. Words quoted from a day named as the day of the saying count from that day,
 * however near: "“We will finish the job this week,” he told reporters on Oct. 2" is the week
 * of Oct. 2 (a reporter's own paraphrase may count from the story's day, so only quoted words).
 * `kept` is one sentence's dates in text order.
 */
export function anchorToOccasion(kept: Found[], text: string, ref: Ymd | null): void {
  if (!ref || kept.length < 2) return;
  // quoted words need a quotation mark between the first date and the last
  let quoted = false;
  for (let k = kept[0]!.start, end = kept[kept.length - 1]!.end; k < end && !quoted; k++) quoted = text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x7f;
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    const date = occasionDate(f, ref);
    const day = date || !quoted ? null : saidOn(text, f, ref);
    if (!date && !day) continue;
    if (date) {
      const before = OCCASION_BEFORE.exec(text.slice(Math.max(0, f.start - 30), f.start));
      const after = NOUN_AFTER.exec(text.slice(f.end, f.end + 14));
      const named = before && (!before.groups!.noun || SPEECH_NOUNS.has(before.groups!.noun.toLowerCase()));
      const occasion = (named && (before.groups!.noun || /(?:speaking|interviewed|writing)/i.test(before[0]))) || (after && SPEECH_NOUNS.has(after.groups!.noun!));
      if (!occasion) continue;
    }
    for (let j = day ? 0 : i + 1; j < kept.length; j++) {
      const g = kept[j]!;
      const deictic = day !== null && g.rule === 'dates/deictic-day' && DAY_VALUE.test(g.value);
      if (j === i || (g.rule !== 'dates/relative-period' && !deictic) || g.mod) continue;
      const rel = deictic ? null : RELATIVE_WORDS.exec(text.slice(g.start, g.end));
      if (!rel && !deictic) continue;
      const between = j > i ? text.slice(f.end, g.start) : text.slice(g.end, f.start);
      // inside the quotation: one mark (or an odd number) between the saying and the words
      if (day ? (between.match(QUOTE_MARKS)?.length ?? 0) % 2 === 0 : !(between.toLowerCase().match(WORDS) ?? []).some((w) => SPEECH_VERBS.has(w))) continue;
      // "“We leave tomorrow,” he said on Friday": that many days from the day of the saying
      if (deictic) g.value = formatDay(addDays(day!, daysBetween(ref, g.value))) + g.value.slice(10);
      else g.value = shiftedValue((date ?? day)!, rel!.groups!.unit!.toLowerCase(), SHIFT[rel!.groups!.rel!.toLowerCase()]!) ?? g.value;
    }
  }
}

// "from Monday to Wednesday", "Thursday through Saturday", "Monday-Wednesday" (the dash as the copy has it)
const RANGE_BETWEEN = /^\s{0,4}(?:to|until|till|through|thru|[-\x96])\s{0,4}$/iu;

/**
 * "From Monday to Wednesday, schools will close": a range of weekdays runs forward, so when each
 * end, placed by itself, falls before the other ("Monday" the coming one, "Wednesday" tomorrow),
 * the end moves a week on if the range starts after the reference date, else the start a week back.
 */
export function orderWeekdayRange(kept: Found[], text: string, ref: Ymd | null): void {
  if (!ref) return;
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const g = kept[i + 1]!;
    if (f.rule !== 'dates/weekday' || g.rule !== 'dates/weekday' || !DAY_VALUE.test(f.value) || !DAY_VALUE.test(g.value)) continue;
    if (g.value.slice(0, 10) >= f.value.slice(0, 10) || !RANGE_BETWEEN.test(text.slice(f.end, g.start))) continue;
    if (daysBetween(ref, f.value) > 0) g.value = formatDay(addDays(parseDay(g.value), 7)) + g.value.slice(10);
    else f.value = formatDay(addDays(parseDay(f.value), -7)) + f.value.slice(10);
  }
}

function parseDay(value: string): Ymd {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

// a year standing first in its sentence, as a frame: "Last year, …", "In 2024, …"
const FRAME_BEFORE = /^(?:in|during|by)?$/iu;

/**
 * "Last year, floods killed more than 240 people in a single weekend in late September": a month
 * or season without its year, in a sentence framed by a year told first, is in that year.
 * `kept` is one sentence's dates in text order; `from` the sentence's start.
 */
export function anchorToFrameYear(kept: Found[], text: string, from: number): void {
  const f = kept[0]!;
  if (f.type !== 'DATE' || !/^\d{4}$/.test(f.value) || f.mod || !FRAME_BEFORE.test(text.slice(from, f.start).trim())) return;
  for (let i = 1; i < kept.length; i++) {
    const g = kept[i]!;
    if ((g.rule === 'dates/month' || g.rule === 'dates/season') && !g.anchor && /^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/.test(g.value)) g.value = f.value + g.value.slice(4);
  }
}
