// A fact box's line: "Total Dead: 192", "Injured: 4,877", "Missing: 74" — a label of the people, a
// colon and their count, alone on a line (a sentence of its own). Nothing else is read there.

import type { CasualtyKind } from '../../types.js';
import type { Found } from './rules.js';
import { countAt, type View } from './view.js';
import { GROUP_KINDS } from './group-tolls.js';

/** The label's last word, and the kind of its count: the words of a toll's group ("the number of dead"), and a few more. */
const LABELS: ReadonlyMap<string, CasualtyKind> = new Map([
  ...GROUP_KINDS, ['hospitalized', 'wounded'], ['hospitalised', 'wounded'], ['evacuated', 'displaced'],
]);
/** Words that may open the label: "Total dead", "Confirmed deaths", "People injured". */
const LABEL_OPENERS: ReadonlySet<string> = new Set(['total', 'confirmed', 'reported', 'people', 'known']);
/** A label line is this short: an opener, the label, a colon, a count of a word or two. */
const MAX_TOKENS = 7;

/** "Total Dead: 192" → killed 192. Readings go to `out`. */
export function labelRules(view: View, out: Found[]): void {
  const { words } = view;
  if (words.length > MAX_TOKENS) return;
  const colon = words.indexOf(':');
  if (colon < 1 || colon > 2 || (colon === 2 && !LABEL_OPENERS.has(words[0]!))) return;
  const kind = LABELS.get(words[colon - 1]!);
  const q = kind ? countAt(view, colon + 1) : undefined;
  // the count ends the line (or its full stop does)
  if (!kind || !q || q.min === null || !(q.after === words.length || (q.after === words.length - 1 && words[q.after] === '.'))) return;
  out.push({ start: 0, end: q.end, kind, quantity: q, one: undefined, victims: null, rule: 'casualty/label', weak: false });
}
