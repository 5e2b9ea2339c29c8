// Amounts and units of durations, shared by ./durations.ts and ./ago.ts: "a week", "several
// years", "two and a half", the TIMEX3 value of an amount of a unit (P2Y6M, PT5H30M, PXY).

import { QUANTITY_MODS, TIME_UNITS, UNIT_PLURALS, type TimeUnit } from '../../../lexicon/time.js';
import { alternation, countValue } from '../patterns.js';

export const QMOD = `(?:${alternation(QUANTITY_MODS.keys())})`;
// "the next couple of years": the article may go
export const VAGUE = '(?:a\\s{1,4}few|(?:a\\s{1,4})?couple\\s{1,4}of|several|many|few)';
// "two and a half years", "a year and a half", "a week or so"
export const HALF = '\\s{1,4}and\\s{1,4}a\\s{1,4}half(?![\\p{L}])';
export const OR_SO = '\\s{1,4}or\\s{1,4}so(?![\\p{L}])';
export const HEDGE = `(?:(?<qmod>${QMOD})\\s{1,4})?`;

export function unitOf(word: string): TimeUnit {
  const w = word.toLowerCase().replace(/\s{1,4}/g, ' ');
  return TIME_UNITS.get(UNIT_PLURALS.get(w) ?? w) ?? TIME_UNITS.get(w.slice(0, -1))!;
}

/** Amount written as a count: 1, 2.5, or null for a vague count ("several"). */
export function amountOf(count: string): number | null {
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

export const modOf = (s: string | undefined): string | null => (s ? QUANTITY_MODS.get(s.toLowerCase().replace(/\s{1,4}/g, ' ')) ?? null : null);

export const VAGUE_RE = new RegExp(`^${VAGUE}$`, 'iu');
export const THAN_AFTER = /^\s{1,4}than(?![\p{L}])/iu;
