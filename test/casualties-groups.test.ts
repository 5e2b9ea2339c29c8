// Tolls told of a group ("the number of dead", "among the injured"), subjects of several counts
// ("Fifteen soldiers and four civilians were killed"), and ways of dying ("drowned", "froze to death"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: the number of the dead, among the dead, counts joined in a subject', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Officials put the number of dead at 45.', [k('number of dead at 45', 'killed', 45, 'casualty/number-of')]],
    ['The number of injured rose to 120 on Sunday.', [k('number of injured rose to 120', 'wounded', 120, 'casualty/number-of')]],
    ['The number of people killed in the clashes has risen to 30.', [k('number of people killed in the clashes has risen to 30', 'killed', 30, 'casualty/number-of')]],
    ['Among the dead were five children.', [k('Among the dead were five children', 'killed', 5, 'casualty/among')]],
    ['Among the dead were three children and a pregnant woman.', [k('Among the dead were three children and a pregnant woman', 'killed', 4, 'casualty/among')]],
    ['Among the injured were two police officers and their driver.', [k('Among the injured were two police officers and their driver', 'wounded', 3, 'casualty/among')]],
    // people listed one by one after "among the dead were"
    ['Among the wounded were his wife and daughter.', [k('Among the wounded were his wife and daughter', 'wounded', 2, 'casualty/among')]],
    ['Among the dead was Maria Lopez, 34, a nurse.', [k('Among the dead was Maria Lopez', 'killed', 1, 'casualty/among')]],
    // not when an "and" after the first may join one more the list does not read
    ['Among the dead were Ana Ruiz, 62, who ran a stall at the market, and her grandson, Tomas, 7.', []],
    ['Three Israeli soldiers were among those killed.', [k('Three Israeli soldiers were among those killed', 'killed', 3, 'casualty/among')]],
    ['A 12-year-old boy was among the injured.', [k('A 12-year-old boy was among the injured', 'wounded', 1, 'casualty/among')]],
    // a mother and her children: the owner before the count, not a person of its own
    ['The fire killed a mother and her three children.', [k('killed a mother and her three children', 'killed', 4, 'casualty/verb-persons')]],
    // a list with commas counts once an "and" ends it; else the comma opens an appositive
    ['The attack killed a police officer, a soldier and three civilians.', [k('killed a police officer, a soldier and three civilians', 'killed', 5, 'casualty/verb-persons')]],
    ['The gunman shot a guard, a cashier, and two customers.', [k('shot a guard, a cashier, and two customers', 'wounded', 4, 'casualty/verb-persons')]],
    ['The blast killed a police officer, a father of three.', [k('killed a police officer', 'killed', 1, 'casualty/verb-person')]],
    ['A police officer, a soldier and three civilians were killed.', [k('A police officer, a soldier and three civilians were killed', 'killed', 5, 'casualty/number-victims-verb')]],
    ['A guard, a cashier, and two customers were hurt.', [k('A guard, a cashier, and two customers were hurt', 'wounded', 4, 'casualty/number-victims-verb')]],
    ['Earlier, a man and woman were shot to death.', [k('a man and woman were shot to death', 'killed', 2, 'casualty/persons-verb')]],
    // an appositive between dashes, as between commas
    ['Seven people — four adults and three children — died in the fire.', [k('Seven people — four adults and three children — died', 'killed', 7, 'casualty/number-victims-verb')]],
    ['Terence Crutcher, 40 ― a father and student ― was shot and killed.', [k('Terence Crutcher, 40 ― a father and student ― was shot and killed', 'killed', 1, 'casualty/person-verb')]],
    // a part of a counted whole told of by a verb of its own; a bare participle tells of the whole
    ['22 of the 35 passengers were killed.', [k('22 of the 35 passengers were killed', 'killed', 22, 'casualty/number-victims-verb')]],
    ['Two of the 15 passengers died.', [k('Two of the 15 passengers died', 'killed', 2, 'casualty/number-victims-verb')]],
    ['Twelve of the 15 workers abducted last month have been freed.', [k('15 workers abducted', 'kidnapped', 15, 'casualty/number-victims-verb')]],
    // a part of a counted whole after "and": "22 of the 35 passengers"
    ['The bus plunged into a gorge, killing the driver and 22 of the 35 passengers on board.', [
      k('killing the driver and 22 of the 35 passengers', 'killed', 23, 'casualty/verb-persons'),
    ]],
    // ways of dying: drowned, strangled, and verbs deadly only with "to death"
    ['At least 40 people drowned when the boat capsized.', [k('At least 40 people drowned', 'killed', 40, 'casualty/number-victims-verb', null)]],
    ['Two climbers froze to death on the mountain.', [k('Two climbers froze to death', 'killed', 2, 'casualty/number-victims-verb')]],
    // people in arms, in custody, on a mountain and aboard: nouns a toll names
    ['The junta said 40 mutineers had been killed, a figure the government disputed.', [k('40 mutineers had been killed', 'killed', 40, 'casualty/number-victims-verb')]],
    ['A guide and two trekkers died in the avalanche.', [k('A guide and two trekkers died', 'killed', 3, 'casualty/number-victims-verb')]],
    ['Three flight attendants were hurt when the jet dropped.', [k('Three flight attendants were hurt', 'wounded', 3, 'casualty/number-victims-verb')]],
    ['Two detainees died in custody last month.', [k('Two detainees died', 'killed', 2, 'casualty/number-victims-verb')]],
    ['A slide on a nearby peak killed a Nepali cook.', [k('killed a Nepali cook', 'killed', 1, 'casualty/verb-person')]],
    // quotation marks around the people after a count
    ['She said 57 "mutineers" had been arrested, including a colonel.', [
      k('57 "mutineers" had been arrested', 'arrested', 57, 'casualty/number-victims-verb'),
      k('a colonel', 'arrested', 1, 'casualty/subset'),
    ]],
    ['Police said twelve "rioters" were injured.', [k('twelve "rioters" were injured', 'wounded', 12, 'casualty/number-victims-verb')]],
    ['Apple chief executive Tim Cook was injured in a fall.', [k('Tim Cook was injured', 'wounded', 1, 'casualty/person-verb')]],
    ['A landslide killed a Nepali porter on Tuesday.', [k('killed a Nepali porter', 'killed', 1, 'casualty/verb-person')]],
    ['Porter was shot dead on Friday.', [k('Porter was shot dead', 'killed', 1, 'casualty/person-verb')]],
    ['A man was beaten to death outside a bar.', [k('A man was beaten to death', 'killed', 1, 'casualty/person-verb')]],
    // deaths of their own manner are other people than those stabbed: no wounded remainder
    ['Of the eight victims, three were stabbed, two were strangled and two were beaten to death.', [
      k('three were stabbed', 'casualties', 3, 'casualty/number-verb'),
      k('two were strangled', 'killed', 2, 'casualty/number-verb'),
      k('two were beaten to death', 'killed', 2, 'casualty/number-verb'),
    ]],
    // the people "left" start after the verb, not at the dead before it
    ['The quake killed at least 1,000 people and left thousands homeless.', [
      k('killed at least 1,000 people', 'killed', 1000, 'casualty/verb-number-victims', null),
      k('left thousands homeless', 'displaced', 2000, 'casualty/number-verb', null),
    ]],
    ['Fifteen soldiers and four civilians were killed.', [k('Fifteen soldiers and four civilians were killed', 'killed', 19, 'casualty/number-victims-verb')]],
    ['Three police officers and 12 protesters were injured in the clashes.', [k('Three police officers and 12 protesters were injured', 'wounded', 15, 'casualty/number-victims-verb')]],
    ['Two men and a woman were wounded.', [k('Two men and a woman were wounded', 'wounded', 3, 'casualty/number-victims-verb')]],
    // bounds add up: 2 + at least 24 is at least 26, with no upper bound
    ['Two officers and dozens of protesters were hurt.', [k('Two officers and dozens of protesters were hurt', 'wounded', 26, 'casualty/number-victims-verb', null)]],
    ['Three police officers and scores of demonstrators were wounded.', [k('Three police officers and scores of demonstrators were wounded', 'wounded', 43, 'casualty/number-victims-verb', null)]],
    ['Two officers and more than 20 protesters were injured.', [k('Two officers and more than 20 protesters were injured', 'wounded', 23, 'casualty/number-victims-verb', null)]],
    ['About 20 soldiers and three civilians were killed.', [k('About 20 soldiers and three civilians were killed', 'killed', 23, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));

  const untouched: string[] = [
    'The number of dead is still unknown.',
    'A number of voters said they would stay home.',
    'The rally drowned out the speeches.',
    'Prices froze at levels not seen in a decade.',
    // families are no count of people (test/casualties.test.ts keeps "displaced thousands of families" untagged)
    'The earthquake displaced about 10,000 families.',
  ];
  for (const text of untouched) it(text, () => expect(tolls(text)).toEqual([]));
});

describe('casualties: among those hurt, arrested or abducted', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Two police officers were among those hurt.', [k('Two police officers were among those hurt', 'wounded', 2, 'casualty/among')]],
    ['A journalist was among those arrested.', [k('A journalist was among those arrested', 'arrested', 1, 'casualty/among')]],
    ['Five students were among those abducted.', [k('Five students were among those abducted', 'kidnapped', 5, 'casualty/among')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a toll told as likely, with "may"', () => {
  const cases: Array<[string, Expected[]]> = [
    ['As many as 70 people may have died.', [k('As many as 70 people may have died', 'killed', null, 'casualty/number-victims-verb', 70)]],
    ['Five miners may be trapped.', [k('Five miners may be trapped', 'missing', 5, 'casualty/number-victims-verb')]],
    // what could have happened did not
    ['The crash could have killed dozens of commuters.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "both" as an object counts two', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The crash injured both drivers.', [k('injured both drivers', 'wounded', 2, 'casualty/verb-number-victims')]],
    ['The blast killed both brothers and a cousin.', [k('killed both brothers and a cousin', 'killed', 3, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the number of confirmed (reported, known) dead', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The number of confirmed deaths from the virus rose to 3,400.', [k('number of confirmed deaths from the virus rose to 3,400', 'killed', 3400, 'casualty/number-of')]],
    ['The number of known dead is 40.', [k('number of known dead is 40', 'killed', 40, 'casualty/number-of')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a plural object of people with no count', () => {
  const cases: Array<[string, Expected[]]> = [
    ['He killed his parents.', [k('killed his parents', 'killed', null, 'casualty/verb-victims')]],
    ['Police shot the suspects.', [k('shot the suspects', 'wounded', null, 'casualty/verb-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the shooter turns the gun on himself', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The shooter killed two people before turning the gun on himself.', [
      k('killed two people', 'killed', 2, 'casualty/verb-number-victims'),
      k('turning the gun on himself', 'killed', 1, 'casualty/own-life'),
      k('turning the gun on himself', 'killed', 3, 'casualty/tally-self'),
    ]],
    // he lived
    ['He turned the gun on himself but survived.', [k('turned the gun on himself', 'wounded', 1, 'casualty/own-life')]],
    ['She turned her anger on herself.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a fact box, a label and its count on a line of their own', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Embassy Bombings\n\nKENYA:\nTotal Dead: 192\nInjured: 4,877\nHospitalized: 542', [
      k('Total Dead: 192', 'killed', 192, 'casualty/label'),
      k('Injured: 4,877', 'wounded', 4877, 'casualty/label'),
      k('Hospitalized: 542', 'wounded', 542, 'casualty/label'),
    ]],
    ['Quake Toll\n\nConfirmed deaths: 31\nMissing: 74.', [
      k('Confirmed deaths: 31', 'killed', 31, 'casualty/label'),
      k('Missing: 74', 'missing', 74, 'casualty/label'),
    ]],
    // not a label: a time, a longer line, a word that is no label of people
    ['Timeline\n\nDead: 8:20 p.m.', []],
    ['Americans: 12', []],
    ['The dead: the list grew to 12 names after a week of searching in the hills.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
  // a number glued to a colon is still a clock time
  it('still reads "8:20" as a time, no count', () => expect(tolls('Two people were injured at 8:20 p.m.').map((t) => t.min)).toEqual([2]));
  // killings attempted or foiled kill no one
  it('reads no deaths in attempted murders', () => expect(tolls('There have been more than a dozen attempted murders of doctors.')).toEqual([]));
});

