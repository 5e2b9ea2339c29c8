// An event named with its number of victims: "a double homicide" → 2 killed, "a triple shooting" →
// 3 people shot (the outcome told elsewhere, as for any lone "shot": settle.ts).

import type { CasualtyKind } from '../../types.js';
import type { Found } from './rules.js';
import type { View } from './view.js';

/** "double", "triple": how many victims the event had. */
export const MULTIPLES: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['quadruple', 4]]);

/** The events, with what they did to their victims; `weak`: the outcome is not said ("a double shooting"). */
const EVENTS: ReadonlyMap<string, { kind: CasualtyKind; weak: boolean }> = new Map([
  ['homicide', { kind: 'killed', weak: false }], ['homicides', { kind: 'killed', weak: false }],
  ['murder', { kind: 'killed', weak: false }], ['murders', { kind: 'killed', weak: false }],
  ['killing', { kind: 'killed', weak: false }], ['killings', { kind: 'killed', weak: false }],
  ['slaying', { kind: 'killed', weak: false }], ['slayings', { kind: 'killed', weak: false }],
  ['fatal', { kind: 'killed', weak: false }],
  ['shooting', { kind: 'wounded', weak: true }], ['stabbing', { kind: 'wounded', weak: true }],
]);

/** "double homicide", "double-murder", "triple fatal shooting". Readings go to `out`. */
export function eventRules(view: View, out: Found[]): void {
  const { words, tokens } = view;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let n = MULTIPLES.get(w);
    let at = i + 1;
    // "double-homicide" is one token
    const dash = n === undefined ? w.indexOf('-') : -1;
    if (dash > 0) {
      n = MULTIPLES.get(w.slice(0, dash));
      if (n === undefined) continue;
      at = i;
    }
    if (n === undefined || tokens[i]!.kind !== 'word') continue;
    const head = at === i ? w.slice(dash + 1) : words[at] ?? '';
    let event = EVENTS.get(head);
    let end = at + 1;
    // "triple fatal shooting": the event is the next word
    if (head === 'fatal' && words[at + 1] === 'shooting') end++;
    else if (event?.weak === false && head === 'fatal') event = undefined;
    if (!event) continue;
    const q = { min: n, max: n, approximate: false, start: i, end: at === i ? i + 1 : at, after: at === i ? i + 1 : at, vague: false };
    out.push({ start: i, end, kind: event.kind, quantity: q, one: undefined, victims: null, rule: 'casualty/multiple-event', weak: event.weak });
  }
}
