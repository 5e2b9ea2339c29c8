// Calendar arithmetic for TIMEX3 values: days, ISO weeks, quarters, and their formats.
// All dates are proleptic Gregorian, computed in UTC so no time zone moves a day.

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** "2025-10-28" → {2025, 10, 28}; null for anything else. */
export function parseYmd(text: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d.year, d.month, d.day) ? d : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(d: Ymd): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Month arithmetic that clamps the day: Mar 31 minus one month → Feb 28. */
export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(d: Ymd): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week: 2025-10-28 → {2025, 44}. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(ordinal / 7) + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatYear(year: number): string {
  return pad4(year);
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatDay(d: Ymd): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/**
 * "over the Easter weekend", "the Labor Day weekend", "the July 4 weekend": the weekend a day falls in or
 * is next to: the one before a Monday to Wednesday, the one of its week from Thursday on ("2026-W27-WE").
 */
export function weekendOf(date: Ymd): string {
  const day = weekday(date);
  return `${formatWeek(day <= 3 ? addDays(date, -day) : date)}-WE`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${pad4(year)}-Q${quarter}`;
}

/** `n` whole periods before (negative) or after `ref`, written at that period's granularity. */
export function shiftedValue(ref: Ymd, grain: string, n: number): string | null {
  switch (grain) {
    case 'day':
      return formatDay(addDays(ref, n));
    case 'week':
      return formatWeek(addDays(ref, 7 * n));
    case 'month': {
      const d = addMonths(ref, n);
      return formatMonth(d.year, d.month);
    }
    case 'quarter': {
      const d = addMonths(ref, 3 * n);
      return formatQuarter(d.year, quarterOf(d.month));
    }
    case 'year':
      return formatYear(ref.year + n);
    default:
      return null;
  }
}

export { pad2 };
