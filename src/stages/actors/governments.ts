// A government named in lower case that acts: "The government said", "the federal government has",
// "the Indian government said", "according to the state government". Each fixture's gold has such a
// government as an organisation of its own (optional); with no actor the quotes stage linked "The
// government said" to the last organisation named (a fire department). A country's possessive
// ("India's government") stays the country's (name-context.ts), a leader's ("the Berlusconi
// government") made-candidates.ts's.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { GOVERNMENT_LEVELS } from '../../lexicon/organizations.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import { ACTS_AFTER } from './ministries.js';
import type { Word } from './words.js';

/** Does the body ending at `k` (its words opening after `from`) act: a verb of saying or acting after it, or "according to" before? */
function bodyActs(words: readonly Word[], k: number, from: number): boolean {
  const next = words[k + 1]?.lower ?? '';
  if (REPORTING_CUES.has(next) || ACTS_AFTER.has(next)) return true;
  return words[from - 1]?.lower === 'to' && words[from - 2]?.lower === 'according';
}

/** Does the body ending at `k` speak: a verb of saying after it, or "according to" before it? */
export function bodySpeaks(words: readonly Word[], k: number, from: number): boolean {
  return REPORTING_CUES.has(words[k + 1]?.lower ?? '') || (words[from - 1]?.lower === 'to' && words[from - 2]?.lower === 'according');
}

/**
 * Each "the [level…] government" that acts, as an organisation ("government", "state government": one
 * actor per name in a text), and each "the [demonym] government" as a mention of its country.
 */
export function governmentCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.text !== 'government' || w.possessive) continue;
    let from = k;
    while (from > 0 && k - from < 2 && GOVERNMENT_LEVELS.has(words[from - 1]!.text)) from--;
    // "the Indian government": a demonym in capitals opens the name and gives its country
    const before = words[from - 1];
    const demonym = before && !before.possessive && before.text !== before.lower ? GAZETTEER.demonyms.get(before.lower) : undefined;
    if (demonym) from--;
    if (words[from - 1]?.lower !== 'the' || !bodyActs(words, k, from - 1)) continue;
    const start = words[from]!.start;
    const affiliation = demonym ? 'country:' + demonym : null;
    const lookup = text.slice(words[demonym ? from + 1 : from]!.start, w.end).toLowerCase();
    const tokens: string[] = [];
    for (let j = from; j <= k; j++) tokens.push(words[j]!.text);
    // ("The Kenyan government said": the country acting as its government, as "India's government" and
    // "Islamabad accuses Kabul" are; the golds have "Ghana's government" as an alias of Ghana)
    if (affiliation) {
      cands.push({
        start, end: w.end, text: text.slice(start, w.end), sentence, key: affiliation, type: 'location', strength: 2,
        rule: 'actors/country-government', roles: [], affiliation: null, capitalOf: null, political: true, primary: false, tokens,
        lowerFirst: words[from]!.lower, lookup,
      });
      continue;
    }
    cands.push({
      start, end: w.end, text: text.slice(start, w.end), sentence, key: 'name:' + lookup, type: 'organization', strength: 2,
      rule: 'actors/lowercase-government', roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens,
      lowerFirst: words[from]!.lower, lookup,
    });
  }
}

/**
 * "The Kenyan government said" in a text that never names Kenya: no mention of a country the text does not
 * name (its name would be "Kenyan government"); the claim keeps its source text.
 */
export function dropLoneCountryGovernments(cands: Candidate[]): void {
  if (!cands.some((c) => c.rule === 'actors/country-government')) return;
  const named = new Set<string>();
  for (const c of cands) if (c.rule !== 'actors/country-government') named.add(c.key);
  let j = 0;
  for (const c of cands) if (c.rule !== 'actors/country-government' || named.has(c.key)) cands[j++] = c;
  cands.length = j;
}
