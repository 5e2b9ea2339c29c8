// The frame of a participle cue: ", saying that…", ", citing officials", "footage of Trump saying…", "After
// saying her foot was swollen, she…". Its source is the earlier frame's in the sentence, a name right before
// it, a document's author, or the sentence's subject.

import { BARE_CLAUSE_PARTICIPLES, LITIGATION_VERBS, OBJECT_PRONOUNS, PARTICIPLE_CUES } from '../../lexicon/cue-phrases.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { contentStart, finiteClauseAt } from './content.js';
import { DETERMINERS, FINITE_VERBS, ORGANIZATION_NOUNS, PREPOSITIONS, SETTING_STARTS } from '../../lexicon/attribution-words.js';
import { participleContent } from './frame-checks.js';
import { documentBefore } from './cue-context.js';
import { PARTICIPLE_LEADS, sentenceSubject } from './sentence-subject.js';
import { cueSpan, isCapitalized, pastVerbAt, type View } from './tokens.js';
import type { Span } from '../../types.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { SOURCE_NOUNS, SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';
import { IRREGULAR_PAST } from '../../lexicon/time-tense.js';
import type { Draft } from './frames.js';
import { commaAfter, namedParticiple } from './frame-subjects.js';

/** The frame of the participle cue at token i (its particle ends at cueEnd; p: the token before it, adverbs skipped), or null. */
export function participleFrame(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, drafts: Draft[], p: number, cueEnd: number): Draft | null {
  const prev = p >= 0 ? v.low[p]! : undefined;
  const cue = cueSpan(v, i, cueEnd);
  const sentence = v.sentence.index;
  if (p < 0) return openingParticiple(v, spans, i, entry, cueEnd);
  // "It goes without saying that…": an idiom, nobody says anything
  if (prev === 'without' && p > 0 && CUE_WORDS.get(v.low[p - 1]!)?.base === 'go') return null;
  // ", saying that…", ", citing officials": the source is the earlier frame's in this sentence
  const anchor = drafts[drafts.length - 1];
  // "…looped the streets while chanting, “Hands up”", "responded by saying his refusal…": as after a comma
  // "called the request “premature,” saying in a statement that…": a comma inside the closing mark is one too
  // ", praising the police and saying that crime had fallen": a participle joined to an earlier one is as after its
  // comma, when that one is a frame of the sentence or follows "each" (", each touting their record and saying…")
  const joined = prev === 'and' ? joinedParticiple(v, p) : -1;
  const afterComma = prev === ',' || (p > 0 && v.mark[p] === 'close' && v.toks[p - 1]!.text === ',')
    || (joined > 0 && ((anchor?.placement === 'participle' && anchor.cueToken === joined) || DISTRIBUTIVES.has(v.low[joined - 1]!)));
  // "Trump unleashed a series of tweets early Friday saying that…": what the document says, its author says
  const document = !afterComma && entry.frame === 'speech' ? documentBefore(v, p) : -1;
  // ("The spot concludes with footage of Trump saying during the debate, “That makes me smart”": the name
  // right before the participle speaks, not the document's subject)
  if (!afterComma && !PARTICIPLE_LEADS.has(prev ?? '')) {
    const named = namedParticiple(v, spans, i, p, cueEnd, cue);
    if (named || document < 0) return named;
  }
  const start = contentStart(v, spans, cueEnd, PARTICIPLE_CUES.includes(v.low[i]!) ? 'object' : entry.frame);
  if (!start) return null;
  // "He then defended the remark, saying, “I don’t think…”": the sentence's subject speaks
  // "Rivera mocked the plan, saying voters would pay for it": a speech participle's bare clause too
  const bareSpeech = BARE_CLAUSE_PARTICIPLES.has(entry.base) && v.toks[cueEnd + 1]?.kind === 'word';
  const quoteOrThat = v.mark[cueEnd + 1] === 'open' || v.low[cueEnd + 1] === 'that' || v.mark[cueEnd + 2] === 'open' || PARTICIPLE_CUES.includes(entry.base) || bareSpeech
    || participleContent(v, cueEnd, entry);
  // "After saying her foot was swollen, she…": the subject follows a participle clause that opens the sentence
  // "Trump was defensive about an architect who said he was stiffed, saying, “Maybe he didn’t do a good job…”":
  // a relative clause's speaker is no participle's; the sentence's subject before it is
  const main = anchor?.antecedent ? sentenceSubject(v, i) : null;
  // "The decision sided with 14 districts that sued the state in 2023, arguing that…": the party that went to law
  const litigant = !anchor && afterComma && quoteOrThat ? litigantBefore(v, p) : null;
  // "voted to censure the mayor for refusing to testify", "thanked the nurses for saying…": the object refused or said;
  // "Ruiz was criticised by the mayor for saying…": the passive's subject (the agent's frame holds it as content)
  const judged = prev === 'for' && quoteOrThat ? objectBeforeFor(v, p) ?? (anchor?.rule === 'claims/passive-agent' ? anchor.content : null) : null;
  const source = judged ?? (main && main.end <= anchor!.antecedent!.start ? main : null) ?? anchor?.source ?? litigant ?? (quoteOrThat ? sentenceSubject(v, p === 0 ? v.toks.length : i) : null);
  if (!source) return null;
  // "Ortiz, despite admitting that the levy was high, kept it": an aside ends at its comma
  const aside = PARTICIPLE_LEADS.has(prev ?? '') && p > 0 && v.toks[p - 1]!.text === ',' ? commaAfter(v, cueEnd) : -1;
  return { sentence, cue, cueToken: i, cueEnd, source, content: { start, end: aside > 0 ? v.toks[aside]!.start : v.sentence.end }, placement: 'participle',
    leftEdge: v.toks[p]!.start, rule: 'claims/participle-cue', forward: aside < 0 };
}

const JOINED_REACH = 20;
const DISTRIBUTIVES = new Set(['each', 'both']);

/**
 * The participle the "and" at token `and` joins to: ", praising the police and saying…", "by strengthening the plan
 * and saying…", ", each touting their record and saying…": an "-ing" word after a comma or a lead word ("by",
 * "while"), with no punctuation or quotation between; its token, or -1.
 */
function joinedParticiple(v: View, and: number): number {
  for (let k = and - 2; k > 0 && and - k <= JOINED_REACH; k--) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return -1;
    const w = v.low[k]!;
    if (!w.endsWith('ing') || w.length < 5 || isCapitalized(v.toks[k]!.text)) continue;
    const before = DISTRIBUTIVES.has(v.low[k - 1]!) && k > 1 ? k - 2 : k - 1;
    return v.toks[before]!.text === ',' || PARTICIPLE_LEADS.has(v.low[before]!) ? k : -1;
  }
  return -1;
}

const OPENING_CLAUSE_REACH = 30;
const TRAILING_ADVERB = /\s[a-z]{2,20}ly$/;

/**
 * "Citing an unfounded theory, the senator accused…", "Bemoaning the “phony system,” Trump…": a participle clause
 * that opens the sentence; the main clause's subject speaks, and the content ends at the clause's comma.
 */
function openingParticiple(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, cueEnd: number): Draft | null {
  let comma = -1;
  for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd <= OPENING_CLAUSE_REACH; k++) {
    if ((v.toks[k]!.text === ',' && !v.quoted[k]) || (v.mark[k] === 'close' && v.toks[k - 1]!.text === ',')) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return null;
  // ("Writing for the Times, Barabak…", "Speaking in Ohio, she…": a setting, no content; "Saying goodbye, she left":
  // a speech or a belief says a clause, a quote or "that")
  const next = v.low[cueEnd + 1] ?? '';
  if (SETTING_STARTS.has(next)) return null;
  // ("Citing officials, Al Jazeera reported…", "Quoting Reuters, …": a citation of sources, what they said follows)
  const citing = PARTICIPLE_CUES.includes(v.low[i]!);
  if (citing && citesSource(v, cueEnd + 1, comma)) return null;
  const objectFrame = citing || entry.frame === 'object';
  if (!objectFrame && !(next === 'that' || v.mark[cueEnd + 1] === 'open' || finiteClauseAt(v, cueEnd + 1))) return null;
  const start = contentStart(v, spans, cueEnd, objectFrame ? 'object' : entry.frame);
  const subject = sentenceSubject(v, v.toks.length);
  if (start === null || !subject || start >= v.toks[comma]!.start || subject.start < v.toks[comma]!.end) return null;
  // ("Citing a theory, Trump repeatedly accused…": the adverb after the name is no part of it)
  const adverb = TRAILING_ADVERB.exec(v.text.slice(subject.start, subject.end));
  const source = adverb ? { start: subject.start, end: subject.start + adverb.index } : subject;
  const end = v.toks[comma]!.text === ',' ? v.toks[comma]!.start : v.toks[comma]!.end;
  return { sentence: v.sentence.index, cue: cueSpan(v, i, cueEnd), cueToken: i, cueEnd, source, content: { start, end }, placement: 'participle',
    leftEdge: v.toks[i]!.start, rule: 'claims/participle-cue', forward: false };
}

/** Is there a source among tokens [from, to): a source noun ("officials", "sources") or a name ("Reuters")? */
function citesSource(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SOURCE_NOUNS.has(v.low[k]!) || SPEAKER_NOUNS.has(v.low[k]!) || (v.toks[k]!.kind === 'word' && isCapitalized(v.toks[k]!.text))) return true;
  return false;
}

const LITIGANT_REACH = 16;
const LITIGANT_RELATIVES = new Set(['who', 'that', 'which']);

/**
 * "…sided with a group of 14 rural school districts that sued the state in March 2023, arguing that…": the
 * antecedent of a relative clause whose verb goes to law (LITIGATION_VERBS), ending at the participle's comma `comma`
 * with no punctuation between, as a source span; null when there is none. ("who said he was stiffed, saying…" has a
 * cue of its own: its anchor decides.)
 */
function litigantBefore(v: View, comma: number): { start: number; end: number } | null {
  for (let k = comma - 1; k > 1 && comma - k <= LITIGANT_REACH; k--) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return null;
    if (!LITIGANT_RELATIVES.has(v.low[k]!)) continue;
    if (!LITIGATION_VERBS.has(v.low[k + 1] ?? '')) return null;
    // ("filed suit", "took legal action", "brought a case": the nouns that make filing and bringing a suit)
    const verb = v.low[k + 1]!;
    if ((verb === 'filed' || verb === 'brought' || verb === 'took') && !suitWithin(v, k + 2)) return null;
    const from = nounPhraseStart(v, k - 1);
    return from < 0 ? null : { start: v.toks[from]!.start, end: v.toks[k - 1]!.end };
  }
  return null;
}

const PHRASE_REACH = 10;
// "a group of 14 districts", "a coalition of tenants": a whole that the phrase after "of" makes up
// prepositions the shared list leaves out ("went against three tenants who sued…")
const PHRASE_STOPS = new Set(['against', 'over', 'about', 'among', 'between', 'behind', 'alongside', 'toward', 'towards', 'like', 'than']);
const WHOLE_NOUNS = new Set(['group', 'coalition', 'alliance', 'number', 'handful', 'dozen', 'pair', 'couple', 'band', 'consortium']);

/**
 * Where the noun phrase ending at token `end` starts: back over words and numbers to a determiner (kept), a
 * preposition or a verb (not kept): "14 rural and low-income school districts", "three tenants"; "a group of …"
 * is taken whole. -1 when no word is left.
 */
function nounPhraseStart(v: View, end: number): number {
  let from = end + 1;
  for (let k = end; k >= 0 && end - k < PHRASE_REACH; k--) {
    const t = v.toks[k]!;
    const w = v.low[k]!;
    if (v.quoted[k] || (t.kind !== 'word' && t.kind !== 'number') || PREPOSITIONS.has(w) || PHRASE_STOPS.has(w) || FINITE_VERBS.has(w) || IRREGULAR_PAST.has(w)
      || (w.endsWith('ed') && !w.includes('-') && k < end)) break;
    from = k;
    if (DETERMINERS.has(w)) break;
  }
  if (from > end) return -1;
  // ("a group of 14 … districts": the whole is the phrase)
  if (v.low[from - 1] === 'of' && WHOLE_NOUNS.has(v.low[from - 2] ?? '') && DETERMINERS.has(v.low[from - 3] ?? '')) return from - 3;
  return from;
}

/**
 * The object of a verb right before the "for" at token `forAt` when it names people or a body: "censure the mayor",
 * "thanked the nurses", "fined Harbourline", "praised them" (not "apologised to voters", "criticised by the mayor": a
 * preposition governs them; not "won the award": no one). Its span, or null.
 */
function objectBeforeFor(v: View, forAt: number): Span | null {
  const end = forAt - 1;
  if (end < 1 || v.quoted[end] || v.toks[end]!.kind !== 'word') return null;
  const head = v.low[end]!;
  const start = OBJECT_PRONOUNS.has(head) ? end : nounPhraseStart(v, end);
  if (start < 1 || (start < end && !DETERMINERS.has(v.low[start]!) && !isCapitalized(v.toks[start]!.text))) return null;
  if (!(OBJECT_PRONOUNS.has(head) || isCapitalized(v.toks[end]!.text) || SPEAKER_NOUNS.has(head) || SOURCE_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head) || TITLE_HEADS.has(head))) return null;
  // the verb: a past form ("thanked") or a base form after "to" ("to censure"); not "was", "had"
  const verb = start - 1;
  const w = v.low[verb]!;
  if (FINITE_VERBS.has(w) || !(pastVerbAt(v, verb) || (v.low[verb - 1] === 'to' && v.toks[verb]!.kind === 'word' && !isCapitalized(v.toks[verb]!.text) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w)))) return null;
  return { start: v.toks[start]!.start, end: v.toks[end]!.end };
}

const SUIT_NOUNS = new Set(['suit', 'lawsuit', 'case', 'appeal', 'complaint', 'petition', 'action', 'challenge', 'claim']);
const SUIT_REACH = 4;
/** A lawsuit's noun among the few words from token `from` ("filed a lawsuit", "took legal action"). */
function suitWithin(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < SUIT_REACH; k++) if (SUIT_NOUNS.has(v.low[k]!)) return true;
  return false;
}
