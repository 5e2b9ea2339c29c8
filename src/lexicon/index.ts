// The lexicon a run uses: the built-in word lists (each stage imports its own
// data from src/lexicon/*) plus what the user adds with `--lexicon FILE.yaml`.

import type { ActorType } from '../types.js';

/** A user-supplied entity: `{ name, type, aliases? }` in the --lexicon file. */
export interface UserEntity {
  name: string;
  type: ActorType;
  aliases: string[];
}

export interface Lexicon {
  entities: UserEntity[];
}

export function emptyLexicon(): Lexicon {
  return { entities: [] };
}
