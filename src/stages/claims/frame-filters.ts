// claims/frame-filters: frames that make no claim of their own (nested in another's content, a wish in a relative clause).

import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { WISH_VERBS } from '../../lexicon/cue-phrases.js';
import type { Attribution } from '../quotes/analyse.js';
import type { Frame } from '../quotes/frames.js';

// how many earlier frames of the sentence are asked whether they hold a frame (a long run-on
// sentence of frames stays linear)
const OUTER_REACH = 8;

/**
 * Is frame `a` part of what an earlier frame of its sentence reports? "Wenzl said the vote showed that
 * the coalition remained fragile", "Fenwick said he hoped the sentences would…", "told the defendants they
 * had shown “…”": the speaker's claim holds the inner one, which is no statement of its own source.
 * (PolNeAR marks both; of the 131 inner frames of its dev set, 107 matched nothing.)
 */
export function nestedFrame(list: readonly Attribution[], a: number): boolean {
  const inner = list[a]!.frame;
  // "according to the health ministry, which said…": the relative clause is its source's own statement;
  // "Critics rejected Mayor Ortiz’s claim that…": a statement named with its owner is the owner's
  // "…, while Ivory Coast and Benin warned that…": a contrast keeps its own claim
  if (inner.antecedent || inner.contrast || inner.rule === 'claims/nominal-cue') return false;
  // "De Smet said the rider had told him before the Tour that he was finally riding…": a telling reported is
  // a statement with its own speaker, which the fixtures' gold marks beside the outer one
  // (a past telling only: "…says she tells Trump Clinton could…", "would tell its story" stay inside; PolNeAR dev
  // matched none of those three)
  const entry = CUE_WORDS.get(inner.cue.text.toLowerCase());
  const told = entry?.base === 'tell' && (entry.form === 'past' || entry.form === 'participle') && inner.source !== null;
  for (let b = a - 1; b >= 0 && a - b <= OUTER_REACH; b--) {
    const outer = list[b]!;
    const f = outer.frame;
    if (f.sentence !== inner.sentence) break;
    if (!outer.source || !f.content || f.cue.start >= inner.cue.start) continue;
    // "…, according to the ministry, while Israel's military said…": that content is the sentence around it
    if (f.placement === 'according') continue;
    if (f.content.start <= inner.cue.start && inner.cue.end <= f.content.end) {
      // (its source inside the outer content: not "Police say his wife told…", "said Tuesday his government told…")
      return !(told && f.content.start <= inner.source!.start && f.cue.end <= inner.source!.start);
    }
  }
  return false;
}

/**
 * "a developer who wanted to build vacation homes", "Those who wish to remain anonymous can call…": a wish in a
 * relative clause describes its antecedent, and states nothing of its own (BLIND8). (A refusal there is an act
 * PolNeAR marks: "Cruz, who pointedly refused to endorse Trump" stays a claim.)
 */
export function relativeWish(frame: Frame): boolean {
  if (frame.antecedent === undefined) return false;
  const entry = CUE_WORDS.get(frame.cue.text.split(' ', 1)[0]!.toLowerCase());
  return entry?.frame === 'intention' && WISH_VERBS.has(entry.base);
}
