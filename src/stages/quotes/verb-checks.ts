// Is a cue word used as a reporting verb here? Checks on the words around it: "called the plan “reckless”" /
// "called Oz a quack" (a view given to an object), "officials briefed on the plan said" (a formula). Acts that
// state nothing ("declined to comment"): silent-acts.ts. Whether a present form is a verb at all: present-tense.ts.

import { ADDRESSEE_NOUNS, DETERMINERS, EVIDENCE_NOUNS, EVIDENCE_VERBS, FINITE_VERBS, SETTING_STARTS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { SOURCE_FORMULAS } from '../../lexicon/cue-phrases.js';
import type { TokenRange } from './phrases.js';
import { documentSettingToEnd, meansAt } from './content-after-cue.js';
import { isCapitalized, verbFormAt, type View } from './tokens.js';

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

// "as well", "as soon as", "as of Monday", "as if…": no predicate
const NOT_PREDICATE = new Set(['well', 'much', 'many', 'soon', 'long', 'far', 'of', 'if', 'though', 'usual', 'expected', 'such', 'it', 'they', 'he', 'she', 'we', 'i', 'you']);

/**
 * "see the plan as a threat", "painted his rival as a tool of the banks", "rated the claim as false": "as" and a
 * predicate after an object of one to OBJECT_REACH words (not "saw the bridge as it fell", "cast a vote as well").
 */
export function asAfterObject(v: View, i: number): boolean {
  for (let k = i + 1; k < v.toks.length && k - i <= OBJECT_REACH; k++) {
    if (v.quoted[k] || v.mark[k]) return false;
    const t = v.toks[k]!;
    // ("rated 32% of the claims as false": a figure's signs are words of the object)
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’s' && t.text !== "'s" && t.text !== '%' && t.text !== '$') return false;
    const w = v.low[k]!;
    if (w === 'as') {
      const next = v.low[k + 1];
      return k > i + 1 && next !== undefined && (v.toks[k + 1]!.kind === 'word' || v.mark[k + 1] === 'open') && !NOT_PREDICATE.has(next) && !clauseAfterAs(v, k + 1);
    }
    if (CLAUSE_WORDS.has(w) || FINITE_VERBS.has(w)) return false;
  }
  return false;
}

const AS_CLAUSE_REACH = 4;
// the predicate's phrase goes on or ends here: "as terrorists and despised them", "as a tool of the banks"
const PHRASE_ENDS = new Set(['and', 'or', 'but', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'who', 'which', 'that']);

/** "as the factories closed", "as prices rose": a subject and its verb after "as" (a time, no predicate). */
function clauseAfterAs(v: View, from: number): boolean {
  for (let k = from + 1; k < v.toks.length && k - from <= AS_CLAUSE_REACH; k++) {
    if (v.toks[k]!.kind !== 'word' || PHRASE_ENDS.has(v.low[k]!)) return false;
    const w = v.low[k]!;
    if (FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && v.low[k - 1] !== 'as' && !DETERMINERS.has(v.low[k - 1]!))) return true;
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
    // ("called the agency and left a message": a second verb, no second object)
    if (w === 'and' && v.toks[k + 1]?.kind === 'word' && !DETERMINERS.has(v.low[k + 1]!) && !isCapitalized(v.toks[k + 1]!.text)) return false;
    // "called the charges unsubstantiated and…", "are calling the shooting tragic.": an adjective that ends the clause
    if (ADJECTIVE_SHAPE.test(w) && k > i + 2 && (v.toks[k + 1]?.kind === 'punct' || PREDICATE_ENDS.has(v.low[k + 1] ?? ''))) return true;
  }
  return false;
}
const ADJECTIVE_SHAPE = /^(?:[a-z]{3,}(?:able|ible|ous|ful|less|ive|ic|al|ent|ant)|un[a-z]{3,}ed)$/;
const PREDICATE_ENDS = new Set(['and', 'but', 'because', 'since']);
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
  // ("…, Gonzalez wrote in a letter published on the front page of the party daily.": a document's long setting)
  if (documentSettingToEnd(v, k)) return true;
  for (let j = k + 1; j < n && j - k <= SETTING_REACH; j++) if (CLAUSE_ENDS.has(v.toks[j]!.text) || v.mark[j]) return true;
  return false;
}

/**
 * The last token of the addressee after a "tell" cue: "told The Huffington Post", "told reporters";
 * "told the BBC", "told local radio", "told a news conference" when the clause ends (or a setting
 * opens) after at most three more words ("told reporters the deal was off": "reporters").
 */
export function addresseeEnd(v: View, cueEnd: number): number {
  let k = cueEnd + 1;
  const n = v.toks.length;
  if (k >= n || v.toks[k]!.kind !== 'word' || v.mark[k]) return cueEnd;
  if (!isCapitalized(v.toks[k]!.text)) {
    // after a determiner, a name ("the BBC") or words to an addressee's noun ("a news conference");
    // after a modifier, its addressee's noun ("local radio")
    const determiner = DETERMINERS.has(v.low[k]!);
    let j = k;
    for (let e = k + 1; e < n && e <= k + (determiner ? 3 : 1) && v.toks[e]!.kind === 'word' && !v.mark[e] && !SETTING_STARTS.has(v.low[e]!); e++) {
      // ("told state TV": an addressee's noun in capitals)
      if (isCapitalized(v.toks[e]!.text) ? !determiner && !ADDRESSEE_NOUNS.has(v.low[e]!) : !ADDRESSEE_NOUNS.has(v.low[e]!) && e === k + (determiner ? 3 : 1)) break;
      j = e;
    }
    const after = j + 1;
    const named = isCapitalized(v.toks[j]!.text) || ADDRESSEE_NOUNS.has(v.low[j]!);
    return j > k && named && (after >= n || CLAUSE_ENDS.has(v.toks[after]!.text) || v.mark[after] || SETTING_STARTS.has(v.low[after]!)) ? j : k;
  }
  while (k + 1 < v.toks.length && v.toks[k + 1]!.kind === 'word' && isCapitalized(v.toks[k + 1]!.text)) k++;
  return k;
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
  // ("cases in which Kaine defended people accused of rape": a verb before the noun is the relative clause's own,
  // and the noun its object)
  const verbBefore = i > 2 && verbFormAt(v, i - 2) && !OBJECT_RELATIVES.has(v.low[i - 3]!);
  for (let k = i - 1; k >= 0 && i - k <= RELATIVE_REACH && !verbBefore; k--) if (OBJECT_RELATIVES.has(v.low[k]!)) return false;
  return true;
}

// a finite verb right after an object cue: its object went before it ("The four loopholes he cited are…")
const GAP_VERBS = new Set(['is', 'are', 'was', 'were']);

/**
 * "The four “loopholes” he cited are “the ability to…”", "The good person she's talking about is…": an object cue
 * (with its particle) right before "is/are/was/were" names its object before it, in a relative clause: nothing is
 * reported. (A speech or belief cue keeps its clause: "which he said were accompanied by…", "the man police believe was
 * shot".) Intentions likewise: "the tasks it planned were…".
 */
export function objectGap(v: View, entry: CueWord, cueEnd: number): boolean {
  return (entry.frame === 'object' || entry.frame === 'intention') && GAP_VERBS.has(v.low[cueEnd + 1] ?? '') && !v.quoted[cueEnd + 1];
}

const INTENT_PARTICIPLE_REACH = 3;

/**
 * "sore from a series of injections intended to calm her", "funds for measures intended to curb smoking": "intended"
 * right after a noun that a preposition governs is a participle modifying it (no auxiliary, no subject of its own).
 * "The ministry intended to…" (a subject) still reports.
 */
export function intentionModifier(v: View, i: number, entry: CueWord): boolean {
  if (!MODIFYING_INTENTIONS.has(entry.base) || entry.form !== 'past' || v.low[i + 1] !== 'to' || i < 2) return false;
  const noun = v.toks[i - 1]!;
  const low = v.low[i - 1]!;
  if (noun.kind !== 'word' || v.quoted[i - 1] || isCapitalized(noun.text) || SPEAKER_PRONOUNS.has(low) || FINITE_VERBS.has(low) || NOT_NOUNS.has(low) || low.endsWith('ly')) return false;
  for (let k = i - 2; k >= 0 && i - 1 - k <= INTENT_PARTICIPLE_REACH; k--) {
    const w = v.low[k]!;
    if (v.toks[k]!.kind !== 'word' || v.quoted[k]) return false;
    if (INTENT_GOVERNORS.has(w)) return true;
    if (!DETERMINERS.has(w) && !/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}
// the intentions whose past form after a noun is as a rule a participle ("measures intended to"): not "planned",
// "sought" ("a group of backers planned to acquire…" has a subject)
const MODIFYING_INTENTIONS = new Set(['intend']);
const NOT_NOUNS = new Set(['and', 'or', 'but', 'nor', 'then', 'also', 'who', 'which', 'that', 'it', 'they']);
const INTENT_GOVERNORS = new Set(['of', 'from', 'for', 'with', 'on', 'in', 'into', 'against', 'about', 'by']);
