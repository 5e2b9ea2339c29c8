// The dates stage alone (after segment), against a pinned reference date, for the dates tables.

import { expect } from 'vitest';
import { createDoc } from '../../src/document.js';
import { segment } from '../../src/stages/segment.js';
import { dates } from '../../src/stages/dates/index.js';

/** The dates tagged in `text`, each span checked against the text. */
export function datesIn(text: string, ref: string | null = '2025-10-28') {
  const doc = createDoc(text);
  const ctx = { referenceDate: ref, lexicon: { entities: [] } };
  segment.run(doc, ctx);
  doc.referenceDate = ref;
  dates.run(doc, ctx);
  for (const d of doc.dates) expect(d.text).toBe(text.slice(d.start, d.end));
  return doc.dates;
}
