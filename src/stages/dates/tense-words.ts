// The words that tell tense, one token at a time: the cue a word gives ("said" past, "will"
// future, "is to resume" future), clause breaks, infinitives, scheduled presents and update
// labels. ./tense.ts puts them together around a temporal expression.

import type { Token } from '../../document.js';
import { ADJECTIVE_ADVERBS, BE_PRESENT, DETERMINERS, FUTURE_BEFORE_TO, FUTURE_CUES, IRREGULAR_PAST, LAST_VERB_BEFORE, NOT_INFINITIVE, NOUN_AFTER_TO_FOLLOWERS, NOUN_OR_VERB, NOT_PAST_ED, OBLIGATION_MODALS, ORIGINAL_PLAN, PRESENT_CUES, SAME_FORM_PAST } from '../../lexicon/time-tense.js';

export type Tense = 'past' | 'present' | 'future';

/** Verbs of saying in the past that open a clause of their own after "and" (isBreak). */
const SAYING_AFTER_AND: ReadonlySet<string> = new Set(['said', 'told', 'announced', 'added', 'warned', 'promised', 'pledged', 'vowed']);

// "that" opens the reported clause: "said Thursday that troops will stay"
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '"', '“', '”', '(', ')', 'that', 'who', 'which', 'when', 'while', 'because', 'if', 'although', 'though', 'whereas', 'where']);

function cueOf(token: Token, w: string): Tense | null {
  if (token.kind !== 'word') return null;
  if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  if (PRESENT_CUES.has(w)) return 'present';
  return null;
}

/**
 * "Esposito holds a narrow lead", "Acme makes the parts": a word in -s between a name and a
 * determiner is a verb in the present (BLIND12 D3: without it the clause had no tense and a past
 * verb of another clause decided); not "Apple shares fell" (no determiner after).
 */
function presentAfterName(tokens: readonly Token[], i: number, w: string): boolean {
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is|'s|’s)$/.test(w)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(before.text) && /^\p{Ll}/u.test(tokens[i]!.text) && after !== undefined && DETERMINERS.has(after.lower);
}

/** Words before "going" or "coming" that make it look ahead: "is going", "the coming weeks", "this coming Sunday". */
const AHEAD_BEFORE_PARTICIPLE = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', 'the', 'this', 'in']);
/** Words after which "last" is the verb: "to last", "will last" (a token's word: "they'll" already cues the future). */
const VERB_LAST_BEFORE: ReadonlySet<string> = new Set(LAST_VERB_BEFORE);
/** After a plan word, what makes it look ahead: "plans to leave", "planning for the summit". */
const LOOKS_AHEAD_AFTER = new Set(['to', 'for']);

/** Whether token `i`, an -ed word, follows a determiner (an adverb may come between): an adjective. */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === undefined) return false;
  if (DETERMINERS.has(prev)) return true;
  return (prev.endsWith('ly') || ADJECTIVE_ADVERBS.has(prev)) && DETERMINERS.has(tokens[i - 2]?.lower ?? '');
}

/** A determiner ("the plan", "its plans") or a possessive ("the government's plan") before a word. */
function nounAfterOwner(before: Token | undefined): boolean {
  if (before === undefined) return false;
  return DETERMINERS.has(before.lower) || /\p{L}['’]s$/u.test(before.lower) || before.lower === "'s" || before.lower === '’s';
}

/** The cue token `i` gives, if any. */
export function cueAt(tokens: readonly Token[], i: number): Tense | null {
  const w = tokens[i]!.lower;
  // "the case is to be heard in May", "is to resume trading Tuesday": be + infinitive looks ahead
  // "the envoys are set to discuss the plan on Monday", "is expected to rule": the same after a
  // participle or adjective ("is believed to have fled" looks back)
  if (w === 'to') {
    // not a progressive ("is continuing to try", "is trying to"), which happens now
    const between = tokens[i - 1];
    const be = BE_PRESENT.has(between?.lower ?? '') || (BE_PRESENT.has(tokens[i - 2]?.lower ?? '') && between?.kind === 'word' && !between.lower.endsWith('ing'));
    return be && isInfinitive(tokens[i + 1], tokens[i + 2]) && tokens[i + 1]!.lower !== 'have' ? 'future' : null;
  }
  // "We are not expecting a recovery before the spring": an expectation held now looks ahead
  if (w === 'expecting' && (BE_PRESENT.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'not' && BE_PRESENT.has(tokens[i - 2]?.lower ?? '')))) return 'future';
  const cue = cueOf(tokens[i]!, w) ?? (presentAfterName(tokens, i, w) ? 'present' : null);
  if (cue === null) return null;
  // "is expected to last until Friday", "could last weeks": the verb "last", not "last week"
  if (w === 'last' && VERB_LAST_BEFORE.has(tokens[i - 1]?.lower ?? '')) return null;
  // "with the last trains leaving London at about 6 p.m.": "last" after a determiner is an adjective of order (a probe of my own)
  if (w === 'last' && DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return null;
  // "the plan failed", "vacation plans": a noun; "plans to leave Monday" and "planning for the
  // summit in April" look ahead
  // "marched on Thursday against the government's plan to raise the retirement age" (BLIND13): a plan
  // after a determiner or a possessive is a noun, which puts no clause in the future
  if (cue === 'future' && FUTURE_BEFORE_TO.has(w) && (!LOOKS_AHEAD_AFTER.has(tokens[i + 1]?.lower ?? '') || nounAfterOwner(tokens[i - 1]))) return null;
  // "originally scheduled for the spring", "initially expected in March": a plan as it first stood does not look ahead
  if (cue === 'future' && ORIGINAL_PLAN.has(tokens[i - 1]?.lower ?? '')) return null;
  // "must have fled on Monday", "should have filed by Friday": a perfect looks back
  if (OBLIGATION_MODALS.has(w) && tokens[i + 1]?.lower === 'have') return null;
  // "next to the embassy Friday": a preposition
  if (w === 'next' && tokens[i + 1]?.lower === 'to') return null;
  // "kept going until nearly 2 a.m. Friday", "huzzahs coming out of her headquarters Monday night":
  // participles of motion; "going to", "is going", "the coming weeks", "this coming Sunday" look ahead
  if ((w === 'going' || w === 'coming') && tokens[i + 1]?.lower !== 'to' && !AHEAD_BEFORE_PARTICIPLE.has(tokens[i - 1]?.lower ?? '')) return null;
  // "on a still unspecified date in January", "the injured": a participle used as an adjective
  if (cue === 'past' && w.endsWith('ed') && afterDeterminer(tokens, i)) return null;
  // "when the case is heard in May": a present passive; its "is" already counts as present
  if (cue === 'past' && BE_PRESENT.has(tokens[i - 1]?.lower ?? '')) return null;
  // "could be extended into January", "will be held in May": a passive after a modal, whose modal decides
  // (not what "could be heard/seen": a narrative's past perception, "Sirens could be heard through the night")
  if (cue === 'past' && tokens[i - 1]?.lower === 'be' && !(tokens[i - 2]?.lower === 'could' && PERCEIVED.has(w))) return null;
  // "The next decision is due on March 12, followed by a meeting on April 30", ", led by": a participle
  // opening a phrase after a comma, not a past tense
  if (cue === 'past' && w.endsWith('ed') && tokens[i - 1]?.lower === ',' && tokens[i + 1]?.lower === 'by') return null;
  // "The ministry plans to cut subsidies on Thursday": a verb whose past is its base, after "to", is the infinitive
  if (cue === 'past' && tokens[i - 1]?.lower === 'to' && !w.endsWith('ed') && infinitiveAt(tokens, i - 1)) return null;
  // "Central Bank Holds Rates, Signals Cut in Spring": a headline tells its news in the present, so a
  // past written as its base is a present or a noun there (a capital inside the sentence, or no stop at its end)
  if (cue === 'past' && SAME_FORM_PAST.has(w) && i > 0 && (tokens[i]!.text !== w || !endsWithStop(tokens))) return null;
  return cue;
}

/** Participles of perception: "could be heard", "could be seen" tell a past scene. */
const PERCEIVED: ReadonlySet<string> = new Set(['heard', 'seen', 'felt', 'smelled', 'smelt', 'spotted', 'glimpsed']);

/** Whether a sentence ends as a body sentence does: a stop, a question or exclamation mark, perhaps inside quotes. */
function endsWithStop(tokens: readonly Token[]): boolean {
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 3; k--) {
    const t = tokens[k]!.text;
    if (t === '.' || t === '!' || t === '?' || t.endsWith('.')) return true;
    if (tokens[k]!.kind !== 'punct') return false;
  }
  return false;
}

/** Whether the verb at token `i` is in the past perfect: "had planned", "had been due", "had previously been set". */
export function pastPerfectBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const w = tokens[k]!.lower;
    if (w === 'had') return true;
    if (w !== 'been' && !w.endsWith('ly')) return false;
  }
  return false;
}

/**
 * A word that can follow "to" as an infinitive: lower-case, not a determiner or pronoun; a word
 * that is a noun as often ("staff") is one before a preposition or a stop ("wrote to staff on
 * Tuesday", BLIND11), a verb before its object ("to staff the clinic").
 */
export function isInfinitive(t: Token | undefined, after?: Token): boolean {
  if (t === undefined || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || NOT_INFINITIVE.has(t.lower) || isPluralNoun(t.lower)) return false;
  return !(NOUN_OR_VERB.has(t.lower) && (after === undefined || after.kind !== 'word' || NOUN_AFTER_TO_FOLLOWERS.has(after.lower)));
}

/**
 * A base form used as a plural present ("the new rules take effect", "the two leaders meet"): a
 * plural noun or "they" right before it, so no auxiliary or "not" ("did not take place on Monday",
 * "to meet"); "I", "you", "we" speak of habits ("we meet on Mondays").
 */
export function isFiniteBase(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word') return false;
  const w = before.lower;
  return w === 'they' || w === 'people' || w === 'police' || w.endsWith('men') || isPluralNoun(w);
}

/** "[Update 12:02 a.m. ET Thursday]", "UPDATE Wednesday 12:01 a.m.:", "Updated at 8 a.m. Thursday": the time of writing, this week's (present). */
export function isUpdateLabel(t: Token): boolean {
  return (t.lower === 'update' || t.lower === 'updated') && /^\p{Lu}/u.test(t.text);
}

/** "to" and an infinitive at token `i`; not "door to door", "face to face". */
export function infinitiveAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === 'to' && isInfinitive(tokens[i + 1], tokens[i + 2]) && tokens[i + 1]!.lower !== tokens[i - 1]?.lower;
}

/** "speaking to reporters in June", "talked to lawmakers": a plural noun, where a base verb ending in -s ends in -ss or -us ("to discuss", "to focus"). */
function isPluralNoun(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

/** Whether token `i` ends a clause; not the colon of a clock time ("at 10:35 a.m. Friday"). */
export function isBreak(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "declared a state of emergency late on Wednesday and said it would release aid": what follows
  // "and said" is a saying and what was said, not the tense of the clause before
  if (t.lower === 'and') return SAYING_AFTER_AND.has(tokens[i + 1]?.lower ?? '');
  if (!CLAUSE_BREAKS.has(t.lower)) return false;
  return t.lower !== ':' || tokens[i - 1]?.kind !== 'number' || tokens[i + 1]?.kind !== 'number' || tokens[i - 1]!.end !== t.start || tokens[i + 1]!.start !== t.end;
}
