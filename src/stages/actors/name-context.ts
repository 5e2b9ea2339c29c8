// Tests of the words around a capitalised run that help type it: a place's apposition, a
// government's verb after a capital, an acronym's organisation noun, a name's closing comma.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { FIRST_NAME_TITLES, TITLE_HEADS } from '../../lexicon/titles.js';
import { DOTTED_FORMS, ORG_DESCRIPTORS, ORG_PREFIXES, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { PLACE_NOUNS, PLACE_OF_HEADS } from '../../lexicon/place-words.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { DIRECTIONS } from '../../lexicon/non-entities.js';
import { isAllCaps, isCapitalised, startsLower, type Word } from './words.js';

// Verbs and nouns that make a capital the government: "Islamabad accuses Kabul", "Kabul maintains".
export const POLITICAL_NEXT = /^(?:accuse[sd]?|maintain(?:s|ed)?|demand(?:s|ed)?|insist(?:s|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|want(?:s|ed)?|act|acts|acted|said|says|say|warn(?:s|ed)?|urge[sd]?|blame[sd]?|claim(?:s|ed)?|refuse[sd]?|agree[sd]?|announce[sd]?|responded|has|had|have|will|would|should|must|can|could|is|was|remains|sees|views|fears|hopes|plans|seeks|sought|wants|threaten(?:s|ed)?|appear(?:s|ed)?|seem(?:s|ed)?|protest(?:s|ed)|condemn(?:s|ed)?|summon(?:s|ed)?|vow(?:s|ed)?|pledge[sd]?|deploy(?:s|ed)?)$/;
export const POLITICAL_PREV = /^(?:accuse[sd]?|against|between|from|pressure[sd]?|urge[sd]?|warn(?:s|ed)?|by|and|with|on)$/;

// "Nairobi's Kibera neighbourhood" is a place; "Islamabad's key demand" is the government's
/** Does a government's verb follow the name ending at `end` ("Niamey have demanded")? */
export function governmentVerbAfter(text: string, end: number): boolean {
  let s = end;
  while (s < text.length && text.charCodeAt(s) === 32) s++;
  let e = s;
  while (e < text.length && e - s < 16 && text.charCodeAt(e) > 32) e++;
  return POLITICAL_NEXT.test(text.slice(s, e).toLowerCase());
}

/** "Council members Rafael Ortiz and Jordan Pike": "and" after a name, a plural title before that name. */
export function titledList(words: readonly Word[], from: number): boolean {
  if (words[from - 1]?.lower !== 'and') return false;
  // back over the first name (up to three capitalised words) to the title
  let k = from - 2;
  while (k >= 0 && from - 2 - k < 3 && isCapitalised(words[k]!)) k--;
  const title = words[k]?.lower ?? '';
  return k < from - 2 && title.length > 3 && title.endsWith('s') && TITLE_HEADS.has(title.slice(0, -1));
}

// what follows the place's noun of an apposition: "a town in …", "a village near …", "a city where …"
const AFTER_PLACE_NOUN: ReadonlySet<string> = new Set([
  'in', 'of', 'near', 'on', 'outside', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'where', 'that', 'which', 'about', 'some', 'just', 'along', 'across', 'close', ',', '.', ';',
]);

/** ", a town in North Kordofan", ", a small farming village near …": a place's noun after the name's comma. */
export function placeAppositive(words: readonly Word[], to: number): boolean {
  if (words[to]?.text !== ',') return false;
  const det = words[to + 1]?.lower;
  // "Ponta Delgada, on the island of São Miguel,", "Kisumu, on the shores of Lake Victoria", "Lagos, the capital of"
  if ((det === 'on' || det === 'in' || det === 'near' || det === 'off') && words[to + 2]?.lower === 'the' && PLACE_OF_HEADS.has(words[to + 3]?.lower ?? '') && words[to + 4]?.lower === 'of') return true;
  if ((det === 'the' || det === 'a') && (words[to + 2]?.lower === 'capital' || words[to + 2]?.lower === 'port') && words[to + 3]?.lower === 'of') return true;
  if (det !== 'a' && det !== 'an') return false;
  // the noun, after at most two lower-case words ("a small farming village")
  for (let k = to + 2; k < to + 5 && k < words.length - 1; k++) {
    const w = words[k]!;
    if (PLACE_NOUNS.has(w.lower)) return AFTER_PLACE_NOUN.has(words[k + 1]!.lower);
    if (w.kind !== 'word' || !startsLower(w.text)) return false;
  }
  return false;
}

/** "SUNA news agency", "IRNA agency", "KCNA television": an organisation's noun after an acronym. */
export function acronymOfOrg(next: Word | undefined): boolean {
  return next !== undefined && (next.lower === 'news' || ORG_DESCRIPTORS.has(next.lower));
}

/** "known by its Spanish initials CNDDHH", "known as AFAD": capitals named as initials are an acronym. */
export function initialsBefore(words: readonly Word[], from: number): boolean {
  const prev = words[from - 1]?.lower;
  return prev === 'initials' || prev === 'acronym' || prev === 'abbreviation' || (prev === 'as' && words[from - 2]?.lower === 'known');
}

/** "Stanmore Lane & Co.": the full stop of an abbreviated legal form is part of the name; -1 when none. */
export function dottedEnd(last: Word, next: Word | undefined): number {
  return next?.text === '.' && next.start === last.end && DOTTED_FORMS.has(last.lower) ? next.end : -1;
}

/** A place's part after its owner: "the city's Kensington section". */
export const AREA_NOUNS: ReadonlySet<string> = new Set(['section', 'area', 'neighborhood', 'neighbourhood', 'district', 'quarter']);
/** Possessive owners of such parts ("the city's"; a word's lower case has no "'s", ./words.ts). */
export const PLACE_OWNERS: ReadonlySet<string> = new Set(['city', 'town', 'borough', 'village', 'county', 'state', 'capital']);

export const locativeAfter = (next: Word | undefined) => next !== undefined && (isCapitalised(next) || PLACE_NOUNS.has(next.lower));

export function innerPossessive(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (words[k]!.possessive) return true;
  return false;
}

/** "Centre for Trade Law", "School of Law": an organisation's word, then "for" or "of". */
export function orgOfLaw(words: readonly Word[], from: number): boolean {
  const head = words[from]!.lower;
  const joint = words[from + 1]?.lower;
  return (joint === 'for' || joint === 'of') && (ORG_SUFFIXES.has(head) || ORG_PREFIXES.has(head));
}

/**
 * "Senior meteorologist Dean Maloney": a title word that is also a first name, alone before a
 * one-word name, after a lowercase role, is the first name ("Dean" is no title there).
 */
export function titleIsFirstName(words: readonly Word[], from: number, to: number, split: [number, number]): boolean {
  if (to - from !== 2 || split[0] !== from || split[1] !== from + 1 || !FIRST_NAME_TITLES.has(words[from]!.lower)) return false;
  const prev = words[from - 1];
  return prev !== undefined && !isCapitalised(prev) && (TITLE_HEADS.has(prev.lower) || GAZETTEER.roleNouns.has(prev.lower));
}

/** "IG", "RJR", "MCI": two to five capitals, no full stops. */
export function acronymWord(t: string): boolean {
  return t.length >= 2 && t.length <= 5 && isAllCaps(t) && !t.includes('.');
}

/** ", Nelsy," / "Lisa." / "Mark said": what may follow a name in apposition. */
export function closesApposition(next: Word | undefined): boolean {
  if (!next) return true;
  const t = next.text;
  return t === ',' || t === '.' || t === ';' || t === ')' || REPORTING_CUES.has(next.lower);
}

/** "a Florida state court", "Kaduna state police": "state" before a noun describes it, it names no state. */
export function stateAdjective(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'word' && startsLowerWord(w) && !STATE_FOLLOWERS.has(w.lower);
}

// words after "Kaduna state" that leave it a name: "in Kaduna state, where", "Kaduna state and"
const STATE_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'with', 'by', 'where', 'which', 'that', 'has', 'had', 'have', 'is', 'was',
  'were', 'said', 'says', 'will', 'would', 'last', 'this', 'on', 'after', 'before', 'since', 'as', 'but',
]);

const startsLowerWord = (w: Word) => w.text === w.lower;

/**
 * "Green Estonia", "Priorities USA Action": a country's name after the name's first word names an
 * organisation ("India Barnes" opens on it); after a direction, a part of the country ("Northern
 * Ireland", "Eastern Ukraine"). Null when no country follows the first word.
 */
export function countryInName(words: readonly Word[], from: number, to: number): 'organization' | 'location' | null {
  let k = from + 1;
  while (k < to && GAZETTEER.places.get(words[k]!.lower)?.kind !== 'country') k++;
  if (k === to) return null;
  const first = words[from]!.lower;
  return k === from + 1 && (DIRECTIONS.has(first) || first.endsWith('ern')) ? 'location' : 'organization';
}

// what a leader's name before it makes a government: "the Obama administration", "the Castro regime"
const LEADER_BODIES: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'cabinet']);

/**
 * "the Berlusconi government", "the Obama administration": a name after "the" that only an article
 * made an organisation ('actors/the-name'), or a lone surname a famous-surnames list typed, before a
 * government's noun in lower case.
 */
export function leaderBody(prev: Word | undefined, last: Word, next: Word, rule: string): boolean {
  return LEADER_BODIES.has(next.text) && prev?.lower === 'the' && !last.possessive && (rule === 'actors/the-name' || rule === 'actors/famous-surname');
}

// places whose name has its article, capitalised wherever it stands ("The Hague said", "in The Gambia")
const THE_PLACES: ReadonlySet<string> = new Set(['hague', 'gambia', 'bahamas']);

/**
 * "in The Hague", "from The Bahamas": a capitalised "The" away from the sentence's start before a
 * known place, or before one of THE_PLACES anywhere, is part of the place's name (`key` drops it).
 */
export function articleOfPlace(words: readonly Word[], from: number, to: number, key: string): boolean {
  const the = words[from]!;
  if (the.text !== 'The' && the.text !== 'THE') return false;
  if (THE_PLACES.has(key)) return true;
  return !the.first && to - from === 2 && GAZETTEER.places.has(key);
}
