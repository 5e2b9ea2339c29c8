// "plans" after an organization's or a person's noun (thirteenth session, ATTR11). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/extracted.js';

describe('claims: a body that plans to act', () => {
  it.each([
    ['The company plans to cut 300 jobs at its Leeds plant.', 'to cut 300 jobs at its Leeds plant', 'The company'],
    ['The regional council plans to reopen the ferry in May.', 'to reopen the ferry in May', 'The regional council'],
    ['A local woman plans to sue the landlord.', 'to sue the landlord', 'A local woman'],
  ])('%s', (text, content, source) => {
    const c = claimsOf(text).find((x) => x.text === content && x.source);
    expect(c, `no claim "${content}"`).toBeDefined();
    expect(c!.source!.text).toBe(source);
    expect(c!.cue?.text).toBe('plans');
  });

  // "plans" as a noun: after an owner, a quantifier or an adjective, or a noun of no agent
  it.each([
    'The board has no immediate plans to sell the plant.',
    'The firm’s plans to cut jobs were shelved.',
    'Their plans to build a dam angered farmers.',
    'The union’s health plans to cover dental care were cut.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: an intention or a judgement coordinated after a verb that says nothing', () => {
  it.each([
    ['The water board on Friday approved the budget and pledged to cut rates by June.', 'to cut rates by June', 'The water board'],
    ['Lena Park has run the clinic for years, and accused the county of starving it of funds.', 'the county of starving it of funds', 'Lena Park'],
  ])('%s', (text, content, source) => {
    const c = claimsOf(text).find((x) => x.text === content && x.source);
    expect(c, `no claim "${content}"`).toBeDefined();
    expect(c!.source!.text).toBe(source);
  });

  // an adjective "accused", a verb in a subordinate clause, a plain act
  it.each([
    'The agency put the accused gunman and accused arsonist Tom Reed on its list.',
    'A tenant has no claim unless the owner signs the lease and agrees to repair the roof.',
    'Residents fled the town and went to the capital.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

describe('claims: an exhortation', () => {
  it('takes its addressee and infinitive as content', () => {
    const c = claimsOf('The bishop exhorted the faithful to stay calm.').find((x) => x.source);
    expect(c?.text).toBe('the faithful to stay calm');
    expect(c?.source?.text).toBe('The bishop');
  });
});
