// Claim shapes of the eighteenth session (ATTR16). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { claimsOf, REFERENCE_DATE } from './helpers/extracted.js';

/** [source text, content] of the claims with this cue. */
function framesOf(text: string, cue: string): [string | undefined, string][] {
  return claimsOf(text).filter((c) => c.cue?.text === cue).map((c) => [c.source?.text, c.text]);
}

describe('claims: a time adverb, an occasion noun and a title open a name, not a time before one', () => {
  it.each([
    ['Today Show host Lena Marsh said the episode would air on Friday.', 'said', [['Today Show host Lena Marsh', 'the episode would air on Friday']]],
    ['Tonight Show host Rob Kessler told viewers the studio would close.', 'told', [['Tonight Show host Rob Kessler', 'the studio would close']]],
    // guards: a time before a title and a name, or before a party and a title, is no part of the name
    ['Yesterday Mayor Ruiz told reporters the bridge would reopen.', 'told', [['Mayor Ruiz', 'the bridge would reopen']]],
    ['Earlier Labour leader Tom Haines said the vote would be close.', 'said', [['Labour leader Tom Haines', 'the vote would be close']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('claims: the tail of a list in a relative aside is no subject: the aside\'s head speaks', () => {
  it.each([
    ['The union, which represents teachers, nurses and cleaners, said the strike would go ahead.', 'said', [['The union', 'the strike would go ahead']]],
    ['The charity, which runs shelters in Leeds, York and Hull, warned that beds were running out.', 'warned', [['The charity', 'beds were running out']]],
    // guards: an apposed name after a description speaks; an aside with no list is read as before
    ['The group\'s founder, Maria Ostrova, said the shelters would stay open.', 'said', [['Maria Ostrova', 'the shelters would stay open']]],
    ['The union, which represents 4,000 nurses, said the strike would go ahead.', 'said', [['The union', 'the strike would go ahead']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('sources: "the council" named again is no body of another kind', () => {
  it.each([
    // the court that spoke before is no council
    ['The Supreme Court ruled on Tuesday that the tax was lawful. The council said it would appeal.', null],
    // a council named before is
    ['The Harlow District Council met on Monday. The Supreme Court ruled that the tax was lawful. The council said it would appeal.', 'Harlow District Council'],
  ])('%s', (text, actor) => {
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    const claim = result.claims.findLast((c) => c.cue?.text === 'said');
    expect(result.actors.find((a) => a.id === claim?.source?.actor)?.name ?? null).toBe(actor);
  });
});
