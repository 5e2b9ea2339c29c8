// A description in apposition to a named person is that person's role, no actor of its own:
// "said Henrik Dahl, an analyst at Carnegie" and "An Israeli army spokesman, Lt. Col. Avi
// Ben-Harush, said" name one person each (the unnamed-source rule sees "an analyst", "An Israeli
// army spokesman" as speakers of their own).

import { firstIndex, insideSpan } from '../../document.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

/** Where the sentence's words and people start and end: built once per sentence, read in O(1). */
interface Index {
  wordByStart: Map<number, number>;
  wordByEnd: Map<number, number>;
  personByStart: Map<number, Candidate>;
  personByEnd: Map<number, Candidate>;
}

function indexOf(words: readonly Word[], cands: readonly Candidate[], from: number): Index {
  const ix: Index = { wordByStart: new Map(), wordByEnd: new Map(), personByStart: new Map(), personByEnd: new Map() };
  for (let k = 0; k < words.length; k++) {
    ix.wordByStart.set(words[k]!.start, k);
    ix.wordByEnd.set(words[k]!.end, k);
  }
  for (let k = from; k < cands.length; k++) {
    const p = cands[k]!;
    if (p.type !== 'person') continue;
    if (!ix.personByStart.has(p.start)) ix.personByStart.set(p.start, p);
    if (!ix.personByEnd.has(p.end)) ix.personByEnd.set(p.end, p);
  }
  return ix;
}

/** Prepositions of a name's place of work or home: "Anna Berglund of the Karolinska Institute,". */
const NAME_PLACES: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/** "an analyst", "the spokesman": one person described (not "officials", "the analysts"). */
function singleDescription(words: readonly Word[], i: number, j: number): boolean {
  // ("Another outside researcher": the source's words start after the article)
  if (i > 0 && words[i - 1]!.lower === 'another') return true;
  const first = words[i]!.lower;
  // ("One worker, 26-year-old sewing operator Rokeya Khatun, said")
  if (first === 'a' || first === 'an' || first === 'one' || first === 'another') return true;
  return first === 'the' && !words[j]!.lower.endsWith('s');
}

/** The person the unnamed candidate `c` stands in apposition to, or null. */
function appositionOf(words: readonly Word[], ix: Index, c: Candidate): Candidate | null {
  const i = ix.wordByStart.get(c.start) ?? -1;
  const j = ix.wordByEnd.get(c.end) ?? -1;
  if (i < 0 || j < i || !singleDescription(words, i, j)) return null;
  // "Henrik Dahl, an analyst …" ("… traced back to Farook, an official said": the speaker)
  if (i >= 2 && words[i - 1]!.text === ',' && !REPORTING_CUES.has(words[j + 1]?.lower ?? '')) {
    const p = ix.personByEnd.get(words[i - 2]!.end);
    if (p) return p;
  }
  // "An Israeli army spokesman, Lt. Col. Avi Ben-Harush, said": the name closed by a comma
  if (words[j + 1]?.text !== ',') return null;
  for (let k = j + 2; k < Math.min(words.length, j + 7); k++) {
    const p = ix.personByStart.get(words[k]!.start);
    if (!p) continue;
    const after = ix.wordByEnd.get(p.end) ?? -1;
    if (after < 0) return null;
    if (words[after + 1]?.text === ',') return p;
    // "Another outside researcher, Anna Berglund of the Karolinska Institute, said": the name's own
    // place of work before the closing comma
    if (!NAME_PLACES.has(words[after + 1]?.lower ?? '')) return null;
    for (let m = after + 2; m < Math.min(words.length, after + 8); m++) {
      if (words[m]!.text === ',') return p;
      if (words[m]!.kind !== 'word' || REPORTING_CUES.has(words[m]!.lower)) return null;
    }
    return null;
  }
  return null;
}

/**
 * Drops from cands[from..] (one sentence's candidates) each unnamed candidate in apposition to a
 * person there; its text joins the person's roles when no role holds it yet.
 */
export function foldAppositions(words: readonly Word[], cands: Candidate[], from: number): void {
  // most sentences with a source have no description after a name or before one: look first
  let any = false;
  for (let k = from; k < cands.length && !any; k++) {
    const c = cands[k]!;
    if (c.type !== 'unnamed') continue;
    const l = c.lowerFirst;
    any = l === 'a' || l === 'an' || l === 'the' || l === 'one' || l === 'another';
  }
  if (!any) return;
  const ix = indexOf(words, cands, from);
  let folded: Candidate[] | null = null;
  for (let k = from; k < cands.length; k++) {
    const c = cands[k]!;
    const p = c.type === 'unnamed' ? appositionOf(words, ix, c) : null;
    if (!p) continue;
    (folded ??= []).push(c);
    const role = c.text.replace(/^(?:an?|the|one|another)\s+/i, '');
    if (!p.roles.some((r) => r.includes(role))) p.roles.push(role);
    // "One worker, sewing operator Rokeya Khatun, said": the description stays a mention of the person
    // (a claim whose source is its text finds her); kept below, as no name of hers
    if (c.lowerFirst === 'one') Object.assign(c, { type: p.type, key: p.key, primary: false, roles: [], rule: 'actors/apposition-description' });
  }
  if (!folded) return;
  // a shorter source inside the description goes with it ("A police" in "A police spokesman")
  folded.sort((a, b) => a.start - b.start);
  let n = from;
  for (let k = from; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.rule === 'actors/apposition-description' || c.type !== 'unnamed' || !insideSpan(folded, c)) cands[n++] = c;
  }
  cands.length = n;
}


/**
 * "the state police commissioner, Ibrahim Sule, said": an unnamed source right before a title word
 * and the named person who holds it owns the title, it does not speak; dropped from cands[from..].
 */
export function dropTitleOwners(words: readonly Word[], cands: Candidate[], from: number): void {
  let persons: Set<number> | null = null;
  let n = from;
  for (let k = from; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.type === 'unnamed') {
      persons ??= new Set(cands.slice(from).filter((p) => p.type === 'person').map((p) => p.start));
      if (ownsTitle(words, persons, c)) continue;
    }
    cands[n++] = c;
  }
  cands.length = n;
}

function ownsTitle(words: readonly Word[], persons: ReadonlySet<number>, c: Candidate): boolean {
  // a binary search: a sentence may hold a million words (a scan from its first word for each
  // unnamed candidate took 366 s on a 5 MB line)
  const j = firstIndex(words.length, (k) => words[k]!.end >= c.end);
  if (words[j]?.end !== c.end || words[j]!.possessive) return false;
  const title = words[j + 1];
  if (!title || !TITLE_HEADS.has(title.lower)) return false;
  let k = words[j + 2]?.text === ',' ? j + 3 : j + 2;
  // "the district police chief, Superintendent Bikram Thapa": the name's own title between
  while (k < words.length && k < j + 6 && (TITLE_HEADS.has(words[k]!.lower) || TITLE_MODIFIERS.has(words[k]!.lower))) k++;
  const at = words[k];
  return at !== undefined && persons.has(at.start);
}
