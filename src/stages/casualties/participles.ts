// A participle right after its people, a reduced relative: "two men shot on Sunday", "one of three
// people killed in the attack". The people are those the participle harmed; a verb after the
// relative tells of them again ("Two men wounded in the attack have died").

import { AUXILIARIES, HARM_VERBS } from '../../lexicon/casualties.js';
import { subjectBefore, type Subject } from './subject.js';
import { parseQuantity } from './quantity.js';
import type { View } from './view.js';

/**
 * "One of the two men shot Sunday", "He was one of three people killed": a participle with no verb
 * of being after "one of N …" harmed the N; the one is the subject of what follows. Returns the
 * subject with the N as its count, else `s` unchanged.
 */
export function wholeOfOne(view: View, s: Subject): Subject {
  const q = s.quantity;
  const { words } = view;
  if (!q || words[q.start] !== 'one' || q.end !== q.start + 1 || words[q.start + 1] !== 'of') return s;
  let k = q.start + 2;
  if (words[k] === 'the') k++;
  const theirs = view.blocked[k] ? undefined : parseQuantity(words, k);
  if (!theirs || theirs.end > s.range.end) return s;
  return { ...s, range: { start: k, end: s.range.end }, quantity: { ...theirs, after: theirs.after }, persons: 0 };
}

/** How far back from a verb a reduced relative's participle is looked for. */
const RELATIVE_REACH = 10;
/** Words that close a clause: a participle before them is no relative of the subject after. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'after', 'before', 'said', 'says']);

/**
 * The people before a reduced relative that ends at token `b` ("Two men wounded in the attack | have
 * died", "A woman injured in the blast later | died"): the subject of the verb after it, or undefined.
 */
export function subjectOverRelative(view: View, b: number): Subject | undefined {
  const { words, tokens } = view;
  for (let k = b; k >= 1 && k > b - RELATIVE_REACH; k--) {
    if (tokens[k]!.kind === 'punct' || CLAUSE_ENDS.has(words[k]!)) return undefined;
    if (!HARM_VERBS.get(words[k]!)?.participle) continue;
    // "Two men were wounded in the attack and have died" is a clause of its own, not a relative;
    // "Two people who were injured in the blast | have died": a full relative, its people before "who"
    if (AUXILIARIES.has(words[k - 1]!)) {
      let a = k - 1;
      while (a > 0 && AUXILIARIES.has(words[a]!) && words[a] !== 'who') a--;
      if (words[a] !== 'who' || a < 1) return undefined;
      const s = subjectBefore(view, words[a - 1] === ',' ? a - 2 : a - 1);
      return s?.people ? s : undefined;
    }
    // "One of the two men shot Sunday has died": the one, not the two
    const s = subjectBefore(view, k - 1);
    return s?.people ? s : undefined;
  }
  return undefined;
}

/** Verbs that tell of a death without a verb of being: "A woman injured in the blast later died". */
const FINITE_DEATHS: ReadonlySet<string> = new Set(['died', 'dies', 'succumbed']);

/**
 * Is the participle group ending at `end` a reduced relative whose people a later harm verb tells of
 * ("Two men wounded in the attack | have died")? Then that verb's reading stands for them.
 */
export function toldOfLater(view: View, end: number): boolean {
  const { words, tokens } = view;
  for (let k = end; k < tokens.length && k < end + RELATIVE_REACH; k++) {
    if (tokens[k]!.kind === 'punct' || CLAUSE_ENDS.has(words[k]!)) return false;
    const finite = FINITE_DEATHS.has(words[k]!) || (HARM_VERBS.has(words[k]!) && AUXILIARIES.has(words[k - 1]!) && !AUXILIARIES.has(words[end]!));
    if (!finite) continue;
    // not when the later verb has people of its own: "Man shot dead by police A Memphis man was shot"
    let b = k - 1;
    while (b > end && AUXILIARIES.has(words[b]!)) b--;
    const own = b > end ? subjectBefore(view, b) : undefined;
    // (a subject that reaches back over the participle is the same people: "Two people who were injured in the blast have died")
    return !(own?.people && (own.persons > 0 || own.quantity) && own.range.start >= end);
  }
  return false;
}
