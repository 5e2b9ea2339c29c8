// When a connector ("of", "and", "&", "for", "on") or a possessive joins capitalised words into one
// name ("Ministry of Health", "Procter & Gamble", "Sacramento County Coroner's Office"), and a
// university's campus after its comma ("University of California, Irvine").

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { NON_ENTITIES } from '../../lexicon/non-entities.js';
import { JOINT_NAME_TAILS, LAW_WORDS, LEGAL_FORMS, MINISTRY_PORTFOLIOS, ORG_PREFIXES, ORG_SUFFIXES, POSSESSIVE_ORG_WORDS } from '../../lexicon/organizations.js';
import { PLACE_WORDS } from '../../lexicon/place-words.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { runKey, startsLower, type Word } from './words.js';
import { isNameWord } from './name-words.js';
import { shipNameAt } from './no-actor.js';
import type { Run } from './runs.js';
/** Are the words [from, to) a known place or organisation? */
function known(words: Word[], from: number, to: number, text: string): boolean {
  const key = runKey(words, from, to, text);
  return GAZETTEER.places.has(key) || GAZETTEER.organizations.has(key);
}

/**
 * "British Gas and Federated Investors", "Urban Institute and Brookings Institution": two names of
 * two words or more, the first ended by an organisation's word that is no portfolio ("House Energy
 * and Commerce Committee" is one).
 */
function twoCompanies(words: Word[], left: Run, right: Run, leftLast: string): boolean {
  // ("Pacific Gas and Electric Co.": a legal form after one more word closes one company's name)
  if (right.to - right.from === 2 && LEGAL_FORMS.has(words[right.to - 1]!.lower)) return false;
  return left.to - left.from >= 2 && right.to - right.from >= 2 && ORG_SUFFIXES.has(leftLast) && !MINISTRY_PORTFOLIOS.has(leftLast) && words[left.from]!.lower !== 'the';
}

// "near Richards & Meinecke", "the intersection of Hopkins & Stark": two streets at a corner, no firm
const CORNER_BEFORE: ReadonlySet<string> = new Set(['near', 'of', 'on', 'off']);

// party labels that stand before "party" each alone: "the Republican and Democratic party leaders"
const PARTY_LABELS: ReadonlySet<string> = new Set(['republican', 'democratic', 'democrat', 'conservative', 'labour', 'labor', 'liberal', 'socialist', 'green', 'communist', 'independent']);

/**
 * "The opposition Freedom and Solidarity party voted", "the Peace and Unity alliance": one word
 * and one or two after "and", then a singular party's noun in lower case, name one party (no
 * place, demonym or party label on either side: "the Kenya and Uganda alliance" are two).
 */
function jointName(words: Word[], left: Run, right: Run, text: string): boolean {
  const tail = words[right.to];
  if (!tail || !JOINT_NAME_TAILS.has(tail.lower) || !startsLower(tail.text) || words[right.to - 1]!.possessive) return false;
  // ("The Peace and Unity alliance said": the article opens the run)
  const from = words[left.from]!.lower === 'the' ? left.from + 1 : left.from;
  if (left.to - from !== 1 || right.to - right.from > 2) return false;
  const a = words[from]!.lower;
  const b = words[right.from]!.lower;
  if (PARTY_LABELS.has(a) || PARTY_LABELS.has(b) || acronymOnly(words[from]!.text)) return false;
  return !plainPlace(a) && !plainPlace(b) && !known(words, from, left.to, text) && !known(words, right.from, right.to, text);
}

/** "Iraq" and "Afghanistan Veterans": a place, then a place and a people's plural that names bodies ("Veterans", "Farmers"). */
function placesPeople(words: Word[], left: Run, right: Run, text: string): boolean {
  if (left.to - left.from !== 1 || right.to - right.from !== 2) return false;
  const people = words[right.to - 1]!.lower;
  return POSSESSIVE_ORG_WORDS.has(people) && people.endsWith('s') && known(words, left.from, left.to, text) && known(words, right.from, right.from + 1, text);
}

/** A place or a demonym: "Kenya", "Ugandan". */
function plainPlace(l: string): boolean {
  return GAZETTEER.places.has(l) || GAZETTEER.demonyms.has(l);
}

/** "FBI", "NATO": two to six capitals, no other letter. */
function acronymOnly(t: string): boolean {
  if (t.length < 2 || t.length > 6) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

// the last words of a firm that works for clients ("Granite Polling for the Concord Monitor"); "Institute for the Study of War" goes on
const CLIENT_FIRMS: ReadonlySet<string> = new Set(['research', 'polling', 'insights', 'analytics', 'strategies', 'consulting', 'associates', 'partners', 'communications', 'inc', 'llc', 'ltd', 'corp']);

// words of a place's emergency services that "and" joins into one department's name
const SERVICE_PAIRS: ReadonlySet<string> = new Set(['fire', 'rescue', 'ems']);

/** May a connector ("of", "&", "and") join `left` and `right` into one name? */
export function joins(words: Word[], left: Run, connector: Word, right: Run, text: string, joined: boolean, withThe: boolean): boolean {
  if (known(words, left.from, right.to, text)) return true;
  // ("The National Coordinator for Human Rights": the article opens the run, the name's first word follows)
  const leftFirst = words[left.from]!.lower === 'the' && left.to - left.from > 1 ? words[left.from + 1]!.lower : words[left.from]!.lower;
  const leftLast = words[left.to - 1]!.lower;
  const rightLast = words[right.to - 1]!.lower;
  const c = connector.lower;
  // "Centres for Disease Control and Prevention": "and" inside a name already joined by "for"
  // "Amnesty International Kenya and the Law Society of Kenya": "and the" joins two names, not one
  // "the Democratic Republic of Congo and Tanzania": "and" between a known name and a place joins
  // two names ("Port Authority of New York and New Jersey" is one)
  // "Hogan & Hartson", "Moore & Van Allen", "Procter & Gamble": an ampersand between short names joins a firm's
  if (c === '&' && !withThe && !CORNER_BEFORE.has(words[left.from - 1]?.lower ?? '') && left.to - left.from <= 2 && right.to - right.from <= 2 && !known(words, left.from, left.to, text) && !known(words, right.from, right.to, text)) return true;
  // "Cobb County Fire and Rescue": two services of one department
  if (c === 'and' && !withThe && left.to - left.from >= 2 && right.to - right.from === 1 && SERVICE_PAIRS.has(leftLast) && SERVICE_PAIRS.has(rightLast)) return true;
  // "Proceeds of Crime Act", "Freedom of Information Act", "Family and Medical Leave Act": one law's name (dropped as a law)
  if ((c === 'of' || (c === 'and' && !withThe)) && LAW_WORDS.has(rightLast) && right.to - right.from <= 3) return true;
  if (c === '&' || c === 'and') {
    // "Dresdner Bank AG and Esselte AB": a company's legal form ends the first name
    // ("the FBI and Justice Department": an acronym alone is a name of its own)
    if (c === 'and' && (LEGAL_FORMS.has(leftLast) || (!joined && twoCompanies(words, left, right, leftLast)) || (acronymOnly(words[left.to - 1]!.text) && (left.to - left.from === 1 || (left.to - left.from === 2 && words[left.from]!.lower === 'the'))))) return false;
    if (!withThe && !joined && jointName(words, left, right, text)) return true;
    // "Anderson Cooper and Fox News' Chris Wallace": a right side that owns the name after it is a name of its own
    if (c === 'and' && words[right.to - 1]!.possessive && right.to < words.length && isNameWord(words[right.to]!)) return false;
    // "Iraq and Afghanistan Veterans of America": two places before a people's plural name one body
    if (c === 'and' && !withThe && !joined && placesPeople(words, left, right, text)) return true;
    // "deputy Matthew Hagen and Brooklyn Center police officer …": a person's first name and surname end before "and"
    if (c === 'and' && left.to - left.from === 2 && GAZETTEER.firstNames.has(words[left.from]!.lower) && !ORG_SUFFIXES.has(leftLast) && !known(words, left.from, left.to, text)) return false;
    if (withThe || !(joined || (ORG_SUFFIXES.has(rightLast) && !known(words, left.from, left.to, text)))) return false;
    return !(joined && GAZETTEER.places.has(runKey(words, right.from, right.to, text)) && known(words, left.from, left.to, text));
  }
  // "MB Lady of Carmen", "the ferry Queen of the Islands": a ship's name holds its "of"
  if (c === 'of' && !joined && shipNameAt(words, words[left.from]!.lower === 'the' ? left.from + 1 : left.from)) return true;
  // "Norwood Partners Limited Partnership of Boston": a legal form ends the name, its seat follows ("Aluminum Co. of America" goes on)
  if (c === 'of' && leftLast !== 'co' && LEGAL_FORMS.has(leftLast)) return false;
  // "Citizens for Tax Justice", "Veterans for Peace": a people's plural, "for" and a cause
  if (c === 'for' && left.to - left.from === 1 && POSSESSIVE_ORG_WORDS.has(leftLast) && leftLast.endsWith('s')) return true;
  // "Friends of the Bellingham Public Library", "Veterans of Foreign Wars": a society of its friends
  if (c === 'of' && left.to - left.from === 1 && (leftLast === 'friends' || leftLast === 'veterans') && (ORG_SUFFIXES.has(rightLast) || withThe || rightLast === 'wars')) return true;
  // "conducted by Silver State Research for the Las Vegas Ledger": a firm's work for a client, two names
  if (c === 'for' && withThe && !joined && CLIENT_FIRMS.has(leftLast)) return false;
  // "the Joint Chiefs of Staff": the plural "Chiefs of Staff" is a body ("Chief of Staff" before a name is a title)
  if (c === 'of' && leftLast === 'chiefs' && rightLast === 'staff' && right.to - right.from === 1) return true;
  // "Commission on Human Rights": "on" only after an organisation's word
  if (c === 'on') return ORG_SUFFIXES.has(leftLast);
  // "Ministry of Health", "Bank of England", "Gulf of Aden", "Organisation for Economic Co-operation";
  // "U.S. Court of Appeals for the Fifth Circuit": a name joined once may join again
  return joined || ORG_SUFFIXES.has(leftLast) || ORG_PREFIXES.has(leftFirst) || PLACE_WORDS.has(leftLast) || ORG_PREFIXES.has(leftLast);
}

/** "fishermen", "dockworkers": a plural of the people nouns. */
function peoplePlural(l: string): boolean {
  return PEOPLE_NOUNS.has(l) && (l.endsWith('s') || l.endsWith('men'));
}

/**
 * "Sacramento County Coroner's Office", "Austrian People's Party": a possessive inside an
 * organisation's name, when a common noun bears it and an organisation's word ends what follows.
 * "Widener University's Delaware Law School", "Trump's Justice Department" stay two names.
 */
export function possessiveInside(words: Word[], from: number, at: number, text: string): boolean {
  const owner = words[at - 1]!.lower;
  // "Alzheimer's Society": an owner that names nothing alone (a disease) is no entity of its own
  // ("St. Elizabeth's Hospital", "St. Patrick's Cathedral": a saint's name owns its church or hospital)
  // ("Western Region Canoe Fishermen's Association", "the Dockworkers' Union": a plural of people owns its body)
  if (!POSSESSIVE_ORG_WORDS.has(owner) && !peoplePlural(owner) && !TITLE_HEADS.has(owner) && !GAZETTEER.roleNouns.has(owner) && !NON_ENTITIES.has(owner) && !saintBefore(words, from, at)) return false;
  let e = at;
  // (the possessive's word ends before its "’s")
  while (e < words.length && e - at < 4 && isNameWord(words[e]!) && words[e]!.start - words[e - 1]!.end <= (e === at ? 3 : 1)) {
    if (words[e]!.possessive) {
      // ("the Los Angeles County Sheriff's Department's Homicide Bureau": the organisation owns what follows)
      if (!ORG_SUFFIXES.has(words[e]!.lower)) return false;
      e++;
      break;
    }
    e++;
  }
  // ("Alzheimer's Research UK": an organisation's national branch ends it too)
  const last = words[e - 1]!.lower;
  // ("King's College London", "Queen's University Belfast": or its town)
  const branch = e - at >= 2 && GAZETTEER.places.has(last) && ORG_SUFFIXES.has(words[e - 2]!.lower);
  return e > at && (ORG_SUFFIXES.has(last) || branch) && !known(words, from, at, text);
}

// what may follow a campus's name: "University of California, Irvine, said", "…, Irvine (UCI)"
const AFTER_CAMPUS: ReadonlySet<string> = new Set([',', '(', '.', ';', ')']);

/**
 * "the University of California, Irvine", "University of Wisconsin, Madison": a university's
 * campus, a known place after its comma, is part of its name. Returns the run's new end.
 */
export function campusEnd(words: readonly Word[], from: number, to: number): number {
  if (to - from < 3 || words[from + 1]!.lower !== 'of') return to;
  const one = words[to + 1];
  if (!one || !isNameWord(one)) return to;
  // one word or two ("Los Angeles", "San Diego", "Santa Barbara")
  const two = words[to + 2];
  const pair = two !== undefined && isNameWord(two) ? one.lower + ' ' + two.lower : '';
  const end = pair && GAZETTEER.places.has(pair) ? to + 3 : GAZETTEER.places.has(one.lower) ? to + 2 : to;
  const after = words[end];
  if (end > to) return !after || AFTER_CAMPUS.has(after.text) ? end : to;
  // ("Irvine", no known place: a one-word campus of a state's university, set off by commas or a bracket)
  const next = words[to + 2]?.text;
  return (next === ',' || next === '(') && GAZETTEER.places.has(words[from + 2]!.lower) && to - from === 3 ? to + 2 : to;
}


const SAINTS: ReadonlySet<string> = new Set(['st', 'saint', 'ste', 'sainte']);

/** "St. Elizabeth", "Saint Jude": the name up to its possessive is a saint's (its first word "St", then one name). */
function saintBefore(words: readonly Word[], from: number, at: number): boolean {
  const n = at - from;
  return (n === 2 || (n === 3 && words[from + 1]!.text === '.')) && SAINTS.has(words[from]!.lower);
}

// heads of a body whose name lists its portfolios: "the Environment, Food and Rural Affairs Committee"
const LISTED_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'department', 'ministry', 'commission', 'council']);

/**
 * "the Environment, Food and Rural Affairs Committee", "The Culture, Media and Sport Committee": a word,
 * a comma, then capitalised words with one "and" closed by a body's head make one name. The end of that
 * name (exclusive), or `comma` when the words after the comma are no such list.
 */
export function listedNameEnd(words: readonly Word[], from: number, comma: number): number {
  if (comma - from > 2 && PORTFOLIO_BODIES.has(words[from]!.lower) && PORTFOLIO_JOINTS.has(words[from + 1]!.lower)) return portfolioListEnd(words, comma);
  if (comma - from !== 1 || GAZETTEER.places.has(words[from]!.lower) || GAZETTEER.demonyms.has(words[from]!.lower)) return comma;
  let and = false;
  for (let k = comma + 1; k < words.length && k - comma <= 7; k++) {
    const w = words[k]!;
    if (w.lower === 'and' && !and && k > comma + 1) {
      and = true;
      continue;
    }
    if (!isNameWord(w) || w.possessive) return comma;
    if (and && LISTED_HEADS.has(w.lower)) return k + 1;
  }
  return comma;
}

// "The Ministry of Culture, Tourism and Civil Aviation", "the Department for Environment, Food and Rural Affairs" (BLIND14 A2)
const PORTFOLIO_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'minister', 'secretary', 'office']);
const PORTFOLIO_JOINTS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * "Ministry of Culture, Tourism and Civil Aviation": after a ministry's first portfolio and its comma, more portfolios
 * (capitalised words, commas between them) and one "and" before the last. The end of the name, or `comma` when no
 * "and" closes such a list.
 */
function portfolioListEnd(words: readonly Word[], comma: number): number {
  let and = false;
  let k = comma + 1;
  for (; k < words.length && k - comma <= 10; k++) {
    const w = words[k]!;
    if (w.lower === 'and' && !and && isNameWord(words[k - 1]!)) {
      and = true;
      continue;
    }
    if (w.text === ',' && !and && isNameWord(words[k - 1]!)) continue;
    if (!isNameWord(w) || w.possessive) break;
    // ("The Ministry of Health, Kenya Red Cross and Oxfam said": a place, a people or a known body lists other actors)
    if (GAZETTEER.places.has(w.lower) || GAZETTEER.demonyms.has(w.lower) || GAZETTEER.organizations.has(w.lower)) return comma;
  }
  return and && isNameWord(words[k - 1]!) ? k : comma;
}

/** "the Joint Chiefs of Staff (JCS)": an acronym in brackets after the words spells the initials of their capitalised words. */
export function initialsInBrackets(words: readonly Word[], from: number, to: number): boolean {
  const acronym = words[to + 1];
  if (words[to]?.text !== '(' || !acronym || words[to + 2]?.text !== ')' || !acronymOnly(acronym.text)) return false;
  let initials = '';
  for (let k = words[from]!.lower === 'the' ? from + 1 : from; k < to; k++) {
    const c = words[k]!.text.charCodeAt(0);
    if (c >= 65 && c <= 90) initials += words[k]!.text.charAt(0);
  }
  return initials === acronym.text;
}
