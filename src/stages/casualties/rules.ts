// The verb rules, each named by its rule id, run over one sentence view: the victims as the
// subject ("Two men were killed") here, as the object ("killed 12") in objects.ts; noun rules in nouns.ts.

import type { CasualtyKind } from '../../types.js';
import { AUXILIARIES, COUNT_ONLY_VERBS, FALLING_ILL, HEADLESS_DEATHS, HOSPITAL_TRANSPORT } from '../../lexicon/casualties.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import type { Quantity } from './quantity.js';
import { animalAfter, type Range } from './phrases.js';
import { LEAVING, PLURAL_PEOPLE, QUOTE_MARKS, subjectBefore } from './subject.js';
import { subjectOverRelative, toldOfLater, wholeOfOne } from './participles.js';
import { verbGroups, type VerbGroup } from './groups.js';
import { countAt, type View } from './view.js';
import { clauseSubjectOf, relativeObjectOf, sharedSubjectOf, theyOf, underCondition, unreal } from './clauses.js';
import { alongWithCount, alongWithOthers } from './coordinated.js';
import { kinObjectOf, objectOf } from './objects.js';
import { leadingCount } from './subject-counts.js';
import { armedOnly, BARE_VERBS, OBJECT_OPENERS, countedPeople, elided, figurativeHurt, hurtByEconomy, headlineClause, headlineSubject, isScoreLine, namesArmedMen, namesPeople, noKidnapping, objectFollows, peopleOnly, passiveSubject, reducedRelative, shotDown } from './verb-limits.js';

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
  /** hurt in a limb ("struck in the leg by a bullet"): beside another death, still wounded */
  limb?: boolean;
}

/** Rules whose count is computed from other figures (remainder.ts, tally.ts), not written: its text is empty. */
export const COMPUTED_RULES: ReadonlySet<string> = new Set(['casualty/remainder', 'casualty/tally', 'casualty/tally-also', 'casualty/tally-self']);

/** Verbs whose subject is the victim without "was": "he died", "late Tuesday, he suffered a gunshot wound". */
const HEADLESS: ReadonlySet<string> = new Set(['died', 'dies', 'dead', 'perished', 'deceased', 'succumbed', 'lost', 'suffered', 'sustained', 'received', 'had', 'has', 'have', 'embraced', ...FALLING_ILL]);


/** "killed 95 percent of the cells": a share after the verb is its object. */
const SHARES: ReadonlySet<string> = new Set(['%', 'percent', 'per']);

/** Subject pronouns: before a bare participle ("He shot a 69") they did it, nobody was harmed. */
const AGENT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** After "shot" with no verb of being, where a ball goes: "shot wide", "shot straight at the keeper". */
const AT_GOAL: ReadonlySet<string> = new Set(['wide', 'high', 'straight', 'past']);
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'has', 'had', 'remains', 'died', 'dies']);
const REDUCED: ReadonlySet<string> = new Set(['found', 'left', 'leaving', 'leaves', 'leave', 'discovered', 'located', 'saw', 'finding']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't"]);
const BEING_BEFORE: ReadonlySet<string> = new Set(['was', 'were', 'been']);
const PARALYSED: ReadonlySet<string> = new Set(['paralyzed', 'paralysed']);
/** Kinds of bodily harm ("was struck and killed"; not "was drunk and homeless"). */
const HARMED: ReadonlySet<CasualtyKind> = new Set<CasualtyKind>(['killed', 'wounded', 'casualties']);

/** Prepositions before "being" + participle: the gerund's subject is not before it. */
const GERUND_BEFORE: ReadonlySet<string> = new Set(['to', 'after', 'before', 'upon', 'on', 'without', 'despite', 'since', 'from', 'of', 'for', 'prior']);

/** Irregular past participles of a passive before "and": "was struck by a car and killed", "were caught in the storm". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['struck', 'hit', 'caught', 'swept', 'run', 'thrown', 'found', 'held', 'cut', 'left', 'bound', 'shot']);
/** How far back from "and" the passive of the clause before is looked for. */
const PASSIVE_REACH = 10;

/** Is the clause before "and" at b a passive ("A cyclist was struck by a car and …"), not "were trying to rob … and"? */
function passiveBefore(view: View, b: number): boolean {
  const { words, tokens } = view;
  for (let k = b - 1; k >= 1 && k >= b - PASSIVE_REACH; k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (!BEING_BEFORE.has(words[k - 1]!)) continue;
    const w = words[k]!;
    return tokens[k]!.kind === 'word' && (w.endsWith('ed') || w.endsWith('en') || IRREGULAR_PARTICIPLES.has(w));
  }
  return false;
}

/** "Two men were wounded", "12 people killed", "A 20-year-old man was shot", "2 dead". */
function subjectOf(view: View, g: VerbGroup): Found | undefined {
  const { words } = view;
  let b = g.start - 1;
  // "two of the kidnappers were “neutralised”": the verb in scare quotes
  const quoted = QUOTE_MARKS.has(words[b] ?? '') && view.tokens[b]!.kind === 'punct' && QUOTE_MARKS.has(words[g.end] ?? '');
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
  // "A woman was struck and killed by a car": a participle that harms no one by itself before "and"
  // shares the verb of being ("was struck and killed" as "was killed")
  if (b >= 2 && words[b] === 'and' && !aux && HARMED.has(g.kind) && view.tokens[b - 1]!.kind === 'word' && BEING_BEFORE.has(words[b - 2]!)) {
    b -= 3;
    aux = true;
    // ("had been bound and shot": the auxiliaries before "been")
    while (b >= 0 && AUXILIARIES.has(words[b]!) && !RELATIVES.has(words[b]!)) b--;
  }
  // "seven other passengers had fallen overboard … and were missing": the subject of the clause before
  // ("He was taken to hospital and died", "She was rushed to hospital but died": a verb that needs no "was")
  // ("A cyclist was struck by a car and killed": a harm that shares the verb of being of the clause before)
  if (b >= 0 && (words[b] === 'and' || words[b] === 'but') && (aux || HEADLESS_DEATHS.has(words[g.start]!) || (HARMED.has(g.kind) && passiveBefore(view, b))) && !negated && !relative) {
    const shared = sharedSubjectOf(view, g, b) ?? clauseSubjectOf(view, g, b);
    if (shared) return shared;
  }
  let s = b < 0 ? undefined : subjectBefore(view, b, relative);
  // "The two men, who were arrested in September, are…": a relative clause between commas (when
  // the comma is no appositive's end: "Michael Monserrate, 18, of the Bronx, who is still hospitalized")
  if ((!s || !s.people) && relative && words[b] === ',' && words[b + 1] === 'who') s = subjectBefore(view, b - 1, relative);
  // "Two men wounded in the attack have died": the people before a reduced relative
  if ((!s || !s.people || (s.persons === 0 && !s.quantity)) && !relative) s = subjectOverRelative(view, b) ?? s;
  // "Man Hit by Bus on High Street Dies in Hospital": a headline's verb after its subject's own words
  // (not before an object: "Woman accidentally shot soldier husband" is told of the one she shot)
  if ((!s || !s.people) && !view.sentence.body && !relative && !objectFollows(view, g.end)) s = headlineSubject(view, b) ?? s;
  if ((!s || !s.people) && both >= 0 && aux) {
    // "Both were taken to the hospital": two people
    const two = { min: 2, max: 2, approximate: false, start: both, end: both + 1, after: both + 1, vague: false };
    return { start: both, end: g.end, kind: g.kind, quantity: two, one: undefined, victims: null, rule: 'casualty/both-verb', weak: g.weak && !view.survives };
  }
  if (!s || !s.people) return undefined;
  // "it is unknown if any suspects are in custody", "did not say whether any people were hurt": a question
  if (words[s.range.start] === 'any') return undefined;
  if (s.range.end - s.range.start === 1 && ARTICLES.has(words[s.range.start]!)) {
    const next = words[g.end] ?? '';
    // "The injured man was taken to hospital": the participle qualifies one person, who is the victim;
    // "The deceased has been identified": the participle is the one person
    const person = VICTIM_NOUNS.has(next) && !PLURAL_PEOPLE.test(next);
    // "The dead were identified as two brothers", "The wounded at the hospital were identified", "The
    // injured men": the participle is a noun of people not counted
    if (!person && !SINGULAR_VERBS.has(next)) return undefined;
    const one = { start: s.range.start, end: person ? g.end + 1 : g.end };
    return { start: one.start, end: one.end, kind: g.kind, quantity: undefined, one, victims: one, rule: 'casualty/person-verb', weak: g.weak && !view.survives };
  }
  // "A dog shot by burglars has died", "9-year-old accidentally shot by brother dies": the agent of a
  // passive is not the subject of the verb after it; the subject is the one shot, before the participle
  if (words[s.range.start - 1] === 'by' && !relative) {
    const victim = passiveSubject(view, s.range.start - 1);
    if (victim === null) return undefined;
    if (victim) s = victim;
  }
  // "police found a man shot in the leg", "left a man injured": the verb before stands for "was"
  if (REDUCED.has(words[s.range.start - 1] ?? '')) aux = true;
  // "He was one of three people killed", "One of the two men shot Sunday has died": the participle harmed the three
  if (!aux && !relative && !HEADLESS.has(words[g.start]!) && !objectFollows(view, g.end)) {
    const whole = wholeOfOne(view, s);
    // "Two men wounded in the attack have died": the later verb's reading stands for them (not when
    // the counts differ: "One of the two men shot Sunday has died")
    if (whole === s && !g.condition && toldOfLater(view, g.end)) return undefined;
    s = whole;
  }
  // "Two people who were injured in the blast have died": the verb after the relative tells of them
  // ("One of the three people who were shot on Friday has died": the three were shot, the one died)
  if (relative && aux && !g.condition) {
    const whole = wholeOfOne(view, s);
    if (whole === s && toldOfLater(view, g.end)) return undefined;
    s = whole;
  }
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
  // "collected 300 dead seabirds", "nearly 300 dead or oil-coated seabirds": "dead" qualifies animals
  if (q && s.range.end === g.start && words[g.start] === 'dead' && animalAfter(words, g.end)) return undefined;
  if (q) {
    let start = q.start;
    // "left 3 dead", "Shootings leave two hospitalized": the verb opens the reading
    if (LEAVING.has(words[start - 1] ?? '')) start--;
    const victims = q.after < s.range.end ? { start: q.after, end: s.range.end } : null;
    // "two women are fighting for their lives": a condition says they are alive (settle.ts keeps it wounded)
    const rule = g.condition ? 'casualty/condition' : victims ? 'casualty/number-victims-verb' : 'casualty/number-verb';
    return { start, end, kind, quantity: q, one: undefined, victims, rule, weak };
  }
  // a lone person needs a verb of being ("was shot") unless the verb says it ("he died")
  const headless = HEADLESS.has(words[g.start]!) || HEADLESS.has(words[g.end - 1]!);
  // "Gridlock paralysed traffic": paralysis is a harm only told with its verb of being ("left a girl paralyzed")
  if (!aux && PARALYSED.has(words[g.start]!)) return undefined;
  if (!aux && !headless && s.range.start !== 0 && !elided(view, s.range.start) && !reducedRelative(view, g, s) && !headlineClause(view, s, g)) return undefined;
  // "Salah shot wide in the 89th minute": a shot at goal, by the subject
  if (!aux && g.weak && AT_GOAL.has(words[g.end] ?? '')) return undefined;
  // without a verb of being, a subject pronoun or an object after the verb makes the subject the
  // doer: "He shot a 3-under 69", "Antibiotics killed 95 percent of the cells"
  if (!aux && !headless && (AGENT_PRONOUNS.has(words[s.range.start]!) || (g.transitive && (countAt(view, g.end) || SHARES.has(words[g.end + 1] ?? '') || OBJECT_OPENERS.has(words[g.end] ?? ''))))) return undefined;
  if (s.persons > 1) {
    const all = { min: s.persons, max: s.persons, approximate: false, start: s.range.start, end: s.range.end, after: s.range.end, vague: false };
    return { start: s.range.start, end, kind, quantity: all, one: undefined, victims: s.range, rule: 'casualty/persons-verb', weak };
  }
  // "Felimon Contreras, 29, a Latino man, was killed along with Heriberto Corpus", "Smith died along with two others"
  const along = s.persons === 1 && !g.condition ? alongWithOthers(view, end) : undefined;
  if (along) {
    const n = along.persons;
    const all = { min: n, max: n, approximate: false, start: s.range.start, end: along.end, after: along.end, vague: false };
    return { start: s.range.start, end: along.end, kind, quantity: all, one: undefined, victims: s.range, rule: 'casualty/persons-verb', weak };
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
  if (!g.weak && aux && !COUNT_ONLY_VERBS.has(words[g.start]!) && PLURAL_PEOPLE.test(words[s.range.end - 1]!)) {
    return { start: s.range.start, end, kind, quantity: undefined, one: undefined, victims: s.range, rule: 'casualty/victims-verb', weak };
  }
  return undefined;
}

/** Verb rules: object first ("killed 12"), else subject ("12 were killed"). Readings go to `out`. */
export function verbRules(view: View, out: Found[]): void {
  for (const g of verbGroups(view)) {
    if (g.kind === 'killed' && unreal(view.words, g)) continue;
    if (isScoreLine(view.words[g.end])) continue;
    // "Prior to being shot, the man …", "after being taken into custody": a gerund after a
    // preposition has its subject after it (or none), and no object before it
    if (view.words[g.start - 1] === 'being' && GERUND_BEFORE.has(view.words[g.start - 2] ?? '')) continue;
    if (g.kin) {
      const f = kinObjectOf(view, g);
      if (f) out.push(f);
      continue;
    }
    const found = (g.transitive ? objectOf(view, g) : undefined) ?? (g.participle ? subjectOf(view, g) : undefined) ??
      (g.transitive && !g.condition ? relativeObjectOf(view, g) : undefined);
    if (!found || figurativeHurt(view, g, found) || hurtByEconomy(view, g)) continue;
    if (underCondition(view, Math.min(found.start, g.start))) continue;
    if (armedOnly(view, g) && !namesArmedMen(view, found)) continue;
    if (peopleOnly(view, g) && !namesPeople(view, found)) continue;
    if (noKidnapping(view, g, found)) continue;
    if (shotDown(view, g, found)) continue;
    // "The Lakers killed the Celtics 120-98": a result after the object
    if (found.start >= g.start && isScoreLine(view.words[found.end])) continue;
    if (g.counted && !countedPeople(view, found)) continue;
    // "He stabbed two men to death": a weak harm made deadly after its object
    if (found.kind !== 'killed' && found.start >= g.start && view.words[found.end] === 'to' && view.words[found.end + 1] === 'death') {
      found.kind = 'killed';
      found.weak = false;
    }
    // "fires that could overheat and injure people": a bare verb counts people only with a number
    // ("which kill about 80 people and injure about 160"), else it tells of no one harmed
    if ((BARE_VERBS.has(view.words[g.start]!) || COUNT_ONLY_VERBS.has(view.words[g.start]!) || g.numbered) && !found.quantity) continue;
    // (or "others" beside the dead of the same sentence: "Two soldiers were killed and three others sustained injuries")
    if (found.weak && (g.limb || (view.death && found.victims && view.words[found.victims.end - 1] === 'others'))) found.limb = true;
    out.push(found);
    // "12 soldiers had been killed in the fighting, along with three civilians": the others, read of their own
    const along = found.quantity && found.start < g.start ? alongWithCount(view, found.end) : undefined;
    if (along) out.push({ start: along.start, end: along.end, kind: found.kind, quantity: countAt(view, along.start), one: undefined, victims: { start: along.after, end: along.end }, rule: 'casualty/along-with', weak: found.weak });
  }
}
