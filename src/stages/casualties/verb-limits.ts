// Limits on the verb readings, read after a reading is found: the agent of a passive ("shot by
// burglars"), a heading's dropped article ("after man shot"), the verbs that kill only armed men
// ("eliminated five militants"), aircraft "shot down"; score lines, figurative "hurt", counts of
// doers, a Title-Case headline's subject, bare verbs; a reduced relative ("the man killed in …") and a verb
// of being elided after "and" ("was killed and her husband injured"), which let a subject without one count.

import { ARMED_NOUNS, ARMED_ONLY_VERBS, HARM_VERBS, LEAVE_VERBS, PEOPLE_ONLY_VERBS, SINGULAR_PRONOUNS, TAKEN_BY_ARMED } from '../../lexicon/casualties.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import { isPeople } from './phrases.js';
import type { VerbGroup } from './groups.js';
import type { Found } from './rules.js';
import { subjectBefore, type Subject } from './subject.js';
import { PLURAL_PEOPLE } from './subject-counts.js';
import type { View } from './view.js';

/** After "shot", these make the subject the shooter: "shot at", "shot into the crowd". */
const SHOT_AT: ReadonlySet<string> = new Set(['at', 'into', 'up', 'back', 'from', 'through', 'his', 'her', 'a', 'an', 'the', 'two', 'three']);

/** Between a subject and its participle: "who was", "that had been". */
const BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['who', 'that', 'was', 'were', 'is', 'are', 'been', 'had', 'has', 'have', 'being']);

/**
 * The subject of the passive whose "by" is at `by` ("A dog shot by burglars", "9-year-old accidentally
 * shot by brother"): the people before its participle, null when they are no people (the dog), undefined
 * when no harm participle stands before "by" (the phrase is read as it was).
 */
export function passiveSubject(view: View, by: number): Subject | null | undefined {
  const { words } = view;
  let k = by - 1;
  if (!HARM_VERBS.get(words[k] ?? '')?.participle) return undefined;
  k--;
  if (words[k]?.endsWith('ly')) k--;
  for (let n = 0; n < 3 && k >= 0 && BEFORE_PARTICIPLE.has(words[k]!); n++) k--;
  const s = k < 0 ? undefined : subjectBefore(view, k);
  return s && s.people ? s : null;
}

/** Words after which a headline opens a clause with its article dropped: "Search for gunman after man shot", "Police: Man Shot Near School". */
const HEADLINE_CLAUSE: ReadonlySet<string> = new Set(['after', 'as', 'when', 'while', 'before', 'following', ':']);

/**
 * "Search for gunman after man shot inside restaurant": in a heading, a bare singular people
 * noun after a clause word is the subject of the participle, as at the heading's start ("Man shot").
 */
export function headlineClause(view: View, s: Subject, g: VerbGroup): boolean {
  // "after man shot at officers": he did the shooting
  // ("Sheriff: Suspect shot victim once": an object after the verb, so the suspect shot)
  if (view.sentence.body || s.persons !== 1 || s.range.end - s.range.start !== 1 || SHOT_AT.has(view.words[g.end] ?? '') || objectFollows(view, g.end)) return false;
  return HEADLINE_CLAUSE.has(view.words[s.range.start - 1] ?? '') && VICTIM_NOUNS.has(view.words[s.range.start]!);
}

/** Does the group hold a verb that kills only armed men ("eliminated")? */
export function armedOnly(view: View, g: VerbGroup): boolean {
  for (let k = g.start; k < g.end; k++) if (ARMED_ONLY_VERBS.has(view.words[k]!)) return true;
  return false;
}

/** Is a verb of the group one that kills only people named so ("executed 11 hostages", not "executed the plan")? */
export function peopleOnly(view: View, g: VerbGroup): boolean {
  for (let k = g.start; k < g.end; k++) if (PEOPLE_ONLY_VERBS.has(view.words[k]!)) return true;
  return false;
}

/**
 * A seizure that is no kidnapping: "seized" is one only of people ("seized 30 students", not "30 kg of heroin"), and only
 * when armed men do it, named within a few words before the verb or after its "by" ("were seized by gunmen"); police who
 * seize people arrest them, which "arrested" and "detained" tell.
 */
export function noKidnapping(view: View, g: VerbGroup, f: Found): boolean {
  let seize = false;
  for (let k = g.start; k < g.end; k++) if (TAKEN_BY_ARMED.has(view.words[k]!)) seize = true;
  if (!seize) return false;
  if (!namesPeople(view, f)) return true;
  for (let k = Math.max(0, g.start - TAKER_REACH); k < g.start; k++) if (ARMED_NOUNS.has(view.words[k]!)) return false;
  if (view.words[g.end] === 'by') for (let k = g.end + 1; k <= g.end + TAKER_REACH && k < view.words.length; k++) if (ARMED_NOUNS.has(view.words[k]!)) return false;
  return true;
}
/** How far from the verb the armed men who seize people are looked for. */
const TAKER_REACH = 4;

/** Does the reading's victims phrase end on a noun of armed men ("five militants", not "him", "300 jobs")? */
export function namesArmedMen(view: View, f: Found): boolean {
  return f.victims !== null && ARMED_NOUNS.has(view.words[f.victims.end - 1]!);
}

const SHOOT_FORMS: ReadonlySet<string> = new Set(['shot', 'shoot', 'shoots', 'shooting']);
/** Pronouns and counts that may stand for aircraft as well as people ("71 of them were shot down"). */
const NOT_ONLY_PEOPLE: ReadonlySet<string> = new Set(['them', 'it', 'others', 'other', 'more', 'each', 'all', 'dead', 'wounded', 'injured']);

/**
 * "It said 71 of them were shot down", "shot down two helicopters": aircraft and drones are shot
 * down; people only when the phrase names them ("a pilot was shot down" is rare, and still a people noun).
 * "shot up" never harms anyone.
 */
export function shotDown(view: View, g: VerbGroup, f: Found): boolean {
  if (!SHOOT_FORMS.has(view.words[g.end - 1]!)) return false;
  // "Shares shot up 12%", "gunmen shot up the bar": a rise, or damage to a thing, harms no one
  if (view.words[g.end] === 'up') return true;
  if (view.words[g.end] !== 'down') return false;
  const head = f.victims ? view.words[f.victims.end - 1]! : '';
  return !VICTIM_NOUNS.has(head) || NOT_ONLY_PEOPLE.has(head) || SINGULAR_PRONOUNS.has(head);
}

/** "were killed 42-7", "hurt 3-1 at home": a result after the verb; a range of people runs low to high ("killed 10-15"). */
const SCORE_LINE = /^(\d{1,3})[-–](\d{1,3})$/;
export function isScoreLine(w: string | undefined): boolean {
  const m = w === undefined ? null : SCORE_LINE.exec(w);
  return m !== null && Number(m[2]) <= Number(m[1]);
}

/** "hurt" alone is as often figurative: "Earnings were hurt", "to hurt Intel", "hurting Democrats' standing". */
const FIGURATIVE: ReadonlySet<string> = new Set(['hurt', 'hurting', 'hurts']);
export function figurative(view: View, g: VerbGroup): boolean {
  return g.end - g.start === 1 && FIGURATIVE.has(view.words[g.start]!);
}

/**
 * "hurt" alone with no count harms a body only when it names one person: "hurt a bystander", "hurt him". An uncounted
 * group is hurt in its trade or its standing: "the fees hurt the very developers", "tariffs that hurt farmers".
 */
export function figurativeHurt(view: View, g: VerbGroup, f: Found): boolean {
  if (!figurative(view, g) || f.quantity) return false;
  if (!namesPeople(view, f)) return true;
  // ("More people are hurt": a group hurt in the passive is hurt in body)
  return f.victims!.start >= g.end && PLURAL_PEOPLE.test(view.words[f.victims!.end - 1]!);
}

/** Causes of a business's or a trade's harm: "Farmers have been hurt by low prices". */
const ECONOMIC_CAUSES: ReadonlySet<string> = new Set([
  'prices', 'price', 'costs', 'cost', 'inflation', 'tariffs', 'tariff', 'sanctions', 'rates', 'demand', 'sales',
  'competition', 'policy', 'policies', 'cuts', 'shortages', 'shortage', 'downturn', 'slowdown', 'recession', 'taxes',
  'tax', 'regulations', 'imports', 'exports', 'currency', 'lockdowns', 'lockdown', 'pandemic', 'drought', 'market', 'markets',
]);
/** "hurt by low prices", "hurt by the slowdown in China": a cause of that kind within four words after "by". */
export function hurtByEconomy(view: View, g: VerbGroup): boolean {
  if (!figurative(view, g) || view.words[g.end] !== 'by') return false;
  for (let m = g.end + 1; m <= g.end + 4 && m < view.words.length; m++) {
    if (view.tokens[m]!.kind !== 'word') return false;
    if (ECONOMIC_CAUSES.has(view.words[m]!)) return true;
  }
  return false;
}

/** Does the reading's victim end on a people noun or a pronoun ("a woman was hurt", "hurt him"), not a name? */
export function namesPeople(view: View, f: Found): boolean {
  if (!f.victims) return false;
  const head = view.words[f.victims.end - 1]!;
  // "One person died and another was hurt": one more person of the sentence's people
  return VICTIM_NOUNS.has(head) || SINGULAR_PRONOUNS.has(head) || (head === 'another' && view.death);
}

/** A count of two or more of people who are no doers ("4,000 people", not "two suspects"). */
export function countedPeople(view: View, f: Found): boolean {
  if (!f.quantity || f.quantity.min === null || f.quantity.min < 2) return false;
  // "Thousands have fled the fighting": a vague count stands for people; so does a count made to leave ("forced 12,000 to flee")
  if (!f.victims) return f.quantity.vague || (view.words[f.quantity.end] === 'to' && LEAVE_VERBS.has(view.words[f.quantity.end + 1] ?? ''));
  return !DOERS.has(view.words[f.victims.end - 1]!);
}
const DOERS: ReadonlySet<string> = new Set([
  'suspects', 'gunmen', 'attackers', 'assailants', 'robbers', 'shooters', 'burglars', 'thieves', 'kidnappers',
  'men', 'teens', 'juveniles', 'males', 'occupants', 'others',
]);

/** How many words may open a headline before its subject: "Teenager", "Elderly Man", "Off-Duty Officer". */
const HEADLINE_LEAD = 3;

/**
 * The subject of a Title-Case headline's verb, when the walk back from it ends in a name or a
 * place ("…on High Street Dies"): a people noun among its first words, the verb past it.
 */
export function headlineSubject(view: View, b: number): Subject | undefined {
  for (let k = 0; k < HEADLINE_LEAD && k < b; k++) {
    if (view.tokens[k]!.kind === 'punct') return undefined;
    if (!VICTIM_NOUNS.has(view.words[k]!)) continue;
    const s = subjectBefore(view, k);
    return s?.people && s.range.start === 0 ? s : undefined;
  }
  return undefined;
}

/** After a bare verb these open its object, so the subject did it: "Officials detained the ship", "Man shot his wife". */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'my', 'our', 'your']);

/** Does an object start at k ("shot her attacker", "shot soldier husband", "shot two")? */
export function objectFollows(view: View, k: number): boolean {
  return k < view.tokens.length && (OBJECT_OPENERS.has(view.words[k]!) || isPeople(view, k) || view.tokens[k]!.kind === 'number');
}

/** Verbs in their bare form: an infinitive, an imperative or a present of many. */
export const BARE_VERBS: ReadonlySet<string> = new Set(['kill', 'injure']);

/** After a reduced relative ("the man killed in …", "the woman shot by police", "the teen shot Tuesday"): no object follows. */
const PASSIVE_AFTER: ReadonlySet<string> = new Set([
  'in', 'on', 'during', 'after', 'near', 'outside', 'inside', 'by', 'last', 'early', 'late', 'overnight', 'when', 'while',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', ',', '.',
]);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this']);

/**
 * "Police identified the man killed in Tuesday's shooting", "Moser was the man killed after a
 * dispute": one person with an article, then a participle that takes no object (a preposition,
 * a day or a comma after it), is the person harmed. Not "the man shot at police", "the gunman
 * shot into the crowd" (at, into, from: he did the shooting).
 */
export function reducedRelative(view: View, g: VerbGroup, s: Subject): boolean {
  if (s.persons !== 1 || s.quantity || !g.last.participle || !DEFINITE.has(view.words[s.range.start]!)) return false;
  return PASSIVE_AFTER.has(view.words[g.end] ?? '');
}

/** How far back from "and" a harm verb is looked for, so a run-on sentence costs a bounded read. */
const ELLIPSIS_REACH = 10;

/**
 * "A woman was killed and her husband injured", "left one man dead and another wounded": after
 * "and", a harm verb just before stands for the verb of being the second person lacks.
 */
export function elided(view: View, start: number): boolean {
  if (view.words[start - 1] !== 'and') return false;
  for (let k = start - 2; k >= 0 && k >= start - 1 - ELLIPSIS_REACH; k--) {
    if (view.tokens[k]!.kind === 'punct') return false;
    if (HARM_VERBS.get(view.words[k]!)?.participle) return true;
  }
  return false;
}
