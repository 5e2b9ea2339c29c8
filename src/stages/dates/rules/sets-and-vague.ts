// Recurrences (TIMEX3 SET) and vague references: "every Monday", "annually", "twice a week";
// "recently", "now", "soon", "recent weeks", "current levels", "the past", "the future".

import { CARDINALS } from '../../../lexicon/numbers.js';
import { TITLE_HEADS } from '../../../lexicon/titles.js';
import { DAY_PARTS, FREQUENCIES, MONTHS, SEASONS, TIME_UNITS, VAGUE_ADJECTIVES, VAGUE_REFS, WEEKDAYS } from '../../../lexicon/time.js';
import { COUNT, DAY_PART, MONTH_FULL, SEASON, UNIT, WEEKDAY, alternation, countValue } from '../patterns.js';
import { durationValue } from './duration-words.js';
import type { DateRule } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';

const WORD_AFTER = onCopy(/^\s{1,4}\p{L}+(?![\p{L}-])/u);

/**
 * "every Monday" → XXXX-WXX-1, "every Saturday morning" → XXXX-WXX-6TMO, "each July" → XXXX-07,
 * "each winter" → XXXX-WI, "every two years" → P2Y, "every day" → P1D, "every morning" → XXXX-XX-XXTMO,
 * "every weekend" → XXXX-WXX-WE.
 */
const every: DateRule = {
  id: 'dates/set-every',
  pattern: datePattern(
    `(?<![\\p{L}])(?:every|each)\\s{1,4}(?:(?<other>other)\\s{1,4})?(?:(?<count>${COUNT})\\s{1,4})?(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY})|(?<mon>${MONTH_FULL})|(?<season>${SEASON})|(?<part>${DAY_PART})|(?<weekend>weekend))(?![\\p{L}])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (g.wd) {
      // the part of the day is read in code, not matched by the pattern
      const next = WORD_AFTER.exec(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 16)));
      const part = next ? DAY_PARTS.get(next[0].trimStart().toLowerCase()) : undefined;
      const day = `XXXX-WXX-${WEEKDAYS.get(g.wd.toLowerCase())}`;
      return part ? { type: 'SET', value: `${day}T${part}`, to: m[0].length + next![0].length } : { type: 'SET', value: day };
    }
    if (g.season) return { type: 'SET', value: `XXXX-${SEASONS.get(g.season.toLowerCase())!.code}` };
    // "every weekend" (a probe of my own: was untagged), as "on weekends" is XXXX-WXX-WE; "every other weekend" is none
    if (g.weekend) return g.count || g.other ? null : { type: 'SET', value: 'XXXX-WXX-WE' };
    // "every morning", "each night": that part of every day
    if (g.part) return g.count || g.other ? null : { type: 'SET', value: `XXXX-XX-XXT${DAY_PARTS.get(g.part.toLowerCase())}` };
    if (g.mon) return { type: 'SET', value: `XXXX-${String(MONTHS.get(g.mon.toLowerCase())).padStart(2, '0')}` };
    const word = g.unit!.toLowerCase();
    const unit = TIME_UNITS.get(word) ?? TIME_UNITS.get(word.replace(/ies$/, 'y').replace(/s$/, ''));
    if (!unit) return null;
    const n = (g.count ? countValue(g.count) : 1) ?? 1;
    return { type: 'SET', value: durationValue(g.other ? 2 * n : n, unit) };
  },
};

/** "daily", "annually", "weekly". */
const frequency: DateRule = {
  id: 'dates/set-frequency',
  pattern: datePattern(`(?<![\\p{L}-])(?<word>${alternation(FREQUENCIES.keys())})(?![\\p{L}-])`, 'giu'),
  build(m, env, at) {
    // "the daily Der Standard", "the Communist Party daily Granma": a newspaper before its name
    const end = at + m[0].length;
    if (NAME_AFTER.test(env.text.slice(end, Math.min(env.sentence.end, end + 3)))) return null;
    return { type: 'SET', value: FREQUENCIES.get(m.groups!.word!.toLowerCase())! };
  },
};
const NAME_AFTER = onCopy(/^\s{1,2}\p{Lu}/u);

/** Units a count of which may recur in a longer one: "three days a week", "six hours a day", "two weeks a year". */
const PER_UNIT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['minutes', new Set(['hour', 'day', 'week'])],
  ['hours', new Set(['day', 'week', 'month', 'year'])],
  ['days', new Set(['week', 'month', 'year'])],
  ['nights', new Set(['week', 'month', 'year'])],
  ['weeks', new Set(['year'])],
  ['months', new Set(['year'])],
]);

/**
 * "twice a week", "three times a year", "once a month"; "three days a week", "40 hours a week"
 * (one SET, not a duration and a week; TIMEX3 gives the period, P1W, and would put the count in freq).
 */
const rate: DateRule = {
  id: 'dates/set-rate',
  pattern: datePattern(
    `(?<![\\p{L}])(?:once|twice|thrice|${COUNT}\\s{1,4}(?:times|(?<each>minutes|hours|days|nights|weeks|months)))\\s{1,4}(?:a|an|per|each|every)\\s{1,4}(?<unit>day|week|month|year|hour|decade)(?![\\p{L}])`,
    'giu',
  ),
  build(m) {
    const { each, unit } = m.groups!;
    if (each && !PER_UNIT.get(each.toLowerCase())?.has(unit!.toLowerCase())) return null;
    return { type: 'SET', value: durationValue(1, TIME_UNITS.get(unit!.toLowerCase())!) };
  },
};

const ADJECTIVE_USE: ReadonlySet<string> = new Set(['the past', 'the future', 'the present']);

/** Whether the words after "the past" make it an adjective: a count ("three summers", "two decades") or a role ("king"). */
function adjectiveBefore(after: string): boolean {
  const next = NEXT_WORD.exec(after);
  if (next) {
    const w = next.groups!.w!.toLowerCase();
    return CARDINALS.has(w) || COUNT_WORDS.has(w) || TITLE_HEADS.has(w);
  }
  return /^\s{1,4}\d/u.test(after);
}
const COUNT_WORDS: ReadonlySet<string> = new Set(['few', 'several', 'couple', 'many', 'dozen']);

/** "recently", "now", "currently", "soon", "the past", "the future", "the near future". */
const vagueWord: DateRule = {
  id: 'dates/vague-reference',
  pattern: datePattern(
    `(?<![\\p{L}'’-])(?:(?<the>the)\\s{1,4}(?<near>near|foreseeable|distant|recent)\\s{1,4}(?<noun>future|past)|(?<word>${alternation(VAGUE_REFS.keys()).replace(/ /g, '\\s{1,4}')}))(?![\\p{L}'’-])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (g.noun) return { type: 'DATE', value: g.noun.toLowerCase() === 'future' ? 'FUTURE_REF' : 'PAST_REF' };
    const word = g.word!.toLowerCase().replace(/\s{1,4}/g, ' ');
    const after = env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 8));
    // "as soon as", "soon after": a conjunction, not a time
    if (word === 'soon' && (/^\s{1,4}as\b/i.test(after) || /\bas\s{1,4}$/i.test(env.text.slice(Math.max(0, at - 4), at)))) return null;
    // "for the past three summers", "the future king": an adjective before what it places, no time of its own
    if (g.word!.length >= 8 && ADJECTIVE_USE.has(word) && adjectiveBefore(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 24)))) return null;
    return { type: 'DATE', value: VAGUE_REFS.get(word)! };
  },
};

/** "recent weeks" (PAST_REF), "the coming months" (FUTURE_REF), "the past few days" (PXD). */
const vaguePeriod: DateRule = {
  id: 'dates/vague-period',
  pattern: datePattern(
    `(?<![\\p{L}])(?:(?<the>the)\\s{1,4})?(?:most\\s{1,4})?(?<adj>recent|coming|future|past|past\\s{1,4}few|last\\s{1,4}few|next\\s{1,4}few|past\\s{1,4}several|last\\s{1,4}several|next\\s{1,4}several)\\s{1,4}(?<unit>days|weeks|months|years|decades|quarters)(?:\\s{1,4}(?<ahead>ahead))?(?![\\p{L}])`,
    'giu',
  ),
  build(m) {
    const g = m.groups!;
    const adj = g.adj!.toLowerCase();
    if (adj === 'recent' || adj === 'past') return { type: 'DATE', value: 'PAST_REF' };
    if (adj === 'coming' || adj === 'future') return { type: 'DATE', value: 'FUTURE_REF' };
    const letter = g.unit!.toLowerCase() === 'decades' ? 'Y' : g.unit![0]!.toUpperCase();
    return { type: 'DURATION', value: `PX${letter}` };
  },
};

// the words after the adjective, read in code
const NEXT_WORD = onCopy(/^\s{1,4}(?<w>\p{L}+)(?:\s{1,4}(?<w2>\p{L}+))?/u);
const FORMER_BEFORE = /(?:former|past|prospective)\s{1,4}(?:and|or)\s{1,4}$/iu;
/** Status words paired with "current": "current and former customers" sorts people, it dates nothing. */
const STATUS_PAIRS: ReadonlySet<string> = new Set(['former', 'past', 'prospective', 'future', 'retired']);

/**
 * "current levels" → "current" PRESENT_REF: an adjective before a noun (VAGUE_ADJECTIVES);
 * "the then current market price" → "then current" PAST_REF. Not before a role ("the bloc's
 * current chairman" names who holds it) nor beside "former" ("current and former customers").
 */
const vagueAdjective: DateRule = {
  id: 'dates/vague-adjective',
  pattern: datePattern(`(?<![\\p{L}-])(?:(?<then>then)\\s{1,4})?(?<word>${alternation(VAGUE_ADJECTIVES.keys())})(?=\\s{1,4}\\p{L})`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const next = NEXT_WORD.exec(env.text.slice(at + m[0].length, Math.min(env.sentence.end, at + m[0].length + 32)));
    const w = next?.groups!.w!.toLowerCase();
    if (w && TITLE_HEADS.has(w)) return null;
    if ((w === 'and' || w === 'or') && STATUS_PAIRS.has(next!.groups!.w2?.toLowerCase() ?? '')) return null;
    if (FORMER_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 24), at))) return null;
    if (g.then) return { type: 'DATE', value: 'PAST_REF' };
    return { type: 'DATE', value: VAGUE_ADJECTIVES.get(g.word!.toLowerCase())! };
  },
};

/** "the weeks ahead", "the days ahead": the future. */
const ahead: DateRule = {
  id: 'dates/vague-ahead',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}(?:days|weeks|months|years)\s{1,4}ahead(?![\p{L}])`, 'giu'),
  build() {
    return { type: 'DATE', value: 'FUTURE_REF' };
  },
};

export const SET_AND_VAGUE_RULES: readonly DateRule[] = [every, frequency, rate, vagueWord, vaguePeriod, vagueAdjective, ahead];
