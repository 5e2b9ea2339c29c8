// Property-based tests (fast-check): for arbitrary text and for mutated fixtures,
// extract never throws, validates against the schema, gives true spans, and is deterministic.

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';
import { falseSpans, schemaErrors } from '../helpers/check.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const dir = new URL('../../fixtures/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

// Characters the rules care about: quotation marks, dashes, digits, capitals, breaks, odd spaces.
const TRICKY = [...'“”"‘’\'«»„`—–-.,;:!?()[]0123456789 \n\r\t\u00a0\u200bAZaz€$%'].concat(['😀', '\ud800', 'U.S.', 'Mr.', 'said', 'killed', 'Monday', '2,500']);

const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 200 }).map((a) => a.join(''));
const text = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), tricky);

/** A fixture with random slices replaced by tricky text. */
const mutated = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), tricky), { minLength: 1, maxLength: 8 }),
  )
  .map(([base, edits]) => {
    let out = base;
    for (const [at, length, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + length);
    }
    return out;
  });

function holds(input: string): void {
  const result = extractText(input, { path: 'p.txt', referenceDate: '2025-10-28' });
  expect(schemaErrors(result)).toEqual([]);
  expect(falseSpans(result, input)).toEqual([]);
  expect(extractText(input, { path: 'p.txt', referenceDate: '2025-10-28' })).toEqual(result);
}

describe('properties', () => {
  it('hold for arbitrary text', () => {
    fc.assert(fc.property(text, holds), { numRuns: RUNS });
  }, 120_000);

  it('hold for mutated fixture articles', () => {
    fc.assert(fc.property(mutated, holds), { numRuns: Math.ceil(RUNS / 3) });
  }, 120_000);

  it('hold without a reference date', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const result = extractText(input, { path: 'p.txt' });
        expect(schemaErrors(result)).toEqual([]);
        expect(falseSpans(result, input)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  }, 120_000);
});
