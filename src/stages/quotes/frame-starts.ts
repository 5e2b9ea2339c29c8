// Which words may start an attribution frame: a cue verb or the first word of an "according to" phrase,
// found with one table read and (for words of a cue's shape) one map lookup per token.

import { CUE_WORDS, VIEW_AS_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { SOURCE_AFTER_PHRASES, STANCE_ADJECTIVES, type StanceTake } from '../../lexicon/cue-phrases.js';

/** What a word may start: a cue, an "according to" phrase (both for "quoted"), found with one lookup per token. */
export interface FrameStart {
  cue: CueWord | undefined;
  according: string[][];
  /** a stance adjective and what it takes ("afraid that…", "critical of…"): stance-frame.ts */
  stance?: readonly StanceTake[];
}
const FRAME_STARTS = new Map<string, FrameStart>();
for (const [word, cue] of CUE_WORDS) FRAME_STARTS.set(word, { cue, according: [] });
// ("see the plan as a threat": a cue only where a frame may start, not a cue word elsewhere)
for (const [word, cue] of VIEW_AS_WORDS) if (!FRAME_STARTS.has(word)) FRAME_STARTS.set(word, { cue, according: [] });
for (const p of SOURCE_AFTER_PHRASES) {
  const words = p.split(' ');
  const start = FRAME_STARTS.get(words[0]!) ?? { cue: undefined, according: [] };
  start.according.push(words);
  FRAME_STARTS.set(words[0]!, start);
}

for (const [word, takes] of STANCE_ADJECTIVES) {
  const start = FRAME_STARTS.get(word) ?? { cue: undefined, according: [] };
  start.stance = takes;
  FRAME_STARTS.set(word, start);
}

// A word starts a frame only if a cue or phrase shares its first two letters and its length:
// a table read that spares the map lookup for most words ("the", "of", "was", "people").
const SHAPE_LETTERS = 26;
const SHAPE_LENGTHS = 32;
function shapeIndex(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const b = w.length > 1 ? w.charCodeAt(1) - 97 : 0;
  if (a < 0 || a >= SHAPE_LETTERS || b < 0 || b >= SHAPE_LETTERS || w.length >= SHAPE_LENGTHS) return -1;
  return (a * SHAPE_LETTERS + b) * SHAPE_LENGTHS + w.length;
}
const START_SHAPES = new Uint8Array(SHAPE_LETTERS * SHAPE_LETTERS * SHAPE_LENGTHS);
for (const w of FRAME_STARTS.keys()) {
  const k = shapeIndex(w);
  if (k >= 0) START_SHAPES[k] = 1;
}
/** The frame starts of word w; words of other shapes (and only they) skip the lookup. */
export function frameStartOf(w: string): FrameStart | undefined {
  const k = shapeIndex(w);
  return k >= 0 && START_SHAPES[k] === 0 ? undefined : FRAME_STARTS.get(w);
}
