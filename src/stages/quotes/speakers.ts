// Who speaks each quote: the frame whose content holds it, a dash sign-off, a
// colon lead-in, the previous quote's speaker (carry-over), or the speaker
// named in the sentence just before; nicknames and scare quotes get nobody.

import type { Doc } from '../../document.js';
import { sentenceAt } from '../../document.js';
import type { QuoteKind, SourceRef, TextSpan } from '../../types.js';
import { DOCUMENT_NOUNS, EVIDENCE_NOUNS, MUTE_SOURCES, SCARE_LEADS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import type { Analysis, Attribution } from './analyse.js';
import type { QuotedSpan } from './marks.js';
import { linkActor } from './link.js';
import { NAMED_TERM_RULE } from './named-term.js';
import { askerBefore, speakerBefore, startsParagraph } from './carried-speaker.js';

export interface SpokenQuote {
  span: QuotedSpan;
  speaker: SourceRef | null;
  cue: TextSpan | null;
  kind: QuoteKind;
  rule: string;
  /** true when a frame's content holds the quote: its claim comes from the frame */
  framed: boolean;
}

const SCARE_WORDS = 4;
const DASH_SIGNOFF = /^[ \t\u00a0]*[—–―-][ \t\u00a0]*/u;
const SIGNOFF_NAME = /^\p{Lu}[\p{L}.’'-]*(?:[ \u00a0]\p{Lu}[\p{L}.’'-]*){0,4}/u;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The word before the opening mark, lower-cased: "so-called", "dubbed". */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  let b = e;
  while (b > 0 && /[\p{L}-]/u.test(text[b - 1]!)) b--;
  return text.slice(b, e).toLowerCase();
}

/**
 * Does `before` end with a word holding a capital, then one space ("John ")? A walk back
 * over the word, not /\p{Lu}[\p{L}.]*\s$/u, which backtracks polynomially (recheck).
 */
function capitalWordBeforeSpace(before: string): boolean {
  // (a full stop before the space ends a sentence: "…spoke on Monday. “The dam is ours,” Smith said" is no nickname)
  if (!/\s$/.test(before) || !/\p{L}/u.test(before[before.length - 2] ?? '')) return false;
  for (let i = before.length - 2; i >= 0 && /[\p{L}.]/u.test(before[i]!); i--) {
    if (/\p{Lu}/u.test(before[i]!)) return true;
  }
  return false;
}

/** "John “The Hammer” Smith": capitalized words hug both marks. */
function isNickname(text: string, q: QuotedSpan): boolean {
  const before = text.slice(Math.max(0, q.open - 30), q.open);
  const after = text.slice(q.closeEnd, q.close + 30);
  return capitalWordBeforeSpace(before) && /^\s\p{Lu}/u.test(after) && wordCount(text.slice(q.start, q.end)) <= SCARE_WORDS;
}

function kindOf(doc: Doc, q: QuotedSpan): QuoteKind {
  const inner = doc.text.slice(q.start, q.end);
  if (!/^[\s…."'“‘(\[-]*[\p{Lu}\p{N}]/u.test(inner)) return 'partial';
  const s = sentenceAt(doc, q.open);
  let k = q.open;
  while (k > 0 && /\s/.test(doc.text[k - 1]!)) k--;
  const lead = doc.text[k - 1];
  if (!s || q.open <= s.start || lead === ':' || lead === ',' || q.lastParagraph > q.paragraph) return 'full';
  return /[.!?,]["”’]?$/.test(inner) && wordCount(inner) > SCARE_WORDS ? 'full' : 'partial';
}

/** "“We are done.” — Jane Doe, union spokeswoman": the name after a dash. */
function dashSignoff(doc: Doc, analysis: Analysis, q: QuotedSpan): SourceRef | null {
  const rest = doc.text.slice(q.closeEnd, q.closeEnd + 120);
  const dash = DASH_SIGNOFF.exec(rest);
  if (!dash) return null;
  const name = SIGNOFF_NAME.exec(rest.slice(dash[0].length));
  if (!name) return null;
  const start = q.closeEnd + dash[0].length;
  const span = { start, end: start + name[0].length };
  const actor = linkActor(analysis.index, doc.text, span);
  return { actor: actor?.id ?? null, text: name[0], ...span };
}

/**
 * The frame (of attributions[from..to)) whose content holds the quote, the tightest first; but
 * a thought or an evidence verb inside what someone said does not take the quote from them:
 * "Whitley said the family felt “some measure of justice”", "Thornley told the defendants they
 * had shown “a callous indifference…”" are Whitley's and Thornley's words.
 */
function framing(attributions: readonly Attribution[], from: number, to: number, q: QuotedSpan): Attribution | null {
  let best: Attribution | null = null;
  let spoken: Attribution | null = null;
  const size = (a: Attribution): number => a.frame.content!.end - a.frame.content!.start;
  for (let k = from; k < to; k++) {
    const a = attributions[k]!;
    const c = a.frame.content;
    if (!c || !a.source || c.start > q.start || c.end < q.end) continue;
    if (!best || size(a) < size(best)) best = a;
    if (saysWords(a) && !speaksNot(a) && (!spoken || size(a) < size(spoken))) spoken = a;
  }
  return best && spoken && (!saysWords(best) || speaksNot(best)) && spoken.frame.source!.start < best.frame.cue.start ? spoken : best;
}

/** The run of ASCII letters that ends `text`, lower-cased ("vote" in "the committee's split vote"); a walk back, no regex. */
function lastWord(text: string): string {
  const low = text.toLowerCase();
  let b = low.length;
  while (b > 0 && low.charCodeAt(b - 1) >= 97 && low.charCodeAt(b - 1) <= 122) b--;
  return low.slice(b);
}

/**
 * Is the frame's source a thing that cannot speak the quotation: "van Wyk said the committee's split vote
 * suggested the easing cycle was “probably over”" (a vote, data, a report: the outer speaker's words).
 */
function speaksNot(a: Attribution): boolean {
  const head = lastWord(a.source!.text);
  return EVIDENCE_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || MUTE_SOURCES.has(head);
}

/** Is the frame's cue a verb of saying ("said", "told"), not of thinking or showing ("felt", "showed")? */
function saysWords(a: Attribution): boolean {
  const word = a.frame.cue.text.split(' ')[0]!.toLowerCase();
  const frame = CUE_WORDS.get(word)?.frame;
  return frame === 'speech' || frame === 'tell';
}

const NAMED_REACH = 60;

/** The named-term frame ("what it called “…”") whose content is the quote, with a source; null if none. */
function namedTerm(attributions: readonly Attribution[], from: number, q: QuotedSpan): Attribution | null {
  for (let k = from; k < attributions.length && k - from < NAMED_REACH; k++) {
    const a = attributions[k]!;
    if (a.frame.cue.start > q.open) break;
    if (a.frame.rule === NAMED_TERM_RULE && a.source && a.frame.content?.start === q.start) return a;
  }
  return null;
}

/** Speaker, cue and kind of every quoted span, in text order. */
export function assignSpeakers(doc: Doc, analysis: Analysis): SpokenQuote[] {
  const out: SpokenQuote[] = [];
  const byParagraph = analysis.attributions;
  let frameFrom = 0;
  for (const q of analysis.spans) {
    const inner = doc.text.slice(q.start, q.end);
    const lead = wordBefore(doc.text, q.open);
    // frames are in text order: skip those that end before this quote
    while (frameFrom < byParagraph.length && (byParagraph[frameFrom]!.frame.cue.end < q.open - 2000)) frameFrom++;
    // "in what it called “ill-gotten gains,”": the term is the namer's
    const named = SCARE_LEADS.has(lead) || lead === 'as' ? namedTerm(byParagraph, frameFrom, q) : null;
    if (named) {
      out.push({ span: q, speaker: named.source, cue: named.frame.cue, kind: kindOf(doc, q), rule: 'quotes/what-called', framed: true });
      continue;
    }
    const term = isNickname(doc.text, q) || (SCARE_LEADS.has(lead) && wordCount(inner) <= SCARE_WORDS);
    // (a term after no cue word is a term whatever frame holds it: its frame is not looked for)
    const calledLead = SCARE_LEADS.has(lead) && CUE_WORDS.has(lead);
    const frame = term && !calledLead ? null : framing(byParagraph, frameFrom, Math.min(byParagraph.length, frameFrom + 60), q);
    // "in a ruling that lawyers for the villagers called “a turning point.”": the cue's own frame holds the quote
    const called = frame !== null && calledLead && frame.frame.cue.text.toLowerCase() === lead
      && /^\s*$/.test(doc.text.slice(frame.frame.cue.end, q.open));
    if (!called && term) {
      out.push({ span: q, speaker: null, cue: null, kind: 'scare', rule: 'quotes/scare-term', framed: false });
      continue;
    }
    const kind = kindOf(doc, q);
    if (frame) {
      out.push({ span: q, speaker: frame.source, cue: frame.frame.cue, kind, rule: frame.frame.rule.replace(/^claims\//, 'quotes/'), framed: true });
      continue;
    }
    const signoff = dashSignoff(doc, analysis, q);
    if (signoff) {
      out.push({ span: q, speaker: signoff, cue: null, kind: 'full', rule: 'quotes/dash-signoff', framed: false });
      continue;
    }
    const prev = out[out.length - 1];
    const sameParagraph = prev && prev.span.lastParagraph === q.paragraph;
    const nextParagraph = prev && prev.span.lastParagraph === q.paragraph - 1 && startsParagraph(doc, q);
    if (kind === 'full' && prev?.speaker && (sameParagraph || nextParagraph)) {
      // "“When?” Okonjo asked. ¶ “In May,” Hollins replied. ¶ “You would have to check?”": after a reply to a
      // question, a new paragraph is the asker's turn (BLIND11 Q1); otherwise the speaker goes on
      // "“If Haibatullah…,” Yousafzai warned. “Even if it causes…”"
      const asker = nextParagraph ? askerBefore(out) : null;
      out.push({ span: q, speaker: asker ?? prev.speaker, cue: null, kind, rule: asker ? 'quotes/exchange' : 'quotes/carry-over', framed: false });
      continue;
    }
    const previous = kind === 'full' ? speakerBefore(doc, analysis, q) : null;
    if (previous) {
      out.push({ span: q, speaker: previous, cue: null, kind, rule: 'quotes/previous-sentence', framed: false });
      continue;
    }
    const scare = kind === 'partial' && wordCount(inner) <= SCARE_WORDS;
    out.push({ span: q, speaker: null, cue: null, kind: scare ? 'scare' : kind, rule: scare ? 'quotes/scare-unattributed' : 'quotes/unattributed', framed: false });
  }
  return out;
}
