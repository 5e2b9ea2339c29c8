// Written records after "according to" that the golds make unnamed sources, in shapes the qualified record
// (actors/unnamed-document: "according to court records") does not reach (BLIND11 A15):
// - a record a body's common noun owns, with a qualifier: "according to the company's third-quarter report"
//   ("according to its report", "the company's report": the issuer speaks, named elsewhere; no actor here);
// - a bare record with its publisher: "according to figures published by the agency in January";
// - two records joined by "and": "according to internal documents and emails reviewed by the newspaper" (was
//   cut to "internal documents").

import { RECORD_NOUNS } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

const QUALIFIERS = 3;
// participles that name a record's publisher or reader after them: "figures published by", "emails reviewed by"
const PUBLISHED: ReadonlySet<string> = new Set([
  'published', 'released', 'compiled', 'provided', 'issued', 'obtained', 'reviewed', 'seen', 'filed', 'gathered', 'collected',
]);
// the publisher after "by": "the agency", "the health ministry" (lower-case words only: a name is an actor of its own)
const PUBLISHER_WORDS = 3;
const NOT_PUBLISHER: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'of', 'since', 'during', 'after', 'before', 'and', 'or', 'that', 'which', 'last', 'this', 'earlier',
]);

/** Unnamed candidates for the records after each "according to" of the sentence (or a longer form of one made already). */
export function accordingDocuments(words: readonly Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i]!.lower !== 'to' || words[i - 1]!.lower !== 'according') continue;
    const from = i + 1;
    const owned = ownedRecord(words, from);
    if (owned > 0) {
      push(cands, words, text, sentence, from, owned);
      continue;
    }
    if (!RECORD_NOUNS.has(words[from]!.lower) || !isLower(words[from]!)) {
      joinedRecords(words, text, sentence, from, cands);
      continue;
    }
    const end = publisherEnd(words, from + 1);
    if (end > 0) push(cands, words, text, sentence, from, end);
  }
}

/** "the company's third-quarter report": "the", a lower-case noun's possessive, 1–3 qualifiers and a record; its last word, or -1. */
function ownedRecord(words: readonly Word[], from: number): number {
  const owner = words[from + 1];
  if (words[from]!.lower !== 'the' || !owner || !owner.possessive || !isLower(owner)) return -1;
  for (let k = from + 2; k < words.length && k - from - 2 <= QUALIFIERS; k++) {
    const x = words[k]!;
    if (x.kind !== 'word' || x.possessive || !isLower(x)) return -1;
    if (RECORD_NOUNS.has(x.lower)) return k > from + 2 && !RECORD_NOUNS.has(words[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** "figures published by the agency": the publisher's last word, or -1 (not a name: "published by Reuters"). */
function publisherEnd(words: readonly Word[], at: number): number {
  if (!PUBLISHED.has(words[at]?.lower ?? '') || words[at + 1]?.lower !== 'by' || words[at + 2]?.lower !== 'the') return -1;
  let end = -1;
  for (let k = at + 3; k < words.length && k - at - 3 < PUBLISHER_WORDS; k++) {
    const x = words[k]!;
    if (x.kind !== 'word' || x.inDate || !isLower(x) || x.possessive || NOT_PUBLISHER.has(x.lower)) break;
    end = k;
  }
  return end;
}

/**
 * "internal documents and emails": the record made for the words before "and" (actors/unnamed-document) is
 * replaced by the whole, when a record (with up to one qualifier) follows "and".
 */
function joinedRecords(words: readonly Word[], text: string, sentence: number, from: number, cands: Candidate[]): void {
  const made = cands.findIndex((c) => c.rule === 'actors/unnamed-document' && c.start === words[from]!.start);
  if (made < 0) return;
  let k = from;
  while (k < words.length && words[k]!.end < cands[made]!.end) k++;
  if (words[k + 1]?.lower !== 'and') return;
  for (let j = k + 2; j <= k + 3 && j < words.length; j++) {
    const x = words[j]!;
    if (x.kind !== 'word' || !isLower(x) || x.possessive) return;
    if (RECORD_NOUNS.has(x.lower)) {
      cands.splice(made, 1);
      push(cands, words, text, sentence, from, j);
      return;
    }
  }
}

function isLower(w: Word): boolean {
  return w.kind === 'word' && w.text === w.lower;
}

function push(cands: Candidate[], words: readonly Word[], text: string, sentence: number, from: number, to: number): void {
  const start = words[from]!.start;
  const phrase = text.slice(start, words[to]!.end);
  const tokens: string[] = [];
  for (let j = from; j <= to; j++) tokens.push(words[j]!.text);
  cands.push({
    start, end: words[to]!.end, text: phrase, sentence, key: 'unnamed:' + phrase.toLowerCase(), type: 'unnamed', strength: 4,
    rule: 'actors/unnamed-document', roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens,
    lowerFirst: words[from]!.lower, lookup: phrase.toLowerCase(),
  });
}
