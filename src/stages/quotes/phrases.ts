// Noun phrases before a cue: the subject that ends at a token ("Baqir Sajjad Syed said", "China and Russia
// support", "officials briefed on the plan said"); what stands between commas is subject-before.ts's, the
// phrases after a cue phrase-after.ts's.

import { ARTICLES, AUXILIARIES, BE_FORMS, CAUSATIVE_VERBS, CLAUSE_BOUNDARIES, DETERMINERS, PREPOSITIONS, PRE_VERB_ADVERBS, SPEAKER_PRONOUNS, TIME_ADVERBS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { DAY_OCCASION_NOUNS, WEEKDAYS } from '../../lexicon/time.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { SOURCE_FORMULAS } from '../../lexicon/cue-phrases.js';
import { TIME_NOUNS } from '../../lexicon/unnamed-sources.js';
import { isAcronym, isAdverbLy, isCapitalized, type View } from './tokens.js';

const FORMULA_PREPOSITIONS = new Set(['on', 'about']);

/** Token range [from, to] inclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

const MAX_SUBJECT = 10;
// inside a name: "Armed Conflict Location & Event Data Project", "Tehreek-e-Taliban", "Mr."
// ('@' opens a handle: "one Twitter user @nycsouthpaw said")
export const NAME_PUNCT = new Set(['&', '-', '.', '’', "'", '/', '@']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'themself', 'ourselves', 'myself']);

/** Skips adverbs and auxiliaries leftwards from j: "has also recently said" -> before "has". */
export function skipPreVerb(v: View, j: number): number {
  while (j >= 0 && !v.quoted[j]) {
    const w = v.low[j]!;
    // a capitalized "-ly" word is a name ("Megyn Kelly said", "Italy warned"), no adverb
    const adverb = isAdverbLy(w) && !isCapitalized(v.toks[j]!.text);
    if (PRE_VERB_ADVERBS.has(w) || AUXILIARIES.has(w) || adverb || w === "n't" || w === 'n’t') j--;
    // "did not by themselves show", "has on its own said": a reflexive "by itself" is no subject (BLIND11 C3)
    else if (REFLEXIVES.has(w) && j > 0 && v.low[j - 1] === 'by' && !v.quoted[j - 1]) j -= 2;
    else break;
  }
  return j;
}

function isNameToken(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (v.quoted[i] || v.mark[i]) return false;
  // ("an aggressive - some say unrealistic - pledge": a spaced hyphen is a dash, no part of a name)
  if (t.kind === 'punct') return NAME_PUNCT.has(t.text) && !(t.text === '-' && /\s/.test(v.text[t.start - 1] ?? '') && /\s/.test(v.text[t.end] ?? ''));
  const w = v.low[i]!;
  // ("the WHO warned": an acronym written in capitals is no clause word)
  if (CLAUSE_BOUNDARIES.has(w) && !isAcronym(t.text)) return false;
  // ("Readers may not let editorials tell them how to vote": a causative's object is the subject, not the clause before)
  if (CAUSATIVE_VERBS.has(w) && !isCapitalized(t.text)) return false;
  const cue = CUE_WORDS.get(w);
  // "analysts warn", "officials say": a cue word inside a subject ends it, unless capitalized ("Post")
  // ("officials briefed on the plan said": the anonymous source's formula is part of the subject)
  // ("The ruling said", "the briefing noted": an "-ing" form after an article is a noun)
  if (cue && !isCapitalized(t.text) && (cue.form === 'past' || cue.form === 'ing') && !(SOURCE_FORMULAS.has(cue.base) && FORMULA_PREPOSITIONS.has(v.low[i + 1] ?? ''))
    && !(cue.form === 'ing' && i > 0 && ARTICLES.has(v.low[i - 1]!))) return false;
  return true;
}

/**
 * The subject phrase that ends at token j (inclusive), scanned leftwards; null when none.
 * `antecedent`: the phrase a relative "who" stands for, which may follow a preposition.
 */
export function subjectEndingAt(v: View, j: number, antecedent = false): TokenRange | null {
  if (j < 0) return null;
  if (v.toks[j]!.text === ')') {
    // "Sen. Lindsey Graham (R-S.C.) told": the parenthesis belongs to the name
    let k = j - 1;
    while (k >= 0 && j - k < 12 && v.toks[k]!.text !== '(') k--;
    if (k < 1 || v.toks[k]!.text !== '(') return null;
    const inner = subjectEndingAt(v, k - 1, antecedent);
    return inner ? { from: inner.from, to: j } : null;
  }
  let b = j;
  while (b >= 0 && j - b < MAX_SUBJECT && isNameToken(v, b)) b--;
  let from = b + 1;
  // punctuation cannot start a subject
  while (from <= j && v.toks[from]!.kind === 'punct') from++;
  if (from > j) return null;
  if (!isCapitalized(v.toks[from]!.text) && v.toks[from]!.kind === 'word' && !DETERMINERS.has(v.low[from]!)) {
    // "…but cut its full-year revenue forecast to…": a verb and its object, no subject
    if (from < j && POSSESSIVES.has(v.low[from + 1]!)) return null;
    // "the levy is needed to meet targets agreed with…": a participle after "is" opens a predicate
    if (b >= 0 && (BE_FORMS.has(v.low[b]!) || AUXILIARIES.has(v.low[b]!)) && v.low[from]!.endsWith('ed')) return null;
  }
  // "Last week the minister said": start at the last article not inside "the head of the agency"
  for (let m = j; m > from; m--) {
    if (ARTICLES.has(v.low[m]!) && !PREPOSITIONS.has(v.low[m - 1]!) && !/['’]s$/.test(v.low[m - 1]!)) {
      from = m;
      break;
    }
  }
  // "On September 27 they published", "told the defendants they had shown": a pronoun right before
  // the verb is its subject ("the experts I interviewed said": not when more words follow it)
  // ("On Sunday it said…": "it" after a fronted phrase, BLIND13 C3; "the target it pledged to reach" is an object's gap)
  if (from < j && (SUBJECT_PRONOUNS.has(v.low[j]!) || (v.low[j] === 'it' && PREPOSITIONS.has(v.low[from]!)))) from = j;
  // "Castro said Tuesday his government told U.S. officials…": the day of the outer cue is no part of the subject
  if (from < j && WEEKDAYS.has(v.low[from]!) && DETERMINERS.has(v.low[from + 1]!)) from++;
  // "The morning Mr. Obama unveiled the plan, he…", "Last night Mayor Ruiz told…": a time before a name opens a
  // clause of time or is a setting, no part of the subject
  if (from < j) from = afterLeadingTime(v, from, j);
  // "…a “safety net” for aging champions", "according to a study … published on Monday": a phrase
  // that a preposition opens is no subject; an antecedent may follow one ("reported by a neighbor who said")
  if (PREPOSITIONS.has(v.low[from]!) || v.low[from] === 'according') {
    // "Political observers in Virginia and around the country say": a place phrase joined to the subject's own
    const joined = from >= 2 && v.low[from - 1] === 'and' && PREPOSITIONS.has(v.low[from]!) ? joinedPhraseSubject(v, from - 2, antecedent) : null;
    if (joined) return { from: joined.from, to: j };
    // "In a Bloomberg interview Trump declared": the name after the opening phrase is the subject
    let m = j;
    while (m > from + 1 && v.toks[m]!.kind === 'word' && isCapitalized(v.toks[m]!.text)) m--;
    if (m < j && m > from && !isCapitalized(v.toks[m]!.text)) from = m + 1;
    else if (!antecedent || from === j) return null;
    else from++;
  }
  if (!plausibleSubject(v, from, j)) return null;
  // "China and Russia support…", "Her Orange Democratic Movement (ODM) and its allies have called for…"
  if (b >= 1 && from === b + 1 && v.low[b] === 'and' && !v.quoted[b]) return { from: leftConjunct(v, b - 1) ?? from, to: j };
  return { from, to: j };
}

// what may open a time phrase before a name: "The morning Mr. Obama…", "Last night Mayor Ruiz…"
const TIME_LEADS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'last', 'next']);

/**
 * The first token after a time phrase that opens the subject [from, j] before a capitalised word, or `from`: "The
 * morning Mr. Obama", "night Mayor Ruiz" (after "That", a clause boundary), "Yesterday Mayor Ruiz". A time noun is
 * lower-case ("Time Warner", "The Morning Herald" are names).
 */
function afterLeadingTime(v: View, from: number, j: number): number {
  if (TIME_ADVERBS.has(v.low[from]!) && isCapitalized(v.toks[from + 1]!.text) && !namedOccasion(v, from + 1, j)) return from + 1;
  const at = TIME_LEADS.has(v.low[from]!) && from + 1 < j ? from + 1 : from;
  const noun = v.toks[at]!;
  return noun.kind === 'word' && TIME_NOUNS.has(v.low[at]!) && !isCapitalized(noun.text) && isCapitalized(v.toks[at + 1]!.text) ? at + 1 : from;
}

/**
 * "Today Show host Ann Curry", "Tonight Show host …": after a time adverb, a capitalised occasion noun and a lower-case
 * title make a name (of a show, an edition), not a time before one ("Yesterday Mayor Ruiz", "Earlier Labour leaders").
 */
function namedOccasion(v: View, k: number, j: number): boolean {
  return k < j && DAY_OCCASION_NOUNS.has(v.low[k]!) && TITLE_HEADS.has(v.low[k + 1]!) && !isCapitalized(v.toks[k + 1]!.text);
}

/** The subject ending at token e whose last words are a preposition's phrase ("Political observers in Virginia"), or null. */
function joinedPhraseSubject(v: View, e: number, antecedent: boolean): TokenRange | null {
  const left = subjectEndingAt(v, e, antecedent);
  if (!left) return null;
  for (let k = left.from + 1; k < left.to; k++) if (PREPOSITIONS.has(v.low[k]!)) return left;
  return null;
}

const CONJUNCT_REACH = 8;
// what may stand before a subject that opens its clause
const SUBJECT_OPENERS = new Set(['that', 'as', 'while', 'when', 'if', 'because', 'after', 'since', 'although', 'though']);

const NAME_PREPOSITIONS = new Set(['of', 'for']);

/** Is token k a lower-case "of"/"for" between two capitalized words ("Department of Forestry")? */
function innerOf(v: View, k: number): boolean {
  return k > 0 && NAME_PREPOSITIONS.has(v.low[k]!) && isCapitalized(v.toks[k - 1]!.text) && isCapitalized(v.toks[k + 1]?.text ?? '');
}

/** Is there a name-internal "of" among tokens [from, to]? ("the Department of Forestry": one body's name, no list) */
function innerOfWithin(v: View, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (innerOf(v, k)) return true;
  return false;
}

/** The start of a name conjoined before "and" (ending at token e), when it opens the clause: "China" in "China and Russia support". */
function leftConjunct(v: View, e: number): number | null {
  const last = v.toks[e]!;
  if (v.quoted[e] || !(last.text === ')' || (last.kind === 'word' && isCapitalized(last.text)))) return null;
  let k = e;
  let depth = 0;
  while (k >= 0 && e - k < CONJUNCT_REACH && !v.quoted[k]) {
    const t = v.toks[k]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth--;
    // ("the California Department of Forestry and Fire Protection said": "of" between capitalized words is the name's)
    else if (depth === 0 && !(t.kind === 'word' ? isCapitalized(t.text) || innerOf(v, k) : NAME_PUNCT.has(t.text))) break;
    k--;
  }
  // the article before the name is the name's, and what stands before the article opens it
  if (k >= 1 && ARTICLES.has(v.low[k]!) && k + 1 <= e) k--;
  const start = k + 1;
  if (start > e || depth !== 0 || v.toks[start]!.kind !== 'word') return null;
  // the name opens the sentence or its clause ("… as China and Russia support the government"); after a
  // comma it may end a list ("Regional powers including Iran, Russia, China and Central Asian states have urged")
  const opens = k < 0 || (v.toks[k]!.kind === 'punct' && v.toks[k]!.text !== ',' && !v.mark[k]) || SUBJECT_OPENERS.has(v.low[k]!) || (ARTICLES.has(v.low[start]!) && innerOfWithin(v, start, e));
  return opens ? start : null;
}

/** A subject names someone: a capitalized word, a pronoun, or a noun after an article or number. */
function plausibleSubject(v: View, from: number, to: number): boolean {
  if (from === to && SPEAKER_PRONOUNS.get(v.low[from]!)) return true;
  for (let i = from; i <= to; i++) {
    const t = v.toks[i]!;
    if (t.kind === 'word' && isCapitalized(t.text) && !(i === v.toks.length - 1)) return true;
  }
  // lower-case heads: "analysts", "observers", "one official", "local media"
  const head = v.low[to]!;
  return v.toks[to]!.kind === 'word' && head.length > 2 && !DETERMINERS.has(head) && !PREPOSITIONS.has(head);
}

