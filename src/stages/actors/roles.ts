// Titles and roles around a name: "US President" inside a run, "Security analyst" before it
// (the role set off after it, ", a former Wilson Center fellow,", is role-appositive.ts).

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { PORTFOLIO_TITLES, PORTFOLIO_WORDS, RANK_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { ORG_DESCRIPTORS, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { FUNCTION_WORDS, STREET_ENDS } from '../../lexicon/non-entities.js';
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
