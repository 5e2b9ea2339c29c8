// Harm words in text that is not about violence: sport, business, courts, medicine, history.
// Sentences written for these tests. The history rows ARE casualty figures and must stay.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: harm words off the topic of violence stay untagged', () => {
  const cases: string[] = [
    // sport: a verb of harm for a result, a score after "shot"
    "The referee's late call killed the game for the visitors, who lost 3-1.",
    'The Bears were killed 42-7 by Green Bay on Sunday.',
    'Smith shot 68 on Sunday to take a two-stroke lead.',
    'McIlroy shot 65, while Lowry shot a 67.',
    'He shot a 3-under 69 in the second round.',
    'Jones shot 4 of 12 from the field and the Hawks lost.',
    'She shot 45 percent from the field.',
    'United lost two players to injury before half-time.',
    'The striker scored twice in injury time.',
    // a phrasal verb, and a possessive that is no people in the plural
    "A stoppage-time penalty killed off City's hopes of a comeback.",
    // business
    'Northwind Logistics said it would cut 300 jobs and close two depots.',
    'The deal killed 2,000 jobs at the plant.',
    'The company shed 1,200 workers last year and laid off 40 more on Monday.',
    'The company lost 2 executives to rivals last year.',
    'Analysts said the decision killed the stock, which lost 12 percent.',
    // politics and markets: "hurt" without people, adjectives and owners after a verb, 9/11
    'Earnings were hurt by the disposal of two units.',
    'The bugs are not expected to hurt Intel and most computer makers.',
    'Tariffs hurting American competitors were the issue.',
    "The issues that hurt Sun's performance are now fixed.",
    'She stressed her support of the raid that killed 9/11 plotter Osama bin Laden.',
    'After the 9/11 attacks, the law changed.',
    'The ad names the one death row inmate whose sentence he commuted.',
    'The government paid the first 32 death claims on Friday.',
    'If you treat the sickest first, you may save a few more lives.',
    // a plea or a question is no event
    '"Don\'t shoot him," she says. "Did you shoot him?"',
    // court
    'The judge jailed the three men for 12 years.',
    'Both men were jailed for 12 years.',
    'The court jailed him for life.',
    // medicine and science
    'The drug killed 99% of bacteria in the lab tests.',
    'Antibiotics killed 95 percent of the cells within 24 hours.',
    'The new treatment cut deaths by 20 percent.',
    'The mosquito spray killed 10,000 insects.',
    'The frost killed 80% of the crop.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text)).toEqual([]));
});

describe('casualties: figures of the past and of disease are casualty figures', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The 1918 flu killed 50 million people worldwide.', [k('killed 50 million people', 'killed', 50_000_000, 'casualty/verb-number-victims')]],
    ['The famine of 1845 killed about a million people.', [k('killed about a million people', 'killed', 1_000_000, 'casualty/verb-number-victims')]],
    ['In 1666 the Great Fire destroyed 13,200 houses but killed only six people.', [k('killed only six people', 'killed', 6, 'casualty/verb-number-victims')]],
    ['Heart disease kills 17.9 million people a year.', [k('kills 17.9 million people', 'killed', 17_900_000, 'casualty/verb-number-victims')]],
    // the court tells of the harm done: that is a figure
    ['He was jailed for life in 2019 for killing two people.', [k('killing two people', 'killed', 2, 'casualty/verb-number-victims')]],
    // the crowd at a match and those who keep it are people
    ['Police arrested 11 supporters after a fight.', [k('arrested 11 supporters', 'arrested', 11, 'casualty/verb-number-victims')]],
    ['Two stewards were injured.', [k('Two stewards were injured', 'wounded', 2, 'casualty/number-victims-verb')]],
    // a bare number after "shot" is a score only from 20 up, or as a share ("4 of 12"): the gunman's count stays
    ['The gunman shot 12 before police arrived.', [k('shot 12', 'wounded', 12, 'casualty/verb-number')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "taken hostage" after a count names them all, a singular "hostage" elsewhere modifies', () => {
  it('counts the people taken or held hostage', () => {
    expect(tolls('About 1,200 people were killed and 251 taken hostage.')).toEqual([
      k('About 1,200 people were killed', 'killed', 1200, 'casualty/number-victims-verb'),
      k('251 taken hostage', 'kidnapped', 251, 'casualty/number-noun'),
    ]);
    expect(tolls('Gunmen stormed the hotel, and 40 were held hostage for a day.')).toEqual([k('40 were held hostage', 'kidnapped', 40, 'casualty/number-noun')]);
  });
  it('reads no count in "two hostage negotiators"', () => {
    expect(tolls('The two hostage negotiators met on Friday.')).toEqual([]);
  });
});
