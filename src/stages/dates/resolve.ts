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

/** The year a month without a year falls in. */
export function yearForMonth(ref: Ymd, month: number, tense: Tense, relation?: string): number {
  if (relation === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (relation === 'next' || relation === 'coming') return month > ref.month ? ref.year : ref.year + 1;
  if (relation === 'this') return ref.year;
  if (tense === 'past' && month > ref.month) return ref.year - 1;
  if (tense === 'future' && month < ref.month) return ref.year + 1;
  return ref.year;
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
  let year = ref.year;
  const after = month > ref.month || (month === ref.month && day > ref.day);
  const before = month < ref.month || (month === ref.month && day < ref.day);
  // A month-day far from the reference (over ~6 months away) without a tense cue
  // keeps the reference year; a past sentence never points after publication.
  if (tense === 'past' && after) year--;
  else if (tense === 'future' && before && ref.month - month >= 2) year++;
  if (!isValidDay(year, month, day)) return null;
  return formatDay({ year, month, day });
}

/** Season value with the year placed by relation and tense: "last fall" → 2024-FA. */
export function resolveSeason(ref: Ymd | null, code: string, lastMonth: number, relation: string | undefined, tense: Tense): string {
  if (!ref) return `XXXX-${code}`;
  let year = ref.year;
  const over = code === 'WI' ? ref.month > lastMonth && ref.month < 12 : ref.month > lastMonth;
  if (relation === 'last' || relation === 'past' || relation === 'previous') year = over ? ref.year : ref.year - 1;
  else if (relation === 'next' || relation === 'coming') year = over ? ref.year + 1 : ref.year;
  else if (!relation && tense === 'past' && !over && code !== 'WI') year = ref.year - 1;
  return `${String(year).padStart(4, '0')}-${code}`;
}
