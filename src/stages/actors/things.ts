// Acronyms of things, substances and kinds of body, which name no actor: "Super PAC spending", "Preliminary DNA tests".

import { DETERMINERS, PREPOSITIONS } from '../../lexicon/attribution-words.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { SUBSTANCE_NOUNS, THING_ACRONYMS } from '../../lexicon/non-entities.js';
import { BODY_HEADS, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { isUpperAscii } from '../segment/tokens.js';
import { isAllCaps, type Word } from './words.js';

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

/**
 * "the blood booster EPO", "the human growth hormone HGH": one word after a substance's noun names the substance;
 * "the measles, mumps and rubella (MMR) vaccine", "information technologies (IT)": initials in brackets after words in
 * lower case only (back to a determiner or a preposition, at most eight words) abbreviate a thing ("the UN human rights office
 * (OHCHR)" has capitals: an organisation's; so do a body's noun before the bracket and initials the lexicon knows).
 */
export function substanceName(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const prev = words[from - 1];
  if (!prev) return false;
  // ("the vaccine Pfizer developed", "the virus Britain reported": a body or a place the lexicon knows is no substance's name)
  if (prev.kind === 'word' && prev.text === prev.lower) {
    const key = words[from]!.lower;
    return SUBSTANCE_NOUNS.has(prev.lower) && !GAZETTEER.organizations.has(key) && !GAZETTEER.places.has(key);
  }
  // (initials only: "our country (Cuba)", "it (Sansui) needs" are a name's mentions)
  if (prev.text !== '(' || words[to]?.text !== ')' || !isAllCaps(words[from]!.text)) return false;
  // ("the electoral commission (INEC)", "the ruling party (ANC)", "health officials (WHO)": a body's noun before the
  // bracket, or initials the lexicon knows, name a body)
  const head = words[from - 2]?.lower ?? '';
  if (BODY_HEADS.has(head) || ORG_SUFFIXES.has(head) || GAZETTEER.acronyms.has(words[from]!.text)) return false;
  let lower = 0;
  for (let k = from - 2; k >= 0 && k >= from - 10; k--) {
    const w = words[k]!;
    if (w.kind !== 'word') {
      if (w.text === ',') continue;
      break;
    }
    if (w.text !== w.lower) return w.first && lower > 0;
    // (where a lower-case expansion opens: "the measles, mumps and rubella (MMR)", "of information technologies (IT)")
    if (DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower)) break;
    lower++;
  }
  return lower > 0;
}

