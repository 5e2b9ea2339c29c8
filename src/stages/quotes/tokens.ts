// A sentence's tokens seen by the attribution rules: lower-cased text, and
// whether each sits inside quotation marks or is a mark itself.

import type { Sentence, Token } from '../../document.js';
import { firstIndex } from '../../document.js';
import { FINITE_VERBS, LY_NOUNS } from '../../lexicon/attribution-words.js';
import { pastVerbForm } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import type { Span, TextSpan } from '../../types.js';
import type { TokenRange } from './phrases.js';

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

/**
 * The marks of a document's sentences that touch no quote: every token unquoted.
 * One set per document, as long as its longest sentence, shared by those views
 * (most sentences have no quote; three arrays per sentence were a tenth of the stage).
 */
export interface Unquoted {
  quoted: readonly boolean[];
  mark: readonly MarkRole[];
  quoteOf: ReadonlyArray<QuotedSpan | null>;
  /**
   * The lower-cased words of the sentence in view, refilled for each one (the views of
   * a document are used one at a time): no array per sentence. Past the sentence's last
   * word it holds undefined for LOW_PAD places, as a fresh array would where the rules
   * look ahead ("said" + next word); a scan never passes an undefined word.
   */
  low: Array<string | undefined>;
}

const LOW_PAD = 4;

export function unquotedFor(sentences: readonly Sentence[]): Unquoted {
  let n = 0;
  for (const s of sentences) if (s.tokens.length > n) n = s.tokens.length;
  return {
    quoted: new Array<boolean>(n).fill(false), mark: new Array<MarkRole>(n).fill(null), quoteOf: new Array<QuotedSpan | null>(n).fill(null),
    low: new Array<string | undefined>(n + LOW_PAD).fill(undefined),
  };
}

export function viewOf(text: string, sentence: Sentence, spans: readonly QuotedSpan[], unquoted: Unquoted): View {
  const toks = sentence.tokens;
  const n = toks.length;
  const low = unquoted.low;
  for (let i = 0; i < n; i++) low[i] = toks[i]!.lower;
  for (let i = n; i < n + LOW_PAD; i++) low[i] = undefined;
  // tokens and spans are both in text order: walk the spans along instead of a search per token
  let k = n > 0 ? firstEndingAfter(spans, toks[0]!.start) : spans.length;
  if (k >= spans.length || spans[k]!.open >= sentence.end) {
    return { text, sentence, toks, low: low as string[], quoted: unquoted.quoted, mark: unquoted.mark, quoteOf: unquoted.quoteOf };
  }
  const quoted: boolean[] = new Array<boolean>(n);
  const mark: MarkRole[] = new Array<MarkRole>(n);
  const quoteOf: Array<QuotedSpan | null> = new Array<QuotedSpan | null>(n);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    while (k < spans.length && spans[k]!.closeEnd <= t.start) k++;
    const q = k < spans.length && spans[k]!.open <= t.start ? spans[k]! : null;
    quoteOf[i] = q;
    mark[i] = q && t.start < q.start ? 'open' : q && t.start >= q.end ? 'close' : null;
    quoted[i] = q !== null && t.start >= q.start && t.end <= q.end;
  }
  return { text, sentence, toks, low: low as string[], quoted, mark, quoteOf };
}

const UPPER_START = /^\p{Lu}/u;
/** Starts with a capital: ASCII by char code (most tokens), anything else by Unicode class. */
export function isCapitalized(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t);
}
export const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';
const ACRONYM = /^\p{Lu}{2,}$/u;
/** "WHO", "IPMA", "CSIS": two or more capitals and nothing else. */
export function isAcronym(text: string): boolean {
  return text.length > 1 && ACRONYM.test(text);
}
/** A past verb or participle at token k, outside quotes and lower-case: "closed", "sent" (not "the left", "a shot": see pastVerbForm). */
export function pastVerbAt(v: View, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.kind === 'word' && !v.quoted[k] && !isCapitalized(t.text) && pastVerbForm(v.low[k]!);
}
/** A finite verb or a past form at token k, outside quotes: "were", "has", "cautioned", "sent". */
export function verbFormAt(v: View, k: number): boolean {
  return (FINITE_VERBS.has(v.low[k] ?? '') && !v.quoted[k]) || pastVerbAt(v, k);
}
/** "recently", "openly"; not "family", "assembly" (see LY_NOUNS) */
export const isAdverbLy = (w: string): boolean => w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w);

/** The text span of tokens [r.from, r.to]. */
export function span(v: View, r: TokenRange): Span {
  return { start: v.toks[r.from]!.start, end: v.toks[r.to]!.end };
}

/** The cue span of tokens [from, to], with its text. */
export function cueSpan(v: View, from: number, to: number): TextSpan {
  const start = v.toks[from]!.start;
  const end = v.toks[to]!.end;
  return { start, end, text: v.text.slice(start, end) };
}
