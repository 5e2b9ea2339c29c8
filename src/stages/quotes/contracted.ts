// A subject pronoun fused with its auxiliary in one token: "He’s claiming that voting
// fraud is…", "It’s denouncing what it calls…", "who’s called for big tax hikes",
// "they’ve said". The pronoun alone is the source.

import { SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import type { CueWord } from '../../lexicon/reporting-verbs.js';
import type { View } from './tokens.js';

// "’s" is "is" or "has": a past form after it is a perfect only for a person ("he’s promoted"),
// as "it’s reported" is a passive
const PERFECT_S = new Set(['he', 'she', 'who']);

/**
 * The length of the pronoun in token p when it is a pronoun + auxiliary that makes the cue at
 * cueEnd a progressive ("he’s claiming") or a perfect ("he’s promoted", "they’ve said"); 0 otherwise.
 */
export function contractedSubject(v: View, p: number, entry: CueWord, cueEnd: number): number {
  const w = v.low[p]!;
  const apostrophe = Math.max(w.lastIndexOf('’'), w.lastIndexOf("'"));
  if (apostrophe < 1 || v.quoted[p]) return 0;
  const pronoun = w.slice(0, apostrophe);
  const aux = w.slice(apostrophe + 1);
  if (!SPEAKER_PRONOUNS.has(pronoun) && pronoun !== 'who' && pronoun !== 'you') return 0;
  if (entry.form === 'ing') return aux === 's' || aux === 're' || aux === 'm' ? apostrophe : 0;
  if (entry.form !== 'past' && entry.form !== 'participle') return 0;
  // "he’s expected to", "it’s been said by": passives ("he’s sought to protect…", "she’s hoped to…": an intention's perfect)
  const next = v.low[cueEnd + 1];
  if ((next === 'to' && (entry.frame !== 'intention' || entry.base === 'expect')) || next === 'by') return 0;
  return aux === 've' || (aux === 's' && PERFECT_S.has(pronoun)) ? apostrophe : 0;
}
