// Places and bodies inside hyphenated words: "Pakistan-Afghanistan talks", "US-brokered", "a China-EU summit".

import { GAZETTEER, nameKey, organizationKey, plainKey } from '../../lexicon/gazetteer.js';
import { placeOrBody } from './name-words.js';
import type { Candidate } from './candidates.js';
import { entityKey } from './shape.js';
import { startsLower, startsUpper, type Word } from './words.js';

/** "Pakistan-Afghanistan talks", "US-brokered": each named place inside a hyphenated word joins `cands`. */
export function hyphenParts(words: Word[], sentence: number, cands: Candidate[]): void {
  for (const w of words) {
    if (w.kind !== 'word' || !w.text.includes('-') || w.inDate) continue;
    let offset = w.start;
    const parts = w.text.split('-');
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
