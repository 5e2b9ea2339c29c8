// quotes: words inside quotation marks, with speaker and cue.

import type { Stage } from '../stage.js';

export const quotes: Stage = {
  name: 'quotes',
  requires: ['sentences', 'actors'],
  assigns: ['quotes', 'actors'],
  run(doc) {
    doc.quotes = [];
  },
};
