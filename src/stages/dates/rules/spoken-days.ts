// A day of the month in words, as broadcast transcripts and speeches give it: "March eighth",
// "Sunday, March the eighth", "the twenty-first of June, 1990" → 2026-03-08, 1990-06-21.

import { ordinalValue } from '../../../lexicon/numbers.js';
import { MONTHS } from '../../../lexicon/time.js';
import { alternation, MONTH_FULL, WEEKDAY } from '../patterns.js';
import { resolveMonthDay } from '../resolve.js';
import { formatDay, isValidDay } from '../calendar.js';
import type { Built, DateRule, Env } from '../types.js';
import { datePattern, onCopy } from '../latin1.js';

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
/** "eighth", "twenty-first", "thirty first": the ordinals of the days of a month. */
const DAY_ORDINAL = `(?:(?:twenty|thirty)[- ](?:${alternation(UNITS)})|${alternation([...TEENS, ...UNITS])})`;
const YEAR = String.raw`(?:,?\s{1,4}(?<year>1\d{3}|20\d{2})(?!\d))?`;
// "the March second round", "a June third-place finish": an ordinal of what follows, no day
const ORDINAL_OF_NOUN = onCopy(/^\s{1,4}(?:round|half|quarter|term|time|place|straight|consecutive|largest|biggest|highest|lowest|best|worst|day|week|month|year|season|game|match|stage|phase|wave|level|class|grade|floor|anniversary|generation|edition|leg|set|period|inning|attempt|ballot|vote|reading|tier|row|seed)s?(?![\p{L}])/iu);

function spokenDay(env: Env, mon: string, ord: string, year: string | undefined, at: number, end: number): Built | null {
  // "May" is a verb as often as a month, and a lower-case month no month at all
  if (!/^\p{Lu}/u.test(mon) || mon.toLowerCase() === 'may') return null;
  const month = MONTHS.get(mon.toLowerCase())!;
  const day = ordinalValue(ord.replace(/\s{1,4}/, '-'));
  if (day === undefined || day < 1 || day > 31) return null;
  if (year) return isValidDay(Number(year), month, day) ? { type: 'DATE', value: formatDay({ year: Number(year), month, day }) } : null;
  const value = resolveMonthDay(env.ref, month, day, env.tense(at, end));
  return value ? { type: 'DATE', value, relative: true } : null;
}

/** "March eighth", "this coming Sunday, March the eighth", "June twenty-first, 1990". */
const monthOrdinal: DateRule = {
  id: 'dates/month-ordinal',
  pattern: datePattern(`(?<![\\p{L}])(?:(?:(?:this\\s{1,4})?coming\\s{1,4}|this\\s{1,4}|next\\s{1,4})?(?<wd>${WEEKDAY}),?\\s{1,4})?(?<mon>${MONTH_FULL})\\s{1,4}(?:the\\s{1,4})?(?<ord>${DAY_ORDINAL})(?![\\p{L}-])${YEAR}`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    if (g.wd && !/^\p{Lu}/u.test(g.wd)) return null;
    const end = at + m[0].length;
    if (!g.year && ORDINAL_OF_NOUN.test(env.text.slice(end, Math.min(env.sentence.end, end + 16)))) return null;
    return spokenDay(env, g.mon!, g.ord!, g.year, at, end);
  },
};

/** "the eighth of March", "the twenty-first of June, 1990": "the" stays out, as in "the 15th of October". */
const ordinalOfMonth: DateRule = {
  id: 'dates/ordinal-of-month',
  pattern: datePattern(`(?<![\\p{L}])the\\s{1,4}(?<ord>${DAY_ORDINAL})\\s{1,4}of\\s{1,4}(?<mon>${MONTH_FULL})${YEAR}`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const built = spokenDay(env, g.mon!, g.ord!, g.year, at, at + m[0].length);
    return built ? { ...built, from: m[0].indexOf(g.ord!, 3) } : null;
  },
};

export const SPOKEN_DAY_RULES: readonly DateRule[] = [monthOrdinal, ordinalOfMonth];
