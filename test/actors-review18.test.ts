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
