// The wounded told by subtraction: "Three people were shot, one fatally" → 1 killed, 2 wounded;
// "Two men were shot. One of them died." → 1 killed, 1 wounded.

import { TO_DEATH_VERBS } from '../../lexicon/casualties.js';
import { REFLEXIVE_PRONOUNS } from '../../lexicon/non-entities.js';
import type { Found } from './rules.js';
import type { View } from './view.js';

/** A reading with its view and the ordinal of its sentence among the article's sentences. */
export interface Placed {
  view: View;
  f: Found;
  at: number;
}

/** The deaths are looked for in the sentence of the total and this many after it. */
const NEAR = 2;
/** At most this many readings after a total are read, so a run-on sentence of tolls stays linear. */
const LOOK = 12;

/** The exact figure of a reading: its count when exact, 1 for a person ("a man"), else undefined. */
function exactOf(f: Found): number | undefined {
  const q = f.quantity;
  if (q) return q.min !== null && q.min === q.max && !q.approximate ? q.min : undefined;
  return f.one ? 1 : undefined;
}

/** Deaths told by their manner: "strangled", "drowned", "asphyxiated", "beaten to death". */
function ofItsOwnManner(view: View, g: Found): boolean {
  for (let k = g.start; k < g.end; k++) {
    const w = view.words[k]!;
    if (MANNERS.has(w) || TO_DEATH_VERBS.has(w)) return true;
  }
  return false;
}
const MANNERS: ReadonlySet<string> = new Set([
  'strangled', 'drowned', 'asphyxiated', 'suffocated', 'electrocuted', 'beheaded', 'decapitated', 'hanged', 'lynched',
]);

function selfHarm(view: View, g: Found): boolean {
  return g.one !== undefined && REFLEXIVE_PRONOUNS.has(view.words[g.one.start]!);
}

/**
 * A count of people shot whose outcome the article tells apart (settle.ts made it a casualty
 * count, as the article has a death toll), followed closely by the first count of deaths,
 * smaller than it: the rest were wounded. The reading spans the total, and both figures when
 * they share a sentence; its count text is empty, as the figure is computed, not written.
 * Not when a count of wounded comes first: "Four were shot. Two were wounded, one died."
 */
export function remainders(found: readonly Placed[]): readonly Placed[] {
  // built on the first remainder: most articles have none
  let out: Placed[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const { f, view, at } = found[i]!;
    if (f.kind !== 'casualties' || !f.weak || !f.quantity) continue;
    const total = exactOf(f);
    if (total === undefined || total < 2) continue;
    for (let j = i + 1; j < found.length && j <= i + LOOK && found[j]!.at <= at + NEAR; j++) {
      const g = found[j]!.f;
      if (g.kind === 'wounded' && !g.weak) break;
      // "shot three women and then killed himself": the gunman is not one of those shot
      if (g.kind !== 'killed' || g.weak || g.rule === 'casualty/own-life' || selfHarm(found[j]!.view, g)) continue;
      // "three were stabbed, two were strangled": a death of its own manner is other people, not a part of those stabbed
      if (ofItsOwnManner(found[j]!.view, g)) continue;
      const dead = exactOf(g);
      if (dead === undefined || dead === 0 || dead >= total) break;
      const rest = total - dead;
      const q = { min: rest, max: rest, approximate: false, start: f.quantity.start, end: f.quantity.end, after: f.quantity.end, vague: false };
      const end = found[j]!.view === view ? g.end : f.end;
      (out ??= []).push({ view, f: { start: f.start, end, kind: 'wounded', quantity: q, one: undefined, victims: f.victims, rule: 'casualty/remainder', weak: false }, at });
      break;
    }
  }
  return out ?? NONE;
}

const NONE: readonly Placed[] = [];
