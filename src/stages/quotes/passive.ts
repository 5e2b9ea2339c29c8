// A passive cue with its agent: "The registration issue was first reported by The
// Washington Post", "Calls for an inquiry were rejected by the council", "Ruiz is
// supported by far fewer papers". The agent after "by" is the source; what the
// subject names is the content, as PolNeAR marks it.

import { AUXILIARIES, BE_FORMS, MODALS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import type { Span } from '../../types.js';
import { skipPreVerb } from './phrases.js';
import { phraseAfter } from './phrase-after.js';
import { isAdverbLy, isCapitalized, type View } from './tokens.js';

/** A lower-case verb form of a cue ("said", "says"), which no subject runs across. */
function isCueVerb(v: View, k: number): boolean {
  const cue = CUE_WORDS.get(v.low[k]!);
  return cue !== undefined && cue.form !== 'base' && !cue.nounLike && v.toks[k]!.text === v.low[k];
}

export interface PassiveFrame {
  source: Span;
  content: Span;
  /** the last token of the agent */
  agentEnd: number;
}

// how far back the subject may start from its auxiliaries, in tokens
const SUBJECT_REACH = 30;
// words that open the clause the subject belongs to: "…, which analysts say was reported by…"
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'where', 'why', 'how', 'what', 'because', 'but', 'while', 'although', 'though', 'if', 'when', 'after', 'since', 'whether']);
const CLAUSE_PUNCT = new Set([';', ':', '(', ')']);

/**
 * The passive frame of the cue at token i (its particle ends at cueEnd; `p` is the word
 * before it past adverbs), or null: the cue is a participle after a form of "be" and "by"
 * follows. Verbs of thought and sight stay out ("was found by hikers", "was shown by").
 */
export function passiveFrame(v: View, i: number, cueEnd: number, p: number, entry: CueWord): PassiveFrame | null {
  if (entry.form !== 'past' || (entry.frame !== 'speech' && entry.frame !== 'object')) return null;
  if (p < 1 || !BE_FORMS.has(v.low[p]!) || v.quoted[p] || v.low[cueEnd + 1] !== 'by' || v.quoted[cueEnd + 1]) return null;
  const first = v.toks[cueEnd + 2];
  // "was cut by 5 percent": a number is no agent
  if (!first || first.kind !== 'word' || v.quoted[cueEnd + 2]) return null;
  const agent = phraseAfter(v, cueEnd + 2, 14, true);
  if (!agent) return null;
  // "was criticised by the mayor for saying the tax would fall": the reason the agent gives is no part of the agent
  // (a name's own "for" and capitalised word stay: "the Association for Computing Machinery")
  for (let k = cueEnd + 3; k < agent.to; k++) {
    const next = v.low[k + 1]!;
    if (v.low[k] === 'for' && next.length > 4 && next.endsWith('ing') && !isCapitalized(v.toks[k + 1]!.text)) {
      agent.to = k - 1;
      break;
    }
  }
  // the subject ends before its auxiliaries and adverbs ("has been", "was first", "is likely to be")
  let k = p;
  while (k >= 0 && !v.quoted[k] && (BE_FORMS.has(v.low[k]!) || AUXILIARIES.has(v.low[k]!) || MODALS.has(v.low[k]!))) k = skipPreVerb(v, k - 1);
  // "…, which was opposed by most Republicans": a relative subject stands for a phrase this rule does not look for
  if (k < 0 || v.toks[k]!.kind !== 'word' || isAdverbLy(v.low[k]!) || CLAUSE_OPENERS.has(v.low[k]!)) return null;
  let from = k;
  // "Officials said the plan was criticized by residents": the subject starts after an earlier cue
  while (from > 0 && k - from < SUBJECT_REACH && !CLAUSE_PUNCT.has(v.low[from - 1]!) && !((CLAUSE_OPENERS.has(v.low[from - 1]!) || isCueVerb(v, from - 1)) && !v.quoted[from - 1])) from--;
  // "it was mentioned by Ivanka Trump": a pronoun alone names nothing reported
  if (from === k && SPEAKER_PRONOUNS.has(v.low[k]!)) return null;
  return {
    source: { start: first.start, end: v.toks[agent.to]!.end },
    content: { start: v.toks[from]!.start, end: v.toks[k]!.end },
    agentEnd: agent.to,
  };
}
