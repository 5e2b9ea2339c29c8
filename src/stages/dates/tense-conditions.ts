// Conditions: a time inside an "if" or "unless" clause whose main clause lies ahead is still to come,
// the condition's past tense notwithstanding (a future in the past). ./tense-deadlines.ts and
// ./tense.ts ask these.

import type { Token } from '../../document.js';
import { AHEAD_MODALS, IMPLICATIVE } from '../../lexicon/time-tense.js';
import { infinitiveAt, pastPerfectBefore } from './tense-words.js';

/** How far back from a deadline's "by" its "if" is looked for. */
const CONDITION_REACH = 10;
/** How far from an "if" the modal of its main clause is looked for (twice as far after a condition opening its sentence). */
const WOULD_REACH = 16;

/**
 * "She said her party would call a vote if the minister did not resign by Christmas": the deadline of a
 * condition whose main clause looks ahead is still to come, the condition's past tense notwithstanding
 * (a future in the past): the "if" or "unless" a few words before the deadline's "by", then
 * futureInPastCondition below.
 */
export function conditionalBefore(tokens: readonly Token[], by: number): boolean {
  let k = by - 1;
  while (k >= 0 && by - k <= CONDITION_REACH && tokens[k]!.lower !== 'if' && tokens[k]!.lower !== 'unless') k--;
  return k >= 0 && by - k <= CONDITION_REACH && futureInPastCondition(tokens, k, by + 1);
}

/**
 * "Portugal said it was ready to evacuate its nationals if the airport stayed closed over the
 * weekend" (BLIND14 D3): a condition told in the simple past, whose main clause holds a modal or an
 * infinitive still to come, is a future in the past; so is one opening its sentence whose main clause
 * after it holds a modal. `opener` is the "if" or "unless", `first` the time's first token. Not a past perfect ("would have left if the bridge had closed on Monday").
 */
export function futureInPastCondition(tokens: readonly Token[], opener: number, first: number): boolean {
  for (let k = opener + 1; k < first; k++) if (tokens[k]!.lower === 'had') return false;
  // "If the talks failed on Friday, the union said, members would walk out": a condition opening its sentence, its main clause after it
  if (opener <= 1) {
    for (let j = first + 1; j < tokens.length && j - first <= 2 * WOULD_REACH; j++) {
      if (AHEAD_MODALS.has(tokens[j]!.lower)) return tokens[j + 1]?.lower !== 'have';
      if (tokens[j]!.lower === 'had') return false;
    }
    return false;
  }
  for (let j = opener - 1; j >= 0 && opener - j <= WOULD_REACH; j--) {
    const w = tokens[j]!.lower;
    if (w === ';') return false;
    if (AHEAD_MODALS.has(w)) return tokens[j + 1]?.lower !== 'have';
    if (infinitiveAt(tokens, j)) return !IMPLICATIVE.has(tokens[j - 1]?.lower ?? '') && !pastPerfectBefore(tokens, j - 1) && tokens[j + 1]?.lower !== 'have';
  }
  return false;
}
