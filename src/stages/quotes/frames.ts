// Attribution frames in one sentence: a cue ("said", "accused", "according to"),
// the span of its source, and the span of its content. Scans tokens, no regexes.

import type { Span, TextSpan } from '../../types.js';
import { EVIDENCE_VERBS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { DENIAL_CUES, REJECTION_CUES, STATEMENT_NOUNS } from '../../lexicon/cue-phrases.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { boundContent, coordinatedClauseAt, firstTokenAfter } from './content-bound.js';
import { firstAtLeast } from '../../document.js';
import { accordingAt, accordingFrame } from './according.js';
import { sharesPerfect, subordinateEdge } from './cue-context.js';
import { namedTermFrames } from './named-term.js';
import { isPossessive, nominalAgentAt, nominalCueAt, POSSESSIVE_PRONOUNS } from './nominal.js';
import { PARTICIPLE_LEADS } from './sentence-subject.js';
import { cueSpan, isCapitalized, quoteAt, type View } from './tokens.js';
import { frameStartOf } from './frame-starts.js';
import { verbFrame } from './verb-frame.js';
import { silentAct } from './silent-acts.js';
import { stanceFrame } from './stance-frame.js';

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

export interface Draft extends Frame {
  cueToken: number;
  cueEnd: number;
  forward: boolean;
  /** a parenthetical cue's content resumes here, after the attribution ("The bridge, he said, will open…") */
  resume?: number;
  /** an act that states nothing ("offered condolences"): it ends earlier contents, then is dropped */
  silent?: boolean;
}

/** Every attribution frame of the sentence in `v`, in text order. */
export function framesOf(v: View, spans: readonly QuotedSpan[]): Frame[] {
  const drafts: Draft[] = [];
  const n = v.toks.length;
  for (let i = 0; i < n; i++) {
    // cues and "according to" are words: punctuation and numbers are no cue
    if (v.quoted[i] || v.mark[i] || v.toks[i]!.kind !== 'word') continue;
    const owned = isPossessive(v.low[i]!) || POSSESSIVE_PRONOUNS.has(v.low[i]!) ? nominalCueAt(v, i) : null;
    // "warnings from his attorney that…": the owner after the noun; inside an earlier content it is part of that claim
    const nominal = owned ?? (STATEMENT_NOUNS.has(v.low[i]!) ? nominalAgentAt(v, i) : null);
    if (nominal) {
      // "Mayor Ortiz’s claim that the fund was empty"
      const cue = cueSpan(v, nominal.cueToken, nominal.cueToken);
      const leftEdge = owned ? nominal.source.start : v.toks[i]!.start;
      drafts.push({ sentence: v.sentence.index, cue, source: nominal.source, content: { start: v.toks[nominal.that + 1]!.start, end: v.sentence.end },
        placement: owned ? 'before' : 'after', leftEdge, rule: owned ? 'claims/nominal-cue' : 'claims/nominal-agent', cueToken: nominal.cueToken, cueEnd: nominal.that, forward: true });
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
    // ("are worried that…", "were convinced the plan…": a participle after "are" is no cue verb, but a stance)
    const d = (entry ? verbFrame(v, spans, i, entry, drafts) : null) ?? (starts.stance ? stanceFrame(v, spans, i, starts.stance) : null);
    if (d && entry && d.rule !== 'claims/stance-adjective' && silentAct(v, entry, d.cueEnd)) d.silent = true;
    if (d) {
      drafts.push(d);
      i = d.cueEnd;
    }
  }
  dropRejections(v, drafts);
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
    && !(o.placement === 'coordinated' && (BACKSHIFTED.has(v.low[o.cueToken - 1] ?? '') || perfectShared(v, o, at > 0 ? drafts[at - 1]! : null) || pastAfterPresent(v, o, at > 0 ? drafts[at - 1]! : null)))
    && !respondentsOf(v, o, at > 0 ? drafts[at - 1]! : null));
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
      // "denounced the United States and extolled…", "disputed that account, and some posted videos": an object (a
      // demonstrative "that" opens one) ends before a coordinated clause or predicate
      const first = firstTokenAfter(v, d.content.start - 1, false);
      if ((CUE_WORDS.get(v.low[d.cueToken]!)?.frame === 'object' || v.low[first] === 'that') && first <= d.cueEnd + 2 && d.rule !== 'claims/passive-agent') {
        const and = coordinatedClauseAt(v, first, firstTokenAfter(v, d.content.end - 1, false));
        if (and > first) d.content = { start: d.content.start, end: v.toks[v.toks[and - 1]!.text === ',' ? and - 2 : and - 1]!.end };
      }
      // a quote opened inside the content runs on past the sentence end ("said, “It’s 3 a.m. Who…?”")
      const q = quoteAt(spans, d.content.end - 1);
      if (q && q.open >= d.content.start && q.closeEnd > d.content.end) d.content = { start: d.content.start, end: q.closeEnd };
    }
  }
  // "in what it called “ill-gotten gains”": a named term's frame comes last, bounding no content
  const named = namedTermFrames(v, spans);
  if (named.length > 0) drafts.push(...named);
  // drafts carry working fields more than a Frame; nothing outputs a frame whole
  return drafts.some((d) => d.silent) ? drafts.filter((d) => !d.silent) : drafts;
}

/**
 * "…, rejecting his argument that he had been misled": a rejection whose object is someone's claim states nothing of
 * its own; the claim is its owner's (the nominal frame). (BLIND10 C2)
 */
function dropRejections(v: View, drafts: Draft[]): void {
  for (let at = drafts.length - 2; at >= 0; at--) {
    const d = drafts[at]!;
    const next = drafts[at + 1]!;
    if (next.rule === 'claims/nominal-cue' && d.content?.start === next.leftEdge && REJECTION_CUES.has(CUE_WORDS.get(v.low[d.cueToken]!)?.base ?? '')) drafts.splice(at, 1);
  }
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
  // ("denied that it had spread false information and insisted that…": what a denial says is denied; a second cue after
  // it is the speaker's own act, BLIND16 C6)
  if (!anchor || DENIAL_CUES.has(CUE_WORDS.get(v.low[before.cueToken]!)?.base ?? '')) return false;
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

/**
 * "The poll found Esposito leading among voters under 35, but only about half of them said they were certain to
 * vote": a share of those a finding counts ("half of them", "most of those") speaks inside what was found (BLIND12 C3).
 */
function respondentsOf(v: View, o: Draft, before: Draft | null): boolean {
  if (!o.source || !before?.content || !EVIDENCE_VERBS.has(CUE_WORDS.get(v.low[before.cueToken]!)?.base ?? '')) return false;
  const last = firstTokenAfter(v, o.source.end - 1, true);
  return last > 1 && v.low[last - 1] === 'of' && (v.low[last] === 'them' || v.low[last] === 'those');
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

/** Frames nested in a content that stay inside it; the next one ends it. */
const MAX_NESTED = 2;
