// The candidate a capitalised run (or a made phrase) gives: its span, entity key, type and clues.

import type { ActorType } from '../../types.js';
import type { Word } from './words.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** entity key: "country:PAK", "org:islamic state", "name:khawaja asif" */
  key: string;
  type: ActorType;
  /** how sure the type is: 5 user lexicon, 4 gazetteer, 3 name shape, 2 title/context, 1 weak, 0 guess */
  strength: number;
  rule: string;
  roles: string[];
  /** entity key of the country or group it belongs to ("Pakistan’s Khawaja Asif") */
  affiliation: string | null;
  /** country code when this is a capital ("Islamabad"); political: used as the government */
  capitalOf: string | null;
  political: boolean;
  /** a name form fit to be the actor's name (not an acronym or a capital standing for a country) */
  primary: boolean;
  tokens: string[];
  /** the first token in lower case ("’" as "'"), for the word lists (none holds an apostrophe) */
  lowerFirst: string;
  /** the lookup key of the text (nameKey): "khawaja asif", "taliban" */
  lookup: string;
  /** where the roles stand in the text: words there are no other actor ("Socialist" leader) */
  roleSpans?: Array<{ start: number; end: number }>;
  /** the title's country ("US" in "US President Donald Trump") */
  titleCountry?: Candidate;
  /** a country's possessive that tells this name from another country's ("Kyrgyzstan's" Foreign Ministry) */
  owner?: string;
}

export interface RunContext {
  words: Word[];
  text: string;
  sentence: number;
}
