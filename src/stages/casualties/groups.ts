// Verb groups: harm verbs read together with their joiners and adverbs.
// "shot and killed", "killed and wounded", "fatally shot", "shot dead", "stabbed to death".

import type { CasualtyKind } from '../../types.js';
import { FATAL_ADVERBS, GUNFIRE_NOUNS, HARM_VERBS, HOSPITAL_TRANSPORT, LIMBS, MOVE_VERBS, NOT_WOUND_BEFORE, SHELTER_NOUNS, SHELTER_QUALIFIERS, STAY_SHELTERS, STAY_VERBS, TO_DEATH_VERBS, WOUND_NOUNS, type HarmVerb } from '../../lexicon/casualties.js';
import { mayBeCue } from './trigger.js';
import { isCapitalized, type View } from './view.js';

export interface VerbGroup {
  /** token range [start, end) of the whole group, adverbs included */
  start: number;
  end: number;
  kind: CasualtyKind;
  /** only "shot"/"stabbed": the outcome (killed or wounded) is not said here */
  weak: boolean;
  /** the last verb can take an object: "killed and wounded dozens" */
  transitive: boolean;
  /** some verb of the group can follow its subject: "two men were shot and killed" */
  participle: boolean;
  /** the last verb of the group */
  last: HarmVerb;
  /** "in critical condition": hurt, not a verb */
  condition: boolean;
  /** "lost": a death only of kin ("lost two sons", "lost his wife") */
  kin?: boolean;
  /** "fled": displaced only when a count of people did ("4,000 people had fled the town") */
  counted?: boolean;
  /** "shot in the leg": hurt in a limb (settle.ts keeps it wounded beside another death) */
  limb?: boolean;
}

const KILLED: HarmVerb = { kind: 'killed', transitive: true, participle: true };
const DISPLACED: HarmVerb = { kind: 'displaced', transitive: true, participle: true };

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
    for (let m = k + 1; m <= k + 3 && m < words.length && tokens[m]!.kind === 'word'; m++) {
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

/** Count words before a bare "critical" in a headline: "two critical". */
const CARDINAL_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** After a bare "critical": "two critical after shooting", "two critical in crash". */
const AFTER_CRITICAL: ReadonlySet<string> = new Set(['after', 'in', 'following', 'and', 'as', 'at', 'from']);

/** "lost their lives", "lost his life". */
function lostLife(words: readonly string[], i: number): boolean {
  return (words[i + 1] === 'his' || words[i + 1] === 'her' || words[i + 1] === 'their') && (words[i + 2] === 'life' || words[i + 2] === 'lives');
}

/** Verbs whose object is a wound: "suffered a gunshot wound", "received non-life-threatening injuries" (string tests: every word is asked). */
function isSuffered(w: string): boolean {
  return w === 'suffered' || w === 'sustained' || w === 'received' || HAVING.has(w);
}
/** "Two of the victims had gunshot wounds", "he has a stab wound": a wound had, a few words on at most. */
const HAVING: ReadonlySet<string> = new Set(['had', 'has', 'have']);
const HAVING_REACH = 4;

/** After a singular "cut", these make it a wound: "a cut to his head", "a cut on her arm" (not "a cut in funding"). */
const CUT_AFTER: ReadonlySet<string> = new Set(['to', 'on', 'above', 'below', 'over', 'under']);

/** Is word k the noun of a wound: "wounds", "injuries", or "a cut to his head"? */
function woundNounAt(words: readonly string[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  return WOUND_NOUNS.has(w) || (w === 'cut' && CUT_AFTER.has(words[k + 1] ?? '') && OWNERS.has(words[k + 2] ?? ''));
}

/** "shot" and "stabbed" say someone was hit, not whether they lived. */
const WEAK: ReadonlySet<string> = new Set(['shot', 'shooting', 'shoot', 'shoots', 'stabbed', 'stabbing']);
const LIMB_OWNERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'a']);
const LIMB_SIDES: ReadonlySet<string> = new Set(['left', 'right', 'upper', 'lower']);
/** "shot in the leg", "stabbed in his left arm": a limb at k (after "in"), so the one hurt is told as alive. */
function inLimb(words: readonly string[], k: number): boolean {
  if (words[k] !== 'in' || !LIMB_OWNERS.has(words[k + 1] ?? '')) return false;
  const at = LIMB_SIDES.has(words[k + 2] ?? '') ? k + 3 : k + 2;
  return LIMBS.has(words[at] ?? '');
}
/** Base forms after "to" are intentions, not events: "threatened to kill", "tried to shoot". */
const BASE_FORMS: ReadonlySet<string> = new Set(['kill', 'shoot']);
/**
 * Before a base form, these make it no event: "threatened to kill", "would shoot"; a plea or a
 * question: "Don't shoot him", "Did you shoot him?". A base form opening a sentence or a quotation
 * is an order ("Shoot him!"); a plural subject keeps it: "Gunmen kill 12 soldiers".
 */
const UNREAL_BEFORE: ReadonlySet<string> = new Set([
  'to', 'would', 'will', 'could', 'might', 'may', 'threatened', 'tried', "don't", 'don’t', "didn't", 'didn’t', 'not', "n't",
  'never', 'did', 'do', 'you', 'please', 'should', 'must', 'can', 'cannot', "can't", 'can’t', "won't", 'won’t', "'ll", '’ll',
]);
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',', 'and/or']);
const ADVERBS: ReadonlySet<string> = new Set(['fatally', 'mortally', 'critically', 'seriously', 'badly', 'slightly', 'later', 'then', 'also']);

function harmAt(view: View, i: number): HarmVerb | undefined {
  const w = view.words[i];
  // every word of the sentence is asked: the cue shapes answer most without the map
  return w !== undefined && mayBeCue(w) && view.tokens[i]!.kind === 'word' ? HARM_VERBS.get(w) : undefined;
}

/** "-ing" forms that also name an event: "a shooting", "the stabbing". */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['shooting', 'stabbing', 'kidnapping']);
/** Before these, such a form is the event: "in a shooting", "the fatal stabbing", "after the kidnapping". */
const EVENT_BEFORE: ReadonlySet<string> = new Set(['a', 'the', 'in', 'fatal', 'deadly', 'this', 'that', 'of', 'after', 'before', 'another', 'drive-by']);
/** Prepositions after which the form is a verb when its object follows: "accused of shooting his wife". */
const GERUND_AFTER: ReadonlySet<string> = new Set(['of', 'after', 'before']);
/** The first word of a person as object: "of shooting his wife", "after stabbing a man", "of killing two". */
const GERUND_OBJECTS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'him', 'them', 'two', 'three', 'four', 'five', 'another']);

/** Before these, "shot" is a noun: "one shot", "a single shot", "warning shot". */
const SHOT_NOUN_BEFORE: ReadonlySet<string> = new Set([
  'a', 'one', 'single', 'fatal', 'warning', 'the', 'fired', 'first', 'second', 'another', 'final', 'last',
  'fire', 'heard', 'lethal', 'kill', 'good', 'no', 'every', 'that', 'this', 'big', 'long', 'his', 'her',
]);

/** "was listed in critical condition", "left a man in serious condition": wounded, fate untold. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['critical', 'serious', 'stable', 'fair', 'grave', 'life-threatening']);
const CONDITION: HarmVerb = { kind: 'wounded', transitive: false, participle: true };

/** What the verbs of a group say, read one verb at a time (no list of verbs per group). */
interface Told {
  /** the outcome of the first verb that is not WEAK */
  kind: CasualtyKind | undefined;
  /** some verb that is not WEAK says killed, some says wounded: "killed and wounded" */
  killed: boolean;
  wounded: boolean;
  /** some verb can follow its subject */
  participle: boolean;
  /** some verb says missing: "dead or missing" */
  missing: boolean;
}

function tell(told: Told, word: string, verb: HarmVerb): void {
  if (verb.participle) told.participle = true;
  if (WEAK.has(word)) return;
  told.kind ??= verb.kind;
  if (verb.kind === 'killed') told.killed = true;
  if (verb.kind === 'wounded') told.wounded = true;
  if (verb.kind === 'missing') told.missing = true;
}

/** Between a joiner and the next verb, a verb of becoming: "have died or gone missing". */
const BECOMING: ReadonlySet<string> = new Set(['gone', 'went', 'go', 'going', 'goes']);

/** "fighting for his life", "fighting for their lives": hurt and alive, as "in critical condition". */
function fightingForLife(words: readonly string[], i: number): boolean {
  return words[i] === 'fighting' && words[i + 1] === 'for' && OWNERS.has(words[i + 2] ?? '') && (words[i + 3] === 'life' || words[i + 3] === 'lives');
}
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
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
/** Verbs of flight that displace people when their homes follow: "fled their homes". */
const FLEE_VERBS: ReadonlySet<string> = new Set(['fled', 'flee', 'fleeing']);
const HOMES: ReadonlySet<string> = new Set(['homes', 'home', 'houses', 'villages', 'village', 'towns']);
/** What people flee that makes them displaced: "fled the fighting", "fled the city" (not "the scene", "the area"). */
const FLED_FROM: ReadonlySet<string> = new Set([
  'fighting', 'violence', 'war', 'conflict', 'clashes', 'bombardment', 'shelling', 'offensive', 'advance',
  'city', 'town', 'region', 'country', 'province', 'floods', 'flooding',
]);
/** "who had fled the country", "who have fled Cuba": a relative clause tells of people, it counts none. */
const FLED_AUX: ReadonlySet<string> = new Set(['had', 'have', 'has']);
/** After "fled" at k: "the fighting" or a capitalised place ("Umm Sumeima"); the token after it, or 0. */
function fledFrom(view: View, k: number): number {
  const { words } = view;
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
function rareGroup(view: View, i: number): VerbGroup | undefined {
  const { words } = view;
  const w = words[i]!;
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
  // "More than 2,000 people spent the night in relief centres"
  if (STAY_VERBS.has(w)) {
    const end = inShelter(view, i);
    if (end > 0) return { start: i, end, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false };
  }
  // "Thousands have fled their homes", "were forced to flee their homes": displaced
  if (FLEE_VERBS.has(w) && OWNERS.has(words[i + 1] ?? '') && HOMES.has(words[i + 2] ?? '')) {
    const start = words[i - 1] === 'to' && words[i - 2] === 'forced' ? i - 2 : i;
    return { start, end: i + 3, kind: 'displaced', weak: false, transitive: false, participle: true, last: DISPLACED, condition: false };
  }
  // "about 4,000 people had fled Umm Sumeima", "Thousands have fled the fighting": a count of people
  // who left a place or a war (verbRules asks for the count: "The gunman fled Chicago" is no one displaced)
  if (w === 'fled' && words[i - 1] !== 'who' && !(FLED_AUX.has(words[i - 1] ?? '') && words[i - 2] === 'who')) {
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
    if (end > 0 && words[end] === 'in' && CONDITION_WORDS.has(words[end + 1] ?? '') && words[end + 2] === 'condition') {
      return { start: i, end: end + 3, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true };
    }
  }
  // "A woman waiting at a bus stop was struck in the leg by a bullet", "was hit three times by gunfire"
  if (w === 'struck' || w === 'hit') {
    const end = byGunfire(words, i + 1);
    if (end > 0) return { start: i, end, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: false, limb: inLimb(words, i + 1) };
  }
  if (fightingForLife(words, i)) {
    return { start: i, end: i + 4, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true };
  }
  return undefined;
}

export function verbGroups(view: View): VerbGroup[] {
  const { words } = view;
  const groups: VerbGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    // the words of the rare groups are all cue words: most words skip them on the shape table alone
    if (mayBeCue(words[i]!)) {
      const rare = rareGroup(view, i);
      if (rare) {
        groups.push(rare);
        i = rare.end - 1;
        continue;
      }
    }
    if (words[i] === 'in' && CONDITION_WORDS.has(words[i + 1] ?? '') && (words[i + 2] === 'condition' || (words[i + 2] === 'but' && words[i + 4] === 'condition'))) {
      const end = words[i + 2] === 'condition' ? i + 3 : i + 5;
      groups.push({ start: i, end, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: true });
      i = end - 1;
      continue;
    }
    const first = harmAt(view, i);
    if (!first && !isSuffered(words[i]!)) continue;
    // "shooting" as a noun ("in a shooting", "the shooting") is an event, not a verb; but after a
    // preposition a person as object makes it a verb: "accused of shooting his wife", "after stabbing a man"
    if (EVENT_NOUNS.has(words[i]!)) {
      const before = words[i - 1] ?? '';
      if (EVENT_BEFORE.has(before) && !(GERUND_AFTER.has(before) && GERUND_OBJECTS.has(words[i + 1] ?? ''))) continue;
    }
    if (BASE_FORMS.has(words[i]!) && (UNREAL_BEFORE.has(words[i - 1] ?? '') || i === 0 || view.tokens[i - 1]!.kind === 'punct')) continue;
    // "he suffered a non-life threatening gunshot wound", "a third man received minor injuries"
    if (!first) {
      let k = i + 1;
      let none = false;
      const having = HAVING.has(words[i]!);
      const reach = having ? HAVING_REACH : 6;
      while (k < i + reach && k < words.length && view.tokens[k]!.kind !== 'punct' && !woundNounAt(words, k)) {
        // "the victims had died of gunshot wounds": "had" is the verb's auxiliary, the wound its cause
        if (having && HARM_VERBS.has(words[k]!)) none = true;
        // "suffered no injuries", "had no visible wounds": nobody hurt
        if (words[k] === 'no') none = true;
        k++;
      }
      if (!none && woundNounAt(words, k) && !NOT_WOUND_BEFORE.has(words[k - 1]!)) {
        groups.push({ start: i, end: k + 1, kind: 'wounded', weak: true, transitive: false, participle: true, last: CONDITION, condition: false });
        i = k;
      }
      continue;
    }
    // "fired one shot", "heard a shot": the noun
    if (words[i] === 'shot' && SHOT_NOUN_BEFORE.has(words[i - 1] ?? '')) continue;
    if (view.tokens[i - 1]?.kind === 'number' && words[i] === 'shot') continue;
    let start = i;
    let fatal = false;
    if (FATAL_ADVERBS.has(words[i - 1] ?? '')) { start = i - 1; fatal = true; }
    const told: Told = { kind: undefined, killed: false, wounded: false, participle: false, missing: false };
    tell(told, words[i]!, first);
    let last = first;
    let end = i + 1;
    for (;;) {
      if (words[end] === 'dead' && WEAK.has(words[end - 1]!)) { fatal = true; end++; continue; }
      if (words[end] === 'to' && words[end + 1] === 'death') { fatal = true; end += 2; continue; }
      if (!JOINERS.has(words[end] ?? '')) break;
      let k = end + 1;
      if (ADVERBS.has(words[k] ?? '')) { fatal ||= FATAL_ADVERBS.has(words[k]!); k++; }
      if (BECOMING.has(words[k] ?? '') && words[k + 1] === 'missing') k++;
      const next = harmAt(view, k);
      if (!next) break;
      tell(told, words[k]!, next);
      last = next;
      end = k + 1;
    }
    let kind: CasualtyKind;
    if (fatal) kind = 'killed';
    // "killed and wounded", "have died or gone missing", "recorded dead or missing": the two together
    else if (told.killed && (told.wounded || told.missing)) kind = 'casualties';
    else kind = told.kind ?? 'wounded';
    groups.push({
      start, end, kind, last,
      weak: !fatal && told.kind === undefined,
      limb: inLimb(words, end),
      transitive: last.transitive && !(fatal && words[end - 1] === 'dead') && words[end - 1] !== 'death',
      participle: told.participle,
      condition: false,
    });
    i = end - 1;
  }
  return groups;
}
