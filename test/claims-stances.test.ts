// Attributions added in the thirteenth session from classes of PolNeAR misses: views given with "as"
// ("see the levy as a tax on work"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { type ClaimRow, claimsOf, expectClaim } from './helpers/extracted.js';

type Row = ClaimRow;

describe('claims: a view given with "as"', () => {
  const rows: Row[] = [
    ['Farm groups see the new levy as a tax on small growers.', 'the new levy as a tax on small growers', 'Farm groups', 'see'],
    ['The senator painted his rival as a tool of the banks.', 'his rival as a tool of the banks', 'The senator', 'painted'],
    ['The watchdog rated the mayor’s claim as false.', 'the mayor’s claim as false', 'The watchdog', 'rated'],
    ['Most engineers regard the old dam as safe.', 'the old dam as safe', 'Most engineers', 'regard'],
    ['The governor is casting herself as a friend of the commuter.', 'herself as a friend of the commuter', 'The governor', 'casting'],
    // a plain object verb of the same kind: "derided the deal", "derided the deal as toothless"
    ['The unions derided the offer as an insult.', 'the offer as an insult', 'The unions', 'derided'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));

  // the same verbs as acts, or "as" opening a clause of time or a fixed phrase, report nothing
  it.each([
    'The engineers saw the bridge as it fell.',
    'He has seen the town change as the mills closed.',
    'She cast a vote as well.',
    'The crew painted the fence on Sunday.',
    'Several cast members left the show.',
    'The bank kept its rate as of Monday.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a stance said with an adjective', () => {
  const rows: Row[] = [
    ['Many growers are afraid that the river will flood again.', 'the river will flood again', 'Many growers', 'are afraid'],
    ['The nurses are convinced the new rota is unsafe.', 'the new rota is unsafe', 'The nurses', 'are convinced'],
    ['The unions have been critical of the pension deal.', 'the pension deal', 'The unions', 'been critical of'],
    ['Both sides were willing to resume the talks.', 'to resume the talks', 'Both sides', 'were willing'],
    ['Local officials are increasingly worried about the cost of the repairs.', 'the cost of the repairs', 'Local officials', 'are increasingly worried about'],
    ['The harbor master appeared confident the channel would reopen by May.', 'the channel would reopen by May', 'The harbor master', 'appeared confident'],
    // after a modal the subject stands before it
    ['Smaller banks may be reluctant to lend.', 'to lend', 'Smaller banks', 'be reluctant'],
    // a relative clause before the linking verb: the phrase before it holds the stance
    ['Farmers who lost their crops are skeptical that the aid will arrive.', 'the aid will arrive', 'Farmers', 'are skeptical'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));

  it.each([
    // negated: nothing held
    'The inspectors were not sure the bridge would hold.',
    // no one holds it
    'It is certain that prices will rise.',
    'To be sure, the plan has flaws.',
    // a passive judgement, and a passive after a modal
    'The driver was determined to have been speeding.',
    'The council will act if the mayor can be convinced that the plan is sound.',
    // no content of the kind the adjective takes
    'The crew was sure of foot.',
    'The mayor is critical.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a mostly-noun base form after two joined names', () => {
  it('"as Chile and Peru support the plan" is a verb', () => {
    expect(claimsOf('The plan passed easily as Chile and Peru support it.').find((c) => c.source)).toMatchObject({ text: 'it', source: { text: 'Chile and Peru' } });
  });
  it('"New York state" stays a noun', () => {
    expect(claimsOf('New York state support for the plan grew.').filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a participle clause that opens the sentence', () => {
  it.each([
    ['Citing a new survey, the mayor defended the budget.', 'a new survey', 'the mayor'],
    ['Claiming the vote was rigged, the challenger refused to concede.', 'the vote was rigged', 'the challenger'],
    // an adverb after the name is no part of the source
    ['Bemoaning the cost, Ruiz repeatedly attacked the plan.', 'the cost', 'Ruiz'],
  ])('%s', (text, content, source) => {
    expect(claimsOf(text).find((c) => c.rule === 'claims/participle-cue')).toMatchObject({ text: content, source: { text: source } });
  });
  it.each([
    // a setting, a citation of sources, a speech with no clause
    'Writing for the local paper, the critic praised the show.',
    'Citing officials, the agency reported more arrests.',
    'Saying goodbye, she left the hall.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.rule === 'claims/participle-cue')).toEqual([]);
  });
});

describe('claims: a stance after a relative pronoun', () => {
  it('a pronoun after "in which" holds it', () => {
    expect(claimsOf('It was a race in which she was sure the mayor would win.').find((c) => c.rule === 'claims/stance-adjective')).toMatchObject({ text: 'the mayor would win', source: { text: 'she' } });
  });
});

describe('claims: what evidence shows is no open question', () => {
  it('"A new study shows how…" is the study’s claim', () => {
    expect(claimsOf('A new study shows how the river changed its course.').find((c) => c.source)).toMatchObject({ text: 'how the river changed its course', source: { text: 'A new study' } });
  });
  it('a person who knows or shows how states nothing', () => {
    expect(claimsOf('She showed how the machine works.').filter((c) => c.source)).toEqual([]);
  });
});
