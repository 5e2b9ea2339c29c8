// The ids of the actors, dates, casualties and quotes a claim's content holds,
// looked up by binary search so that 5 MB inputs stay linear-ish.

import type { Doc } from '../../document.js';
import type { Span } from '../../types.js';
import { firstIndex } from '../../document.js';

interface Item extends Span {
  id: string;
}

/** Items sorted by start. */
interface SortedItems {
  items: Item[];
}

function sorted(items: Item[]): SortedItems {
  return { items: items.sort((a, b) => a.start - b.start) };
}

export interface ContentIndex {
  actors: SortedItems;
  dates: SortedItems;
  casualties: SortedItems;
  quotes: SortedItems;
}

export function indexContents(doc: Doc): ContentIndex {
  return {
    actors: sorted(doc.actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, id: a.id })))),
    dates: sorted(doc.dates.map((d) => ({ start: d.start, end: d.end, id: d.id }))),
    casualties: sorted(doc.casualties.map((c) => ({ start: c.start, end: c.end, id: c.id }))),
    quotes: sorted(doc.quotes.map((q) => ({ start: q.start, end: q.end, id: q.id }))),
  };
}

const TOUCH_BACK = 8;

/** Ids of items inside the span (or, with `touching`, overlapping it), each once, in text order. */
function idsIn(list: SortedItems, span: Span, touching: boolean): string[] {
  const { items } = list;
  const first = firstIndex(items.length, (i) => items[i]!.start >= span.start);
  // items that begin before the span and reach into it: a few at most ("“…” he said" claims)
  const from = touching ? Math.max(0, first - TOUCH_BACK) : first;
  const ids = new Set<string>();
  for (let k = from; k < items.length && items[k]!.start < span.end; k++) {
    const it = items[k]!;
    const ok = touching ? it.end > span.start : it.end <= span.end;
    if (ok) ids.add(it.id);
  }
  return [...ids];
}

export function idsInside(index: ContentIndex, span: Span): { actors: string[]; dates: string[]; casualties: string[]; quotes: string[] } {
  return {
    actors: idsIn(index.actors, span, false).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
    dates: idsIn(index.dates, span, false),
    casualties: idsIn(index.casualties, span, true),
    quotes: idsIn(index.quotes, span, true),
  };
}
