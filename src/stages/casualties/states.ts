// States of the hurt and the held, told with a verb of being or of care rather than a harm verb:
// "Three of them were still in hospital", "is in custody", "436 people had been treated".

import { TREATMENT_KINDS } from '../../lexicon/casualties.js';
import { CONDITION } from './rare-groups.js';
import type { VerbGroup } from './groups.js';
import { QUOTE_MARKS } from './subject.js';
import { countAt, type View } from './view.js';
import { victimsAfter } from './phrases.js';

/** Where care is given: "at the scene", "in hospital", "at local hospitals", "at a clinic". */
const CARE_PLACES: ReadonlySet<string> = new Set(['scene', 'hospital', 'hospitals', 'clinic', 'clinics']);
/** After "treated" at k: the clause's end, or where (within four words). */
function treatedHere(view: View, k: number): boolean {
  const { words } = view;
  if (k >= words.length || (view.tokens[k]!.kind === 'punct' && !QUOTE_MARKS.has(words[k]!))) return true;
  if (words[k] !== 'at' && words[k] !== 'in') return false;
  for (let m = k + 1; m <= k + 4 && m < words.length; m++) if (CARE_PLACES.has(words[m]!)) return true;
  return false;
}

/** Verbs of being before a state "in hospital"; "remain" tells of the hurt alone, the others with a count. */
const BEING_IN: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'remain', 'remained', 'remains']);
/**
 * "Three of them were still in hospital", "The driver remains in hospital": a state of the hurt and
 * alive; "is in custody", "remained in police custody": arrested. The group spans "in … hospital"; `numbered` unless the verb is "remain" ("He was in hospital
 * when his father died" counts no one).
 */
export function inHospitalState(words: readonly string[], i: number): VerbGroup | undefined {
  let m = i + 1;
  if (words[m] === 'the' || words[m] === 'a' || words[m] === 'police') m++;
  const custody = words[m] === 'custody';
  if (words[m] !== 'hospital' && words[m] !== 'hospitals' && !custody) return undefined;
  const verb = words[words[i - 1] === 'still' ? i - 2 : i - 1] ?? '';
  if (!BEING_IN.has(verb)) return undefined;
  // "Police said a 34-year-old man was in custody": arrested, whoever it is
  if (custody) return { start: i, end: m + 1, kind: 'arrested', weak: false, transitive: false, participle: true, last: CONDITION, condition: false };
  return { start: i, end: m + 1, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true, numbered: !verb.startsWith('remain') };
}

/**
 * "436 people had been treated", "were treated at the scene", "was treated and released": care that
 * says someone was hurt (with a count, or "and released"; "for" a wound is wound.ts's). `i` is "treated".
 */
export function treatedGroup(view: View, i: number): VerbGroup | undefined {
  const { words } = view;
  // "Paramedics treated six people at the scene": a count treated where care is given, the verb's object
  const q = countAt(view, i + 1);
  const object = q && q.min !== null ? victimsAfter(view, q.after)?.range : undefined;
  if (object && words[object.end] !== 'for' && (words[object.end] === 'at' || words[object.end] === 'in') && treatedHere(view, object.end)) {
    return { start: i, end: i + 1, kind: 'wounded', weak: false, transitive: true, participle: false, last: CONDITION, condition: false };
  }
  const released = releasedAt(view, i + 1);
  if (released < 0 && !treatedHere(view, i + 1)) return undefined;
  return { start: i, end: released < 0 ? i + 1 : released, kind: 'wounded', weak: false, transitive: false, participle: true, last: CONDITION, condition: false, numbered: released < 0 };
}

/**
 * "23 protesters needed treatment", "Eleven people required medical treatment": care that says they were hurt, as "were
 * treated" does (with a count: `numbered`); "treatment for" a wound is wound.ts's, "for" anything else no harm. `i` is the verb.
 */
const PATIENT_REACH = 4;
export function treatmentGroup(view: View, i: number): VerbGroup | undefined {
  const { words } = view;
  const t = TREATMENT_KINDS.has(words[i + 1] ?? '') ? i + 2 : i + 1;
  if (words[t] !== 'treatment' || words[t + 1] === 'for') return undefined;
  // "2,000 patients received treatment despite the strike": patients are cared for whatever ails them
  for (let k = Math.max(0, i - PATIENT_REACH); k < i; k++) if (words[k] === 'patients' || words[k] === 'patient') return undefined;
  return { start: i, end: t + 1, kind: 'wounded', weak: false, transitive: false, participle: true, last: CONDITION, condition: false, numbered: true };
}

/** Where care is given before "and released": "at the airport", "on site", "in a nearby clinic" (at most this many words). */
const WHERE_REACH = 5;
const WHERE: ReadonlySet<string> = new Set(['at', 'in', 'on']);
const LET_GO: ReadonlySet<string> = new Set(['released', 'discharged']);

/** "and released" at k, or after where care was given ("treated at the airport and released"): the index after it, or -1. */
function releasedAt(view: View, k: number): number {
  const { words, tokens } = view;
  let m = k;
  if (WHERE.has(words[k] ?? '')) {
    for (m = k + 1; m < k + WHERE_REACH && m < words.length && words[m] !== 'and'; m++) if (tokens[m]!.kind !== 'word') return -1;
  }
  return words[m] === 'and' && LET_GO.has(words[m + 1] ?? '') ? m + 2 : -1;
}
