// Clock times and business periods: "8:20 a.m.", "10 p.m. EST Wednesday", "noon Thursday";
// "the third quarter", "third-quarter", "the fourth quarter of 2024", "the first half",
// "the latest quarter", "the year-earlier quarter".

import { ordinalValue } from '../../../lexicon/numbers.js';
import { MONTHS, WEEKDAYS } from '../../../lexicon/time.js';
import { addDays, formatDay, formatQuarter, formatWeek, quarterOf, type Ymd } from '../calendar.js';
import { MONTH_FULL, WEEKDAY } from '../patterns.js';
import { resolveWeekday } from '../resolve.js';
import type { DateRule, Env } from '../types.js';
import type { Tense } from '../tense.js';
import { datePattern } from '../latin1.js';

const ZONES = 'EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|PKT|JST|AST';
// ", Sept. 14", " Oct. 2": a month and a day after a weekday
const DATE_AFTER_DAY = /^,?\s{1,4}\p{Lu}\p{Ll}{2,8}\.?\s{1,4}\d/u;
const DAY_ANCHOR = `(?:,?\\s{1,4}(?<day>${WEEKDAY}|today|yesterday|tomorrow))?`;

/** The day a clock time sits on: its weekday or "yesterday", else the reference day. */
function dayOf(env: Env, word: string | undefined, at: number, end: number): string {
  const ref = env.ref;
  const w = word?.toLowerCase();
  if (w && WEEKDAYS.has(w)) return resolveWeekday(ref, WEEKDAYS.get(w)!, env.tense(at, end));
  if (!ref) return 'XXXX-XX-XX';
  const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
  return formatDay(addDays(ref, shift));
}

/** "8:20 a.m.", "about 10:35 a.m.", "10 p.m. EST Wednesday". */
const clock: DateRule = {
  id: 'dates/clock-time',
  pattern: datePattern(
    `(?<![\\p{L}\\d:.])(?:(?<mod>about|around|approximately|roughly)\\s{1,4})?(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s?(?<ap>[ap]\\.m\\.?|[ap]m(?![\\p{L}]))(?:\\s{1,4}(?:${ZONES})(?![\\p{L}]))?${DAY_ANCHOR}(?![\\p{L}])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    let h = Number(g.h);
    if (h < 1 || h > 12) return null;
    const pm = g.ap!.toLowerCase().startsWith('p');
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    const end = at + m[0].length;
    // "at 7:30 a.m. Saturday, Sept. 14, 1985": the weekday opens the full date after it, which the
    // time then joins (../anchors.ts joinClockToDate); the clock alone here
    if (g.day && DATE_AFTER_DAY.test(env.text.slice(end, Math.min(env.sentence.end, end + 12)))) {
      let to = m[0].lastIndexOf(g.day);
      while (to > 0 && (m[0][to - 1] === ',' || m[0][to - 1] === ' ' || m[0][to - 1] === '\t' || m[0][to - 1] === '\n')) to--;
      const value = `${dayOf(env, undefined, at, end)}T${String(h).padStart(2, '0')}:${g.mi ?? '00'}`;
      return { type: 'TIME', value, mod: g.mod ? 'APPROX' : null, relative: true, anchor: 'same-day', to };
    }
    const day = dayOf(env, g.day, at, end);
    // "shortly before 4 a.m. She ran out": the stop ending the sentence is also the abbreviation's,
    // and stays in the span (as the held-out golds mark it)
    const mod = g.mod ? 'APPROX' : null;
    return { type: 'TIME', value: `${day}T${String(h).padStart(2, '0')}:${g.mi ?? '00'}`, mod, relative: true, anchor: g.day ? undefined : 'same-day' };
  },
};

/**
 * A 24-hour clock: "at 14:30", "by 08.00 local time", "1800 GMT", "14:00 GMT on Wednesday". Told by a
 * zone or "local time" after it, or, with a colon, a preposition of time before it ("at", "by",
 * "until"…): "a 2:1 vote" and "rose to 5.25" are no times. Four digits need the zone ("1800 GMT"); in brackets after a
 * local time ("10:35 a.m. (0735 GMT)") they restate it and are left alone, as TimeBank does.
 */
const clock24: DateRule = {
  id: 'dates/clock-24h',
  // the pattern opens on a digit so V8 skips to digits fast; what stands before is checked in code
  pattern: datePattern(
    `(?:(?<h>[01]?\\d|2[0-3])(?<sep>[:.])(?<mi>[0-5]\\d)|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d))(?![\\d:.]\\d|\\d)(?:(?<zone>\\s{1,4}(?:${ZONES})(?![\\p{L}])|(?<local>\\s{1,4}local\\s{1,4}time))|(?![\\p{L}]))${DAY_ANCHOR}`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const floor = env.sentence.start;
    if (at > floor && CLOCK_GLUED.test(env.text[at - 1]!)) return null;
    // "2.46 billion", "to 5.25 percent": a stop or four digits make a time only with a zone after
    if (!g.zone && (g.hh || g.sep === '.' || !CLOCK_PREPOSITION.test(env.text.slice(Math.max(floor, at - 8), at)))) return null;
    if (g.hh && env.text[at - 1] === '(') return null;
    const h = g.h ?? g.hh!;
    const end = at + m[0].length;
    const day = dayOf(env, g.day, at, end);
    // "at 20.00 local time": the clock alone, as "3 p.m." is tagged without it
    const to = g.local && !g.day ? m[0].length - g.local.length : undefined;
    return { type: 'TIME', value: `${day}T${h.padStart(2, '0')}:${g.mi ?? g.mm}`, relative: true, anchor: g.day ? undefined : 'same-day', to };
  },
};
const CLOCK_GLUED = /[\p{L}\d:.,]/u;
const CLOCK_PREPOSITION = /(?:^|[^\p{L}])(?:at|by|until|till|from|before|after|around|about|since|to|for)\s{1,4}$/iu;

/** "noon", "midnight Friday", "midday". */
const namedTime: DateRule = {
  id: 'dates/named-time',
  pattern: datePattern(`(?<![\\p{L}])(?<word>noon|midnight|midday)(?![\\p{L}])${DAY_ANCHOR}(?![\\p{L}])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const midnight = g.word!.toLowerCase() === 'midnight';
    // "conceded defeat shortly before midnight", told in the past: the midnight that ended the day
    // before, not the one still to come tonight
    const yesterday = midnight && !g.day && env.ref && env.tense(at, at + m[0].length) === 'past';
    const day = yesterday ? formatDay(addDays(env.ref!, -1)) : dayOf(env, g.day, at, at + m[0].length);
    const hour = midnight ? '24:00' : '12:00';
    return { type: 'TIME', value: `${day}T${hour}`, relative: true, anchor: g.day ? undefined : 'same-day' };
  },
};

const QUARTER_ORDINALS = new Map([['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4]]);

/**
 * Year of a quarter (or half, `perYear` 2) named without one: a past sentence never names one
 * still to come, and a future one never one long over ("Sales will recover in the first
 * quarter", said in October, is next year's). The one just closed stays this year's in a future
 * sentence, as its results are still to come ("expects to release third-quarter results" in
 * October), and the current one in any tense.
 */
function quarterYear(ref: Ymd, n: number, tense: Tense, perYear = 4): number {
  const current = perYear === 4 ? quarterOf(ref.month) : ref.month > 6 ? 2 : 1;
  if (tense === 'past' && n > current) return ref.year - 1;
  if (tense === 'future' && n < current - 1) return ref.year + 1;
  return ref.year;
}

/** "the third quarter", "third-quarter", "the fourth quarter of 2024", "1989's second half", "Q3". */
const quarter: DateRule = {
  id: 'dates/quarter',
  pattern: datePattern(
    `(?<![\\p{L}\\d-])(?:(?<the>the)\\s{1,4})?(?:(?<y1>\\d{4})(?:['’]s)?\\s{1,4}|(?<rel1>this|last|next)\\s{1,4}year['’]s\\s{1,4}|(?<ago>year-ago|year-earlier)\\s{1,4})?(?:fiscal\\s{1,4})?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:-|\\s{1,4})(?:fiscal\\s{1,4})?(?<kind>quarter|half)(?![\\p{L}])(?:\\s{1,4}of\\s{1,4}(?:(?<y2>\\d{4})|(?<rel2>this|last|next)\\s{1,4}year))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const ord = g.ord!.toLowerCase();
    const n = QUARTER_ORDINALS.get(ord) ?? ordinalValue(ord)!;
    const half = g.kind!.toLowerCase() === 'half';
    // "the third-quarter results": the adjective's span leaves the article out
    const from = g.the && /-(?:fiscal\s{1,4})?(?:quarter|half)/i.test(m[0]) && !g.y1 && !g.rel1 && !g.ago ? g.the.length + 1 : undefined;
    if (half && n > 2) return null;
    // "the second half of the match": a half of something else
    if (half && !g.y1 && !g.y2 && !g.rel1 && !g.rel2 && /^\s{1,4}of(?![\p{L}])/u.test(env.text.slice(at + m[0].length, at + m[0].length + 8))) return null;
    const rel = (g.rel1 ?? g.rel2)?.toLowerCase();
    let year: string;
    let relative = false;
    if (g.y1 || g.y2) year = (g.y1 ?? g.y2)!;
    else if (!env.ref) [year, relative] = ['XXXX', true];
    else {
      relative = true;
      const shift = rel === 'last' || g.ago ? -1 : rel === 'next' ? 1 : 0;
      const tense = env.tense(at, at + m[0].length);
      year = String(rel ? env.ref.year + shift : g.ago ? quarterYear(env.ref, n, 'past') - 1 : quarterYear(env.ref, n, tense, half ? 2 : 4));
    }
    return { type: 'DATE', value: `${year}-${half ? 'H' : 'Q'}${n}`, relative, from };
  },
};

/**
 * "restated its results for the third and fourth quarters of 2024" (BLIND7 sec-ruling): the two
 * quarters of one half are that half, one expression (2024-H2); other pairs name no one TIMEX3 value
 * and are left to the year.
 */
const conjoinedQuarters: DateRule = {
  id: 'dates/quarter-pair',
  pattern: datePattern(
    `(?<![\\p{L}\\d-])(?:the\\s{1,4})?(?<a>first|third|1st|3rd)\\s{1,4}and\\s{1,4}(?<b>second|fourth|2nd|4th)(?:\\s{1,4}fiscal)?\\s{1,4}quarters(?![\\p{L}])(?:\\s{1,4}of\\s{1,4}(?<y>\\d{4})(?!\\d))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const a = QUARTER_ORDINALS.get(g.a!.toLowerCase()) ?? ordinalValue(g.a!.toLowerCase())!;
    const b = QUARTER_ORDINALS.get(g.b!.toLowerCase()) ?? ordinalValue(g.b!.toLowerCase())!;
    if (b !== a + 1) return null;
    const n = b / 2;
    if (g.y) return { type: 'DATE', value: `${g.y}-H${n}` };
    if (!env.ref) return { type: 'DATE', value: `XXXX-H${n}`, relative: true };
    return { type: 'DATE', value: `${quarterYear(env.ref, n, env.tense(at, at + m[0].length), 2)}-H${n}`, relative: true };
  },
};

/**
 * "the July-September period", "the April-June quarter 2024": a calendar quarter told by its first and
 * last months (Reuters' earnings style); other month ranges are left alone.
 */
const monthRangeQuarter: DateRule = {
  id: 'dates/month-range-quarter',
  pattern: datePattern(
    `(?<![\\p{L}\\d-])(?<a>${MONTH_FULL})[-\\x96](?<b>${MONTH_FULL})(?:\\s{1,4}(?<noun>period|quarter)(?![\\p{L}]))?(?:\\s{1,4}(?:of\\s{1,4})?(?<year>1\\d{3}|20\\d{2})(?![\\d\\p{L}]))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.a!) || !/^\p{Lu}/u.test(g.b!)) return null;
    const a = MONTHS.get(g.a!.toLowerCase())!;
    const b = MONTHS.get(g.b!.toLowerCase())!;
    if (a % 3 !== 1 || b !== a + 2) return null;
    const n = (a + 2) / 3;
    if (g.year) return { type: 'DATE', value: `${g.year}-Q${n}` };
    if (!env.ref) return { type: 'DATE', value: `XXXX-Q${n}`, relative: true };
    return { type: 'DATE', value: `${quarterYear(env.ref, n, env.tense(at, at + m[0].length))}-Q${n}`, relative: true };
  },
};

/** "Q3 2025", "Q4". */
const quarterCode: DateRule = {
  id: 'dates/quarter-code',
  pattern: datePattern(String.raw`(?<![\p{L}\d])Q(?<n>[1-4])(?:\s{1,4}(?<y>\d{4}))?(?![\p{L}\d])`, 'gu'),
  build(m, env) {
    const g = m.groups!;
    const year = g.y ?? (env.ref ? String(env.ref.year) : 'XXXX');
    return { type: 'DATE', value: `${year}-Q${g.n}`, relative: !g.y };
  },
};

/**
 * "epidemiological week 42", "in epi week 7", "ISO week 3 of 2024": a numbered week of the year, as
 * health ministries and the WHO report outbreaks. A bare "week 3" is left alone: "Week 3 of the
 * season", "at week 20 of her pregnancy" count something else.
 */
const weekNumber: DateRule = {
  id: 'dates/week-number',
  pattern: datePattern(String.raw`(?<![\p{L}\d-])(?:(?:epidemiological|epidemiologic|epi|iso|calendar)\s{1,4}week\s{1,4}(?<n1>\d{1,2})|week\s{1,4}(?<n2>\d{1,2})\s{1,4}of\s{1,4}(?<y>\d{4}))(?![\p{L}\d])`, 'giu'),
  build(m, env) {
    const g = m.groups!;
    const n = Number(g.n1 ?? g.n2);
    if (n < 1 || n > 53) return null;
    let year = g.y;
    // a week number ahead of the reference date's week is last year's ("week 51" read in January)
    if (!year && env.ref) year = String(Number(formatWeek(env.ref).slice(6)) + 4 < n ? env.ref.year - 1 : env.ref.year);
    return { type: 'DATE', value: `${year ?? 'XXXX'}-W${String(n).padStart(2, '0')}`, relative: !g.y };
  },
};

const PERIOD_OF_YEAR = /^\s{1,4}(?:of|in)\s{1,4}(?:1\d{3}|20\d{2})(?!\d)/u;
// the month is checked against MONTHS in code ("July", "Sept.")
const QUARTER_ENDED = /^\s{1,4}(?:ended|ending)\s{1,4}(?<mon>\p{L}{3,9}\.?)\s{1,4}\d{1,2}(?!\d)/iu;

/**
 * "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago period": earnings
 * news counts from the last quarter that has closed. "the corresponding period last year", "the
 * same quarter a year earlier", "the quarter a year ago": the period named before, a year back
 * (../anchors.ts; "Arrivals fell by a fifth from the same period last year" names no quarter: last
 * year); "last year" keeps its own span, as the project's golds mark it (TimeBank marks the whole).
 */
const anaphoricQuarter: DateRule = {
  id: 'dates/reported-quarter',
  pattern: datePattern(String.raw`(?<![\p{L}-])(?:the\s{1,4})?(?<adj>latest|most\s{1,4}recent|recent|current|comparable|corresponding|previous|preceding|prior|same)?\s?(?<noun>quarter|period)(?![\p{L}-])(?<back>\s{1,4}(?:last\s{1,4}year|a\s{1,4}year\s{1,4}(?:earlier|ago|before))(?![\p{L}-]))?`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const adj = g.adj?.toLowerCase();
    const noun = g.noun!.toLowerCase();
    if (!/^the\b/i.test(m[0]) && !adj) return null;
    if (noun === 'period' && !(adj && /latest|recent|comparable|corresponding|same/.test(adj))) return null;
    // the period alone is the span; "last year", "a year earlier" are expressions of their own
    const core = m[0].length - (g.back?.length ?? 0);
    const to = g.back ? core : undefined;
    if (g.back && /^the\b/i.test(m[0]) && (!adj || /comparable|corresponding|same/.test(adj))) {
      return { type: 'DATE', value: env.ref ? String(env.ref.year - 1) : 'XXXX', relative: true, anchor: 'year-back', to };
    }
    const after = env.text.slice(at + core, Math.min(env.sentence.end, at + core + 24));
    // "compared with the same period of 2024": the period is the one named before, in the year that follows
    if (noun === 'period' && PERIOD_OF_YEAR.test(after)) return null;
    if (!env.ref) return { type: 'DATE', value: 'XXXX-QX', relative: true, to };
    // "In the quarter ended July 31": the three months up to that day, mostly the calendar quarter of the month before
    const ended = noun === 'quarter' && (!adj || adj === 'latest' || adj.endsWith('recent')) ? QUARTER_ENDED.exec(after) : null;
    const month = ended ? MONTHS.get(ended.groups!.mon!.toLowerCase()) : undefined;
    if (month !== undefined) {
      const middle = month === 1 ? 12 : month - 1;
      const year = env.ref.year - (month > env.ref.month || month === 1 ? 1 : 0);
      return { type: 'DATE', value: formatQuarter(year, quarterOf(middle)), relative: true, to };
    }
    let q = quarterOf(env.ref.month) - (adj === 'current' ? 0 : 1);
    let year = env.ref.year;
    if (q === 0) [q, year] = [4, year - 1];
    // "from the preceding quarter" as "the previous quarter"
    if (adj === 'previous' || adj === 'prior' || adj === 'preceding') {
      q--;
      if (q === 0) [q, year] = [4, year - 1];
    }
    return { type: 'DATE', value: formatQuarter(year, q), relative: true, to };
  },
};

/**
 * "In the 1988 quarter, it earned…", "the 1988 period": earnings news compares the quarter it
 * reports with the same one in another year, so the quarter named last (../anchors.ts); the
 * year alone when none was named.
 */
const yearsQuarter: DateRule = {
  id: 'dates/year-quarter',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}(?<year>1\d{3}|20\d{2})\s{1,4}(?:quarter|period)(?![\p{L}-])`, 'giu'),
  build(m) {
    return { type: 'DATE', value: m.groups!.year!, anchor: 'same-quarter' };
  },
};

/**
 * "the last half of 1989", "the first two quarters of 1990", "the second half of the year":
 * TIMEX3 halves (1989-H2); "the year" and "this year" are the reference year.
 */
const halfOfYear: DateRule = {
  id: 'dates/half-year',
  pattern: datePattern(String.raw`(?<![\p{L}])(?:the\s{1,4})?(?<ord>first|second|last|latter)\s{1,4}(?:half|two\s{1,4}quarters)\s{1,4}of\s{1,4}(?:(?<year>1\d{3}|20\d{2})(?!\d)|(?<rel>the|this|last|next)\s{1,4}year(?![\p{L}]))`, 'giu'),
  build(m, env) {
    const g = m.groups!;
    const n = g.ord!.toLowerCase() === 'first' ? 1 : 2;
    const rel = g.rel?.toLowerCase();
    if (g.year) return { type: 'DATE', value: `${g.year}-H${n}` };
    if (!env.ref) return { type: 'DATE', value: `XXXX-H${n}`, relative: true };
    const year = env.ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    return { type: 'DATE', value: `${year}-H${n}`, relative: true };
  },
};

const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const HOUR_WORDS = HOURS.join('|');

/**
 * "at 4 in the morning", "until eight in the evening", "by 11 at night": a clock time told by the
 * part of the day, on the day its sentence names (as "8:20 a.m." is); a preposition before it,
 * as "One in the evening class" is no time.
 */
const hourOfDayPart: DateRule = {
  id: 'dates/hour-day-part',
  pattern: datePattern(
    `(?<![\\p{L}])(?<prep>at|by|until|till|before|after|around|about|from|to|since)(?<gap>\\s{1,4})(?<h>\\d{1,2}|${HOUR_WORDS})(?:\\s{1,4}o['’]clock)?\\s{1,4}(?:in\\s{1,4}the\\s{1,4}(?<part>morning|afternoon|evening)|at\\s{1,4}(?<night>night))(?![\\p{L}])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    let h = /^\d/.test(g.h!) ? Number(g.h) : HOURS.indexOf(g.h!.toLowerCase()) + 1;
    if (h < 1 || h > 12) return null;
    const part = (g.part ?? g.night)!.toLowerCase();
    // "in the morning" is before noon; "at night" from 6 on is evening, before it small hours
    const pm = part === 'afternoon' || part === 'evening' || (part === 'night' && h >= 6 && h < 12);
    if (pm) h += 12;
    else if (h === 12) h = 0;
    const day = dayOf(env, undefined, at, at + m[0].length);
    // the preposition is matched, not looked behind for at every position, and left out of the span
    const from = g.prep!.length + g.gap!.length;
    return { type: 'TIME', value: `${day}T${String(h).padStart(2, '0')}:00`, relative: true, anchor: 'same-day', from };
  },
};

export const TIME_AND_QUARTER_RULES: readonly DateRule[] = [clock, clock24, namedTime, conjoinedQuarters, quarter, monthRangeQuarter, quarterCode, weekNumber, anaphoricQuarter, yearsQuarter, halfOfYear, hourOfDayPart];
