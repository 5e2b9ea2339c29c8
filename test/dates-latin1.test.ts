// The one-byte copy the date patterns run over (src/stages/dates/latin1.ts): same length, and
// every character outside Latin-1 replaced by one the patterns cannot tell from it.

import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment } from '../src/stages/segment.js';
import { dates } from '../src/stages/dates/index.js';
import { referenceDate } from '../src/stages/reference-date.js';
import { latin1View } from '../src/stages/dates/latin1.js';

function tag(text: string, ref: string | null = '2025-10-28') {
  const doc = createDoc(text);
  const ctx = { referenceDate: ref, lexicon: { entities: [] } };
  segment.run(doc, ctx);
  referenceDate.run(doc, ctx);
  dates.run(doc, ctx);
  return doc;
}

describe('latin1View', () => {
  const cases: Array<[string, string]> = [
    ['plain ASCII, café', 'plain ASCII, café'],
    ['the 1990’s', "the 1990's"],
    ['€5', '£5'],
    ['Łódź', 'Àódà'],
    ['漢字', 'ªª'],
    ['a\u2009b', 'a\u00a0b'],
    ['a\u2028b', 'a\nb'],
    ['“quoted” – dash', '\x7fquoted\x7f \x96 dash'],
    ['raw \x96 control', 'raw \x7f control'],
    ['ſ and \u212a', 's and K'],
    ['𝐀!', 'ÀÀ!'],
    ['lone \ud800 half', 'lone \x7f half'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    const view = latin1View(input);
    expect(view).toBe(expected);
    expect(view.length).toBe(input.length);
  });

  it('returns an all-Latin-1 text itself', () => {
    const text = 'Nothing to change here.';
    expect(latin1View(text)).toBe(text);
  });
});

describe('dates in text with characters outside Latin-1', () => {
  // the same sentence with curly or straight quotes, with or without a non-Latin-1 name, tags alike
  const pairs: Array<[string, string]> = [
    ["Officials said Monday's talks in Lodz ended.", 'Officials said Monday’s talks in Łódź ended.'],
    ["The 'deal' was signed Oct. 28, 2025.", 'The “deal” was signed Oct. 28, 2025.'],
    ['Fighting resumed in the 1990s - and again in 2021.', 'Fighting resumed in the 1990s — and again in 2021.'],
  ];
  it.each(pairs)('%j', (ascii, wide) => {
    const a = tag(ascii).dates.map((d) => [d.start, d.end, d.type, d.value, d.rule]);
    const b = tag(wide).dates.map((d) => [d.start, d.end, d.type, d.value, d.rule]);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
  });

  it('keeps the real text in spans', () => {
    const doc = tag('Talks in Łódź resumed on Monday’s deadline, Oct. 27.');
    for (const d of doc.dates) expect(d.text).toBe(doc.text.slice(d.start, d.end));
    expect(doc.dates.map((d) => d.text)).toEqual(['Monday', 'Oct. 27']);
  });

  it('reads a dateline with an em dash and a non-Latin-1 place name', () => {
    const doc = tag('ŁÓDŹ, Poland, March 5 (Reuters) — Talks resumed on Tuesday.\n\nMore text in 2024.', null);
    expect(doc.referenceDate).toBe('2024-03-05');
  });

  it('reads a published line with an en dash', () => {
    const doc = tag('Headline here\n\nPublished – Oct. 28, 2025\n\nThe talks resumed on Monday.', null);
    expect(doc.referenceDate).toBe('2025-10-28');
  });
});
