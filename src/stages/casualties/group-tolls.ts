// Tolls told of a group: "the number of dead rose to 45", "Among the dead were five children",
// "the dead included six children", "taking the total to 3,210".

import { HARM_VERBS, TOLL_LINKS, TOLL_RISES } from '../../lexicon/casualties.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import type { Found } from './rules.js';
import { victimsAfter } from './phrases.js';
import { coordinated, listedPeople } from './coordinated.js';
import { subjectBefore } from './subject.js';
import type { Quantity } from './quantity.js';
import { PLURAL_PEOPLE } from './subject-counts.js';
import { BRING, passed, pastRise } from './tolls.js';
import { countAt, type View } from './view.js';

/** The people a toll is counted of, and the kind each word tells: "the number of dead", "among the injured". */
export const GROUP_KINDS: ReadonlyMap<string, Found['kind']> = new Map([
  ['dead', 'killed'], ['killed', 'killed'], ['deaths', 'killed'], ['fatalities', 'killed'],
  ['injured', 'wounded'], ['wounded', 'wounded'], ['injuries', 'wounded'], ['missing', 'missing'],
  ['displaced', 'displaced'], ['casualties', 'casualties'], ['victims', 'casualties'],
  // "were among those hurt", "among those arrested", "among the people abducted"
  ['hurt', 'wounded'], ['arrested', 'arrested'], ['detained', 'arrested'], ['kidnapped', 'kidnapped'], ['abducted', 'kidnapped'],
]);
/** Words of counting before a group: "confirmed deaths", "recorded fatalities". */
const TALLIED: ReadonlySet<string> = new Set(['confirmed', 'reported', 'recorded', 'registered', 'known', 'official', 'total']);
const BE: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is']);
/** After "the number of deaths", the words that open its cause: "in the clashes", "linked to the heat wave". */
const CAUSE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'from', 'since', 'linked', 'related', 'attributed', 'tied', 'blamed', 'caused', 'connected', 'due', 'after',
  // or its time: "the number of people killed this year", "… so far", "… during the protests"
  'this', 'last', 'so', 'during', 'over',
]);
/**
 * How many words the cause may take before the toll's verb ("linked to the province's heat wave has climbed",
 * "in a fire that tore through a 19-storey block of flats in south-east London rose"): words and numbers, no stop.
 */
const CAUSE_REACH = 16;
const INCLUDE: ReadonlySet<string> = new Set(['included', 'include', 'includes']);

/** The kind of the people named from token k ("dead", "the injured", "people killed"), with the index after them. */
function groupAt(words: readonly string[], k: number): { kind: Found['kind']; end: number } | undefined {
  let m = k;
  if (words[m] === 'the' || words[m] === 'those') m++;
  // "the number of confirmed deaths", "among the reported dead"
  if (TALLIED.has(words[m] ?? '')) m++;
  if (words[m] === 'people' || words[m] === 'those') {
    m++;
    // "the number of people confirmed dead"
    if (TALLIED.has(words[m] ?? '')) m++;
  }
  // "the number of police officers killed", "the number of civilians missing": a plural of people before its participle
  else if (PARTICIPLE_KINDS.has(words[m + 1] ?? '') && PLURAL_PEOPLE.test(words[m] ?? '') && VICTIM_NOUNS.has(words[m]!)) m++;
  // (a modifier before the people, "security personnel": a word, not a number or a mark; `words` are lower-cased, so
  // this is no test of capitals)
  else if (PARTICIPLE_KINDS.has(words[m + 2] ?? '') && PLURAL_PEOPLE.test(words[m + 1] ?? '') && VICTIM_NOUNS.has(words[m + 1] ?? '') && LETTER_FIRST.test(words[m] ?? '')) m += 2;
  const kind = GROUP_KINDS.get(words[m] ?? '');
  return kind && { kind, end: m + 1 };
}
const LETTER_FIRST = /^\p{L}/u;
/** The group words that follow their people: "officers killed", "children missing" (not "deaths", "casualties"). */
const PARTICIPLE_KINDS: ReadonlySet<string> = new Set(['killed', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'displaced', 'arrested', 'detained', 'kidnapped', 'abducted']);

/** "brings to 37 the number of …": a count fronted after a verb that brings it on, which ends before `the` at k. */
function frontedCount(view: View, k: number): Quantity | undefined {
  const { words } = view;
  for (let i = k - 1; i >= k - 4 && i >= 2; i--) {
    if (words[i - 1] !== 'to' || !BRING.has(words[i - 2]!)) continue;
    const q = countAt(view, i);
    return q && q.end === k ? q : undefined;
  }
  return undefined;
}

/**
 * "Officials put the number of dead at 45", "the number of injured rose to 120": a toll told as
 * "the number of" its people; "Among the dead were five children": a count of them. Read in a
 * sentence with a harm word (the group words are all cue words).
 */
export function groupTollRules(view: View, out: Found[]): void {
  const { words } = view;
  for (let t = 0; t + 2 < words.length; t++) {
    const w = words[t]!;
    if (w === 'number' && words[t + 1] === 'of') {
      const g = groupAt(words, t + 2);
      if (!g) continue;
      let k = g.end;
      // "the number of people killed in the clashes has risen to 30", "the number of deaths linked to the
      // province's heat wave has climbed past 200": the cause, skipped up to its verb
      // ("bringing the number of deaths from the outbreak to five": after a verb that brings it, its "to")
      const brought = BRING.has(words[t - 1] === 'the' ? words[t - 2] ?? '' : '');
      if (CAUSE_OPENERS.has(words[k] ?? '')) {
        let v = k + 1;
        while (v < k + CAUSE_REACH && v < words.length && view.tokens[v]!.kind !== 'punct' && !TOLL_RISES.has(words[v]!) && !(brought && words[v] === 'to')) v++;
        if (TOLL_RISES.has(words[v] ?? '') || (brought && words[v] === 'to')) k = v;
      }
      const from = k;
      // "put the number of dead at 45": the verb sits before; "rose to", "stands at", "is" after
      while (k < from + 4 && TOLL_LINKS.has(words[k] ?? '') && !countAt(view, k)) k++;
      k = pastRise(view, k);
      const q = k > g.end ? countAt(view, k) : words[t - 1] === 'the' ? frontedCount(view, t - 1) : undefined;
      // (a fronted count comes before its group: "brings to 37 the number of officers killed")
      if (q) out.push({ start: Math.min(t, q.start), end: Math.max(q.end, g.end), kind: g.kind, quantity: passed(words, k, q), one: undefined, victims: null, rule: 'casualty/number-of', weak: false });
    } else if ((w === 'the' || w === 'those') && (INCLUDE.has(words[t + 2]!) || INCLUDE.has(words[t + 3] ?? '')) && INCLUDE.has(words[groupAt(words, t)?.end ?? 0] ?? '') && words[t - 1] !== 'among' && words[t - 1] !== 'of') {
      // "The IOM said the dead included at least six children": a count of them
      const g = groupAt(words, t)!;
      const q = countAt(view, g.end + 1);
      const victims = q ? victimsAfter(view, q.after) : undefined;
      if (q && victims?.range) out.push({ start: t, end: victims.range.end, kind: g.kind, quantity: q, one: undefined, victims: victims.range, rule: 'casualty/included', weak: false });
    } else if (w === 'total' && (words[t - 1] === 'the' || (words[t - 1] === 'overall' && words[t - 2] === 'the')) && BRING.has(words[t - 1] === 'overall' ? words[t - 3] ?? '' : words[t - 2] ?? '')) {
      // "14 people had been killed in the past 24 hours, taking the total to 3,210": the toll of the verb before
      const kind = harmBefore(view, t);
      if (!kind || words[t + 1] !== 'to') continue;
      const q = countAt(view, t + 2);
      if (q) out.push({ start: t, end: q.end, kind, quantity: q, one: undefined, victims: null, rule: 'casualty/total', weak: false });
    } else if (w === 'among') {
      // ("were among the 21 people killed": the whole's count between "the" and its people)
      const whole = words[t + 1] === 'the' ? countAt(view, t + 2) : undefined;
      const g = groupAt(words, t + 1) ?? (whole && whole.min !== null ? groupAt(words, whole.end) : undefined);
      if (!g) continue;
      // "Three Israeli soldiers were among those killed": the subject is a part of the toll
      if (BE.has(words[t - 1] ?? '') && t >= 2) {
        const sub = subjectBefore(view, t - 2);
        const q = sub?.people ? sub.quantity : undefined;
        if (q && sub) out.push({ start: sub.range.start, end: g.end, kind: g.kind, quantity: q, one: undefined, victims: q.after < sub.range.end ? { start: q.after, end: sub.range.end } : null, rule: 'casualty/among', weak: false });
        // (the one person as a count of one, so that a whole counted after "among" is a reading too: "A nurse was among the
        // 30 people injured")
        else if (sub?.persons === 1) {
          const one = { min: 1, max: 1, approximate: false, start: sub.range.start, end: sub.range.end, after: sub.range.end, vague: false };
          out.push({ start: sub.range.start, end: g.end, kind: g.kind, quantity: one, one: sub.range, victims: sub.range, rule: 'casualty/among', weak: false });
        }
        continue;
      }
      if (!BE.has(words[g.end] ?? '')) continue;
      const q = countAt(view, g.end + 1);
      const victims = q ? victimsAfter(view, q.after) : undefined;
      // ("Among the dead were three children and a pregnant woman": more people joined by "and")
      const more = q && victims?.range && q.min !== null && q.min === q.max ? coordinated(view, victims.range.end) : undefined;
      if (more && more.persons > 1) {
        const all = { ...q!, min: q!.min! + more.persons - 1, max: q!.min! + more.persons - 1 };
        out.push({ start: t, end: more.end, kind: g.kind, quantity: all, one: undefined, victims: { start: q!.after, end: more.end }, rule: 'casualty/among', weak: false });
      } else if (q && victims?.range) out.push({ start: t, end: victims.range.end, kind: g.kind, quantity: q, one: undefined, victims: victims.range, rule: 'casualty/among', weak: false });
      // "Among the dead were a firefighter and an elderly woman": the people listed one by one
      const listed = q ? undefined : listedPeople(view, g.end + 1);
      if (listed) {
        const range = { start: g.end + 1, end: listed.end };
        const all = { min: listed.persons, max: listed.persons, approximate: false, ...range, after: listed.end, vague: false };
        out.push({ start: t, end: listed.end, kind: g.kind, quantity: listed.persons > 1 ? all : undefined, one: listed.persons > 1 ? undefined : range, victims: range, rule: 'casualty/among', weak: false });
      }
    }
  }
}

/** How far back from "total" the harm verb is looked for: its clause, a bounded read. */
const TOTAL_REACH = 16;

/** The kind of the nearest harm verb before token t that is not "shot" ("had been killed" → killed), or undefined. */
function harmBefore(view: View, t: number): Found['kind'] | undefined {
  for (let k = t - 1; k >= 0 && k >= t - TOTAL_REACH; k--) {
    const v = HARM_VERBS.get(view.words[k]!);
    if (v && view.tokens[k]!.kind === 'word' && !WEAK_FORMS.has(view.words[k]!)) return v.kind;
  }
  return undefined;
}
const WEAK_FORMS: ReadonlySet<string> = new Set(['shot', 'shooting', 'stabbed', 'stabbing']);
