// Checks on the object of a cue whose object may be a thing rather than a statement: "agreed to" a thing or a
// time ("a ceasefire that they had agreed to in May"), "dismissed" a case rather than a claim ("dismissed one of
// the counts").

import { DETERMINERS } from '../../lexicon/attribution-words.js';
import { AGREED_TO_SETTINGS, DISMISSAL_LINKS, STATEMENT_NOUNS } from '../../lexicon/cue-phrases.js';
import type { View } from './tokens.js';

/**
 * Is "agreed" (ending at token cueEnd) followed by "to" and a thing or a setting, not a verb: "It agreed to the sale
 * in June", "a ceasefire that they had agreed to in May", "the deal they agreed to."? ("agreed to cut…" stays.)
 */
export function agreedToThing(v: View, cueEnd: number): boolean {
  if (v.low[cueEnd + 1] !== 'to') return false;
  const w = v.low[cueEnd + 2];
  if (w === undefined) return true;
  return DETERMINERS.has(w) || AGREED_TO_SETTINGS.has(w) || (v.toks[cueEnd + 2]!.kind === 'punct' && !v.mark[cueEnd + 2]);
}

const DISMISSAL_REACH = 8;

/**
 * Does "dismissed" (ending at token cueEnd) dismiss something said: a statement noun ("dismissed suggestions that…",
 * "dismissed the reports as…"), an object taken "as" something ("dismissed NATO member Estonia as…"), or a quotation
 * or colon after its object? A judge who "dismissed one of the seven counts" or "dismissed the lawsuit" said nothing.
 */
export function dismissesStatement(v: View, cueEnd: number): boolean {
  for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd <= DISMISSAL_REACH; k++) {
    if (v.mark[k] === 'open' || v.low[k] === ':') return true;
    if (v.quoted[k] || v.mark[k]) return false;
    const w = v.low[k]!;
    if (STATEMENT_NOUNS.has(w) || DISMISSAL_LINKS.has(w)) return true;
    if (v.toks[k]!.kind === 'punct' && w !== '-' && w !== '’s' && w !== "'s") return false;
  }
  return false;
}
