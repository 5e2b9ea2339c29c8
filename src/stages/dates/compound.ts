// "4 hours, 37 minutes and 12 seconds", "1 hour 20 minutes", "2 years and 3 months": one
// duration (PT4H37M12S), not three. TIMEX3 writes one value with each unit once, largest first,
// so the parts must name whole, exact amounts of ever smaller units ("two days, three days" is
// a list, and "about an hour and several minutes" is not one value).

import type { Found } from './types.js';

/** A whole, exact duration value: its amounts by unit, years … weeks, days, then hours … seconds. */
const WHOLE = /^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6}(?:\.\d{1,3})?)S)?)?$/;
/** What may stand between two parts: ", ", ", and ", " and ", or a space. */
const JOINER = /^(?:\s?,\s{1,2}(?:and\s{1,2})?|\s{1,2}and\s{1,2}|\s{1,2})$/u;
const MAX_JOINER = 8;
const DIGIT = /\d/;
const LETTERS = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'];
const YEARS = 0;
const WEEKS = 2;
const DAYS = 3;
const HOURS = 4;

/** Amounts by unit (undefined where the value has none), or null for a value that is not whole and exact. */
function amounts(f: Found): Array<number | undefined> | null {
  if (f.type !== 'DURATION') return null;
  const m = WHOLE.exec(f.value);
  if (!m || m[0] === 'P' || m[0].endsWith('T')) return null;
  return m.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
}

function valueOf(units: Array<number | undefined>): string {
  // a week joined with days or longer units is written in days: "two weeks and three days" → P17D
  if (units[WEEKS] !== undefined && units.some((n, i) => n !== undefined && i !== WEEKS && i < HOURS)) {
    units[DAYS] = (units[DAYS] ?? 0) + 7 * units[WEEKS]!;
    units[WEEKS] = undefined;
  }
  let value = 'P';
  for (let i = YEARS; i < HOURS; i++) if (units[i] !== undefined) value += `${units[i]}${LETTERS[i]}`;
  if (units.slice(HOURS).some((n) => n !== undefined)) {
    value += 'T';
    for (let i = HOURS; i < LETTERS.length; i++) if (units[i] !== undefined) value += `${units[i]}${LETTERS[i]}`;
  }
  return value;
}

/** Whether every unit of `next` is smaller than every unit of `units`. */
function smaller(units: Array<number | undefined>, next: Array<number | undefined>): boolean {
  let last = -1;
  units.forEach((n, i) => {
    if (n !== undefined) last = i;
  });
  return next.findIndex((n) => n !== undefined) > last;
}

/** Joins runs of durations in one sentence's dates (text order) that make one compound duration, in place (one pass). */
export function joinCompoundDurations(kept: Found[], text: string): void {
  let n = 0;
  for (let i = 0; i < kept.length; i++) {
    const first = kept[i]!;
    kept[n++] = first;
    let units = amounts(first);
    if (!units) continue;
    let joined = false;
    while (i + 1 < kept.length) {
      const next = kept[i + 1]!;
      const more = next.mod === null ? amounts(next) : null;
      const gap = next.start - first.end;
      if (!more || gap > MAX_JOINER) break;
      const joiner = text.slice(first.end, next.start);
      if (!JOINER.test(joiner) || !smaller(units, more)) break;
      // a bare space joins figures only ("1 hour 20 minutes"), not "three weeks a day"
      if (joiner.trim() === '' && !DIGIT.test(text[next.start]!)) break;
      units = units.map((x, k) => x ?? more[k]);
      first.end = next.end;
      i++;
      joined = true;
    }
    if (joined) {
      first.value = valueOf(units);
      first.rule = 'dates/duration-compound';
    }
  }
  kept.length = n;
}
