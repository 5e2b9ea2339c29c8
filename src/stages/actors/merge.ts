// One actor per entity: candidates that name the same thing are joined. Surname to full name
// ("Yousafzai" → "Sami Yousafzai"), acronym to expansion ("TTP" ↔ "Tehreek-e-Taliban
// Pakistan"), demonym + group ("the Afghan Taliban" = "the Taliban"), and a capital that acts
// as its government ("Islamabad accuses Kabul") to its country.

import { GAZETTEER, nameKey } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import { isAllCaps } from './words.js';
import { mergeNamesakes, surnameStats } from './namesakes.js';
import { COURTESY_TITLES, KIN_NOUNS } from '../../lexicon/titles.js';
import { NAME_PARTICLES } from '../../lexicon/non-entities.js';

const CAP = /^\p{Lu}/u;
// generic first words an acronym may leave out: "(Department of) Health and Human Services" → HHS
const ACRONYM_SKIPS_FIRST: ReadonlySet<string> = new Set(['department', 'ministry', 'office', 'bureau']);
const SPACE = /\s/;

export class Clusters {
  // a packed array grown by push: a typed array costs more to make for the few candidates of an article
  private parent: number[] = [];
  constructor(n: number) {
    for (let i = 0; i < n; i++) this.parent.push(i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** "TTP" from "Tehreek-e-Taliban Pakistan"; "ACLED" from "Armed Conflict Location & Event Data Project". */
export function initials(name: string): string {
  // the first letter of each part between spaces and hyphens, when it is a capital
  let out = '';
  let atStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c <= 32 || c === 45 || (c >= 128 && SPACE.test(name[i]!))) {
      atStart = true;
      continue;
    }
    if (atStart && (c < 128 ? c >= 65 && c <= 90 : CAP.test(name[i]!))) out += name[i];
    atStart = false;
  }
  return out;
}

/** Are the letters of `part` in `whole`, in order? */
function inOrder(part: string, whole: string): boolean {
  let k = 0;
  for (let i = 0; i < whole.length && k < part.length; i++) if (whole.charCodeAt(i) === part.charCodeAt(k)) k++;
  return k === part.length;
}

/** The acronyms of four to nine letters by their first letter's code. */
function initialIndex(acronyms: ReadonlyMap<string, number>): Map<number, Array<[string, number]>> {
  const out = new Map<number, Array<[string, number]>>();
  for (const [a, n] of acronyms) {
    if (a.length < 4 || a.length > 9) continue;
    const list = out.get(a.charCodeAt(0));
    if (list) list.push([a, n]);
    else out.set(a.charCodeAt(0), [[a, n]]);
  }
  return out;
}

/**
 * Is `acronym` made of the first one to three letters of each capitalised word of `name`, in order,
 * one word at least giving more than one ("ECOWAS": Economic COmmunity of West African States)?
 */
export function prefixAcronym(acronym: string, name: string): boolean {
  const parts = name.split(/[\s-]+/).filter((p) => CAP.test(p)).map((p) => p.toUpperCase());
  if (parts.length < 3 || parts.length > 8 || acronym.length === parts.length) return false;
  // each (letter, word) pair is settled once: 1 no, 2 yes
  const seen = new Uint8Array((acronym.length + 1) * (parts.length + 1));
  const at = (ai: number, wi: number): boolean => {
    if (wi === parts.length) return ai === acronym.length;
    const memo = ai * (parts.length + 1) + wi;
    if (seen[memo]) return seen[memo] === 2;
    const w = parts[wi]!;
    // what is left of the acronym must be enough for the words left, and no more than three letters each
    const left = acronym.length - ai;
    let ok = false;
    if (left >= parts.length - wi && left <= 3 * (parts.length - wi)) {
      for (let l = 1; l <= 3 && l <= w.length && !ok; l++) {
        if (acronym.charCodeAt(ai + l - 1) !== w.charCodeAt(l - 1)) break;
        ok = at(ai + l, wi + 1);
      }
    }
    seen[memo] = ok ? 2 : 1;
    return ok;
  };
  return at(0, 0);
}

/** The merge's result: the clusters, and for each entity key the first candidate with it. */
export interface Merged {
  clusters: Clusters;
  /** every candidate with one key is in one cluster: this one stands for them all */
  firstWithKey: ReadonlyMap<string, number>;
}

/** Joins candidates in place. `links` holds explicit pairs (bracketed aliases). */
export function mergeCandidates(cands: Candidate[], links: Array<[number, number]>): Merged {
  rekeyCapitals(cands);
  const c = new Clusters(cands.length);
  const byKey = new Map<string, number>();
  const { shared, several } = surnameStats(cands);
  for (let i = 0; i < cands.length; i++) {
    const seen = byKey.get(cands[i]!.key);
    if (seen === undefined) byKey.set(cands[i]!.key, i);
    // "Claire Whitfield" … "Her brother, Graham Whitfield": a surname two people share is not one
    // entity by its key; each lone "Whitfield" goes to one of them in mergeSurnames
    else if (!shared || cands[i]!.tokens.length !== 1 || !shared.has(cands[i]!.tokens[0]!)) c.union(seen, i);
  }
  for (const [a, b] of links) c.union(a, b);
  // acronyms formed from the initials of another candidate's name
  const acronyms = new Map<string, number>();
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.tokens.length === 1 && isAllCaps(x.text)) {
      const a = x.text.includes('.') ? x.text.replace(/\./g, '') : x.text;
      if (a.length >= 2 && !acronyms.has(a)) acronyms.set(a, i);
    }
  }
  if (acronyms.size) {
    // (a bound on the prefix readings tried: a long text of many names and acronyms stays linear)
    let budget = 2000;
    let byInitial: Map<number, Array<[string, number]>> | undefined;
    let tried: Set<string> | undefined;
    for (let i = 0; i < cands.length; i++) {
      const x = cands[i]!;
      if (x.tokens.length < 2 || x.type === 'unnamed') continue;
      const full = initials(x.text);
      const j = acronyms.get(full);
      // ("Diana de Cardenas" … "Washington, D.C.": a person's initials that spell a place are the place's)
      if (j !== undefined && !(x.type === 'person' && x.strength >= 2 && cands[j]!.type === 'location')) c.union(i, j);
      // the last word may be a generic noun the acronym leaves out ("ACLED" … "Project")
      const k = full.length >= 4 ? acronyms.get(full.slice(0, -1)) : undefined;
      if (k !== undefined) c.union(i, k);
      // so may the first: "Department of Health and Human Services" … "HHS"
      const m = full.length >= 3 && ACRONYM_SKIPS_FIRST.has(x.lowerFirst) ? acronyms.get(full.slice(1)) : undefined;
      if (m !== undefined) c.union(i, m);
      // "Economic Community of West African States" … "ECOWAS": a word may give its first two or three
      // letters (the acronyms of four letters or more with the name's first initial; each name once)
      if (j === undefined && k === undefined && m === undefined && x.type === 'organization' && full.length >= 3 && full.length <= 8 && budget > 0 && !(tried ??= new Set()).has(x.key)) {
        tried.add(x.key);
        for (const [a, n] of (byInitial ??= initialIndex(acronyms)).get(full.charCodeAt(0)) ?? []) {
          // the initials come in the acronym in order, and it is longer than they: tested before the reading
          if (a.length <= full.length || a.length > 3 * full.length || !inOrder(full, a)) continue;
          if (budget-- <= 0) break;
          if (prefixAcronym(a, x.text)) c.union(i, n);
        }
      }
    }
  }
  // "Afghan Taliban" → "Taliban": a demonym before a known name
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.tokens.length < 2 || x.type === 'unnamed') continue;
    // ("South African Reserve Bank" → "Reserve Bank": a demonym of two words)
    let code = GAZETTEER.demonyms.get(x.lowerFirst);
    let skip = 1;
    if (code === undefined && x.tokens.length > 2) {
      code = GAZETTEER.demonyms.get(x.lowerFirst + ' ' + x.tokens[1]!.toLowerCase());
      skip = 2;
    }
    if (code === undefined) {
      placeTail(cands, c, byKey, i);
      continue;
    }
    const rest = nameKey(x.tokens.slice(skip).join(' '));
    const org = GAZETTEER.organizations.get(rest);
    // ("the Egyptian Foreign Ministry" … "Egypt's foreign ministry": a ministry keyed by its country)
    const j = byKey.get('name:' + rest) ?? (org ? byKey.get(org) : undefined) ?? (code ? byKey.get('name:' + rest + '|country:' + code) : undefined);
    if (j !== undefined && cands[j]!.type !== 'person') {
      c.union(i, j);
      x.primary = false;
      if (code) x.affiliation ??= 'country:' + code;
    }
  }
  mergePolice(cands, c);
  mergeForces(cands, c);
  mergePlaceWords(cands, c, byKey);
  if (several) mergeNamesakes(cands, c);
  mergeParticleSurnames(cands, c);
  mergeHeadNouns(cands, c);
  mergeSurnames(cands, c, shared);
  mergeShortNames(cands, c, byKey);
  return { clusters: c, firstWithKey: byKey };
}

const FORCE_LAST_WORDS: ReadonlySet<string> = new Set(['Forces', 'Army', 'Navy', 'Military']);

/**
 * "Israel's military said" … "The Israel Defense Forces (IDF) said": a country's armed force in
 * lower case is the force named after that country ("Israel", "Israeli" opening its name).
 */
function mergeForces(cands: readonly Candidate[], c: Clusters): void {
  let named: number[] | undefined;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type === 'organization' && y.tokens.length > 1 && FORCE_LAST_WORDS.has(y.tokens[y.tokens.length - 1]!)) (named ??= []).push(i);
  }
  if (!named) return;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.rule !== 'actors/lowercase-force' || !x.affiliation) continue;
    for (const j of named) {
      const first = cands[j]!.lowerFirst;
      const code = GAZETTEER.places.get(first)?.country ?? GAZETTEER.demonyms.get(first);
      if (code && 'country:' + code === x.affiliation) {
        c.union(j, i);
        break;
      }
    }
  }
}

// how far the story moves from its subject before a second bearer's full name takes the surname
const MOVED_ON = 2000;

/**
 * "Libertarian candidate Gary Johnson" … (pages later) "Homeland Security Secretary Jeh Johnson
 * says" … "Johnson tells MSNBC": has the story left its subject (named in full last more than
 * MOVED_ON characters before the second bearer `near`)? Not so for a relative named beside the
 * subject ("Raul Castro, younger brother of President Fidel Castro" … "Castro declared").
 */
function movedOn(cands: readonly Candidate[], list: readonly number[], near: number, subject: number): boolean {
  const key = cands[subject]!.key;
  const at = cands[near]!.start;
  let last = -1;
  for (const k of list) {
    const y = cands[k]!;
    if (y.start >= at) break;
    if (y.key === key) last = y.end;
  }
  if (last < 0 || at - last <= MOVED_ON) return false;
  // ("Ivanka Trump, the Republican presidential nominee's daughter": a relative keeps her full name)
  for (const k of list) {
    const y = cands[k]!;
    if (y.key === cands[near]!.key) for (const role of y.roles) if (KIN_NOUNS.has(lastWord(role))) return false;
  }
  return true;
}

/** "eldest daughter" → "daughter". */
function lastWord(s: string): string {
  const i = s.lastIndexOf(' ');
  return (i < 0 ? s : s.slice(i + 1)).toLowerCase();
}

/**
 * "the Iowa State Patrol" … "the State Patrol said": an organisation named after its place, and
 * named again without it (two words at least: "New York Times" is not "the Times").
 */
function placeTail(cands: readonly Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>, i: number): void {
  const x = cands[i]!;
  if (x.type !== 'organization' || x.tokens.length < 3 || !GAZETTEER.places.has(x.lowerFirst)) return;
  const j = byKey.get('name:' + x.lookup.slice(x.lookup.indexOf(' ') + 1));
  // (a mention typed by a guess only may come first: "a State Patrol spokesman")
  if (j !== undefined && (cands[j]!.type === 'organization' || (cands[j]!.type === 'person' && cands[j]!.strength === 0))) c.union(i, j);
}

/**
 * "Peru's National Police said …" then "Police said 112 people had been detained": the police of
 * an article that names one police force (and one only) is that force.
 */
function mergePolice(cands: Candidate[], c: Clusters): void {
  let force = -1;
  let bare = false;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type === 'unnamed' && y.key === 'unnamed:police') bare = true;
    if (y.type !== 'organization' || y.tokens.length < 2) continue;
    const last = y.tokens[y.tokens.length - 1]!;
    if (last !== 'Police' && last !== 'police' && last !== 'POLICE') continue;
    // ("The Allentown Fraternal Order of Police said": a union of police officers is no force)
    if (y.tokens[y.tokens.length - 2]!.toLowerCase() === 'of') continue;
    if (force >= 0 && cands[force]!.key !== y.key) return;
    force = i;
  }
  if (!bare) return;
  if (force < 0) {
    mergeCountryPolice(cands, c);
    return;
  }
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.key !== 'unnamed:police') continue;
    c.union(force, i);
    // a mention of the force: its type and name are the force's
    x.type = 'organization';
    x.strength = 0;
    x.primary = false;
  }
}

/**
 * "Ivorian police said 12 people were arrested" … "police fired tear gas": where no force is named,
 * the bare police of an article that names one country's police (and one only) are that police.
 */
function mergeCountryPolice(cands: readonly Candidate[], c: Clusters): void {
  let force = -1;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type !== 'unnamed' || y.tokens.length !== 2 || y.tokens[1]!.toLowerCase() !== 'police') continue;
    if (!GAZETTEER.demonyms.has(y.lowerFirst) && !GAZETTEER.places.has(y.lowerFirst)) continue;
    if (force >= 0 && cands[force]!.key !== y.key) return;
    force = i;
  }
  if (force < 0) return;
  for (let i = 0; i < cands.length; i++) if (cands[i]!.key === 'unnamed:police') c.union(force, i);
}

// a place's own noun that names the same place as its name alone ("Mexico City" is not Mexico,
// "Cleveland Heights" not Cleveland, "Vancouver Island" not Vancouver)
const SAME_PLACE_WORDS: ReadonlySet<string> = new Set(['strip', 'peninsula', 'desert', 'islands']);

/** "Gaza Strip" and "Gaza", "Sinai Peninsula" and "Sinai": one place. */
function mergePlaceWords(cands: Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>): void {
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'location' || x.tokens.length !== 2 || !SAME_PLACE_WORDS.has(x.tokens[1]!.toLowerCase())) continue;
    const j = byKey.get('name:' + x.lookup.slice(0, x.lookup.indexOf(' ')));
    if (j !== undefined && cands[j]!.type === 'location') c.union(j, i);
  }
}

/** "Clinton" of a "Mrs. Clinton" the title was left on (a name of its own otherwise), or null. */
function courtesySurname(x: Candidate): string | null {
  const n = x.tokens.length;
  return n >= 2 && n <= 3 && COURTESY_TITLES.has(x.lowerFirst) && (n === 2 || x.tokens[1] === '.') ? x.tokens[n - 1]! : null;
}

// heads an organisation is called by alone ("House" is not: the White House and the House differ)
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'council', 'commission', 'committee', 'court', 'ministry', 'department', 'agency', 'assembly', 'tribunal', 'bureau',
  'authority', 'board', 'union', 'party', 'university', 'institute', 'foundation', 'association', 'library', 'company',
]);

/**
 * "The Bellingham City Council voted 7-2. … Council members …": an organisation's head word alone
 * ("Council", "Commission", "Court") is the one organisation of the text whose name ends in it; with
 * two such names it stays apart.
 */
function mergeHeadNouns(cands: Candidate[], c: Clusters): void {
  let heads: Map<string, number> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'organization' || x.tokens.length !== 1 || !HEAD_NOUNS.has(x.lowerFirst) || x.text !== x.tokens[0]) continue;
    (heads ??= new Map()).set(x.tokens[0]!, -1);
  }
  if (!heads) return;
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    const n = y.tokens.length;
    if (y.type !== 'organization' || n < 2) continue;
    const head = y.tokens[n - 1]!;
    const seen = heads.get(head);
    if (seen === undefined) continue;
    // (-2: two different names end in it)
    if (seen === -1) heads.set(head, j);
    else if (seen >= 0 && c.find(seen) !== c.find(j) && cands[seen]!.key !== y.key) heads.set(head, -2);
  }
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'organization' || x.tokens.length !== 1) continue;
    const j = heads.get(x.tokens[0]!);
    if (j !== undefined && j >= 0) c.union(j, i);
  }
}

/**
 * "De Smet" → "Koen De Smet", "Van Dijk" → "Virgil van Dijk": a surname with its particle, the
 * last two words of a person's longer name.
 */
function mergeParticleSurnames(cands: Candidate[], c: Clusters): void {
  let full: Map<string, number> | undefined;
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    const n = y.tokens.length;
    if (y.type !== 'person' || n < 3 || !NAME_PARTICLES.has(y.tokens[n - 2]!.toLowerCase())) continue;
    const tail = (y.tokens[n - 2] + ' ' + y.tokens[n - 1]).toLowerCase();
    if (!(full ??= new Map()).has(tail)) full.set(tail, j);
  }
  if (!full) return;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'person' || x.tokens.length !== 2) continue;
    const j = full.get((x.tokens[0] + ' ' + x.tokens[1]).toLowerCase());
    if (j !== undefined) c.union(j, i);
  }
}

/** "Asif" → "Khawaja Asif": a one-word name equal to the last word of a person's full name. */
function mergeSurnames(cands: Candidate[], c: Clusters, shared: ReadonlyMap<string, number> | null): void {
  const owners = new Map<string, number[]>();
  let unlisted: Set<string> | undefined;
  const own = (t: string, j: number) => {
    const list = owners.get(t);
    if (list) list.push(j);
    else owners.set(t, [j]);
  };
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    if (y.type !== 'person' || y.tokens.length < 2) continue;
    // "Clinton" and "Hillary" for "Hillary Clinton"; every part of a longer name, once
    const first = y.tokens[0]!;
    const n = y.tokens.length;
    if (n > 2) {
      for (let k = 0; k < n; k++) if (y.tokens.indexOf(y.tokens[k]!) === k) own(y.tokens[k]!, j);
    } else own(y.tokens[1]!, j);
    const firstOwned = n > 2 || first === y.tokens[1];
    if (firstOwned || courtesySurname(y)) continue;
    if (GAZETTEER.firstNames.has(y.lowerFirst) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first)) own(first, j);
    // "Tadesse said" after "Tadesse Gebremariam", "Fatuma's son" after "Fatuma Said": a first name
    // no list knows is the person's too, if nothing but a guess typed the word alone
    else {
      own(first, j);
      (unlisted ??= new Set()).add(first);
    }
  }
  if (owners.size === 0) return;
  const surnameKeys = new Set<string>();
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    // "Montenegro told supporters" after "Luís Montenegro": a surname, though also a country
    // ("Mrs. Clinton", the title left on, is a surname too where two people bear it)
    const surname = x.tokens.length === 1 ? x.tokens[0]! : shared && courtesySurname(x);
    if (!surname || x.type === 'unnamed' || (x.type === 'organization' && x.strength >= 3)) continue;
    const list = owners.get(surname);
    if (!list || (x.strength >= 2 && unlisted?.has(surname))) continue;
    // two people with one surname: the nearest one named before it (the list is in text order);
    // two people with one name's last word ("Claire Whitfield", "Her brother, Graham Whitfield"):
    // the one named first, the story's subject (a relative named later keeps the full name)
    // … unless the story has moved on from the subject to the nearest (see movedOn)
    const subject = shared?.get(surname);
    if (x.tokens.length > 1 && subject === undefined) continue;
    let pick = subject ?? list[0]!;
    let lo = 0;
    let hi = subject !== undefined && x.tokens.length > 1 ? -1 : list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cands[list[mid]!]!.start < x.start) {
        pick = list[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (subject !== undefined && pick !== subject && !(x.rule !== 'actors/courtesy-title' && movedOn(cands, list, pick, subject))) pick = subject;
    // "Poor Mexico, so far from God": a country is a surname only of a person a clue typed
    // ("Luís Montenegro" by a first name), never of a capitalised pair that only guessed one
    if (x.type === 'location' && x.strength >= 4 && cands[pick]!.strength < 2) continue;
    c.union(pick, i);
    surnameKeys.add(x.key);
  }
  if (surnameKeys.size === 0) return;
  for (const y of cands) {
    if (y.tokens.length !== 1 || !surnameKeys.has(y.key)) continue;
    y.type = 'person';
    y.rule = 'actors/surname';
    y.primary = false;
  }
}

/**
 * "Islamabad accuses Kabul": a capital that acts as its government, when the country is named
 * too, is a mention of the country. Only those mentions: "NAIROBI —", "in Nairobi" stay the city.
 */
function rekeyCapitals(cands: Candidate[]): void {
  let countries: Set<string> | null = null;
  for (const x of cands) {
    if (!x.political || !x.capitalOf) continue;
    if (!countries) {
      countries = new Set<string>();
      for (const y of cands) if (y.key.startsWith('country:')) countries.add(y.key);
    }
    const key = 'country:' + x.capitalOf;
    if (!countries.has(key)) continue;
    x.key = key;
    x.primary = false;
    x.rule = 'actors/capital-as-government';
  }
}

/** For each key, its first candidate outside a headline (built in one pass, when a headline's name first asks). */
function firstsInBody(cands: readonly Candidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) if (cands[k]!.rule !== 'actors/heading-name' && !out.has(cands[k]!.key)) out.set(cands[k]!.key, k);
  return out;
}

// rules that make a one-word name a person by a title: such a name is no organisation's short form
const TITLED_RULES: ReadonlySet<string> = new Set(['actors/title-name', 'actors/courtesy-title', 'actors/role-name', 'actors/surname']);

/**
 * "Carrow" → "Carrow Pharmacies", "Stanmore Lane" → "Stanmore Lane & Co.": the first words of an
 * organisation's name, used alone after it, name it (not a place or an organisation the lexicons know:
 * "Delaware" in "Delaware Court of Chancery" is the state). Two organisations sharing the first
 * words leave them alone.
 */
function mergeShortNames(cands: Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>): void {
  // organisations of several words by their first word: most articles have a few
  let byFirst: Map<string, number[]> | null = null;
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    if (y.type !== 'organization' || y.tokens.length < 2) continue;
    const space = y.lookup.indexOf(' ');
    if (space < 0) continue;
    const first = y.lookup.slice(0, space);
    const list = (byFirst ??= new Map()).get(first);
    if (list) list.push(j);
    else byFirst.set(first, [j]);
  }
  if (!byFirst) return;
  let inBody: Map<string, number> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type === 'unnamed' || x.strength >= 4 || TITLED_RULES.has(x.rule) || (x.type === 'location' && x.strength >= 3)) continue;
    const space = x.lookup.indexOf(' ');
    const list = byFirst.get(space < 0 ? x.lookup : x.lookup.slice(0, space));
    if (!list) continue;
    // the first organisation whose name goes on from these words; another such organisation vetoes
    let j = -1;
    for (const k of list) {
      const y = cands[k]!;
      if (y.key === x.key || y.lookup.length <= x.lookup.length || !y.lookup.startsWith(x.lookup) || y.lookup.charCodeAt(x.lookup.length) !== 32) continue;
      if (j < 0) j = k;
      else if (cands[j]!.key !== y.key) {
        j = -2;
        break;
      }
    }
    if (j < 0) continue;
    // "NetChoice, a trade association …" before "the NetChoice Litigation Center": a name met first
    // on its own is an entity of its own (in the body: a headline's "… at Meridian" comes first)
    let first = byKey.get(x.key) ?? i;
    // (only against an organisation named in the body: "Colorado Springs bar | Colorado Springs Gazette" is all headline)
    // (and of no place: "Downers Grove Man Arrested …" repeated in a scraped page is no organisation of Downers Grove)
    if (cands[first]!.rule === 'actors/heading-name' && cands[j]!.rule !== 'actors/heading-name') {
      const body = (inBody ??= firstsInBody(cands)).get(x.key);
      if (body !== undefined && cands[body]!.type !== 'location') first = body;
    }
    // ("Former White House Doctor Says" over a body whose book "The White House Doctor" comes after
    // "the White House physician": a headline's organisation counts from where the body names it)
    let from = cands[j]!.start;
    if (cands[j]!.rule === 'actors/heading-name') {
      const body = (inBody ??= firstsInBody(cands)).get(cands[j]!.key);
      if (body !== undefined) from = cands[body]!.start;
    }
    if (cands[first]!.start < from) continue;
    c.union(j, i);
    x.type = 'organization';
    x.primary = false;
    x.rule = 'actors/short-name';
  }
}
