// Actors: classes from the eleventh session (ACTORS8): lone common words the last guess made
// organisations. Invented sentences in the shape of the dev sample's failures.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: a lone common word is no organisation', () => {
  it.each([
    // a function word or an interjection, capitalised after a dateline or in a quotation
    ['DUNMORE, Pa. - Upon arrival, police found a man with a gunshot wound.', 'Upon'],
    ['"Please… Oh my god," the caller said as officers arrived.', 'Oh'],
    ['HALDEN, Norway (AP)_ Some 1,500 workers marched on Sunday in Halden.', 'Some'],
    // a plural noun for people, capitalised in a page's run-on line
    ['The crash happened at 4 p.m. on Maple Road – Officers with the county said a man was hurt.', 'Officers'],
    // a word the text also writes in lower case: a scraped list of headlines
    ['Budget talks stall in Dunmore Proposal would stop some street parking downtown. The proposal was tabled on Monday.', 'Proposal'],
    ['Fear is a tool, he wrote, and Control through Fear works. People live in fear and seek control.', 'Fear'],
  ])('%s names no %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
  it.each([
    // an article before the word mid-sentence: a name's short form
    ['The deal was first reported by the Times. Prices of the shares rose three times in a week.', 'Times'],
    // a plural in a name (runs read "Brothers" apart from "the Rescue": the name's first word stays)
    ['Jose Basulto, founder of Brothers to the Rescue, spoke on Friday.', 'Brothers'],
    // a place's name that is also a plural, after "a"
    ['A shooting at a Queens funeral parlor left two people hurt.', 'Queens'],
    // a singular ending in -s is no plural
    ['The recent closing of a Hostess cake bakery in Cincinnati cost 300 jobs.', 'Hostess'],
    // no lower-case use in the text
    ['Democrats also blasted Oversight for failing to act.', 'Oversight'],
  ])('%s keeps %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).toContain(name);
  });
});

describe('actors: a country inside a name', () => {
  it.each([
    ['The Homeland Party won 18 seats, while Green Latvia entered parliament with seven.', 'Green Latvia', 'organization'],
    ['The ad was paid for by Priorities Canada Action, the best-funded group of the race.', 'Priorities Canada Action', 'organization'],
    // a country's name that opens a person's name, and a part of the world
    ['India Barnes, 34, was taken into custody on Friday.', 'India Barnes', 'person'],
    ['BELFAST, Northern Ireland (AP)_ Police seized a car bomb on Sunday.', 'Northern Ireland', 'location'],
  ])('%s: %s is a %s', (text, name, type) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe(type);
  });
});

describe('actors: places the generated gazetteer lacks', () => {
  it.each([
    ['A man was shot in the Bronx on Monday night.', 'Bronx'],
    ['A Baltimore man is recovering after he was found shot.', 'Baltimore'],
    ['A Brooklyn woman who was watching her laundry was hurt.', 'Brooklyn'],
    ['The car was found abandoned at the Newark airport in December.', 'Newark'],
  ])('%s: %s is a place', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
});

describe('actors: a place\'s fire and rescue service', () => {
  it.each([
    ['Boston Fire said the blaze was out by noon.', 'Boston Fire'],
    ['Cobb County Fire and Rescue said two people were hurt.', 'Cobb County Fire and Rescue'],
  ])('%s: %s is an organisation', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it('a wildfire stays an event', () => {
    expect(actorsOf('The Tubbs Fire destroyed 5,600 buildings.').map((a) => a.name)).not.toContain('Tubbs Fire');
  });
});

describe('actors: a leader\'s government', () => {
  it.each([
    ['The Berlusconi government said it would cut taxes.', 'Berlusconi government'],
    ['Officials said the Obama administration had signalled it would compromise.', 'Obama administration'],
    ['Exiles have opposed the Castro regime for decades.', 'Castro regime'],
  ])('%s: %s is an organisation', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it('a government named after a country stays the country\'s', () => {
    const names = actorsOf('The Kenyan government said it would appeal.').map((a) => a.name);
    expect(names).not.toContain('Kenyan government');
  });
});

describe('actors: a place whose name has its article (BLIND9 A18)', () => {
  it.each([
    ['The court in The Hague ruled on Monday.', 'The Hague'],
    ['He flew home from The Gambia on Friday.', 'The Gambia'],
    ['The Hague is calm, officials said.', 'The Hague'],
  ])('%s: %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).toContain(name);
  });
  it('a sentence-initial article before any other place stays out', () => {
    expect(actorsOf('The Netherlands said it would respond.').map((a) => a.name)).toContain('Netherlands');
  });
});

describe('actors: acronyms of things (BLIND9 A7)', () => {
  it.each([
    ['The fall should have led to a CT scan, the coroner said.', 'CT'],
    ['Doctors ordered an MRI scan and a DNA test.', 'MRI'],
    ['Witnesses saw a white SUV speed away from the scene.', 'SUV'],
    ['The incident happened at about 2:11 p.m. ET on Wednesday.', 'ET'],
  ])('%s names no %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
  it('an unknown acronym that speaks stays an organisation', () => {
    expect(actorsOf('KTVI said the road would reopen on Monday.').map((a) => a.name)).toContain('KTVI');
  });
});

describe('actors: a place and a body in one hyphenated word (BLIND9 A13)', () => {
  it('splits "China-EU" into its parts', () => {
    const actors = actorsOf('Leaders will meet at a China-EU summit next month.');
    const names = actors.map((a) => a.name);
    expect(names).not.toContain('China-EU');
    expect(actors.find((a) => a.name === 'EU')?.type).toBe('organization');
    expect(actors.find((a) => a.name === 'China')?.type).toBe('location');
  });
  it('keeps a council named after both', () => {
    expect(actorsOf('The NATO-Russia Council met on Tuesday.').map((a) => a.name)).toContain('NATO-Russia Council');
  });
});

describe('actors: a saint\'s name (BLIND9 A5)', () => {
  it.each([
    ['He appeared in federal court in St. Paul in August.', 'St. Paul', 'location'],
    ['The family moved to St. Helens last year.', 'St. Helens', 'location'],
    ['Barber was taken to St. Elizabeth\'s Hospital in Utica.', 'St. Elizabeth\'s Hospital', 'organization'],
    ['The funeral was held in St. Patrick\'s Cathedral on Friday.', 'St. Patrick\'s Cathedral', 'organization'],
  ])('%s: %s is a %s', (text, name, type) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe(type);
  });
});

describe('actors: from a place in a known place (BLIND9 A6)', () => {
  it.each([
    ['Ellie Marsh, from Holmdene in Cambridgeshire, died at the scene.', 'Holmdene'],
    ['A teacher from Brackley Cross in Northamptonshire said the road was dark.', 'Brackley Cross'],
  ])('%s: %s is a place', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
  it('a company named after "from" without a place after it stays as it was', () => {
    expect(actorsOf('The order came from Harbourline Logistics in March.').find((a) => a.name === 'Harbourline Logistics')?.type).toBe('organization');
  });
});

describe('actors: an embassy in lower case (BLIND9 A15)', () => {
  it.each([
    ['The Dutch embassy in Beijing said in a statement that it would respond.', 'Dutch embassy'],
    ['The South African embassy declined to comment.', 'South African embassy'],
  ])('%s: %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it('a country\'s possessive keeps its own mention', () => {
    expect(actorsOf('Britain\'s embassy said nothing.').map((a) => a.name)).toContain('Britain');
  });
});

describe('actors: an organisation\'s noun before the name (BLIND9 A4)', () => {
  it.each([
    ['The Amsterdam-based think tank Dorrenveld Asia Forum said talks had stalled.', 'Dorrenveld Asia Forum', 'organization'],
    ['Another heater maker, Kelvora Home, said it was not affected.', 'Kelvora Home', 'organization'],
    ['A spokesman for the opposition Rashtriya Lok Dal said the count was wrong.', 'Rashtriya Lok Dal', 'organization'],
    // a team's coach named after it in apposition stays a person
    ['His former coach at the Lotto development team, Koen De Smet, said the rider was brave.', 'Koen De Smet', 'person'],
  ])('%s: %s is a %s', (text, name, type) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe(type);
  });
});
