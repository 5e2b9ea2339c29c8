// A range of years written with a dash: "from 2019-2021", "the 2010–2015 period" → two dates,
// 2019 and 2021, as "from 2019 to 2021" gives ("2019-20" and "2019-2020", two years that follow
// each other, name one season or fiscal year: dates/year-span).

import type { DateRule } from '../types.js';
import { datePattern } from '../latin1.js';

// no money, decimals, codes or other numbers around ("$2019-2021", "1.2019-2021", "555-2019-2021")
const FIRST = String.raw`(?<![\p{L}\d$£€.,/#'’-])(?<first>(?:1[89]|20)\d{2})`;
const DASH = String.raw`\s?[-\x96]\s?`;
const SECOND = String.raw`(?<second>(?:1[89]|20)\d{2})(?![\d%\p{L}]|[.,:]\d|[-\x96/]\d)`;

/** Two years, the second after the first and not the next one, within a century. */
function isRange(first: string, second: string): boolean {
  const [a, b] = [Number(first), Number(second)];
  return b > a + 1 && b - a <= 100;
}

const yearRangeFrom: DateRule = {
  id: 'dates/year-range-from',
  pattern: datePattern(`${FIRST}(?=${DASH}${SECOND})`, 'gu'),
  build(m) {
    const g = m.groups!;
    return isRange(g.first!, g.second!) ? { type: 'DATE', value: g.first! } : null;
  },
};

const yearRangeTo: DateRule = {
  id: 'dates/year-range-to',
  pattern: datePattern(`(?<=${FIRST}${DASH})${SECOND}`, 'gu'),
  build(m) {
    const g = m.groups!;
    return isRange(g.first!, g.second!) ? { type: 'DATE', value: g.second! } : null;
  },
};

export const YEAR_RANGE_RULES: readonly DateRule[] = [yearRangeFrom, yearRangeTo];
