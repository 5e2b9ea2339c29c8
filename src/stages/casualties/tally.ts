// One more person after a count: "An 18-year-old man was shot. … Another man was shot." → 2 wounded;
// "One man was shot and critically wounded. A second victim was found with a gunshot wound." → 2.

import type { Found } from './rules.js';
import type { Placed } from './remainder.js';
import type { View } from './view.js';

const ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth']);

/** Does the one person of the reading open with "another" or "a second" (one more than before)? */
function isOneMore(view: View, f: Found): boolean {
  if (!f.one) return false;
  const w = view.words[f.one.start]!;
  if (w === 'another') return true;
  return (w === 'a' || w === 'the') && ORDINALS.has(view.words[f.one.start + 1] ?? '');
}


/**
 * A person who is one more ("another man was shot", "a second victim was found with a gunshot
 * wound") after one or more wounded people told one by one: their number so far, plus one.
 * Not after a count: "a double shooting … another man was shot" is one of the two. Only the
 * wounded: "the second victim was pronounced dead", "another man died" more often tell what
 * became of a person counted before, or of an earlier case. The reading spans the person's own;
 * its count text is empty (computed). A first "another" with no wounded person before it ("one
 * person died and a second was injured") adds nothing.
 */
export function tallies(found: readonly Placed[]): readonly Placed[] {
  // built on the first tally: most articles have none, and the stage runs in a fraction of a millisecond
  let out: Placed[] | undefined;
  // the wounded people so far
  let wounded = 0;
  for (const p of found) {
    const { f, view } = p;
    if (f.kind !== 'wounded') continue;
    if (wounded > 0 && isOneMore(view, f)) {
      wounded++;
      const q = { min: wounded, max: wounded, approximate: false, start: f.one!.start, end: f.one!.end, after: f.one!.end, vague: false };
      (out ??= []).push({ view, f: { start: f.start, end: f.end, kind: f.kind, quantity: q, one: undefined, victims: f.victims, rule: 'casualty/tally', weak: f.weak }, at: p.at });
      continue;
    }
    // only people told one by one ("a man", "one man"): a count ("a double shooting", "two people
    // were shot") holds the one more
    if (wounded === 0 && (f.one !== undefined || (f.quantity?.min === 1 && f.quantity.max === 1))) wounded = 1;
  }
  return out ?? NONE;
}

const NONE: readonly Placed[] = [];
