// Is a cue word used as a reporting verb here? Checks on the words around it:
// "Central Asian states urged" (a noun), "Islamabad’s key demand" (a noun), "called
// the plan “reckless”" / "called Oz a quack" (a view given to an object).

import { DETERMINERS, EVIDENCE_NOUNS, EVIDENCE_VERBS, FINITE_VERBS, MODALS, NOUN_ADJECTIVES, SETTING_STARTS, SPEAKER_PRONOUNS, VERB_AFTER_NOUN } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { ACT_CUES, ACT_OBJECTS, ANONYMITY_CUES, ANONYMITY_NOUNS, ANONYMITY_PARTICIPLES, GIVING_CUES, NO_COMMENT, OPEN_QUESTION_WORDS, PLEA_WORDS, QUANTITY_STARTS, REFUSAL_CUES, SOURCE_FORMULAS, UNSAID_VERBS } from '../../lexicon/cue-phrases.js';
import type { TokenRange } from './phrases.js';
import { meansAt } from './content-after-cue.js';
import { actsOnObject, agreedToThing, dismissesStatement } from './object-checks.js';
import { isCapitalized, type View, isAdverbLy } from './tokens.js';

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
  if (entry.base === 'say' || entry.base === 'tell') return true; // "says of Clinton"

  // "Central Asian states urged…": a noun before a past-tense cue
  if (form === 's' && next !== undefined && !v.quoted[i + 1] && (VERB_AFTER_NOUN.has(next) || CUE_WORDS.get(next)?.form === 'past')) return false;
  if (entry.nounLike) return nounLikeVerb(v, p, form === 's') || clauseAfterBase(v, i, p, form === 's') || (form === 's' && clauseAfterSingular(v, i, p));
  if (form === 's' || prev === undefined) return true;
  const before = v.toks[p]!.text;
  // "A Delaware judge on Monday blocked…": a name after "a" qualifies a singular noun, which takes no base form
  const singularName = isCapitalized(before) && p > 0 && SINGULAR_ARTICLES.has(v.low[p - 1]!);
  return prev.endsWith('s') || SPEAKER_PRONOUNS.get(prev) !== undefined || prev === 'you' || (isCapitalized(before) && !singularName) || prev === 'which' || prev === 'who'
    || PLURAL_PRONOUNS.has(prev) || prev === 'whom'
    // "we might wish that…": a belief after a modal, with its clause ("It will publish its results" is no report)
    // (not inside what was said: "prosecutors told his lawyers that…, they could expect that…")
    || (MODALS.has(prev) && prev !== 'to' && (entry.frame === 'belief' || entry.frame === 'intention') && next === 'that' && !cueBefore(v, p))
    // "a reader would now ask: “WHAT? …”": a speech verb after a modal, before a colon or a quotation
    || (MODALS.has(prev) && prev !== 'to' && entry.frame === 'speech' && (next === ':' || v.mark[i + 1] === 'open'))
    // "But police fear that…", "police believe it…": a plural without "-s" ("police shout at him" reports nothing)
    || (PLURALS_WITHOUT_S.has(prev) && (entry.frame === 'belief' || entry.frame === 'speech'));
}
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
  // "New York state", "Twenty-seven states", "Most states": a base form or a quantity is no subject
  if (!thirdPerson || !isCapitalized(v.toks[p]!.text) || v.toks[p]!.kind !== 'word' || w.includes('-') || QUANTITY_WORDS.has(w)) return false;
  return p === 0 || v.toks[p - 1]!.kind === 'punct' || isCapitalized(v.toks[p - 1]!.text);
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

/**
 * "A new poll shows Clinton leading by four points", "The study found 31 cases": what a poll,
 * study or record shows is attributed to it, bare object and all (a person "found the keys").
 */
export function evidenceShown(v: View, subject: TokenRange, entry: CueWord, cueEnd: number): boolean {
  const next = v.toks[cueEnd + 1];
  if (!EVIDENCE_VERBS.has(entry.base) || !next || next.kind === 'punct' || v.quoted[cueEnd + 1]) return false;
  // ("…, data from the Cabinet Office showed on Monday, the first contraction in six quarters": a setting, no object)
  if (SETTING_STARTS.has(v.low[cueEnd + 1]!)) return false;
  for (let k = subject.from; k <= subject.to; k++) if (EVIDENCE_NOUNS.has(v.low[k]!)) return true;
  return false;
}

/** Does the word end in "’s" or "'s" ("Islamabad’s")? */
export function endsInApostropheS(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && (w[n - 2] === '’' || w[n - 2] === "'");
}

const OBJECT_REACH = 10;
// "called the contempt citation and the demand for his appearance a ploy": an object of some length
const PREDICATE_REACH = 16;

/** A quotation opening after an object of at least one word ("called the plan “reckless”", "called them, ‘…’"). */
export function quoteAfterObject(v: View, i: number): boolean {
  for (let k = i + 1; k < v.toks.length && k - i <= OBJECT_REACH; k++) {
    if (v.mark[k] === 'open') return k > i + 1;
    // "called Mr. Obama's remarks “a true wake-up call”": the stop of a title is no clause end
    if (v.toks[k]!.kind === 'punct' && !(v.toks[k]!.text === ',' && v.mark[k + 1] === 'open') && !(v.toks[k]!.text === '.' && isCapitalized(v.toks[k - 1]!.text))) return false;
  }
  return false;
}

const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'few', 'couple', 'decade', 'half', 'number', 'lot', 'time', 'moment']);

/**
 * A name given to an object: "called Oz a quack", "called the plan a mistake" (not "called a
 * meeting", "called police a day later").
 */
export function predicateAfterObject(v: View, i: number): boolean {
  const first = v.low[i + 1];
  if (first === undefined || first === 'a' || first === 'an' || v.quoted[i + 1] || v.toks[i + 1]!.kind !== 'word') return false;
  for (let k = i + 2; k < v.toks.length && k - i <= PREDICATE_REACH; k++) {
    if (v.mark[k] || v.toks[k]!.kind === 'punct') return false;
    const w = v.low[k]!;
    if (w === 'a' || w === 'an') return !TIME_NOUNS.has(v.low[k + 1] ?? '');
    if (CLAUSE_WORDS.has(w)) return false;
  }
  return false;
}
// prepositions may sit inside the object ("called her vote in favor of the war a mistake", "called the demand
// for his testimony a ploy"); these words start another clause or phrase ("called police to the scene")
const CLAUSE_WORDS = new Set(['to', 'after', 'before', 'that', 'but', 'when', 'because', 'since', 'until', 'while', 'who', 'which', 'where']);

const SETTING_REACH = 8;
const CLAUSE_ENDS = new Set(['.', '!', '?', '…', ',', ';', ':']);

/**
 * Does the cue ending at token `cueEnd` end its clause, after at most a short setting ("…,
 * officials said on Monday.", "…, Ruiz said Friday as he left")? Not when an object follows
 * ("prosecutors charged two developers", "please read the guides").
 */
export function cueEndsClause(v: View, cueEnd: number, tell: boolean): boolean {
  const n = v.toks.length;
  const k = tell ? addresseeEnd(v, cueEnd) + 1 : cueEnd + 1;
  if (k >= n || CLAUSE_ENDS.has(v.toks[k]!.text) || v.mark[k]) return true;
  if (!SETTING_STARTS.has(v.low[k]!) && !meansAt(v, k)) return false;
  // "Like President Obama, I believe in the good sense of the American people": a belief in something, no setting
  if (v.low[k] === 'in' && CUE_WORDS.get(v.low[cueEnd]!)?.base === 'believe') return false;
  for (let j = k + 1; j < n && j - k <= SETTING_REACH; j++) if (CLAUSE_ENDS.has(v.toks[j]!.text) || v.mark[j]) return true;
  return false;
}

/** The last token of the addressee after a "tell" cue: "told The Huffington Post", "told reporters". */
function addresseeEnd(v: View, cueEnd: number): number {
  let k = cueEnd + 1;
  if (k >= v.toks.length || v.toks[k]!.kind !== 'word' || v.mark[k]) return cueEnd;
  if (!isCapitalized(v.toks[k]!.text)) return k;
  while (k + 1 < v.toks.length && v.toks[k + 1]!.kind === 'word' && isCapitalized(v.toks[k + 1]!.text)) k++;
  return k;
}

const ACT_REACH = 6;
const MONEY_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'million', 'billion', 'trillion', 'ransom', 'aid', 'funding', 'loan', 'loans']);

/**
 * Is the cue ending at token `cueEnd` an act that states nothing (see cue-phrases.ts)? "Meridian declined to
 * comment on the ransom demand", "Ferraro has pleaded not guilty", "The group has claimed responsibility
 * for 80 attacks", "He declared a 30-day state of emergency", "Spain has pledged hundreds of millions of euros".
 */
export function statesNothing(v: View, entry: CueWord, cueEnd: number): boolean {
  const next = v.low[cueEnd + 1];
  if (next === undefined || v.quoted[cueEnd + 1]) return false;
  if (actsOnObject(v, entry.base, cueEnd)) return true; // "is recalling 278,000 heaters", "questioned a man"
  // "declined to say whether the bridge would reopen": what was not said is no claim of the speaker's
  if (REFUSAL_CUES.has(entry.base)) return next === 'to' && (NO_COMMENT.has(v.low[cueEnd + 2] ?? '') || (UNSAID_VERBS.has(v.low[cueEnd + 2] ?? '') && openQuestion(v, cueEnd + 3)));
  if (entry.base === 'plead') return PLEA_WORDS.has(next) && (next !== 'not' || v.low[cueEnd + 2] === 'guilty');
  // "It agreed to the sale in June": a thing agreed to ("agreed that…" and "agreed to cut…" stay)
  // ("a ceasefire that they had agreed to in May": the thing agreed to went before)
  if (entry.base === 'agree') return agreedToThing(v, cueEnd);
  // "She dismissed one of the seven counts": a judge's act; "dismissed the reports as…" is a statement's
  if (entry.base === 'dismiss') return !dismissesStatement(v, cueEnd);
  // "We are in contact with people who know where he is": knowing an answer states none (the 47 fixtures' gold
  // marks no belief before an open question; PolNeAR matched 1 of its 4 "know" claims)
  if (entry.frame === 'belief' && OPEN_QUESTION_WORDS.has(next)) return true;
  if (ACT_CUES.has(entry.base)) return objectWithin(v, cueEnd + 1, ACT_OBJECTS);
  if (GIVING_CUES.has(entry.base)) {
    const quantity = QUANTITY_STARTS.has(next) || v.toks[cueEnd + 1]!.kind === 'number';
    return quantity && objectWithin(v, cueEnd + 1, MONEY_WORDS) && !finiteWithin(v, cueEnd + 1);
  }
  return false;
}

/** Is one of `words` among the first words after token `from`, before punctuation or a clause? */
function objectWithin(v: View, from: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < v.toks.length && k - from < ACT_REACH; k++) {
    if (v.quoted[k] || (v.toks[k]!.kind === 'punct' && v.low[k] !== '-' && v.low[k] !== '$') || v.low[k] === 'that') return false;
    if (words.has(v.low[k]!)) return true;
  }
  return false;
}

const CLAUSE_REACH = 10;
function finiteWithin(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < CLAUSE_REACH; k++) if (FINITE_VERBS.has(v.low[k]!)) return true;
  return false;
}

/** Does an open question or nothing follow at token k ("whether…", "how much…", "."): what was left unsaid? */
function openQuestion(v: View, k: number): boolean {
  // "declined to answer directly.", "refused to say publicly whether…": an adverb first
  for (let a = 0; a < 2 && isAdverbLy(v.low[k] ?? '') && !v.quoted[k]; a++) k++;
  const w = v.low[k];
  return w === undefined || OPEN_QUESTION_WORDS.has(w) || (v.toks[k]!.kind === 'punct' && !v.mark[k]);
}

/**
 * "two officials briefed on the plan said": the participle of the anonymous-source formula after a noun
 * is no cue ("briefed" is a "tell" verb when it has an addressee: "he briefed reporters").
 */
export function sourceFormula(v: View, i: number, entry: CueWord): boolean {
  const next = v.low[i + 1];
  return entry.form === 'past' && SOURCE_FORMULAS.has(entry.base) && (next === 'on' || next === 'about') && i > 0 && v.toks[i - 1]!.kind === 'word'
    && !isCapitalized(v.toks[i - 1]!.text) && !SPEAKER_PRONOUNS.has(v.low[i - 1]!) && !FINITE_VERBS.has(v.low[i - 1]!);
}

const PASSIVE_LINKS = new Set(['of', 'with']);
const OBJECT_BELIEFS = new Set(['charge', 'suspect']);
const OBJECT_RELATIVES = new Set(['what', 'whom', 'which', 'that', 'who']);
const RELATIVE_REACH = 4;

/**
 * "Kaine defended people accused of rape", "the man charged with murder": a past participle right after a
 * common noun, its object slot empty before "of"/"with", is a passive modifier, no cue; not after a relative
 * that stands for the object ("whom Trump accused of lying").
 */
export function passiveModifier(v: View, i: number, entry: CueWord): boolean {
  if ((entry.form !== 'past' && entry.form !== 'participle') || !PASSIVE_LINKS.has(v.low[i + 1] ?? '') || v.quoted[i + 1] || i < 1) return false;
  // only verbs that need an object ("accused", "charged", "blamed"), not "agreed with", "responded with", "told of"
  if (entry.frame !== 'object' && !OBJECT_BELIEFS.has(entry.base)) return false;
  const prev = v.toks[i - 1]!;
  if (prev.kind !== 'word' || isCapitalized(prev.text) || v.low[i - 1]!.endsWith('ly') || SPEAKER_PRONOUNS.has(v.low[i - 1]!) || FINITE_VERBS.has(v.low[i - 1]!) || DETERMINERS.has(v.low[i - 1]!)) return false;
  for (let k = i - 1; k >= 0 && i - k <= RELATIVE_REACH; k--) if (OBJECT_RELATIVES.has(v.low[k]!)) return false;
  return true;
}

const ANONYMITY_REACH = 4;

/**
 * "A nurse, who asked to be identified only by her first name, said…", "who asked that his name be withheld":
 * asking for anonymity is the formula of an unnamed source, no statement of theirs.
 */
export function anonymityAsked(v: View, entry: CueWord, cueEnd: number): boolean {
  if (!ANONYMITY_CUES.has(entry.base) || v.quoted[cueEnd + 1]) return false;
  const next = v.low[cueEnd + 1];
  if (next === 'to') return v.low[cueEnd + 2] === 'be' && ANONYMITY_PARTICIPLES.has(v.low[cueEnd + 3] ?? '');
  if (next !== 'that') return false;
  for (let k = cueEnd + 2; k < v.toks.length && k - cueEnd - 1 <= ANONYMITY_REACH; k++) if (ANONYMITY_NOUNS.has(v.low[k]!)) return true;
  return false;
}
