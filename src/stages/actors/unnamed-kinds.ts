// Unnamed sources of other shapes than a source noun: an office a place owns ("The town's mayor said"), a written
// record after "according to" ("according to court records"), a plural noun phrase as a cue's subject ("Indonesian
// officials counter"); and the candidate each becomes.

import { GAZETTEER, nameKey, plainKey } from '../../lexicon/gazetteer.js';
import { DECIDING_BODIES, OFFICE_NOUNS, OWNER_PLACE_NOUNS, RECORD_NOUNS, UNNAMED_SOURCE_CUES } from '../../lexicon/unnamed-sources.js';
import { describedGroup, insideRelative, modifierStart, pluralHead, subjectOfCue } from './unnamed-subjects.js';
import { REFLEXIVE_PRONOUNS } from '../../lexicon/non-entities.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';
import { accordingTo, cueAt, pluralDemonym, speaks } from './unnamed-phrase.js';

const OFFICE_WORDS = 3;

/**
 * "The town's mayor said", "the city's police chief, who…, said": "the", a place noun's possessive and an office
 * of up to three words that speaks; its first and last word, or null.
 */
export function officeSource(words: Word[]): [number, number] | null {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    // "The mayor of Marathon said", "according to the governor of Lagos State": an office of a named place (lead14 L22)
    const placeOffice = officeOfPlace(words, i - 1);
    if (placeOffice) return placeOffice;
    if (!w.possessive || !OWNER_PLACE_NOUNS.has(w.lower) || words[i - 1]!.lower !== 'the') continue;
    for (let k = i + 1; k < words.length && k - i <= OFFICE_WORDS; k++) {
      const x = words[k]!;
      if (x.kind !== 'word' || x.possessive || x.text !== x.lower) break;
      if (OFFICE_NOUNS.has(x.lower) && !OFFICE_NOUNS.has(words[k + 1]?.lower ?? '') && speaks(words, k)) return [i - 1, k];
    }
  }
  return null;
}

const PLACE_NAME_WORDS = 3;

/** "the mayor of Marathon" opening at token `the` when it speaks or is an "according to" source; its first and last word, or null. */
function officeOfPlace(words: Word[], the: number): [number, number] | null {
  const office = the + 1;
  if (words[the]!.lower !== 'the' || !OFFICE_NOUNS.has(words[office]?.lower ?? '') || words[office + 1]?.lower !== 'of') return null;
  let end = office + 1;
  while (end + 1 < words.length && end - office - 1 < PLACE_NAME_WORDS && words[end + 1]!.kind === 'word' && /^\p{Lu}/u.test(words[end + 1]!.text)) end++;
  if (end === office + 1 || (words[end + 1]?.kind === 'word' && !UNNAMED_SOURCE_CUES.has(words[end + 1]!.lower))) return null;
  return speaks(words, office) || accordingTo(words, office) || cueAt(words, end + 1) ? [the, end] : null;
}

const RECORD_QUALIFIERS = 3;

/**
 * "according to court records", "according to a court filing on Wednesday", "according to industry estimates": a
 * written record with a qualifier and no owner as the source of an "according to" (actors/unnamed-document).
 */
export function documentSources(words: Word[], text: string, sentence: number, out: Candidate[]): void {
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i]!.lower !== 'to' || words[i - 1]!.lower !== 'according') continue;
    // ("according to an inspection report": "an" as "a"; BLIND15 A2)
    const article = words[i + 1]!.lower === 'a' || words[i + 1]!.lower === 'an';
    const from = article ? i + 2 : i + 1;
    for (let k = from; k < words.length && k - from <= RECORD_QUALIFIERS; k++) {
      const x = words[k]!;
      if (x.kind !== 'word' || x.possessive || x.inDate || DETERMINERS_OR_OWNERS.has(x.lower)) break;
      if (k > from && RECORD_NOUNS.has(x.lower) && !RECORD_NOUNS.has(words[k + 1]?.lower ?? '') && words[k + 1]?.lower !== 'of') {
        out.push(candidate(words, text, sentence, article ? i + 1 : from, k, null, 'actors/unnamed-document'));
        break;
      }
    }
  }
}
const BODY_MODIFIERS = 2;
/**
 * "A disciplinary tribunal also annulled his results…, the date from which it said…": an indefinite body that opens
 * the sentence and speaks through an "it" later in it (BLIND16 Q1).
 */
export function bodySubject(words: Word[], text: string, sentence: number, out: Candidate[]): void {
  const first = words[0];
  if (!first || (first.lower !== 'a' && first.lower !== 'an')) return;
  let k = 1;
  while (k <= BODY_MODIFIERS && words[k]?.kind === 'word' && words[k]!.text === words[k]!.lower && !DECIDING_BODIES.has(words[k]!.lower)) k++;
  const body = words[k];
  if (!body || !DECIDING_BODIES.has(body.lower) || body.text !== body.lower) return;
  for (let j = k + 2; j < words.length - 1; j++) {
    if (words[j]!.lower === 'it' && cueAt(words, j + 1)) {
      out.push(candidate(words, text, sentence, 0, k, null, 'actors/unnamed-source'));
      return;
    }
  }
}
const DETERMINERS_OR_OWNERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'and', 'or', 'of', 'by', 'from', 'in', 'on']);

export function candidate(words: Word[], text: string, sentence: number, from: number, to: number, affiliation: string | null, rule: string): Candidate {
  const start = words[from]!.start;
  const phrase = text.slice(start, words[to]!.end);
  const lower = phrase.toLowerCase();
  return {
    start, end: words[to]!.end, text: phrase, sentence, key: 'unnamed:' + lower, type: 'unnamed', strength: 4,
    rule, roles: [], affiliation, capitalOf: null, political: false, primary: true,
    tokens: words.slice(from, to + 1).map((x) => x.text), lowerFirst: words[from]!.lower,
    lookup: plainKey(lower) ? lower : nameKey(phrase),
  };
}

/**
 * "Indonesian officials counter", "Lawyers for Carrow argued": a plural noun phrase as the subject
 * of a cue (actors/unnamed-subject). It replaces a shorter source the rules above found for
 * its head ("officials" in "Treasury officials said").
 */
export function subjectCandidates(words: Word[], text: string, sentence: number, out: Candidate[], lastCue: number): void {
  // a subject stands before its cue: no word after the sentence's last cue is one
  for (let i = 0; i < lastCue; i++) {
    const w = words[i]!;
    const last = w.lower.charCodeAt(w.lower.length - 1);
    if (w.lower.length < 4 || (last !== 115 && last !== 110) || !(pluralHead(w) || describedGroup(words, i)) || REFLEXIVE_PRONOUNS.has(w.lower)) continue; // ends in "s" or "n" ("fishermen")
    const to = subjectOfCue(words, i);
    if (to < 0) continue;
    const from = modifierStart(words, i);
    if (from < 0 || insideRelative(words, from)) continue;
    let affiliation: string | null = null;
    for (let k = from; k <= i; k++) {
      const code = GAZETTEER.demonyms.get(words[k]!.lower) ?? (pluralDemonym(words[k]!.lower) ? GAZETTEER.demonyms.get(words[k]!.lower.slice(0, -1)) : undefined);
      if (code) affiliation = 'country:' + code;
    }
    const c = candidate(words, text, sentence, from, to, affiliation, 'actors/unnamed-subject');
    const same = out.findIndex((o) => o.end === w.end);
    if (same >= 0) {
      if (out[same]!.start > c.start || to > i) out[same] = { ...c, affiliation: c.affiliation ?? out[same]!.affiliation };
    } else out.push(c);
  }
}
