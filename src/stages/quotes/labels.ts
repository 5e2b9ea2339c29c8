// Speaker labels of a transcript: a paragraph that opens with a name in capitals
// and a colon ("PENCE: Well, look…", "“MORALES: We never agreed…") is that
// speaker's turn; the whole paragraph after the colon is what they said.

import type { Doc } from '../../document.js';
import { NOT_SPEAKER_LABELS } from '../../lexicon/attribution-words.js';
import type { Frame } from './frames.js';
import type { View } from './tokens.js';

const MAX_LABEL_WORDS = 3;
const OPENING_MARKS = new Set(['"', '“', '„', '«', "'", '‘']);
const UPPER = /^[\p{Lu}][\p{Lu}.’'-]+$/u;
const TITLE = /^\p{Lu}[\p{Ll}’'-]+$/u;

/** Does the body paragraph before paragraph p end in a question mark (an interview's question)? */
function afterQuestion(doc: Doc, p: number): boolean {
  const prev = doc.paragraphs[p - 1];
  if (!prev || p - 1 === 0) return false;
  let end = prev.end;
  while (end > prev.start && /[\s"”’']/.test(doc.text[end - 1]!)) end--;
  return doc.text[end - 1] === '?';
}

/**
 * The label frame of a paragraph's first sentence, or null. `person`: does the span name a person the
 * actors stage found? A label in title case must ("Sule: No ransom was paid…" after "Q: Was a ransom
 * paid?" in an interview; "Verdict: Partly true." is no speaker).
 */
export function labelFrame(doc: Doc, v: View, person: (start: number, end: number) => boolean): Frame | null {
  // the paragraph may reopen a quotation mark that never closes ("\"WALLACE: …" on every turn)
  let k = v.mark[0] === 'open' || OPENING_MARKS.has(v.toks[0]?.text ?? '') ? 1 : 0;
  const from = k;
  while (k < v.toks.length && k - from < MAX_LABEL_WORDS && v.toks[k]!.kind === 'word' && UPPER.test(v.toks[k]!.text)) {
    if (NOT_SPEAKER_LABELS.has(v.low[k]!)) return null;
    k++;
  }
  if (k === from) {
    while (k < v.toks.length && k - from < MAX_LABEL_WORDS && v.toks[k]!.kind === 'word' && TITLE.test(v.toks[k]!.text)) k++;
    if (k === from || v.toks[k]?.text !== ':' || !afterQuestion(doc, v.sentence.paragraph) || !person(v.toks[from]!.start, v.toks[k - 1]!.end)) return null;
  }
  const colon = v.toks[k];
  if (k === from || !colon || colon.text !== ':' || k + 1 >= v.toks.length) return null;
  // a headline's kicker in capitals ("FLOODS: Death toll rises to 31", "UPDATE: …") is no speaker; a person still is
  if (doc.paragraphs[v.sentence.paragraph]!.kind === 'title' && !person(v.toks[from]!.start, v.toks[k - 1]!.end)) return null;
  const paragraph = doc.paragraphs[v.sentence.paragraph]!;
  let end = paragraph.end;
  while (end > colon.end && /\s/.test(doc.text[end - 1]!)) end--;
  const start = v.toks[k + 1]!.start;
  if (end <= start) return null;
  const name = { start: v.toks[from]!.start, end: v.toks[k - 1]!.end };
  return {
    sentence: v.sentence.index, cue: { start: colon.start, end: colon.end, text: colon.text }, source: name,
    content: { start, end }, placement: 'before', leftEdge: name.start, rule: 'claims/speaker-label',
  };
}
