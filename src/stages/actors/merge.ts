// One actor per entity: candidates that name the same thing are joined. Surname to full name
// ("Yousafzai" → "Sami Yousafzai"), acronym to expansion ("TTP" ↔ "Tehreek-e-Taliban
// Pakistan"), demonym + group ("the Afghan Taliban" = "the Taliban"), and a capital that acts
// as its government ("Islamabad accuses Kabul") to its country.

import { GAZETTEER, nameKey } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import { Clusters } from './clusters.js';
import { mergeAcronyms } from './acronyms.js';
import { mergeNamesakes, surnameStats } from './namesakes.js';
import { mergeParticleSurnames, mergeSurnames } from './merge-surnames.js';
import { mergeForces, mergeHeadNouns, mergePlaceWords, mergePolice, placeTail } from './merge-orgs.js';
import { mergeShortNames } from './short-names.js';
import { mergeBareGroups } from './merge-groups.js';
import { mergeMinistriesOf } from './ministries.js';

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
  mergeAcronyms(cands, c);
  // "Afghan Taliban" → "Taliban": a demonym before a known name
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    // ("the Indian government" is its country's, no form of a bare "the government")
    if (x.tokens.length < 2 || x.type === 'unnamed' || x.rule === 'actors/country-government') continue;
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
  mergeOwnedMinistries(cands, c, byKey);
  mergeMinistriesOf(cands, (a, b) => c.union(a, b), byKey);
  mergePolice(cands, c);
  mergeForces(cands, c);
  mergePlaceWords(cands, c, byKey);
  if (several) mergeNamesakes(cands, c);
  mergeParticleSurnames(cands, c);
  mergeHeadNouns(cands, c);
  mergeSurnames(cands, c, shared);
  mergeShortNames(cands, c, byKey);
  mergeBareGroups(cands, c);
  return { clusters: c, firstWithKey: byKey };
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

/**
 * "Chile's Foreign Ministry said … The Foreign Ministry added": a bare ministry is the one country's that
 * owns one of its name (none when two countries' are named: "Kyrgyzstan's … the Tajik Foreign Ministry").
 */
function mergeOwnedMinistries(cands: readonly Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>): void {
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'organization' || !x.key.endsWith(' ministry') || x.key.includes('|')) continue;
    let owned = -1;
    for (const [key, j] of byKey) {
      if (!key.startsWith(x.key + '|country:')) continue;
      owned = owned === -1 ? j : -2;
    }
    if (owned >= 0) c.union(owned, i);
  }
}
