// Words around a cue that frames.ts reads before deciding on a subject: a time phrase between
// the subject and the cue ("who in 2010 said"), a quantified relative pronoun ("many of whom
// say"), a past form that shares the "had" of the content before it ("had detected … and later
// determined"), and the evidence noun that heads a long subject ("research conducted by … found").

import { DOCUMENT_NOUNS, EVIDENCE_NOUNS, FINITE_VERBS, LY_NOUNS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { ASPECT_VERBS, PARTICLE_GAP_WORDS, RAISING_VERBS, SETTING_PREPOSITIONS, TIME_PHRASE_HEADS, TIME_PHRASE_OPENERS } from '../../lexicon/cue-phrases.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { isYear } from '../../lexicon/numbers.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { firstTokenAfter } from './content-bound.js';
import type { Draft } from './frames.js';
import { isCapitalized, type View } from './tokens.js';

/**
 * The first token of a time phrase that ends at token j and stands between a subject and its cue:
 * "who in 2010 said", "an arbitration panel in 2001 found", "Trump on Monday said", "officials last
 * week said"; -1 when there is none. Two words only ("in 2010", "on Monday", "last week"), led by a
 * word, so "said in 2010" or a date inside a name is no such phrase.
 */
export function timePhraseBefore(v: View, j: number): number {
  if (j < 2 || v.quoted[j] || v.quoted[j - 1]) return -1;
  const head = v.low[j]!;
  const isTime = TIME_PHRASE_HEADS.has(head) || (v.toks[j]!.kind === 'number' && isYear(head));
  if (!isTime || !TIME_PHRASE_OPENERS.has(v.low[j - 1]!)) return -1;
  const before = v.toks[j - 2]!;
  const w = v.low[j - 2]!;
  // the phrase follows the subject or "who", not a comma, a preposition ("released in late August") or a
  // participle ("a report released last year found": the time is the release's)
  if (before.kind !== 'word' || v.mark[j - 2] || v.quoted[j - 2] || PREPOSITIONS.has(w)) return -1;
  return w.endsWith('ed') && !isCapitalized(before.text) ? -1 : j - 1;
}

// (not "none of whom wanted to give their names": no one said anything)
const QUANTIFIED = new Set(['many', 'some', 'most', 'all', 'several', 'few', 'one', 'two', 'three', 'both', 'half', 'each']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'for', 'from', 'by', 'with', 'to', 'during', 'since', 'until', 'after', 'before']);

/** "many of whom say", "some of which said": the index of the quantifier before "of whom" ending at token p; -1 if none. */
export function quantifiedRelative(v: View, p: number): number {
  if (p < 3 || (v.low[p] !== 'whom' && v.low[p] !== 'which') || v.low[p - 1] !== 'of' || v.quoted[p - 2]) return -1;
  return QUANTIFIED.has(v.low[p - 2]!) ? p - 2 : -1;
}

const PERFECT_REACH = 40;

/**
 * "the company said it had detected “suspicious activity” on a server on Sept. 29 and later determined
 * that…": a past form after "and" whose anchor's content runs in the past perfect shares its "had", so it
 * goes on with what was said (as "…but had asked" does) and bounds nothing, when the content opens on a
 * pronoun and its "had". `and` is the coordinator's index, `from` the first token of the anchor's content.
 */
export function sharesPerfect(v: View, cueToken: number, and: number, from: number): boolean {
  const entry = CUE_WORDS.get(v.low[cueToken]!);
  if (!entry || (entry.form !== 'past' && entry.form !== 'participle') || v.low[and] !== 'and' || and - from > PERFECT_REACH) return false;
  // the content opens on the speaker's own pronoun and its "had": "said it had detected…" (not "said officers had
  // used … and accused…", "said the company had won … and denied…", where the second verb is the speaker's own)
  if (!SPEAKER_PRONOUNS.has(v.low[from]!) || v.low[from + 1] !== 'had') return false;
  // no other finite verb between them: "it had detected X, which was…, and" joins another clause
  for (let k = from + 2; k < and; k++) if (!v.quoted[k] && FINITE_VERBS.has(v.low[k]!)) return false;
  return true;
}

const EVIDENCE_REACH = 12;
// words that may stand between the evidence noun and its verb: "research conducted by the Center for Media and
// Public Affairs found", "leaked documents from his 1995 tax return show" (lower-case nouns only inside a phrase
// a preposition opens: "DNA tests link an activist to a strand of hair found…" has a verb of its own)
const LINKS = new Set(['of', 'by', 'from', 'for', 'in', 'on', 'at', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'and']);
const OPENS_PHRASE = new Set(['of', 'by', 'from', 'for', 'in', 'on', 'at']);

/**
 * The evidence noun heading the subject that ends right before token `end`, further left than a name's
 * run reaches: "research conducted by the Center for Media and Public Affairs found…", "leaked documents
 * from his 1995 tax return show…"; -1 if none. A past-form cue needs a capitalized word or the noun itself
 * right before it ("tests of the hair found outside" is a participle).
 */
export function evidenceHeadBefore(v: View, end: number, pastCue: boolean): number {
  // (a time or the participle before it may end the phrase: "A survey by the Ifop institute published earlier this week found…")
  const last = v.low[end - 1] ?? '';
  if (end < 1 || (pastCue && !isCapitalized(v.toks[end - 1]!.text) && !EVIDENCE_NOUNS.has(last) && !TIME_PHRASE_HEADS.has(last) && !TIME_PHRASE_OPENERS.has(last) && !last.endsWith('ed'))) return -1;
  let head = -1;
  for (let k = end - 1; k >= 0 && end - k <= EVIDENCE_REACH; k--) {
    const t = v.toks[k]!;
    if (v.quoted[k] || v.mark[k] || (t.kind === 'punct' && t.text !== '.' && t.text !== '&' && t.text !== '-')) break;
    const w = v.low[k]!;
    // the leftmost one heads the phrase: "documents from the 2019 audit show"
    if (EVIDENCE_NOUNS.has(w) && !isCapitalized(t.text)) head = k;
    if (FINITE_VERBS.has(w)) break;
  }
  if (head < 0) return -1;
  // what lies between the noun and the cue: links, names, numbers, a participle right after the noun, and
  // lower-case words once a preposition has opened a phrase
  let inPhrase = false;
  for (let k = head + 1; k < end; k++) {
    const t = v.toks[k]!;
    const w = v.low[k]!;
    if (OPENS_PHRASE.has(w)) inPhrase = true;
    if (w === 'and' && !(isCapitalized(v.toks[k - 1]!.text) && isCapitalized(v.toks[k + 1]?.text ?? ''))) return -1;
    // ("A survey by the Ifop institute published earlier this week found": a participle before its setting, after the author)
    const settingNext = SETTING_PREPOSITIONS.has(v.low[k + 1] ?? '') || WEEKDAYS.has(v.low[k + 1] ?? '') || MONTHS.has(v.low[k + 1] ?? '');
    const time = TIME_PHRASE_OPENERS.has(w) || TIME_PHRASE_HEADS.has(w);
    const fits = LINKS.has(w) || t.kind !== 'word' || isCapitalized(t.text) || time || (w.endsWith('ed') && (k === head + 1 || (inPhrase && settingNext))) || (inPhrase && !CUE_WORDS.has(w));
    if (!fits) return -1;
  }
  // the noun opens its phrase: not the object of a verb before it ("conducting further DNA tests")
  for (let k = head - 1; k >= 0 && head - k <= 4; k--) {
    const w = v.low[k]!;
    if (v.toks[k]!.kind === 'punct' || LINKS.has(w) || w === 'after' || w === 'that' || w === 'while') break;
    if (w.endsWith('ing') && !isCapitalized(v.toks[k]!.text)) return -1;
  }
  return head;
}

const DOCUMENT_REACH = 5;
// what may stand between a document noun and its participle: "tweets early Friday saying", "a statement on Sunday saying"
const DOCUMENT_SETTINGS = new Set(['early', 'late', 'on', 'last', 'this', 'friday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday',
  'sunday', 'morning', 'afternoon', 'evening', 'night', 'week', 'today', 'yesterday']);
// "a letter from his doctor that says": a short phrase naming its author
const AUTHOR_LINKS = new Set(['from', 'by', 'his', 'her', 'their', 'its', 'the', 'a']);
const NOT_BEFORE_NOUN = new Set(['to', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'he', 'she', 'they', 'we', 'i', 'you', 'who']);

/**
 * Does a document noun end at token p, perhaps before a short time phrase or its author: "a letter from his
 * doctor that says…", "a series of tweets early Friday saying that…"? Its index, or -1.
 */
export function documentBefore(v: View, p: number): number {
  for (let k = p; k >= 0 && p - k < DOCUMENT_REACH; k--) {
    if (v.quoted[k] || v.mark[k]) return -1;
    const w = v.low[k]!;
    // (a verb of the same form is no document: "to sign a paper promising…", "he will note…")
    if (DOCUMENT_NOUNS.has(w) && !isCapitalized(v.toks[k]!.text)) return k > 0 && NOT_BEFORE_NOUN.has(v.low[k - 1]!) ? -1 : k;
    const authored = k > 0 && AUTHOR_LINKS.has(v.low[k - 1]!) && v.toks[k]!.kind === 'word';
    if (!DOCUMENT_SETTINGS.has(w) && !AUTHOR_LINKS.has(w) && !authored) return -1;
  }
  return -1;
}

const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'when']);
// "a day after", "hours before", "two weeks after", "shortly after": the time phrase before the subordinator
const TIME_CLAUSE_WORDS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'few', 'day', 'days', 'hour', 'hours', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'minutes', 'moments', 'shortly', 'just', 'soon', 'only', 'long', 'even']);
const TIME_CLAUSE_REACH = 4;

/**
 * The offset of the comma that opens a time clause of the writer's holding a frame whose words begin at
 * `edge`: "Egypt denied reports that…, a day after Ethiopian state media reported that…"; -1 if none. The
 * frames before it end their content at that comma ("said the plant closed after workers protested" is
 * one content: no comma).
 */
export function subordinateEdge(v: View, edge: number): number {
  // the last token starting before the edge, by binary search: a scan from the sentence's start per frame was
  // quadratic on a long sentence (test/hostile's 5 MB line: 29 s in this stage at 2 MB)
  const k = firstTokenAfter(v, edge - 1, false) - 1;
  if (k < 1 || v.quoted[k] || !TIME_CLAUSE_OPENERS.has(v.low[k]!)) return -1;
  for (let j = k - 1; j >= 0 && k - j <= TIME_CLAUSE_REACH; j--) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.toks[j]!.text === ',') return v.toks[j]!.start;
    if (!TIME_CLAUSE_WORDS.has(v.low[j]!)) return -1;
  }
  return -1;
}

/**
 * The raising verb before the "to" at token `to` whose subject makes the cue after "to": "Stumpf appeared to blame
 * low-level workers for…", "Bush seemed to suggest that…" (its token), else -1. Other verbs before "to" keep the
 * cue an infinitive of their own ("declined to say", "wants to tell"). `particle`: the cue has its particle, so a verb
 * of aspect raises too ("protesters continued to call for…").
 */
export function raisingVerbBefore(v: View, to: number, particle: boolean): number {
  if (to < 1 || v.low[to] !== 'to' || v.quoted[to] || v.quoted[to - 1]) return -1;
  return RAISING_VERBS.has(v.low[to - 1]!) || (particle && ASPECT_VERBS.has(v.low[to - 1]!)) ? to - 1 : -1;
}

/**
 * Does an object relative pronoun stand right before the subject starting at token `from`: "the deal, which both
 * parties want to sign" (not after a preposition: "a chess game in which companies seek to minimize liabilities";
 * nor "that", which opens a content as often: "it is apparent that Clinton wanted to…")?
 */
export function objectRelativeBefore(v: View, from: number): boolean {
  if (from < 2 || v.quoted[from - 1] || (v.low[from - 1] !== 'which' && v.low[from - 1] !== 'whom')) return false;
  return v.toks[from - 2]!.text === ',' || (v.toks[from - 2]!.kind === 'word' && !PREPOSITIONS.has(v.low[from - 2]!));
}

// what opens the object of a verb in a relative clause ("that support the new limits", "that say they…")
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'that', 'it', 'them', 'him', 'they', 'he', 'she', 'we']);

/**
 * Is the "that" at token `that` a relative pronoun after a plural noun ("towns that support the new limits",
 * "groups that said they…"), the cue's object or clause right after the cue? Not "that support was crucial".
 */
export function pluralRelative(v: View, that: number, cueEnd: number): boolean {
  if (that < 1 || v.quoted[that] || v.quoted[that - 1] || v.quoted[cueEnd + 1]) return false;
  const noun = v.toks[that - 1]!;
  const w = v.low[that - 1]!;
  const plural = noun.kind === 'word' && !isCapitalized(noun.text) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')
    && !FINITE_VERBS.has(w) && !CUE_WORDS.has(w);
  return plural && OBJECT_OPENERS.has(v.low[cueEnd + 1] ?? '');
}

const PARTICLE_GAP = 2;

/**
 * The particle after a day or an adverb or two: "spoke Tuesday about", "called Friday for", "spoke emotionally of",
 * "spoke out about"; its token, or null.
 */
export function particleAfterAdverbs(v: View, i: number, entry: CueWord): number | null {
  for (let k = i + 1; k < v.toks.length && k - i <= PARTICLE_GAP + 1; k++) {
    if (v.quoted[k]) return null;
    const w = v.low[k]!;
    if (k > i + 1 && entry.particles.includes(w)) return k;
    const adverb = w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w) && v.toks[k]!.text === w;
    if (!adverb && !PARTICLE_GAP_WORDS.has(w) && !WEEKDAYS.has(w)) return null;
  }
  return null;
}

/**
 * The frame a coordinated cue goes on from: the latest one, unless it opens what the one before it said
 * ("Demonstrators said they want justice, but pledged to remain civil": the demonstrators pledge, not "they").
 */
export function outerAnchor(v: View, drafts: readonly Draft[]): Draft | undefined {
  const last = drafts[drafts.length - 1];
  const outer = drafts.length > 1 ? drafts[drafts.length - 2]! : undefined;
  if (!last?.source || !outer?.content || outer.placement !== 'before') return last;
  const k = firstTokenAfter(v, last.source.start - 1, false);
  const opens = k === outer.cueEnd + 1 || (v.low[outer.cueEnd + 1] === 'that' && k === outer.cueEnd + 2);
  return opens ? outer : last;
}
