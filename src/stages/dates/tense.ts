// The tense around a temporal expression: the verb right before it, else cue words in its
// clause, else in its sentence. "Pakistani security sources said Monday's session ran" → past;
// "the envoys will meet again on Monday" → future; no cue → present.
// Cue counts are summed once per sentence, so each lookup costs a binary search, not a scan.

import type { Token } from '../../document.js';
import { FUTURE_CUES, IRREGULAR_PAST, NOT_PAST_ED, PRESENT_CUES } from '../../lexicon/time-tense.js';

export type Tense = 'past' | 'present' | 'future';

// "that" opens the reported clause: "said Thursday that troops will stay"
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '"', '“', '”', '(', ')', 'that']);

function cueOf(token: Token, w: string): Tense | null {
  if (token.kind !== 'word') return null;
  if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  if (PRESENT_CUES.has(w)) return 'present';
  return null;
}

const AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/** How far back a verb right before the expression decides alone: "said Monday", "to resume Monday". */
const NEAR = 4;

type Counts = [future: number, past: number, present: number];

const INDEX: Record<Tense, number> = { future: 0, past: 1, present: 2 };

function verdict(c: Counts): Tense | null {
  if (c[0] > 0) return 'future';
  if (c[1] > 0) return 'past';
  if (c[2] > 0) return 'present';
  return null;
}

/** Tense lookups for one sentence's tokens. */
export class TenseIndex {
  private readonly cues: Array<Tense | null>;
  /** clause number of each token; clause breaks belong to no clause (-1) */
  private readonly clauseOf: number[];
  private readonly clauseCounts: Counts[] = [];
  private readonly sentenceCounts: Counts = [0, 0, 0];

  constructor(private readonly tokens: readonly Token[]) {
    // one pass over the tokens' lower-cased words: built for every sentence that holds a date
    this.cues = new Array<Tense | null>(tokens.length);
    this.clauseOf = new Array<number>(tokens.length);
    let clause = 0;
    this.clauseCounts.push([0, 0, 0]);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const w = t.lower;
      const cue = cueOf(t, w);
      this.cues[i] = cue;
      if (CLAUSE_BREAKS.has(w)) {
        this.clauseOf[i] = -1;
        clause++;
        this.clauseCounts.push([0, 0, 0]);
        continue;
      }
      this.clauseOf[i] = clause;
      if (cue) {
        this.clauseCounts[clause]![INDEX[cue]]++;
        this.sentenceCounts[INDEX[cue]]++;
      }
    }
  }

  /** Index of the first token that starts at or after `offset`. */
  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The nearest cue just before token `first` in its clause: "said [Thursday] that troops will…" is past. */
  private nearestBefore(first: number): Tense | null {
    const tokens = this.tokens;
    for (let i = first - 1, seen = 0; i >= 0 && seen < NEAR && this.clauseOf[i] !== -1; i--, seen++) {
      const w = tokens[i]!.lower;
      if (w === 'would') return 'future';
      // "set to resume Monday", "planned to leave on Thursday": an infinitive looks ahead
      if (w === 'to' && tokens[i + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i + 1]!.text)) return 'future';
      const cue = this.cues[i];
      // "will be held in December": a participle after an auxiliary; the auxiliary decides
      if (cue === 'past' && i > 0 && AUXILIARIES.has(tokens[i - 1]!.lower)) continue;
      if (cue === 'future' || cue === 'past') return cue;
    }
    return null;
  }

  /** Tense around `[start, end)`; future wins over past when both are cued. */
  at(start: number, end: number): Tense {
    const first = this.firstAtOrAfter(start);
    const near = this.nearestBefore(first);
    if (near) return near;
    // the expression's own words ("last", "ago") are not the clause's tense
    const own: Counts = [0, 0, 0];
    let clause = -1;
    for (let i = first; i < this.tokens.length && this.tokens[i]!.start < end; i++) {
      const cue = this.cues[i];
      if (cue) own[INDEX[cue]]++;
      if (clause < 0) clause = this.clauseOf[i]!;
    }
    if (clause < 0) clause = first > 0 ? Math.max(0, this.clauseOf[first - 1]!) : 0;
    const minus = (c: Counts): Counts => [c[0] - own[0], c[1] - own[1], c[2] - own[2]];
    const inClause = verdict(minus(this.clauseCounts[clause] ?? [0, 0, 0]));
    return inClause ?? verdict(minus(this.sentenceCounts)) ?? 'present';
  }
}

/** One-off lookup (tests, callers without an index). */
export function tenseAt(tokens: readonly Token[], start: number, end: number): Tense {
  return new TenseIndex(tokens).at(start, end);
}
