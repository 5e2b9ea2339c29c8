// Actors: classes from the tenth session (ACTORS7): lines shouted in capitals, and the open
// classes of the ninth (agencies, campuses, titles glued to a body's name, famous surnames).

import { describe, expect, it } from 'vitest';
import { actorsOf, expectActors } from './helpers/extracted.js';

describe('actors: a line shouted in capitals', () => {
  // a broadcast transcript pasted into a page: every word looks like a name
  const transcript = 'Officers found the driver on Maple Road in Dunmore, and Carla Benning, his neighbour, called for help.\n\n' +
    'THE DRIVER WAS TAKEN TO THE HOSPITAL WHERE HE DIED. POLICE SAY CARLA BENNING SAW THE CRASH FROM HER PORCH IN DUNMORE. AT THIS TIME WE HAVE NOBODY IN CUSTODY.';
  it('names only what the body or a lexicon names', () => {
    const actors = actorsOf(transcript);
    const names = actors.map((a) => a.name);
    for (const junk of ['THE DRIVER', 'HOSPITAL WHERE HE DIED', 'AT THIS TIME WE HAVE NOBODY', 'NOBODY IN CUSTODY', 'THIS TIME']) expect(names).not.toContain(junk);
    expect(actors.find((a) => a.name === 'Carla Benning')?.mentions.map((m) => m.text)).toContain('CARLA BENNING');
  });
  it.each([
    // a dateline and an acronym in a sentence of lower case are no shouting
    ['ST. LOUIS, MO (KTVI) - A woman was shot near the intersection on Monday.', 'KTVI'],
    ['The NAACP and the ACLU said the law was unfair.', 'NAACP'],
    ['The ACLU said the law was unfair.', 'ACLU'],
  ])('keeps %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).toContain(name);
  });
});

describe('actors: agencies, ranks and wildfires', () => {
  const cases: Array<[string, Array<{ name: string; type: 'person' | 'organization' | 'location' | 'unnamed'; roles?: string[] }>]> = [
    // an agency named like a person, a body of five capitals
    ['Cal Fire said the blaze had burned 2,000 acres by Tuesday.', [{ name: 'Cal Fire', type: 'organization' }]],
    ['The NAACP said the law was unfair.', [{ name: 'NAACP', type: 'organization' }]],
    // an abbreviated rank with its full stop ends the title: the body's name is the title's, not an organisation
    ['Auburn Police Capt. Lee Shirley said the suspect was arrested Monday.', [{ name: 'Lee Shirley', type: 'person', roles: ['Auburn Police Capt.'] }]],
    ['Police Capt. Lee Shirley said the suspect was arrested Monday.', [{ name: 'Lee Shirley', type: 'person', roles: ['Police Capt.'] }]],
    ['Dunmore Police Sgt. Tom Mack said officers were called at 2 a.m.', [{ name: 'Tom Mack', type: 'person', roles: ['Dunmore Police Sgt.'] }]],
    ['State Sen. Mary Hale said she would vote no.', [{ name: 'Mary Hale', type: 'person', roles: ['State Sen.'] }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected, true);
    });
  }
  it.each([
    ['Auburn Police Capt. Lee Shirley said the suspect was arrested Monday.', 'Auburn Police Capt'],
    ['Police Capt. Lee Shirley said the suspect was arrested Monday.', 'Police'],
    // a wildfire is an event
    ['The Tubbs Fire destroyed 5,600 buildings in 2017.', 'Tubbs Fire'],
    ['Cal Fire said the Dixie Fire was 40 percent contained.', 'Dixie Fire'],
  ])('%s names no %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
});

// invented sentences in the shape of BLIND8's failures
describe('actors: BLIND8 classes', () => {
  const cases: Array<[string, Array<{ name: string; type: 'person' | 'organization' | 'location' | 'unnamed' }>]> = [
    // an acronym after an organisation's noun
    ['The result was close to an exit poll by the public broadcaster KTR.', [{ name: 'KTR', type: 'organization' }]],
    // a place's noun in the apposition
    ['Both sides claimed the battle for Umm Hadid, a town in North Darfur state.', [{ name: 'Umm Hadid', type: 'location' }]],
    ['Rebels entered Kolomba, a small farming village near the border, on Sunday.', [{ name: 'Kolomba', type: 'location' }]],
    // a farm's business
    ['Ruth Calloway took over Hazelbrook Orchard from her father in 1979.', [{ name: 'Hazelbrook Orchard', type: 'organization' }]],
    // an armed force named by its rank: "Brig." is a title
    ['Army spokesman Brig. Gen. Omar Haddad said the area had been cleared.', [{ name: 'Omar Haddad', type: 'person' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
  it.each([
    ['"We broke them," he said in Arabic.', 'Arabic'],
    ['Army spokesman Brig. Gen. Omar Haddad said the area had been cleared.', 'Brig'],
    // ", a city councilman": a role, no place
    ['Dana Kowalski, a city councilman, said the vote was close.', 'Dana Kowalski'],
  ])('%s: no place or person %s of the wrong kind', (text, name) => {
    const a = actorsOf(text).find((x) => x.name === name);
    if (name === 'Dana Kowalski') expect(a?.type).toBe('person');
    else expect(a).toBeUndefined();
  });
  it('keeps the bare police apart from a police union', () => {
    const actors = actorsOf('Police said a handgun was found. The Dunmore Fraternal Order of Police said in a statement that the officer had acted lawfully.');
    expect(actors.find((a) => a.name === 'Dunmore Fraternal Order of Police')?.aliases ?? []).not.toContain('Police');
  });
  it('joins "the army" to a named army, not to a paramilitary force', () => {
    const rsf = actorsOf("Sudan's army and the paramilitary Rapid Support Forces gave conflicting accounts. The army said it had killed dozens of fighters.")
      .find((a) => a.name === 'Rapid Support Forces');
    expect(rsf?.aliases ?? []).not.toContain('army');
    const idf = actorsOf('The Israel Defense Forces (IDF) said the toll was lower. The military said two soldiers were hurt.').find((a) => a.name === 'Israel Defense Forces');
    expect(idf?.mentions.map((m) => m.text)).toContain('military');
  });
});

describe('actors: a public figure\'s surname alone', () => {
  it.each([
    ['Trump said the deal was done. Obama disagreed.', 'Obama'],
    ['The plan, as Merkel put it, was the only one.', 'Merkel'],
  ])('%s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('person');
  });
});

describe('actors: openers, initials and clauses after a comma (tenth-session sample)', () => {
  const cases: Array<[string, Array<{ name: string; type: 'person' | 'organization' | 'location' | 'unnamed' }>]> = [
    ['Whether Carrow Pharmacies would sell was unclear.', [{ name: 'Carrow Pharmacies', type: 'organization' }]],
    ['The A. Philip Randolph Institute sued the state.', [{ name: 'A. Philip Randolph Institute', type: 'organization' }]],
    // a sentence's verb after the comma: no apposition, no role
    ['In Brighton Park, a man was shot on Friday.', [{ name: 'Brighton Park', type: 'location' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
  it('keeps an apposition with a relative clause', () => {
    expectActors('Ana Ruiz, a nurse who was there, said the door was locked.', [{ name: 'Ana Ruiz', type: 'person', roles: ['nurse'] }], true);
  });
});

describe('actors: an office named again in lower case', () => {
  it('is the office named in full before', () => {
    const office = actorsOf('Turnout was 61 percent, according to the State Electoral Office. Final results would be confirmed on Thursday, the electoral office said.')
      .find((a) => a.name === 'State Electoral Office');
    expect(office?.mentions.map((m) => m.text)).toContain('electoral office');
  });
  it('is no actor when no such office was named', () => {
    expect(actorsOf('Final results would be confirmed on Thursday, the electoral office said.').map((a) => a.name)).not.toContain('State Electoral Office');
  });
});

describe('actors: a university campus after the comma', () => {
  const cases: Array<[string, Array<{ name: string; type: 'person' | 'organization' | 'location' | 'unnamed'; aliases?: string[] }>]> = [
    ['Students at the University of California, Irvine, held a vigil.', [{ name: 'University of California, Irvine', type: 'organization' }]],
    ['The University of California, Irvine (UCI) said the lab would close. UCI said it regretted the decision.', [
      { name: 'University of California, Irvine', type: 'organization', aliases: ['UCI'] },
    ]],
    ['Researchers at the University of California, Los Angeles, found that the drug worked.', [{ name: 'University of California, Los Angeles', type: 'organization' }]],
    // a list of universities is no campus
    ['The University of Chicago, Northwestern and Loyola took part.', [{ name: 'University of Chicago', type: 'organization' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
});
