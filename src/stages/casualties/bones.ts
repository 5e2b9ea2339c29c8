// A bone broken: "A second rider crashed on the same bend moments later and broke his collarbone",
// "she fractured her skull in the fall". The owner ("his", "her") is the one person hurt; the
// verb's subject may lie far back, past a first verb, so it is not looked for.

import { BODY_PARTS, BREAK_VERBS } from '../../lexicon/casualties.js';
import type { Found } from './rules.js';
import type { View } from './view.js';

/** One person's own: "broke his collarbone" (not "their": how many is not said). */
const ONE_OWNER: ReadonlySet<string> = new Set(['his', 'her']);
/** At most this many words between the owner and the part: "broke his left leg", "broke her lower back". */
const BETWEEN = 2;

/** "broke his collarbone", "fractured her left wrist": wounded, one person. */
export function boneRules(view: View, out: Found[]): void {
  const { words, tokens } = view;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!BREAK_VERBS.has(words[i]!) || !ONE_OWNER.has(words[i + 1]!)) continue;
    for (let k = i + 2; k <= i + 2 + BETWEEN && k < words.length && tokens[k]!.kind === 'word'; k++) {
      if (!BODY_PARTS.has(words[k]!)) continue;
      const one = { start: i + 1, end: i + 2 };
      out.push({ start: i, end: k + 1, kind: 'wounded', quantity: undefined, one, victims: null, rule: 'casualty/broken-bone', weak: false });
      break;
    }
  }
}
