// The frame of a participle cue: ", saying that…", ", citing officials", "footage of Trump saying…", "After
// saying her foot was swollen, she…". Its source is the earlier frame's in the sentence, a name right before
// it, a document's author, or the sentence's subject.

import { BARE_CLAUSE_PARTICIPLES, PARTICIPLE_CUES } from '../../lexicon/cue-phrases.js';
import type { CueWord } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { contentStart } from './content.js';
import { participleContent } from './frame-checks.js';
import { documentBefore } from './cue-context.js';
import { PARTICIPLE_LEADS, sentenceSubject } from './sentence-subject.js';
import { cueSpan, type View } from './tokens.js';
import type { Draft } from './frames.js';
import { commaAfter, namedParticiple } from './frame-subjects.js';

/** The frame of the participle cue at token i (its particle ends at cueEnd; p: the token before it, adverbs skipped), or null. */
export function participleFrame(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, drafts: Draft[], p: number, cueEnd: number): Draft | null {
  const prev = p >= 0 ? v.low[p]! : undefined;
  const cue = cueSpan(v, i, cueEnd);
  const sentence = v.sentence.index;
  // ", saying that…", ", citing officials": the source is the earlier frame's in this sentence
  const anchor = drafts[drafts.length - 1];
  // "…looped the streets while chanting, “Hands up”", "responded by saying his refusal…": as after a comma
  // "called the request “premature,” saying in a statement that…": a comma inside the closing mark is one too
  const afterComma = prev === ',' || (p > 0 && v.mark[p] === 'close' && v.toks[p - 1]!.text === ',');
  // "Trump unleashed a series of tweets early Friday saying that…": what the document says, its author says
  const document = !afterComma && entry.frame === 'speech' ? documentBefore(v, p) : -1;
  // ("The spot concludes with footage of Trump saying during the debate, “That makes me smart”": the name
  // right before the participle speaks, not the document's subject)
  if (!afterComma && !PARTICIPLE_LEADS.has(prev ?? '')) {
    const named = namedParticiple(v, spans, i, p, cueEnd, cue);
    if (named || document < 0) return named;
  }
  const start = contentStart(v, spans, cueEnd, PARTICIPLE_CUES.includes(entry.base) ? 'object' : entry.frame);
  if (!start) return null;
  // "He then defended the remark, saying, “I don’t think…”": the sentence's subject speaks
  // "Rivera mocked the plan, saying voters would pay for it": a speech participle's bare clause too
  const bareSpeech = BARE_CLAUSE_PARTICIPLES.has(entry.base) && v.toks[cueEnd + 1]?.kind === 'word';
  const quoteOrThat = v.mark[cueEnd + 1] === 'open' || v.low[cueEnd + 1] === 'that' || v.mark[cueEnd + 2] === 'open' || PARTICIPLE_CUES.includes(entry.base) || bareSpeech
    || participleContent(v, cueEnd, entry);
  // "After saying her foot was swollen, she…": the subject follows a participle clause that opens the sentence
  // "Trump was defensive about an architect who said he was stiffed, saying, “Maybe he didn’t do a good job…”":
  // a relative clause's speaker is no participle's; the sentence's subject before it is
  const main = anchor?.antecedent ? sentenceSubject(v, i) : null;
  const source = (main && main.end <= anchor!.antecedent!.start ? main : null) ?? anchor?.source ?? (quoteOrThat ? sentenceSubject(v, p === 0 ? v.toks.length : i) : null);
  if (!source) return null;
  // "Ortiz, despite admitting that the levy was high, kept it": an aside ends at its comma
  const aside = PARTICIPLE_LEADS.has(prev ?? '') && p > 0 && v.toks[p - 1]!.text === ',' ? commaAfter(v, cueEnd) : -1;
  return { sentence, cue, cueToken: i, cueEnd, source, content: { start, end: aside > 0 ? v.toks[aside]!.start : v.sentence.end }, placement: 'participle',
    leftEdge: v.toks[p]!.start, rule: 'claims/participle-cue', forward: aside < 0 };
}
