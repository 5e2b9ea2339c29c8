// dates: TIMEX3 temporal expressions, normalised against the reference date.

import type { Stage } from '../stage.js';

export const dates: Stage = {
  name: 'dates',
  requires: ['sentences', 'referenceDate'],
  assigns: ['dates'],
  run(doc) {
    doc.dates = [];
  },
};
