// Names linked within a sentence: a name in brackets after a name ("Tehreek-e-Taliban Pakistan
// (TTP)"), an acronym "known as" ("… known by its French initials MSF"); and the links re-indexed
// once overlapping candidates are dropped.

import { firstIndex } from '../../document.js';
import type { Candidate } from './candidates.js';
import { initials } from './acronyms.js';
import { isAllCaps, type Word } from './words.js';

/** The explicit links (bracketed aliases) as pairs of indices into `kept`; links to dropped candidates go. */
export function keptLinks(kept: readonly Candidate[], links: ReadonlyArray<[Candidate, Candidate]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of links) {
    const ia = indexIn(kept, a);
    const ib = indexIn(kept, b);
    if (ia >= 0 && ib >= 0) out.push([ia, ib]);
  }
  return out;
}

/** Where `c` stands in `kept`, or -1: kept candidates are sorted by start and never share one. */
function indexIn(kept: readonly Candidate[], c: Candidate): number {
  const i = firstIndex(kept.length, (k) => kept[k]!.start >= c.start);
  return kept[i] === c ? i : -1;
}

/** "Tehreek-e-Taliban Pakistan (TTP)", "Daesh's (ISIL or ISIS)": names in brackets after a name. */
export function linkBracketed(words: Word[], cands: Candidate[], runCands: Array<[number, number]>, links: Array<[Candidate, Candidate]>): void {
  for (const [ci, to] of runCands) {
    if (words[to]?.text !== '(') continue;
    const close = words.findIndex((w, k) => k > to && w.text === ')');
    if (close < 0 || close - to > 8) continue;
    const open = words[to]!.end;
    const shut = words[close]!.start;
    const outer = cands[ci]!;
    for (const [cj] of runCands) {
      const inner = cands[cj]!;
      // "Mike Pence (R-IN)": a person's brackets hold a party label, not another name
      if (inner.start < open || inner.end > shut) continue;
      // "WASHINGTON (AP)": only an organisation takes names in brackets, unless they are its initials
      if (outer.type !== 'organization' && !(isAllCaps(inner.text) && initials(outer.text) === inner.text)) {
        if (outer.type !== 'person') continue;
        inner.strength = -1; // dropped below: a label, not a name
        continue;
      }
      links.push([cands[ci]!, inner]);
      inner.primary = false;
      inner.rule = 'actors/bracketed-alias';
      // ("the opposition Citizens' Renewal Party (PRC)": the alias is the name's, not the place the lexicon files those initials under; BLIND15 A8)
      // (initials only, after a name its words made an organisation's: "Hamilton (Ontario)" is a place's)
      if (outer.type === 'organization' && inner.type !== 'organization' && outer.strength >= 2 && isAllCaps(inner.text)) [inner.type, inner.strength] = ['organization', Math.min(inner.strength, outer.strength)];
    }
  }
}

/** "Doctors Without Borders, known by its French initials MSF": the acronym is an alias. */
export function linkKnownAs(words: Word[], known: number, cands: Candidate[], runCands: Array<[number, number]>, links: Array<[Candidate, Candidate]>): void {
  const knownAt = words[known]!.start;
  const after = runCands.map(([i]) => cands[i]!).filter((c) => c.start > knownAt && c.start - knownAt < 60);
  const before = runCands.map(([i]) => cands[i]!).filter((c) => c.end <= knownAt && c.type !== 'person');
  const owner = before[before.length - 1];
  const first = after[0];
  if (!owner || !first || !nextTo(words, owner, known)) return;
  // "The Independent Mining Workers' Union, known as Bağımsız Maden-İş, said": a name of several
  // words right after "known as" that follows the organisation's comma is its other name
  const named = first.tokens.length > 1 && words[known + 1]?.lower === 'as' && first.start === words[known + 2]?.start &&
    words[known - 1]?.text === ',' && owner.type === 'organization' && owner.end === words[known - 2]?.end;
  if ((first.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(first.text)) || named) {
    // "The African Union mission in Somalia, known as AUSSOM,", "The EU mission, known as EULEX,": initials of a body
    // a noun in lower case names around the owner are that body's, an organisation of its own (BLIND16 A1)
    if (!named && bodyAround(words, owner, known)) {
      [first.type, first.strength, first.rule] = ['organization', Math.max(first.strength, 2), 'actors/known-as-name'];
      return;
    }
    links.push([owner, first]);
    first.primary = false;
    first.rule = 'actors/known-as-alias';
    if (named) first.type = owner.type;
  }
}

/**
 * "the Republican People's Party, or CHP, said", "the Islamic State group, or ISIS": an acronym
 * after ", or" that follows an organisation's name is its alias (`or` at the index of "or").
 */
export function linkOrAcronym(words: Word[], or: number, cands: Candidate[], runCands: Array<[number, number]>, links: Array<[Candidate, Candidate]>): void {
  const acronymAt = words[or + 1]!;
  let owner: Candidate | undefined;
  let acronym: Candidate | undefined;
  for (const [i, to] of runCands) {
    const c = cands[i]!;
    if (to === or - 1 && c.type === 'organization') owner = c;
    if (c.start === acronymAt.start && c.tokens.length === 1 && isAllCaps(c.text)) acronym = c;
  }
  if (!owner || !acronym) return;
  links.push([owner, acronym]);
  acronym.primary = false;
  acronym.rule = 'actors/or-alias';
}

// words that open a phrase of its own between a name and "known as": "Caxias prison after the
// secret police, known as PIDE" names the police, not the prison
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'after', 'before', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with', 'the', 'a', 'an', 'and', 'or', 'which', 'who', 'that',
]);

/**
 * Does `owner` stand next to "known" (at `known`): but for punctuation and up to three words of
 * its own ("militant group, commonly"), or an apposition that describes it ("The National
 * Coordinator for Human Rights, an alliance of some 80 groups known by its initials CNDDHH")?
 */
function nextTo(words: readonly Word[], owner: Candidate, known: number): boolean {
  let from = known;
  while (from > 0 && words[from - 1]!.start >= owner.end) from--;
  if (words[from]?.text === ',' && APPOSITION_OPENERS.has(words[from + 1]?.lower ?? '') && known - from < 14) {
    for (let k = from + 1; k < known; k++) if (words[k]!.text === ',' && k < known - 1) return false;
    return true;
  }
  let n = 0;
  for (let k = from; k < known; k++) {
    const w = words[k]!;
    if (w.kind === 'punct') continue;
    if (++n > 3 || PHRASE_OPENERS.has(w.lower)) return false;
  }
  return true;
}

const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

// prepositions that tie a place to the body a noun names: "mission in Somalia", "envoy to Sudan"
const BODY_PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'to', 'for', 'of']);

/** A lower-case noun right before the comma ("African Union mission,"), or before the place's preposition ("mission in Somalia,"). */
function bodyAround(words: readonly Word[], owner: Candidate, known: number): boolean {
  const comma = words[known - 1]?.text === ',' ? known - 1 : -1;
  const before = words[comma - 1];
  if (comma < 1 || !before) return false;
  if (before.start >= owner.end) return before.kind === 'word' && before.text === before.lower;
  if (owner.type !== 'location') return false;
  let k = comma - 1;
  while (k > 0 && words[k]!.start > owner.start) k--;
  const prep = words[k - 1];
  const noun = words[k - 2];
  return prep !== undefined && noun !== undefined && BODY_PLACE_LINKS.has(prep.lower) && noun.kind === 'word' && noun.text === noun.lower && noun.lower !== prep.lower;
}
