// The tense around a temporal expression, from cue words in its clause, then its sentence.
// "Pakistani security sources said Monday's session ran" → past;
// "the envoys will meet again on Monday" → future; no cue → present.

import type { Token } from '../../document.js';
import { FUTURE_CUES, IRREGULAR_PAST, NOT_PAST_ED, PRESENT_CUES } from '../../lexicon/time-tense.js';

export type Tense = 'past' | 'present' | 'future';

// "that" opens the reported clause: "said Thursday that troops will stay"
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '"', '“', '”', '(', ')', 'that']);

function cueOf(token: Token): Tense | null {
  if (token.kind !== 'word') return null;
  const w = token.text.toLowerCase();
  if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  if (PRESENT_CUES.has(w)) return 'present';
  return null;
}

const AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/** How far back a verb right before the expression decides alone: "said Monday", "to resume Monday". */
const NEAR = 4;

/** The nearest cue just before `start` in the same clause: "said [Thursday] that troops will…" is past. */
function nearestBefore(tokens: readonly Token[], from: number, start: number): Tense | null {
  let i = tokens.length - 1;
  while (i >= from && tokens[i]!.start >= start) i--;
  for (let seen = 0; i >= from && seen < NEAR; i--, seen++) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    if (w === 'would') return 'future';
    // "set to resume Monday", "planned to leave on Thursday": an infinitive looks ahead
    if (w === 'to' && i + 1 < tokens.length && tokens[i + 1]!.kind === 'word' && /^\p{Ll}/u.test(tokens[i + 1]!.text)) return 'future';
    const cue = cueOf(t);
    // "will be held in December": a participle after an auxiliary; the auxiliary decides
    if (cue === 'past' && i > from && AUXILIARIES.has(tokens[i - 1]!.text.toLowerCase())) continue;
    if (cue === 'future' || cue === 'past') return cue;
  }
  return null;
}

/** Tense of the clause around `[start, end)`; future wins over past when both are cued. */
export function tenseAt(tokens: readonly Token[], start: number, end: number): Tense {
  let from = 0;
  let to = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CLAUSE_BREAKS.has(t.text.toLowerCase())) continue;
    if (t.end <= start) from = i + 1;
    else if (t.start >= end) {
      to = i;
      break;
    }
  }
  const near = nearestBefore(tokens, from, start);
  if (near) return near;
  const inClause = decide(tokens, from, to, start, end);
  return inClause ?? decide(tokens, 0, tokens.length, start, end) ?? 'present';
}

function decide(tokens: readonly Token[], from: number, to: number, start: number, end: number): Tense | null {
  let past = false;
  let present = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.start >= start && t.end <= end) continue;
    const cue = cueOf(t);
    if (cue === 'future') return 'future';
    if (cue === 'past') past = true;
    if (cue === 'present') present = true;
  }
  if (past) return 'past';
  if (present) return 'present';
  return null;
}
