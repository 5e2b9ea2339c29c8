// Claim shapes of the sixteenth session (ATTR14). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { REFERENCE_DATE } from './helpers/extracted.js';

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
