// Attribution frames in one sentence: a cue ("said", "accused", "according to"),
// the span of its source, and the span of its content. Scans tokens, no regexes.

import type { Span, TextSpan } from '../../types.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS, FINITE_VERBS, MODALS, NEGATIVE_SUBJECTS, SETTING_STARTS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { BARE_CLAUSE_PARTICIPLES, PARTICIPLE_CUES, SOURCE_AFTER_PHRASES, STATEMENT_NOUNS } from '../../lexicon/cue-phrases.js';
import type { QuotedSpan } from './marks.js';
import { looksLikeInvertedSubject, phraseAfter, skipPreVerb, subjectBefore, subjectEndingAt, type TokenRange } from './phrases.js';
import { contentStart, boundContent, finiteClauseAt, firstTokenAfter, meansAt } from './content.js';
import { firstAtLeast } from '../../document.js';
import { clauseBeforeComma, resumeAfterCue } from './parenthetical.js';
import { asClauseContent } from './as-clause.js';
import { appositiveName, nameEndsSentence, participleContent, relativeObjectQuoted } from './frame-checks.js';
import { contractedSubject } from './contracted.js';
import { accordingAt, accordingFrame } from './according.js';
import { documentBefore, evidenceHeadBefore, quantifiedRelative, sharesPerfect, subordinateEdge, timePhraseBefore } from './cue-context.js';
import { passiveFrame } from './passive.js';
import { namedTermFrames } from './named-term.js';
import { estimateAt } from './estimate.js';
import { anonymityAsked, cueEndsClause, endsInApostropheS, evidenceShown, statesNothing, predicateAfterObject, presentTenseVerb, quoteAfterObject, passiveModifier, sourceFormula } from './verb-checks.js';
import { EVIDENCE_VERBS } from '../../lexicon/attribution-words.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { isPossessive, nominalCueAt, POSSESSIVE_PRONOUNS } from './nominal.js';
import { PARTICIPLE_LEADS, sentenceSubject } from './sentence-subject.js';
import { cueSpan, isCapitalized, quoteAt, span, type View } from './tokens.js';

export type Placement = 'before' | 'after' | 'inverted' | 'according' | 'participle' | 'coordinated';

export interface Frame {
  sentence: number;
  cue: TextSpan;
  /** the span naming the source; for participle and coordinated cues, the anchor frame's */
  source: Span | null;
  /** reported content; null when the cue has none of its own ("agreed, saying that…") */
  content: Span | null;
  placement: Placement;
  /** where this frame's own words begin: content of an earlier frame stops here */
  leftEdge: number;
  /** for a relative "who" source, the phrase it stands for ("an architect who said…") */
  antecedent?: Span;
  /** the frame follows "while" or "whereas": inside an earlier content, yet a claim of its own */
  contrast?: boolean;
  rule: string;
}

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
const LINKING_VERBS = new Set(['became', 'become', 'becomes', 'becoming', 'got', 'get', 'gets', 'getting', 'remained', 'remains', 'seemed', 'seems']);
const COORDINATORS = new Set(['but', 'and', 'or', 'yet']);
/** What a word may start: a cue, an "according to" phrase (both for "quoted"), found with one lookup per token. */
interface FrameStart {
  cue: CueWord | undefined;
  according: string[][];
}
const FRAME_STARTS = new Map<string, FrameStart>();
for (const [word, cue] of CUE_WORDS) FRAME_STARTS.set(word, { cue, according: [] });
for (const p of SOURCE_AFTER_PHRASES) {
  const words = p.split(' ');
  const start = FRAME_STARTS.get(words[0]!) ?? { cue: undefined, according: [] };
  start.according.push(words);
  FRAME_STARTS.set(words[0]!, start);
}

// A word starts a frame only if a cue or phrase shares its first two letters and its length:
// a table read that spares the map lookup for most words ("the", "of", "was", "people").
const SHAPE_LETTERS = 26;
const SHAPE_LENGTHS = 32;
function shapeIndex(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const b = w.length > 1 ? w.charCodeAt(1) - 97 : 0;
  if (a < 0 || a >= SHAPE_LETTERS || b < 0 || b >= SHAPE_LETTERS || w.length >= SHAPE_LENGTHS) return -1;
  return (a * SHAPE_LETTERS + b) * SHAPE_LENGTHS + w.length;
}
const START_SHAPES = new Uint8Array(SHAPE_LETTERS * SHAPE_LETTERS * SHAPE_LENGTHS);
for (const w of FRAME_STARTS.keys()) {
  const k = shapeIndex(w);
  if (k >= 0) START_SHAPES[k] = 1;
}
/** The frame starts of word w; words of other shapes (and only they) skip the lookup. */
function frameStartOf(w: string): FrameStart | undefined {
  const k = shapeIndex(w);
  return k >= 0 && START_SHAPES[k] === 0 ? undefined : FRAME_STARTS.get(w);
}




/** Is an auxiliary among tokens [from, to] ("has written", "had not spoken", "’s been shown")? */
function auxiliaryWithin(v: View, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (AUXILIARIES.has(v.low[k]!) || BE_FORMS.has(v.low[k]!) || v.low[k] === 'have') return true;
  return false;
}

/** Was a negation skipped between the subject and the cue ("has not disclosed")? */
function negated(v: View, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (NEGATIONS.has(v.low[k]!)) return true;
  return false;
}

/** Content of a trailing cue: the quote or clause before the subject ("“…,” he said"; "…, local media reported"). */
function contentBefore(v: View, spans: readonly QuotedSpan[], before: number): Span | null {
  if (before < 0) return null;
  const t = v.toks[before]!;
  const start = v.sentence.start;
  // "“…,” he said" / "“…”, he said": the quote, when it opens the sentence (or began before it)
  const close = v.mark[before] === 'close' ? before : before > 0 && t.text === ',' && v.mark[before - 1] === 'close' ? before - 1 : -1;
  if (close >= 0) {
    const q = v.quoteOf[close]!;
    return opensClause(v.text, start, q) ? { start: q.start, end: q.end } : { start, end: q.closeEnd };
  }
  if (t.text !== ',' || v.quoted[before]) return null;
  return t.start > start ? { start, end: t.start } : null;
}

export interface Draft extends Frame {
  cueToken: number;
  cueEnd: number;
  forward: boolean;
  /** a parenthetical cue's content resumes here, after the attribution ("The bridge, he said, will open…") */
  resume?: number;
}

/** Every attribution frame of the sentence in `v`, in text order. */
export function framesOf(v: View, spans: readonly QuotedSpan[]): Frame[] {
  const drafts: Draft[] = [];
  const n = v.toks.length;
  for (let i = 0; i < n; i++) {
    // cues and "according to" are words: punctuation and numbers are no cue
    if (v.quoted[i] || v.mark[i] || v.toks[i]!.kind !== 'word') continue;
    const nominal = isPossessive(v.low[i]!) || POSSESSIVE_PRONOUNS.has(v.low[i]!) ? nominalCueAt(v, i) : null;
    if (nominal) {
      // "Mayor Ortiz’s claim that the fund was empty"
      const cue = cueSpan(v, nominal.cueToken, nominal.cueToken);
      drafts.push({ sentence: v.sentence.index, cue, source: nominal.source, content: { start: v.toks[nominal.that + 1]!.start, end: v.sentence.end },
        placement: 'before', leftEdge: nominal.source.start, rule: 'claims/nominal-cue', cueToken: nominal.cueToken, cueEnd: nominal.that, forward: true });
      i = nominal.that;
      continue;
    }
    const starts = frameStartOf(v.low[i]!);
    if (!starts) continue;
    const according = accordingAt(v, i, starts.according);
    if (according > 0) {
      const d = accordingFrame(v, i, according);
      if (d) drafts.push(d);
      i += according - 1;
      continue;
    }
    const entry = starts.cue;
    if (!entry) continue;
    const d = verbFrame(v, spans, i, entry, drafts);
    if (d) {
      drafts.push(d);
      i = d.cueEnd;
    }
  }
  if (drafts.length === 0) return namedTermFrames(v, spans);
  // an anchor with no content of its own ("allegations the Taliban reject") bounds nothing
  // a frame nested in an earlier content ("said the ad suggests that…") does not end it
  // a relative clause with its own cue stays inside the content it is part of ("said members will help
  // him raise cash and donors who want to see more African Americans in the Senate will send checks")
  // "said it would cut 2,400 jobs…, after reporting a surprise loss": a participle of circumstance ("after", "while",
  // "by" + participle) is part of the clause it follows, and bounds nothing
  // "said that he retained “full confidence” in her but had asked the secretary to…": a coordinated verb in the
  // tense of reported speech ("had", "would") goes on with what was said
  const bounding = drafts.filter((o, at) => (o.content || o.placement === 'before') && !o.antecedent && !(o.placement === 'participle' && PARTICIPLE_LEADS.has(v.low[firstTokenAfter(v, o.leftEdge - 1, false)] ?? ''))
    && !(o.placement === 'coordinated' && (BACKSHIFTED.has(v.low[o.cueToken - 1] ?? '') || perfectShared(v, o, at > 0 ? drafts[at - 1]! : null) || pastAfterPresent(v, o, at > 0 ? drafts[at - 1]! : null))));
  // "said Senegal and Ghana had pushed for a reset, while Ivory Coast and Benin warned that…": a contrast the
  // speaker draws stays in the content; its frame is still a claim of its own ("…, while Hamas said…")
  let parallel: Set<Draft> | null = null;
  for (let at = 0; at < drafts.length; at++) {
    const o = drafts[at]!;
    const opener = v.low[firstTokenAfter(v, o.leftEdge - 1, false) - 1] ?? '';
    if (CONTRASTS.has(opener) || (OWN_SPEAKER_CLAUSES.has(opener) && o.placement === 'before' && namesSpeaker(v, o.source))) o.contrast = true;
    if (o.contrast && CONTRASTS.has(opener) && parallelCue(v, o, drafts, at)) (parallel ??= new Set()).add(o);
  }
  // ("…, a day after Ethiopian state media reported that…": a time clause of the writer's ends the content at its comma)
  const sortedEdges = bounding.map((o) => (opensClauseAt(v, o.leftEdge) || parallel?.has(o) ? o.leftEdge : subordinateEdge(v, o.leftEdge))).filter((e) => e >= 0).sort((a, b) => a - b);
  const allEdges = bounding.map((o) => o.leftEdge).sort((a, b) => a - b);
  for (const d of drafts) {
    if (!d.forward || !d.content) continue;
    // Nested frames stay inside a content, but not without end: the third one ends it. Real
    // nesting is shallower ("X said Y warned that Z…"); unbounded, "officials said that analysts
    // warned that …" repeated gave every frame the rest of the sentence, output quadratic in its length.
    const from = d.resume ?? d.content.start;
    const cap = allEdges[firstAtLeast(allEdges, from) + MAX_NESTED];
    const clause = d.placement === 'according' ? NO_EDGES : sortedEdges;
    const edges = cap === undefined ? clause : [Math.min(cap, clause[firstAtLeast(clause, from + 1)] ?? cap)];
    if (d.content.start >= v.sentence.end) {
      // colon lead-in: the content is the quote that follows the sentence
      const q = quoteAt(spans, d.content.start);
      d.content = q && q.open === d.content.start ? { start: q.start, end: q.end } : null;
    } else {
      // a parenthetical cue's content is bounded from where it resumes, and starts before the cue
      // "According to her account, …, she insisted that…": the whole clause is the source's, frames and all
      d.content = { start: d.content.start, end: boundContent(v, from, edges).end };
      // a quote opened inside the content runs on past the sentence end ("said, “It’s 3 a.m. Who…?”")
      const q = quoteAt(spans, d.content.end - 1);
      if (q && q.open >= d.content.start && q.closeEnd > d.content.end) d.content = { start: d.content.start, end: q.closeEnd };
    }
  }
  // "in what it called “ill-gotten gains”": a named term's frame comes last, bounding no content
  const named = namedTermFrames(v, spans);
  if (named.length > 0) drafts.push(...named);
  // drafts carry three working fields more than a Frame; nothing outputs a frame whole
  return drafts;
}

// what may stand before a frame that starts a clause of its own: "…, officials said", "but analysts warn"
// ("…would probably struggle, though he added that…": a concessive clause is a statement of its own)
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', '―', '--', '.', '!', '?', 'but', 'and', 'or', 'yet', 'which', 'who', 'though', 'although']);
const CONTRASTS = new Set(['while', 'whereas']);
// a relative clause of place with its own speaker: "…held in detention centres, where it said abuses were widespread"
// (not a passive's agent: "…, where Obama's outreach has been opposed by most Republicans")
const OWN_SPEAKER_CLAUSES = new Set(['where']);
const BACKSHIFTED = new Set(['had', 'would', 'could', 'might']);

/**
 * Does the frame whose words begin at offset `edge` start a clause of its own, so that it ends
 * the content of the frames before it? After a comma, a coordinator or a relative pronoun it
 * does; otherwise it lies inside their content, as PolNeAR marks nested attributions ("Holm
 * said the ad suggests that its officers support Trump"; "was right when he said…").
 */
function opensClauseAt(v: View, edge: number): boolean {
  // the last token before the edge
  const k = firstTokenAfter(v, edge - 1, false) - 1;
  // a coordinated or participle frame begins at its own "but" or comma ("…closed but accused…")
  const at = k + 1 < v.toks.length && v.toks[k + 1]!.start === edge ? v.low[k + 1]! : '';
  return k < 0 || v.quoted[k]! || !!v.mark[k] || CLAUSE_OPENERS.has(v.low[k]!) || CLAUSE_OPENERS.has(at);
}

const NO_EDGES: readonly number[] = [];

/** Does a coordinated frame share the "had" of its anchor's content ("had detected … and later determined")? */
function perfectShared(v: View, o: Draft, before: Draft | null): boolean {
  const anchor = before?.content;
  if (!anchor) return false;
  return sharesPerfect(v, o.cueToken, firstTokenAfter(v, o.leftEdge - 1, false), firstTokenAfter(v, anchor.start - 1, false));
}
/**
 * "Police say he posed a deadly threat and refused to drop the gun": a past cue coordinated after a present one
 * goes on with what was said (the speaker's own second act would be present too: "say … and add").
 */
function pastAfterPresent(v: View, o: Draft, before: Draft | null): boolean {
  // (after "but" the speaker acts again: "His aides say it is too early but noted that…")
  if (!before?.content || before.placement !== 'before' || v.low[firstTokenAfter(v, o.leftEdge - 1, false)] !== 'and') return false;
  const anchor = CUE_WORDS.get(v.low[before.cueToken]!)?.form;
  return (anchor === 's' || anchor === 'base') && CUE_WORDS.get(v.low[o.cueToken]!)?.form === 'past';
}

const OUTER_DRAFTS = 8;

/**
 * "Russia's defence ministry said its forces had downed 41 drones, while Ukraine said a glide bomb hit…": the
 * contrast frame repeats an earlier frame's cue verb, so the writer sets two sources side by side and the first
 * content ends before "while" (not "said Senegal and Ghana had pushed for a reset, while Ivory Coast and Benin
 * warned that…", a contrast the speaker draws with a verb of its own).
 */
function parallelCue(v: View, o: Draft, drafts: readonly Draft[], at: number): boolean {
  if (o.placement !== 'before' || !o.source) return false;
  const base = CUE_WORDS.get(v.low[o.cueToken]!)?.base;
  for (let b = at - 1; b >= 0 && at - b <= OUTER_DRAFTS; b--) {
    const p = drafts[b]!;
    if (p.placement === 'before' && p.content && p.content.start < o.leftEdge && CUE_WORDS.get(v.low[p.cueToken]!)?.base === base) return true;
  }
  return false;
}

/** Is the source a pronoun or a name ("where it said", "where Cuba has proposed"; not "where a costly war … claiming")? */
function namesSpeaker(v: View, source: Span | null): boolean {
  if (!source) return false;
  const k = firstTokenAfter(v, source.start - 1, false);
  return SPEAKER_PRONOUNS.has(v.low[k] ?? '') || isCapitalized(v.toks[k]?.text ?? '');
}

const EITHER_REACH = 12;

/** Is there an "either" among the few tokens after the anchor's cue and before the "or" at p? */
function eitherBefore(v: View, p: number, anchorEnd: number): boolean {
  for (let k = p - 1; k > anchorEnd && p - k <= EITHER_REACH; k--) if (v.low[k] === 'either' && !v.quoted[k]) return true;
  return false;
}

/** Frames nested in a content that stay inside it; the next one ends it. */
const MAX_NESTED = 2;


// "…, said Mr. Smith." / "…, said Mr. Smith, who…": what may follow an inverted subject
const INVERTED_ENDS = new Set([',', '.', '!', '?']);
function verbFrame(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, drafts: Draft[]): Draft | null {
  const tok = v.toks[i]!;
  if (i > 0 && isCapitalized(tok.text)) return null; // "the Post", "Charge d'affaires"
  let cueEnd = i;
  if (i + 1 < v.toks.length && entry.particles.includes(v.low[i + 1]!) && !v.quoted[i + 1]) cueEnd = i + 1;
  // ("Officials earlier put the number of injured at “several hundred”": an estimate; its object is the content)
  const estimate = entry.particleOnly && cueEnd === i && estimateAt(v, i);
  if (entry.particleOnly && cueEnd === i && !estimate && !(entry.bareWithQuote && (quoteAfterObject(v, i) || predicateAfterObject(v, i) || relativeObjectQuoted(v, i)))) return null;
  let p = skipPreVerb(v, i - 1);
  // "who in 2010 said", "Trump on Monday said": a time phrase between the subject and the cue
  const time = timePhraseBefore(v, p);
  if (time > 0) p = skipPreVerb(v, time - 1);
  const head = time > 0 ? time : i;
  const prev = p >= 0 ? v.low[p]! : undefined;
  // "two officials briefed on the plan said": the anonymous source's formula reports nothing
  // "people accused of rape": a passive modifier
  if (sourceFormula(v, i, entry) || passiveModifier(v, i, entry)) return null;
  // "nine miners believed trapped underground", "two people thought dead": a belief's participle before a state is passive
  if (entry.frame === 'belief' && (entry.form === 'past' || entry.form === 'participle') && !v.quoted[i + 1] && stateAfter(v.low[i + 1] ?? '')) return null;
  // "the report", "to say"; "Having said that, …" opens a sentence and reports nothing
  if (prev !== undefined && (DETERMINERS.has(prev) || prev === 'to' || prev === 'having')) return null;
  // "to obtain written assurances": a participle with no auxiliary before it is an adjective or a passive clause
  if (entry.form === 'participle' && !auxiliaryWithin(v, p + 1, i - 1)) return null;
  if (negated(v, p + 1, i - 1)) return null; // "has not disclosed": nothing was said
  // "became known for speeches that…", "got reported": a participle after a linking verb is passive
  if ((entry.form === 'past' || entry.form === 'participle') && LINKING_VERBS.has(prev ?? '')) return null;
  // "about 1,000 confirmed deaths", "12 reported cases": a participle between a number and its noun is an adjective
  if (entry.form === 'past' && time < 0 && i > 0 && v.toks[i - 1]!.kind === 'number' && v.toks[cueEnd + 1]?.kind === 'word' && !v.quoted[cueEnd + 1]) return null;
  // "who asked not to be named": the formula of an anonymous source reports nothing
  // ("who asked to be identified only by her first name", "who asked that his name be withheld": the same formula)
  if ((v.low[cueEnd + 1] === 'not' && v.low[cueEnd + 2] === 'to' && v.low[cueEnd + 3] === 'be') || anonymityAsked(v, entry, cueEnd)) return null;
  // ("he said by telephone": a means of saying, no agent)
  if (entry.form === 'past' && v.low[cueEnd + 1] === 'by' && !meansAt(v, cueEnd + 1)) {
    // "The issue was first reported by The Washington Post"; not "the monitor maintained by the embassy"
    const passive = passiveFrame(v, i, cueEnd, p, entry);
    if (!passive) return null;
    return { sentence: v.sentence.index, cue: cueSpan(v, i, cueEnd + 1), cueToken: i, cueEnd: passive.agentEnd, source: passive.source, content: passive.content,
      placement: 'after', leftEdge: passive.content.start, rule: 'claims/passive-agent', forward: false };
  }
  // "He’s claiming that…": the pronoun in a fused token is the subject
  const contracted = prev !== undefined && (entry.form === 'ing' || entry.form === 'past') ? contractedSubject(v, p, entry, cueEnd) : 0;
  if (prev !== undefined && !contracted && endsInApostropheS(prev)) return null; // "Islamabad’s key demand"
  // "He proposes doing away with the mandate and plans to reduce…": a mostly-noun form coordinated with a frame
  const coordinatedNoun = entry.nounLike && entry.form === 's' && COORDINATORS.has(prev ?? '') && drafts.length > 0;
  // "leaked documents from his 1995 tax return show he took…": evidence heads a longer subject
  const evidence = EVIDENCE_VERBS.has(entry.base) ? evidenceHeadBefore(v, p + 1, entry.form === 'past' || entry.form === 'participle') : -1;
  const pluralEvidence = evidence >= 0 && entry.form === 'base' && (v.low[evidence]!.endsWith('s') || v.low[evidence] === 'data');
  if ((entry.form === 'base' || entry.form === 's') && !coordinatedNoun && !pluralEvidence && !presentTenseVerb(v, i, p, entry)) return null;
  const progressive = contracted ? entry.form === 'ing' : prev !== undefined && BE_FORMS.has(prev);
  if (progressive && entry.form !== 'ing') return null; // passive: "was reported"
  const cue = cueSpan(v, i, cueEnd);
  const sentence = v.sentence.index;

  if (entry.form === 'ing' && !progressive) {
    // ", saying that…", ", citing officials": the source is the earlier frame's in this sentence
    const anchor = drafts[drafts.length - 1];
    // "…looped the streets while chanting, “Hands up”", "responded by saying his refusal…": as after a comma
    // "called the request “premature,” saying in a statement that…": a comma inside the closing mark is one too
    const afterComma = prev === ',' || (p > 0 && v.mark[p] === 'close' && v.toks[p - 1]!.text === ',');
    // "Trump unleashed a series of tweets early Friday saying that…": what the document says, its author says
    const document = !afterComma && entry.frame === 'speech' ? documentBefore(v, p) : -1;
    // ("The spot concludes with footage of Trump saying during the debate, “That makes me smart”": the name
    // right before the participle speaks, not the document's subject)
    if (!afterComma && !PARTICIPLE_LEADS.has(prev ?? '')) {
      const named = namedParticiple(v, spans, i, p, cueEnd, cue);
      if (named || document < 0) return named;
    }
    const start = contentStart(v, spans, cueEnd, PARTICIPLE_CUES.includes(entry.base) ? 'object' : entry.frame);
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
    const source = (main && main.end <= anchor!.antecedent!.start ? main : null) ?? anchor?.source ?? (quoteOrThat ? sentenceSubject(v, p === 0 ? v.toks.length : i) : null);
    if (!source) return null;
    // "Ortiz, despite admitting that the levy was high, kept it": an aside ends at its comma
    const aside = PARTICIPLE_LEADS.has(prev ?? '') && p > 0 && v.toks[p - 1]!.text === ',' ? commaAfter(v, cueEnd) : -1;
    return { sentence, cue, cueToken: i, cueEnd, source, content: { start, end: aside > 0 ? v.toks[aside]!.start : v.sentence.end }, placement: 'participle',
      leftEdge: v.toks[p]!.start, rule: 'claims/participle-cue', forward: aside < 0 };
  }

  const before = i - 1;
  const closeBefore = before >= 0 && (v.mark[before] === 'close' || (v.toks[before]!.text === ',' && !v.quoted[before]));
  // "critics would call them…": the subject stands before the modal
  // ("Theresa May said": a capitalized "May" is a name)
  const verbStart = progressive || (prev !== undefined && MODALS.has(prev) && !isCapitalized(v.toks[p]!.text)) ? p : head;
  const fusedWho = contracted > 0 && v.low[p]!.startsWith('who');
  let subject = v.mark[before] === 'close' || fusedWho ? null : contracted ? { from: p, to: p } : subjectBefore(v, verbStart);
  // "an architect who said he was stiffed": the relative pronoun's antecedent speaks
  // "a letter from his doctor that says he is fit": a relative "that" after a document noun
  const relativeThat = prev === 'that' && !progressive && entry.frame === 'speech' && documentBefore(v, p - 1) >= 0;
  // ("the WHO warned": the acronym is a name)
  const who = fusedWho || (!subject && ((prev === 'who' && v.toks[p]!.text !== 'WHO') || prev === 'which' || relativeThat) && !progressive) ? p : -1;
  if (who > 0) subject = subjectEndingAt(v, antecedentEnd(v, who), true);
  // "family members of the victims, many of whom say…": the quantified relative speaks for its antecedent
  const quantified = !subject && who < 0 && !progressive ? quantifiedRelative(v, p) : -1;
  if (quantified > 0) subject = subjectEndingAt(v, antecedentEnd(v, quantified), true);
  const relative = who > 0 ? who : quantified;
  // "research conducted by the Center for Media and Public Affairs found…": from the evidence noun's phrase to the cue
  if (evidence >= 0 && subject && subject.from > evidence && who < 0 && quantified < 0) subject = { from: subjectEndingAt(v, evidence)?.from ?? evidence, to: subject.to };
  // "Farmers who lost their crops said": the phrase before the relative clause speaks
  if (who < 0 && !v.mark[before]) subject = relativeAntecedent(v, verbStart) ?? subject;
  // "“…,” Climate and Environment Minister Marta Lisowska said", "“…,” Smith and Jones said": capitalized words
  // joined by "and" right after the quotation are one subject
  if (subject && who < 0 && quantified < 0) subject = { from: coordinatedStart(v, subject.from), to: subject.to };
  // "A bomb struck a street, wounding five civilians, said Oleksandr Hrytsenko, the head of…": a name that
  // ends the sentence after a comma and the cue speaks; the phrase before the comma is content, no subject
  // ("…, Malkia Cyril, the executive director…, told The Huffington Post.": after "told" the name is the addressee)
  if (subject && who < 0 && quantified < 0 && entry.frame !== 'tell' && v.toks[before]?.text === ',' && !v.quoted[before] && nameEndsSentence(v, cueEnd + 1, notName)) subject = null;
  if (!subject && closeBefore) {
    // "“…,” said Caddell." / "The talks failed, said Mr. Smith."
    const inv = phraseAfter(v, cueEnd + 1, 14, false);
    const end = inv ? inv.to + 1 : -1;
    const ends = inv && (end >= v.toks.length || INVERTED_ENDS.has(v.toks[end]!.text));
    if (inv && ends && looksLikeInvertedSubject(v, inv)) {
      // "said his daughter, Claire Finch-Ortega.": the name in the apposition speaks
      const named = isCapitalized(v.toks[inv.from]!.text) && !DETERMINERS.has(v.low[inv.from]!) ? null : appositiveName(v, end);
      return { sentence, cue, cueToken: i, cueEnd: named?.to ?? inv.to, source: span(v, named ?? inv), content: contentBefore(v, spans, before),
        placement: 'inverted', leftEdge: v.toks[before]!.start, rule: 'quotes/inverted-speaker', forward: false };
    }
  }
  if (!subject) {
    // "said Monday’s session ran… but accused the Afghan delegation of…"
    const anchor = drafts[drafts.length - 1];
    if (prev && COORDINATORS.has(prev)) {
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
        || (entry.frame === 'speech' && next !== undefined && finiteClauseAt(v, cueEnd + 1));
      // ("Egypt relies on the Nile…, according to government figures, and fears that…": the figures fear nothing)
      const anchorSource = anchor && anchor.placement !== 'according' ? anchor.source : null;
      const source = own && (!anchor || v.toks[own.from]!.start > anchor.cue.end) ? span(v, own) : anchorSource ?? (clause ? subjectWithoutVerb(v, sentenceSubject(v, p), entry) : null);
      if (!source) return null;
      const start = contentStart(v, spans, cueEnd, entry.frame);
      if (!start) return null;
      return { sentence, cue, cueToken: i, cueEnd, source, content: { start, end: v.sentence.end }, placement: 'coordinated',
        leftEdge: v.toks[p]!.start, rule: 'claims/coordinated-cue', forward: true };
    }
    return null;
  }
  // ("…, cutting reported revenue by $71 million": a participle after a comma is no subject; the cue is an adjective)
  if (subject.from === subject.to && subject.from > 0 && v.toks[subject.from - 1]!.text === ',' && v.low[subject.from]!.endsWith('ing') && !isCapitalized(v.toks[subject.from]!.text)) return null;
  // "Neither side regularly discloses its losses": a subject naming nobody is no source ("No. 2" is a rank)
  if (NEGATIVE_SUBJECTS.has(v.low[subject.from]!) && v.toks[subject.from + 1]?.kind === 'word') return null;
  // "who" is the source, as "he" is; its antecedent names the actor ("an architect")
  // "…, a charge Akhter rejected": the statement noun is the cue's object, the clause before it no content of the cue
  if (STATEMENT_NOUNS.has(v.low[subject.from + 1] ?? '') && DETERMINERS.has(v.low[subject.from]!) && subject.to > subject.from + 1 && contentStart(v, spans, cueEnd, entry.frame) === null) return null;
  const fused = contracted ? { start: v.toks[p]!.start, end: v.toks[p]!.start + contracted } : null;
  const source = fused ?? (relative > 0 ? span(v, { from: relative, to: p }) : span(v, subject));
  const antecedent = relative > 0 ? span(v, subject) : undefined;
  // a particle's complement is an object whatever the bare verb takes ("voted against the bill", "voted to adjourn")
  let start = contentStart(v, spans, cueEnd, cueEnd > i && entry.frame !== 'speech' ? 'object' : entry.frame);
  if (start === null && (estimate || evidenceShown(v, subject, entry, cueEnd))) start = v.toks[cueEnd + 1]!.start;
  if (start !== null && statesNothing(v, entry, cueEnd)) return null; // "declined to comment", "pleaded not guilty"
  // "“We are relieved,” Ackroyd’s daughter, Susan Whitley, said": the name speaks, the description before it
  // is no content (what comes before it is)
  const from = descriptionStart(v, subject.from);
  const quoteFirst = from > 0 && (v.mark[from - 1] === 'close' || (v.toks[from - 1]!.text === ',' && v.mark[from - 2] === 'close'));
  if (quoteFirst) {
    // "“…,” Mr. Obama said, “and to say…”": one quotation around its attribution
    let reopen = -1;
    for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd < 40; k++) {
      if (v.mark[k] === 'open') {
        reopen = k;
        break;
      }
    }
    const close = v.mark[from - 1] === 'close' ? from - 1 : from - 2;
    const first = v.quoteOf[close]!;
    const opensSentence = opensClause(v.text, v.sentence.start, first);
    if (opensSentence && reopen > 0 && !wordBetween(v, cueEnd + 1, reopen, 'that')) {
      return { sentence, cue, cueToken: i, cueEnd, source, content: { start: first.start, end: v.sentence.end }, placement: 'before',
        leftEdge: first.open, rule: 'claims/interrupted-quote', forward: true };
    }
    // "“…,” Mr. Clarke told some of the miners.": what follows the cue is setting, not content
    if (opensSentence && start !== null && v.low[cueEnd + 1] !== 'that') start = null;
  }
  if (start === null && from === 0) {
    // "“Why…?” Vitter demanded." split after "?”": the quote closing just before the sentence
    const q = quoteAt(spans, v.sentence.start - 1) ?? quoteAt(spans, lastNonSpace(v.text, v.sentence.start));
    if (q && /^\s*$/.test(v.text.slice(q.closeEnd, v.sentence.start)) && !/\n/.test(v.text.slice(q.closeEnd, v.sentence.start))) {
      return { sentence, cue, cueToken: i, cueEnd, source, content: { start: q.start, end: q.end }, placement: 'after', leftEdge: source.start,
        rule: 'claims/content-source-cue', forward: false };
    }
  }
  if (start !== null) {
    // "The ministry, which denied any wrongdoing, closed the case": the clause between the commas
    // ("six people who had refused to leave were later rescued": an infinitive ends at the main clause's verb)
    const aside = relative > 0 && v.toks[relative - 1]!.text === ',' ? commaAfter(v, cueEnd) : relative > 0 && v.low[cueEnd + 1] === 'to' ? finiteAfter(v, cueEnd + 2) : -1;
    return { sentence, cue, cueToken: i, cueEnd, source, content: { start, end: aside > 0 ? v.toks[aside - 1]!.end : v.sentence.end }, placement: 'before',
      leftEdge: appositionHead(v, subject) ?? source.start, rule: 'claims/source-cue-content', forward: aside < 0, antecedent };
  }
  // "As Ms. Lee put it, the plan…", "…, as police have said.": the writer's clause around the "as" clause
  const as = asClauseContent(v, subject.from, cueEnd);
  if (as) {
    return { sentence, cue, cueToken: i, cueEnd, source, content: as.content, placement: 'after', leftEdge: as.leftEdge, rule: 'claims/as-clause',
      forward: as.resume >= 0 || as.content.end === v.sentence.end, resume: as.resume >= 0 ? as.resume : undefined };
  }
  // nothing after the cue: the content is the clause or quote before the subject
  // ("More recently, prosecutors charged two developers…": an opening adverbial is no content)
  const afterQuote = from > 1 && (v.mark[from - 1] === 'close' || v.mark[from - 2] === 'close');
  // ("Marisol Chen, a retired teacher who has volunteered at the branch for 12 years, told…": before a relative
  // "who" stands its antecedent, no content)
  const content = relative < 0 && (afterQuote || cueEndsClause(v, cueEnd, entry.frame === 'tell')) ? contentBefore(v, spans, from - 1) : null;
  const resume = content && clauseBeforeComma(v, from) ? resumeAfterCue(v, cueEnd) : -1;
  if (content && resume >= 0) {
    // "The new bridge, the engineer said, will open next spring": the clause around the attribution
    return { sentence, cue, cueToken: i, cueEnd, source, content: { start: content.start, end: v.sentence.end }, placement: 'after',
      leftEdge: v.toks[from - 1]!.start, rule: 'claims/parenthetical-cue', forward: true, resume: v.toks[resume]!.start };
  }
  return { sentence, cue, cueToken: i, cueEnd, source, content, placement: 'after', leftEdge: from > 0 ? v.toks[from - 1]!.start : source.start,
    rule: 'claims/content-source-cue', forward: false };
}

/**
 * A name right before a speech participle that a quote follows: "footage of
 * Hillary Clinton asking, “Why aren’t I 50 points ahead?”" — the name speaks.
 */
function namedParticiple(v: View, spans: readonly QuotedSpan[], i: number, p: number, cueEnd: number, cue: TextSpan): Draft | null {
  const entry = CUE_WORDS.get(v.low[i]!)!;
  if (p < 1 || p !== i - 1 || entry.frame !== 'speech' || !isCapitalized(v.toks[p]!.text) || v.toks[p]!.kind !== 'word') return null;
  // ("tweets early Friday saying, “…”": a day or month is no speaker)
  if (WEEKDAYS.has(v.low[p]!) || MONTHS.has(v.low[p]!)) return null;
  const quoteNext = v.mark[cueEnd + 1] === 'open' || ((v.low[cueEnd + 1] === ',' || v.low[cueEnd + 1] === ':') && v.mark[cueEnd + 2] === 'open');
  const start = contentStart(v, spans, cueEnd, 'speech');
  if (start === null) return null;
  // "saying during the debate last week, “That makes me smart”": a setting, then the quote
  if (!quoteNext && quoteAt(spans, start)?.open !== start) return null;
  // the run of capitalized words before the participle ("Hillary Clinton", "Mr. Obama"), no further
  let from = p;
  while (from > 0 && p - from < 5 && !v.quoted[from - 1] && (isCapitalized(v.toks[from - 1]!.text) || v.toks[from - 1]!.text === '.')) from--;
  while (from < p && v.toks[from]!.kind === 'punct') from++;
  if (from === 0 && !SPEAKER_PRONOUNS.get(v.low[0]!) && DETERMINERS.has(v.low[0]!)) return null;
  const source = span(v, { from, to: p });
  return { sentence: v.sentence.index, cue, cueToken: i, cueEnd, source, content: { start, end: v.sentence.end }, placement: 'before',
    leftEdge: source.start, rule: 'claims/named-participle', forward: true };
}

const COORDINATED_WORDS = 4;

/**
 * Where a subject starting at token `from` starts when "and" and capitalized words stand before it, right
 * after a closing mark (and its comma) or at the sentence start: "Climate and Environment Minister…".
 */
function coordinatedStart(v: View, from: number): number {
  if (from < 2 || v.low[from - 1] !== 'and' || !isCapitalized(v.toks[from]!.text)) return from;
  let k = from - 2;
  while (k >= 0 && from - 2 - k < COORDINATED_WORDS && !v.quoted[k] && !v.mark[k] && v.toks[k]!.kind === 'word' && isCapitalized(v.toks[k]!.text)) k--;
  if (k === from - 2) return from;
  const afterQuote = k < 0 || v.mark[k] === 'close' || (v.toks[k]!.text === ',' && k > 0 && v.mark[k - 1] === 'close');
  return afterQuote ? k + 1 : from;
}

/**
 * "Ortiz said the city manager, Greg Toller, had told him…": where the description a name is set off from
 * begins, when a cue or its "that" stands right before it (the frame's words begin there, inside the outer
 * content, not at the name after the comma); else undefined.
 */
function appositionHead(v: View, subject: TokenRange): number | undefined {
  if (subject.from < 3 || v.toks[subject.from - 1]!.text !== ',' || v.quoted[subject.from - 1] || v.toks[subject.to + 1]?.text !== ',') return undefined;
  const head = subjectEndingAt(v, subject.from - 2);
  if (!head || head.from < 1) return undefined;
  const before = v.low[head.from - 1]!;
  return before === 'that' || CUE_WORDS.has(before) ? v.toks[head.from]!.start : undefined;
}

const DESCRIPTION_WORDS = 6;

/** Where the description before a name in apposition starts, when a quotation closes right before it; else `from`. */
function descriptionStart(v: View, from: number): number {
  // (a name after a description in lower case: "daughter", "the committee's chairman"; not "…because of “intense”
  // discounting, the company said", where the words before the comma are the content)
  if (from < 2 || v.toks[from - 1]!.text !== ',' || v.quoted[from - 1] || !isCapitalized(v.toks[from]!.text) || SPEAKER_PRONOUNS.has(v.low[from]!)) return from;
  const role = v.toks[from - 2]!;
  if (role.kind !== 'word' || isCapitalized(role.text)) return from;
  let k = from - 2;
  while (k >= 0 && from - 2 - k < DESCRIPTION_WORDS && !v.mark[k] && !v.quoted[k] && (v.toks[k]!.kind === 'word' || !INVERTED_ENDS.has(v.toks[k]!.text))) k--;
  if (k < 0 || k === from - 2) return from;
  // (a noun phrase: a determiner or an owner first, no verb in it; "…” for criminal behavior, Warren said" is content)
  const lead = v.toks[k + 1]!;
  const owner = isCapitalized(lead.text) && (endsInApostropheS(lead.text) || /s['’]$/.test(lead.text) || /^['’]s?$/.test(v.toks[k + 2]?.text ?? ''));
  if (!(DETERMINERS.has(v.low[k + 1]!) || owner)) return from;
  for (let m = k + 1; m < from - 1; m++) if (FINITE_VERBS.has(v.low[m]!) || CUE_WORDS.has(v.low[m]!)) return from;
  return v.mark[k] === 'close' || (v.toks[k]!.text === ',' && k > 0 && v.mark[k - 1] === 'close') ? k + 1 : from;
}

/** A day, a month or a setting word is no name after a cue ("…, said Monday."). */
function notName(w: string): boolean {
  return WEEKDAYS.has(w) || MONTHS.has(w) || SETTING_STARTS.has(w);
}

const RELATIVE_REACH = 8;

/** The last token of the phrase a "who" at token `who` stands for: "Umm Khaled Abu Shamala, 41, who said" skips the age. */
function antecedentEnd(v: View, who: number): number {
  let end = v.toks[who - 1]!.text === ',' ? who - 2 : who - 1;
  if (end > 1 && v.toks[end]!.kind === 'number' && v.toks[end - 1]!.text === ',') end -= 2;
  return end;
}

/** "I laughed and said": a pronoun or a name right before a past verb right before the coordinator at `and`. */
function subjectOfVerbBefore(v: View, and: number): TokenRange | null {
  const verb = and - 1;
  if (verb < 1 || v.quoted[verb] || v.toks[verb]!.kind !== 'word' || !v.low[verb]!.endsWith('ed') || isCapitalized(v.toks[verb]!.text)) return null;
  const w = v.low[verb - 1]!;
  if (v.quoted[verb - 1] || !(SPEAKER_PRONOUNS.has(w) || (isCapitalized(v.toks[verb - 1]!.text) && v.toks[verb - 1]!.kind === 'word'))) return null;
  return subjectEndingAt(v, verb - 1);
}

/** The phrase a "who" clause ending right before token `verb` follows: "Farmers" in "Farmers who lost crops said". */
function relativeAntecedent(v: View, verb: number): TokenRange | null {
  if (verb < 1 || v.toks[verb - 1]!.kind === 'punct') return null; // "X, a minister who is a critic, said": an apposition
  for (let k = verb - 2; k > 0 && verb - k <= RELATIVE_REACH; k--) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return null;
    if (v.low[k] === 'who') return subjectEndingAt(v, k - 1);
    // "A 2014 study that appeared in the journal found…": a relative "that" opens on its verb (a "that"
    // after a cue opens its content: "said that officials found…")
    if (v.low[k] === 'that' && relativeVerb(v.low[k + 1]!) && !CUE_WORDS.has(v.low[k - 1]!)) return subjectEndingAt(v, k - 1);
  }
  return null;
}

/** Does a relative clause's verb look like this word ("appeared", "was", "has")? */
function relativeVerb(w: string): boolean {
  return FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** Does the quote open its sentence or a colon's clause, or follow a full stop the segmenter kept ("…to clear. „Every day…“")? */
function opensClause(text: string, sentenceStart: number, q: QuotedSpan): boolean {
  if (q.open <= sentenceStart) return true;
  let k = q.open;
  while (k > sentenceStart && /\s/.test(text[k - 1]!)) k--;
  // ("…the impact on women: “Her fight has opened the door…,” the union wrote": a colon opens it too)
  return k === sentenceStart || /[.!?:]/.test(text[k - 1]!);
}

/** The first unquoted comma after token `from` that more words follow, or -1. */
function commaAfter(v: View, from: number): number {
  for (let k = from + 1; k < v.toks.length - 2; k++) if (v.toks[k]!.text === ',' && !v.quoted[k] && !v.mark[k + 1]) return k;
  return -1;
}

/**
 * "Egypt relies on the Nile…, and fears that…": the sentence's subject ends before a verb of the cue's own
 * "-s" form that the subject scan took for a noun ("Egypt relies" -> "Egypt").
 */
function subjectWithoutVerb(v: View, subject: Span | null, entry: CueWord): Span | null {
  if (!subject || entry.form !== 's') return subject;
  const last = firstTokenAfter(v, subject.end - 1, false) - 1;
  const w = v.low[last] ?? '';
  if (last < 1 || v.toks[last]!.start < subject.start || isCapitalized(v.toks[last]!.text) || !w.endsWith('s') || w.endsWith('ss')) return subject;
  if (!isCapitalized(v.toks[last - 1]!.text) || !SETTING_STARTS.has(v.low[last + 1] ?? '')) return subject;
  return { start: subject.start, end: v.toks[last - 1]!.end };
}

const STATES = new Set(['dead', 'missing', 'alive', 'lost', 'safe']);
/** A state or a past participle after a belief verb ("believed trapped", "feared dead"), not a cue ("thought said")? */
function stateAfter(w: string): boolean {
  return STATES.has(w) || (w.length > 4 && w.endsWith('ed') && !CUE_WORDS.has(w));
}

const INFINITIVE_REACH = 12;

/** The first unquoted finite verb after token `from`, within a bounded reach, that more words follow; -1 if none. */
function finiteAfter(v: View, from: number): number {
  for (let k = from; k < v.toks.length - 2 && k - from < INFINITIVE_REACH; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return -1;
    if (FINITE_VERBS.has(v.low[k]!)) return k;
  }
  return -1;
}

/** Is `word` among the words of tokens [from, to)? */
function wordBetween(v: View, from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (v.low[k] === word) return true;
  return false;
}

function lastNonSpace(text: string, at: number): number {
  let k = at - 1;
  while (k > 0 && /\s/.test(text[k]!)) k--;
  return k;
}
