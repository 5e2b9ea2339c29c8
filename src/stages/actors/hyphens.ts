// Places inside hyphenated words: "Pakistan-Afghanistan talks", "US-brokered".

import { GAZETTEER, nameKey, plainKey } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import { entityKey } from './shape.js';
import { startsLower, startsUpper, type Word } from './words.js';

/** "Pakistan-Afghanistan talks", "US-brokered": each named place inside a hyphenated word joins `cands`. */
export function hyphenParts(words: Word[], sentence: number, cands: Candidate[]): void {
  for (const w of words) {
    if (w.kind !== 'word' || !w.text.includes('-') || w.inDate) continue;
    let offset = w.start;
    const parts = w.text.split('-');
    if (!parts.every((p) => GAZETTEER.places.has(p.toLowerCase()) || startsLower(p))) {
      continue;
    }
    for (const p of parts) {
      const lower = p.toLowerCase();
      const place = GAZETTEER.places.get(lower);
      if (place && startsUpper(p) && (p.length > 3 || /^\p{Lu}+$/u.test(p))) {
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
