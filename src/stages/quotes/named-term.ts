// "in what it called “ill-gotten gains,”", "what he calls “hell”": a term quoted as someone's own name for a
// thing. The quotation has a speaker (the subject before the naming verb), though nobody is said to have
// made a statement: the frame names the quote's speaker and makes no claim (claims skips its rule).

import type { Span } from '../../types.js';
import { SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { NAMING_VERBS } from '../../lexicon/cue-phrases.js';
import { firstIndex } from '../../document.js';
import type { Draft } from './frames.js';
import type { QuotedSpan } from './marks.js';
import { cueSpan, isCapitalized, type View } from './tokens.js';

export const NAMED_TERM_RULE = 'claims/what-called';
// "what it called", "what Senate Democrats called", "what the agency called": a short subject
const SUBJECT_WORDS = 4;
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their']);

/** Is tokens [from, to] a short subject: a pronoun, a name, or "the" and a noun or two? */
function subjectRange(v: View, from: number, to: number): boolean {
  if (to < from || to - from >= SUBJECT_WORDS) return false;
  if (from === to && SPEAKER_PRONOUNS.has(v.low[from]!)) return true;
  const lead = SUBJECT_DETERMINERS.has(v.low[from]!) ? from + 1 : from;
  if (lead > to) return false;
  for (let k = lead; k <= to; k++) {
    const t = v.toks[k]!;
    if (t.kind !== 'word' || v.quoted[k] || v.mark[k]) return false;
    // a name's words are capitalized; after "the" any noun may follow ("the agency", "the Justice Department")
    if (lead === from && !isCapitalized(t.text)) return false;
  }
  return true;
}

/**
 * The frames of the sentence's named terms: "what it called “…”" with the pronoun or name as source. A new array
 * every time (the caller may add to it). Only the quotations that open in the sentence are looked at, found by
 * binary search (most sentences have none).
 */
export function namedTermFrames(v: View, spans: readonly QuotedSpan[]): Draft[] {
  const out: Draft[] = [];
  const { start: from, end: to } = v.sentence;
  for (let s = firstIndex(spans.length, (k) => spans[k]!.open >= from); s < spans.length && spans[s]!.open < to; s++) {
    const i = firstIndex(v.toks.length, (k) => v.toks[k]!.start >= spans[s]!.open);
    if (i < 2 || i >= v.toks.length || v.mark[i] !== 'open' || v.mark[i - 1]) continue;
    // "what it described as “…”": the "as" of the verb
    const verb = v.low[i - 1] === 'as' ? i - 2 : i - 1;
    if (verb < 2 || v.quoted[verb] || !NAMING_VERBS.has(v.low[verb]!)) continue;
    // "what" within the subject's reach before the verb
    let what = -1;
    for (let k = verb - 1; k >= 0 && verb - k <= SUBJECT_WORDS + 1; k--) {
      if (v.low[k] === 'what') {
        what = k;
        break;
      }
    }
    if (what < 0 || v.quoted[what] || !subjectRange(v, what + 1, verb - 1)) continue;
    const q = v.quoteOf[i]!;
    const source: Span = { start: v.toks[what + 1]!.start, end: v.toks[verb - 1]!.end };
    out.push({
      sentence: v.sentence.index, cue: cueSpan(v, verb, i - 1), source, content: { start: q.start, end: q.end }, placement: 'before',
      leftEdge: v.toks[what]!.start, rule: NAMED_TERM_RULE, cueToken: verb, cueEnd: i - 1, forward: false,
    });
  }
  return out;
}
