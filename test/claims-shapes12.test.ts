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
