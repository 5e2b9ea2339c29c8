// A calendar name used as a modifier: "the October slaying", "the Tuesday deadline",
// "Wednesday's ruling". The verbs around such a phrase tell when it was reported or what will
// follow from it, not when its event happened: "would look for ways to get around Wednesday's
// ruling" speaks of a ruling already made.

import { onCopy } from '../latin1.js';
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
