// The dates stage, rule by rule, against a pinned reference date: Tuesday 2025-10-28 (ISO week 44).

import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment } from '../src/stages/segment.js';
import { dates } from '../src/stages/dates/index.js';

const REF = '2025-10-28';

function tag(text: string, ref: string | null = REF) {
  const doc = createDoc(text);
  const ctx = { referenceDate: ref, lexicon: { entities: [] } };
  segment.run(doc, ctx);
  doc.referenceDate = ref;
  dates.run(doc, ctx);
  return doc;
}

/** "[text] TYPE value MOD" for each date, in text order. */
function found(text: string, ref: string | null = REF): string[] {
  return tag(text, ref).dates.map((d) => `[${d.text}] ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}`);
}

describe('calendar dates', () => {
  const cases: Array<[string, string[]]> = [
    ['A ceasefire began on October 19, after talks.', ['[October 19] DATE 2025-10-19']],
    ['It was signed Oct. 28, 2025, in Doha.', ['[Oct. 28, 2025] DATE 2025-10-28']],
    ['The editorial ran on Friday, Oct. 24.', ['[Friday, Oct. 24] DATE 2025-10-24']],
    ['The vote is on 5 November 2025.', ['[5 November 2025] DATE 2025-11-05']],
    ['The law passed in March 1996.', ['[March 1996] DATE 1996-03']],
    ['Prices rose in January this year.', ['[January this year] DATE 2025-01']],
    ['The file is dated 2025-10-01.', ['[2025-10-01] DATE 2025-10-01']],
    ['They returned to power in 2021.', ['[2021] DATE 2021']],
    ['Formed in 2007, the group grew.', ['[2007] DATE 2007']],
    ['Unrest grew in the 1990s.', ['[the 1990s] DATE 199']],
    ['Growth slowed in the late 1970s.', ['[the late 1970s] DATE 197 END']],
    ['Elections are due in early 2024.', ['[early 2024] DATE 2024 START']],
    ['The bank split in mid-1996.', ['[mid-1996] DATE 1996 MID']],
    ['It was the worst war of the 20th century.', ['[the 20th century] DATE 19']],
    // a fiscal year named by its number: TIMEX's FY value (BLIND7's gold: "fiscal 2025" FY2025)
    ['Profit rose in fiscal 1989.', ['[fiscal 1989] DATE FY1989']],
    ['Sales fell in fiscal year 2024 and rose a year later.', ['[fiscal year 2024] DATE FY2024', '[a year] DURATION P1Y']],
    ['Profit rose in fiscal 2023. A year earlier it had fallen.', ['[fiscal 2023] DATE FY2023', '[A year earlier] DATE 2022']],
    // fiscal years by code, consecutive years naming one season or fiscal year (dated by the first)
    ['Revenue for FY2025 rose, and FY26 looks weaker.', ['[FY2025] DATE FY2025', '[FY26] DATE FY2026']],
    ['In the 2024-25 fiscal year, revenue grew.', ['[2024-25] DATE 2024']],
    ['The 2019\u201320 bushfire season was the worst.', ['[2019\u201320] DATE 2019']],
    ['Losses widened last fiscal year.', ['[last fiscal year] DATE FY2024']],
    ['Profits fell in the third quarter.', ['[the third quarter] DATE 2025-Q3']],
    ['It reported a third-quarter loss.', ['[third-quarter] DATE 2025-Q3']],
    ['Sales rose in the fourth quarter of 2024.', ['[the fourth quarter of 2024] DATE 2024-Q4']],
    // a quarter told by its months; other month ranges are no quarter
    ['It lost money in the July-September period.', ['[July-September period] DATE 2025-Q3']],
    ['Profit in the April\u2013June quarter of 2024 rose.', ['[April\u2013June quarter of 2024] DATE 2024-Q2']],
    ['Output was flat in Q2 2025.', ['[Q2 2025] DATE 2025-Q2']],
    ['Tourism fell in the summer of 2023.', ['[the summer of 2023] DATE 2023-SU']],
    // day first: a weekday before it joins the date, a range in words gives each day, a dashed one is one date (BLIND9)
    ['Police were called on Saturday 25 October.', ['[Saturday 25 October] DATE 2025-10-25']],
    ['Ministers will meet on 4-5 November.', ['[4-5 November] DATE 2025-11-04']],
    ['The summit is scheduled for Nov. 24-25 in Brussels.', ['[Nov. 24-25] DATE 2025-11-24']],
    ['Talks ran Oct. 5\u20137, 2024, in Doha.', ['[Oct. 5\u20137, 2024] DATE 2024-10-05']],
    ['Ministers will meet from 4 to 6 November 2026.', ['[4] DATE 2026-11-04', '[6 November 2026] DATE 2026-11-06']],
    ['The team won 2-1 on 5 November.', ['[5 November] DATE 2025-11-05']],
    // the part of a named day is one TIME
    ['The bomb exploded on the morning of June 8, 2019, in the market.', ['[the morning of June 8, 2019] TIME 2019-06-08TMO']],
    ['On the morning of the attack, police were warned.', []],
    // the early hours of a day are its morning (BLIND9 scooter-inquest)
    ['The fire broke out in the early hours of Sunday.', ['[the early hours of Sunday] TIME 2025-10-26TMO']],
    ['She was hurt on 14 March last year and sent home in the early hours of the next morning.', ['[14 March last year] DATE 2024-03-14', '[the early hours of the next morning] TIME 2024-03-15TMO']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('months and weekdays without a year, by tense', () => {
  const cases: Array<[string, string[]]> = [
    // past tense: the most recent one
    ['Pakistani sources said Monday’s session ran long.', ['[Monday] DATE 2025-10-27']],
    ['The summit was held in March.', ['[March] DATE 2025-03']],
    ['Prices rose sharply in December, officials said.', ['[December] DATE 2024-12']],
    ['The ship left last Friday.', ['[last Friday] DATE 2025-10-24']],
    // future tense: the next one
    ['The envoys will meet again on Monday.', ['[Monday] DATE 2025-11-03']],
    ['The summit will be held in December.', ['[December] DATE 2025-12']],
    ['Talks are to resume next Tuesday.', ['[next Tuesday] DATE 2025-11-04']],
    // no tense cue: the reference date's own week
    ['Talks on Friday', ['[Friday] DATE 2025-10-31']],
    // "last May" in October is this year's May; "last February" in March would be last year's
    ['The law passed last May.', ['[last May] DATE 2025-05']],
    ['Elian was found on Thanksgiving Day.', ['[Thanksgiving Day] DATE 2024-11-28']],
    ['They met on Mondays.', ['[Mondays] SET XXXX-WXX-1']],
    // an indefinite article: one such day, undated, the article in the span
    ['"They struck on a Saturday morning, knowing the market would be full," she said.', ['[a Saturday morning] TIME XXXX-WXX-6TMO']],
    ['The fire started on a Monday in March.', ['[a Monday] DATE XXXX-WXX-1', '[March] DATE 2025-03']],
    // a noun after the name: the day of that event
    ['About 500 people attended a Sunday night memorial service.', ['[Sunday night] TIME 2025-10-26TNI']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('relative dates', () => {
  const cases: Array<[string, string[]]> = [
    ['The report came out today.', ['[today] DATE 2025-10-28']],
    // "today's" before an occasion of one day is that day (the possessive stays out); "today's youth" is no day
    ["Today's verdict shows the law works.", ['[Today] DATE 2025-10-28']],
    ["The plan is in today's early editions.", ['[today] DATE 2025-10-28']],
    ["Today's children read less.", []],
    ['He spoke yesterday.', ['[yesterday] DATE 2025-10-27']],
    // a weekday counted within a month
    ['The referendum will be held on the first Sunday of December.', ['[the first Sunday of December] DATE 2025-12-07']],
    ['Elections were held on the last Friday in June 2024.', ['[the last Friday in June 2024] DATE 2024-06-28']],
    ['Prices fell the week before last.', ['[the week before last] DATE 2025-W42']],
    // two after the reference date's, and weekends too (a probe of my own)
    ['The board meets the week after next.', ['[the week after next] DATE 2025-W46']],
    ['The fair opens the weekend after next.', ['[the weekend after next] DATE 2025-W46-WE']],
    ['The fair opened the weekend before last.', ['[the weekend before last] DATE 2025-W42-WE']],
    ['He left the week after next year began.', ['[the week] DATE XXXX-WXX', '[next year] DATE 2026']],
    ['The year before last was dry.', ['[The year before last] DATE 2023']],
    // a position in the current decade or century
    ['By the end of the decade, the fleet will double.', ['[the end of the decade] DATE 202 END']],
    // a stretch at one end of a period (BLIND9 japan-outlook); not of an event
    ['The economy should grow in the final months of the year.', ['[the final months of the year] DATE 2025 END']],
    ['Prices fell in the last days of October and the first weeks of 2024.', ['[the last days of October] DATE 2025-10 END', '[the first weeks of 2024] DATE 2024 START']],
    ['The first days of the war were chaotic.', []],
    // TIMEX3: "tonight" is the night of the day, a TIME
    ['The vote is tonight.', ['[tonight] TIME 2025-10-28TNI']],
    ['The vote is tomorrow.', ['[tomorrow] DATE 2025-10-29']],
    ['Rally officials were unavailable late yesterday.', ['[late yesterday] DATE 2025-10-27 END']],
    // before a weekday the position is the mod only: the span is the day
    ['The boat overturned late Sunday in rough seas.', ['[Sunday] DATE 2025-10-26 END']],
    ['The prime minister conceded defeat late on Sunday.', ['[Sunday] DATE 2025-10-26 END']],
    // "this coming", "this past": the whole phrase, the relation its second word names
    ['The vote is set for this coming Sunday.', ['[this coming Sunday] DATE 2025-11-02']],
    ['He spoke this past Friday.', ['[this past Friday] DATE 2025-10-24']],
    ['Prices rose this past spring.', ['[this past spring] DATE 2025-SP']],
    ['The marches began early Friday morning.', ['[Friday morning] TIME 2025-10-24TMO START']],
    ['Talks in Moscow earlier this month failed.', ['[earlier this month] DATE 2025-10']],
    ['The total passed last year’s.', ['[last year] DATE 2024']],
    ['It may rise next year.', ['[next year] DATE 2026']],
    ['Growth slowed this year.', ['[this year] DATE 2025']],
    ['The envoy arrived this week.', ['[this week] DATE 2025-W44']],
    ['The envoy arrived last week.', ['[last week] DATE 2025-W43']],
    ['Sales dipped late last year.', ['[late last year] DATE 2024 END']],
    ['The vote is next month.', ['[next month] DATE 2025-11']],
    ['The attack happened two days ago.', ['[two days ago] DATE 2025-10-26']],
    ['The war ended 10 years ago.', ['[10 years ago] DATE 2015']],
    // decades ago: the decade, as precise as the text (BLIND8 "two decades ago" → 200)
    ['The rules changed a decade ago.', ['[a decade ago] DATE 201']],
    ['Their daughter came home two decades ago after college.', ['[two decades ago] DATE 200']],
    ['It was built several years ago.', ['[several years ago] DATE PAST_REF']],
    ['Officials met over the weekend.', ['[the weekend] DATE 2025-W43-WE']],
    ['CBS first reported last night that the tomb was found.', ['[last night] TIME 2025-10-27TNI']],
    ['He fled in June 1998 and returned later that year.', ['[June 1998] DATE 1998-06', '[later that year] DATE 1998']],
    ['In nineteen ninety-six the games came.', ['[nineteen ninety-six] DATE 1996']],
    ['As of today, 40 people have died.', ['[today] DATE 2025-10-28']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('times', () => {
  const cases: Array<[string, string[]]> = [
    ['The blast hit at 8:20 a.m. near the station.', ['[8:20 a.m.] TIME 2025-10-28T08:20']],
    // a 24-hour clock, told by a zone, "local time", or a preposition before a colon
    ['The plane landed at 14:30 in Doha.', ['[14:30] TIME 2025-10-28T14:30']],
    ['Polls close at 20.00 local time.', ['[20.00] TIME 2025-10-28T20:00']],
    ['The strike began at 0600 GMT Monday.', ['[0600 GMT Monday] TIME 2025-10-27T06:00']],
    ['He was shot at 10 p.m.', ['[10 p.m.] TIME 2025-10-28T22:00']],
    // a clock time and the calendar date after it: one TIME (BLIND8 police-shooting); a weekday after "on" too (BLIND11)
    ['The officer fired shortly after 10 p.m. on Oct. 21, police said.', ['[10 p.m. on Oct. 21] TIME 2025-10-21T22:00']],
    ['Bids are due by 5 p.m. EST, Nov. 9.', ['[5 p.m. EST, Nov. 9] TIME 2025-11-09T17:00']],
    // a date and the clock time after it: one TIME too (BLIND9 festival-crush's update line)
    ['Updated Oct. 26, 2025, 10:15 a.m. IST', ['[Oct. 26, 2025, 10:15 a.m. IST] TIME 2025-10-26T10:15']],
    ['The polls close on Nov. 3 at 6 p.m.', ['[Nov. 3 at 6 p.m.] TIME 2025-11-03T18:00']],
    ['Last modified 14 March 2024, 09:30 GMT', ['[14 March 2024, 09:30 GMT] TIME 2024-03-14T09:30']],
    ['On Oct. 21, 10 people died.', ['[Oct. 21] DATE 2025-10-21']],
    ['The roof fell shortly after 2 p.m. on Monday.', ['[2 p.m. on Monday] TIME 2025-10-27T14:00']],
    ['The truce took hold at 9 p.m. local time on Sunday.', ['[9 p.m. local time on Sunday] TIME 2025-10-26T21:00']],
    // a clock without a.m./p.m. and the part of the day after its weekday: one TIME in that half of the day
    ['Police were called around 11:30 Saturday night.', ['[11:30 Saturday night] TIME 2025-10-25T23:30']],
    ['The crash occurred at roughly 7:15 Monday morning.', ['[7:15 Monday morning] TIME 2025-10-27T07:15']],
    ['The fire started at about 2:30 in the afternoon.', ['[2:30 in the afternoon] TIME 2025-10-28T14:30']],
    ['The vote was roughly 3:1 in favour.', []],
    // a clock and a part of today, last night or tonight; a bare hour before a named day's part
    ['The crash happened about 6:45 this morning.', ['[6:45 this morning] TIME 2025-10-28T06:45']],
    ['He called at 9:30 last night.', ['[9:30 last night] TIME 2025-10-27T21:30']],
    ['Shots rang out at 2:30 last night.', ['[2:30 last night] TIME 2025-10-28T02:30']],
    ['The shooting happened at 10 Saturday night.', ['[10 Saturday night] TIME 2025-10-25T22:00']],
    ['The vote is at 3 this afternoon.', ['[3 this afternoon] TIME 2025-10-28T15:00']],
    ['The meeting is at 10 tomorrow morning.', ['[10 tomorrow morning] TIME 2025-10-29T10:00']],
    ['The vault opens at one tonight.', ['[one tonight] TIME 2025-10-29T01:00']],
    // a zone in words between the time and its day, with "on" or without
    ['The quake hit at 10:02 a.m. local time Friday.', ['[10:02 a.m. local time Friday] TIME 2025-10-24T10:02']],
    ['The attack began at 3 a.m. Pacific time on Sunday.', ['[3 a.m. Pacific time on Sunday] TIME 2025-10-26T03:00']],
    ['Voting ends at 8 p.m. Eastern Standard Time on Nov. 4.', ['[8 p.m. Eastern Standard Time on Nov. 4] TIME 2025-11-04T20:00']],
    ['Voting ends at noon on Friday.', ['[noon on Friday] TIME 2025-10-31T12:00']],
    // a weekday that opens a full date goes with the date, and the time with both (GVDB dev)
    ['He was shot at 7:30 a.m. Saturday, Sept. 14, 1985, by his wife.', ['[7:30 a.m. Saturday, Sept. 14, 1985] TIME 1985-09-14T07:30']],
    ['On Thursday morning, October 15, 1964, the girl was found.', ['[Thursday morning, October 15, 1964] TIME 1964-10-15TMO']],
    ['The deadline is 9 a.m. EST Thursday.', ['[9 a.m. EST Thursday] TIME 2025-10-30T09:00']],
    ['They met Tuesday morning.', ['[Tuesday morning] TIME 2025-10-28TMO']],
    ['The offer expires at midnight Friday.', ['[midnight Friday] TIME 2025-10-31T24:00']],
    // a midnight told in the past ended the day before; one still to come ends today
    ['He conceded defeat shortly before midnight.', ['[midnight] TIME 2025-10-27T24:00']],
    ['The polls will close at midnight.', ['[midnight] TIME 2025-10-28T24:00']],
    ['She said this morning that talks failed.', ['[this morning] TIME 2025-10-28TMO']],
    // a time without its day takes the day its sentence names
    ['The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', ['[about 10:35 a.m.] TIME 2025-10-24T10:35 APPROX', '[Friday] DATE 2025-10-24']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('durations', () => {
  const cases: Array<[string, string[]]> = [
    ['It followed a week of clashes.', ['[a week] DURATION P1W']],
    // a thousands comma belongs to the count
    ['The siege lasted 1,000 days.', ['[1,000 days] DURATION P1000D']],
    ['The 1,000-day war goes on.', ['[1,000-day] DURATION P1000D']],
    ['The session ran nearly 18 hours.', ['[nearly 18 hours] DURATION PT18H APPROX']],
    ['It was the deadliest year in nearly a decade.', ['[nearly a decade] DURATION P10Y APPROX']],
    ['It carried out 600 attacks in the past year.', ['[the past year] DURATION P1Y']],
    ['The war lasted two years.', ['[two years] DURATION P2Y']],
    ['Prices fell over the past two months.', ['[the past two months] DURATION P2M']],
    ['Profit rose in the first nine months.', ['[the first nine months] DURATION P9M']],
    ['He was held for more than two years.', ['[more than two years] DURATION P2Y MORE_THAN']],
    ['They waited less than a week.', ['[less than a week] DURATION P1W LESS_THAN']],
    ['Police stayed at least 72 hours.', ['[at least 72 hours] DURATION PT72H EQUAL_OR_MORE']],
    ['They lived in camps for 2 1/2 years.', ['[2 1/2 years] DURATION P2Y6M']],
    // a decimal that is no whole number of months stays a decimal (BLIND8 heart-trial)
    ['The patients were followed for a median of 4.2 years.', ['[4.2 years] DURATION P4.2Y']],
    // "N days earlier than": a difference, not a date (BLIND8 orchard-profile)
    ['The blossoms open about 10 days earlier than when she started.', ['[about 10 days] DURATION P10D APPROX']],
    // "half a …" is the amount; a part of a day is written in hours
    ['The meeting lasted half an hour.', ['[half an hour] DURATION PT30M']],
    ['She wrote for almost half a century.', ['[almost half a century] DURATION P50Y APPROX']],
    ['The search took a day and a half.', ['[a day and a half] DURATION P1DT12H']],
    ['The talks took a few days.', ['[a few days] DURATION PXD']],
    ['It began a two-year plan.', ['[two-year] DURATION P2Y']],
    ['The region was troubled for years.', ['[years] DURATION PXY']],
    ['Repairs could take weeks, engineers said.', ['[weeks] DURATION PXW']],
    // the day up to now, like "the past year"; "the last day of the talks" is no such stretch
    ['Ukraine had lost up to 1,300 troops in the past day, the ministry said.', ['[the past day] DURATION P1D']],
    ["The past day's fighting was heavy.", ['[The past day] DURATION P1D']],
    // the twelve months up to a month
    ['In the year to September, inflation was 3.8%.', ['[the year] DURATION P1Y', '[September] DATE 2025-09']],
    ['In the year to the end of June, prices rose.', ['[the year] DURATION P1Y', '[the end of June] DATE 2025-06 END']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('sets', () => {
  const cases: Array<[string, string[]]> = [
    ['They march every Monday.', ['[every Monday] SET XXXX-WXX-1']],
    ['Orangemen march each July.', ['[each July] SET XXXX-07']],
    ['Rallies are held annually.', ['[annually] SET P1Y']],
    ['He gave his weekly address.', ['[weekly] SET P1W']],
    ['Rallies happen almost every day.', ['[every day] SET P1D']],
    ['The market opens every Saturday morning.', ['[every Saturday morning] SET XXXX-WXX-6TMO']],
    ['Tourism picks up each winter.', ['[each winter] SET XXXX-WI']],
    // every weekend, as "on weekends" (a probe of my own: was untagged)
    ['The bridge will be closed every weekend.', ['[every weekend] SET XXXX-WXX-WE']],
    ['They meet twice a week.', ['[twice a week] SET P1W']],
    // a part of every day
    ['Patrols go out each morning and every night.', ['[each morning] SET XXXX-XX-XXTMO', '[every night] SET XXXX-XX-XXTNI']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('vague references', () => {
  const cases: Array<[string, string[]]> = [
    ['Asif recently hinted at war.', ['[recently] DATE PAST_REF']],
    ['The group is now weaker.', ['[now] DATE PRESENT_REF']],
    ['The firm currently has 87 stores.', ['[currently] DATE PRESENT_REF']],
    ['Pakistan may soon act.', ['[soon] DATE FUTURE_REF']],
    ['Skirmishes in recent weeks killed soldiers.', ['[recent weeks] DATE PAST_REF']],
    // "recent" alone before a noun is no date (TimeBank tags it in 6 of 15 such uses); "current" is
    ['Recent attacks have killed soldiers.', []],
    ['Current levels are too high.', ['[Current] DATE PRESENT_REF']],
    // "then current": current at the time told, in the past
    ['Holders may buy shares at half the then current market price.', ['[then current] DATE PAST_REF']],
    // before a role it names who holds it, not a time
    ["President Okorie, the bloc's current chairman, spoke.", []],
    ['Records of 9 million current and former customers were stolen.', []],
    ['Former and current employees sued.', []],
    ['He dwelt on the past.', ['[the past] DATE PAST_REF']],
    // an adjective before a count or a role places what follows, with no time of its own
    ['Marches have provoked violence for the past three summers.', []],
    ['The future king spoke.', []],
    ['Nobody knows the future.', ['[the future] DATE FUTURE_REF']],
    ['Prices will rise in the coming months.', ['[the coming months] DATE FUTURE_REF']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('financial anaphora', () => {
  it('"a year earlier" after a quarter is that quarter a year before', () => {
    expect(found('Net rose in the third quarter. A year earlier, it fell.')).toEqual([
      '[the third quarter] DATE 2025-Q3',
      '[A year earlier] DATE 2024-Q3',
    ]);
  });
  it('"a year ago" without a quarter is the year before', () => {
    expect(found('A year ago, the talks collapsed.')).toEqual(['[A year ago] DATE 2024']);
  });
});

describe('without a reference date', () => {
  it('keeps what the text says and warns once', () => {
    const doc = tag('The ceasefire began on October 19. Talks resume Monday.', null);
    expect(doc.dates.map((d) => d.value)).toEqual(['XXXX-10-19', 'XXXX-WXX-1']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['no-reference-date']);
  });
  it('does not warn when every date is absolute', () => {
    const doc = tag('The group was formed in 2007.', null);
    expect(doc.dates.map((d) => d.value)).toEqual(['2007']);
    expect(doc.warnings).toEqual([]);
  });
});

describe('spans', () => {
  it('are true to the text, ids in order, rules named', () => {
    const text = 'On Monday, after a week of talks, envoys met at 8 a.m. in Doha; they meet again soon.';
    const doc = tag(text);
    for (const d of doc.dates) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.rule).toMatch(/^dates\/[a-z0-9-]+$/);
    }
    expect(doc.dates.map((d) => d.id)).toEqual(doc.dates.map((_, i) => `D${i + 1}`));
    expect(doc.dates.map((d) => d.text)).toEqual(['Monday', 'a week', '8 a.m.', 'soon']);
  });
});
