// segment: paragraphs (title, headings, body), sentences and tokens, with offsets.
// First stage: every other stage reads sentences. The three steps live in ./segment/.

import type { Doc, Sentence } from '../document.js';
import type { Stage } from '../stage.js';
import { classify, splitParagraphs } from './segment/paragraphs.js';
import { splitSentences } from './segment/sentences.js';
import { narrowCopy, tokenize } from './segment/tokens.js';
import { isByline, isTimestamp } from './segment/dateline.js';

export { splitLines, splitParagraphs } from './segment/paragraphs.js';
export { splitSentences } from './segment/sentences.js';
export { narrowCopy, tokenize } from './segment/tokens.js';

/** Does a line end at `at` (a line break after spaces)? */
function lineEnds(text: string, at: number): boolean {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at === text.length || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13;
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
          // "By Jane Doe\nLONDON (Reuters) - …", "Last updated July 9, 2026, 6:40 p.m.": a byline or a
          // timestamp line atop a paragraph asserts nothing
          body: p.kind === 'body' && !(s.start === p.start && lineEnds(text, s.end) && (isByline(text, s.start, s.end) || isTimestamp(text, s.start, s.end))),
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
