// A statement named by a noun after its owner: "Mayor Ortiz’s claim that the
// fund was empty", "the union’s warning that strikes would follow". The owner
// is the source, the noun the cue, the that-clause the content.

import { STATEMENT_NOUNS, TIME_PHRASE_HEADS, TIME_PHRASE_OPENERS } from '../../lexicon/cue-phrases.js';
import { FINITE_VERBS, POSSESSIVE_SPEAKERS, PREPOSITIONS } from '../../lexicon/attribution-words.js';
import { isCapitalized, type View } from './tokens.js';

const MAX_OWNER_WORDS = 4;

/** Does the word end in a possessive "’s" / "'s" ("Ortiz’s")? */
export function isPossessive(w: string): boolean {
  return w.length > 2 && w.charCodeAt(w.length - 1) === 115 && (w[w.length - 2] === '’' || w[w.length - 2] === "'");
}

export interface NominalCue {
  /** owner span without its "’s" */
  source: { start: number; end: number };
  /** the statement noun, and the token of "that" */
  cueToken: number;
  that: number;
}

/** "his claim that…": possessive pronouns that own a statement as a name does. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'person' | 'group'> = POSSESSIVE_SPEAKERS;

// "Stumpf’s repeated emphasis that", "her earlier claim that": words between the owner and the noun
const MAX_MODIFIERS = 2;

/** The nominal cue whose owner ends at token i ("Ortiz’s" in "Ortiz’s claim that…", "his" in "his claim that…"), or null. */
export function nominalCueAt(v: View, i: number): NominalCue | null {
  let noun = i + 1;
  while (noun < v.toks.length && noun - i <= MAX_MODIFIERS && !STATEMENT_NOUNS.has(v.low[noun]!) && modifierAt(v, noun)) noun++;
  const that = noun + 1;
  if (that + 1 >= v.toks.length || !STATEMENT_NOUNS.has(v.low[noun]!) || v.low[that] !== 'that' || v.quoted[that]) return null;
  if (POSSESSIVE_PRONOUNS.has(v.low[i]!)) {
    // "contrary to his claim that…": the pronoun is the source
    if (v.quoted[i]) return null;
    return { source: { start: v.toks[i]!.start, end: v.toks[i]!.end }, cueToken: noun, that };
  }
  if (!isCapitalized(v.toks[i]!.text)) {
    // "the company's claim that…", "the ruling party's warning that…": a determiner, a word or two and the owner
    const det = ownerDeterminer(v, i);
    return det < 0 ? null : { source: { start: v.toks[det]!.start, end: v.toks[i]!.end - 2 }, cueToken: noun, that };
  }
  // the owner's name: the capitalized words that end with the possessive ("Mayor Ana Ortiz’s")
  let from = i;
  while (from > 0 && i - from < MAX_OWNER_WORDS - 1 && !v.quoted[from - 1] && v.toks[from - 1]!.kind === 'word' && isCapitalized(v.toks[from - 1]!.text)) from--;
  const owner = v.toks[i]!;
  return { source: { start: v.toks[from]!.start, end: owner.end - 2 }, cueToken: noun, that };
}

/** A lower-case word that may modify a statement noun ("repeated", "earlier", "infamous"): no verb form, no function word. */
function modifierAt(v: View, k: number): boolean {
  const t = v.toks[k]!;
  return t.kind === 'word' && !v.quoted[k] && !isCapitalized(t.text) && !MODIFIER_STOPS.has(v.low[k]!);
}
const MODIFIER_STOPS = new Set(['that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'for']);

const OWNER_DETERMINERS = new Set(['the']);
/** The "the" that opens a lower-case owner ending in a possessive at token i ("the company's"), within two words; -1 if none. */
function ownerDeterminer(v: View, i: number): number {
  if (!isPossessive(v.toks[i]!.text)) return -1;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS; k--) {
    if (v.quoted[k] || v.toks[k]!.kind !== 'word') return -1;
    // (not opening the sentence: "The company's claim that the deal was void was rejected" has its verb after the clause)
    if (OWNER_DETERMINERS.has(v.low[k]!)) return k > 0 ? k : -1;
    if (isCapitalized(v.toks[k]!.text) || MODIFIER_STOPS.has(v.low[k]!)) return -1;
  }
  return -1;
}

const AGENT_LINKS = new Set(['from', 'by']);
const MAX_AGENT_WORDS = 6;
// what the owner may not open on: a time or a place phrase ("a report from over the weekend that…")
const AGENT_STOPS = new Set(['over', 'last', 'this', 'earlier', 'within', 'inside', 'across', 'around']);

/**
 * "despite repeated warnings from his attorney that the showdown was fruitless", "claims by the candidate that the
 * network broke a contract": a statement noun at token i, then "from"/"by", its owner (up to six words, no punctuation)
 * and "that" opening a clause (not a relative: "the report by the panel that was released"). Null when none.
 */
export function nominalAgentAt(v: View, i: number): NominalCue | null {
  const link = i + 1;
  if (!STATEMENT_NOUNS.has(v.low[i]!) || !AGENT_LINKS.has(v.low[link] ?? '') || v.quoted[link]) return null;
  const first = link + 1;
  if (first >= v.toks.length || AGENT_STOPS.has(v.low[first]!) || PREPOSITIONS.has(v.low[first]!)) return null;
  for (let k = first; k < v.toks.length && k - first <= MAX_AGENT_WORDS; k++) {
    if (v.quoted[k] || v.mark[k]) return null;
    const t = v.toks[k]!;
    // ("warnings from Moscow on Thursday that…": a setting may end the owner)
    if (t.kind !== 'word' && !(t.text === '’s' || t.text === "'s" || t.text === '.')) return null;
    if (v.low[k] === 'that') {
      const next = v.low[k + 1];
      if (k === first || next === undefined || FINITE_VERBS.has(next) || v.toks[k + 1]!.kind !== 'word') return null;
      let end = k - 1;
      // ("warnings from Moscow on Thursday that…": the owner ends before its time)
      for (let j = first + 1; j < k; j++) if (TIME_PHRASE_OPENERS.has(v.low[j]!) && TIME_PHRASE_HEADS.has(v.low[j + 1] ?? '')) { end = j - 1; break; }
      if (end < first) return null;
      return { source: { start: v.toks[first]!.start, end: v.toks[end]!.end }, cueToken: i, that: k };
    }
    if (FINITE_VERBS.has(v.low[k]!)) return null;
  }
  return null;
}
