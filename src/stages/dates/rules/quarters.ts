// Business periods: "the third quarter", "third-quarter", "the fourth quarter of 2024", "the first
// half", "Q3", "the July-September period", "epidemiological week 42", "the latest quarter", "the
// year-earlier quarter".

import { ordinalValue } from '../../../lexicon/numbers.js';
import { MONTHS } from '../../../lexicon/time.js';
import { formatQuarter, formatWeek, quarterOf, type Ymd } from '../calendar.js';
import { MONTH_FULL, YEAR_BACK } from '../patterns.js';
import type { DateRule } from '../types.js';
import type { Tense } from '../tense.js';
import { datePattern } from '../latin1.js';

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

/** "the third quarter", "third-quarter", "the fourth quarter of 2024", "the first quarter of fiscal 2025", "1989's second half". */
const quarter: DateRule = {
  id: 'dates/quarter',
  pattern: datePattern(
    `(?<![\\p{L}\\d-])(?:(?<the>the)\\s{1,4})?(?:(?<fy1>fiscal\\s{1,4})?(?<y1>\\d{4})(?:['’]s)?\\s{1,4}|(?<rel1>this|last|next)\\s{1,4}year['’]s\\s{1,4}|(?<ago>year-ago|year-earlier)\\s{1,4})?(?:fiscal\\s{1,4})?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:-|\\s{1,4})(?:fiscal\\s{1,4})?(?<kind>quarter|half)(?![\\p{L}])(?:\\s{1,4}of\\s{1,4}(?:(?<fy2>fiscal\\s{1,4}(?:year\\s{1,4})?)?(?<y2>\\d{4})|(?<rel2>this|last|next)\\s{1,4}year))?`,
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
    let told: Tense | undefined;
    // "the first quarter of fiscal 2025", "fiscal 2025's first quarter": a quarter of that fiscal year
    // (FY2025-Q1, as "fiscal 2025" is FY2025; BLIND10 fraud-verdict)
    if (g.y1 || g.y2) year = (g.fy1 || g.fy2 ? 'FY' : '') + (g.y1 ?? g.y2)!;
    else if (!env.ref) [year, relative] = ['XXXX', true];
    else {
      relative = true;
      const shift = rel === 'last' || g.ago ? -1 : rel === 'next' ? 1 : 0;
      const tense = env.tense(at, at + m[0].length);
      year = String(rel ? env.ref.year + shift : g.ago ? quarterYear(env.ref, n, 'past') - 1 : quarterYear(env.ref, n, tense, half ? 2 : 4));
      told = rel || g.ago ? undefined : tense;
    }
    return { type: 'DATE', value: `${year}-${half ? 'H' : 'Q'}${n}`, relative, from, told };
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

// "H1 profit", "H2 revenue": what a half of the year reports ("H2" alone is hydrogen as often)
const HALF_CODE_AFTER = /^\s{1,4}(?:profits?|revenues?|sales|earnings|results|loss(?:es)?|growth|output|turnover|figures|net|deliveries|shipments)(?![\p{L}])/iu;

/** "Q3 2025", "Q4"; "H1 2025", "H1 profit" (a half: 2025-H1). */
const quarterCode: DateRule = {
  id: 'dates/quarter-code',
  pattern: datePattern(String.raw`(?<![\p{L}\d])(?:Q(?<n>[1-4])|H(?<h>[12]))(?:\s{1,4}(?<y>\d{4}))?(?![\p{L}\d])`, 'gu'),
  build(m, env, at) {
    const g = m.groups!;
    if (g.h && !g.y && !HALF_CODE_AFTER.test(env.text.slice(at + m[0].length, at + m[0].length + 16))) return null;
    const year = g.y ?? (env.ref ? String(env.ref.year) : 'XXXX');
    return { type: 'DATE', value: g.h ? `${year}-H${g.h}` : `${year}-Q${g.n}`, relative: !g.y };
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
  pattern: datePattern(String.raw`(?<![\p{L}-])(?:the\s{1,4}|(?<that>that)\s{1,4}(?=quarter))?(?<adj>latest|most\s{1,4}recent|recent|current|comparable|corresponding|previous|preceding|prior|same)?\s?(?<noun>quarter|period)(?![\p{L}-])(?<back>\s{1,4}${YEAR_BACK}(?![\p{L}-]))?`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const adj = g.adj?.toLowerCase();
    const noun = g.noun!.toLowerCase();
    // "Profit fell in the third quarter. Results for that quarter included a charge": the quarter named last
    // (../anchors-quarters.ts; TimeBank tags it so); dropped there when none was ("that quarter of the city")
    if (g.that) return g.back ? null : { type: 'DATE', value: 'XXXX-QX', relative: true, anchor: 'same-quarter' };
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

export const QUARTER_RULES: readonly DateRule[] = [conjoinedQuarters, quarter, monthRangeQuarter, quarterCode, weekNumber, anaphoricQuarter, yearsQuarter, halfOfYear];
