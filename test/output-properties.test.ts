// Properties over random input: nesting never loses or reorders text and each mark's
// elements spell its span; the pretty view never exceeds its width, whatever the text.

import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderMarked, type Mark } from '../src/output/html/nest.js';
import { renderPretty } from '../src/output/pretty.js';
import { displayWidth } from '../src/output/pretty/width.js';
import { floodResult } from './output-fixtures.js';

const textAndMarks = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme-composite' }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(6)),
      { maxLength: 12 },
    ).map((spans) =>
      spans.map(([a, b, depth], i): Mark => ({ start: Math.min(a, b), end: Math.max(a, b), depth, tag: 'span', attrs: { 'data-m': String(i) } })),
    ),
  ),
);

describe('renderMarked on random spans', () => {
  it('keeps the text, and the elements of each mark spell its span', () => {
    fc.assert(
      fc.property(textAndMarks, ([text, marks]) => {
        const { document } = parseHTML(`<!doctype html><html><body><div id="root">${renderMarked(text, marks)}</div></body></html>`);
        const root = document.getElementById('root')!;
        expect(root.textContent).toBe(text);
        marks.forEach((m, i) => {
          if (m.start === m.end) return;
          const parts = [...root.querySelectorAll(`[data-m="${i}"]`)].map((n) => n.textContent).join('');
          expect(parts).toBe(text.slice(m.start, m.end));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the pretty view on random text', () => {
  it('never exceeds the width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), fc.integer({ min: 10, max: 120 }), fc.boolean(), (words, width, color) => {
        const result = floodResult();
        result.claims[0]!.text = words;
        result.actors[0]!.name = words.slice(0, 40);
        result.actors[0]!.roles = [words.slice(40)];
        const out = renderPretty(result, { compact: false, color, explain: true, width });
        for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 200 },
    );
  });
});
