// Dates given with an input (--reference-date, HTML metadata, a JSONL record's
// referenceDate) as a calendar date, normalised to YYYY-MM-DD.

const CALENDAR = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

function normalise(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * "2025-10-28T09:15:00+05:00" → "2025-10-28": the publisher's own calendar date.
 * Months and days may lack their leading zero ("2015-8-23", as some datasets write them).
 */
export function toCalendarDate(value: string | null | undefined): string | null {
  return normalise(CALENDAR.exec((value ?? '').trim()));
}

/** A whole value that is a calendar date ("2025-10-28", "2015-8-23"), else null. */
export function parseCalendarDate(value: string): string | null {
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) ? toCalendarDate(value) : null;
}
