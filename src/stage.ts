// What a pipeline stage is: a name, what it needs, what it fills in, and a pure run.

import type { Doc } from './document.js';
import type { Lexicon } from './lexicon/index.js';

/** Fields of the document a stage can require or assign. */
export type DocField =
  | 'paragraphs'
  | 'sentences'
  | 'title'
  | 'referenceDate'
  | 'actors'
  | 'dates'
  | 'casualties'
  | 'quotes'
  | 'claims';

export interface Context {
  /** `--reference-date`, when given: wins over any date found in the article */
  referenceDate: string | null;
  lexicon: Lexicon;
}

export interface Stage {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  /** Fills in `assigns` on `doc`; pushes problems to `doc.warnings`; never prints. */
  run(doc: Doc, ctx: Context): void;
}
