// Days, weeks and months told by reference to a date named before: "On March 3 the army
// withdrew. The next day, rebels entered" → March 4; "the following month", "that same day",
// "earlier that day", "the night before", "later in the day". The rule gives the value counted
// from the reference date; once the whole document is tagged, ../anchors.ts counts it from the
// last date named before it instead, when there is one.

import { DAY_PARTS, MONTHS, SEASONS, TIME_UNITS, WEEKDAYS } from '../../../lexicon/time.js';
import { addDays, formatDay, formatWeek, shiftedValue, weekday } from '../calendar.js';
import type { Anchor, Built, DateRule, Env } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';

const SHIFT: ReadonlyMap<string, number> = new Map([
  ['next', 1], ['following', 1],
  ['previous', -1], ['prior', -1], ['preceding', -1],
  ['same', 0], ['that', 0],
]);

const UNIT = 'day|morning|afternoon|evening|night|week|month';

/** With `event`, the count is from an event whose date is unknown unless a date was named before. */
function anaphor(env: Env, unit: string, shift: number, event = false): Built {
  const part = DAY_PARTS.get(unit);
  const grain: Anchor = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'day';
  let value: string;
  if (!env.ref || event) value = grain === 'week' ? 'XXXX-WXX' : grain === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
  else value = grain === 'day' ? formatDay(addDays(env.ref, shift)) : shiftedValue(env.ref, grain, shift)!;
  return { type: part ? 'TIME' : 'DATE', value: part ? `${value}T${part}` : value, relative: true, anchor: grain, shift };
}

/** "the next day", "the following week", "the previous month", "that same day", "earlier that day", "that night". */
const relativeToNamed: DateRule = {
  id: 'dates/anaphoric-day',
  pattern: datePattern(
    `(?<![\\p{L}])(?:(?:earlier|later)\\s{1,4})?(?:the\\s{1,4}(?<rel>next|following|previous|prior|preceding|same)|that(?:\\s{1,4}same)?)\\s{1,4}(?<unit>${UNIT})(?![\\p{L}'’-])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const unit = g.unit!.toLowerCase();
    // the tense it is told in: a next day told in the past is no day to come (../anchors-story.ts pastAnchor)
    return { ...anaphor(env, unit, SHIFT.get((g.rel ?? 'that').toLowerCase())!), told: env.tense(at, at + m[0].length) };
  },
};

/**
 * "He had arrived the day before.", "the night after,": where the phrase ends its clause, all of
 * it. "showed up the day after his death", "the day before the vote": the day counts from an
 * event, which TIMEX3 dates only when its date is known; the last date named stands for it, and
 * "after his death" (a signal and an event) stays out of the span. "in the weeks before the
 * shooting": weeks in the month of the last date named ("weeks", as TimeBank marks it).
 */
// (a date, a weekday or a part of one: "on Saturday night, the day before the attack", BLIND12 ship-hijack)
const DATE_THEN_COMMA = /(?:\d|day|night|morning|afternoon|evening),\s{1,4}$/;
const CLAUSE_END = /^\s{0,4}(?:[.,;:!?)"”'’]|$)/u;
// "had sent an official to the island the day before to help the families" (BLIND14 D4): "before" with
// no object, a preposition or a conjunction after it
const ADVERB_THEN = onCopy(/^\s{1,4}(?:to|in|at|on|with|for|from|by|and|but|when|while|as)\s/iu);
// "and the day after that results came": "that" is the date named before
const THAT = onCopy(/^\s{1,4}that(?![\p{L}])/iu);

// "the collapse", "his death", "the stock market crash": a determiner, up to two words, a lower-case
// noun, then the end of the phrase (a stop, or a word that opens a clause or a phrase of its own);
// after other words no participle ("the morning after the blaze smelling of gasoline")
const EVENT_AFTER = onCopy(
  /^\s{1,4}(?:the|his|her|its|their)(?:\s{1,4}\p{Ll}[\p{Ll}-]{2,20}|(?:\s{1,4}[\p{L}'’-]{1,20}){1,2}\s{1,4}\p{Ll}[\p{Ll}-]{1,20}(?<!ing))(?=\s{0,4}(?:[,.;:!?)"”]|$)|\s{1,4}(?:when|and|but|as|in|at|on|of|to|with|by|for|while|after|before|from|that|which|who)(?![\p{L}]))/u,
);

const beforeAfter: DateRule = {
  id: 'dates/day-before',
  pattern: datePattern(`(?<![\\p{L}])the\\s{1,4}(?<unit>${UNIT}|(?<plural>days|weeks|months))\\s{1,4}(?<dir>before|after|following|preceding)(?![\\p{L}])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const end = at + m[0].length;
    const after = env.text.slice(end, Math.min(env.sentence.end, end + 8));
    const that = THAT.exec(after);
    const whole = that !== null || CLAUSE_END.test(after) || ADVERB_THEN.test(after);
    const unitAt = m[0].indexOf(g.unit!, 3);
    if (g.plural) {
      if (whole) return null;
      return { ...anaphor(env, 'month', 0, true), from: unitAt, to: unitAt + g.unit!.length };
    }
    // "after Oct. 12, the day before the plunge": in apposition to the date just named, that day
    const apposition = !whole && DATE_THEN_COMMA.test(env.text.slice(Math.max(env.sentence.start, at - 12), at));
    const shift = apposition ? 0 : /^(?:before|preceding)$/i.test(g.dir!) ? -1 : 1;
    // "the day after the collapse", "the day before the wedding": the event joins the span, as the
    // project's golds mark it (BLIND13); ../anchors.ts dates it by an earlier mention of the event
    const event = whole ? null : EVENT_AFTER.exec(env.text.slice(end, Math.min(env.sentence.end, end + 64)));
    const to = whole ? m[0].length + (that ? that[0].length : 0) : event ? m[0].length + event[0].length : unitAt + g.unit!.length;
    return { ...anaphor(env, g.unit!.toLowerCase(), shift, !whole && !apposition), to };
  },
};

/** "later in the day", "earlier in the week": the day (week, month) of the story; "earlier in the year": this year. */
const inThe: DateRule = {
  id: 'dates/later-in-the-day',
  pattern: datePattern(`(?<![\\p{L}])(?:earlier|later)\\s{1,4}in\\s{1,4}the\\s{1,4}(?<unit>day|morning|afternoon|evening|week|month|year)(?![\\p{L}'’-])`, 'giu'),
  build(m, env) {
    const unit = m.groups!.unit!.toLowerCase();
    if (unit === 'year') return { type: 'DATE', value: env.ref ? String(env.ref.year) : 'XXXX', relative: true };
    return anaphor(env, unit, 0);
  },
};

/**
 * "today is the eighth day of the operation", "It's the second day of an offensive", "his first
 * day in office": a day counted within an event: the last day named, else, in the present tense,
 * the reference date, in another tense unknown (the event's date is not given); a possessive
 * stays out of the span.
 */
const IS_BEFORE = onCopy(/(?:(?:^|[^\p{L}])is|\p{L}['’]s)\s{1,4}$/iu);

const ordinalDay: DateRule = {
  id: 'dates/ordinal-day',
  pattern: datePattern(String.raw`(?<![\p{L}])(?:(?<the>the)|his|her|its|their|our)\s{1,4}(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s{1,4}day(?=\s{1,4}(?:of|in|at)(?![\p{L}]))`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const from = g.the ? 0 : m[0].indexOf(g.ord!);
    // "It's the second day of an offensive" is today; "on his first day in office" counts from an undated event
    const copula = IS_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 6), at));
    const today = copula || env.tense(at, at + m[0].length) === 'present';
    return { ...anaphor(env, 'day', 0, !today), from };
  },
};

/**
 * "For the week, the index dropped 3.8%", "the week's most active session": the week the story
 * is about, that of the last date named (the reference date's without one). "the week of March 6",
 * "the week before the vote" are longer matches of other rules; "the week ahead" looks forward.
 */
const theWeek: DateRule = {
  id: 'dates/the-week',
  pattern: datePattern(String.raw`(?<![\p{L}-])the\s{1,4}week(?![\p{L}-]|\s{1,4}(?:ahead|to\s{1,4}come)(?![\p{L}]))`, 'giu'),
  build(m, env, at) {
    // "would close the site for the rest of the week": what is left of the week it is told in, not a week
    // named before ("fired two weeks earlier")
    const before = env.text.slice(Math.max(env.sentence.start, at - 16), at);
    // "is expected to disrupt trains for most of the week", said on a Sunday (DATES10's leftover): the
    // week still to come, not the one ending
    const ahead = env.ref !== null && weekday(env.ref) >= 6 && MOST_OF.test(before) && env.tense(at, at + m[0].length) === 'future';
    if (ahead || REST_OF.test(before)) {
      return env.ref ? { type: 'DATE', value: shiftedValue(env.ref, 'week', ahead ? 1 : 0)!, relative: true } : { type: 'DATE', value: 'XXXX-WXX', relative: true };
    }
    return anaphor(env, 'week', 0);
  },
};
/** Before "the week": what is left of it. */
const REST_OF = /(?:rest|remainder|balance)\s{1,4}of\s{1,4}$/i;
/** Before "the week": most of it, or what is left of it. */
const MOST_OF = /(?:most|much|all|rest|remainder|balance)\s{1,4}of\s{1,4}$/i;

/**
 * "the week before last", "the year before last": two of them before the reference date's; "the week
 * after next", "the weekend after next" (a probe of my own: was "the week" XXXX-WXX), two after it.
 */
const beforeLast: DateRule = {
  id: 'dates/before-last',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}(?<unit>week|weekend|month|year)\s{1,4}(?:before\s{1,4}last|(?<after>after\s{1,4}next))(?![\p{L}])`, 'giu'),
  build(m, env, at) {
    const unit = m.groups!.unit!.toLowerCase();
    const shift = m.groups!.after ? 2 : -2;
    // "the week before last year's vote", "the week before last Friday": "last" names something else
    const next = /^\s{1,4}(\p{L}+)/u.exec(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 16)));
    const word = next ? next[1]!.toLowerCase() : ''; // letters only: "year" of "year's"
    if (TIME_UNITS.has(word) || WEEKDAYS.has(word) || MONTHS.has(word) || SEASONS.has(word) || word === 'night') return null;
    if (unit === 'weekend') return { type: 'DATE', value: env.ref ? `${formatWeek(addDays(env.ref, 7 * shift))}-WE` : 'XXXX-WXX-WE', relative: true };
    if (!env.ref) return { type: 'DATE', value: unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', relative: true };
    return { type: 'DATE', value: shiftedValue(env.ref, unit, shift)!, relative: true };
  },
};

export const ANAPHORIC_DAY_RULES: readonly DateRule[] = [relativeToNamed, beforeAfter, inThe, ordinalDay, theWeek, beforeLast];
