// Clock times and parts of the day that name no day of their own take one: the day their sentence
// names, the sentence before's, or the story's (./index.ts calls these sentence by sentence). Times on
// every day and clock ranges: ./anchors-clock-ranges.ts.

import { CLOCK_VALUE, recurringDay } from './anchors-clock-ranges.js';
import { isSayingDay } from './anchors-story.js';
import { addDays, formatDay, type Ymd } from './calendar.js';
import type { Found } from './types.js';

/**
 * "The blast occurred at about 10:35 a.m. (0735 GMT) Friday": the time is on that Friday; "at 4
 * in the morning (4 a.m. EDT Thursday)": on the day of the time that names one. A time that opens
 * its sentence (at `opening`) heads a live page's entry and is on the page's day, whatever day the
 * entry tells of ("1:30 p.m.: Helicopters reached the village, where a landslide on Wednesday…",
 * BLIND10 nepal-floods).
 */
export function anchorToSentenceDay(found: readonly Found[], before: DayNamed | null, opening = -1, story: DayNamed | null = null, ref: Ymd | null = null, lede: DayNamed | null = null, text = ''): void {
  const anyDay = found.find(namesDay)?.value;
  // "The search was suspended at dusk and will resume on Wednesday": a time told in the past takes no
  // weekday still to come (a date the writer placed, "On Saturday, December 19th, at 11 a.m.", stays)
  const last = ref ? formatDay(ref) : '';
  const ahead = (g: { value: string; rule?: string }): boolean => g.rule === 'dates/weekday' && g.value.slice(0, 10) > last;
  const pastDay = found.find((g) => namesDay(g) && !ahead(g))?.value;
  for (let index = 0; index < found.length; index++) {
    const f = found[index]!;
    if (f.anchor !== 'same-day' || f.start === opening) continue;
    const every = text !== '' ? recurringDay(found, index, text) : null;
    if (every !== null) {
      f.value = every + f.value.slice(f.value.indexOf('T'));
      continue;
    }
    const day = f.told === 'past' ? pastDay : anyDay;
    // "The jury returned its verdict on Monday. Reporters will gather at 4 p.m.": a time still to come is on no day past
    const prior0 = f.told === 'future' || (f.told === 'past' && before && ahead(before)) ? null : before;
    // "ran aground off the island late Friday, and all were taken off by Saturday morning. ¶ The ferry hit rocks at
    // 10:50 p.m.": the day whose part the hour falls in, when the last day's part does not hold it (a probe of my own)
    const prior = prior0 && hasPart(prior0) && !fitsPart(prior0, f.value) ? (prior0.others?.find((d) => fitsPart(d, f.value) && !(f.told === 'past' && ahead(d))) ?? prior0) : prior0;
    const on = day ?? (prior && withinPart(prior.value, f.value) ? prior.value : prior && nextMorning(prior.value, f.value) ? formatDay(addDays(parseDay(prior.value), 1)) : null);
    const night = on ? null : midnightOfStory(f, lede, ref);
    if (on && nightBeforeMorning(found, f, on)) f.value = formatDay(addDays(parseDay(on), -1)) + 'TNI';
    else if (on && !day && prior?.mod === 'START' && on === prior.value && midnightBefore(f, text)) f.value = formatDay(addDays(parseDay(on), -1)) + 'T24:00';
    else if (on && morningAfterNight(found, f, on)) f.value = formatDay(addDays(parseDay(on), 1)) + 'TMO';
    else if (on) f.value = on.slice(0, 10) + f.value.slice(f.value.indexOf('T'));
    else if (night) f.value = night;
    else if (f.told === 'past' && story && ref && !HOLIDAY_RULES.has(story.rule ?? '') && (isDayBefore(story.value, ref) || tonightOfToday(f, story, last)) && !smallHoursAfter(story.value, f.value)) f.value = story.value.slice(0, 10) + f.value.slice(f.value.indexOf('T'));
  }
}

// "just before midnight", "shortly after midnight", "around midnight": a midnight told by its nearness, not "by midnight", "until midnight"
const NEAR_MIDNIGHT = /(?:before|after|past|around|about)\s{1,4}$/i;

/**
 * "A tornado struck the town early Tuesday. "The sirens went off just before midnight"" (DATES10's
 * leftover): a midnight told by its nearness, after a day the sentence before told early, is the one
 * that began that day; "By midnight the crowd had grown" is still the day's end.
 */
function midnightBefore(f: Found, text: string): boolean {
  return f.value.endsWith('T24:00') && NEAR_MIDNIGHT.test(text.slice(Math.max(0, f.start - 10), f.start));
}

/**
 * "Rescuers worked through the night and pulled a woman alive from the rubble at dawn on Wednesday":
 * a night its sentence follows with a morning of the day it names is that day's night before (a probe
 * of my own: it was Wednesday's night).
 */
function nightBeforeMorning(found: readonly Found[], f: Found, day: string): boolean {
  if (f.rule !== 'dates/the-day-part' || !f.value.endsWith('TNI')) return false;
  // the morning next after the night ("at dawn", "on Wednesday morning"), then the day named at it or after it
  const next = found[found.indexOf(f) + 1];
  if (next === undefined || !next.value.endsWith('TMO')) return false;
  return found.some((g) => g.start >= next.start && namesDay(g) && g.value.slice(0, 10) === day.slice(0, 10));
}

/** "Crews worked through the night on Tuesday and reopened the road in the morning": a morning after that day's night in its sentence is the next day's. */
function morningAfterNight(found: readonly Found[], f: Found, day: string): boolean {
  if (!f.value.endsWith('TMO') || (f.rule !== 'dates/the-day-part' && f.rule !== 'dates/bare-day-part')) return false;
  const night = `${day.slice(0, 10)}TNI`;
  return found.some((g) => g.end <= f.start && g.value === night);
}

/**
 * "An explosion at the plant late Tuesday released a cloud of chlorine. … The parish ordered
 * residents to leave shortly after midnight" (BLIND12 D2); "A bus overturned at 4:30 a.m. Tuesday.
 * … "He called me at midnight," she said" (the lead's probe L9): a midnight told in the past that
 * neither its sentence nor the one before places is the one nearest the story's news, the first day
 * its body names: the midnight that ended it when it was told late (late Tuesday, Tuesday evening or
 * night, after 6 p.m.), the one that began it when told early (early Tuesday, in the morning, before
 * noon). TIMEX3 writes a midnight as T24:00 of the day it ends. Not one after the reference day began.
 */
function midnightOfStory(f: Found, lede: DayNamed | null, ref: Ymd | null): string | null {
  if (!lede || !ref || f.told !== 'past' || f.rule !== 'dates/named-time' || !f.value.endsWith('T24:00')) return null;
  const part = partOfDay(lede);
  if (part === null) return null;
  const day = part === 'late' ? parseDay(lede.value) : addDays(parseDay(lede.value), -1);
  return formatDay(day) < formatDay(ref) ? `${formatDay(day)}T24:00` : null;
}

/** Whether a day was named late in it ("late Tuesday", "Tuesday night", "at 9 p.m.") or early ("early Tuesday", "4:30 a.m. Tuesday"). */
function partOfDay(day: DayNamed): 'late' | 'early' | null {
  const time = day.value.slice(11);
  if (day.mod === 'END' || time === 'EV' || time === 'NI') return 'late';
  if (day.mod === 'START' || time === 'MO') return 'early';
  const hour = CLOCK_DAY.test(day.value) ? Number(time.slice(0, 2)) : NaN;
  return hour >= 18 ? 'late' : hour < 12 ? 'early' : null;
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

/** "The storm hit on Sunday evening. By morning the river had burst": a morning after an evening or night is the next day's (./anchors.ts's partBefore asks it either way round). */
export function nextMorning(day: string, time: string): boolean {
  return time.endsWith('TMO') && (day.endsWith('TEV') || day.endsWith('TNI'));
}

/** The day a value starts with ("2025-10-28TNI" → {2025, 10, 28}); ./anchors-ranges.ts uses it too. */
export function parseDay(value: string): Ymd {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

/** Whether a day was told with a part of it ("Saturday morning", "late Friday", "Tuesday afternoon"), not as a whole day. */
function hasPart(day: DayNamed): boolean {
  return day.value.endsWith('TAF') || partOfDay(day) !== null;
}

/** Whether a clock hour falls in the part a day was told in: "late Friday" as an evening, "Saturday morning" from midnight to noon, an afternoon's hours. */
function fitsPart(day: DayNamed, time: string): boolean {
  if (!CLOCK_VALUE.test(time)) return false;
  const hour = Number(time.slice(11, 13));
  const part = partOfDay(day);
  const [from, to] = day.value.endsWith('TAF') ? PART_HOURS.AF! : part === 'late' ? PART_HOURS.EV! : part === 'early' ? [0, PART_HOURS.MO![1]] : [0, 0];
  return hour >= from && hour < to;
}

/** The day a sentence named ("2025-10-25", "2025-10-25TNI"), for a clock time in the next. */
export interface DayNamed {
  value: string;
  sentence: number;
  /** the rule that named it */
  rule?: string;
  /** only as the day of a saying ("said Monday"): no day of the story's events */
  saying?: boolean;
  /** its position ("late Tuesday": END) */
  mod?: string | null;
  /** the other days of events its sentence named, in text order (lastEventDayNamed) */
  others?: readonly DayNamed[];
}

/** The hours each part of the day runs, from and to: an afternoon noon to 6 p.m., an evening 5 p.m. to midnight. */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = { MO: [5, 12], AF: [12, 18], EV: [17, 24], NI: [19, 24] };

/**
 * Does a clock time fall in the part of the day named before it? "Saturday night … at about 11:40
 * p.m." does; "houses stood on Monday evening … a roar shortly before 4 a.m." is the next morning.
 * A part of the day or a clock hour does when it is that part or a later one ("Friday morning … By evening", "… at 3 p.m.").
 */
function withinPart(day: string, time: string): boolean {
  const from = PART_HOURS[day.slice(11)]?.[0];
  const hour = Number(time.slice(time.indexOf('T') + 1, time.indexOf('T') + 3));
  // "It happened around 6:20 p.m. Saturday … pronounced dead at 6:30 p.m.": a later hour of that day
  if (from === undefined && CLOCK_DAY.test(day)) return hour >= Number(day.slice(11, 13));
  if (from === undefined) return day.length === 10;
  // "…on Friday morning. By evening the toll had risen": a later part of the same day
  // "late in the evening on July 1 … Shortly after midnight": midnight ends that evening's day
  if (hour === 24) return day.endsWith('TEV') || day.endsWith('TNI');
  // "in the early hours of Tuesday … shortly before noon", "on Monday morning. By noon" (BLIND14 D2): a later hour of that day
  return Number.isNaN(hour) ? PART_ORDER.indexOf(time.slice(-2)) >= PART_ORDER.indexOf(day.slice(11)) : hour >= from && hour < 24;
}

const PART_ORDER = ['MO', 'AF', 'EV', 'NI'];

// "the New Year's Eve party she had attended … It happened just after 2:00 a.m.": a holiday is an occasion the story names, not its day
export const HOLIDAY_RULES: ReadonlySet<string> = new Set(['dates/holiday', 'dates/day-holiday']);

/**
 * A clock time before 6 a.m., or a morning ("in the early hours", BLIND16 D1: "…overnight. … "When the
 * soldiers came in the early hours"" was the night's day), after a day's evening or night: the next morning's.
 */
function smallHoursAfter(day: string, time: string): boolean {
  const hour = Number(time.slice(time.indexOf('T') + 1, time.indexOf('T') + 3));
  return (day.endsWith('TEV') || day.endsWith('TNI')) && (hour < 6 || time.endsWith('TMO'));
}
export const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
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
    if (namesDay(f) && (last === null || f.value.slice(0, 10) <= last)) return { value: f.value, sentence, rule: f.rule, saying: text !== '' && isSayingDay(f, text), mod: f.mod };
  }
  return null;
}

/**
 * The day a sentence names for the clock times of the next: its last day, unless that is only the
 * day of a saying and an earlier day of the sentence is one of its events ("A quake struck late on
 * Monday, killing three, officials said on Tuesday. ¶ The agency said the quake hit at 11:42 p.m.":
 * Monday; the lead's probe P1). A sentence whose only day is a saying's keeps it.
 */
export function lastEventDayNamed(found: readonly Found[], sentence: number, text: string): DayNamed | null {
  const day = lastDayNamed(found, sentence, null, text);
  if (!day) return null;
  // each other day is asked once whether it is a saying's
  const others = found.filter((f) => namesDay(f) && f.value !== day.value && !isSayingDay(f, text)).map((f) => ({ value: f.value, sentence, rule: f.rule, mod: f.mod }));
  const last = others.length ? { ...day, others } : day;
  if (!day.saying || day.rule === 'dates/the-day-part') return last;
  // the last day of events before the saying's
  for (let i = others.length - 1; i >= 0; i--) if (others[i]!.value.slice(0, 10) < day.value.slice(0, 10)) return others[i]!;
  return last;
}

/** The first day a sentence names that is not after `notAfter`, as lastDayNamed's. */
export function firstDayNamed(found: readonly Found[], sentence: number, notAfter: Ymd, text: string): DayNamed | null {
  const last = formatDay(notAfter);
  const f = found.find((g) => namesDay(g) && g.value.slice(0, 10) <= last);
  return f ? { value: f.value, sentence, rule: f.rule, saying: isSayingDay(f, text), mod: f.mod } : null;
}
