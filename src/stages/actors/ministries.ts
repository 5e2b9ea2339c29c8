// Ministries named in lower case: "Indonesia's trade ministry called the request …", "according
// to the health ministry". Wire copy names them so as often as "Ministry of Health".

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { MINISTRY_PORTFOLIOS } from '../../lexicon/organizations.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

/** Each "<portfolio> ministry" in the words, as an organisation; its country from "Indonesia's" or "Indonesian". */
export function ministryCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.lower !== 'ministry' || w.text !== 'ministry') continue;
    const portfolio = words[k - 1]!;
    if (portfolio.possessive || !MINISTRY_PORTFOLIOS.has(portfolio.lower)) continue;
    const code = ownerCode(words, k - 2);
    const affiliation = code ? 'country:' + code : null;
    const lookup = portfolio.lower + ' ministry';
    // "Kenya's foreign ministry declined to comment … the foreign ministry said": a bare one is the
    // last one a country owned (looked for among the last candidates only)
    const owned = affiliation ? undefined : lastOwned(cands, lookup);
    // "Kenya's foreign ministry" and "the Egyptian Foreign Ministry" are two ministries: one owned
    // is keyed by its country (merge.ts joins the "Egyptian" form to it)
    cands.push({
      start: portfolio.start, end: w.end, text: text.slice(portfolio.start, w.end), sentence, key: owned ?? 'name:' + lookup + (affiliation ? '|' + affiliation : ''),
      type: 'organization', strength: 2, rule: 'actors/lowercase-ministry', roles: [], affiliation, capitalOf: null,
      political: false, primary: true, tokens: [portfolio.text, w.text], lowerFirst: portfolio.lower, lookup,
    });
  }
}

/** The country of "Indonesia's", "Indonesian", "Ivory Coast's", "South African" ending at `at`, or undefined. */
function ownerCode(words: readonly Word[], at: number): string | undefined {
  const owner = words[at];
  if (!owner) return undefined;
  const one = owner.possessive ? GAZETTEER.places.get(owner.lower)?.country : GAZETTEER.demonyms.get(owner.lower);
  if (one || at === 0) return one || undefined;
  const two = words[at - 1]!.lower + ' ' + owner.lower;
  return (owner.possessive ? GAZETTEER.places.get(two)?.country : GAZETTEER.demonyms.get(two)) || undefined;
}

/** The key of the last lower-case ministry of this portfolio a country owned, among the last 200 candidates. */
function lastOwned(cands: readonly Candidate[], lookup: string): string | undefined {
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 200; i--) {
    const c = cands[i]!;
    if (c.lookup === lookup && c.affiliation && c.rule === 'actors/lowercase-ministry') return c.key;
  }
  return undefined;
}
