// reference-date: the date relative expressions resolve against.
// `--reference-date` wins; else a published-on line ("Published Oct. 28, 2025"), a dateline
// ("WASHINGTON, March 22 (Reuters) -") or a line that is only a date, near the top.
// Runs before dates, which needs it.

import type { Doc } from '../document.js';
import { MONTHS } from '../lexicon/time.js';
import type { Stage } from '../stage.js';
import { formatDay, isValidDay, type Ymd } from './dates/calendar.js';

/** How far into the article a dateline or published line is looked for. */
const HEAD_CHARS = 2000;
const HEAD_PARAGRAPHS = 8;

const MONTH_WORD = '(?<mon>[A-Z][a-z]{2,8}\\.?)';
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:19|20)\\d{2})';
const WEEKDAY_PREFIX = '(?:[A-Z][a-z]{2,8}\\.?,?\\s+)?';

/** Written dates a header uses: "Oct. 28, 2025", "28 October 2025", "2025-10-28", "10/28/2025". */
const HEADER_DATES: readonly RegExp[] = [
  new RegExp(`^${WEEKDAY_PREFIX}${MONTH_WORD}\\s${DAY},?\\s+${YEAR}(?!\\d)`),
  new RegExp(`^${WEEKDAY_PREFIX}${DAY}\\s+${MONTH_WORD},?\\s+${YEAR}(?!\\d)`),
  /^(?<year>(?:19|20)\d{2})-(?<m>\d{2})-(?<day>\d{2})(?!\d)/,
  /^(?<m>\d{1,2})\/(?<day>\d{1,2})\/(?<year>(?:19|20)\d{2})(?!\d)/,
];

/** A date at the very start of `text`, or null. */
export function parseHeaderDate(text: string): Ymd | null {
  for (const pattern of HEADER_DATES) {
    const g = pattern.exec(text)?.groups;
    if (!g) continue;
    const month = g.mon ? MONTHS.get(g.mon.toLowerCase()) : Number(g.m);
    const date = { year: Number(g.year), month: month ?? 0, day: Number(g.day) };
    if (isValidDay(date.year, date.month, date.day)) return date;
  }
  return null;
}

// "Published Oct. 28, 2025", "Updated: 28 October 2025 14:02", "Posted on 2025-10-28"
const PUBLISHED = /\b(?:published|posted|updated|last updated|first published|date)(?:\s{1,3}on)?\s{0,3}[:\-–—|]?\s{0,3}/giu;
// "WASHINGTON, March 22 (Reuters) -", "NAIROBI, Kenya, Aug. 7 (AP) _": place, then month and day
const DATELINE = /^\p{Lu}[\p{L}.'-]{1,30}(?: [\p{L}.'-]{1,20}){0,3}(?:, ?\p{Lu}[\p{L}.]{1,20}(?: [\p{L}.]{1,20}){0,2}){0,2},\s{1,3}(?<mon>[A-Z][a-z]{2,8}\.?)\s(?<day>\d{1,2})(?:,\s{0,3}(?<year>(?:19|20)\d{2}))?\s{0,3}(?:\(|[-–—_]|\/)/u;

function fromPublishedLine(head: string): Ymd | null {
  for (const m of head.matchAll(PUBLISHED)) {
    const date = parseHeaderDate(head.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
    if (date) return date;
  }
  return null;
}

/** The latest year the article names, for a dateline without one. */
function latestYear(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(/(?<![\d,.$])(?:19|20)\d{2}(?![\d%,])/g)) best = Math.max(best ?? 0, Number(m[0]));
  return best;
}

export interface FoundReference {
  date: Ymd;
  how: 'published' | 'dateline' | 'date-line';
  yearGuessed: boolean;
}

/** The article's own publication date, from its head; null when it does not say. */
export function findReferenceDate(doc: Doc): FoundReference | null {
  const paragraphs = doc.paragraphs.slice(0, HEAD_PARAGRAPHS).filter((p) => p.start < HEAD_CHARS);
  const head = doc.text.slice(0, Math.min(doc.text.length, HEAD_CHARS));
  const published = fromPublishedLine(head);
  if (published) return { date: published, how: 'published', yearGuessed: false };
  for (const p of paragraphs) {
    const line = doc.text.slice(p.start, Math.min(p.end, p.start + 200));
    const whole = parseHeaderDate(line);
    if (whole && line.trim().length <= 40) return { date: whole, how: 'date-line', yearGuessed: false };
    const g = DATELINE.exec(line)?.groups;
    const month = g ? MONTHS.get(g.mon!.toLowerCase()) : undefined;
    if (!g || !month) continue;
    const year = g.year ? Number(g.year) : latestYear(doc.text);
    if (year && isValidDay(year, month, Number(g.day))) {
      return { date: { year, month, day: Number(g.day) }, how: 'dateline', yearGuessed: !g.year };
    }
  }
  return null;
}

export const referenceDate: Stage = {
  name: 'reference-date',
  requires: ['sentences'],
  assigns: ['referenceDate'],
  run(doc, ctx) {
    if (ctx.referenceDate) {
      doc.referenceDate = ctx.referenceDate;
      return;
    }
    const found = findReferenceDate(doc);
    doc.referenceDate = found ? formatDay(found.date) : null;
    if (found?.yearGuessed) {
      doc.warnings.push({
        code: 'reference-year-guessed',
        message: `the dateline gives no year; took ${found.date.year}, the latest year the article names (use --reference-date to set it)`,
      });
    }
  },
};
