// A cue after a modal (thirteenth session, ATTR11): a clause with "that" after any cue, and a judgement
// ("would accuse X of…") even when only foreseen. Negated modals and acts after a modal report nothing.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { type ClaimRow, claimsOf, expectClaim } from './helpers/extracted.js';

type Row = ClaimRow;

describe('claims: a cue after a modal', () => {
  const rows: Row[] = [
    ['Landlords might argue that the new levy is a tax on tenants.', 'the new levy is a tax on tenants', 'Landlords', 'argue'],
    ['The inspector may warn that the old bridge is unsafe.', 'the old bridge is unsafe', 'The inspector', 'warn'],
    ['Her rivals would accuse the mayor of hiding the audit.', 'the mayor of hiding the audit', 'Her rivals', 'accuse'],
    ['Commuters could blame the council for the closures.', 'the council for the closures', 'Commuters', 'blame'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));

  // a negated modal, an act after a modal, and a cue after "to" report nothing
  it.each([
    'Voters can’t blame the weather for the closures.',
    'The ministry will publish its results on Monday.',
    'The council will discuss the budget in March.',
    'She was asked to accuse nobody.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a sentence adverb between the subject and the cue', () => {
  const rows: Row[] = [
    ['Officials meanwhile said the old bridge would reopen in June.', 'the old bridge would reopen in June', 'Officials', 'said'],
    ['The ministry instead argued that the levy was fair.', 'the levy was fair', 'The ministry', 'argued'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));
});

describe('claims: a mostly-noun cue after a plural subject', () => {
  const rows: Row[] = [
    ['Critics claim that the new levy is a giveaway.', 'the new levy is a giveaway', 'Critics', 'claim'],
    ['Most growers support the new levy.', 'the new levy', 'Most growers', 'support'],
    ['Only 4 percent support the Green candidate.', 'the Green candidate', 'Only 4 percent', 'support'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));

  // a noun after a singular, an act after a plural
  it.each([
    'He was taken off life support on Sunday.',
    'The proposals offer a stark choice to voters.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: a name given to an object with an adjective', () => {
  const rows: Row[] = [
    ['The union called the charges unfounded and malicious.', 'the charges unfounded and malicious', 'The union', 'called'],
    ['Police are calling the shooting tragic.', 'the shooting tragic', 'Police', 'calling'],
  ];
  it.each(rows)('%s', (...row) => expectClaim(row));

  // a call made, then another verb
  it.each([
    'She called the local police.',
    'He called the federal agency and left a message.',
    'Tipsters who call the hotline and stay anonymous may get a reward.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});
