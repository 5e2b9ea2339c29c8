// A sentence's tokens seen by the attribution rules: lower-cased text, and
// whether each sits inside quotation marks or is a mark itself.

import type { Sentence, Token } from '../../document.js';
import { firstIndex } from '../../document.js';
import type { QuotedSpan } from './marks.js';

export type MarkRole = 'open' | 'close' | null;

export interface View {
  text: string;
  sentence: Sentence;
  toks: readonly Token[];
  low: readonly string[];
  /** inside the words of a quote (marks excluded) */
  quoted: readonly boolean[];
  mark: readonly MarkRole[];
  /** the quote each token is inside or marks */
  quoteOf: ReadonlyArray<QuotedSpan | null>;
}

/** The quoted span containing offset `at` (marks included), by binary search over sorted spans. */
export function quoteAt(spans: readonly QuotedSpan[], at: number): QuotedSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (at < q.open) hi = mid - 1;
    else if (at >= q.closeEnd) lo = mid + 1;
    else return q;
  }
  return null;
}

/** Index of the first span whose closing mark ends after `at`. */
function firstEndingAfter(spans: readonly QuotedSpan[], at: number): number {
  return firstIndex(spans.length, (i) => spans[i]!.closeEnd > at);
}

export function viewOf(text: string, sentence: Sentence, spans: readonly QuotedSpan[]): View {
  const toks = sentence.tokens;
  const low: string[] = [];
  const quoted: boolean[] = [];
  const mark: MarkRole[] = [];
  const quoteOf: Array<QuotedSpan | null> = [];
  // tokens and spans are both in text order: walk the spans along instead of a search per token
  let k = toks.length > 0 ? firstEndingAfter(spans, toks[0]!.start) : 0;
  for (const t of toks) {
    while (k < spans.length && spans[k]!.closeEnd <= t.start) k++;
    const q = k < spans.length && spans[k]!.open <= t.start ? spans[k]! : null;
    low.push(t.text.toLowerCase());
    quoteOf.push(q);
    if (q && t.start < q.start) mark.push('open');
    else if (q && t.start >= q.end) mark.push('close');
    else mark.push(null);
    quoted.push(q !== null && t.start >= q.start && t.end <= q.end);
  }
  return { text, sentence, toks, low, quoted, mark, quoteOf };
}

const UPPER_START = /^\p{Lu}/u;
/** Starts with a capital: ASCII by char code (most tokens), anything else by Unicode class. */
export function isCapitalized(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t);
}
export const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';
export const isAdverbLy = (w: string): boolean => w.length > 4 && w.endsWith('ly');
