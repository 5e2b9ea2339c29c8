// Tense rules that read a few words around a temporal expression for a schedule, a commitment or
// a fronted saying: "is set for Wednesday", "agreed to resume talks in January", "On Monday, the
// minister said…" (deadlines: ./tense-deadlines.ts). ./tense.ts asks them before it weighs the clause's cues.

import type { Token } from '../../document.js';
import { BE_PRESENT, COMMITTED, DETERMINERS, FUTURE_BEFORE_TO, ORIGINAL_PLAN, REPORTING, SCHEDULE_BASE, SCHEDULE_PRESENT, SCHEDULED, SCHEDULE_PREPOSITIONS } from '../../lexicon/time-tense.js';
import { cueAt, isBreak, isInfinitive, isUpdateLabel, pastPerfectBefore, type Tense } from './tense-words.js';

export const AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/** How far into the sentence a fronted time may stand, and how far after it its reporting verb. */
const FRONTED = 12;
/** Prepositions of a deadline: the time belongs to what is said ("By December, the company said, it will…"). */
const DEADLINE = new Set(['by', 'until', 'till', 'before', 'through', 'from', 'starting', 'beginning']);
/** Verbs that set a date for what they name ("set a conference for Jan. 15"), and how far back they may stand. */
const SET_VERBS = new Set(['set', 'scheduled', 'slated', 'fixed', 'rescheduled', 'booked', 'sets', 'schedules']);
const SET_FOR_REACH = 6;
/** How much further back a verb of commitment and its infinitive may stand (committedBefore below). */
const COMMITTED_REACH = 8;
/** How far back a scheduling verb with its object may stand (scheduledWithObject below). */
const SCHEDULED_REACH = 8;

/** "He and Palestinian leader Yasser Arafat meet": a capitalised word before the verb, "and" a few words before it. */
function jointSubject(tokens: readonly Token[], k: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[k - 1]!.text)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
    if (tokens[j]!.lower === 'and') return true;
    if (isBreak(tokens, j)) return false;
  }
  return false;
}

/**
 * "The plan closes the two branches on July 1", "The president visits the two countries in
 * March": a scheduling verb in the simple present with its object, further back than the near
 * words, looks ahead (BLIND7). The verb must have a subject before it (no determiner: "the
 * visits", "his visits" are nouns) and an object after it that opens on a determiner or a
 * number; any other cue between decides instead. "He and Arafat meet separately Monday": a base
 * form after two names joined by "and" is a plural present too.
 */
export function scheduledWithObject(tokens: readonly Token[], first: number): Tense | null {
  for (let k = first - 1, seen = 0; k >= 1 && seen < SCHEDULED_REACH && !isBreak(tokens, k); k--, seen++) {
    const w = tokens[k]!.lower;
    const present = SCHEDULE_PRESENT.has(w);
    if (present || SCHEDULE_BASE.has(w)) {
      const before = tokens[k - 1]!;
      if (before.kind !== 'word' || DETERMINERS.has(before.lower) || before.lower === 'to' || AUXILIARIES.has(before.lower)) return null;
      if (!present) return jointSubject(tokens, k) ? 'future' : null;
      const object = tokens[k + 1];
      return object && k + 1 < first && (DETERMINERS.has(object.lower) || object.kind === 'number') ? 'future' : null;
    }
    if (cueAt(tokens, k)) return null;
  }
  return null;
}

/**
 * "agreed to resume technical talks in January", "voted to hold a referendum in the spring":
 * past the near words, the clause's first cue back from token `i` decides only when it is a
 * verb of commitment right before "to" and an infinitive (the clause would read it as past),
 * or an update label ("[Update 12:02 a.m. ET Thursday]").
 */
export function committedBefore(tokens: readonly Token[], i: number): Tense | null {
  // most walks find neither: look for the two words before asking any word for its cue
  let k = i;
  let found: Tense | null = null;
  for (let seen = 0; k >= 1 && seen < COMMITTED_REACH && !isBreak(tokens, k); k--, seen++) {
    const w = tokens[k]!.lower;
    // "the company's plans to open a plant in March": a plan (a noun too) before its infinitive
    if (w === 'to' && (COMMITTED.has(tokens[k - 1]!.lower) || FUTURE_BEFORE_TO.has(tokens[k - 1]!.lower))) {
      if (isInfinitive(tokens[k + 1], tokens[k + 2])) found = 'future';
      break;
    }
    if ((w === 'update' || w === 'updated') && isUpdateLabel(tokens[k]!)) {
      found = 'present';
      break;
    }
  }
  if (!found) return null;
  // a cue between it and the time decides instead ("agreed to repay the loans it took out in January")
  for (let j = i; j > k; j--) if (cueAt(tokens, j)) return null;
  return found;
}

/**
 * "On Monday, the minister said the law would pass", "In an interview on Sept. 14, he said…",
 * "The minister on Monday said…": a time before any verb, whose first verb after is a reporting
 * one, dates the saying, not what was said. Not a deadline ("By December, the company said, …").
 */
export function fronted(tokens: readonly Token[], first: number, past: number): Tense | null {
  if (first > FRONTED || DEADLINE.has(tokens[first - 1]?.lower ?? '')) return null;
  const between = subjectVerb(tokens, first, past);
  if (between) return between;
  // most sentences have no reporting verb there: look for one before asking each word for its cue
  const end = Math.min(tokens.length, past + FRONTED);
  let reporting = past;
  while (reporting < end && !REPORTING.has(tokens[reporting]!.lower)) reporting++;
  if (reporting === end) return null;
  for (let i = 0; i < first; i++) if (cueAt(tokens, i)) return null;
  for (let i = past; i < reporting; i++) if (cueAt(tokens, i)) return null;
  return cueAt(tokens, reporting);
}

/**
 * "A federal judge on Friday temporarily blocked the deportation … hours before their flight was due
 * to leave": "on" and a time between the subject and its verb (an adverb may come between) take that
 * verb's tense, past or future, before any cue elsewhere in the clause (a probe of my own).
 */
function subjectVerb(tokens: readonly Token[], first: number, past: number): Tense | null {
  if (first < 2 || tokens[first - 1]!.lower !== 'on') return null;
  const k = tokens[past]?.lower.endsWith('ly') ? past + 1 : past;
  const verb = k < tokens.length ? cueAt(tokens, k) : null;
  if (verb !== 'past' && verb !== 'future') return null;
  for (let i = 0; i < first - 1; i++) if (isBreak(tokens, i) || cueAt(tokens, i)) return null;
  return verb;
}

/**
 * "is set for [Wednesday]", "are now planned for", "is adjourned until", "has been postponed to":
 * a present "be" (or "has been"), a scheduling participle (an adverb may come between), a preposition.
 */
export function scheduledBefore(tokens: readonly Token[], first: number): boolean {
  if (first < 3 || !SCHEDULE_PREPOSITIONS.has(tokens[first - 1]!.lower)) return false;
  let i = first - 2;
  // "pushed back to", "brought forward to"
  if (tokens[i]!.lower === 'back' || tokens[i]!.lower === 'forward') i--;
  if (i < 1 || !SCHEDULED.has(tokens[i]!.lower)) return false;
  i--;
  if (ORIGINAL_PLAN.has(tokens[i]!.lower)) return false;
  if (tokens[i]!.lower.endsWith('ly') || tokens[i]!.lower === 'now') i--;
  const be = tokens[i]?.lower ?? '';
  return BE_PRESENT.has(be) || (be === 'been' && (tokens[i - 1]?.lower === 'has' || tokens[i - 1]?.lower === 'have'));
}

/**
 * "The summit, originally scheduled for the spring, will now take place in December", "construction,
 * initially planned to begin in March": token `i` is a plan's participle after an adverb of the plan
 * as it first stood; the plan does not look ahead, the verbs of its clause place the time ("was
 * originally scheduled for the spring", said in October: this year's spring).
 */
export function originalPlan(tokens: readonly Token[], i: number): boolean {
  return i >= 1 && SCHEDULED.has(tokens[i]!.lower) && ORIGINAL_PLAN.has(tokens[i - 1]!.lower);
}

/**
 * "The judge set a pretrial conference for Jan. 15", "scheduled the vote for March 3": a verb that
 * puts something on the calendar, its object, then "for" and the time: the time is still to come
 * when it is set (BLIND4, BLIND5 and BLIND7 each had one resolved to the past). Not in the past
 * perfect ("had set the hearing for May 2"), which tells of a plan already past, nor a participle
 * right before "for" ("a game set for Wednesday night was canceled", said on Thursday).
 */
export function setFor(tokens: readonly Token[], first: number): boolean {
  if (first < 3 || tokens[first - 1]!.lower !== 'for') return false;
  // an object between the verb and "for": "a game set for Wednesday was cancelled" is a participle (past or not)
  for (let k = first - 3, seen = 0; k >= 0 && seen < SET_FOR_REACH && !isBreak(tokens, k); k--, seen++) {
    if (SET_VERBS.has(tokens[k]!.lower)) return !pastPerfectBefore(tokens, k);
  }
  return false;
}
