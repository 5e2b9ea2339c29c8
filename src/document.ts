// The document model every stage reads and fills in.
// All offsets are UTF-16 indices into `text` (the decoded input), end exclusive.

import type { Actor, Casualty, Claim, DateMention, Quote, Span, Warning } from './types.js';
import type { Analysis } from './stages/quotes/analyse.js';

export type ParagraphKind = 'title' | 'heading' | 'dateline' | 'body';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  /** `text` lower-cased once here, so no stage lower-cases the same word again */
  lower: string;
  kind: TokenKind;
}

export interface Sentence extends Span {
  /** 0-based index among all sentences (headings and title included) */
  index: number;
  paragraph: number;
  /** false for the title and section headings: they assert nothing */
  body: boolean;
  tokens: Token[];
}

export interface Doc {
  readonly text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  title: string | null;
  referenceDate: string | null;
  actors: Actor[];
  dates: DateMention[];
  casualties: Casualty[];
  quotes: Quote[];
  claims: Claim[];
  warnings: Warning[];
  /** the attribution analysis the quotes stage made, re-used by claims (never output) */
  attribution?: Analysis;
}

export function createDoc(text: string): Doc {
  return {
    text,
    paragraphs: [],
    sentences: [],
    title: null,
    referenceDate: null,
    actors: [],
    dates: [],
    casualties: [],
    quotes: [],
    claims: [],
    warnings: [],
  };
}

export function sliceOf(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** The sentence that contains offset `at`, by binary search; undefined between sentences. */
export function sentenceAt(doc: Doc, at: number): Sentence | undefined {
  return spanAt(doc.sentences, at);
}

/** The span of `list` (sorted, not overlapping) that contains offset `at`, by binary search. */
export function spanAt<T extends Span>(list: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Does `span` lie inside one of the spans of `list` (sorted, not overlapping)? */
export function insideSpan(list: readonly Span[], span: Span): boolean {
  const s = spanAt(list, span.start);
  return s !== undefined && span.end <= s.end;
}

/**
 * The first index of sorted numbers `values` holding a value >= `at` (length if none): the
 * hot-path form of firstIndex, with no closure per call.
 */
export function firstAtLeast(values: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * `list[i]`, or undefined past its end, read without reading past the end. Why: a read past the
 * end that V8 first meets in optimised code throws that code away (an "out of bounds"
 * deoptimisation) and compiles the function again, in every process and worker; the hot
 * functions that did so took a second compile of up to a second of background CPU each.
 */
export function itemAt<T>(list: readonly T[], i: number): T | undefined {
  return i < list.length ? list[i] : undefined;
}

/** Binary search: the first index in [0, n) where the monotone `ok` holds, n if none. */
export function firstIndex(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Items (sorted by start) whose span lies inside `span`. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  return items.filter((it) => it.start >= span.start && it.end <= span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
