// Actors: what the words around a name say. A name after a preposition of place does not speak
// ("a mechanic from Serekunda said"); an age makes the noun before "from" a person's description,
// so the name after it is a hometown; "known as" names what stands next to it, not an earlier name.

import { describe, expect, it } from 'vitest';
import { actorsOf, byName, expectActors, type ExpectedActor } from './helpers/extracted.js';

describe('actors: context around a name', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    ['A 24-year-old mechanic from Brikama said the boat left at night.', [{ name: 'Brikama', type: 'location' }]],
    ['A 40-year-old teacher from Kilbride was arrested on Monday.', [{ name: 'Kilbride', type: 'location' }]],
    // a job noun without an age may be a firm's: no person at least
    ['A lawyer from Harbourline said the deal was signed.', [{ name: 'Harbourline', type: 'organization' }]],
    // "of" keeps the speaker clue: the name is the supporters' leader
    ['Hundreds of supporters of Mbeki said they would march.', [{ name: 'Mbeki', type: 'person' }]],
    // "known as" after an apposition that describes the organisation
    ['The National Coordinator for Labour Rights, an alliance of some 80 groups known by its Spanish initials CNDLR, said so.', [
      { name: 'National Coordinator for Labour Rights', type: 'organization', aliases: ['CNDLR'] },
    ]],
    ['Doctors Without Borders, known by its French initials MSF, said the clinic closed.', [
      { name: 'Doctors Without Borders', type: 'organization', aliases: ['MSF'] },
    ]],
    // "and" between a known place's name and another place joins two places
    ['The disease could spread into the Democratic Republic of Congo and Tanzania.', [
      { name: 'Democratic Republic of Congo', type: 'location' },
      { name: 'Tanzania', type: 'location' },
    ]],
    // a company's or a site's noun after a name only a guess made a person's
    ['Rescuers reached the privately run Kozlu Madencilik mine on Sunday.', [{ name: 'Kozlu Madencilik', type: 'organization' }]],
    ['Voters backed the Chama Cha Mapinduzi party again.', [{ name: 'Chama Cha Mapinduzi', type: 'organization' }]],
    // roads, dams and markets are places
    ['Traffic on the Araniko Highway was cut for a week.', [{ name: 'Araniko Highway', type: 'location' }]],
    ['Egypt fears the Grand Ethiopian Renaissance Dam will cut its water.', [{ name: 'Grand Ethiopian Renaissance Dam', type: 'location' }]],
    ['The blast killed 14 people at the Kongowea market in 2019.', [{ name: 'Kongowea', type: 'location' }]],
    // a known organisation's office named in lower case, with its acronym in brackets
    ['The United Nations human rights office in Geneva called for an inquiry.', [{ name: 'United Nations human rights office', type: 'organization' }]],
    ['The UN human rights office (OHCHR) called for an inquiry.', [{ name: 'UN human rights office', type: 'organization', aliases: ['OHCHR'] }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
  it('"and" inside a name that is no known place stays (its type is another matter)', () => {
    byName(actorsOf('The Port Authority of New York and New Jersey said the tunnel reopened.'), 'Port Authority of New York and New Jersey');
  });
  it('two countries\' lower-case ministries of one portfolio are two organisations', () => {
    const actors = actorsOf('The Egyptian Foreign Ministry said no talks were held. Kenya\'s foreign ministry declined to comment. The foreign ministry later said it had hosted no one.');
    const ministries = actors.filter((a) => a.name.toLowerCase().endsWith('foreign ministry'));
    expect(ministries.length).toBe(2);
    // (named with its owner since BLIND15 A10: "Kenya's foreign ministry")
    const kenya = ministries.find((a) => a.name === "Kenya's foreign ministry")!;
    expect(actors.find((a) => a.id === kenya.affiliation)?.name).toBe('Kenya');
    // the bare mention after Kenya's is Kenya's
    expect(kenya.mentions.length).toBe(2);
  });
  it('a country of two words owns its ministry', () => {
    const actors = actorsOf('Ivory Coast\'s sports ministry said it regretted the incidents.');
    const ministry = byName(actors, "Ivory Coast's sports ministry");
    expect(actors.find((a) => a.id === ministry.affiliation)?.name).toBe('Ivory Coast');
  });
  it('an organisation named after its place, named again without it, is one', () => {
    const actors = actorsOf('The Iowa State Patrol said the driver died. The State Patrol said the road reopened.');
    expect(byName(actors, 'Iowa State Patrol').aliases).toContain('State Patrol');
  });
  it('the bare police of an article that names one country\'s police are that police', () => {
    const actors = actorsOf('Police fired tear gas at fans. Ivorian police said 12 people were arrested. Later, police said the stadium was calm.');
    expect(actors.filter((a) => a.name.toLowerCase().endsWith('police')).map((a) => a.name)).toEqual(['Ivorian police']);
  });
  it('an acronym the lexicon knows, in capitals, names its organisation; the pronoun does not', () => {
    const actors = actorsOf('The World Health Organization warned of spread. The death toll rose, WHO said on Monday. Who knows why.');
    expect(byName(actors, 'World Health Organization').aliases).toContain('WHO');
    expect(actors.length).toBe(1);
  });
  it('an acronym before "news agency" is an organisation, not an official', () => {
    expect(byName(actorsOf('She told the official SUNA news agency that talks would resume.'), 'SUNA').type).toBe('organization');
  });
  it('"his office said" is the office of the person named last, one per person', () => {
    const actors = actorsOf('Minister Ali Musa spoke on Monday. His office later said the remarks were not aimed at anyone. President Emeka Okorie will travel, his office said.');
    const offices = actors.filter((a) => a.name.toLowerCase() === 'his office');
    expect(offices.length).toBe(2);
    expect(offices.every((a) => a.type === 'organization')).toBe(true);
  });
  it('"her office said" joins the office of her title', () => {
    const text = 'Prime Minister Kamala Sharma cancelled a trip, her office said. The Prime Minister\'s office later added that she was safe.';
    expect(byName(actorsOf(text), "Prime Minister's office").aliases).toContain('her office');
  });
  it('an office that does not speak is no actor', () => {
    expect(actorsOf('District Attorney Rachel Osei said her office would appeal.').map((a) => a.name)).not.toContain('her office');
  });
  it('an office of no known organisation is no such name', () => {
    expect(actorsOf('The Brixley human rights office said so.').map((a) => a.name)).not.toContain('Brixley human rights office');
  });
  it('"known as" after a phrase of its own names that phrase, not the name before it', () => {
    const actors = actorsOf('She was held in Caxias prison after the secret police, known as PVDE, arrested her.');
    expect(byName(actors, 'Caxias prison').aliases).not.toContain('PVDE');
    expect(byName(actors, 'PVDE').type).toBe('organization');
  });
});

describe('actors: named events are no actors', () => {
  const none: Array<[string, string]> = [
    ['She was freed after the Carnation Revolution of April 25, 1974.', 'Carnation Revolution'],
    ['The protests recalled the Arab Spring.', 'Arab Spring'],
    ['His father fought in World War II.', 'World War II'],
    ['Relations had not been so poor since the Cold War.', 'Cold War'],
    ['The reforms were crushed, as the Prague Spring was.', 'Prague Spring'],
  ];
  for (const [text, name] of none) {
    it(text, () => {
      expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
    });
  }
  it('a town named Spring stays a place', () => {
    expect(byName(actorsOf('Two people were shot in Silver Spring on Sunday.'), 'Silver Spring').type).toBe('location');
  });
  it('an organisation named "of War" stays one', () => {
    expect(byName(actorsOf('The Ministry of War said the border was calm.'), 'Ministry of War').type).toBe('organization');
  });
});

describe('actors: the words of a numbered road name no actor', () => {
  const none: Array<[string, string[]]> = [
    ['A truck going the wrong way on Interstate 35 hit her car near the Northeast 36th Street exit.', ['Interstate', 'Northeast', 'Street']],
    ['Police closed Highway 101 and State Route 4 on Sunday.', ['Highway', 'State Route', 'Route']],
    ['The shooting happened in the 1200 block of West 42nd Street, near 5th Avenue.', ['West', 'Street', 'Avenue']],
  ];
  for (const [text, names] of none) {
    it(text, () => {
      const found = actorsOf(text).map((a) => a.name);
      for (const n of names) expect(found).not.toContain(n);
    });
  }
  it('a name before a number that is no road stays', () => {
    expect(actorsOf('In 2019 Smith said no.').map((a) => a.name)).toContain('Smith');
  });
});
