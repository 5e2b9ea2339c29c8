// Explicit calendar dates: "Oct. 28, 2025", "Friday, Oct. 23", "5 May 2024",
// "March 1996", "January this year", "2025-10-28", "10/28/2025".

import { MONTHS, WEEKDAYS } from '../../../lexicon/time.js';
import { formatDay, formatMonth, formatWeek, isValidDay, parseYmd } from '../calendar.js';
import { MONTH, WEEKDAY } from '../patterns.js';
import { resolveMonthDay } from '../resolve.js';
import type { Built, DateRule, Env } from '../types.js';
import { datePattern } from '../latin1.js';
import { SPOKEN_DAY_RULES } from './spoken-days.js';

const capitalised = (s: string | undefined): boolean => !!s && /^\p{Lu}/u.test(s);
const monthOf = (s: string): number => MONTHS.get(s.toLowerCase())!;

function dayValue(env: Env, month: number, day: number, year: string | undefined, at: number, end: number): Built | null {
  if (year) {
    const y = Number(year);
    if (!isValidDay(y, month, day)) return null;
    return { type: 'DATE', value: formatDay({ year: y, month, day }) };
  }
  const value = resolveMonthDay(env.ref, month, day, env.tense(at, end));
  return value ? { type: 'DATE', value, relative: true } : null;
}

/** "14 March last year", "June 2 this year": the year counted from the reference date, one expression. */
const REL_YEAR = String.raw`\s{1,4}(?<rel>this|last|next)\s{1,4}year(?![\p{L}])`;

/** A day in the year "this/last/next year" names ("on the evening of 14 March last year": BLIND9 scooter-inquest). */
function relYearDay(env: Env, month: number, day: number, rel: string): Built | null {
  if (day < 1 || day > 31) return null;
  if (!env.ref) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, relative: true };
  const year = env.ref.year + (rel.toLowerCase() === 'last' ? -1 : rel.toLowerCase() === 'next' ? 1 : 0);
  return isValidDay(year, month, day) ? { type: 'DATE', value: formatDay({ year, month, day }), relative: true } : null;
}

/** "Friday, Oct. 23", "October 19", "Oct. 28, 2025", "March 22 (Reuters)". */
const monthDay: DateRule = {
  id: 'dates/month-day',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?:(?<wd>${WEEKDAY}),?\\s{1,4})?(?<mon>${MONTH})\\s?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.,:]\\d|\\p{L})(?:,?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?!\\d)|${REL_YEAR})?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!capitalised(g.mon) || (g.wd && !capitalised(g.wd))) return null;
    if (g.rel) return relYearDay(env, monthOf(g.mon!), Number(g.day), g.rel);
    const day = Number(g.day);
    if (day < 1 || day > 31) return null;
    // "March 3 to 5, 2024": the year after the range is the first day's too
    const year = g.year ?? RANGE_YEAR.exec(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 24)))?.[1];
    return dayValue(env, monthOf(g.mon!), day, year, at, at + m[0].length);
  },
};

const RANGE_YEAR = /^(?:\s{0,4}[-\x96]\s{0,4}|\s{1,4}(?:to|and|through|until|or)\s{1,4})\d{1,2}(?:st|nd|rd|th)?,?\s{1,4}(1\d{3}|20\d{2})(?!\d)/i;

/** A range's dash, spaces around it or not. */
const DASH = /^\s{0,4}[-\x96]\s{0,4}$/;

/**
 * The second day of a pair or range in words: "April 24 and 25", "March 3 to 5, 2024" → 25, 5,
 * each its own date in the first day's month (the first day is month-day's; TimeBank tags two).
 * A dashed range, "Oct. 5-7", is one date: the first day's.
 */
const dayRange: DateRule = {
  id: 'dates/day-range',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?<mon>${MONTH})\\s?(?<first>\\d{1,2})(?:st|nd|rd|th)?(?<join>\\s{0,4}[-\\x96]\\s{0,4}|\\s{1,4}(?:to|and|through|until|or)\\s{1,4})(?<day>\\d{1,2})(?<th>st|nd|rd|th)?(?!\\d|[.,:]\\d|\\p{L})(?:,?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const day = Number(g.day);
    if (!capitalised(g.mon) || day > 31 || day <= Number(g.first)) return null;
    // "The summit is scheduled for Nov. 24-25": a dashed range is one expression, dated by its first day (BLIND9 expulsion-row)
    if (DASH.test(g.join!)) return dayValue(env, monthOf(g.mon!), Number(g.first), g.year, at, at + m[0].length);
    const from = m[0].indexOf(g.join!, g.mon!.length) + g.join!.length;
    const built = dayValue(env, monthOf(g.mon!), day, g.year, at, at + m[0].length);
    // "5, 2024" keeps its year in the span, as "Oct. 28, 2025" does
    return built ? { ...built, from, to: g.year ? undefined : from + g.day!.length + (g.th?.length ?? 0) } : null;
  },
};

/** "5 May 2024", "the 3rd of March", "Saturday 25 October" (one date, as "Saturday, Oct. 25"). */
const dayMonth: DateRule = {
  id: 'dates/day-month',
  pattern: datePattern(
    `(?<![\\p{L}\\d.,$])(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s{1,4}(?:of\\s{1,4})?(?<mon>${MONTH})(?:,?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?!\\d)|${REL_YEAR})?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!capitalised(g.mon)) return null;
    const day = Number(g.day);
    if (day < 1 || day > 31) return null;
    if (g.rel) return relYearDay(env, monthOf(g.mon!), day, g.rel);
    // the weekday is read in code, not matched: an alternation at the pattern's start slows its scan
    const wd = WEEKDAY_BEFORE.exec(env.text.slice(Math.max(env.sentence.start, at - 14), at));
    const from = wd && WEEKDAYS.has(wd[1]!.toLowerCase()) ? -wd[0].length : 0;
    const built = dayValue(env, monthOf(g.mon!), day, g.year, at + from, at + m[0].length);
    return built && from ? { ...built, from } : built;
  },
};

/** A capitalised word of a weekday's length, a comma or none, spaces: "Saturday 25 October", "Saturday, 25 October". */
const WEEKDAY_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{5,8}),?\s{1,4}$/u;

/**
 * The first day of a pair or range written day first: "from 4 to 6 November 2025" → 4 (in that
 * month and year); the second day is day-month's, as "March 3 to 5" gives two dates. A dashed
 * range, "on 4-5 November", is one date, as "Nov. 4-5" is.
 */
const dayRangeFirst: DateRule = {
  id: 'dates/day-range-first',
  pattern: datePattern(
    `(?<![\\p{L}\\d.,$])(?<first>\\d{1,2})(?:st|nd|rd|th)?(?<join>\\s{0,4}[-\\x96]\\s{0,4}|\\s{1,4}(?:to|and|until|or)\\s{1,4})(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s{1,4}(?:of\\s{1,4})?(?<mon>${MONTH})(?:,?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const first = Number(g.first);
    if (!capitalised(g.mon) || first < 1 || Number(g.day) <= first || Number(g.day) > 31) return null;
    const built = dayValue(env, monthOf(g.mon!), first, g.year, at, at + m[0].length);
    // "on 4-5 November": one date, as "Nov. 4-5"
    if (DASH.test(g.join!)) return built;
    return built ? { ...built, to: g.first!.length } : null;
  },
};

/** "March 1996", "August, 1988", "January this year", "June last year". */
const monthYear: DateRule = {
  id: 'dates/month-year',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?<mon>${MONTH}),?\\s{1,4}(?:(?<year>1\\d{3}|20\\d{2})(?!\\d)|(?<rel>this|last|next)\\s{1,4}year(?![\\p{L}]))`,
    'giu',
  ),
  build(m, env) {
    const g = m.groups!;
    if (!capitalised(g.mon)) return null;
    const month = monthOf(g.mon!);
    if (g.year) return { type: 'DATE', value: formatMonth(Number(g.year), month) };
    if (!env.ref) return { type: 'DATE', value: formatMonth(0, month).replace('0000', 'XXXX'), relative: true };
    const shift = g.rel!.toLowerCase() === 'last' ? -1 : g.rel!.toLowerCase() === 'next' ? 1 : 0;
    return { type: 'DATE', value: formatMonth(env.ref.year + shift, month), relative: true };
  },
};

/**
 * "the week of March 6" → the ISO week that holds March 6 (2000-W10); "the weekend of March 7-8"
 * → that week's weekend (2026-W10-WE), one expression with its range.
 */
const weekOf: DateRule = {
  id: 'dates/week-of',
  pattern: datePattern(
    `(?<![\\p{L}])the\\s{1,4}week(?<we>end)?\\s{1,4}of\\s{1,4}(?<mon>${MONTH})\\s?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.,:]\\d|\\p{L})(?:\\s{0,2}[-\\x96]\\s{0,2}\\d{1,2}(?![\\d\\p{L}]))?(?:,?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const day = Number(g.day);
    if (!capitalised(g.mon) || day < 1 || day > 31) return null;
    const built = dayValue(env, monthOf(g.mon!), day, g.year, at, at + m[0].length);
    if (!built) return null;
    const date = parseYmd(built.value);
    return { ...built, value: (date ? formatWeek(date) : 'XXXX-WXX') + (g.we ? '-WE' : '') };
  },
};

/** "2025-10-28" (ISO) and "10/28/2025" (US order unless the first number cannot be a month). */
const numericDate: DateRule = {
  id: 'dates/numeric',
  pattern: datePattern(String.raw`(?<![\d/.-])(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4}))(?![\d/]|[.-]\d)`, 'g'),
  build(m) {
    const g = m.groups!;
    let year: number;
    let month: number;
    let day: number;
    if (g.iy) [year, month, day] = [Number(g.iy), Number(g.im), Number(g.id)];
    else {
      const [a, b] = [Number(g.a), Number(g.b)];
      [year, month, day] = a > 12 ? [Number(g.y), b, a] : [Number(g.y), a, b];
    }
    if (!isValidDay(year, month, day)) return null;
    return { type: 'DATE', value: formatDay({ year, month, day }) };
  },
};

export const CALENDAR_DATE_RULES: readonly DateRule[] = [monthDay, dayRange, dayMonth, dayRangeFirst, monthYear, numericDate, weekOf, ...SPOKEN_DAY_RULES];
