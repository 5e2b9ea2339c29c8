// An unnamed person who opens a sentence and speaks is an unnamed source: "A woman who lost her
// husband and son in the landslide told AP that …", "A farmer said …", "One neighbour, who asked not
// to be named, said …". Only as the subject of the cue: "A man who said he saw the crash was arrested"
// (the cue is the relative clause's own verb) and "The two men, who were arrested …, are accused"
// (no speech, and definite) make none.

import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { ONE_PERSON_NOUNS, REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
// what a relative clause may open with before its verb: "who was injured", "who had lived", "who also saw"
const RELATIVE_LEADS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'has', 'had', 'have', 'also', 'still', 'later', 'then', 'not', 'never', 'been']);
// finite verbs of the main clause that show the person does something else: "… was arrested", "… had been robbed"
const STOPS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'did']);
const MODIFIERS = 3;
const REACH = 16;
// cues a person's speech opens with (not "according", nor the noun "report")
const NOT_CUES: ReadonlySet<string> = new Set(['according', 'report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'fear', 'fears', 'call', 'called']);

/** The unnamed person who opens the sentence and speaks, as an unnamed candidate: "A woman" (the relative clause is no part of it). */
export function personSubject(words: readonly Word[], text: string, sentence: number, cands: Candidate[]): void {
  const open = words[0]?.lower === 'but' || words[0]?.lower === 'and' ? 1 : 0;
  if (!OPENERS.has(words[open]?.lower ?? '')) return;
  let k = open + 1;
  while (k < words.length && k - open <= MODIFIERS && !isPerson(words[k]!) && modifier(words[k]!)) k++;
  const head = words[k];
  if (!head || !isPerson(head)) return;
  if (!speaks(words, k + 1)) return;
  const start = words[open]!.start;
  const phrase = text.slice(start, head.end);
  const tokens: string[] = [];
  for (let j = open; j <= k; j++) tokens.push(words[j]!.text);
  cands.push({
    // (one person each time: two "A woman" of a story are two women)
    start, end: head.end, text: phrase, sentence, key: 'unnamed:' + phrase.toLowerCase() + '@' + start, type: 'unnamed', strength: 4,
    rule: 'actors/person-subject', roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens,
    lowerFirst: words[open]!.lower, lookup: phrase.toLowerCase(),
  });
}

function isPerson(w: Word): boolean {
  return w.kind === 'word' && !w.possessive && w.text === w.lower && (PEOPLE_NOUNS.has(w.lower) || ONE_PERSON_NOUNS.has(w.lower));
}

/** "elderly", "34-year-old", "local": a lower-case word or a number before the noun. */
function modifier(w: Word): boolean {
  return !w.possessive && (w.kind === 'number' || (w.kind === 'word' && w.text === w.lower && w.lower !== 'who' && w.lower !== 'of'));
}

function isCue(w: Word): boolean {
  return w.text === w.lower && REPORTING_CUES.has(w.lower) && !NOT_CUES.has(w.lower);
}

/** Is the cue the main verb: right after the noun, or after a relative clause that has a verb of its own first? */
function speaks(words: readonly Word[], from: number): boolean {
  let k = from;
  if (words[k]?.text === ',') k++;
  if (words[k] && isCue(words[k]!)) return true;
  if (words[k]?.lower !== 'who') return false;
  k++;
  while (k < words.length && RELATIVE_LEADS.has(words[k]!.lower)) k++;
  // the relative clause's own verb ("who said he saw …": its "said" is not the person's speech here)
  k++;
  for (const end = Math.min(words.length, k + REACH); k < end; k++) {
    const w = words[k]!;
    if (isCue(w)) return words[k - 1]?.lower !== 'to' && words[k - 1]?.lower !== 'and';
    if (STOPS.has(w.lower) || w.text === '.' || w.text === ';' || w.text === ':') return false;
  }
  return false;
}
