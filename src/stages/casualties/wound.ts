// A person "with" a wound: "a man with a gunshot wound was brought to the hospital",
// "officers found a woman inside with non-life-threatening injuries", "the man was taken
// to the hospital with several bullet wounds". The wound says the person was hurt; whether
// they lived is not said here (weak, as "suffered a gunshot wound"; see settle.ts).
// "For" a wound after a verb of transport or care: "the man was transported to a local hospital
// for treatment of non-life threatening injuries", "the 19-year-old was treated for his injuries".

import { AUXILIARIES, DEATH_CUES, EXPOSURE_GERUNDS, ORDINALS, NOT_WOUND_BEFORE, QUALIFIED_BY, QUALIFIED_CONDITIONS, TREATMENT_VERBS } from '../../lexicon/casualties.js';
import type { Found } from './rules.js';
import { LEAVING, subjectBefore, type Subject } from './subject.js';
import { QUOTE_MARKS } from './subject-counts.js';
import { isPeople, victimsAfter } from './phrases.js';
import { woundNounAt } from './groups.js';
import { countAt, type View } from './view.js';

/** Words between "with" and the wound: "a", "several", "gunshot", "non-life-threatening". At most this many. */
const MAX_BETWEEN = 5;
/** These end the wound phrase: "with a gun in his hand", "with no injuries", "for comments about injuries". */
const NOT_A_WOUND: ReadonlySet<string> = new Set(['no', 'without', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'about', 'over']);
/** Between the person and "with": "found a man inside with …". */
const PLACEMENT: ReadonlySet<string> = new Set(['inside', 'outside', 'nearby', 'there', 'here']);
/** "was taken to Kings County Hospital with …", "a second victim was found … with …": the person is the subject of these (after a verb of being). */
const TRANSPORT: ReadonlySet<string> = new Set(['taken', 'transported', 'rushed', 'brought', 'airlifted', 'flown', 'admitted', 'driven', 'found', 'discovered', 'located', 'treated', 'hospitalized', 'hospitalised',
  // "A man in his 20s has been left with life-changing injuries"
  'left']);
/** Verbs of care whose object is hurt when a wound follows "for": "treated 30 people for burns". */
const CARE: ReadonlySet<string> = new Set(['treated', 'treating', 'treats', 'treat', 'admitted', 'admitting', 'hospitalized', 'hospitalised']);
/** "The driver survived with minor injuries", "Three passengers escaped the fire with burns": the subject lived, hurt (no verb of being needed). */
const LIVED_THROUGH: ReadonlySet<string> = new Set(['survived', 'survives', 'escaped', 'escapes']);
/** How far back from "with" a transport verb is looked for: "was taken to Kings County Hospital with". */
const HOW_FAR = 9;
/** "discovered a 15-year-old with a gunshot wound": an age names a person. */
const AGE = /^\d{1,3}-year-old$/;
/** "the body of a man with a gunshot wound": a death. */
const REMAINS: ReadonlySet<string> = new Set(['body', 'bodies', 'remains']);

/** The token index of the wound noun after the "with" at i, or -1. */
function woundAfter(view: View, i: number): number {
  const { words, tokens } = view;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_BETWEEN + 1; k++) {
    // 'treated for "minor respiratory irritation"': quotation marks around the wound
    if (QUOTE_MARKS.has(words[k]!)) continue;
    if (tokens[k]!.kind === 'punct' || NOT_A_WOUND.has(words[k]!)) return -1;
    // (or a broken part: "for broken bones", "with a fractured wrist")
    if (woundNounAt(words, k)) return NOT_WOUND_BEFORE.has(words[k - 1]!) ? -1 : k;
    // "breathing problems", "heat-related illness" (not "a long illness")
    if (QUALIFIED_CONDITIONS.has(words[k]!)) return QUALIFIED_BY.has(words[k - 1]!) || words[k - 1]!.endsWith('-related') ? k : -1;
  }
  return -1;
}

/** Verbs that send their object to hospital: "sending dozens of people to hospitals with breathing problems". */
const SEND_VERBS: ReadonlySet<string> = new Set(['sent', 'sending', 'sends', 'send']);

/** "sent 12 people to hospital": the people after the verb at t, when "to" follows them; else undefined. */
function sentPeople(view: View, t: number): Subject | undefined {
  const q = countAt(view, t + 1);
  const victims = q && q.min !== null ? victimsAfter(view, q.after)?.range : undefined;
  if (!q || !victims || view.words[victims.end] !== 'to') return undefined;
  return { range: { start: q.start, end: victims.end }, quantity: q, persons: 0, people: true };
}

/**
 * The person before "with" (at i), read directly or as the subject of a transport verb; only the
 * latter when `direct` is false ("for": "sued the officers for injuries" names no one hurt).
 */
function personBefore(view: View, i: number, direct = true): { s: Subject | undefined; both: number } {
  const { words, tokens } = view;
  let k = i - 1;
  while (k >= 0 && PLACEMENT.has(words[k]!)) k--;
  if (k < 0) return { s: undefined, both: -1 };
  // "a man with …", "two victims, ages 19 and 24, with …": a people noun right before; not
  // "Kings County Hospital with …" (a name) nor "a man in the car with …" (a place)
  const near = direct ? subjectBefore(view, k) : undefined;
  const adjacent = near && (near.range.end - 1 === k || words[k] === ',');
  const head = near ? words[near.range.end - 1]! : '';
  if (near?.people && adjacent && (isPeople(view, near.range.end - 1) || AGE.test(head))) return { s: near, both: -1 };
  // "The blast left more than 60 with burns": a bare count that a harm leaves with its wounds; "Three people were taken
  // to hospital, one with life-threatening injuries": a bare count after a comma, a part of the people before it
  if (direct && near?.quantity && near.range.end - 1 === k && (LEAVING.has(words[near.quantity.start - 1] ?? '') || words[near.quantity.start - 1] === ',')) return { s: { ...near, people: true }, both: -1 };
  // "Doctors treated 30 people for burns": the people a carer treats, right before "for"
  if (!direct) {
    const cared = subjectBefore(view, k);
    const at = cared?.quantity?.start ?? cared?.range.start ?? 0;
    if (cared?.people && cared.range.end - 1 === k && CARE.has(words[at - 1] ?? '') && isPeople(view, k)) return { s: { ...cared, range: { start: at, end: k + 1 } }, both: -1 };
  }
  // "Eleven climbers were treated for frostbite and two others for broken bones": the verb of care left out after "and"
  if (!direct) {
    const gapped = subjectBefore(view, k);
    if (gapped?.people && gapped.quantity && gapped.range.end - 1 === k && words[gapped.quantity.start - 1] === 'and' && caredBefore(words, gapped.quantity.start - 1)) return { s: gapped, both: -1 };
  }
  // "52 people had sought treatment for chlorine exposure": the seekers, before the verb and its verbs of being
  if (!direct && words[k] === 'treatment' && TREATMENT_VERBS.has(words[k - 1] ?? '')) {
    let b = k - 2;
    while (b >= 0 && AUXILIARIES.has(words[b]!) && b > k - 6) b--;
    const seekers = b >= 0 ? subjectBefore(view, b) : undefined;
    return { s: seekers?.people && seekers.range.end === b + 1 ? seekers : undefined, both: -1 };
  }
  // "Both were taken to the hospital with non-life-threatening injuries"
  for (let t = k; t >= 0 && t > k - HOW_FAR; t--) {
    if (tokens[t]!.kind === 'punct') break;
    // "The smoke sent 12 people to hospital with breathing difficulties": the object of a verb that sends
    if (SEND_VERBS.has(words[t]!)) return { s: sentPeople(view, t), both: -1 };
    if (direct && LIVED_THROUGH.has(words[t]!) && t > 0) {
      const s = subjectBefore(view, t - 1);
      return { s: s && s.range.end === t ? s : undefined, both: -1 };
    }
    if (!TRANSPORT.has(words[t]!)) continue;
    let b = t - 1;
    let both = -1;
    let aux = false;
    while (b >= 0 && AUXILIARIES.has(words[b]!) && b > t - 5) {
      if (words[b] === 'both') both = b;
      else aux = true;
      b--;
    }
    if (!aux) break;
    return { s: b >= 0 ? subjectBefore(view, b) : undefined, both };
  }
  return { s: undefined, both: -1 };
}

/** A verb of care then "for" before `and` ("were treated for frostbite … and"): the verb the words after "and" leave out. */
function caredBefore(words: readonly string[], and: number): boolean {
  for (let k = 0; k < and; k++) if (CARE.has(words[k]!) && words.indexOf('for', k) < and) return true;
  return false;
}

/** "…, four of whom later died": the sentence's deaths are some of the people it counted. */
function someOfWhom(words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (words[k] === 'whom' && words[k - 1] === 'of') return true;
  return false;
}

/** Words that open a clause of its own after the sentence's deaths: "Twelve died and 34 were treated for …". */
const NEW_CLAUSE: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'but']);
/** "Three were killed and two were found with gunshot wounds": bodies found are the dead, not others. */
const FINDING: ReadonlySet<string> = new Set(['found', 'discovered', 'located']);

/**
 * People other than the dead of the sentence: "another man", "a second man", "two others", or a count
 * of its own opening a clause after the death ("Twelve residents died in the blaze and 34 were treated
 * for smoke inhalation").
 */
function otherPeople(words: readonly string[], r: { start: number; end: number }, counted = false, wound = r.end): boolean {
  const w = words[r.start]!;
  if (w === 'another' || (w === 'a' && ORDINALS.has(words[r.start + 1] ?? '')) || words[r.end - 1] === 'others') return true;
  // ("killed 11 people and left more than 60 with burns": the verb that leaves them between)
  const open = LEAVING.has(words[r.start - 1] ?? '') ? r.start - 1 : r.start;
  if (!counted || !NEW_CLAUSE.has(words[open - 1] ?? '')) return false;
  for (let k = r.end; k < wound; k++) if (FINDING.has(words[k]!)) return false;
  for (let k = 0; k < open - 1; k++) if (DEATH_CUES.has(words[k]!)) return true;
  return false;
}

/** "a man with a gunshot wound", "two victims, ages 19 and 24, with gunshot wounds". Readings go to `out`. */
export function woundRules(view: View, out: Found[]): void {
  const { words } = view;
  // "were found dead in the car with gunshot wounds": the wound tells how they died, and the death is read elsewhere
  // (not when the dead are some of them: "received 31 people with gunshot wounds, four of whom later died",
  // nor for other people: "a second man was taken to hospital with stab wounds", "two others with injuries")
  const dying = view.death && !someOfWhom(words);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] === 'with' ? woundAfter(view, i)
      : words[i] === 'for' ? woundAfter(view, words[i + 1] === 'treatment' && words[i + 2] === 'of' ? i + 2 : i)
      // "Twenty people were taken to hospital after inhaling smoke": the harm taken in, after a transport
      : words[i] === 'after' && EXPOSURE_GERUNDS.has(words[i + 1] ?? '') ? i + 1 : -1;
    if (w < 0) continue;
    const { s, both } = personBefore(view, i, words[i] === 'with');
    // (the others hurt beside the sentence's dead lived: "left one man dead and two others with injuries")
    const other = s?.people === true && otherPeople(words, s.range, s.quantity !== undefined, i);
    const weak = !view.survives && !(dying && other);
    const rule = 'casualty/with-wound';
    if ((!s || !s.people) && both >= 0 && !dying) {
      const two = { min: 2, max: 2, approximate: false, start: both, end: both + 1, after: both + 1, vague: false };
      out.push({ start: both, end: w + 1, kind: 'wounded', quantity: two, one: undefined, victims: null, rule, weak });
      continue;
    }
    if (!s || !s.people || (dying && !other)) continue;
    const start = s.range.start;
    // "found the body of a man with a gunshot wound"
    const dead = words[start - 1] === 'of' && REMAINS.has(words[start - 2] ?? '');
    const kind = dead ? 'killed' : 'wounded';
    if (s.quantity) {
      // as in subjectOf: the reading starts at the count ("two students, ages 15 and 17, with …")
      const q = s.quantity;
      const victims = q.after < s.range.end ? { start: q.after, end: s.range.end } : null;
      out.push({ start: q.start, end: w + 1, kind, quantity: q, one: undefined, victims, rule, weak: weak && !dead });
    } else if (s.persons > 1) {
      const all = { min: s.persons, max: s.persons, approximate: false, start, end: s.range.end, after: s.range.end, vague: false };
      out.push({ start, end: w + 1, kind, quantity: all, one: undefined, victims: s.range, rule, weak: weak && !dead });
    } else if (s.persons === 1) {
      out.push({ start, end: w + 1, kind, quantity: undefined, one: s.range, victims: s.range, rule, weak: weak && !dead });
    }
  }
}
