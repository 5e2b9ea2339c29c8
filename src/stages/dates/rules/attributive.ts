// A calendar name used as a modifier: "the October slaying", "the Tuesday deadline",
// "Wednesday's ruling". The verbs around such a phrase tell when it was reported or what will
// follow from it, not when its event happened: "would look for ways to get around Wednesday's
// ruling" speaks of a ruling already made.

import { onCopy } from '../latin1.js';
import { cueAt, isBreak } from '../tense-words.js';
import type { Env } from '../types.js';

const THE_BEFORE = onCopy(/(?:^|[^\p{L}])the\s{1,4}$/iu);
const NOUN_AFTER = onCopy(/^\s{1,4}\p{Ll}/u);
const POSSESSIVE_AFTER = onCopy(/^['’]s(?![\p{L}])/u);

/** "the October slaying", "the late-November trip": "the", the name, then a lower-case word. */
export function isAttributive(env: Env, start: number, end: number): boolean {
  const floor = env.sentence.start;
  if (start - floor < 4) return false;
  if (!THE_BEFORE.test(env.text.slice(Math.max(floor, start - 6), start))) return false;
  return NOUN_AFTER.test(env.text.slice(end, Math.min(env.sentence.end, end + 3)));
}

/** "Wednesday's ruling", "Friday's close". */
export function isPossessive(env: Env, end: number): boolean {
  return POSSESSIVE_AFTER.test(env.text.slice(end, Math.min(env.sentence.end, end + 3)));
}

/** How far back in its clause the "had" of a past perfect may stand before the name. */
const PERFECT_REACH = 12;
const BETWEEN_HAD_AND_PARTICIPLE = new Set(['not', 'never', 'already', 'been', 'yet', 'still', 'also']);

/**
 * "The commission said it had received no formal complaints by the Saturday deadline", told on a
 * Monday (the lead's probe L14): a modifier told in the past perfect of its clause names a time
 * already past, the last such weekday (month), not the one of the reference week; "had until the
 * Friday deadline" has no participle and stays.
 */
export function pastPerfectClause(env: Env, at: number): boolean {
  const tokens = env.sentence.tokens;
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < at) i++;
  for (let k = i - 1, seen = 0; k >= 0 && seen < PERFECT_REACH && !isBreak(tokens, k); k--, seen++) {
    if (tokens[k]!.lower !== 'had') continue;
    let j = k + 1;
    while (j < i && (BETWEEN_HAD_AND_PARTICIPLE.has(tokens[j]!.lower) || tokens[j]!.lower.endsWith('ly'))) j++;
    return j < i && cueAt(tokens, j) === 'past';
  }
  return false;
}
