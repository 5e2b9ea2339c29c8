import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../src/stages/casualties/quantity.js';
import { tokenize } from '../src/stages/segment.js';
import { cardinalValue, ordinalValue } from '../src/lexicon/numbers.js';

/** Parses a whole phrase; null when it is not entirely a count. */
function quantity(phrase: string) {
  const words = tokenize(phrase, 0, phrase.length).map((t) => t.text.toLowerCase());
  const q = parseQuantity(words, 0);
  if (!q || q.end !== words.length) return null;
  return { min: q.min, max: q.max, approximate: q.approximate };
}

describe('parseQuantity', () => {
  // [phrase, min, max, approximate]
  const cases: Array<[string, number | null, number | null, boolean]> = [
    ['12', 12, 12, false],
    ['2,500', 2500, 2500, false],
    ['1,200,000', 1200000, 1200000, false],
    ['2.5 million', 2500000, 2500000, false],
    ['one', 1, 1, false],
    ['twelve', 12, 12, false],
    ['forty-eight', 48, 48, false],
    ['forty eight', 48, 48, false], // compromise reads "40 8"
    ['two hundred and fifty', 250, 250, false],
    ['a hundred', 100, 100, false],
    ['three thousand', 3000, 3000, false],
    ['a dozen', 12, 12, false],
    ['two dozen', 24, 24, false], // compromise reads 2
    ['dozens', 24, null, true],
    // "killed only six people": the figure as written
    ['only six', 6, 6, false],
    ['just two', 2, 2, false],
    ['a total of 14', 14, 14, false],
    ['scores', 40, null, true],
    ['hundreds', 200, null, true],
    ['thousands', 2000, null, true],
    ['tens of thousands', 20000, null, true],
    ['hundreds of thousands', 200000, null, true],
    ['several', 3, null, true],
    ['a handful', 2, null, true],
    ['a few', 2, null, true],
    ['more than two dozen', 25, null, false],
    ['over 2,500', 2501, null, false],
    ['above 2,000', 2001, null, false],
    ['at least 600', 600, null, false],
    ['no fewer than 30', 30, null, false],
    ['up to 50', null, 50, false],
    ['as many as 50', null, 50, false],
    ['fewer than 10', null, 9, false],
    ['nearly 50', null, 50, true],
    ['almost 200', null, 200, true],
    ['about 50', 50, 50, true],
    ['some 15,000', 15000, 15000, true],
    ['an estimated 3,000', 3000, 3000, true],
    ['between 10 and 15', 10, 15, false],
    ['10 to 15', 10, 15, false],
    ['10-15', 10, 15, false],
    ['two or three', 2, 3, false],
    ['at least dozens', 24, null, true],
    ['no one', 0, 0, false],
    ['none', 0, 0, false],
    ['nobody', 0, 0, false],
  ];
  for (const [phrase, min, max, approximate] of cases) {
    it(`"${phrase}" → ${min}..${max}${approximate ? ' ~' : ''}`, () => {
      expect(quantity(phrase)).toEqual({ min, max, approximate });
    });
  }

  // not counts at all
  const nonCounts = ['the', 'people', 'five six', 'and three', '3.5', 'over', 'some people', 'five-year-old'];
  for (const phrase of nonCounts) {
    it(`"${phrase}" is not a count`, () => {
      expect(quantity(phrase)).toBeNull();
    });
  }
});

describe('number words', () => {
  it('reads cardinals and hyphenated compounds', () => {
    expect(cardinalValue('Seventeen')).toBe(17);
    expect(cardinalValue('ninety-nine')).toBe(99);
    expect(cardinalValue('twenty-ten')).toBeUndefined();
    expect(cardinalValue('five-year-old')).toBeUndefined();
  });
  it('reads ordinals', () => {
    expect(ordinalValue('third')).toBe(3);
    expect(ordinalValue('twenty-first')).toBe(21);
    expect(ordinalValue('thirtieth')).toBe(30);
    expect(ordinalValue('firsts')).toBeUndefined();
  });
});
