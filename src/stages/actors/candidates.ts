// Name candidates from capitalised runs: titles split off into roles ("US President Donald
// Trump"), typed by lexicon and context, with the clues the merge step needs.

import type { ActorType } from '../../types.js';
import { itemAt } from '../../document.js';
import { GAZETTEER, nameKey } from '../../lexicon/gazetteer.js';
import { COURTESY_TITLES, FIRST_NAME_TITLES, KIN_NOUNS, NAME_HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { CAR_MAKERS, DOTTED_FORMS, DWELLING_NOUNS, FROM_GOVERNMENT, MINISTRY_PORTFOLIOS, LAW_WORDS, LEGAL_FORMS, ORG_DESCRIPTORS, ORG_PREFIXES, ORG_SUFFIXES, PLACE_NOUNS } from '../../lexicon/organizations.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { FAMOUS_SURNAMES } from '../../lexicon/famous-surnames.js';
import { AMBIGUOUS_PLACES, DIRECTIONS, EVENT_HEADS, NUMBERED_HEADS, ROAD_NUMBER_HEADS, STORM_HEADS, STREET_WORDS } from '../../lexicon/non-entities.js';
import { isAllCaps, isCapitalised, runKey, startsLower, type Word } from './words.js';
import { everyNonEntity, everyPeopleWord, headlineWord, onlyPageWords, isPeopleWord, isCommonOpener, namesNothingAlone, nearLocative, onlyShouted, someTitleWord } from './lone.js';
import { appositive, bare, portfolioBefore, roleBefore, titleSplit } from './roles.js';
import { entityKey, entityKeyOf, GAZETTEER_ORG, GAZETTEER_PLACE, typeByShape } from './shape.js';
import type { Run } from './runs.js';
import { contextType, DETERMINERS, labelBeforeName, organizationAfter, placeClue } from './clues.js';

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

const PARTY_WORDS = /^(?:republican|democrat|democratic|conservative|liberal|labour|socialist|green|independent|libertarian)$/;
// "a mechanic from Serekunda said", "officials in Kasese said": the name after such a preposition
// is not the one who speaks
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'at', 'near', 'inside', 'outside']);
// rules whose person clue a title gave: no other clue overrides them
const TITLED = new Set(['actors/title-name', 'actors/courtesy-title', 'actors/role-name']);
// Verbs and nouns that make a capital the government: "Islamabad accuses Kabul", "Kabul maintains".
const POLITICAL_NEXT = /^(?:accuse[sd]?|maintain(?:s|ed)?|demand(?:s|ed)?|insist(?:s|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|want(?:s|ed)?|act|acts|acted|said|says|say|warn(?:s|ed)?|urge[sd]?|blame[sd]?|claim(?:s|ed)?|refuse[sd]?|agree[sd]?|announce[sd]?|responded|has|had|have|will|would|should|must|can|could|is|was|remains|sees|views|fears|hopes|plans|seeks|sought|wants|threaten(?:s|ed)?)$/;
const POLITICAL_PREV = /^(?:accuse[sd]?|against|between|from|pressure[sd]?|urge[sd]?|warn(?:s|ed)?|by|and|with|on)$/;

/** Turns one capitalised run into a candidate, or null when it names nothing. */
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
  // "36th Street", "5th Avenue": a street's words after its number
  return prev?.kind === 'number' && allIn(words, from, to, STREET_WORDS);
}

function allIn(words: readonly Word[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (!set.has(words[k]!.lower)) return false;
  return true;
}

/** "Carnation Revolution", "Arab Spring", "World War II": a named event, no actor ("Ministry of War" is one). */
function namesEvent(words: readonly Word[], from: number, to: number): boolean {
  let last = to - 1;
  // ("World War II": a number after the event's word)
  if (last - from >= 2 && ROMAN.test(words[last]!.text)) last--;
  const head = words[last]!.lower;
  const before = words[last - 1]!.lower;
  if (head === 'spring') return last - from === 1 && (GAZETTEER.demonyms.has(before) || GAZETTEER.places.has(before));
  // "the Tubbs Fire", "the Dixie Fire": a wildfire ("Boston Fire", a place's, is its department; "Cal Fire" an agency)
  if (head === 'fire') return last - from === (words[from]!.lower === 'the' ? 2 : 1) && words[last]!.text === 'Fire' && !GAZETTEER.places.has(before) && !GAZETTEER.organizations.has(before + ' fire');
  return EVENT_HEADS.has(head) && before !== 'of';
}

// street words that end no other kind of name ("Court", "Place", "Way" do: "Supreme Court")
const STREET_ENDS: ReadonlySet<string> = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'parkway', 'terrace', 'blvd', 'ave']);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * "north of National Avenue", "near 65th & Thurston", "the 700 block of Trinity Court": a street's
 * word ends the name, or the name is the other street at a corner with a numbered one, or a block's.
 */
function streetPlace(words: readonly Word[], from: number, to: number): boolean {
  // ("Diane Lane said": a first name and a surname like a street's word stay a person)
  if (to - from > 1 && STREET_ENDS.has(words[to - 1]!.lower) && !GAZETTEER.firstNames.has(words[from]!.lower)) return true;
  const prev = words[from - 1]?.lower;
  if ((prev === '&' || prev === 'and') && ORDINAL.test(words[from - 2]?.lower ?? '')) return true;
  return prev === 'of' && words[from - 2]?.lower === 'block';
}

/** "Council members Rafael Ortiz and Jordan Pike": "and" after a name, a plural title before that name. */
function titledList(words: readonly Word[], from: number): boolean {
  if (words[from - 1]?.lower !== 'and') return false;
  // back over the first name (up to three capitalised words) to the title
  let k = from - 2;
  while (k >= 0 && from - 2 - k < 3 && isCapitalised(words[k]!)) k--;
  const title = words[k]?.lower ?? '';
  return k < from - 2 && title.length > 3 && title.endsWith('s') && TITLE_HEADS.has(title.slice(0, -1));
}

/** "Male suspect", "Reading the report", "Give Us": the word, not the place ("US" and "U.S." stay). */
function commonWordUse(words: readonly Word[], from: number, to: number): boolean {
  const w = words[from]!;
  if (w.lower === 'us') return w.text === 'Us';
  const next = words[to];
  return next !== undefined && next.kind === 'word' && next.text === next.lower;
}

// prepositions a sentence opens on before a name
// (and a subordinator: "Whether Polly Peck would sell was unclear")
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'from', 'by', 'with', 'under', 'after', 'before', 'during', 'since', 'like', 'unlike',
  'whether', 'although', 'though', 'because', 'unless', 'until', 'whereas',
]);

// works a company runs, named after it: "the Kozlu Madencilik mine"
const SITE_NOUNS: ReadonlySet<string> = new Set(['mine', 'plant', 'factory', 'refinery', 'mill', 'smelter', 'shipyard', 'warehouse']);

const ROMAN = /^(?:I|II|III|IV|V|\d)$/;

// what follows the place's noun of an apposition: "a town in …", "a village near …", "a city where …"
const AFTER_PLACE_NOUN: ReadonlySet<string> = new Set([
  'in', 'of', 'near', 'on', 'outside', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'where', 'that', 'which', 'about', 'some', 'just', 'along', 'across', 'close', ',', '.', ';',
]);

/** ", a town in North Kordofan", ", a small farming village near …": a place's noun after the name's comma. */
function placeAppositive(words: readonly Word[], to: number): boolean {
  if (words[to]?.text !== ',') return false;
  const det = words[to + 1]?.lower;
  if (det !== 'a' && det !== 'an') return false;
  // the noun, after at most two lower-case words ("a small farming village")
  for (let k = to + 2; k < to + 5 && k < words.length - 1; k++) {
    const w = words[k]!;
    if (PLACE_NOUNS.has(w.lower)) return AFTER_PLACE_NOUN.has(words[k + 1]!.lower);
    if (w.kind !== 'word' || !startsLower(w.text)) return false;
  }
  return false;
}

/** A storm, a named event or a piece of a numbered road's name: no actor. */
function namesNoActor(words: readonly Word[], from: number, to: number): boolean {
  return (to - from > 1 && (namesStorm(words, from, to) || namesEvent(words, from, to) || onlyTitleWords(words, from, to) || carModel(words, from, to))) || roadPiece(words, from, to);
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
  for (let k = from + 1; k < to; k++) if (ORG_SUFFIXES.has(words[k]!.lower) || LEGAL_FORMS.has(words[k]!.lower) || words[k]!.lower === 'motor') return false;
  return true;
}

export function candidateFromRun(ctx: RunContext, run: Run, body: boolean): Candidate | null {
  const { words, text } = ctx;
  let from = run.from;
  // ("Trans Nusantara Airlines Flight TN742": the flight's word is no part of the airline's name)
  const to = run.to - (run.to - run.from > 1 && words[run.to - 1]!.lower === 'flight' ? 1 : 0);
  const roles: string[] = [];
  let affiliation: string | null = null;
  let person = 0;
  let rule = '';
  let titleCountry: Candidate | null = null;
  let cand0RoleSpan: { start: number; end: number } | null = null;
  if (namesNoActor(words, from, to)) return null;
  // "Minister for Enterprise Peter Burke": the portfolio is the title's, the name follows it
  const portfolio = from > 1 ? portfolioBefore(words, from, to) : null;
  if (portfolio) {
    if (portfolio[1] >= to) return null;
    roles.push(text.slice(words[portfolio[0]]!.start, words[portfolio[1] - 1]!.end));
    cand0RoleSpan = { start: words[portfolio[0]]!.start, end: words[portfolio[1] - 1]!.end };
    from = portfolio[1];
    person = 2;
    rule = 'actors/title-name';
  }
  // a one-word run (most runs) needs no slice, and the words that name nothing go at once
  const oneWord = to - from === 1;
  const wholeName = oneWord ? words[from]!.text : text.slice(words[from]!.start, words[to - 1]!.end);
  const wholeKey = runKey(words, from, to, text);
  // (a dateline opens the sentence; a state's abbreviation has its full stop)
  const after = itemAt(words, to)?.text;
  const placed = run.from === 0 || after === '.' || after === ',' ? placeClue(ctx, run) : null;
  if (placed) return placed;
  if (oneWord && namesNothingAlone(words[from]!, wholeName, wholeKey) && !(onlyShouted(words[from]!, wholeName, wholeKey) && (organizationAfter(words, to) || initialsBefore(words, from)))) return null;
  if (oneWord && AMBIGUOUS_PLACES.has(wholeKey) && commonWordUse(words, from, to)) return null;
  const shaped = typeByShape(words, from, to, wholeKey);
  // ("Marlow County Sheriff's Office": a possessive inside an organisation's name is no title's end)
  if ((!shaped || shaped.strength < 4) && (oneWord || !innerPossessive(words, from, to))) {
    // "Mr. Smith": a courtesy title marks a person and is not part of the name
    while (from < to - 1 && COURTESY_TITLES.has(bare(words[from]!.lower))) {
      from++;
      if (words[from]?.text === '.') from++;
      person = 2;
      rule = 'actors/courtesy-title';
    }
    const split = titleSplit(words, from, to);
    if (split && !titleIsFirstName(words, from, to, split)) {
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
  // "The World Health Organization", "Her Orange Democratic Movement": an article or a
  // possessive determiner is never part of the name
  // ("The A. Philip Randolph Institute": an initial is no article)
  while (from < to - 1 && DETERMINERS.has(words[from]!.lower) && words[from + 1]!.text !== '.') from++;
  // "In New York Stock Exchange composite trading": a preposition opening the sentence opens no name
  if (to - from > 1 && words[from]!.first && OPENING_PREPOSITIONS.has(words[from]!.lower)) from++;
  const titleCased = to - from > 2 && someTitleWord(words, from + 1, to);
  const shapedName = shaped !== null && shaped.type !== 'person';
  while (from < to && words[from]!.first && !titleCased && !shapedName && isCommonOpener(words[from]!)) from++;
  if (from >= to) return null;
  // "Republican Donald Trump", "Crooked Hillary Clinton": a person's name starts at the first name
  if (!shapedName && to - from > 2) {
    for (let k = from + 1; k < to - 1; k++) {
      if (!GAZETTEER.firstNames.has(words[k]!.lower) || GAZETTEER.firstNames.has(words[k - 1]!.lower)) continue;
      const before = words[k - 1]!;
      // "Abdirahman Hassan Noor", "Lee Harvey Oswald": an unknown word before the first name is the name's own
      if (k - from === 1 && !PARTY_WORDS.test(before.lower) && !labelBeforeName(before)) break;
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
    if (everyNonEntity(words, from, to) || onlyPageWords(words, from, to)) return null;
    // "House Bill 18", "First Amendment", "Paris Agreement": laws and treaties are no actors;
    // "Centre for Trade Law", "School of Law" are organisations
    if (LAW_WORDS.has(lastWord.lower) && !orgOfLaw(words, from)) return null;
    // "Central Asian states", "Sub-Saharan": a demonym phrase describes, it names no actor
    if (GAZETTEER.demonyms.has(lastWord.lower) && everyNonEntity(words, from, to - 1)) return null;
    // "Polish American", "Lithuanian Americans": nor do words for peoples and faiths alone
    if (isPeopleWord(lastWord.lower) && everyPeopleWord(words, from, to - 1)) return null;
  }
  if (!body && !typeByShape(words, from, to, key)) return null;
  const before = roleBefore(words, from);
  // ("the public broadcaster ERR": an acronym after an organisation's noun is no one's name either)
  // ("the official SUNA news agency": an acronym before an organisation's noun is no official's name)
  // ("official Serb sources": a people's word is no official's name)
  if (before < from && roles.length === 0 && !(single && isAllCaps(name) && (acronymOfOrg(words[to]) || ORG_DESCRIPTORS.has(words[from - 1]!.lower))) && !(single && isPeopleWord(words[from]!.lower))) {
    roles.push(text.slice(words[before]!.start, words[from - 1]!.end));
    cand0RoleSpan = { start: words[before]!.start, end: words[from - 1]!.end };
    person = 2;
    rule = 'actors/role-name';
  }
  if (roles.length === 0 && words[from - 1]?.text === ',' && from >= 2) {
    const head = words[from - 2]!;
    // "the spokesman, Ali Khan"; "his young stepmother, Nelsy," (kin name a person too, when the
    // name closes the apposition: "by his sister, Trotwood police Capt. John Porter said" does not)
    if (TITLE_HEADS.has(head.lower) || (KIN_NOUNS.has(head.lower) && closesApposition(words[to]))) {
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
  // ("a soldier fighting near Pokrovsk, who gave only his call sign": the place is not who)
  if (words[to]?.text === ',' && words[to + 1]?.lower === 'who' && person === 0 && !PLACE_PREPOSITIONS.has(words[from - 1]?.lower ?? '')) [person, rule] = [2, 'actors/who-clause'];
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
  // "in the city's Kensington section", "the town's Eastside area": a part of a place named before
  else if (next && AREA_NOUNS.has(next.lower) && prev?.possessive && PLACE_OWNERS.has(prev.lower)) [type, strength, rule] = ['location', 3, 'actors/place-noun'];
  // "a Dorchester triple-decker", "a Brooklyn apartment": a dwelling's noun after "a" and the name
  else if (next && DWELLING_NOUNS.has(next.lower) && !lastWord.possessive && (prev?.lower === 'a' || prev?.lower === 'an')) [type, strength, rule] = ['location', 2, 'actors/place-noun'];
  // "Obama disagreed.": a public figure's surname, alone
  else if (single && FAMOUS_SURNAMES.has(key)) [type, strength, rule] = ['person', 2, 'actors/famous-surname'];
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
  else [type, strength, rule] = ['organization', 0, 'actors/capitalised-word'];
  const clue = strength < 3 && !TITLED.has(rule) ? contextType(words, from, type, rule, single, acronym) : null;
  if (clue) [type, strength, rule] = [clue.type, clue.strength, clue.rule];
  // "IG Metall", "RJR Nabisco", "MCI Communications": a name opened by a word in capitals is an
  // organisation's, not a person's (only a guess made it a person)
  else if (type === 'person' && strength < 2 && !single && acronymWord(words[from]!.text)) [type, strength, rule] = ['organization', 1, 'actors/acronym-name'];
  // "the privately run Kozlu Madencilik mine", "the Ardent Minerals group": a company's or a
  // site's noun right after the name, which only a guess made a person's
  else if (type === 'person' && strength === 0 && !single && next && (ORG_DESCRIPTORS.has(next.lower) || SITE_NOUNS.has(next.lower))) [type, strength, rule] = ['organization', 1, 'actors/org-noun-after'];
  // "a Verizon Wireless store", "Goldman Sachs Asset Management": a known company's name opens it
  else if (type === 'person' && strength === 0 && !single && GAZETTEER.organizations.has(words[from]!.lower)) [type, strength, rule] = ['organization', 2, 'actors/company-first'];
  if (strength < 4 && type !== 'location' && streetPlace(words, from, to)) [type, strength, rule] = ['location', 2, 'actors/street-name'];
  // "Council members Rafael Ortiz and Jordan Pike": the second of two names a plural title heads
  else if (strength < 4 && type !== 'person' && !single && titledList(words, from)) [type, strength, rule] = ['person', 2, 'actors/title-list'];
  const place = GAZETTEER.places.get(key);
  const capitalOf = place?.kind === 'capital' ? place.country : null;
  // a one-word run the lexicons do not know (its shape said so) is keyed by its word alone
  const unknownWord = whole && single && shaped !== GAZETTEER_PLACE && shaped !== GAZETTEER_ORG;
  // ("from" only after what a government sends: "instructions received from Kabul", not "flew … from Ankara")
  const fromGovernment = prev?.lower !== 'from' || FROM_GOVERNMENT.has(words[from - 2]?.lower ?? '');
  const political = capitalOf !== null && ((lastWord.possessive && !locativeAfter(next)) || POLITICAL_NEXT.test(next?.lower ?? '') || (POLITICAL_PREV.test(prev?.lower ?? '') && fromGovernment));
  const dotted = dottedEnd(lastWord, next);
  // "in Kaduna state", "Lagos state police": a state named in lower case is the state, not its city
  if (type === 'location' && dotted < 0 && next?.text === 'state' && place !== undefined && place.kind !== 'country' && !lastWord.possessive && !stateAdjective(words[to + 1])) {
    return stateCandidate(ctx, from, to, next, strength);
  }
  const cand: Candidate = {
    start, end: dotted < 0 ? end : dotted, text: dotted < 0 ? name : text.slice(start, dotted), sentence: ctx.sentence,
    key: type === 'unnamed' ? 'unnamed:' + key : unknownWord ? 'name:' + key : entityKeyOf(key, name, place), type, strength, rule,
    roles, affiliation,
    capitalOf, political, primary: !acronym, tokens: wordTexts(words, from, to), lowerFirst: words[from]!.lower, lookup: key,
  };
  // "US President Donald Trump": the title names the US too
  if (titleCountry) cand.titleCountry = titleCountry;
  if (cand0RoleSpan) cand.roleSpans = [cand0RoleSpan];
  return cand;
}

/** "a Florida state court", "Kaduna state police": "state" before a noun describes it, it names no state. */
function stateAdjective(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'word' && startsLowerWord(w) && !STATE_FOLLOWERS.has(w.lower);
}

// words after "Kaduna state" that leave it a name: "in Kaduna state, where", "Kaduna state and"
const STATE_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'with', 'by', 'where', 'which', 'that', 'has', 'had', 'have', 'is', 'was',
  'were', 'said', 'says', 'will', 'would', 'last', 'this', 'on', 'after', 'before', 'since', 'as', 'but',
]);

const startsLowerWord = (w: Word) => w.text === w.lower;

/** "Kaduna state": the name and its lower-case "state", keyed as "Kaduna State" is. */
function stateCandidate(ctx: RunContext, from: number, to: number, state: Word, strength: number): Candidate {
  const { words, text } = ctx;
  const start = words[from]!.start;
  const name = text.slice(start, state.end);
  const lookup = runKey(words, from, to, text) + ' state';
  const tokens = wordTexts(words, from, to);
  tokens.push(state.text);
  return {
    start, end: state.end, text: name, sentence: ctx.sentence, key: 'name:' + lookup, type: 'location', strength, rule: 'actors/lowercase-state',
    roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens, lowerFirst: words[from]!.lower, lookup,
  };
}

// "Nairobi's Kibera neighbourhood" is a place; "Islamabad's key demand" is the government's
/** Does a government's verb follow the name ending at `end` ("Niamey have demanded")? */
export function governmentVerbAfter(text: string, end: number): boolean {
  let s = end;
  while (s < text.length && text.charCodeAt(s) === 32) s++;
  let e = s;
  while (e < text.length && e - s < 16 && text.charCodeAt(e) > 32) e++;
  return POLITICAL_NEXT.test(text.slice(s, e).toLowerCase());
}

/** "SUNA news agency", "IRNA agency", "KCNA television": an organisation's noun after an acronym. */
function acronymOfOrg(next: Word | undefined): boolean {
  return next !== undefined && (next.lower === 'news' || ORG_DESCRIPTORS.has(next.lower));
}

/** "known by its Spanish initials CNDDHH", "known as AFAD": capitals named as initials are an acronym. */
function initialsBefore(words: readonly Word[], from: number): boolean {
  const prev = words[from - 1]?.lower;
  return prev === 'initials' || prev === 'acronym' || prev === 'abbreviation' || (prev === 'as' && words[from - 2]?.lower === 'known');
}

/** "Stanmore Lane & Co.": the full stop of an abbreviated legal form is part of the name; -1 when none. */
function dottedEnd(last: Word, next: Word | undefined): number {
  return next?.text === '.' && next.start === last.end && DOTTED_FORMS.has(last.lower) ? next.end : -1;
}

/** A place's part after its owner: "the city's Kensington section". */
const AREA_NOUNS: ReadonlySet<string> = new Set(['section', 'area', 'neighborhood', 'neighbourhood', 'district', 'quarter']);
/** Possessive owners of such parts ("the city's"; a word's lower case has no "'s", ./words.ts). */
const PLACE_OWNERS: ReadonlySet<string> = new Set(['city', 'town', 'borough', 'village', 'county', 'state', 'capital']);

const locativeAfter = (next: Word | undefined) => next !== undefined && (isCapitalised(next) || PLACE_NOUNS.has(next.lower));

function innerPossessive(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (words[k]!.possessive) return true;
  return false;
}

/** "Centre for Trade Law", "School of Law": an organisation's word, then "for" or "of". */
function orgOfLaw(words: readonly Word[], from: number): boolean {
  const head = words[from]!.lower;
  const joint = words[from + 1]?.lower;
  return (joint === 'for' || joint === 'of') && (ORG_SUFFIXES.has(head) || ORG_PREFIXES.has(head));
}

function wordTexts(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(words[k]!.text);
  return out;
}

/**
 * "Senior meteorologist Dean Maloney": a title word that is also a first name, alone before a
 * one-word name, after a lowercase role, is the first name ("Dean" is no title there).
 */
function titleIsFirstName(words: readonly Word[], from: number, to: number, split: [number, number]): boolean {
  if (to - from !== 2 || split[0] !== from || split[1] !== from + 1 || !FIRST_NAME_TITLES.has(words[from]!.lower)) return false;
  const prev = words[from - 1];
  return prev !== undefined && !isCapitalised(prev) && (TITLE_HEADS.has(prev.lower) || GAZETTEER.roleNouns.has(prev.lower));
}

/** "IG", "RJR", "MCI": two to five capitals, no full stops. */
function acronymWord(t: string): boolean {
  return t.length >= 2 && t.length <= 5 && isAllCaps(t) && !t.includes('.');
}

/** ", Nelsy," / "Lisa." / "Mark said": what may follow a name in apposition. */
function closesApposition(next: Word | undefined): boolean {
  if (!next) return true;
  const t = next.text;
  return t === ',' || t === '.' || t === ';' || t === ')' || REPORTING_CUES.has(next.lower);
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
  // "Federal Emergency Management Minister": a portfolio, no organisation of its own ("European
  // Commission President" has the organisation's word)
  // ("Federal Water Resources Minister", "Energy Minister": a portfolio's word, though it may end a company's name)
  const last = words[to - 1]!.lower;
  if (shape.type === 'organization' && shape.strength < 4 && (!ORG_SUFFIXES.has(last) || MINISTRY_PORTFOLIOS.has(last) || last === 'resources')) return null;
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

