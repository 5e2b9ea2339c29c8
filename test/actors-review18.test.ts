// Actors: mends from the eighteenth session's review (REVIEW18-ACTORS). Invented sentences; none comes from a corpus
// or a fixture.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: initials in brackets after a body\'s lower-case noun name that body', () => {
  it.each([
    ['The national election board (NEBK) said turnout was low.', 'NEBK'],
    ['The ruling party (PDLK) won most seats, Nora Hale said.', 'PDLK'],
    ['Officials at the federal disaster agency (FEMA) said crews were on their way.', 'FEMA'],
  ])('%s keeps %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it('a substance\'s initials after its lower-case name still name nothing', () => {
    expect(actorsOf('Uptake of the measles, mumps and rubella (MMR) vaccine fell, Nora Hale said.').map((a) => a.name)).not.toContain('MMR');
  });
});

describe('actors: a known body or place after a substance\'s noun is that, no substance', () => {
  it('"the vaccine Pfizer developed" keeps Pfizer', () => {
    expect(actorsOf('Regulators approved the vaccine Pfizer developed last year, Dana Ruiz said.').find((a) => a.name === 'Pfizer')?.type).toBe('organization');
  });
  it('"the virus Britain reported" keeps Britain', () => {
    expect(actorsOf('Doctors studied the strain of the virus Britain reported last week, Dana Ruiz said.').find((a) => a.name === 'Britain')?.type).toBe('location');
  });
  it('"the blood booster EPO" still names nothing', () => {
    expect(actorsOf('The rider tested positive for the blood booster EPO, Dana Ruiz said.').map((a) => a.name)).not.toContain('EPO');
  });
});

describe('actors: a nickname in quotation marks after a title\'s abbreviation (the lead, after the review)', () => {
  it.each([
    ['Later, Rep. Marcia "Cia" Price shouted to the crowd.', 'Marcia "Cia" Price'],
    ['At the rally, Gov. Mike "Bull" Smith spoke first.', 'Mike "Bull" Smith'],
  ])('%s gives %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).toEqual([name]);
  });
  it('a quotation after a title and a surname is no nickname', () => {
    expect(actorsOf('Mr. Khan "was stunned," she said.').map((a) => a.name)).toEqual(['Khan']);
  });
});
