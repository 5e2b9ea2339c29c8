// Surnames and first names to the full name they belong to: "Asif" → "Khawaja Asif", "De Smet" →
// "Koen De Smet"; two bearers of one surname each keep their own mentions.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import type { Clusters } from './clusters.js';
import { COURTESY_TITLES, KIN_NOUNS } from '../../lexicon/titles.js';
import { NAME_PARTICLES } from '../../lexicon/non-entities.js';

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

/** "Clinton" of a "Mrs. Clinton" the title was left on (a name of its own otherwise), or null. */
function courtesySurname(x: Candidate): string | null {
  const n = x.tokens.length;
  return n >= 2 && n <= 3 && COURTESY_TITLES.has(x.lowerFirst) && (n === 2 || x.tokens[1] === '.') ? x.tokens[n - 1]! : null;
}

/**
 * "De Smet" → "Koen De Smet", "Van Dijk" → "Virgil van Dijk": a surname with its particle, the
 * last two words of a person's longer name; so too "Peña Nieto" → "Enrique Peña Nieto", "Halim
 * Mustafa" → "Abdulhalim Halim Mustafa" (two surnames, or a middle name used with the surname),
 * when only one person's name ends in those two words.
 */
export function mergeParticleSurnames(cands: Candidate[], c: Clusters): void {
  let full: Map<string, number> | undefined;
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    const n = y.tokens.length;
    if (y.type !== 'person' || n < 3 || !tailWord(y.tokens[n - 2]!) || !tailWord(y.tokens[n - 1]!)) continue;
    const tail = (y.tokens[n - 2] + ' ' + y.tokens[n - 1]).toLowerCase();
    full ??= new Map();
    const seen = full.get(tail);
    // (-1: two people's names end in these words)
    if (seen === undefined) full.set(tail, j);
    else if (seen >= 0 && cands[seen]!.key !== y.key) full.set(tail, -1);
  }
  if (!full) return;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'person' || x.tokens.length !== 2) continue;
    const j = full.get((x.tokens[0] + ' ' + x.tokens[1]).toLowerCase());
    if (j !== undefined && j >= 0) c.union(j, i);
  }
}

/** A word of a name's tail: a particle ("De") or a word of three letters or more ("Nieto"; no initial, "Jr" or "III"). */
function tailWord(t: string): boolean {
  return NAME_PARTICLES.has(t.toLowerCase()) || (t.length >= 3 && !t.includes('.') && !SUFFIXES.has(t.toLowerCase()));
}
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** "Asif" → "Khawaja Asif": a one-word name equal to the last word of a person's full name. */
export function mergeSurnames(cands: Candidate[], c: Clusters, shared: ReadonlyMap<string, number> | null): void {
  const owners = new Map<string, number[]>();
  let unlisted: Set<string> | undefined;
  const own = (word: string, j: number) => {
    const t = straightQuotes(word);
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
    const list = owners.get(straightQuotes(surname));
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

/** "O’Neill" as "O'Neill": one surname whichever apostrophe the copy uses ("James O’Neill" … "O'Neill said"). */
function straightQuotes(word: string): string {
  return word.includes('\u2019') ? word.replaceAll('\u2019', "'") : word;
}
