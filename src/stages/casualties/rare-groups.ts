// The verb groups not built from HARM_VERBS, asked only of cue words: "lost their lives", "lost two
// sons" (kin only), "moved to shelters", "spent the night in relief centres", "two critical", "fighting
// for their lives", "struck in the leg by a bullet", "about 4,000 people had fled Umm Sumeima".

import { FALL_VERBS, FALLING_ILL, FATAL_ADVERBS, FORCE_OUT, REMAIN_FORMS, LEAVE_VERBS, GUNFIRE_NOUNS, WOUND_NOUNS, HOSPITAL_TRANSPORT, LIMBS, MOVE_VERBS, PERSONAL_OWNERS as OWNERS, SHELTER_NOUNS, SHELTER_QUALIFIERS, STAY_SHELTERS, STAY_VERBS, TO_DEATH_VERBS, type HarmVerb } from '../../lexicon/casualties.js';
import type { VerbGroup } from './groups.js';
import { isCapitalized, type View } from './view.js';

const KILLED: HarmVerb = { kind: 'killed', transitive: true, participle: true };
const DISPLACED: HarmVerb = { kind: 'displaced', transitive: true, participle: true };
const MISSING: HarmVerb = { kind: 'missing', transitive: false, participle: true };
const HELD: HarmVerb = { kind: 'arrested', transitive: false, participle: true };

/** "moved to shelters", "moved 30,000 residents to relief camps": a shelter within a few words. */
function toShelter(view: View, i: number): boolean {
  const { words, tokens } = view;
  for (let k = i + 1; k < i + 7 && k < words.length && tokens[k]!.kind !== 'punct'; k++) {
    if (words[k] === 'to' && SHELTER_NOUNS.has(words[k + 1] ?? '') || SHELTER_NOUNS.has(words[k + 2] ?? '') && words[k] === 'to') return true;
  }
  return false;
}

/**
 * "spent the night in relief centres", "are staying in evacuation camps": "in" or "at" within a few
 * words, then a shelter (centres only with a qualifier: not "town centres"). The index after the
 * shelter noun, or -1.
 */
function inShelter(view: View, i: number): number {
  const { words, tokens } = view;
  for (let k = i + 1; k < i + 5 && k < words.length && tokens[k]!.kind !== 'punct'; k++) {
    if (words[k] !== 'in' && words[k] !== 'at') continue;
    for (let m = k + 1; m <= k + 3 && m < words.length && (tokens[m]!.kind === 'word' || tokens[m]!.kind === 'number'); m++) {
      if (!STAY_SHELTERS.has(words[m]!)) continue;
      const plain = words[m] === 'shelters' || words[m] === 'shelter' || words[m] === 'camps' || words[m] === 'camp';
      return plain || SHELTER_QUALIFIERS.has(words[m - 1]!) ? m + 1 : -1;
    }
    return -1;
  }
  return -1;
}

/** "to hospital", "to a local hospital", "to Kings County Hospital": the index after "hospital" (from k), or -1. */
function toHospital(view: View, k: number): number {
  const { words, tokens } = view;
  for (let m = k; m < k + 4 && m < words.length && tokens[m]!.kind === 'word'; m++) {
    if (words[m] === 'hospital' || words[m] === 'hospitals') return m + 1;
  }
  return -1;
}

/** A death in a cause's words: "embraced martyrdom", "embraced shahadat". */
const MARTYRDOM: ReadonlySet<string> = new Set(['martyrdom', 'shahadat', 'shahadah']);

/** Count words before a bare "critical" in a headline: "two critical". */
const CARDINAL_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** After a bare "critical": "two critical after shooting", "two critical in crash". */
const AFTER_CRITICAL: ReadonlySet<string> = new Set(['after', 'in', 'following', 'and', 'as', 'at', 'from']);

/** "lost their lives", "lost his life". */
function lostLife(words: readonly string[], i: number): boolean {
  return (words[i + 1] === 'his' || words[i + 1] === 'her' || words[i + 1] === 'their') && (words[i + 2] === 'life' || words[i + 2] === 'lives');
}

/** "was listed in critical condition", "left a man in serious condition": wounded, fate untold. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['critical', 'serious', 'stable', 'fair', 'grave', 'life-threatening']);
export const CONDITION: HarmVerb = { kind: 'wounded', transitive: false, participle: true };

const LIMB_OWNERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'a']);
const LIMB_SIDES: ReadonlySet<string> = new Set(['left', 'right', 'upper', 'lower']);
/** "shot in the leg", "stabbed in his left arm": a limb at k (after "in"), so the one hurt is told as alive. */
export function inLimb(words: readonly string[], k: number): boolean {
  if (words[k] !== 'in' || !LIMB_OWNERS.has(words[k + 1] ?? '')) return false;
  const at = LIMB_SIDES.has(words[k + 2] ?? '') ? k + 3 : k + 2;
  return LIMBS.has(words[at] ?? '');
}
/** "fighting for his life", "fighting for their lives": hurt and alive, as "in critical condition". */
function fightingForLife(words: readonly string[], i: number): boolean {
  return words[i] === 'fighting' && words[i + 1] === 'for' && OWNERS.has(words[i + 2] ?? '') && (words[i + 3] === 'life' || words[i + 3] === 'lives');
}
const GUNFIRE_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'stray', 'single', 'police', 'ricocheting', 'errant']);
/**
 * After "struck"/"hit": up to four words ("in the leg", "three times"), then "by" and what was
 * fired; the token after it, or 0.
 */
function byGunfire(words: readonly string[], k: number): number {
  let by = k;
  while (by < k + 4 && words[by] !== undefined && words[by] !== 'by' && /^[a-z]+$/.test(words[by]!)) by++;
  if (words[by] !== 'by') return 0;
  let n = by + 1;
  while (n < by + 3 && GUNFIRE_BEFORE.has(words[n] ?? '')) n++;
  return GUNFIRE_NOUNS.has(words[n] ?? '') ? n + 1 : 0;
}
/** Before "buried", words that make it a fate not known: "feared buried", "still buried". */
const FEARED: ReadonlySet<string> = new Set(['feared', 'believed', 'presumed', 'still', 'remain', 'remained', 'remains']);
/** After "recovering", words that keep it a state of the hurt: "recovering in hospital", "recovering at home". */
const RECOVERING_AFTER: ReadonlySet<string> = new Set(['in', 'at', 'after']);
/** "from his wounds", "from gunshot injuries" (not "from mental health issues"): a wound within four words after "from". */
function fromWound(words: readonly string[], k: number): boolean {
  return fromWoundEnd(words, k) > 0;
}
/** The index after the wound of "from his wounds" at k, or -1. */
function fromWoundEnd(words: readonly string[], k: number): number {
  if (words[k] !== 'from') return -1;
  for (let m = k + 1; m <= k + 4 && m < words.length; m++) if (WOUND_NOUNS.has(words[m]!)) return m + 1;
  return -1;
}
/** Verbs of flight that displace people when their homes follow: "fled their homes". */
const FLEE_VERBS: ReadonlySet<string> = new Set(['fled', 'flee', 'fleeing']);
const HOMES: ReadonlySet<string> = new Set(['homes', 'home', 'houses', 'villages', 'village', 'towns']);
/** "from their homes", "out of their homes" at k: the token after it, or 0. */
function fromHomes(view: View, k: number): number {
  const { words } = view;
  const at = words[k] === 'from' ? k + 1 : words[k] === 'out' && words[k + 1] === 'of' ? k + 2 : 0;
  // plural homes: "chased his wife out of their home" is no displacement
  return at > 0 && OWNERS.has(words[at] ?? '') && HOMES.has(words[at + 1] ?? '') && words[at + 1]!.endsWith('s') ? at + 2 : 0;
}
/** "forced more than 500 people from their homes": the homes after an object of at most six words. */
function fromHomesAfter(view: View, k: number): boolean {
  for (let m = k; m < k + 6 && m < view.tokens.length; m++) {
    if (view.tokens[m]!.kind === 'punct') return false;
    if (fromHomes(view, m) > 0) return true;
  }
  return false;
}
/** "forced more than 5,000 residents to evacuate": "to" and a verb of leaving after an object of at most six words. */
function toFleeAfter(view: View, k: number): boolean {
  for (let m = k + 1; m < k + 7 && m + 1 < view.tokens.length; m++) {
    if (view.tokens[m]!.kind === 'punct') return false;
    // ("to flee their homes" is read from "flee" on; "to evacuate their homes" is not)
    if (view.words[m] === 'to') return LEAVE_VERBS.has(view.words[m + 1]!) && !(FLEE_VERBS.has(view.words[m + 1]!) && OWNERS.has(view.words[m + 2] ?? '') && HOMES.has(view.words[m + 3] ?? ''));
  }
  return false;
}
/** What people flee that makes them displaced: "fled the fighting", "fled the city" (not "the scene", "the area"). */
const FLED_FROM: ReadonlySet<string> = new Set([
  'fighting', 'violence', 'war', 'conflict', 'clashes', 'bombardment', 'shelling', 'offensive', 'advance',
  'city', 'town', 'region', 'country', 'province', 'floods', 'flooding',
]);
/** The verb of having: an auxiliary ("who had fled the country") or a wound had ("had gunshot wounds", groups.ts). */
export const HAVING: ReadonlySet<string> = new Set(['had', 'have', 'has']);
/** Where people fled to: "fled to neighbouring Chad", "fled into Poland". */
const FLED_TO: ReadonlySet<string> = new Set(['to', 'into', 'across']);
const NEIGHBOURING: ReadonlySet<string> = new Set(['neighbouring', 'neighboring']);
/** After "fled" at k: "the fighting" or a capitalised place ("Umm Sumeima"), or where to; the token after it, or 0. */
function fledFrom(view: View, k: number): number {
  const { words } = view;
  // "have fled to neighbouring Chad", "fled into Poland", "fled across the border": where to, as where from
  if (FLED_TO.has(words[k] ?? '')) k += NEIGHBOURING.has(words[k + 1] ?? '') ? 2 : 1;
  if (words[k] === 'the' && FLED_FROM.has(words[k + 1] ?? '')) return k + 2;
  if (!isCapitalized(view, k) || !view.sentence.body) return 0;
  let end = k + 1;
  while (end < k + 4 && isCapitalized(view, end)) end++;
  return end;
}

/**
 * The groups not built from HARM_VERBS: "lost their lives", "lost two sons" (kin only), "moved to
 * shelters", "spent the night in relief centres", "two critical", "fighting for their lives". Asked only of cue words.
 */
export function rareGroup(view: View, i: number): VerbGroup | undefined {
  const { words } = view;
  const w = words[i]!;
  // "more than 60 students fell ill", "dozens became sick": hurt by an illness, told without "were"
  if (FALLING_ILL.has(w) && (words[i + 1] === 'ill' || words[i + 1] === 'sick')) {
    return { start: i, end: i + 2, kind: 'wounded', weak: false, transitive: false, participle: true, last: CONDITION, condition: false, numbered: true };
  }
  // South Asian military copy: "Seven soldiers embraced shahadat/martyrdom", "13 terrorists were sent to hell"
  if (w === 'embraced' && MARTYRDOM.has(words[i + 1] ?? '')) {
    return { start: i, end: i + 2, kind: 'killed', weak: false, transitive: false, participle: true, last: KILLED, condition: false };
  }
  if (w === 'sent' && words[i + 1] === 'to' && words[i + 2] === 'hell') {
    return { start: i, end: i + 3, kind: 'killed', weak: false, transitive: false, participle: true, last: KILLED, condition: false };
  }
  // "Twelve people lost their lives", "He lost two sons in the attack"
  if (w === 'lost') {
    if (lostLife(words, i)) return { start: i, end: i + 3, kind: 'killed', weak: false, transitive: false, participle: true, last: KILLED, condition: false };
    return { start: i, end: i + 1, kind: 'killed', weak: false, transitive: true, participle: false, last: KILLED, condition: false, kin: true };
  }
  // "1.2 million people had been moved to shelters"
  if (MOVE_VERBS.has(w) && toShelter(view, i)) {
    return { start: i, end: i + 1, kind: 'displaced', weak: false, transitive: true, participle: true, last: DISPLACED, condition: false };
  }
  // "Two climbers froze to death", "was beaten to death": deadly only with "to death"
  if (TO_DEATH_VERBS.has(w) && words[i + 1] === 'to' && words[i + 2] === 'death') {
    return { start: i, end: i + 3, kind: 'killed', weak: false, transitive: false, participle: true, last: KILLED, condition: false };
  }
  // "A mob stoned three women to death", "an elephant trampled two farmers to death": the object between
  if (TO_DEATH_VERBS.has(w) && deathAfterObject(view, i + 1)) {
    return { start: i, end: i + 1, kind: 'killed', weak: false, transitive: true, participle: false, last: KILLED, condition: false };
  }
  // "Two workers fell to their deaths", "plunged to his death": an owner before the death
  if ((TO_DEATH_VERBS.has(w) || FALL_VERBS.has(w)) && words[i + 1] === 'to' && OWNERS.has(words[i + 2] ?? '') && (words[i + 3] === 'death' || words[i + 3] === 'deaths')) {
    return { start: i, end: i + 4, kind: 'killed', weak: false, transitive: false, participle: true, last: KILLED, condition: false };
  }
  // "opened 27 shelters housing about 3,100 people": the people a shelter houses
  if (w === 'housing' && STAY_SHELTERS.has(words[i - 1] ?? '')) {
    return { start: i, end: i + 1, kind: 'displaced', weak: false, transitive: true, participle: false, last: DISPLACED, condition: false, counted: true };
  }
  // "More than 2,000 people spent the night in relief centres"
  // ("4,200 people remained in evacuation centres": "remain" with a count only, as troops remain in their camp)
  if (STAY_VERBS.has(w) || REMAIN_FORMS.has(w)) {
    const end = inShelter(view, i);
    if (end > 0) return { start: i, end, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false, numbered: REMAIN_FORMS.has(w) };
  }
  // "Thousands have fled their homes", "were forced to flee their homes": displaced
  if (FLEE_VERBS.has(w) && OWNERS.has(words[i + 1] ?? '') && HOMES.has(words[i + 2] ?? '')) {
    const start = words[i - 1] === 'to' && words[i - 2] === 'forced' ? i - 2 : i;
    return { start, end: i + 3, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false };
  }
  // "14 suspects had been taken into custody": arrested
  if (w === 'custody' && words[i - 1] === 'into' && words[i - 2] === 'taken') {
    return { start: i - 2, end: i + 1, kind: 'arrested', weak: false, transitive: false, participle: true, last: HELD, condition: false };
  }
  // "More than 300 people are feared buried", "believed buried under the rubble": missing, not a funeral
  // ("believed to be buried under the debris")
  const toBe = words[i - 1] === 'be' && words[i - 2] === 'to' ? 3 : 1;
  if (w === 'buried' && FEARED.has(words[i - toBe] ?? '')) {
    return { start: i - toBe, end: i + 1, kind: 'missing', weak: false, transitive: false, participle: true, last: MISSING, condition: false };
  }
  // "about 30 were never found", "two have not been found": missing (asked only in a sentence with a cue)
  if (w === 'found') {
    const start = words[i - 1] === 'never' ? i - 1 : words[i - 1] === 'been' && words[i - 2] === 'not' ? i - 2 : -1;
    if (start >= 0) return { start, end: i + 1, kind: 'missing', weak: false, transitive: false, participle: true, last: MISSING, condition: false };
  }
  // "12,000 people had been forced from their homes", "has driven 40,000 people out of their homes": displaced
  if (FORCE_OUT.has(w)) {
    const end = fromHomes(view, i + 1);
    if (end > 0) return { start: i, end, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false };
    if (fromHomesAfter(view, i + 2)) return { start: i, end: i + 1, kind: 'displaced', weak: false, transitive: true, participle: false, last: DISPLACED, condition: false };
    // "Some 2,500 residents were forced to evacuate": the passive, of a count only
    if (words[i + 1] === 'to' && LEAVE_VERBS.has(words[i + 2] ?? '')) return { start: i, end: i + 3, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false, numbered: true };
    // "forcing tens of thousands to flee", "forced 5,000 residents to evacuate": people made to leave
    if (toFleeAfter(view, i + 1)) return { start: i, end: i + 1, kind: 'displaced', weak: false, transitive: true, participle: false, last: DISPLACED, condition: false, counted: true };
  }
  // "about 4,000 people had fled Umm Sumeima", "Thousands have fled the fighting": a count of people
  // who left a place or a war (verbRules asks for the count: "The gunman fled Chicago" is no one displaced)
  if (w === 'fled' && words[i - 1] !== 'who' && !(HAVING.has(words[i - 1] ?? '') && words[i - 2] === 'who')) {
    const end = fledFrom(view, i + 1);
    if (end > 0) return { start: i, end, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false, counted: true };
  }
  // "One dead, two critical": a count, then "critical" alone (not "critical of", "two critical issues")
  if (w === 'critical' && (view.tokens[i - 1]?.kind === 'number' || CARDINAL_WORDS.has(words[i - 1] ?? ''))) {
    const next = view.tokens[i + 1];
    if (next === undefined || next.kind === 'punct' || AFTER_CRITICAL.has(next.lower)) {
      return { start: i, end: i + 1, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true };
    }
  }
  // "nine of them were taken to hospital in serious condition": hurt and alive, as "in critical
  // condition" with its own verb of being (a transport alone says nothing of the outcome: on GVDB
  // "was taken to the hospital" is as often told of the dead, and is no reading)
  if (HOSPITAL_TRANSPORT.has(w) && words[i + 1] === 'to') {
    const end = toHospital(view, i + 2);
    const c = words[end + 1] === 'a' ? end + 2 : end + 1;
    if (end > 0 && words[end] === 'in' && CONDITION_WORDS.has(words[c] ?? '') && words[c + 1] === 'condition') {
      return { start: i, end: c + 2, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true };
    }
    // "Six of them were taken to hospital suffering from hypothermia": hurt, weak as "suffering" alone
    // (the group opens on the transport, whose subject is the victims)
    const suffered = end > 0 && words[end] === 'suffering' ? fromWoundEnd(words, end + 1) : -1;
    if (suffered > 0) return { start: i, end: suffered, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: false };
  }
  // "A teenager was fatally struck by a train": a death, whatever struck
  if ((w === 'struck' || w === 'hit') && FATAL_ADVERBS.has(words[i - 1] ?? '')) {
    return { start: i - 1, end: i + 1, kind: 'killed', weak: false, transitive: false, participle: true, last: CONDITION, condition: false };
  }
  // "A woman waiting at a bus stop was struck in the leg by a bullet", "was hit three times by gunfire"
  if (w === 'struck' || w === 'hit') {
    const end = byGunfire(words, i + 1);
    if (end > 0) return { start: i, end, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: false, limb: inLimb(words, i + 1) };
  }
  // "three others are recovering", "is recovering from his wounds": hurt and alive (not "recovering bodies")
  if (w === 'recovering' && (i + 1 === words.length || view.tokens[i + 1]!.kind === 'punct' || RECOVERING_AFTER.has(words[i + 1]!) || fromWound(words, i + 1))) {
    return { start: i, end: i + 1, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true };
  }
  // "found suffering from hypothermia", "a man suffering from a gunshot wound": hurt, the outcome told
  // elsewhere (as "suffered a gunshot wound": weak, no condition; on GVDB such a man is as often the one who died)
  const suffered = w === 'suffering' ? fromWoundEnd(words, i + 1) : -1;
  if (suffered > 0) return { start: i, end: suffered, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: false };
  if (fightingForLife(words, i)) {
    return { start: i, end: i + 4, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true };
  }
  return undefined;
}

/** How many words an object may take between a verb and its "to death" ("stoned the two young women to death"). */
const OBJECT_TO_DEATH = 6;
/** Does "to death" follow an object that opens at `j`, within the clause? */
export function deathAfterObject(view: View, j: number): boolean {
  const { words, tokens } = view;
  for (let k = j + 1; k <= j + OBJECT_TO_DEATH && k + 1 < words.length && tokens[k]!.kind !== 'punct'; k++) {
    if (words[k] === 'to' && words[k + 1] === 'death') return true;
  }
  return false;
}
