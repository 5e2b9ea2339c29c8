// casualties: counts of people killed, wounded… and of violent incidents.
// Each sentence is read for harm verbs ("killed 12"), harm nouns ("2,500 casualties"),
// tolls ("the death toll rose to 45") and parts of a toll ("12 of them children").

import type { Doc, Sentence } from '../../document.js';
import { firstIndex, spanAt } from '../../document.js';
import type { Stage } from '../../stage.js';
import type { Casualty, Count, TextSpan } from '../../types.js';
import { COMPUTED_RULES, verbRules, type Found } from './rules.js';
import { nounRules, ofTheHurtRules } from './nouns.js';
import { groupTollRules } from './group-tolls.js';
import { subsetRules, suicideRules, tollRules } from './tolls.js';
import type { Range } from './phrases.js';
import { viewOf, type View } from './view.js';
import { settleWeak } from './settle.js';
import { labelRules } from './labels.js';
import { BONE, CARRIED, CONDITION, DEATH, hitByGunfire, LIFE, LOSS, NOUN, RECOVERY, scanSentence, staying, SURVIVAL, TOLL, triggered, VERB, WITH, WOUND } from './trigger.js';
import { woundRules } from './wound.js';
import { carriedToll } from './carried.js';
import { lossRules } from './losses.js';
import { boneRules } from './bones.js';
import { remainders, type Placed } from './remainder.js';
import { tallies } from './tally.js';

function byStart(a: Found, b: Found): number {
  return a.start - b.start;
}

/** The readings sorted by start (a stable sort); one reading is left alone, as sort would copy it. */
function inOrder(readings: Found[]): Found[] {
  return readings.length > 1 ? readings.sort(byStart) : readings;
}

const COUNTED = 1; // a token of a kept count
const WHOLE = 2; // a token of a kept phrase
const UNCOUNTED = 4; // a token of a kept phrase without a count

/** Does any token of r carry the mark? */
function marked(marks: Uint8Array, r: Range, mark: number): boolean {
  for (let i = r.start; i < r.end; i++) if (marks[i]! & mark) return true;
  return false;
}

function markAll(marks: Uint8Array, r: Range, mark: number): void {
  for (let i = r.start; i < r.end; i++) marks[i]! |= mark;
}

/**
 * Keeps the first reading of each count: tolls, then verbs, then nouns. Two
 * readings clash when their counts overlap (both have one), else when their
 * phrases overlap. Kept tokens are marked, so a sentence of a thousand tolls
 * ("killed and wounded dozens killed …") costs no pairwise comparison.
 */
function choose(candidates: Found[], length: number): Found[] {
  // a lone reading clashes with nothing (most sentences with a toll have one)
  if (candidates.length <= 1) return candidates;
  const kept: Found[] = [];
  const marks = new Uint8Array(length + 1);
  for (const c of candidates) {
    const clash = c.quantity ? marked(marks, c.quantity, COUNTED) || marked(marks, c, UNCOUNTED) : marked(marks, c, WHOLE);
    if (clash) continue;
    kept.push(c);
    markAll(marks, c.quantity ?? c, c.quantity ? COUNTED : UNCOUNTED);
    markAll(marks, c, WHOLE);
  }
  return kept;
}

function span(view: View, doc: Doc, range: Range): TextSpan {
  const start = view.tokens[range.start]!.start;
  const end = view.tokens[range.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function textOf(view: View, doc: Doc, range: Range): string {
  return doc.text.slice(view.tokens[range.start]!.start, view.tokens[range.end - 1]!.end);
}

function countOf(view: View, doc: Doc, f: Found): Count {
  if (f.quantity) {
    const q = f.quantity;
    return { min: q.min, max: q.max, approximate: q.approximate, text: COMPUTED_RULES.has(f.rule) ? '' : textOf(view, doc, q) };
  }
  if (f.one) return { min: 1, max: 1, approximate: false, text: textOf(view, doc, f.one) };
  return { min: null, max: null, approximate: false, text: '' };
}

/**
 * The actor mentions that start in a sentence with a toll (`sentences`, in text order), sorted by
 * start: idsWithin reads no other, and an article names far more actors than it has tolls.
 */
function mentionIndex(doc: Doc, sentences: readonly Sentence[]): { start: number; end: number; id: string }[] {
  const list: { start: number; end: number; id: string }[] = [];
  for (const a of doc.actors) {
    for (const m of a.mentions) if (spanAt(sentences, m.start)) list.push({ start: m.start, end: m.end, id: a.id });
  }
  return list.sort((a, b) => a.start - b.start);
}

/**
 * The ids of the items that lie inside [from, to), in text order, once each. `given` holds, per id,
 * the last toll it was given to: no Set per toll, and no quadratic search in a window of many ids.
 */
function idsWithin(list: readonly { start: number; end: number; id: string }[], from: number, to: number, given: Map<string, number>, toll: number): string[] {
  const lo = firstIndex(list.length, (i) => list[i]!.start >= from);
  const ids: string[] = [];
  for (let i = lo; i < list.length && list[i]!.start < to; i++) {
    const it = list[i]!;
    if (it.end <= to && given.get(it.id) !== toll) {
      given.set(it.id, toll);
      ids.push(it.id);
    }
  }
  return ids;
}

/** The readings with computed ones (remainder.ts, tally.ts), each placed after the reading it starts with. */
function placedAfter(found: Placed[], extra: readonly Placed[]): Placed[] {
  if (extra.length === 0) return found;
  const all: Placed[] = [];
  let e = 0;
  for (const p of found) {
    all.push(p);
    while (e < extra.length && extra[e]!.view === p.view && extra[e]!.f.start === p.f.start && extra[e]!.at === p.at) all.push(extra[e++]!);
  }
  return all;
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
    let found: Placed[] = [];
    let deathSpoken = false;
    let recoverySpoken = false;
    const list = doc.sentences;
    for (let k = 0; k < list.length; k++) {
      const sentence = list[k]!;
      if (sentence.tokens.length === 0) continue;
      // most sentences name no harm at all: skip them before building a view
      const cues = scanSentence(sentence.tokens);
      if (cues & DEATH) deathSpoken = true;
      if (cues & RECOVERY) recoverySpoken = true;
      // "By Tuesday the number had climbed to 287": a toll of the kind read in the sentence before (carried.ts)
      const last = found[found.length - 1];
      const carrying = (cues & CARRIED) !== 0 && last !== undefined && last.at === k - 1;
      if (!triggered(cues) && !carrying) continue;
      // "was shot in the leg and is expected to recover": a survival cue, and no death cue
      const view = viewOf(doc, sentence, (cues & SURVIVAL) !== 0 && (cues & DEATH) === 0, (cues & DEATH) !== 0);
      const n = view.tokens.length;
      // tolls first, then verbs, nouns: the order choose() prefers; a family runs only on its words
      const candidates: Found[] = [];
      labelRules(view, candidates);
      if (cues & TOLL) tollRules(view, candidates);
      if (cues & (TOLL | VERB)) groupTollRules(view, candidates);
      // a wound noun alone: "Two of the victims had gunshot wounds" (the verb of having is no cue word)
      if (cues & (VERB | WOUND) || staying(cues) || hitByGunfire(cues)) verbRules(view, candidates);
      if (cues & NOUN) nounRules(view, candidates);
      if (cues & VERB) ofTheHurtRules(view, candidates);
      if (cues & LIFE) suicideRules(view, candidates);
      if (cues & LOSS) lossRules(view, candidates);
      if (cues & BONE) boneRules(view, candidates);
      if ((cues & WITH) !== 0 && (cues & (WOUND | CONDITION)) !== 0) woundRules(view, candidates);
      // (also beside cues of its own: "By Tuesday the number had climbed to 287, and … 436 people had been treated")
      const carried = carrying ? carriedToll(view, last.f.kind) : undefined;
      if (carried) candidates.push(carried);
      if (candidates.length === 0) continue;
      const chosen = inOrder(choose(candidates, n));
      const subsets = subsetRules(view, chosen);
      const all = subsets.length > 0 ? inOrder(choose(chosen.concat(subsets), n)) : chosen;
      for (const f of all) found.push({ view, f, at: k });
    }
    doc.casualties = [];
    if (found.length === 0) return;
    // the actor index is built only for articles with a toll, of the sentences with one
    const sentences: Sentence[] = [];
    for (const { view } of found) if (sentences[sentences.length - 1] !== view.sentence) sentences.push(view.sentence);
    const mentions = mentionIndex(doc, sentences);
    settleWeak(found.map((x) => x.f), deathSpoken && !recoverySpoken);
    found = placedAfter(found, remainders(found));
    found = placedAfter(found, tallies(found));
    const given = new Map<string, number>();
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
        actors: idsWithin(mentions, from, to, given, i),
        dates: idsWithin(doc.dates, from, to, given, i),
        rule: f.rule,
      };
    });
  },
};
