// Name candidates from capitalised runs: titles split off into roles ("US President Donald
// Trump"), typed by lexicon and context, with the clues the merge step needs.

import { itemAt } from '../../document.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { COURTESY_TITLES, NAME_HONORIFICS, RANK_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { FROM_GOVERNMENT, LAW_WORDS, MINISTRY_PORTFOLIOS } from '../../lexicon/organizations.js';
import { FACILITY_NOUNS, LOCATIVES } from '../../lexicon/place-words.js';
import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { AMBIGUOUS_PLACES, NUMBER_WORDS_ALONE, OPENING_PREPOSITIONS } from '../../lexicon/non-entities.js';
import { isAllCaps, runKey, type Word } from './words.js';
import { describedThing, substanceName } from './things.js';
import { amidLowerCase, awardNamedAlone, everyNonEntity, everyPeopleWord, onlyPageWords, isPeopleWord, isCommonOpener, namesNothingAlone, onlyShouted, placePeople, someTitleWord } from './lone.js';
import { bare, portfolioBefore, roleBefore, titleSplit } from './roles.js';
import { entityKeyOf, GAZETTEER_ORG, GAZETTEER_PLACE, typeByShape } from './shape.js';
import type { Run } from './runs.js';
import { DETERMINERS, invertedSaying, labelBeforeName, organizationAfter } from './clues.js';
import { placeClue } from './place-clue.js';
import { commonWordUse, namesNoActor, streetPlace } from './no-actor.js';
import {
  acronymWord, articleOfPlace, dottedEnd, initialsBefore, innerPossessive, leaderBody, locativeAfter, orgOfLaw,
  POLITICAL_NEXT, POLITICAL_PREV, stateAdjective, titledList, titleIsFirstName,
} from './name-context.js';
import { isOwnerWord, nounCandidate, ownerCandidate, roleCandidate, wordTexts } from './made-candidates.js';
import { PLACE_PREPOSITIONS, rolesAround, type RoleState } from './context-roles.js';

import type { Candidate, RunContext } from './candidate.js';
import { baseType, clueType } from './run-type.js';

export type { Candidate, RunContext } from './candidate.js';

// the conjunctions that open a sentence before a title ("But Fire Chief …")
const CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or', 'still', 'meanwhile']);
const STATE_OF = /^(?:state|commonwealth) of \p{L}/u;
const PARTY_WORDS = /^(?:republican|democrat|democratic|conservative|liberal|labour|socialist|green|independent|libertarian)$/;

/** "Foreign Ministry", "Defence Ministry": a portfolio and "Ministry", a name every country's ministry shares. */
function ownedMinistry(words: readonly Word[], from: number, to: number): boolean {
  return to - from === 2 && words[to - 1]!.lower === 'ministry' && MINISTRY_PORTFOLIOS.has(words[from]!.lower);
}

/** Turns one capitalised run into a candidate, or null when it names nothing. */
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
  // 'Said Ellis: "…"': the verb of saying before its speaker is no part of the name, and the speaker is a person's guess
  if (invertedSaying(words, from, to)) {
    from++;
    person = Math.max(person, 1);
    rule ||= 'actors/speaker-name';
  }
  // a one-word run (most runs) needs no slice, and the words that name nothing go at once
  const oneWord = to - from === 1;
  const wholeName = oneWord ? words[from]!.text : text.slice(words[from]!.start, words[to - 1]!.end);
  const wholeKey = runKey(words, from, to, text);
  // (a dateline opens the sentence; a state's abbreviation has its full stop)
  const after = itemAt(words, to)?.text;
  const placed = run.from === 0 || after === '.' || after === ',' ? placeClue(ctx, run) : null;
  if (placed) return placed;
  // "said Del. Stacey Plaskett": a delegate's title the sentence split from the name; Delaware's "Del." follows a comma (placed)
  if (oneWord && wholeKey === 'del' && after === '.') return null;
  if (oneWord && namesNothingAlone(words[from]!, wholeName, wholeKey) && !(onlyShouted(words[from]!, wholeName, wholeKey) && (organizationAfter(words, to) || initialsBefore(words, from) || amidLowerCase(words, from, to)))) return null;
  if (oneWord && AMBIGUOUS_PLACES.has(wholeKey) && commonWordUse(words, from, to)) return null;
  if (oneWord && (awardNamedAlone(words, from) || substanceName(words, from, to))) return null;
  const shaped = typeByShape(words, from, to, wholeKey);
  // ("Marlow County Sheriff's Office": a possessive inside an organisation's name is no title's end)
  if ((!shaped || shaped.strength < 4) && (oneWord || !innerPossessive(words, from, to))) {
    // ("But Mr. Grassley and Mr. Leahy say": a sentence's opening conjunction is no part of the name)
    if (from < to - 2 && words[from]!.first && CONJUNCTIONS.has(words[from]!.lower) && COURTESY_TITLES.has(bare(words[from + 1]!.lower))) from++;
    // "Mr. Smith": a courtesy title marks a person and is not part of the name
    // ("Cpl. Ann Ross", "said Del. Stacey Plaskett": a rank's abbreviation with its full stop too; "Del Monte" has none)
    while (from < to - 1 && (COURTESY_TITLES.has(bare(words[from]!.lower)) || (RANK_ABBREVIATIONS.has(words[from]!.lower) && words[from + 1]!.text === '.'))) {
      // "Gov. Thomas Landry", "Sen. Mary Hale": an office or a rank is a role ("Mr." is none)
      const office = RANK_ABBREVIATIONS.has(bare(words[from]!.lower)) ? words[from]! : null;
      from++;
      if (words[from]?.text === '.') from++;
      if (office) roles.push(text.slice(office.start, words[from - 1]!.end));
      person = 2;
      rule = 'actors/courtesy-title';
    }
    // "former Miss Universe Alicia Machado": the pageant's word after "Miss" is the title's, before a first name;
    // alone after an article or "former" it is the title ("a former Miss Universe", "the Miss Universe pageant"; "Miss Marple" stays)
    if (words[from - 1]?.lower === 'miss' && !GAZETTEER.firstNames.has(words[from]!.lower)) {
      if (to - from >= 3 && GAZETTEER.firstNames.has(words[from + 1]!.lower)) {
        roles.push(text.slice(words[from - 1]!.start, words[from]!.end));
        from++;
      } else if (to - from === 1 && TITLE_BEFORE_MISS.has(words[from - 2]?.lower ?? '')) return null;
    }
    const split = titleSplit(words, from, to);
    if (split && !titleIsFirstName(words, from, to, split)) {
      const [prefixEnd, titleEnd] = split;
      let roleStart = prefixEnd === from ? roleBefore(words, from) : from;
      // ("But Fire Chief Ronnie Thibodeaux told reporters": a sentence's opening word is no part of the role)
      if (roleStart < titleEnd - 1 && words[roleStart]!.first && CONJUNCTIONS.has(words[roleStart]!.lower)) roleStart++;
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
  // ("in The Hague", "from The Gambia": a place whose name has its article keeps it)
  while (from < to - 1 && DETERMINERS.has(words[from]!.lower) && words[from + 1]!.text !== '.' && !(from === run.from && articleOfPlace(words, from, to, wholeKey))) from++;
  // "In New York Stock Exchange composite trading": a preposition opening the sentence opens no name
  if (to - from > 1 && words[from]!.first && OPENING_PREPOSITIONS.has(words[from]!.lower)) from++;
  const titleCased = to - from > 2 && someTitleWord(words, from + 1, to);
  const shapedName = shaped !== null && shaped.type !== 'person';
  // "Many New Yorkers voted", "Londoners said": a place's people name no actor ("New" is no opener here)
  for (let k = from; k < to && k <= from + 1; k++) if (placePeople(words, k, to) && (k === from || isCommonOpener(words[from]!))) return null;
  while (from < to && words[from]!.first && !titleCased && !shapedName && isCommonOpener(words[from]!)) from++;
  if (from >= to) return null;
  // "Republican Donald Trump", "Crooked Hillary Clinton": a person's name starts at the first name
  if (!shapedName && to - from > 2) {
    for (let k = from + 1; k < to - 1; k++) {
      if (!GAZETTEER.firstNames.has(words[k]!.lower) || GAZETTEER.firstNames.has(words[k - 1]!.lower)) continue;
      const before = words[k - 1]!;
      // "Abdirahman Hassan Noor", "Lee Harvey Oswald": an unknown word before the first name is the name's own
      if (k - from === 1 && !PARTY_WORDS.test(before.lower) && !labelBeforeName(before)) break;
      // "Luiz Inacio Lula da Silva": a first name, then unknown words, then another first name: one name
      if (GAZETTEER.firstNames.has(words[from]!.lower) && ownNames(words, from, k)) break;
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
    // "Teen, man shot in Dayton": a headline's list of people's nouns ("Farmer, who ran the shop," is a surname)
    if (words[from]!.first && words[to]?.text === ',' && PEOPLE_NOUNS.has(key) && PEOPLE_NOUNS.has(words[to + 1]?.lower ?? '')) return null;
  } else {
    if (everyNonEntity(words, from, to) || onlyPageWords(words, from, to) || describedThing(words, from, to)) return null;
    // "House Bill 18", "First Amendment", "Paris Agreement": laws and treaties are no actors;
    // "Centre for Trade Law", "School of Law" are organisations
    if (LAW_WORDS.has(lastWord.lower) && !orgOfLaw(words, from)) return null;
    // "Central Asian states", "Sub-Saharan": a demonym phrase describes, it names no actor
    // ("Twelve Americans were killed", "Top Israeli officials": a count or a rank before the demonym too)
    if (GAZETTEER.demonyms.has(lastWord.lower) && everyCountOrRank(words, from, to - 1)) return null;
    // "Polish American", "Lithuanian Americans": nor do words for peoples and faiths alone
    if (isPeopleWord(lastWord.lower) && everyPeopleWord(words, from, to - 1)) return null;
    // "Radical Islamic terrorists are …": a sentence's capitalised adjective before a faith's or a people's, then a noun
    if (to - from === 2 && words[from]!.first && !GAZETTEER.firstNames.has(words[from]!.lower) && (isPeopleWord(lastWord.lower) || GAZETTEER.demonyms.has(lastWord.lower)) && words[to]?.kind === 'word' && words[to]!.text === words[to]!.lower) return null;
  }
  if (!body && !typeByShape(words, from, to, key)) return null;
  const around: RoleState = { roles, person, rule, roleSpan: cand0RoleSpan };
  rolesAround(words, text, from, to, single, name, around, run.from);
  ({ person, rule } = around);
  cand0RoleSpan = around.roleSpan;
  const prev = words[from - 1];
  if (prev?.possessive) {
    const place = GAZETTEER.places.get(prev.lower);
    if (place?.kind === 'country') affiliation ??= 'country:' + place.country;
  }
  const next = words[to];
  const shape = whole ? shaped : typeByShape(words, from, to, key);
  const acronym = single && isAllCaps(name);
  const base = baseType(words, from, to, shape, person, rule, key, acronym);
  if (!base) return null;
  const typed = clueType(words, from, to, base, acronym);
  let { type, strength } = typed;
  rule = typed.rule;
  // "at Once station", "in Guayaquil's Litoral penitentiary": one word only a guess typed, before a building's noun after a place's
  // preposition, "the" or a possessive, is the building's name ("a Presbyterian church" is a kind, no name)
  if (strength <= 1 && single && next && FACILITY_NOUNS.has(next.text) && !lastWord.possessive && (prev?.possessive || prev?.lower === 'the' || PLACE_PREPOSITIONS.has(prev?.lower ?? ''))) return nounCandidate(ctx, from, to, next, 'location', 2, 'actors/facility-name');
  // "stopped by a State Trooper", "A Border Patrol Agent said": a capitalised role after "a" with no name is an unnamed one
  if (type === 'person' && strength <= 1 && !single && (prev?.lower === 'a' || prev?.lower === 'an') && GAZETTEER.roleNouns.has(lastWord.lower) && !lastWord.lower.endsWith('s') && !GAZETTEER.firstNames.has(words[from]!.lower)) return roleCandidate(ctx, from, to);
  // ("Bullet shatters State Trooper's windshield": the same role with no article names nobody)
  if (type === 'person' && strength === 0 && rule === 'actors/capitalised-name' && GAZETTEER.roleNouns.has(lastWord.lower) && !lastWord.lower.endsWith('s') && !lastWord.lower.endsWith('men') && !acronymWord(words[from]!.text) && !GAZETTEER.firstNames.has(words[from]!.lower) && !TITLE_HEADS.has(words[from]!.lower)) return null;
  if (strength < 4 && type !== 'location' && streetPlace(words, from, to)) [type, strength, rule] = ['location', 2, 'actors/street-name'];
  // "Council members Rafael Ortiz and Jordan Pike": the second of two names a plural title heads
  else if (strength < 4 && type !== 'person' && !single && titledList(words, from)) [type, strength, rule] = ['person', 2, 'actors/title-list'];
  // "Cedar Valley School District v. State of Minnesota": the state as a party is the state
  const stateOf = to - from > 2 && STATE_OF.test(key) ? key.slice(key.indexOf(' of ') + 4) : null;
  if (stateOf !== null && GAZETTEER.places.has(stateOf)) [type, strength, rule] = ['location', 4, 'actors/state-of'];
  const place = GAZETTEER.places.get(rule === 'actors/state-of' ? stateOf! : key);
  const capitalOf = place?.kind === 'capital' ? place.country : null;
  // a one-word run the lexicons do not know (its shape said so) is keyed by its word alone
  const unknownWord = whole && single && shaped !== GAZETTEER_PLACE && shaped !== GAZETTEER_ORG;
  // ("from" only after what a government sends: "instructions received from Kabul", not "flew … from Ankara")
  const fromGovernment = prev?.lower !== 'from' || FROM_GOVERNMENT.has(words[from - 2]?.lower ?? '');
  // ("its consulate in Lisbon had sent an official": a capital after a place's preposition is the city, whatever verb follows)
  const political = capitalOf !== null && ((lastWord.possessive && !locativeAfter(next)) || (POLITICAL_NEXT.test(next?.lower ?? '') && !IN_PLACE.has(prev?.lower ?? '')) || (POLITICAL_PREV.test(prev?.lower ?? '') && fromGovernment));
  const dotted = dottedEnd(lastWord, next);
  // "in Kaduna state", "Lagos state police": a state named in lower case is the state, not its city
  if (type === 'location' && dotted < 0 && next?.text === 'state' && place !== undefined && place.kind !== 'country' && !lastWord.possessive && !stateAdjective(words[to + 1])) {
    return nounCandidate(ctx, from, to, next, 'location', strength, 'actors/lowercase-state');
  }
  // "the Berlusconi government said", "the Obama administration": a leader's government, an organisation
  if (next && leaderBody(prev, lastWord, next, rule)) return nounCandidate(ctx, from, to, next, 'organization', 2, 'actors/leader-government');
  // ("Kyrgyzstan's Foreign Ministry" and "the Tajik Foreign Ministry" are two: one owned is keyed by its country, as in lower case)
  const owner = affiliation !== null && prev?.possessive && ownedMinistry(words, from, to) ? '|' + affiliation : '';
  const cand: Candidate = {
    start, end: dotted < 0 ? end : dotted, text: dotted < 0 ? name : text.slice(start, dotted), sentence: ctx.sentence,
    key: type === 'unnamed' ? 'unnamed:' + key : unknownWord ? 'name:' + key : rule === 'actors/state-of' ? entityKeyOf(stateOf!, stateOf!, place) : entityKeyOf(key, name, place) + owner, type, strength, rule,
    roles, affiliation,
    capitalOf, political, primary: !acronym && rule !== 'actors/state-of', tokens: wordTexts(words, from, to), lowerFirst: words[from]!.lower, lookup: key,
  };
  // "US President Donald Trump": the title names the US too
  if (titleCountry) cand.titleCountry = titleCountry;
  if (cand0RoleSpan) cand.roleSpans = [cand0RoleSpan];
  if (owner) cand.owner = text.slice(prev!.start, start).trimEnd();
  return cand;
}

/** Are the words [from, to) a person's own names, no label among them ("Luiz Inacio" before "Lula")? */
function ownNames(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (labelBeforeName(words[j]!) || PARTY_WORDS.test(words[j]!.lower)) return false;
  return true;
}

/** Are the words [from, to) non-entities, number words or title modifiers ("Twelve", "Top")? */
function everyCountOrRank(words: Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const l = words[j]!.lower;
    if (!NUMBER_WORDS_ALONE.has(l) && !TITLE_MODIFIERS.has(l) && !everyNonEntity(words, j, j + 1)) return false;
  }
  return true;
}

// what stands before "Miss" when it opens a pageant's title, no woman's name: "a former Miss Universe"
const TITLE_BEFORE_MISS: ReadonlySet<string> = new Set(['a', 'the', 'former', 'reigning', 'ex']);
// prepositions after which a capital is the city, never its government: "its consulate in Lisbon had sent"
const IN_PLACE: ReadonlySet<string> = new Set([...LOCATIVES, 'to', 'around', 'through']);
