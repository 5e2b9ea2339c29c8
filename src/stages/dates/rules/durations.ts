// Durations: "a week", "nearly 18 hours", "the past two months", "two-year", "for years", "for a
// while"; the dates counted from one ("two days ago") are in ./ago.ts.

import { LAST_VERB_BEFORE } from '../../../lexicon/time-tense.js';
import { COUNT, NUMBER_WORD, UNIT, countValue } from '../patterns.js';
import type { Built, DateRule } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';
import { ago, bareAgo, yearAgo } from './ago.js';
import { HALF, HEDGE, OR_SO, QMOD, VAGUE, VAGUE_RE, amountOf, durationValue, modOf, unitOf } from './duration-words.js';

// "358,000 a month", "$5 a year": a rate; TimeBank leaves the "a year" of a rate untagged
// "after a week of clashes", "for a year": a preposition makes it a stretch again
const PREPOSITION_BEFORE = /\b(?:after|for|in|within|about|than|least|over|of|nearly|almost|only|just|during|by|until|spent|took|lasted)\s{1,4}$/iu;
const RATE_BEFORE = /(?:\d|\b(?:once|twice|thrice|times|percent|million|billion|dollars|seats|flights))[^.;:,]{0,20}$/iu;
// "two cups of coffee a day", "dozens of calls a week": a count of things in words; TIMEX3 makes
// the period of the rate a SET (TimeBank does, 2 of 2), where a sum of money a year stays untagged
const COUNT_RATE_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens)\b[^.;:,$\d]{0,24}$/iu;
const MONEY_BEFORE = /\b(?:million|billion|dollars|euros|pounds|percent|cents)\b[^.;:,]{0,20}$/iu;
// "three weeks a day at a time": amounts of time stand apart (a count of a unit in each period is dates/set-rate)
const UNIT_BEFORE = /\b(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)\s{1,4}$/iu;
// "two years a day after the crash": a count of days from an event, no rate
const COUNTED_FROM = /^\s{1,4}(?:after|before|later|earlier|ago)\b/iu;

const FRACTION_BY = onCopy(/(?:^|[^\p{L}])by\s{1,3}(?:\p{L}{1,8}\s{1,3}){0,2}$/iu);
const MODAL_BEFORE = onCopy(/(?:^|[^\p{L}])(?:will|would|may|might|could|can|shall|should|must)\s{1,4}$/iu);
// the words after which "last" is the verb (LAST_VERB_BEFORE), and what a text shows that a token does
// not: the contraction "'ll", and "and"/"or" before a second verb ("would begin in May and last six months")
// ("they'll last": the contraction ends a word, so no word edge before it)
const VERB_BEFORE = onCopy(new RegExp(`(?:(?:^|[^\\p{L}])(?:${LAST_VERB_BEFORE.join('|')}|and|or)|['’]ll)\\s{1,4}$`, 'iu'));
// "the first and last", "the opening or last": a word of order before the "and"/"or" that precedes "last"
const ORDER_AND = onCopy(/(?:^|[^\p{L}])(?:first|second|third|opening|middle|past|next|final)\s{1,4}(?:and|or)\s{1,4}$/iu);
const LEADING_WORD = /^\S{1,12}\s{1,4}/u;
const RANGE_JOIN = /(?:\bto|\bor|-|\x96)\s{0,4}$/;
const RANGE_BEFORE = new RegExp(`(?<![\\p{L}\\d.,$])(?:the\\s{1,4}(?:next|past|last|first|coming)\\s{1,4})?(?<low>\\d{1,4}|${NUMBER_WORD})(?:\\s{1,4}(?:to|or)\\s{1,4}|\\s{0,2}[-\\x96]\\s{0,2})$`, 'iu');

/** The start of a range that ends where a duration begins: "two to ", "the next 12 to ", "5-". */
function rangeBefore(text: string, floor: number, at: number): { low: string; length: number } | null {
  const before = text.slice(floor, at);
  if (!RANGE_JOIN.test(before)) return null;
  const m = RANGE_BEFORE.exec(before);
  return m ? { low: m.groups!.low!, length: m[0].length } : null;
}

/** "a week", "nearly 18 hours", "the past two months", "the first nine months", "at least 72 hours", "a year and a half", "eight trading days". */
const duration: DateRule = {
  id: 'dates/duration',
  pattern: datePattern(
    `(?<![\\p{L}\\d.,$])(?:(?<the>the)\\s{1,4})?(?:(?<scope>past|last|next|first|coming|previous|final|remaining|initial|latest|following)\\s{1,4})?${HEDGE}(?<count>${COUNT}|an?|${VAGUE})(?<half>${HALF})?\\s{1,4}(?:(?:more|full|straight|consecutive|additional|long|trading|business|working)\\s{1,4})?(?<unit>${UNIT})(?<half2>${HALF})?(?<orso>${OR_SO})?(?!-)`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    // "the 1,000-day war": the thousands comma is no decimal point
    const count = g.count!.toLowerCase().replace(',', '');
    const unit = unitOf(g.unit!);
    const after = env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 6));
    // "52 years old" is an age; "60 Minutes" a title (not in a Title Case headline: "Jailed for Six Years Over Bribes")
    if (/^\s{1,4}old\b/i.test(after) || (/^\p{Lu}/u.test(g.unit!) && at > env.sentence.start && env.sentence.body)) return null;
    // "a weeks" is not English; "one days" neither
    if (/^(?:a|an|one|1)$/.test(count) && /s$/i.test(g.unit!)) return null;
    // "a second group": the ordinal, not one second; "more than a quarter of the market": a fraction
    if ((count === 'a' || count === 'an') && g.unit!.toLowerCase() === 'second') return null;
    // "after several quarters of losses": a vague count of quarters is no fraction
    if (/^quarters?$/i.test(g.unit!) && /^\s{1,4}of\b/i.test(after) && !/^(?:several|many|a\s{1,4}few|few)$/i.test(count)) return null;
    // "could reduce the risk by nearly a quarter", "cut by three quarters": a change by a fraction (BLIND8)
    if (/^quarters?$/i.test(g.unit!) && !g.the && !g.scope && FRACTION_BY.test(env.text.slice(Math.max(env.sentence.start, at - 26), at))) return null;
    // "Islam will one day be the second religion": someday, not a day's length
    if (count === 'one' && /^day$/i.test(g.unit!) && !g.the && !g.scope && !g.qmod && MODAL_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 8), at))) {
      return { type: 'DATE', value: 'FUTURE_REF', relative: true };
    }
    if ((count === 'a' || count === 'an') && !g.the && !g.scope && !g.qmod) {
      const before = env.text.slice(Math.max(env.sentence.start, at - 30), at);
      if (RATE_BEFORE.test(before) && !PREPOSITION_BEFORE.test(before)) return null;
      if (COUNT_RATE_BEFORE.test(before) && !PREPOSITION_BEFORE.test(before) && !UNIT_BEFORE.test(before) && !COUNTED_FROM.test(after)) return MONEY_BEFORE.test(before) ? null : { type: 'SET', value: durationValue(1, unit) };
    }
    // "two to three weeks", "the next 12 to 18 months": the range is one expression, valued at its low end
    const range = rangeBefore(env.text, Math.max(env.sentence.start, at - 40), at);
    // "between two and six days": two expressions, the low end its own (dates/duration-range-low)
    const between = range !== null && BETWEEN_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - range.length - 9), at - range.length));
    if (range && !between && !g.the && !g.scope && !g.qmod && !VAGUE_RE.test(count)) {
      const low = amountOf(range.low);
      if (low !== null) return { type: 'DURATION', value: durationValue(low, unit), from: -range.length };
    }
    // "the 1988 quarter", "the 1989 period": a year, not 1988 quarters
    if (/^\d{4}$/.test(count) && !/s$/i.test(g.unit!)) return null;
    const whole = VAGUE_RE.test(count) && !/couple/.test(count) ? null : amountOf(count);
    const amount = whole !== null && (g.half || g.half2) ? whole + 0.5 : whole;
    // "half an hour", "half a century": the half is the amount, and the span opens on it
    if ((count === 'a' || count === 'an') && !g.the && !g.scope && !g.qmod && !g.half && !g.half2 && halfBefore(env.text, env.sentence.start, at)) {
      // "almost half a century": the bound before "half" is the mod
      const half = HALF_BEFORE.exec(env.text.slice(Math.max(env.sentence.start, at - 30), at));
      if (half) return { type: 'DURATION', value: durationValue(0.5, unit), mod: modOf(half.groups!.q), from: -half[0].length };
    }
    // "phasing in the levy over two years", "used over three years": across the stretch, not more than it
    if (g.qmod && /^over$/i.test(g.qmod) && !g.the && !g.scope && overMeansAcross(env.text.slice(Math.max(env.sentence.start, at - 14), at))) {
      return { type: 'DURATION', value: durationValue(amount, unit), mod: g.orso ? 'APPROX' : null, from: m[0].indexOf(g.count!, g.qmod.length) };
    }
    const built: Built = { type: 'DURATION', value: durationValue(amount, unit), mod: modOf(g.qmod) ?? (g.orso ? 'APPROX' : null) };
    // "a tour likely to last over a week", "talks could last two weeks", "would begin in May and last about
    // six months" (a probe of my own): "last" is the verb
    // (not "the first and last two weeks of the year": "and" between two words of order)
    if (g.scope && !g.the && /^last$/i.test(g.scope) && VERB_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 8), at)) && !ORDER_AND.test(env.text.slice(Math.max(env.sentence.start, at - 16), at))) {
      built.from = LEADING_WORD.exec(m[0])![0].length;
    }
    // "in the first nine months of the year": the stretch is told within the year it belongs to,
    // one expression ("of 2024" names a year of its own and stays apart)
    if (g.the && g.scope && PART_SCOPES.test(g.scope)) {
      const of = OF_THE_PERIOD.exec(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 24)));
      if (of) built.to = m[0].length + of[0].length;
    }
    return built;
  },
};
const PART_SCOPES = /^(?:first|last|final)$/iu;
/** Whether the word before `at` is "half", read letter by letter (most "a day"s have none). */
function halfBefore(text: string, from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k - 3 < from) return false;
  const l = (i: number): number => text.charCodeAt(i) | 0x20;
  return l(k - 3) === 0x68 && l(k - 2) === 0x61 && l(k - 1) === 0x6c && l(k) === 0x66;
}
const HALF_BEFORE = datePattern(`(?<![\\p{L}])(?:(?<q>${QMOD})\\s{1,4})?half\\s{1,4}$`, 'iu');
const OF_THE_PERIOD = onCopy(/^\s{1,4}of\s{1,4}(?:the|this)\s{1,4}(?:year|quarter|month)(?![\p{L}'’-])/iu);

// "for over two years", "just over a week", "lasted over a month", "is over two years": more than
const OVER_MORE_THAN_BEFORE = onCopy(/(?:^|[^\p{L}])(?:for|just|of|in|after|within|than|to|by|at|last|lasts|lasted|lasting|took|take|takes|taking|spent|spend|spending|spanning|served|serving|well|only|is|was|are|were|be|been)\s{1,4}$/iu);
const WORD_BEFORE = /\S\s{1,4}$/u;

/** Whether "over" before a duration means "across" ("phasing in the levy over two years"): after another word that is no more-than context. */
function overMeansAcross(before: string): boolean {
  return WORD_BEFORE.test(before) && !OVER_MORE_THAN_BEFORE.test(before);
}
const BETWEEN_BEFORE = onCopy(/(?:^|[^\p{L}])between\s{1,4}$/iu);

/**
 * "between two and six days": TimeML marks the ends of a range introduced by "between" as two
 * expressions, so the low end, "two", is a duration in the unit the high end names (P2D).
 */
const rangeLow: DateRule = {
  id: 'dates/duration-range-low',
  pattern: datePattern(
    `(?<![\\p{L}])between\\s{1,4}(?<low>\\d{1,4}|${NUMBER_WORD})\\s{1,4}(?:and|to)\\s{1,4}(?:\\d{1,4}|${NUMBER_WORD})\\s{1,4}(?<unit>${UNIT})(?![\\p{L}])`,
    'giu',
  ),
  build(m) {
    const g = m.groups!;
    const low = countValue(g.low!);
    if (low === null) return null;
    const from = m[0].indexOf(g.low!, 7);
    return { type: 'DURATION', value: durationValue(low, unitOf(g.unit!)), from, to: from + g.low!.length };
  },
};

/** "two-year", "10-year", "five-hour", "several-year", "year-long", "decades-long"; not "a 5-year-old". */
const adjectival: DateRule = {
  id: 'dates/duration-adjective',
  pattern: datePattern(
    `(?<![\\p{L}\\d,.-])(?:(?<count>\\d{1,3},\\d{3}|\\d{1,4}(?:\\.\\d)?|${NUMBER_WORD}|half|several|multi|few)-(?<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?|(?<lunit>${UNIT})-long)(?![\\p{L}\\d]|-\\p{L})`,
    'giu',
  ),
  build(m) {
    const g = m.groups!;
    if (g.lunit) {
      const unit = unitOf(g.lunit);
      const plural = /s$/i.test(g.lunit);
      return { type: 'DURATION', value: durationValue(plural ? null : 1, unit) };
    }
    // "the 1,000-day war": the thousands comma is no decimal point
    const count = g.count!.toLowerCase().replace(',', '');
    // "a several-year tenure", "multi-year": a stretch of years, how many not said
    const amount = count === 'half' ? 0.5 : /^(?:several|multi|few)$/.test(count) ? null : countValue(count);
    return { type: 'DURATION', value: durationValue(amount, unitOf(g.unit!)) };
  },
};

/** "for years", "over decades", "within hours", "could take weeks": a bare plural unit after a preposition or a verb of lasting. */
const barePlural: DateRule = {
  id: 'dates/duration-bare-plural',
  pattern: datePattern(String.raw`(?<=\b(?:for|over|within|after|take|takes|taking|took|lasted|spent|in)\s)(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?![\p{L}])`, 'giu'),
  build(m) {
    return { type: 'DURATION', value: durationValue(null, unitOf(m.groups!.unit!)) };
  },
};

/**
 * "for a while", "for some time": a stretch of unsaid length (PXX); "over the years", "in the
 * early years": years, how many not said. Not "the years of", "the years before" (dates/day-before).
 */
const unsaidLength: DateRule = {
  id: 'dates/unsaid-length',
  // the preposition is matched (a lookbehind would be tried at every position) and left out of the span
  pattern: datePattern(String.raw`(?<![\p{L}])(?:for|after|in|over|during|through|throughout)\s{1,4}(?<what>(?<while>a\s{1,4}while|some\s{1,4}time)|the\s{1,4}(?:(?:early|intervening|ensuing)\s{1,4})?(?:years|decades))(?![\p{L}\d]|\s{1,4}(?:of|ago|before|after|since|old|to|\d))`, 'giu'),
  build(m) {
    const g = m.groups!;
    return { type: 'DURATION', value: g.while ? 'PXX' : 'PXY', from: m[0].length - g.what!.length };
  },
};

export const DURATION_RULES: readonly DateRule[] = [duration, adjectival, barePlural, ago, yearAgo, rangeLow, unsaidLength, bareAgo];
