// Actors: the open classes of the sixth held-out set (fixtures/blind6-*): bodies named in lower
// case, "X and Y party" as one name, a portfolio inside a minister's title, a state named in lower
// case, an unnamed source that only owns a title, and a name an aside gives the person described.

import { describe, expect, it } from 'vitest';
import { actorsOf, expectActors, type ExpectedActor } from './helpers/extracted.js';

describe('actors: the sixth held-out set', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    // lower-case bodies: an administration, a committee, a party's leadership
    ['The regional military administration said three people were hurt.', [{ name: 'regional military administration', type: 'organization' }]],
    ['Tomasz Nowicki, who chairs the Sejm\u2019s energy committee, said it had met.', [
      { name: 'Sejm', type: 'organization' },
      { name: 'energy committee', type: 'organization' },
    ]],
    ["The party's leadership said it would appeal.", [{ name: "The party's leadership", type: 'unnamed' }]],
    // the later short form is the same body
    ['Ivan Petrenko heads the Donetsk regional military administration. Two died, according to the regional administration.', [
      // (named with its place since BLIND15 A3, as blind6's gold names it)
      { name: 'Donetsk regional military administration', type: 'organization', aliases: ['regional administration'] },
    ]],
    // "X and Y party" is one name
    ['The opposition Freedom and Solidarity party voted against the bill.', [{ name: 'Freedom and Solidarity', type: 'organization' }]],
    ['The Peace and Unity alliance said it would abstain.', [{ name: 'Peace and Unity', type: 'organization' }]],
    // a portfolio is the title's: the name follows it
    ['Minister for Enterprise Peter Burke said jobs had grown.', [{ name: 'Peter Burke', type: 'person', roles: ['Minister for Enterprise'] }]],
    ['Minister of State for Further and Higher Education Niall Collins spoke later.', [{ name: 'Niall Collins', type: 'person' }]],
    // a state named in lower case
    ['The workers were seized near the town of Birnin Gwari in Kaduna state.', [{ name: 'Kaduna state', type: 'location' }]],
    // a name an aside gives is the described person's alias
    ['A Ukrainian soldier fighting near Pokrovsk, who gave only his call sign, Kit, said the infantry were advancing.', [
      { name: 'A Ukrainian soldier', type: 'unnamed', aliases: ['Kit'] },
    ]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
});

describe('actors: the sixth held-out set, no actor', () => {
  it.each([
    ['The Minister for Finance, Paschal Donohoe, said the budget was balanced.', 'Finance'],
    ['At a news conference, the state police commissioner, Ibrahim Sule, said the men were freed.', 'state police'],
    ['The Republican and Democratic party leaders met on Monday.', 'Republican and Democratic'],
    ['The UN refugee agency, UNHCR, said it was saddened.', 'refugee agency'],
    ['Reno rejected a Florida state court order on Tuesday.', 'Florida state'],
    ['He criticised the communist leadership for years.', 'communist leadership'],
    ['The Battleground state polls were close.', 'Battleground state'],
  ])('%s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
  it('the call sign is no actor of its own', () => {
    const names = actorsOf('A soldier, who gave only his call sign, Kit, said the shelling went on.').map((a) => a.name);
    expect(names).not.toContain('Kit');
  });
});

describe('actors: the seventh held-out set', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    ['Pacific Gas and Electric Co. said one of its lines had an outage.', [{ name: 'Pacific Gas and Electric Co.', type: 'organization' }]],
    ['The Dutch team Solvane-Kortex said in a statement that the rider had died.', [{ name: 'Solvane-Kortex', type: 'organization' }]],
    ['Fans laid flowers in his hometown of Geraardsbergen on Monday.', [{ name: 'Geraardsbergen', type: 'location' }]],
    ['The boat sank about 40 nautical miles south of Lampedusa.', [{ name: 'Lampedusa', type: 'location' }]],
    ['His former coach, Koen De Smet, said he was fearless. De Smet said he never complained.', [{ name: 'Koen De Smet', type: 'person', aliases: ['De Smet'] }]],
    ['The Italian coastguard rescued 46 people on Tuesday night, the coastguard said.', [{ name: 'Italian coastguard', type: 'organization', aliases: ['coastguard'] }]],
    ['Council member Jordan Pike voted against it. Pike said the closures were unfair.', [{ name: 'Jordan Pike', type: 'person', aliases: ['Pike'] }]],
    ['The Bellingham City Council voted 7-2. The Council will meet again in May.', [{ name: 'Bellingham City Council', type: 'organization', aliases: ['Council'] }]],
    ['PAU, France (AP) — A rider died on Monday, race organizers said.', [{ name: 'PAU', type: 'location' }]],
    ['The court sided with NetChoice, a trade association whose members include Meta.', [{ name: 'NetChoice', type: 'organization' }]],
    ['Council members Rafael Ortiz and Jordan Pike voted against it.', [{ name: 'Jordan Pike', type: 'person' }]],
    ["Of 64 speakers, 61 opposed the plan, according to the city clerk's office.", [{ name: "city clerk's office", type: 'organization' }]],
    ['The union asked organizers to pad walls on fast bends in the Pyrenees.', [{ name: 'Pyrenees', type: 'location' }]],
    ['Friends of the Bellingham Public Library said it would collect signatures.', [{ name: 'Friends of the Bellingham Public Library', type: 'organization' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
  it('a numbered stage is no actor', () => {
    expect(actorsOf('He crashed during Stage 14 of the race.').map((a) => a.name)).not.toContain('Stage');
  });
});
