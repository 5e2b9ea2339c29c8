// Cues used for acts that state nothing: "declined to comment", "pleaded not guilty", "ruled for the state",
// "demanded a ransom", "offered condolences", "who asked to be identified only by her first name". Split from
// verb-checks.ts (the words around a cue that make it a reporting verb).

import { DETERMINERS, DOCUMENT_NOUNS, EVIDENCE_NOUNS, FINITE_VERBS, PREPOSITIONS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { ACT_CUES, ACT_OBJECTS, ADDRESSEE_ONLY_CUES, STATEMENT_NOUNS, GESTURE_CUES, GESTURE_OBJECTS, ANONYMITY_CUES, ANONYMITY_NOUNS, ANONYMITY_PARTICIPLES, FORCE_MEANS, GIVING_CUES, NO_COMMENT, OPEN_QUESTION_WORDS, PLEA_WORDS, QUESTION_OPENERS, QUANTITY_STARTS, REFUSAL_CUES, TOLD_TALES, UNSAID_VERBS } from '../../lexicon/cue-phrases.js';
import { actsOnObject, agreedToThing, dismissesStatement } from './object-checks.js';
import { finiteClauseAt } from './content.js';
import { thatWithin } from './frame-checks.js';
import { type View, isAdverbLy, isCapitalized } from './tokens.js';

const ACT_REACH = 6;
const RULED_FOR = new Set(['for', 'against']);
const FAVOUR = new Set(['favor', 'favour']);
const PAYMENTS = new Set(['ransom', 'money', 'payment', 'bribe', 'bribes', 'payments']);
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
  // "blasted it with water cannon", "pelted the convoy with stones": an object struck, no statement (BLIND16 C1)
  if (struckWith(v, entry, cueEnd + 1)) return true;
  // "Residents told a different story.": a tale told and nothing said (BLIND16 C5; "told a story: …" says it)
  if (entry.frame === 'tell' && toldTale(v, cueEnd + 1)) return true;
  if (ADDRESSEE_ONLY_CUES.has(entry.base)) return !toldAfter(v, cueEnd + 1);
  // "every candidate who asked for it": a bare pronoun after a preposition names nothing said
  if ((next === 'for' || next === 'about') && LONE_OBJECTS.has(v.low[cueEnd + 2] ?? '') && clauseEndAt(v, cueEnd + 3)) return true;
  // ("declined to say whether…" is a silent act: silentAct)
  if (REFUSAL_CUES.has(entry.base)) return false;
  if (entry.base === 'plead') return PLEA_WORDS.has(next) && (next !== 'not' || v.low[cueEnd + 2] === 'guilty');
  // "It agreed to the sale in June": a thing agreed to ("agreed that…" and "agreed to cut…" stay)
  // ("a ceasefire that they had agreed to in May": the thing agreed to went before)
  if (entry.base === 'agree') return agreedToThing(v, cueEnd);
  // "She dismissed one of the seven counts": a judge's act; "dismissed the reports as…" is a statement's
  if (entry.base === 'dismiss') return !dismissesStatement(v, cueEnd);
  // "A district judge had ruled for the state", "ruled against the company in May": a ruling for a party names no
  // finding ("ruled that…" does; BLIND12 C7)
  // ("ruled on Friday that…" reports: a setting is no party)
  if (entry.base === 'rule') return RULED_FOR.has(next) || (next === 'in' && FAVOUR.has(v.low[cueEnd + 2] ?? ''));
  // "We are in contact with people who know where he is": knowing an answer states none (the 47 fixtures' gold
  // marks no belief before an open question; PolNeAR matched 1 of its 4 "know" claims)
  if (entry.frame === 'belief' && OPEN_QUESTION_WORDS.has(next)) return true;
  if (ACT_CUES.has(entry.base)) return objectWithin(v, cueEnd + 1, ACT_OBJECTS);
  // "Police issued an arrest warrant", "Delta issued 2.5 million shares", "Dow Jones publishes The Wall Street Journal":
  // something put out that is no statement says nothing, unless what it says follows ("issued a notice saying that…");
  // a statement, report, letter or video put out is attributed (PolNeAR marks "NBC News first published the
  // cellphone video", "issued a statement in observance of…"; BLIND13 C5 left as it is)
  if (DOCUMENT_ACTS.has(entry.base)) return !saysWithin(v, cueEnd + 1);
  if (GIVING_CUES.has(entry.base)) {
    // "had called the company and demanded a ransom", "demanded money": a payment asked or offered, no statement
    const paid = PAYMENTS.has(next) || ((next === 'a' || next === 'an') && PAYMENTS.has(v.low[cueEnd + 2] ?? ''));
    if (paid) return true;
    const quantity = QUANTITY_STARTS.has(next) || v.toks[cueEnd + 1]!.kind === 'number';
    return quantity && objectWithin(v, cueEnd + 1, MONEY_WORDS) && !finiteWithin(v, cueEnd + 1);
  }
  return false;
}

/**
 * An act that states nothing but still ends what an earlier cue reports (frames.ts drops its frame after bounding):
 * "condemned the attack and offered condolences to the families", "Two of the authors reported consulting fees from…"
 * (a gesture or a disclosure), "The strike went on for weeks", "went on sale" ("went on" says something only before
 * what is said: "went on: …", "went on about …", "went on to say …").
 */
export function silentAct(v: View, entry: CueWord, cueEnd: number): boolean {
  // "declined to say whether the bridge would reopen", "declined to comment": what was not said is no claim of the
  // speaker's, but it ends what an earlier cue reports ("said the suspects had been identified … but declined to say
  // whether…"; BLIND15 C6)
  if (REFUSAL_CUES.has(entry.base)) return refusedToSay(v, cueEnd);
  // "offered security to every candidate", "offered no proof", "is offering a $10,000 reward": a thing offered is an
  // act; "offered to resign", "offered an explanation", "offered some pointed advice" report (BLIND15 C3)
  // ("offered assurances that the plant was safe": a "that" clause with its own subject, not a relative "that lost…")
  if (entry.base === 'offer') return !infinitiveWithin(v, cueEnd + 1) && v.low[cueEnd] !== 'to' && v.mark[cueEnd + 1] !== 'open' && v.low[cueEnd + 1] !== ':'
    && !objectWithin(v, cueEnd + 1, OFFERED_STATEMENTS) && !thatClauseWithin(v, cueEnd + 1);
  if (GESTURE_CUES.has(entry.base)) return objectWithin(v, cueEnd + 1, GESTURE_OBJECTS);
  if (entry.base !== 'go' || v.quoted[cueEnd + 1]) return false;
  const next = v.low[cueEnd + 1];
  return !(next === undefined || next === ':' || next === 'that' || next === 'about' || (next === ',' && v.mark[cueEnd + 2] === 'open') || (next === 'to' && CUE_WORDS.has(v.low[cueEnd + 2] ?? '')));
}

const DOCUMENT_ACTS = new Set(['publish', 'issue']);
const SAYS_REACH = 12;
const NOT_PARTICIPLES = new Set(['during', 'including', 'morning', 'evening', 'following', 'regarding', 'concerning', 'building', 'meeting', 'hearing', 'briefing', 'shooting', 'bombing', 'funding', 'spending', 'housing', 'training', 'warning', 'ruling']);

/** Is a statement put out, or does what it says follow, within a few tokens of `from`: a document noun, "that", a quotation, a colon or a participle ("saying")? */
function saysWithin(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < SAYS_REACH; k++) {
    const w = v.low[k]!;
    // ("issued a policy paper welcoming the plans": a participle tells what the document says)
    if (v.mark[k] === 'open' || w === 'that' || w === ':' || CUE_WORDS.get(w)?.form === 'ing' || (w.length > 5 && w.endsWith('ing') && !NOT_PARTICIPLES.has(w))) return true;
    if (DOCUMENT_NOUNS.has(w) || EVIDENCE_NOUNS.has(w)) return true;
    if (v.toks[k]!.kind === 'punct' && w !== ',' && w !== '-' && w !== '’s' && w !== "'s") return false;
  }
  return false;
}

const LONE_OBJECTS = new Set(['it', 'them', 'this']);
const OFFERED_STATEMENTS: ReadonlySet<string> = new Set([...STATEMENT_NOUNS, 'advice', 'opinion', 'explanation', 'assessment', 'account', 'apology', 'details', 'proof', 'evidence', 'insight', 'insights']);
/** "declined to comment", "refused to say whether…" after the refusal cue ending at `cueEnd`. */
function refusedToSay(v: View, cueEnd: number): boolean {
  return v.low[cueEnd + 1] === 'to' && !v.quoted[cueEnd + 1] && (NO_COMMENT.has(v.low[cueEnd + 2] ?? '') || (UNSAID_VERBS.has(v.low[cueEnd + 2] ?? '') && openQuestion(v, cueEnd + 3)));
}

const TOLD_REACH = 10;
// what opens a thing told: "that", a colon, a question ("informed reporters whether…"; not "when", "who": "alerted police
// when the man returned", "notified the officers who arrived" open a time or a relative clause)
const TOLD_OPENERS: ReadonlySet<string> = new Set(['that', ':', ...QUESTION_OPENERS]);

/**
 * After an addressee from token `from`, before the clause's punctuation: what was told ("that", a quotation, "to" + a
 * verb, or a bare clause: "informed reporters the plant would close").
 */
function toldAfter(v: View, from: number): boolean {
  if (finiteClauseAt(v, from)) return true;
  for (let k = from; k < v.toks.length && k - from < TOLD_REACH; k++) {
    const w = v.low[k]!;
    // ("alerted the WHO": a name in capitals is no question word)
    if (v.mark[k] === 'open' || v.quoted[k] || (TOLD_OPENERS.has(w) && !isCapitalized(v.toks[k]!.text))) return true;
    if (infinitiveAt(v, k)) return true;
    if (v.toks[k]!.kind === 'punct' && w !== '-' && w !== '’s' && w !== "'s" && w !== '.') return false;
  }
  return false;
}

/** "to" and a lower-case word that is no determiner at token k: "to leave" (not "to the council", "to Reuters"). */
function infinitiveAt(v: View, k: number): boolean {
  return v.low[k] === 'to' && v.toks[k + 1]?.kind === 'word' && !isCapitalized(v.toks[k + 1]!.text) && !DETERMINERS.has(v.low[k + 1]!);
}

const OFFER_INFINITIVE_REACH = 4;
/** "to" and a verb among the few words from `from`, before punctuation: "offered on Monday to host…", "offered him money to stay". */
function infinitiveWithin(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < OFFER_INFINITIVE_REACH; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return false;
    if (infinitiveAt(v, k)) return true;
  }
  return false;
}

/** Does the clause end at token k: the sentence's end, punctuation or a coordinator (not a colon: "warned about this: the levee…")? */
function clauseEndAt(v: View, k: number): boolean {
  const t = v.toks[k];
  return !t || (t.kind === 'punct' && !v.mark[k] && t.text !== ':') || v.low[k] === 'and' || v.low[k] === 'but';
}

const MEANS_WORDS = 3;
/**
 * A "with" right after the cue's object from token `from` and a means of force after it ("the crowd with tear gas"; not
 * "accused police of firing with live rounds": the means of what the object did). After a cue that may tell, a "that"
 * after the means opens what was told ("warned customers with gas boilers that…", "told residents with rocks in their
 * gardens that…"); after a judgement it is the means' own ("blasted the marchers with tear gas that stung their eyes").
 */
function struckWith(v: View, entry: CueWord, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < ACT_REACH; k++) {
    const w = v.low[k]!;
    if (v.quoted[k] || v.toks[k]!.kind === 'punct' || w === 'that' || (w !== 'with' && PREPOSITIONS.has(w))) return false;
    if (w !== 'with') continue;
    for (let j = k + 1; j < v.toks.length && j - k <= MEANS_WORDS && v.toks[j]!.kind === 'word'; j++) {
      if (FORCE_MEANS.has(v.low[j]!)) return entry.frame === 'object' || !thatWithin(v, j + 1, TOLD_REACH);
    }
    return false;
  }
  return false;
}

const TALE_MODIFIERS = 2;
/** A determiner, up to two lower-case words and a tale from token `from`, then the clause's end ("a different story."). */
function toldTale(v: View, from: number): boolean {
  if (!DETERMINERS.has(v.low[from] ?? '') || v.quoted[from]) return false;
  for (let k = from + 1; k < v.toks.length && k - from <= TALE_MODIFIERS + 1; k++) {
    if (v.quoted[k] || v.toks[k]!.kind !== 'word' || isCapitalized(v.toks[k]!.text)) return false;
    if (TOLD_TALES.has(v.low[k]!)) return clauseEndAt(v, k + 1);
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

/** A "that" among the first words after token `from` that opens a clause with its own subject ("assurances that the plant was safe"). */
function thatClauseWithin(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < ACT_REACH; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return false;
    if (v.low[k] === 'that') return finiteClauseAt(v, k + 1);
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
