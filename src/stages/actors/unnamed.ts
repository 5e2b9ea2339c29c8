// Unnamed sources: "Pakistani security sources said", "One official told", "analysts warn",
// "local media reported". A source noun becomes an actor only in a sentence that reports
// speech, so "officials were killed" stays untagged.

import { GAZETTEER, nameKey, plainKey } from '../../lexicon/gazetteer.js';
import { GROUP_NOUNS, REPORTING_CUES, SOURCE_NOUNS, SOURCE_QUALIFIERS, SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

const MAX_QUALIFIERS = 4;

// One lookup per word tells whether it is a reporting cue, a source noun or a speaker noun.
const CUE = 1;
const NOUN = 2;
const ROLE_OF: ReadonlyMap<string, number> = (() => {
  const role = new Map<string, number>();
  for (const w of REPORTING_CUES) role.set(w, CUE);
  for (const w of [...SOURCE_NOUNS, ...SPEAKER_NOUNS]) role.set(w, (role.get(w) ?? 0) | NOUN);
  return role;
})();
// "a", "of", "to": words shorter than every cue and noun need no lookup
const SHORTEST = Math.min(...[...ROLE_OF.keys()].map((w) => w.length));

/** "nurse said", "One nurse, who asked not to be named, said": the noun is the speaker. */
function speaks(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next) return false;
  if (REPORTING_CUES.has(next.lower)) return true;
  if (next.text !== ',') return false;
  for (let k = i + 2; k < Math.min(words.length - 1, i + 14); k++) {
    if (words[k]!.text === ',') return REPORTING_CUES.has(words[k + 1]!.lower);
  }
  return false;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** "kenyans", "americans": a demonym in the plural (the speaker of "Many Kenyans say"). */
function pluralDemonym(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && GAZETTEER.demonyms.has(lower.slice(0, -1));
}

/** Qualifying words before a source noun: "Pakistani security", "One", "local". */
function qualifierStart(words: Word[], head: number): number {
  let i = head;
  while (i > 0 && head - i < MAX_QUALIFIERS) {
    const w = words[i - 1]!;
    if (w.kind !== 'word' || w.possessive) break;
    if (SOURCE_QUALIFIERS.has(w.lower) || GAZETTEER.demonyms.has(w.lower)) i--;
    else break;
  }
  // "a senior commander" keeps its article; "the officials" does not need one
  return i;
}

const NONE: readonly Candidate[] = Object.freeze([]);

export function unnamedCandidates(words: Word[], text: string, sentence: number): readonly Candidate[] {
  // only a sentence that reports speech has unnamed sources: find its cue and its nouns at once
  let reports = false;
  let nouns: number[] | null = null;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower.length < SHORTEST) continue;
    const role = ROLE_OF.get(words[i]!.lower);
    if (role === undefined) {
      // "Many Kenyans say": a people's name in the plural, checked below as a speaker noun is
      if (isCapital(words[i]!.text.charCodeAt(0)) && pluralDemonym(words[i]!.lower) && !words[i]!.inDate) (nouns ??= []).push(i);
      continue;
    }
    if (role & CUE) reports = true;
    if (role & NOUN && words[i]!.kind === 'word' && !words[i]!.inDate) (nouns ??= []).push(i);
  }
  if (!reports || !nouns) return NONE;
  const out: Candidate[] = [];
  for (const i of nouns) {
    const w = words[i]!;
    if (!SOURCE_NOUNS.has(w.lower) && !((SPEAKER_NOUNS.has(w.lower) || pluralDemonym(w.lower)) && speaks(words, i))) continue;
    // "security sources" but not "sources of funding"; "media" only as "local media", "state media"
    // ("two groups of men": a group of something is no source)
    if (GROUP_NOUNS.has(w.lower) && (i === qualifierStart(words, i) || words[i + 1]?.lower === 'of')) continue;
    const next = words[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && next.kind === 'word') continue; // "official Ahmed Khan": a title
    const from = qualifierStart(words, i);
    const single = from === i;
    // a bare singular ("official said") needs a qualifier: "One official", "a senior commander"
    if (single && !w.lower.endsWith('s') && w.lower !== 'media' && w.lower !== 'police') continue;
    const start = words[from]!.start;
    const end = w.end;
    let affiliation: string | null = null;
    for (let k = from; k < i; k++) {
      const code = GAZETTEER.demonyms.get(words[k]!.lower) ?? GAZETTEER.places.get(words[k]!.lower)?.country;
      if (code) affiliation = 'country:' + code;
    }
    if (pluralDemonym(w.lower)) {
      const code = GAZETTEER.demonyms.get(w.lower.slice(0, -1));
      if (code) affiliation = 'country:' + code;
    }
    const phrase = text.slice(start, end);
    const lower = phrase.toLowerCase();
    out.push({
      start, end, text: phrase, sentence, key: 'unnamed:' + lower, type: 'unnamed', strength: 4,
      rule: 'actors/unnamed-source', roles: [], affiliation, capitalOf: null, political: false, primary: true,
      tokens: words.slice(from, i + 1).map((x) => x.text), lowerFirst: words[from]!.lower,
      lookup: plainKey(lower) ? lower : nameKey(phrase),
    });
  }
  return out;
}
