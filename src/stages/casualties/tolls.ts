// Tolls ("the death toll rose to 45"), a life taken ("took his own life") and the parts of a
// toll ("12 of them children", "three people were shot, one fatally").

import { FATAL_ADVERBS, TOLL_LINKS, TOLL_NOUNS, TOLL_PASSES, TOLL_RISES, TOLL_WORDS } from '../../lexicon/casualties.js';
import { CARDINALS, isYear } from '../../lexicon/numbers.js';
import type { Found } from './rules.js';
import { coordinated, personAt } from './coordinated.js';
import { victimsAfter } from './phrases.js';
import type { Quantity } from './quantity.js';
import { countAt, type View } from './view.js';
import { SELVES } from './tally.js';

/**
 * How many words a toll's cause may take before its verb (no comma on the way): "from a collapse at a
 * coal mine in northern Turkey rose", "from landslides triggered by two days of torrential rain in
 * central Nepal has risen".
 */
const CAUSE_WORDS = 14;

/** Before a part of the people counted, verbs that save it: "rescued six of them", "brought out nine of them". */
const SAVED: ReadonlySet<string> = new Set(['rescued', 'saved', 'freed', 'released', 'out']);

/** A possessive's ending, a token of its own: "Sunday's collapse". */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '\u2019s']);

/** Words that open a time right after "toll": "this week", "so far", "since Monday", "over the weekend". */
const TIME_AFTER_TOLL: ReadonlySet<string> = new Set(['this', 'so', 'since', 'over', 'last']);

/** A year inside a toll's cause or time: "the death toll since October 2023", "the toll from the 2015 earthquake". */
function yearAt(view: View, v: number): boolean {
  return view.tokens[v]!.kind === 'number' && isYear(view.words[v]!);
}

/** "climbed past 140", "surpassed 100", "has exceeded 2,000": more than the number, not the number. */
export function passed(words: readonly string[], k: number, q: Quantity): Quantity {
  return TOLL_PASSES.has(words[k - 1] ?? '') && q.min !== null && q.min === q.max ? { ...q, min: q.min + 1, max: null } : q;
}

/** "the death toll rose to 45", "a toll of 12", "Death Toll Climbs Past 140", "Protest Deaths Rise To 11". */
export function tollRules(view: View, out: Found[]): void {
  const { words } = view;
  for (let t = 0; t < words.length; t++) {
    const w = words[t]!;
    // "Deaths Rise To 11", "fatalities climbed to 20": a harm noun that rises is a toll
    const risen = w !== 'toll' && TOLL_NOUNS.has(w) && TOLL_RISES.has(words[t + 1] ?? '');
    if (w !== 'toll' && !risen) continue;
    const lead = risen ? undefined : TOLL_WORDS.get(words[t - 1] ?? '');
    let k = t + 1;
    // "the death toll from Cyclone Hamoon rose to at least 143": the cause, skipped up to its verb
    // ("The death toll from a collapse at a coal mine in northern Turkey rose to 17": words only, no comma)
    // ("raising the toll from Sunday's collapse of a road bridge in northern Portugal to nine": after a
    // verb that raises it, up to "to" and a count)
    if (words[k] === 'from' || words[k] === 'in') {
      const raised = BRING.has(words[(lead ? t - 1 : t) - 2] ?? '') && words[(lead ? t - 1 : t) - 1] === 'the';
      const reached = (v: number): boolean => TOLL_RISES.has(words[v]!) || (raised && words[v] === 'to' && countAt(view, v + 1) !== undefined);
      let v = k + 1;
      while (v < k + CAUSE_WORDS && v < words.length && (view.tokens[v]!.kind === 'word' || POSSESSIVE.has(words[v]!) || yearAt(view, v)) && !reached(v)) v++;
      if (v < words.length && reached(v)) k = v;
    }
    // "bringing the death toll this week to 23", "the toll so far to 40": a time, skipped up to the link
    else if (TIME_AFTER_TOLL.has(words[k] ?? '')) {
      let v = k + 1;
      while (v < k + 4 && v < words.length && (view.tokens[v]!.kind === 'word' || yearAt(view, v)) && !TOLL_LINKS.has(words[v]!)) v++;
      if (TOLL_LINKS.has(words[v] ?? '')) k = v;
    }
    const from = k;
    // ("has gone up to 42": "up to" after the verb is no bound on the count)
    while (k < from + 6 && TOLL_LINKS.has(words[k] ?? '') && (words[k] === 'up' || !countAt(view, k))) k++;
    k = pastRise(view, k);
    let q = countAt(view, k);
    if (!q || k === t + 1 && words[k] === undefined) continue;
    q = passed(words, k, q);
    out.push({ start: lead ? t - 1 : t, end: q.end, kind: risen ? TOLL_NOUNS.get(w)! : lead ?? 'killed', quantity: q, one: undefined, victims: null, rule: 'casualty/toll', weak: false });
  }
}

/** "The toll rose by 12 to 87": past the rise ("by 12 to") to the toll, else `k` itself. */
export function pastRise(view: View, k: number): number {
  // (a number, not countAt: "12 to 87" would read as a range)
  if (view.words[k] !== 'by' || view.words[k + 2] !== 'to' || !(view.tokens[k + 1]?.kind === 'number' || CARDINALS.has(view.words[k + 1]!))) return k;
  return countAt(view, k + 3) ? k + 3 : k;
}

const TAKE: ReadonlySet<string> = new Set(['took', 'take', 'takes', 'taking']);

/** Verbs that carry a figure on to a total: "taking the total to", "bringing the overall total to". */
export const BRING: ReadonlySet<string> = new Set([
  'take', 'taking', 'took', 'takes', 'bring', 'bringing', 'brought', 'brings', 'raise', 'raising', 'raised', 'raises', 'push',
  'pushing', 'pushed', 'pushes',
]);

/** "took his own life": one death. */
export function suicideRules(view: View, out: Found[]): void {
  const { words } = view;
  for (let t = 0; t + 3 < words.length; t++) {
    if (words[t + 2] !== 'own' || words[t + 3] !== 'life' || !TAKE.has(words[t]!)) continue;
    if (words[t + 1] !== 'his' && words[t + 1] !== 'her') continue;
    out.push({ start: t, end: t + 4, kind: 'killed', quantity: undefined, one: { start: t + 1, end: t + 2 }, victims: null, rule: 'casualty/own-life', weak: false });
  }
  // "before turning the gun on himself", "Turned Gun on Herself": the shooter's own death
  for (let t = 0; t + 3 < words.length; t++) {
    if (!TURN.has(words[t]!)) continue;
    const g = GUN_OWNERS.has(words[t + 1]!) ? t + 2 : t + 1;
    if (!GUNS.has(words[g] ?? '') || words[g + 1] !== 'on' || !SELVES.has(words[g + 2] ?? '')) continue;
    // "turned the gun on himself and was critically wounded", "… but survived": hurt, not dead
    let kind: Found['kind'] = 'killed';
    for (let k = g + 3; k < words.length; k++) if (LIVED.has(words[k]!)) kind = 'wounded';
    out.push({ start: t, end: g + 3, kind, quantity: undefined, one: { start: g + 2, end: g + 3 }, victims: null, rule: 'casualty/own-life', weak: false });
  }
}
/** After the shooter's "turned the gun on himself", words that say he lived. */
const LIVED: ReadonlySet<string> = new Set(['survived', 'survives', 'wounded', 'injured', 'critical', 'hospitalized', 'hospitalised', 'recovering']);
const TURN: ReadonlySet<string> = new Set(['turned', 'turning', 'turns', 'turn']);
const GUN_OWNERS: ReadonlySet<string> = new Set(['the', 'his', 'her']);
const GUNS: ReadonlySet<string> = new Set(['gun', 'weapon', 'rifle', 'pistol', 'handgun', 'shotgun', 'firearm']);


/** The last reading in `before` (array order) that ends by token k: what `[...before].reverse().find(f => f.end <= k)` gives. */
function lastEndingBy(before: readonly Found[], byEnd: readonly number[], latest: readonly number[], k: number): Found | undefined {
  // byEnd is sorted by end: every position before the first end > k qualifies; latest[i] = max of byEnd[0..i]
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before[byEnd[mid]!]!.end <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : before[latest[lo - 1]!];
}

/**
 * A counted reading whose subject holds token k after its count: "Six members of the same family, including three
 * children, were killed" (the part is inside the whole's reading, not after it).
 */
function around(before: readonly Found[], k: number): Found | undefined {
  for (const f of before) if (f.quantity && f.quantity.end <= k && f.start < k && k < f.end) return f;
  return undefined;
}

/** A subset needs "including", "among", "of them", "of whom" or ", one fatally" somewhere in the sentence. */
function hasSubsetCue(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'including' || w === 'among') return true;
    // ", one fatally": a one-word count after a comma (string tests: "fatally shot" is in many sentences)
    if ((w === 'fatally' || w === 'mortally') && words[k - 2] === ',') return true;
    if (w === 'of' && (words[k + 1] === 'them' || words[k + 1] === 'whom')) return true;
  }
  return false;
}

const NO_READINGS: readonly Found[] = [];
/** A verb of being that opens a clause after "of whom": "seven of whom were later released" (not "14 of them seriously"). */
const BEING: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'had', 'have', 'has', 'been']);

/** "12 of them children", "including 5 women", "three people were shot, one fatally": a part of the toll just before it. */
export function subsetRules(view: View, before: readonly Found[]): readonly Found[] {
  const { words } = view;
  if (before.length === 0 || !hasSubsetCue(words)) return NO_READINGS;
  const out: Found[] = [];
  // positions in `before`, by end: the prior toll is found without a walk per token
  const byEnd = before.map((_, i) => i).sort((a, b) => before[a]!.end - before[b]!.end);
  const latest: number[] = [];
  for (const i of byEnd) latest.push(Math.max(i, latest[latest.length - 1] ?? -1));
  for (let k = 0; k < words.length; k++) {
    const lead = words[k - 1] === 'including' || words[k - 1] === 'among' || (words[k - 2] === 'among' && words[k - 1] === 'them');
    // "killed at least nine civilians, including a child": one person of the toll
    if (lead && words[k - 1] === 'including' && (words[k] === 'a' || words[k] === 'an')) {
      // ("including a 17-year-old student and a street vendor": the people joined to it)
      const last = personAt(view, k);
      const all = last > k ? coordinated(view, last) : undefined;
      const prior = all ? lastEndingBy(before, byEnd, latest, k) ?? around(before, k) : undefined;
      if (all && prior) {
        const range = { start: k, end: all.end };
        const q = { min: all.persons, max: all.persons, approximate: false, start: k, end: all.end, after: all.end, vague: false };
        out.push({ start: k, end: all.end, kind: prior.kind, quantity: q, one: all.persons === 1 ? range : undefined, victims: range, rule: 'casualty/subset', weak: false });
      }
      continue;
    }
    const q = countAt(view, k);
    if (!q) continue;
    const ofThem = words[q.end] === 'of' && (words[q.end + 1] === 'them' || words[q.end + 1] === 'whom');
    // "Three people were shot, one fatally", "…, one of them fatally": the part that died, after a comma
    const fatal = words[k - 1] === ',' && FATAL_ADVERBS.has(words[ofThem ? q.end + 2 : q.end] ?? '');
    if (!ofThem && !lead && !fatal) continue;
    const from = ofThem ? q.end + 2 : q.after;
    // ("Eleven people, none of them Americans, died": a part of none is no figure)
    if (q.min === 0) continue;
    const prior = lastEndingBy(before, byEnd, latest, k) ?? around(before, k);
    if (!prior) continue;
    if (fatal) {
      out.push({ start: q.start, end: ofThem ? q.end + 3 : q.end + 1, kind: 'killed', quantity: q, one: undefined, victims: null, rule: 'casualty/subset-fatal', weak: false });
      continue;
    }
    const victims = victimsAfter(view, from);
    if (!victims?.range && !ofThem) continue;
    // "abducted 14 aid workers, seven of whom were later released": a clause of its own tells what
    // became of the part (a harm verb there is a verb rule's: "three of whom died")
    if (!victims && BEING.has(words[from] ?? '')) continue;
    // "about 4,000 people had fled the town, many of them on foot": a vague part with no people named is no figure
    if (!victims?.range && q.vague) continue;
    const end = victims?.range ? victims.range.end : from;
    // "had brought out nine of them alive", "rescued six of them": the part saved is no part of the toll
    if (words[end] === 'alive' || SAVED.has(words[q.start - 1] ?? '')) continue;
    out.push({ start: q.start, end, kind: prior.kind, quantity: q, one: undefined, victims: victims?.range ?? null, rule: 'casualty/subset', weak: false });
  }
  return out;
}
