// Actors: classes from the fifteenth session's actor brief (ACTORS13): the lead's probes, BLIND12's
// leftovers and a corpus sample. Invented sentences in the shape of the failures.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: a first name, unknown words and another first name are one name', () => {
  it.each([
    ['President Luiz Inacio Lula da Silva toured the flooded towns. Lula said help was coming.', 'Luiz Inacio Lula da Silva', 'Lula'],
    ['Pedro Anselmo Rosa de Oliveira, the mayor, said the dam had held.', 'Pedro Anselmo Rosa de Oliveira', null],
  ])('%s → %s', (text, name, alias) => {
    const people = actorsOf(text).filter((a) => a.type === 'person');
    expect(people.map((a) => a.name)).toEqual([name]);
    if (alias) expect(people[0]!.aliases).toContain(alias);
  });
  it.each([
    ['Republican Donald Trump said the vote was rigged.', 'Donald Trump'],
    ['Senator Mary Brown said the vote was rigged.', 'Mary Brown'],
  ])('a label before the first name stays out: %s', (text, name) => {
    expect(actorsOf(text).filter((a) => a.type === 'person').map((a) => a.name)).toEqual([name]);
  });
});

describe('actors: "off" at sea is a place preposition', () => {
  it.each([
    ['Two of the dead were fishermen whose boat capsized off Quilonpara, officials said.', 'Quilonpara'],
    ['Pirates hijacked a tanker 40 miles off Tarvonia on Sunday.', 'Tarvonia'],
  ])('%s → location %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('location');
  });
  it('a verb\'s "off" is no place\'s', () => {
    expect(actorsOf('The board fended off Marlow Shipping in court.').find((a) => a.name === 'Marlow Shipping')?.type).toBe('organization');
  });
});
