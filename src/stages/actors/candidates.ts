// Name candidates from capitalised runs: titles split off into roles ("US President Donald
// Trump"), typed by lexicon and context, with the clues the merge step needs.

import type { ActorType } from '../../types.js';
import { GAZETTEER, nameKey, organizationKey, type PlaceEntry } from '../../lexicon/gazetteer.js';
import { COURTESY_TITLES, NAME_HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { IMPERATIVES, NON_ENTITIES } from '../../lexicon/non-entities.js';
import { INSTITUTIONS, LAW_WORDS, ORG_CORE, ORG_PREFIXES, ORG_SUFFIXES, PLACE_NOUNS, PLACE_WORDS } from '../../lexicon/organizations.js';
import { REPORTING_CUES, SOURCE_NOUNS } from '../../lexicon/unnamed-sources.js';
import { isAllCaps, runKey, startsLower, type Word } from './words.js';
import type { Run } from './runs.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** entity key: "country:PAK", "org:islamic state", "name:khawaja asif" */
  key: string;
  type: ActorType;
  /** how sure the type is: 5 user lexicon, 4 gazetteer, 3 name shape, 2 title/context, 1 weak, 0 guess */
  strength: number;
  rule: string;
  roles: string[];
  /** entity key of the country or group it belongs to ("Pakistan’s Khawaja Asif") */
  affiliation: string | null;
  /** country code when this is a capital ("Islamabad"); political: used as the government */
  capitalOf: string | null;
  political: boolean;
  /** a name form fit to be the actor's name (not an acronym or a capital standing for a country) */
  primary: boolean;
  tokens: string[];
  /** the first token in lower case ("’" as "'"), for the word lists (none holds an apostrophe) */
  lowerFirst: string;
  /** the lookup key of the text (nameKey): "khawaja asif", "taliban" */
  lookup: string;
  /** where the roles stand in the text: words there are no other actor ("Socialist" leader) */
  roleSpans?: Array<{ start: number; end: number }>;
  /** the country named inside a title before the name ("US" in "US President Donald Trump") */
  titleCountry?: Candidate;
}

export interface RunContext {
  words: Word[];
  text: string;
  sentence: number;
}

const PARTY_WORDS = /^(?:republican|democrat|democratic|conservative|liberal|labour|socialist|green|independent)$/;
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'into', 'towards', 'toward']);
// Verbs and nouns that make a capital the government: "Islamabad accuses Kabul", "Kabul maintains".
const POLITICAL_NEXT = /^(?:accuse[sd]?|maintain(?:s|ed)?|demand(?:s|ed)?|insist(?:s|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|want(?:s|ed)?|act|acts|acted|said|says|say|warn(?:s|ed)?|urge[sd]?|blame[sd]?|claim(?:s|ed)?|refuse[sd]?|agree[sd]?|announce[sd]?|responded|has|had|have|will|would|should|must|can|could|is|was|remains|sees|views|fears|hopes|plans|seeks|sought|wants|threaten(?:s|ed)?)$/;
const POLITICAL_PREV = /^(?:accuse[sd]?|against|between|from|pressure[sd]?|urge[sd]?|warn(?:s|ed)?|by|and|with|on)$/;

/** "gov." → "gov": a title's abbreviation without its full stop. */
const bare = (l: string) => (l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l);

const isTitleWord = (w: Word) => {
  const l = bare(w.lower);
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || GAZETTEER.demonyms.has(l) || isHyphenTitle(l);
};

/** "Director-General", "Secretary-General", "Vice-President": every part a title word. */
function isHyphenTitle(l: string): boolean {
  return l.includes('-') && l.split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p));
}

const isTitleHead = (l: string) => TITLE_HEADS.has(l) || (isHyphenTitle(l) && TITLE_HEADS.has(l.split('-').pop()!));

/**
 * A title inside a run, before the name: "US President" in "US President Donald Trump",
 * "European Commission President" in "European Commission President Ursula von der Leyen".
 * Returns [prefix end, title end]: words before the prefix end name who the title belongs to.
 */
function titleSplit(words: Word[], from: number, to: number): [number, number] | null {
  for (let p = from; p < Math.min(from + 4, to - 1); p++) {
    let lastHead = -1;
    for (let i = p; i < to - 1 && isTitleWord(words[i]!); i++) {
      if (isTitleHead(bare(words[i]!.lower))) lastHead = i;
    }
    if (lastHead < 0) continue;
    // the title's first word is a title word in its own right, or a demonym ("Spanish Prime Minister")
    return [p, lastHead + 1];
  }
  return null;
}

/** Lowercase role words just before a run: "Security analyst", "deputy interior minister". */
function roleBefore(words: Word[], from: number): number {
  let i = from - 1;
  if (i < 0) return from;
  const head = words[i]!.lower;
  if (!TITLE_HEADS.has(head) && !GAZETTEER.roleNouns.has(head)) return from;
  while (i > 0) {
    const l = words[i - 1]!.lower;
    if (TITLE_MODIFIERS.has(l) || TITLE_HEADS.has(l) || GAZETTEER.demonyms.has(l)) i--;
    else break;
  }
  // "Socialist leader Pedro Nuno Santos": capitalised words that qualify the role
  let caps = 0;
  while (i > 0 && caps < 2) {
    const w = words[i - 1]!;
    if (w.kind !== 'word' || w.possessive || w.inDate || !/^\p{Lu}/u.test(w.text) || GAZETTEER.places.has(w.lower)) break;
    i--;
    caps++;
  }
  return i;
}

/** ", a former Wilson Center fellow," → "former Wilson Center fellow" (end index, exclusive). */
function appositive(words: Word[], after: number): [number, number] | null {
  if (words[after]?.text !== ',') return null;
  let i = after + 1;
  const article = ARTICLES.has(words[i]?.lower ?? '');
  if (article) i++;
  const start = i;
  // ", deputy interior minister"; ", a Wilson Centre fellow": capitals only after an article
  const head = words[start];
  if (head && !breaksAppositive(head) && !article && !startsLower(head.text) && !TITLE_MODIFIERS.has(head.lower)) return null;
  let end = start;
  while (end < words.length && end - start < 12 && !breaksAppositive(words[end]!)) end++;
  if (end === start) return null;
  const stop = words[end];
  if (stop && !APPOSITIVE_STOPS.has(stop.text)) return null;
  for (let k = start; k < end; k++) if (TITLE_HEADS.has(words[k]!.lower) || GAZETTEER.roleNouns.has(words[k]!.lower)) return [start, end];
  return null;
}

/** Punctuation ends an appositive, except "&" and "-" inside it. */
const breaksAppositive = (w: Word) => w.kind === 'punct' && w.text !== '&' && w.text !== '-';
const APPOSITIVE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '—', '–', ')']);

export interface Shape {
  readonly type: ActorType;
  readonly strength: number;
  readonly rule: string;
}

// shared results: typeByShape runs for every run, so it returns constants, never new objects
const GAZETTEER_PLACE: Shape = { type: 'location', strength: 4, rule: 'actors/gazetteer-place' };
const GAZETTEER_ORG: Shape = { type: 'organization', strength: 4, rule: 'actors/gazetteer-organization' };
const ORG_WORD: Shape = { type: 'organization', strength: 3, rule: 'actors/organization-word' };
const PLACE_WORD: Shape = { type: 'location', strength: 3, rule: 'actors/place-word' };
const HONORIFIC: Shape = { type: 'person', strength: 3, rule: 'actors/honorific-name' };
// "Africa Centres for Disease Control and Prevention", "Doctors Without Borders": a person's
// name has no "for", "of" or "and" inside it
const ORG_INNER = new Set(['of', 'for', 'and', '&', 'Without', 'For', 'Of', 'And', 'The', 'On']);
const PLACE_HEADS = new Set(['gulf', 'mount', 'lake', 'strait', 'bay', 'cape', 'port', 'isle']);

/** "Tehreek-e-Taliban Pakistan": a movement's word inside the name, also inside a hyphenated word. */
function hasOrgCore(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = words[k]!.lower;
    if (ORG_CORE.has(l)) return true;
    if (l.includes('-') && l.split('-').some((p) => ORG_CORE.has(p))) return true;
  }
  return false;
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
  if (n > 1 && (ORG_SUFFIXES.has(last) || ORG_PREFIXES.has(first))) return ORG_WORD;
  if (n > 2) for (let i = from + 1; i < to - 1; i++) if (ORG_INNER.has(words[i]!.text)) return ORG_WORD;
  if (hasOrgCore(words, from, to)) return ORG_WORD;
  if (n > 1 && (PLACE_WORDS.has(last) || PLACE_HEADS.has(first))) return PLACE_WORD;
  if (NAME_HONORIFICS.has(first) && n > 1) return HONORIFIC;
  if (n === 1 && INSTITUTIONS.has(first)) return ORG_WORD;
  return null;
}

/** Turns one capitalised run into a candidate, or null when it names nothing. */
export function candidateFromRun(ctx: RunContext, run: Run, body: boolean): Candidate | null {
  const { words, text } = ctx;
  let from = run.from;
  const to = run.to;
  const roles: string[] = [];
  let affiliation: string | null = null;
  let person = 0;
  let rule = '';
  let titleCountry: Candidate | null = null;
  let cand0RoleSpan: { start: number; end: number } | null = null;
  // a one-word run (most runs) needs no slice, and the words that name nothing go at once
  const oneWord = to - from === 1;
  const wholeName = oneWord ? words[from]!.text : text.slice(words[from]!.start, words[to - 1]!.end);
  const wholeKey = runKey(words, from, to, text);
  if (oneWord && namesNothingAlone(words[from]!, wholeName, wholeKey)) return null;
  const shaped = typeByShape(words, from, to, wholeKey);
  if (!shaped || shaped.strength < 4) {
    // "Mr. Smith": a courtesy title marks a person and is not part of the name
    while (from < to - 1 && COURTESY_TITLES.has(bare(words[from]!.lower))) {
      from++;
      if (words[from]?.text === '.') from++;
      person = 2;
      rule = 'actors/courtesy-title';
    }
    const split = titleSplit(words, from, to);
    if (split) {
      const [prefixEnd, titleEnd] = split;
      const roleStart = prefixEnd === from ? roleBefore(words, from) : from;
      roles.push(text.slice(words[roleStart]!.start, words[titleEnd - 1]!.end));
      // who the title belongs to: "US", "Afghan", "European Commission"
      const ownerEnd = prefixEnd > from ? prefixEnd : words[from]!.lower && isOwnerWord(words[from]!) ? from + 1 : from;
      if (ownerEnd > from) {
        const owner = ownerCandidate(words, from, ownerEnd, text, ctx.sentence);
        if (owner) {
          affiliation = owner.key;
          if (owner.type !== 'unnamed') titleCountry = owner;
        }
      }
      from = titleEnd;
      person = 2;
      rule = 'actors/title-name';
    }
  }
  if (from >= to) return null;
  // a sentence-opening word that is only capitalised because it opens the sentence
  // ... unless the run is a title-cased name: "Doctors Without Borders", "Africa Centres for …"
  // "The World Health Organization": an article is never part of the name
  while (from < to - 1 && ARTICLES.has(words[from]!.lower)) from++;
  const titleCased = to - from > 2 && someTitleWord(words, from + 1, to);
  const shapedName = shaped !== null && shaped.type !== 'person';
  while (from < to && words[from]!.first && !titleCased && !shapedName && isCommonOpener(words[from]!)) from++;
  if (from >= to) return null;
  // "Republican Donald Trump", "Crooked Hillary Clinton": a person's name starts at the first name
  if (!shapedName && to - from > 2) {
    for (let k = from + 1; k < to - 1; k++) {
      if (!GAZETTEER.firstNames.has(words[k]!.lower) || GAZETTEER.firstNames.has(words[k - 1]!.lower)) continue;
      const before = words[k - 1]!;
      if (NAME_HONORIFICS.has(before.lower) || /^\p{Lu}$/u.test(before.text) || (before.text === '.' && /^\p{Lu}$/u.test(words[k - 2]?.text ?? ''))) break;
      if (k - from === 1 && PARTY_WORDS.test(words[from]!.lower)) roles.push(words[from]!.text);
      from = k;
      person = Math.max(person, 2);
      rule ||= 'actors/first-name';
      break;
    }
  }
  // most runs keep every word: the whole run's text and key serve again
  const whole = from === run.from;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const name = whole ? wholeName : text.slice(start, end);
  const key = whole ? wholeKey : runKey(words, from, to, text);
  const lastWord = words[to - 1]!;
  const single = to - from === 1;
  if (single) {
    // (a one-word run was checked on entry)
    if (!whole && namesNothingAlone(words[from]!, name, key)) return null;
  } else {
    if (everyNonEntity(words, from, to)) return null;
    // "House Bill 18", "First Amendment", "Paris Agreement": laws and treaties are no actors
    if (LAW_WORDS.has(lastWord.lower)) return null;
    // "Central Asian states", "Sub-Saharan": a demonym phrase describes, it names no actor
    if (GAZETTEER.demonyms.has(lastWord.lower) && everyNonEntity(words, from, to - 1)) return null;
  }
  if (!body && !typeByShape(words, from, to, key)) return null;
  const before = roleBefore(words, from);
  if (before < from && roles.length === 0) {
    roles.push(text.slice(words[before]!.start, words[from - 1]!.end));
    cand0RoleSpan = { start: words[before]!.start, end: words[from - 1]!.end };
    person = 2;
    rule = 'actors/role-name';
  }
  if (roles.length === 0 && words[from - 1]?.text === ',' && from >= 2) {
    const head = words[from - 2]!;
    if (TITLE_HEADS.has(head.lower) && words[to]?.text !== ',' ? true : TITLE_HEADS.has(head.lower)) {
      let k = from - 2;
      while (k > 0 && (TITLE_MODIFIERS.has(words[k - 1]!.lower) || words[k - 1]!.possessive) && from - k < 5) k--;
      roles.push(text.slice(words[k]!.start, head.end));
      person = 2;
      rule = 'actors/role-comma-name';
    }
  }
  const app = appositive(words, to);
  if (app) {
    roles.push(text.slice(words[app[0]]!.start, words[app[1] - 1]!.end));
    person = Math.max(person, 2);
    rule ||= 'actors/appositive-role';
  }
  if (words[to]?.text === ',' && words[to + 1]?.lower === 'who' && person === 0) [person, rule] = [2, 'actors/who-clause'];
  // "Dr. Samuel Okello": the tokenizer leaves "Dr" and "." before the run
  const courtesy = words[from - 1]?.text === '.' ? words[from - 2] : words[from - 1];
  if (courtesy && COURTESY_TITLES.has(courtesy.lower) && person === 0) [person, rule] = [2, 'actors/courtesy-title'];
  const prev = words[from - 1];
  if (prev?.possessive) {
    const place = GAZETTEER.places.get(prev.lower);
    if (place?.kind === 'country') affiliation ??= 'country:' + place.country;
  }
  const next = words[to];
  const shape = whole ? shaped : typeByShape(words, from, to, key);
  const acronym = single && isAllCaps(name);
  let type: ActorType;
  let strength: number;
  if (shape && (shape.strength >= 4 || person === 0)) {
    type = shape.type;
    strength = shape.strength;
    rule ||= shape.rule;
  }
  else if (person > 0) [type, strength] = ['person', person];
  else if (next && PLACE_NOUNS.has(next.lower) && !lastWord.possessive) [type, strength, rule] = ['location', 3, 'actors/place-noun'];
  else if (!single && GAZETTEER.firstNames.has(words[from]!.lower)) [type, strength, rule] = ['person', 2, 'actors/first-name'];
  else if (next && REPORTING_CUES.has(next.lower)) [type, strength, rule] = ['person', 1, 'actors/speaker-name'];
  else if (acronym) [type, strength, rule] = ['organization', 1, 'actors/acronym'];
  else if (to - from <= 2 && nearLocative(words, from)) [type, strength, rule] = ['location', 1, 'actors/locative'];
  else if (!single) [type, strength, rule] = ['person', 0, 'actors/capitalised-name'];
  else [type, strength, rule] = ['organization', 0, 'actors/capitalised-word'];
  const place = GAZETTEER.places.get(key);
  const capitalOf = place?.kind === 'capital' ? place.country : null;
  // a one-word run the lexicons do not know (its shape said so) is keyed by its word alone
  const unknownWord = whole && single && shaped !== GAZETTEER_PLACE && shaped !== GAZETTEER_ORG;
  const political = capitalOf !== null && (lastWord.possessive || POLITICAL_NEXT.test(next?.lower ?? '') || POLITICAL_PREV.test(prev?.lower ?? ''));
  const cand: Candidate = {
    start, end, text: name, sentence: ctx.sentence, key: unknownWord ? 'name:' + key : entityKeyOf(key, name, place), type, strength, rule,
    roles, affiliation,
    capitalOf, political, primary: !acronym, tokens: wordTexts(words, from, to), lowerFirst: words[from]!.lower, lookup: key,
  };
  // "US President Donald Trump": the title names the US too
  if (titleCountry) cand.titleCountry = titleCountry;
  if (cand0RoleSpan) cand.roleSpans = [cand0RoleSpan];
  return cand;
}

const CONTRACTION = /[’'](?:m|re|ve|ll|d|t|s)$/iu;
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
const CAPITALS_ONLY = /^\p{Lu}{5,}$/u;

// the word lists by which a lone word names nothing, in one set: one lookup instead of four
const NOTHING_ALONE: ReadonlySet<string> = new Set([...NON_ENTITIES, ...GAZETTEER.demonyms.keys(), ...SOURCE_NOUNS, ...TITLE_HEADS]);

/** A word that names nothing alone: "The", "Monday", "Afghan", "officials", "Gov.", "President". */
function namesNothingAlone(w: Word, name: string, key: string): boolean {
  if (NOTHING_ALONE.has(key)) return true;
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


/** Every word in [from, to) names nothing by itself ("The", "Monday"); true for no words. */
function everyNonEntity(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NON_ENTITIES.has(words[k]!.lower)) return false;
  return true;
}

function wordTexts(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(words[k]!.text);
  return out;
}

/** "I’m", "they’ve": an apostrophe among the last three characters (before a contraction test). */
function apostropheNearEnd(s: string): boolean {
  for (let i = Math.max(0, s.length - 3); i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// "Doctors Without Borders", "Africa Centres for …": words that only a title-cased name capitalises
const TITLE_CASE_WORDS: ReadonlySet<string> = new Set(['Without', 'For', 'Of', 'And', 'The', 'On', 'In']);

function someTitleWord(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TITLE_CASE_WORDS.has(words[k]!.text)) return true;
  return false;
}

/** "US", "Afghan", "Spanish": a country or demonym opening a title. */
function isOwnerWord(w: Word): boolean {
  return GAZETTEER.demonyms.has(w.lower) || GAZETTEER.places.get(w.lower)?.kind === 'country';
}

/**
 * The owner of a title: a country named ("US" → a mention of the US), a demonym ("Afghan" →
 * affiliation only, type unnamed so it is no mention), or an organisation ("European Commission").
 */
function ownerCandidate(words: Word[], from: number, to: number, text: string, sentence: number): Candidate | null {
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const name = text.slice(start, end);
  const key = nameKey(name);
  const tokens = wordTexts(words, from, to);
  const code = GAZETTEER.demonyms.get(key);
  if (code !== undefined) {
    return code ? ownerOf(start, end, name, sentence, tokens, words[from]!.lower, key, 'country:' + code, 'unnamed', 0) : null;
  }
  const shape = typeByShape(words, from, to, key);
  if (!shape) return null;
  return ownerOf(start, end, name, sentence, tokens, words[from]!.lower, key, entityKey(key, name), shape.type, shape.strength);
}

function ownerOf(
  start: number, end: number, text: string, sentence: number, tokens: string[], lowerFirst: string, lookup: string, key: string,
  type: ActorType, strength: number,
): Candidate {
  return {
    start, end, text, sentence, key, type, strength, rule: 'actors/title-owner', roles: [], affiliation: null, capitalOf: null,
    political: false, primary: true, tokens, lowerFirst, lookup,
  };
}

/** "in Kasese", "and neighbouring Bundibugyo": a preposition of place just before. */
function nearLocative(words: Word[], from: number): boolean {
  const prev = words[from - 1]?.lower ?? '';
  if (LOCATIVE.has(prev)) return true;
  return /^(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|rural)$/.test(prev);
}

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
]);

/** A place, an organisation, a first name or an honorific: a word that may open a name. */
const namesSomething = (l: string) =>
  GAZETTEER.places.has(l) || GAZETTEER.organizations.has(l) || GAZETTEER.firstNames.has(l) || NAME_HONORIFICS.has(l);

// all the listed opener words in one set, once: a lookup per word instead of nine
const OPENER_WORDS: ReadonlySet<string> = new Set(
  [...NON_ENTITIES, ...IMPERATIVES, ...TITLE_MODIFIERS, ...SOURCE_NOUNS, ...COMMON_OPENERS].filter((l) => !namesSomething(l)),
);

/** "Formed", "Citing", "Even": words capitalised only because they open a sentence. */
function isCommonOpener(w: Word): boolean {
  const l = w.lower;
  if (OPENER_WORDS.has(l)) return true;
  return (l.endsWith('ing') || l.endsWith('ed') || l.endsWith('ly')) && !namesSomething(l);
}

/** Entity key of a lookup key: all names of one country or organisation share it. */
export function entityKey(key: string, text = key): string {
  return entityKeyOf(key, text, GAZETTEER.places.get(key));
}

function entityKeyOf(key: string, text: string, place: PlaceEntry | undefined): string {
  if (place?.kind === 'country') return 'country:' + place.country;
  return organizationKey(text, key) ?? 'name:' + key;
}
