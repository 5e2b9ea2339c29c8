// A quarter or a half named, and the comparisons that count from it: "a year earlier" after "the
// third quarter" is the same quarter a year before (index.ts calls it once the document is tagged).

import type { Ymd } from './calendar.js';
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
  // a month or day the sentence named after any quarter it named: "prices rose 2.9% in October from a year earlier"
  let calendar: string | null = null;
  let sentence = -1;
  // the quarter named last, whatever its time ("that quarter")
  let lastQuarter: Period | null = null;
  // "that quarter" with no quarter named before it: dropped after the loop
  let unnamed: Found[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.sentence !== sentence) [sentence, inSentence, calendar] = [f.sentence ?? -1, null, null];
    // (the one before, once resolved: "the year-earlier quarter" is a quarter named too)
    const before = i > 0 && !found[i - 1]!.anchor ? periodOf(found[i - 1]!) : null;
    if (before?.kind === 'Q') lastQuarter = before;
    const period = f.anchor ? null : periodOf(f);
    // "In the year-ago quarter, the second quarter, it lost $12 million. Results for that quarter included a
    // write-down": the quarter named last, in its own year; with none named before, no time ("Shells fell on
    // that quarter of the city", "No help came from that quarter": review18)
    if (f.anchor === 'same-quarter' && f.value === 'XXXX-QX') {
      if (lastQuarter) f.value = `${String(lastQuarter.year).padStart(4, '0')}-Q${lastQuarter.n}`;
      else (unnamed ??= []).push(f);
      f.anchor = undefined;
      continue;
    }
    // "reported a 47% decline in fourth-quarter earnings", told in November: a fiscal quarter already reported (TimeBank)
    if (period && (period.order < current || (period.order === current && f.told === 'past'))) {
      if (!latest || period.order >= latest.order) latest = period;
      [inSentence, months, calendar] = [period, false, null];
    } else if (inSentence?.kind === 'Q' && previousQuarterStart(f, text) >= 0) {
      // "rose 1.2% in the third quarter from the previous three months": the quarter before (BLIND9: 2025-Q2)
      const order = inSentence.order - 1;
      [f.start, f.type, f.value] = [previousQuarterStart(f, text), 'DATE', `${String(Math.floor(order / 4)).padStart(4, '0')}-Q${(order % 4) + 1}`];
    } else if (!f.anchor && isMonthsToDate(f, text)) [latest, inSentence, months] = [null, null, true];
    else if (!f.anchor && CALENDAR_RULES.has(f.rule) && f.type === 'DATE' && !f.mod && CALENDAR_VALUE.test(f.value)) calendar = f.value;
    else if (f.anchor === 'year-back' && calendar && COUNTED_BACK.has(f.rule)) {
      // "in October from a year earlier" → 2024-10; "for the quarter ended Sept. 30 … a year earlier" → 1988-09-30 (TimeBank)
      [f.value, f.anchor] = [String(Number(calendar.slice(0, 4)) - 1).padStart(4, '0') + calendar.slice(4), undefined];
    } else if (f.anchor === 'year-back' || f.anchor === 'same-quarter') {
      const p = inSentence ?? latest;
      if (!p && !months) continue;
      // resolved here: the value is no longer counted from the last year named (anchorToYears)
      if (p) f.value = `${f.anchor === 'year-back' ? p.year - 1 : f.value.slice(0, 4)}-${p.kind}${p.n}`;
      f.anchor = undefined;
    }
  }
  if (unnamed) for (const f of unnamed) found.splice(found.indexOf(f), 1);
}

/** Rules of a month or a calendar day (not a weekday: "On Monday, the company said profit fell from a year earlier"). */
const CALENDAR_RULES = new Set(['dates/month', 'dates/month-year', 'dates/month-day', 'dates/day-month']);
const CALENDAR_VALUE = /^\d{4}-\d{2}(?:-\d{2})?$/;
/** "a year earlier", "year-ago": counted back from that month or day; "last year" stays a year. */
const COUNTED_BACK = new Set(['dates/ago', 'dates/year-ago']);

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

const THREE_MONTHS = /^(?:the\s{1,4}(?:previous|preceding|prior)\s{1,4})?(?:three|3)\s{1,4}months$/i;
const PREVIOUS_BEFORE = /the\s{1,4}(?:previous|preceding|prior)\s{1,4}$/i;

/** Where "the previous (preceding, prior) three months" starts when `f` is that stretch (its duration may leave the words out), else -1. */
function previousQuarterStart(f: Found, text: string): number {
  if (f.type !== 'DURATION' || f.value !== 'P3M' || f.mod || f.end - f.start > 40) return -1;
  const m = THREE_MONTHS.exec(text.slice(f.start, f.end));
  if (!m) return -1;
  if (/^the/i.test(m[0])) return f.start;
  const before = PREVIOUS_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start));
  return before ? f.start - before[0].length : -1;
}

function isMonthsToDate(f: Found, text: string): boolean {
  if (f.type !== 'DURATION' || f.end - f.start >= 40) return false;
  // "net income for the year ended Aug. 31 … down from C$9.7 million last year": the year compared, not its last quarter
  if (f.value === 'P1Y') return FISCAL_YEAR_SPAN.test(text.slice(f.start, f.end));
  return (f.value === 'P9M' || f.value === 'P6M') && MONTHS_TO_DATE.test(text.slice(f.start, f.end));
}
const FISCAL_YEAR_SPAN = /^the\s{1,4}(?:fiscal\s{1,4})?year$/i;
