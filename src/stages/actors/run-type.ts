// The type of a run's name: its shape, a title, the words right after it, then the clues of the
// sentence around it when only a guess typed it ("Villa Alta, founded in 1890", "IG Metall").

import type { ActorType } from '../../types.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { ORG_DESCRIPTORS } from '../../lexicon/organizations.js';
import { DWELLING_NOUNS, FACILITY_NOUNS, LOCATIVES, PLACE_NOUNS, SHARED_BUILDING_ENDS, SITE_NOUNS } from '../../lexicon/place-words.js';
import { FUNCTION_WORDS, STREET_ONLY_WORDS } from '../../lexicon/non-entities.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { FAMOUS_SURNAMES } from '../../lexicon/famous-surnames.js';
import type { Word } from './words.js';
import { headlineWord, nearLocative } from './lone.js';
import { participleType } from './role-appositive.js';
import { businessAppositive, contextType, descriptorBefore, knownAsGroup } from './clues.js';
import { acronymWord, AREA_NOUNS, countryInName, placeAppositive, PLACE_OWNERS } from './name-context.js';
import { PLACE_PREPOSITIONS } from './context-roles.js';

export interface Typed {
  type: ActorType;
  strength: number;
  rule: string;
}

// rules whose person clue a title gave: no other clue overrides them
const TITLED = new Set(['actors/title-name', 'actors/courtesy-title', 'actors/role-name']);

/**
 * The type words[from, to) has before the sentence's clues: the shape's (a lexicon's), a title's
 * (`person` > 0, with its `rule`), or the words next to it; null for a headline's words ("Bets Are Off").
 */
export function baseType(words: Word[], from: number, to: number, shape: Typed | null, person: number, rule: string, key: string, acronym: boolean): Typed | null {
  const single = to - from === 1;
  const prev = words[from - 1];
  const next = words[to];
  const lastWord = words[to - 1]!;
  let type: ActorType;
  let strength: number;
  // ("Egypt's official Middle East News Agency said": an organisation's word ends the name, no first name opens it,
  // so the lower-case noun before it describes the agency; "officer John Church" keeps his first name)
  const describedOrg = rule === 'actors/role-name' && !single && shape?.rule === 'actors/organization-word' && !GAZETTEER.firstNames.has(words[from]!.lower);
  // ("Suspect At Large After Killing Ex-Wife At Northwest Indiana Shop": a headline that ends on an organisation's word)
  if (shape?.rule === 'actors/organization-word' && to - from >= 5 && headlineWord(words, from, to)) return null;
  if (shape && (shape.strength >= 4 || person === 0 || describedOrg)) {
    type = shape.type;
    strength = shape.strength;
    rule ||= shape.rule;
  }
  else if (person > 0) [type, strength] = ['person', person];
  else if (next && PLACE_NOUNS.has(next.lower) && !lastWord.possessive) [type, strength, rule] = ['location', 3, 'actors/place-noun'];
  // "found the car on Skyline drive", "at Blow street": a street's word in lower case after the name
  else if (next && STREET_ONLY_WORDS.has(next.text) && !lastWord.possessive) [type, strength, rule] = ['location', 2, 'actors/street-name'];
  // "in the city's Kensington section", "the town's Eastside area": a part of a place named before
  else if (next && AREA_NOUNS.has(next.lower) && prev?.possessive && PLACE_OWNERS.has(prev.lower)) [type, strength, rule] = ['location', 3, 'actors/place-noun'];
  // "a Dorchester triple-decker", "a Brooklyn apartment": a dwelling's noun after "a" and the name
  else if (next && DWELLING_NOUNS.has(next.lower) && !lastWord.possessive && (prev?.lower === 'a' || prev?.lower === 'an')) [type, strength, rule] = ['location', 2, 'actors/place-noun'];
  // "Obama disagreed.": a public figure's surname, alone
  else if (single && FAMOUS_SURNAMES.has(key) && (lastWord.possessive || !nearLocative(words, from))) [type, strength, rule] = ['person', 2, 'actors/famous-surname'];
  // "the battle for Umm Sumeima, a town in North Kordofan state": a place's noun in the apposition
  else if (placeAppositive(words, to)) [type, strength, rule] = ['location', 3, 'actors/place-appositive'];
  else if (!single && GAZETTEER.firstNames.has(words[from]!.lower)) [type, strength, rule] = ['person', 2, 'actors/first-name'];
  else if (next && REPORTING_CUES.has(next.lower) && !PLACE_PREPOSITIONS.has(prev?.lower ?? '')) [type, strength, rule] = ['person', 1, 'actors/speaker-name'];
  else if (acronym) [type, strength, rule] = ['organization', 1, 'actors/acronym'];
  else if (to - from <= 2 && nearLocative(words, from)) [type, strength, rule] = ['location', 1, 'actors/locative'];
  else if (!single) {
    // "Bets Are Off": a headline's words, no name
    if (headlineWord(words, from, to)) return null;
    [type, strength, rule] = ['person', 0, 'actors/capitalised-name'];
  }
  // "I love Larry", "Kevin said nothing": a first name alone is a person's
  else if (GAZETTEER.firstNames.has(words[from]!.lower)) [type, strength, rule] = ['person', 0, 'actors/lone-first-name'];
  // "its Onagawa nuclear plant", "the Takahama plant": one unknown word before a works' noun names the place it stands in
  else if (siteAfter(words, to) && (prev?.possessive || SITE_OWNERS.has(prev?.lower ?? '') || PLACE_PREPOSITIONS.has(prev?.lower ?? ''))) [type, strength, rule] = ['location', 1, 'actors/site-place'];
  else [type, strength, rule] = ['organization', 0, 'actors/capitalised-word'];
  return { type, strength, rule };
}

// the words before a works named by its place: "its Onagawa nuclear plant", "the Takahama plant"
// (not after 'a': "a Mapco station", "a Presbyterian church" name a brand or a kind)
const SITE_OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** A works' noun (a plant, a mine, a station) right after `to` or after one or two lower-case words ("nuclear plant"). */
function siteAfter(words: readonly Word[], to: number): boolean {
  for (let k = to; k < to + 3 && k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.text !== w.lower || w.possessive) return false;
    if (SITE_NOUNS.has(w.lower) || FACILITY_NOUNS.has(w.lower)) return true;
    if (FUNCTION_WORDS.has(w.lower)) return false;
  }
  return false;
}

// what is said of a building people live in: "the fire at", "a flat in", "Residents of", "the top floor of"
const DWELLING_CUES: ReadonlySet<string> = new Set([
  'fire', 'blaze', 'flat', 'flats', 'floor', 'floors', 'roof', 'residents', 'resident', 'tenants', 'tenant', 'apartment', 'apartments',
  'lived', 'live', 'lives', 'living', 'evacuated', 'storey', 'story', 'lobby', 'stairwell',
]);
const BUILDING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside', 'of', 'from']);

// the buildings' last words a place's preposition makes the building (no court's: courts act)
const HOUSE_ENDS: ReadonlySet<string> = new Set(['house', 'mansions']);

/** "outside X", "to X": a place's preposition or "to" right before the name. */
function inPlace(prev: Word | undefined): boolean {
  return prev !== undefined && (LOCATIVES.has(prev.lower) || prev.lower === 'to');
}

/** "the fire at X", "a flat in X", "Residents of X": a dwelling's cue and a preposition right before `from`. */
function livedIn(words: readonly Word[], from: number): boolean {
  const prep = words[from - 1];
  if (!prep || !BUILDING_PREPOSITIONS.has(prep.lower)) return false;
  const cue = words[from - 2]?.lower === 'top' || words[from - 2]?.lower === 'the' ? words[from - 3] : words[from - 2];
  return cue !== undefined && DWELLING_CUES.has(cue.lower);
}

/** A weak type corrected by what the sentence says of the name ("Villa Alta, founded in 1890", "IG Metall"). */
export function clueType(words: Word[], from: number, to: number, typed: Typed, acronym: boolean): Typed {
  const single = to - from === 1;
  const next = words[to];
  let { type, strength, rule } = typed;
  let country: ActorType | null;
  let participle: ActorType | null;
  const clue = strength < 3 && !TITLED.has(rule) ? contextType(words, from, type, rule, single, acronym, to) : null;
  if (clue) [type, strength, rule] = [clue.type, clue.strength, clue.rule];
  // "the fire at Marlowe House", "Residents of Carlton Court": a house's or a court's name where people live or a fire burns is the building
  else if (rule === 'actors/organization-word' && !single && SHARED_BUILDING_ENDS.has(words[to - 1]!.lower) && livedIn(words, from)) [type, strength, rule] = ['location', 3, 'actors/building'];
  // "a rally outside Leinster House", "moved to Parliament House": a house's name right after a place's preposition is the building
  // (BLIND15 A15; not a court: "at the Supreme Court" rules; "the White House" has its article between)
  else if (rule === 'actors/organization-word' && !single && HOUSE_ENDS.has(words[to - 1]!.lower) && inPlace(words[from - 1])) [type, strength, rule] = ['location', 2, 'actors/building'];
  // "Villa Alta, founded in 1890 by railway workers, now has …": what a participle says of a name only a guess made a person's
  else if (type === 'person' && strength === 0 && (participle = participleType(words, to))) [type, strength, rule] = [participle, 1, 'actors/participle-apposition'];
  // ("a gang known as Los Lobos", "The charity River Action said": a town's or a river's shape gives way to the group's noun)
  else if (type === 'location' && strength === 3 && rule === 'actors/place-word' && (knownAsGroup(words, from) || descriptorBefore(words, from))) [type, strength, rule] = ['organization', 3, 'actors/org-descriptor'];
  // "Riesgo Político, a Mexico City consultancy that tracks …": an apposition headed by a business's noun (BLIND15 A9)
  else if (type === 'person' && strength === 0 && !GAZETTEER.firstNames.has(words[from]!.lower) && businessAppositive(words, to)) [type, strength, rule] = ['organization', 1, 'actors/business-appositive'];
  // "IG Metall", "RJR Nabisco", "MCI Communications": a name opened by a word in capitals is an
  // organisation's, not a person's (only a guess made it a person)
  else if (type === 'person' && strength < 2 && !single && acronymWord(words[from]!.text)) [type, strength, rule] = ['organization', 1, 'actors/acronym-name'];
  // "the privately run Kozlu Madencilik mine", "the Ardent Minerals group": a company's or a
  // site's noun right after the name, which only a guess made a person's
  else if (type === 'person' && strength === 0 && !single && next && (ORG_DESCRIPTORS.has(next.lower) || SITE_NOUNS.has(next.lower))) [type, strength, rule] = ['organization', 1, 'actors/org-noun-after'];
  // "a Verizon Wireless store", "Goldman Sachs Asset Management": a known company's name opens it
  else if (type === 'person' && strength === 0 && !single && GAZETTEER.organizations.has(words[from]!.lower)) [type, strength, rule] = ['organization', 2, 'actors/company-first'];
  // "Green Estonia entered parliament", "Northern Ireland": a country's name after the first word is no person's
  else if (type === 'person' && strength === 0 && !single && (country = countryInName(words, from, to))) [type, strength, rule] = [country, 1, 'actors/country-in-name'];
  return { type, strength, rule };
}
