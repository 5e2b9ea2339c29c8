// Harm nouns after a count: "over 2,500 casualties", "at least 600 attacks or clashes", "12 civilian deaths".

import { COUNT_OWNERS, HARM_NOUNS, HARM_VERBS, PHRASE_BREAKS, SUPERLATIVES } from '../../lexicon/casualties.js';
import { BE_FORMS } from '../../lexicon/attribution-words.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { victimsAfter, type Range } from './phrases.js';
import type { Quantity } from './quantity.js';
import type { Found } from './rules.js';
import { mayBeCue } from './trigger.js';
import { countAt, isCapitalized, type View } from './view.js';
import { coordinated, personAt } from './coordinated.js';
import { QUOTE_MARKS } from './subject.js';
import { pastClosingMark } from './subject-counts.js';

/** After these a harm noun names something else: "death row", "death penalty", "death threats". */
const COMPOUND_AFTER: ReadonlySet<string> = new Set([
  'row', 'penalty', 'penalties', 'sentence', 'sentences', 'certificate', 'certificates', 'threat', 'threats', 'squad',
  'squads', 'claims', 'claim', 'benefit', 'benefits', 'knell', 'spiral', 'trap', 'wish', 'warrant', 'rate', 'rates',
]);
/** Attacks of illness, no incidents: "two heart attacks", "panic attacks", "asthma attacks". */
const ILLNESS_BEFORE: ReadonlySet<string> = new Set(['heart', 'panic', 'asthma', 'anxiety', 'migraine', 'gout', 'seizure', 'epileptic', 'allergy', 'allergic']);
/** Harm nouns in the singular: after a count above one they modify the next word. */
const SINGULAR_HARM: ReadonlySet<string> = new Set(['death', 'fatality', 'casualty', 'hostage', 'attack']);
/** …except in the idiom "251 taken hostage", "12 held hostage", where the singular names them all. */
const HOSTAGE_VERBS: ReadonlySet<string> = new Set(['taken', 'held', 'seized', 'kept']);
/** …or in "held nine guards hostage", "took 12 tourists hostage": the verb before the count. */
const HOSTAGE_TAKING: ReadonlySet<string> = new Set([...HOSTAGE_VERBS, 'hold', 'holds', 'holding', 'took', 'take', 'takes', 'taking', 'keeping']);
/** Verbs of saving or risking lives, none of them lost: "saved 12 lives", "would put 21 lives at risk", "endangered 40 lives". */
const SAVE_VERBS: ReadonlySet<string> = new Set([
  'save', 'saves', 'saved', 'saving', 'spare', 'spared', 'protect', 'protected',
  'put', 'puts', 'putting', 'risk', 'risks', 'risked', 'risking', 'endanger', 'endangers', 'endangered', 'endangering',
  'threaten', 'threatens', 'threatened', 'threatening', 'jeopardise', 'jeopardize', 'jeopardised', 'jeopardized',
]);
/** After "lives", where they stand, none lost: "21 lives at risk", "40 lives in danger", "lives on the line". */
const AT_STAKE: ReadonlySet<string> = new Set(['risk', 'stake', 'danger', 'jeopardy', 'line']);
/** "save as many lives", "put thousands of lives at risk": a verb of saving or risking up to four words before "lives", or a risk after it. */
function savedBefore(words: readonly string[], n: number): boolean {
  if ((words[n + 1] === 'at' || words[n + 1] === 'in' || words[n + 1] === 'on') && AT_STAKE.has(words[n + (words[n + 2] === 'the' ? 3 : 2)] ?? '')) return true;
  for (let k = n - 1; k >= 0 && k >= n - 5; k--) if (SAVE_VERBS.has(words[k]!)) return true;
  return false;
}
/** Before "one of": a quantifier over them, no count of one ("Every one of these deaths was preventable", "Not one of the deaths"). */
const EVERY: ReadonlySet<string> = new Set(['every', 'each', 'not', 'any', 'no']);
/** Before a noun of killing, words that say it did not happen: "attempted murders", "a foiled assassination". */
const NOT_DONE: ReadonlySet<string> = new Set(['attempted', 'foiled', 'failed', 'thwarted', 'planned', 'plotted']);

/** "one of the deadliest attacks", "two of the worst bombings": a count before "of the" and a superlative ranks, it does not count. */
function ranksAmong(words: readonly string[], q: Quantity, n: number): boolean {
  if (words[q.end] !== 'of' || words[q.end + 1] !== 'the') return false;
  for (let m = q.end + 2; m < n; m++) if (SUPERLATIVES.has(words[m]!)) return true;
  return false;
}

/** Verbs of dying and the words after them that open their cause: "died from", "died of", "succumbed to". */
const DIED_OF: ReadonlySet<string> = new Set(['died', 'dies', 'dying', 'die', 'succumbed', 'succumbing', 'perished']);
const OF_WOUNDS: ReadonlySet<string> = new Set(['from', 'of', 'to']);

/** Nouns of the dead that name them after "of": "the bodies of", "the deaths of", "the killings of". */
const DEAD_OF: ReadonlyMap<string, string> = new Map([
  ['bodies', 'casualty/bodies-of'], ['body', 'casualty/bodies-of'], ['remains', 'casualty/bodies-of'], ['deaths', 'casualty/deaths-of'], ['death', 'casualty/deaths-of'], ['killings', 'casualty/deaths-of'], ['murders', 'casualty/deaths-of'],
]);

/**
 * "recovered the bodies of three women", "The bodies of two climbers were found", "confirmed the
 * deaths of two hikers": the count after "bodies of" (and an article: "the bodies of the three
 * victims"), when people follow it; "the deaths of a guard and two drivers": the people named.
 */
function bodiesOf(view: View, n: number): Found | undefined {
  const { words } = view;
  const rule = DEAD_OF.get(words[n]!);
  if (rule === undefined || words[n + 1] !== 'of') return undefined;
  const at = words[n + 2] === 'the' || words[n + 2] === 'all' ? n + 3 : n + 2;
  const start = words[n - 1] === 'the' ? n - 1 : n;
  const one = words[n] === 'death' || words[n] === 'body';
  const q = one ? undefined : countAt(view, at);
  if (q && q.min !== null) {
    const victims = victimsAfter(view, q.after)?.range;
    if (!victims && isFamily(view, q)) return { start, end: q.end, kind: 'killed', quantity: q, one: undefined, victims: null, rule, weak: false };
    return victims ? { start, end: victims.end, kind: 'killed', quantity: q, one: undefined, victims, rule, weak: false } : undefined;
  }
  // "the deaths of a guard and two drivers" (not "the deaths of children"), "the death of a 12-year-old boy",
  // "pulled the body of a teenager from the debris"
  const named = peopleNamed(view, n + 2);
  // ("the remains of a woman" and "the remains of a man and a boy" alike)
  if (!named || ((named.min === 1) !== one && words[n] !== 'remains')) return undefined;
  // one word alone may be a place's ("the death of Guinea-born …") or a title's ("the death of Dr. …")
  if (named.min === 1 && named.end - named.start < 2) return undefined;
  return { start, end: named.end, kind: 'killed', quantity: named, one: undefined, victims: { start: n + 2, end: named.end }, rule, weak: false };
}

/** The people named one by one from token `at` ("a firefighter and two residents": 3), as a count, else undefined. */
function peopleNamed(view: View, at: number): Quantity | undefined {
  const one = personAt(view, at);
  if (one < 0) return undefined;
  const { persons, end } = coordinated(view, one);
  return { min: persons, max: persons, approximate: false, start: at, end, after: end, vague: false };
}

/** Is the count "a family of five" (its members, counted by quantity.ts), with no people noun after it? */
function isFamily(view: View, q: Quantity): boolean {
  return view.words[q.start] === 'family' || (view.words[q.start] === 'a' && view.words[q.start + 1] === 'family');
}

/** Verbs that take lives: "claimed the lives of", "cost the lives of" (not "changed the lives of thousands"). */
const LIFE_TAKERS: ReadonlySet<string> = new Set(['claimed', 'claims', 'claiming', 'took', 'takes', 'taking', 'taken', 'cost', 'costs', 'costing']);

/**
 * "has claimed the lives of a firefighter and two residents", "took the lives of 12 people": the
 * people after "lives of", counted, after a verb that takes them.
 */
function livesOf(view: View, n: number): Found | undefined {
  const { words } = view;
  const verb = words[n - 1] === 'the' ? n - 2 : n - 1;
  if (words[n] !== 'lives' || words[n + 1] !== 'of' || !LIFE_TAKERS.has(words[verb] ?? '')) return undefined;
  const at = words[n + 2] === 'the' && countAt(view, n + 3) ? n + 3 : n + 2;
  const q = countAt(view, at);
  if (q && q.min !== null) {
    const victims = victimsAfter(view, q.after)?.range;
    if (victims) return { start: verb, end: victims.end, kind: 'killed', quantity: q, one: undefined, victims, rule: 'casualty/lives-of', weak: false };
    if (isFamily(view, q)) return { start: verb, end: q.end, kind: 'killed', quantity: q, one: undefined, victims: null, rule: 'casualty/lives-of', weak: false };
  }
  const all = peopleNamed(view, at);
  if (!all) return undefined;
  return { start: verb, end: all.end, kind: 'killed', quantity: all, one: undefined, victims: { start: at, end: all.end }, rule: 'casualty/lives-of', weak: false };
}

/** "over 2,500 casualties", "at least 600 attacks or clashes", "12 civilian deaths". */
export function nounRules(view: View, out: Found[]): void {
  const { words, tokens } = view;
  for (let n = 0; n < words.length; n++) {
    // "the body of a man": one dead, named after "of" only (not "a governing body", "body armour")
    // ("the remains of at least 32 people": the dead, counted only so)
    if (words[n] === 'body' || words[n] === 'remains') {
      const body = words[n + 1] === 'of' ? bodiesOf(view, n) : undefined;
      if (body) out.push(body);
      continue;
    }
    const kind = mayBeCue(words[n]!) ? HARM_NOUNS.get(words[n]!) : undefined;
    if (!kind || tokens[n]!.kind !== 'word') continue;
    if (words[n + 1] === 'toll' || COMPOUND_AFTER.has(words[n + 1] ?? '')) continue;
    if (kind === 'attacks' && ILLNESS_BEFORE.has(words[n - 1] ?? '')) continue;
    const bodies = kind === 'killed' ? bodiesOf(view, n) ?? livesOf(view, n) : undefined;
    if (bodies) {
      out.push(bodies);
      continue;
    }
    // "lives" saved are no lives lost: "save as many lives", "saved 12 lives"
    if (kind === 'killed' && words[n] === 'lives' && savedBefore(words, n)) continue;
    // "more than a dozen attempted murders", "two foiled assassinations": no one died
    if (kind === 'killed' && NOT_DONE.has(words[n - 1] ?? '')) continue;
    // "Nine guards were held hostage": the verb of being and the participle between count and noun
    const held = words[n] === 'hostage' && HOSTAGE_VERBS.has(words[n - 1] ?? '') && BE_FORMS.has(words[n - 2] ?? '');
    for (let k = Math.max(0, n - 7); k < n; k++) {
      let q = countAt(view, k);
      // 'holding "scores" of hostages': a count in quotation marks, read past the closing mark
      if (q && QUOTE_MARKS.has(words[k - 1] ?? '')) q = { ...q, after: pastClosingMark(words, q.after) };
      if (!q || q.after > n || n - q.after > (held ? 4 : 2)) continue;
      if (ranksAmong(words, q, n)) break;
      if (q.min === 1 && words[q.end] === 'of' && EVERY.has(words[q.start - 1] ?? '')) break;
      // "died from multiple injuries", "succumbed to two gunshot wounds": the wounds of the dead, no count of the hurt
      if (kind === 'wounded' && DIED_OF.has(words[q.start - 2] ?? '') && OF_WOUNDS.has(words[q.start - 1] ?? '')) break;
      // "held its 21 crew members hostage": the verb before the owner of the count
      const taker = COUNT_OWNERS.has(words[q.start - 1] ?? '') && HOSTAGE_TAKING.has(words[q.start - 2] ?? '') ? q.start - 2 : q.start - 1;
      // "32 death claims", "a nineteen ninety-seven attack": a singular noun after a count above one modifies another
      if (SINGULAR_HARM.has(words[n]!) && q.min !== 1 && !(words[n] === 'hostage' && (HOSTAGE_VERBS.has(words[n - 1] ?? '') || HOSTAGE_TAKING.has(words[taker] ?? '')))) break;
      let ok = true;
      for (let m = q.after; m < n; m++) if (tokens[m]!.kind !== 'word' || PHRASE_BREAKS.has(words[m]!)) ok = false;
      if (!ok) continue;
      let end = n + 1;
      if ((words[end] === 'or' || words[end] === 'and') && HARM_NOUNS.get(words[end + 1] ?? '') === kind) end += 2;
      let victims: Range | null = null;
      for (let m = q.after; m < n; m++) if (VICTIM_NOUNS.has(words[m]!)) victims = { start: q.after, end: m + 1 };
      // "held nine guards hostage": the reading opens on the verb
      const start = words[n] === 'hostage' && HOSTAGE_TAKING.has(words[taker] ?? '') ? taker : q.start;
      out.push({ start, end, kind, quantity: q, one: undefined, victims, rule: 'casualty/number-noun', weak: false });
      // "Niger has reported nine deaths and Chad three": the noun left out after a second owner
      const gapped = gappedCount(view, end);
      if (gapped) out.push({ start: end + 1, end: gapped.end, kind, quantity: gapped, one: undefined, victims: null, rule: 'casualty/number-noun', weak: false });
      break;
    }
  }
}

/**
 * After a counted harm noun, "and", one to three capitalised words and a count that ends the clause: "nine deaths and
 * Chad three", "14 deaths and Burkina Faso six,". The count, or undefined.
 */
function gappedCount(view: View, end: number): Quantity | undefined {
  const { words, tokens } = view;
  if (words[end] !== 'and') return undefined;
  let k = end + 1;
  // (not a date: "14 deaths and March 3")
  while (k < end + 4 && k < words.length && tokens[k]!.kind === 'word' && isCapitalized(view, k) && !MONTHS.has(words[k]!) && !WEEKDAYS.has(words[k]!)) k++;
  if (k === end + 1) return undefined;
  const q = countAt(view, k);
  if (!q || q.min === null) return undefined;
  const after = tokens[q.end];
  return after === undefined || after.kind === 'punct' ? q : undefined;
}

/** Words after "of the injured" that begin no noun of theirs: "30 of the injured at the scene". */
const AFTER_STATE: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'to', 'by', 'with', 'after', 'during', 'near', 'and', 'who', 'were', 'was', 'had']);
/** Particles after a verb before its object: "took in 12 of the wounded", "flew out 20 of the injured". */
const PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'up', 'away', 'back']);
/** Past forms that end in neither "-ed" nor "-ing": "took in", "brought", "sent". */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['took', 'brought', 'sent', 'flew', 'saw', 'got', 'kept', 'held', 'found']);

/** The hurt or the dead named by their state after "of the": "46 of the injured", "12 of the dead". */
const STATE_NOUNS: ReadonlyMap<string, 'wounded' | 'killed'> = new Map([['injured', 'wounded'], ['wounded', 'wounded'], ['hurt', 'wounded'], ['dead', 'killed']]);

/**
 * "The hospital admitted 46 of the injured", "identified 12 of the dead": a count of the hurt or the
 * dead as the object of a verb that is no harm ("-ed" or "-ing": "treating 30 of the wounded"); the
 * state after "of the" names the kind. As a subject ("Two of the wounded died") the verb rules read it.
 */
export function ofTheHurtRules(view: View, out: Found[]): void {
  const { words, tokens } = view;
  for (let k = 1; k + 2 < words.length; k++) {
    if (words[k] !== 'of' || words[k + 1] !== 'the') continue;
    const kind = STATE_NOUNS.get(words[k + 2]!);
    // "the injured man" names one person, read elsewhere ("30 of the injured at the scene": a place)
    if (kind === undefined || (tokens[k + 3]?.kind === 'word' && !AFTER_STATE.has(words[k + 3]!))) continue;
    for (let c = Math.max(0, k - 3); c < k; c++) {
      const q = countAt(view, c);
      if (!q || q.end !== k || q.min === null) continue;
      // "Six of the dead were police officers": the count opens its clause, a part of the toll told elsewhere
      // (not before a verb or a state of their own: "Six of the injured were treated for burns", "were in critical condition")
      const next = words[k + 4] ?? '';
      if ((c === 0 || tokens[c - 1]!.kind === 'punct') && BE_FORMS.has(words[k + 3] ?? '') && !next.endsWith('ed') && !HARM_VERBS.has(next) && next !== 'in') {
        out.push({ start: c, end: k + 3, kind, quantity: q, one: undefined, victims: { start: k + 2, end: k + 3 }, rule: 'casualty/of-the-hurt', weak: false });
        break;
      }
      // "took in 12 of the wounded": a particle after the verb
      const v = PARTICLES.has(words[c - 1] ?? '') ? c - 2 : c - 1;
      const verb = words[v] ?? '';
      if (tokens[v]?.kind !== 'word' || !(verb.endsWith('ed') || verb.endsWith('ing') || IRREGULAR_PASTS.has(verb)) || HARM_VERBS.has(verb)) break;
      out.push({ start: v, end: k + 3, kind, quantity: q, one: undefined, victims: { start: k + 2, end: k + 3 }, rule: 'casualty/of-the-hurt', weak: false });
      break;
    }
  }
}
