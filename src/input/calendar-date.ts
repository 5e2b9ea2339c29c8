// Dates given with an input (HTML metadata, a JSONL record's referenceDate) as YYYY-MM-DD.

/** "2025-10-28T09:15:00+05:00" → "2025-10-28": the publisher's own calendar date. */
export function toCalendarDate(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}
