// reference-date: the date relative expressions resolve against.
// `--reference-date` wins; else a published-on line ("Published Oct. 28, 2025"), a dateline
// ("WASHINGTON, March 22 (Reuters) -") or a line that is only a date, near the top.
// Runs before dates, which needs it.

import type { Doc } from '../document.js';
import { MONTHS } from '../lexicon/time.js';
import type { Stage } from '../stage.js';
import { formatDay, isValidDay, type Ymd } from './dates/calendar.js';
import { latin1View } from './dates/latin1.js';

/** How far into the article a dateline or published line is looked for. */
const HEAD_CHARS = 2000;
const HEAD_PARAGRAPHS = 8;
/** How much of a paragraph's start a dateline or date line is looked for in. */
const LINE_CHARS = 200;

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

// Both run over the head's Latin-1 copy (dates/latin1.ts), where "–" and "—" are U+0096: the
// two-byte code for the dateline's letter classes took ~25 ms to build on a first article.
// "Published Oct. 28, 2025", "Updated: 28 October 2025 14:02", "Posted on 2025-10-28"; tried
// (sticky) only where the lower-cased head holds a keyword: a scan of every position of the head
// was most of this stage's time. "Last updated" and "first published" end where "updated" and
// "published" do, so those keywords stand for them.
const PUBLISHED_WORDS = ['published', 'posted', 'updated', 'date'];
const PUBLISHED = /\b(?:published|posted|updated|date)(?:\s{1,3}on)?\s{0,3}[:\-\x96|]?\s{0,3}/iuy;
// "WASHINGTON, March 22 (Reuters) -", "NAIROBI, Kenya, Aug. 7 (AP) _": place, then month and day
const DATELINE = /^\p{Lu}[\p{L}.'-]{1,30}(?: [\p{L}.'-]{1,20}){0,3}(?:, ?\p{Lu}[\p{L}.]{1,20}(?: [\p{L}.]{1,20}){0,2}){0,2},\s{1,3}(?<mon>[A-Z][a-z]{2,8}\.?)\s(?<day>\d{1,2})(?:,\s{0,3}(?<year>(?:19|20)\d{2}))?\s{0,3}(?:\(|[-\x96_]|\/)/u;

function fromPublishedLine(head: string): Ymd | null {
  const lower = head.toLowerCase();
  const starts: number[] = [];
  for (const w of PUBLISHED_WORDS) for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) starts.push(i);
  starts.sort((a, b) => a - b);
  // as a scan would: the next keyword is looked for after the previous match
  let after = 0;
  for (const start of starts) {
    if (start < after) continue;
    PUBLISHED.lastIndex = start;
    const m = PUBLISHED.exec(head);
    if (!m) continue;
    after = start + m[0].length;
    const date = parseHeaderDate(head.slice(after, after + 40));
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
  // the head and its first paragraphs' first lines, as the patterns see them
  const view = latin1View(doc.text.slice(0, HEAD_CHARS + LINE_CHARS));
  const head = view.slice(0, HEAD_CHARS);
  const published = fromPublishedLine(head);
  if (published) return { date: published, how: 'published', yearGuessed: false };
  for (const p of paragraphs) {
    const line = view.slice(p.start, Math.min(p.end, p.start + LINE_CHARS));
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
