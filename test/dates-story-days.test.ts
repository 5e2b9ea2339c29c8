// Days the story itself fixes: the night of the day a story tells of, a day of a month named
// before, a plan as it first stood, and quoted words dated by the day of their saying; against a
// pinned reference date, Tuesday 2025-10-28.

import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers/dates.js';

const found = (text: string, ref?: string) => datesIn(text, ref).map((d) => `[${d.text}] ${d.type} ${d.value}`);

describe('"into the night" in a story of the reference day is that day\'s night', () => {
  const cases: Array<[string, string[]]> = [
    // the story names the reference day as the day of its events
    ['Gunmen stormed a bank on Tuesday. Two guards were hurt. Police kept the building surrounded into the night.', ['[Tuesday] DATE 2025-10-28', '[the night] TIME 2025-10-28TNI']],
    // a day named only as the day of a saying is no day of the events: last night
    ['The storm has passed, officials said on Tuesday. Roads stayed closed. Crews worked through the night.', ['[Tuesday] DATE 2025-10-28', '[the night] TIME 2025-10-27TNI']],
    // the day before, named: that day's night (as before)
    ['Gunmen stormed a bank on Monday. Two guards were hurt. Police kept the building surrounded into the night.', ['[Monday] DATE 2025-10-27', '[the night] TIME 2025-10-27TNI']],
    // no day named: last night
    ['Rescuers searched the rubble through the night.', ['[the night] TIME 2025-10-27TNI']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a habit told with a verb whose past is its present is no night', () => {
  const cases: Array<[string, string[]]> = [
    ['Neighbours say sirens cut through the night and children are kept indoors.', []],
    ['Residents live in a district where shots ring out and flares light the sky, and where bullets hit through the night and nobody is safe.', []],
    // told in the past all through: a night
    ['A scream cut through the night and neighbours called the police.', ['[the night] TIME 2025-10-27TNI']],
    // a present of saying or a perfect after it tells of one night
    ['Shelling hit through the night, the army says.', ['[the night] TIME 2025-10-27TNI']],
    ['Shelling hit through the night and has left hundreds homeless.', ['[the night] TIME 2025-10-27TNI']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"that day" after a month alone is a day of that month', () => {
  const cases: Array<[string, string[]]> = [
    [
      'The plant last exploded in March 2023. Four men died that night.',
      ['[March 2023] DATE 2023-03', '[that night] TIME 2023-03-XXTNI'],
    ],
    [
      'He was last seen in early August. His phone was switched off that same day.',
      ['[early August] DATE 2025-08', '[that same day] DATE 2025-08-XX'],
    ],
    // after a day: that day (as before)
    ['He was last seen on Aug. 4. His phone was switched off that same day.', ['[Aug. 4] DATE 2025-08-04', '[that same day] DATE 2025-08-04']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a plan as it first stood does not look ahead', () => {
  const cases: Array<[string, string[]]> = [
    // said in October: the spring of this year, which the plan has missed
    ['The bridge, which was originally scheduled to open in the spring, will now open in December.', ['[the spring] DATE 2025-SP', '[now] DATE PRESENT_REF', '[December] DATE 2025-12']],
    ['Construction, initially planned to begin in the spring, will start next year.', ['[the spring] DATE 2025-SP', '[next year] DATE 2026']],
    ['The vote, first expected in March, was held in May.', ['[March] DATE 2025-03', '[May] DATE 2025-05']],
    // "as previously planned" with a past verb: the day before publication's week
    ['The army let the offensive begin as previously planned Saturday night.', ['[Saturday night] TIME 2025-10-25TNI']],
    // without such an adverb the plan looks ahead (as before)
    ['The bridge is scheduled to open in the spring.', ['[the spring] DATE 2026-SP']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"today" in words quoted from a day named as the day of their saying', () => {
  const cases: Array<[string, string[]]> = [
    ['"Today\'s vote is a betrayal," Ms. Ortiz said in a statement on Monday.', ['[Today] DATE 2025-10-27', '[Monday] DATE 2025-10-27']],
    ['In a statement Monday, Ms. Ortiz said: "Today\'s vote is a betrayal."', ['[Monday] DATE 2025-10-27', '[Today] DATE 2025-10-27']],
    ['"Today we start again," the coach said, speaking to reporters on Monday.', ['[Today] DATE 2025-10-27', '[Monday] DATE 2025-10-27']],
    // nothing tells when it was said: the day the story is about (BLIND10's "Today's verdict", below)
    ['Lawmakers passed the bill on Monday. "Today\'s vote is a betrayal," Ms. Ortiz said in a statement.', ['[Monday] DATE 2025-10-27', '[Today] DATE 2025-10-27']],
    // a day outside the quotation that is no day of saying
    ['"Today\'s vote matters," said Ms. Ortiz, who was elected on Monday.', ['[Today] DATE 2025-10-28', '[Monday] DATE 2025-10-27']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"today" quoted in a story told a day or two after the day its first lines name is that day', () => {
  const cases: Array<[string, string[]]> = [
    ['Rescuers reached the village on Sunday. "Today we found four survivors," the mayor told reporters.', ['[Sunday] DATE 2025-10-26', '[Today] DATE 2025-10-26']],
    ['The council met on Monday night. "What we did tonight was hard," the mayor said.', ['[Monday night] TIME 2025-10-27TNI', '[tonight] TIME 2025-10-27TNI']],
    // the first day may be a saying's: the quotes that follow are of it
    ['The minister told MPs on Sunday that the plan had failed. "We learned a lot this morning," an MP said afterwards.', ['[Sunday] DATE 2025-10-26', '[this morning] TIME 2025-10-26TMO']],
    // the story's first day is the reference day: a later side day does not move the quote
    ['The council voted on Tuesday. Protesters had marched on Sunday. "We won today," she said.', ['[Tuesday] DATE 2025-10-28', '[Sunday] DATE 2025-10-26', '[today] DATE 2025-10-28']],
    // not quoted: the writer's own today
    ['Rescuers reached the village on Sunday. Today the road reopened.', ['[Sunday] DATE 2025-10-26', '[Today] DATE 2025-10-28']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a morning after a night told in the sentence before is the next day\'s', () => {
  const cases: Array<[string, string[]]> = [
    // the story's day is Monday, but the dawn after Monday's night is Tuesday's
    ['The riot began on Monday afternoon. Sirens could be heard through the night.\n\nThe governor spoke at dawn.', ['[Monday afternoon] TIME 2025-10-27TAF', '[the night] TIME 2025-10-27TNI', '[dawn] TIME 2025-10-28TMO']],
    // a clock hour of that night stays in it
    ['Crews worked through the night. The last one left at 11 p.m.', ['[the night] TIME 2025-10-27TNI', '[11 p.m.] TIME 2025-10-27T23:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a season named with its year frames a bare one and its months in the next sentences', () => {
  const cases: Array<[string, string[]]> = [
    [
      'She said the leak began "in the summer of last year". "When in the summer?" the chair asked. "July, I think," she said.',
      ['[the summer of last year] DATE 2024-SU', '[the summer] DATE 2024-SU', '[July] DATE 2024-07'],
    ],
    // a month outside that season is placed as before
    ['The mill shut in the spring of 2019. It reopened in October.', ['[the spring of 2019] DATE 2019-SP', '[October] DATE 2025-10']],
    // a season whose year was only inferred frames nothing
    ['The rains came in the spring. In April the river rose.', ['[the spring] DATE 2025-SP', '[April] DATE 2025-04']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a midnight told in the past, placed by neither its sentence nor the one before, is the story night\'s', () => {
  const cases: Array<[string, string[]]> = [
    // the news was told late on Sunday: the midnight that ended Sunday (an order told in the past, then its infinitive)
    [
      'A tanker exploded at the depot late Sunday. A nurse was treated on Monday morning. The county ordered families to leave shortly after midnight.',
      ['[Sunday] DATE 2025-10-26', '[Monday morning] TIME 2025-10-27TMO', '[midnight] TIME 2025-10-26T24:00'],
    ],
    // told in the small hours of Monday: the midnight that began Monday
    [
      'A bus overturned at 4:30 a.m. Monday on the coast road. Relatives gathered on Monday afternoon. "He called me at midnight," she said.',
      ['[4:30 a.m. Monday] TIME 2025-10-27T04:30', '[Monday afternoon] TIME 2025-10-27TAF', '[midnight] TIME 2025-10-26T24:00'],
    ],
    // a story of Sunday told two days on: Sunday's midnight, not Monday's
    ['Voters went to the polls on Sunday. The opposition leader conceded defeat shortly before midnight.', ['[Sunday] DATE 2025-10-26', '[midnight] TIME 2025-10-26T24:00']],
    // a deadline and a future stay tonight's
    ['The county ordered families to leave by midnight.', ['[midnight] TIME 2025-10-28T24:00']],
    ['The county will order families to leave at midnight.', ['[midnight] TIME 2025-10-28T24:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('another year named since the last day leaves that day\'s story (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    // told in November 2026: the August just past, not the August after the arrest
    ['He has been in custody since his arrest on June 3, 2022. Prosecutors said he took bribes between 2011 and 2021. A jury convicted him in August.',
      ['[June 3, 2022] DATE 2022-06-03', '[2011] DATE 2011', '[2021] DATE 2021', '[August] DATE 2026-08']],
    // no other year between: the story's year, as before
    ['He moved to Leeds in June 2022. By August, he had found work.', ['[June 2022] DATE 2022-06', '[August] DATE 2022-08']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text, '2026-11-17')).toEqual(expected));
});

describe('a clock range that ends at an earlier hour ends the next morning', () => {
  const cases: Array<[string, string[]]> = [
    ['The curfew will run from 10 p.m. to 6 a.m. until further notice.', ['[10 p.m.] TIME 2025-10-28T22:00', '[6 a.m.] TIME 2025-10-29T06:00']],
    ['A curfew was imposed from midnight to 5 a.m.', ['[midnight] TIME 2025-10-27T24:00', '[5 a.m.] TIME 2025-10-28T05:00']],
    // a range within the day stays on it
    ['Shops open from 9 a.m. to 5 p.m.', ['[9 a.m.] TIME 2025-10-28T09:00', '[5 p.m.] TIME 2025-10-28T17:00']],
    // an end that names its own day keeps it; the start is the evening before (a probe of my own)
    ['The bridge was shut from 11 p.m. to 5 a.m. on Saturday.', ['[11 p.m.] TIME 2025-10-24T23:00', '[5 a.m. on Saturday] TIME 2025-10-25T05:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a night followed in its sentence by the morning of the day named is that day\'s night before (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    ['Rescuers worked through the night and pulled a woman alive from the rubble at dawn on Wednesday.',
      ['[the night] TIME 2026-10-20TNI', '[dawn] TIME 2026-10-21TMO', '[Wednesday] DATE 2026-10-21']],
    ['Rescuers worked through the night and found her on Wednesday morning.', ['[the night] TIME 2026-10-20TNI', '[Wednesday morning] TIME 2026-10-21TMO']],
    // no morning after it: the night of the day named
    ['Fighting raged through the night on Wednesday.', ['[the night] TIME 2026-10-21TNI', '[Wednesday] DATE 2026-10-21']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text, '2026-10-23')).toEqual(expected));
});

describe('a morning after the night of the day named in its sentence is the next day\'s (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    ['Crews worked through the night on Tuesday and reopened the road in the morning.',
      ['[the night] TIME 2026-10-20TNI', '[Tuesday] DATE 2026-10-20', '[the morning] TIME 2026-10-21TMO']],
    ['The storm hit on Tuesday night and by morning the river had burst its banks.', ['[Tuesday night] TIME 2026-10-20TNI', '[morning] TIME 2026-10-21TMO']],
    // a morning before the night stays on its day
    ['Police arrived on Tuesday morning and stayed through the night.', ['[Tuesday morning] TIME 2026-10-20TMO', '[the night] TIME 2026-10-20TNI']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text, '2026-10-23')).toEqual(expected));
});

describe('a clock time after a sentence of events and a saying day takes the events\' day (the lead\'s probe P1)', () => {
  const cases: Array<[string, string[]]> = [
    // the day before was told as its event's ("late on Monday"), Tuesday only as the day of the saying
    ['A gas main blew up under a shopping street late on Monday, injuring four people, the fire brigade said on Tuesday. Engineers said the pipe burst at 11:15 p.m.',
      ['[Monday] DATE 2025-10-27', '[Tuesday] DATE 2025-10-28', '[11:15 p.m.] TIME 2025-10-27T23:15']],
    ['Floodwater reached the village on Sunday evening, officials told reporters on Monday. The levee gave way at 9:40 p.m.',
      ['[Sunday evening] TIME 2025-10-26TEV', '[Monday] DATE 2025-10-27', '[9:40 p.m.] TIME 2025-10-26T21:40']],
    // a saying day alone in its sentence still places the time
    ['Two people died in the blaze, officials said on Monday. The fire broke out at 3 a.m.',
      ['[Monday] DATE 2025-10-27', '[3 a.m.] TIME 2025-10-27T03:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a midnight told by its nearness after a day told early is the one that began it (DATES10\'s leftover)', () => {
  const cases: Array<[string, string[]]> = [
    ['A fire swept through the warehouse early Monday. Neighbours said the alarm rang just before midnight.',
      ['[Monday] DATE 2025-10-27', '[midnight] TIME 2025-10-26T24:00']],
    ['A fire swept through the warehouse early Monday. Neighbours said the alarm rang shortly after midnight.',
      ['[Monday] DATE 2025-10-27', '[midnight] TIME 2025-10-26T24:00']],
    // a midnight the day ran up to is its end
    ['Fans began queuing outside the stadium early Monday. By midnight the line stretched for a mile.',
      ['[Monday] DATE 2025-10-27', '[midnight] TIME 2025-10-27T24:00']],
    // a day told late keeps its own midnight
    ['A fire swept through the warehouse late Monday. Neighbours said the alarm rang just before midnight.',
      ['[Monday] DATE 2025-10-27', '[midnight] TIME 2025-10-27T24:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a clock time later in the day than a part of the day the sentence before named is on that day (BLIND14 D2)', () => {
  const cases: Array<[string, string[]]> = [
    ['Shelling began in the early hours of Monday. By noon, the market had emptied.',
      ['[the early hours of Monday] TIME 2025-10-27TMO', '[noon] TIME 2025-10-27T12:00']],
    ['The march set off on Monday morning. It reached parliament at 3 p.m.',
      ['[Monday morning] TIME 2025-10-27TMO', '[3 p.m.] TIME 2025-10-27T15:00']],
    ['Guests arrived on Sunday evening. The fire alarm sounded at 11:30 p.m.',
      ['[Sunday evening] TIME 2025-10-26TEV', '[11:30 p.m.] TIME 2025-10-26T23:30']],
    // a morning after an evening is the next day's, as before
    ['Guests arrived on Sunday evening. By morning the house was empty.',
      ['[Sunday evening] TIME 2025-10-26TEV', '[morning] TIME 2025-10-27TMO']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a clock time takes the day of the sentence before whose part holds its hour (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    // "late Sunday" holds 10:40 p.m., "Monday morning" does not
    ['A bus left the road late Sunday, and the last of the injured reached hospital on Monday morning. It overturned at 10:40 p.m.',
      ['[Sunday] DATE 2025-10-26', '[Monday morning] TIME 2025-10-27TMO', '[10:40 p.m.] TIME 2025-10-26T22:40']],
    // an hour the last day's part holds stays on that day
    ['A bus left the road late Sunday, and the last of the injured reached hospital on Monday morning. The road reopened at 9 a.m.',
      ['[Sunday] DATE 2025-10-26', '[Monday morning] TIME 2025-10-27TMO', '[9 a.m.] TIME 2025-10-27T09:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a clock time on every day of a run is on no one day (DATES11\'s open item)', () => {
  const cases: Array<[string, string[]]> = [
    ['Pickets will gather at about 6 p.m. on each strike day.', ['[about 6 p.m.] TIME XXXX-XX-XXT18:00']],
    ['The museum opens every day at 10 a.m.', ['[every day] SET P1D', '[10 a.m.] TIME XXXX-XX-XXT10:00']],
    ['The bridge is closed at 11 p.m. on weekdays.', ['[11 p.m.] TIME XXXX-XX-XXT23:00']],
    ['The pools open from 7 a.m. until 9 a.m. on weekends.', ['[7 a.m.] TIME XXXX-XX-XXT07:00', '[9 a.m.] TIME XXXX-XX-XXT09:00', '[weekends] SET XXXX-WXX-WE']],
    // beside a weekday that recurs: on every such day (review17)
    ['The market opens at 8 a.m. every Sunday.', ['[8 a.m.] TIME XXXX-WXX-7T08:00', '[every Sunday] SET XXXX-WXX-7']],
    ['The clinic is open every Tuesday at noon.', ['[every Tuesday] SET XXXX-WXX-2', '[noon] TIME XXXX-WXX-2T12:00']],
    ['Volunteers serve meals from 6 p.m. to 8 p.m. on Fridays.', ['[6 p.m.] TIME XXXX-WXX-5T18:00', '[8 p.m.] TIME XXXX-WXX-5T20:00', '[Fridays] SET XXXX-WXX-5']],
    // one weekday's time stays on its day, and a time a clause away from the weekday is not on it
    ['The market opened at 8 a.m. and closed every Sunday.', ['[8 a.m.] TIME 2025-10-28T08:00', '[every Sunday] SET XXXX-WXX-7']],
    // one day's time stays on its day
    ['The bridge closed at 11 p.m. on Friday.', ['[11 p.m. on Friday] TIME 2025-10-24T23:00']],
    ['The bridge closed at 11 p.m., and each driver was turned back.', ['[11 p.m.] TIME 2025-10-28T23:00']],
    // "Every night" opening the next sentence is not this time's ("p.m." ends the sentence)
    ['The kiosk was looted at 11 p.m. Every night since, guards have watched it.', ['[11 p.m.] TIME 2025-10-28T23:00', '[Every night] SET XXXX-XX-XXTNI']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a clock time and the day told by reference after it are one TIME, counted as that day is (BLIND15 D2)', () => {
  const cases: Array<[string, string[]]> = [
    ['Guards detained the skipper late on Sunday. He had sailed despite a storm alert issued at 4 p.m. that day.',
      ['[Sunday] DATE 2025-10-26', '[4 p.m. that day] TIME 2025-10-26T16:00']],
    ['The climbers set out on Friday. They reached the summit at 11 a.m. the next day.',
      ['[Friday] DATE 2025-10-24', '[11 a.m. the next day] TIME 2025-10-25T11:00']],
    // an approximate clock time counts as "that day" does too: from the day of events, not the saying's
    ['The tug sank late on Saturday, the coastguard said on Monday. Its crew had ignored a warning issued at about 4 p.m. that day.',
      ['[Saturday] DATE 2025-10-25', '[Monday] DATE 2025-10-27', '[about 4 p.m. that day] TIME 2025-10-25T16:00']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a month opening a stretch with "since" is no day of the story\'s events (BLIND15 D2, D6)', () => {
  const cases: Array<[string, string[]]> = [
    ['On Thursday, the mayor wrote that the council had ignored the warnings since June. She told reporters the following morning that she would resign.',
      ['[Thursday] DATE 2025-10-23', '[June] DATE 2025-06', '[the following morning] TIME 2025-10-24TMO']],
    ['The barge sank on Saturday night. Dockers said it had been overloaded since May and that no inspector was on duty that night.',
      ['[Saturday night] TIME 2025-10-25TNI', '[May] DATE 2025-05', '[that night] TIME 2025-10-25TNI']],
    // a month that is a time of events still counts ("He was last seen in early August. His phone was switched off that same day")
    ['He was last seen in August. His phone was switched off that same day.', ['[August] DATE 2025-08', '[that same day] DATE 2025-08-XX']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a day told in the past counts from the last day named not still to come (a probe of my own)', () => {
  const cases: Array<[string, string[]]> = [
    ['A mudslide struck the town on Sunday. Rescuers will resume the search on Thursday. Neighbours said the slope had started to crack the previous evening.',
      ['[Sunday] DATE 2025-10-26', '[Thursday] DATE 2025-10-30', '[the previous evening] TIME 2025-10-25TEV']],
    // told ahead, it still counts from the day to come
    ['Rescuers will resume the search on Thursday. They will rest the previous evening.',
      ['[Thursday] DATE 2025-10-30', '[the previous evening] TIME 2025-10-29TEV']],
    // a day named more than six days back is background: the day counts from the telling's (review17)
    ['The walkout began on Oct. 12. Talks will resume on Friday. Union leaders said they had met the previous day.',
      ['[Oct. 12] DATE 2025-10-12', '[Friday] DATE 2025-10-31', '[the previous day] DATE 2025-10-27']],
    // and so it does when no day before the telling was named
    ['Rescuers will resume the search on Thursday. Neighbours said the slope had started to crack the previous evening.',
      ['[Thursday] DATE 2025-10-30', '[the previous evening] TIME 2025-10-27TEV']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('"in the early hours" is a morning, without "of" a day too (BLIND16 D1)', () => {
  const cases: Array<[string, string[]]> = [
    ['The soldiers came in the early hours, she said.', ['[the early hours] TIME 2025-10-28TMO']],
    ['Thieves broke in during the small hours.', ['[the small hours] TIME 2025-10-28TMO']],
    // the day its sentence names
    ['The fire started on Sunday in the early hours and spread quickly.', ['[Sunday] DATE 2025-10-26', '[the early hours] TIME 2025-10-26TMO']],
    // "of" a day: one TIME, as before
    ['The fire started in the early hours of Sunday.', ['[the early hours of Sunday] TIME 2025-10-26TMO']],
    // "of the morning": one TIME
    ['The fire broke out in the early hours of the morning.', ['[the early hours of the morning] TIME 2025-10-28TMO']],
    // a habit: no day
    ['Bakers always start work in the early hours.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a morning told in the past after the story\'s night is the next morning (BLIND16 D1)', () => {
  const cases: Array<[string, string[]]> = [
    ['Gunmen stormed the hotel overnight. Guests hid in a cellar. When the soldiers came in the early hours, they ran out.',
      ['[overnight] TIME 2025-10-27TNI', '[the early hours] TIME 2025-10-28TMO']],
    ['The man was shot last night. Police found the gun in the morning.',
      ['[last night] TIME 2025-10-27TNI', '[the morning] TIME 2025-10-28TMO']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
