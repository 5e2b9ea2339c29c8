// A spokesman named by the office he speaks for is an unnamed source: "The prime minister's spokesman said …",
// "The United Nations Secretary-General's spokesman said …" (BLIND11 A7: the office, capitalised, was made an
// organisation and the source; the spokesman no actor). The office holder inside, a title with no name after it,
// is a person, not an organisation.

import { SPOKES_NOUNS } from '../../lexicon/unnamed-sources.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import type { Candidate } from './candidates.js';
import { accordingTo, speaks } from './unnamed-phrase.js';
import type { Word } from './words.js';

// the words of the office between "the" and its possessive: "United Nations Secretary-General", "prime minister"
const OFFICE_WORDS = 5;

/** "the <office>'s spokesman" that speaks (or after "according to"), as an unnamed candidate. */
export function titleSpokesmen(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let i = 2; i < words.length; i++) {
    const w = words[i]!;
    if (!SPOKES_NOUNS.has(w.lower) || w.text !== w.lower) continue;
    const owner = words[i - 1]!;
    if (!owner.possessive || owner.kind !== 'word' || !isTitle(owner.lower)) continue;
    let k = i - 2;
    while (k >= 0 && i - 1 - k <= OFFICE_WORDS && words[k]!.kind === 'word' && !words[k]!.possessive && words[k]!.lower !== 'the') k--;
    const the = words[k];
    if (!the || the.lower !== 'the') continue;
    // ("the United Nations Secretary-General('s spokesman Stephane Dujarric)": a title, not the body it belongs to)
    for (const c of cands) {
      if (c.start >= the.start && c.end <= owner.end && c.type === 'organization' && isTitle(c.tokens[c.tokens.length - 1]!.toLowerCase())) {
        c.type = 'person';
        c.rule = 'actors/title-holder';
      }
    }
    if (!speaks(words, i) && !accordingTo(words, k + 1)) continue;
    const phrase = text.slice(the.start, w.end);
    const tokens: string[] = [];
    for (let j = k; j <= i; j++) tokens.push(words[j]!.text);
    cands.push({
      start: the.start, end: w.end, text: phrase, sentence, key: 'unnamed:' + phrase.toLowerCase(), type: 'unnamed', strength: 4,
      rule: 'actors/title-spokesman', roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens,
      lowerFirst: the.lower, lookup: phrase.toLowerCase(),
    });
  }
}

/** "minister", "Secretary-General" (its last part), "president". */
function isTitle(lower: string): boolean {
  const dash = lower.lastIndexOf('-');
  return TITLE_HEADS.has(lower) || (dash > 0 && TITLE_HEADS.has(lower.slice(dash + 1)));
}
