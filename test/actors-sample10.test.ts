// Actors: classes from the thirteenth session (ACTORS10), from the open items and a sixth sample of
// dev texts. Invented sentences in the shape of the failures.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: a company named alone after its name with a legal form', () => {
  it('the name with only its legal form wins over a subsidiary sharing its first word', () => {
    const actors = actorsOf(
      'Varnholt AG, a German maker of valves, bought a stake in Dunmore Pumps. The deal goes through Varnholt Fluid Systems Ltd., its British unit. Varnholt said it would pay cash.',
    );
    const company = actors.find((a) => a.name === 'Varnholt AG');
    expect(company?.aliases).toContain('Varnholt');
    expect(actors.some((a) => a.name === 'Varnholt')).toBe(false);
    expect(actors.find((a) => a.name === 'Varnholt Fluid Systems Ltd.')?.aliases ?? []).not.toContain('Varnholt');
  });
  it('two organisations sharing a first word with no legal form still leave the short name alone', () => {
    const actors = actorsOf('Brenton Water Board and Brenton Rowing Club met on Monday. Brenton said the river was high.');
    expect(actors.find((a) => a.name === 'Brenton Water Board')?.aliases ?? []).not.toContain('Brenton');
    expect(actors.find((a) => a.name === 'Brenton Rowing Club')?.aliases ?? []).not.toContain('Brenton');
  });
});
