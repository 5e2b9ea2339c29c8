// hedged: a claim whose content carries a modal or hedging word ("could",
// "appears unlikely", "reportedly"); the word list is src/lexicon/hedges.ts.

import { HEDGES } from '../../lexicon/hedges.js';

const LETTER = /^\p{L}$/u;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Width of the letter at i (0 if none) in text cut at `end`: ASCII by code, others by
 * Unicode class (astral letters span two units; one cut in half is no letter).
 */
function letterWidth(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  const ch = i + 1 < end ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!;
  return LETTER.test(ch) ? ch.length : 0;
}

/** An ASCII word's shape: its first two letters (lower-cased) and its length, as one number. */
function shapeOf(c1: number, c2: number, length: number): number {
  return ((c1 | 32) * 128 + (c2 | 32)) * 32 + length;
}

// The shapes of the hedges ("co" + 5 for "could"): a word of any other shape is no hedge,
// found without slicing and lower-casing it ("the", "said", "people" are most words).
const MAX_HEDGE = 31;
const HEDGE_SHAPES: ReadonlySet<number> = new Set(
  [...HEDGES].filter((h) => h.length >= 2 && h.length <= MAX_HEDGE).map((h) => shapeOf(h.charCodeAt(0), h.charCodeAt(1), h.length)),
);

/**
 * Any run of letters (a word) in text[from, to) that is a hedge, in one pass without a
 * regex per word. Bounds instead of a slice: the claim's words are read from the
 * document's own string, which is faster to index than a slice of it.
 */
export function isHedged(text: string, from = 0, to = text.length): boolean {
  let i = from;
  while (i < to) {
    const start = i;
    // an ASCII word: scanned inline, looked up only when its shape is a hedge's
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i > start && (i >= to || text.charCodeAt(i) < 128)) {
      const length = i - start;
      const shaped = length >= 2 && length <= MAX_HEDGE && HEDGE_SHAPES.has(shapeOf(text.charCodeAt(start), text.charCodeAt(start + 1), length));
      if (shaped && HEDGES.has(text.slice(start, i).toLowerCase())) return true;
      continue;
    }
    // a word with other letters is looked up whole: lower-casing may make it ASCII (the Kelvin sign "K")
    for (let w = letterWidth(text, i, to); w > 0; w = letterWidth(text, i, to)) i += w;
    if (i > start) {
      if (HEDGES.has(text.slice(start, i).toLowerCase())) return true;
    } else {
      i++;
    }
  }
  return false;
}
