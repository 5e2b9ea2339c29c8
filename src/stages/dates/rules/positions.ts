// Positions in a period or a day, relative to the reference date: "by the end of the month",
// "mid-afternoon", "the early evening", "the past day" (split from ./relative.ts, which runs them in
// the same order after its own rules).

import { DAY_PARTS, POSITION_MODS, WEEKDAYS } from '../../../lexicon/time.js';
import { addDays, formatDay, formatQuarter, quarterOf, shiftedValue } from '../calendar.js';
import { WEEKDAY } from '../patterns.js';
import { resolveWeekday } from '../resolve.js';
import type { DateRule } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';

export const positionMod = (s: string | undefined): string | null => (s ? POSITION_MODS.get(s.toLowerCase()) ?? null : null);
export const DEICTIC_SHIFT: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);

/** "mid-afternoon", "early morning", "late evening yesterday": a part of the day (its day, else the sentence's). */
const positionOfDayPart: DateRule = {
  id: 'dates/day-part',
  pattern: datePattern(
    `(?<![\\p{L}-])(?<pos>mid|early|late)[- ]?(?<part>morning|afternoon|evening)(?![\\p{L}-])(?:,?\\s{1,4}(?<day>yesterday|today|tomorrow|${WEEKDAY})(?![\\p{L}]))?`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const day = g.day?.toLowerCase();
    const part = `T${DAY_PARTS.get(g.part!.toLowerCase())}`;
    const mod = positionMod(g.pos);
    if (!env.ref) return { type: 'TIME', value: `XXXX-XX-XX${part}`, mod, relative: true };
    if (day && WEEKDAYS.has(day)) {
      if (!/^\p{Lu}/u.test(g.day!)) return null;
      return { type: 'TIME', value: resolveWeekday(env.ref, WEEKDAYS.get(day)!, env.tense(at, at + m[0].length)) + part, mod, relative: true };
    }
    const base = formatDay(addDays(env.ref, day ? DEICTIC_SHIFT.get(day)! : 0));
    if (day) return { type: 'TIME', value: base + part, mod, relative: true };
    // "clashes broke out in the early evening" (BLIND13): "the" is the span's, as in "the night"; told
    // in the past it may take the story's day (../anchors-clock.ts)
    // ("the early morning hours", "The early morning violence": the article is the noun's, and stays out)
    const end = at + m[0].length;
    const the = PART_ENDS_PHRASE.test(env.text.slice(end, Math.min(env.sentence.end, end + 8))) ? THE_BEFORE_PART.exec(env.text.slice(Math.max(env.sentence.start, at - 5), at)) : null;
    return { type: 'TIME', value: base + part, mod, relative: true, anchor: 'same-day', told: env.tense(at, end), from: the ? -the[0].length : undefined };
  },
};
const THE_BEFORE_PART = onCopy(/(?<![\p{L}])the\s{1,2}$/iu);
// the part of the day ends its phrase: a stop, or a word that opens a clause or a phrase of its own
const PART_ENDS_PHRASE = onCopy(/^(?:\s{0,4}(?:[,.;:!?)\u2014\u2013]|$)|\s{1,4}(?:when|and|but|or|as|while|after|before|until|at|in|on|near|with|to|for|by)(?![\p{L}]))/iu);

/**
 * "by the end of the month", "at the start of the week", "by the end of the decade": the reference date's month (week, decade,
 * quarter) with the position as its mod; "the month" alone names no date.
 */
const positionOfPeriod: DateRule = {
  id: 'dates/position-of-period',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}(?<pos>end|beginning|start|middle|close)\s{1,4}of\s{1,4}the\s{1,4}(?<unit>month|week|quarter|decade|century)(?![\p{L}'’-])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const unit = g.unit!.toLowerCase();
    const mod = POSITION_MODS.get(`the ${g.pos!.toLowerCase() === 'close' ? 'end' : g.pos!.toLowerCase()} of`) ?? null;
    const ref = env.ref;
    if (!ref) return { type: 'DATE', value: unit === 'week' ? 'XXXX-WXX' : unit === 'quarter' ? 'XXXX-QX' : unit === 'decade' ? 'XXX' : unit === 'century' ? 'XX' : 'XXXX-XX', mod, relative: true };
    // "by the end of the decade", "the middle of the century": the current one (TIMEX3 202, 20); told
    // in the past or present, the decade of a year named just before (../anchors.ts)
    const value =
      unit === 'quarter' ? formatQuarter(ref.year, quarterOf(ref.month))
      : unit === 'decade' ? String(Math.floor(ref.year / 10)).padStart(3, '0')
      : unit === 'century' ? String(Math.floor(ref.year / 100)).padStart(2, '0')
      : shiftedValue(ref, unit, 0)!;
    const anchor = unit === 'decade' && env.tense(at, at + m[0].length) !== 'future' ? 'decade-of' : undefined;
    return { type: 'DATE', value, mod, relative: true, anchor };
  },
};

/**
 * "had lost up to 1,300 troops in the past day": the day up to now, like "the past year" (a
 * DURATION, P1D); "the last day of the talks" is no stretch up to now, and "the next day" counts
 * from a date named before (./anaphoric-days.ts).
 */
const pastDay: DateRule = {
  id: 'dates/past-day',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}past\s{1,4}day(?![\p{L}-])`, 'giu'),
  build: () => ({ type: 'DURATION', value: 'P1D' }),
};

export const POSITION_RULES: readonly DateRule[] = [positionOfPeriod, positionOfDayPart, pastDay];
