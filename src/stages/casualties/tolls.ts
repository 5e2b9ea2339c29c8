// Tolls ("the death toll rose to 45"), a life taken ("took his own life") and the parts of a
// toll ("12 of them children", "three people were shot, one fatally").

import { FATAL_ADVERBS, HARM_VERBS, TOLL_LINKS, TOLL_NOUNS, TOLL_PASSES, TOLL_RISES, TOLL_WORDS } from '../../lexicon/casualties.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import type { Found } from './rules.js';
import { victimsAfter } from './phrases.js';
import { coordinated, listedPeople } from './coordinated.js';
import { subjectBefore } from './subject.js';
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

/** "climbed past 140", "surpassed 100", "has exceeded 2,000": more than the number, not the number. */
function passed(words: readonly string[], k: number, q: Quantity): Quantity {
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
      while (v < k + CAUSE_WORDS && v < words.length && (view.tokens[v]!.kind === 'word' || POSSESSIVE.has(words[v]!)) && !reached(v)) v++;
      if (v < words.length && reached(v)) k = v;
    }
    // "bringing the death toll this week to 23", "the toll so far to 40": a time, skipped up to the link
    else if (TIME_AFTER_TOLL.has(words[k] ?? '')) {
      let v = k + 1;
      while (v < k + 4 && v < words.length && view.tokens[v]!.kind === 'word' && !TOLL_LINKS.has(words[v]!)) v++;
      if (TOLL_LINKS.has(words[v] ?? '')) k = v;
    }
    const from = k;
    // ("has gone up to 42": "up to" after the verb is no bound on the count)
    while (k < from + 6 && TOLL_LINKS.has(words[k] ?? '') && (words[k] === 'up' || !countAt(view, k))) k++;
    let q = countAt(view, k);
    if (!q || k === t + 1 && words[k] === undefined) continue;
    q = passed(words, k, q);
    out.push({ start: lead ? t - 1 : t, end: q.end, kind: risen ? TOLL_NOUNS.get(w)! : lead ?? 'killed', quantity: q, one: undefined, victims: null, rule: 'casualty/toll', weak: false });
  }
}

/** The people a toll is counted of, and the kind each word tells: "the number of dead", "among the injured". */
export const GROUP_KINDS: ReadonlyMap<string, Found['kind']> = new Map([
  ['dead', 'killed'], ['killed', 'killed'], ['deaths', 'killed'], ['fatalities', 'killed'],
  ['injured', 'wounded'], ['wounded', 'wounded'], ['injuries', 'wounded'], ['missing', 'missing'],
  ['displaced', 'displaced'], ['casualties', 'casualties'], ['victims', 'casualties'],
  // "were among those hurt", "among those arrested", "among the people abducted"
  ['hurt', 'wounded'], ['arrested', 'arrested'], ['detained', 'arrested'], ['kidnapped', 'kidnapped'], ['abducted', 'kidnapped'],
]);
/** Words of counting before a group: "confirmed deaths", "recorded fatalities". */
const TALLIED: ReadonlySet<string> = new Set(['confirmed', 'reported', 'recorded', 'registered', 'known', 'official', 'total']);
const BE: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is']);
/** After "the number of deaths", the words that open its cause: "in the clashes", "linked to the heat wave". */
const CAUSE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'from', 'since', 'linked', 'related', 'attributed', 'tied', 'blamed', 'caused', 'connected', 'due',
  // or its time: "the number of people killed this year", "… so far", "… during the protests"
  'this', 'last', 'so', 'during', 'over',
]);
/**
 * How many words the cause may take before the toll's verb ("linked to the province's heat wave has climbed",
 * "in a fire that tore through a 19-storey block of flats in south-east London rose"): words and numbers, no stop.
 */
const CAUSE_REACH = 16;
const INCLUDE: ReadonlySet<string> = new Set(['included', 'include', 'includes']);

/** The kind of the people named from token k ("dead", "the injured", "people killed"), with the index after them. */
function groupAt(words: readonly string[], k: number): { kind: Found['kind']; end: number } | undefined {
  let m = k;
  if (words[m] === 'the' || words[m] === 'those') m++;
  // "the number of confirmed deaths", "among the reported dead"
  if (TALLIED.has(words[m] ?? '')) m++;
  if (words[m] === 'people' || words[m] === 'those') m++;
  // "the number of police officers killed", "the number of civilians missing": a plural of people before its participle
  else if (PARTICIPLE_KINDS.has(words[m + 1] ?? '') && PLURAL_VICTIMS.test(words[m] ?? '') && VICTIM_NOUNS.has(words[m]!)) m++;
  else if (PARTICIPLE_KINDS.has(words[m + 2] ?? '') && PLURAL_VICTIMS.test(words[m + 1] ?? '') && VICTIM_NOUNS.has(words[m + 1] ?? '') && /^\p{Ll}/u.test(words[m] ?? '')) m += 2;
  const kind = GROUP_KINDS.get(words[m] ?? '');
  return kind && { kind, end: m + 1 };
}
/** The group words that follow their people: "officers killed", "children missing" (not "deaths", "casualties"). */
const PARTICIPLE_KINDS: ReadonlySet<string> = new Set(['killed', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'displaced', 'arrested', 'detained', 'kidnapped', 'abducted']);
const PLURAL_VICTIMS = /(?:people|men|women|children|personnel|s)$/;

/** "brings to 37 the number of …": a count fronted after a verb that brings it on, which ends before `the` at k. */
function frontedCount(view: View, k: number): Quantity | undefined {
  const { words } = view;
  for (let i = k - 1; i >= k - 4 && i >= 2; i--) {
    if (words[i - 1] !== 'to' || !BRING.has(words[i - 2]!)) continue;
    const q = countAt(view, i);
    return q && q.end === k ? q : undefined;
  }
  return undefined;
}

/**
 * "Officials put the number of dead at 45", "the number of injured rose to 120": a toll told as
 * "the number of" its people; "Among the dead were five children": a count of them. Read in a
 * sentence with a harm word (the group words are all cue words).
 */
export function groupTollRules(view: View, out: Found[]): void {
  const { words } = view;
  for (let t = 0; t + 2 < words.length; t++) {
    const w = words[t]!;
    if (w === 'number' && words[t + 1] === 'of') {
      const g = groupAt(words, t + 2);
      if (!g) continue;
      let k = g.end;
      // "the number of people killed in the clashes has risen to 30", "the number of deaths linked to the
      // province's heat wave has climbed past 200": the cause, skipped up to its verb
      // ("bringing the number of deaths from the outbreak to five": after a verb that brings it, its "to")
      const brought = BRING.has(words[t - 1] === 'the' ? words[t - 2] ?? '' : '');
      if (CAUSE_OPENERS.has(words[k] ?? '')) {
        let v = k + 1;
        while (v < k + CAUSE_REACH && v < words.length && view.tokens[v]!.kind !== 'punct' && !TOLL_RISES.has(words[v]!) && !(brought && words[v] === 'to')) v++;
        if (TOLL_RISES.has(words[v] ?? '') || (brought && words[v] === 'to')) k = v;
      }
      const from = k;
      // "put the number of dead at 45": the verb sits before; "rose to", "stands at", "is" after
      while (k < from + 4 && TOLL_LINKS.has(words[k] ?? '') && !countAt(view, k)) k++;
      const q = k > g.end ? countAt(view, k) : words[t - 1] === 'the' ? frontedCount(view, t - 1) : undefined;
      // (a fronted count comes before its group: "brings to 37 the number of officers killed")
      if (q) out.push({ start: Math.min(t, q.start), end: Math.max(q.end, g.end), kind: g.kind, quantity: passed(words, k, q), one: undefined, victims: null, rule: 'casualty/number-of', weak: false });
    } else if ((w === 'the' || w === 'those') && (INCLUDE.has(words[t + 2]!) || INCLUDE.has(words[t + 3] ?? '')) && INCLUDE.has(words[groupAt(words, t)?.end ?? 0] ?? '') && words[t - 1] !== 'among' && words[t - 1] !== 'of') {
      // "The IOM said the dead included at least six children": a count of them
      const g = groupAt(words, t)!;
      const q = countAt(view, g.end + 1);
      const victims = q ? victimsAfter(view, q.after) : undefined;
      if (q && victims?.range) out.push({ start: t, end: victims.range.end, kind: g.kind, quantity: q, one: undefined, victims: victims.range, rule: 'casualty/included', weak: false });
    } else if (w === 'total' && (words[t - 1] === 'the' || (words[t - 1] === 'overall' && words[t - 2] === 'the')) && BRING.has(words[t - 1] === 'overall' ? words[t - 3] ?? '' : words[t - 2] ?? '')) {
      // "14 people had been killed in the past 24 hours, taking the total to 3,210": the toll of the verb before
      const kind = harmBefore(view, t);
      if (!kind || words[t + 1] !== 'to') continue;
      const q = countAt(view, t + 2);
      if (q) out.push({ start: t, end: q.end, kind, quantity: q, one: undefined, victims: null, rule: 'casualty/total', weak: false });
    } else if (w === 'among') {
      const g = groupAt(words, t + 1);
      if (!g) continue;
      // "Three Israeli soldiers were among those killed": the subject is a part of the toll
      if (BE.has(words[t - 1] ?? '') && t >= 2) {
        const sub = subjectBefore(view, t - 2);
        const q = sub?.people ? sub.quantity : undefined;
        if (q && sub) out.push({ start: sub.range.start, end: g.end, kind: g.kind, quantity: q, one: undefined, victims: q.after < sub.range.end ? { start: q.after, end: sub.range.end } : null, rule: 'casualty/among', weak: false });
        else if (sub?.persons === 1) out.push({ start: sub.range.start, end: g.end, kind: g.kind, quantity: undefined, one: sub.range, victims: sub.range, rule: 'casualty/among', weak: false });
        continue;
      }
      if (!BE.has(words[g.end] ?? '')) continue;
      const q = countAt(view, g.end + 1);
      const victims = q ? victimsAfter(view, q.after) : undefined;
      // ("Among the dead were three children and a pregnant woman": more people joined by "and")
      const more = q && victims?.range && q.min !== null && q.min === q.max ? coordinated(view, victims.range.end) : undefined;
      if (more && more.persons > 1) {
        const all = { ...q!, min: q!.min! + more.persons - 1, max: q!.min! + more.persons - 1 };
        out.push({ start: t, end: more.end, kind: g.kind, quantity: all, one: undefined, victims: { start: q!.after, end: more.end }, rule: 'casualty/among', weak: false });
      } else if (q && victims?.range) out.push({ start: t, end: victims.range.end, kind: g.kind, quantity: q, one: undefined, victims: victims.range, rule: 'casualty/among', weak: false });
      // "Among the dead were a firefighter and an elderly woman": the people listed one by one
      const listed = q ? undefined : listedPeople(view, g.end + 1);
      if (listed) {
        const range = { start: g.end + 1, end: listed.end };
        const all = { min: listed.persons, max: listed.persons, approximate: false, ...range, after: listed.end, vague: false };
        out.push({ start: t, end: listed.end, kind: g.kind, quantity: listed.persons > 1 ? all : undefined, one: listed.persons > 1 ? undefined : range, victims: range, rule: 'casualty/among', weak: false });
      }
    }
  }
}

const TAKE: ReadonlySet<string> = new Set(['took', 'take', 'takes', 'taking']);

/** Verbs that carry a figure on to a total: "taking the total to", "bringing the overall total to". */
const BRING: ReadonlySet<string> = new Set([
  'take', 'taking', 'took', 'takes', 'bring', 'bringing', 'brought', 'brings', 'raise', 'raising', 'raised', 'raises', 'push',
  'pushing', 'pushed', 'pushes',
]);
/** How far back from "total" the harm verb is looked for: its clause, a bounded read. */
const TOTAL_REACH = 16;

/** The kind of the nearest harm verb before token t that is not "shot" ("had been killed" → killed), or undefined. */
function harmBefore(view: View, t: number): Found['kind'] | undefined {
  for (let k = t - 1; k >= 0 && k >= t - TOTAL_REACH; k--) {
    const v = HARM_VERBS.get(view.words[k]!);
    if (v && view.tokens[k]!.kind === 'word' && !WEAK_FORMS.has(view.words[k]!)) return v.kind;
  }
  return undefined;
}
const WEAK_FORMS: ReadonlySet<string> = new Set(['shot', 'shooting', 'stabbed', 'stabbing']);

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
    const q = countAt(view, k);
    if (!q) continue;
    const ofThem = words[q.end] === 'of' && (words[q.end + 1] === 'them' || words[q.end + 1] === 'whom');
    // "Three people were shot, one fatally", "…, one of them fatally": the part that died, after a comma
    const fatal = words[k - 1] === ',' && FATAL_ADVERBS.has(words[ofThem ? q.end + 2 : q.end] ?? '');
    if (!ofThem && !lead && !fatal) continue;
    const from = ofThem ? q.end + 2 : q.after;
    const prior = lastEndingBy(before, byEnd, latest, k);
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
