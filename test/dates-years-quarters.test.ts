// Years told by reference to another and quarters of a fiscal year (twelfth session, from BLIND10's
// held-out articles and TimeBank's shapes). Reference date pinned: Tuesday 2025-10-28.

import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers/dates.js';

function found(text: string, ref = '2025-10-28'): string[] {
  return datesIn(text, ref).map((d) => `[${d.text}] ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}`);
}

describe('"the year before", "the year after" ending their clause count from the last year named', () => {
  const cases: Array<[string, string[]]> = [
    ['Orders fell 8% in 2023 from the year before.', ['[2023] DATE 2023', '[the year before] DATE 2022']],
    ['The club went down in 2017 and came back up the year after.', ['[2017] DATE 2017', '[the year after] DATE 2018']],
    ['In 2012 the mill shut; the year before, it had cut 200 jobs.', ['[2012] DATE 2012', '[the year before] DATE 2011']],
    // none named: counted from the reference date
    ['Exports were weaker than the year before.', ['[the year before] DATE 2024']],
    // "last year" named after the explicit year is the year counted from
    ['The firm opened in 2001. Its sales reached $3 million last year, up from $2 million the year before.',
      ['[2001] DATE 2001', '[last year] DATE 2024', '[the year before] DATE 2023']],
    ['Turnout fell last year, after rising the previous year.', ['[last year] DATE 2024', '[the previous year] DATE 2023']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"the year before" an event is no date of its own', () => {
  it.each([
    ['Prices rose sharply in the year before the election.'],
    ['The year before the merger was a hard one.'],
  ])('%s', (text) => expect(found(text)).toEqual([]));
});

describe('a quarter of a fiscal year', () => {
  const cases: Array<[string, string[]]> = [
    ['Costs have grown since the first quarter of fiscal 2024.', ['[the first quarter of fiscal 2024] DATE FY2024-Q1']],
    ['Fiscal 2023\'s third quarter was the weakest.', ['[Fiscal 2023\'s third quarter] DATE FY2023-Q3']],
    ['The loss came in the second quarter of fiscal year 2022.', ['[the second quarter of fiscal year 2022] DATE FY2022-Q2']],
    // a calendar quarter keeps its calendar value
    ['Sales fell in the fourth quarter of 2024.', ['[the fourth quarter of 2024] DATE 2024-Q4']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a half of the year by its code', () => {
  const cases: Array<[string, string[]]> = [
    ['The group expects H1 profit to double.', ['[H1] DATE 2025-H1']],
    ['Results for H2 2024 were weak.', ['[H2 2024] DATE 2024-H2']],
    ['Sales rose in Q3.', ['[Q3] DATE 2025-Q3']],
    // hydrogen, a fleet's name: no half
    ['The plant makes green H2 for buses.', []],
    ['The H2 fleet grew.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"the new year" is the coming one from July on', () => {
  it.each([
    ['The hearing will be held in the new year.', '2025-10-28', ['[the new year] DATE 2026']],
    ['It was the first homicide of the new year.', '2016-01-03', ['[the new year] DATE 2016']],
    // the holiday's name is no year
    ['Prices rose in the New Year period.', '2025-10-28', []],
  ] as Array<[string, string, string[]]>)('%s', (text, ref, expected) => expect(found(text, ref)).toEqual(expected));
});

describe('a year after a possessive name is a year, a number after a name is none', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    ["Analysts expect Renault's 2024 profit to fall.", ['[2024] 2024']],
    ["The senator's 2008 campaign ran out of money.", ['[2008] 2008']],
    // a count of things after the possessive stays a count
    ["Renault's 1500 dealers were told to cut prices.", []],
    // a name that ends on a number
    ['The Orion 1980 returned to port.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"since year-end" is the last year\'s end, "by year-end" this one\'s', () => {
  const cases: Array<[string, string[]]> = [
    ['The index has gained 12% since year-end.', ['[year-end] DATE 2024 END']],
    ['The sale should close by year-end.', ['[year-end] DATE 2025 END']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a month or season "of" a year is one date in that year', () => {
  const cases: Array<[string, string[]]> = [
    ['The mill opened in 2019. In May of that year it hired 40 people.', ['[2019] DATE 2019', '[May of that year] DATE 2019-05']],
    ['She said she first heard of the leak in the spring of last year.', ['[the spring of last year] DATE 2024-SP']],
    ['The dam was finished in the autumn of 2022.', ['[the autumn of 2022] DATE 2022-FA']],
    ['He was last seen in February of 2021.', ['[February of 2021] DATE 2021-02']],
    ['The fund collapsed in 2008. In the summer of the following year, its founder fled.', ['[2008] DATE 2008', '[the summer of the following year] DATE 2009-SU']],
    // a year told by reference right after the month, without "of" (BLIND16 D3)
    ['She won in Boston in 2023 and in Berlin in October that year.', ['[2023] DATE 2023', '[October that year] DATE 2023-10']],
    ['The plant opened in 2019 and closed in March the following year.', ['[2019] DATE 2019', '[March the following year] DATE 2020-03']],
    ['The fund collapsed in 2008. In the summer the previous year, its founder had fled.', ['[2008] DATE 2008', '[the summer the previous year] DATE 2007-SU']],
    // the year's own noun: two dates ("This October" is the reference year's, as a reader takes it; REVIEW18-DATES: the
    // row's old "In October that year's harvest" pinned 2025-10 where a reader takes October 2019)
    ['The mill opened in 2019. This October that year\'s harvest was remembered.', ['[2019] DATE 2019', '[This October] DATE 2025-10', '[that year] DATE 2019']],
    // "the fall of" a city is no season
    ['The fall of the city came in March.', ['[March] DATE 2025-03']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
  // without a reference date the year named still places the month
  it('without a reference date', () => {
    const text = 'The mill opened in 2019. In May of that year it hired 40 people.';
    expect(datesIn(text, null).map((d) => `[${d.text}] ${d.value}`)).toEqual(['[2019] 2019', '[May of that year] 2019-05']);
  });
});

describe('a fiscal quarter reported in the past is compared a year back, even while the calendar quarter runs', () => {
  // told on Nov. 4, 2025, in the calendar's fourth quarter
  const found = (text: string) => datesIn(text, '2025-11-04').map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    ['The brewer reported a 30% drop in fourth-quarter profit, to $12 million from $17 million a year earlier.', ['[fourth-quarter] 2025-Q4', '[a year earlier] 2024-Q4']],
    // a quarter still to come is a forecast: no comparison with it
    ['The brewer expects fourth-quarter profit to fall from $17 million a year earlier.', ['[fourth-quarter] 2025-Q4', '[a year earlier] 2024']],
    // the year ended in the comparison's sentence is the year compared
    ['Its fourth-quarter loss was $3 million. Net for the year ended Aug. 31 was $9 million, down from $11 million last year.', ['[fourth-quarter] 2025-Q4', '[the year] P1Y', '[Aug. 31] 2025-08-31', '[last year] 2024']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"the end of the decade" told in the past or present after a year named is that year\'s decade (lead14 L18)', () => {
  const cases: Array<[string, string[]]> = [
    // a round year closing a range ends the stretch of the decade before it
    [
      'He ran the central bank from 1994 to 2000. His policy is credited with halving inflation by the end of the decade.',
      ['[1994] DATE 1994', '[2000] DATE 2000', '[the end of the decade] DATE 199 END'],
    ],
    ['In 2012 the firm opened its first store. It had 40 by the end of the decade.', ['[2012] DATE 2012', '[the end of the decade] DATE 201 END']],
    ['In the 1970s, inflation soared. By the end of the decade, prices had doubled.', ['[the 1970s] DATE 197', '[the end of the decade] DATE 197 END']],
    // told in the future: the current decade, whatever year came before
    ['He ran the central bank from 1994 to 2000. He hopes to finish his memoir by the end of the decade.', ['[1994] DATE 1994', '[2000] DATE 2000', '[the end of the decade] DATE 202 END']],
    // a round year that opens its sentence is in its own decade
    ['In 2010 the firm opened its first store. It had 40 by the end of the decade.', ['[2010] DATE 2010', '[the end of the decade] DATE 201 END']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"that quarter" is the quarter named last; a closed fiscal year is one (TimeBank shapes)', () => {
  const cases: Array<[string, string[]]> = [
    ['The mill lost $4 million in the first quarter of 2024. Results for that quarter included a write-down.',
      ['[the first quarter of 2024] DATE 2024-Q1', '[that quarter] DATE 2024-Q1']],
    // the last named, not the latest in time
    ['Profit rose in the third quarter of 2025, after a loss in the second quarter of 2024. Results for that quarter included a charge.',
      ['[the third quarter of 2025] DATE 2025-Q3', '[the second quarter of 2024] DATE 2024-Q2', '[that quarter] DATE 2024-Q2']],
    // none named before: no time, as in "that quarter of the city" (review18: was XXXX-QX)
    ['Results for that quarter included a charge.', []],
    ['Shells fell on that quarter of the city.', []],
    // the fiscal year last closed, not a stretch of a year up to now
    ['The chain had sales of $2 billion in the last fiscal year.', ['[the last fiscal year] DATE FY2024']],
    ['Its sales rose 8% in the latest fiscal year.', ['[the latest fiscal year] DATE FY2024']],
    ['Its sales rose 8% in its most recent financial year.', ['[most recent financial year] DATE FY2024']],
    // not the latest of anything else, and "the last year" is still a stretch
    ['The latest year was hard.', []],
    // nor "latest", "most recent" before a month: the month alone (review18: was "most recent June")
    ['Her most recent June visit was short.', ['[June] DATE 2025-06']],
    ['Prices rose in the last year.', ['[the last year] DURATION P1Y']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"the following spring", "the previous winter": that season after or before the last date named (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    ['He was released in 2019 and rearrested the following spring.', ['[2019] DATE 2019', '[the following spring] DATE 2020-SP']],
    // after a season or a month: the next one to start after it, the last to end before it
    ['In the summer of 2021 he fled, and the next winter he returned.', ['[the summer of 2021] DATE 2021-SU', '[the next winter] DATE 2021-WI']],
    ['The dam broke in March 2018; the previous summer had been dry.', ['[March 2018] DATE 2018-03', '[the previous summer] DATE 2017-SU']],
    ['The dam broke in October 2018; the previous summer had been dry.', ['[October 2018] DATE 2018-10', '[the previous summer] DATE 2018-SU']],
    // a winter ends in the February after its year: the one before January 2018 is the winter from December 2016 (review18)
    ['The dam broke in January 2018; the previous winter had been dry.', ['[January 2018] DATE 2018-01', '[the previous winter] DATE 2016-WI']],
    ['The dam broke in March 2018; the previous winter had been dry.', ['[March 2018] DATE 2018-03', '[the previous winter] DATE 2017-WI']],
    // a year told relative to the reference date after it counts, as for "the following year" (review18: was 2026-SP, 2011-SP)
    ['The plant closed last year and reopened the following spring.', ['[last year] DATE 2024', '[the following spring] DATE 2025-SP']],
    ['The plant opened in 2010. It closed last year and reopened the following spring.', ['[2010] DATE 2010', '[last year] DATE 2024', '[the following spring] DATE 2025-SP']],
    // none named: from the reference date
    ['Talks will resume the following spring.', ['[the following spring] DATE 2026-SP']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
