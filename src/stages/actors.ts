// actors: people, organisations, places and unnamed sources, one actor per entity.

import type { Stage } from '../stage.js';

export const actors: Stage = {
  name: 'actors',
  requires: ['sentences'],
  assigns: ['actors'],
  run(doc) {
    doc.actors = [];
  },
};
