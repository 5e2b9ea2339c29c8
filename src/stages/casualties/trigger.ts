// A cheap test run on every sentence before the rules: does it hold any word a
// rule starts from? Most sentences of an article ("Talks resumed in Doha on
// Saturday.") hold none, and building their view costs more than the scan.

import type { Token } from '../../document.js';
import { DEATH_CUES, HARM_NOUNS, HARM_VERBS } from '../../lexicon/casualties.js';

/**
 * Every rule needs one of these words in the sentence: a harm verb (verb
 * groups), a harm noun (noun rules), "toll" (toll rules), "suffered"/"sustained"
 * (wound groups), "condition" ("in critical condition"), "life" ("took his own
 * life"). Subset rules ("12 of them children") only read a sentence where
 * another rule found a toll.
 */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...HARM_VERBS.keys(), ...HARM_NOUNS.keys(), 'toll', 'suffered', 'sustained', 'condition', 'life',
]);

/** Some rule may fire in the sentence. */
export const TRIGGER = 1;
/** The sentence tells of a death ("fatal shooting", "homicide"): see settle.ts. */
export const DEATH = 2;

/** Each trigger word and death cue with what it is (TRIGGER, DEATH or both): one lookup per word. */
const CUES: ReadonlyMap<string, number> = new Map(
  [...new Set([...TRIGGERS, ...DEATH_CUES])].map((w) => [w, (TRIGGERS.has(w) ? TRIGGER : 0) | (DEATH_CUES.has(w) ? DEATH : 0)]),
);

const LENGTHS: readonly number[] = [...CUES.keys()].map((w) => w.length);
const SHORTEST = Math.min(...LENGTHS);
const LONGEST = Math.max(...LENGTHS);

/**
 * Reads the words of a sentence (their lower-cased text from segment) for triggers
 * and death cues: a map lookup per word, no regex and no lower-casing. Returns the
 * flags TRIGGER and DEATH it found (a number, not an object: every sentence is read).
 */
export function scanSentence(tokens: readonly Token[]): number {
  let cues = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // numbers and punctuation are never cues; the length test spares most map lookups
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (w.length < SHORTEST || w.length > LONGEST) continue;
    cues |= CUES.get(w) ?? 0;
    if (cues === (TRIGGER | DEATH)) break;
  }
  return cues;
}
