// A quote with no frame of its own gets the speaker carried from around it: the asker of a question
// answered one paragraph before, or the speaker (else the first person) of the sentence just before.

import type { Doc } from '../../document.js';
import { firstIndex, sentenceAt } from '../../document.js';
import type { SourceRef } from '../../types.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import type { Analysis, Attribution } from './analyse.js';
import type { QuotedSpan } from './marks.js';
import type { SpokenQuote } from './speakers.js';

/** Only whitespace between two offsets? */
function adjacent(text: string, from: number, to: number): boolean {
  return to >= from && /^\s*$/.test(text.slice(from, to));
}

const REPLY_CUES: ReadonlySet<string> = new Set(['reply', 'answer', 'respond', 'retort', 'counter']);

/** The speaker who asked the question that the last quote (a reply by another speaker, one paragraph on) answered. */
export function askerBefore(out: readonly SpokenQuote[]): SourceRef | null {
  const reply = out[out.length - 1];
  const question = out[out.length - 2];
  if (!reply?.cue || !question?.cue || !question.speaker || !reply.speaker) return null;
  if (!REPLY_CUES.has(CUE_WORDS.get(reply.cue.text.toLowerCase())?.base ?? '') || CUE_WORDS.get(question.cue.text.toLowerCase())?.base !== 'ask') return null;
  if (question.span.lastParagraph !== reply.span.paragraph - 1 || sameSpeaker(question.speaker, reply.speaker)) return null;
  return question.speaker;
}

function sameSpeaker(a: SourceRef, b: SourceRef): boolean {
  return a.actor ? a.actor === b.actor : a.text === b.text;
}

/** Does the quote open its paragraph? */
export function startsParagraph(doc: Doc, q: QuotedSpan): boolean {
  // (q.paragraph counts body paragraphs only, the title not among them: the paragraph is found by offset)
  const s = sentenceAt(doc, q.open);
  const p = s ? doc.paragraphs[s.paragraph] : undefined;
  return p !== undefined && adjacent(doc.text, p.start, q.open);
}

/** Is the frame's cue inside the content of another frame of its sentence (attributions from index `from` on)? */
function nestedIn(list: readonly Attribution[], from: number, sentence: number, frame: Attribution['frame']): boolean {
  for (let i = from; i < list.length && list[i]!.frame.sentence === sentence; i++) {
    const c = list[i]!.frame.content;
    if (list[i]!.frame !== frame && c && c.start <= frame.cue.start && frame.cue.end <= c.end) return true;
  }
  return false;
}

/**
 * A quote that opens a sentence with no cue of its own: the speaker of the
 * sentence just before ("Smith was unmoved. “We will not…”"), or its first
 * person actor. A colon lead-in ("Smith put it bluntly:") works the same way.
 */
export function speakerBefore(doc: Doc, analysis: Analysis, q: QuotedSpan): SourceRef | null {
  const s = sentenceAt(doc, q.open);
  if (!s) return null;
  const startsSentence = adjacent(doc.text, s.start, q.open);
  let k = q.open;
  while (k > s.start && /\s/.test(doc.text[k - 1]!)) k--;
  const colon = doc.text[k - 1] === ':';
  const prev = startsSentence ? doc.sentences[s.index - 1] : colon ? s : undefined;
  if (!prev || !prev.body || s.paragraph - prev.paragraph > 1) return null;
  const end = colon ? k : prev.end;
  const list = analysis.attributions;
  // the sentence's first speaker, not one inside what another says ("The board may be reluctant to act, Ruiz said.")
  let first: SourceRef | null = null;
  const from = firstIndex(list.length, (i) => list[i]!.frame.sentence >= prev.index);
  for (let i = from; i < list.length; i++) {
    const a = list[i]!;
    if (a.frame.sentence !== prev.index) break;
    if (!a.source) continue;
    first ??= a.source;
    if (!nestedIn(list, from, prev.index, a.frame)) return a.source;
  }
  if (first) return first;
  const { starts, ends, actors } = analysis.index.mentions;
  for (let i = firstIndex(starts.length, (i) => starts[i]! >= prev.start); i < starts.length && starts[i]! < end; i++) {
    if (ends[i]! <= end && actors[i]!.type === 'person') {
      return { actor: actors[i]!.id, text: doc.text.slice(starts[i]!, ends[i]!), start: starts[i]!, end: ends[i]! };
    }
  }
  return null;
}

