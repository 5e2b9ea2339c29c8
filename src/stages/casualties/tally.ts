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
export function tallies(found: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  // the people so far, per kind: few kinds, so a small map
  const most = new Map<string, number>();
  for (const p of found) {
    const { f, view } = p;
    if (f.kind === 'wounded' && isOneMore(view, f)) {
      const before = most.get(f.kind) ?? 0;
      if (before > 0) {
        const n = before + 1;
        const q = { min: n, max: n, approximate: false, start: f.one!.start, end: f.one!.end, after: f.one!.end, vague: false };
        out.push({ view, f: { start: f.start, end: f.end, kind: f.kind, quantity: q, one: undefined, victims: f.victims, rule: 'casualty/tally', weak: f.weak }, at: p.at });
        most.set(f.kind, n);
        continue;
      }
    }
    // only people told one by one ("a man", "one man"): a count ("a double shooting", "two people
    // were shot") holds the one more
    const single = f.one !== undefined || (f.quantity?.min === 1 && f.quantity.max === 1);
    if (single && !most.has(f.kind)) most.set(f.kind, 1);
  }
  return out;
}
