// The casualty rules, each named by its rule id, run over one sentence view.

import type { CasualtyKind } from '../../types.js';
import { AUXILIARIES, COUNT_ONLY_VERBS, FORCE_NOUNS, HARM_NOUNS, HARM_VERBS, HOSPITAL_TRANSPORT, KIN_NOUNS, NOT_NAMES, PEOPLE_NOUNS, PHRASE_BREAKS, SINGULAR_DETERMINERS, SINGULAR_PRONOUNS, SUPERLATIVES } from '../../lexicon/casualties.js';
import type { Quantity } from './quantity.js';
import { isPeople, victimsAfter, type Range, type Victims } from './phrases.js';
import { subjectBefore, type Subject } from './subject.js';
import { verbGroups, type VerbGroup } from './groups.js';
import { countAt, isCapitalized, type View } from './view.js';
import { relativeObjectOf, theyOf, unreal } from './clauses.js';
import { mayBeCue } from './trigger.js';
import { coordinated, personAt } from './coordinated.js';

export interface Found {
  /** token range of the whole phrase */
  start: number;
  end: number;
  kind: CasualtyKind;
  /** the count, or undefined when the text gives none */
  quantity: Quantity | undefined;
  /** the phrase that makes the count one person ("a man", "he"), when there is no number */
  one: Range | undefined;
  victims: Range | null;
  rule: string;
  /** "shot" alone: the outcome may be told in another sentence */
  weak: boolean;
}

/** Rules whose count is computed from other figures (remainder.ts, tally.ts), not written: its text is empty. */
export const COMPUTED_RULES: ReadonlySet<string> = new Set(['casualty/remainder', 'casualty/tally', 'casualty/tally-also', 'casualty/tally-self']);

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
function objectOf(view: View, g: VerbGroup): Found | undefined {
  const { words } = view;
  const j = g.end;
  const w = words[j] ?? '';
  // "shot at the car", "shot up the house", "killed off City's hopes"; but "killing at least 23"
  if ((w === 'at' || w === 'up' || w === 'down' || w === 'back' || w === 'off') && !countAt(view, j)) return undefined;
  const { kind, start } = g;
  const weak = g.weak && !view.survives;
  const from = OBJECT_DETERMINERS.has(w) && view.tokens[j + 1]?.kind !== 'punct' && countAt(view, j + 1) ? j + 1 : j;
  const q = countAt(view, from);
  if (q) {
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
  if (SINGULAR_PRONOUNS.has(w) && !PEOPLE_NOUNS.has(words[j + 1] ?? '') && view.tokens[j]?.kind === 'word') {
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
    if (victims?.range && victims.range.end - j <= 4) {
      const head = words[victims.range.end - 1]!;
      if (/(?:people|men|women|children|s)$/.test(head) && !named) return undefined;
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
  const plural = victims?.range && /(?:s|people|men|children)$/.test(words[victims.range.end - 1]!);
  const attributive = SINGULAR_DETERMINERS.has(words[g.start - 1] ?? '');
  if (victims?.range && plural && !attributive && !g.weak) {
    return { start, end: victims.range.end, kind, quantity: undefined, one: undefined, victims: victims.range, rule: 'casualty/verb-victims', weak };
  }
  return undefined;
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
  if (w.endsWith("'s") || w.endsWith('’s')) return !PEOPLE_NOUNS.has(view.words[j + 1] ?? '');
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
  const more = coordinated(view, end);
  if (more.persons > 1) {
    const all = { min: more.persons, max: more.persons, approximate: false, start: j, end: more.end, after: more.end, vague: false };
    return { start, end: more.end, kind, quantity: all, one: undefined, victims: { start: j, end: more.end }, rule: 'casualty/verb-persons', weak };
  }
  const one = { start: j, end };
  return { start, end, kind, quantity: undefined, one, victims: one, rule: 'casualty/verb-person', weak };
}

/** Verbs whose subject is the victim without "was": "he died", "late Tuesday, he suffered a gunshot wound". */
const HEADLESS: ReadonlySet<string> = new Set(['died', 'dies', 'dead', 'perished', 'deceased', 'succumbed', 'lost', 'suffered', 'sustained', 'received']);

/** Above this, a bare number after "shot" is a score ("shot 68"): as many people shot are named as people. */
const SCORE_FROM = 20;

/** "shot 68", "shot 4 of 12": a golf or basketball score, not people. */
function isScore(view: View, q: Quantity): boolean {
  if (q.min !== null && q.min >= SCORE_FROM && q.min === q.max && !q.vague) return true;
  return view.words[q.end] === 'of' && view.tokens[q.end + 1]?.kind === 'number';
}

/** "killed 95 percent of the cells": a share after the verb is its object. */
const SHARES: ReadonlySet<string> = new Set(['%', 'percent', 'per']);

/** Subject pronouns: before a bare participle ("He shot a 69") they did it, nobody was harmed. */
const AGENT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

const REDUCED: ReadonlySet<string> = new Set(['found', 'left', 'leaving', 'leaves', 'discovered', 'located', 'saw', 'finding']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't"]);

const SCARE_QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** "Two men were wounded", "12 people killed", "A 20-year-old man was shot", "2 dead". */
function subjectOf(view: View, g: VerbGroup): Found | undefined {
  const { words } = view;
  let b = g.start - 1;
  // "two of the kidnappers were “neutralised”": the verb in scare quotes
  const quoted = SCARE_QUOTES.has(words[b] ?? '') && view.tokens[b]!.kind === 'punct' && SCARE_QUOTES.has(words[g.end] ?? '');
  if (quoted) b--;
  let aux = false;
  let relative = false;
  let negated = false;
  let both = -1;
  while (b >= 0 && (AUXILIARIES.has(words[b]!) || NEGATIONS.has(words[b]!)) && b > g.start - 6) {
    if (words[b] === 'both') both = b;
    if (RELATIVES.has(words[b]!)) relative = true;
    else aux = true;
    negated ||= NEGATIONS.has(words[b]!);
    b--;
  }
  // "the man who shot": a relative pronoun without "was" makes the subject the shooter;
  // not before a verb whose subject is the victim: "including a 14-year-old boy who died"
  if (relative && !aux && !HEADLESS.has(words[g.start]!)) return undefined;
  // "Both teens were taken to a hospital, where they died": "they" are the counted subject; else no one counted
  if (b >= 0 && words[b] === 'they') return g.kind === 'killed' && !negated ? theyOf(view, g, b) : undefined;
  const s = b < 0 ? undefined : subjectBefore(view, b);
  if ((!s || !s.people) && both >= 0 && aux) {
    // "Both were taken to the hospital": two people
    const two = { min: 2, max: 2, approximate: false, start: both, end: both + 1, after: both + 1, vague: false };
    return { start: both, end: g.end, kind: g.kind, quantity: two, one: undefined, victims: null, rule: 'casualty/both-verb', weak: g.weak && !view.survives };
  }
  if (!s || !s.people) return undefined;
  // "police found a man shot in the leg", "left a man injured": the verb before stands for "was"
  if (REDUCED.has(words[s.range.start - 1] ?? '')) aux = true;
  // "Two other victims were taken to Mercy Hospital in stable condition": victims told of again
  // (a count of people taken to hospital is new only of people not yet called victims)
  if (g.condition && HOSPITAL_TRANSPORT.has(words[g.start]!) && (words[s.range.end - 1] === 'victims' || words[s.range.end - 1] === 'victim')) return undefined;
  // "was taken to Mercy Hospital in stable condition": the condition needs its own verb of being,
  // but not after a bare count, as "2 dead": "One dead, two critical"
  if (g.condition && !aux && !(s.quantity && s.range.end === g.start)) return undefined;
  const kind = g.kind;
  const end = quoted ? g.end + 1 : g.end;
  const weak = g.weak && !view.survives;
  const q = s.quantity;
  if (negated) {
    // "Their children were not hurt": nobody of them
    const zero = { min: 0, max: 0, approximate: false, start: s.range.start, end: s.range.end, after: s.range.end, vague: false };
    return { start: s.range.start, end, kind, quantity: zero, one: undefined, victims: s.range, rule: 'casualty/negated', weak };
  }
  // "pay 200,000 rupees to the families of each of the dead": one of each, no count of anyone
  if (words[s.range.start] === 'each' && words[s.range.start + 1] === 'of') return undefined;
  if (q) {
    let start = q.start;
    if (words[start - 1] === 'left' || words[start - 1] === 'leaving') start--;
    const victims = q.after < s.range.end ? { start: q.after, end: s.range.end } : null;
    // "two women are fighting for their lives": a condition says they are alive (settle.ts keeps it wounded)
    const rule = g.condition ? 'casualty/condition' : victims ? 'casualty/number-victims-verb' : 'casualty/number-verb';
    return { start, end, kind, quantity: q, one: undefined, victims, rule, weak };
  }
  // a lone person needs a verb of being ("was shot") unless the verb says it ("he died")
  const headless = HEADLESS.has(words[g.start]!) || HEADLESS.has(words[g.end - 1]!);
  if (!aux && !headless && s.range.start !== 0 && !elided(view, s.range.start) && !reducedRelative(view, g, s)) return undefined;
  // without a verb of being, a subject pronoun or an object after the verb makes the subject the
  // doer: "He shot a 3-under 69", "Antibiotics killed 95 percent of the cells"
  if (!aux && !headless && (AGENT_PRONOUNS.has(words[s.range.start]!) || (g.transitive && (countAt(view, g.end) || SHARES.has(words[g.end + 1] ?? ''))))) return undefined;
  if (s.persons > 1) {
    const all = { min: s.persons, max: s.persons, approximate: false, start: s.range.start, end: s.range.end, after: s.range.end, vague: false };
    return { start: s.range.start, end, kind, quantity: all, one: undefined, victims: s.range, rule: 'casualty/persons-verb', weak };
  }
  if (s.persons === 1 && !g.condition && words[end] === 'along' && words[end + 1] === 'with') {
    // "Felimon Contreras, 29, a Latino man, was killed along with Heriberto Corpus": two, and any joined by "and"
    // "Smith died along with two others": a count of people joins as in a list
    const q = countAt(view, end + 2);
    const group = q && q.min !== null && q.min === q.max && q.min > 0 ? victimsAfter(view, q.after)?.range : undefined;
    const next = group ? group.end : personAt(view, end + 2);
    if (next > 0) {
      const more = coordinated(view, next);
      const n = (group ? q!.min! : 1) + more.persons;
      const all = { min: n, max: n, approximate: false, start: s.range.start, end: more.end, after: more.end, vague: false };
      return { start: s.range.start, end: more.end, kind, quantity: all, one: undefined, victims: s.range, rule: 'casualty/persons-verb', weak };
    }
  }
  // "Two residents, 71-year-old Rosa Delgado and her grandson, Mateo, 9, died": the count that
  // opens the sentence, then its people named in apposition
  const lead = s.persons === 1 && !g.condition ? leadingCount(view, s.range.start) : undefined;
  if (lead) {
    return { start: lead.start, end, kind, quantity: lead, one: undefined, victims: { start: lead.after, end: lead.after + 1 }, rule: 'casualty/number-victims-verb', weak };
  }
  if (s.persons === 1) {
    const rule = g.condition ? 'casualty/condition' : 'casualty/person-verb';
    return { start: s.range.start, end, kind, quantity: undefined, one: s.range, victims: s.range, rule, weak };
  }
  // ("villagers feared trapped under collapsed homes": people trapped are counted only with a number)
  if (!g.weak && aux && !COUNT_ONLY_VERBS.has(words[g.start]!) && /s$|people|men|children/.test(words[s.range.end - 1]!)) {
    return { start: s.range.start, end, kind, quantity: undefined, one: undefined, victims: s.range, rule: 'casualty/victims-verb', weak };
  }
  return undefined;
}

/**
 * A count of people that opens the sentence and is followed by a comma, the names in apposition
 * after it running to `to` (at most LEAD_REACH tokens, no verb or clause word on the way), or undefined.
 */
function leadingCount(view: View, to: number): Quantity | undefined {
  const { words, tokens } = view;
  const q = countAt(view, 0);
  if (!q || q.min === null || q.min < 2 || q.min !== q.max || !isPeople(view, q.after) || words[q.after + 1] !== ',' || to - q.after > LEAD_REACH) return undefined;
  for (let k = q.after + 2; k < to; k++) {
    const w = words[k]!;
    if (tokens[k]!.kind === 'word' && (HARM_VERBS.has(w) || AUXILIARIES.has(w) || LEAD_BREAKS.has(w))) return undefined;
  }
  return q;
}
const LEAD_REACH = 16;
const LEAD_BREAKS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'when', 'while', 'after', 'before', 'as', 'because', 'but']);

/** "lost two sons", "lost his wife": a death only when the lost are kin ("lost his boat", "lost 200 workers" are none). */
function kinObjectOf(view: View, g: VerbGroup): Found | undefined {
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

/** After a reduced relative ("the man killed in …", "the woman shot by police", "the teen shot Tuesday"): no object follows. */
const PASSIVE_AFTER: ReadonlySet<string> = new Set([
  'in', 'on', 'during', 'after', 'near', 'outside', 'inside', 'by', 'last', 'early', 'late', 'overnight', 'when', 'while',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', ',', '.',
]);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this']);

/**
 * "Police identified the man killed in Tuesday's shooting", "Moser was the man killed after a
 * dispute": one person with an article, then a participle that takes no object (a preposition,
 * a day or a comma after it), is the person harmed. Not "the man shot at police", "the gunman
 * shot into the crowd" (at, into, from: he did the shooting).
 */
function reducedRelative(view: View, g: VerbGroup, s: Subject): boolean {
  if (s.persons !== 1 || s.quantity || !g.last.participle || !DEFINITE.has(view.words[s.range.start]!)) return false;
  return PASSIVE_AFTER.has(view.words[g.end] ?? '');
}

/** How far back from "and" a harm verb is looked for, so a run-on sentence costs a bounded read. */
const ELLIPSIS_REACH = 10;

/**
 * "A woman was killed and her husband injured", "left one man dead and another wounded": after
 * "and", a harm verb just before stands for the verb of being the second person lacks.
 */
function elided(view: View, start: number): boolean {
  if (view.words[start - 1] !== 'and') return false;
  for (let k = start - 2; k >= 0 && k >= start - 1 - ELLIPSIS_REACH; k--) {
    if (view.tokens[k]!.kind === 'punct') return false;
    if (HARM_VERBS.get(view.words[k]!)?.participle) return true;
  }
  return false;
}

/** "were killed 42-7", "hurt 3-1 at home": a result after the verb; a range of people runs low to high ("killed 10-15"). */
const SCORE_LINE = /^(\d{1,3})[-–](\d{1,3})$/;
function isScoreLine(w: string | undefined): boolean {
  const m = w === undefined ? null : SCORE_LINE.exec(w);
  return m !== null && Number(m[2]) <= Number(m[1]);
}

/** "hurt" alone is as often figurative: "Earnings were hurt", "to hurt Intel", "hurting Democrats' standing". */
const FIGURATIVE: ReadonlySet<string> = new Set(['hurt', 'hurting', 'hurts']);
function figurative(view: View, g: VerbGroup): boolean {
  return g.end - g.start === 1 && FIGURATIVE.has(view.words[g.start]!);
}

/** Does the reading's victim end on a people noun or a pronoun ("a woman was hurt", "hurt him"), not a name? */
function namesPeople(view: View, f: Found): boolean {
  if (!f.victims) return false;
  const head = view.words[f.victims.end - 1]!;
  return PEOPLE_NOUNS.has(head) || SINGULAR_PRONOUNS.has(head);
}

/** Verb rules: object first ("killed 12"), else subject ("12 were killed"). Readings go to `out`. */
export function verbRules(view: View, out: Found[]): void {
  for (const g of verbGroups(view)) {
    if (g.kind === 'killed' && unreal(view.words, g)) continue;
    if (isScoreLine(view.words[g.end])) continue;
    if (g.kin) {
      const f = kinObjectOf(view, g);
      if (f) out.push(f);
      continue;
    }
    const found = (g.transitive ? objectOf(view, g) : undefined) ?? (g.participle ? subjectOf(view, g) : undefined) ??
      (g.transitive && !g.condition ? relativeObjectOf(view, g) : undefined);
    if (found && !(figurative(view, g) && !found.quantity && !namesPeople(view, found))) out.push(found);
  }
}

/** After these a harm noun names something else: "death row", "death penalty", "death threats". */
const COMPOUND_AFTER: ReadonlySet<string> = new Set([
  'row', 'penalty', 'penalties', 'sentence', 'sentences', 'certificate', 'certificates', 'threat', 'threats', 'squad',
  'squads', 'claims', 'claim', 'benefit', 'benefits', 'knell', 'spiral', 'trap', 'wish', 'warrant', 'rate', 'rates',
]);
/** Harm nouns in the singular: after a count above one they modify the next word. */
const SINGULAR_HARM: ReadonlySet<string> = new Set(['death', 'fatality', 'casualty', 'hostage', 'attack']);
/** …except in the idiom "251 taken hostage", "12 held hostage", where the singular names them all. */
const HOSTAGE_VERBS: ReadonlySet<string> = new Set(['taken', 'held', 'seized', 'kept']);
const SAVE_VERBS: ReadonlySet<string> = new Set(['save', 'saves', 'saved', 'saving', 'spare', 'spared', 'protect', 'protected']);
/** A verb of saving up to four words before "lives": "save as many lives", "saved a few more lives". */
function savedBefore(words: readonly string[], n: number): boolean {
  for (let k = n - 1; k >= 0 && k >= n - 5; k--) if (SAVE_VERBS.has(words[k]!)) return true;
  return false;
}

/** "one of the deadliest attacks", "two of the worst bombings": a count before "of the" and a superlative ranks, it does not count. */
function ranksAmong(words: readonly string[], q: Quantity, n: number): boolean {
  if (words[q.end] !== 'of' || words[q.end + 1] !== 'the') return false;
  for (let m = q.end + 2; m < n; m++) if (SUPERLATIVES.has(words[m]!)) return true;
  return false;
}

/** "over 2,500 casualties", "at least 600 attacks or clashes", "12 civilian deaths". */
export function nounRules(view: View, out: Found[]): void {
  const { words, tokens } = view;
  for (let n = 1; n < words.length; n++) {
    const kind = mayBeCue(words[n]!) ? HARM_NOUNS.get(words[n]!) : undefined;
    if (!kind || tokens[n]!.kind !== 'word') continue;
    if (words[n + 1] === 'toll' || COMPOUND_AFTER.has(words[n + 1] ?? '')) continue;
    // "lives" saved are no lives lost: "save as many lives", "saved 12 lives"
    if (kind === 'killed' && words[n] === 'lives' && savedBefore(words, n)) continue;
    for (let k = Math.max(0, n - 7); k < n; k++) {
      const q = countAt(view, k);
      if (!q || q.after > n || n - q.after > 2) continue;
      if (ranksAmong(words, q, n)) break;
      // "32 death claims", "a nineteen ninety-seven attack": a singular noun after a count above one modifies another
      if (SINGULAR_HARM.has(words[n]!) && q.min !== 1 && !(words[n] === 'hostage' && HOSTAGE_VERBS.has(words[n - 1] ?? ''))) break;
      let ok = true;
      for (let m = q.after; m < n; m++) if (tokens[m]!.kind !== 'word' || PHRASE_BREAKS.has(words[m]!)) ok = false;
      if (!ok) continue;
      let end = n + 1;
      if ((words[end] === 'or' || words[end] === 'and') && HARM_NOUNS.get(words[end + 1] ?? '') === kind) end += 2;
      let victims: Range | null = null;
      for (let m = q.after; m < n; m++) if (PEOPLE_NOUNS.has(words[m]!)) victims = { start: q.after, end: m + 1 };
      out.push({ start: q.start, end, kind, quantity: q, one: undefined, victims, rule: 'casualty/number-noun', weak: false });
      break;
    }
  }
}
