// The tense around a temporal expression: the verb right before it, else cue words in its
// clause, else the nearest one in its sentence. "Pakistani security sources said Monday's session ran" → past;
// "the envoys will meet again on Monday" → future; no cue → present.
// Cue counts per clause and the nearest cue either side are found once per sentence, so each
// lookup costs a binary search, not a scan.

import type { Token } from '../../document.js';
import { FUTURE_BEFORE_TO, FUTURE_CUES, IRREGULAR_PAST, NOT_PAST_ED, PRESENT_CUES, REPORTING } from '../../lexicon/time-tense.js';

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

const EARLIEST = new Set(['soon', 'early']);

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

/** For each position 0..n: the last index before it where `ok` holds (-1: none), and the first at or after it (n: none). */
function nearestIndex(n: number, ok: (i: number) => boolean): [Int32Array, Int32Array] {
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

/** Tense lookups for one sentence's tokens. */
export class TenseIndex {
  private readonly cues: Array<Tense | null>;
  /** clause number of each token; clause breaks belong to no clause (-1) */
  private readonly clauseOf: number[];
  private readonly clauseCounts: Counts[] = [];
  /** index of the last cue token before each token (-1: none) and of the first at or after it (n: none) */
  private readonly cueBefore: Int32Array;
  private readonly cueFrom: Int32Array;
  /** the same for cues that are not reporting verbs */
  private readonly eventBefore: Int32Array;
  private readonly eventFrom: Int32Array;

  constructor(private readonly tokens: readonly Token[]) {
    // one pass over the tokens' lower-cased words: built for every sentence that holds a date
    this.cues = new Array<Tense | null>(tokens.length);
    this.clauseOf = new Array<number>(tokens.length);
    let clause = 0;
    this.clauseCounts.push([0, 0, 0]);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const w = t.lower;
      let cue = cueOf(t, w);
      // "the plan failed", "vacation plans": a noun; "plans to leave Monday" looks ahead
      if (cue === 'future' && FUTURE_BEFORE_TO.has(w) && tokens[i + 1]?.lower !== 'to') cue = null;
      this.cues[i] = cue;
      if (CLAUSE_BREAKS.has(w)) {
        this.clauseOf[i] = -1;
        clause++;
        this.clauseCounts.push([0, 0, 0]);
        continue;
      }
      this.clauseOf[i] = clause;
      if (cue) this.clauseCounts[clause]![INDEX[cue]]++;
    }
    const isCue = (i: number): boolean => this.cues[i] !== null;
    const isEvent = (i: number): boolean => this.cues[i] !== null && !REPORTING.has(tokens[i]!.lower);
    [this.cueBefore, this.cueFrom] = nearestIndex(tokens.length, isCue);
    [this.eventBefore, this.eventFrom] = nearestIndex(tokens.length, isEvent);
  }

  /**
   * The cue nearest the tokens [first, past) outside them, in the whole sentence: "In January,
   * the company brought in a new chief, who will remain…" is past ("brought" is nearer than "will").
   * With `events`, reporting verbs do not count: "will leave at 4 a.m. Thursday, Castro said" is future.
   */
  private nearestInSentence(first: number, past: number, events: boolean): Tense | null {
    const before = (events ? this.eventBefore : this.cueBefore)[first]!;
    const after = (events ? this.eventFrom : this.cueFrom)[past]!;
    const hasBefore = before >= 0;
    const hasAfter = after < this.tokens.length;
    if (!hasBefore && !hasAfter) return null;
    if (!hasAfter) return this.cues[before]!;
    if (!hasBefore) return this.cues[after]!;
    const d1 = first - before;
    const d2 = after - past + 1;
    if (d1 !== d2) return this.cues[d1 < d2 ? before : after]!;
    const a = this.cues[before]!;
    const b = this.cues[after]!;
    return INDEX[a] <= INDEX[b] ? a : b;
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
    // "as soon as Tuesday", "as early as next week": the earliest time something may happen
    if (first >= 3 && tokens[first - 1]!.lower === 'as' && tokens[first - 3]!.lower === 'as' && EARLIEST.has(tokens[first - 2]!.lower)) return 'future';
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

  /** Tense around `[start, end)`: a verb right before it, else its clause (future wins over past), else the nearest cue. */
  at(start: number, end: number): Tense {
    const first = this.firstAtOrAfter(start);
    const near = this.nearestBefore(first);
    if (near) return near;
    // the expression's own words ("last", "ago") are not the clause's tense
    const own: Counts = [0, 0, 0];
    let clause = -1;
    let past = first;
    for (; past < this.tokens.length && this.tokens[past]!.start < end; past++) {
      const cue = this.cues[past];
      if (cue) own[INDEX[cue]]++;
      if (clause < 0) clause = this.clauseOf[past]!;
    }
    if (clause < 0) clause = first > 0 ? Math.max(0, this.clauseOf[first - 1]!) : 0;
    const c = this.clauseCounts[clause] ?? [0, 0, 0];
    const inClause = verdict([c[0] - own[0], c[1] - own[1], c[2] - own[2]]);
    return inClause ?? this.nearestInSentence(first, past, true) ?? this.nearestInSentence(first, past, false) ?? 'present';
  }
}

/** One-off lookup (tests, callers without an index). */
export function tenseAt(tokens: readonly Token[], start: number, end: number): Tense {
  return new TenseIndex(tokens).at(start, end);
}
