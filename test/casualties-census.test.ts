import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

// Classes found reading the GVDB dev errors (sentences written for the tests): a gun used as a
// club, a cut to the head, two people named with their ages, an age read as a count.

describe('casualties: the classes of the GVDB census', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Police say the robber pistol-whipped her in the face.', [k('pistol-whipped her', 'wounded', 1, 'casualty/verb-person')]],
    ['The clerk was pistol-whipped by one of the men.', [k('The clerk was pistol-whipped', 'wounded', 1, 'casualty/person-verb')]],
    ['One man, a 30-year-old cook, suffered a cut to his head during the brawl.', [
      k('One man, a 30-year-old cook, suffered a cut', 'wounded', 1, 'casualty/number-victims-verb'),
    ]],
    // two people named with their ages, joined by "and"
    ['Marta Ruiz, 41, and Leon Hale, 36, were shot and killed outside the bar.', [
      k('Marta Ruiz, 41, and Leon Hale, 36, were shot and killed', 'killed', 2, 'casualty/persons-verb'),
    ]],
    ['Dan Cole, 52, and Ivy Moss, 19, were taken to the hospital with minor injuries.', [
      k('Dan Cole, 52, and Ivy Moss, 19, were taken to the hospital with minor injuries', 'wounded', 2, 'casualty/with-wound'),
    ]],
    // a heading drops the article after "after", "as": the bare noun is the person harmed
    ['Police hunt suspect after teen shot near school\n\nOfficers searched the area overnight.', [k('teen shot', 'wounded', 1, 'casualty/person-verb')]],
    ['Town mourns after woman killed in crash\n\nThe road was closed for hours.', [k('woman killed', 'killed', 1, 'casualty/person-verb')]],
    // the one shot before "by", not the agent after it, is the one who died
    ['A 9-year-old boy accidentally shot by his brother has died.', [k('A 9-year-old boy accidentally shot by his brother has died', 'killed', 1, 'casualty/person-verb')]],
    ['The deceased has been identified as a local man.', [k('The deceased', 'killed', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the census classes that count nobody, or not that many', () => {
  const cases: Array<[string, Expected[]]> = [
    // an age is no count of the dead: the count before "under the age of" is (subject.ts beforeAge)
    ['At least 40 children under the age of 12 have been killed by stray bullets since 2020.', [
      k('At least 40 children under the age of 12 have been killed', 'killed', 40, 'casualty/number-victims-verb', null),
    ]],
    ['Children aged 12 were injured.', [k('Children aged 12 were injured', 'wounded', null, 'casualty/victims-verb')]],
    // "no injuries" after "suffered" is nobody hurt (the noun's zero), not one person
    ['The driver suffered no injuries.', [k('no injuries', 'wounded', 0, 'casualty/number-noun')]],
    ['The firm suffered a cut in funding.', []],
    ['The firm suffered a 5 percent cut to its budget.', []],
    // "and" before a verb is no second person: "found Pena, 22, and determined he had been shot"
    ['Officers found Ray Lund, 22, and determined he had been shot.', [k('he had been shot', 'wounded', 1, 'casualty/person-verb')]],
    // a bare verb with its object after it: the subject did it ("Officials" is no one detained)
    ['Officials detained the ship in port.', []],
    ['Guards detained the vessel overnight.', []],
    // in a heading the man who shot at someone is the shooter
    ['Panic after man shot at officers\n\nNobody was hit, police said.', []],
    // a bare noun in body text still needs its verb of being
    ['The search began after man shot inside the store.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});
