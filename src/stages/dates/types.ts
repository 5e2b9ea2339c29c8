// What a date rule sees and what it returns.

import type { Sentence } from '../../document.js';
import type { DateType } from '../../types.js';
import type { Ymd } from './calendar.js';
import type { Tense } from './tense.js';

/** A temporal expression a rule found, before ids are given. */
export interface Found {
  start: number;
  end: number;
  type: DateType;
  value: string;
  mod: string | null;
  rule: string;
  /** needed the reference date (for the `no-reference-date` warning when there is none) */
  relative: boolean;
  /** resolved against earlier mentions once the whole document is tagged */
  anchor?: Anchor;
  /** for `day`, `week`, `month`, `years` anchors: how many of them after (before, if negative) the last one named; for `weekday-*`, the ISO weekday */
  shift?: number;
  /** index of the sentence it was found in */
  sentence?: number;
  /** the tense a clock time without its day is told in (it may take the story's day, ./anchors.ts) */
  told?: Tense;
}

/**
 * - `year-back`: "a year earlier" after a quarter was named means that quarter a year before
 * - `year-next`, `year-prev`, `year-same`: "the following year" counts from the last year named
 * - `years`: "two years earlier" is `shift` years from the last year named, when one was
 * - `year-of`: "released that June", "that summer": the month or season in the last year named
 * - `decade-of`: "by the end of the decade" told in the past or present after a year named: that year's decade
 * - `same-day`: a clock time without its day takes the day its sentence names ("at 10:35 a.m. (0735 GMT) Friday")
 * - `same-quarter`: "the 1988 quarter" is the quarter named last, in 1988
 * - `day`, `week`, `month`: "the next day", "the following month" count from the last date named before
 * - `weekday-prev`, `weekday-next`: "the previous Friday", "the following Monday": that weekday (`shift`) before or after the last day named
 * - `season-prev`, `season-next`: "the previous winter", "the following spring": that season before or after the last date named
 */
export type Anchor = 'year-back' | 'years' | 'year-next' | 'year-prev' | 'year-same' | 'year-of' | 'decade-of' | 'same-day' | 'same-quarter' | 'day' | 'week' | 'month' | 'weekday-prev' | 'weekday-next' | 'season-prev' | 'season-next';

/** A rule's answer: the value, and optionally a narrower span than the whole match. */
export interface Built {
  type: DateType;
  value: string;
  mod?: string | null;
  relative?: boolean;
  /** offsets inside the match, to drop context the pattern needed ("on", "'s") */
  from?: number;
  to?: number;
  anchor?: Anchor;
  shift?: number;
  told?: Tense;
}

export interface Env {
  /** the document's text as the patterns see it: its Latin-1 copy (../latin1.ts), same offsets */
  readonly text: string;
  readonly sentence: Sentence;
  readonly ref: Ymd | null;
  /** tense of the clause around a span of the document */
  tense(start: number, end: number): Tense;
}

export interface DateRule {
  id: string;
  /** global (g) regular expression run over each sentence; must not backtrack badly */
  pattern: RegExp;
  build(m: RegExpExecArray, env: Env, at: number): Built | null;
}
