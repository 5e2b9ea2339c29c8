// The stages in the order they run. Each line says why it sits where it does.

import type { Doc } from './document.js';
import type { Context, DocField, Stage } from './stage.js';
import { segment } from './stages/segment.js';
import { referenceDate } from './stages/reference-date.js';
import { dates } from './stages/dates/index.js';
import { actors } from './stages/actors/index.js';
import { casualties } from './stages/casualties/index.js';
import { quotes } from './stages/quotes/index.js';
import { claims } from './stages/claims/index.js';

export const STAGES: readonly Stage[] = [
  segment, //        first: everything reads paragraphs and sentences
  referenceDate, //  a dateline fixes the date that relative dates resolve against
  dates, //          needs the reference date; actors and casualties must not take years for names or counts
  actors, //         needs sentences; casualties, quotes and claims point at actors
  casualties, //     ties each figure to the actors and dates of its sentence
  quotes, //         speakers resolve to actors; adds pronoun mentions to them
  claims, //         last: a claim lists the actors, dates, casualties and quotes it contains
];

/** Checks once, at start-up, that every stage's requirements are assigned by an earlier stage. */
export function checkOrder(stages: readonly Stage[]): void {
  const assigned = new Set<DocField>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) {
        throw new Error(`pipeline: stage '${stage.name}' requires '${need}', which no earlier stage assigns`);
      }
    }
    for (const field of stage.assigns) assigned.add(field);
  }
}

checkOrder(STAGES);

export function runPipeline(doc: Doc, ctx: Context, stages: readonly Stage[] = STAGES): Doc {
  for (const stage of stages) stage.run(doc, ctx);
  return doc;
}
