// An estimate given as a figure is attributed to whoever gives it: "Officials earlier put the
// number of injured at “several hundred”", "The ministry puts the death toll at 57".

import { DETERMINERS } from '../../lexicon/attribution-words.js';
import { ESTIMATE_NOUNS, ESTIMATE_VERBS } from '../../lexicon/cue-phrases.js';
import type { View } from './tokens.js';

const NOUN_REACH = 4;
const AT_REACH = 8;

/** Does the verb at token i put an estimate noun's figure "at" a value ("put the number of dead at …")? */
export function estimateAt(v: View, i: number): boolean {
  if (!ESTIMATE_VERBS.has(v.low[i]!) || !DETERMINERS.has(v.low[i + 1] ?? '')) return false;
  let noun = -1;
  for (let k = i + 2; k < v.toks.length && k - i <= NOUN_REACH; k++) {
    if (v.quoted[k] || v.toks[k]!.kind !== 'word') return false;
    if (ESTIMATE_NOUNS.has(v.low[k]!)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return false;
  for (let k = noun + 1; k < v.toks.length && k - noun <= AT_REACH; k++) {
    if (v.low[k] === 'at' && !v.quoted[k]) return true;
    if (v.toks[k]!.kind === 'punct' || v.mark[k]) return false;
  }
  return false;
}
