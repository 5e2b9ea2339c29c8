// Actors: classes from a reading of 60 dev texts (GVDB, PolNeAR, TimeBank) in the ninth session:
// Korean given names, titles and car models alone, a legal form's full stop, a sentence's opening
// preposition, "Dar es Salaam", "Speaker of the House", firms joined by "&", streets, peoples.

import { describe, expect, it } from 'vitest';
import { actorsOf, expectActors, type ExpectedActor } from './helpers/extracted.js';

describe('actors: names from the sixth dev sample', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    // a Korean given name after the family name
    ['Secretary General Ban Ki-moon condemned the test.', [{ name: 'Ban Ki-moon', type: 'person' }]],
    ['South Korean President Park Geun-hye said the North was unstable.', [{ name: 'Park Geun-hye', type: 'person' }]],
    // a company's legal form ends the name at its full stop
    ['She is an analyst with Salomon Brothers Inc. Ms. Applebaum had estimated earnings.', [
      { name: 'Salomon Brothers Inc.', type: 'organization' },
      { name: 'Applebaum', type: 'person' },
    ]],
    ['Anheuser-Busch Cos. said it would cut prices.', [{ name: 'Anheuser-Busch Cos.', type: 'organization' }]],
    ['Norwood Partners Limited Partnership of Boston said it may bid.', [{ name: 'Norwood Partners Limited Partnership', type: 'organization' }]],
    ['Deputies of the Marion Co. Sheriff’s Office responded.', [{ name: 'Marion Co. Sheriff’s Office', type: 'organization' }]],
    // a preposition opening the sentence is no part of the name
    ['In New York Stock Exchange composite trading, the shares rose.', [{ name: 'New York Stock Exchange', type: 'organization' }]],
    ['The embassies in Dar es Salaam were hit.', [{ name: 'Dar es Salaam', type: 'location' }]],
    // Portuguese "do" inside a name (lead14 probe L3)
    ['Floods hit the state of Rio Grande do Sul on Monday.', [{ name: 'Rio Grande do Sul', type: 'location' }]],
    ['The bill was backed by Speaker of the House Newt Gingrich in 1994.', [{ name: 'Newt Gingrich', type: 'person', roles: ['Speaker of the House'] }]],
    ['The country lost a major General Assembly vote.', [{ name: 'General Assembly', type: 'organization' }]],
    // firms joined by "&"; a people's plural "for" a cause
    ['Lynch was a partner at Hogan & Hartson from 2002.', [{ name: 'Hogan & Hartson', type: 'organization' }]],
    ['The report came from Citizens for Tax Justice.', [{ name: 'Citizens for Tax Justice', type: 'organization' }]],
    ['Data from the American Community Survey show that women gained.', [{ name: 'American Community Survey', type: 'organization' }]],
    // streets
    ['Shots were fired near 65th & Thurston on Friday.', [{ name: 'Thurston', type: 'location' }]],
    ['Police found him in the 700 block of Trinity Court.', [{ name: 'Trinity Court', type: 'location' }]],
    ['He was shot north of National Avenue.', [{ name: 'National Avenue', type: 'location' }]],
    // a unit named after its body's head word is no person, though a role noun follows it
    ['A Houston Police Department Homicide investigator said the case was open.', [{ name: 'Houston Police Department Homicide', type: 'organization' }]],
    ['Officers from Quakers Hill Police Station attended.', [{ name: 'Quakers Hill Police Station', type: 'organization' }]],
    // a part of a place named before: "the city's Kensington section"
    ["Police are investigating a shooting in the city's Kensington section.", [{ name: 'Kensington', type: 'location' }]],
    ["A man was shot in the town's Eastside area.", [{ name: 'Eastside', type: 'location' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
});

describe('actors: no actor in the sixth dev sample', () => {
  it.each([
    ['He was adviser to Vice President (then-Senator) Joseph R. Biden.', 'Vice President'],
    ['He is Senior Fellow at the Center for Transatlantic Relations.', 'Senior Fellow'],
    ['Video showed a white Volkswagen Jetta leaving.', 'Volkswagen Jetta'],
    ['What the 2017 Ford Fusion would cost is unclear.', 'Ford Fusion'],
    ['By mid afternoon, official Serb sources were saying the operation was over.', 'Serb'],
    ['The militias killed minority Tutsis.', 'Tutsis'],
    ['The anti-war protest drew Trump Pro-war hecklers.', 'Trump Pro-war'],
    ['Shots were fired near Richards & Meinecke on Friday.', 'Richards & Meinecke'],
  ])('%s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
});

describe('actors: places and businesses from the sixth dev sample', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    ['The suspects hit a Verizon Wireless store shortly after 11 a.m.', [{ name: 'Verizon Wireless', type: 'organization' }]],
    ['It happened closest to Brooklyn Pizzeria, in the parking lot.', [{ name: 'Brooklyn Pizzeria', type: 'organization' }]],
    ['Vigils were held in San Bernardino on Sunday.', [{ name: 'San Bernardino', type: 'location' }]],
    ['Eyewitnesses say the kids were playing outside.', [{ name: 'Eyewitnesses', type: 'unnamed' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
  it.each([
    ['Male Suspect Shot by Police\n\nA man was shot on Monday, police said.', 'Male'],
    ['Keep the Returns; Just Give Us a Few Figures\n\nThe returns matter, he said.', 'Us'],
    ['Reading the report, she frowned.', 'Reading'],
  ])('%s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
});
