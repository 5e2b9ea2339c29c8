// Dates counted from a duration: "two days ago" (a DATE), "a decade ago", "months ago", "year-earlier
// results"; "three days later" is the stretch itself (a DURATION).

import { addDays, formatDay, shiftedValue } from '../calendar.js';
import { COUNT, UNIT } from '../patterns.js';
import type { DateRule } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';
import { HEDGE, THAN_AFTER, VAGUE, VAGUE_RE, amountOf, durationValue, modOf, unitOf } from './duration-words.js';

// a verb of moving a date a few words before "… two weeks back"
const MOVED_BEFORE = onCopy(/(?:^|[^\p{L}])(?:push|pushed|pushing|set|setting|move|moved|moving|put|putting|pull|pulled|roll|rolled|bump|bumped|step|stepped|turn|turned)(?:\s{1,4}\S{1,20}){0,4}\s{1,4}$/iu);

/** "two days ago" → the date two days before the reference; "a decade ago" → 2015; "several years ago" → PAST_REF; "three days later" → P3D. */
export const ago: DateRule = {
  id: 'dates/ago',
  pattern: datePattern(
    `(?<![\\p{L}\\d])${HEDGE}(?<count>${COUNT}|an?|${VAGUE})\\s{1,4}(?<unit>${UNIT})(?:\\s{1,4}or\\s{1,4}so)?\\s{1,4}(?<dir>ago|back|earlier|later|from\\s{1,4}now|hence)(?![\\p{L}])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const unit = unitOf(g.unit!);
    // "the 1,000-day war": the thousands comma is no decimal point
    const count = g.count!.toLowerCase().replace(',', '');
    const amount = VAGUE_RE.test(count) && !/couple/.test(count) ? null : amountOf(count);
    // "a few years back" is "a few years ago"; "pushed the vote two weeks back" is a delay, no date
    if (/^back$/i.test(g.dir!) && MOVED_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 40), at))) return null;
    const sign = /^(?:ago|earlier|back)$/i.test(g.dir!) ? -1 : 1;
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
    // "Their daughter came home two decades ago": as precise as the text, the decade (TIMEX3 200); "a half-century ago" → 197
    if ((/^decades?$/i.test(g.unit!) || (unit.factor === 25 || unit.factor === 50)) && /^(?:ago|back)$/i.test(g.dir!) && Number.isInteger(amount)) {
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
 * pattern: an optional count in dates/ago would let it backtrack polynomially); "Police arrived
 * minutes later": a stretch of unsaid length, "later" left out as in "three days later" (PTXM).
 */
export const bareAgo: DateRule = {
  id: 'dates/bare-ago',
  pattern: datePattern(String.raw`(?<![\p{L}\d-])(?:(?:years|months|weeks|days|decades)\s{1,4}ago|(?<unit>years|months|weeks|days|decades|hours|minutes)\s{1,4}later)(?![\p{L}])`, 'giu'),
  build(m) {
    const unit = m.groups!.unit;
    if (unit) return { type: 'DURATION', value: durationValue(null, unitOf(unit)), to: unit.length };
    return { type: 'DATE', value: 'PAST_REF', relative: true };
  },
};

/** "year-earlier results", "the year-ago period": the year before (the quarter before, in earnings news). */
export const yearAgo: DateRule = {
  id: 'dates/year-ago',
  pattern: datePattern(String.raw`(?<![\p{L}-])(?:the\s{1,4}year-(?:ago|earlier)\s{1,4}(?:period|quarter)|year-(?:ago|earlier))(?![\p{L}-])`, 'giu'),
  build(m, env) {
    const value = env.ref ? String(env.ref.year - 1) : 'XXXX';
    return { type: 'DATE', value, relative: true, anchor: 'year-back' };
  },
};
