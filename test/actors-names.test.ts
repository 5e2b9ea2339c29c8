// Actors: one person's full name in two forms (a familiar first name, a middle initial), and
// surnames two people share (the one named first in full keeps the bare surname).

import { describe, expect, it } from 'vitest';
import { actorsOf, byName, expectActors, type ExpectedActor } from './helpers/extracted.js';

describe('actors: one person, two forms of the name', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    // a familiar first name for the formal one
    ['Senator Charles Pelton said the bill would pass. Chuck Pelton told reporters he was confident.', [
      { name: 'Charles Pelton', type: 'person', aliases: ['Chuck Pelton'] },
    ]],
    ['Elizabeth Marlowe chairs the board. Liz Marlowe said the vote was close.', [
      { name: 'Elizabeth Marlowe', type: 'person', aliases: ['Liz Marlowe'] },
    ]],
    // a middle initial, or a middle name, given once
    ['Attorney General Loretta E. Lynch spoke on Monday. Loretta Lynch said the case was closed.', [
      { name: 'Loretta E. Lynch', type: 'person', aliases: ['Loretta Lynch'] },
    ]],
    // a first name no list knows, used alone after the full name
    ['Ethiopia\'s water minister, Tadesse Gebremariam, spoke on Monday. \u201cThe dam is ours,\u201d Tadesse said.', [
      { name: 'Tadesse Gebremariam', type: 'person', aliases: ['Tadesse'] },
    ]],
    ['Among the dead was Wanjiru Kamau, 62. \u201cWe waited six years,\u201d said Otieno, Wanjiru\'s son.', [
      { name: 'Wanjiru Kamau', type: 'person', aliases: ['Wanjiru'] },
    ]],
    ['Police named the driver as Timothy Matthew Weiser, 41. Tim Weiser had no record.', [
      { name: 'Timothy Matthew Weiser', type: 'person', aliases: ['Tim Weiser'] },
    ]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
});

describe('actors: two people, one surname', () => {
  it('a relative named with a role and no known first name keeps her own name', () => {
    const text = 'Donald Pryce spoke in Ohio. Ivanka Pryce, the nominee\u2019s eldest daughter, noted the rule. On Tuesday, Pryce left the stage.';
    const actors = actorsOf(text);
    const donald = byName(actors, 'Donald Pryce');
    const ivanka = byName(actors, 'Ivanka Pryce');
    expect(donald.aliases).toContain('Pryce');
    expect(ivanka.aliases).not.toContain('Pryce');
    expect(ivanka.roles).toEqual(['nominee\u2019s eldest daughter']);
    expect(donald.roles).toEqual([]);
  });
  it('the bare surname goes to the first named in full, not to a name met before with capitals only', () => {
    const text = 'Lawyers for Elian Ramos met on Monday. The boy\u2019s father, Juan Miguel Ramos, wrote a letter. Ramos said he wanted his son back.';
    const actors = actorsOf(text);
    expect(byName(actors, 'Juan Miguel Ramos').aliases).toContain('Ramos');
  });
  it('"Mrs." left on a shared surname joins the person named first', () => {
    const text = 'Hillary Rodwell spoke after President Bill Rodwell. Mrs. Rodwell had been criticised in coal country.';
    const actors = actorsOf(text);
    expect(actors.filter((a) => a.name.endsWith('Rodwell')).length).toBe(2);
  });
});

describe('actors: names that stay apart', () => {
  const apart: Array<[string, string, string]> = [
    // two first names of one row only by the surname
    ['Claire Whitfield won the seat. Her brother, Graham Whitfield, holds a stake.', 'Claire Whitfield', 'Graham Whitfield'],
    // two different middles are two people (father and son)
    ['George H. Walker met George W. Walker on Monday.', 'George H. Walker', 'George W. Walker'],
    // a familiar form of another name is no variant ("Bill" is not Robert)
    ['Robert Hale said yes. Bill Hale said no.', 'Robert Hale', 'Bill Hale'],
  ];
  for (const [text, a, b] of apart) {
    it(text, () => {
      const actors = actorsOf(text);
      expect(byName(actors, a).id).not.toBe(byName(actors, b).id);
    });
  }
});
