// Every fixture article: the output validates against the schema and every span is true.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { falseSpans, schemaErrors } from './helpers/check.js';

const dir = new URL('../fixtures/', import.meta.url);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe.each(articles)('%s', (file) => {
  const text = readFileSync(new URL(file, dir), 'utf8').replace(/^\ufeff/, '');
  const result = extractText(text, { path: file, referenceDate: '2025-10-28' });

  it('validates against the output schema', () => {
    expect(schemaErrors(result)).toEqual([]);
  });

  it('gives every span as input.slice(start, end)', () => {
    expect(falseSpans(result, text)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(extractText(text, { path: file, referenceDate: '2025-10-28' })).toEqual(result);
  });
});
