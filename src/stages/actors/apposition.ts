// A description in apposition to a named person is that person's role, no actor of its own:
// "said Henrik Dahl, an analyst at Carnegie" and "An Israeli army spokesman, Lt. Col. Avi
// Ben-Harush, said" name one person each (the unnamed-source rule sees "an analyst", "An Israeli
// army spokesman" as speakers of their own).

import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

/** The word of `words` that starts (or ends) at `at`, or -1; sentences are short, a scan will do. */
function wordAt(words: readonly Word[], at: number, end: boolean): number {
  for (let k = 0; k < words.length; k++) if ((end ? words[k]!.end : words[k]!.start) === at) return k;
  return -1;
}

/** A person among cands[from..] with the given start or end (-1: any). */
function personAt(cands: readonly Candidate[], from: number, start: number, end: number): Candidate | null {
  for (let k = from; k < cands.length; k++) {
    const p = cands[k]!;
    if (p.type === 'person' && (start < 0 || p.start === start) && (end < 0 || p.end === end)) return p;
  }
  return null;
}

/** "an analyst", "the spokesman": one person described (not "officials", "the analysts"). */
function singleDescription(words: readonly Word[], i: number, j: number): boolean {
  const first = words[i]!.lower;
  if (first === 'a' || first === 'an') return true;
  return first === 'the' && !words[j]!.lower.endsWith('s');
}

/** The person the unnamed candidate `c` stands in apposition to, or null. */
function appositionOf(words: readonly Word[], cands: readonly Candidate[], from: number, c: Candidate): Candidate | null {
  const i = wordAt(words, c.start, false);
  const j = wordAt(words, c.end, true);
  if (i < 0 || j < i || !singleDescription(words, i, j)) return null;
  // "Henrik Dahl, an analyst …" ("… traced back to Farook, an official said": the speaker)
  if (i >= 2 && words[i - 1]!.text === ',' && !REPORTING_CUES.has(words[j + 1]?.lower ?? '')) {
    const p = personAt(cands, from, -1, words[i - 2]!.end);
    if (p) return p;
  }
  // "An Israeli army spokesman, Lt. Col. Avi Ben-Harush, said": the name closed by a comma
  if (words[j + 1]?.text !== ',') return null;
  for (let k = j + 2; k < Math.min(words.length, j + 7); k++) {
    const p = personAt(cands, from, words[k]!.start, -1);
    if (!p) continue;
    const after = wordAt(words, p.end, true);
    return after >= 0 && words[after + 1]?.text === ',' ? p : null;
  }
  return null;
}

/**
 * Drops from cands[from..] (one sentence's candidates) each unnamed candidate in apposition to a
 * person there; its text joins the person's roles when no role holds it yet.
 */
export function foldAppositions(words: readonly Word[], cands: Candidate[], from: number): void {
  let folded: Candidate[] | null = null;
  for (let k = from; k < cands.length; k++) {
    const c = cands[k]!;
    const p = c.type === 'unnamed' ? appositionOf(words, cands, from, c) : null;
    if (!p) continue;
    (folded ??= []).push(c);
    const role = c.text.replace(/^(?:an?|the)\s+/i, '');
    if (!p.roles.some((r) => r.includes(role))) p.roles.push(role);
  }
  if (!folded) return;
  // a shorter source inside the description goes with it ("A police" in "A police spokesman")
  const inside = (c: Candidate) => c.type === 'unnamed' && folded.some((f) => c.start >= f.start && c.end <= f.end);
  let n = from;
  for (let k = from; k < cands.length; k++) if (!inside(cands[k]!)) cands[n++] = cands[k]!;
  cands.length = n;
}
