// Linking a source span to an actor from the actors stage: an actor whose
// mention overlaps the span, else whose name or alias equals its text, else a
// person whose surname is the span's last word ("Syed" -> Baqir Sajjad Syed).

import { firstAtLeast } from '../../document.js';
import type { Actor, Span } from '../../types.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';

/**
 * Every actor mention sorted by start (the longer first at one start), as parallel
 * arrays: mention k spans starts[k]..ends[k] and names actors[k]. No object per
 * mention (a long article has thousands, rebuilt for every document).
 */
export interface MentionList {
  starts: Int32Array;
  ends: Int32Array;
  actors: Actor[];
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

/** Actors by name, surname and head word: built on the first source no mention overlaps (many documents have none). */
interface NameIndex {
  byName: ReadonlyMap<string, Actor>;
  bySurname: ReadonlyMap<string, Actor | null>;
  /** last word of organization and location names ("district"), when only one actor has it */
  byHead: ReadonlyMap<string, Actor | null>;
}

export interface ActorIndex {
  /** claims reads the list as its own index of actor mentions */
  mentions: MentionList;
  actors: readonly Actor[];
  /** made by namesOf when first needed */
  names: NameIndex | null;
  /** made by actorById when first needed (a pronoun speaker's actor): no name is normalized for it */
  byId: Map<string, Actor> | null;
}

export function indexActors(actors: readonly Actor[]): ActorIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const owners: Actor[] = [];
  for (const a of actors) {
    for (const m of a.mentions) {
      starts.push(m.start);
      ends.push(m.end);
      owners.push(a);
    }
  }
  return { mentions: sortMentions(starts, ends, owners), actors, names: null, byId: null };
}

function namesOf(index: ActorIndex): NameIndex {
  if (index.names) return index.names;
  const byName = new Map<string, Actor>();
  const bySurname = new Map<string, Actor | null>();
  const byHead = new Map<string, Actor | null>();
  for (const a of index.actors) {
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
  index.names = { byName, bySurname, byHead };
  return index.names;
}

export function actorById(index: ActorIndex, id: string): Actor | undefined {
  if (!index.byId) {
    index.byId = new Map<string, Actor>();
    for (const a of index.actors) index.byId.set(a.id, a);
  }
  return index.byId.get(id);
}

/**
 * The mentions in order of start, then end descending, then as listed (a stable sort).
 * All three keys packed in one number when it stays exact (a news article: 20 KB of
 * text, a few hundred mentions): a numeric sort of a Float64Array, no comparator calls.
 */
function sortMentions(starts: number[], ends: number[], owners: Actor[]): MentionList {
  const n = starts.length;
  let width = 1;
  for (let k = 0; k < n; k++) if (ends[k]! >= width) width = ends[k]! + 1;
  const order = new Int32Array(n);
  if ((width * width + width) * n < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = (starts[k]! * width + (width - 1 - ends[k]!)) * n + k;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k]! % n;
  } else {
    const idx = Array.from({ length: n }, (_, k) => k);
    idx.sort((x, y) => starts[x]! - starts[y]! || ends[y]! - ends[x]! || x - y);
    for (let k = 0; k < n; k++) order[k] = idx[k]!;
  }
  const list: MentionList = { starts: new Int32Array(n), ends: new Int32Array(n), actors: new Array<Actor>(n) };
  for (let k = 0; k < n; k++) {
    const from = order[k]!;
    list.starts[k] = starts[from]!;
    list.ends[k] = ends[from]!;
    list.actors[k] = owners[from]!;
  }
  return list;
}

/** Is the mention ending at `end` a place that only says where the next noun sits ("Washington-based")? */
function basedModifier(text: string, end: number): boolean {
  return text.startsWith('-based', end);
}

/**
 * The mention overlapping the span most, by binary search to the first mention ending after span.start; a place
 * before "-based" only when nothing else overlaps ("The Washington-based Center for Strategic and International
 * Studies (CSIS) reported" is the centre, BLIND13 A8; "The Halifax-based company" is left to the caller).
 */
function overlapping(index: ActorIndex, text: string, span: Span): Actor | null {
  const { starts, ends, actors } = index.mentions;
  const lo = firstAtLeast(starts, span.start - 200);
  let best: Actor | null = null;
  let bestSize = 0;
  let modifier: Actor | null = null;
  for (let k = lo; k < starts.length && starts[k]! < span.end; k++) {
    if (ends[k]! <= span.start) continue;
    if (actors[k]!.type === 'location' && basedModifier(text, ends[k]!)) {
      modifier ??= actors[k]!;
      continue;
    }
    // a person named last is the phrase's head: "Sacramento Police Department spokesperson
    // Officer Lena Morales", "Federal Emergency Management Minister Kirsten Hale"
    if (ends[k]! === span.end && starts[k]! > span.start && actors[k]!.type === 'person') return actors[k]!;
    const size = Math.min(ends[k]!, span.end) - Math.max(starts[k]!, span.start);
    if (!best || size > bestSize) {
      best = actors[k]!;
      bestSize = size;
    }
  }
  return best ?? modifier;
}

/** A capitalised owner, then lower-case words to the end: "Serbia's main opposition alliance" (bounded). */
const PLACE_OWNS = /^(?:the\s)?\p{Lu}[\p{L}.-]{0,30}(?:\s\p{Lu}[\p{L}.-]{0,30}){0,3}['’]s(?:\s\p{Ll}[\p{Ll}-]{0,30}){1,6}$/u;
/** The owned words that are the place's own voice: "Ghana's government", "Iran's authorities". */
const COUNTRY_VOICES = /\s(?:government|authorities|administration|regime|leadership)$/u;

// where the head of a source phrase ends: "Vice Chancellor Miriam Adebayo-Shaw of the Delaware
// Court of Chancery", "a trade official in Geneva", "Minyon Moore, a senior adviser to…"
const HEAD_END = /\s(?:of|at|in|from|with|for|by)\s|,\s/;

/**
 * The actor a source span names: a mention in its head (the words before "of", "in", "at", "for", "by" or a
 * comma) first; else a mention elsewhere in it that is no place ("a trade official in Geneva" is
 * not Geneva; "a spokesman for the ministry" speaks for the ministry). False: the span names
 * someone else's relation, and no actor ("a friend of Ferraro").
 */
function overlappingHead(index: ActorIndex, text: string, span: Span): Actor | null | false {
  const cut = HEAD_END.exec(text.slice(span.start, span.end));
  if (!cut || cut.index === 0) {
    const hit = overlapping(index, text, span);
    // "Serbia's main opposition alliance accused…": a place that owns the phrase is not its speaker, unless the
    // phrase is its government ("Ghana's government said": the country speaks, as the golds have it)
    const phrase = text.slice(span.start, span.end);
    return hit?.type === 'location' && PLACE_OWNS.test(phrase) && !COUNTRY_VOICES.test(phrase) ? null : hit;
  }
  const head = overlapping(index, text, { start: span.start, end: span.start + cut.index });
  if (head) return head;
  const rest = overlapping(index, text, span);
  // "A former girlfriend of Dominic Ferraro told jurors": the girlfriend speaks, not Ferraro, nor
  // anyone of his surname (an organisation after "of" speaks through its people: "an aide of the ministry")
  // ("Secretary of State John Kerry": a title before "of" is the person's own)
  if (rest?.type === 'person' && cut[0] === ' of ' && lowerCaseLast(text.slice(span.start, span.start + cut.index))) return false;
  // "lawyers for the villagers called…", "a lawyer for Kuriakose said": people act for those after "for", who say nothing
  if ((rest?.type === 'person' || rest?.type === 'unnamed') && cut[0] === ' for ' && actsFor(text.slice(span.start, span.start + cut.index))) return false;
  return rest && rest.type !== 'location' ? rest : null;
}

/** Does the phrase end in a lower-case role that acts for others ("lawyers", "a lawyer", "an adviser"; not "risky")? */
function actsFor(phrase: string): boolean {
  const word = phrase.slice(phrase.lastIndexOf(' ') + 1);
  if (word !== word.toLowerCase()) return false;
  const single = word.endsWith('s') ? word.slice(0, -1) : word;
  return TITLE_HEADS.has(word) || TITLE_HEADS.has(single) || SPEAKER_NOUNS.has(word);
}

/** Does the phrase end in a word written in lower case ("A former girlfriend", not "Secretary")? */
function lowerCaseLast(phrase: string): boolean {
  const c = phrase.charAt(phrase.lastIndexOf(' ') + 1);
  return c !== c.toUpperCase();
}

export function linkActor(index: ActorIndex, text: string, span: Span): Actor | null {
  const hit = overlappingHead(index, text, span);
  if (hit !== null) return hit || null;
  const key = normalizeName(text.slice(span.start, span.end));
  const names = namesOf(index);
  const named = names.byName.get(key);
  if (named) return named;
  const last = key.split(' ').pop();
  const person = last ? names.bySurname.get(last) : undefined;
  if (person) return person;
  // "the district" -> "Lakeshore Water District", "the company" -> "Acme Company"
  const bare = text.slice(span.start, span.end);
  // (only an actor named before it: "the group" is not "UnitedHealth Group" named four paragraphs later)
  if (/^the\s\p{Ll}+$/u.test(bare) && last) {
    const head = names.byHead.get(last);
    return head && head.mentions.some((m) => m.start < span.start) ? head : null;
  }
  return null;
}

/** The nearest person mention that ends before `at` (not before `floor`), or null; `skip`: people a pronoun cannot be. */
export function personBefore(index: ActorIndex, at: number, floor: number, skip?: (actor: Actor) => boolean): Actor | null {
  return mentionBefore(index, at, floor, 'person', skip);
}

/** The nearest mention of an actor of `type` that ends before `at` (not before `floor`), or null. */
export function mentionBefore(index: ActorIndex, at: number, floor: number, type: Actor['type'], skip?: (actor: Actor) => boolean): Actor | null {
  const { starts, ends, actors } = index.mentions;
  const lo = firstAtLeast(starts, at);
  for (let k = lo - 1; k >= 0 && starts[k]! >= floor; k--) {
    if (ends[k]! <= at && actors[k]!.type === type && !skip?.(actors[k]!)) return actors[k]!;
  }
  return null;
}
