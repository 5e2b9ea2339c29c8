// Linking a source span to an actor from the actors stage: an actor whose
// mention overlaps the span, else whose name or alias equals its text, else a
// person whose surname is the span's last word ("Syed" -> Baqir Sajjad Syed).

import { firstIndex } from '../../document.js';
import type { Actor, Span } from '../../types.js';

export interface ActorIndex {
  /** mentions sorted by start; `id` is the actor's, so that claims can read the list as its own index */
  mentions: ReadonlyArray<{ start: number; end: number; actor: Actor; id: string }>;
  byName: ReadonlyMap<string, Actor>;
  bySurname: ReadonlyMap<string, Actor | null>;
  /** last word of organization and location names ("district"), when only one actor has it */
  byHead: ReadonlyMap<string, Actor | null>;
  byId: ReadonlyMap<string, Actor>;
}

const THE = /^the\s+/i;
const ODD_SPACE = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** "The  Taliban’s" -> "taliban": each regex runs only when its cheap pre-check says it could change something. */
export function normalizeName(s: string): string {
  let t = s.trim();
  if (t.includes('\u2019')) t = t.replaceAll('\u2019', "'");
  if ((t.charCodeAt(0) | 32) === 116) t = t.replace(THE, '');
  if (t.endsWith("'s")) t = t.slice(0, -2);
  if (ODD_SPACE.test(t)) t = t.replace(SPACES, ' ');
  return t.toLowerCase();
}

export function indexActors(actors: readonly Actor[]): ActorIndex {
  const mentions: Array<{ start: number; end: number; actor: Actor; id: string }> = [];
  const byName = new Map<string, Actor>();
  const bySurname = new Map<string, Actor | null>();
  const byId = new Map<string, Actor>();
  const byHead = new Map<string, Actor | null>();
  for (const a of actors) {
    byId.set(a.id, a);
    for (const m of a.mentions) mentions.push({ start: m.start, end: m.end, actor: a, id: a.id });
    const own = normalizeName(a.name);
    if (own && !byName.has(own)) byName.set(own, a);
    for (const name of a.aliases) {
      const key = normalizeName(name);
      if (key && !byName.has(key)) byName.set(key, a);
    }
    if (a.type === 'organization' || a.type === 'location') {
      const words = own.split(' ');
      const word = words.length > 1 ? words[words.length - 1] : undefined;
      if (word) byHead.set(word, byHead.has(word) && byHead.get(word) !== a ? null : a);
    }
    if (a.type === 'person') {
      const last = own.split(' ').pop();
      // two people with one surname: the surname alone names neither
      if (last) bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== a ? null : a);
    }
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return { mentions, byName, bySurname, byHead, byId };
}

/** First mention overlapping the span, by binary search to the first mention ending after span.start. */
function overlapping(index: ActorIndex, span: Span): Actor | null {
  const list = index.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < span.start - 200) lo = mid + 1;
    else hi = mid;
  }
  let best: { actor: Actor; size: number } | null = null;
  for (let k = lo; k < list.length && list[k]!.start < span.end; k++) {
    const m = list[k]!;
    if (m.end <= span.start) continue;
    const size = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (!best || size > best.size) best = { actor: m.actor, size };
  }
  return best?.actor ?? null;
}

export function linkActor(index: ActorIndex, text: string, span: Span): Actor | null {
  const hit = overlapping(index, span);
  if (hit) return hit;
  const key = normalizeName(text.slice(span.start, span.end));
  const named = index.byName.get(key);
  if (named) return named;
  const last = key.split(' ').pop();
  const person = last ? index.bySurname.get(last) : undefined;
  if (person) return person;
  // "the district" -> "Lakeshore Water District", "the company" -> "Acme Company"
  const bare = text.slice(span.start, span.end);
  if (/^the\s\p{Ll}+$/u.test(bare) && last) return index.byHead.get(last) ?? null;
  return null;
}

/** The nearest person mention that ends before `at` (not before `floor`), or null. */
export function personBefore(index: ActorIndex, at: number, floor: number): Actor | null {
  const list = index.mentions;
  const lo = firstIndex(list.length, (i) => list[i]!.start >= at);
  for (let k = lo - 1; k >= 0 && list[k]!.start >= floor; k--) {
    const m = list[k]!;
    if (m.end <= at && m.actor.type === 'person') return m.actor;
  }
  return null;
}
