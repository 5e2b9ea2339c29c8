// hedged: a claim whose content carries a modal or hedging word ("could",
// "appears unlikely", "reportedly"); the word list is src/lexicon/hedges.ts.

import { HEDGES } from '../../lexicon/hedges.js';

const WORD = /[\p{L}]+/gu;

export function isHedged(text: string): boolean {
  for (const m of text.matchAll(WORD)) if (HEDGES.has(m[0].toLowerCase())) return true;
  return false;
}
