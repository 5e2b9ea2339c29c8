// reference-date: the date relative expressions resolve against.
// `--reference-date` wins; else a dateline or published-on line in the article.
// Runs before dates, which needs it.

import type { Stage } from '../stage.js';

export const referenceDate: Stage = {
  name: 'reference-date',
  requires: ['sentences'],
  assigns: ['referenceDate'],
  run(doc, ctx) {
    doc.referenceDate = ctx.referenceDate;
  },
};
