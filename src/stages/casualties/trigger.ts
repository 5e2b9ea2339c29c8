// A cheap test run on every sentence before the rules: does it hold any word a
// rule starts from? Most sentences of an article ("Talks resumed in Doha on
// Saturday.") hold none, and building their view costs more than the scan.

import type { Token } from '../../document.js';
import { CARRIERS } from './carried.js';
import { BREAK_VERBS, DEATH_CUES, FALL_VERBS, FALLING_ILL, FATAL_ADVERBS, FORCE_OUT, REMAIN_FORMS, GUNFIRE_NOUNS, HARM_NOUNS, HARM_VERBS, HOSPITAL_TRANSPORT, MOVE_VERBS, NOT_ALIVE_AFTER, NOT_DEADLY, RECOVERY_CUES, STAY_SHELTERS, STAY_VERBS, SURVIVAL_CUES, TO_DEATH_VERBS, TREATMENT_VERBS, WOUND_NOUNS, QUALIFIED_CONDITIONS, EXPOSURE_GERUNDS } from '../../lexicon/casualties.js';

/**
 * Each rule family needs one of its words in the sentence, and runs only then.
 * Subset rules ("12 of them children") only read a sentence where another rule
 * found a toll.
 */
/** A harm verb, "suffered"/"sustained" (wound groups), "condition" ("in critical condition"): verb rules. */
export const VERB = 1;
/** A harm noun ("2,500 casualties"): noun rules. */
export const NOUN = 2;
/** "toll", or a harm noun that may rise ("Deaths Rise To 11"): toll rules. */
export const TOLL = 4;
/** "life": "took his own life". */
export const LIFE = 8;
/** The sentence tells of a death ("fatal shooting", "homicide"): see settle.ts. */
export const DEATH = 16;
/** The sentence says a person shot lived ("expected to recover"): see View.survives. */
export const SURVIVAL = 32;
/** A wound noun: "a man with a gunshot wound" (wound.ts, which also needs WITH). */
export const WOUND = 64;
/** "with", "for", "after": only a sentence with WOUND and WITH is read for a person with (or treated for, or hurt after) a wound. */
export const WITH = 128;
/** Someone is mending ("is recovering", "in stable condition"): see settle.ts. */
export const RECOVERY = 256;
/** A verb of staying ("spent", "living") and a shelter ("camps", "relief centres"): both, and the verb rules read the sentence. */
export const STAY = 512;
export const SHELTER = 1024;
/** "losses": an army's losses as a figure (losses.ts). */
export const LOSS = 2048;
/** A verb that breaks a bone: "broke his collarbone" (bones.ts). */
export const BONE = 4096;
/** "struck", "hit" and a gunfire noun: both, and the verb rules read the sentence ("was struck in the leg by a bullet"). */
export const HIT = 8192;
export const GUNFIRE = 16384;
/** A condition that is a harm only with a word before it ("breathing problems") or a gerund of taking one in ("after inhaling"): wound.ts only, with WITH. */
export const CONDITION = 32768;
/** "the number", "the figure": a toll carried on from the sentence before (carried.ts), not a trigger. */
export const CARRIED = 65536;
/** Some rule but the wound rule may fire in the sentence. */
export const TRIGGER = VERB | NOUN | TOLL | LIFE | LOSS | BONE;
/** Does the sentence with these cues need its rules read? */
export function triggered(cues: number): boolean {
  return (cues & (TRIGGER | WOUND)) !== 0 || staying(cues) || hitByGunfire(cues) || (cues & (CONDITION | WITH)) === (CONDITION | WITH);
}

/** "hit" is common ("the storm hit", "hit a record"): the verb rules read it only beside a bullet or gunfire. */
export function hitByGunfire(cues: number): boolean {
  return (cues & (HIT | GUNFIRE)) === (HIT | GUNFIRE);
}

/** "2,000 people spent the night in relief centres": the verb rules read a sentence with both words, common as each is. */
export function staying(cues: number): boolean {
  return (cues & (STAY | SHELTER)) === (STAY | SHELTER);
}

/** Each cue word with the flags it sets: one lookup per word of the article. */
const CUES: ReadonlyMap<string, number> = (() => {
  const cues = new Map<string, number>();
  const add = (flag: number, words: Iterable<string>): void => {
    for (const w of words) cues.set(w, (cues.get(w) ?? 0) | flag);
  };
  add(VERB, [...HARM_VERBS.keys(), 'suffered', 'sustained', 'received', 'condition', 'fighting', 'lost', ...MOVE_VERBS, 'fled', 'flee', 'fleeing', ...FORCE_OUT, 'recovering', 'suffering']);
  // "froze to death": "death" is a cue already, the verb makes the sentence read by the verb rules
  add(VERB, TO_DEATH_VERBS);
  add(VERB, FALL_VERBS);
  // "was struck in the leg by a bullet": a wound only when gunfire hits (groups.ts)
  add(HIT, ['struck', 'hit']);
  add(GUNFIRE, GUNFIRE_NOUNS);
  // "were taken to hospital in serious condition": the verb rules read a sentence with a hospital;
  // the transport verbs are asked as group words there (no flag: "taken" alone triggers nothing)
  add(VERB, ['hospital', 'hospitals']);
  add(0, HOSPITAL_TRANSPORT);
  // "about 30 were never found": a group word in a sentence another cue has made read
  add(0, ['found']);
  // "60 students fell ill": "ill"/"sick" make the sentence read, the verbs before them are group words
  add(VERB, ['ill', 'sick']);
  // "embraced shahadat", "were sent to hell" (rare-groups.ts asks for the verb before)
  add(VERB, ['martyrdom', 'shahadat', 'shahadah', 'hell']);
  add(0, ['embraced', 'sent']);
  // "4,200 people remained in evacuation centres" (the shelter word makes the sentence read)
  add(STAY, REMAIN_FORMS);
  // "436 people had been treated" (rare-groups.ts asks for a count, a place of care or "and released")
  add(VERB, ['treated']);
  // "23 protesters needed treatment" (states.ts asks for the verb before it)
  add(VERB, ['treatment']);
  add(0, TREATMENT_VERBS);
  // "A teenager was fatally struck by a train" (rare-groups.ts: a fatal adverb before "struck"/"hit")
  add(VERB, FATAL_ADVERBS);
  add(0, FALLING_ILL);
  // "More than 300 people are feared buried": a cue word of its own (a burial alone is none: rare-groups.ts asks for "feared")
  add(VERB, ['buried']);
  // "were taken into custody": arrested (rare-groups.ts asks for "taken into" before it)
  add(VERB, ['custody']);
  // "shelters housing about 3,100 people" (rare-groups.ts asks for a shelter before it)
  add(VERB, ['housing']);
  add(NOUN, HARM_NOUNS.keys());
  // "the body of a man", "the remains of 32 people" (nouns.ts reads them only before "of" and people)
  add(NOUN, ['body', 'remains']);
  add(TOLL, ['toll', 'deaths', 'fatalities', 'casualties', 'injuries']);
  // "Among the victims were two children": the group rules read a sentence with victims
  add(TOLL, ['victims']);
  // "took his own life", "turning the gun on himself"
  add(LIFE, ['life', 'himself', 'herself']);
  add(DEATH, DEATH_CUES);
  add(SURVIVAL, SURVIVAL_CUES);
  add(RECOVERY, RECOVERY_CUES);
  add(STAY, STAY_VERBS);
  add(SHELTER, STAY_SHELTERS);
  add(WOUND, WOUND_NOUNS);
  // (their own flag: a sentence with "problems" or "breathing" is no reason to run the verb rules)
  add(CONDITION, [...QUALIFIED_CONDITIONS, ...EXPOSURE_GERUNDS]);
  add(WITH, ['with', 'for', 'after']);
  add(LOSS, ['losses']);
  add(CARRIED, CARRIERS);
  add(BONE, BREAK_VERBS);
  return cues;
})();

/**
 * A word's length, first and last letter packed in 14 bits (a character by its low 5 bits).
 * Different words share a shape ("kills", "knees"), so a shape only says "may be a cue".
 */
function shape(w: string): number {
  return ((w.length & 15) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);
}

/**
 * The shapes of the cue words. About one word in twenty of news text has one, so the
 * scan reads this table instead of hashing every word for the map (the scan runs over
 * every word of the article and was a third of the stage's time).
 */
const SHAPES: Uint8Array = new Uint8Array(1 << 14);
for (const w of CUES.keys()) SHAPES[shape(w)] = 1;

const LENGTHS: readonly number[] = [...CUES.keys()].map((w) => w.length);
const SHORTEST = Math.min(...LENGTHS);
const LONGEST = Math.max(...LENGTHS);
const ALL = TRIGGER | WOUND | WITH | DEATH | SURVIVAL | RECOVERY | STAY | SHELTER | LOSS | BONE | HIT | GUNFIRE | CONDITION;

/** May `w` (lowercase) be a cue word: a harm verb, a harm noun…? False for most words, without a map lookup. */
export function mayBeCue(w: string): boolean {
  return w.length >= SHORTEST && w.length <= LONGEST && SHAPES[shape(w)] === 1;
}

/**
 * Reads the words of a sentence (their lower-cased text from segment) for cue words:
 * a table read per word and a map lookup for the few that may be cues; no regex and
 * no lower-casing. Numbers and punctuation never match a cue. Returns the flags found
 * (a number, not an object: every sentence of the article is read).
 */
export function scanSentence(tokens: readonly Token[]): number {
  let cues = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!mayBeCue(w)) continue;
    let found = CUES.get(w) ?? 0;
    // "charged with attempted homicide": nobody died
    if (found & DEATH && i > 0 && tokens[i - 1]!.lower === 'attempted') found &= ~DEATH;
    // "Two persons lost their lives": a death told with the noun
    if (w === 'lives' && i > 1 && tokens[i - 2]!.lower === 'lost') found |= DEATH;
    // "assault with a deadly weapon": nobody died
    if (found & DEATH && w === 'deadly' && NOT_DEADLY.has(tokens[i + 1]?.lower ?? '')) found &= ~DEATH;
    // "whose name has not been released": not released from the hospital
    if (found & SURVIVAL && w === 'released' && (tokens[i - 1]?.lower === 'not' || tokens[i - 2]?.lower === 'not')) found &= ~SURVIVAL;
    // "The coroner's report released Thursday showed…", "footage released on Friday": only "treated and
    // released", "released from the hospital" tell of someone who lived
    if (found & SURVIVAL && w === 'released' && tokens[i - 1]?.lower !== 'and' && tokens[i + 1]?.lower !== 'from') found &= ~SURVIVAL;
    // "were burned alive": no one lived
    if (found & SURVIVAL && w === 'alive' && i > 0 && NOT_ALIVE_AFTER.has(tokens[i - 1]!.lower)) found &= ~SURVIVAL;
    cues |= found;
    if (cues === ALL) break;
  }
  return cues;
}
