// Holidays, weekends, nights and years named in words: "Thanksgiving Day", "Christmas",
// "over the weekend", "last night", "nineteen ninety-six", "the year two thousand",
// and years told by reference to another ("the following year", "later that year").

import { cardinalValue } from '../../../lexicon/numbers.js';
import { HOLIDAYS, MONTHS, SEASONS } from '../../../lexicon/time.js';
import { addDays, formatDay, formatMonth, formatWeek, weekday, type Ymd } from '../calendar.js';
import { MONTH_FULL, SEASON, alternation } from '../patterns.js';
import type { DateRule, Env } from '../types.js';

/** Thanksgiving (US): the fourth Thursday of November; Election Day: the Tuesday after Nov. 1's Monday. */
function floatingHoliday(name: string, year: number): Ymd | null {
  const nov1 = { year, month: 11, day: 1 };
  if (name === 'thanksgiving' || name === 'thanksgiving day') {
    const firstThursday = 1 + ((4 - weekday(nov1) + 7) % 7);
    return { year, month: 11, day: firstThursday + 21 };
  }
  if (name === 'election day') {
    const firstMonday = 1 + ((1 - weekday(nov1) + 7) % 7);
    return { year, month: 11, day: firstMonday + 1 };
  }
  return null;
}

function holidayDate(name: string, year: number): Ymd | null {
  const fixed = HOLIDAYS.get(name);
  if (fixed) return { year, month: Number(fixed.slice(0, 2)), day: Number(fixed.slice(3)) };
  return floatingHoliday(name, year);
}

const HOLIDAY_NAMES = [...HOLIDAYS.keys(), 'thanksgiving day', 'thanksgiving', 'election day'];

/** "Thanksgiving Day", "last Christmas", "New Year's Eve": the nearest past one unless future tense. */
const holiday: DateRule = {
  id: 'dates/holiday',
  pattern: new RegExp(`(?<![\\p{L}])(?:(?<rel>last|next|this)\\s{1,4})?(?<name>${alternation(HOLIDAY_NAMES).replace(/'/g, "['’]")})(?![\\p{L}])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.name!)) return null;
    const name = g.name!.toLowerCase().replace('’', "'");
    if (!env.ref) {
      const fixed = HOLIDAYS.get(name);
      return { type: 'DATE', value: fixed ? `XXXX-${fixed}` : 'XXXX-XX-XX', relative: true };
    }
    const ref = env.ref;
    const thisYear = holidayDate(name, ref.year)!;
    const passed = formatDay(thisYear) <= formatDay(ref);
    const rel = g.rel?.toLowerCase();
    const tense = env.tense(at, at + m[0].length);
    let year = ref.year;
    if (rel === 'last' || (!rel && tense !== 'future')) year = passed ? ref.year : ref.year - 1;
    else if (rel === 'next' || tense === 'future') year = passed ? ref.year + 1 : ref.year;
    return { type: 'DATE', value: formatDay(holidayDate(name, year)!), relative: true };
  },
};

/** "over the weekend" (the last one in a past sentence), "this weekend", "the weekend". */
const weekend: DateRule = {
  id: 'dates/weekend',
  pattern: /(?<![\p{L}])the\s{1,4}weekend(?![\p{L}])/giu,
  build(m, env, at) {
    if (!env.ref) return { type: 'DATE', value: 'XXXX-WXX-WE', relative: true };
    const future = env.tense(at, at + m[0].length) === 'future';
    const day = weekday(env.ref);
    // Saturday and Sunday are in the weekend already; otherwise the previous (or coming) one
    const shift = day >= 6 ? 0 : future ? 0 : -7;
    return { type: 'DATE', value: `${formatWeek(addDays(env.ref, shift))}-WE`, relative: true };
  },
};

/** "last night" → the evening before the reference day; "overnight". */
const lastNight: DateRule = {
  id: 'dates/last-night',
  pattern: /(?<![\p{L}])(?:last\s{1,4}night|overnight)(?![\p{L}])/giu,
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
  pattern: new RegExp(
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

/** Years told by reference to the last year named: "the following year", "later that year". */
const anaphoricYear: DateRule = {
  id: 'dates/anaphoric-year',
  pattern: /(?<![\p{L}])(?:(?<pos>later|earlier)\s{1,4})?(?:the\s{1,4}(?<rel>following|previous|next|same|prior)\s{1,4}year|that\s{1,4}(?:same\s{1,4})?year)(?![\p{L}])/giu,
  build(m, env: Env) {
    const rel = m.groups!.rel?.toLowerCase();
    const shift = rel === 'following' || rel === 'next' ? 1 : rel === 'previous' || rel === 'prior' ? -1 : 0;
    const base = env.ref?.year;
    const value = base === undefined ? 'XXXX' : String(base + shift);
    return { type: 'DATE', value, relative: true, anchor: shift === 1 ? 'year-next' : shift === -1 ? 'year-prev' : 'year-same' };
  },
};

export const NAMED_DAY_RULES: readonly DateRule[] = [holiday, weekend, lastNight, spokenYear, anaphoricYear];
