// Unnamed sources named by what they are, as the subject of a reporting verb:
// "Indonesian officials counter", "European steelmakers complained", "Lawyers for
// Carrow argued", "Corporate law experts say", "Farmers who lost crops said". The
// plural noun must be the subject of the cue (right before it, or separated from it by
// a relative clause, an apposition or a "for" phrase), so "Police arrested", "sources of
// income" and "several police stations" name no source.

import { AUXILIARIES, BE_FORMS, BELIEF_STATES, CAUSATIVE_VERBS, CLAUSE_BOUNDARIES, DETERMINERS, MODALS, PRE_VERB_ADVERBS, RELATIVE_PRONOUNS } from '../../lexicon/attribution-words.js';
import { GAZETTEER as PLACES } from '../../lexicon/gazetteer.js';
import { REFLEXIVE_PRONOUNS } from '../../lexicon/non-entities.js';
import { NOT_SOURCE_HEADS, QUALIFIED_GROUP_HEADS, SOURCE_NOUNS, SOURCE_QUALIFIERS, SPEAKER_NOUNS, SUBJECT_CUES, THING_CUES, TIME_NOUNS } from '../../lexicon/unnamed-sources.js';
import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { CARDINALS } from '../../lexicon/numbers.js';
import type { Word } from './words.js';

const MAX_MODIFIERS = 3;
const MAX_RELATIVE = 10;
const MAX_APPOSITION = 14;
const MAX_FOR_PHRASE = 4;
const RELATIVES = new Set(['who', 'that']);
const LEADS = new Set(['for', 'at', 'from', 'in', 'with']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'by', 'about', 'into', 'over', 'under', 'after', 'before', 'during', 'against']);

/** A plural common noun: "officials", "steelmakers"; capitalized only as the sentence's first word ("Lawyers for…"). */
export function pluralHead(w: Word): boolean {
  if (w.kind !== 'word' || w.inDate || w.possessive) return false;
  const s = w.lower;
  // "fishermen", "businesswomen": the plural of "-man"
  const men = s.length > 4 && s.endsWith('men');
  if (!men && (s.length < 4 || !s.endsWith('s') || s.endsWith('ss') || s.endsWith('us') || s.endsWith("'s"))) return false;
  if (NOT_SOURCE_HEADS.has(s)) return false;
  const c = w.text.charCodeAt(0);
  const upper = c >= 65 && c <= 90;
  return upper ? w.first : c >= 97 && c <= 122;
}

const PAST_IRREGULAR = new Set(['said', 'told', 'wrote']);
const BELIEF_PARTICIPLES = new Set(['believed', 'feared', 'thought', 'presumed', 'suspected']);
/** A plural that names people by its ending or as a people or source noun: "analysts", "officials", "experts". */
function personLike(s: string): boolean {
  return /(?:ers|ors|ists|ysts|ians|men|ants|ents|ats|ives|ees)$/.test(s) || PEOPLE_NOUNS.has(s) || SOURCE_NOUNS.has(s) || SPEAKER_NOUNS.has(s) || s === 'experts';
}
// present forms that are also nouns ("an earnings report", "a rough estimate")
const NOUN_LIKE_CUES = new Set(['report', 'estimate', 'claim', 'fear', 'note', 'question', 'dispute', 'object', 'recall', 'stress', 'caution', 'counter']);
// what may follow such a form used as a verb: "officials report that…", "experts fear the dam…"
const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'those', 'there', 'his', 'her', 'their', 'its']);
// words that open a noun phrase: the first word of the source, nothing before it
const NP_OPENERS = new Set(['one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'few', 'other', 'all', 'both',
  'multiple', 'numerous', 'various', 'more', 'fellow']);
const NUMBER_WORDS = new Set(['million', 'billion', 'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'percent']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me']);

/**
 * Is word k a cue this subject can govern, across "have", "also", "would": "experts have long argued"?
 * `past`: only a past form, after a phrase or clause where a present one may be a noun ("…with a panel report").
 */
function cueAt(words: Word[], k: number, past = false): boolean {
  for (let n = 0; n < 3 && k < words.length; n++, k++) {
    const w = words[k]!.lower;
    if (SUBJECT_CUES.has(w)) {
      // "The views expressed are…", "no injuries reported as…": a participle after its noun, no verb
      const after = words[k + 1]?.lower ?? '';
      if (n === 0 && (BE_FORMS.has(after) || after === 'as' || after === 'by')) return false;
      // "scores feared trapped", "two climbers believed dead": a belief's participle before a state is passive
      if (n === 0 && BELIEF_PARTICIPLES.has(w) && (BELIEF_STATES.has(after) || (after.length > 4 && after.endsWith('ed') && !SUBJECT_CUES.has(after)))) return false;
      // "earnings report so they…": a cue form that is also a noun governs a clause, a quote or an object
      if (NOUN_LIKE_CUES.has(w) && !CLAUSE_OPENERS.has(after) && words[k + 1]?.kind !== 'punct') return false;
      if (past && n === 0 && words[k - 1] && DETERMINERS.has(words[k - 1]!.lower)) return false; // "their alleged role"
      // "two pharmacy owners in Douala who were accused of selling…": a past after "be" is passive (BLIND15 A4)
      if (n === 0 && BE_FORMS.has(words[k - 1]?.lower ?? '') && (w.endsWith('ed') || PAST_IRREGULAR.has(w))) return false;
      return !past || w.endsWith('ed') || PAST_IRREGULAR.has(w);
    }
    if (!(AUXILIARIES.has(w) || PRE_VERB_ADVERBS.has(w) || (MODALS.has(w) && w !== 'to'))) return false;
  }
  return false;
}

/**
 * Where the phrase headed by word i ends when it is the subject of a cue, else -1:
 * the head itself, or the end of its "for" phrase ("Lawyers for Carrow argued").
 */
export function subjectOfCue(words: Word[], i: number): number {
  const next = words[i + 1];
  if (!next) return -1;
  // "stress hormones could explain part of the link": a cue that things do too needs people before it
  if (!personLike(words[i]!.lower)) {
    for (let k = i + 1; k < words.length && k <= i + 3; k++) if (THING_CUES.has(words[k]!.lower)) return -1;
    // "another 96 sudden deaths reported since the start of the month": a counted thing's participle before a time
    if (next.lower.endsWith('ed') && COUNTED_SETTINGS.has(words[i + 2]?.lower ?? '') && countedBefore(words, i)) return -1;
  }
  if (cueAt(words, i + 1)) return i;
  // "The organisers themselves said": a reflexive between the subject and its cue
  if (REFLEXIVE_PRONOUNS.has(next.lower) && cueAt(words, i + 2)) return i;
  // "Economists at the bank said", "Lawyers for Carrow argued": a short phrase, then the cue
  if (LEADS.has(next.lower)) {
    for (let k = i + 2; k < words.length && k - i <= MAX_FOR_PHRASE + 1; k++) {
      if (words[k]!.kind === 'punct') return -1;
      if (cueAt(words, k, true)) return next.lower === 'for' ? k - 1 : i;
    }
    return -1;
  }
  // "Farmers who lost crops said": the cue after a relative clause without commas
  if (RELATIVES.has(next.lower)) {
    for (let k = i + 2; k < words.length && k - i <= MAX_RELATIVE; k++) {
      if (words[k]!.kind === 'punct') return -1;
      if (cueAt(words, k, true)) return i;
    }
    return -1;
  }
  // "Economists, who asked not to be named, said": a clause between commas, then the cue
  if (next.text === ',') {
    for (let k = i + 2; k < words.length - 1 && k - i <= MAX_APPOSITION; k++) {
      // ("found seven survivors, among them a girl, said Budi Santoso": a name after the cue is its subject)
      if (words[k]!.text === ',') return cueAt(words, k + 1) && !invertedName(words, k + 2) ? i : -1;
    }
  }
  return -1;
}

const COUNTED_SETTINGS = new Set(['since', 'over', 'during', 'in', 'on', 'last', 'this', 'earlier', 'through']);
const COUNT_REACH = 3;

/** A number among the few words before word i, with no comma between ("96 sudden deaths", "three thefts"). */
function countedBefore(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= COUNT_REACH; j--) {
    if (words[j]!.text === ',') return false;
    if (words[j]!.kind === 'number' || CARDINALS.has(words[j]!.lower)) return true;
  }
  return false;
}

/**
 * Does a describing word open the phrase headed by word i, a group noun that otherwise refers back ("Opposition
 * parties said", "Chinese firms complained"; not "the two parties", "both parties", "several companies")?
 */
export function describedGroup(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (w.kind !== 'word' || w.possessive || !QUALIFIED_GROUP_HEADS.has(w.lower)) return false;
  const from = modifierStart(words, i);
  if (from < 0 || from === i) return false;
  const lead = words[from]!.lower;
  const before = words[from - 1]?.lower;
  return !NP_OPENERS.has(lead) && !CARDINALS.has(lead) && (before === undefined || !DETERMINERS.has(before));
}

/** May word w qualify a plural source ("Indonesian", "law", "Treasury", "European")? */
function modifies(w: Word): boolean {
  if (w.kind !== 'word' || w.inDate || w.possessive) return false;
  const s = w.lower;
  if (SOURCE_QUALIFIERS.has(s) || PLACES.demonyms.has(s)) return true;
  if (DETERMINERS.has(s) || CLAUSE_BOUNDARIES.has(s) || PREPOSITIONS.has(s) || AUXILIARIES.has(s) || MODALS.has(s)) return false;
  // ("let editorials tell them": a causative verb is no modifier of its object)
  if (CAUSATIVE_VERBS.has(s)) return false;
  if (PRONOUNS.has(s) || NUMBER_WORDS.has(s) || PLACES.places.has(s)) return false;
  if (PRE_VERB_ADVERBS.has(s) || TIME_NOUNS.has(s) || SUBJECT_CUES.has(s)) return false;
  // "Trading Standards officials", but not "widely", "striking"
  const lower = s.charCodeAt(0) === w.text.charCodeAt(0);
  if (lower && (s.endsWith('ly') || s.endsWith('ing'))) return false;
  return true;
}

/** Is word k the apostrophe of a plural possessive of a common noun right before it ("Patients'", "farmers’")? */
export function pluralOwnerAt(words: Word[], k: number): boolean {
  const mark = words[k];
  const owner = words[k - 1];
  if (!mark || !owner || mark.kind === 'word' || (mark.text !== "'" && mark.text !== '’') || mark.start !== owner.end) return false;
  // a common noun: lower-case, or capitalised only as the sentence's first word ("Patients'", not "the Smiths'")
  const common = owner.text === owner.lower || (k === 1 && owner.text.slice(1) === owner.lower.slice(1));
  return owner.kind === 'word' && common && owner.lower.length > 3 && owner.lower.endsWith('s') && !owner.lower.endsWith('ss');
}

/** The first word of the source phrase whose head is word i: up to three qualifiers before it; -1 after a name of several words. */
export function modifierStart(words: Word[], i: number): number {
  let from = i;
  // "Farmers' unions said", "Workers' representatives said": a plural owner of a kind of people (BLIND15 A6)
  if (pluralOwnerAt(words, i - 1)) return i - 2;
  while (from > 0 && i - from < MAX_MODIFIERS && modifies(words[from - 1]!)) {
    const w = words[from - 1]!;
    // "Storm Lake officials", "Justice Department officials": a name of several words stays a name of its own
    // (no source of its own then: "Central Asian states" is no "states")
    if (isUpper(w) && from > 1 && isUpper(words[from - 2]!) && modifies(words[from - 2]!)) return -1;
    from--;
    if (NP_OPENERS.has(w.lower)) break; // "several steelmakers", not "he thinks several steelmakers"
  }
  return from;
}

const NAME_WORDS = 4;

/** Does a name start at word k and end its clause ("said Budi Santoso, the head of…", not "said Mr. Te is…")? */
export function invertedName(words: Word[], k: number): boolean {
  let j = k;
  while (j < words.length && j - k < NAME_WORDS && (isUpper(words[j]!) || (j > k && words[j]!.text === '.'))) j++;
  const after = words[j];
  return j > k && (!after || after.text === ',' || (after.text === '.' && j + 1 === words.length));
}

function isUpper(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return w.kind === 'word' && c >= 65 && c <= 90;
}

/**
 * Is the phrase starting at word `from` inside another phrase, so the subject of no cue? After a
 * relative pronoun ("Farmers who lost crops said") or a preposition ("Two diplomats familiar with
 * the talks said", "the UN agency for Palestinian refugees, UNRWA, said").
 */
export function insideRelative(words: Word[], from: number): boolean {
  let k = from - 1;
  // "He notes that…": a verb after its pronoun subject
  if (k >= 0 && PRONOUNS.has(words[k]!.lower)) return true;
  // "a third-quarter earnings report": a singular article before a plural makes it a modifier
  if (k >= 0 && (words[k]!.lower === 'a' || words[k]!.lower === 'an' || words[k]!.lower === 'no' || words[k]!.possessive)) return true;
  while (k >= 0 && (DETERMINERS.has(words[k]!.lower) || words[k]!.kind === 'number')) k--;
  if (k < 0) return false;
  const w = words[k]!.lower;
  if ((k === from - 1 && RELATIVE_PRONOUNS.has(w)) || PREPOSITIONS.has(w)) return true;
  // "maker of boots and leather accessories said": the second of two nouns after a preposition
  if (w === 'and' || w === 'or') {
    for (let m = k - 1; m >= 0 && k - m <= 5 && words[m]!.kind !== 'punct'; m--) if (PREPOSITIONS.has(words[m]!.lower)) return true;
  }
  return false;
}
