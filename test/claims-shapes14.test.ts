// Claim shapes of the sixteenth session (ATTR14). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { type ClaimRow, claimsOf, expectClaim, REFERENCE_DATE } from './helpers/extracted.js';

/** The name of the actor the last sourced claim with this cue links to (null: none). */
function sourceActorOf(text: string, cue: string): string | null {
  const result = extractText(text, { referenceDate: REFERENCE_DATE });
  const claim = result.claims.findLast((c) => c.cue?.text === cue);
  if (!claim?.source) throw new Error(`no sourced '${cue}' claim in ${JSON.stringify(result.claims.map((c) => c.text))}`);
  return result.actors.find((a) => a.id === claim.source!.actor)?.name ?? null;
}

describe('claims: a place before "-based" or owning the phrase is not the source (BLIND13 A8)', () => {
  it.each([
    // the organisation after "-based" speaks, not the place
    ['The Copenhagen-based Centre for Arctic Policy Research (CAPR) reported on Friday that the ice shelf had cracked.', 'reported', 'Centre for Arctic Policy Research'],
    ['The London-based Institute for Fiscal Studies said taxes would rise.', 'said', 'Institute for Fiscal Studies'],
    // an indefinite body is no body named before, nor the place
    ['Harbourline Ltd. cancelled 40 trips. A Geneva-based rights group said the trial had been unfair.', 'said', null],
    // a place that owns the phrase: none, unless the phrase is its government
    ['The Brindle Party won the vote. Moldova\'s biggest Liberal party said it would boycott the count.', 'said', null],
    ['The Brindle Party won the vote. Moldova\'s government said the count was fair.', 'said', 'Moldova'],
  ])('%s', (text, cue, actor) => {
    expect(sourceActorOf(text, cue)).toBe(actor);
  });
  it('"the X-based company" is still the company named before', () => {
    const text = 'Harbourline Ltd. cancelled 40 trips. The Halifax-based company said the harbour would reopen on Friday.';
    expect(sourceActorOf(text, 'said')).toBe('Harbourline Ltd.');
  });
});

describe('claims: "according to" a described source with its name set off (BLIND12 A12)', () => {
  const rows: ClaimRow[] = [
    // a relative clause after the name: the clause before the phrase is the content, the name the source
    ["Fares rose in March, according to the airline's chief economist, Dana Whitcombe, who blamed fuel costs.", 'Fares rose in March', 'Dana Whitcombe', 'according to', 'claims/according-to'],
    // at the sentence's start: the clause after the name's comma
    ["According to the union's general secretary, Tomas Brandt, the strike will go ahead.", 'the strike will go ahead', 'Tomas Brandt', 'According to', 'claims/according-to'],
    // a description after the name is no content
    ['The mine had flooded twice, according to Rosa Itkin, the site\'s safety manager.', 'The mine had flooded twice', 'Rosa Itkin', 'according to', 'claims/according-to'],
    // a relative clause after any source: the clause before is the content
    ['Two wards were closed on Friday, according to the hospital, which said staff were ill.', 'Two wards were closed on Friday', 'the hospital', 'according to', 'claims/according-to'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
  it('a name after a source that is no role is not the source', () => {
    const claims = claimsOf('According to police, Jonah Reyes, 34, was arrested at the scene.').filter((c) => c.cue?.text === 'According to');
    expect(claims.map((c) => c.source?.text)).toEqual(['police']);
  });
});

describe('claims: a causative verb before a cue (let, make)', () => {
  // the causative's object is the cue's subject, not the clause before it
  it.each([
    ['Voters will not let pollsters tell them what to think.', 'pollsters'],
    ['The judge would not let prosecutors claim that the records were lost.', 'prosecutors'],
  ])('%s', (text, source) => {
    const claim = claimsOf(text).find((c) => c.source);
    expect(claim?.source?.text).toBe(source);
  });
  it('the unnamed source is the object alone', () => {
    const result = extractText('Voters will not let pollsters tell them what to think.', { referenceDate: REFERENCE_DATE });
    expect(result.actors.filter((a) => a.type === 'unnamed').map((a) => a.name)).toEqual(['pollsters']);
  });
});

describe('claims: an object ends before a coordinated clause or predicate (BLIND14 C6)', () => {
  const rows: ClaimRow[] = [
    ['The governor condemned the bombing and extended her sympathy to the families.', 'the bombing', 'The governor', 'condemned', 'claims/source-cue-content'],
    // a demonstrative "that" before a statement noun opens the object
    ['Several witnesses disputed that account, and some posted photographs online.', 'that account', 'Several witnesses', 'disputed', 'claims/source-cue-content'],
    ['The union rejected that claim, and its members walked out.', 'that claim', 'The union', 'rejected', 'claims/source-cue-content'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
  it.each([
    // participles, a relative clause and an infinitive joined inside the object stay in it
    ['The mayor criticized the plan drafted and approved by the council.', 'criticized', 'the plan drafted and approved by the council'],
    ['Prosecutors accused Mr. Ortega, who was born and raised in Lima, of fraud.', 'accused', 'Mr. Ortega, who was born and raised in Lima, of fraud'],
    ['The council called on the agency to review the rules and advise residents on repairs.', 'called on', 'the agency to review the rules and advise residents on repairs'],
    // "that" before a clause is no determiner
    ['The minister said that officials had left.', 'said', 'officials had left'],
  ])('%s', (text, cue, content) => {
    expect(claimsOf(text).find((c) => c.cue?.text === cue)?.text).toBe(content);
  });
});

describe('claims: a long relative clause between the subject and its cue (BLIND14 C4)', () => {
  it('the head before "who" speaks, not the tail of the clause', () => {
    const text = 'Volunteers who have spent more than six years lobbying for the return of stolen carvings to their villages said the museum had agreed.';
    expect(claimsOf(text).find((c) => c.cue?.text === 'said')?.source?.text).toBe('Volunteers');
  });
});

describe('claims: a subordinator is no part of a source (BLIND14 C7)', () => {
  it.each([
    ['Divers entered the hull at dawn, once inspectors had declared the wreck stable.', 'declared', 'inspectors'],
    ['The ferry resumed service once inspectors had said the pier was safe.', 'said', 'inspectors'],
  ])('%s', (text, cue, source) => {
    expect(claimsOf(text).find((c) => c.cue?.text === cue)?.source?.text).toBe(source);
  });
});

describe('claims: a document setting after a trailing cue is no content (BLIND14 C2)', () => {
  const rows: ClaimRow[] = [
    ['By Friday night, rescuers had reached the village, the army said in a statement read on state radio by its spokesman Colonel Ivo Mendes.', 'By Friday night, rescuers had reached the village', 'the army', 'said', 'claims/content-source-cue'],
    ['The dam was safe, the engineer wrote in a letter published on the front page of the regional daily.', 'The dam was safe', 'the engineer', 'wrote', 'claims/content-source-cue'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
  it('a clause after the setting is still the content', () => {
    expect(claimsOf('The army said in a statement read on state radio that the rebels had surrendered.').find((c) => c.cue?.text === 'said')?.text)
      .toBe('the rebels had surrendered');
  });
});

describe('claims: a day aside between a told addressee and "that" (BLIND14 C5)', () => {
  it.each([
    "The airline's chief executive told the Daily Ledger newspaper on Monday, the day before the strike, that pilots had been offered a raise.",
    'She told the Ledger on Friday, two days after the vote, that pilots had been offered a raise.',
  ])('%s', (text) => {
    expect(claimsOf(text).find((c) => c.cue?.text === 'told')?.text).toBe('pilots had been offered a raise');
  });
});

describe('claims: a relative clause after the main verb runs on over a list of verb phrases (BLIND14 C1)', () => {
  it('the list is one content', () => {
    const text = 'Radio stations broadcast a message from a body calling itself the Patriotic Front (PF), which said it had seized the port, closed the roads and freed the prisoners.';
    expect(claimsOf(text).find((c) => c.cue?.text === 'said')?.text).toBe('it had seized the port, closed the roads and freed the prisoners');
  });
  it('a relative clause inside the subject still ends at its comma', () => {
    const text = 'The ministry, which said it had acted lawfully, closed the inquiry and fined the firm.';
    expect(claimsOf(text).find((c) => c.cue?.text === 'said')?.text).toBe('it had acted lawfully');
  });
});

describe('claims: a reported clause before ", she said, “quote”" (BLIND14 C3)', () => {
  it('makes a reported claim of the clause and a quote claim of the quotation', () => {
    const claims = claimsOf('Nadia Perez spoke on Monday. The bridge would stay closed until the weekend, she said, “to keep drivers safe.”')
      .filter((c) => c.cue?.text === 'said');
    expect(claims.map((c) => [c.kind, c.text, c.source?.text, c.rule])).toEqual([
      ['reported', 'The bridge would stay closed until the weekend', 'she', 'claims/clause-before-quote'],
      ['quote', 'to keep drivers safe.', 'she', 'claims/clause-before-quote'],
    ]);
  });
  it('shows a source cut at a comma inside its linked name whole (BLIND14 A2\'s source)', () => {
    const [claim] = claimsOf('The Ministry of Culture, Tourism and Civil Aviation denied that it had ignored any warning.');
    expect(claim?.source?.text).toBe('The Ministry of Culture, Tourism and Civil Aviation');
  });
  it('reads a cue\'s word after a determiner as a noun of the clause ("The talks")', () => {
    const claims = claimsOf('Omar Haddad spoke on Monday. The talks would resume next week, he said, "whatever happens."')
      .filter((c) => c.cue?.text === 'said');
    expect(claims.map((c) => [c.kind, c.text])).toEqual([
      ['reported', 'The talks would resume next week'],
      ['quote', 'whatever happens.'],
    ]);
  });
  it.each([
    // a fronted phrase, a subordinate clause, a clause the quotation completes
    'Nadia Perez spoke on Monday. On the bridge, she said, “we will keep drivers safe.”',
    'Nadia Perez spoke on Monday. As the rain fell, she said, “we will keep drivers safe.”',
    'Nadia Perez spoke on Monday. The plan was, she said, “to keep drivers safe.”',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'reported' && c.cue?.text === 'said')).toEqual([]);
  });
});

describe('claims: a coordinated "said" before a past-tense clause (BLIND14 Q3)', () => {
  it('the sentence subject speaks, and the quotation is its', () => {
    const text = 'The Harbour Traders Association (HTA), which lodged the first complaint, welcomed the ruling but said the penalty amounted to “a slap on the wrist.”';
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    expect(result.claims.find((c) => c.cue?.text === 'said')?.source?.text).toBe('The Harbour Traders Association');
    expect(result.quotes[0]?.speaker?.text).toBe('The Harbour Traders Association');
  });
  it('no clause: a participle with its agent', () => {
    const text = 'The union met on Monday and said the penalty imposed by the court.';
    expect(claimsOf(text).filter((c) => c.cue?.text === 'said')).toEqual([]);
  });
});

describe('claims: a description that names its person after "named" (BLIND14 Q1)', () => {
  it.each([
    ['One of the rescued, a Danish skier named Mette Holm, said the snow gave way at once.', 'Mette Holm'],
    ['One of the passengers, a teacher called Rui Santos, told reporters the cabin filled with smoke.', 'Rui Santos'],
  ])('%s', (text, source) => {
    expect(claimsOf(text).find((c) => c.source)?.source?.text).toBe(source);
  });
});

describe('claims: a title with its name set off, then coordinated verbs (BLIND14 Q2)', () => {
  it('the name speaks for the coordinated "said"', () => {
    const text = 'The navy chief of staff, Admiral Ines Duarte, visited the port on Tuesday, flanked by senior officers, and said the fleet was "ready for any order."';
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    expect(result.claims.find((c) => c.cue?.text === 'said')?.source?.text).toBe('Admiral Ines Duarte');
    expect(result.quotes[0]?.speaker?.text).toBe('Admiral Ines Duarte');
  });
});

describe('claims: "the company" is no body whose name only holds the word as a qualifier (BLIND14 A9)', () => {
  it.each([
    ['Brevik said it would appeal to the National Company Law Appellate Tribunal. In a post on X, the company argued that its fees were fair.', 'argued', 'Brevik'],
    ['Brevik said it would appeal to the Company Law Board. The company said the fine was unfair.', 'said', 'Brevik'],
    // the name's head before a preposition still is the noun
    ['Police shot a man on Friday. The Eastside Coalition Against Police Violence called a vigil. The coalition said it wanted answers.', 'said', 'Eastside Coalition Against Police Violence'],
  ])('%s', (text, cue, actor) => {
    expect(sourceActorOf(text, cue)).toBe(actor);
  });
});

describe('claims: a participle clause after a comma ends an object', () => {
  it.each([
    ['The senator condemned the attack, calling it cowardly.', 'condemned', 'the attack'],
    ['Gunmen attacked the convoy, killing 12 soldiers, officials said.', 'attacked', 'the convoy'],
    // a noun in "-ing" in a list, and a phrase a participle opens as a preposition does, stay in
    ['The regulator accused the group, whose units include insurance, banking, shipping and mining, of hiding losses.', 'accused', 'the group, whose units include insurance, banking, shipping and mining, of hiding losses'],
    ['The union criticized the new rota, including night shifts for junior staff.', 'criticized', 'the new rota, including night shifts for junior staff'],
  ])('%s', (text, cue, content) => {
    expect(claimsOf(text).find((c) => c.cue?.text === cue)?.text).toBe(content);
  });
});

describe('claims: a demonstrative "that" before a statement noun and its "of" phrase', () => {
  it.each([
    ['The coach rejected that account of the match.', 'rejected', 'that account of the match'],
    // a verb after the "of" phrase: "that" opens a clause
    ['The coach said that account of the match was wrong.', 'said', 'account of the match was wrong'],
  ])('%s', (text, cue, content) => {
    expect(claimsOf(text).find((c) => c.cue?.text === cue)?.text).toBe(content);
  });
});

describe('claims: "According to" a description with its acronym set off', () => {
  it('the acronym is the source, the clause after it the content', () => {
    const text = 'According to the national statistics office, INE, prices rose 3 percent in May.';
    const claim = claimsOf(text).find((c) => c.cue?.text === 'According to');
    expect([claim?.source?.text, claim?.text]).toEqual(['INE', 'prices rose 3 percent in May']);
  });
  it('a name after a description that is no role and no acronym stays out', () => {
    const claim = claimsOf('According to the police, Jonah Reyes, 34, was arrested.').find((c) => c.cue?.text === 'According to');
    expect(claim?.source?.text).toBe('the police');
  });
});

describe('claims: people who act for others after "for" are not those others', () => {
  it('"lawyers for the villagers called…": no actor of the villagers', () => {
    const text = 'The court ordered a payout, in a ruling that lawyers for the villagers called "a turning point."';
    expect(sourceActorOf(text, 'called')).toBeNull();
  });
  it.each([
    // the whole phrase is an unnamed source when it speaks
    ['Residents said the water was unsafe. Lawyers for the residents said the company had hidden test results.', 'Lawyers for the residents'],
    ['The Harbour Authority closed the port. A spokesman for the Harbour Authority said it would reopen on Friday.', 'A spokesman for the Harbour Authority'],
  ])('%s', (text, actor) => {
    expect(sourceActorOf(text, 'said')).toBe(actor);
  });
});
