// Where a cue's content ends: the sentence end, a later frame's left edge, a spaced dash or a semicolon;
// trailing punctuation and dangling coordinators trimmed ("…are likely, but").

import { firstAtLeast } from '../../document.js';
import type { Span } from '../../types.js';
import { DETERMINERS, FINITE_VERBS, PREPOSITIONS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, WH_RELATIVES } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, pastVerbForm } from '../../lexicon/reporting-verbs.js';
import { isCapitalized, pastVerbAt, verbFormAt, type View } from './tokens.js';
import { DASHES } from '../../lexicon/punctuation.js';

const FINAL = new Set(['.', '!', '?', '…']);
const CLOSING_BRACKETS = new Set([')', ']']);
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
    const dangling = (t.kind === 'punct' && !v.mark[k] && !v.quoted[k] && !(t.text === '%' || (CLOSING_BRACKETS.has(t.text) && opensWithin(v, first, k)))) || ((TRAILING_WORDS.has(v.low[k]!) || WH_RELATIVES.has(v.low[k]!)) && !v.quoted[k]);
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

const OBJECT_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
// what a verb's own complement opens with: "downplayed the risk", "despised them", "attempted to", "explain how"
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'to', 'that', 'how', 'why', 'what', 'whether', 'short']);
const CLAUSE_SUBJECT_REACH = 4;
// "-ing" words that open a phrase of the noun before them, no clause: "the workers, including nurses"
const PREPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'according', 'regarding', 'concerning', 'following', 'excluding', 'involving', 'during', 'notwithstanding', 'pending', 'barring', 'totalling', 'totaling', 'ranging', 'amounting', 'bringing', 'starting', 'beginning', 'ending']);

/** A comma at token k and a lower-case "-ing" participle after it that opens a clause ("…, calling it cowardly", "…, killing 17"). */
function participleAfterComma(v: View, k: number): boolean {
  if (v.toks[k]!.text !== ',' || v.quoted[k]) return false;
  const t = v.toks[k + 1];
  const w = v.low[k + 1] ?? '';
  if (!t || t.kind !== 'word' || v.quoted[k + 1] || isCapitalized(t.text) || w.length <= 5 || !w.endsWith('ing') || PREPOSITION_PARTICIPLES.has(w)) return false;
  // (a verb with its complement after it, not a noun in a list: "interests include insurance, banking, tuna canning")
  const next = v.low[k + 2] ?? '';
  return DETERMINERS.has(next) || COMPLEMENT_OPENERS.has(next) || PREPOSITIONS.has(next) || v.toks[k + 2]?.kind === 'number';
}
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'all', 'both', 'others', 'one', 'two', 'three']);

/** Is token k a verb with its complement after it ("downplayed the risk", "or explain how"), not an adjective ("and related measures")? */
function predicateAt(v: View, k: number): boolean {
  const t = v.toks[k];
  if (!t || t.kind !== 'word' || v.quoted[k] || isCapitalized(t.text)) return false;
  const w = v.low[k]!;
  if (!pastVerbForm(w) && CUE_WORDS.get(w)?.form !== 'base') return false;
  const next = v.low[k + 1] ?? '';
  // ("unsubstantiated and fabricated by former employees": a passive participle, no predicate)
  return DETERMINERS.has(next) || COMPLEMENT_OPENERS.has(next) || (PREPOSITIONS.has(next) && next !== 'by' && v.toks[k + 2]?.kind === 'word');
}

/**
 * Does the coordinator at token k join what the object holds: participles ("who was born and raised in Cuba"), a clause
 * (a finite verb before it: "…quoted by the Herald: Munero had fled … and returned"), an infinitive ("to review the
 * policy and advise the city"), or words inside a relative clause?
 */
function joinsWithin(v: View, from: number, k: number): boolean {
  const before = v.low[k - 1] ?? '';
  if (before === 'born' || (before.length > 4 && before.endsWith('ed'))) return true;
  const base = CUE_WORDS.get(v.low[k + 1] ?? '')?.form === 'base';
  // (from the object's second word: its first may be a demonstrative "that")
  for (let j = from + 1; j < k; j++) {
    if (v.quoted[j]) continue;
    const w = v.low[j]!;
    if (FINITE_VERBS.has(w) || RELATIVE_PRONOUNS.has(w) || (base && w === 'to')) return true;
  }
  return false;
}

/**
 * A comma at token k, then a subject pronoun (not "it") and a finite or past verb with words after it: ", he called his
 * …", ", they have…" (not an aside "That, he said, is why…" nor a trailing ", she said.").
 */
function pronounClauseAt(v: View, k: number): boolean {
  if (v.toks[k]!.text !== ',' || v.quoted[k]) return false;
  const pronoun = v.low[k + 1] ?? '';
  if (!SPEAKER_PRONOUNS.has(pronoun) || pronoun === 'it' || v.quoted[k + 1] || v.toks[k + 3]?.kind !== 'word') return false;
  return verbFormAt(v, k + 2);
}

/**
 * The coordinator that ends an object's content, or -1: a coordinated predicate ("promoted the plan and downplayed the
 * risks", "refuses to release the records or explain how…"), a clause with a pronoun subject ("…, but he has also
 * intensified…") or, after a comma, a short subject and its verb ("disputed that account, and some posted videos…",
 * BLIND14 C6). Tokens [from, to) are looked at, quotations skipped.
 */
export function coordinatedClauseAt(v: View, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    // "condemned the attack, calling it cowardly": a participle clause after a comma is the subject's, no object
    if (participleAfterComma(v, k)) return k;
    // "unveiled the budget last year, he called his finance chief…": a pronoun and its verb after a comma open the
    // main clause after a clause of time
    if (pronounClauseAt(v, k)) return k + 1;
    if (v.quoted[k] || v.mark[k] || !OBJECT_COORDINATORS.has(v.low[k]!)) continue;
    const next = v.low[k + 1] ?? '';
    if (joinsWithin(v, from, k)) continue;
    if ((SPEAKER_PRONOUNS.has(next) && next !== 'it') || predicateAt(v, k + 1)) return k;
    if (v.toks[k - 1]!.text !== ',') continue;
    // (a subject opens with a determiner, a quantifier or a name: ", and some posted videos", ", and Trump defended it")
    const opens = DETERMINERS.has(next) || QUANTIFIERS.has(next) || isCapitalized(v.toks[k + 1]?.text ?? '');
    for (let j = k + 2; j < to && j - k <= CLAUSE_SUBJECT_REACH; j++) {
      if (v.quoted[j] || v.toks[j]!.kind !== 'word') break;
      if (FINITE_VERBS.has(v.low[j]!) || predicateAt(v, j) || (opens && pastVerbAt(v, j))) return k;
    }
  }
  return -1;
}
