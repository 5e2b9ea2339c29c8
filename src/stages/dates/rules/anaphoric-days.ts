// Days, weeks and months told by reference to a date named before: "On March 3 the army
// withdrew. The next day, rebels entered" → March 4; "the following month", "that same day",
// "earlier that day", "the night before", "later in the day". The rule gives the value counted
// from the reference date; once the whole document is tagged, ../anchors.ts counts it from the
// last date named before it instead, when there is one.

import { DAY_PARTS } from '../../../lexicon/time.js';
import { addDays, formatDay, shiftedValue } from '../calendar.js';
import type { Anchor, Built, DateRule, Env } from '../types.js';

const SHIFT: ReadonlyMap<string, number> = new Map([
  ['next', 1], ['following', 1], ['after', 1],
  ['previous', -1], ['prior', -1], ['preceding', -1], ['before', -1],
  ['same', 0], ['that', 0],
]);

const UNIT = 'day|morning|afternoon|evening|night|week|month';

function anaphor(env: Env, unit: string, shift: number): Built {
  const part = DAY_PARTS.get(unit);
  const grain: Anchor = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'day';
  let value: string;
  if (!env.ref) value = grain === 'week' ? 'XXXX-WXX' : grain === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
  else value = grain === 'day' ? formatDay(addDays(env.ref, shift)) : shiftedValue(env.ref, grain, shift)!;
  return { type: part ? 'TIME' : 'DATE', value: part ? `${value}T${part}` : value, relative: true, anchor: grain, shift };
}

/** "the next day", "the following week", "the previous month", "that same day", "earlier that day", "that night". */
const relativeToNamed: DateRule = {
  id: 'dates/anaphoric-day',
  pattern: new RegExp(
    `(?<![\\p{L}])(?:(?:earlier|later)\\s{1,4})?(?:the\\s{1,4}(?<rel>next|following|previous|prior|preceding|same)|that(?:\\s{1,4}same)?)\\s{1,4}(?<unit>${UNIT})(?![\\p{L}'’-])`,
    'giu',
  ),
  build(m, env) {
    const g = m.groups!;
    const unit = g.unit!.toLowerCase();
    return anaphor(env, unit, SHIFT.get((g.rel ?? 'that').toLowerCase())!);
  },
};

/**
 * "He had arrived the day before.", "the night after,": only where the phrase ends its clause;
 * "the day before the vote" counts from the vote, which has no date here.
 */
const beforeAfter: DateRule = {
  id: 'dates/day-before',
  pattern: new RegExp(`(?<![\\p{L}])the\\s{1,4}(?<unit>${UNIT})\\s{1,4}(?<dir>before|after)(?=\\s{0,4}(?:[.,;:!?)"”'’]|$))`, 'giu'),
  build(m, env) {
    const g = m.groups!;
    return anaphor(env, g.unit!.toLowerCase(), SHIFT.get(g.dir!.toLowerCase())!);
  },
};

/** "later in the day", "earlier in the week": the day (week, month) of the story; "earlier in the year": this year. */
const inThe: DateRule = {
  id: 'dates/later-in-the-day',
  pattern: new RegExp(`(?<![\\p{L}])(?:earlier|later)\\s{1,4}in\\s{1,4}the\\s{1,4}(?<unit>day|morning|afternoon|evening|week|month|year)(?![\\p{L}'’-])`, 'giu'),
  build(m, env) {
    const unit = m.groups!.unit!.toLowerCase();
    if (unit === 'year') return { type: 'DATE', value: env.ref ? String(env.ref.year) : 'XXXX', relative: true };
    return anaphor(env, unit, 0);
  },
};

export const ANAPHORIC_DAY_RULES: readonly DateRule[] = [relativeToNamed, beforeAfter, inThe];
