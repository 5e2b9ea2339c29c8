// A sentence's tense index (tense.ts's TenseIndex): every token's cue and clause, each clause's cue
// counts, and the nearest cue either side of each token, each built in one pass.

import type { Token } from '../../document.js';
import { cueAt, isBreak, type Tense } from './tense-words.js';

export type Counts = [future: number, past: number, present: number];

export const INDEX: Record<Tense, number> = { future: 0, past: 1, present: 2 };

export function verdict(c: Counts): Tense | null {
  if (c[0] > 0) return 'future';
  if (c[1] > 0) return 'past';
  if (c[2] > 0) return 'present';
  return null;
}

/** For each position 0..n: the last index before it where `ok` holds (-1: none), and the first at or after it (n: none). */
export function nearestIndex(n: number, ok: (i: number) => boolean): [Int32Array, Int32Array] {
  const before = new Int32Array(n + 1);
  const from = new Int32Array(n + 1);
  let last = -1;
  for (let i = 0; i <= n; i++) {
    before[i] = last;
    if (i < n && ok(i)) last = i;
  }
  let next = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && ok(i)) next = i;
    from[i] = next;
  }
  return [before, from];
}

/** Every token's cue and clause, and each clause's cue counts: one pass over the sentence. */
export interface Clauses {
  cues: Array<Tense | null>;
  /** clause number of each token; clause breaks belong to no clause (-1) */
  clauseOf: Int32Array;
  counts: Counts[];
}

export function clausesOf(tokens: readonly Token[]): Clauses {
  const cues = new Array<Tense | null>(tokens.length);
  const clauseOf = new Int32Array(tokens.length);
  const counts: Counts[] = [[0, 0, 0]];
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(tokens, i);
    cues[i] = cue;
    if (isBreak(tokens, i)) {
      clauseOf[i] = -1;
      clause++;
      counts.push([0, 0, 0]);
      continue;
    }
    clauseOf[i] = clause;
    if (cue) counts[clause]![INDEX[cue]]++;
  }
  return { cues, clauseOf, counts };
}

/** Index of the last cue token before each token (-1: none) and of the first at or after it (n: none), for all cues and for non-reporting ones. */
export interface Nearest {
  cueBefore: Int32Array;
  cueFrom: Int32Array;
  eventBefore: Int32Array;
  eventFrom: Int32Array;
}
