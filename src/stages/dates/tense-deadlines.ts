// Tense rules for a time something must be done by, is put off to, or a forecast reaches into: "gave
// the federation until Friday to obtain", "postponed the trial until Monday", "urged parents to check
// … before the spring break", "warned of rain through the weekend". ./tense.ts asks them first.

import type { Token } from '../../document.js';
import { DECREED, FORECAST_REACH_PREPOSITIONS, FORECAST_VERBS, IMPLICATIVE, POSTPONED, START_FROM, URGING } from '../../lexicon/time-tense.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { conditionalBefore } from './tense-conditions.js';
import { cueAt, isBreak, isInfinitive, pastPerfectBefore } from './tense-words.js';

/** "pushed back to", "brought forward to": the particle between a verb of moving a date and "to". */
const MOVED_TO = new Set(['back', 'forward']);

/** How many words of an object may stand between a verb of urging and its "to" ("urged all the parents to"). */
const URGED_OBJECT = 3;
/** How far back from a deadline's preposition the infinitive of an urging may stand. */
const URGED_REACH = 10;
/** Prepositions of a time something should be done by. */
const BY_WHEN = new Set(['by', 'before', 'until', 'till']);

/**
 * "He urged parents to check their children's records before the spring break", "asked residents to
 * save water until the autumn": the time an act urged should be done by is still to come when it was
 * urged (the lead's probe L7), however long the object. Only after "by", "before", "until": "asked
 * witnesses to describe the attack on Friday" dates the attack.
 */
export function urgedAhead(tokens: readonly Token[], first: number): boolean {
  if (!BY_WHEN.has(tokens[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2, seen = 0; k >= 2 && seen < URGED_REACH && !isBreak(tokens, k); k--, seen++) {
    if (cueAt(tokens, k)) return false;
    if (tokens[k]!.lower === 'to' && isInfinitive(tokens[k + 1], tokens[k + 2])) return urgedBefore(tokens, k);
  }
  return false;
}

/** A verb of urging and up to three words of its object before the "to" at token `to`; not told in the past perfect ("had urged them to finish by June"). */
function urgedBefore(tokens: readonly Token[], to: number): boolean {
  for (let j = to - 2; j >= 0 && to - j <= URGED_OBJECT + 1; j--) {
    if (isBreak(tokens, j)) return false;
    if (URGING.has(tokens[j]!.lower)) return !pastPerfectBefore(tokens, j);
  }
  return false;
}

/**
 * "gave the federation until Friday to obtain assurances", "has until Monday to respond", "by
 * Friday to decide": a time something must be done by looks ahead from the saying, whatever the
 * tense of the giving ("stayed until Friday" is past: no infinitive after it); so does the time
 * something was put off to ("postponed until Tuesday morning any action", "adjourned the trial until Monday",
 * "was postponed to February").
 */
export function deadline(tokens: readonly Token[], first: number, past: number): boolean {
  if (stillAway(tokens, past)) return true;
  const before = tokens[first - 1]?.lower;
  // "was postponed to February", "pushed back to March", "brought forward to Monday"
  if (before === 'to') return POSTPONED.has(tokens[first - 2]?.lower ?? '') || (MOVED_TO.has(tokens[first - 2]?.lower ?? '') && POSTPONED.has(tokens[first - 3]?.lower ?? ''));
  // "urged the council to delay the rise until after the summer": put off to a time after it (a probe of my own)
  if (before === 'after' && (tokens[first - 2]?.lower === 'until' || tokens[first - 2]?.lower === 'till')) return putOffBefore(tokens, first - 2);
  if (before !== 'until' && before !== 'till' && before !== 'by') return false;
  // "postponed until Tuesday morning any action", "adjourned the trial until Monday"
  if (before !== 'by' && putOffBefore(tokens, first - 1)) return true;
  if (tokens[past]?.lower === 'to' && isInfinitive(tokens[past + 1], tokens[past + 2])) return true;
  return before === 'by' && (infinitiveBefore(tokens, first - 1) || conditionalBefore(tokens, first - 1));
}

/** How far back from "until" the verb that put something off may stand, its object between. */
const PUT_OFF_REACH = 14;

/**
 * "postponed until Tuesday morning any action", "adjourned the trial until Monday", "A judge on Tuesday
 * postponed the sentencing of former mayor Daniel Ruiz until March 3" (a probe of my own; was last
 * March): the verb that put something off, however long its object, in the same clause with no other
 * verb between. Most walks find none: look for the verb before asking any word for its cue.
 */
function putOffBefore(tokens: readonly Token[], until: number): boolean {
  let k = until - 1;
  while (k >= 0 && until - k <= PUT_OFF_REACH && !isBreak(tokens, k) && !POSTPONED.has(tokens[k]!.lower)) k--;
  if (k < 0 || until - k > PUT_OFF_REACH || !POSTPONED.has(tokens[k]!.lower)) return false;
  for (let j = until - 1; j > k; j--) if (cueAt(tokens, j)) return false;
  return true;
}

/**
 * "with Election Day three weeks away", "the summit, now days away": a time still some time away is
 * to come, whatever the tense around (BLIND12 D3's variant: "The race has tightened since Labor Day").
 */
function stillAway(tokens: readonly Token[], past: number): boolean {
  for (let k = past; k < tokens.length && k - past < 4; k++) {
    const w = tokens[k]!.lower;
    if (w === 'away') return k > past && AWAY_UNITS.test(tokens[k - 1]!.lower);
    if (isBreak(tokens, k)) return false;
  }
  return false;
}
const AWAY_UNITS = /^(?:days?|weeks?|months?|years?|hours?|minutes?)$/;

/** How far back a forecast verb may stand before the stretch it reaches into (forecastReach below). */
const FORECAST_REACH = 10;

/**
 * "It warned of more heavy rain through the weekend", "forecast snow into Sunday": a stretch a
 * forecast or warning reaches into is still to come when it is told, whatever the verb's tense.
 */
export function forecastReach(tokens: readonly Token[], first: number): boolean {
  if (!FORECAST_REACH_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2, seen = 0; k >= 0 && seen < FORECAST_REACH && !isBreak(tokens, k); k--, seen++) {
    if (FORECAST_VERBS.has(tokens[k]!.lower)) return !pastPerfectBefore(tokens, k);
  }
  return false;
}

/** How far back an infinitive may stand before a deadline's "by" (infinitiveBefore below). */
const INFINITIVE_REACH = 8;

/**
 * "The judge ordered him to surrender his passport by Monday", "told residents to leave by
 * Sunday": the act of an infinitive in the deadline's clause is still to come when it was asked
 * for (BLIND10 fraud-verdict); not after an implicative verb ("managed to finish by Friday") or a
 * past perfect ("had hoped to sign by June").
 */
function infinitiveBefore(tokens: readonly Token[], by: number): boolean {
  for (let k = by - 1, seen = 0; k >= 1 && seen < INFINITIVE_REACH && !isBreak(tokens, k); k--, seen++) {
    if (tokens[k]!.lower !== 'to' || !isInfinitive(tokens[k + 1], tokens[k + 2])) continue;
    return !IMPLICATIVE.has(tokens[k - 1]!.lower) && !pastPerfectBefore(tokens, k - 1);
  }
  return false;
}

const POSSESSIVE = new Set(["'s", '’s']);

/** How far back from "starting", "from" the verb that put a measure in place may stand (startAhead below). */
const DECREE_REACH = 10;

/**
 * "He declared three days of national mourning, starting on Sunday", "announced a curfew beginning on
 * Monday", "ordered schools closed from Tuesday" (BLIND16 D2; were the week before): the time a measure put
 * in place starts from comes after it was put in place, so it looks ahead from the telling. Not when the
 * clause names the day of the telling ("On Monday he announced a curfew starting Tuesday": counted from
 * that Monday, as the tense has it), nor after a past perfect; the comma before "starting" is crossed. Only a
 * weekday (below).
 */
export function startAhead(tokens: readonly Token[], first: number): boolean {
  const open = tokens[first - 1]?.lower === 'on' ? first - 2 : first - 1;
  if (!START_FROM.has(tokens[open]?.lower ?? '')) return false;
  // a weekday: "from midnight" after "was imposed" is as likely last night's, and "a recall of cars built
  // from March 3" dates the building (a date's year would go ahead; a weekday moves at most a week)
  if (!WEEKDAYS.has(tokens[first]?.lower ?? '')) return false;
  // "announced results from Tuesday's vote": the day of a thing, not of a start
  if (POSSESSIVE.has(tokens[first + 1]?.lower ?? '')) return false;
  let k = tokens[open - 1]?.lower === ',' ? open - 2 : open - 1;
  for (; k >= 0 && open - k <= DECREE_REACH && !isBreak(tokens, k); k--) {
    // a day named between the verb and the start is the telling's too ("The curfew announced on Friday,
    // starting Sunday, was lifted": that Sunday, not the next)
    if (namesTellingDay(tokens, k)) return false;
    if (!DECREED.has(tokens[k]!.lower)) continue;
    if (pastPerfectBefore(tokens, k)) return false;
    // the clause's words before the verb: a day named there is the telling's
    for (let j = k - 1; j >= 0 && !isBreak(tokens, j); j--) if (namesTellingDay(tokens, j)) return false;
    return true;
  }
  return false;
}

/** A day of the telling named at `j`: a weekday, "yesterday", "last week" ("announced last week a ban starting Monday"), a date ("on Oct. 24"). */
function namesTellingDay(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.lower;
  if (WEEKDAYS.has(w) || w === 'yesterday') return true;
  if (w === 'week' || w === 'weekend') return tokens[j - 1]?.lower === 'last';
  if (!MONTHS.has(w) || !/^\p{Lu}/u.test(tokens[j]!.text)) return false;
  return tokens[tokens[j + 1]?.lower === '.' ? j + 2 : j + 1]?.kind === 'number';
}
