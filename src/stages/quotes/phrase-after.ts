// A noun phrase after a cue or "according to": the inverted subject ("said Mr. Smith", "said spokesman Tom
// Ruiz"), the source after "according to", a name before its "of" ("Daniel Okonkwo of the firm…").

import { ARTICLES, CLAUSE_BOUNDARIES, DETERMINERS, FINITE_VERBS, PREPOSITIONS, SOURCE_QUANTIFIERS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { isCapitalized, type View } from './tokens.js';
import { NAME_PUNCT, type TokenRange } from './phrases.js';

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
export function isProperName(v: View, r: TokenRange): boolean {
  if (r.to < r.from || r.to - r.from > 5) return false;
  if (!isCapitalized(v.toks[r.from]!.text) || !isCapitalized(v.toks[r.to]!.text)) return false;
  for (let k = r.from; k <= r.to; k++) {
    const t = v.toks[k]!;
    if (t.kind === 'punct' ? !NAME_PUNCT.has(t.text) : !isCapitalized(t.text) && t.text.length > 3) return false;
  }
  return true;
}

/** Is the phrase an inverted subject: a name, a pronoun, or an article + noun ("said the official")? */
export function looksLikeInvertedSubject(v: View, r: TokenRange): boolean {
  const first = v.toks[r.from]!;
  if (r.from === r.to && SPEAKER_PRONOUNS.get(v.low[r.from]!)) return true;
  const lead = v.low[r.from]!;
  // "said the official", "said one analyst at a Dutch bank"
  if (ARTICLES.has(lead) || DETERMINERS.has(lead) || SOURCE_QUANTIFIERS.has(lead)) return r.to > r.from;
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
