// Bodies named in lower case that speak: an agency or authority with a description and no name
// before it, departments, bureaus and regulators. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { actorsOf, claimsOf } from './helpers/extracted.js';

const organisations = (text: string): string[] => actorsOf(text).filter((a) => a.type === 'organization').map((a) => a.name);

describe('actors: a body named in lower case that speaks', () => {
  it.each([
    ['The toll rose to 17, the national search and rescue agency said.', 'national search and rescue agency'],
    ['The toll rose, the provincial disaster management authority said.', 'provincial disaster management authority'],
    ['The fire was contained, the state fire department said.', 'state fire department'],
    ['Fares will rise in May, the transport regulator said.', 'transport regulator'],
  ])('%s', (text, name) => {
    expect(organisations(text)).toEqual([name]);
    // the claim's source is that actor
    const claim = claimsOf(text)[0]!;
    const actor = actorsOf(text).find((a) => a.id === claim.source?.actor);
    expect(actor?.name).toBe(name);
  });
  it('links a described agency to the agency named before it, not to an actor of its own', () => {
    const text = 'The Federal Aviation Administration opened an inquiry. The jet was grounded, the aviation agency said.';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name)).toEqual(['Federal Aviation Administration']);
    expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Federal Aviation Administration', 'agency']);
  });
  it("links a place's described agency to the agency named in capitals after it", () => {
    const text = "The toll rose to 17, the country's disaster agency said. Of 58 workers, 32 were rescued, according to the Disaster and Emergency Management Authority.";
    const actors = actorsOf(text).filter((a) => a.type === 'organization');
    expect(actors.map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([
      ['Disaster and Emergency Management Authority', ["the country's disaster agency", 'Disaster and Emergency Management Authority']],
    ]);
  });
  it('joins described agencies to each other and to the acronym one is known by', () => {
    const text = "The riot ended on Saturday, the country's prison authority said.\n\nIt began on Friday, according to the prison agency, known by its Spanish acronym SNAI. SNAI did not comment.";
    const actors = actorsOf(text).filter((a) => a.type === 'organization');
    expect(actors.map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([
      ['SNAI', ["the country's prison authority", 'prison agency', 'SNAI', 'SNAI']],
    ]);
  });
  it("makes a place's described agency an actor of its own when none is named", () => {
    expect(organisations("The riot ended, the country's prison authority said.")).toEqual(["the country's prison authority"]);
    // with no description: too vague to name a body
    expect(organisations("The country's agency said nothing.")).toEqual([]);
  });
  it.each([
    // a rank is no description, and a body that does not act names no actor
    'The largest department said it would cut jobs.',
    'Officials visited the national disaster agency on Monday.',
  ])('no body: %s', (text) => {
    expect(organisations(text)).toEqual([]);
  });
});

describe('actors: the other end of a route is a place', () => {
  it.each([
    ['The bus was travelling from Cusco to Lima when it crashed.', 'Cusco'],
    ['Clashes broke out on the road between Vorukh and Bishkek.', 'Vorukh'],
  ])('%s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
});

describe('actors: a plural of a trade that speaks is a group', () => {
  it('reads "Forecasters warned" as an unnamed group, not a person', () => {
    expect(actorsOf('Forecasters warned of heavy rain through Saturday.').map((a) => [a.type, a.name])).toEqual([['unnamed', 'Forecasters']]);
  });
});

describe("actors: a group's name that opens on a place's head", () => {
  it('types "River Watch UK" an organisation and "River Tarn" a place', () => {
    const actors = actorsOf('Amy Lister of the group River Watch UK said sewage entered the River Tarn.');
    expect(actors.map((a) => [a.type, a.name])).toEqual([['person', 'Amy Lister'], ['organization', 'River Watch UK'], ['location', 'River Tarn']]);
  });
});

describe('actors: a storm is no actor', () => {
  it('drops a storm named by its word, and the same name alone', () => {
    const text = 'Hurricane Delia tore into the coast, officials said. Delia weakened by noon, Mara Guidry said.';
    expect(actorsOf(text).map((a) => [a.type, a.name])).toEqual([['unnamed', 'officials'], ['person', 'Mara Guidry']]);
    // a person who shares no storm's name stays
    expect(actorsOf('Katrina Brown said the storm was bad.').map((a) => a.name)).toEqual(['Katrina Brown']);
  });
});

describe('actors: a grade before its number is no actor', () => {
  it('reads "a Category 3 storm" and "Tier 2" as no actor', () => {
    expect(actorsOf('The storm made landfall as a Category 3 hurricane, officials said.').map((a) => a.name)).toEqual(['officials']);
    expect(actorsOf('The city moved to Tier 2 restrictions, Mayor Ann Lee said.').map((a) => a.name)).toEqual(['Ann Lee']);
  });
});

describe('actors: an abbreviated office is a role', () => {
  it('keeps "Gov." and "Sgt." as roles, not "Mr."', () => {
    expect(actorsOf('Gov. Thomas Landry said the state had opened shelters.').map((a) => [a.name, a.roles])).toEqual([['Thomas Landry', ['Gov.']]]);
    expect(actorsOf('Mr. John Smith said no.').map((a) => [a.name, a.roles])).toEqual([['John Smith', []]]);
  });
});
