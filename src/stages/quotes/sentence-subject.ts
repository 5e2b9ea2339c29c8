// The subject of a whole sentence, for a participle cue that has none of its own:
// "Rivera mocked the plan, saying…", "After saying the bridge was unsafe, she…",
// "Several environmental groups granted…, saying…".

import { FINITE_VERBS, LY_NOUNS, RELATIVE_PRONOUNS, SETTING_STARTS as SETTING_WORDS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, pastVerbForm } from '../../lexicon/reporting-verbs.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import type { Span } from '../../types.js';
import { datelineEnd } from '../segment/dateline.js';
import { isCapitalized, type View } from './tokens.js';
import { DASHES } from '../../lexicon/punctuation.js';

// words before a participle cue whose subject is the sentence's: "while chanting", "by saying", "after saying"
// ("Ryan, despite admitting that he had concerns, said…")
export const PARTICIPLE_LEADS = new Set(['while', 'by', 'after', 'before', 'for', 'from', 'without', 'when', 'despite']);

const OPENING_ADVERBS = new Set(['meanwhile', 'however', 'still', 'later', 'earlier', 'then', 'now', 'instead', 'separately']);

/**
 * The subject at the start of a sentence, after an opening adverbial
 * ("Meanwhile, it attacked…"): a pronoun, or a run of capitalized words with
 * the lower-case words between them ("The Lakeshore Water District",
 * "Democratic nominee Hillary Clinton").
 */
export function sentenceSubject(v: View, before: number): Span | null {
  let k = 0;
  let comma = -1;
  for (let j = 0; j < Math.min(before, 24); j++) {
    // (a comma inside the closing mark ends the clause too: "…barely walk,” she was")
    if ((v.toks[j]!.text === ',' && !v.quoted[j]) || (v.mark[j] === 'close' && j > 0 && v.toks[j - 1]!.text === ',')) {
      comma = j;
      break;
    }
  }
  // ("Citing a new study, the senator…": a participle clause of a cue opens the sentence)
  if (comma > 0 && (OPENING_ADVERBS.has(v.low[0]!) || SETTING_WORDS.has(v.low[0]!) || PARTICIPLE_LEADS.has(v.low[0]!) || v.low[0]!.endsWith('ly') || CUE_WORDS.get(v.low[0]!)?.form === 'ing')) k = comma + 1;
  // "On Thursday, however, Trump spoke…": an adverb set off by commas after the opening phrase
  if (k > 0 && k + 2 < before && OPENING_ADVERBS.has(v.low[k]!) && v.toks[k + 1]!.text === ',') k += 2;
  // "WILMINGTON, Del. — A Delaware judge…": a dateline the sentence kept is no subject
  if (k === 0) k = afterDateline(v, before);
  if (k >= before) return null;
  if (SPEAKER_PRONOUNS.get(v.low[k]!)) return span(v, k, k);
  // "He’s been investigated…": the pronoun of a fused pronoun and auxiliary is the subject
  const fused = fusedPronoun(v.low[k]!);
  if (fused > 0 && !v.quoted[k]) return { start: v.toks[k]!.start, end: v.toks[k]!.start + fused };
  let last = -1;
  let verbAt = -1;
  for (let j = k; j < before && j - k < 10; j++) {
    const t = v.toks[j]!;
    if (v.quoted[j] || v.mark[j] || (t.kind === 'punct' && t.text !== '.' && t.text !== '&' && t.text !== '-')) break;
    // "A Delaware judge on Monday blocked…": a time or place phrase follows the subject ("Bank of America" keeps its "of")
    if (j > k && last >= k && SETTING_WORDS.has(v.low[j]!)) {
      // ("Trump spoke to a gathering…": not over a verb)
      if (!verbLike(v.low[j - 1]!)) last = j - 1;
      break;
    }
    if (isCapitalized(t.text)) last = j;
    else if (last >= k && verbLike(v.low[j]!)) {
      verbAt = j; // its verb ends it
      break;
    } else if (j - (last < 0 ? k : last) > 2) break; // a lower-case word two past the last name ends it
  }
  // "Elian's Miami relatives took…", "The council met on Monday and said…": the nouns up to the verb (or to a
  // relative pronoun: "Central European leaders who…") are the subject's
  if (verbAt > last + 1 && last >= k) {
    let end = last + 1;
    while (end < verbAt && !RELATIVE_PRONOUNS.has(v.low[end]!)) end++;
    if (end > last + 1 && nounsBetween(v, last + 1, end)) return span(v, k, end - 1);
  }
  // "Several environmental groups granted…": a subject capitalized only at its first word ends before its verb
  // (not over a setting or an adverb: "A group of doctors in 2015 sent…", "Bush then went…")
  const verb = last <= k ? verbAfterSubject(v, k, before) : -1;
  if ((verb > k + 1 || (last < k && verb > k)) && plainBetween(v, k + 1, verb)) return span(v, k, verb - 1);
  // "The army chief of staff, General Tomás Nhaga, appeared…": the name in apposition to a title (BLIND14 Q2)
  if (last === k && ARTICLES.has(v.low[k]!) && comma > k + 1 && titleWordAmong(v, k + 1, comma)) {
    const named = nameAfterComma(v, comma, before);
    if (named) return named;
  }
  // "A group of doctors sent a letter…": an article alone is no subject; its noun (and an "of" phrase) are
  if (last === k && ARTICLES.has(v.low[k]!)) return span(v, k, nounAfterArticle(v, k, before));
  // "Denmark's defence minister, Lars Holm, on Thursday denied…": the name in apposition to an owner's title
  if (last >= k && /['’]s$/.test(v.low[last]!)) {
    const named = nameInApposition(v, last + 1, before);
    if (named) return named;
    // "Scott's relatives, including his wife, … said": an owner is no subject; the nouns it owns are
    const owned = ownedNouns(v, last + 1, before);
    if (owned > last) return span(v, k, owned);
  }
  return last >= k ? span(v, k, last) : null;
}

/** After an owner ("Denmark's"): up to three lower-case words, a comma, capitalised words, a comma; their span, or null. */
function nameInApposition(v: View, from: number, before: number): Span | null {
  let j = from;
  while (j < before && j < from + 3 && v.toks[j]!.kind === 'word' && !isCapitalized(v.toks[j]!.text)) j++;
  if (j === from || v.toks[j]?.text !== ',') return null;
  const first = j + 1;
  let end = first;
  while (end < before && end < first + 4 && v.toks[end]!.kind === 'word' && isCapitalized(v.toks[end]!.text)) end++;
  return end > first && v.toks[end]?.text === ',' ? span(v, first, end - 1) : null;
}

/** Is there a title word ("chief", "minister", "spokesman") among the lower-case tokens [from, to)? */
function titleWordAmong(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (v.toks[j]!.kind !== 'word' || v.quoted[j] || isCapitalized(v.toks[j]!.text)) return false;
    if (TITLE_HEADS.has(v.low[j]!)) return true;
  }
  return false;
}

const APPOSED_NAME_WORDS = 5;

/** ", General Tomás Nhaga," after the comma at token `comma`: up to five capitalised words and a comma; their span, or null. */
function nameAfterComma(v: View, comma: number, before: number): Span | null {
  const first = comma + 1;
  let end = first;
  while (end < before && end - first < APPOSED_NAME_WORDS && v.toks[end]!.kind === 'word' && !v.quoted[end] && isCapitalized(v.toks[end]!.text)) end++;
  return end > first + 1 && v.toks[end]?.text === ',' ? span(v, first, end - 1) : null;
}

/** The length of the pronoun in "he’s", "they’ve", "I’m" (a speaker pronoun before an apostrophe), else 0. */
function fusedPronoun(w: string): number {
  const apostrophe = Math.max(w.lastIndexOf('’'), w.lastIndexOf("'"));
  return apostrophe > 0 && SPEAKER_PRONOUNS.get(w.slice(0, apostrophe)) ? apostrophe : 0;
}

const OWNED_REACH = 3;

/** The last of up to three lower-case nouns from token `from` that a comma, a verb or the end follows ("relatives,"); else -1. */
function ownedNouns(v: View, from: number, before: number): number {
  let j = from;
  while (j < before && j - from < OWNED_REACH && v.toks[j]!.kind === 'word' && !v.quoted[j] && !isCapitalized(v.toks[j]!.text) && !verbLike(v.low[j]!)) j++;
  if (j === from || !nounsBetween(v, from, j)) return -1;
  const next = v.toks[j];
  return !next || j >= before || next.text === ',' || verbLike(v.low[j]!) ? j - 1 : -1;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const DATELINE_REACH = 8;

/** The token after a dateline's dash ("WILMINGTON, Del. —"): capitalized words and commas before it; else 0. */
function afterDateline(v: View, before: number): number {
  // "COPENHAGEN, Nov 20 (AP) — …": the story's dateline as the segmenter reads it (a date and a credit in it)
  const end = datelineEnd(v.text, v.sentence.start, v.sentence.end);
  if (end > v.sentence.start) {
    let j = 0;
    while (j < before && v.toks[j]!.start < end) j++;
    return j;
  }
  for (let j = 1; j < Math.min(before, DATELINE_REACH); j++) {
    if (DASHES.has(v.toks[j]!.text)) return j + 1;
    const t = v.toks[j]!;
    if (v.quoted[j] || (t.kind === 'word' && !isCapitalized(t.text)) || t.kind === 'number') return 0;
  }
  return 0;
}

/** The last token of "noun" or "noun of noun" after the article at k ("A group of doctors"), or k. */
function nounAfterArticle(v: View, k: number, before: number): number {
  const isWord = (j: number): boolean => j < before && v.toks[j]!.kind === 'word' && !v.quoted[j] && !FINITE_VERBS.has(v.low[j]!);
  if (!isWord(k + 1)) return k;
  return v.low[k + 2] === 'of' && isWord(k + 3) ? k + 3 : k + 1;
}

const LOWER_SUBJECT = 6;

function verbLike(w: string): boolean {
  return FINITE_VERBS.has(w) || pastVerbForm(w);
}
const SUBJECT_STOPS = new Set(['then', 'also', 'now', 'still', 'later', 'earlier', 'again', 'first', 'once', 'never', 'already']);

/** "clearly", "repeatedly" (not "family", "rally"). */
function adverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w);
}

/** Are tokens [from, to) words but no adverb, pronoun or time ("lawyers for the family raised", not "Bush then went")? */
function plainBetween(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = v.low[j]!;
    // (a time's number, "in 2015", ends it; "The 4-3 decision" keeps its own)
    if ((v.toks[j]!.kind === 'number' && SETTING_WORDS.has(v.low[j - 1] ?? '')) || SUBJECT_STOPS.has(w) || adverb(w) || SPEAKER_PRONOUNS.has(w)) return false;
  }
  return true;
}

/** Are tokens [from, to) lower-case words that may end a subject ("relatives", "council"): no setting, adverb or number? */
function nounsBetween(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = v.low[j]!;
    if (v.toks[j]!.kind !== 'word' || v.quoted[j] || SETTING_WORDS.has(w) || SUBJECT_STOPS.has(w) || adverb(w) || SPEAKER_PRONOUNS.has(w)) return false;
  }
  return true;
}

/** The first finite verb after token k ("granted", "has", "said"), before `before`; -1 if none near. */
function verbAfterSubject(v: View, k: number, before: number): number {
  for (let j = k + 1; j < before && j - k <= LOWER_SUBJECT; j++) {
    const w = v.low[j]!;
    if (v.quoted[j] || v.toks[j]!.kind === 'punct') return -1;
    if (verbLike(w)) return j;
  }
  return -1;
}

function span(v: View, from: number, to: number): Span {
  return { start: v.toks[from]!.start, end: v.toks[to]!.end };
}
