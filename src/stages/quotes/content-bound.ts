// Where a cue's content ends: the sentence end, a later frame's left edge, a spaced dash or a semicolon;
// trailing punctuation and dangling coordinators trimmed ("…are likely, but").

import { firstAtLeast } from '../../document.js';
import type { Span } from '../../types.js';
import type { View } from './tokens.js';

const FINAL = new Set(['.', '!', '?', '…']);
export const DASHES = new Set(['—', '–', '―']);
const CLOSING_BRACKETS = new Set([')', ']']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const TRAILING_WORDS = new Set(['but', 'and', 'or', 'while', 'whereas', 'as', 'yet', 'so', 'though', 'although']);

/** Is token k past the sentence, or its final stop? */
export function isEnd(v: View, k: number): boolean {
  return k >= v.toks.length || (k === v.toks.length - 1 && FINAL.has(v.toks[k]!.text));
}

/** The spaced dash that closes an aside opened by the dash at token k, before `end` and outside quotes; -1 if none. */
function closingDash(v: View, k: number, end: number): number {
  for (let j = k + 1; j < v.toks.length && v.toks[j]!.start < end; j++) {
    const t = v.toks[j]!;
    if (t.text === ';') return -1;
    if (DASHES.has(t.text) && !v.quoted[j] && /\s/.test(v.text[t.start - 1] ?? '')) return j < v.toks.length - 2 ? j : -1;
  }
  return -1;
}

/** Index of the first token whose start (or, with `byEnd`, end) lies after offset `at`. */
export function firstTokenAfter(v: View, at: number, byEnd: boolean): number {
  const toks = v.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if ((byEnd ? t.end : t.start) > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The content from `start` to the end of its clause: the sentence end, a later
 * frame's left edge ("“open war,” which observers say…" ends at "observers"; a relative clause
 * with no frame of its own stays in, as PolNeAR marks it: "called Trump a “liar” who is…"),
 * a spaced dash that opens no closed aside ("key demand — that Kabul act…"),
 * or a semicolon outside quotes. Trailing punctuation and
 * coordinators ("…are likely, but") are trimmed; closing marks stay.
 */
export function boundContent(v: View, start: number, leftEdges: readonly number[]): Span {
  let end = v.sentence.end;
  // leftEdges are sorted: the first one after `start` bounds the content
  const next = leftEdges[firstAtLeast(leftEdges, start + 1)];
  if (next !== undefined && next < end) end = next;
  const first = firstTokenAfter(v, start, false);
  // "chanted “What curfew?” and kept going": a quoted sentence the content opens with ends at a coordinator
  const quoteFirst = first > 0 && v.mark[first - 1] === 'open' && v.toks[first - 1]!.start === start;
  for (let k = first; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.start >= end) break;
    if (v.quoted[k] || v.mark[k]) continue;
    if (quoteFirst && v.mark[k - 1] === 'close' && FINAL.has(v.low[k - 2] ?? '') && TRAILING_WORDS.has(v.low[k]!)) {
      end = v.toks[k - 1]!.end;
      break;
    }
    if (t.text === ';' || (DASHES.has(t.text) && /\s/.test(v.text[t.start - 1] ?? ''))) {
      // "Ruiz said the plant — the town's largest employer — would close": an aside between two dashes stays in
      const closing = DASHES.has(t.text) ? closingDash(v, k, end) : -1;
      if (closing > 0) {
        k = closing;
        continue;
      }
      end = t.start;
      break;
    }
  }
  // trim back over punctuation (not closing marks) and dangling coordinators
  let k = firstTokenAfter(v, end, true) - 1;
  while (k >= 0 && v.toks[k]!.start >= start) {
    const t = v.toks[k]!;
    // "…was late, which drivers say…": a relative pronoun left before a later frame dangles too
    // ("said inflation was 3%.", "rose (to 40).": a percent sign, or a bracket closed inside the content, ends its words)
    const dangling = (t.kind === 'punct' && !v.mark[k] && !v.quoted[k] && !(t.text === '%' || (CLOSING_BRACKETS.has(t.text) && opensWithin(v, first, k)))) || ((TRAILING_WORDS.has(v.low[k]!) || RELATIVES.has(v.low[k]!)) && !v.quoted[k]);
    if (!dangling) break;
    k--;
  }
  const last = k >= 0 ? v.toks[k]! : null;
  return { start, end: last && last.end > start ? last.end : end };
}

/** Is a bracket opened among tokens [from, to) (so that the one closing at `to` belongs to the content)? */
function opensWithin(v: View, from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) if (v.toks[j]!.text === '(' || v.toks[j]!.text === '[') return true;
  return false;
}
