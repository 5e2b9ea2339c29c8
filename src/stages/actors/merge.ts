// One actor per entity: candidates that name the same thing are joined. Surname to full name
// ("Yousafzai" → "Sami Yousafzai"), acronym to expansion ("TTP" ↔ "Tehreek-e-Taliban
// Pakistan"), demonym + group ("the Afghan Taliban" = "the Taliban"), and a capital that acts
// as its government ("Islamabad accuses Kabul") to its country.

import { GAZETTEER, nameKey } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import { isAllCaps } from './words.js';

export class Clusters {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
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
  return name
    .split(/[\s-]+/)
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p[0])
    .join('');
}

function acronymMatches(acronym: string, expansion: string): boolean {
  const a = acronym.replace(/\./g, '');
  const i = initials(expansion);
  // the last word may be a generic noun the acronym leaves out ("ACLED" … "Project")
  return a.length >= 2 && (a === i || (a.length >= 3 && a === i.slice(0, -1)));
}

/** Joins candidates in place; returns the clusters. `links` holds explicit pairs (parenthesised aliases). */
export function mergeCandidates(cands: Candidate[], links: Array<[number, number]>): Clusters {
  const c = new Clusters(cands.length);
  const byKey = new Map<string, number>();
  cands.forEach((cand, i) => {
    const seen = byKey.get(cand.key);
    if (seen === undefined) byKey.set(cand.key, i);
    else c.union(seen, i);
  });
  for (const [a, b] of links) c.union(a, b);
  // acronyms formed from the initials of another candidate's name
  const acronyms = cands.map((x, i) => [x, i] as const).filter(([x]) => x.tokens.length === 1 && isAllCaps(x.text));
  if (acronyms.length) {
    for (const [i, x] of cands.entries()) {
      if (x.tokens.length < 2 || x.type === 'unnamed') continue;
      for (const [a, j] of acronyms) if (acronymMatches(a.text, x.text)) c.union(i, j);
    }
  }
  // "Afghan Taliban" → "Taliban": a demonym before a known name
  for (const [i, x] of cands.entries()) {
    if (x.tokens.length < 2 || x.type === 'unnamed') continue;
    const code = GAZETTEER.demonyms.get(x.tokens[0]!.toLowerCase());
    if (code === undefined) continue;
    const rest = nameKey(x.tokens.slice(1).join(' '));
    const j = cands.findIndex((y) => y.key === 'name:' + rest || y.key === GAZETTEER.organizations.get(rest));
    if (j >= 0 && cands[j]!.type !== 'person') {
      c.union(i, j);
      x.primary = false;
      if (code) x.affiliation ??= 'country:' + code;
    }
  }
  mergeSurnames(cands, c);
  mergeCapitals(cands, c);
  return c;
}

/** "Asif" → "Khawaja Asif": a one-word name equal to the last word of a person's full name. */
function mergeSurnames(cands: Candidate[], c: Clusters): void {
  const full = cands.map((x, i) => [x, i] as const).filter(([x]) => x.type === 'person' && x.tokens.length > 1);
  for (const [i, x] of cands.entries()) {
    // "Montenegro told supporters" after "Luís Montenegro": a surname, though also a country
    if (x.tokens.length !== 1 || x.type === 'unnamed' || x.type === 'organization' && x.strength >= 3) continue;
    const word = x.tokens[0]!;
    const owners = full.filter(([y]) => y.tokens[y.tokens.length - 1] === word || (y.tokens.length > 2 && y.tokens.includes(word)));
    const roots = new Set(owners.map(([, j]) => c.find(j)));
    if (roots.size === 0) continue;
    // two people with one surname: the nearest one named before it
    const before = owners.filter(([y]) => y.start < x.start);
    const pick = (before.length ? before[before.length - 1] : owners[0])!;
    c.union(pick[1], i);
    for (const y of cands) {
      if (y.key !== x.key) continue;
      y.type = 'person';
      y.rule = 'actors/surname';
      y.primary = false;
    }
  }
}

/** "Islamabad" → Pakistan when the country is named too and the capital acts as its government. */
function mergeCapitals(cands: Candidate[], c: Clusters): void {
  const political = new Set(cands.filter((x) => x.political && x.capitalOf).map((x) => x.capitalOf!));
  for (const [i, x] of cands.entries()) {
    if (!x.capitalOf || !political.has(x.capitalOf)) continue;
    const j = cands.findIndex((y) => y.key === 'country:' + x.capitalOf);
    if (j < 0) continue;
    c.union(j, i);
    x.primary = false;
    x.rule = 'actors/capital-as-government';
  }
}
