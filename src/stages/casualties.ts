// casualties: counts of people killed, wounded… and of violent incidents.

import type { Stage } from '../stage.js';

export const casualties: Stage = {
  name: 'casualties',
  requires: ['sentences', 'actors', 'dates'],
  assigns: ['casualties'],
  run(doc) {
    doc.casualties = [];
  },
};
