// Where a frame's source and content lie around its cue: the subject before the cue (coordinated names, an
// apposition, a relative "who"), a name before a speech participle, the quote or clause before a trailing cue.

import type { Span, TextSpan } from '../../types.js';
import { DETERMINERS, FINITE_VERBS, SAYING_FORMS, SETTING_STARTS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, pastVerbForm, type CueWord } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { subjectEndingAt, type TokenRange } from './phrases.js';
import { contentStart } from './content.js';
import { firstTokenAfter } from './content-bound.js';
import { endsInApostropheS } from './verb-checks.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { IRREGULAR_PAST } from '../../lexicon/time-tense.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { isCapitalized, quoteAt, span, type View } from './tokens.js';
import type { Draft } from './frames.js';
import { INVERTED_ENDS } from './frame-checks.js';

/** Content of a trailing cue: the quote or clause before the subject ("“…,” he said"; "…, local media reported"). */
export function contentBefore(v: View, spans: readonly QuotedSpan[], before: number): Span | null {
  if (before < 0) return null;
  const t = v.toks[before]!;
  const start = v.sentence.start;
  // "“…,” he said" / "“…”, he said": the quote, when it opens the sentence (or began before it)
  const close = v.mark[before] === 'close' ? before : before > 0 && t.text === ',' && v.mark[before - 1] === 'close' ? before - 1 : -1;
  if (close >= 0) {
    const q = v.quoteOf[close]!;
    return opensClause(v.text, start, q) ? { start: q.start, end: q.end } : { start, end: q.closeEnd };
  }
  if (t.text !== ',' || v.quoted[before]) return null;
  return t.start > start ? { start, end: t.start } : null;
}

/**
 * A name right before a speech participle that a quote follows: "footage of
 * Hillary Clinton asking, “Why aren’t I 50 points ahead?”" — the name speaks.
 */
export function namedParticiple(v: View, spans: readonly QuotedSpan[], i: number, p: number, cueEnd: number, cue: TextSpan): Draft | null {
  const entry = CUE_WORDS.get(v.low[i]!)!;
  if (p < 1 || p !== i - 1 || entry.frame !== 'speech' || !isCapitalized(v.toks[p]!.text) || v.toks[p]!.kind !== 'word') return null;
  // ("tweets early Friday saying, “…”": a day or month is no speaker)
  if (WEEKDAYS.has(v.low[p]!) || MONTHS.has(v.low[p]!)) return null;
  const quoteNext = v.mark[cueEnd + 1] === 'open' || ((v.low[cueEnd + 1] === ',' || v.low[cueEnd + 1] === ':') && v.mark[cueEnd + 2] === 'open');
  const start = contentStart(v, spans, cueEnd, 'speech');
  if (start === null) return null;
  // "saying during the debate last week, “That makes me smart”": a setting, then the quote
  if (!quoteNext && quoteAt(spans, start)?.open !== start) return null;
  // the run of capitalized words before the participle ("Hillary Clinton", "Mr. Obama"), no further
  let from = p;
  while (from > 0 && p - from < 5 && !v.quoted[from - 1] && (isCapitalized(v.toks[from - 1]!.text) || v.toks[from - 1]!.text === '.')) from--;
  while (from < p && v.toks[from]!.kind === 'punct') from++;
  if (from === 0 && !SPEAKER_PRONOUNS.get(v.low[0]!) && DETERMINERS.has(v.low[0]!)) return null;
  const source = span(v, { from, to: p });
  return { sentence: v.sentence.index, cue, cueToken: i, cueEnd, source, content: { start, end: v.sentence.end }, placement: 'before',
    leftEdge: source.start, rule: 'claims/named-participle', forward: true };
}

const COORDINATED_WORDS = 4;

/**
 * Where a subject starting at token `from` starts when "and" and capitalized words stand before it, right
 * after a closing mark (and its comma) or at the sentence start: "Climate and Environment Minister…".
 */
export function coordinatedStart(v: View, from: number): number {
  if (from < 2 || v.low[from - 1] !== 'and' || !isCapitalized(v.toks[from]!.text)) return from;
  let k = from - 2;
  while (k >= 0 && from - 2 - k < COORDINATED_WORDS && !v.quoted[k] && !v.mark[k] && v.toks[k]!.kind === 'word' && isCapitalized(v.toks[k]!.text)) k--;
  if (k === from - 2) return from;
  const afterQuote = k < 0 || v.mark[k] === 'close' || (v.toks[k]!.text === ',' && k > 0 && v.mark[k - 1] === 'close');
  return afterQuote ? k + 1 : from;
}

const JOINED_WORDS = 5;
// ("…, but the Central and East European Coalition wants…": a clause word is no part of a subject)
const JOIN_STOPS: ReadonlySet<string> = new Set(['but', 'or', 'yet', 'and', 'that', 'which', 'who', 'while', 'as']);

/**
 * "…, management and union officials said.", "…, Smith and Jones said.": the first token of a subject whose
 * first conjunct runs back from the "and" before token `from` to a comma (a few words, no quotation); else `from`.
 */
export function joinedAfterComma(v: View, from: number): number {
  if (from < 3 || v.low[from - 1] !== 'and' || v.quoted[from - 1]) return from;
  for (let k = from - 2; k >= 1 && from - 2 - k < JOINED_WORDS; k--) {
    if (v.quoted[k] || v.mark[k] || JOIN_STOPS.has(v.low[k]!)) return from;
    if (v.toks[k]!.kind !== 'word') return v.toks[k]!.text === ',' && k < from - 2 ? k + 1 : from;
  }
  return from;
}

/**
 * "Ortiz said the city manager, Greg Toller, had told him…": where the description a name is set off from
 * begins, when a cue or its "that" stands right before it (the frame's words begin there, inside the outer
 * content, not at the name after the comma); else undefined.
 */
export function appositionHead(v: View, subject: TokenRange): number | undefined {
  if (subject.from < 3 || v.toks[subject.from - 1]!.text !== ',' || v.quoted[subject.from - 1] || v.toks[subject.to + 1]?.text !== ',') return undefined;
  const head = subjectEndingAt(v, subject.from - 2);
  if (!head || head.from < 1) return undefined;
  const before = v.low[head.from - 1]!;
  return before === 'that' || CUE_WORDS.has(before) ? v.toks[head.from]!.start : undefined;
}

const DESCRIPTION_WORDS = 6;

/** Where the description before a name in apposition starts, when a quotation closes right before it; else `from`. */
export function descriptionStart(v: View, from: number): number {
  // (a name after a description in lower case: "daughter", "the committee's chairman"; not "…because of “intense”
  // discounting, the company said", where the words before the comma are the content)
  if (from < 2 || v.toks[from - 1]!.text !== ',' || v.quoted[from - 1] || !isCapitalized(v.toks[from]!.text) || SPEAKER_PRONOUNS.has(v.low[from]!)) return from;
  const role = v.toks[from - 2]!;
  if (role.kind !== 'word' || isCapitalized(role.text)) return from;
  let k = from - 2;
  while (k >= 0 && from - 2 - k < DESCRIPTION_WORDS && !v.mark[k] && !v.quoted[k] && (v.toks[k]!.kind === 'word' || !INVERTED_ENDS.has(v.toks[k]!.text))) k--;
  if (k < 0 || k === from - 2) return from;
  // (a noun phrase: a determiner or an owner first, no verb in it; "…” for criminal behavior, Warren said" is content)
  const lead = v.toks[k + 1]!;
  const owner = isCapitalized(lead.text) && (endsInApostropheS(lead.text) || /s['’]$/.test(lead.text) || /^['’]s?$/.test(v.toks[k + 2]?.text ?? ''));
  if (!(DETERMINERS.has(v.low[k + 1]!) || owner)) return from;
  for (let m = k + 1; m < from - 1; m++) if (FINITE_VERBS.has(v.low[m]!) || CUE_WORDS.has(v.low[m]!)) return from;
  return v.mark[k] === 'close' || (v.toks[k]!.text === ',' && k > 0 && v.mark[k - 1] === 'close') ? k + 1 : from;
}

/** A day, a month or a setting word is no name after a cue ("…, said Monday."). */
export function notName(w: string): boolean {
  return WEEKDAYS.has(w) || MONTHS.has(w) || SETTING_STARTS.has(w);
}

/** How far back from a cue a "who" clause without commas may open: "A woman who lost her husband and son in the landslide told". */
const RELATIVE_REACH = 20;

/** The last token of the phrase a "who" at token `who` stands for: "Umm Khaled Abu Shamala, 41, who said" skips the age. */
export function antecedentEnd(v: View, who: number): number {
  // ("Hillary Clinton — who’s called for…": a dash opens the relative clause as a comma does)
  const opener = v.toks[who - 1]!.text;
  let end = opener === ',' || ((opener === '—' || opener === '–') && !v.quoted[who - 1]) ? who - 2 : who - 1;
  if (end > 1 && v.toks[end]!.kind === 'number' && v.toks[end - 1]!.text === ',') end -= 2;
  return end;
}

/** "I laughed and said": a pronoun or a name right before a past verb right before the coordinator at `and`. */
export function subjectOfVerbBefore(v: View, and: number): TokenRange | null {
  const verb = and - 1;
  if (verb < 1 || v.quoted[verb] || v.toks[verb]!.kind !== 'word' || !v.low[verb]!.endsWith('ed') || isCapitalized(v.toks[verb]!.text)) return null;
  const w = v.low[verb - 1]!;
  if (v.quoted[verb - 1] || !(SPEAKER_PRONOUNS.has(w) || (isCapitalized(v.toks[verb - 1]!.text) && v.toks[verb - 1]!.kind === 'word'))) return null;
  return subjectEndingAt(v, verb - 1);
}

/** The phrase a "who" clause ending right before token `verb` follows: "Farmers" in "Farmers who lost crops said". */
export function relativeAntecedent(v: View, verb: number): TokenRange | null {
  if (verb < 1 || v.toks[verb - 1]!.kind === 'punct') return null; // "X, a minister who is a critic, said": an apposition
  for (let k = verb - 2; k > 0 && verb - k <= RELATIVE_REACH; k--) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return null;
    // ("residents who said they opposed abortion decried the attack and said…": a cue between is a frame of its own)
    if (k < verb - 1 && SAYING_FORMS.has(v.low[k]!)) return null;
    if (v.low[k] === 'who') return subjectEndingAt(v, k - 1);
    // "A 2014 study that appeared in the journal found…": a relative "that" opens on its verb (a "that"
    // after a cue opens its content: "said that officials found…")
    // ("the company that runs the crossing blamed…": a present verb with its object, BLIND13 C1)
    if (v.low[k] === 'that' && (relativeVerb(v.low[k + 1]!) || presentWithObject(v, k + 1)) && !CUE_WORDS.has(v.low[k - 1]!)) return joinedBefore(v, subjectEndingAt(v, k - 1));
  }
  return null;
}

/** "the government and the company that runs the crossing blamed…": a phrase joined by "and" before the head is part of it. */
function joinedBefore(v: View, head: TokenRange | null): TokenRange | null {
  if (!head || head.from < 2 || v.low[head.from - 1] !== 'and' || v.quoted[head.from - 1]) return head;
  const left = subjectEndingAt(v, head.from - 2);
  return left ? { from: left.from, to: head.to } : head;
}

/**
 * A present "-s" verb or an irregular past with a determiner after it at token k: "runs the crossing", "owns a
 * stake", "built the tower" (not "news", "this").
 */
function presentWithObject(v: View, k: number): boolean {
  const w = v.low[k] ?? '';
  const verb = (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) || IRREGULAR_PAST.has(w);
  return verb && !v.quoted[k] && !isCapitalized(v.toks[k]!.text) && DETERMINERS.has(v.low[k + 1] ?? '');
}

/** Does a relative clause's verb look like this word ("appeared", "was", "has")? */
function relativeVerb(w: string): boolean {
  return FINITE_VERBS.has(w) || pastVerbForm(w);
}

/** Does the quote open its sentence or a colon's clause, or follow a full stop the segmenter kept ("…to clear. „Every day…“")? */
export function opensClause(text: string, sentenceStart: number, q: QuotedSpan): boolean {
  if (q.open <= sentenceStart) return true;
  let k = q.open;
  while (k > sentenceStart && /\s/.test(text[k - 1]!)) k--;
  // ("…the impact on women: “Her fight has opened the door…,” the union wrote": a colon opens it too)
  return k === sentenceStart || /[.!?:]/.test(text[k - 1]!);
}

/** The first unquoted comma after token `from` that more words follow, or -1. */
export function commaAfter(v: View, from: number): number {
  for (let k = from + 1; k < v.toks.length - 2; k++) if (v.toks[k]!.text === ',' && !v.quoted[k] && !v.mark[k + 1]) return k;
  return -1;
}

/**
 * "Egypt relies on the Nile…, and fears that…": the sentence's subject ends before a verb of the cue's own
 * "-s" form that the subject scan took for a noun ("Egypt relies" -> "Egypt").
 */
export function subjectWithoutVerb(v: View, subject: Span | null, entry: CueWord): Span | null {
  if (!subject || entry.form !== 's') return subject;
  const last = firstTokenAfter(v, subject.end - 1, false) - 1;
  const w = v.low[last] ?? '';
  if (last < 1 || v.toks[last]!.start < subject.start || isCapitalized(v.toks[last]!.text) || !w.endsWith('s') || w.endsWith('ss')) return subject;
  if (!isCapitalized(v.toks[last - 1]!.text) || !SETTING_STARTS.has(v.low[last + 1] ?? '')) return subject;
  return { start: subject.start, end: v.toks[last - 1]!.end };
}

const INFINITIVE_REACH = 12;

/** The first unquoted finite verb after token `from`, within a bounded reach, that more words follow; -1 if none. */
export function finiteAfter(v: View, from: number): number {
  for (let k = from; k < v.toks.length - 2 && k - from < INFINITIVE_REACH; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return -1;
    if (FINITE_VERBS.has(v.low[k]!)) return k;
  }
  return -1;
}

/** Is `word` among the words of tokens [from, to)? */
export function wordBetween(v: View, from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (v.low[k] === word) return true;
  return false;
}

export function lastNonSpace(text: string, at: number): number {
  let k = at - 1;
  while (k > 0 && /\s/.test(text[k]!)) k--;
  return k;
}
/** Head nouns of a description before a name: "the district police chief", "his team". */
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS, 'team', 'club', 'company', 'firm', 'party', 'agency', 'union', 'group']);

/**
 * "…, the district police chief, Superintendent Bikram Thapa, said": before the comma at `comma`, a
 * description set off by an earlier comma (a determiner first, a title's noun last, no verb): that
 * earlier comma's index, else -1. The description is the source's, no content.
 */
export function titleBefore(v: View, comma: number): number {
  if (comma < 3 || v.toks[comma]?.text !== ',' || v.quoted[comma] || !DESCRIPTION_HEADS.has(v.low[comma - 1]!)) return -1;
  for (let k = comma - 1; k >= 0 && comma - k <= 6; k--) {
    const t = v.toks[k]!;
    if (t.text === ',') return k < comma - 2 && DETERMINERS.has(v.low[k + 1]!) && !v.quoted[k] ? k : -1;
    if (t.kind !== 'word' || isCapitalized(t.text) || v.quoted[k] || FINITE_VERBS.has(v.low[k]!) || CUE_WORDS.has(v.low[k]!)) return -1;
  }
  return -1;
}
