// Text that looks like a date but is not one: modal "may", "March" as a verb, ordinals,
// counts, money, names with numbers, ages and scores. Each must stay untagged.

import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment } from '../src/stages/segment.js';
import { dates } from '../src/stages/dates/index.js';

function found(text: string): string[] {
  const doc = createDoc(text);
  const ctx = { referenceDate: '2025-10-28', lexicon: { entities: [] } };
  segment.run(doc, ctx);
  doc.referenceDate = '2025-10-28';
  dates.run(doc, ctx);
  return doc.dates.map((d) => d.text);
}

describe('stays untagged', () => {
  const cases: string[] = [
    'Officials may meet again.',
    // a bare numbered week counts something else than the year's weeks
    'Week 3 of the season was a disaster for the club.',
    'At week 20 of her pregnancy she fell ill.',
    'May God protect us.',
    // a name, and a part of the day with no preposition of time
    'The award went to Dawn after the vote.',
    'Morning traffic was heavy.',
    // the future, no day
    'Families are still hoping for a brighter tomorrow, he said.',
    'These are the leaders of our tomorrow.',
    // "one" and a unit answered by ", the next": an instant (BLIND14 D5)
    '"One moment the street was quiet, the next moment the windows shattered," he said.',
    'One minute the river was calm; the next it had burst its banks.',
    'If I were choosing the people of tomorrow, I would pick them.',
    'Protesters march on the capital.',
    'March on Washington draws crowds.',
    'He finished second in the race.',
    'A second group of directors resigned.',
    'The attacks killed 2,500 people.',
    'The country recorded over 2,500 casualties.',
    'About 2000 troops crossed the border.',
    // house numbers (GVDB dev)
    'He was riding in a van in the 1100 block of South Mozart Street.',
    'Employees of a business, located at 1446 Airline Road, called police.',
    // a station's frequency, not a decade
    "WBZ NewsRadio 1030's Doug Cope reports.",
    'The plane was a Boeing 747.',
    'The bus took Route 66 west.',
    'A 5-year-old boy was hurt.',
    'Mr. Schwarz, 52 years old, will succeed him.',
    'The team won 7-0 at home.',
    'The deal cost $2,021 million.',
    'The Vision 2030 plan was unveiled.',
    'April Ryan asked the question.',
    'It would save $500 million a year in costs.',
    'The firm cut its quarterly dividend.',
    'Prices rose 3.5 percent.',
    'He said the figure was 1999.5 tonnes.',
    'He appeared on "60 Minutes" to argue.',
    'She will return as soon as possible.',
    'He gave money to the March of Dimes.',
    // a capitalised "This Week" inside a sentence is a programme's title
    'The minister said on ABC’s "This Week" that talks would go on.',
    'The 1,500 police officers stood by.',
    // a newspaper named after its period
    'The minister spoke to the daily Le Soir.',
    'The party daily Rodong Sinmun carried the statement.',
    // time words inside names (TIMEX3 tags no part of a name)
    'The report first ran in USA Today.',
    'He told The Sunday Times he would stay.',
    'Israel won the Six-Day War.',
    "The Seven Years' War reshaped Europe.",
    'Crowds gathered for the Spring Festival.',
    'The 21st Century Fox board met.',
    // a discourse word and a figure of speech
    'Now, the real question is who pays.',
    'For the party, high noon has arrived.',
    'Tired, the envoys called it a day.',
    'She hopes he one day follows her into politics.',
    'The June-August drought ruined the harvest.',
    // "fall" and "spring" as nouns of their own
    'After the fall of Kabul, thousands fled.',
    'The fall in prices hurt farmers.',
    'Villagers drew water from the spring near the school.',
    // decimals and scores are no clock times, a clock time in brackets no year
    'Rates rose to 5.25 percent from 4.10.',
    'The motion passed 2:1 in committee.',
    // two years that do not follow each other are no season
    'The plan code was 2019-27.',
  ];
  it.each(cases)('%s', (text) => expect(found(text)).toEqual([]));
});

describe('tags only the date in', () => {
  const cases: Array<[string, string[]]> = [
    // "may" is a modal, "soon" is the date
    ['Pakistan may soon resort to force.', ['soon']],
    // one unit with no ", the next" after it is a duration
    ['"One minute of silence was held, and the next speaker began," he said.', ['One minute']],
    // the count before "troops" is not a year; "in 2024" is
    ['About 2000 troops arrived in 2024.', ['2024']],
    // "over" before a number: an amount before a plural noun or at the end, a year before anything else
    ['Over 2000 people fled in 2024.', ['2024']],
    ['The toll rose to over 2000 in 2024.', ['2024']],
    ['Three men were jailed over 2019 bombing.', ['2019']],
    ['Kenyan Court Jails Three Over 2019 Market Bombing', ['2019']],
    ['Sales rose 5% over 2019 levels.', ['2019']],
    // a leading preposition and trailing punctuation stay outside the span
    ['It happened on Monday.', ['Monday']],
    ['Talks ended in March, and resumed in May.', ['March', 'May']],
    // a capitalised time word opening a sentence, or standing alone, is still a time
    ['Today, the talks resume.', ['Today']],
    ['Now the talks resume.', ['Now']],
    ['In the 21st Century, cities grew.', ['the 21st Century']],
    ['On Sunday President Ruto spoke.', ['Sunday']],
    ['Talks resume in the spring.', ['the spring']],
    // a season with no article after a preposition of time, when nothing follows for it to modify
    ['The board would decide by spring whether to act.', ['spring']],
    ['Prices have risen since winter, officials said.', ['winter']],
    ['He swam in spring water from a spring.', []],
    ['A drop in fall prices hurt farmers.', []],
    ['The strike lasted one day.', ['one day']],
    ['In the fall of 2023, prices rose.', ['the fall of 2023']],
    // four digits before GMT in brackets after a part of the day are no year: the part of the day is the time
    ['The raid began at dawn (0400 GMT).', ['dawn']],
    ['Clashes resumed in the afternoon (1200 GMT).', ['the afternoon']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('headlines keep title-case dates', () => {
  it('tags "Next Week" in a headline', () => {
    expect(found('Border Talks Resume Next Week\n\nEnvoys will meet in Doha.')).toEqual(['Next Week']);
  });
});
