// The reference date: --reference-date wins; else a published line, a dateline, or a line
// that is only a date, near the top of the article; else none.

import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment } from '../src/stages/segment.js';
import { referenceDate } from '../src/stages/reference-date.js';

function reference(text: string, given: string | null = null) {
  const doc = createDoc(text);
  const ctx = { referenceDate: given, lexicon: { entities: [] } };
  segment.run(doc, ctx);
  referenceDate.run(doc, ctx);
  return { date: doc.referenceDate, warnings: doc.warnings.map((w) => w.code) };
}

describe('reference date', () => {
  const cases: Array<[string, string | null]> = [
    ['Talks Fail\n\nPublished Oct. 28, 2025\n\nThe talks failed on Monday.', '2025-10-28'],
    ['Talks Fail\n\nUpdated: 28 October 2025 14:02 GMT\n\nThe talks failed.', '2025-10-28'],
    ['Posted on 2025-10-28\n\nThe talks failed.', '2025-10-28'],
    ['NAIROBI, Kenya, Aug. 7, 1998 (AP) _ Bombs exploded on Friday.', '1998-08-07'],
    ['NAIROBI, Kenya (AP) _\n\nAugust 7, 1998\n\nBombs exploded on Friday.', '1998-08-07'],
    ['Just a story with no date at all. It rained.', null],
    // a date deep in the story is not the publication date
    ['The talks failed.\n\nThe ceasefire of October 19, 2025 held.', null],
  ];
  it.each(cases)('%s', (text, expected) => expect(reference(text).date).toBe(expected));

  it('--reference-date wins over the article', () => {
    expect(reference('Published Oct. 28, 2025\n\nText.', '2024-01-02').date).toBe('2024-01-02');
  });

  it('a dateline without a year takes the latest year named, with a warning', () => {
    const r = reference('Talks Stall\n\nWASHINGTON, March 22 (Reuters) - Envoys met, a year after the 2024 accord.');
    expect(r.date).toBe('2024-03-22');
    expect(r.warnings).toEqual(['reference-year-guessed']);
  });
});
