// Ranges and sequences of days within one sentence, settled once its dates are tagged: a range of
// weekdays or months runs forward ("from Monday to Wednesday", "January through March"), and so does
// a sequence of weekdays still to come ("on Friday and again next Tuesday"); "overnight Sunday" is that
// day's night.

import { daysBetween } from './anchors-sentence.js';
import { addDays, formatDay, type Ymd } from './calendar.js';
import { DAY_VALUE, parseDay } from './anchors-clock.js';
import { isSayingDay } from './anchors-story.js';
import type { Found } from './types.js';

// "from Monday to Wednesday", "Thursday through Saturday", "Monday-Wednesday" (the dash as the copy has it)
const RANGE_BETWEEN = /^\s{0,4}(?:to|until|till|through|thru|[-\x96])\s{0,4}$/iu;
const AND_BETWEEN = /^\s{1,4}and\s{1,4}$/iu;
const BETWEEN_BEFORE = /\bbetween\s{1,4}$/iu;

/** "between Friday evening and Monday morning": a range told with "between … and". */
function betweenAnd(text: string, f: Found, g: Found): boolean {
  return AND_BETWEEN.test(text.slice(f.end, g.start)) && BETWEEN_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start));
}

/**
 * "From Monday to Wednesday, schools will close": a range of weekdays runs forward, so when each
 * end, placed by itself, falls before the other ("Monday" the coming one, "Wednesday" tomorrow),
 * the end moves a week on if the range starts after the reference date, else the start a week back.
 */
export function orderWeekdayRange(kept: Found[], text: string, ref: Ymd | null): void {
  if (!ref) return;
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const g = kept[i + 1]!;
    if (isMonthRange(f, g, text)) {
      // "The figures cover January through March", told in October: one year's months (January was
      // placed in the coming year, March in this one); the start decides, as for weekdays
      if (f.value > formatDay(ref)) g.value = f.value.slice(0, 4) + g.value.slice(4);
      else f.value = g.value.slice(0, 4) + f.value.slice(4);
      continue;
    }
    if (f.rule !== 'dates/weekday' || g.rule !== 'dates/weekday' || !DAY_VALUE.test(f.value) || !DAY_VALUE.test(g.value)) continue;
    if (g.value.slice(0, 10) >= f.value.slice(0, 10)) continue;
    if (!(RANGE_BETWEEN.test(text.slice(f.end, g.start)) || betweenAnd(text, f, g) || sequenceAhead(text, f, g, ref))) continue;
    if (daysBetween(ref, f.value) > 0) g.value = formatDay(addDays(parseDay(g.value), 7)) + g.value.slice(10);
    else f.value = formatDay(addDays(parseDay(f.value), -7)) + f.value.slice(10);
  }
}

// "and again", "then", "and later", "followed by": a second day after the first
const SEQUENCE_WORD = /(?<![\p{L}])(?:again|then|later|followed)(?![\p{L}])/iu;
const SEQUENCE_GAP = 60;

/**
 * "Drivers will walk out on Friday and again next Tuesday", said on a Monday (DATES11's open item; was
 * tomorrow): a weekday not yet past, told after one still to come with a word of sequence between,
 * comes after it ("resume on Friday and again on Monday", said on a Monday: the Monday after). Not in the past ("walked out on Friday and again on Tuesday" may be
 * either week's Tuesday), nor the day of a saying ("will walk out on Friday, the union said later on Monday").
 */
function sequenceAhead(text: string, f: Found, g: Found, ref: Ymd): boolean {
  return g.start - f.end <= SEQUENCE_GAP && daysBetween(ref, f.value) > 0 && daysBetween(ref, g.value) >= 0 && SEQUENCE_WORD.test(text.slice(f.end, g.start)) && !isSayingDay(g, text);
}

/** Two bare months told as a range, in calendar order, each placed in a different year by itself. */
function isMonthRange(f: Found, g: Found, text: string): boolean {
  if (f.rule !== 'dates/month' || g.rule !== 'dates/month' || !MONTH_VALUE.test(f.value) || !MONTH_VALUE.test(g.value)) return false;
  if (f.value.slice(5) >= g.value.slice(5) || f.value.slice(0, 4) === g.value.slice(0, 4)) return false;
  return RANGE_BETWEEN.test(text.slice(f.end, g.start)) || betweenAnd(text, f, g);
}
const MONTH_VALUE = /^\d{4}-\d{2}$/;

// "overnight Sunday", "overnight on Sunday"; "overnight into Monday", "overnight Sunday into Monday"
const OVERNIGHT_ON = /^\s{1,4}(?:on\s{1,4})?$/i;
const OVERNIGHT_INTO = /^\s{1,4}(?:into|to)\s{1,4}$/i;

/**
 * "Heavy rain battered the coast overnight Sunday into Monday" (a probe of my own: was last night,
 * the night before the reference day): "overnight" before a weekday is that day's night; before
 * "into" a weekday, the night before it. `kept` is one sentence's dates in text order.
 */
export function overnightOfWeekday(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const g = kept[i + 1]!;
    if (f.rule !== 'dates/last-night' || g.rule !== 'dates/weekday' || g.type !== 'DATE' || g.value.length !== 10 || !DAY_VALUE.test(g.value)) continue;
    if (text.slice(f.start, f.end).toLowerCase() !== 'overnight') continue;
    const between = text.slice(f.end, g.start);
    if (OVERNIGHT_ON.test(between)) f.value = `${g.value}TNI`;
    else if (OVERNIGHT_INTO.test(between)) f.value = `${formatDay(addDays(parseDay(g.value), -1))}TNI`;
  }
}
