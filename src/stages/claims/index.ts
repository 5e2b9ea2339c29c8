// claims: every statement, direct, reported or the article's own, with its source.
// One claim per frame (source + cue); quotes whose speaker came from elsewhere
// (carry-over, dash sign-off, lead-in) make quote claims; every other body
// sentence is an assertion in the article's own voice.

import type { Doc } from '../../document.js';
import { firstIndex, sentenceAt } from '../../document.js';
import type { Stage } from '../../stage.js';
import type { Claim, ClaimKind, Quote, SourceRef, Span, TextSpan } from '../../types.js';
import { analyse, type Attribution } from '../quotes/analyse.js';
import type { Frame } from '../quotes/frames.js';
import { isHedged } from './hedged.js';
import { NAMED_TERM_RULE } from '../quotes/named-term.js';
import { idsInside, indexContents } from './contents.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { WISH_VERBS } from '../../lexicon/cue-phrases.js';
import { datelineEnd, labelEnd } from '../segment/dateline.js';

interface Draft {
  span: Span;
  sentence: number;
  kind: ClaimKind;
  source: SourceRef | null;
  cue: TextSpan | null;
  rule: string;
}

/** The first quote ending after `at`, by binary search (no closure per frame). */
function firstEndingAfter(list: readonly Quote[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The quote whose words make up (nearly) all of a content span: "“open war,”". */
function quoteFilling(doc: Doc, c: Span): Span | null {
  const list = doc.quotes;
  for (let k = Math.max(0, firstEndingAfter(list, c.start) - 1); k < list.length; k++) {
    const q = list[k]!;
    if (q.start > c.end) break;
    const inside = Math.min(q.end, c.end) - Math.max(q.start, c.start);
    // not a quote far longer than the content: one turn inside a transcript quoted whole
    const notLonger = q.end - q.start <= 2 * (c.end - c.start) + 8;
    if (inside > 0 && inside >= (c.end - c.start) - 4 && notLonger) return q;
  }
  return null;
}

// what may stand between the quotes that make up a content: marks, stops, spaces
const BETWEEN_QUOTES = /^["'“”‘’«»„\s.,;:!?]*$/u;

/** Two or more quotes that together make up a content span (and nothing but marks between them), or null. */
function quotesFilling(doc: Doc, c: Span): Quote[] | null {
  const list = doc.quotes;
  const inside: Quote[] = [];
  let at = c.start;
  for (let k = firstEndingAfter(list, c.start); k < list.length; k++) {
    const q = list[k]!;
    if (q.start >= c.end) break;
    if (q.start < c.start || q.end > c.end) return null;
    if (!BETWEEN_QUOTES.test(doc.text.slice(at, q.start))) return null;
    inside.push(q);
    at = q.end;
  }
  return inside.length >= 2 && BETWEEN_QUOTES.test(doc.text.slice(at, c.end)) ? inside : null;
}

// a bounded run of closing marks, stops and spaces
const CLOSING_TAIL = /^["'”’»)\]\s.!?,;]{0,8}$/u;

/**
 * "“Tonight the country chose change,” Quesada told supporters, “and I will govern for all.”":
 * one claim per quoted stretch, the attribution between them in neither.
 */
function interruptedQuote(doc: Doc, frame: Frame, source: SourceRef): Draft[] | null {
  const content = frame.content!;
  let first: Quote | undefined;
  let second: Quote | undefined;
  for (let k = firstEndingAfter(doc.quotes, content.start); k < doc.quotes.length && !second; k++) {
    const q = doc.quotes[k]!;
    if (q.start >= content.end) break;
    if (q.start < content.start || q.end > content.end) continue;
    if (!first) first = q;
    else if (q.start > frame.cue.end) second = q;
  }
  const base = { sentence: frame.sentence, kind: 'quote' as const, source, cue: frame.cue, rule: 'claims/interrupted-quote' };
  if (!first || first.end > frame.cue.start) return null;
  // "“We can’t afford this,” Trump said, adding later, “NATO is costing us…”": the second quotation is the
  // participle's, which ends this content; the first is this frame's claim, the attribution after it no part of it
  if (!second) return [{ ...base, span: { start: first.start, end: first.end } }];
  return [
    { ...base, span: { start: first.start, end: first.end } },
    // the closing mark and full stop after the last quote are no words of it
    { ...base, span: { start: second.start, end: CLOSING_TAIL.test(doc.text.slice(second.end, content.end)) ? second.end : content.end } },
  ];
}

const HEADLINE_RULES: ReadonlySet<string> = new Set(['claims/headline-cue', 'claims/headline-label']);
// how many earlier frames of the sentence are asked whether they hold a frame (a long run-on
// sentence of frames stays linear)
const OUTER_REACH = 8;

/**
 * Is frame `a` part of what an earlier frame of its sentence reports? "Wenzl said the vote showed that
 * the coalition remained fragile", "Fenwick said he hoped the sentences would…", "told the defendants they
 * had shown “…”": the speaker's claim holds the inner one, which is no statement of its own source.
 * (PolNeAR marks both; of the 131 inner frames of its dev set, 107 matched nothing.)
 */
function nestedFrame(list: readonly Attribution[], a: number): boolean {
  const inner = list[a]!.frame;
  // "according to the health ministry, which said…": the relative clause is its source's own statement;
  // "Critics rejected Mayor Ortiz’s claim that…": a statement named with its owner is the owner's
  // "…, while Ivory Coast and Benin warned that…": a contrast keeps its own claim
  if (inner.antecedent || inner.contrast || inner.rule === 'claims/nominal-cue') return false;
  // "De Smet said the rider had told him before the Tour that he was finally riding…": a telling reported is
  // a statement with its own speaker, which the fixtures' gold marks beside the outer one
  // (a past telling only: "…says she tells Trump Clinton could…", "would tell its story" stay inside; PolNeAR dev
  // matched none of those three)
  const entry = CUE_WORDS.get(inner.cue.text.toLowerCase());
  const told = entry?.base === 'tell' && (entry.form === 'past' || entry.form === 'participle') && inner.source !== null;
  for (let b = a - 1; b >= 0 && a - b <= OUTER_REACH; b--) {
    const outer = list[b]!;
    const f = outer.frame;
    if (f.sentence !== inner.sentence) break;
    if (!outer.source || !f.content || f.cue.start >= inner.cue.start) continue;
    // "…, according to the ministry, while Israel's military said…": that content is the sentence around it
    if (f.placement === 'according') continue;
    if (f.content.start <= inner.cue.start && inner.cue.end <= f.content.end) {
      // (its source inside the outer content: not "Police say his wife told…", "said Tuesday his government told…")
      return !(told && f.content.start <= inner.source!.start && f.cue.end <= inner.source!.start);
    }
  }
  return false;
}

/**
 * "a developer who wanted to build vacation homes", "Those who wish to remain anonymous can call…": a wish in a
 * relative clause describes its antecedent, and states nothing of its own (BLIND8). (A refusal there is an act
 * PolNeAR marks: "Cruz, who pointedly refused to endorse Trump" stays a claim.)
 */
function relativeWish(frame: Frame): boolean {
  if (frame.antecedent === undefined) return false;
  const entry = CUE_WORDS.get(frame.cue.text.split(' ', 1)[0]!.toLowerCase());
  return entry?.frame === 'intention' && WISH_VERBS.has(entry.base);
}

function sameParagraph(doc: Doc, a: Span, b: Span): boolean {
  const sa = sentenceAt(doc, a.start);
  const sb = sentenceAt(doc, b.start);
  return sa !== undefined && sb !== undefined && sa.paragraph === sb.paragraph;
}

export function buildClaims(doc: Doc): Claim[] {
  // the quotes stage's analysis (pure in the text and actors), else our own
  const analysis = doc.attribution ?? analyse(doc);
  const drafts: Draft[] = [];
  const list = analysis.attributions;
  for (let a = 0; a < list.length; a++) {
    const { frame, source } = list[a]!;
    if (!frame.content || !source || frame.content.end <= frame.content.start) continue;
    // a headline is no body text: its claims are the body's to make (OUTPUT.md)
    // "in what it called “ill-gotten gains”": a quoted name for a thing, no statement
    if (HEADLINE_RULES.has(frame.rule) || frame.rule === NAMED_TERM_RULE) continue;
    if (nestedFrame(list, a)) continue;
    if (relativeWish(frame)) continue;
    const pieces = frame.rule === 'claims/interrupted-quote' ? interruptedQuote(doc, frame, source) : null;
    if (pieces) {
      drafts.push(...pieces);
      continue;
    }
    // "“I had no role….¶“I will co-operate fully…,” she said.": a quotation over paragraphs is one quote per paragraph
    const several = quotesFilling(doc, frame.content);
    if (several) {
      for (const q of several) drafts.push({ span: { start: q.start, end: q.end }, sentence: frame.sentence, kind: 'quote', source, cue: frame.cue, rule: 'claims/quote-frame' });
      continue;
    }
    const quoted = quoteFilling(doc, frame.content);
    drafts.push({
      span: quoted ? { start: quoted.start, end: quoted.end } : frame.content,
      sentence: frame.sentence,
      kind: quoted ? 'quote' : 'reported',
      source,
      cue: frame.cue,
      rule: quoted ? 'claims/quote-frame' : frame.rule,
    });
  }
  // quotes attributed without a frame of their own
  // frame contents sorted by start, with the furthest end so far: "is this quote inside one?" in log time
  const covers = drafts.map((d) => d.span).sort((a, b) => a.start - b.start);
  const reachOf: number[] = [];
  for (const c of covers) reachOf.push(Math.max(c.end, reachOf[reachOf.length - 1] ?? -1));
  const quoteClaims = new Map(drafts.filter((d) => d.kind === 'quote').map((d) => [d.span.end, d] as const));
  const framedBy = new Set(drafts.filter((d) => d.kind === 'quote').map((d) => d.span.start));
  const last: Array<{ quote: Quote; claim: Draft | undefined }> = [];
  for (const q of doc.quotes) {
    const prior = last[last.length - 1];
    const entry = { quote: q, claim: quoteClaims.get(q.end) ?? (q.rule === 'quotes/carry-over' ? prior?.claim : undefined) };
    last.push(entry);
    if (!q.speaker || q.kind !== 'full' || framedBy.has(q.start)) continue;
    const s = sentenceAt(doc, q.start);
    if (!s) continue;
    const before = firstIndex(covers.length, (i) => covers[i]!.start > q.start) - 1;
    if (before >= 0 && reachOf[before]! >= q.end) continue;
    // "“A,” she said. “B.”": B is a statement of its own by the same speaker (a claim's content is one
    // stretch of text; PolNeAR marks A and B as one attribution, the fixtures' gold as two)
    const continued = q.rule === 'quotes/carry-over' && prior?.claim && sameParagraph(doc, prior.quote, q);
    entry.claim = continued
      ? { span: q, sentence: s.index, kind: 'quote', source: prior.claim!.source, cue: prior.claim!.cue, rule: 'claims/quote-continued' }
      : { span: q, sentence: s.index, kind: 'quote', source: q.speaker, cue: q.cue, rule: 'claims/quote-speaker' };
    drafts.push(entry.claim);
  }
  // the article's own voice: sentences no claim covers
  const claimed = new Uint8Array(doc.sentences.length);
  for (const d of drafts) claimed[d.sentence] = 1;
  const quoteSpans = drafts.filter((d) => d.kind === 'quote').map((d) => d.span).sort((a, b) => a.start - b.start);
  let reach = -1; // the furthest end of the quote claims that start before this sentence
  let k = 0;
  for (const s of doc.sentences) {
    while (k < quoteSpans.length && quoteSpans[k]!.start <= s.start + 1) reach = Math.max(reach, quoteSpans[k++]!.end);
    if (!s.body || claimed[s.index] === 1) continue;
    if (reach >= s.end - 2) continue; // a sentence inside a quoted claim
    drafts.push({ span: s, sentence: s.index, kind: 'assertion', source: null, cue: null, rule: 'claims/assertion-sentence' });
  }
  drafts.sort((a, b) => a.sentence - b.sentence || a.span.start - b.span.start);
  afterDateline(doc, drafts);
  const contents = indexContents(doc);
  return drafts.map((d, i) => {
    const text = doc.text.slice(d.span.start, d.span.end);
    const ids = idsInside(contents, d.span);
    return {
      id: `C${i + 1}`,
      start: d.span.start,
      end: d.span.end,
      text,
      sentence: d.sentence,
      kind: d.kind,
      source: d.source,
      cue: d.cue,
      hedged: isHedged(doc.text, d.span.start, d.span.end),
      actors: ids.actors,
      dates: ids.dates,
      casualties: ids.casualties,
      quotes: ids.quotes,
      rule: d.rule,
    };
  });
}

/**
 * "SITAMARHI, India (Reuters) — At least 38 people were killed, officials said": a claim that
 * opens the story's first body sentence starts after its dateline (the sentence keeps it); one that
 * opens a paragraph after a live page's entry label ("6:40 p.m.: The toll rose to 64") after the label.
 */
function afterDateline(doc: Doc, drafts: Draft[]): void {
  const first = doc.sentences.find((s) => s.body);
  if (!first) return;
  const starts = new Map<number, number>();
  const dateline = datelineEnd(doc.text, first.start, first.end);
  if (dateline > first.start) starts.set(first.index, dateline);
  for (const s of doc.sentences) {
    if (!s.body || s.start !== doc.paragraphs[s.paragraph]!.start || starts.has(s.index)) continue;
    const label = labelEnd(doc.text, s.start, s.end);
    if (label > s.start) starts.set(s.index, label);
  }
  if (starts.size === 0) return;
  for (const d of drafts) {
    const start = starts.get(d.sentence);
    if (start !== undefined && d.span.start === doc.sentences[d.sentence]!.start && d.span.end > start) d.span = { start, end: d.span.end };
  }
}

export const claims: Stage = {
  name: 'claims',
  requires: ['sentences', 'actors', 'dates', 'casualties', 'quotes'],
  assigns: ['claims'],
  run(doc) {
    doc.claims = buildClaims(doc);
  },
};
