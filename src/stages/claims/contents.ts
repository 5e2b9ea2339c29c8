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
  items: readonly Item[];
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
    actors: { items: actorMentions(doc) },
    dates: sorted(doc.dates.map((d) => ({ start: d.start, end: d.end, id: d.id }))),
    casualties: sorted(doc.casualties.map((c) => ({ start: c.start, end: c.end, id: c.id }))),
    quotes: sorted(doc.quotes.map((q) => ({ start: q.start, end: q.end, id: q.id }))),
  };
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/**
 * Every actor mention by start. The quotes stage indexed the actors' mentions
 * already and then added only its pronouns ("he" in "“…,” he said"): its
 * index plus those pronouns is the same list, without a second sort of
 * thousands of mentions. Without that analysis, the list is built here.
 */
function actorMentions(doc: Doc): readonly Item[] {
  const analysis = doc.attribution;
  if (!analysis) return doc.actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, id: a.id }))).sort(byStart);
  const indexed = analysis.index.mentions;
  if (analysis.pronouns.length === 0) return indexed;
  const pronouns = analysis.pronouns.map(({ actor, mention }) => ({ start: mention.start, end: mention.end, id: actor.id }));
  return [...indexed, ...pronouns].sort(byStart);
}

const TOUCH_BACK = 8;

/**
 * Ids of items inside the span (or, with `touching`, overlapping it), in text order.
 * Dates, casualties and quotes are one item per id; actors have one per mention, so they are deduped.
 */
function idsIn(list: SortedItems, span: Span, touching: boolean, dedupe: boolean): string[] {
  const { items } = list;
  const first = firstIndex(items.length, (i) => items[i]!.start >= span.start);
  // items that begin before the span and reach into it: a few at most ("“…” he said" claims)
  const from = touching ? Math.max(0, first - TOUCH_BACK) : first;
  const ids: string[] = [];
  let seen: Set<string> | null = null; // made only for a claim that holds an actor
  for (let k = from; k < items.length && items[k]!.start < span.end; k++) {
    const it = items[k]!;
    const ok = touching ? it.end > span.start : it.end <= span.end;
    if (!ok) continue;
    if (dedupe) {
      seen ??= new Set<string>();
      if (seen.has(it.id)) continue;
      seen.add(it.id);
    }
    ids.push(it.id);
  }
  return ids;
}

const byNumber = (a: string, b: string): number => Number(a.slice(1)) - Number(b.slice(1));

export function idsInside(index: ContentIndex, span: Span): { actors: string[]; dates: string[]; casualties: string[]; quotes: string[] } {
  const actors = idsIn(index.actors, span, false, true);
  return {
    actors: actors.length > 1 ? actors.sort(byNumber) : actors,
    dates: idsIn(index.dates, span, false, false),
    casualties: idsIn(index.casualties, span, true, false),
    quotes: idsIn(index.quotes, span, true, false),
  };
}
