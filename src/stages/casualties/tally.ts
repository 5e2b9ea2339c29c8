// One more person after a count: "An 18-year-old man was shot. … Another man was shot." → 2 wounded;
// "One man was shot and critically wounded. A second victim was found with a gunshot wound." → 2;
// "The officer fatally shot LeGrier. … He also shot and killed a neighbor." → 2 killed.

import { ORDINALS } from '../../lexicon/casualties.js';
import type { Found } from './rules.js';
import type { Placed } from './remainder.js';
import type { View } from './view.js';

/** Does the one person of the reading open with "another" or "a second" (one more than before)? */
function isOneMore(view: View, f: Found): boolean {
  if (!f.one) return false;
  const w = view.words[f.one.start]!;
  if (w === 'another') return true;
  return (w === 'a' || w === 'the') && ORDINALS.has(view.words[f.one.start + 1] ?? '');
}


/** Rules that count people named one by one: "killing LeGrier and his neighbor", "Smith and Martin were shot dead". */
const PERSONS: ReadonlySet<string> = new Set(['casualty/verb-persons', 'casualty/persons-verb']);

/** Does "also" say the reading's dead are more dead ("A woman was also killed", "he also shot and killed a neighbor")? */
function isAlso(view: View, f: Found): boolean {
  const { words } = view;
  for (let k = f.start; k < f.end; k++) if (words[k] === 'also') return true;
  // before a verb and its object, at most one word between: "also accidentally shot and killed";
  // not "Police also said the man died" (the saying is what is added)
  return f.rule.startsWith('casualty/verb-') && (words[f.start - 1] === 'also' || words[f.start - 2] === 'also');
}

/** The one person's reflexives: "killed himself", "turned the gun on herself". */
export const SELVES: ReadonlySet<string> = new Set(['himself', 'herself']);

/** "took his own life", "killed himself": the killer's death. */
function isSelf(view: View, f: Found): boolean {
  return f.rule === 'casualty/own-life' || (f.one !== undefined && SELVES.has(view.words[f.one.start]!));
}

/** The killer's death is looked for in the sentence of the count and this many after it. */
const NEAR = 2;
const KILLERS: ReadonlySet<string> = new Set(['gunman', 'shooter', 'suspect', 'attacker', 'assailant', 'killer', 'bomber']);

/** Words after a count where "including the gunman" is looked for (a bounded read, whatever the sentence's length). */
const AFTER = 8;

/** "killed four people, including the gunman": the count holds the killer. */
function killerAmong(view: View, f: Found): boolean {
  const { words } = view;
  const end = Math.min(words.length, f.end + AFTER);
  for (let k = f.start; k < end; k++) {
    if (words[k] !== 'including') continue;
    for (let m = k + 1; m < k + 4 && m < words.length; m++) if (KILLERS.has(words[m]!)) return true;
  }
  return false;
}

/** The exact number of dead of a killed reading: its exact count, 1 for one person; 0 when inexact. */
function deadOf(f: Found): number {
  const q = f.quantity;
  if (q) return q.min !== null && q.min === q.max && !q.approximate ? q.min : 0;
  return f.one ? 1 : 0;
}

/**
 * A person who is one more ("another man was shot", "a second victim was found with a gunshot
 * wound") after one or more wounded people told one by one: their number so far, plus one.
 * Not after a count: "a double shooting … another man was shot" is one of the two. Only the
 * wounded: "the second victim was pronounced dead", "another man died" more often tell what
 * became of a person counted before, or of an earlier case. The reading spans the person's own;
 * its count text is empty (computed). A first "another" with no wounded person before it ("one
 * person died and a second was injured") adds nothing, nor one in the sentence of a death ("One had
 * a gunshot wound. … one man was killed, another was injured": the other of the dead man).
 */
export function tallies(found: readonly Placed[]): readonly Placed[] {
  // built on the first tally: most articles have none, and the stage runs in a fraction of a millisecond
  let out: Placed[] | undefined;
  // the wounded people so far
  let wounded = 0;
  // the dead so far, told by name or one by one: the largest such count, and the dead told as
  // more ("also killed") added to it
  let dead = 0;
  // a count of dead ("left three people dead") holds those told later: "X was also killed" is one of them
  let total = false;
  // the killer's own death was added once
  let self = false;
  // the largest count of dead a killer is told to have killed, its sentence (ordinal and view)
  let slain = 0;
  let slainAt = -1;
  let slainView: View | undefined;
  let slainFound: Found | undefined;
  // the sentence of the last killed reading: "one man was killed, another was injured" sets the
  // other against the dead, not against the wounded told before
  let killedAt = -1;
  for (const p of found) {
    const { f, view } = p;
    if (f.kind === 'killed') killedAt = p.at;
    if (f.kind === 'killed' && !f.weak) {
      // "killing his five young children as well as his wife … The gunman then took his own life": one more
      if (isSelf(view, f)) {
        // only close after the dead a killer is told to have killed ("killing his five young children"),
        // in the body: "Four Dead" (a headline) or "when 28 were killed" may count the killer or
        // other deaths; and not when the count names the killer among its dead
        if (slain > 0 && !self && p.at - slainAt <= NEAR && !killerAmong(slainView!, slainFound!)) {
          self = true;
          const at = f.one ?? f;
          const q = { min: slain + 1, max: slain + 1, approximate: false, start: at.start, end: at.end, after: at.end, vague: false };
          (out ??= []).push({ view, f: { start: f.start, end: f.end, kind: 'killed', quantity: q, one: undefined, victims: f.victims, rule: 'casualty/tally-self', weak: false }, at: p.at });
        }
        continue;
      }
      const n = deadOf(f);
      if (f.quantity && !PERSONS.has(f.rule) && (f.quantity.max === null || f.quantity.max > 1)) total = true;
      // "The officer fatally shot LeGrier … The officer also accidentally shot and killed a neighbor": 2
      if (dead > 0 && n > 0 && !total && isAlso(view, f)) {
        dead += n;
        const at = f.quantity ?? f.one!;
        const q = { min: dead, max: dead, approximate: false, start: at.start, end: at.end, after: at.end, vague: false };
        (out ??= []).push({ view, f: { start: f.start, end: f.end, kind: 'killed', quantity: q, one: undefined, victims: f.victims, rule: 'casualty/tally-also', weak: false }, at: p.at });
      } else dead = Math.max(dead, n);
      if (n > slain && view.sentence.body && f.rule.startsWith('casualty/verb-')) {
        slain = n;
        slainAt = p.at;
        slainView = view;
        slainFound = f;
      }
      continue;
    }
    if (f.kind !== 'wounded') continue;
    if (wounded > 0 && isOneMore(view, f) && killedAt !== p.at) {
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
