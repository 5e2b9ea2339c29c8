// The frame of a cue verb after a coordinator with no subject of its own: "I laughed and said, “…”", "said
// Monday’s session ran… but accused the Afghan delegation of…", "Cruz exhorted Republicans to… and said…".
// Its source is the subject of the verb before the coordinator, the earlier frame's, or the sentence's.

import { DETERMINERS, SPEAKER_PRONOUNS, SUBORDINATE_OPENERS } from '../../lexicon/attribution-words.js';
import { JUDGEMENT_VERBS, type CueWord } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { contentStart, finiteClauseAt } from './content.js';
import { outerAnchor } from './cue-context.js';
import { firstTokenAfter } from './content-bound.js';
import { statesNothing } from './silent-acts.js';
import { sentenceSubject } from './sentence-subject.js';
import { cueSpan, isCapitalized, pastVerbAt, span, type View } from './tokens.js';
import type { Draft } from './frames.js';
import { antecedentEnd, subjectOfVerbBefore, subjectWithoutVerb } from './frame-subjects.js';
import { subjectEndingAt } from './phrases.js';

const EITHER_REACH = 12;

/** Is there an "either" among the few tokens after the anchor's cue and before the "or" at p? */
function eitherBefore(v: View, p: number, anchorEnd: number): boolean {
  for (let k = p - 1; k > anchorEnd && p - k <= EITHER_REACH; k--) if (v.low[k] === 'either' && !v.quoted[k]) return true;
  return false;
}

/** Is token k a lower-case unquoted word (the verb of an infinitive: "to impose")? */
function infinitiveAt(v: View, k: number): boolean {
  return k < v.toks.length && !v.quoted[k] && v.toks[k]!.kind === 'word' && !isCapitalized(v.toks[k]!.text) && !DETERMINERS.has(v.low[k]!);
}

const GROUND_WORDS = new Set(['of', 'for', 'as']);
const GROUND_REACH = 8;

/** Does "of", "for" or "as" follow the object after token cueEnd, within a few words and no punctuation ("accused X of…")? */
function groundAfter(v: View, cueEnd: number): boolean {
  for (let k = cueEnd + 2; k < v.toks.length && k - cueEnd <= GROUND_REACH; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return false;
    if (GROUND_WORDS.has(v.low[k]!)) return true;
  }
  return false;
}

const SUBORDINATE_REACH = 40;

/** Does a subordinate clause open before token p in its sentence ("unless", "if", "because"; "as" is left out: "as a deterrence")? */
function subordinateBefore(v: View, p: number): boolean {
  for (let k = p - 1; k >= 0 && p - k <= SUBORDINATE_REACH; k--) if (!v.quoted[k] && v.low[k] !== 'as' && SUBORDINATE_OPENERS.has(v.low[k]!)) return true;
  return false;
}

/** Does a told content start at offset `start` with a clause: after "that", a finite clause or an infinitive ("told him to leave"), not "told a story about…"? */
function toldClause(v: View, start: number | null): boolean {
  if (start === null) return false;
  const k = firstTokenAfter(v, start - 1, false);
  if (k >= v.toks.length || v.toks[k]!.start !== start) return false;
  return v.low[k - 1] === 'that' || (v.low[k] === 'to' && infinitiveAt(v, k + 1)) || finiteClauseAt(v, k);
}

/** The frame of the cue verb at token i after the coordinator at token p (its particle ends at cueEnd), or null. */
export function coordinatedFrame(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, drafts: Draft[], p: number, cueEnd: number): Draft | null {
  const prev = v.low[p]!;
  const anchor = outerAnchor(v, drafts);
  // "A study found that medical research either did not support or flatly contradicted half of…": the second
  // verb of an "either … or" goes on with what was found
  if (prev === 'or' && anchor?.content && eitherBefore(v, p, anchor.cueEnd)) return null;
  // "I laughed and said, “…”": the subject of the verb just before the coordinator, when that verb
  // follows the anchor's frame; "Cruz exhorted Republicans to… and said…": with no frame before, the sentence's
  const own = subjectOfVerbBefore(v, p);
  // (the sentence's subject only before a clause: "…but demanded changes to the bill" reports no statement)
  const next = v.low[cueEnd + 1];
  // ("…put the toll at seven and said two more people were in critical condition")
  const clause = next === 'that' || next === ',' || next === ':' || v.mark[cueEnd + 1] === 'open' || SPEAKER_PRONOUNS.has(next ?? '')
    || (entry.frame === 'speech' && next !== undefined && (finiteClauseAt(v, cueEnd + 1) || pastClauseAt(v, cueEnd + 1)))
    // "…flew to Paris and told reporters that talks had failed": a telling with its addressee and what was told
    || (entry.frame === 'tell' && toldClause(v, contentStart(v, spans, cueEnd, 'tell')))
    // "…made a strong condemnation of the test and pledged to impose sanctions", "…and accused the mayor of lying":
    // an infinitive after a cue, or a judgement's object, is what the sentence's subject says or means to do
    // ("…activist and accused doctor killer X on the list": an adjective; a judgement's object takes "of", "for" or "as")
    // (not inside a subordinate clause: "…unless the father … and formally agrees to provide support" is the father's)
    || (((next === 'to' && infinitiveAt(v, cueEnd + 2)) || (entry.frame === 'object' && JUDGEMENT_VERBS.has(entry.base) && groundAfter(v, cueEnd)))
      && !subordinateBefore(v, p));
  // ("Egypt relies on the Nile…, according to government figures, and fears that…": the figures fear nothing)
  const anchorSource = anchor && anchor.placement !== 'according' ? anchor.source : null;
  // "demonstrators, who have taken to the streets and called for footage to be released": with no frame before,
  // the relative pronoun of the clause the coordinator goes on is the source, its antecedent the actor
  const who = !own && !anchorSource ? relativeOpening(v, p) : -1;
  const antecedent = who > 0 ? subjectEndingAt(v, antecedentEnd(v, who), true) : null;
  const source = own && (!anchor || v.toks[own.from]!.start > anchor.cue.end) ? span(v, own)
    : anchorSource ?? (antecedent ? span(v, { from: who, to: who }) : clause ? subjectWithoutVerb(v, sentenceSubject(v, p), entry) : null);
  if (!source) return null;
  const start = contentStart(v, spans, cueEnd, entry.frame);
  // ("…that Ellie had vomited twice and complained of a severe headache": a symptom, no second statement)
  if (!start || statesNothing(v, entry, cueEnd)) return null;
  return { sentence: v.sentence.index, cue: cueSpan(v, i, cueEnd), cueToken: i, cueEnd, source, content: { start, end: v.sentence.end }, placement: 'coordinated',
    leftEdge: v.toks[p]!.start, rule: 'claims/coordinated-cue', forward: true, ...(antecedent ? { antecedent: span(v, antecedent) } : {}) };
}

const RELATIVE_CLAUSE_REACH = 12;

/**
 * The "who" whose clause the coordinator at token `and` goes on: ", who have taken to the streets and called for…"
 * (a verb right after it or after an auxiliary; no punctuation or quotation between); its token, or -1.
 */
function relativeOpening(v: View, and: number): number {
  for (let k = and - 1; k > 0 && and - k <= RELATIVE_CLAUSE_REACH; k--) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return -1;
    if (v.low[k] !== 'who') continue;
    return v.toks[k + 1]?.kind === 'word' && !isCapitalized(v.toks[k + 1]!.text) ? k : -1;
  }
  return -1;
}

const PAST_SUBJECT_WORDS = 3;

/**
 * A determiner, a short subject and a past verb at token m: "said the fine amounted to “…”" (BLIND14 Q3), not a
 * participle with its agent ("the fine imposed by the court").
 */
function pastClauseAt(v: View, m: number): boolean {
  if (!DETERMINERS.has(v.low[m] ?? '') || v.quoted[m]) return false;
  for (let k = m + 2; k < v.toks.length && k - m <= PAST_SUBJECT_WORDS + 1; k++) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind !== 'word') return false;
    if (pastVerbAt(v, k)) return v.low[k + 1] !== 'by';
  }
  return false;
}
