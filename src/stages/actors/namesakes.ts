// People's full names that name one person in two forms ("Senator Charles E. Schumer" … "Chuck
// Schumer told reporters"; "Secretary of State John F. Kerry" … "John Kerry"), and surnames that
// two people share ("Claire Whitfield" … "Her brother, Graham Whitfield"; "Donald Trump" …
// "Ivanka Trump, the nominee's eldest daughter").

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { FORMAL_FIRST_NAMES } from '../../lexicon/nicknames.js';
import { COURTESY_TITLES } from '../../lexicon/titles.js';
import type { Candidate } from './candidates.js';
import type { Clusters } from './clusters.js';

// rules whose clue, not a capitalised pair alone, made a name a person's ("Ivanka Trump, the
// nominee's eldest daughter"): such a name is a second bearer of its surname even with a first
// name no list knows ("Whether Clinton" only guessed one, "Mrs. Clinton" is one word)
const PERSON_CLUES: ReadonlySet<string> = new Set([
  'actors/title-name', 'actors/role-name', 'actors/role-comma-name', 'actors/appositive-role', 'actors/who-clause',
]);

/**
 * Is a name of several words a person's full name: opened by a known first name, or typed by a
 * clue? ("Mr. Clarke" with an apposition is no second Clarke.)
 */
function fullName(y: Candidate): boolean {
  if (y.type !== 'person' || y.tokens.length < 2) return false;
  return GAZETTEER.firstNames.has(y.lowerFirst) || (y.strength >= 2 && PERSON_CLUES.has(y.rule) && !COURTESY_TITLES.has(y.lowerFirst));
}

/** "charles schumer" for "Charles E. Schumer" and "Chuck Schumer": the first name's formal form and the last word. */
function identity(y: Candidate): string {
  const first = FORMAL_FIRST_NAMES.get(y.lowerFirst) ?? y.lowerFirst;
  return first + ' ' + y.tokens[y.tokens.length - 1]!.toLowerCase();
}

/** The words between a full name's first and last ("E ." of "Charles E. Schumer"), lower case, "" when none. */
function middle(y: Candidate): string {
  let out = '';
  for (let k = 1; k < y.tokens.length - 1; k++) if (y.tokens[k] !== '.') out += (out ? ' ' : '') + y.tokens[k]!.toLowerCase();
  return out;
}

/**
 * The last words of two or more people's full names ("Whitfield" of Claire and Graham Whitfield),
 * each with the candidate that first names one of them in full, or null when none. That one is the
 * story's subject: a relative named later keeps the full name. ("Elian Gonzalez", met before "his
 * father, Juan Miguel Gonzalez", is no full name by itself: nothing but capitals made it a person's.)
 * And `several`: does one last word end two different names opened by a known first name (one
 * person's two forms, for mergeNamesakes, or two people)? Most articles have neither.
 */
export function surnameStats(cands: readonly Candidate[]): { shared: Map<string, number> | null; several: boolean } {
  let owner: Map<string, number> | null = null;
  // the first name opened by a known first name, by its last word
  let firstNamed: Map<string, string> | null = null;
  let shared: Map<string, number> | null = null;
  let several = false;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (!fullName(y)) continue;
    const last = y.tokens[y.tokens.length - 1]!;
    if (!several && GAZETTEER.firstNames.has(y.lowerFirst)) {
      const key = (firstNamed ??= new Map()).get(last);
      if (key === undefined) firstNamed.set(last, y.key);
      else several = key !== y.key;
    }
    const known = (owner ??= new Map()).get(last);
    if (known === undefined) owner.set(last, i);
    // (most repeats are the same name: its key settles it)
    else if (cands[known]!.key !== y.key && !shared?.has(last) && identity(cands[known]!) !== identity(y)) (shared ??= new Map()).set(last, known);
  }
  return { shared, several };
}

/**
 * Joins the full names of one person: one first name (or its familiar form, "Chuck" for
 * "Charles") and one last word, the middle the same or left out. Two different middles
 * ("George H. W. Bush", "George W. Bush") are two people, and so is every form of that name.
 */
export function mergeNamesakes(cands: readonly Candidate[], c: Clusters): void {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type !== 'person' || y.tokens.length < 2 || !GAZETTEER.firstNames.has(y.lowerFirst)) continue;
    const id = identity(y);
    const list = groups.get(id);
    if (!list) groups.set(id, [i]);
    else list.push(i);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    let named = '';
    let clash = false;
    for (const i of list) {
      const m = middle(cands[i]!);
      if (!m) continue;
      if (named && m !== named) clash = true;
      named = m;
    }
    if (clash) continue;
    for (let k = 1; k < list.length; k++) c.union(list[0]!, list[k]!);
  }
}
