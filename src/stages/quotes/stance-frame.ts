// The frame of a stance said with an adjective: "Many farmers are afraid that the river will flood", "we are
// convinced this is the only way", "The unions have been critical of the deal", "Both sides were willing to talk".
// The subject of the linking verb holds the stance; a negated stance ("were not sure") holds nothing.

import { MODALS, NEGATIONS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { STANCE_LINKS, STANCE_PARTICLES, type StanceTake } from '../../lexicon/cue-phrases.js';
import type { QuotedSpan } from './marks.js';
import { subjectBefore } from './subject-before.js';
import { relativeAntecedent } from './frame-subjects.js';
import { contentStart, finiteClauseAt } from './content.js';
import { cueSpan, isAdverbLy, isCapitalized, span, type View } from './tokens.js';
import type { Draft } from './frames.js';

// between the linking verb and the adjective: "are increasingly worried", "were also afraid", "is so determined"
const STANCE_ADVERBS = new Set(['also', 'still', 'now', 'very', 'so', 'too', 'more', 'less', 'most', 'quite', 'all', 'both', 'each', 'deeply', 'not', "n't", 'n’t', 'no', 'longer']);
// a subject that holds nothing ("It is certain that…", "There are…") or stands for another ("who is critical of")
const NO_HOLDERS = new Set(['it', 'there', 'this', 'that', 'what', 'which', 'who', 'whom']);
const NEGATION_REACH = 3;
// "was determined to have been involved", "is determined to be": a passive judgement, no resolve
const PASSIVE_INFINITIVES = new Set(['be', 'have']);

/** The frame of the stance adjective at token a (what it takes: `takes`), or null. */
export function stanceFrame(v: View, spans: readonly QuotedSpan[], a: number, takes: readonly StanceTake[]): Draft | null {
  let k = a - 1;
  while (k >= 0 && !v.quoted[k] && (STANCE_ADVERBS.has(v.low[k]!) || (isAdverbLy(v.low[k]!) && !isCapitalized(v.toks[k]!.text)))) k--;
  if (k < 0 || v.quoted[k] || !STANCE_LINKS.has(v.low[k]!)) return null;
  // "were not sure", "isn't convinced", "have never been critical of": nothing held
  for (let j = a - 1; j >= 0 && j >= k - NEGATION_REACH; j--) if (NEGATIONS.has(v.low[j]!) || v.low[j] === 'never') return null;
  // "doctors will be willing", "he may be convinced": the subject stands before the modal ("continue to be
  // concerned", "seem to be sure": an infinitive's subject is the raising verb's, not read here)
  let head = k;
  if (v.low[k] === 'be' && k > 0) {
    if (!MODALS.has(v.low[k - 1]!) || v.low[k - 1] === 'to') return null;
    head = k - 1;
  }
  // ("those who oppose the plan are worried about…": the phrase before the relative clause holds it)
  const subject = relativeAntecedent(v, head) ?? subjectBefore(v, head);
  if (!subject || (subject.from === subject.to && NO_HOLDERS.has(v.low[subject.from]!))) return null;
  // ("those who oppose the plan are worried…" read from inside the relative clause: no holder found)
  // ("in which she was sure…": a pronoun after the relative is the holder)
  if (subject.from > 0 && NO_HOLDERS.has(v.low[subject.from - 1]!) && !(subject.from === subject.to && SPEAKER_PRONOUNS.has(v.low[subject.from]!))) return null;
  const next = v.low[a + 1];
  if (next === undefined || v.quoted[a + 1]) return null;
  let cueEnd = a;
  let start: number | null = null;
  if (takes.includes('about') && STANCE_PARTICLES.has(next)) {
    cueEnd = a + 1;
    start = contentStart(v, spans, cueEnd, 'object');
  } else if (takes.includes('to') && next === 'to' && !PASSIVE_INFINITIVES.has(v.low[a + 2] ?? '')) {
    start = contentStart(v, spans, a, 'intention');
  } else if (takes.includes('clause') && head === k && (next === 'that' || finiteClauseAt(v, a + 1))) {
    // (not after a modal: "if he can be convinced that…", "may be persuaded that…" is a passive, no one's belief yet)
    start = contentStart(v, spans, a, 'belief');
  }
  if (start === null) return null;
  return { sentence: v.sentence.index, cue: cueSpan(v, k, cueEnd), cueToken: a, cueEnd, source: span(v, subject), content: { start, end: v.sentence.end },
    placement: 'before', leftEdge: v.toks[subject.from]!.start, rule: 'claims/stance-adjective', forward: true };
}
