// Actors: precision on unseen text (ACTORS5). Streets, towns before a US state, companies by
// their legal form or industry word, plural role nouns that speak; and words that name no actor:
// faiths and peoples, a news site's page furniture, a headline's title case, lone letters.

import { describe, expect, it } from 'vitest';
import { actorsOf, expectActors, type ExpectedActor } from './helpers/extracted.js';

describe('actors: typed by their words or their place', () => {
  const cases: Array<[string, ExpectedActor[]]> = [
    // a street's last word
    ['The man was found on Selig Drive near Abbot Lane on Friday.', [
      { name: 'Selig Drive', type: 'location' }, { name: 'Abbot Lane', type: 'location' },
    ]],
    ['Officers closed South Crenshaw Boulevard and Miller Park Way.', [
      { name: 'South Crenshaw Boulevard', type: 'location' }, { name: 'Miller Park Way', type: 'location' },
    ]],
    // a town no lexicon knows before a comma and a state
    ['The company is based in Waltham, Mass., and also has a plant outside Peoria, Ill.', [
      { name: 'Waltham', type: 'location' }, { name: 'Peoria', type: 'location' },
    ]],
    ['The Wilmington, Mass., garment company raised its dividend.', [{ name: 'Wilmington', type: 'location' }]],
    ['A fire broke out in Charlotte, N.C., on Sunday.', [{ name: 'N.C.', type: 'location' }]],
    // legal forms of Europe, industry words, banks named like people
    ['Montedison S.p.A. bought Erbamont N.V. from Dresdner Bank AG and Esselte AB.', [
      { name: 'Montedison S.p.A.', type: 'organization' }, { name: 'Erbamont N.V.', type: 'organization' },
      { name: 'Dresdner Bank AG', type: 'organization' }, { name: 'Esselte AB', type: 'organization' },
    ]],
    ['Shares of Peabody Energy fell while Sansui Electric rose.', [
      { name: 'Peabody Energy', type: 'organization' }, { name: 'Sansui Electric', type: 'organization' },
    ]],
    // a trade noun a headline capitalises is no part of the name (was a person 'Carmaker Voltra')
    ['Carmaker Voltra agrees takeover of battery startup', [{ name: 'Voltra', type: 'organization' }]],
    // the plural "Chiefs of Staff" is one body, without its acronym too (was 'Joint Chiefs' + person 'Staff')
    ['The Joint Chiefs of Staff said the missile flew 700 km.', [{ name: 'Joint Chiefs of Staff', type: 'organization' }]],
    // a utility: "X Electric Power" (was a person)
    ['Tohoku Electric Power said about 23,000 households lost power.', [{ name: 'Tohoku Electric Power', type: 'organization' }]],
    ['Morgan Stanley and Bear Stearns advised on the deal.', [
      { name: 'Morgan Stanley', type: 'organization' }, { name: 'Bear Stearns', type: 'organization' },
    ]],
    ['Anyone with information should call Crime Stoppers.', [{ name: 'Crime Stoppers', type: 'organization' }]],
    // an organisation's word before "of" inside the name; a dwelling after "a" and a name
    ['The Port Authority of New York and New Jersey said the tunnel reopened.', [
      { name: 'Port Authority of New York and New Jersey', type: 'organization' },
    ]],
    ['The fire destroyed a Dorchester triple-decker in 2021.', [{ name: 'Dorchester', type: 'location' }]],
    // national bodies, airlines, parties whose names hold no "party"
    ['Jobs were created at IDA Ireland and Enterprise Ireland, the agencies said.', [
      { name: 'IDA Ireland', type: 'organization' }, { name: 'Enterprise Ireland', type: 'organization' },
    ]],
    ['Michael Jordan visited Mainland China.', [{ name: 'Michael Jordan', type: 'person' }]],
    ['A Sriwijaya Air jet crashed, and Trans Nusantara Airlines Flight TN742 went down.', [
      { name: 'Sriwijaya Air', type: 'organization' }, { name: 'Trans Nusantara Airlines', type: 'organization' },
    ]],
    ['Sinn Féin said the figure was wrong. The opposition Law and Justice party voted against.', [
      { name: 'Sinn Féin', type: 'organization' }, { name: 'Law and Justice', type: 'organization' },
    ]],
    // a title word before an organisation's word alone is the organisation's ("General" is no rank here)
    ["Ukraine's General Staff said 1,040 soldiers were lost.", [{ name: 'General Staff', type: 'organization' }]],
    ['The FBI and Justice Department declined to comment.', [
      { name: 'FBI', type: 'organization' }, { name: 'Justice Department', type: 'organization' },
    ]],
    // a place before ", who" is not who
    ['A soldier fighting near Pokrovsk, who gave only his call sign, said the line held.', [{ name: 'Pokrovsk', type: 'location' }]],
    ['Shares of Dominion Resources, British Gas and Federated Investors rose.', [
      { name: 'Dominion Resources', type: 'organization' }, { name: 'British Gas', type: 'organization' },
      { name: 'Federated Investors', type: 'organization' },
    ]],
    // a plural role noun that opens a sentence and speaks is an unnamed source
    ['Detectives said the victim knew his attacker.', [{ name: 'Detectives', type: 'unnamed' }]],
    // a first name alone is a person's
    ['"You know, I love Larry," he said.', [{ name: 'Larry', type: 'person' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expectActors(text, expected);
    });
  }
  it('a participle clause after a place is no role of it', () => {
    expectActors('A plane overran the runway at Oksibil, killing three of the 14 people on board.', [{ name: 'Oksibil', type: 'location' }], true);
  });
  it('a first name and a surname like a street\'s word stay a person', () => {
    expectActors('Diane Lane said she would attend.', [{ name: 'Diane Lane', type: 'person' }]);
  });
  it('a person\'s initials that spell a place are not the place', () => {
    const actors = actorsOf('Officials in Washington, D.C., spoke. Diana de Cardenas, 33, was born in Cuba.');
    const diana = actors.find((a) => a.name === 'Diana de Cardenas');
    expect(diana?.type).toBe('person');
    expect(diana?.mentions.map((m) => m.text)).not.toContain('D.C.');
  });
});

describe('actors: words that name no actor', () => {
  const none: string[] = [
    'Obama said Muslims and Christians were welcome.',
    'A Hispanic man and two Latino teenagers were hurt.',
    'Polish Americans and Lithuanian Americans voted for him.',
    'Not all Cuban-Americans agree.',
    'News | Weather | Sports',
    'Breaking News: the road is closed.',
    'Copyright 2016. All Rights Reserved.',
    'Bets Are Off as the race tightens, the column said.',
    'The C$ fell against the dollar.',
    'Police said Two were hurt and One was taken to hospital.',
    // a title-cased headline with a label before its colon; a demonym in a heading
    "Fact Check: Is the Jobless Rate Really 'the Lowest in the History of the State'?",
    'Polish Lawmakers Narrowly Pass Wind Bill',
  ];
  for (const text of none) {
    it(text, () => {
      const names = actorsOf(text).filter((a) => a.type !== 'unnamed' && a.name !== 'Obama').map((a) => a.name);
      expect(names).toEqual([]);
    });
  }
  it('a middle initial is no headline word', () => {
    expectActors('Saladine A. McKinney was charged on Monday.', [{ name: 'Saladine A. McKinney', type: 'person' }]);
  });
  it('named groups keep a faith\'s word', () => {
    expectActors('The Muslim Brotherhood said it would boycott the vote.', [{ name: 'Muslim Brotherhood', type: 'organization' }]);
  });
});

describe('actors: a surname two people bear', () => {
  it('goes to the second bearer when the story has moved on to them, pages after the first', () => {
    const filler = 'The county board met again on Tuesday to discuss the road budget and the new school.\n\n'.repeat(30);
    const text = 'Reform Party candidate Gary Halloran said he would debate.\n\n' + filler +
      'Homeland Security Secretary Jed Halloran says hackers are probing state election systems.\n\nHalloran told reporters that no votes were changed.';
    const actors = actorsOf(text);
    const jed = actors.find((a) => a.name === 'Jed Halloran');
    expect(jed?.mentions.map((m) => m.text)).toContain('Halloran');
  });
  it('stays with the subject when the other is a relative named beside them', () => {
    const text = 'With the yacht behind him, Raul Castell, younger brother of President Fidel Castell, spoke.\n\n"No one gives up," Castell declared.';
    const actors = actorsOf(text);
    expect(actors.find((a) => a.name === 'Raul Castell')?.mentions.map((m) => m.text)).toContain('Castell');
  });
});

describe('actors: armed forces named in lower case', () => {
  it('a country\'s force that acts is an organisation of that country', () => {
    const actors = actorsOf("Ukraine's air force gave a different account. Ukraine's military denied the claim.");
    expect(actors.find((a) => a.name === 'air force')?.type).toBe('organization');
    expect(actors.find((a) => a.name === 'military')?.type).toBe('organization');
  });
  it('is the force named after that country', () => {
    const actors = actorsOf("Israel's military said it hit a command centre. The Israel Defense Forces (IDF) said the toll was lower.");
    const idf = actors.find((a) => a.name === 'Israel Defense Forces');
    expect(idf?.mentions.map((m) => m.text)).toContain('military');
  });
  it('is no actor where it does not act', () => {
    const names = actorsOf("The TTP would step up attacks against Pakistan's military. The military intelligence chief spoke.").map((a) => a.name);
    expect(names).not.toContain('military');
  });
});
