// What a name's words and the lexicons say it is: a place, an organisation, a person's
// honorific name; and the entity key all names of one country or organisation share.

import type { ActorType } from '../../types.js';
import { GAZETTEER, organizationKey, type PlaceEntry } from '../../lexicon/gazetteer.js';
import { NAME_HONORIFICS } from '../../lexicon/titles.js';
import { COUNTRY_MODIFIERS, INSTITUTIONS, LEGAL_FORMS, ORG_CORE, ORG_PREFIXES, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { DISTRICT_KINDS, PLACE_WORDS } from '../../lexicon/place-words.js';
import { FOREIGN_ORG_OPENERS } from '../../lexicon/organization-names.js';
import { DIRECTIONS, NON_ENTITIES, NUMBER_WORDS_ALONE, STREET_ENDS } from '../../lexicon/non-entities.js';
import type { Word } from './words.js';

export interface Shape {
  readonly type: ActorType;
  readonly strength: number;
  readonly rule: string;
}

// shared results: typeByShape runs for every run, so it returns constants, never new objects
export const GAZETTEER_PLACE: Shape = { type: 'location', strength: 4, rule: 'actors/gazetteer-place' };
export const GAZETTEER_ORG: Shape = { type: 'organization', strength: 4, rule: 'actors/gazetteer-organization' };
const ORG_WORD: Shape = { type: 'organization', strength: 3, rule: 'actors/organization-word' };
const LEGAL_FORM: Shape = { type: 'organization', strength: 4, rule: 'actors/legal-form' };
const PLACE_WORD: Shape = { type: 'location', strength: 3, rule: 'actors/place-word' };
// (weaker than a place's word: "Stanmore Lane" may be the short name of "Stanmore Lane & Co.")
const STREET: Shape = { type: 'location', strength: 1, rule: 'actors/street-name' };
// the street's words that are also surnames: after a first name they end a person's name ("Diane Lane")
const SURNAME_STREET_ENDS: ReadonlySet<string> = new Set(['lane', 'way', 'pike']);
const SAINT_PLACE: Shape = { type: 'location', strength: 2, rule: 'actors/saint-place' };
const SAINT_HEADS = new Set(['st', 'st.', 'saint', 'ste', 'ste.', 'sainte']);
const HONORIFIC: Shape = { type: 'person', strength: 3, rule: 'actors/honorific-name' };
// "Africa Centres for Disease Control and Prevention", "Doctors Without Borders": a person's
// name has no "for", "of" or "and" inside it
const ORG_INNER = new Set(['of', 'for', 'and', '&', 'Without', 'For', 'Of', 'And', 'The', 'On']);
// ("Place de la République", "Piazza Navona": a square's word in its own language)
const PLACE_HEADS = new Set(['gulf', 'mount', 'lake', 'strait', 'bay', 'cape', 'port', 'isle', 'river', 'rio', 'río', 'lago', 'monte', 'place', 'piazza', 'plaza', 'praça', 'plac']);

/** A place's first word: a head of PLACE_HEADS, or "Mt." ("Mt. Everest", "Mt. Kenya"), which opens no group's name ("River Watch UK"). */
function placeHead(first: string): boolean {
  return PLACE_HEADS.has(first) || first === 'mt';
}
// ("San Bernardino", "Santa Rosa", "Los Alamos", "Fort Worth": a town's first word, in a name of two words)
export const TOWN_HEADS: ReadonlySet<string> = new Set(['san', 'santa', 'los', 'las', 'fort', 'são', 'sao']);
// bodies whose units are named after them: "Police Department Homicide", "Defense Ministry Press"
const UNIT_OF = new Set(['department', 'ministry', 'police', 'agency', 'bureau', 'office', 'service', 'commission']);

// offices a county names after itself: "Jefferson County Sheriff", "Cook County Assessor"
const COUNTY_OFFICES = new Set(['sheriff', 'coroner', 'prosecutor', 'assessor', 'treasurer', 'clerk', 'recorder', 'auditor', 'examiner']);

// sides of a place: "Northern Europe", "Eastern Ukraine", "South Texas"
const SIDES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'upper', 'lower']);

// a place's services named by a word no organisation's list holds ("Boston Fire", "Boston EMS")
const PLACE_SERVICES = new Set(['fire', 'rescue', 'ems']);

/** "Boston", "Cobb County": the words before the first service's word are a known place, or a county. */
function placeBefore(words: readonly Word[], from: number, to: number): boolean {
  let k = from + 1;
  while (k < to && !PLACE_SERVICES.has(words[k]!.lower)) k++;
  if (k - from === 1) return GAZETTEER.places.has(words[from]!.lower);
  return k - from === 2 && words[from + 1]!.lower === 'county';
}

/** "Tehreek-e-Taliban Pakistan": a movement's word inside the name, also inside a hyphenated word. */
function hasOrgCore(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = words[k]!.lower;
    if (ORG_CORE.has(l)) return true;
    if (l.includes('-') && l.split('-').some((p) => ORG_CORE.has(p))) return true;
  }
  return false;
}

/** "Port Authority of …", "Transit Commission of …": an organisation's word, then "of", inside the name. */
function orgOfInside(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (words[k + 1]!.lower === 'of' && ORG_SUFFIXES.has(words[k]!.lower)) return true;
  return false;
}

/** The first word of "Enterprise Ireland": no first name, place, people or modifier ("Mainland China"). */
function nationalBody(w: Word): boolean {
  const l = w.lower;
  // ("IDA Ireland": an acronym, though "Ida" is a first name)
  if (w.text.length >= 2 && w.text.length <= 5 && w.text === w.text.toUpperCase() && !w.text.includes('.')) return true;
  // ("Two U.S. officials": a number counts the people after the country)
  return !GAZETTEER.firstNames.has(l) && !GAZETTEER.places.has(l) && !GAZETTEER.demonyms.has(l) && !COUNTRY_MODIFIERS.has(l) && !NON_ENTITIES.has(l) && !DIRECTIONS.has(l) && !NUMBER_WORDS_ALONE.has(l);
}

/**
 * The type a name's words give it, for the words [from, to) with lookup key `key`. The words'
 * own lower case serves for the word lists (none of them holds an apostrophe).
 */
export function typeByShape(words: readonly Word[], from: number, to: number, key: string): Shape | null {
  if (GAZETTEER.places.has(key)) return GAZETTEER_PLACE;
  const n = to - from;
  // a name of several words is never an acronym: only the lexicon key matters
  if (organizationKey(n === 1 ? words[from]!.text : key, key)) return GAZETTEER_ORG;
  const last = words[to - 1]!.lower;
  const first = words[from]!.lower;
  if (n > 1 && ORG_SUFFIXES.has(last)) return LEGAL_FORMS.has(last) ? LEGAL_FORM : ORG_WORD;
  // "Cedar Valley School District", "Metropolitan Water District": a special district is a body
  if (n > 1 && last === 'district' && DISTRICT_KINDS.has(words[to - 2]!.lower)) return ORG_WORD;
  // "Chicago Sun-Times", "Pittsburgh Post-Gazette", "Star-Tribune": a paper's word after a hyphen, capitalised
  if (n > 1 && hyphenedOrgWord(words[to - 1]!.text)) return ORG_WORD;
  // ("the National Mall", "Royal Park": a place's last word outweighs an organisation's first)
  if (n > 1 && (ORG_PREFIXES.has(first) || FOREIGN_ORG_OPENERS.has(first))) return PLACE_WORDS.has(last) ? PLACE_WORD : ORG_WORD;
  // "Port Authority of New York and New Jersey": an organisation's word before "of" (before the place's head)
  if (n > 2 && orgOfInside(words, from, to)) return ORG_WORD;
  // "River Watch UK": a group's name that opens on a place's head and ends on its country
  if (n > 2 && PLACE_HEADS.has(first) && words[from + 1]!.lower !== 'of' && GAZETTEER.places.get(last)?.kind === 'country') return ORG_WORD;
  // "Bay of Bengal", "Gulf of Aden": a place's head word before "of"
  if (n > 2 && placeHead(first)) return PLACE_WORD;
  if (n > 2) for (let i = from + 1; i < to - 1; i++) if (ORG_INNER.has(words[i]!.text)) return ORG_WORD;
  if (hasOrgCore(words, from, to)) return ORG_WORD;
  // "Houston Police Department Homicide (investigator)", "Justice Department Civil Rights": a unit
  // named after its body's head word; a person's name has no such word before its last
  if (n > 2 && UNIT_OF.has(words[to - 2]!.lower) && !GAZETTEER.firstNames.has(last)) return ORG_WORD;
  // "a Jefferson County Sheriff's deputy", "the Cook County Coroner": a county's office, no person (a name
  // after the title is split off first: "Jefferson County Sheriff Jeff Shrader" is his)
  if (n > 2 && COUNTY_OFFICES.has(last) && words[to - 2]!.lower === 'county') return ORG_WORD;
  // "Amnesty International Kenya": an organisation's national branch ("King's College London": or its town)
  if (n > 2 && ORG_SUFFIXES.has(words[to - 2]!.lower) && GAZETTEER.places.has(last)) return ORG_WORD;
  if (n > 1 && (PLACE_WORDS.has(last) || placeHead(first) || (n === 2 && TOWN_HEADS.has(first)))) return PLACE_WORD;
  // "Selig Drive", "Bridge Manor Drive", "Grant Drive": a street ("Diane Lane", "Rosamund Pike": a first name and a
  // street's word that is also a surname make a person)
  // ("Actress Diane Lane": a person's noun may open the run before the first name; "Cross Willow Lane" is a street)
  if (n > 1 && STREET_ENDS.has(last) && !(SURNAME_STREET_ENDS.has(last) && GAZETTEER.firstNames.has(words[to - 2]!.lower) && (n === 2 || (n === 3 && GAZETTEER.roleNouns.has(first))))) return STREET;
  if (NAME_HONORIFICS.has(first) && n > 1) return HONORIFIC;
  // "IDA Ireland", "Enterprise Ireland", "Transport Canada": a national body ("Michael Jordan" has a first name)
  if (n === 2 && GAZETTEER.places.get(last)?.kind === 'country' && nationalBody(words[from]!)) return ORG_WORD;
  // "the US Midwest", "Kenya's Rift Valley": a country before a place it holds ("Northern Europe": or a side of it)
  if (n === 2 && (GAZETTEER.places.get(first)?.kind === 'country' || SIDES.has(first)) && GAZETTEER.places.has(last)) return PLACE_WORD;
  if (n === 1 && INSTITUTIONS.has(first)) return ORG_WORD;
  // "in St. Paul", "St. Helens council": a saint's name of one word is a town's ("St. Mary's Hospital" ends on its word)
  if ((n === 2 || (n === 3 && words[from + 1]!.text === '.')) && SAINT_HEADS.has(first)) return SAINT_PLACE;
  // "Boston Fire said", "Cobb County Fire and Rescue", "Boston EMS": a place's fire or rescue service
  if (n > 1 && PLACE_SERVICES.has(last) && placeBefore(words, from, to)) return ORG_WORD;
  return null;
}

/** Entity key of a lookup key: all names of one country or organisation share it. */
export function entityKey(key: string, text = key): string {
  return entityKeyOf(key, text, GAZETTEER.places.get(key));
}

export function entityKeyOf(key: string, text: string, place: PlaceEntry | undefined): string {
  if (place?.kind === 'country') return 'country:' + place.country;
  return organizationKey(text, key) ?? 'name:' + key;
}

/** "Sun-Times", "Post-Gazette": a word whose capitalised part after its last hyphen is an organisation's last word. */
function hyphenedOrgWord(text: string): boolean {
  const at = text.lastIndexOf('-');
  if (at <= 0 || at === text.length - 1) return false;
  const part = text.slice(at + 1);
  return part.charAt(0) !== part.charAt(0).toLowerCase() && ORG_SUFFIXES.has(part.toLowerCase());
}
