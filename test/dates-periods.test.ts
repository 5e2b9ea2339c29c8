// Periods and times added for TimeBank's conventions: halves of a year, the week of a date,
// clock hours told by the part of the day, ranges opened by "between", spoken years after a
// month or season. Reference date pinned: Tuesday 2025-10-28.

import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers/dates.js';

function found(text: string, ref = '2025-10-28'): string[] {
  return datesIn(text, ref).map((d) => `[${d.text}] ${d.type} ${d.value}`);
}

describe('tagged', () => {
  const cases: Array<[string, string[]]> = [
    ['Margins shrank in the last half of 2019.', ['[the last half of 2019] DATE 2019-H2']],
    // numbered weeks of the year, as outbreak reports give them
    ['In epidemiological week 42, which ended on October 19, cases fell.', ['[epidemiological week 42] DATE 2025-W42', '[October 19] DATE 2025-10-19']],
    ['Cases rose in epi week 7.', ['[epi week 7] DATE 2025-W07']],
    ['Sales in week 12 of 2024 were weak.', ['[week 12 of 2024] DATE 2024-W12']],
    ['Orders should recover in the first two quarters of 2026.', ['[the first two quarters of 2026] DATE 2026-H1']],
    // the two quarters of a half, conjoined: that half (BLIND7 sec-ruling); others are no one value
    ['The company restated its results for the third and fourth quarters of 2024.', ['[the third and fourth quarters of 2024] DATE 2024-H2']],
    ['Sales fell in the second and third quarters of 2024.', ['[2024] DATE 2024']],
    ['Sales rose in the second half of the year.', ['[the second half of the year] DATE 2025-H2']],
    ['A hearing is set for the week of Nov. 10.', ['[the week of Nov. 10] DATE 2025-W46']],
    ['The convoy will leave at 5 in the morning.', ['[5 in the morning] TIME 2025-10-28T05:00']],
    ['Shops stay open until nine in the evening.', ['[nine in the evening] TIME 2025-10-28T21:00']],
    // the hour takes the day another time of the sentence names
    ['They will sail at 4 in the morning (4 a.m. GMT Thursday).', ['[4 in the morning] TIME 2025-10-30T04:00', '[4 a.m. GMT Thursday] TIME 2025-10-30T04:00']],
    ['Recovery takes between two and six weeks.', ['[two] DURATION P2W', '[six weeks] DURATION P6W']],
    ['Recovery takes two to six weeks.', ['[two to six weeks] DURATION P2W']],
    ['Prices peaked in the winter of nineteen ninety-four.', ['[the winter of nineteen ninety-four] DATE 1994-WI']],
    ['It happened in March nineteen eighty-one.', ['[March nineteen eighty-one] DATE 1981-03']],
    ['The firm expects a loss in the current fiscal year.', ['[the current fiscal year] DATE FY2025']],
    ['Profit will rise next fiscal year, and for the full year it looks weak.', ['[next fiscal year] DATE FY2026', '[the full year] DATE 2025']],
    ['The index fell for five trading days.', ['[five trading days] DURATION P5D']],
    ['She took over after a several-year search.', ['[several-year] DURATION PXY']],
    ['The plant has been idle for a while.', ['[a while] DURATION PXX']],
    ['Over the years, the town grew.', ['[the years] DURATION PXY']],
    ['Just months ago the firm was losing money.', ['[months ago] DATE PAST_REF']],
    // a bare unit before "later": a stretch of unsaid length, "later" left out as in "three days later"
    ['Police arrived minutes later.', ['[minutes] DURATION PTXM']],
    ['Decades later, the medal was found.', ['[Decades] DURATION PXY']],
    ['Profits returned after several quarters of losses.', ['[several quarters] DURATION PXQ']],
    ['The post-1990 order is fading.', ['[post-1990] DATE 1990']],
    ['Troops should arrive by the end of the month.', ['[the end of the month] DATE 2025-10']],
    ['By mid afternoon, the town had fallen.', ['[mid afternoon] TIME 2025-10-28TAF']],
    ['Shares rose at mid-afternoon yesterday.', ['[mid-afternoon yesterday] TIME 2025-10-27TAF']],
    ['The town may one day host the games.', ['[one day] DATE FUTURE_REF']],
    ['The repairs could take one day.', ['[one day] DURATION P1D']],
    // "March" and "May" alone need context: a preposition, or "the" and their noun
    ['The March accession was approved by all members.', ['[March] DATE 2025-03']],
    ['Details will follow at a later date.', ['[a later date] DATE FUTURE_REF']],
    // holidays on a weekday of a month, and Easter's
    ['Rebels attacked on Labor Day.', ['[Labor Day] DATE 2025-09-01']],
    ['Officials met on Memorial Day last year.', ['[Memorial Day last year] DATE 2024-05-27']],
    ['Shops stay shut on Easter Monday.', ['[Easter Monday] DATE 2025-04-21']],
    ['Troops came home by Christmas 1998.', ['[Christmas 1998] DATE 1998-12-25']],
    // more holidays: fixed, Easter's, and a Monday of January
    ['The strike began on May Day.', ['[May Day] DATE 2025-05-01']],
    ['The accord was signed on Good Friday.', ['[Good Friday] DATE 2025-04-18']],
    ['The march was held on Martin Luther King Jr. Day.', ['[Martin Luther King Jr. Day] DATE 2025-01-20']],
    ['Shops close on Boxing Day.', ['[Boxing Day] DATE 2025-12-26']],
    // every weekend, as "on Sundays" is every Sunday
    ['The museum is closed on weekends.', ['[weekends] SET XXXX-WXX-WE']],
    // a part of the day in the plural beside "weekends" or after "in the" is every such part (DATES10's leftover)
    ['The pool is open on evenings and weekends.', ['[evenings] SET XXXX-XX-XXTEV', '[weekends] SET XXXX-WXX-WE']],
    ['The clinic is busiest in the mornings.', ['[mornings] SET XXXX-XX-XXTMO']],
    ['She drove a taxi at weekends and nights.', ['[weekends] SET XXXX-WXX-WE', '[nights] SET XXXX-XX-XXTNI']],
    // a count or an adjective before it: no set
    ['He spent three nights in a cell after several sleepless nights.', []],
    ['Retailers expect records on Black Friday.', ['[Black Friday] DATE 2025-11-28']],
    // "of" and an amount after a quarter: the quarter's figure, still the quarter
    ['It earned a profit in the third quarter of $2 million.', ['[the third quarter] DATE 2025-Q3']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a week or weekend of a month or a date; a range of years; a fortnight, a quarter-century', () => {
  const withMod = (text: string): string[] => datesIn(text, '2025-10-28').map((d) => `[${d.text}] ${d.value}${d.mod ? ` ${d.mod}` : ''}`);
  const cases: Array<[string, string[]]> = [
    // the weekend that holds the date, with its range: "end of" inside "weekend of" is no position
    ['The fair ran the weekend of Oct. 4-5.', ['[the weekend of Oct. 4-5] 2025-W40-WE']],
    ['The fair runs the weekend of March 7, 2026.', ['[the weekend of March 7, 2026] 2026-W10-WE']],
    // a week at one end of a month or year is that period's start or end, not last week
    ['Sales fell in the last week of October.', ['[the last week of October] 2025-10 END']],
    ['Prices jumped in the first week of September.', ['[the first week of September] 2025-09 START']],
    ['Crowds packed the beaches on the last weekend of August.', ['[the last weekend of August] 2025-08 END']],
    // a week between them is the ISO week holding most of its days (the 11th, 18th, 25th of the month)
    ['The talks will resume in the second week of December.', ['[the second week of December] 2025-W50']],
    ['Sales slowed in the third week of March.', ['[the third week of March] 2025-W12']],
    ['Orders rose in the fourth week of February.', ['[the fourth week of February] 2025-W09']],
    ['He fell ill in the second week of the trial.', []],
    ['The storm hit in the last month of the year.', ['[the last month of the year] 2025 END']],
    ['He was absent for the last week of the campaign.', []],
    // the week that ends on a day: that day's ISO week, one expression (BLIND12 D5)
    ['The worst stretch came in the week ending July 12, when temperatures stayed high.', ['[the week ending July 12] 2025-W28']],
    ['Sales fell 3 percent in the week ended Saturday.', ['[the week ended Saturday] 2025-W43']],
    ['Officials reported 90 new cases in the week to Sunday.', ['[the week to Sunday] 2025-W43']],
    // a dashed range of years is two dates, as "from 2019 to 2021"; two years that follow each other are one season
    ['He served as mayor from 2019-2021.', ['[2019] 2019', '[2021] 2021']],
    ['The 2010–2015 period was calm.', ['[2010] 2010', '[2015] 2015']],
    ['The 2019-2020 season was cut short.', ['[2019-2020] 2019']],
    ['Call 555-2019-2021 for details.', []],
    // a fortnight and a fraction of a century are units of their own
    ['Sales rose in the past fortnight.', ['[the past fortnight] P2W']],
    ['Talks continue over the next fortnight.', ['[the next fortnight] P2W']],
    ['The firm grew over the last quarter-century.', ['[the last quarter-century] P25Y']],
    ['He ruled for a quarter century.', ['[a quarter century] P25Y']],
    ['The dam was built a half-century ago.', ['[a half-century ago] 197']],
    ['Sales fell last quarter.', ['[last quarter] 2025-Q3']],
    ['Prices rose last week.', ['[last week] 2025-W43']],
  ];
  it.each(cases)('%s', (text, expected) => expect(withMod(text)).toEqual(expected));
});

describe('a season told in the past once it has begun is this year\'s (BLIND12 D6)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['She was fired in the fall.', '2025-10-28', ['[the fall] DATE 2025-FA']],
    ['The province had opened 140 cooling centres since the start of the summer.', '2026-07-27', ['[the start of the summer] DATE 2026-SU']],
    // a position of a bare season joins it
    ['Attendance has doubled since the start of summer.', '2026-07-27', ['[the start of summer] DATE 2026-SU']],
    // in its first month, the one before; over already, this year's
    ['The river flooded in the summer.', '2025-06-05', ['[the summer] DATE 2024-SU']],
    ['Prices rose in the spring.', '2025-10-28', ['[the spring] DATE 2025-SP']],
  ];
  it.each(cases)('%s (%s)', (text, ref, expected) => expect(found(text, ref)).toEqual(expected));
});

describe('a season told by its weather after a preposition of time is the season alone (BLIND14 D1)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['The vineyards lost half their grapes after an exceptionally dry summer.', '2025-10-28', ['[summer] DATE 2025-SU']],
    ['Ticket sales slumped during a long, cold winter.', '2026-04-10', ['[winter] DATE 2025-WI']],
    // "a fall" and "a spring" after an adjective are no seasons; a noun after the season makes it a modifier
    ['Shares recovered after a steep fall.', '2025-10-28', []],
    ['The hotel was built beside a natural hot spring.', '2025-10-28', []],
    ['Staff were hired for a busy summer season.', '2025-10-28', []],
  ];
  it.each(cases)('%s (%s)', (text, ref, expected) => expect(found(text, ref)).toEqual(expected));
});

describe('a day of the month in words', () => {
  const cases: Array<[string, string[]]> = [
    ['The vote is on March eighth.', ['[March eighth] DATE 2026-03-08']],
    ['Voters go to the polls this coming Sunday, March eighth.', ['[this coming Sunday, March eighth] DATE 2026-03-08']],
    // "the" stays out, as in "the 15th of October"
    ['He was born on the twenty-first of June, 1990.', ['[twenty-first of June, 1990] DATE 1990-06-21']],
    ['Police arrested him on January the third.', ['[January the third] DATE 2026-01-03']],
    // an ordinal of the noun after it, and "May" (a verb as often), are no days
    ['The March second round of talks failed.', ['[March] DATE 2026-03']],
    ['He may first ask the court.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text, '2026-03-03')).toEqual(expected));
});

describe('holidays near the reference date', () => {
  it('are this year\'s within a week, whatever the tense', () => {
    // Easter 2026 is April 5, in ISO week 14
    expect(found('Crowds prayed as Easter week began.', '2026-03-30')).toEqual(['[Easter week] DATE 2026-W14']);
    expect(found('Shops were shut for Christmas.', '2025-12-20')).toEqual(['[Christmas] DATE 2025-12-25']);
  });
});

describe('a holiday\'s weekend is the weekend it falls in or is next to (a probe of my own)', () => {
  it('the one before a Monday holiday, the one of its week from Thursday on', () => {
    // Memorial Day 2025 is Monday May 26: the weekend of May 24-25, ISO week 21
    expect(found('Three people were shot over the Memorial Day weekend.', '2025-05-27')).toEqual(['[Memorial Day weekend] DATE 2025-W21-WE']);
    // Thanksgiving 2025 is Thursday November 27: the weekend after it, ISO week 48
    expect(found('Sales rose over Thanksgiving weekend.', '2025-12-01')).toEqual(['[Thanksgiving weekend] DATE 2025-W48-WE']);
    // Easter 2026 is Sunday April 5, ISO week 14
    expect(found('Shops were busy over the Easter weekend.', '2026-04-07')).toEqual(['[Easter weekend] DATE 2026-W14-WE']);
  });
  it('"the Fourth of July" is the holiday, its weekend too (review17: was "Fourth of July" alone, by the ordinal-of-month rule)', () => {
    // July 4, 2025 is a Friday: the weekend of its week, ISO week 27
    expect(found('Three swimmers drowned over the Fourth of July weekend.', '2025-07-08')).toEqual(['[Fourth of July weekend] DATE 2025-W27-WE']);
    expect(found('Fireworks were banned on the Fourth of July.', '2025-07-08')).toEqual(['[Fourth of July] DATE 2025-07-04']);
  });
  it('a day of a month before "weekend" is that day\'s weekend (a probe of my own: was the day)', () => {
    expect(found('Traffic deaths rose over the July 4 weekend.', '2025-07-08')).toEqual(['[July 4 weekend] DATE 2025-W27-WE']);
    expect(found('Traffic deaths rose over the July Fourth weekend.', '2025-07-08')).toEqual(['[July Fourth weekend] DATE 2025-W27-WE']);
    // Monday May 25, 2026: the weekend before it
    expect(found('The fair opens on the May 25 weekend.', '2026-05-01')).toEqual(['[May 25 weekend] DATE 2026-W21-WE']);
  });
});

describe('stays untagged', () => {
  const cases: string[] = [
    'One in the evening class failed the test.',
    // an amount in abbreviated units, whatever stands before it
    'The ship carried 2000 mt of wheat.',
    'In 2000 km of roads, none were paved.',
    'The plant will add 1500 MW of capacity.',
    'Relations between the two sides worsened.',
    'The second half of the match was dull.',
    'He won more than three quarters of the vote.',
    // things named after a holiday (POLNEAR dev)
    'Mexico retaliated against Christmas trees rather than car engines.',
    'They were leaving through a back gate carrying Christmas presents.',
    'He studied societies like Easter Island.',
    // a market or a fair named after the holiday (lead14 probe: a Christmas-market attack)
    'A car drove into a crowded Christmas market.',
    'The town holds an Easter fair.',
    // a change by a fraction (BLIND8 heart-trial)
    'The pill could reduce the risk of a heart attack by nearly a quarter.',
    'Costs were cut by a quarter.',
    'In the years of plenty, they saved.',
    'It is time for a change.',
    'The month of fasting began.',
    'The Eastern bloc collapsed.',
    'She phoned her mother and father.',
  ];
  it.each(cases)('%s', (text) => expect(found(text)).toEqual([]));
});

/** As `found`, with the TIMEX3 mod when there is one. */
function foundMod(text: string, ref = '2025-10-28'): string[] {
  return datesIn(text, ref).map((d) => `[${d.text}] ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}`);
}

describe('"over" before a stretch: across it, or more than it', () => {
  const cases: Array<[string, string[]]> = [
    // after a noun or verb, "over" spreads something across the stretch
    ['The ministry may phase in the tariff over two years.', ['[two years] DURATION P2Y']],
    ['The grant can be used over three years.', ['[three years] DURATION P3Y']],
    // after "for", "just", "lasted", a form of "be": more than
    ['He was held for over two years.', ['[over two years] DURATION P2Y MORE_THAN']],
    ['The wait is over a month.', ['[over a month] DURATION P1M MORE_THAN']],
    ['Over two years, the rebels lost ground.', ['[Over two years] DURATION P2Y MORE_THAN']],
    // "last" as a verb is not "the last two weeks"
    ['The inspection is likely to last over a week.', ['[over a week] DURATION P1W MORE_THAN']],
    // "and last": the verb after a conjunction (a probe of my own)
    ['The hearings will open in May and last about six months.', ['[May] DATE 2026-05', '[about six months] DURATION P6M APPROX']],
    ['Prices rose in the last two weeks.', ['[the last two weeks] DURATION P2W']],
    // but "and" between two words of order: "last" is one of them (review17)
    ['The pool shuts in the first and last two weeks of the season.', ['[last two weeks] DURATION P2W']],
    ['The strike will begin on Monday and last two weeks.', ['[Monday] DATE 2025-11-03', '[two weeks] DURATION P2W']],
    // a contraction: "they'll last" (was "last two weeks")
    ["The talks open on Monday and they'll last two weeks.", ['[Monday] DATE 2025-11-03', '[two weeks] DURATION P2W']],
  ];
  it.each(cases)('%s', (text, expected) => expect(foundMod(text)).toEqual(expected));
});

describe('"over the next decade": a stretch', () => {
  const cases: Array<[string, string[]]> = [
    ['The reform raises the retirement age by two years over the next decade.', ['[two years] DURATION P2Y', '[the next decade] DURATION P10Y']],
    ['Demand should double during the coming year.', ['[the coming year] DURATION P1Y']],
    // without a preposition of extent it is the calendar period
    ['The plant will open next year.', ['[next year] DATE 2026']],
  ];
  it.each(cases)('%s', (text, expected) => expect(foundMod(text)).toEqual(expected));
});

describe('a winter is named for the year of its December', () => {
  const found = (text: string, ref: string) => datesIn(text, ref).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string, string[]]> = [
    // BLIND9 heater-recall, said in October: the coming winter is 2025-WI
    ['2025-10-28', 'Consumers should check heaters ahead of the winter.', ['[the winter] 2025-WI']],
    ['2025-10-28', 'Last winter was cold, and next winter will be colder.', ['[Last winter] 2024-WI', '[next winter] 2025-WI']],
    ['2025-10-28', 'Prices rose over the winter.', ['[the winter] 2024-WI']],
    // in January the running winter began the year before
    ['2025-01-15', 'This winter has been mild, unlike last winter.', ['[This winter] 2024-WI', '[last winter] 2023-WI']],
  ];
  it.each(cases)('%s %s', (ref, text, expected) => expect(found(text, ref)).toEqual(expected));
});

describe('a rate counted in words: the period is a SET (a sum of money a year stays untagged)', () => {
  const cases: Array<[string, string[]]> = [
    ['She drinks two cups of coffee a day.', ['[a day] SET P1D']],
    ['The clinic gets dozens of calls a week.', ['[a week] SET P1W']],
    ['The levy raises two million dollars a year.', []],
    // a count from an event, no rate
    ['Three years a day after the crash, he drove again.', ['[Three years] DURATION P3Y', '[a day] DURATION P1D']],
    // a stretch after a preposition stays one
    ['The two officers were suspended for a week.', ['[a week] DURATION P1W']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a count of units in a Title Case headline is a duration', () => {
  const cases: Array<[string, string[]]> = [
    ['Former Mayor Jailed for Six Years Over Bribes\n\nA former mayor was jailed on Monday.', ['[Six Years] DURATION P6Y', '[Monday] DATE 2025-10-27']],
    // in a body sentence a capitalised unit is a title's, as before
    ['He appeared on 60 Minutes to argue.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
