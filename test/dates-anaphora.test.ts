// Dates told by reference to another date, ranges, and the tense cues that place bare names,
// against a pinned reference date: Tuesday 2025-10-28 (ISO week 44).

import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers/dates.js';

const REF = '2025-10-28';

/** "[text] TYPE value MOD" for each date, in text order. */
function found(text: string, ref: string | null = REF): string[] {
  return datesIn(text, ref).map((d) => `[${d.text}] ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}`);
}

describe('a year told first frames the months and seasons of its sentence', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    ['Last year, floods killed more than 240 people in a single weekend in late September.', ['[Last year] 2024', '[late September] 2024-09']],
    ['In 2019, the company cut jobs in March and hired again in the autumn.', ['[2019] 2019', '[March] 2019-03', '[the autumn] 2019-FA']],
    // a year after the month compares, it does not frame
    ['Exports rose in September from last year.', ['[September] 2025-09', '[last year] 2024']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a range of weekdays or months runs forward', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    ['From Monday to Wednesday, schools will close.', ['[Monday] 2025-11-03', '[Wednesday] 2025-11-05']],
    ['From Monday to Wednesday, schools were closed.', ['[Monday] 2025-10-20', '[Wednesday] 2025-10-22']],
    ['The fair runs Thursday through Saturday.', ['[Thursday] 2025-10-30', '[Saturday] 2025-11-01']],
    // months too: one year's, not January next year and March this one
    ['The offer is valid January to March.', ['[January] 2026-01', '[March] 2026-03']],
    ['Output fell from January to March.', ['[January] 2025-01', '[March] 2025-03']],
    // a weekday still to come told after another with "again", "then": the one after it
    ['Pilots will strike on Saturday and again on Wednesday.', ['[Saturday] 2025-11-01', '[Wednesday] 2025-11-05']],
    ['The ferry will sail on Friday, then return on Tuesday.', ['[Friday] 2025-10-31', '[Tuesday] 2025-11-04']],
    // no word of sequence, or told in the past: each day by itself
    ['The ferry will sail on Friday and the barge on Wednesday.', ['[Friday] 2025-10-31', '[Wednesday] 2025-10-29']],
    ['Pilots struck on Saturday and again on Monday.', ['[Saturday] 2025-10-25', '[Monday] 2025-10-27']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
  it('"overnight" before a weekday is that day\'s night; before "into" a weekday, the night before it (a probe of my own)', () => {
    expect(found('Gales battered the coast overnight Saturday into Sunday.')).toEqual(['[overnight] 2025-10-25TNI', '[Saturday] 2025-10-25', '[Sunday] 2025-10-26']);
    expect(found('Gales battered the coast overnight into Sunday.')).toEqual(['[overnight] 2025-10-25TNI', '[Sunday] 2025-10-26']);
    expect(found('Frost is expected overnight Thursday.')).toEqual(['[overnight] 2025-10-30TNI', '[Thursday] 2025-10-30']);
    expect(found('Gales battered the coast overnight, and on Sunday the river rose.')).toEqual(['[overnight] 2025-10-27TNI', '[Sunday] 2025-10-26']);
  });
  it('said on a Monday: "on Friday and again next Tuesday" is the Tuesday after that Friday', () => {
    expect(datesIn('Drivers will walk out on Friday and again next Tuesday.', '2025-10-27').map((d) => d.value)).toEqual(['2025-10-31', '2025-11-04']);
    // the day of a saying after "later" is no second day of the sequence
    expect(datesIn('Pilots will strike on Friday, the union said later on Monday.', '2025-10-27').map((d) => d.value)).toEqual(['2025-10-31', '2025-10-27']);
  });
});

describe('"that June", "that summer": in the last year named', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    ['He was arrested in March 2024 and released that June.', ['[March 2024] 2024-03', '[that June] 2024-06']],
    ['The war began in 2019. That summer, thousands fled.', ['[2019] 2019', '[That summer] 2019-SU']],
    // a decade named after the year names no year (BLIND8 orchard-profile)
    ['She took over the farm in 1979. In the 1990s, prices collapsed. That winter, she sold the cows.', ['[1979] 1979', '[the 1990s] 199', '[That winter] XXXX-WI']],
    // "that" opening a clause points nowhere
    ['He said that June was the worst month.', ['[June] 2025-06']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('days, weeks and months counted from the last date named', () => {
  const cases: Array<[string, string[]]> = [
    ['The army withdrew on March 3. The next day, rebels entered the town.',
      ['[March 3] DATE 2025-03-03', '[The next day] DATE 2025-03-04']],
    ['Polls closed on Sunday, June 8, 2014. Results came the following day and protests the day after.',
      ['[Sunday, June 8, 2014] DATE 2014-06-08', '[the following day] DATE 2014-06-09', '[the day after] DATE 2014-06-10']],
    ['The envoy arrived on Friday. He had met the minister the day before.',
      ['[Friday] DATE 2025-10-24', '[the day before] DATE 2025-10-23']],
    // "before" with no object, then an infinitive or a preposition: the whole phrase (BLIND14 D4)
    ['The envoy arrived on Friday. He had flown to the capital the day before to meet the minister.',
      ['[Friday] DATE 2025-10-24', '[the day before] DATE 2025-10-23']],
    ['The envoy arrived on Friday. He had landed the day before in a military plane.',
      ['[Friday] DATE 2025-10-24', '[the day before] DATE 2025-10-23']],
    ['The strike began on Oct. 2, 2023. The following week, the port reopened.',
      ['[Oct. 2, 2023] DATE 2023-10-02', '[The following week] DATE 2023-W41']],
    ['The plant closed in March 2019. The following month, the firm put itself up for sale.',
      ['[March 2019] DATE 2019-03', '[The following month] DATE 2019-04']],
    ['The verdict came on Jan. 9, 2024. Earlier that day, lawyers met the judge.',
      ['[Jan. 9, 2024] DATE 2024-01-09', '[Earlier that day] DATE 2024-01-09']],
    ['He was arrested on May 2, 2022 and released the next morning.',
      ['[May 2, 2022] DATE 2022-05-02', '[the next morning] TIME 2022-05-03TMO']],
    ['The ferry sank on Aug. 14, 2021. Divers found the wreck that same day.',
      ['[Aug. 14, 2021] DATE 2021-08-14', '[that same day] DATE 2021-08-14']],
    ['Markets fell on Sept. 4, 2020 and recovered later in the day.',
      ['[Sept. 4, 2020] DATE 2020-09-04', '[later in the day] DATE 2020-09-04']],
    // chains: each counts from the one before
    ['Voting began on April 1, 2019. The next day, counting started, and the day after that results came. The following day, the loser conceded.',
      ['[April 1, 2019] DATE 2019-04-01', '[The next day] DATE 2019-04-02', '[the day after that] DATE 2019-04-03', '[The following day] DATE 2019-04-04']],
    // nothing named before: counted from the reference date
    ['The next day, the rebels left.', ['[The next day] DATE 2025-10-29']],
    ['Sales slowed earlier in the year.', ['[earlier in the year] DATE 2025']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"a week earlier" counts from the day of the count, not from a date opening a range (BLIND12 D4; the week, as "two weeks earlier")', () => {
  const cases: Array<[string, string[]]> = [
    ['The coroners service said on Monday it had confirmed 214 deaths since June 1, up from 131 a week earlier.',
      ['[Monday] DATE 2025-10-27', '[June 1] DATE 2025-06-01', '[a week earlier] DATE 2025-W43']],
    // no range: the last date named
    ['Cases reached 90 on Oct. 20, up from 60 a week earlier.', ['[Oct. 20] DATE 2025-10-20', '[a week earlier] DATE 2025-W42']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a next day told in the past does not fall after the reference date (BLIND12 D1)', () => {
  const cases: Array<[string, string[]]> = [
    // told on Thursday 2025-10-30: the morning after Tuesday's blast, not after Thursday's update
    ['An explosion at the plant late Tuesday released a cloud of gas. In an update at 9 a.m. on Thursday, the department said 52 people had been treated. "People went home, started coughing the next morning, and then they came in," the chief said.',
      ['[Tuesday] DATE 2025-10-28', '[9 a.m. on Thursday] TIME 2025-10-30T09:00', '[the next morning] TIME 2025-10-29TMO']],
    // still to come: counted from the last day named
    ['The summit opens on Thursday. The next morning, leaders will tour the port.', ['[Thursday] DATE 2025-10-30', '[The next morning] TIME 2025-10-31TMO']],
  ];
  it.each(cases)('%s', (text, expected) => expect(datesIn(text, '2025-10-30').map((d) => `[${d.text}] ${d.type} ${d.value}`)).toEqual(expected));
});

describe('the early morning hours of a day are one TIME', () => {
  it('holds its "early morning"', () => {
    expect(found('The blast happened in the early morning hours of Friday.')).toEqual(['[the early morning hours of Friday] TIME 2025-10-24TMO']);
  });
});

describe('days counted from an event', () => {
  const cases: Array<[string, string[]]> = [
    // the event's date is unknown: the day is tagged with its event (as the project's golds mark it), its value left open
    ['He resigned the day before the vote.', ['[the day before the vote] DATE XXXX-XX-XX']],
    ['Police returned the night after the riot to search the house.', ['[the night after the riot] TIME XXXX-XX-XXTNI']],
    // the last date named stands for the event
    ['The judge ruled on March 3, 2024. The lawyers met the day after the ruling.',
      ['[March 3, 2024] DATE 2024-03-03', '[the day after the ruling] DATE 2024-03-04']],
    ['The bridge fell on June 9, 2023. Residents had seen cracks in the weeks before the collapse.',
      ['[June 9, 2023] DATE 2023-06-09', '[weeks] DATE 2023-06']],
    // the event's date in its own phrase
    ['Neighbours saw the van in the days before the June 9 fire.', ['[days] DATE 2025-06', '[June 9] DATE 2025-06-09']],
    ['Police made arrests in the weeks after the blast on March 2, 2024, officials said.', ['[weeks] DATE 2024-03', '[March 2, 2024] DATE 2024-03-02']],
    // a date named further back, or after a clause break, need not be the event's: the month stays open
    ['The bridge fell on June 9, 2023. Engineers met. Inspectors wrote reports. Residents had seen cracks in the weeks before the collapse.',
      ['[June 9, 2023] DATE 2023-06-09', '[weeks] DATE XXXX-XX']],
    ['His car was seen in the weeks before the shooting, and was found at an airport in December.', ['[weeks] DATE XXXX-XX', '[December] DATE 2024-12']],
    // in apposition to a date, the day is that date
    ['Shares peaked on Oct. 12, the day before the crash.', ['[Oct. 12] DATE 2025-10-12', '[the day before the crash] DATE 2025-10-12']],
    ['She last spoke to him on Saturday night, the day before the attack.', ['[Saturday night] TIME 2025-10-25TNI', '[the day before the attack] DATE 2025-10-25']],
    // a day counted within an event: today in the present tense, else unknown unless a date was named
    ['It is the fifth day of the strike.', ['[the fifth day] DATE 2025-10-28']],
    ['It’s the second day of the siege.', ['[the second day] DATE 2025-10-28']],
    ['She vowed to act on her first day in office.', ['[first day] DATE XXXX-XX-XX']],
    ['Talks opened on May 4, 2024. On the third day of the talks, the envoys left.', ['[May 4, 2024] DATE 2024-05-04', '[the third day] DATE 2024-05-04']],
    // counted from a date that follows: one expression
    ['The day before last Friday’s vote, the mayor resigned.', ['[The day before last Friday] DATE 2025-10-23']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('stretches, ranges and halves', () => {
  const cases: Array<[string, string[]]> = [
    // "later" counts from the story, not the reference date: the stretch itself
    ['Two years later he returned to the capital.', ['[Two years] DURATION P2Y']],
    ['A few days later, the company announced losses.', ['[A few days] DURATION PXD']],
    ['Three days ago the talks stalled.', ['[Three days ago] DATE 2025-10-25']],
    // "back" after a stretch is "ago", unless a date was moved
    ['The mill shut three years back.', ['[three years back] DATE 2022']],
    ['The board pushed the vote two weeks back.', ['[two weeks] DURATION P2W']],
    ['Shipments resume within two to three weeks.', ['[two to three weeks] DURATION P2W']],
    ['Acquisitions are planned for the next 12 to 18 months.', ['[the next 12 to 18 months] DURATION P12M']],
    ['The festival lasts 5-7 days.', ['[5-7 days] DURATION P5D']],
    ['The siege lasted a year and a half.', ['[a year and a half] DURATION P1Y6M']],
    ['They waited two and a half years for a verdict.', ['[two and a half years] DURATION P2Y6M']],
    ['Prices should rise over the next couple of years.', ['[the next couple of years] DURATION P2Y']],
    ['The repairs took a week or so.', ['[a week or so] DURATION P1W APPROX']],
    ['The summit is on April 24 and 25.', ['[April 24] DATE 2025-04-24', '[25] DATE 2025-04-25']],
    ['Talks ran March 3 to 5, 2024, in Doha.', ['[March 3] DATE 2024-03-03', '[5, 2024] DATE 2024-03-05']],
    ['Earlier yesterday, shares fell.', ['[Earlier yesterday] DATE 2025-10-27']],
    // a quarter long over is next year's in a future sentence; the one just closed is this year's
    ['Sales will recover in the first quarter.', ['[the first quarter] DATE 2026-Q1']],
    ['The company expects to release third-quarter results next week.', ['[third-quarter] DATE 2025-Q3', '[next week] DATE 2025-W45']],
    ['Sales fell in the second half.', ['[the second half] DATE 2025-H2']],
    // earnings news: the quarter it reports, in another year
    ['Profit rose in the third quarter. In the 2024 quarter, it lost money.',
      ['[the third quarter] DATE 2025-Q3', '[the 2024 quarter] DATE 2024-Q3']],
    ['In the 1988 period, it lost money.', ['[the 1988 period] DATE 1988']],
    // a quarter told by the day it ended: mostly the calendar quarter of the month before that day
    ['In the quarter ended July 31, the retailer lost money.', ['[the quarter] DATE 2025-Q2', '[July 31] DATE 2025-07-31']],
    ['Sales rose in the quarter ended Sept. 30.', ['[the quarter] DATE 2025-Q3', '[Sept. 30] DATE 2025-09-30']],
    // "the same period of 2024" is the period named before: the year names it
    ['Arrivals fell in the first nine months compared with the same period of 2024.', ['[the first nine months] DURATION P9M', '[2024] DATE 2024']],
    // a part told within its year is one expression; a year of its own stays apart
    ['Arrivals fell in the first nine months of the year.', ['[the first nine months of the year] DURATION P9M']],
    ['Sales rose in the first nine months of 2024.', ['[the first nine months] DURATION P9M', '[2024] DATE 2024']],
    // after "last year", "a year earlier" is the year before it (lead14 probe L8); after "a year ago" it is the same period
    ['Road accidents killed 10,944 people last year, down from more than 11,000 a year earlier.',
      ['[last year] DATE 2024', '[a year earlier] DATE 2023']],
    ['It lost $2 million a year ago. Sales were $307 million a year earlier.', ['[a year ago] DATE 2024', '[a year earlier] DATE 2024']],
    // a quarter still to come is a forecast: "a year earlier" compares with the quarter reported
    ['Profit rose in the second quarter. Analysts expect a weak fourth quarter. A year earlier, it lost money.',
      ['[the second quarter] DATE 2025-Q2', '[fourth quarter] DATE 2025-Q4', '[A year earlier] DATE 2024-Q2']],
    // after the months of the year so far, "a year earlier" compares with those months: the year
    ['Profit rose in the third quarter. For the nine months, net fell from $9 million a year earlier.',
      ['[the third quarter] DATE 2025-Q3', '[the nine months] DURATION P9M', '[a year earlier] DATE 2024']],
    ['In the first nine months, net was $3 million, against a loss in the 2024 period.',
      ['[the first nine months] DURATION P9M', '[the 2024 period] DATE 2024']],
    // the quarter named again takes the comparison back to it
    ['For the nine months, net fell. In the third quarter, net rose from a year earlier.',
      ['[the nine months] DURATION P9M', '[the third quarter] DATE 2025-Q3', '[a year earlier] DATE 2024-Q3']],
    // a month or day the sentence names after the quarter is the one compared (BLIND9 japan-outlook; TimeBank wsj_1011)
    ['The economy shrank in the third quarter. Prices rose 2.9% in October from a year earlier.',
      ['[the third quarter] DATE 2025-Q3', '[October] DATE 2025-10', '[a year earlier] DATE 2024-10']],
    ['For the quarter ended Sept. 30, net rose to $133 million from $100 million a year earlier.',
      ['[the quarter] DATE 2025-Q3', '[Sept. 30] DATE 2025-09-30', '[a year earlier] DATE 2024-09-30']],
    // not a weekday (the day of the saying), nor "last year" (a year)
    ['On Monday, the company said profit fell from a year earlier.', ['[Monday] DATE 2025-10-27', '[a year earlier] DATE 2024']],
    // "last year's" before a figure compares periods; before a noun it names that year's thing (BLIND9 japan-outlook)
    ['Profit rose in the third quarter. Sales were $2.49 billion, up from last year\'s $2.34 billion.',
      ['[the third quarter] DATE 2025-Q3', '[last year] DATE 2024-Q3']],
    ['Profit rose in the third quarter. The plan could cost 17 trillion yen, more than last year\'s package.',
      ['[the third quarter] DATE 2025-Q3', '[last year] DATE 2024']],
    // "from the previous three months" after a quarter in the same sentence: the quarter before (BLIND9 japan-outlook)
    ['Capital spending rose 1.2% in the third quarter from the previous three months.', ['[the third quarter] DATE 2025-Q3', '[the previous three months] DATE 2025-Q2']],
    ['GDP grew 0.5% in January-March from the preceding three months.', ['[January-March] DATE 2025-Q1', '[the preceding three months] DATE 2024-Q4']],
    ['Sales fell over the previous three months.', ['[the previous three months] DURATION P3M']],
    // the quarter before the last one reported
    ['Sales rose 3% from the prior quarter.', ['[the prior quarter] DATE 2025-Q2']],
    ['GDP shrank in the July-September period from the preceding quarter.', ['[July-September period] DATE 2025-Q3', '[the preceding quarter] DATE 2025-Q2']],
    // a half compares with the same half
    ['Sales rose in the first half from a year ago.', ['[the first half] DATE 2025-H1', '[a year ago] DATE 2024-H1']],
    // a quarter told in passing does not displace the later one the story reports
    ['Profit rose in the third quarter. After a flat second quarter, margins widened. Costs were lower than a year ago.',
      ['[the third quarter] DATE 2025-Q3', '[second quarter] DATE 2025-Q2', '[a year ago] DATE 2024-Q3']],
    // "the same period last year": the period named before, a year back; with none named, last year
    ['Net fell in the third quarter from the corresponding period last year.',
      ['[the third quarter] DATE 2025-Q3', '[the corresponding period] DATE 2024-Q3', '[last year] DATE 2024']],
    ['Arrivals fell by a fifth from the same period last year.', ['[the same period] DATE 2024', '[last year] DATE 2024']],
    ['Net rose in the third quarter. Sales were lower than in the quarter a year ago.',
      ['[the third quarter] DATE 2025-Q3', '[the quarter] DATE 2024-Q3', '[a year ago] DATE 2024-Q3']],
    // but a quarter in the comparison's own sentence is the one compared
    ['Profit rose in the third quarter. In the second quarter, net fell from a year earlier.',
      ['[the third quarter] DATE 2025-Q3', '[the second quarter] DATE 2025-Q2', '[a year earlier] DATE 2024-Q2']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('tense that places a bare month or weekday', () => {
  const cases: Array<[string, string[]]> = [
    // the nearest cue decides when the expression's clause has none ("who will remain" is further)
    ['In January, the company brought in a new chief, who will remain chairman.', ['[January] DATE 2025-01']],
    // a reporting verb dates the report, not the event
    ['"He will leave at dawn (4 a.m. Thursday)," the minister said.', ['[dawn] TIME 2025-10-30TMO', '[4 a.m. Thursday] TIME 2025-10-30T04:00']],
    // "plan" as a noun does not look ahead; "plans to" does
    ['In March the plan failed.', ['[March] DATE 2025-03']],
    ['The company plans to open a plant in March.', ['[March] DATE 2026-03']],
    ['Officials said the summit would be held on April 24.', ['[April 24] DATE 2026-04-24']],
    ['The group may arrive as soon as Monday.', ['[Monday] DATE 2025-11-03']],
    // a scheduling verb in the present with its object, further back (BLIND7 library-vote)
    ['The plan closes the two branches on July 1.', ['[July 1] DATE 2026-07-01']],
    ['The president visits the two countries in March.', ['[March] DATE 2026-03']],
    // "visits" after a determiner is a noun
    ['His visits to the region in March drew protests.', ['[March] DATE 2025-03']],
    // a base form after two names joined by "and": a plural present
    ['He and Palestinian leader Yasser Arafat meet separately Monday with the envoy.', ['[Monday] DATE 2025-11-03']],
    // a possessive day that opens its clause takes the clause's verb; elsewhere it is a day past
    ["Monday's debate will be the last before the vote.", ['[Monday] DATE 2025-11-03']],
    ["Monday's session ran late.", ['[Monday] DATE 2025-10-27']],
    // a condition told in the present is still to come; in the past it is past
    ['He would fill the seat if Democrats win the White House in November.', ['[November] DATE 2025-11']],
    ['If he won in March, nobody noticed.', ['[March] DATE 2025-03']],
    // a forecast compared with is one already made
    ['The fund expects that output will expand by 1.6 percent, less than forecast in July.', ['[July] DATE 2025-07']],
    // "the year 2000": that year, one expression
    ['The United States pledged that in the year 2000 it would lift restrictions.', ['[the year 2000] DATE 2000']],
    ["They would look for ways to get around Wednesday's ruling.", ['[Wednesday] DATE 2025-10-22']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('false positives that stay untagged', () => {
  const cases: string[] = [
    // a year used as an adjective of a period is a year, never 1988 quarters
    'The same day-to-day routine continued.',
    'The third-day results were not published.',
  ];
  it.each(cases)('%s', (text) => expect(found(text)).toEqual([]));

  it('reads "the 1988 quarter" as a date, not 1988 quarters', () => {
    expect(found('Profit fell in the 1988 quarter.')).toEqual(['[the 1988 quarter] DATE 1988']);
  });
});

describe('"the previous Friday", "the following Monday": a weekday counted from the last day named', () => {
  const cases: Array<[string, string[]]> = [
    // the Friday before the Friday just named, not the reference date's last Friday
    ['The index closed lower on Friday, down 4.5% from the previous Friday.',
      ['[Friday] DATE 2025-10-24', '[the previous Friday] DATE 2025-10-17']],
    ['The talks opened on Oct. 9. The following Monday, both delegations walked out.',
      ['[Oct. 9] DATE 2025-10-09', '[The following Monday] DATE 2025-10-13']],
    // a clock time or night named in between is no day to count from
    ['Shares fell Friday after overnight losses abroad, down 2% from the preceding Friday.',
      ['[Friday] DATE 2025-10-24', '[overnight] TIME 2025-10-27TNI', '[the preceding Friday] DATE 2025-10-17']],
    // no day named before: counted from the reference date
    ['Turnout was lower than the previous Sunday.', ['[the previous Sunday] DATE 2025-10-26']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('weekdays that recur are SETs', () => {
  const cases: Array<[string, string[]]> = [
    ['The market opens on Saturdays.', ['[Saturdays] SET XXXX-WXX-6']],
    ['Two new flights will leave the capital on Tuesday nights.', ['[Tuesday nights] SET XXXX-WXX-2TNI']],
    // a weekday joined to a plural day part shares it
    ['The ferry sails on Monday and Thursday evenings.', ['[Monday] SET XXXX-WXX-1TEV', '[Thursday evenings] SET XXXX-WXX-4TEV']],
    // a single night stays one date
    ['The ferry sailed on Monday and Thursday evening.', ['[Monday] DATE 2025-10-27', '[Thursday evening] TIME 2025-10-23TEV']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"the week": the week of the last date named', () => {
  const cases: Array<[string, string[]]> = [
    ['The index fell 1.2% on Friday. For the week, it lost 3.8%.',
      ['[Friday] DATE 2025-10-24', '[the week] DATE 2025-W43']],
    ["Volume rose on Thursday, the week's busiest session.", ['[Thursday] DATE 2025-10-23', '[the week] DATE 2025-W43']],
    // no date named before: the reference date's week
    ['Traders expect more selling during the week.', ['[the week] DATE 2025-W44']],
    // other rules read longer phrases; "the week ahead" looks forward and is not this week
    ['The vote was held the week before the holiday.', ['[the week before the holiday] DATE XXXX-WXX']],
    ['Analysts are cautious about the week ahead.', []],
    // what is left of the week it is told in, not the week named before (lead14 probe L10)
    ['He had been fired two weeks earlier. The site will close for the rest of the week.',
      ['[two weeks earlier] DATE 2025-W42', '[the week] DATE 2025-W44']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"a day earlier", "two weeks earlier": before the last date named', () => {
  const cases: Array<[string, string[]]> = [
    ['The toll rose to 88 on Thursday, up from 61 a day earlier.',
      ['[Thursday] DATE 2025-10-23', '[a day earlier] DATE 2025-10-22']],
    ['Exports fell on Oct. 20 from a peak two weeks earlier.',
      ['[Oct. 20] DATE 2025-10-20', '[two weeks earlier] DATE 2025-W41']],
    ['Inflation eased to 3.1% in September from 3.4% a month earlier.',
      ['[September] DATE 2025-09', '[a month earlier] DATE 2025-08']],
    // no date named: before the reference date
    ['Prices were lower three days earlier.', ['[three days earlier] DATE 2025-10-25']],
    ['Prices rose 2% from a month earlier.', ['[a month earlier] DATE 2025-09']],
    // an hour earlier is a stretch
    ['The second blast came an hour earlier.', ['[an hour earlier] DURATION PT1H']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('reported speech counts from the occasion it names', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    ['In a 2019 interview, he said he would retire next year.', ['[2019] 2019', '[next year] 2020']],
    ['Speaking in March 2023, the minister said elections would be held next year.', ['[March 2023] 2023-03', '[next year] 2024']],
    ['In a statement on Oct. 3, 2024, the company said it would cut jobs next month.', ['[Oct. 3, 2024] 2024-10-03', '[next month] 2024-11']],
    // no occasion named with the date, or no reporting verb: the reference date's
    ['The company, founded in 2019, expects a profit next year.', ['[2019] 2019', '[next year] 2026']],
    ['In a 2019 interview, he spoke of the vote next year.', ['[2019] 2019', '[next year] 2026']],
    // quoted words count from the day of the saying, however near
    ['“We will finish the job this week,” he told reporters on Oct. 2.', ['[this week] 2025-W40', '[Oct. 2] 2025-10-02']],
    ['He said on Oct. 2: “We will finish the job next week.”', ['[Oct. 2] 2025-10-02', '[next week] 2025-W41']],
    ['“Talks resume tomorrow,” he said on Friday.', ['[tomorrow] 2025-10-25', '[Friday] 2025-10-24']],
    // a reporter's paraphrase, or words outside the quotation, count from the story's day
    ['He said on Friday that talks would resume this week.', ['[Friday] 2025-10-24', '[this week] 2025-W44']],
    ['He said on Oct. 2 that the plan, dubbed “Falcon”, would launch next week.', ['[Oct. 2] 2025-10-02', '[next week] 2025-W45']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a clock time with no day takes the day the sentence before named', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    [
      'A pickup truck slammed into her car Saturday night, authorities said.\n\nThe crash happened at about 11:40 p.m. near the exit.',
      ['[Saturday night] 2025-10-25TNI', '[about 11:40 p.m.] 2025-10-25T23:40'],
    ],
    ['On Wednesday, Nov. 25, a man was shot. It happened around 11:45 a.m., police said.', ['[Wednesday, Nov. 25] 2025-11-25', '[around 11:45 a.m.] 2025-11-25T11:45']],
    // a time outside the part of the day named before is another day: here the reference date
    ['About 30 houses stood on Monday evening. She heard a roar shortly before 4 a.m.', ['[Monday evening] 2025-10-27TEV', '[4 a.m.] 2025-10-28T04:00']],
    // only the next sentence, and not a time that opens its sentence (a live page's entries)
    ['Flights will resume on Wednesday.\n\n1:10 p.m. Rescuers reached the village.', ['[Wednesday] 2025-10-29', '[1:10 p.m.] 2025-10-28T13:10']],
    ['Police were called Friday. Nobody was hurt. The station closed at 6 p.m.', ['[Friday] 2025-10-24', '[6 p.m.] 2025-10-28T18:00']],
    // a time that heads an entry is on the page's day, whatever day the entry tells of (BLIND10 nepal-floods)
    ['2:05 p.m.: Crews reached the town, where a bridge collapsed on Sunday.', ['[2:05 p.m.] 2025-10-28T14:05', '[Sunday] 2025-10-26']],
    // a time inside the sentence still takes its day (one TIME with it after "on")
    ['The bridge collapsed at 2:05 p.m. on Sunday.', ['[2:05 p.m. on Sunday] 2025-10-26T14:05']],
    ['The bridge collapsed at 2:05 p.m. and reopened on Sunday.', ['[2:05 p.m.] 2025-10-26T14:05', '[Sunday] 2025-10-26']],
    // a weekday and its clock time after a comma are one time; "Sunday at 2 p.m." stays two
    ['Monday, 11:50 p.m.: The toll rose to 47.', ['[Monday, 11:50 p.m.] 2025-10-27T23:50']],
    ['Crews left on Sunday at 2 p.m.', ['[Sunday] 2025-10-26', '[2 p.m.] 2025-10-26T14:00']],
    // a bare part of the day after a preposition (BLIND10 garment-strike), on the day named before when it comes later that day
    ['By evening the road had reopened.', ['[evening] 2025-10-28TEV']],
    ['The blast hit the market on Friday morning. By evening the toll had risen to 27.', ['[Friday morning] 2025-10-24TMO', '[evening] 2025-10-24TEV']],
    ['The storm reached the coast on Sunday evening. By morning the river had burst its banks.', ['[Sunday evening] 2025-10-26TEV', '[morning] 2025-10-27TMO']],
    ['The quake struck before dawn on Monday.', ['[dawn] 2025-10-27TMO', '[Monday] 2025-10-27']],
    ['By nightfall the crowd had gone home.', ['[nightfall] 2025-10-28TNI']],
    // "the night", "the morning" after a preposition of time: last night, this morning, or the day named before
    ['Families waited at the gates through the night, police said.', ['[the night] 2025-10-27TNI']],
    ['Crews will work through the night.', ['[the night] 2025-10-28TNI']],
    ['Shares fell on Friday. Traders sold heavily in the morning.', ['[Friday] 2025-10-24', '[the morning] 2025-10-24TMO']],
    // a habit, a noun it qualifies, the middle of the night: no time
    ['You kiss them in the morning and hope.', []],
    ['We would always stop by in the morning.', []],
    ['Shots rang out in the middle of the night, a neighbour said.', []],
    ['They argued in the morning meetings.', []],
    ['Protesters marched from dawn until dusk.', ['[dawn] 2025-10-28TMO', '[dusk] 2025-10-28TEV']],
    // a time told in the past takes no day still to come named in its sentence (blind6-plane-crash)
    ['The search was halted at dusk and will resume on Wednesday.', ['[dusk] 2025-10-28TEV', '[Wednesday] 2025-10-29']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a past clock time with no day, in a story told a day or two after its events, is on the last day it named', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.value}`);
  const cases: Array<[string, string[]]> = [
    // BLIND10 fraud-verdict: the verdict on Monday, the story on Tuesday
    [
      'A jury on Monday found the banker guilty. The judge set sentencing for May 2. His lawyer said he would appeal. The banker left the court shortly after 4:30 p.m.',
      ['[Monday] 2025-10-27', '[May 2] 2026-05-02', '[4:30 p.m.] 2025-10-27T16:30'],
    ],
    ['A man was shot around 6:20 p.m. Sunday. Police arrived quickly. He was pronounced dead at 6:45 p.m.', ['[around 6:20 p.m. Sunday] 2025-10-26T18:20', '[6:45 p.m.] 2025-10-26T18:45']],
    // the small hours after a night are the next day's; a time still to come stays on the reference day
    ['Police were called to the overnight shooting. Neighbours said nothing was amiss. A caller heard a shot at 12:45 a.m.', ['[overnight] 2025-10-27TNI', '[12:45 a.m.] 2025-10-28T00:45']],
    ['The jury returned its verdict on Monday. Reporters will gather at 4 p.m.', ['[Monday] 2025-10-27', '[4 p.m.] 2025-10-28T16:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
  it('a holiday is an occasion the story names, not its day', () => {
    const text = 'She had been at a New Year’s Eve party. Friends drove her home. Police said the shooting happened just after 2 a.m.';
    expect(datesIn(text, '2026-01-01').map((d) => `[${d.text}] ${d.value}`)).toEqual(['[New Year’s Eve] 2025-12-31', '[2 a.m.] 2026-01-01T02:00']);
  });
});

describe('"two years earlier" counts from the last year named', () => {
  const cases: Array<[string, string[]]> = [
    ['She was jailed in 1968. Two years earlier, she had married.', ['[1968] DATE 1968', '[Two years earlier] DATE 1966']],
    ['In 1995 she became minister. A year earlier, she had married.', ['[1995] DATE 1995', '[A year earlier] DATE 1994']],
    // none named: from the reference date
    ['Sales rose from two years earlier.', ['[two years earlier] DATE 2023']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a day and month named with "last year", and the bare days told after it', () => {
  const found = (text: string) => datesIn(text).map((d) => `[${d.text}] ${d.type} ${d.value}`);
  const cases: Array<[string, string[]]> = [
    // BLIND9 scooter-inquest: the day, the next morning, a bare day two days on and its afternoon are all in 2024
    [
      'She was hurt on the evening of 14 March last year. She went home the next morning. Her mother found her on 16 March. She died that afternoon.',
      ['[the evening of 14 March last year] TIME 2024-03-14TEV', '[the next morning] TIME 2024-03-15TMO', '[16 March] DATE 2024-03-16', '[that afternoon] TIME 2024-03-16TAF'],
    ],
    ['The plant closed on March 14 last year and reopens on Jan. 5 next year.', ['[March 14 last year] DATE 2024-03-14', '[Jan. 5 next year] DATE 2026-01-05']],
    ['He was arrested on June 1, 2023, and charged on June 20.', ['[June 1, 2023] DATE 2023-06-01', '[June 20] DATE 2023-06-20']],
    // more than a month after the last day named, or still to come: counted from the reference date
    ['He was arrested on June 1, 2023. He was released on Sept. 4.', ['[June 1, 2023] DATE 2023-06-01', '[Sept. 4] DATE 2025-09-04']],
    ['She was hurt on 14 March last year. The trial opens on 2 April.', ['[14 March last year] DATE 2024-03-14', '[2 April] DATE 2026-04-02']],
    // a month alone a few months on, and a day within two months of a month named (BLIND9 D5v, D5w)
    ['He moved to Leeds in June 2022. By August, he had found work, and on 5 September he married.',
      ['[June 2022] DATE 2022-06', '[August] DATE 2022-08', '[5 September] DATE 2022-09-05']],
    ['She moved to the town in March 2023. On 16 April she began work at the hospital.', ['[March 2023] DATE 2023-03', '[16 April] DATE 2023-04-16']],
    // a date of the last weeks is news, whatever was named before (TimeBank: told on Oct. 14)
    ['Iran rejected the September 2024 treaty. It condemned the attack on Oct. 2.', ['[September 2024] DATE 2024-09', '[Oct. 2] DATE 2025-10-02']],
    // "that night" is the night told of, not the day of a hearing or a saying (BLIND9 D6, D6v); "the next day" counts from any day
    ['She fell on 14 March last year. The inquest heard on Tuesday that the ward was full that night.',
      ['[14 March last year] DATE 2024-03-14', '[Tuesday] DATE 2025-10-28', '[that night] TIME 2024-03-14TNI']],
    ['The crash happened on 3 May 2024. A witness told the court on Monday that the road was icy that morning.',
      ['[3 May 2024] DATE 2024-05-03', '[Monday] DATE 2025-10-27', '[that morning] TIME 2024-05-03TMO']],
    ['The minister said on Monday the troops would leave. The next day, they left.', ['[Monday] DATE 2025-10-27', '[The next day] DATE 2025-10-28']],
    // a weekday with the date is the writer's own placing
    ['He was arrested on June 1, 2023, and freed on Friday, June 6.', ['[June 1, 2023] DATE 2023-06-01', '[Friday, June 6] DATE 2025-06-06']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a day counted within an event that its own phrase dates is told by that date (BLIND13 pension-strike)', () => {
  const cases: Array<[string, string[]]> = [
    ['Turnout was higher than on the first day of the strike two weeks ago.', ['[two weeks ago] DATE 2025-W42']],
    ['He met the pope on his first day in office on Jan. 20.', ['[Jan. 20] DATE 2025-01-20']],
    // a clause between: the counted day stays
    ['Monday was the second day of the strike.', ['[Monday] DATE 2025-10-27', '[the second day] DATE 2025-10-27']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a part of the day with its position ("the early evening")', () => {
  const cases: Array<[string, string[]]> = [
    // told in the past in a story of the day before: that day's, as a clock time's; "the" is the span's when the part ends its phrase
    ['Riot police fired tear gas on Monday. The march had been peaceful. Shops were looted in the early evening.',
      ['[Monday] DATE 2025-10-27', '[the early evening] TIME 2025-10-27TEV START']],
    // before a noun the article is the noun's
    ['The early evening rush was calm.', ['[early evening] TIME 2025-10-28TEV START']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a day counted from an event dated earlier counts from that event\'s day (BLIND13 D1)', () => {
  const cases: Array<[string, string[]]> = [
    // the event's noun (or its verb) in the sentence of an earlier day: that day, not the last date named
    ['The levee breached on Sunday. Crews have pumped water since Monday morning. The first victims were found the day after the breach.',
      ['[Sunday] DATE 2025-10-26', '[Monday morning] TIME 2025-10-27TMO', '[the day after the breach] DATE 2025-10-27']],
    ["Sunday's derailment blocked the line. Engineers arrived on Monday. Cracks had been reported the day before the derailment.",
      ['[Sunday] DATE 2025-10-26', '[Monday] DATE 2025-10-27', '[the day before the derailment] DATE 2025-10-25']],
    // a day of saying does not date the event
    ['The warehouse fire broke out on Friday night. A witness told the court on Monday that the man had started the fire. He fled the morning after the fire.',
      ['[Friday night] TIME 2025-10-24TNI', '[Monday] DATE 2025-10-27', '[the morning after the fire] TIME 2025-10-25TMO']],
    // a participle after the event's noun stays out
    ['She saw him the morning after the blaze smelling of smoke.', ['[the morning] TIME XXXX-XX-XXTMO']],
    // the noun itself before a verb of its stem named later (BLIND15 D4)
    ['The agency issued a recall on Monday. The importer recalled two batches on Oct. 3. In a letter sent the day before the agency recall, the maker denied any fault.',
      ['[Monday] DATE 2025-10-27', '[Oct. 3] DATE 2025-10-03', '[the day before the agency recall] DATE 2025-10-26']],
    // but a nearer day of the verb that is later than the noun's: the story's event, the older one background (review17)
    ['The collapse of the old pier on May 9, 2001 killed two. The new pier collapsed on Sunday. Divers arrived the day after the collapse.',
      ['[May 9, 2001] DATE 2001-05-09', '[Sunday] DATE 2025-10-26', '[the day after the collapse] DATE 2025-10-27']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"most of the week" still to come, told on a weekend, is the coming week (DATES10\'s leftover)', () => {
  const cases: Array<[string, string[], string]> = [
    // told on Sunday 2 November (ISO week 44): week 45
    ['Storms are expected to close the ferry route for most of the week.', ['[the week] DATE 2025-W45'], '2025-11-02'],
    ['The bridge will stay shut for the rest of the week.', ['[the week] DATE 2025-W45'], '2025-11-01'],
    // told in the past on Sunday: the week ending
    ['Storms closed the ferry route for most of the week.', ['[the week] DATE 2025-W44'], '2025-11-02'],
    // told on a weekday: the week it is told in
    ['Storms are expected to close the ferry route for most of the week.', ['[the week] DATE 2025-W44'], '2025-10-28'],
  ];
  it.each(cases)('%s', (text, expected, ref) => expect(found(text, ref)).toEqual(expected));
});

describe('"the same month" counts from the month told of, not a day of saying, and "last year" after it is a year back (a probe of my own)', () => {
  const cases: Array<[string, string[], string]> = [
    ['Rents rose 3 percent in September, the agency said on Friday. They were 7 percent higher than in the same month last year.',
      ['[September] DATE 2026-09', '[Friday] DATE 2026-10-09', '[the same month] DATE 2025-09', '[last year] DATE 2025'], '2026-10-10'],
    // a day of events named last: its month, as before
    ['The mill closed on March 3, 2019. Two more plants shut the same month.',
      ['[March 3, 2019] DATE 2019-03-03', '[the same month] DATE 2019-03'], '2026-10-10'],
    ['The plant closed in March 2019, the company said on Friday. The following month, the town lost its bank.',
      ['[March 2019] DATE 2019-03', '[Friday] DATE 2026-10-09', '[The following month] DATE 2019-04'], '2026-10-10'],
  ];
  it.each(cases)('%s', (text, expected, ref) => expect(found(text, ref)).toEqual(expected));
});

describe('an evening earlier than a morning named is the day before\'s, a morning later than a night the day after\'s (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    ['The driver was still in hospital on Sunday morning. Police said he had been drinking earlier in the evening.',
      ['[Sunday morning] TIME 2025-10-26TMO', '[earlier in the evening] TIME 2025-10-25TEV']],
    ['The party went on through Saturday night. Neighbours complained later in the morning.',
      ['[Saturday night] TIME 2025-10-25TNI', '[later in the morning] TIME 2025-10-26TMO']],
    // the same part of one day, as before
    ['The march began on Sunday morning. Police made arrests later in the morning.',
      ['[Sunday morning] TIME 2025-10-26TMO', '[later in the morning] TIME 2025-10-26TMO']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"this past weekend", "the past weekend", "this coming weekend" (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    // told on Tuesday 28 October (ISO week 44)
    ['Two men were arrested this past weekend.', ['[this past weekend] DATE 2025-W43-WE']],
    ['Over the past weekend, the river rose.', ['[the past weekend] DATE 2025-W43-WE']],
    ['The fair opens this coming weekend.', ['[this coming weekend] DATE 2025-W44-WE']],
    // "the past week" is still the stretch up to now
    ['Prices rose over the past week.', ['[the past week] DURATION P1W']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
