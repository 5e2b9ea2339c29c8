// Verb groups: harm verbs read together with their joiners and adverbs.
// "shot and killed", "killed and wounded", "fatally shot", "shot dead", "stabbed to death".

import type { CasualtyKind } from '../../types.js';
import { AUXILIARIES, BODY_PARTS, FATAL_ADVERBS, HARM_VERBS, NOT_WOUND_BEFORE, PERSONAL_OWNERS as OWNERS, TREATMENT_VERBS, WOUND_NOUNS, type HarmVerb } from '../../lexicon/casualties.js';
import { CONDITION, CONDITION_WORDS, HAVING, inLimb, rareGroup } from './rare-groups.js';
import { inHospitalState, treatedGroup, treatmentGroup } from './states.js';
import { parseQuantity } from './quantity.js';
import { mayBeCue } from './trigger.js';
import type { View } from './view.js';

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
  /** "fell ill", "were still in hospital": a reading only with a count ("60 students fell ill", not "He fell ill in 2019") */
  numbered?: boolean;
}

/** Verbs whose object is a wound: "suffered a gunshot wound", "received non-life-threatening injuries" (string tests: every word is asked). */
function isSuffered(w: string): boolean {
  return w === 'suffered' || w === 'sustained' || w === 'received' || HAVING.has(w);
}
/** "Two of the victims had gunshot wounds", "he has a stab wound": a wound had, a few words on at most. */
const HAVING_REACH = 4;

/** After a singular "cut", these make it a wound: "a cut to his head", "a cut on her arm" (not "a cut in funding"). */
const CUT_AFTER: ReadonlySet<string> = new Set(['to', 'on', 'above', 'below', 'over', 'under']);

/** Before a body part, words that make it a wound: "suffered a broken arm", "sustained a fractured left wrist". */
const BROKEN: ReadonlySet<string> = new Set(['broken', 'fractured', 'shattered', 'dislocated', 'crushed']);

/** Is word k the noun of a wound: "wounds", "injuries", "a cut to his head", or a broken part ("a broken arm")? */
export function woundNounAt(words: readonly string[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  if (BODY_PARTS.has(w) && (BROKEN.has(words[k - 1] ?? '') || BROKEN.has(words[k - 2] ?? ''))) return true;
  return WOUND_NOUNS.has(w) || (w === 'cut' && CUT_AFTER.has(words[k + 1] ?? '') && OWNERS.has(words[k + 2] ?? ''));
}

/** "shot" and "stabbed" say someone was hit, not whether they lived. */
const WEAK: ReadonlySet<string> = new Set(['shot', 'shooting', 'shoot', 'shoots', 'stabbed', 'stabbing']);
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

export function verbGroups(view: View): VerbGroup[] {
  const { words } = view;
  const groups: VerbGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    // the words of the rare groups are all cue words: most words skip them on the shape table alone
    if (mayBeCue(words[i]!)) {
      const rare = rareGroup(view, i) ?? (words[i] === 'treated' ? treatedGroup(view, i) : TREATMENT_VERBS.has(words[i]!) ? treatmentGroup(view, i) : undefined);
      if (rare) {
        groups.push(rare);
        i = rare.end - 1;
        continue;
      }
    }
    const stay = words[i] === 'in' ? inHospitalState(words, i) : undefined;
    if (stay) {
      groups.push(stay);
      i = stay.end - 1;
      continue;
    }
    // ("in a critical condition": British copy's article)
    const c = words[i + 1] === 'a' ? i + 2 : i + 1;
    if (words[i] === 'in' && CONDITION_WORDS.has(words[c] ?? '') && (words[c + 1] === 'condition' || (words[c + 1] === 'but' && words[c + 3] === 'condition'))) {
      const end = words[c + 1] === 'condition' ? c + 2 : c + 4;
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
    // "gunned down", never "gunned the engine"
    if (words[i] === 'gunned' && words[i + 1] !== 'down') continue;
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
      if (words[end] === 'down' && words[end - 1] === 'gunned') { end++; continue; }
      if (!JOINERS.has(words[end] ?? '')) break;
      let k = end + 1;
      if (ADVERBS.has(words[k] ?? '')) { fatal ||= FATAL_ADVERBS.has(words[k]!); k++; }
      if (BECOMING.has(words[k] ?? '') && words[k + 1] === 'missing') k++;
      const next = harmAt(view, k);
      if (!next) break;
      // "left three dead and injured more than 100": "dead" takes no object, so a count after the
      // next verb is its own (the subject's second verb), not the pair's
      if (words[end - 1] === 'dead' && parseQuantity(words, k + 1)) break;
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
      // "was shot dead" has no object; "Police shot dead three protesters" has (active, no verb of being before)
      transitive: last.transitive && !(fatal && words[end - 1] === 'dead' && (start === 0 || AUXILIARIES.has(words[start - 1]!))) && words[end - 1] !== 'death',
      participle: told.participle,
      condition: false,
    });
    i = end - 1;
  }
  return groups;
}
