// The victims after a harm verb, as its object: "killed more than two dozen Pakistani soldiers",
// "killing 12", "shot a woman", "killed his wife and her mother", "killing three of the 14 people on board".

import { FORCE_NOUNS, NOT_NAMES, PHRASE_BREAKS, SINGULAR_DETERMINERS, SINGULAR_PRONOUNS, HARM_VERBS } from '../../lexicon/casualties.js';
import { BE_FORMS } from '../../lexicon/attribution-words.js';
import { KIN_NOUNS, PEOPLE_NOUNS, VICTIM_NOUNS } from '../../lexicon/people.js';
import { coordinated, personAt } from './coordinated.js';
import type { VerbGroup } from './groups.js';
import { initialismStops, victimsAfter, type Range, type Victims } from './phrases.js';
import type { Quantity } from './quantity.js';
import type { Found } from './rules.js';
import { PLURAL_PEOPLE, QUOTE_MARKS } from './subject.js';
import { pastClosingMark } from './subject-counts.js';
import { countAt, isCapitalized, type View } from './view.js';

/** "Shot In Southeast Columbus", "SHOT THE PERSON": headline capitals, not a name. */
function titleCase(view: View, j: number): boolean {
  const t = view.tokens[j]!.text;
  if (t.length > 1 && t === t.toUpperCase()) return true;
  for (let k = j; k < j + 4 && isCapitalized(view, k); k++) if (TITLE_WORDS.has(view.words[k]!)) return true;
  return isCapitalized(view, j - 1) && view.tokens[j - 1]!.text !== view.tokens[j - 1]!.text.toLowerCase() && j > 1 && isCapitalized(view, j - 2);
}
const TITLE_WORDS: ReadonlySet<string> = new Set(['in', 'by', 'at', 'on', 'of', 'the', 'for', 'after', 'near', 'to', 'with', 'and']);

/** Words that open a one-person object: "shot a woman", "killed his wife". */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'another', 'one']);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'all', 'another', 'those', 'these']);

/** "killed more than two dozen Pakistani soldiers", "killing 12", "shot a woman", "killed himself". */
export function objectOf(view: View, g: VerbGroup): Found | undefined {
  const { words } = view;
  const j = g.end;
  const w = words[j] ?? '';
  // "shot at the car", "shot up the house", "killed off City's hopes"; but "killing at least 23"
  if ((w === 'at' || w === 'up' || w === 'down' || w === 'back' || w === 'off') && !countAt(view, j)) return undefined;
  // "Two of those killed were children": a participle before the clause's verb of being has no object
  if (BE_FORMS.has(w)) return undefined;
  const { kind, start } = g;
  const weak = g.weak && !view.survives;
  // 'had killed "dozens of apostates"', 'holding "scores" of hostages': a count in quotation marks, read past the marks
  const quoted = QUOTE_MARKS.has(w) && countAt(view, j + 1) !== undefined;
  const from = quoted || (OBJECT_DETERMINERS.has(w) && view.tokens[j + 1]?.kind !== 'punct' && countAt(view, j + 1)) ? j + 1 : j;
  let q = countAt(view, from);
  if (q) {
    if (quoted) q = { ...q, after: pastClosingMark(words, q.after) };
    const victims = victimsAfter(view, q.after) ?? partitiveAfter(view, q.end);
    if (!victims) return undefined;
    // "Smith shot 68 on Sunday", "Jones shot 4 of 12 from the field": after "shot" alone, a bare
    // large number or a share is a score; "the gunman shot 12 before police arrived" is not
    if (!victims.range && g.weak && isScore(view, q)) return undefined;
    const end = victims.range ? victims.range.end : q.end;
    // "killing his five young children as well as his wife": the people joined after the count
    const more = victims.range && q.min !== null && q.min === q.max ? coordinated(view, end) : undefined;
    if (more && more.persons > 1) {
      const n = q.min! + more.persons - 1;
      const all = { min: n, max: n, approximate: q.approximate, start: q.start, end: more.end, after: more.end, vague: false };
      return { start, end: more.end, kind, quantity: all, one: undefined, victims: { start: victims.range!.start, end: more.end }, rule: 'casualty/verb-persons', weak };
    }
    return { start, end, kind, quantity: q, one: undefined, victims: victims.range, rule: victims.range ? 'casualty/verb-number-victims' : 'casualty/verb-number', weak };
  }
  if (SINGULAR_PRONOUNS.has(w) && !VICTIM_NOUNS.has(words[j + 1] ?? '') && view.tokens[j]?.kind === 'word' && !ownsOwner(view, j)) {
    const one = { start: j, end: j + 1 };
    return { start, end: j + 1, kind, quantity: undefined, one, victims: one, rule: 'casualty/verb-person', weak };
  }
  // "shot Reid", but not "shot Tuesday", nor a title's capitals, nor after "shooting"
  const named = isCapitalized(view, j) && !PEOPLE_NOUNS.has(w) && !NOT_NAMES.has(w) && view.sentence.body &&
    !(g.weak && words[g.end - 1]!.endsWith('ing')) && !view.blocked[j] && !titleCase(view, j);
  // "wounded American families", "hurting Iraqi society", "hurt Sun's performance": an adjective or an owner, not a person
  if (named && adjectiveName(view, j)) return undefined;
  if (OBJECT_ARTICLES.has(w) || named) {
    const victims = victimsAfter(view, j);
    // "shot a teenage man", not "shooting that left a man"
    // ("her husband and son" is two: coordinated() counts them from the first)
    if (victims?.range && victims.range.end - j - initialismStops(view, j, victims.range.end) <= 4 && !joined(view, j, victims.range.end)) {
      const head = words[victims.range.end - 1]!;
      // "killed his parents", "shot the suspects": people, no number (and any joined after them: "his parents and two siblings")
      if (PLURAL_PEOPLE.test(head) && !named) return pluralVictims(view, g, victims.range, weak);
      // "shot Jonas Pike": a name ending in s looks like a demonym ("Afghans"); the name runs on
      return persons(view, g, j, named ? Math.max(victims.range.end, nameEnd(view, j)) : victims.range.end, weak);
    }
    // "killed his wife and her mother": the list is longer than one person
    const first = victims?.range && !named ? personAt(view, j) : -1;
    if (first > j && first < victims!.range!.end) return persons(view, g, j, first, weak);
    if (named) return persons(view, g, j, nameEnd(view, j), weak);
    return undefined;
  }
  // "have killed and wounded soldiers and civilians": people, no number
  const victims = victimsAfter(view, j);
  // "the injured man" is no count; "killed and wounded soldiers and civilians" is a toll without number
  const plural = victims?.range && PLURAL_PEOPLE.test(words[victims.range.end - 1]!);
  const attributive = SINGULAR_DETERMINERS.has(words[g.start - 1] ?? '');
  if (victims?.range && plural && !attributive && !g.weak) {
    // "had received 74 wounded people", "Dozens of injured civilians": the count before the participle counts them
    const q = countBefore(view, g.start);
    if (q) return { start: q.start, end: victims.range.end, kind, quantity: q, one: undefined, victims: victims.range, rule: 'casualty/number-participle-victims', weak };
    // "The crash injured both drivers": two, and any joined after them ("both brothers and a cousin": 3)
    if (words[j] === 'both' && victims.range.start === j) {
      const more = coordinated(view, victims.range.end);
      const n = 1 + more.persons;
      const all = { min: n, max: n, approximate: false, start: j, end: more.end, after: more.end, vague: false };
      return { start, end: more.end, kind, quantity: all, one: undefined, victims: { start: j, end: more.end }, rule: 'casualty/verb-number-victims', weak };
    }
    return { start, end: victims.range.end, kind, quantity: undefined, one: undefined, victims: victims.range, rule: 'casualty/verb-victims', weak };
  }
  return undefined;
}

/** A count that ends right before token k: "74" of "74 wounded people", "dozens of" of "dozens of injured civilians". */
function countBefore(view: View, k: number): Quantity | undefined {
  // the widest count that ends at k: "more than 150 injured people", not "150"
  let from = k;
  while (from > 0 && from > k - 4 && view.tokens[from - 1]!.kind !== 'punct') from--;
  for (let i = from; i < k; i++) {
    const q = countAt(view, i);
    if (q && q.after === k) return q;
  }
  return undefined;
}

/** "detained her group's ship": "her" owns the owner after it, and is no person harmed. */
function ownsOwner(view: View, j: number): boolean {
  const next = view.tokens[j + 1];
  if (view.words[j] !== 'her' || next === undefined || next.kind !== 'word') return false;
  return next.lower.endsWith("'s") || next.lower.endsWith('’s');
}

const PARTITIVE_OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/**
 * "killing three of the 14 people on board", "killed two of its four crew": the victims of a
 * share, after "of", an owner and the whole's count (the count is the share, not the whole).
 */
function partitiveAfter(view: View, k: number): Victims | undefined {
  const { words, tokens } = view;
  if (words[k] !== 'of' || !PARTITIVE_OWNERS.has(words[k + 1] ?? '')) return undefined;
  const whole = tokens[k + 2]?.kind === 'number' ? k + 3 : k + 2;
  const victims = victimsAfter(view, whole);
  return victims?.range ? { range: { start: k, end: victims.range.end } } : undefined;
}

/** A one-word capitalised object before a lowercase plural ("American families"), or the owner of a thing ("Sun's performance"). */
function adjectiveName(view: View, j: number): boolean {
  const w = view.words[j]!;
  // "arrested Henderson's brother": the owner of a person is no adjective
  if (w.endsWith("'s") || w.endsWith('’s')) return !VICTIM_NOUNS.has(view.words[j + 1] ?? '');
  const next = view.tokens[j + 1];
  return next !== undefined && next.kind === 'word' && next.lower === next.text && next.lower.endsWith('s') && next.lower.length > 3 &&
    !PHRASE_BREAKS.has(next.lower) && !HARM_VERBS.has(next.lower) && !ADVERB_ENDINGS.test(next.lower);
}
/** "shot Jones twice", "killed Smith as": words after a name that are no nouns. */
const ADVERB_ENDINGS = /(?:ly|ss|us|was|has|is|this|as)$/;

/** The end of the capitalised words from j (at most 4): "shot Quintonio LeGrier". */
function nameEnd(view: View, j: number): number {
  let end = j;
  while (isCapitalized(view, end) && end < j + 4) end++;
  return end;
}

/** The object person [j, end) and any joined by "and": "shot a man" → one, "killed LeGrier and his neighbor" → 2. */
function persons(view: View, g: VerbGroup, j: number, end: number, weak: boolean): Found {
  const { kind, start } = g;
  const more = coordinated(view, end, true);
  if (more.persons > 1) {
    const all = { min: more.persons, max: more.atLeast ? null : more.persons, approximate: false, start: j, end: more.end, after: more.end, vague: false };
    return { start, end: more.end, kind, quantity: all, one: undefined, victims: { start: j, end: more.end }, rule: 'casualty/verb-persons', weak };
  }
  const one = { start: j, end };
  return { start, end, kind, quantity: undefined, one, victims: one, rule: 'casualty/verb-person', weak };
}

/** Above this, a bare number after "shot" is a score ("shot 68"): as many people shot are named as people. */
const SCORE_FROM = 20;

/** "shot 68", "shot 4 of 12": a golf or basketball score, not people. */
function isScore(view: View, q: Quantity): boolean {
  if (q.min !== null && q.min >= SCORE_FROM && q.min === q.max && !q.vague) return true;
  return view.words[q.end] === 'of' && view.tokens[q.end + 1]?.kind === 'number';
}

/** Is there an "and" among tokens [from, to)? */
function joined(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.words[k] === 'and') return true;
  return false;
}

/** "killed his parents": a plural object of people without a count; the people joined after it are none of its count. */
function pluralVictims(view: View, g: VerbGroup, range: Range, weak: boolean): Found {
  return { start: g.start, end: range.end, kind: g.kind, quantity: undefined, one: undefined, victims: range, rule: 'casualty/verb-victims', weak };
}

/** "lost two sons", "lost his wife": a death only when the lost are kin ("lost his boat", "lost 200 workers" are none). */
export function kinObjectOf(view: View, g: VerbGroup): Found | undefined {
  const f = objectOf(view, g);
  if (f?.victims) {
    const head = view.words[f.victims.end - 1]!;
    if (KIN_NOUNS.has(head)) return f;
    // "Ukraine had lost up to 1,300 troops": an army's losses, dead and wounded alike
    return f.quantity && FORCE_NOUNS.has(head) ? { ...f, kind: 'casualties', rule: 'casualty/lost-forces' } : undefined;
  }
  // "lost his boat and two of his nephews": the kin after a thing
  const { words, tokens } = view;
  for (let k = g.end + 1; k < g.end + 6 && k < words.length && tokens[k]!.kind !== 'punct'; k++) {
    if (words[k] !== 'and') continue;
    const q = countAt(view, k + 1);
    if (!q) return undefined;
    let head = q.after;
    // "two of his nephews" (the count may already hold its "of")
    if (words[head] === 'of') head++;
    if (KIN_OWNERS.has(words[head] ?? '')) head++;
    if (!KIN_NOUNS.has(words[head] ?? '')) return undefined;
    return { start: g.start, end: head + 1, kind: g.kind, quantity: q, one: undefined, victims: { start: q.start, end: head + 1 }, rule: 'casualty/verb-number-victims', weak: false };
  }
  return undefined;
}
const KIN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);
