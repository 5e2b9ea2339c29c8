// "According to X, …", "…, according to X", "as reported by X": a source after its cue phrase, and the
// content the phrase scopes over (the clause after it, the clause before it, or the clause around it).

import type { Span } from '../../types.js';
import { phraseAfter } from './phrase-after.js';
import type { Draft } from './frames.js';
import { cueSpan, isAcronym, span, type View } from './tokens.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { COORDINATORS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { KIN_NOUNS, TITLE_HEADS } from '../../lexicon/titles.js';

/** Length of the "according to" phrase (one of `phrases`) at token i, 0 if none. */
export function accordingAt(v: View, i: number, phrases: readonly string[][]): number {
  for (const words of phrases) {
    let k = 0;
    while (k < words.length && v.low[i + k] === words[k] && !v.quoted[i + k]) k++;
    if (k === words.length) return words.length;
  }
  return 0;
}

const TIME_LEADS = new Set(['on', 'in', 'last', 'this', 'earlier']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend']);

/** The last token of a source phrase before a time phrase that ends it: "a court filing" of "a court filing on Wednesday". */
function beforeTimePhrase(v: View, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const next = v.low[k + 1]!;
    // ("data published by the CSO earlier this month": the adverb before the time phrase goes with it)
    if (TIME_LEADS.has(v.low[k]!) && (WEEKDAYS.has(next) || MONTHS.has(next) || PERIODS.has(next))) return k - 1 > from && TIME_LEADS.has(v.low[k - 1]!) ? k - 2 : k - 1;
  }
  return to;
}

const SOURCE_REACH = 14;
const LONG_SOURCE_REACH = 28;

/**
 * A source longer than the usual reach that ends at a comma: "According to a complaint filed by the Securities and
 * Exchange Commission and a lawsuit by the state of Vermont, the developers…" (cut at the reach, the source had no
 * content and made no claim). Null when the usual reach ends it or no comma closes it.
 */
function longPhraseToComma(v: View, from: number): { from: number; to: number } | null {
  const short = phraseAfter(v, from, SOURCE_REACH, false);
  if (!short || short.to - short.from + 1 < SOURCE_REACH) return null;
  const long = phraseAfter(v, from, LONG_SOURCE_REACH, false);
  return long && long.to > short.to && v.toks[long.to + 1]?.text === ',' ? long : null;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/**
 * A trailing source followed by a relative clause that runs to the sentence's end: "…, according to two people
 * familiar with the investigation who spoke on condition of anonymity because the case is confidential." The source
 * ends before the relative word; null when a comma or a quotation comes first, or no relative word is near.
 */
function relativeToEnd(v: View, from: number): { from: number; to: number; relative: true } | null {
  for (let k = from + 1; k < v.toks.length && k - from <= SOURCE_REACH; k++) {
    if (v.mark[k] || v.quoted[k] || v.toks[k]!.text === ',') return null;
    if (RELATIVE_WORDS.has(v.low[k]!)) return { from, to: k - 1, relative: true };
  }
  return null;
}

const NAME_WORDS = 4;
const DESCRIPTION_WORDS = 10;
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** Is token k a role ("analyst", "chief", "daughter")? */
function roleAt(v: View, k: number): boolean {
  return TITLE_HEADS.has(v.low[k]!) || KIN_NOUNS.has(v.low[k]!);
}

/** Is token k past the sentence's last token, or its final stop? */
function endsSentence(v: View, k: number): boolean {
  const end = v.toks[k];
  return !end || (end.kind === 'punct' && (end.text === '.' || end.text === '!' || end.text === '?') && k === v.toks.length - 1);
}

/** Does token k end the sentence, or open a relative clause after a comma (", who spoke on Monday")? */
function endsApposition(v: View, k: number): boolean {
  if (endsSentence(v, k)) return true;
  return v.toks[k]!.text === ',' && !v.quoted[k] && RELATIVE_WORDS.has(v.low[k + 1] ?? '') && v.low[k + 1] !== 'that';
}

/**
 * ", Helen Marsh." at token `comma`: up to four capitalised words after a comma that end the sentence; the name's last
 * token, or -1. After a role (`role`: "the firm's chief analyst, Helen Marsh"), a relative clause may follow the name
 * (", who cited…"), and at the sentence's start a comma and the clause ("According to …, Helen Marsh, the ship…").
 */
function apposedName(v: View, comma: number, role: boolean, opening: boolean): number {
  if (v.toks[comma]?.text !== ',' || v.quoted[comma]) return -1;
  let k = comma + 1;
  while (k < v.toks.length && k - comma <= NAME_WORDS && v.toks[k]!.kind === 'word' && !v.quoted[k] && /^\p{Lu}/u.test(v.toks[k]!.text)) k++;
  if (k === comma + 1) return -1;
  if (endsSentence(v, k)) return k - 1;
  // ("According to the national weather institute, IPMA, some areas…": an acronym set off after a description names it)
  const acronym = k === comma + 2 && isAcronym(v.toks[comma + 1]!.text);
  if (!role && !acronym) return -1;
  return (opening ? v.toks[k]!.text === ',' && !v.quoted[k] && v.toks[k + 1]?.kind === 'word' : endsApposition(v, k)) ? k - 1 : -1;
}

/**
 * "…, according to Paul Grant, the company's security chief.": a description of the source after a comma that ends the
 * sentence (or opens a relative clause) and holds a role; its last token, or -1.
 */
function descriptionToEnd(v: View, comma: number): number {
  if (v.toks[comma]?.text !== ',' || v.quoted[comma] || !DESCRIPTION_OPENERS.has(v.low[comma + 1] ?? '')) return -1;
  let role = false;
  for (let k = comma + 1; k < v.toks.length && k - comma <= DESCRIPTION_WORDS; k++) {
    if (v.toks[k]!.kind !== 'word' || v.quoted[k] || RELATIVE_WORDS.has(v.low[k]!)) return role && endsApposition(v, k) ? k - 1 : -1;
    if (roleAt(v, k)) role = true;
  }
  return -1;
}

/** The frame of an "according to" phrase of `length` words at token i, or null when no source follows it. */
export function accordingFrame(v: View, i: number, length: number): Draft | null {
  const cue = cueSpan(v, i, i + length - 1);
  const prev = i > 0 ? v.toks[i - 1]! : null;
  const found: { from: number; to: number; relative?: true } | null = (prev ? relativeToEnd(v, i + length) : null) ?? longPhraseToComma(v, i + length) ?? phraseAfter(v, i + length, SOURCE_REACH, false);
  if (!found) return null;
  // (the phrase reaches its end for the content; the source stops before a time phrase)
  let to = beforeTimePhrase(v, found.from, found.to);
  // ("according to a large study published on Wednesday": the participle goes with the time phrase)
  // ("projections it published last month": a relative clause's verb stays)
  if (to < found.to && to > found.from && /^\p{Ll}+ed$/u.test(v.toks[to]!.text) && !SPEAKER_PRONOUNS.has(v.low[to - 1]!)) to--;
  let src = { from: found.from, to };
  // "…, according to the firm's chief analyst, Helen Marsh.": a name set off after the description ends the sentence
  // and is the source (BLIND12 A12); after a role also before a relative clause or, at the sentence's start, the clause
  const named = found.relative ? -1 : apposedName(v, found.to + 1, roleAt(v, found.to), !prev);
  // "…, according to Paul Grant, the company's security chief.": the description is no content
  const described = prev && named < 0 && !found.relative ? descriptionToEnd(v, found.to + 1) : -1;
  if (named > 0) {
    src = { from: found.to + 2, to: named };
    found.to = named;
  } else if (described > 0) found.to = described;
  // (the clause before it is the content when a relative clause follows the source)
  const relativeAfter = prev !== null && endsApposition(v, found.to + 1) && found.to + 1 < v.toks.length - 1;
  const after = found.to + 1;
  let content: Span | null = null;
  let forward = false;
  // ('…as "firm orders," according to court transcripts': a comma inside the closing mark ends the clause too)
  const closedComma = v.mark[i - 1] === 'close' && i > 1 && v.toks[i - 2]!.text === ',';
  if (prev && (after >= v.toks.length - 1 || found.relative || relativeAfter) && (!v.mark[i - 1] || closedComma)) {
    // "Clinton leads by four points, according to the poll." / "…rose according to police."
    const end = prev.text === ',' ? prev.start : prev.end;
    content = v.sentence.start < end ? { start: v.sentence.start, end } : null;
  } else if (after < v.toks.length && v.toks[after]!.text === ',' && after + 1 < v.toks.length) {
    // "According to ACLED, the TTP carried out at least 600 attacks"
    content = { start: v.toks[after + 1]!.start, end: v.sentence.end };
    forward = true;
    // "…, according to government figures, and fears that…": a coordinated clause after it is no part of its content
    if (prev && prev.text === ',' && v.sentence.start < prev.start && !v.mark[i - 2] && COORDINATORS.has(v.low[after + 1] ?? '')) {
      return {
        sentence: v.sentence.index, cue, source: span(v, src), content: { start: v.sentence.start, end: prev.start }, placement: 'according',
        leftEdge: prev.start, rule: 'claims/according-to', cueToken: i, cueEnd: found.to, forward: false,
      };
    }
    if (prev && prev.text === ',' && v.sentence.start < prev.start && !v.mark[i - 2]) {
      // "Rents rose 9 percent, according to the board, more than anywhere else": the clause around it
      const resume = content.start;
      return {
        sentence: v.sentence.index, cue, source: span(v, src), content: { start: v.sentence.start, end: v.sentence.end }, placement: 'according',
        leftEdge: prev.start, rule: 'claims/according-to', cueToken: i, cueEnd: found.to, forward, resume,
      };
    }
  }
  const leftEdge = prev && prev.text === ',' ? prev.start : cue.start;
  return {
    sentence: v.sentence.index, cue, source: span(v, src), content, placement: 'according', leftEdge,
    rule: 'claims/according-to', cueToken: i, cueEnd: found.to, forward,
  };
}
