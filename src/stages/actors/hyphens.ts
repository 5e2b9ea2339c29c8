// Places and bodies inside hyphenated words: "Pakistan-Afghanistan talks", "US-brokered", "a China-EU summit".

import { GAZETTEER, nameKey, organizationKey, plainKey } from '../../lexicon/gazetteer.js';
import { placeOrBody } from './name-words.js';
import type { Candidate } from './candidates.js';
import { entityKey } from './shape.js';
import { startsLower, startsUpper, type Word } from './words.js';

/** "Pakistan-Afghanistan talks", "US-brokered": each named place inside a hyphenated word joins `cands`. */
export function hyphenParts(words: Word[], sentence: number, cands: Candidate[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || !w.text.includes('-') || w.inDate) continue;
    let offset = w.start;
    const parts = w.text.split('-');
    if (placeAcross(words, k, parts[0]!, sentence, cands) && parts.slice(1).every((p) => startsLower(p))) continue;
    if (!parts.every((p) => placeOrBody(p) || startsLower(p))) {
      continue;
    }
    for (const p of parts) {
      const lower = p.toLowerCase();
      const place = GAZETTEER.places.get(lower);
      // ("a China-EU summit", "UN-backed": a body named by its acronym)
      const body = place ? undefined : organizationKey(p, lower);
      if (body && startsUpper(p)) {
        cands.push({
          start: offset, end: offset + p.length, text: p, sentence, key: body, type: 'organization', strength: 4, rule: 'actors/hyphen-part',
          roles: [], affiliation: null, capitalOf: null, political: false, primary: false, tokens: [p], lowerFirst: lower, lookup: lower,
        });
      } else if (place && startsUpper(p) && (p.length > 3 || /^\p{Lu}+$/u.test(p))) {
        cands.push({
          start: offset, end: offset + p.length, text: p, sentence, key: entityKey(lower), type: 'location',
          strength: 4, rule: 'actors/hyphen-part', roles: [], affiliation: null,
          capitalOf: place.kind === 'capital' ? place.country : null, political: false, primary: true, tokens: [p], lowerFirst: lower,
          lookup: plainKey(lower) ? lower : nameKey(p),
        });
      }
      offset += p.length + 1;
    }
  }
}

/**
 * "a New York-based firm", "The Los Angeles-based company": a place of two or three words whose last word opens a
 * hyphenated word is one location ("New" alone was an organisation). True when one was pushed.
 */
function placeAcross(words: readonly Word[], k: number, head: string, sentence: number, cands: Candidate[]): boolean {
  if (!startsUpper(head) || k === 0) return false;
  let key = head.toLowerCase();
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const prev = words[j]!;
    if (prev.kind !== 'word' || !startsUpper(prev.text) || prev.possessive || words[j + 1]!.start !== prev.end + 1) return false;
    key = prev.lower + ' ' + key;
    const place = GAZETTEER.places.get(key);
    if (!place) continue;
    const end = words[k]!.start + head.length;
    const tokens: string[] = [];
    for (let m = j; m < k; m++) tokens.push(words[m]!.text);
    tokens.push(head);
    cands.push({
      start: prev.start, end, text: tokens.join(' '), sentence, key: entityKey(key), type: 'location', strength: 4, rule: 'actors/hyphen-part',
      roles: [], affiliation: null, capitalOf: place.kind === 'capital' ? place.country : null, political: false, primary: true, tokens,
      lowerFirst: prev.lower, lookup: key,
    });
    return true;
  }
  return false;
}
