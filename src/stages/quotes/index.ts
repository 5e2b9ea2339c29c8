// quotes: words inside quotation marks, with speaker, cue and kind.
// Also adds resolved pronouns ("he said") as mentions of their actor.

import type { Stage } from '../../stage.js';
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
    doc.quotes = assignSpeakers(doc, analysis).map(
      (q, i): Quote => ({
        id: `Q${i + 1}`,
        start: q.span.start,
        end: q.span.end,
        text: doc.text.slice(q.span.start, q.span.end),
        speaker: q.speaker,
        cue: q.cue,
        kind: q.kind,
        rule: q.rule,
      }),
    );
  },
};
