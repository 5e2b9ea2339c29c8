// Noun phrases around a cue: the subject to its left ("Baqir Sajjad Syed, a
// former Wilson Center fellow, said"), the inverted subject to its right
// ("said Mr. Smith"), and the source after "according to".

import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_BOUNDARIES,
  DETERMINERS,
  FINITE_VERBS,
  PRE_VERB_ADVERBS,
  SPEAKER_PRONOUNS,
} from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { SOURCE_FORMULAS } from '../../lexicon/cue-phrases.js';

const FORMULA_PREPOSITIONS = new Set(['on', 'about']);
import { isAdverbLy, isCapitalized, type View } from './tokens.js';
import { endsInApostropheS } from './verb-checks.js';

/** Token range [from, to] inclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

const MAX_SUBJECT = 10;
const MAX_INTERJECTION = 30;
// inside a name: "Armed Conflict Location & Event Data Project", "Tehreek-e-Taliban", "Mr."
const NAME_PUNCT = new Set(['&', '-', '.', '’', "'", '/']);
const ARTICLES = new Set(['the', 'a', 'an']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'by', 'through', 'into', 'across', 'around', 'outside', 'near']);

/** Skips adverbs and auxiliaries leftwards from j: "has also recently said" -> before "has". */
export function skipPreVerb(v: View, j: number): number {
  while (j >= 0 && !v.quoted[j]) {
    const w = v.low[j]!;
    // a capitalized "-ly" word is a name ("Megyn Kelly said", "Italy warned"), no adverb
    const adverb = isAdverbLy(w) && !isCapitalized(v.toks[j]!.text);
    if (PRE_VERB_ADVERBS.has(w) || AUXILIARIES.has(w) || adverb || w === "n't" || w === 'n’t') j--;
    else break;
  }
  return j;
}

/** "WHO", "AS": a word of two or more capitals and nothing else. */
function isAcronym(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

function isNameToken(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (v.quoted[i] || v.mark[i]) return false;
  if (t.kind === 'punct') return NAME_PUNCT.has(t.text);
  const w = v.low[i]!;
  // ("the WHO warned": an acronym written in capitals is no clause word)
  if (CLAUSE_BOUNDARIES.has(w) && !isAcronym(t.text)) return false;
  const cue = CUE_WORDS.get(w);
  // "analysts warn", "officials say": a cue word inside a subject ends it, unless capitalized ("Post")
  // ("officials briefed on the plan said": the anonymous source's formula is part of the subject)
  if (cue && !isCapitalized(t.text) && (cue.form === 'past' || cue.form === 'ing') && !(SOURCE_FORMULAS.has(cue.base) && FORMULA_PREPOSITIONS.has(v.low[i + 1] ?? ''))) return false;
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
  if (from < j && SUBJECT_PRONOUNS.has(v.low[j]!)) from = j;
  // "Castro said Tuesday his government told U.S. officials…": the day of the outer cue is no part of the subject
  if (from < j && WEEKDAYS.has(v.low[from]!) && DETERMINERS.has(v.low[from + 1]!)) from++;
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

/**
 * The subject before a cue at token i: skips adverbs ("recently hinted"), and an
 * interjection between commas ("Afghan officials, in turn, accused";
 * "Donald Trump, speaking at the ASEAN summit in Malaysia, said").
 */
export function subjectBefore(v: View, i: number): TokenRange | null {
  const j = skipPreVerb(v, i - 1);
  if (j < 0) return null;
  if (v.toks[j]!.text === ',' && !v.quoted[j]) {
    let k = j - 1;
    while (k >= 0 && j - k <= MAX_INTERJECTION && !(v.toks[k]!.text === ',' && !v.quoted[k])) {
      if (v.mark[k]) return null;
      k--;
    }
    if (k < 1 || v.toks[k]!.text !== ',') return null;
    // "…, the losses would outstrip the gains, said Batchelder": a clause between commas is no
    // interjection (a relative one is: "Schiff, who has served on the committee, told")
    if (!isInterjection(v, k + 1, j - 1)) {
      // "A soldier fighting near the town, who gave only his call sign, Kit, because he was not authorised
      // to speak, said": a "because" clause that ends a relative clause, which opened at an earlier comma
      const open = SUBORDINATORS.has(v.low[k + 1]!) ? relativeOpening(v, k) : -1;
      return open > 0 ? headBeforeComma(v, open) : null;
    }
    // "A soldier in the trench, who gave only his first name, Ivan, said": the name a relative clause gives
    // is the alias of its head, which speaks (a first name alone names no one the reader can find)
    const named = namingRelative(v, k);
    if (named > 0) return headBeforeComma(v, named);
    // "Johnnie Wilson, of Springfield, Va., said": an "of" place between commas follows the name
    let head = RELATIVE_STARTS.has(v.low[k + 1]!) ? headBeforeComma(v, k) : subjectEndingAt(v, k - 1);
    // "Clara Weissmann, director of the German charity SeaWatch Nord, which operates a vessel, said": the
    // relative clause follows a description in apposition to a name, and the name speaks
    if (head && RELATIVE_STARTS.has(v.low[k + 1]!) && !isCapitalized(v.toks[head.from]!.text) && head.from > 1 && v.toks[head.from - 1]!.text === ',') {
      const name = subjectEndingAt(v, head.from - 2);
      if (name && isProperName(v, name)) return name;
    }
    if (!head && PLACE_OF.has(v.low[firstWordAfterComma(v, k - 1)] ?? '')) head = subjectEndingAt(v, firstWordAfterComma(v, k - 1) - 2);
    // "His trainer, Rosa Delgado, said": the name in the apposition, not the description
    // ("Ackroyd's daughter, Susan Whitley, said", "Senegal's foreign minister, Aminata Diallo-Fall, told": an owner's description too)
    if (head && (!isCapitalized(v.toks[head.from]!.text) || DETERMINERS.has(v.low[head.from]!) || ownersDescription(v, head))) {
      const name = { from: k + 1, to: j - 1 };
      if (isProperName(v, name)) return name;
      // "A group of local activists who document the war, the Kordofan Rights Monitor, said": a name led by "the"
      const named = { from: k + 2, to: j - 1 };
      if (v.low[k + 1] === 'the' && isProperName(v, named)) return named;
      // "Their lawyer, Daniel Okonkwo of the firm Brandt Okonkwo LLP, called": the name before its "of"
      const lead = nameBeforeOf(v, k + 1, j - 1);
      if (lead) return lead;
    }
    return head;
  }
  return subjectEndingAt(v, j);
}

const PLACE_OF = new Set(['of', 'from']);
const RELATIVE_REACH = 40;
const RELATIVE_COMMAS = 4;

/** The subject ending before the comma at token k that opens a relative clause; "Schiff, 56, who…": past an age between commas. */
function headBeforeComma(v: View, k: number): TokenRange | null {
  const head = subjectEndingAt(v, k - 1);
  if (head || k < 3 || v.toks[k - 1]!.kind !== 'number' || v.toks[k - 2]!.text !== ',') return head;
  return subjectEndingAt(v, k - 3);
}

const NAMING_WORDS = new Set(['name', 'names']);
const NAMING_REACH = 12;

/** The comma opening a "who" clause that ends on a name noun at the comma at token k ("…, who gave only his first name, Ivan,"); -1 if none. */
function namingRelative(v: View, k: number): number {
  if (!NAMING_WORDS.has(v.low[k - 1] ?? '')) return -1;
  for (let m = k - 2; m > 0 && k - m <= NAMING_REACH; m--) {
    if (v.mark[m] || v.quoted[m] || v.toks[m]!.kind === 'punct') return v.toks[m]!.text === ',' && v.low[m + 1] === 'who' ? m : -1;
  }
  return -1;
}

/** The comma before a "who"/"which" that opens a relative clause, a few commas before the comma at token k; -1 if none. */
function relativeOpening(v: View, k: number): number {
  let commas = 0;
  for (let m = k - 1; m > 0 && k - m <= RELATIVE_REACH; m--) {
    if (v.mark[m] || v.quoted[m]) return -1;
    if (v.toks[m]!.text !== ',') continue;
    if (RELATIVE_STARTS.has(v.low[m + 1]!)) return m;
    if (++commas > RELATIVE_COMMAS) return -1;
  }
  return -1;
}

/** "Ackroyd's daughter", "Senegal's foreign minister": a possessive, then lower-case words to the end of the phrase. */
function ownersDescription(v: View, r: TokenRange): boolean {
  let k = r.from;
  while (k < r.to && !endsInApostropheS(v.toks[k]!.text) && !pluralPossessive(v.low[k]!) && !POSSESSIVE_ENDS.has(v.low[k + 1]!)) k++;
  if (k >= r.to) return false;
  if (POSSESSIVE_ENDS.has(v.low[k + 1]!)) k++;
  for (let j = k + 1; j <= r.to; j++) if (v.toks[j]!.kind !== 'word' || isCapitalized(v.toks[j]!.text)) return false;
  return k < r.to;
}

// "Ackroyd's", "Roads'" (the mark a token of its own): what ends an owner
const POSSESSIVE_ENDS = new Set(["'s", '’s', "'", '’']);

/** "Roads'", "Jones’": a plural or -s name's possessive in one token. */
function pluralPossessive(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 2) === 115 && (w[n - 1] === '’' || w[n - 1] === "'");
}

/** The token after the comma that precedes token j (within a few tokens), or -1. */
function firstWordAfterComma(v: View, j: number): number {
  for (let k = j; k > 0 && j - k < 6; k--) if (v.toks[k - 1]!.text === ',' && !v.quoted[k - 1]) return k;
  return -1;
}

const RELATIVE_STARTS = new Set(['who', 'which', 'whose', 'whom']);
const COORDINATOR_STARTS = new Set(['and', 'but', 'or', 'yet', 'so']);
const SUBORDINATORS = new Set(['because', 'since', 'as', 'while', 'when', 'after', 'before', 'although', 'though', 'if', 'until']);

/** Can tokens [from, to] between two commas be an interjection: no coordinated clause, no finite verb outside a relative clause? */
function isInterjection(v: View, from: number, to: number): boolean {
  const first = v.low[from];
  if (first === undefined || COORDINATOR_STARTS.has(first)) return false;
  // "a former minister who is a harsh critic of…": a finite verb after a relative word is the relative clause's
  for (let k = from; k <= to; k++) {
    if (v.quoted[k]) continue;
    if (RELATIVE_STARTS.has(v.low[k]!)) return true;
    // "an Egyptian diplomat, speaking on condition of anonymity because he was not authorised to…, said": a
    // participle's subordinate clause has its own verb
    if (k > from && SUBORDINATORS.has(v.low[k]!) && v.low[from]!.endsWith('ing')) return true;
    if (FINITE_VERBS.has(v.low[k]!)) return false;
  }
  return true;
}

const AFTER_STOP = new Set(['who', 'which', 'that', 'in', 'on', 'at', 'during', 'to', 'when', 'while', 'as', 'after', 'before', 'and', 'but']);

/**
 * A noun phrase starting at token i and running to a comma or the sentence end:
 * "said Mr. Smith.", "according to the Armed Conflict Location & Event Data Project,".
 * `stopAtPrepositions` ends it at "in"/"on" ("said Syed in an interview").
 */
export function phraseAfter(v: View, i: number, max = 12, stopAtPrepositions = true): TokenRange | null {
  let k = i;
  while (k < v.toks.length && k - i < max) {
    const t = v.toks[k]!;
    if (v.mark[k] || v.quoted[k]) break;
    if (t.kind === 'punct' && !NAME_PUNCT.has(t.text) && t.text !== '(' && t.text !== ')') break;
    if (t.kind === 'punct' && t.text === '.' && k === v.toks.length - 1) break;
    if (stopAtPrepositions && k > i && AFTER_STOP.has(v.low[k]!)) break;
    k++;
  }
  let to = k - 1;
  while (to >= i && v.toks[to]!.kind === 'punct' && v.toks[to]!.text !== ')') to--;
  if (to < i) return null;
  return { from: i, to };
}

const NAME_MODIFIERS = new Set(['of', 'at', 'from', 'with']);

/** The proper name that opens tokens [from, to] and an "of"/"at" phrase follows: "Daniel Okonkwo of the firm…". */
export function nameBeforeOf(v: View, from: number, to: number): TokenRange | null {
  let k = from;
  while (k <= to && k - from <= 5 && !NAME_MODIFIERS.has(v.low[k]!)) k++;
  if (k > to || k === from || !NAME_MODIFIERS.has(v.low[k]!)) return null;
  const name = { from, to: k - 1 };
  return isProperName(v, name) ? name : null;
}

/** A short run of capitalized words: "Rosa Delgado", "Jan de Vries". */
function isProperName(v: View, r: TokenRange): boolean {
  if (r.to < r.from || r.to - r.from > 5) return false;
  if (!isCapitalized(v.toks[r.from]!.text) || !isCapitalized(v.toks[r.to]!.text)) return false;
  for (let k = r.from; k <= r.to; k++) {
    const t = v.toks[k]!;
    if (t.kind === 'punct' ? !NAME_PUNCT.has(t.text) : !isCapitalized(t.text) && t.text.length > 3) return false;
  }
  return true;
}

const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'another', 'most', 'few', 'both', 'other']);

/** Is the phrase an inverted subject: a name, a pronoun, or an article + noun ("said the official")? */
export function looksLikeInvertedSubject(v: View, r: TokenRange): boolean {
  const first = v.toks[r.from]!;
  if (r.from === r.to && SPEAKER_PRONOUNS.get(v.low[r.from]!)) return true;
  const lead = v.low[r.from]!;
  // "said the official", "said one analyst at a Dutch bank"
  if (ARTICLES.has(lead) || DETERMINERS.has(lead) || QUANTIFIERS.has(lead)) return r.to > r.from;
  // "The study, published Wednesday in The New England Journal of Medicine, enrolled…": a day or month opens a
  // time phrase, no speaker (a month only before its day: "said April Ryan" names her)
  if (WEEKDAYS.has(lead) || (MONTHS.has(lead) && v.toks[r.from + 1]?.kind === 'number')) return false;
  // ("…, who gave only his call sign, Kit, because he was not authorised…, said Russian infantry were
  // moving…": a clause with its own verb is what was said, not who said it)
  if (isCapitalized(first.text) && first.kind === 'word') return !lowerFiniteVerbWithin(v, r);
  return titledName(v, r);
}

/** Is a lower-case finite verb ("were", "had") among tokens [r.from, r.to]? ("Theresa May" is a name.) */
function lowerFiniteVerbWithin(v: View, r: TokenRange): boolean {
  for (let k = r.from + 1; k <= r.to; k++) {
    if (FINITE_VERBS.has(v.low[k]!) && v.toks[k]!.text === v.low[k]) return true;
  }
  return false;
}

const TITLED_REACH = 6;
// objects of "said" that are no speaker: "said nothing about Pakistan", "said little to Ruiz"
const NOT_TITLES = new Set(['about', 'nothing', 'little', 'much', 'something', 'it', 'so', 'yes', 'no']);

/**
 * A lower-case title or a number before a name: "said 9/11 widow Terry Strada",
 * "said spokesman Tom Ruiz". The phrase ends in a capitalized word and holds no
 * preposition or clause word ("said nothing about Pakistan" is no subject).
 */
function titledName(v: View, r: TokenRange): boolean {
  if (r.to === r.from || r.to - r.from > TITLED_REACH || !isCapitalized(v.toks[r.to]!.text) || v.toks[r.to]!.kind !== 'word') return false;
  for (let k = r.from; k <= r.to; k++) {
    const w = v.low[k]!;
    if (PREPOSITIONS.has(w) || AFTER_STOP.has(w) || CLAUSE_BOUNDARIES.has(w) || NOT_TITLES.has(w) || CUE_WORDS.has(w)) return false;
  }
  return true;
}
