// hedged: a claim whose content carries a modal or hedging word ("could",
// "appears unlikely", "reportedly"); the word list is src/lexicon/hedges.ts.

import { HEDGES } from '../../lexicon/hedges.js';

const LETTER = /^\p{L}$/u;

/** Is the code unit at i a letter? ASCII by code, others by Unicode class (astral letters span two units). */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? ch.length : 0;
}

/** Any run of letters (a word) that is a hedge, in one pass without a regex per word. */
export function isHedged(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const w = letterWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    for (let k = w; k > 0; k = letterWidth(text, i)) i += k;
    if (HEDGES.has(text.slice(start, i).toLowerCase())) return true;
  }
  return false;
}
