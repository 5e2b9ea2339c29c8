// Tolls told of a group ("the number of dead", "among the injured") and subjects of several
// counts ("Fifteen soldiers and four civilians were killed"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: the number of the dead, among the dead, counts joined in a subject', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Officials put the number of dead at 45.', [k('number of dead at 45', 'killed', 45, 'casualty/number-of')]],
    ['The number of injured rose to 120 on Sunday.', [k('number of injured rose to 120', 'wounded', 120, 'casualty/number-of')]],
    ['The number of people killed in the clashes has risen to 30.', [k('number of people killed in the clashes has risen to 30', 'killed', 30, 'casualty/number-of')]],
    ['Among the dead were five children.', [k('Among the dead were five children', 'killed', 5, 'casualty/among')]],
    ['Fifteen soldiers and four civilians were killed.', [k('Fifteen soldiers and four civilians were killed', 'killed', 19, 'casualty/number-victims-verb')]],
    ['Three police officers and 12 protesters were injured in the clashes.', [k('Three police officers and 12 protesters were injured', 'wounded', 15, 'casualty/number-victims-verb')]],
    ['Two men and a woman were wounded.', [k('Two men and a woman were wounded', 'wounded', 3, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));

  const untouched: string[] = [
    'The number of dead is still unknown.',
    'A number of voters said they would stay home.',
    // families are no count of people (test/casualties.test.ts keeps "displaced thousands of families" untagged)
    'The earthquake displaced about 10,000 families.',
  ];
  for (const text of untouched) it(text, () => expect(tolls(text)).toEqual([]));
});
