// casualties: counts of people killed, wounded… and of violent incidents.
// Each sentence is read for harm verbs ("killed 12"), harm nouns ("2,500 casualties"),
// tolls ("the death toll rose to 45") and parts of a toll ("12 of them children").

import type { Doc, Sentence } from '../../document.js';
import { firstIndex } from '../../document.js';
import type { Stage } from '../../stage.js';
import type { Casualty, Count, TextSpan } from '../../types.js';
import { nounRules, subsetRules, suicideRules, tollRules, verbRules, type Found } from './rules.js';
import type { Range } from './phrases.js';
import { viewOf, type View } from './view.js';
import { settleWeak } from './settle.js';
import { scanSentence } from './trigger.js';

function byStart(a: Found, b: Found): number {
  return a.start - b.start;
}

/**
 * Keeps the first reading of each count: tolls, then verbs, then nouns. Two
 * readings clash when their counts overlap (both have one), else when their
 * phrases overlap. Kept tokens are marked, so a sentence of a thousand tolls
 * ("killed and wounded dozens killed …") costs no pairwise comparison.
 */
function choose(candidates: readonly Found[], length: number): Found[] {
  const kept: Found[] = [];
  if (candidates.length === 0) return kept;
  const counted = new Uint8Array(length + 1); // tokens of kept counts
  const whole = new Uint8Array(length + 1); // tokens of kept phrases
  const uncounted = new Uint8Array(length + 1); // tokens of kept phrases without a count
  const any = (marks: Uint8Array, r: Range): boolean => {
    for (let i = r.start; i < r.end; i++) if (marks[i]) return true;
    return false;
  };
  const mark = (marks: Uint8Array, r: Range): void => {
    for (let i = r.start; i < r.end; i++) marks[i] = 1;
  };
  for (const c of candidates) {
    const clash = c.quantity ? any(counted, c.quantity) || any(uncounted, c) : any(whole, c);
    if (clash) continue;
    kept.push(c);
    if (c.quantity) mark(counted, c.quantity);
    else mark(uncounted, c);
    mark(whole, c);
  }
  return kept;
}

function span(view: View, doc: Doc, range: Range): TextSpan {
  const start = view.tokens[range.start]!.start;
  const end = view.tokens[range.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function countOf(view: View, doc: Doc, f: Found): Count {
  if (f.quantity) {
    const q = f.quantity;
    return { min: q.min, max: q.max, approximate: q.approximate, text: span(view, doc, q).text };
  }
  if (f.one) return { min: 1, max: 1, approximate: false, text: span(view, doc, f.one).text };
  return { min: null, max: null, approximate: false, text: '' };
}

/**
 * The actor mentions that start in a sentence with a toll (`sentences`, in text order), sorted by
 * start: idsWithin reads no other, and an article names far more actors than it has tolls.
 */
function mentionIndex(doc: Doc, sentences: readonly Sentence[]): { start: number; end: number; id: string }[] {
  const list: { start: number; end: number; id: string }[] = [];
  for (const a of doc.actors) {
    for (const m of a.mentions) {
      const k = firstIndex(sentences.length, (i) => sentences[i]!.end > m.start);
      if (k < sentences.length && sentences[k]!.start <= m.start) list.push({ start: m.start, end: m.end, id: a.id });
    }
  }
  return list.sort((a, b) => a.start - b.start);
}

function idsWithin(list: readonly { start: number; end: number; id: string }[], from: number, to: number): string[] {
  const lo = firstIndex(list.length, (i) => list[i]!.start >= from);
  const ids = new Set<string>();
  for (let i = lo; i < list.length && list[i]!.start < to; i++) if (list[i]!.end <= to) ids.add(list[i]!.id);
  return [...ids];
}

/**
 * The part of its sentence a toll is tied to: the whole of any ordinary sentence, but at most
 * REACH characters either side in a run-on one, so a 5 MB line with 10,000 tolls and 10,000
 * dates does not tie every toll to every date (100 million ids).
 */
const REACH = 400;

export const casualties: Stage = {
  name: 'casualties',
  requires: ['sentences', 'actors', 'dates'],
  assigns: ['casualties'],
  run(doc) {
    const found: { view: View; f: Found }[] = [];
    let deathSpoken = false;
    for (const sentence of doc.sentences) {
      if (sentence.tokens.length === 0) continue;
      // most sentences name no harm at all: skip them before building a view
      const scan = scanSentence(sentence.tokens);
      deathSpoken ||= scan.death;
      if (!scan.trigger) continue;
      const view = viewOf(doc, sentence);
      const n = view.tokens.length;
      const chosen = choose(tollRules(view).concat(verbRules(view), nounRules(view), suicideRules(view)), n);
      const subsets = subsetRules(view, chosen.sort(byStart));
      const all = subsets.length > 0 ? choose(chosen.concat(subsets), n).sort(byStart) : chosen;
      for (const f of all) found.push({ view, f });
    }
    doc.casualties = [];
    if (found.length === 0) return;
    // the actor index is built only for articles with a toll, of the sentences with one
    const sentences: Sentence[] = [];
    for (const { view } of found) if (sentences[sentences.length - 1] !== view.sentence) sentences.push(view.sentence);
    const mentions = mentionIndex(doc, sentences);
    settleWeak(found.map((x) => x.f), deathSpoken);
    doc.casualties = found.map(({ view, f }, i): Casualty => {
      const s = span(view, doc, f);
      const from = Math.max(view.sentence.start, s.start - REACH);
      const to = Math.min(view.sentence.end, s.end + REACH);
      return {
        id: `K${i + 1}`,
        start: s.start,
        end: s.end,
        text: s.text,
        kind: f.kind,
        count: countOf(view, doc, f),
        victims: f.victims ? span(view, doc, f.victims) : null,
        actors: idsWithin(mentions, from, to),
        dates: idsWithin(doc.dates, from, to),
        rule: f.rule,
      };
    });
  },
};
