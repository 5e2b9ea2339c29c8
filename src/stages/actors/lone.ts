// Capitalised words that name nothing: sentence openers ("Formed", "Even"), lone words of the
// no-name lists ("Monday", "Afghan", "Gov."), contractions ("I’m") and plural abbreviations ("IDs").

import { GAZETTEER, US_STATE_ABBREVIATIONS, organizationKey } from '../../lexicon/gazetteer.js';
import { COURTESY_TITLES, NAME_HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { AWARD_HEADS, GROUP_WORDS, HEADLINE_WORDS, IMPERATIVES, NON_ENTITIES, NUMBER_WORDS_ALONE, PAGE_WORDS, THING_ACRONYMS } from '../../lexicon/non-entities.js';
import { SOURCE_NOUNS } from '../../lexicon/unnamed-sources.js';
import { bare } from './roles.js';
import { placeOrBody } from './name-words.js';
import { LOCATIVES } from '../../lexicon/place-words.js';
import { DETERMINERS } from '../../lexicon/attribution-words.js';
import { ORDINALS } from '../../lexicon/numbers.js';
import { isCapitalised, startsUpper, type Word } from './words.js';

const CONTRACTION = /[’'](?:m|re|ve|ll|d|t|s)$/iu;
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
const CAPITALS_ONLY = /^\p{Lu}{5,}$/u;

// an award's word that is also a first name ("emmy"): alone it names the award only where an award's word stands
// (awardNamedAlone), as no-actor.ts reads "Oscar" ("Emmy Larsen won the race. Emmy said" names her twice)
const FIRST_NAME_AWARDS: ReadonlySet<string> = new Set([...AWARD_HEADS].filter((w) => GAZETTEER.firstNames.has(w)));
// the word lists by which a lone word names nothing, in one set: one lookup instead of four
const NOTHING_ALONE: ReadonlySet<string> = new Set([
  ...NON_ENTITIES, ...GAZETTEER.demonyms.keys(), ...SOURCE_NOUNS, ...TITLE_HEADS, ...GROUP_WORDS, ...PAGE_WORDS,
  ...[...AWARD_HEADS].filter((w) => !FIRST_NAME_AWARDS.has(w)), ...NUMBER_WORDS_ALONE, ...THING_ACRONYMS,
]);

/**
 * "won an Emmy", "her second Emmy", "the show's Emmy", "two Emmy awards": an award's word that is also a first
 * name, after a determiner, a possessive, an ordinal or a number, or before an award's word, names the award
 * ("Emmy said", "told Emmy" name her).
 */
export function awardNamedAlone(words: readonly Word[], at: number): boolean {
  if (!FIRST_NAME_AWARDS.has(words[at]!.lower)) return false;
  const prev = words[at - 1];
  if (prev && (DETERMINERS.has(prev.lower) || ORDINALS.has(prev.lower) || prev.kind === 'number' || prev.possessive)) return true;
  const next = words[at + 1];
  return next !== undefined && next.text === next.lower && AWARD_HEADS.has(next.lower);
}

/** "Hispanic", "Muslims", "Polish", "Cuban-Americans": a word for a people or a faith. */
export function isPeopleWord(l: string): boolean {
  if (GROUP_WORDS.has(l) || GAZETTEER.demonyms.has(l)) return true;
  // (a plural of a demonym: "Lithuanian Americans", "Finnish Americans")
  if (l.length > 4 && l.charCodeAt(l.length - 1) === 0x73 && GAZETTEER.demonyms.has(l.slice(0, -1))) return true;
  const h = l.indexOf('-');
  return h > 0 && isPeopleWord(l.slice(0, h)) && isPeopleWord(l.slice(h + 1));
}

// the endings that make a place's name its people: "New Yorkers", "Londoners", "Brooklynites", "Bostonians", "Chicagoans"
const PEOPLE_ENDINGS = ['ers', 'ites', 'ians', 'ans'];

/**
 * "New Yorkers", "Londoners", "New Zealanders": words[at, to) are a place's people, the place's name (one to three words,
 * the gazetteer's) with a people's ending on its last word.
 */
export function placePeople(words: readonly Word[], at: number, to: number): boolean {
  const last = words[to - 1]!;
  if (to - at > 3 || last.possessive || last.kind !== 'word' || !last.lower.endsWith('s')) return false;
  let key = '';
  for (let k = at; k < to - 1; k++) key += words[k]!.lower + ' ';
  for (const ending of PEOPLE_ENDINGS) {
    if (!last.lower.endsWith(ending) || last.lower.length - ending.length < 3) continue;
    if (GAZETTEER.places.has(key + last.lower.slice(0, -ending.length))) return true;
  }
  return false;
}

/** "Polish American", "African American", "Lithuanian Americans": words for a people only. */
export function everyPeopleWord(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isPeopleWord(words[k]!.lower)) return false;
  return true;
}

// a US state after a party's initial: two capitals at most ("R-IN", "D-N" of "D-N.C."), or an AP abbreviation or a name
const STATE_LABEL = /^[A-Z]{1,2}$/;

/**
 * "Mitch McConnell, R-Ky., said", "Rep. Ann Lowe (D-N.C.)", "Sen. Rob Hale, R-Ohio,": a party's initial, a hyphen and
 * a US state label a lawmaker; no actor.
 */
function partyStateLabel(name: string): boolean {
  const c = name.charCodeAt(0);
  if (name.length < 3 || name.length > 9 || name.charCodeAt(1) !== 45 || (c !== 0x52 && c !== 0x44 && c !== 0x49)) return false;
  const state = name.slice(2);
  if (STATE_LABEL.test(state)) return true;
  const l = state.toLowerCase();
  return startsUpper(state) && (US_STATE_ABBREVIATIONS.has(l) || GAZETTEER.places.get(l)?.country === 'USA');
}

/** A word that names nothing alone: "The", "Monday", "Afghan", "officials", "Gov.", "President". */
export function namesNothingAlone(w: Word, name: string, key: string): boolean {
  // ("WHO said": an acronym the lexicon knows, in capitals, is the organisation, not the word)
  if (NOTHING_ALONE.has(key)) return !(name.length <= 4 && isUpperAscii(name.charCodeAt(1)) && GAZETTEER.acronyms.has(name));
  // "Somalis visiting from abroad", "Eritreans": a people's plural the lexicon lists only in the singular (BLIND16 A2)
  // ("the Philippines", "the Balkans" are places)
  if (key.length > 4 && key.charCodeAt(key.length - 1) === 0x73 && GAZETTEER.demonyms.has(key.slice(0, -1)) && !GAZETTEER.places.has(key)) return true;
  // "C$ fell", "Joseph Biden Jr": a lone letter (but the platform "X"), a name's "Jr"
  if ((name.length === 1 && name !== 'X') || key === 'jr' || key === 'sr') return true;
  // "Cuban-Americans"; "a China-EU summit": a place's or body's parts, each its own mention (./hyphens.ts)
  if (key.includes('-') && (isPeopleWord(key) || name.split('-').every(placeOrBody) || partyStateLabel(name))) return true;
  if (key !== w.lower && (NON_ENTITIES.has(w.lower) || GAZETTEER.demonyms.has(w.lower))) return true;
  // "Gov.", "Sen." alone: a title with its name cut off
  if (COURTESY_TITLES.has(bare(key))) return true;
  // "WALLACE:", "HEMPSTEAD": words set in capitals are no acronym; only a lexicon may name them
  if (name.length >= 5 && CAPITALS_ONLY.test(name) && !GAZETTEER.places.has(key) && !organizationKey(name, key)) return true;
  // "I’m", "It’s": contractions
  if (apostropheNearEnd(name) && CONTRACTION.test(name)) return true;
  // "IDs", "MPs": plural abbreviations are common nouns
  return name.charCodeAt(name.length - 1) === 0x73 && PLURAL_ABBREVIATION.test(name);
}


/**
 * "WIRES", "UNITA": a word of five or more capitals that names nothing alone only because it is
 * set in capitals (no list holds it): it may still be an organisation's acronym in context.
 */
export function onlyShouted(w: Word, name: string, key: string): boolean {
  return name.length >= 5 && CAPITALS_ONLY.test(name) && !NOTHING_ALONE.has(key) && !NON_ENTITIES.has(w.lower) && !GAZETTEER.demonyms.has(w.lower) && !COURTESY_TITLES.has(key);
}

/**
 * "its Portuguese counterpart, GPIAAF, and", "said CIAIAC would lead": a word in capitals amid lower-case words (no
 * headline's, no dateline's, no speaker's label before a colon) is an acronym, no shouted word (BLIND14 A7).
 */
export function amidLowerCase(words: readonly Word[], from: number, to: number): boolean {
  const next = words[to];
  if (words[from]!.first || !next) return false;
  const lower = (w: Word | undefined) => w !== undefined && w.kind === 'word' && w.text === w.lower && /\p{Ll}/u.test(w.text);
  // set off by commas after a lower-case noun: "its Portuguese counterpart, GPIAAF, and"
  if (words[from - 1]?.text === ',' && next.text === ',' && lower(words[from - 2])) return true;
  // the subject of a verb after a lower-case word: "The agency said GPIAAF would lead"
  return lower(words[from - 1]) && ACRONYM_VERBS.has(next.text);
}

// what an acronym that names a body does next: "said GPIAAF would lead", "CIAIAC said"
const ACRONYM_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'would', 'will', 'has', 'had', 'is', 'was', 'added', 'told', 'reported', 'confirmed', 'announced', 'led', 'leads']);

/** Every word in [from, to) names nothing by itself ("The", "Monday"); true for no words. */
export function everyNonEntity(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NON_ENTITIES.has(words[k]!.lower)) return false;
  return true;
}

/** "Breaking News", "All Rights Reserved": page furniture only (with words that name nothing). */
export function onlyPageWords(words: Word[], from: number, to: number): boolean {
  let page = false;
  for (let k = from; k < to; k++) {
    const l = words[k]!.lower;
    if (PAGE_WORDS.has(l)) page = true;
    else if (!NON_ENTITIES.has(l) && !COMMON_OPENERS.has(l)) return false;
  }
  return page;
}

/** "Bets Are Off", "Man Murdered Over A Cell Phone": a word after the first that only a headline capitalises. */
export function headlineWord(words: Word[], from: number, to: number): boolean {
  // ("Saladine A. McKinney": an initial has its full stop)
  for (let k = from + 1; k < to; k++) if (HEADLINE_WORDS.has(words[k]!.text) && words[k + 1]?.text !== '.') return true;
  // "HE'S BEEN CALLED OUT BY FELLOW DOCTORS", "CONGRESS HAS INVESTIGATED HIM": a subhead set in capitals
  let shouted = 0;
  let headline = false;
  for (let k = from; k < to; k++) {
    const t = words[k]!.text;
    if (t.length < 2 || t !== t.toUpperCase() || t === t.toLowerCase()) continue;
    shouted++;
    if (k > from && (SHOUTED_PRONOUNS.has(t) || HEADLINE_WORDS.has(t.charAt(0) + t.slice(1).toLowerCase()))) headline = true;
  }
  return headline && shouted >= 2;
}

// pronouns a subhead in capitals holds ("… WITH HIM"); no "US", the country
const SHOUTED_PRONOUNS: ReadonlySet<string> = new Set([
  'HE', 'HIM', 'HIS', 'SHE', 'HER', 'THEY', 'THEM', 'THEIR', 'WE', 'OUR', 'YOU', 'YOUR', 'MY', 'IT', "HE'S", 'HE’S', "SHE'S", 'SHE’S', "IT'S", 'IT’S', "DON'T", 'DON’T',
]);

/** "I’m", "they’ve": an apostrophe among the last three characters (before a contraction test). */
function apostropheNearEnd(s: string): boolean {
  for (let i = Math.max(0, s.length - 3); i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

// "Doctors Without Borders", "Africa Centres for …": words that only a title-cased name capitalises
const TITLE_CASE_WORDS: ReadonlySet<string> = new Set(['Without', 'For', 'Of', 'And', 'The', 'On', 'In']);

export function someTitleWord(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TITLE_CASE_WORDS.has(words[k]!.text)) return true;
  return false;
}

// what happens or lies "off" a coast: the word before "off" that makes it a place's preposition
const AT_SEA: ReadonlySet<string> = new Set([
  'capsized', 'capsizes', 'sank', 'sunk', 'sinks', 'drowned', 'anchored', 'moored', 'stranded', 'aground', 'hijacked', 'boarded',
  'seized', 'intercepted', 'rescued', 'rescue', 'spotted', 'sighted', 'fishing', 'piracy', 'pirates', 'vessel', 'vessels', 'ship',
  'ships', 'boat', 'boats', 'waters', 'island', 'islands', 'miles', 'kilometres', 'kilometers', 'km', 'lies', 'located', 'patrolling',
]);

/** "in Kasese", "and neighbouring Bundibugyo": a preposition of place just before. */
export function nearLocative(words: Word[], from: number): boolean {
  const prev = words[from - 1]?.lower ?? '';
  if (LOCATIVES.has(prev)) return true;
  // "capsized off Alappuzha", "piracy off Somalia", "12 miles off Crete": "off" at sea, not a verb's ("fend off McCaw")
  if (prev === 'off' && AT_SEA.has(words[from - 2]?.lower ?? '')) return true;
  // "in Sale and Maffra": a name joined to a place after a locative
  if ((prev === 'and' || prev === 'or') && from >= 3 && isCapitalised(words[from - 2]!) && LOCATIVES.has(words[from - 3]!.lower)) return true;
  return /^(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|rural)$/.test(prev);
}

// a pronoun and its verb in one word
const CONTRACTIONS = ["we're", "you're", "they're", "i'm", "it's", "that's", "there's", "here's", "let's", "we've", "i've", "you've", "they've", "we'll", "i'll", "you'll", "they'll", "i'd", "we'd"];

/** Words that open sentences and name nothing: "Formed", "Citing", "Even", "Regional". */
const COMMON_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'if', 'by', 'for', 'from', 'with', 'after', 'before', 'while',
  'when', 'since', 'despite', 'during', 'amid', 'under', 'over', 'both', 'all', 'some', 'many', 'most',
  'such', 'other', 'another', 'each', 'every', 'no', 'not', 'only', 'even', 'also', 'then', 'thus', 'yet',
  'but', 'and', 'or', 'so', 'to', 'of', 'it', 'this', 'that', 'these', 'those', 'there', 'here', 'what',
  'who', 'why', 'how', 'where', 'which', 'whose', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'can', 'more', 'less', 'few', 'several', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'first', 'second', 'last', 'next', 'new', 'old', 'our', 'their', 'his', 'her', 'its', 'my',
  'your', 'we', 'they', 'he', 'she', 'you', 'i', 'regional', 'recent', 'cross', 'unintended', 'rising',
  'growing', 'military', 'economic', 'political',
  // subordinators: "Whether Polly Peck would sell was unclear"
  'whether', 'although', 'though', 'because', 'unless', 'until', 'whenever', 'wherever', 'whereas',
  // "Maybe I can help", "Say Mexico demanded a review" (suppose), "We're America": adverbs and contractions
  'maybe', 'perhaps', 'say', ...CONTRACTIONS, ...CONTRACTIONS.map((c) => c.replace("'", '\u2019')),
]);

/** A place, an organisation, a first name or an honorific: a word that may open a name. */
const namesSomething = (l: string) =>
  GAZETTEER.places.has(l) || GAZETTEER.organizations.has(l) || GAZETTEER.firstNames.has(l) || NAME_HONORIFICS.has(l);

// all the listed opener words in one set, once: a lookup per word instead of nine
const OPENER_WORDS: ReadonlySet<string> = new Set(
  [...NON_ENTITIES, ...IMPERATIVES, ...TITLE_MODIFIERS, ...SOURCE_NOUNS, ...COMMON_OPENERS].filter((l) => !namesSomething(l)),
);

/** "Formed", "Citing", "Even": words capitalised only because they open a sentence. */
export function isCommonOpener(w: Word): boolean {
  const l = w.lower;
  if (OPENER_WORDS.has(l)) return true;
  return endsLikeOpener(l) && !namesSomething(l);
}

/** "-ing", "-ed", "-ly" by character codes ("Citing", "Formed", "Separately"). */
function endsLikeOpener(l: string): boolean {
  const n = l.length;
  if (n < 2) return false;
  const last = l.charCodeAt(n - 1);
  const prev = l.charCodeAt(n - 2);
  if (last === 0x64) return prev === 0x65; // "ed"
  if (last === 0x79) return prev === 0x6c; // "ly"
  return last === 0x67 && prev === 0x6e && n >= 3 && l.charCodeAt(n - 3) === 0x69; // "ing"
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
