// Acronyms of things, substances and kinds of body, which name no actor: "Super PAC spending", "Preliminary DNA tests".

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { THING_ACRONYMS } from '../../lexicon/non-entities.js';
import { isUpperAscii } from '../segment/tokens.js';
import type { Word } from './words.js';

/**
 * "Super PAC", "a white SUV" in a heading's capitals: one word the lexicon does not know before an acronym of a thing
 * or a kind of body names nothing ("NBC TV", "CNN TV": a known name before it stays).
 */
export function describedThing(words: Word[], from: number, to: number): boolean {
  const acronym = words[from + 1];
  // (written in capitals: "Puerto Rico" ends on no acronym)
  if (to - from !== 2 || !THING_ACRONYMS.has(acronym!.lower) || !isUpperAscii(acronym!.text.charCodeAt(1))) return false;
  const first = words[from]!;
  return !isUpperAscii(first.text.charCodeAt(1)) && !GAZETTEER.places.has(first.lower) && !GAZETTEER.organizations.has(first.lower) && !GAZETTEER.firstNames.has(first.lower);
}
