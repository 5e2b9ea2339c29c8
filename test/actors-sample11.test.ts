// Actors: classes from the thirteenth session's second actor brief (ACTORS11), from BLIND11's failures and the
// items ACTORS10 left. Invented sentences in the shape of the failures.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: a spokesman named by the office he speaks for', () => {
  it.each([
    ["The Foreign Secretary's spokesman said the envoy would travel to Oslo on Friday.", "The Foreign Secretary's spokesman"],
    ["The prime minister's spokeswoman said the budget would not be delayed.", "The prime minister's spokeswoman"],
    ["The vote will be held in March, according to the president's spokesman.", "the president's spokesman"],
  ])('%s → unnamed %s', (text, name) => {
    const actors = actorsOf(text);
    expect(actors.find((a) => a.name === name)?.type).toBe('unnamed');
    expect(actors.some((a) => a.type === 'organization')).toBe(false);
  });
  it('the office is no organisation', () => {
    const actors = actorsOf("The Council of Europe Secretary-General's spokesman said the report was ready.");
    expect(actors.some((a) => a.type === 'organization' && a.name.endsWith('Secretary-General'))).toBe(false);
  });
  it('the office before a named spokesman is no organisation either', () => {
    const actors = actorsOf("The Secretary-General's spokesman Pablo Ruiz said the envoy had landed.");
    expect(actors.find((a) => a.name === 'Pablo Ruiz')?.type).toBe('person');
    expect(actors.some((a) => a.type === 'organization')).toBe(false);
  });
  it('no spokesman actor when he does not speak', () => {
    const actors = actorsOf("Reporters waited for the prime minister's spokesman outside the hall.");
    expect(actors.some((a) => a.name.includes('spokesman'))).toBe(false);
  });
});

describe('actors: written records after "according to" in the shapes the golds make sources', () => {
  it.each([
    ["Sales fell 4 percent, according to the firm's annual report.", "the firm's annual report"],
    ['Arrests doubled in May, according to figures released by the ministry on Monday.', 'figures released by the ministry'],
    ['The plant failed two inspections, according to internal records and emails obtained by the paper.', 'internal records and emails'],
  ])('%s → unnamed %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('unnamed');
  });
  it.each([
    ["Sales fell 4 percent, according to the firm's report."],
    ['Sales fell 4 percent, according to its annual report.'],
    ['Arrests doubled in May, according to figures released on Monday.'],
  ])('%s → no record actor', (text) => {
    expect(actorsOf(text).some((a) => a.type === 'unnamed')).toBe(false);
  });
});

describe('actors: a word before a building noun names the building', () => {
  it.each([
    ['The train stopped at Dunmere station after the alarm.', 'Dunmere station'],
    ["Forty inmates were moved to the city's Vallemar penitentiary on Monday.", 'Vallemar penitentiary'],
  ])('%s → location %s', (text, name) => {
    const actors = actorsOf(text);
    expect(actors.find((a) => a.name === name)?.type).toBe('location');
    expect(actors.some((a) => a.name === name.split(' ')[0])).toBe(false);
  });
  it('a kind of building is no name', () => {
    expect(actorsOf('The ceremony was held at a Methodist church near the river.').some((a) => a.name.includes('church'))).toBe(false);
  });
});

describe('actors: a bare plural work that opens a sentence is named with its reader', () => {
  it('"Records obtained by the Gazette show" is its own work, apart from earlier "internal records"', () => {
    const actors = actorsOf(
      'Managers ignored the warnings, according to internal records reviewed by The Harbour Gazette. Records obtained by the Gazette show that the pumps failed twice.',
    );
    expect(actors.find((a) => a.name === 'Records obtained by the Gazette')?.type).toBe('unnamed');
    expect(actors.find((a) => a.name === 'internal records')?.aliases ?? []).not.toContain('Records');
  });
  it('"A 2023 survey by the Gazette found" keeps its name without the maker', () => {
    expect(actorsOf('A 2023 survey by the Harbour Gazette found that most tenants were unhappy.').some((a) => a.name === 'A 2023 survey')).toBe(true);
  });
});

describe('actors: a mixed-case acronym in an organisation\'s brackets', () => {
  it('"Transportes del Valle (TdV)" keeps TdV as its alias', () => {
    const company = actorsOf('The operator, Transportes del Valle (TdV), said on Monday that the line would reopen.').find((a) => a.name === 'Transportes del Valle');
    expect(company?.type).toBe('organization');
    expect(company?.aliases).toContain('TdV');
  });
  it('a person\'s bracketed label is still no actor', () => {
    expect(actorsOf('Senator Ann Lee (D-Ore.) said the bill would pass.').some((a) => a.name.startsWith('D-'))).toBe(false);
  });
});

describe('actors: a capitalised role after "a" with no name is an unnamed one', () => {
  it.each([
    ['The driver was pulled over by a State Trooper near the bridge.', 'a State Trooper'],
    ['A Border Patrol Agent said the truck had been searched twice.', 'A Border Patrol Agent'],
  ])('%s → unnamed %s', (text, name) => {
    const actors = actorsOf(text);
    expect(actors.find((a) => a.name === name)?.type).toBe('unnamed');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
  it('the same role with no article and no name names nobody', () => {
    expect(actorsOf("Bullet shatters State Trooper's windshield on the interstate.").some((a) => a.name.includes('Trooper'))).toBe(false);
  });
  it('a title before a surname that is a trade stays a person', () => {
    expect(actorsOf('Judge Cook said the hearing would resume on Monday.').find((a) => a.name.endsWith('Cook'))?.type).toBe('person');
  });
  it('a person after "a" keeps the name', () => {
    expect(actorsOf('It was a John Carpenter film, the critic said.').find((a) => a.name === 'John Carpenter')?.type).toBe('person');
  });
});
