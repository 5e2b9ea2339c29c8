import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

// Outbreaks and poisonings: people sickened or fallen ill are hurt (wounded), counted as the
// README's table says. Sentences written for the tests.

describe('casualties: outbreaks and poisonings', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The outbreak has killed two guests and sickened more than 400 people since the weekend.', [
      k('killed two guests', 'killed', 2, 'casualty/verb-number-victims'),
      k('sickened more than 400 people', 'wounded', 401, 'casualty/verb-number-victims', null),
    ]],
    ['Tainted Salad Sickens 40 in Ohio', [k('Sickens 40', 'wounded', 40, 'casualty/verb-number')]],
    ['The 40 people sickened by the salad were treated.', [k('40 people sickened', 'wounded', 40, 'casualty/number-victims-verb')]],
    // "fell ill", "became sick": told without "were", counted only with a count
    ['In January, more than 60 students fell ill after a meal at a hostel canteen.', [k('more than 60 students fell ill', 'wounded', 61, 'casualty/number-victims-verb', null)]],
    ['Dozens of passengers became sick on the cruise.', [k('Dozens of passengers became sick', 'wounded', 24, 'casualty/number-victims-verb', null)]],
    ['Three men fell ill after the meal.', [k('Three men fell ill', 'wounded', 3, 'casualty/number-victims-verb')]],
    // care that says people were hurt: a count treated, at a place of care, or "treated and released"
    ['The department said 436 people had been treated, 158 of whom had been admitted to hospital.', [k('436 people had been treated', 'wounded', 436, 'casualty/number-victims-verb')]],
    ['Two people were treated at local hospitals.', [k('Two people were treated', 'wounded', 2, 'casualty/number-victims-verb')]],
    // people "with symptoms" are counted as sick people
    ['On Sunday it reported 112 people with symptoms.', [k('112 people with symptoms', 'wounded', 112, 'casualty/with-wound')]],
    ['He was treated and released.', [k('He was treated and released', 'wounded', 1, 'casualty/person-verb')]],
    // released or discharged after where care was given
    ['Six others were treated at the airport and released.', [k('Six others were treated at the airport and released', 'wounded', 6, 'casualty/number-victims-verb')]],
    ['Two miners were treated and discharged.', [k('Two miners were treated and discharged', 'wounded', 2, 'casualty/number-victims-verb')]],
    // the verb of care left out after "and"; a broken part is a wound
    ['Nine workers were treated for burns and three others for broken bones.', [
      k('Nine workers were treated for burns', 'wounded', 9, 'casualty/with-wound'),
      k('three others for broken bones', 'wounded', 3, 'casualty/with-wound'),
    ]],
    // a count treated where care is given, as the verb's object
    ['Paramedics treated six people at the scene and took two to hospital.', [k('treated six people', 'wounded', 6, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: illness that is no count of the hurt', () => {
  const cases: Array<[string, Expected[]]> = [
    ['He fell ill in 2019 and retired.', []],
    ['The prisoners were treated fairly.', []],
    ['He was treated.', []],
    ['He was treated in 2019 and released.', []],
    ['Police arrested two men for theft and three others for fraud.', [k('arrested two men', 'arrested', 2, 'casualty/verb-number-victims')]],
    ['Nine workers were treated for burns and three others for their families.', [k('Nine workers were treated for burns', 'wounded', 9, 'casualty/with-wound')]],
    ['Anyone with symptoms should stay at home.', []],
    ['The coach treated 12 players at the restaurant.', []],
    ['She became ill with cancer last year.', []],
    ['The news sickened the town.', []],
    ['Prices fell sharply as traders became nervous.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a toll carried on by "the number" from the sentence before', () => {
  const cases: Array<[string, Expected[]]> = [
    ['On Sunday the department reported 112 people sickened. By Tuesday the number had climbed to 287.', [
      k('112 people sickened', 'wounded', 112, 'casualty/number-victims-verb'),
      k('the number had climbed to 287', 'wounded', 287, 'casualty/toll'),
    ]],
    ['Police arrested 40 people. The figure later rose to 100.', [
      k('arrested 40 people', 'arrested', 40, 'casualty/verb-number-victims'),
      k('The figure later rose to 100', 'arrested', 100, 'casualty/toll'),
    ]],
    // no reading just before, or a number of something else
    ['Twelve people were killed. The number of schools rose to 20.', [k('Twelve people were killed', 'killed', 12, 'casualty/number-victims-verb')]],
    ['Shares fell. By Tuesday the number had climbed to 287.', []],
    // beside cues of its own in the same sentence
    ['On Sunday it reported 112 people with symptoms. By Tuesday the number had climbed to 287, and on Wednesday the department said 436 people had been treated.', [
      k('112 people with symptoms', 'wounded', 112, 'casualty/with-wound'),
      k('the number had climbed to 287', 'wounded', 287, 'casualty/toll'),
      k('436 people had been treated', 'wounded', 436, 'casualty/number-victims-verb'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});
