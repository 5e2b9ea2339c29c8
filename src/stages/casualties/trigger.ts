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

const LENGTHS: readonly number[] = [...TRIGGERS, ...DEATH_CUES].map((w) => w.length);
const SHORTEST = Math.min(...LENGTHS);
const LONGEST = Math.max(...LENGTHS);

/**
 * The same words (and the death cues) as one case-insensitive alternation, longest
 * first, without word boundaries: it may match inside a longer word ("skilled"),
 * never miss a trigger word. Literals only, so it cannot backtrack badly.
 */
const STEMS_SOURCE = [...new Set([...TRIGGERS, ...DEATH_CUES])]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * A test "may the span [start, end) of text hold a trigger or death word?",
 * for spans asked in increasing order. One regex search over the text serves all
 * the spans before its next hit, so text without harm words is read once at
 * regex speed instead of word by word.
 */
export function stemFinder(text: string): (start: number, end: number) => boolean {
  // per document: a global regex carries its position
  const re = new RegExp(STEMS_SOURCE, 'gi');
  let next = -1;
  return (start, end) => {
    if (next < start) {
      re.lastIndex = start;
      const m = re.exec(text);
      next = m ? m.index : text.length;
    }
    return next < end;
  };
}

export interface Scan {
  /** some rule may fire in the sentence */
  trigger: boolean;
  /** the sentence tells of a death ("fatal shooting", "homicide"): see settle.ts */
  death: boolean;
}

/** Reads the lowercase words of a sentence (kind from its tokens) for triggers and death cues. */
export function scanSentence(tokens: readonly Token[], words: readonly string[]): Scan {
  let trigger = false;
  let death = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // numbers and punctuation are never triggers; the length test spares most set lookups
    if (w.length < SHORTEST || w.length > LONGEST || tokens[i]!.kind !== 'word') continue;
    trigger ||= TRIGGERS.has(w);
    death ||= DEATH_CUES.has(w);
    if (trigger && death) break;
  }
  return { trigger, death };
}
