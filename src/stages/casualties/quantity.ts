// parseQuantity: a count phrase read from lowercase word tokens.
// "more than two dozen" → min 25; "dozens" → min 24, approximate; "between 10 and 15" → 10..15.
// compromise reads "forty eight" as "40 8" and "two dozen" as 2, so this is our own.

import {
  BOUNDS, type BoundKind, CARDINALS, cardinalValue, GROUP_NOUNS, MAGNITUDES, TENS, VAGUE_AMOUNTS, VAGUE_PLURALS,
} from '../../lexicon/numbers.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';

export interface Quantity {
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** token index of the first word of the phrase (bound included) */
  start: number;
  /** token index after the last word of the count (a trailing "of" excluded) */
  end: number;
  /** token index after a trailing "of" ("dozens of"), else equal to `end` */
  after: number;
  /** true when the text gave no exact figure ("dozens", "several") */
  vague: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d{1,9})$/;
const DECIMAL = /^\d{1,6}\.\d{1,3}$/;
const DIGIT_RANGE = /^(\d{1,6})-(\d{1,6})$/;

/** Phrases indexed by their first word, longest first, split once: every token is tried. */
function byFirstWord<T>(entries: Iterable<readonly [string, T]>): Map<string, Array<{ parts: string[]; value: T }>> {
  const index = new Map<string, Array<{ parts: string[]; value: T }>>();
  for (const [phrase, value] of entries) {
    const parts = phrase.split(' ');
    const list = index.get(parts[0]!) ?? [];
    list.push({ parts, value });
    list.sort((a, b) => b.parts.length - a.parts.length);
    index.set(parts[0]!, list);
  }
  return index;
}

const BOUND_INDEX = byFirstWord(BOUNDS);
const VAGUE_INDEX = byFirstWord(VAGUE_AMOUNTS);

function matchPhrase<T>(index: Map<string, Array<{ parts: string[]; value: T }>>, words: readonly string[], i: number): { value: T; end: number } | undefined {
  const list = index.get(words[i] ?? '');
  if (!list) return undefined;
  for (const { parts, value } of list) {
    let k = 0;
    while (k < parts.length && words[i + k] === parts[k]) k++;
    if (k === parts.length) return { value, end: i + k };
  }
  return undefined;
}

/** Index after the bound phrase starting at i, with its kind; undefined when none. */
function matchBound(words: readonly string[], i: number): { kind: BoundKind; end: number } | undefined {
  const m = matchPhrase(BOUND_INDEX, words, i);
  return m && { kind: m.value, end: m.end };
}

interface Point {
  value: number;
  end: number;
}

/** A cardinal written in words: "forty eight", "two hundred and fifty", "a thousand". */
function wordNumber(words: readonly string[], i: number): Point | undefined {
  let total = 0;
  let current = 0;
  let end = i;
  let lastTens = false;
  let lastUnit = false;
  let j = i;
  if ((words[j] === 'a' || words[j] === 'an' || words[j] === 'one') && MAGNITUDES.has(words[j + 1] ?? '')) {
    current = 1;
    j++;
  }
  for (; j < words.length && j < i + 12; j++) {
    const w = words[j]!;
    // words are lowercase already: the map first, compounds ("forty-eight") only with a hyphen
    const v = CARDINALS.get(w) ?? (w.includes('-') ? cardinalValue(w) : undefined);
    if (v !== undefined) {
      // "forty eight" joins; "five six" does not
      if (lastUnit && !(lastTens && v < 10 && v > 0)) break;
      current += v;
      lastTens = TENS.has(w);
      lastUnit = true;
      end = j + 1;
      continue;
    }
    const mag = MAGNITUDES.get(w);
    if (mag !== undefined && (lastUnit || current > 0)) {
      if (mag === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mag;
        current = 0;
      }
      lastUnit = false;
      lastTens = false;
      end = j + 1;
      continue;
    }
    // "two hundred and fifty": "and" only after a magnitude, before a cardinal
    if (w === 'and' && j > i && !lastUnit && end === j && cardinalValue(words[j + 1] ?? '') !== undefined) continue;
    break;
  }
  return end > i ? { value: total + current, end } : undefined;
}

/** One number: digits ("2,500", "2.5 million") or words. */
function point(words: readonly string[], i: number): Point | undefined {
  const w = words[i];
  if (w === undefined) return undefined;
  if (DIGITS.test(w) || DECIMAL.test(w)) {
    const base = Number(w.replace(/,/g, ''));
    const mag = MAGNITUDES.get(words[i + 1] ?? '');
    if (mag !== undefined) return { value: Math.round(base * mag), end: i + 2 };
    return DECIMAL.test(w) ? undefined : { value: base, end: i + 1 };
  }
  return wordNumber(words, i);
}

/** "two dozen" → 24, "a dozen" → 12: a point followed by a group noun. */
function grouped(words: readonly string[], i: number): Point | undefined {
  const w = words[i];
  const article = (w === 'a' || w === 'an') && !MAGNITUDES.has(words[i + 1] ?? '');
  const lead = article ? { value: 1, end: i + 1 } : point(words, i);
  if (!lead) return undefined;
  const group = GROUP_NOUNS.get(words[lead.end] ?? '');
  if (group !== undefined) return { value: lead.value * group, end: lead.end + 1 };
  return article ? undefined : lead;
}

function ofAfter(words: readonly string[], end: number): number {
  return words[end] === 'of' ? end + 1 : end;
}

/** Vague amounts: "dozens", "tens of thousands", "several", "a handful of". */
function vague(words: readonly string[], i: number): Omit<Quantity, 'start' | 'approximate' | 'max'> | undefined {
  const w = words[i] ?? '';
  const plural = VAGUE_PLURALS.get(w);
  if (plural !== undefined) {
    // "tens of thousands", "hundreds of thousands"
    const next = VAGUE_PLURALS.get(words[i + 2] ?? '');
    if (words[i + 1] === 'of' && next !== undefined && next > plural) {
      const min = (plural / 2) * next;
      return { min, end: i + 3, after: ofAfter(words, i + 3), vague: true };
    }
    if (w === 'tens') return undefined;
    return { min: plural, end: i + 1, after: ofAfter(words, i + 1), vague: true };
  }
  const m = matchPhrase(VAGUE_INDEX, words, i);
  if (!m) return undefined;
  // "several dozen", "a few hundred", "several thousand": so many of the unit
  const unit = words[m.end - 1] === 'of' ? undefined : (GROUP_NOUNS.get(words[m.end] ?? '') ?? MAGNITUDES.get(words[m.end] ?? ''));
  if (unit !== undefined) return { min: m.value * unit, end: m.end + 1, after: ofAfter(words, m.end + 1), vague: true };
  const trimmed = words[m.end - 1] === 'of' ? m.end - 1 : m.end;
  return { min: m.value, end: trimmed, after: m.end, vague: true };
}

/** "10 to 15", "10-15", "two or three", "between 10 and 15" after a first point. */
function rangeEnd(words: readonly string[], first: Point): Point | undefined {
  const link = words[first.end];
  if (link === 'to' || link === 'or' || link === '-' || link === '–') {
    const second = grouped(words, first.end + 1);
    if (second && second.value > first.value) return second;
  }
  return undefined;
}

/**
 * Every word a count phrase can start with: "no", "between", the first words of
 * bounds and vague amounts, articles ("a dozen"), cardinals. Digits and
 * hyphenated tens ("forty-eight") are tested in mayStart. Every token of a
 * sentence is tried as a count, and most ("the", "police") start none.
 */
const STARTS: ReadonlySet<string> = new Set([
  'no', 'nobody', 'none', 'neither', 'between', 'a', 'an', 'one', 'family',
  ...BOUND_INDEX.keys(), ...VAGUE_INDEX.keys(), ...VAGUE_PLURALS.keys(), ...CARDINALS.keys(),
]);

function mayStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (STARTS.has(w)) return true;
  const dash = w.indexOf('-');
  return dash > 0 && TENS.has(w.slice(0, dash));
}

/** Reads a count phrase starting exactly at token i; undefined when there is none. */
export function parseQuantity(words: readonly string[], i: number): Quantity | undefined {
  const w = words[i];
  if (w === undefined || !mayStart(w)) return undefined;
  // "how many people were killed": a question, no count
  if (words[i - 1] === 'how') return undefined;
  if (w === 'no' && (words[i + 1] === 'one')) return exact(0, i, i + 2);
  // "no fewer than 30", "no more than 5" are bounds, not zero
  // "Neither of the drivers", "neither driver": nobody of them
  if (w === 'nobody' || w === 'none' || w === 'neither' || (w === 'no' && !matchBound(words, i))) return exact(0, i, i + 1);
  if (w === 'between') {
    const a = grouped(words, i + 1);
    if (a && words[a.end] === 'and') {
      const b = grouped(words, a.end + 1);
      if (b && b.value > a.value) return { min: a.value, max: b.value, approximate: false, start: i, end: b.end, after: ofAfter(words, b.end), vague: false };
    }
    return undefined;
  }
  // "a family of five": its members; a headline's "Fire kills family of five" drops the article
  // (not "the family of three victims": the victims' kin)
  if ((w === 'a' && words[i + 1] === 'family' && words[i + 2] === 'of') || (w === 'family' && words[i + 1] === 'of' && words[i - 1] !== 'a')) {
    const at = w === 'a' ? i + 3 : i + 2;
    const n = point(words, at);
    if (n && n.value > 1 && (w === 'a' || !VICTIM_NOUNS.has(words[n.end] ?? ''))) return exact(n.value, i, n.end);
  }
  const bound = matchBound(words, i);
  const at = bound ? bound.end : i;
  const dashed = DIGIT_RANGE.exec(words[at] ?? '');
  if (dashed && !bound) {
    const lo = Number(dashed[1]);
    const hi = Number(dashed[2]);
    if (hi > lo) return { min: lo, max: hi, approximate: false, start: i, end: at + 1, after: ofAfter(words, at + 1), vague: false };
  }
  const fuzzy = vague(words, at);
  if (fuzzy) {
    if (bound && bound.kind !== 'above' && bound.kind !== 'atLeast') return undefined;
    return { min: fuzzy.min, max: null, approximate: true, start: i, end: fuzzy.end, after: fuzzy.after, vague: true };
  }
  const first = grouped(words, at);
  if (!first) return undefined;
  const second = bound ? undefined : rangeEnd(words, first);
  if (second) return { min: first.value, max: second.value, approximate: false, start: i, end: second.end, after: ofAfter(words, second.end), vague: false };
  const q = withOf(exact(first.value, i, first.end), words);
  // "two dozen people" is meant loosely only when a bound says so: "about two dozen"
  if (bound) applyBound(q, bound.kind, first.value);
  return q;
}

function exact(n: number, start: number, end: number): Quantity {
  return { min: n, max: n, approximate: false, start, end, after: end, vague: false };
}

/** "four of the wounded": the victims start after the "of". */
function withOf(q: Quantity, words: readonly string[]): Quantity {
  q.after = ofAfter(words, q.end);
  return q;
}

/**
 * Bounds, as an analyst reads them:
 * "more than 24" → min 25; "at least 600" → min 600; "up to 50" → max 50;
 * "fewer than 10" → max 9; "nearly 50" → max 50, approximate (just under, not a floor);
 * "about 50" → 50..50, approximate (a point estimate).
 */
function applyBound(q: Quantity, kind: BoundKind, n: number): void {
  switch (kind) {
    case 'above': q.min = n + 1; q.max = null; break;
    case 'atLeast': q.min = n; q.max = null; break;
    case 'atMost': q.min = null; q.max = n; break;
    case 'below': q.min = null; q.max = Math.max(0, n - 1); break;
    case 'nearly': q.min = null; q.max = n; q.approximate = true; break;
    case 'about': q.approximate = true; break;
  }
}
