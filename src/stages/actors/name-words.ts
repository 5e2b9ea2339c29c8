// Which words may be part of a name: capitalised, no hashtag or handle, no hyphenated pair of places.

import { GAZETTEER, organizationKey } from '../../lexicon/gazetteer.js';
import { NAME_PARTICLES, NON_ENTITIES } from '../../lexicon/non-entities.js';
import { isCapitalised, startsUpper, type Word } from './words.js';

const CAMEL = /\p{Ll}\p{Lu}\p{Ll}.*\p{Lu}/u;
const lowerAscii = (c: number) => c >= 97 && c <= 122;
const upperAscii = (c: number) => c >= 65 && c <= 90;

/** A digit, or capitals inside the word after lower case twice (CAMEL): "P2qpm3h3Pm", "#MaryJBlige". */
function oddCaps(t: string): boolean {
  let ascii = true;
  // one pass: where the first lower-upper-lower starts (with a letter after it), and the last capital
  let camel = -1;
  let lastUpper = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) ascii = false;
    else if (upperAscii(c)) lastUpper = i;
    else if (camel < 0 && i >= 2 && i + 1 < t.length && lowerAscii(c) && upperAscii(t.charCodeAt(i - 1)) && lowerAscii(t.charCodeAt(i - 2))) camel = i - 2;
  }
  if (!ascii) return CAMEL.test(t);
  // the first lower-upper-lower decides: a later one has fewer letters after it
  return camel >= 0 && lastUpper >= camel + 3;
}

/** "Tehreek-e-Taliban" stays a name; "US-brokered", "Cross-border" do not. */
export function isNameWord(w: Word): boolean {
  if (!isCapitalised(w)) return false;
  // "#MaryJBlige", "P2qpm3h3Pm": hashtags, handles and link slugs
  if (oddCaps(w.text)) return false;
  if (!w.text.includes('-')) return true;
  // "Port-au-Prince", "Dar-es-Salaam": a place the gazetteer knows whole, whatever its small words
  if (GAZETTEER.places.has(w.lower)) return true;
  const parts = w.text.split('-');
  // "Pakistan-Afghanistan talks": two places, each its own mention (see hyphenParts)
  if (parts.every((p) => GAZETTEER.places.has(p.toLowerCase()))) return false;
  // "the July-September period", "Monday-Friday": names of days and months name nothing
  if (parts.every((p) => NON_ENTITIES.has(p.toLowerCase()))) return false;
  return parts.every((p, i) => startsUpper(p) || NAME_PARTICLES.has(p.toLowerCase()) || (i === 0 && /^[a-z]{1,3}$/.test(p)));
}

/** "China", "EU": a known place, or a known organisation in capitals (a part of a hyphenated word). */
export function placeOrBody(p: string): boolean {
  const l = p.toLowerCase();
  return GAZETTEER.places.has(l) || (p.length >= 2 && p.length <= 6 && p === p.toUpperCase() && organizationKey(p, l) !== undefined);
}
