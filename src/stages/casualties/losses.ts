// An army's losses as a figure: "bringing Russian losses since the start of the month to more
// than 27,000", "Ukrainian losses rose to 1,200". Both sides of a war report their enemy's dead
// and wounded this way; the figure counts casualties (killed and wounded, not told apart).

import { FORCE_NOUNS, FORCE_QUALIFIERS } from '../../lexicon/casualties.js';
import { VICTIM_NOUNS } from '../../lexicon/people.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Found } from './rules.js';
import { countAt, isCapitalized, type View } from './view.js';

/** Between "losses" and its figure: "losses … to 27,000", "put Russian losses at 1,040", "losses of 300 soldiers". */
const FIGURE_BEFORE: ReadonlySet<string> = new Set(['to', 'at', 'of', 'reached', 'totalled', 'totaled', 'exceeded', 'topped', 'were', 'stood']);
/** How far the figure may stand from "losses": "losses since the start of the month to more than 27,000". */
const REACH = 10;

/** "Russian losses", "troop losses": a demonym or a force word right before "losses". */
function forceLosses(view: View, n: number): boolean {
  const before = view.words[n - 1] ?? '';
  return FORCE_QUALIFIERS.has(before) || (isCapitalized(view, n - 1) && GAZETTEER.demonyms.has(before));
}

/** After the figure: nothing, or people ("losses of 300 soldiers"); any other noun is a unit ("to $3 billion", "to 27,000 tonnes"). */
function bareFigure(view: View, after: number): boolean {
  const t = view.tokens[after];
  if (t === undefined || t.kind === 'punct') return true;
  const w = view.words[after]!;
  return FORCE_NOUNS.has(w) || VICTIM_NOUNS.has(w) || AFTER_FIGURE.has(w);
}
/** Words that may follow a bare figure: "to 27,000 since February", "to 1,200 this week", "to 1,200 and rising". */
const AFTER_FIGURE: ReadonlySet<string> = new Set(['since', 'in', 'on', 'this', 'last', 'so', 'and']);

export function lossRules(view: View, out: Found[]): void {
  const { words, tokens } = view;
  for (let n = 1; n < words.length; n++) {
    if (words[n] !== 'losses' || !forceLosses(view, n)) continue;
    for (let k = n + 1; k < words.length && k <= n + REACH; k++) {
      if (tokens[k]!.kind === 'punct') break;
      if (!FIGURE_BEFORE.has(words[k]!)) continue;
      const q = countAt(view, k + 1);
      if (!q || q.min === null && q.max === null || !bareFigure(view, q.end)) continue;
      const people = FORCE_NOUNS.has(words[q.end] ?? '') || VICTIM_NOUNS.has(words[q.end] ?? '');
      const end = people ? q.end + 1 : q.end;
      out.push({ start: n, end, kind: 'casualties', quantity: q, one: undefined, victims: people ? { start: q.after, end } : null, rule: 'casualty/force-losses', weak: false });
      break;
    }
  }
}
