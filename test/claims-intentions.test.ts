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
