// Values resolved once the whole document is tagged: expressions that count from another
// mention ("a year earlier" after a quarter, "later that year", "the next day") take that
// mention's value; without one they keep the value counted from the reference date.

import { inNamedSeason, inStoryYear, isSayingDay, pastAnchor, seasonNamed, THAT_DAY, type SeasonNamed } from './anchors-story.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, weekday, type Ymd } from './calendar.js';
import type { Found } from './types.js';

/**
 * "The blast occurred at about 10:35 a.m. (0735 GMT) Friday": the time is on that Friday; "at 4
 * in the morning (4 a.m. EDT Thursday)": on the day of the time that names one. A time that opens
 * its sentence (at `opening`) heads a live page's entry and is on the page's day, whatever day the
 * entry tells of ("1:30 p.m.: Helicopters reached the village, where a landslide on Wednesday…",
 * BLIND10 nepal-floods).
 */
export function anchorToSentenceDay(found: readonly Found[], before: DayNamed | null, opening = -1, story: DayNamed | null = null, ref: Ymd | null = null): void {
  const anyDay = found.find(namesDay)?.value;
  // "The search was suspended at dusk and will resume on Wednesday": a time told in the past takes no
  // weekday still to come (a date the writer placed, "On Saturday, December 19th, at 11 a.m.", stays)
  const last = ref ? formatDay(ref) : '';
  const ahead = (g: { value: string; rule?: string }): boolean => g.rule === 'dates/weekday' && g.value.slice(0, 10) > last;
  const pastDay = found.find((g) => namesDay(g) && !ahead(g))?.value;
  for (const f of found) {
    if (f.anchor !== 'same-day' || f.start === opening) continue;
    const day = f.told === 'past' ? pastDay : anyDay;
    // "The jury returned its verdict on Monday. Reporters will gather at 4 p.m.": a time still to come is on no day past
    const prior = f.told === 'future' || (f.told === 'past' && before && ahead(before)) ? null : before;
    const on = day ?? (prior && withinPart(prior.value, f.value) ? prior.value : prior && nextMorning(prior.value, f.value) ? formatDay(addDays(parseDay(prior.value), 1)) : null);
    if (on) f.value = on.slice(0, 10) + f.value.slice(f.value.indexOf('T'));
    else if (f.told === 'past' && story && ref && !HOLIDAY_RULES.has(story.rule ?? '') && (isDayBefore(story.value, ref) || tonightOfToday(f, story, last)) && !smallHoursAfter(story.value, f.value)) f.value = story.value.slice(0, 10) + f.value.slice(f.value.indexOf('T'));
  }
}

/**
 * "Gunmen stormed a bank on Tuesday. … Police kept the building surrounded into the night", published
 * that Tuesday (a GVDB article had one): a story of the reference day's own events tells of that day's
 * night, not last night's; not when the day named is only the day of a saying ("The storm has passed,
 * officials said on Tuesday. … Crews worked through the night").
 */
function tonightOfToday(f: Found, story: DayNamed, today: string): boolean {
  return f.rule === 'dates/the-day-part' && !story.saying && story.value.slice(0, 10) === today;
}

/**
 * "A federal jury on Thursday found … Fenwright left the courthouse shortly after 4:30 p.m.",
 * published Friday (BLIND10 fraud-verdict): a story told the day after its events tells their
 * times; a clock time told in the past with no day of its own is on the last day the story named,
 * when that day is one or two days before the reference date (further back, the reference day
 * stays: "Police were called Friday. Nobody was hurt. The station closed at 6 p.m.", told Tuesday)
 * unless the time is in the small hours after an evening or a night ("overnight" … "at 12:45 a.m." is the next day).
 */
export function isDayBefore(day: string, ref: Ymd): boolean {
  const back = (Date.UTC(ref.year, ref.month - 1, ref.day) - Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))) / 86_400_000;
  return back >= 1 && back <= 2;
}

/** "The storm hit on Sunday evening. By morning the river had burst": a morning after an evening or night is the next day's. */
function nextMorning(day: string, time: string): boolean {
  return time.endsWith('TMO') && (day.endsWith('TEV') || day.endsWith('TNI'));
}

function parseDay(value: string): Ymd {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

/** The day a sentence named ("2025-10-25", "2025-10-25TNI"), for a clock time in the next. */
export interface DayNamed {
  value: string;
  sentence: number;
  /** the rule that named it */
  rule?: string;
  /** only as the day of a saying ("said Monday"): no day of the story's events */
  saying?: boolean;
}

/** The hours of each part of the day, [from, to). */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = { MO: [5, 12], AF: [12, 18], EV: [17, 23], NI: [19, 24] };

/**
 * Does a clock time fall in the part of the day named before it? "Saturday night … at about 11:40
 * p.m." does; "houses stood on Monday evening … a roar shortly before 4 a.m." is the next morning.
 * A part of the day does when it is that part or a later one ("Friday morning … By evening").
 */
function withinPart(day: string, time: string): boolean {
  const hours = PART_HOURS[day.slice(11)];
  const hour = Number(time.slice(time.indexOf('T') + 1, time.indexOf('T') + 3));
  // "It happened around 6:20 p.m. Saturday … pronounced dead at 6:30 p.m.": a later hour of that day
  if (!hours && CLOCK_DAY.test(day)) return hour >= Number(day.slice(11, 13));
  if (!hours) return day.length === 10;
  // "…on Friday morning. By evening the toll had risen": a later part of the same day
  // "late in the evening on July 1 … Shortly after midnight": midnight ends that evening's day
  if (hour === 24) return day.endsWith('TEV') || day.endsWith('TNI');
  return Number.isNaN(hour) ? PART_ORDER.indexOf(time.slice(-2)) >= PART_ORDER.indexOf(day.slice(11)) : hour >= hours[0] && hour < hours[1];
}

const PART_ORDER = ['MO', 'AF', 'EV', 'NI'];

// "the New Year's Eve party she had attended … It happened just after 2:00 a.m.": a holiday is an occasion the story names, not its day
export const HOLIDAY_RULES: ReadonlySet<string> = new Set(['dates/holiday', 'dates/day-holiday']);

/** A clock time before 6 a.m. after a day's evening or night: the next morning's. */
function smallHoursAfter(day: string, time: string): boolean {
  const hour = Number(time.slice(time.indexOf('T') + 1, time.indexOf('T') + 3));
  return (day.endsWith('TEV') || day.endsWith('TNI')) && hour < 6;
}
const CLOCK_DAY = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;

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
export function lastDayNamed(found: readonly Found[], sentence: number, notAfter: Ymd | null = null, text = ''): DayNamed | null {
  const last = notAfter ? formatDay(notAfter) : null;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    // "gunshots could be heard through the night. ¶ The director told reporters at dawn": a night told of
    // makes the next sentence's morning the day after (for the next sentence only, not the story's day)
    if (notAfter === null && f.rule === 'dates/the-day-part' && f.value.endsWith('TNI') && DAY_VALUE.test(f.value)) return { value: f.value, sentence, rule: f.rule };
    // the story's day is one already past: "set sentencing for June 18" names none
    if (namesDay(f) && (last === null || f.value.slice(0, 10) <= last)) return { value: f.value, sentence, rule: f.rule, saying: text !== '' && isSayingDay(f, text) };
  }
  return null;
}

/** The first day a sentence names that is not after `notAfter`, as lastDayNamed's. */
export function firstDayNamed(found: readonly Found[], sentence: number, notAfter: Ymd, text: string): DayNamed | null {
  const last = formatDay(notAfter);
  const f = found.find((g) => namesDay(g) && g.value.slice(0, 10) <= last);
  return f ? { value: f.value, sentence, rule: f.rule, saying: isSayingDay(f, text) } : null;
}

const YEAR_SHIFT: Readonly<Record<string, number>> = { 'year-next': 1, 'year-prev': -1, 'year-same': 0 };

/** "fled in June 1998 and returned later that year", "released that June", "two years earlier": from the year of the last explicit date. */
export function anchorToYears(found: Found[]): void {
  let year: number | null = null;
  let yearEnd = -Infinity;
  // "In the 1990s, prices collapsed. … that winter": the last time named was a decade, which names no year
  let decade = false;
  // the last year told relative to the reference date ("last year", "this year"), and where it ended
  let toldYear: number | null = null;
  let toldYearEnd = -Infinity;
  let toldAgo = false;
  for (const f of found) {
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
    if (y) [year, yearEnd, decade] = [Number(y[1]), f.end, false];
    else if (f.type === 'DATE' && /^\d{3}$/.test(f.value)) decade = true;
  }
}

const FIRST_YEAR = /^(?:FY)?(\d{4})/;
const RELATIVE_YEAR = /^(?:FY)?\d{4}$/;

/** How far (characters) after the last year named "a year earlier", "two years earlier" count from it. */
const YEARS_REACH = 250;

export const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
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
export function anchorToDays(found: Found[], text: string, ref: Ymd | null): void {
  let last: Named | null = null;
  let lastSentence = -1;
  // the last one not opening a range with "since" ("confirmed 214 deaths since June 1, up from 131 a week
  // earlier": the week before the count's day, BLIND12 D4)
  let lastCounted: Named | null = null;
  // the first day named before the reference day: the day of the story's events (pastAnchor)
  let firstPast: Ymd | null = null;
  // the last one that is not the day of a saying ("told the court on Monday")
  let lastEvent: Named | null = null;
  // a weekday counts from the last whole day named, not from a time ("closed lower Friday … overnight
  // losses in New York … down 4.5% from the previous Friday": the Friday before that Friday)
  let lastDay: Ymd | null = null;
  let season: SeasonNamed | null = null;
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
    if (last && last.grain !== 'week' && ref) inStoryYear(f, last, text, ref);
    if (f.type === 'DATE' && f.value.length === 10 && DAY_VALUE.test(f.value)) lastDay = namedIn(f)!.date;
    // "that night" after "The inquest heard on Tuesday that …": the night told of, not the day of the telling
    const from = grain === 'day' && lastEvent && THAT_DAY.test(text.slice(f.start, f.start + 20)) ? lastEvent : isEventSpan(f, text) ? eventDate(found, index, text, last, lastSentence) : f.rule === 'dates/ago' ? lastCounted : last;
    // "He was last seen in early August. His phone was switched off that same day": a day of that month
    if (grain === 'day' && from?.grain === 'month' && !f.shift && f.rule === 'dates/anaphoric-day') f.value = `${formatMonth(from.date.year, from.date.month)}-XX${f.value.slice(10)}`;
    else if ((grain === 'day' || grain === 'week' || grain === 'month') && from && (grain !== 'day' || from.grain === 'day')) {
      const shift = f.shift ?? 0;
      if (grain === 'day') f.value = formatDay(addDays(ref ? pastAnchor(from.date, shift, f.told, firstPast, ref) : from.date, shift)) + f.value.slice(10);
      else if (grain === 'week') f.value = formatWeek(addDays(from.date, 7 * shift));
      else {
        const d = addMonths(from.date, shift);
        f.value = formatMonth(d.year, d.month);
      }
    }
    const named = namedIn(f);
    if (named) [last, lastEvent, lastSentence] = [named, named.grain === 'day' && isSayingDay(f, text) ? lastEvent : named, f.sentence ?? -1];
    if (named?.grain === 'day' && ref && !firstPast && formatDay(named.date) < formatDay(ref)) firstPast = named.date;
    if (named && !SINCE_BEFORE.test(text.slice(Math.max(0, f.start - 7), f.start))) lastCounted = named;
  }
}

const SINCE_BEFORE = /(?<![\p{L}])since\s{1,4}$/iu;

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
