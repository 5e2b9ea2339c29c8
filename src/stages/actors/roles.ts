// Titles and roles around a name: "US President" inside a run, "Security analyst" before it,
// ", a former Wilson Center fellow," after it.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { itemAt } from '../../document.js';
import { COURTESY_TITLES, NOT_APPOSITION_OPENERS, PORTFOLIO_TITLES, PORTFOLIO_WORDS, RANK_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { LEGAL_FORMS, ORG_DESCRIPTORS, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { FUNCTION_WORDS, OPENING_PREPOSITIONS, STREET_ENDS } from '../../lexicon/non-entities.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { startsLower, type Word } from './words.js';
import { typeByShape } from './shape.js';

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** "gov." → "gov": a title's abbreviation without its full stop. */
export const bare = (l: string) => (l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l);

const isTitleWord = (w: Word) => {
  const l = bare(w.lower);
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || GAZETTEER.demonyms.has(l) || isHyphenTitle(l);
};

/** "Director-General", "Secretary-General", "Vice-President": every part a title word. */
function isHyphenTitle(l: string): boolean {
  return l.includes('-') && l.split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p));
}

const isTitleHead = (l: string) => TITLE_HEADS.has(l) || (isHyphenTitle(l) && TITLE_HEADS.has(l.split('-').pop()!));

/** Words a person's name never opens on: after a title they make it an organisation's name. */
const NAME_OPENERS_NOT: ReadonlySet<string> = new Set(['for', 'of', 'on', 'and', '&']);

/**
 * A title inside a run, before the name: "US President" in "US President Donald Trump",
 * "European Commission President" in "European Commission President Ursula von der Leyen".
 * Returns [prefix end, title end]: words before the prefix end name who the title belongs to
 * (up to six: "Republican National Committee Research Director Raj Shah").
 */
export function titleSplit(words: Word[], from: number, to: number): [number, number] | null {
  for (let p = from; p < Math.min(from + 6, to - 1); p++) {
    let lastHead = -1;
    let i = p;
    for (; i < to - 1 && isTitleWord(words[i]!); i++) {
      if (isTitleHead(bare(words[i]!.lower))) lastHead = i;
    }
    // "Senators Charles E. Grassley and Dianne Feinstein": a plural title before a first name
    if (i < to - 1 && pluralTitle(words[i]!.lower) && GAZETTEER.firstNames.has(words[i + 1]!.lower)) lastHead = i++;
    // "Auburn Police Capt. Lee Shirley", "State Sen. Mary Hale": an abbreviated rank and its full stop end the title
    if (rankAbbreviation(words, i, to)) lastHead = i + 1;
    if (lastHead < 0) continue;
    // a title after four words or more only after an organisation's name of plain words
    // ("Republican National Committee Research Director Raj Shah"; not a headline's "Man Shot In The Head")
    if (p - from >= 4 && !longOwner(words, from, p)) continue;
    // "The National Coordinator for Human Rights": a name never opens on a connector, so the
    // title's words are the organisation's own
    if (NAME_OPENERS_NOT.has(words[lastHead + 1]!.lower)) return null;
    // "Ukraine's General Staff": an organisation's word is all that follows the title word
    // ("The Wisconsin Department of Justice Criminal Division": what follows ends on one anywhere)
    if (ORG_SUFFIXES.has(words[to - 1]!.lower)) return null;
    // "2233 S. King Drive": a street's word is all that follows the title word
    if (lastHead + 2 === to && STREET_ENDS.has(words[lastHead + 1]!.lower)) return null;
    // the title's first word is a title word in its own right, or a demonym ("Spanish Prime Minister")
    return [p, lastHead + 1];
  }
  return null;
}

/** The words [from, p) are an organisation's name without a full stop ("Indianapolis Metropolitan Police Department"). */
function longOwner(words: readonly Word[], from: number, p: number): boolean {
  let key = words[from]!.lower;
  for (let k = from; k < p; k++) {
    if (words[k]!.kind !== 'word') return false;
    if (k > from) key += ' ' + words[k]!.lower;
  }
  return typeByShape(words, from, p, key)?.type === 'organization';
}

/** "senators", "ministers": the plural of a title's head word. */
function pluralTitle(l: string): boolean {
  return l.length > 4 && l.charCodeAt(l.length - 1) === 115 && TITLE_HEADS.has(l.slice(0, -1));
}

/** "Capt." before a name's first word, inside a run ([p, to)). */
function rankAbbreviation(words: readonly Word[], p: number, to: number): boolean {
  return p + 2 < to && words[p + 1]!.text === '.' && RANK_ABBREVIATIONS.has(words[p]!.lower);
}

/** Lowercase role words just before a run: "Security analyst", "deputy interior minister". */
export function roleBefore(words: Word[], from: number): number {
  let i = from - 1;
  if (i < 0) return from;
  const head = words[i]!.lower;
  if (!TITLE_HEADS.has(head) && !GAZETTEER.roleNouns.has(head)) return from;
  // "a major General Assembly vote": a rank in lower case is an adjective
  if ((head === 'major' || head === 'general') && words[i]!.text === head) return from;
  // "German parts maker Kessler Automotive": a company's noun, not a person's role
  if (ORG_DESCRIPTORS.has(head) && !TITLE_HEADS.has(head)) return from;
  while (i > 0) {
    const l = words[i - 1]!.lower;
    if (TITLE_MODIFIERS.has(l) || TITLE_HEADS.has(l) || GAZETTEER.demonyms.has(l)) i--;
    else break;
  }
  // "26-year-old sewing operator Rokeya Khatun", "and sales head Tom Becker": a noun before the role
  // word, where a noun phrase starts ("told reporter", "including lawyer" are no part of it)
  // (after "said": "said forklift driver Andre Wallace")
  if (i > 1 && nounModifier(words[i - 1]!) && (PHRASE_STARTS.test(words[i - 2]!.lower) || SAID.has(words[i - 2]!.lower))) i--;
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

/** A verb of saying before its inverted subject: the noun phrase starts after it. */
const SAID: ReadonlySet<string> = new Set(['said', 'says']);

// what a noun phrase follows: an article, a possessive, a number or an age, "and", a comma
const PHRASE_STARTS = /^(?:a|an|the|his|her|their|its|our|one|and|,|\d[\d,.]*|\d+-year-old|\w+-year-old)$/;

/** "sewing", "sales": a lower-case word that may qualify a role's noun (no verb, function word or adverb). */
function nounModifier(w: Word): boolean {
  const l = w.lower;
  return w.kind === 'word' && startsLower(w.text) && l.length > 2 && !FUNCTION_WORDS.has(l) && !REPORTING_CUES.has(l) && !l.endsWith('ly') && !l.endsWith('ed') && !GAZETTEER.places.has(l) && !LINKING_PARTICIPLES.has(l);
}

// participles that link a noun phrase as a preposition does: "…, including Saudi radical Osama bin Laden"
const LINKING_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'excluding', 'featuring', 'involving', 'regarding', 'concerning', 'following', 'according', 'like', 'unlike']);

/** ", a former Wilson Center fellow," → "former Wilson Center fellow" (end index, exclusive). */
export function appositive(words: Word[], after: number, from: number): [number, number] | null {
  if (itemAt(words, after)?.text !== ',') return null;
  let i = after + 1;
  const article = ARTICLES.has(words[i]?.lower ?? '');
  if (article) i++;
  const start = i;
  // ", deputy interior minister"; ", a Wilson Centre fellow": capitals only after an article
  const head = words[start];
  if (head && !breaksAppositive(head) && !article && !startsLower(head.text) && !TITLE_MODIFIERS.has(head.lower)) return null;
  // "the institute Inserm, followed civil servants for 25 years": a verb after the comma, no
  // apposition (", retired teacher," is one: a role follows the participle)
  // ("the runway at Oksibil, killing three of the 14 people on board": a participle clause, no role)
  if (head && !article && (REPORTING_CUES.has(head.lower) || pastForm(head) || ingForm(head)) && !isRoleWord(words[start + 1])) return null;
  if (head && !article && NOT_APPOSITION_OPENERS.has(head.lower)) return null;
  // "Inside, officers discovered the bodies", "In Redlands, officers sent in a robot": a plural
  // subject and its verb after the comma, no apposition
  // (after a sentence's opening phrase a bare plural is the sentence's subject whatever its verb)
  if (head && !article && head.lower.endsWith('s') && words[start + 1] && (pastForm(words[start + 1]!) || REPORTING_CUES.has(words[start + 1]!.lower) || opensSentence(words, from))) return null;
  let end = start;
  while (end < words.length && end - start < 12 && !breaksAppositive(words[end]!)) end++;
  if (end === start) return null;
  const stop = words[end];
  if (stop && !APPOSITIVE_STOPS.has(stop.text)) return null;
  if (clauseAfterComma(words, start, end)) return null;
  for (let k = start; k < end; k++) {
    // ("NetChoice, a trade association whose members include Meta": an organisation's noun first)
    // ("a company spokesman", "a union leader": the noun qualifies the role)
    if (APPOSITION_ORGS.has(words[k]!.text) && !isRoleWord(words[k + 1])) return null;
    if (!TITLE_HEADS.has(words[k]!.lower) && !GAZETTEER.roleNouns.has(words[k]!.lower)) continue;
    // "traced back to Farook, an official said": the noun is the speaker, no apposition
    if (REPORTING_CUES.has(words[k + 1]?.lower ?? '')) return null;
    // "a hepatologist who was not involved in the research": the role ends before its relative clause
    let cut = k + 1;
    while (cut < end && !RELATIVES.has(words[cut]!.lower)) cut++;
    // ("In Port Moody, family doctor Dr. Ann Lee said": a role that runs into a courtesy title is the next name's)
    if (cut === end && words[end]?.text === '.' && COURTESY_TITLES.has(words[end - 1]!.lower)) return null;
    // ("an emergency physician at St. Bernadette": a name cut at its abbreviation's stop leaves the role before its preposition)
    if (cut === end && words[end]?.text === '.' && words[end + 1] !== undefined && words[end - 1]!.text.length <= 3 && !startsLower(words[end - 1]!.text) && !LEGAL_FORMS.has(words[end - 1]!.lower)) {
      let p = end - 1;
      while (p > k && !ROLE_PLACE_PREPOSITIONS.has(words[p]!.lower)) p--;
      if (p > k) cut = p;
    }
    return [start, cut];
  }
  return null;
}

const ROLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'in', 'with']);

// an organisation described: "a trade association", "a Dutch firm", "a charity whose director …"
const APPOSITION_ORGS: ReadonlySet<string> = new Set([
  'association', 'company', 'firm', 'group', 'organisation', 'organization', 'charity', 'coalition', 'alliance', 'foundation',
  'institute', 'university', 'nonprofit', 'agency', 'party', 'union', 'federation', 'network', 'consortium', 'watchdog',
]);

/** "Inside, …", "In Redlands, …": the run opens the sentence, alone or after a preposition. */
function opensSentence(words: readonly Word[], from: number): boolean {
  const prev = words[from - 1];
  return words[from]!.first || (prev !== undefined && prev.first && OPENING_PREPOSITIONS.has(prev.lower));
}

/** "followed", "said", "built": a lowercase past form in "-ed" or an irregular one, no title word. */
function pastForm(w: Word): boolean {
  const l = w.lower;
  if (IRREGULAR_PARTICIPLES.has(l)) return startsLower(w.text);
  return l.length > 3 && l.endsWith('ed') && startsLower(w.text) && !TITLE_MODIFIERS.has(l) && !TITLE_HEADS.has(l) && !GAZETTEER.roleNouns.has(l);
}

// past participles not in "-ed" that open a participle clause: "Cerro Azul, built in 2014 to hold …"
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'built', 'rebuilt', 'made', 'held', 'run', 'sold', 'led', 'seen', 'taken', 'given', 'begun', 'grown', 'shown', 'brought', 'bought',
  'kept', 'left', 'lost', 'hit', 'shut', 'struck', 'torn', 'written', 'hidden', 'frozen', 'spent', 'sent', 'set', 'laid', 'dug',
  // ("… and WKXT-TV, found the mayor ahead": the sentence's verb after the last name of a list)
  'found', 'told', 'paid', 'won', 'caught',
]);
// participles after a name's comma that describe a place or a body, never a person: "Villa Alta, founded in 1890"
const PLACE_PARTICIPLES: ReadonlySet<string> = new Set(['built', 'rebuilt', 'located', 'situated', 'constructed', 'erected', 'nestled', 'perched']);
const BODY_PARTICIPLES: ReadonlySet<string> = new Set(['founded', 'established', 'formed', 'incorporated', 'headquartered', 'listed']);

/** "Cerro Azul, built in 2014 …": the type a participle after the name's comma gives it, or null. */
export function participleType(words: readonly Word[], to: number): 'location' | 'organization' | null {
  if (words[to]?.text !== ',') return null;
  const l = words[to + 1]?.text ?? '';
  return PLACE_PARTICIPLES.has(l) ? 'location' : BODY_PARTICIPLES.has(l) ? 'organization' : null;
}

/** "killing", "leaving": a lowercase word in "-ing" that is no title word ("acting", "managing" are). */
function ingForm(w: Word): boolean {
  const l = w.lower;
  return l.length > 4 && l.endsWith('ing') && startsLower(w.text) && !TITLE_MODIFIERS.has(l) && !TITLE_HEADS.has(l) && !GAZETTEER.roleNouns.has(l);
}

function isRoleWord(w: Word | undefined): boolean {
  return w !== undefined && (TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || GAZETTEER.roleNouns.has(w.lower));
}

/** Punctuation ends an appositive, except "&" and "-" inside it. */
// "In Brighton Park, a man was shot": a verb of the sentence after the comma, no apposition
// ("Ana Ruiz, a nurse who was there," is one: a relative clause may hold a verb)
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'did', 'does']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'that', 'which']);

function clauseAfterComma(words: readonly Word[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const l = words[k]!.lower;
    if (RELATIVES.has(l)) return false;
    if (FINITE_AUXILIARIES.has(l)) return true;
  }
  return false;
}

const breaksAppositive = (w: Word) => w.kind === 'punct' && w.text !== '&' && w.text !== '-';
const APPOSITIVE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '—', '–', ')']);

/**
 * "Minister for Enterprise Peter Burke", "the Minister for Finance, Paschal Donohoe": a run after
 * "<title> for/of" that opens on a portfolio's words. Returns [title start, portfolio end] (the
 * name starts at the portfolio end; none when it is the run's end), or null.
 */
export function portfolioBefore(words: readonly Word[], from: number, to: number): [number, number] | null {
  // ("Speaker of the House Newt Gingrich": "of the")
  const the = words[from - 1]?.lower === 'the' && words[from - 2]?.lower === 'of' ? 1 : 0;
  const joint = words[from - 1 - the]?.lower;
  if ((joint !== 'for' && joint !== 'of') || !PORTFOLIO_TITLES.has(words[from - 2 - the]?.lower ?? '')) return null;
  let end = from;
  // ("Minister of State for Further and Higher Education": "for" and a second portfolio)
  while (end < to && (PORTFOLIO_WORDS.has(words[end]!.lower) || (end > from && words[end]!.lower === 'for' && PORTFOLIO_WORDS.has(words[end + 1]?.lower ?? '')))) end++;
  if (end === from) return null;
  // a title's modifiers before it: "Deputy Prime Minister for", "Junior Minister for"
  let start = from - 2 - the;
  while (start > 0 && start > from - 5 - the && !words[start - 1]!.possessive && (TITLE_MODIFIERS.has(words[start - 1]!.lower) || TITLE_HEADS.has(words[start - 1]!.lower))) start--;
  return [start, end];
}
