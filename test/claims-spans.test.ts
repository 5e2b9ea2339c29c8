// Where a source and a content begin (BLIND11 C4, C5) and a cue's missing irregular form. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/extracted.js';

const sourced = (text: string) => claimsOf(text).filter((c) => c.source);

describe('claims: a name in apposition to the addressee is no content', () => {
  it.each([
    ['The engineer told the head of the works department, Dr. Ana Ruiz, that the pipes were cracked.', 'the pipes were cracked'],
    ['She told the chairman of the board, Peter Lund, that the figures were wrong.', 'the figures were wrong'],
  ])('%s', (text, content) => {
    expect(sourced(text).map((c) => c.text)).toEqual([content]);
  });
});

describe('claims: the comma inside a date closes no aside before the cue', () => {
  it.each([
    ['The inspection report, dated March 3, 2025, recommended that the bridge be closed.', 'The inspection report'],
    // with no aside before it the date ends the subject, as before
    ['A letter sent by the council on May 16, 2024, said the road would reopen.', 'A letter sent by the council on May 16'],
  ])('%s', (text, source) => {
    expect(sourced(text).map((c) => c.source?.text)).toEqual([source]);
  });
});

describe('claims: irregular forms of cue verbs', () => {
  it('"sought" is the past of "seek"', () => {
    expect(sourced('The council sought to delay the vote.')[0]).toMatchObject({ text: 'to delay the vote', source: { text: 'The council' }, cue: { text: 'sought' } });
  });
});
