import { describe, expect, it } from 'vitest';
import { casualtyDoc, k, tolls, type Expected } from './helpers/tolls.js';

// Several people as the object of one verb: each counts.
describe('casualties: people joined by "and"', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The officer fatally shot Jonas Pike, 19, and his neighbor Marta Lowe, 55.', [k('fatally shot Jonas Pike, 19, and his neighbor Marta Lowe', 'killed', 2, 'casualty/verb-persons')]],
    ["He fired eight times, killing Pike and Pike's neighbor, Marta Lowe.", [k("killing Pike and Pike's neighbor, Marta Lowe", 'killed', 2, 'casualty/verb-persons')]],
    ['He killed his wife and her mother on Sunday.', [k('killed his wife and her mother', 'killed', 2, 'casualty/verb-persons')]],
    ['The gunman shot the clerk and two customers.', [k('shot the clerk and two customers', 'wounded', 3, 'casualty/verb-persons')]],
    ['Police arrested Dale Finch and two other men.', [k('arrested Dale Finch and two other men', 'arrested', 3, 'casualty/verb-persons')]],
    // "and" opens a clause or another verb: one person
    ['He shot his wife and then himself.', [k('shot his wife', 'wounded', 1, 'casualty/verb-person')]],
    ['He shot Finch and fled on foot.', [k('shot Finch', 'wounded', 1, 'casualty/verb-person')]],
    ['He shot a man and two weeks later was arrested.', [k('shot a man', 'wounded', 1, 'casualty/verb-person')]],
    ['The gunman killed a man and wounded two women.', [k('killed a man', 'killed', 1, 'casualty/verb-person'), k('wounded two women', 'wounded', 2, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
});

// The wounded are the people shot who did not die.
describe('casualties: wounded by subtraction', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Three people were shot, one fatally.', [
      k('Three people were shot', 'casualties', 3, 'casualty/number-victims-verb'),
      k('Three people were shot, one fatally', 'wounded', 2, 'casualty/remainder'),
      k('one fatally', 'killed', 1, 'casualty/subset-fatal'),
    ]],
    ['Two men were shot near the bar. One of them died.', [
      k('Two men were shot', 'casualties', 2, 'casualty/number-victims-verb'),
      k('Two men were shot', 'wounded', 1, 'casualty/remainder'),
      k('One of them died', 'killed', 1, 'casualty/number-victims-verb'),
    ]],
    ['Three shot, one dead after block party', [
      k('Three shot', 'casualties', 3, 'casualty/number-verb'),
      k('Three shot, one dead', 'wounded', 2, 'casualty/remainder'),
      k('one dead', 'killed', 1, 'casualty/number-verb'),
    ]],
    ['Three people were shot, one of them fatally.', [
      k('Three people were shot', 'casualties', 3, 'casualty/number-victims-verb'),
      k('Three people were shot, one of them fatally', 'wounded', 2, 'casualty/remainder'),
      k('one of them fatally', 'killed', 1, 'casualty/subset-fatal'),
    ]],
    ['Police said five people were shot, including a 14-year-old boy who died.', [
      k('five people were shot', 'casualties', 5, 'casualty/number-victims-verb'),
      k('five people were shot, including a 14-year-old boy who died', 'wounded', 4, 'casualty/remainder'),
      k('a 14-year-old boy who died', 'killed', 1, 'casualty/person-verb'),
    ]],
    ['Carl Mintz and Omar Reyes were shot Sunday. Mintz died at the hospital.', [
      k('Carl Mintz and Omar Reyes were shot', 'casualties', 2, 'casualty/persons-verb'),
      k('Carl Mintz and Omar Reyes were shot', 'wounded', 1, 'casualty/remainder'),
      k('Mintz died', 'killed', 1, 'casualty/person-verb'),
    ]],
    // the wounded are told: nothing to compute
    ['Four people were shot. Two were wounded and one died.', [
      k('Four people were shot', 'casualties', 4, 'casualty/number-victims-verb'),
      k('Two were wounded', 'wounded', 2, 'casualty/number-verb'),
      k('one died', 'killed', 1, 'casualty/number-verb'),
    ]],
    // the gunman's own death is not one of those shot
    ['He shot three women and then killed himself.', [
      k('shot three women', 'casualties', 3, 'casualty/verb-number-victims'),
      k('killed himself', 'killed', 1, 'casualty/verb-person'),
    ]],
    // as many dead as shot: nobody left wounded
    ['Two men were shot. Both died.', [
      k('Two men were shot', 'casualties', 2, 'casualty/number-victims-verb'),
      k('Both died', 'killed', 2, 'casualty/both-verb'),
    ]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
  it('a computed count has no text of its own', () => {
    const doc = casualtyDoc('Three people were shot, one fatally.');
    expect(doc.casualties.find((c) => c.rule === 'casualty/remainder')!.count).toEqual({ min: 2, max: 2, approximate: false, text: '' });
  });
});
