// The tense around a temporal expression: the verb right before it, else cue words in its
// clause, else the nearest one in its sentence. "Pakistani security sources said Monday's session ran" → past;
// "the envoys will meet again on Monday" → future; no cue → present.
// A lookup reads the few words before the expression and scans its clause; a long clause, or
// a lookup that needs the nearest cue in the sentence, indexes the whole sentence once (cue
// counts per clause, nearest cue either side), so a long sentence with many dates stays linear.

import type { Token } from '../../document.js';
import { AHEAD_MODALS, IMPLICATIVE, REPORTING, SCHEDULE_BASE, SCHEDULE_PRESENT } from '../../lexicon/time-tense.js';
import { AUXILIARIES, committedBefore, fronted, originalPlan, scheduledBefore, scheduledWithObject, setFor } from './tense-schedule.js';
import { deadline, forecastReach, startAhead, urgedAhead } from './tense-deadlines.js';
import { futureInPastCondition } from './tense-conditions.js';
import { cueAt, infinitiveAt, isBreak, isFiniteBase, isUpdateLabel, pastPerfectBefore, type Tense } from './tense-words.js';
import { clausesOf, INDEX, nearestIndex, verdict, type Clauses, type Counts, type Nearest } from './tense-clauses.js';

export type { Tense };

const EARLIEST = new Set(['soon', 'early']);
const STARTING = new Set(['starting', 'beginning']);
const STARTING_PREPOSITIONS = new Set(['on', 'at', 'from', 'in']);
const PERFECT = new Set(['has', 'have', 'had']);
/** Verbs of staying or becoming before a participle of state: "stay closed", "remain shut", "get married". */
const COPULAS = new Set(['stay', 'stays', 'remain', 'remains', 'become', 'becomes', 'get', 'gets', 'keep', 'keeps']);

/** How far back a verb right before the expression decides alone: "said Monday", "to resume Monday". */
const NEAR = 4;
/** Participles of a forecast, after "than" or "as" ("less than forecast in July"): the forecast was made before. */
const COMPARED_FORECASTS = new Set(['forecast', 'forecasted', 'expected', 'predicted', 'projected', 'estimated', 'anticipated', 'planned', 'scheduled']);

/**
 * A clause longer than this is not scanned for each lookup: the whole sentence is indexed
 * once instead, so a long sentence with many dates stays linear.
 */
const CLAUSE_SCAN = 64;

/**
 * Tense lookups for one sentence's tokens. Most lookups end at the verb right before the
 * expression or in its own clause, so the sentence-wide index is built only when a lookup
 * needs it (a clause too long to scan, or no cue in the clause).
 */
export class TenseIndex {
  private clauses: Clauses | null = null;
  private nearest: Nearest | null = null;

  constructor(private readonly tokens: readonly Token[]) {}

  private index(): Clauses {
    return (this.clauses ??= clausesOf(this.tokens));
  }

  private nearestCues(): Nearest {
    if (this.nearest) return this.nearest;
    const { cues } = this.index();
    const tokens = this.tokens;
    const isCue = (i: number): boolean => cues[i] !== null;
    const isEvent = (i: number): boolean => cues[i] !== null && !REPORTING.has(tokens[i]!.lower);
    const [cueBefore, cueFrom] = nearestIndex(tokens.length, isCue);
    const [eventBefore, eventFrom] = nearestIndex(tokens.length, isEvent);
    return (this.nearest = { cueBefore, cueFrom, eventBefore, eventFrom });
  }

  /**
   * The cue nearest the tokens [first, past) outside them, in the whole sentence: "In January,
   * the company brought in a new chief, who will remain…" is past ("brought" is nearer than "will").
   * With `events`, reporting verbs do not count: "will leave at 4 a.m. Thursday, Castro said" is future.
   */
  private nearestInSentence(first: number, past: number, events: boolean): Tense | null {
    const nearest = this.nearestCues();
    const cues = this.index().cues;
    const before = (events ? nearest.eventBefore : nearest.cueBefore)[first]!;
    const after = (events ? nearest.eventFrom : nearest.cueFrom)[past]!;
    const hasBefore = before >= 0;
    // "President Obama, dedicating the museum on Saturday, said it would tell…": an event verb after
    // a reporting verb belongs to what was said, not to the time before the saying; not after a
    // parenthetical one ("By December, the company said, it will cut…")
    const saying = nearest.cueFrom[past]!;
    const hasAfter = after < this.tokens.length && !(events && saying < after && saying + 1 < this.tokens.length && !isBreak(this.tokens, saying + 1));
    if (!hasBefore && !hasAfter) return null;
    if (!hasAfter) return cues[before]!;
    if (!hasBefore) return cues[after]!;
    const d1 = first - before;
    const d2 = after - past + 1;
    if (d1 !== d2) return cues[d1 < d2 ? before : after]!;
    const a = cues[before]!;
    const b = cues[after]!;
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
    // "on patrol since March", "since Monday": the start of a stretch that reaches now
    if (first >= 1 && tokens[first - 1]!.lower === 'since') return 'past';
    // "As of Sunday morning, he remains hospitalized": the latest news, not a day to come, unless
    // the sentence looks ahead ("As of Jan. 1, smoking will be banned")
    if (first >= 2 && tokens[first - 1]!.lower === 'of' && tokens[first - 2]!.lower === 'as') {
      return this.index().counts.some((c) => c[0] > 0) ? 'future' : 'past';
    }
    if (first >= 3 && tokens[first - 1]!.lower === 'as' && tokens[first - 3]!.lower === 'as' && EARLIEST.has(tokens[first - 2]!.lower)) return earliestTense(tokens, first - 3);
    // "called for a week of protests starting Wednesday": the start of something announced, unless
    // the sentence tells it in the simple past ("the strike, starting Monday, paralysed the port")
    if (scheduledBefore(tokens, first) || setFor(tokens, first)) return 'future';
    const start = first >= 2 && STARTING_PREPOSITIONS.has(tokens[first - 1]!.lower) ? first - 2 : first - 1;
    if (start >= 0 && STARTING.has(tokens[start]!.lower) && !this.simplePast()) return 'future';
    let i = first - 1;
    for (let seen = 0; i >= 0 && seen < NEAR && !isBreak(tokens, i); i--, seen++) {
      const w = tokens[i]!.lower;
      if (w === 'would') return 'future';
      // "half a point less than forecast in July", "higher than expected in March": a forecast already made
      if (COMPARED_FORECASTS.has(w) && (tokens[i - 1]?.lower === 'than' || tokens[i - 1]?.lower === 'as')) return 'past';
      if (isUpdateLabel(tokens[i]!)) return 'present';
      // "the law takes effect on Jan. 1", "the court hears the case Monday": a scheduled event
      if (SCHEDULE_PRESENT.has(w)) return 'future';
      if (SCHEDULE_BASE.has(w) && isFiniteBase(tokens, i)) return 'future';
      // "set to resume Monday", "planned to leave on Thursday": an infinitive looks ahead
      // "declined to comment on Monday", "failed to appear Friday": the infinitive happens when its verb does
      // "had been due to expire Friday evening", "had planned to leave Monday": a plan told in the
      // past perfect was for a time already past
      // "originally scheduled for the spring", "initially planned to begin in March": the plan is no cue; the words around decide
      if (originalPlan(tokens, i) || (infinitiveAt(tokens, i) && originalPlan(tokens, i - 1))) continue;
      if (infinitiveAt(tokens, i)) return IMPLICATIVE.has(tokens[i - 1]?.lower ?? '') || pastPerfectBefore(tokens, i - 1) ? 'past' : 'future';
      const cue = cueAt(tokens, i);
      // "will be held in December": a participle after an auxiliary; the auxiliary decides
      // "will stay closed on Monday", "would remain shut until Friday": a participle after a verb of
      // staying or becoming is a state; the verb before it decides
      if (cue === 'past' && i > 0 && (AUXILIARIES.has(tokens[i - 1]!.lower) || COPULAS.has(tokens[i - 1]!.lower))) continue;
      if (cue === 'future' || cue === 'past') return cue;
    }
    return scheduledWithObject(tokens, first) ?? committedBefore(tokens, i) ?? (urgedAhead(tokens, first) ? 'future' : null);
  }


  /** Whether the sentence holds a past cue that is not a participle after "has", "have" or "had" ("have called"). */
  private simplePast(): boolean {
    const tokens = this.tokens;
    const { cues } = this.index();
    for (let i = 0; i < tokens.length; i++) {
      if (cues[i] === 'past' && !PERFECT.has(tokens[i - 1]?.lower ?? '') && !PERFECT.has(tokens[i - 2]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * Cue counts of the clause that holds token `at` (a token of no clause: none), or, for
   * `at` < 0, of the sentence's first clause; null when that clause is too long to scan here.
   */
  private scanClause(at: number): Counts | null {
    const tokens = this.tokens;
    const counts: Counts = [0, 0, 0];
    if (at >= 0 && isBreak(tokens, at)) return counts;
    let from = Math.max(at, 0);
    while (from > 0 && !isBreak(tokens, from - 1)) {
      from--;
      if (at - from > CLAUSE_SCAN) return null;
    }
    for (let i = from; i < tokens.length && !isBreak(tokens, i); i++) {
      if (i - from > 2 * CLAUSE_SCAN) return null;
      const cue = cueAt(tokens, i);
      if (cue) counts[INDEX[cue]]++;
    }
    return counts;
  }

  /** Tense around `[start, end)`: a verb right before it, else its clause (future wins over past), else the nearest cue. */
  at(start: number, end: number): Tense {
    const tokens = this.tokens;
    const first = this.firstAtOrAfter(start);
    if (deadline(tokens, first, this.firstAtOrAfter(end)) || forecastReach(tokens, first) || startAhead(tokens, first)) return 'future';
    const near = this.nearestBefore(first) ?? fronted(tokens, first, this.firstAtOrAfter(end));
    // "was ready to evacuate its nationals if the airport stayed closed over the weekend": a future in the past
    if (near) return near === 'past' && this.aheadOfSaying(first) ? 'future' : near;
    // the expression's own words ("last", "ago") are not the clause's tense
    const own: Counts = [0, 0, 0];
    // the clause is that of the expression's first word in a clause, else of the word before
    // it, else the sentence's first
    let inClause = -1;
    let past = first;
    for (; past < tokens.length && tokens[past]!.start < end; past++) {
      const cue = cueAt(tokens, past);
      if (cue) own[INDEX[cue]]++;
      if (inClause < 0 && !isBreak(tokens, past)) inClause = past;
    }
    if (inClause < 0) inClause = first > 0 && !isBreak(tokens, first - 1) ? first - 1 : -1;
    let c = this.clauses ? null : this.scanClause(inClause);
    if (!c) {
      const { clauseOf, counts } = this.index();
      c = counts[inClause < 0 ? 0 : clauseOf[inClause]!]!;
    }
    const verdictInClause = verdict([c[0] - own[0], c[1] - own[1], c[2] - own[2]]);
    // "if Democrats win the White House in November", "unless the plan is approved in March": a
    // condition told in the present is still to come (POLNEAR dev); "if he won in November" is past
    if ((verdictInClause === null || verdictInClause === 'present') && this.conditional(inClause < 0 ? first : inClause) >= 0) return 'future';
    if (verdictInClause === 'past' && this.aheadOfSaying(inClause < 0 ? first : inClause)) return 'future';
    return verdictInClause ?? this.nearestInSentence(first, past, true) ?? this.nearestInSentence(first, past, false) ?? 'present';
  }

  /** Whether token `i` stands in a condition told in the past whose main clause looks ahead (./tense-conditions.ts). */
  private aheadOfSaying(i: number): boolean {
    const opener = this.conditional(i);
    return opener >= 0 && futureInPastCondition(this.tokens, opener, i);
  }

  /** The "if" or "unless" the clause holding token `i` opens on (-1: none). */
  private conditional(i: number): number {
    const tokens = this.tokens;
    let k = i;
    for (let seen = 0; k > 0 && seen < CLAUSE_SCAN && !isBreak(tokens, k - 1); k--, seen++);
    if (tokens[k - 1]?.lower === 'if') return k - 1;
    return k > 0 && tokens[k]!.lower === 'unless' ? k : -1;
  }
}

/** How far back from "as early as" a verb of its clause may stand (earliestTense below). */
const EARLIEST_REACH = 8;

/**
 * "as soon as Tuesday", "could reopen as early as next week": the earliest time something may happen
 * is still to come, unless the clause's verb before it is told in the past ("had ignored complaints
 * from pharmacists as early as April", BLIND15 D5: was next April). `as` is the first "as".
 */
function earliestTense(tokens: readonly Token[], as: number): Tense {
  for (let i = as - 1, seen = 0; i >= 0 && seen < EARLIEST_REACH && !isBreak(tokens, i); i--, seen++) {
    const w = tokens[i]!.lower;
    // "could reopen", "to resume", "takes effect", "they arrive": still to come
    if (infinitiveAt(tokens, i) || AHEAD_MODALS.has(w) || SCHEDULE_PRESENT.has(w) || (SCHEDULE_BASE.has(w) && isFiniteBase(tokens, i))) return 'future';
    const cue = cueAt(tokens, i);
    // "could be reopened as early as Monday", "could cut rates": a participle after an auxiliary, a base form after a modal; they decide
    if (cue === 'past' && i > 0 && (AUXILIARIES.has(tokens[i - 1]!.lower) || AHEAD_MODALS.has(tokens[i - 1]!.lower))) continue;
    if (cue) return cue === 'past' ? 'past' : 'future';
  }
  return 'future';
}

/** One-off lookup (tests, callers without an index). */
export function tenseAt(tokens: readonly Token[], start: number, end: number): Tense {
  return new TenseIndex(tokens).at(start, end);
}
