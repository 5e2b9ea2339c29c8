// Acronyms and the names they abbreviate: "TTP" ↔ "Tehreek-e-Taliban Pakistan", "HHS" ↔
// "Department of Health and Human Services", "ECOWAS" ↔ "Economic Community of West African States".

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import type { Clusters } from './clusters.js';
import { isAllCaps } from './words.js';

const CAP = /^\p{Lu}/u;
// generic first words an acronym may leave out: "(Department of) Health and Human Services" → HHS
const ACRONYM_SKIPS_FIRST: ReadonlySet<string> = new Set(['department', 'ministry', 'office', 'bureau']);
const SPACE = /\s/;

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

/** Joins each acronym to the names whose initials spell it ("TTP" ↔ "Tehreek-e-Taliban Pakistan"). */
export function mergeAcronyms(cands: readonly Candidate[], c: Clusters): void {
  const acronyms = new Map<string, number>();
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.tokens.length === 1 && isAllCaps(x.text)) {
      // ("PG&E" … "Pacific Gas and Electric Co.", "AT&T": an ampersand stands for the "and" the initials skip)
      const a = x.text.includes('.') || x.text.includes('&') ? x.text.replace(/[.&]/g, '') : x.text;
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
      // ("Diana de Cardenas" … "Washington, D.C.": a person's initials that spell a place are the place's;
      // "(AP)" … "Dr. Alan Pham": two letters, or an organisation a lexicon knows, are no initials of a name opened by a first name: "JFK" may be)
      const named = x.type === 'person' && GAZETTEER.firstNames.has(x.lowerFirst);
      if (j !== undefined && !(x.type === 'person' && x.strength >= 2 && cands[j]!.type === 'location') && !(named && (full.length < 3 || (cands[j]!.type === 'organization' && cands[j]!.strength >= 4)))) c.union(i, j);
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
}
