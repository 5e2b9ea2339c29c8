// quotes: words inside quotation marks, with speaker, cue and kind.
// Also adds resolved pronouns ("he said") as mentions of their actor.

import type { Stage } from '../../stage.js';
import { firstIndex, type Doc } from '../../document.js';
import type { Quote } from '../../types.js';
import { analyse } from './analyse.js';
import { assignSpeakers } from './speakers.js';

export const quotes: Stage = {
  name: 'quotes',
  requires: ['sentences', 'actors'],
  assigns: ['quotes', 'actors'],
  run(doc) {
    const analysis = analyse(doc);
    doc.attribution = analysis;
    doc.warnings.push(...analysis.warnings);
    const touched = new Set<(typeof analysis.pronouns)[number]['actor']>();
    for (const { actor, mention } of analysis.pronouns) {
      actor.mentions.push(mention);
      touched.add(actor);
    }
    for (const actor of touched) {
      // keep one mention per span, in text order (sorted, equal spans are neighbours)
      actor.mentions = actor.mentions
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start || m.end !== all[i - 1]!.end);
    }
    const quotes: Quote[] = [];
    for (const q of assignSpeakers(doc, analysis)) {
      const first = { start: q.span.start, end: q.span.end, speaker: q.speaker, cue: q.cue, kind: q.kind, rule: q.rule };
      if (q.span.lastParagraph === q.span.paragraph) quotes.push(quote(doc, quotes.length, first));
      else for (const piece of paragraphPieces(doc, first)) quotes.push(quote(doc, quotes.length, piece));
    }
    doc.quotes = quotes;
  },
};

type Piece = Omit<Quote, 'id' | 'text'>;

function quote(doc: Doc, i: number, p: Piece): Quote {
  return { id: `Q${i + 1}`, start: p.start, end: p.end, text: doc.text.slice(p.start, p.end), speaker: p.speaker, cue: p.cue, kind: p.kind, rule: p.rule };
}

const MARK = /^(?:''|["“„«‘'])/;

/**
 * A quotation that runs over paragraphs (each reopened with a mark, the closing one only at the end) is one
 * quote per paragraph, by the same speaker: "…and pointed at the news.¶“I didn't sleep for two days…”" —
 * a reader, and the fixtures' gold, count two quotations.
 */
function paragraphPieces(doc: Doc, first: Piece): Piece[] {
  const pieces: Piece[] = [];
  const { start, end } = first;
  // (the span's paragraph numbers count body paragraphs only: the paragraphs are found by offset)
  for (let p = firstIndex(doc.paragraphs.length, (k) => doc.paragraphs[k]!.end > start); p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    if (para.start >= end) break;
    let a = Math.max(start, para.start);
    if (a === para.start) a += MARK.exec(doc.text.slice(para.start, para.start + 2))?.[0].length ?? 0;
    let b = Math.min(end, para.end);
    while (b > a && /\s/.test(doc.text[b - 1]!)) b--;
    if (b <= a) continue;
    pieces.push(pieces.length === 0 ? { ...first, start: a, end: b } : { start: a, end: b, speaker: first.speaker, cue: null, kind: 'full', rule: 'quotes/paragraph-continued' });
  }
  return pieces.length > 0 ? pieces : [first];
}
