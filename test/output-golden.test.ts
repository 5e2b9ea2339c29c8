// Golden files: the example's JSON, the pretty view (colour off) and the HTML page, compared byte for byte.
// After a deliberate change, regenerate with `node scripts/update-golden.mjs` and review
// the diff of test/golden/ like code.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { renderHtml } from '../src/output/html.js';
import type { RenderOptions } from '../src/output/index.js';
import { renderPretty } from '../src/output/pretty.js';
import { floodResult } from './output-fixtures.js';

const GOLDEN = new URL('./golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const PLAIN: RenderOptions = { compact: false, color: false, explain: false, width: 80 };
const EXPLAIN: RenderOptions = { ...PLAIN, explain: true };

function example() {
  const path = 'fixtures/pakistan-afghanistan-talks.txt';
  const text = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8').replace(/^\ufeff/, '');
  return extractText(text, { path, referenceDate: '2025-10-28' });
}

const CASES: Array<[file: string, render: () => string]> = [
  ['flood.pretty.txt', () => renderPretty(floodResult(), PLAIN)],
  ['flood.explain.pretty.txt', () => renderPretty(floodResult(), EXPLAIN)],
  ['flood.html', () => renderHtml(floodResult())],
  // the whole JSON tree of the example: every change to what extract finds shows up as a diff
  ['pakistan-afghanistan-talks.json', () => JSON.stringify(example(), null, 2) + '\n'],
  ['pakistan-afghanistan-talks.pretty.txt', () => renderPretty(example(), PLAIN)],
  ['pakistan-afghanistan-talks.explain.pretty.txt', () => renderPretty(example(), EXPLAIN)],
];

describe('golden output', () => {
  it.each(CASES)('%s', (file, render) => {
    const url = new URL(file, GOLDEN);
    const actual = render();
    if (UPDATE) writeFileSync(url, actual);
    expect(existsSync(url), `test/golden/${file} is missing: run node scripts/update-golden.mjs`).toBe(true);
    expect(actual).toBe(readFileSync(url, 'utf8'));
  });
});
