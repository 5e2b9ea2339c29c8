// Holidays, weekends, nights and years named in words: "Thanksgiving Day", "Christmas",
// "over the weekend", "last night", "nineteen ninety-six", "the year two thousand",
// and years told by reference to another ("the following year", "later that year").

import { cardinalValue } from '../../../lexicon/numbers.js';
import { DAY_PARTS, DAY_PARTS_PLURAL, EASTER_DAYS, FLOATING_HOLIDAYS, HOLIDAYS, HOLIDAY_OBJECTS, MONTHS, SEASONS, WEEKDAYS } from '../../../lexicon/time.js';
import { addDays, daysInMonth, formatDay, formatMonth, formatWeek, weekday, weekendOf, type Ymd } from '../calendar.js';
import { MONTH_FULL, SEASON, WEEKDAY, alternation } from '../patterns.js';
import { yearForMonth } from '../resolve.js';
import type { DateRule, Env } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth `day` (ISO weekday) of a month; nth -1 is the last. */
function nthWeekday(year: number, month: number, day: number, nth: number): Ymd {
  if (nth < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekday(last) - day + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (nth - 1));
}

/** Holidays on a weekday of a month ("Labor Day", "Thanksgiving"), Easter's, and Election Day: the Tuesday after Nov. 1's Monday. */
function floatingHoliday(name: string, year: number): Ymd | null {
  const rule = FLOATING_HOLIDAYS.get(name);
  if (rule) return nthWeekday(year, rule.month, rule.weekday, rule.nth);
  const fromEaster = EASTER_DAYS.get(name);
  if (fromEaster !== undefined) return addDays(easterSunday(year), fromEaster);
  if (name === 'election day') return addDays(nthWeekday(year, 11, 1, 1), 1);
  // the shopping days after Thanksgiving
  if (name === 'black friday') return addDays(nthWeekday(year, 11, 4, 4), 1);
  if (name === 'cyber monday') return addDays(nthWeekday(year, 11, 4, 4), 4);
  return null;
}

function holidayDate(name: string, year: number): Ymd | null {
  const fixed = HOLIDAYS.get(name);
  if (fixed) return { year, month: Number(fixed.slice(0, 2)), day: Number(fixed.slice(3)) };
  return floatingHoliday(name, year);
}

const OBJECT_AFTER = /^\s{1,4}(\p{L}+)/u;

const LEADING_UP = onCopy(/(?:ahead\s{1,4}of|(?:run|lead|build)-up\s{1,4}to|in\s{1,4}time\s{1,4}for)\s{1,4}$/iu);

/** Days from `a` to `b`. */
function daysBetween(a: Ymd, b: Ymd): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** Holidays whose name says "holiday" by itself ("Christmas", "Easter", "Thanksgiving"). */
export const HOLIDAY_NAMES = [...HOLIDAYS.keys(), ...EASTER_DAYS.keys(), 'thanksgiving', 'thanksgiving day', 'election day', 'black friday', 'cyber monday'];
/** "Labor Day", "Mother's Day": a common word and "Day" (their own rule, so "labor" alone runs no pattern). */
export const DAY_HOLIDAY_NAMES = [...FLOATING_HOLIDAYS.keys()].filter((k) => !HOLIDAY_NAMES.includes(k));

/** "Thanksgiving Day", "last Christmas", "New Year's Eve", "Labor Day", "Easter": the nearest past one unless future tense; "Memorial Day last year", "Christmas 1998": that year's. */
const holiday = (id: string, names: readonly string[]): DateRule => ({
  id,
  pattern: datePattern(
    `(?<![\\p{L}])(?:(?<rel>last|next|this)\\s{1,4})?(?<name>${alternation(names).replace(/'/g, "['’]")})(?![\\p{L}])(?<week>\\s{1,4}week(?<end>end)?(?![\\p{L}]))?(?:,?\\s{1,4}(?:(?<year>1\\d{3}|20\\d{2})(?!\\d)|(?<yrel>last|this|next)\\s{1,4}year(?![\\p{L}])))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.name!)) return null;
    // "retaliated against Christmas trees", "Easter Island": a thing or place named after the holiday
    if (!g.year && !g.yrel && !g.week) {
      const next = OBJECT_AFTER.exec(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 16)));
      if (next && HOLIDAY_OBJECTS.has(next[1]!.toLowerCase())) return null;
    }
    const name = g.name!.toLowerCase().replace('’', "'");
    // "Christmas 1998", "Memorial Day last year": the year is given
    if (g.year || (g.yrel && env.ref)) {
      const shift = g.yrel ? (g.yrel.toLowerCase() === 'last' ? -1 : g.yrel.toLowerCase() === 'next' ? 1 : 0) : 0;
      const date = holidayDate(name, g.year ? Number(g.year) : env.ref!.year + shift);
      return date ? { type: 'DATE', value: g.end ? weekendOf(date) : g.week ? formatWeek(date) : formatDay(date), relative: !g.year } : null;
    }
    if (!env.ref) {
      const fixed = HOLIDAYS.get(name);
      return { type: 'DATE', value: g.end ? 'XXXX-WXX-WE' : g.week ? 'XXXX-WXX' : fixed ? `XXXX-${fixed}` : 'XXXX-XX-XX', relative: true };
    }
    const ref = env.ref;
    const thisYear = holidayDate(name, ref.year)!;
    const passed = formatDay(thisYear) <= formatDay(ref);
    const rel = g.rel?.toLowerCase();
    // "threatening to disrupt travel in the run-up to Christmas", "ahead of Easter": the occasion a time
    // leads up to is the nearer one, as if told in the present (a probe of my own: last Christmas in November)
    const tense = LEADING_UP.test(env.text.slice(Math.max(env.sentence.start, at - 16), at)) ? 'present' : env.tense(at, at + m[0].length);
    let year = ref.year;
    // within a week of this year's, this year's whatever the tense ("as Easter week began")
    const near = !rel && Math.abs(Date.UTC(thisYear.year, thisYear.month - 1, thisYear.day) - Date.UTC(ref.year, ref.month - 1, ref.day)) <= 7 * 86_400_000;
    if (near) year = ref.year;
    // "Voters go to the polls on Election Day", said in September: told in the present, the nearer
    // one, a coming one at twice its distance (as a day and month without a year, ../resolve.ts)
    else if (!rel && tense === 'present' && !passed && 2 * daysBetween(ref, thisYear) + 10 < daysBetween(holidayDate(name, ref.year - 1)!, ref)) year = ref.year;
    else if (rel === 'last' || (!rel && tense !== 'future')) year = passed ? ref.year : ref.year - 1;
    else if (rel === 'next' || tense === 'future') year = passed ? ref.year + 1 : ref.year;
    const date = holidayDate(name, year)!;
    // "Easter week": the week that holds the day
    return { type: 'DATE', value: g.end ? weekendOf(date) : g.week ? formatWeek(date) : formatDay(date), relative: true };
  },
});

/** "over the weekend" (the last one in a past sentence), "this weekend", "the weekend". */
const weekend: DateRule = {
  id: 'dates/weekend',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}weekend(?![\p{L}])`, 'giu'),
  build(m, env, at) {
    if (!env.ref) return { type: 'DATE', value: 'XXXX-WXX-WE', relative: true };
    const future = env.tense(at, at + m[0].length) === 'future';
    const day = weekday(env.ref);
    // Saturday and Sunday are in the weekend already; otherwise the previous (or coming) one
    const shift = day >= 6 ? 0 : future ? 0 : -7;
    return { type: 'DATE', value: `${formatWeek(addDays(env.ref, shift))}-WE`, relative: true };
  },
};

/**
 * "closed on weekends", "works nights and weekends": every weekend, as "on Sundays" is every Sunday (SET XXXX-WXX-WE).
 * A part of the day in the plural is every such part beside "weekends" or after "in the" ("open
 * evenings and weekends", "quieter in the mornings" → XXXX-XX-XXTEV, …TMO); not "two nights", "sleepless nights".
 */
const PARTS = DAY_PARTS_PLURAL.join('|');
const weekends: DateRule = {
  id: 'dates/weekends',
  pattern: datePattern(String.raw`(?<![\p{L}])(?:weekends|(?<=(?<![\p{L}])in\s{1,4}the\s{1,4})(?<p1>${PARTS})|(?<p2>${PARTS})(?=\s{1,4}(?:and|or)\s{1,4}weekends(?![\p{L}]))|(?<=weekends\s{1,4}(?:and|or)\s{1,4})(?<p3>${PARTS}))(?![\p{L}'’-])`, 'giu'),
  build(m) {
    const part = m.groups!.p1 ?? m.groups!.p2 ?? m.groups!.p3;
    if (part) return { type: 'SET', value: `XXXX-XX-XXT${DAY_PARTS.get(part.toLowerCase().slice(0, -1))!}` };
    return { type: 'SET', value: 'XXXX-WXX-WE' };
  },
};

/** "last night" → the evening before the reference day; "overnight". */
const lastNight: DateRule = {
  id: 'dates/last-night',
  pattern: datePattern(String.raw`(?<![\p{L}])(?:last\s{1,4}night|overnight)(?![\p{L}])`, 'giu'),
  build(m, env) {
    const base = env.ref ? formatDay(addDays(env.ref, -1)) : 'XXXX-XX-XX';
    return { type: 'TIME', value: `${base}TNI`, relative: true };
  },
};

const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

function spokenTwoDigits(words: string): number | null {
  return cardinalValue(words.toLowerCase().replace(/\s{1,4}/g, '-')) ?? null;
}

/** "nineteen ninety-six" → 1996, "the year two thousand" → 2000, "two thousand and eight" → 2008, "January nineteen ninety-seven" → 1997-01. */
const spokenYear: DateRule = {
  id: 'dates/spoken-year',
  pattern: datePattern(
    `(?<![\\p{L}-])(?:the\\s{1,4}year\\s{1,4}|(?<mon>${MONTH_FULL})\\s{1,4}|(?:the\\s{1,4})?(?<season>${SEASON})\\s{1,4}of\\s{1,4})?(?:(?<century>nineteen|eighteen)\\s{1,4}(?<rest>(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s{1,4}thousand(?:\\s{1,4}(?:and\\s{1,4})?(?<after>${UNIT_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:${UNIT_WORDS}))?))?)(?![\\p{L}-])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!g.century && !/^the\s{1,4}year/i.test(m[0]) && !g.after && !g.mon && !g.season) {
      // bare "two thousand" is usually a number; a year only after "in", "since", "by"
      if (!/\b(?:in|since|by|until|of)\s{1,4}$/i.test(env.text.slice(Math.max(0, at - 7), at))) return null;
    }
    let year: number | null;
    if (g.century) {
      const rest = spokenTwoDigits(g.rest!);
      year = rest === null ? null : (g.century.toLowerCase() === 'nineteen' ? 1900 : 1800) + rest;
    } else year = 2000 + (g.after ? spokenTwoDigits(g.after) ?? 0 : 0);
    if (!year) return null;
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    if (g.mon && /^\p{Lu}/u.test(g.mon)) return { type: 'DATE', value: formatMonth(year, MONTHS.get(g.mon.toLowerCase())!) };
    if (g.season) return { type: 'DATE', value: `${year}-${SEASONS.get(g.season.toLowerCase())!.code}` };
    return { type: 'DATE', value: String(year), from: g.mon ? g.mon.length + m[0].slice(g.mon.length).search(/\S/) : undefined };
  },
};

// "than the year before.": the phrase ends its clause (a sentence's end, punctuation)
const YEAR_CLAUSE_END = /^\s{0,4}(?:[.,;:!?)"”'’]|$)/u;

/**
 * Years told by reference to the last year named: "the following year", "later that year"; "the
 * year before" and "the year after" where they end their clause ("8% fewer in 2025 than the year
 * before." → 2024, BLIND10 match-fixing; "the year before the war" counts from an event).
 */
const anaphoricYear: DateRule = {
  id: 'dates/anaphoric-year',
  pattern: datePattern(String.raw`(?<![\p{L}])(?:(?<pos>later|earlier)\s{1,4})?(?:the\s{1,4}(?<rel>following|previous|next|same|prior)\s{1,4}year|that\s{1,4}(?:same\s{1,4})?year|the\s{1,4}year\s{1,4}(?<dir>before|after))(?![\p{L}])`, 'giu'),
  build(m, env: Env, at) {
    const g = m.groups!;
    if (g.dir && !YEAR_CLAUSE_END.test(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 4)))) return null;
    const rel = (g.rel ?? g.dir)?.toLowerCase();
    const shift = rel === 'following' || rel === 'next' || rel === 'after' ? 1 : rel === 'previous' || rel === 'prior' || rel === 'before' ? -1 : 0;
    const base = env.ref?.year;
    const value = base === undefined ? 'XXXX' : String(base + shift);
    return { type: 'DATE', value, relative: true, anchor: shift === 1 ? 'year-next' : shift === -1 ? 'year-prev' : 'year-same' };
  },
};

const NTH: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['last', -1], ['final', -1],
  ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4], ['5th', 5],
]);

/** "the first Sunday of December", "the last Friday in June 2024": that weekday of that month. */
const nthWeekdayOfMonth: DateRule = {
  id: 'dates/nth-weekday',
  pattern: datePattern(
    `(?<![\\p{L}])(?:the\\s{1,4})?(?<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s{1,4}(?<wd>${WEEKDAY})\\s{1,4}(?:of|in)\\s{1,4}(?<mon>${MONTH_FULL})(?:,?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.wd!) || !/^\p{Lu}/u.test(g.mon!)) return null;
    const month = MONTHS.get(g.mon!.toLowerCase())!;
    const year = g.year ? Number(g.year) : env.ref ? yearForMonth(env.ref, month, env.tense(at, at + m[0].length)) : null;
    const nth = NTH.get(g.nth!.toLowerCase())!;
    if (year === null) return { type: 'DATE', value: formatMonth(0, month).replace(/^0000/, 'XXXX'), relative: true };
    const day = nthWeekday(year, month, WEEKDAYS.get(g.wd!.toLowerCase())!, nth);
    // "the fifth Monday of June" when June has four
    if (day.month !== month) return null;
    return { type: 'DATE', value: formatDay(day), relative: !g.year };
  },
};

export const NAMED_DAY_RULES: readonly DateRule[] = [
  holiday('dates/holiday', HOLIDAY_NAMES), holiday('dates/day-holiday', DAY_HOLIDAY_NAMES), weekend, weekends, lastNight, spokenYear, anaphoricYear, nthWeekdayOfMonth,
];
