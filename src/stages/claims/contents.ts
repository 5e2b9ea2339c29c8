// The ids of the actors, dates, casualties and quotes a claim's content holds,
// looked up by binary search so that 5 MB inputs stay linear-ish.

import { firstAtLeast, type Doc } from '../../document.js';
import type { Span } from '../../types.js';
import { indexActors } from '../quotes/link.js';

/**
 * Items sorted by start, as parallel arrays (item k spans starts[k]..ends[k], id ids[k]):
 * the actors' list holds every mention, thousands in a long article, and no object each.
 */
interface SortedItems {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  ids: readonly string[];
}

function sorted(items: ReadonlyArray<Span & { id: string }>): SortedItems {
  const list = [...items].sort(byStart);
  return { starts: list.map((it) => it.start), ends: list.map((it) => it.end), ids: list.map((it) => it.id) };
}

export interface ContentIndex {
  actors: SortedItems;
  dates: SortedItems;
  casualties: SortedItems;
  quotes: SortedItems;
  /** the number in each actor id ("A12" -> 12), the order of a claim's actors */
  actorNumbers: ReadonlyMap<string, number>;
}

export function indexContents(doc: Doc): ContentIndex {
  return {
    actors: actorMentions(doc),
    dates: sorted(doc.dates),
    casualties: sorted(doc.casualties),
    quotes: sorted(doc.quotes),
    actorNumbers: new Map(doc.actors.map((a) => [a.id, Number(a.id.slice(1))])),
  };
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/**
 * Every actor mention by start. The quotes stage indexed the actors' mentions
 * already and then added only its pronouns ("he" in "“…,” he said"): its
 * index merged with those pronouns is the same list, without a second sort of
 * thousands of mentions. Without that analysis, the list is built here.
 */
function actorMentions(doc: Doc): SortedItems {
  const analysis = doc.attribution;
  const { starts, ends, actors } = analysis?.index.mentions ?? indexActors(doc.actors).mentions;
  const pronouns = (analysis?.pronouns ?? []).map(({ actor, mention }) => ({ start: mention.start, end: mention.end, id: actor.id })).sort(byStart);
  const n = starts.length + pronouns.length;
  const list = { starts: new Int32Array(n), ends: new Int32Array(n), ids: new Array<string>(n) };
  // a merge by start; at one start the indexed mentions come first (as a stable sort of both lists would put them)
  let i = 0;
  let p = 0;
  for (let k = 0; k < n; k++) {
    if (i < starts.length && (p >= pronouns.length || starts[i]! <= pronouns[p]!.start)) {
      list.starts[k] = starts[i]!;
      list.ends[k] = ends[i]!;
      list.ids[k] = actors[i++]!.id;
    } else {
      const m = pronouns[p++]!;
      list.starts[k] = m.start;
      list.ends[k] = m.end;
      list.ids[k] = m.id;
    }
  }
  return list;
}

const TOUCH_BACK = 8;
const FEW_IDS = 8;

/**
 * Ids of items inside the span (or, with `touching`, overlapping it), in text order.
 * Dates, casualties and quotes are one item per id; actors have one per mention, so they are deduped.
 */
function idsIn(list: SortedItems, span: Span, touching: boolean, dedupe: boolean): string[] {
  const { starts, ends, ids: all } = list;
  const first = firstAtLeast(starts, span.start);
  // items that begin before the span and reach into it: a few at most ("“…” he said" claims)
  const from = touching ? Math.max(0, first - TOUCH_BACK) : first;
  const ids: string[] = [];
  let seen: Set<string> | null = null; // made only for a claim with many actors: a scan of a few ids is faster
  for (let k = from; k < starts.length && starts[k]! < span.end; k++) {
    const ok = touching ? ends[k]! > span.start : ends[k]! <= span.end;
    if (!ok) continue;
    const id = all[k]!;
    if (dedupe) {
      if (seen ? seen.has(id) : ids.includes(id)) continue;
      if (!seen && ids.length >= FEW_IDS) seen = new Set(ids);
      seen?.add(id);
    }
    ids.push(id);
  }
  return ids;
}

export function idsInside(index: ContentIndex, span: Span): { actors: string[]; dates: string[]; casualties: string[]; quotes: string[] } {
  const actors = idsIn(index.actors, span, false, true);
  const numbers = index.actorNumbers;
  return {
    actors: actors.length > 1 ? actors.sort((a, b) => numbers.get(a)! - numbers.get(b)!) : actors,
    dates: idsIn(index.dates, span, false, false),
    casualties: idsIn(index.casualties, span, true, false),
    quotes: idsIn(index.quotes, span, true, false),
  };
}
