// Actors: classes from the fourteenth session's actor brief (ACTORS12): described bodies, guessed
// speakers, storms and descriptors. Invented sentences in the shape of the failures.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: a described agency is the one agency of its kind the text names', () => {
  it.each([
    ['NASA launched the probe on Monday. The space agency said the launch had gone well.', 'NASA'],
    ['Xinhua reported the quake first. The state news agency said 30 people were hurt.', 'Xinhua'],
  ])('%s → one actor %s', (text, name) => {
    const actors = actorsOf(text);
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([name]);
  });
  it('a description the named agency does not hold is another agency', () => {
    const actors = actorsOf('The Environmental Protection Agency fined the mill. Later the space agency said its satellites had seen the spill.');
    const epa = actors.find((a) => a.name === 'Environmental Protection Agency');
    expect(epa).toBeDefined();
    expect(epa!.mentions.length).toBe(1);
    expect(actors.some((a) => a.name === 'space agency' && a.type === 'organization')).toBe(true);
  });
  it('a description the named agency holds is still its mention', () => {
    const actors = actorsOf('The Federal Aviation Administration grounded the jets. The aviation agency said the checks would take a week.');
    expect(actors.filter((a) => a.type === 'organization').length).toBe(1);
  });
  it('two agencies of the kind: no link', () => {
    const actors = actorsOf('NASA and the European Space Agency signed the deal. The space agency said the launch would slip.');
    expect(actors.find((a) => a.name === 'NASA')?.aliases ?? []).not.toContain('space agency');
  });
});

describe('actors: a ministry named in full is the lower-case ministry of its portfolio', () => {
  it.each([
    ['The Ministry of Health said 12 people had died. The health ministry said clinics were open.', 'Ministry of Health', 'health ministry'],
    ['The interior ministry said the border was closed. The Ministry of the Interior later denied it.', 'Ministry of the Interior', 'interior ministry'],
    ["Peru's Ministry of Foreign Affairs summoned the envoy. The foreign ministry said talks had failed.", 'Ministry of Foreign Affairs', 'foreign ministry'],
  ])('%s → one actor', (text, name, alias) => {
    const orgs = actorsOf(text).filter((a) => a.type === 'organization');
    expect(orgs.length).toBe(1);
    expect(orgs[0]!.name).toBe(name);
    expect(orgs[0]!.aliases).toContain(alias);
  });
  it('another portfolio stays apart', () => {
    const orgs = actorsOf('The Ministry of Health said 12 people had died. The finance ministry said funds were frozen.').filter((a) => a.type === 'organization');
    expect(orgs.length).toBe(2);
  });
});

describe('actors: a guessed speaker whose "it" acts is an organisation', () => {
  it.each([
    ['Veltrano said it would close two plants in March.', 'Veltrano'],
    ['Corvath announced last week that it planned to sell the unit.', 'Corvath'],
    ['Brindell said on Tuesday it had hired a new auditor.', 'Brindell'],
    ['Ostmark said it is reviewing the contract.', 'Ostmark'],
  ])('%s → organisation %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it.each([
    ['Kowalczyk said it was hard to watch.', 'Kowalczyk'],
    ['Dunmore said it would take weeks to recover.', 'Dunmore'],
    ['Ferrante said it had been a long night.', 'Ferrante'],
    ['Abernathy said he hoped it would pass.', 'Abernathy'],
  ])('%s → still a person %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('person');
  });
});

describe("actors: one lone guessed speaker and a company's noun that speaks", () => {
  it('the name is the company', () => {
    const text = 'Storms cut power along the coast. Veridane said about 40,000 customers were without power on Tuesday. The utility said crews would work through the night.';
    expect(actorsOf(text).find((a) => a.name === 'Veridane')?.type).toBe('organization');
  });
  it('a name after a first name elsewhere stays a person', () => {
    const text = 'Mara Veridane runs the depot. Veridane said the trucks were late. The company said it regretted the delay.';
    expect(actorsOf(text).find((a) => a.name === 'Mara Veridane')?.type).toBe('person');
  });
  it('no company noun: the guess stands', () => {
    expect(actorsOf('Veridane said about 40,000 customers were without power on Tuesday.').find((a) => a.name === 'Veridane')?.type).toBe('person');
  });
});

describe("actors: an aside that gives the person's own name names the person", () => {
  it('her first name: a person named by it', () => {
    const actors = actorsOf('Another man, who gave only his first name, Tomas, said his brother was inside.');
    const tomas = actors.find((a) => a.name === 'Tomas');
    expect(tomas?.type).toBe('person');
    expect(tomas?.aliases).toContain('Another man');
  });
  it('a call sign stays the unnamed soldier\'s alias', () => {
    const actors = actorsOf('A soldier, who gave only his call sign, Bison, said the shelling had stopped.');
    expect(actors.some((a) => a.name === 'Bison')).toBe(false);
    expect(actors.find((a) => a.aliases.includes('Bison'))?.type).toBe('unnamed');
  });
});

describe("actors: an organisation's noun before a place-shaped name", () => {
  it.each([
    ['The charity River Action said the water was unsafe.', 'River Action'],
    ['Volunteers from the campaign group Lake Watch counted the dead fish.', 'Lake Watch'],
  ])('%s → organisation %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it.each([
    ['The boats met at Lake Clementia on Sunday.', 'Lake Clementia'],
    ['The bodies were found in the River Dunmere.', 'River Dunmere'],
  ])('%s → still a location %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
});

describe('actors: a storm named by its name alone', () => {
  it('"since Ida," in a text about a storm names no actor', () => {
    const actors = actorsOf('The town has not had a dry summer since Ida, and residents said the storm changed everything.');
    expect(actors.some((a) => a.name === 'Ida')).toBe(false);
  });
  it('"after Katrina hit" in a text about a hurricane names no actor', () => {
    const actors = actorsOf('Few of the levees were rebuilt after Katrina hit. The hurricane season starts in June.');
    expect(actors.some((a) => a.name === 'Katrina')).toBe(false);
  });
  it('a person of that name stays', () => {
    const actors = actorsOf('Ida Marsh has run the shelter since the storm. Nobody slept there before Ida, she said.');
    expect(actors.find((a) => a.name === 'Ida Marsh')?.type).toBe('person');
  });
  it('no storm in the text: the name stays a person', () => {
    expect(actorsOf('The house has been quiet since Ida, her neighbour said.').some((a) => a.name === 'Ida')).toBe(true);
  });
});

describe('actors: lead probes L12, L13', () => {
  it('"Analysts at Jefferies cut their rating": the workers\' firm', () => {
    expect(actorsOf('Analysts at Brackwell cut their rating on the stock.').find((a) => a.name === 'Brackwell')?.type).toBe('organization');
  });
  it('"told reporters at Wamena airport" is still no firm', () => {
    expect(actorsOf('The pilot told reporters at Wamena airport that the runway was wet.').find((a) => a.name === 'Wamena')?.type).not.toBe('organization');
  });
  it('"after the Danish drugmaker said" is the company named just before', () => {
    const actors = actorsOf('Shares of Ostrava Pharma fell 38% after the Czech drugmaker said two patients had died.');
    expect(actors.find((a) => a.name === 'Ostrava Pharma')?.aliases).toContain('Czech drugmaker');
  });
  it('"The airline said" alone is left to the quotes stage', () => {
    const actors = actorsOf('Zephyr Air cancelled the flight to Jayapura. The airline said the crew was safe.');
    expect(actors.some((a) => a.aliases.includes('airline'))).toBe(false);
  });
});

describe('actors: a subhead set in capitals names nobody', () => {
  it.each([
    ["The bridge opened in May.\n\nHE'S BEEN PRAISED BY FELLOW ENGINEERS — Her design won two awards."],
    ['The bridge opened in May.\n\nTHE COUNCIL HAS QUESTIONED HIM — Her design was reviewed twice.'],
  ])('%s', (text) => {
    expect(actorsOf(text).some((a) => a.type === 'person')).toBe(false);
  });
  it('a name in capitals stays', () => {
    expect(actorsOf('MARTA KOWALSKA said the bridge opened in May.').some((a) => a.type === 'person')).toBe(true);
  });
});

describe('actors: an award is no actor', () => {
  it.each([
    ['She won the Nobel Peace Prize in 1991 and later the Congressional Gold Medal.'],
    ['He was given the Brandt Award by the city.'],
  ])('%s', (text) => {
    expect(actorsOf(text).some((a) => /Prize|Medal|Award/.test(a.name))).toBe(false);
  });
  it('a body named after an award stays', () => {
    expect(actorsOf('The Pulitzer Prize Board said the entry was late.').some((a) => a.name === 'Pulitzer Prize Board')).toBe(true);
  });
});

describe("actors: a paper's word after a hyphen", () => {
  it.each([['The Dayton Post-Gazette reported the fire first.', 'Dayton Post-Gazette'], ['Tessa Grant told the Marlow Sun-Times the store was closed.', 'Marlow Sun-Times']])(
    '%s → organisation %s',
    (text, name) => {
      expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
    },
  );
  it('a double-barrelled surname stays a person', () => {
    expect(actorsOf('Anna Smith-Jones said the store was closed.').find((a) => a.name === 'Anna Smith-Jones')?.type).toBe('person');
  });
});

describe('actors: BLIND12 A5, company words and appositions', () => {
  it.each([
    ['Piraeus-based Corvina Maritime said in a statement that the crew was unharmed.', 'Corvina Maritime'],
    ['The poll was conducted by Basalt Polling last week.', 'Basalt Polling'],
    ['The naval force, known as Operation Sentinel, said a frigate was near.', 'Operation Sentinel'],
    ['Vantrel Morrow, a London-based maritime security firm, said the attack fitted a pattern.', 'Vantrel Morrow'],
  ])('%s → organisation %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
});

describe("actors: a headline's imperative opens no name", () => {
  it('"Hold Mara Kessler to her word" names Mara Kessler', () => {
    const actors = actorsOf("Hold Mara Kessler to her word.\n\nThe senator promised a vote. Kessler said the vote would come in May.");
    expect(actors.some((a) => a.name === 'Mara Kessler')).toBe(true);
    expect(actors.some((a) => a.name.startsWith('Hold'))).toBe(false);
  });
});

describe('actors: BLIND12 A4, A6: countries and ports', () => {
  it.each([
    ['The ship was carrying fertiliser from Jordan to Kenya when it was boarded.', 'Jordan'],
    ['The aid convoy left Laos on Monday.', 'Laos'],
  ])('%s → location %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
  it('a person named Jordan keeps the surname', () => {
    expect(actorsOf('Rep. Tim Jordan said the vote was close. Jordan later left.').find((a) => a.name === 'Tim Jordan')?.aliases).toContain('Jordan');
  });
  it.each([
    ['The ship was boarded east of the Somali port of Garacad.', 'Garacad'],
    ['The vessel docked at the Kenyan port of Shimoni on Monday.', 'Shimoni'],
  ])('%s → location %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
});

describe("actors: BLIND12 A1, the dateline's agency is no person's initials", () => {
  it.each([
    ['TULSA, Okla. (AP) — Officials said the plant was closed. Dr. Amy Patel, an emergency physician, said most patients had recovered.', 'Amy Patel'],
    ['TULSA (AP) — The mayor said the road would reopen. Andrew Pruitt said he had waited two days.', 'Andrew Pruitt'],
  ])('%s', (text, name) => {
    const actors = actorsOf(text);
    expect(actors.find((a) => a.name === name)?.aliases ?? []).not.toContain('AP');
  });
});

describe("actors: BLIND12 A2, a county's department in lower case", () => {
  it('is an organisation named with its county, and "the department" its mention', () => {
    const text = 'Brennor Corp. said two workers were hurt. The Tallis County health department said five people had been treated. The department said none had died.';
    const actors = actorsOf(text);
    const dept = actors.find((a) => a.name === 'Tallis County health department');
    expect(dept?.type).toBe('organization');
    expect(dept?.aliases).toContain('department');
    expect(actors.find((a) => a.name === 'Brennor Corp.')?.aliases ?? []).not.toContain('department');
  });
});

describe('actors: BLIND12 A10, a case name', () => {
  it('"State of X" is the state; a school district is a body', () => {
    const actors = actorsOf('The court ruled for Oregon. The case, Pine Hollow School District v. State of Oregon, was argued in January.');
    const oregon = actors.find((a) => a.name === 'Oregon');
    expect(oregon?.type).toBe('location');
    expect(oregon?.aliases).toContain('State of Oregon');
    expect(actors.find((a) => a.name === 'Pine Hollow School District')?.type).toBe('organization');
  });
});

describe('actors: BLIND12 A9, a role before a courtesy title', () => {
  it('belongs to the name after the title, not to the place before the comma', () => {
    const actors = actorsOf('At the Harbour Clinic in Port Alder, emergency physician Dr. Nina Brandt said staff had treated dozens of patients.');
    expect(actors.find((a) => a.name === 'Nina Brandt')?.roles).toContain('emergency physician');
    expect(actors.find((a) => a.name === 'Port Alder')?.type).toBe('location');
    expect(actors.find((a) => a.name === 'Port Alder')?.roles ?? []).toEqual([]);
  });
  it('an apposition cut at a relative clause keeps its role', () => {
    const actors = actorsOf('Jorge Ibarra, a former foreign minister who is a critic of Mr. Vela, said the plan would fail.');
    expect(actors.find((a) => a.name === 'Jorge Ibarra')?.roles).toContain('former foreign minister');
  });
});

describe("actors: BLIND12 A8, a pollster's clients", () => {
  it('"conducted by X Research for the Y Ledger and Z-TV" names three organisations', () => {
    const actors = actorsOf('The survey, conducted by Basin Research for the Carson Ledger and KQRT-TV, found the senator ahead by four points.');
    const names = actors.filter((a) => a.type === 'organization').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Basin Research', 'Carson Ledger', 'KQRT-TV']));
    expect(actors.find((a) => a.name === 'KQRT-TV')?.roles).toEqual([]);
  });
  it('"Institute for the Study of War" stays one name', () => {
    expect(actorsOf('The Institute for the Study of War said the front had not moved.').some((a) => a.name === 'Institute for the Study of War')).toBe(true);
  });
});

describe('actors: BLIND12 A11, role spans', () => {
  it('a sentence\'s opening conjunction is no part of the title', () => {
    const actors = actorsOf('Officials said the fire was out. But Fire Chief Roy Dupree told reporters that crews would stay overnight.');
    expect(actors.find((a) => a.name === 'Roy Dupree')?.roles).toEqual(['Fire Chief']);
  });
  it('a role cut at an abbreviation keeps the words before its preposition', () => {
    const actors = actorsOf('Dr. Lena Ruiz, an emergency physician at St. Agnes Medical Center, said most patients had recovered.');
    expect(actors.find((a) => a.name === 'Lena Ruiz')?.roles).toContain('emergency physician');
  });
  it('a role ending on a legal form is whole', () => {
    const actors = actorsOf('"Demand is weak," said Tom Hale, president of Hale Asset Management Inc. The fund closed on Friday.');
    expect(actors.find((a) => a.name === 'Tom Hale')?.roles.join(' ')).toContain('Hale Asset Management');
  });
});

describe('actors: BLIND12 A7, "the firm" of the organisation described as a firm', () => {
  it('links to the firm, not to the last organisation named', () => {
    const text = 'Tidewell Risk, a maritime security firm, said the attack fitted a pattern. The Indian Navy said it had sent a warship. In a note to clients, the firm said four dhows had been seized.';
    expect(actorsOf(text).find((a) => a.name === 'Tidewell Risk')?.aliases).toContain('firm');
  });
  it('two organisations described as firms: no link', () => {
    const text = 'Tidewell Risk, a security firm, and Marlow Partners, a law firm, disagreed. The firm said the report was wrong.';
    const actors = actorsOf(text);
    expect(actors.some((a) => a.aliases.includes('firm'))).toBe(false);
  });
});
