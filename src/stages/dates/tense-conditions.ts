// Conditions: a time inside an "if" or "unless" clause whose main clause lies ahead is still to come,
// the condition's past tense notwithstanding (a future in the past). ./tense-schedule.ts and
// ./tense.ts ask these.

import type { Token } from '../../document.js';

/** How far back from a deadline's "by" its "if" and then the "would" of the main clause are looked for. */
const CONDITION_REACH = 10;
const WOULD_REACH = 16;

/**
 * "She said her party would call a vote if the minister did not resign by Christmas": the deadline of a
 * condition whose main clause "would" or "will" happen is still to come, the condition's past tense
 * notwithstanding (a future in the past).
 */
export function conditionalBefore(tokens: readonly Token[], by: number): boolean {
  let k = by - 1;
  while (k >= 0 && by - k <= CONDITION_REACH && tokens[k]!.lower !== 'if' && tokens[k]!.lower !== 'unless') k--;
  if (k < 0 || by - k > CONDITION_REACH) return false;
  for (let j = k - 1; j >= 0 && k - j <= WOULD_REACH; j--) {
    const w = tokens[j]!.lower;
    if (w === 'would' || w === 'will') return true;
  }
  return false;
}
