import { describe, expect, it } from 'vitest';
import { actorsOf, byName, expectActors, type ExpectedActor } from './helpers/extracted.js';

type Expected = ExpectedActor;

describe('actors: names, types, aliases, roles', () => {
  const cases: Array<[string, Expected[]]> = [
    // titles before a name are roles; the title's country is the affiliation
    ['US President Donald Trump said the talks would go on.', [
      { name: 'Donald Trump', type: 'person', roles: ['US President'], affiliation: 'US' },
      { name: 'US', type: 'location' },
    ]],
    ['Afghan Defense Minister Mullah Yaqub spoke on Tuesday.', [
      { name: 'Mullah Yaqub', type: 'person', roles: ['Afghan Defense Minister'] },
    ]],
    // a lowercase role before the name
    ['Security analyst Farida Noorzai said the plan would fail.', [
      { name: 'Farida Noorzai', type: 'person', roles: ['Security analyst'] },
    ]],
    // appositives
    ['Karim Haddad, a former Brookings Institution fellow, said the deal was fragile.', [
      { name: 'Karim Haddad', type: 'person', roles: ['former Brookings Institution fellow'] },
      { name: 'Brookings Institution', type: 'organization' },
    ]],
    ['The delegation is led by Haji Rahmat, deputy finance minister for revenue.', [
      { name: 'Haji Rahmat', type: 'person', roles: ['deputy finance minister for revenue'] },
    ]],
    // surname → full name
    ['Journalist Amina Diallo said the vote was close. Later, Diallo said she was wrong.', [
      { name: 'Amina Diallo', type: 'person', aliases: ['Diallo'], roles: ['Journalist'] },
    ]],
    // acronym after its expansion, and used alone later
    ['The National Liberation Front (NLF) denied it. The NLF has 300 fighters.', [
      { name: 'National Liberation Front', type: 'organization', aliases: ['NLF'] },
    ]],
    // acronym formed from initials, with no brackets
    ['The Coastal Research Institute published data. CRI said losses were high.', [
      { name: 'Coastal Research Institute', type: 'organization', aliases: ['CRI'] },
    ]],
    // bracketed aliases and an armed group from the CAMEO list
    ["Daesh's (ISIL or ISIS) fighters attacked. The Taliban denied any role.", [
      { name: 'Daesh', type: 'organization', aliases: ['ISIL', 'ISIS'] },
      { name: 'Taliban', type: 'organization' },
    ]],
    // demonym + group = the group
    ['The Afghan Taliban rejected the plan. The Taliban said so in Afghanistan on Monday.', [
      { name: 'Taliban', type: 'organization', aliases: ['Afghan Taliban'], affiliation: 'Afghanistan' },
    ]],
    // capital acting as the government → the country
    ['Islamabad accuses Kabul of sheltering militants. Pakistan and Afghanistan met in Doha.', [
      { name: 'Pakistan', type: 'location', aliases: ['Islamabad'] },
      { name: 'Afghanistan', type: 'location', aliases: ['Kabul'] },
      { name: 'Doha', type: 'location' },
    ]],
    // a capital as a place stays a place
    ['Talks were held in Moscow. Russia said they went well.', [
      { name: 'Moscow', type: 'location' },
      { name: 'Russia', type: 'location' },
    ]],
    // possessive country → affiliation
    ["Kenya's Ruth Wanjiru said the budget was late.", [
      { name: 'Ruth Wanjiru', type: 'person', affiliation: 'Kenya' },
    ]],
    // organisation and place by the shape of the name
    ['The Armed Conflict Location & Event Data Project counted 600 attacks in Khyber Pakhtunkhwa province.', [
      { name: 'Armed Conflict Location & Event Data Project', type: 'organization' },
      { name: 'Khyber Pakhtunkhwa', type: 'location' },
    ]],
    ['The Ministry of Health said 12 people had died in Kasese district.', [
      { name: 'Ministry of Health', type: 'organization' },
      { name: 'Kasese', type: 'location' },
    ]],
    // hyphenated names stay whole
    ['The Tehreek-e-Taliban Pakistan claimed the attack.', [
      { name: 'Tehreek-e-Taliban Pakistan', type: 'organization' },
    ]],
    // a first name alone, after the full name
    ['Hillary Clinton spoke first. Later, Hillary said the plan was sound.', [
      { name: 'Hillary Clinton', type: 'person', aliases: ['Hillary'] },
    ]],
    // a party label in brackets is no alias of a person
    ['Gov. Mike Pence (R-IN) said the race was close.', [{ name: 'Mike Pence', type: 'person', roles: ['Gov.'] }]],
    // a surname that is also a country's name
    ['Prime Minister Luis Montenegro won. Montenegro told supporters he would govern.', [
      { name: 'Luis Montenegro', type: 'person', aliases: ['Montenegro'], roles: ['Prime Minister'] },
    ]],
    // initials and short titles with a full stop stay inside the run
    ['Singer Mary J. Blige said she would vote.', [{ name: 'Mary J. Blige', type: 'person', roles: ['Singer'] }]],
    ['Republican Indiana Gov. Mike Pence said the race was close.', [{ name: 'Mike Pence', type: 'person', roles: ['Republican Indiana Gov.'] }]],
    ['Voters in Port St. Lucie said they were tired.', [{ name: 'Port St. Lucie', type: 'location' }]],
    // a party word before a person's first name is a role, not part of the name
    ['Later, Republican Donald Trump said he would win.', [{ name: 'Donald Trump', type: 'person', roles: ['Republican'] }]],
    // a dateline's agency is no alias of the city
    ['WASHINGTON (AP) — The Associated Press said the vote was close.', [
      { name: 'WASHINGTON', type: 'location' },
      { name: 'Associated Press', type: 'organization', aliases: ['AP'] },
    ]],
    // a command opening a sentence: the name starts after it
    ['Follow Baqir Syed on Twitter for updates.', [{ name: 'Baqir Syed', type: 'person' }]],
    // US with full stops
    ['The U.S. Embassy said U.S. citizens should leave.', [{ name: 'U.S.', type: 'location' }]],
  ];
  for (const [text, expected] of cases) it(text, () => expectActors(text, expected, true));
});

describe('actors: unnamed sources', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Pakistani security sources said the session ran long. Pakistan agreed.', 'Pakistani security sources', 'Pakistan'],
    ['One official told reporters the talks had stalled.', 'One official', null],
    ['Afghan officials accused Pakistan of bad faith. Afghanistan denied it.', 'Afghan officials', 'Afghanistan'],
    ['But analysts warn that mistrust remains.', 'analysts', null],
    ['The strike was popular, local media reported.', 'local media', null],
    ['A senior commander said the unit had withdrawn.', 'A senior commander', null],
    ['Witnesses said the convoy was hit twice.', 'Witnesses', null],
    // groups with what they stand for, and a people in the plural as the speaker
    ['Rights groups said the police had used live rounds.', 'Rights groups', null],
    ['Many Kenyans say the new levy is unfair. Kenya’s parliament passed it.', 'Many Kenyans', 'Kenya'],
    // the noun for a people, where it is not the adjective ("Britons", not "British")
    ['Most Britons believe the levy is unfair.', 'Most Britons', null],
  ];
  for (const [text, name, affiliation] of cases) {
    it(text, () => {
      const actors = actorsOf(text);
      const a = byName(actors, name);
      expect(a.type).toBe('unnamed');
      expect(a.affiliation ? actors.find((x) => x.id === a.affiliation)?.name : null).toBe(affiliation);
    });
  }
  it('forms that differ only in case are one form, not an alias', () => {
    const a = byName(actorsOf('But analysts warn that mistrust remains. Analysts said the talks would fail.'), 'analysts');
    expect(a.aliases).toEqual([]);
    expect(a.mentions).toHaveLength(2);
  });
});

describe('actors: false positives stay untagged', () => {
  const cases: Array<[string, string]> = [
    ['Formed in 2007, the group has waged an insurgency.', 'Formed'],
    ['Citing officials, the paper reported further attempts.', 'Citing'],
    ['Cross-border skirmishes have killed soldiers.', 'Cross-border'],
    ['If the leader issues an edict declaring Jihad, many will join.', 'Jihad'],
    ['The talks resumed on Monday after a pause in October.', 'Monday'],
    ['Many young Afghans could join the fight.', 'Afghans'],
    ['The Afghan side is led by a deputy minister.', 'Afghan'],
    ['Regional powers including Central Asian states have urged restraint.', 'Central Asian'],
    ['Officials were killed in the blast.', 'Officials'],
    // a people in the plural only as the speaker; "groups" only with a qualifier, never "groups of"
    ['Two Kenyans were hurt in the crash, officials said.', 'Two Kenyans'],
    ['Two groups of men argued outside, a witness said.', 'Two groups'],
    ['Armed groups attacked the village, residents said.', 'Armed groups'],
    ['Recent attacks have killed soldiers.', 'Recent'],
    ['“I’m going to read you the question,” he said.', 'I’m'],
    ['WALLACE: Let me ask you about the debate.', 'WALLACE'],
    ['WALLACE: Let me ask you about the debate.', 'Let'],
    ['Gov. Mike Pence (R-IN) said the race was close.', 'R-IN'],
    ['The law, known as House Bill 18, was signed in June.', 'House Bill'],
    ['Turnout rose to 64 percent, officials said.', 'Turnout'],
    ['Supporters posted #MaryJBlige and #ImWithHer all night, organisers said.', 'MaryJBlige'],
    ['Neither Clinton nor her aides would comment, officials said.', 'Neither Clinton'],
    ['Stealth Over Health: Senator Was Headed to Hospital But Diverted.', 'Stealth Over Health'],
    // a command opening a sentence is no part of the name after it
    ['Follow Baqir Syed on Twitter for updates.', 'Follow Baqir Syed'],
    ['Contact Ines Varga at the press office, the statement said.', 'Contact Ines Varga'],
  ];
  for (const [text, word] of cases) {
    it(`${word} in: ${text}`, () => {
      const actors = actorsOf(text);
      const texts = actors.flatMap((a) => a.mentions.map((m) => m.text));
      expect(texts).not.toContain(word);
    });
  }
  it('a heading names nothing unless a lexicon or the body knows the name', () => {
    const text = 'Talks Stumble As Mistrust Deepens In Pakistan\n\nA Fraught Relationship\n\nThe talks stalled. Pakistan said so.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toEqual(['Pakistan']);
  });
});

describe('actors: mentions', () => {
  it('every mention is a true span with a rule, and possessives are not part of it', () => {
    const text = "Pakistan’s Khawaja Asif met Afghanistan's envoy. Asif said the Pakistan-Afghanistan border would stay open.";
    const actors = actorsOf(text);
    const pakistan = byName(actors, 'Pakistan');
    expect(pakistan.mentions.map((m) => m.text)).toEqual(['Pakistan', 'Pakistan']);
    expect(byName(actors, 'Khawaja Asif').mentions.map((m) => m.text)).toEqual(['Khawaja Asif', 'Asif']);
    for (const a of actors) for (const m of a.mentions) expect(m.rule).toMatch(/^actors\/[a-z-]+$/);
  });
  it('ids follow the first mention', () => {
    const actors = actorsOf('Ghana and Togo signed. Togo said Ghana agreed.');
    expect(actors.map((a) => [a.id, a.name])).toEqual([['A1', 'Ghana'], ['A2', 'Togo']]);
  });
});

describe('actors: --lexicon entries', () => {
  it('a user entity wins over the rules, with its aliases', () => {
    const lexicon = 'entities:\n  - name: Green Valley Trust\n    type: organization\n    aliases: [GVT]\n';
    const actors = actorsOf('Green Valley Trust said the water was safe. GVT will test again.', lexicon);
    const a = byName(actors, 'Green Valley Trust');
    expect(a.type).toBe('organization');
    expect(a.aliases).toContain('GVT');
    expect(a.mentions.every((m) => m.rule === 'actors/user-lexicon')).toBe(true);
  });
});
