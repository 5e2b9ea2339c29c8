// claims: every statement, direct, reported or the article's own, with its source.

import type { Stage } from '../stage.js';
import { within } from '../document.js';

export const claims: Stage = {
  name: 'claims',
  requires: ['sentences', 'actors', 'dates', 'casualties', 'quotes'],
  assigns: ['claims'],
  run(doc) {
    doc.claims = doc.sentences
      .filter((s) => s.body)
      .map((s, i) => ({
        id: `C${i + 1}`,
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        sentence: s.index,
        kind: 'assertion' as const,
        source: null,
        cue: null,
        hedged: false,
        actors: [],
        dates: within(doc.dates, s).map((d) => d.id),
        casualties: within(doc.casualties, s).map((c) => c.id),
        quotes: within(doc.quotes, s).map((q) => q.id),
        rule: 'claims/assertion-sentence',
      }));
  },
};
