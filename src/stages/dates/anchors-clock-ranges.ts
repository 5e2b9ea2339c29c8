// Clock times on every day of a run ("at 6 p.m. on each strike day": on no one day) and clock ranges
// that run overnight ("from 10 p.m. to 6 a.m."). ./anchors-clock.ts asks recurringDay; ./index.ts
// calls clockRangeOvernight sentence by sentence.

import { addDays, formatDay, parseYmd } from './calendar.js';
import type { Found } from './types.js';

// "at 6 p.m. on each strike day", "at 9 a.m. every day", "at 10 p.m. daily", "at noon on weekdays"; in
// lower case: "robbed at 10 p.m. Every night since, …" is the next sentence's (the clock's "p.m." ends this one)
const RECURRING_AFTER = /^\s{1,4}(?:(?:on\s{1,4})?(?:every|each)\s{1,4}(?:[\p{L}-]{1,20}\s{1,4})?(?:day|night|morning|evening|afternoon|weekday)|on\s{1,4}(?:weekdays|weekends)|daily|nightly)(?![\p{L}])/u;
// "every day at 9 a.m.", "each night at 10 p.m.", "daily at noon"
const RECURRING_BEFORE = /(?<![\p{L}])(?:(?:every|each)\s{1,4}(?:day|night|morning|evening|afternoon)|daily|nightly)\s{1,4}(?:at\s{1,4}|from\s{1,4})?$/iu;

/**
 * "Pickets will gather at about 6 p.m. on each strike day" (DATES11's open item; was the reference
 * day's 6 p.m.), "The gates open every day at 9 a.m.", "at 6 p.m. on weekends": a clock time on every day of a run is on no
 * one day (XXXX-XX-XXT18:00), as "every morning" is XXXX-XX-XXTMO.
 */
function recurring(f: Found, text: string): boolean {
  return RECURRING_AFTER.test(text.slice(f.end, f.end + 40)) || RECURRING_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start));
}

/**
 * The day part of a clock time that recurs ("XXXX-XX-XX" every day, "XXXX-WXX-7" every Sunday), itself
 * or as the start of a clock range whose end recurs ("from 6 p.m. until 9 p.m. on weekends"); null if
 * it names one day. `index` is the time's place in `found`.
 */
export function recurringDay(found: readonly Found[], index: number, text: string): string | null {
  const own = recurringOn(found, index, text);
  if (own !== null) return own;
  const [f, g] = [found[index]!, found[index + 1]];
  return g !== undefined && g.anchor === 'same-day' && CLOCK_RANGE_BETWEEN.test(text.slice(f.end, g.start)) ? recurringOn(found, index + 1, text) : null;
}

function recurringOn(found: readonly Found[], index: number, text: string): string | null {
  return recurring(found[index]!, text) ? 'XXXX-XX-XX' : weeklyDay(found, index, text);
}

// a weekday that recurs: "every Sunday", "on Sundays" (SET XXXX-WXX-7)
const WEEKLY_VALUE = /^XXXX-WXX-[1-7]$/;
// "at 8 a.m. every Sunday", "at noon on Sundays"
const WEEKLY_AFTER = /^\s{1,4}(?:on\s{1,4})?$/u;
// "every Sunday at 8 a.m.", "on Sundays, from 9 a.m."
const WEEKLY_BEFORE = /^,?\s{1,4}(?:(?:at|from)\s{1,4})?$/u;

/**
 * "The market opens at 8 a.m. every Sunday" (review17): a clock time beside a weekday that recurs is on
 * every such day, XXXX-WXX-7T08:00, as "every Saturday morning" is XXXX-WXX-6TMO; it was the reference
 * day's 08:00. The weekday is the SET found next to the time.
 */
function weeklyDay(found: readonly Found[], index: number, text: string): string | null {
  const [prev, f, next] = [found[index - 1], found[index]!, found[index + 1]];
  if (next?.type === 'SET' && WEEKLY_VALUE.test(next.value) && WEEKLY_AFTER.test(text.slice(f.end, next.start))) return next.value;
  if (prev?.type === 'SET' && WEEKLY_VALUE.test(prev.value) && WEEKLY_BEFORE.test(text.slice(prev.end, f.start))) return prev.value;
  return null;
}

// "from 10 p.m. to 6 a.m.", "between 11 p.m. and 5 a.m.": the words between the two clock times of a range
const CLOCK_RANGE_BETWEEN = /^\s{0,4}(?:to|until|till|and|-|–)\s{0,4}$/u;
const CLOCK_RANGE_BEFORE = /(?:from|between)\s{1,4}$/iu;
/** A clock time on a day, its hour captured ("2025-10-28T23:00"); ./anchors-clock.ts reads it too. */
export const CLOCK_VALUE = /^\d{4}-\d\d-\d\dT(\d\d):\d\d$/;

/**
 * "The curfew will run from 10 p.m. to 6 a.m.": a clock range whose end comes at an earlier hour than
 * its start ends the next morning; both were placed on one day. An end that names its own day keeps it.
 */
export function clockRangeOvernight(kept: readonly Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const [a, b] = [kept[i]!, kept[i + 1]!];
    const ha = CLOCK_VALUE.exec(a.value)?.[1];
    const hb = CLOCK_VALUE.exec(b.value)?.[1];
    if (ha === undefined || hb === undefined || Number(hb) >= Number(ha) || a.value.slice(0, 10) !== b.value.slice(0, 10)) continue;
    if (!CLOCK_RANGE_BETWEEN.test(text.slice(a.end, b.start)) || !CLOCK_RANGE_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    // "from 10 p.m. to 6 a.m. on Friday": the end names its day, so the start is the evening before (a probe of my own)
    if (b.anchor !== 'same-day' && a.anchor === 'same-day') a.value = formatDay(addDays(parseYmd(a.value.slice(0, 10))!, -1)) + a.value.slice(10);
    else if (b.anchor === 'same-day') b.value = formatDay(addDays(parseYmd(b.value.slice(0, 10))!, 1)) + b.value.slice(10);
  }
}
