// The ids of the actors, dates, casualties and quotes a claim's content holds.

import type { Doc } from '../../document.js';
import type { Span } from '../../types.js';

const inside = (x: Span, span: Span): boolean => x.start >= span.start && x.end <= span.end;
const touches = (x: Span, span: Span): boolean => x.start < span.end && span.start < x.end;

export function idsInside(doc: Doc, span: Span): { actors: string[]; dates: string[]; casualties: string[]; quotes: string[] } {
  return {
    actors: doc.actors.filter((a) => a.mentions.some((m) => inside(m, span))).map((a) => a.id),
    dates: doc.dates.filter((d) => inside(d, span)).map((d) => d.id),
    casualties: doc.casualties.filter((c) => touches(c, span)).map((c) => c.id),
    quotes: doc.quotes.filter((q) => touches(q, span)).map((q) => q.id),
  };
}
