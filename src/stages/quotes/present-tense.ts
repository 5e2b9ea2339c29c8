// Is a base or "-s" cue form a present-tense verb here? "analysts warn", "he claims", "The ministry claims that…"
// are verbs; "latest reports", "member states", "cut its rate by 25 basis points" are nouns.

import { COORDINATORS, DETERMINERS, FINITE_VERBS, MODALS, NOUN_ADJECTIVES, ORGANIZATION_NOUNS, SPEAKER_PRONOUNS, VERB_AFTER_NOUN } from '../../lexicon/attribution-words.js';
import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { CUE_WORDS, JUDGEMENT_VERBS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { endsInApostropheS } from './verb-checks.js';
import { isCapitalized, type View } from './tokens.js';

/**
 * Is a base or "-s" form at token i a verb? Not after an adjective ("latest
 * reports", "key demand") nor before a verb ("Central Asian states have urged");
 * a base form needs a plural or pronoun subject ("analysts warn", "they say").
 */
export function presentTenseVerb(v: View, i: number, p: number, entry: CueWord): boolean {
  const prev = p >= 0 ? v.low[p]! : undefined;
  const next = v.low[i + 1];
  // ("some claims" is a noun; "But some note that…" a verb: a cue that is no noun-like form)
  if (prev !== undefined && NOUN_ADJECTIVES.has(prev) && (entry.nounLike || entry.form !== 'base' || !PLURAL_PRONOUNS.has(prev))) return false;
  const form = entry.form;
  // "cut its rate by 25 basis points to 6.75%", "fell three points": the noun a count measures
  // ("Article 5 states that…": a capital before the count makes it a name's number)
  // ("at 86 she still says": a pronoun between is the subject)
  // ("the average of polls over the past two weeks shows": a plural after the count is the noun it counts)
  if (form === 's' && p >= 0 && (countAt(v, p) || (p > 0 && v.toks[p]!.kind === 'word' && !isCapitalized(v.toks[p]!.text) && !SPEAKER_PRONOUNS.has(v.low[p]!)
    && !pluralNoun(v.low[p]!) && countAt(v, p - 1)))) return false;
  // "…, and disputes over water have turned violent": an "-s" form before "over" or "between" after a clause break is a noun
  // (BLIND11 C1; "he disputes the figures" takes its object directly)
  if (form === 's' && NOUN_LINKS.has(next ?? '') && (prev === undefined || COORDINATORS.has(prev) || v.toks[p]!.kind === 'punct')) return false;
  if (entry.base === 'say' || entry.base === 'tell') return true; // "says of Clinton"

  // "Central Asian states urged…": a noun before a past-tense cue
  if (form === 's' && next !== undefined && !v.quoted[i + 1] && (VERB_AFTER_NOUN.has(next) || CUE_WORDS.get(next)?.form === 'past')) return false;
  if (entry.nounLike) return nounLikeVerb(v, p, form === 's') || clauseAfterBase(v, i, p, form === 's') || (form === 's' && clauseAfterSingular(v, i, p))
    || (form === 's' && entry.frame === 'intention' && agentBeforeInfinitive(v, i, p)) || (form === 'base' && (entry.frame === 'speech' || entry.frame === 'belief' || VIEW_NOUNLIKE.has(entry.base)) && pluralSubjectBefore(v, i, p));
  if (form === 's' || prev === undefined) return true;
  const before = v.toks[p]!.text;
  // "A Delaware judge on Monday blocked…": a name after "a" qualifies a singular noun, which takes no base form
  const singularName = isCapitalized(before) && p > 0 && SINGULAR_ARTICLES.has(v.low[p - 1]!);
  return prev.endsWith('s') || SPEAKER_PRONOUNS.get(prev) !== undefined || prev === 'you' || (isCapitalized(before) && !singularName) || prev === 'which' || prev === 'who'
    || PLURAL_PRONOUNS.has(prev) || prev === 'whom'
    // "we might wish that…": a belief after a modal, with its clause ("It will publish its results" is no report)
    // (not inside what was said: "prosecutors told his lawyers that…, they could expect that…")
    || (MODALS.has(prev) && prev !== 'to' && (entry.frame === 'belief' || entry.frame === 'intention') && next === 'that' && !cueBefore(v, p))
    // "critics might argue that…", "she may warn that…": any cue's clause after a modal that is not negated ("can't say that")
    // "critics would accuse him of…", "voters may blame the mayor": a judgement, even one foreseen
    || (affirmativeModal(prev) && (next === 'that' || (entry.frame === 'object' && JUDGEMENT_VERBS.has(entry.base))) && !cueBefore(v, p))
    // "a reader would now ask: “WHAT? …”": a speech verb after a modal, before a colon or a quotation
    || (MODALS.has(prev) && prev !== 'to' && entry.frame === 'speech' && (next === ':' || v.mark[i + 1] === 'open'))
    // "But police fear that…", "police believe it…": a plural without "-s" ("police shout at him" reports nothing)
    || (PLURALS_WITHOUT_S.has(prev) && (entry.frame === 'belief' || entry.frame === 'speech'));
}
/** "would", "may", "will" (not "to", "can't", "won't", "cannot"). */
function affirmativeModal(w: string): boolean {
  return MODALS.has(w) && w !== 'to' && w !== 'cannot' && !w.endsWith("n't") && !w.endsWith('n’t');
}
const NOUN_LINKS = new Set(['over', 'between', 'among']);
const CUE_BEFORE_REACH = 40;

/** Is there a cue word among the unquoted tokens shortly before token p (bounded: linear on a hostile sentence)? */
function cueBefore(v: View, p: number): boolean {
  for (let k = p - 1; k >= 0 && p - k <= CUE_BEFORE_REACH; k--) if (!v.quoted[k] && CUE_WORDS.has(v.low[k]!)) return true;
  return false;
}
/** "weeks", "polls" (not "basis", "status", "press"): a word that reads as a plural noun. */
function pluralNoun(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('is') && !w.endsWith('us');
}
const SINGULAR_ARTICLES = new Set(['a', 'an', 'one', 'every', 'each', 'another']);
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/** Is token k a count ("25", "three") not led by a capitalized word ("Article 5", "Section 230")? */
function countAt(v: View, k: number): boolean {
  if (v.toks[k]!.kind !== 'number' && !COUNT_WORDS.has(v.low[k]!)) return false;
  return k === 0 || !isCapitalized(v.toks[k - 1]!.text);
}
// "But some note that…", "many argue", "others say" (with no noun after them: the word before the cue)
const PLURAL_PRONOUNS = new Set(['some', 'many', 'others', 'most', 'few', 'both', 'all', 'several']);

/**
 * "he claims", "Trump claims", "Mr. Ortiz states": a mostly-noun cue form is a verb after a
 * pronoun or a name; not after a lower-case word ("member states", "derogatory comments")
 * nor after a capitalized adjective that follows one ("of Republican claims").
 */
function nounLikeVerb(v: View, p: number, thirdPerson: boolean): boolean {
  if (p < 0 || v.quoted[p]) return false;
  const w = v.low[p]!;
  if (SPEAKER_PRONOUNS.get(w) !== undefined || w === 'you') return true;
  // "as China and Russia support the government": a base form after two names joined by "and" (a plural subject)
  if (!thirdPerson && isCapitalized(v.toks[p]!.text) && p > 1 && v.low[p - 1] === 'and' && isCapitalized(v.toks[p - 2]!.text) && !v.quoted[p - 2]) return true;
  // "New York state", "Twenty-seven states", "Most states": a base form or a quantity is no subject
  if (!thirdPerson || !isCapitalized(v.toks[p]!.text) || v.toks[p]!.kind !== 'word' || w.includes('-') || QUANTITY_WORDS.has(w)) return false;
  return p === 0 || v.toks[p - 1]!.kind === 'punct' || isCapitalized(v.toks[p - 1]!.text);
}
/**
 * "The company plans to cut 300 jobs", "the campaign plans to release…": an intention's "-s" form after an
 * organization's or a person's singular noun, before "to" and a verb, is that body's plan ("its plans to…",
 * "no immediate plans to…", "announced plans to…" stay nouns: no such noun before them).
 */
function agentBeforeInfinitive(v: View, i: number, p: number): boolean {
  if (p < 0 || v.quoted[p] || v.low[i + 1] !== 'to' || v.quoted[i + 1] || v.toks[i + 2]?.kind !== 'word' || isCapitalized(v.toks[i + 2]!.text)) return false;
  const w = v.low[p]!;
  return ORGANIZATION_NOUNS.has(w) || (PEOPLE_NOUNS.has(w) && !w.endsWith('s'));
}
/**
 * "Most voters support the plan", "officials claim the two officers…", "cities that support the rules",
 * "Republicans question whether…": a mostly-noun base form after a plural noun (or a relative after one), before
 * its object or clause, is the verb of that plural ("life support Sunday", "the news agency report" have none).
 */
// stances among the mostly-noun object cues ("voters support the plan"); the acts stay out ("the proposals offer a choice")
const VIEW_NOUNLIKE = new Set(['support', 'attack', 'advocate']);
function pluralSubjectBefore(v: View, i: number, p: number): boolean {
  if (p < 0 || v.quoted[p] || v.quoted[i + 1] || v.toks[i + 1]?.kind !== 'word') return false;
  const next = v.low[i + 1]!;
  if (!(DETERMINERS.has(next) || next === 'that' || next === 'whether' || isCapitalized(v.toks[i + 1]!.text))) return false;
  const k = (v.low[p] === 'who' || v.low[p] === 'that') && p > 0 ? p - 1 : p;
  const w = v.low[k]!;
  if (v.quoted[k] || v.toks[k]!.kind !== 'word' || NOUN_ADJECTIVES.has(w) || QUANTITY_WORDS.has(w)) return false;
  return w === 'percent' || PLURALS_WITHOUT_S.has(w) || (pluralNoun(w) && !w.endsWith('’s') && !w.endsWith("'s"));
}
/**
 * "we might hope that the candidates would…", "But police fear that crackdowns could…": a mostly-noun base form
 * after a modal, or after a plural noun without "-s", is a verb when "that" follows it.
 */
function clauseAfterBase(v: View, i: number, p: number, thirdPerson: boolean): boolean {
  if (thirdPerson || p < 0 || v.quoted[p] || v.low[i + 1] !== 'that' || v.quoted[i + 1]) return false;
  const w = v.low[p]!;
  return (MODALS.has(w) && w !== 'to') || PLURALS_WITHOUT_S.has(w);
}
/**
 * "A document on the campaign's website states that couples would receive…", "The ministry claims that…": a
 * mostly-noun "-s" form after a determiner's singular noun is a verb when "that" opens a clause with its own subject
 * ("coal states that voted for him": "that" and a verb open a relative clause).
 */
function clauseAfterSingular(v: View, i: number, p: number): boolean {
  if (p < 0 || v.quoted[p] || v.low[i + 1] !== 'that' || v.quoted[i + 1] || v.toks[p]!.kind !== 'word' || isCapitalized(v.toks[p]!.text)) return false;
  const w = v.low[p]!;
  const subject = v.low[i + 2] ?? '';
  if ((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('ing') || w.endsWith('ed') || QUANTITY_WORDS.has(w) || SPEAKER_PRONOUNS.has(w) || v.toks[i + 2]?.kind !== 'word') return false;
  // the noun heads a phrase a determiner or an owner opens ("The ministry", "the campaign's website"), not "following reports that"
  const lead = v.toks[p - 1]?.text ?? '';
  if (!(DETERMINERS.has(v.low[p - 1] ?? '') || endsInApostropheS(lead) || lead === '’s' || lead === "'s")) return false;
  return !FINITE_VERBS.has(subject) && !MODALS.has(subject) && !subject.endsWith('ed') && !CUE_WORDS.has(subject);
}
const PLURALS_WITHOUT_S = new Set(['police', 'people', 'children', 'men', 'women']);
const QUANTITY_WORDS = new Set(['most', 'many', 'some', 'several', 'few', 'all', 'both', 'other', 'two', 'three', 'four', 'five', 'ten', 'dozens', 'hundreds']);
