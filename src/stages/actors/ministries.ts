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
    // "Kenya's foreign ministry" and "the Egyptian Foreign Ministry" are two ministries: one owned
    // is keyed by its country (merge.ts joins the "Egyptian" form and later bare mentions to it)
    cands.push({
      start: portfolio.start, end: w.end, text: text.slice(portfolio.start, w.end), sentence, key: 'name:' + lookup + (affiliation ? '|' + affiliation : ''),
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
