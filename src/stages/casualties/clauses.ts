// Clauses around a harm verb: the victim before a relative clause ("the man who police fatally
// shot"), "they" standing for the sentence's opening count ("Both teens were taken to a hospital,
// where they died"), and harm that did not happen ("nearly killed", "could have killed").

import { HARM_VERBS, SINGULAR_PRONOUNS } from '../../lexicon/casualties.js';
import { IRREGULAR_PAST, NOT_PAST_ED } from '../../lexicon/time-tense.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import type { Found } from './rules.js';
import type { VerbGroup } from './groups.js';
import { victimsAfter } from './phrases.js';
import { subjectBefore } from './subject.js';
import { countAt, type View } from './view.js';

/** Who does the harm in a relative clause: "the man who police fatally shot", "the woman he shot". */
const AGENTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'police', 'officers', 'deputies', 'troopers', 'agents', 'someone', 'gunmen', 'i', 'we']);
const AGENT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
/** After the verb, these leave the person unharmed: "the man who police shot at". */
const NOT_HIT: ReadonlySet<string> = new Set(['at', 'up', 'down', 'back', 'into', 'out']);

/**
 * The victim before a relative clause whose verb has no object of its own: "Family of man who
 * police fatally shot after he stabbed a dog", "the suspect officers shot Tuesday" (one person).
 */
export function relativeObjectOf(view: View, g: VerbGroup): Found | undefined {
  const { words } = view;
  if (NOT_HIT.has(words[g.end] ?? '')) return undefined;
  let b = g.start - 1;
  if (AGENTS.has(words[b] ?? '')) b--;
  else if (b >= 1 && VICTIM_NOUNS.has(words[b]!) && AGENT_DETERMINERS.has(words[b - 1]!)) b -= 2;
  else return undefined;
  if (words[b] === 'who' || words[b] === 'whom' || words[b] === 'that') b--;
  if (b < 0 || !VICTIM_NOUNS.has(words[b]!) || SINGULAR_PRONOUNS.has(words[b]!)) return undefined;
  const s = subjectBefore(view, b);
  if (!s || !s.people) return undefined;
  const weak = g.weak && !view.survives;
  const rule = 'casualty/person-relative-verb';
  if (s.quantity) return { start: s.quantity.start, end: g.end, kind: g.kind, quantity: s.quantity, one: undefined, victims: s.range, rule, weak };
  if (s.persons === 1) return { start: s.range.start, end: g.end, kind: g.kind, quantity: undefined, one: s.range, victims: s.range, rule, weak };
  return undefined;
}

/** Before a verb, these say the harm did not happen: "came within inches of possibly killing the trooper". */
const UNREAL: ReadonlySet<string> = new Set(['nearly', 'almost', 'possibly', 'narrowly']);
const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'might']);

/** "nearly killed", "of possibly killing", "could have killed": no death (nor harm) happened. */
export function unreal(words: readonly string[], g: VerbGroup): boolean {
  const before = words[g.start - 1] ?? '';
  return UNREAL.has(before) || (before === 'have' && MODALS.has(words[g.start - 2] ?? ''));
}

/** Words that open a condition: "If she was injured, …", "unless anyone was hurt", "in case", "in the event". */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
/** How far back from a clause's first word its condition is looked for ("if the two men were shot"). */
const CONDITION_REACH = 4;

/**
 * Does a condition open the clause whose subject or verb starts at `at` ("If she was injured, bleeding would be
 * dangerous", "in the event he is hurt")? The harm is supposed, not told.
 */
export function underCondition(view: View, at: number): boolean {
  const { words, tokens } = view;
  for (let k = at - 1; k >= 0 && k >= at - CONDITION_REACH && tokens[k]!.kind !== 'punct'; k--) {
    const w = words[k]!;
    if (CONDITIONS.has(w)) return true;
    if ((w === 'case' && words[k - 1] === 'in') || (w === 'event' && words[k - 1] === 'the' && words[k - 2] === 'in')) return true;
  }
  return false;
}

/**
 * "they" before a death, when the sentence opens with a count of people: "Both teens were taken to
 * a hospital, where they died the next day" → 2 killed. The reading spans the count to the verb.
 */
export function theyOf(view: View, g: VerbGroup, they: number): Found | undefined {
  const { words } = view;
  for (let k = 0; k < 3 && k < they; k++) {
    const q = words[k] === 'both' ? { min: 2, max: 2, approximate: false, start: k, end: k + 1, after: k + 1, vague: false } : countAt(view, k);
    if (!q) continue;
    const victims = victimsAfter(view, q.after)?.range;
    if (!victims || victims.end >= they) return undefined;
    return { start: q.start, end: g.end, kind: g.kind, quantity: q, one: undefined, victims, rule: 'casualty/they-verb', weak: g.weak };
  }
  return undefined;
}

/** How far back from "and" the shared subject is looked for, so a run-on sentence costs a bounded read. */
const SHARED_REACH = 16;
/** Verbs of being after the shared subject: "seven passengers had fallen overboard". */
/** How many words a counted subject may take before its verb of being: "at least seven other passengers". */
const SUBJECT_REACH = 7;
const SHARED_AUX: ReadonlySet<string> = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is']);

/**
 * "at least seven other passengers had fallen overboard during the night and were missing": after
 * "and" a verb of being with no subject of its own shares the subject of the clause before, a count
 * of people then a verb of being. Not when that clause has a harm verb of its own ("Two men had been
 * shot and were taken to hospital": its reading counts them already), nor across punctuation.
 */
export function sharedSubjectOf(view: View, g: VerbGroup, and: number): Found | undefined {
  const { words, tokens } = view;
  for (let k = and - 1; k >= 0 && k >= and - SHARED_REACH; k--) {
    if (tokens[k]!.kind === 'punct' || harmOfItsOwn(words[k]!)) return undefined;
    if (!SHARED_AUX.has(words[k]!)) continue;
    // the verb of being follows the subject's last word: its count is the first (widest: "at least
    // seven") that opens a people phrase ending there, with no punctuation on the way
    let from = k;
    while (from > 0 && from > k - SUBJECT_REACH && tokens[from - 1]!.kind !== 'punct') from--;
    for (let c = from; c < k; c++) {
      const q = countAt(view, c);
      if (!q || q.min === null) continue;
      const victims = victimsAfter(view, q.after)?.range;
      if (!victims || victims.end !== k) continue;
      return { start: q.start, end: g.end, kind: g.kind, quantity: q, one: undefined, victims, rule: 'casualty/number-victims-verb', weak: g.weak && !view.survives };
    }
    return undefined;
  }
  return undefined;
}

/**
 * A harm verb in the clause before "and" that reads its subject itself ("Two were killed and …"); a taking does not:
 * "a council candidate was kidnapped and found dead" shares its subject with the death.
 */
function harmOfItsOwn(w: string): boolean {
  const verb = HARM_VERBS.get(w);
  return verb !== undefined && verb.kind !== 'kidnapped' && verb.kind !== 'arrested';
}

/** Past forms that are no finite verb of their own clause here: verbs of being (sharedSubjectOf's), saying, and time words. */
const NOT_CLAUSE_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'last', 'earlier', 'previously']);
/** Before the subject of a clause: its start ("Police said the suspect ran … and was shot"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', 'said', 'says', 'that', 'but']);

function finitePast(view: View, k: number): boolean {
  const w = view.words[k]!;
  if (view.tokens[k]!.kind !== 'word' || NOT_CLAUSE_VERBS.has(w)) return false;
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
}

/**
 * "The gunman fled the scene and was arrested", "Two men ran into a house and were shot": after
 * "and", a verb of being with no subject of its own shares the subject of a finite verb that opens
 * the clause before (at the sentence's start or after "said"). Not across punctuation, nor over a
 * harm verb ("The man shot two officers and was killed": the officers' reading is that clause's).
 */
export function clauseSubjectOf(view: View, g: VerbGroup, and: number): Found | undefined {
  const { words, tokens } = view;
  let took = false;
  for (let k = and - 1; k > 0 && k >= and - SHARED_REACH; k--) {
    if (tokens[k]!.kind === 'punct' || harmOfItsOwn(words[k]!)) return undefined;
    took ||= HARM_VERBS.has(words[k]!);
    // (a verb of being opens it too: "A woman was swept away and is presumed dead"; a counted subject is sharedSubjectOf's)
    if (!finitePast(view, k) && !SHARED_AUX.has(words[k]!)) continue;
    const s = subjectBefore(view, k - 1);
    if (!s?.people || s.range.end !== k) continue;
    const first = s.quantity ? Math.min(s.quantity.start, s.range.start) : s.range.start;
    if (first !== 0 && !CLAUSE_OPENERS.has(words[first - 1]!)) return undefined;
    const weak = g.weak && !view.survives;
    if (s.quantity) {
      const q = s.quantity;
      const victims = q.after < s.range.end ? { start: q.after, end: s.range.end } : null;
      return { start: q.start, end: g.end, kind: g.kind, quantity: q, one: undefined, victims, rule: victims ? 'casualty/number-victims-verb' : 'casualty/number-verb', weak };
    }
    if (s.persons > 1) {
      const all = { min: s.persons, max: s.persons, approximate: false, start: s.range.start, end: s.range.end, after: s.range.end, vague: false };
      return { start: s.range.start, end: g.end, kind: g.kind, quantity: all, one: undefined, victims: s.range, rule: 'casualty/persons-verb', weak };
    }
    // ("was kidnapped and found dead": the person's taking is a reading of its own, so this one opens after "and")
    if (s.persons === 1) return { start: took ? and + 1 : s.range.start, end: g.end, kind: g.kind, quantity: undefined, one: s.range, victims: s.range, rule: g.condition ? 'casualty/condition' : 'casualty/person-verb', weak };
    return undefined;
  }
  return undefined;
}
