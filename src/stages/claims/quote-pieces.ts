// claims/quote-pieces: which quotes make up a frame's content, and the pieces of an interrupted quote.

import type { Doc } from '../../document.js';
import type { ClaimKind, Quote, SourceRef, Span, TextSpan } from '../../types.js';
import type { Frame } from '../quotes/frames.js';

export interface Draft {
  span: Span;
  sentence: number;
  kind: ClaimKind;
  source: SourceRef | null;
  cue: TextSpan | null;
  rule: string;
}

/** The first quote ending after `at`, by binary search (no closure per frame). */
export function firstEndingAfter(list: readonly Quote[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The quote whose words make up (nearly) all of a content span: "“open war,”". */
export function quoteFilling(doc: Doc, c: Span): Span | null {
  const list = doc.quotes;
  for (let k = Math.max(0, firstEndingAfter(list, c.start) - 1); k < list.length; k++) {
    const q = list[k]!;
    if (q.start > c.end) break;
    const inside = Math.min(q.end, c.end) - Math.max(q.start, c.start);
    // not a quote far longer than the content: one turn inside a transcript quoted whole
    const notLonger = q.end - q.start <= 2 * (c.end - c.start) + 8;
    if (inside > 0 && inside >= (c.end - c.start) - 4 && notLonger) return q;
  }
  return null;
}

// what may stand between the quotes that make up a content: marks, stops, spaces
const BETWEEN_QUOTES = /^["'“”‘’«»„\s.,;:!?]*$/u;

/** Two or more quotes that together make up a content span (and nothing but marks between them), or null. */
export function quotesFilling(doc: Doc, c: Span): Quote[] | null {
  const list = doc.quotes;
  const inside: Quote[] = [];
  let at = c.start;
  for (let k = firstEndingAfter(list, c.start); k < list.length; k++) {
    const q = list[k]!;
    if (q.start >= c.end) break;
    if (q.start < c.start || q.end > c.end) return null;
    if (!BETWEEN_QUOTES.test(doc.text.slice(at, q.start))) return null;
    inside.push(q);
    at = q.end;
  }
  return inside.length >= 2 && BETWEEN_QUOTES.test(doc.text.slice(at, c.end)) ? inside : null;
}

// a bounded run of closing marks, stops and spaces
const CLOSING_TAIL = /^["'”’»)\]\s.!?,;]{0,8}$/u;

/**
 * "The curfew would stay in force, she said, “to protect citizens.”" (a frame of rule claims/clause-before-quote): the
 * clause before the attribution is a reported claim, the quotation after it a quote claim, both with the frame's source
 * and cue. Null when the quotation is not found inside the content.
 */
export function clauseBeforeQuote(doc: Doc, frame: Frame, source: SourceRef): Draft[] | null {
  const content = frame.content!;
  const k = firstEndingAfter(doc.quotes, frame.cue.end);
  const q = doc.quotes[k];
  if (!q || q.start < frame.cue.end || q.end > content.end || content.start >= frame.leftEdge) return null;
  const base = { sentence: frame.sentence, source, cue: frame.cue, rule: 'claims/clause-before-quote' };
  return [
    { ...base, kind: 'reported', span: { start: content.start, end: frame.leftEdge } },
    { ...base, kind: 'quote', span: { start: q.start, end: q.end } },
  ];
}

/**
 * "“Tonight the country chose change,” Quesada told supporters, “and I will govern for all.”":
 * one claim per quoted stretch, the attribution between them in neither.
 */
export function interruptedQuote(doc: Doc, frame: Frame, source: SourceRef): Draft[] | null {
  const content = frame.content!;
  let first: Quote | undefined;
  let second: Quote | undefined;
  for (let k = firstEndingAfter(doc.quotes, content.start); k < doc.quotes.length && !second; k++) {
    const q = doc.quotes[k]!;
    if (q.start >= content.end) break;
    if (q.start < content.start || q.end > content.end) continue;
    if (!first) first = q;
    else if (q.start > frame.cue.end) second = q;
  }
  const base = { sentence: frame.sentence, kind: 'quote' as const, source, cue: frame.cue, rule: 'claims/interrupted-quote' };
  if (!first || first.end > frame.cue.start) return null;
  // "“We can’t afford this,” Trump said, adding later, “NATO is costing us…”": the second quotation is the
  // participle's, which ends this content; the first is this frame's claim, the attribution after it no part of it
  if (!second) return [{ ...base, span: { start: first.start, end: first.end } }];
  return [
    { ...base, span: { start: first.start, end: first.end } },
    // the closing mark and full stop after the last quote are no words of it
    { ...base, span: { start: second.start, end: CLOSING_TAIL.test(doc.text.slice(second.end, content.end)) ? second.end : content.end } },
  ];
}
