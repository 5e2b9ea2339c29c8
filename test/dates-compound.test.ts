// Durations told in several units ("4 hours, 37 minutes and 12 seconds") are one TIMEX3
// DURATION; a count of smaller units in a period ("three days a week") is one SET. Reference
// date pinned: Tuesday 2025-10-28.

import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers/dates.js';

function found(text: string): string[] {
  return datesIn(text).map((d) => `[${d.text}] ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''} ${d.rule}`);
}

describe('compound durations', () => {
  it.each([
    ['He finished in 4 hours, 37 minutes and 12 seconds.', ['[4 hours, 37 minutes and 12 seconds] DURATION PT4H37M12S dates/duration-compound']],
    ['The flight took 1 hour 20 minutes.', ['[1 hour 20 minutes] DURATION PT1H20M dates/duration-compound']],
    ['He served 2 years and 3 months in prison.', ['[2 years and 3 months] DURATION P2Y3M dates/duration-compound']],
    ['The siege lasted about an hour and 20 minutes.', ['[about an hour and 20 minutes] DURATION PT1H20M APPROX dates/duration-compound']],
    // TIMEX3 has no weeks beside other units: they are counted in days
    ['He waited two weeks and three days.', ['[two weeks and three days] DURATION P17D dates/duration-compound']],
    ['The record is 2 minutes 1.5 seconds.', ['[2 minutes 1.5 seconds] DURATION PT2M1.5S dates/duration-compound']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('not one duration', () => {
  it.each([
    // a list of the same unit, or units growing: separate amounts
    ['She got two years, three years on appeal.', ['[two years] DURATION P2Y dates/duration', '[three years] DURATION P3Y dates/duration']],
    ['It took 20 minutes and then 2 hours.', ['[20 minutes] DURATION PT20M dates/duration', '[2 hours] DURATION PT2H dates/duration']],
    ['He spent 30 minutes, 2 hours later returning.', ['[30 minutes] DURATION PT30M dates/duration', '[2 hours] DURATION PT2H dates/duration']],
    // words between them
    ['They talked for three hours, then 40 minutes more.', ['[three hours] DURATION PT3H dates/duration', '[40 minutes] DURATION PT40M dates/duration']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a count in each period', () => {
  it.each([
    ['The amendment would keep the branch open three days a week.', ['[three days a week] SET P1W dates/set-rate']],
    ['Nurses worked 60 hours a week.', ['[60 hours a week] SET P1W dates/set-rate']],
    ['Guards are posted 24 hours a day.', ['[24 hours a day] SET P1D dates/set-rate']],
    ['He trains two weeks per year in the Alps.', ['[two weeks per year] SET P1Y dates/set-rate']],
    // a longer unit in a shorter period is no rate: the amounts stand apart
    ['It took three weeks a day at a time.', ['[three weeks] DURATION P3W dates/duration', '[a day] DURATION P1D dates/duration']],
    // money and speed per period are no dates
    ['Workers earn $400 a week.', []],
    ['The car did 100 miles an hour.', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
