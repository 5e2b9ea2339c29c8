// Claim shapes of the fourteenth session (ATTR12). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { type ClaimRow, claimsOf, expectClaim } from './helpers/extracted.js';

describe('claims: a verb of aspect before a cue with its particle', () => {
  const rows: ClaimRow[] = [
    ['Protesters continued to call for the release of the footage.', 'the release of the footage', 'Protesters', 'call for'],
    ['Residents began to call for an inquiry into the fire.', 'an inquiry into the fire', 'Residents', 'call for'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));

  // a cue without its particle after a verb of aspect reports nothing
  it.each([
    'A powerful storm continues to maintain its grip on the coast.',
    'Police continue to seek a motive.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: participles that make no claim, and a fused pronoun as subject', () => {
  it('a past participle after the object of a relative clause’s verb is a passive modifier', () => {
    const claims = claimsOf('The ad lists four cases in which the lawyer defended people accused of theft or fraud.');
    expect(claims.filter((c) => c.cue?.text === 'accused')).toEqual([]);
  });
  it('an object relative before the cue still makes its subject the accuser', () => {
    const claims = claimsOf('The man whom police accused of the theft was released.');
    expect(claims.filter((c) => c.cue?.text === 'accused').map((c) => c.source?.text)).toEqual(['police']);
  });
  it('"goes without saying" is an idiom', () => {
    expect(claimsOf('It goes without saying that the plan will cost more than expected.').filter((c) => c.source)).toEqual([]);
  });
  it('the pronoun of "He’s" is the sentence subject', () => {
    expectClaim(['He’s been investigated by regulators for falsely promoting diet pills.', 'diet pills', 'He', 'promoting']);
    expectClaim(['She’s been criticized for saying that the levy was unfair.', 'the levy was unfair', 'She', 'saying']);
  });
});

describe('claims: a view given with "as" after a figure', () => {
  const rows: ClaimRow[] = [
    ['The fact-checkers rated 40% of the senator’s claims as false.', '40% of the senator’s claims as false', 'The fact-checkers', 'rated'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
});

describe('claims: a participle joined by "and" to an earlier one', () => {
  const rows: ClaimRow[] = [
    ['The mayor spoke for an hour, praising the police and saying that crime had fallen.', 'crime had fallen', 'The mayor', 'saying'],
    ['The senator defended the bill, citing its costs and warning that delays would hurt farmers.', 'delays would hurt farmers', 'The senator', 'warning'],
    ['The two mayors traded barbs, each touting their record and saying the other lacks a plan.', 'the other lacks a plan', 'The two mayors', 'saying'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
  it('the first participle’s content ends before the "and"', () => {
    expectClaim(['The mayor spoke for an hour, praising the police and saying that crime had fallen.', 'the police', 'The mayor', 'praising']);
  });
  it('a progressive joined by "and" reports nothing', () => {
    expect(claimsOf('Police are investigating and asking anyone with information to call.').filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a relative "that" after a plural noun', () => {
  it('the relative pronoun is the source, its antecedent the phrase before it', () => {
    const claims = claimsOf('The law is opposed by dozens of towns that support the new limits.');
    const c = claims.find((x) => x.cue?.text === 'support');
    expect(c?.text).toBe('the new limits');
    expect(c?.source?.text).toBe('that');
  });
  it('a past cue after "that" too', () => {
    const claims = claimsOf('The court sided with technology groups that argued the measure violated free speech.');
    expect(claims.find((x) => x.cue?.text === 'argued')?.text).toBe('the measure violated free speech');
  });
  it('a determiner "that" is no relative', () => {
    expect(claimsOf('That support was crucial for the mayor.').filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: the sentence subject ends at its verb, irregular pasts included', () => {
  const rows: ClaimRow[] = [
    ['The council met on Monday and said the budget would be cut.', 'the budget would be cut', 'The council', 'said'],
    ['The board met for three hours and agreed that the fees were too high.', 'the fees were too high', 'The board', 'agreed'],
    ['The Miami relatives took the boy to the beach and said they would appeal.', 'they would appeal', 'The Miami relatives', 'said'],
    ['A group of doctors in 2015 sent a letter, calling for his dismissal.', 'his dismissal', 'A group of doctors', 'calling for'],
    ['Bush then went on television, saying the troops would stay.', 'the troops would stay', 'Bush', 'saying'],
    ['Central European leaders who met in Prague issued a statement, warning that the union was weak.', 'the union was weak', 'Central European leaders', 'warning'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
});

describe('claims: a telling after a coordinator', () => {
  const rows: ClaimRow[] = [
    ['The minister flew to Paris and told reporters that talks had failed.', 'talks had failed', 'The minister', 'told'],
    ['He visited the school and told pupils he would return.', 'he would return', 'He', 'told'],
    ['She opened the door and told him to leave.', 'to leave', 'She', 'told'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
  it('a story told is no statement', () => {
    expect(claimsOf('He visited the school and told a story about his youth.').filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: an owner opening the sentence is no subject; what it owns is', () => {
  const rows: ClaimRow[] = [
    ['Scott’s relatives, including his wife, watched the videos on Thursday and said they had more questions than answers.', 'they had more questions than answers', 'Scott’s relatives', 'said'],
    ['Denmark’s defence minister, Lars Holm, on Thursday denied the report, saying it was false.', 'it was false', 'Lars Holm', 'saying'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
});

describe('claims: a cue coordinated inside a "who" clause', () => {
  it('the relative pronoun is the source, its antecedent the actor', () => {
    const claims = claimsOf('Police met the protesters, who had marched to city hall and called for the footage to be released.');
    const c = claims.find((x) => x.cue?.text === 'called for');
    expect(c?.text).toBe('the footage to be released');
    expect(c?.source?.text).toContain('protesters');
  });
});

describe('claims: a fused pronoun before an intention’s perfect, and a relative clause opened by a dash', () => {
  it('"he’s sought to" is a perfect, "he’s expected to" a passive', () => {
    expectClaim(['And while the mayor has railed against the tax, he’s sought to protect breaks for builders.', 'to protect breaks for builders', 'he', 'sought']);
    expect(claimsOf('He’s expected to announce his decision on Monday.').filter((c) => c.source)).toEqual([]);
  });
  it('"X — who’s called for…" speaks through its antecedent', () => {
    const claims = claimsOf('It is a major issue, with Senator Ruiz — who’s called for big tax hikes on the rich — attacking the plan.');
    expect(claims.find((c) => c.cue?.text === 'called for')?.text).toBe('big tax hikes on the rich');
  });
});

describe('claims: "made (it) clear" is a statement', () => {
  const rows: ClaimRow[] = [
    ['The commissioner made it clear that the agency had followed its policy.', 'the agency had followed its policy', 'The commissioner', 'made it clear'],
    ['The bank has made clear it expects the economy to slow.', 'it expects the economy to slow', 'The bank', 'made clear'],
    ['The judge made it very clear that the family has only 14 days.', 'the family has only 14 days', 'The judge', 'made it very clear'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
  it.each(['She made a cake for the party.', 'He made it to the final.', 'Police made repeated loud commands to drop the knife.'])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a clause opens on no preposition', () => {
  it.each([
    'A memorial service planned at the university for Saturday was canceled.',
    'Nails found in the clinic were identical to those in the shed.',
    'A man wanted for three carjackings was taken into custody on Monday.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
  it('an infinitive still follows a cue', () => {
    const claims = claimsOf('Miami exiles continued to vow they would block any attempt to take the boy.');
    expect(claims.filter((c) => c.source).map((c) => c.source?.text)).toContain('Miami exiles');
  });
});

describe('claims: a participle after a negated "be" is passive', () => {
  it.each(['The bugs aren’t expected to hurt Intel.', "He isn't expected to attend the summit."])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: "everything X says is…" makes no claim of X', () => {
  it.each(['We don’t care. Everything the senator says is a lie.', 'Nothing he said was true.'])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
  it('"what X said was Y" still reports Y', () => {
    expect(claimsOf('The pair wore what police said was tactical gear.').filter((c) => c.source).map((c) => c.source?.text)).toEqual(['police']);
  });
});

describe('claims: a degree word before an adverb is no part of the subject', () => {
  it('"as you very aptly pointed out"', () => {
    const c = claimsOf('The same way, as you very aptly pointed out, people jumped to conclusions.').find((x) => x.cue?.text === 'pointed out');
    expect(c?.source?.text).toBe('you');
  });
});

describe('claims: a counted thing’s participle before a time is no cue (BLIND12 C4)', () => {
  it.each(['Officials are investigating 14 cases reported since Friday.', 'Police are looking into three thefts reported over the weekend.'])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
  it('people counted still speak', () => {
    expectClaim(['Three witnesses said on Monday that the car was red.', 'the car was red', 'Three witnesses', 'said']);
  });
});

describe('claims: a ruling for a party names no finding (BLIND12 C7)', () => {
  it.each([
    'A district court judge had ruled for the state in the spring of 2024, and the appeals court upheld that decision.',
    'The judge ruled against the company in May.',
    'The region, which they ruled for hundreds of years, is poor.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.cue?.text === 'ruled')).toEqual([]);
  });
  it('"ruled that…" reports', () => {
    expectClaim(['The court ruled that the law was unconstitutional.', 'the law was unconstitutional', 'The court', 'ruled']);
  });
});

describe('claims: a number inside the subject is part of it (BLIND12 C5, first half)', () => {
  it('"The 4-3 decision"', () => {
    const c = claimsOf('The 4-3 decision sided with the school districts, arguing that the system left poorer districts behind.').find((x) => x.cue?.text === 'arguing');
    expect(c?.source?.text).toBe('The 4-3 decision');
  });
});

describe('claims: an age inside a "whose" clause before the cue (BLIND12 C1)', () => {
  const rows: ClaimRow[] = [
    ['Rosalinda Cruz, whose son Jomar, 26, is the ship’s third engineer, said she had last spoken to him on Saturday night.', 'she had last spoken to him on Saturday night', 'Rosalinda Cruz', 'said'],
    ['Maria Lopez, whose husband Carlos, 41, works on the rig, said she had not heard from him.', 'she had not heard from him', 'Maria Lopez', 'said'],
    ['Schiff, 56, who has served on the committee, told reporters the vote would fail.', 'the vote would fail', 'Schiff', 'told'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
});

describe('claims: a share of those a finding counts speaks inside it (BLIND12 C3)', () => {
  it('one "found" claim through the end', () => {
    const claims = claimsOf('The poll found the mayor leading by 22 points among voters under 35, but only about half of them said they were certain to vote.').filter((c) => c.source);
    expect(claims.map((c) => [c.cue?.text, c.text])).toEqual([['found', 'the mayor leading by 22 points among voters under 35, but only about half of them said they were certain to vote']]);
  });
  it('another source after "but" still speaks for itself', () => {
    const claims = claimsOf('The poll found the mayor leading among renters, but officials said the numbers were unreliable.').filter((c) => c.source);
    expect(claims.map((c) => c.source?.text)).toEqual(['The poll', 'officials']);
  });
});

describe('claims: "posted" beside a quotation or before "that" (BLIND12 C8)', () => {
  it('after a quotation', () => {
    const c = claimsOf('“We will win,” the senator posted on X.').find((x) => x.kind === 'quote');
    expect(c?.cue?.text).toBe('posted');
    expect(c?.source?.text).toBe('the senator');
  });
  it('before "that"', () => {
    expectClaim(['The mayor posted on Facebook that the road would reopen.', 'the road would reopen', 'The mayor', 'posted']);
  });
  it.each(['The company posted a loss of 3 million dollars.', 'Police posted officers at the gate.', 'He was released after he posted bail.'])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: "ruled on Friday that…" still reports', () => {
  it('a setting after "ruled" is no party', () => {
    expectClaim(['A divided state supreme court ruled on Friday that the way the state pays for its schools violates the constitution.', 'the way the state pays for its schools violates the constitution', 'A divided state supreme court', 'ruled']);
  });
});

describe('claims: a payment demanded is an act, no statement (BLIND12 C2)', () => {
  it('the said-content runs on through "and demanded a ransom"', () => {
    const claims = claimsOf('Halcyon said the hijackers had called the company on Monday evening and demanded a ransom.').filter((c) => c.source);
    expect(claims.map((c) => [c.cue?.text, c.text])).toEqual([['said', 'the hijackers had called the company on Monday evening and demanded a ransom']]);
  });
  it('a demand that says something is still a claim', () => {
    expectClaim(['The union demanded that the plant stay open.', 'the plant stay open', 'The union', 'demanded']);
  });
});

describe('claims: a handle is part of the subject', () => {
  it('"As one Twitter user @nycsouthpaw pointed out, …"', () => {
    const c = claimsOf('As one Twitter user @citywatch pointed out with a side-by-side, the gap between the two plans is vast.').find((x) => x.cue?.text === 'pointed out');
    expect(c?.source?.text).toBe('one Twitter user @citywatch');
    expect(c?.text).toBe('the gap between the two plans is vast');
  });
});

describe('claims: an "-ing" noun after an article heads its subject', () => {
  const rows: ClaimRow[] = [
    ['The ruling said the law was void.', 'the law was void', 'The ruling', 'said'],
    ['The briefing noted that the plan was late.', 'the plan was late', 'The briefing', 'noted'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
});

describe('claims: dashes around an aside', () => {
  it('a spaced hyphen is no part of the subject', () => {
    const c = claimsOf('He leaves an aggressive - some say unrealistic - pledge to cut emissions.').find((x) => x.cue?.text === 'say');
    expect(c?.source?.text).toBe('some');
  });
  it.each(['Williams — a police officer and candidate for mayor — said he heard 42 gunshots.', 'Williams - a police officer and candidate for mayor - said he heard 42 gunshots.'])('an apposition between dashes: %s', (text) => {
    expectClaim([text, 'he heard 42 gunshots', 'Williams', 'said']);
  });
});
