// Source nouns that are no speaker: inside what a named speaker said ("Rescuers found seven survivors, among them
// a girl, said Budi Santoso"), inside a quotation, or the object of a cue ("urged the residents to leave", "said
// the survivors had been flown…").

import { ADDRESS_CUES, SAID_CLAUSE_CUES, SOURCE_QUALIFIERS, UNNAMED_SOURCE_CUES } from '../../lexicon/unnamed-sources.js';
import { CUE_WORDS, JUDGEMENT_VERBS, pastVerbForm } from '../../lexicon/reporting-verbs.js';
import { invertedName } from './unnamed-subjects.js';
import type { Word } from './words.js';
import { ASIDE_REACH, cueAt, speaksAfterAuxiliaries } from './unnamed-phrase.js';

/** Is the noun at i followed by an aside between commas, a cue and the name that is its subject ("…, said Budi Santoso")? */
export function asideBeforeInverted(words: Word[], i: number): boolean {
  if (words[i + 1]?.text !== ',') return false;
  for (let k = i + 2; k < Math.min(words.length - 1, i + ASIDE_REACH); k++) {
    if (words[k]!.text === ',') return cueAt(words, k + 1) && invertedName(words, k + 2);
  }
  return false;
}

const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '»']);

/**
 * 1 for each word inside double quotation marks in the sentence: a mark closes an open quotation (“…”, „…“, "…"),
 * else opens one; a closing mark before any other ("…” or "…" touching the word before) ends a quotation begun
 * in an earlier sentence. (Single marks are apostrophes too: not read.)
 */
export function quotedWords(words: Word[]): Uint8Array {
  const inside = new Uint8Array(words.length);
  let open = false;
  let marks = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind === 'punct' && DOUBLE_MARKS.has(w.text)) {
      const touching = k > 0 && words[k - 1]!.end === w.start;
      if (!open && marks === 0 && (CLOSING_MARKS.has(w.text) || (w.text === '"' && touching))) inside.fill(1, 0, k);
      else open = !open;
      marks++;
    } else if (open) inside[k] = 1;
  }
  return inside;
}

const OBJECT_REACH = 4;
const OBJECT_FILLERS: ReadonlySet<string> = new Set(['the', 'that', 'all', 'some', 'many', 'most', 'roughly', 'about', 'nearly', 'around', 'several', 'other', 'those', 'these', 'its', 'their', 'his', 'her']);
const VERB_AFTER: ReadonlySet<string> = new Set([
  'had', 'have', 'has', 'were', 'was', 'are', 'is', 'would', 'could', 'will', 'should', 'might', 'may', 'must', 'can', 'did', 'do',
]);

/** Is the noun at i the object of a cue before it: an addressee ("urged the residents"), or the subject of a clause said ("said the survivors had…")? */
export function heardOrReported(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= OBJECT_REACH && words[k]!.kind !== 'punct' && !UNNAMED_SOURCE_CUES.has(words[k]!.lower)) {
    const low = words[k]!.lower;
    // ("said that investigators think…", "told reporters that engineers had warned…": a noun that reports in its turn is a source)
    if (low === 'that' && toldThat(words, k)) return !CUE_WORDS.has(words[i + 1]?.lower ?? '') && !speaksAfterAuxiliaries(words, i);
    if (!(OBJECT_FILLERS.has(low) || SOURCE_QUALIFIERS.has(low) || words[k]!.kind === 'number')) return false;
    k--;
  }
  const cue = words[k];
  if (!cue || cue.kind !== 'word') return false;
  if (ADDRESS_CUES.has(cue.lower)) return true;
  return SAID_CLAUSE_CUES.has(cue.lower) && VERB_AFTER.has(words[i + 1]?.lower ?? '');
}

const ADDRESSEE_REACH = 3;
/**
 * Is the "that" at k the one that opens what a cue told, with its addressee between ("told officials that relatives they
 * had reported missing had walked home", "said that", "assured the court that")? What follows it was said (BLIND15 A4).
 */
function toldThat(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= ADDRESSEE_REACH + 1; j--) {
    const w = words[j]!;
    if (w.kind !== 'word') return false;
    if (ADDRESS_CUES.has(w.lower) || SAID_CLAUSE_CUES.has(w.lower)) return true;
  }
  return false;
}

// ("threw bottles at riot police": the target of an act)
const GOVERNING_WORDS: ReadonlySet<string> = new Set(['between', 'among', 'with', 'to', 'against', 'into', 'toward', 'towards', 'including', 'at']);
const GOVERNED_REACH = 3;
// a count between the preposition and the noun: "evidence of more than 4,000 fictitious residents"
const COUNT_WORDS: ReadonlySet<string> = new Set(['more', 'than', 'fewer', 'less', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'at', 'least']);
const COUNT_REACH = 4;

/**
 * Is the noun at i, which does not speak, governed by a preposition or an infinitive before it: "talks between border
 * commanders", "asked to send observers into the prison", "spoke to local officials" (BLIND11 A16), "scores of
 * residents" (lead14 L16, L17)? The words between may be its qualifiers, a count or a lower-case verb after "to".
 */
export function governedNoun(words: Word[], i: number): boolean {
  let counted = 0;
  for (let k = i - 1; k >= 0 && i - k <= GOVERNED_REACH + counted; k--) {
    const w = words[k]!;
    // ("trapping scores of residents", "of more than 4,000 fictitious residents": a count is skipped)
    // ("at least 300 residents" is a count; "threw bottles at riot police" a target)
    const count = w.lower === 'at' ? words[k + 1]?.lower === 'least' : COUNT_WORDS.has(w.lower);
    if ((w.kind === 'number' || count) && counted < COUNT_REACH) {
      counted++;
      continue;
    }
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text)) return false;
    // ("according to a hospital spokesman" is a source)
    if (w.lower === 'of') return ofPhrase(words, k, i);
    if (GOVERNING_WORDS.has(w.lower)) return !(w.lower === 'to' && words[k - 1]?.lower === 'according');
    if (UNNAMED_SOURCE_CUES.has(w.lower)) return false;
  }
  return false;
}

// words that end the noun's phrase before an "of" further back ("a subject of conversation as investigators have…")
const PHRASE_BREAKS: ReadonlySet<string> = new Set(['as', 'and', 'or', 'but', 'when', 'while', 'if', 'that', 'because', 'since', 'until', 'after', 'before']);
// a share or a group of the noun's people, which speaks for them: "said one of the witnesses", "A group of local
// activists who document the war … said"
const PARTITIVES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'each', 'all', 'none', 'several', 'any', 'either', 'neither', 'both', 'few', 'group', 'number', 'majority', 'minority', 'half']);

/** "scores of residents", "evidence of 4,000 fictitious residents": an "of" at k governs the noun at i, not a share of it. */
function ofPhrase(words: Word[], k: number, i: number): boolean {
  for (let j = k + 1; j < i; j++) if (PHRASE_BREAKS.has(words[j]!.lower)) return false;
  const before = words[k - 1];
  return !before || !(PARTITIVES.has(before.lower) || before.kind === 'number');
}

const OBJECT_QUALIFIERS = 3;
const NOT_OBJECT_VERBS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'did', 'led', 'left']);

/**
 * "its consulate had sent an official to the island", "An official said the embassy had sent a diplomat to…": a
 * person a past verb (no reporting verb) acts on says nothing (BLIND14 A10); "quoted an official" is a cue's.
 */
export function verbObject(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= OBJECT_QUALIFIERS && words[k]!.kind === 'word' && (SOURCE_QUALIFIERS.has(words[k]!.lower) || words[k]!.lower === 'the')) k--;
  // "He accused anti-vaccine activists of spreading lies": the object of a judgement says nothing (BLIND16 A7)
  if (judgedObject(words, i)) return true;
  if (k === i - 1 || k < 1) return false;
  const verb = words[k]!;
  const w = verb.lower;
  if (verb.kind !== 'word' || verb.text !== w || NOT_OBJECT_VERBS.has(w) || CUE_WORDS.has(w) || UNNAMED_SOURCE_CUES.has(w)) return false;
  return pastVerbForm(w);
}

/** Is the noun at i, after up to three lower-case qualifiers, the object of a judgement cue in any form ("accused anti-vaccine activists of", "accusing activists of")? */
function judgedObject(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= OBJECT_QUALIFIERS + 1; k--) {
    const w = words[k]!;
    // ("The plan was criticised by analysts": the agent judges)
    if (w.kind !== 'word' || w.text !== w.lower || GOVERNING_WORDS.has(w.lower) || w.lower === 'by' || w.lower === 'of') return false;
    const entry = CUE_WORDS.get(w.lower);
    if (entry) return JUDGEMENT_VERBS.has(entry.base);
  }
  return false;
}
