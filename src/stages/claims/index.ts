// claims: every statement, direct, reported or the article's own, with its source.
// One claim per frame (source + cue); quotes whose speaker came from elsewhere
// (carry-over, dash sign-off, lead-in) make quote claims; every other body
// sentence is an assertion in the article's own voice.

import type { Doc } from '../../document.js';
import { firstIndex, sentenceAt } from '../../document.js';
import type { Stage } from '../../stage.js';
import type { Claim, Quote, Span } from '../../types.js';
import { analyse } from '../quotes/analyse.js';
import { isHedged } from './hedged.js';
import { NAMED_TERM_RULE } from '../quotes/named-term.js';
import { idsInside, indexContents } from './contents.js';
import { clauseBeforeQuote, type Draft, interruptedQuote, quoteFilling, quotesFilling } from './quote-pieces.js';
import { nestedFrame, relativeWish } from './frame-filters.js';
import { datelineEnd, labelEnd } from '../segment/dateline.js';

const HEADLINE_RULES: ReadonlySet<string> = new Set(['claims/headline-cue', 'claims/headline-label']);

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
    const pieces = frame.rule === 'claims/interrupted-quote' ? interruptedQuote(doc, frame, source)
      : frame.rule === 'claims/clause-before-quote' ? clauseBeforeQuote(doc, frame, source) : null;
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
