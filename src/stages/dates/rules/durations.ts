// Durations and the dates they anchor: "a week", "nearly 18 hours", "the past two months",
// "two-year", "for years", "two days ago" (a DATE), "a decade ago".

import { QUANTITY_MODS, TIME_UNITS, UNIT_PLURALS, type TimeUnit } from '../../../lexicon/time.js';
import { addDays, formatDay, shiftedValue } from '../calendar.js';
import { COUNT, NUMBER_WORD, UNIT, alternation, countValue } from '../patterns.js';
import type { Built, DateRule } from '../types.js';
import { datePattern } from '../latin1.js';

const QMOD = `(?:${alternation(QUANTITY_MODS.keys())})`;
// "the next couple of years": the article may go
const VAGUE = '(?:a\\s{1,4}few|(?:a\\s{1,4})?couple\\s{1,4}of|several|many|few)';
// "two and a half years", "a year and a half", "a week or so"
const HALF = '\\s{1,4}and\\s{1,4}a\\s{1,4}half(?![\\p{L}])';
const OR_SO = '\\s{1,4}or\\s{1,4}so(?![\\p{L}])';
const HEDGE = `(?:(?<qmod>${QMOD})\\s{1,4})?`;

function unitOf(word: string): TimeUnit {
  const w = word.toLowerCase();
  return TIME_UNITS.get(UNIT_PLURALS.get(w) ?? w) ?? TIME_UNITS.get(w.slice(0, -1))!;
}

/** Amount written as a count: 1, 2.5, or null for a vague count ("several"). */
function amountOf(count: string): number | null {
  const c = count.toLowerCase();
  if (c === 'a' || c === 'an') return 1;
  if (/couple/.test(c)) return 2;
  return countValue(count);
}

/** P2Y, PT18H, P10Y ("a decade"), PXY ("several years"). */
export function durationValue(amount: number | null, unit: TimeUnit): string {
  const prefix = `P${unit.time ? 'T' : ''}`;
  if (amount === null) return `${prefix}X${unit.letter}`;
  const total = amount * unit.factor;
  const whole = Math.floor(total);
  const part = SMALLER.get(unit.letter + (unit.time ? 't' : ''));
  // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: TIMEX3 writes whole units, when the
  // fraction is a whole number of the smaller unit; "a median of 4.2 years" (2.4 months) stays P4.2Y,
  // as TIMEX3 lets the last unit carry a decimal
  if (whole !== total && part && Math.abs((total - whole) * part.per - Math.round((total - whole) * part.per)) > 1e-6) {
    return `${prefix}${Number(total.toFixed(2))}${unit.letter}`;
  }
  if (whole !== total && part) {
    const rest = Math.round((total - whole) * part.per);
    return `${prefix}${whole ? `${whole}${unit.letter}` : ''}${rest}${part.letter}`;
  }
  // "a day and a half" → P1DT12H, "half a day" → PT12H: the hours go after the time designator
  if (whole !== total && unit.letter === 'D' && !unit.time) return `P${whole ? `${whole}D` : ''}T${Math.round((total - whole) * 24)}H`;
  return `${prefix}${Number(total.toFixed(2))}${unit.letter}`;
}

const SMALLER: ReadonlyMap<string, { letter: string; per: number }> = new Map([
  ['Y', { letter: 'M', per: 12 }], ['M', { letter: 'D', per: 30 }], ['W', { letter: 'D', per: 7 }],
  ['Ht', { letter: 'M', per: 60 }], ['Mt', { letter: 'S', per: 60 }],
]);

const modOf = (s: string | undefined): string | null => (s ? QUANTITY_MODS.get(s.toLowerCase().replace(/\s{1,4}/g, ' ')) ?? null : null);

// "358,000 a month", "$5 a year": a rate; TimeBank leaves the "a year" of a rate untagged
// "after a week of clashes", "for a year": a preposition makes it a stretch again
const PREPOSITION_BEFORE = /\b(?:after|for|in|within|about|than|least|over|of|nearly|almost|only|just|during|by|until|spent|took|lasted)\s{1,4}$/iu;
const RATE_BEFORE = /(?:\d|\b(?:once|twice|thrice|times|percent|million|billion|dollars|seats|flights))[^.;:,]{0,20}$/iu;

// "by a quarter", "by nearly a quarter", "by more than a quarter" (a retry starts at "a": the bound is before it)
const THAN_AFTER = /^\s{1,4}than(?![\p{L}])/iu;
const FRACTION_BY = /(?:^|[^\p{L}])by\s{1,3}(?:\p{L}{1,8}\s{1,3}){0,2}$/iu;
const MODAL_BEFORE = /(?:^|[^\p{L}])(?:will|would|may|might|could|can|shall|should|must)\s{1,4}$/iu;
const VERB_BEFORE = /(?:^|[^\p{L}])(?:to|will|would|may|might|could|can|shall|should|must|not|['’]ll)\s{1,4}$/iu;
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
    // "52 years old" is an age; "60 Minutes" a title
    if (/^\s{1,4}old\b/i.test(after) || (/^\p{Lu}/u.test(g.unit!) && at > env.sentence.start)) return null;
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
    // "a tour likely to last over a week", "talks could last two weeks": "last" is the verb
    if (g.scope && !g.the && /^last$/i.test(g.scope) && VERB_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 8), at))) {
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
const VAGUE_RE = new RegExp(`^${VAGUE}$`, 'iu');
const PART_SCOPES = /^(?:first|last|final)$/iu;
/** Whether the word before `at` is "half", read letter by letter (most "a day"s have none). */
function halfBefore(text: string, from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k - 3 < from) return false;
  const l = (i: number): number => text.charCodeAt(i) | 0x20;
  return l(k - 3) === 0x68 && l(k - 2) === 0x61 && l(k - 1) === 0x6c && l(k) === 0x66;
}
const HALF_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?<q>${QMOD})\\s{1,4})?half\\s{1,4}$`, 'iu');
const OF_THE_PERIOD = /^\s{1,4}of\s{1,4}(?:the|this)\s{1,4}(?:year|quarter|month)(?![\p{L}'’-])/iu;

// "for over two years", "just over a week", "lasted over a month", "is over two years": more than
const OVER_MORE_THAN_BEFORE = /(?:^|[^\p{L}])(?:for|just|of|in|after|within|than|to|by|at|last|lasts|lasted|lasting|took|take|takes|taking|spent|spend|spending|spanning|served|serving|well|only|is|was|are|were|be|been)\s{1,4}$/iu;
const WORD_BEFORE = /\S\s{1,4}$/u;

/** Whether "over" before a duration means "across" ("phasing in the levy over two years"): after another word that is no more-than context. */
function overMeansAcross(before: string): boolean {
  return WORD_BEFORE.test(before) && !OVER_MORE_THAN_BEFORE.test(before);
}
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s{1,4}$/iu;

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

/** "for years", "over decades", "within hours": a bare plural unit after a preposition. */
const barePlural: DateRule = {
  id: 'dates/duration-bare-plural',
  pattern: datePattern(String.raw`(?<=\b(?:for|over|within|after|took|lasted|spent|in)\s)(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?![\p{L}])`, 'giu'),
  build(m) {
    return { type: 'DURATION', value: durationValue(null, unitOf(m.groups!.unit!)) };
  },
};

/** "two days ago" → the date two days before the reference; "a decade ago" → 2015; "several years ago" → PAST_REF; "three days later" → P3D. */
const ago: DateRule = {
  id: 'dates/ago',
  pattern: datePattern(
    `(?<![\\p{L}\\d])${HEDGE}(?<count>${COUNT}|an?|${VAGUE})\\s{1,4}(?<unit>${UNIT})(?:\\s{1,4}or\\s{1,4}so)?\\s{1,4}(?<dir>ago|earlier|later|from\\s{1,4}now|hence)(?![\\p{L}])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const unit = unitOf(g.unit!);
    // "the 1,000-day war": the thousands comma is no decimal point
    const count = g.count!.toLowerCase().replace(',', '');
    const amount = VAGUE_RE.test(count) && !/couple/.test(count) ? null : amountOf(count);
    const sign = /^(?:ago|earlier)$/i.test(g.dir!) ? -1 : 1;
    const mod = modOf(g.qmod) ?? (/or\s{1,4}so/i.test(m[0]) ? 'APPROX' : null);
    // "three days later", "two years later": counted from the story's last event, not from the
    // reference date, so the stretch itself (TimeBank tags "three days" and leaves "later" out)
    if (/^later$/i.test(g.dir!)) return { type: 'DURATION', value: durationValue(amount, unit), mod, to: m[0].length - g.dir!.length };
    // "the blossoms open about 10 days earlier than when she started": a difference, not a date (BLIND8)
    if (/^earlier$/i.test(g.dir!) && THAN_AFTER.test(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 8)))) {
      return { type: 'DURATION', value: durationValue(amount, unit), mod, to: m[0].length - g.dir!.length };
    }
    if (amount === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod, relative: true };
    if (!env.ref) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod, relative: true };
    const n = Math.round(amount * unit.factor) * sign;
    // "an hour earlier": the stretch itself
    if (/^earlier$/i.test(g.dir!) && unit.time) return { type: 'DURATION', value: durationValue(amount, unit), mod };
    // "rose to 143 on Tuesday, up from 96 a day earlier": that many days (weeks) before the last
    // date named (../anchors.ts), before the reference date when none was
    // "eased to 3.1% in September from 3.4% a month earlier": months likewise (August)
    if (/^earlier$/i.test(g.dir!) && (unit.grain === 'day' || unit.grain === 'week' || unit.grain === 'month')) {
      const value = unit.grain === 'day' ? formatDay(addDays(env.ref, n)) : shiftedValue(env.ref, unit.grain, n);
      return value ? { type: 'DATE', value, mod, relative: true, anchor: unit.grain, shift: n } : null;
    }
    if (unit.time) return { type: 'DATE', value: formatDay(env.ref), mod, relative: true };
    // "Their daughter came home two decades ago": as precise as the text, the decade (TIMEX3 200)
    if (/^decades?$/i.test(g.unit!) && /^ago$/i.test(g.dir!) && Number.isInteger(amount)) {
      return { type: 'DATE', value: String(Math.floor((env.ref.year + n) / 10)).padStart(3, '0'), mod, relative: true };
    }
    const value = unit.grain === 'day' ? formatDay(addDays(env.ref, n)) : shiftedValue(env.ref, unit.grain, n);
    // "She was jailed in 1968. Two years earlier, she had married": 1966, from the last year named
    // ("a year earlier" is earnings news' comparison with the same quarter, ../anchors.ts)
    const years = unit.grain === 'year' && n < -1 && /^earlier$/i.test(g.dir!);
    const anchor = n === -1 && unit.grain === 'year' && !mod ? 'year-back' : years ? 'years' : undefined;
    return value ? { type: 'DATE', value, mod, relative: true, anchor, shift: years ? n : undefined } : null;
  },
};

/**
 * "which just months ago was losing money": as "several months ago", some time before (its own
 * pattern: an optional count in dates/ago would let it backtrack polynomially).
 */
const bareAgo: DateRule = {
  id: 'dates/bare-ago',
  pattern: datePattern(String.raw`(?<![\p{L}\d-])(?:years|months|weeks|days|decades)\s{1,4}ago(?![\p{L}])`, 'giu'),
  build() {
    return { type: 'DATE', value: 'PAST_REF', relative: true };
  },
};

/** "year-earlier results", "the year-ago period": the year before (the quarter before, in earnings news). */
const yearAgo: DateRule = {
  id: 'dates/year-ago',
  pattern: datePattern(String.raw`(?<![\p{L}-])(?:the\s{1,4}year-(?:ago|earlier)\s{1,4}(?:period|quarter)|year-(?:ago|earlier))(?![\p{L}-])`, 'giu'),
  build(m, env) {
    const value = env.ref ? String(env.ref.year - 1) : 'XXXX';
    return { type: 'DATE', value, relative: true, anchor: 'year-back' };
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
