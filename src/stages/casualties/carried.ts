// A toll carried on from the sentence before: "On Sunday it reported 112 people sickened. By
// Tuesday the number had climbed to 287." "The number" names no harm; the reading just before
// gives its kind. Asked only of sentences with no cue of their own (index.ts).

import { TOLL_LINKS, TOLL_RISES } from '../../lexicon/casualties.js';
import type { CasualtyKind } from '../../types.js';
import type { Found } from './rules.js';
import { countAt, type View } from './view.js';

/** The nouns that carry a toll on: "the number", "the figure", "the tally". */
export const CARRIERS: readonly string[] = ['number', 'figure', 'tally'];

/** Adverbs between the noun and its verb: "the number had since climbed", "the figure later rose". */
const ADVERBS: ReadonlySet<string> = new Set(['since', 'later', 'already', 'subsequently']);

/** How many words may stand between the noun and its count: "the number had since climbed to 287". */
const REACH = 6;

/** "the number had climbed to 287", "the figure rose past 300": a toll of the kind given, or undefined. */
export function carriedToll(view: View, kind: CasualtyKind): Found | undefined {
  const { words } = view;
  for (let t = 1; t + 2 < words.length; t++) {
    if (words[t - 1] !== 'the' || !CARRIERS.includes(words[t]!)) continue;
    let risen = false;
    let k = t + 1;
    while (k < t + REACH && (TOLL_LINKS.has(words[k] ?? '') || ADVERBS.has(words[k] ?? '')) && !(risen && countAt(view, k))) {
      risen ||= TOLL_RISES.has(words[k]!);
      k++;
    }
    const q = risen ? countAt(view, k) : undefined;
    if (q && q.min !== null) return { start: t - 1, end: q.end, kind, quantity: q, one: undefined, victims: null, rule: 'casualty/toll', weak: false };
  }
  return undefined;
}
