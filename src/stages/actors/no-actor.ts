// Capitalised runs that name no actor: storms, named events and awards, ships and leaders' aircraft, road
// names and their numbers, streets, titles alone, car models, headings in capitals, and a common word that is also a
// place's name.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { CAR_MAKERS, COMPANY_WORDS, LEGAL_FORMS, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { AWARD_HEADS, CURRENCY_NOUNS, DIRECTIONS, EVENT_HEADS, NUMBERED_HEADS, ROAD_NUMBER_HEADS, SHIP_PREFIXES, STORM_HEADS, STREET_ONLY_WORDS, STREET_WORDS, VESSEL_NOUNS } from '../../lexicon/non-entities.js';
import { MAGNITUDES } from '../../lexicon/numbers.js';
import { PLACE_NOUNS, PLACE_WORDS } from '../../lexicon/place-words.js';
import type { Word } from './words.js';
import { bare } from './roles.js';

/** "Hurricane Maria", "Tropical Storm Alberto": a storm is an event, no actor. */
function namesStorm(words: readonly Word[], from: number, to: number): boolean {
  const head = words[from]!.lower;
  if (!STORM_HEADS.has(head)) return false;
  return head !== 'tropical' || (to - from > 2 && words[from + 1]!.lower === 'storm');
}

/**
 * "Interstate 35", "State Route 4", "Northeast 36th Street", "5th Avenue": the capitalised words of a
 * road's name on either side of its number ("Route", "Northeast", "Street") are no actor.
 */
function roadPiece(words: readonly Word[], from: number, to: number): boolean {
  const next = words[to];
  const prev = words[from - 1];
  const last = words[to - 1]!.lower;
  if (next?.kind === 'number' && next.start <= words[to - 1]!.end + 1) {
    if (ROAD_NUMBER_HEADS.has(last)) return true;
    // "during Stage 14", "under Article 21": a part numbered, one word alone
    if (from === to - 1 && NUMBERED_HEADS.has(last)) return true;
    // "Northeast 36th Street": directions only, then an ordinal and a street's word
    if (DIRECTIONS.has(last) && STREET_WORDS.has(words[to + 1]?.lower ?? '') && allIn(words, from, to, DIRECTIONS)) return true;
  }
  // "2 billion CFA francs", "500 Hong Kong dollars": a currency's name between a count and its noun
  if (next !== undefined && CURRENCY_NOUNS.has(next.text) && prev !== undefined && (prev.kind === 'number' || MAGNITUDES.has(prev.lower))) return true;
  // "a Class X felony", "Category A", "Tier II", "Terminal B", "Gate C": a grade, or a numbered part (NUMBERED_HEADS), by a
  // letter or a Roman numeral in place of its number
  if (to - from === 2 && NUMBERED_HEADS.has(words[from]!.lower) && GRADE_MARK.test(words[from + 1]!.text)) return true;
  // "36th Street", "5th Avenue": a street's words after its number
  return prev?.kind === 'number' && allIn(words, from, to, STREET_WORDS);
}

function allIn(words: readonly Word[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (!set.has(words[k]!.lower)) return false;
  return true;
}

/** "Carnation Revolution", "Arab Spring", "World War II", "Nobel Peace Prize": a named event or award, no actor ("Ministry of War" is one). */
function namesEvent(words: readonly Word[], from: number, to: number): boolean {
  let last = to - 1;
  // ("World War II": a number after the event's word)
  if (last - from >= 2 && ROMAN.test(words[last]!.text)) last--;
  const head = words[last]!.lower;
  const before = words[last - 1]!.lower;
  if (head === 'spring') return last - from === 1 && (GAZETTEER.demonyms.has(before) || GAZETTEER.places.has(before));
  // "the Tubbs Fire", "the Dixie Fire": a wildfire ("Boston Fire", a place's, is its department; "Cal Fire" an agency)
  if (head === 'fire') return last - from === (words[from]!.lower === 'the' ? 2 : 1) && words[last]!.text === 'Fire' && !GAZETTEER.places.has(before) && !GAZETTEER.organizations.has(before + ' fire');
  // ("Nobel Peace Prize", "Congressional Gold Medal": an award is no actor either; "Best Supporting Actor Oscar", "a Golden Globe")
  if ((head === 'oscar' && !GAZETTEER.firstNames.has(before)) || (head === 'globe' && before === 'golden')) return true;
  return (EVENT_HEADS.has(head) || AWARD_HEADS.has(head)) && before !== 'of';
}

// the services whose aircraft carry the leader, before "One"/"Two": "Marine One", "Air Force One"
const CALL_SIGN_SERVICES: ReadonlySet<string> = new Set(['marine', 'force', 'army', 'navy', 'executive']);

/** Does a ship's name open at `from`: after its prefix ("MV Sewol") or right after a vessel's noun ("the ferry Queen of the Islands")? */
export function shipNameAt(words: readonly Word[], from: number): boolean {
  return SHIP_PREFIXES.has(words[from]!.text) || VESSEL_NOUNS.has(words[from - 1]?.text ?? '');
}

/** "the MV Sewol", "the USS Cole", "Marine One", "Air Force One": a ship or a leader's aircraft, no actor. */
function namesCraft(words: readonly Word[], start: number, to: number): boolean {
  // ("The MV Sewol sank": the article a sentence's start capitalises; "RMS International Inc.": a company's word makes it a company's name;
  // "MV Star of Hope", "the ferry Queen of the Islands": a ship's name of a few words with "of")
  const from = words[start]!.lower === 'the' ? start + 1 : start;
  if (shipNameAt(words, from)) return to - from <= 5 && !companyWordIn(words, from + 1, to);
  const last = words[to - 1]!.text;
  return (last === 'One' || last === 'Two') && CALL_SIGN_SERVICES.has(words[to - 2]!.lower) && (words[to - 2]!.lower !== 'force' || words[to - 3]?.lower === 'air');
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

// prepositions that put a street's name after them as a place: "on Jacqueline Drive", "along Ruth Avenue"
const ON_STREET: ReadonlySet<string> = new Set(['on', 'along', 'near', 'onto', 'off', 'down']);

/**
 * "north of National Avenue", "near 65th & Thurston", "the 700 block of Trinity Court": a street's
 * word ends the name, or the name is the other street at a corner with a numbered one, or a block's.
 */
export function streetPlace(words: readonly Word[], from: number, to: number): boolean {
  // ("Diane Lane said": a first name and a surname like a street's word stay a person)
  // ("found at 1200 Milton St.", "2233 S. King Drive": a house number before it makes it the street)
  const numbered = words[from - 1]?.kind === 'number' || (words[from - 1]?.text === '.' && words[from - 3]?.kind === 'number');
  const last = words[to - 1]!.lower;
  const streetEnd = STREET_ONLY_WORDS.has(last) || ((last === 'st' || last === 'rd') && words[to]?.text === '.');
  const prev = words[from - 1]?.lower;
  // ("happened on Jacqueline Drive", "near Diane Lane": a preposition of a street's place, even before a first name)
  if (to - from > 1 && streetEnd && (numbered || !GAZETTEER.firstNames.has(words[from]!.lower) || ON_STREET.has(prev ?? ''))) return true;
  if ((prev === '&' || prev === 'and') && ORDINAL.test(words[from - 2]?.lower ?? '')) return true;
  return prev === 'of' && words[from - 2]?.lower === 'block';
}

/** "Male suspect", "Reading the report", "Give Us": the word, not the place ("US" and "U.S." stay). */
export function commonWordUse(words: readonly Word[], from: number, to: number): boolean {
  const w = words[from]!;
  if (w.lower === 'us') return w.text === 'Us';
  const next = words[to];
  return next !== undefined && next.kind === 'word' && next.text === next.lower;
}

const ROMAN = /^(?:I|II|III|IV|V|\d)$/;
// a grade's or a part's mark after its head: one capital letter or a Roman numeral ("Class X", "Tier II", "Terminal B")
const GRADE_MARK = /^(?:[A-Z]|II|III|IV)$/;

/** A storm, a named event or a piece of a numbered road's name: no actor. */
export function namesNoActor(words: readonly Word[], from: number, to: number): boolean {
  return (to - from > 1 && (namesStorm(words, from, to) || namesEvent(words, from, to) || namesCraft(words, from, to) || onlyTitleWords(words, from, to) || carModel(words, from, to))) || roadPiece(words, from, to) || shoutedHeading(words, from, to);
}

/**
 * "GARLAND STEPS ASIDE.", "QUESTIONABLE MEDICAL CLAIMS — For years …": three words or more in capitals are a heading,
 * no actor, unless a comma follows (a dateline's place: "DAR ES SALAAM, Tanzania"), the lexicon knows them, they end on
 * an organisation's, a company's or a place's word ("BLOCKBUSTER ENTERTAINMENT CORP.", "PALM BEACH COUNTY") or open on
 * a first name ("MARY ANN SMITH").
 */
function shoutedHeading(words: readonly Word[], from: number, to: number): boolean {
  // ("A USA TODAY analysis": an article opens the sentence, and the name follows it)
  if (to - from < 3 || words[to]?.text === ',' || words[from]!.lower === 'a') return false;
  let key = '';
  let n = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.kind !== 'word') continue;
    const c = w.text.charCodeAt(w.text.length > 1 ? 1 : 0);
    if ((c >= 97 && c <= 122) || w.text !== w.text.toUpperCase() || w.text === w.lower) return false;
    key += (key ? ' ' : '') + w.lower;
    n++;
  }
  if (n < 3) return false;
  const last = words[to - 1]!.lower;
  if (ORG_SUFFIXES.has(last) || LEGAL_FORMS.has(last) || COMPANY_WORDS.has(last) || PLACE_WORDS.has(last) || PLACE_NOUNS.has(last)) return false;
  return !GAZETTEER.firstNames.has(words[from]!.lower) && !GAZETTEER.places.has(key) && !GAZETTEER.organizations.has(key);
}

/** "adviser to Vice President (then-Senator) Joseph R. Biden", "is Senior Fellow at": a title alone names no one. */
function onlyTitleWords(words: readonly Word[], from: number, to: number): boolean {
  let head = false;
  for (let k = from; k < to; k++) {
    const l = bare(words[k]!.lower);
    if (TITLE_HEADS.has(l)) head = true;
    else if (!TITLE_MODIFIERS.has(l)) return false;
  }
  return head;
}

/** "a white Volkswagen Jetta", "the 2017 Ford Fusion": a maker and a model (not "Ford Motor Co."). */
function carModel(words: readonly Word[], from: number, to: number): boolean {
  // ("Mercedes Benz": two makers' words are the maker)
  if (to - from > 3 || !CAR_MAKERS.has(words[from]!.lower) || words[from + 1]!.lower === 'benz') return false;
  return !companyWordIn(words, from + 1, to);
}

/** Does an organisation's or a company's word or a legal form stand in [from, to) ("Ford Motor Co.", "RMS International Inc.", "MB Financial")? */
function companyWordIn(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_SUFFIXES.has(words[k]!.lower) || LEGAL_FORMS.has(words[k]!.lower) || COMPANY_WORDS.has(words[k]!.lower) || words[k]!.lower === 'motor') return true;
  return false;
}
