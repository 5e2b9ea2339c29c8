// segment: paragraphs (title, headings, body), sentences and tokens, with offsets.
// First stage: every other stage reads sentences. The three steps live in ./segment/.

import type { Doc, Sentence } from '../document.js';
import type { Stage } from '../stage.js';
import { classify, splitParagraphs } from './segment/paragraphs.js';
import { splitSentences } from './segment/sentences.js';
import { narrowCopy, tokenize } from './segment/tokens.js';
import { isByline, isFurniture, isTimestamp } from './segment/dateline.js';

export { splitLines, splitParagraphs } from './segment/paragraphs.js';
export { splitSentences } from './segment/sentences.js';
export { narrowCopy, tokenize } from './segment/tokens.js';

/** Does a line end at `at` (a line break after spaces)? */
function lineEnds(text: string, at: number): boolean {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at === text.length || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13;
}

/** Does a line start at `at` (after a line break and spaces)? */
function lineStarts(text: string, at: number): boolean {
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  return at === 0 || text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 13;
}

/** The start of the line that holds `at` (a bounded look back: furniture opens within a short line). */
function lineStart(text: string, at: number): number {
  for (let k = at, floor = Math.max(0, at - 200); k > floor; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 10 || c === 13) return k;
  }
  return at <= 200 ? 0 : -1;
}

/**
 * "By Jane Doe", "Last updated July 9, 2026, 6:40 p.m." (a whole line), "Photo: …", "(Reporting by
 * …)" (any sentence of such a line): lines that assert nothing.
 */
function frontMatter(text: string, p: { start: number }, s: { start: number; end: number }): boolean {
  if (lineStarts(text, s.start) && lineEnds(text, s.end) && (isByline(text, s.start, s.end) || isTimestamp(text, s.start, s.end))) return true;
  const line = s.start === p.start || lineStarts(text, s.start) ? s.start : lineStart(text, s.start);
  return line >= 0 && isFurniture(text, line, s.end);
}

export const segment: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'title'],
  run(doc: Doc) {
    const { text } = doc;
    doc.paragraphs = classify(text, splitParagraphs(text));
    const sentences: Sentence[] = [];
    const narrow = narrowCopy(text);
    for (const p of doc.paragraphs) {
      const spans = p.kind === 'body' ? splitSentences(text, p.start, p.end) : [p];
      for (const s of spans) {
        sentences.push({
          index: sentences.length,
          paragraph: p.index,
          body: p.kind === 'body' && !frontMatter(text, p, s),
          start: s.start,
          end: s.end,
          tokens: tokenize(text, s.start, s.end, narrow),
        });
      }
    }
    doc.sentences = sentences;
    const title = doc.paragraphs.find((p) => p.kind === 'title');
    doc.title = title ? text.slice(title.start, title.end) : null;
  },
};
