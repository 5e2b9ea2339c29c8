// An attribution inside an "as" clause: "As Ms. Lee put it, the plan is a bridge
// too far." / "The levee, as one engineer pointed out, was never finished." /
// "The road will close, as officials have said." The clause reported is the
// writer's sentence around the "as" clause, not anything after the cue.

import type { Span } from '../../types.js';
import type { View } from './tokens.js';

// "put it in a statement to a colleague in July,": how far the cue's comma may lie
const SETTING_REACH = 14;
const FINAL = new Set(['.', '!', '?', '…']);

export interface AsContent {
  content: Span;
  /** where the reported clause resumes after the "as" clause, or -1 (content only before it) */
  resume: number;
  /** the start of the "as" clause: content of an earlier frame stops here */
  leftEdge: number;
}

/** The unquoted comma closing the "as" clause after the cue ending at `cueEnd`; the sentence end if none. */
function closingComma(v: View, cueEnd: number): number {
  const n = v.toks.length;
  for (let k = cueEnd + 1; k < n && k - cueEnd <= SETTING_REACH; k++) {
    if (v.quoted[k] || v.mark[k]) return -1;
    const t = v.toks[k]!.text;
    if (t === ',') return k;
    if (FINAL.has(t) && k === n - 1) return n;
    if (t === ';' || t === ':') return -1;
  }
  return -1;
}

/**
 * The content of a cue whose subject (starting at token `from`) follows "as", or
 * null when the subject follows no "as" or the clause around it cannot be found.
 */
export function asClauseContent(v: View, from: number, cueEnd: number): AsContent | null {
  const as = from - 1;
  if (as < 0 || v.low[as] !== 'as' || v.quoted[as]) return null;
  const comma = closingComma(v, cueEnd);
  if (comma < 0) return null;
  const n = v.toks.length;
  const resumes = comma < n - 2;
  const s = v.sentence;
  // "As Smith noted, the economy is weak" / "Yet, as Mr. Bown observed, …": the clause after the comma
  const opening = as === 0 || (as <= 2 && v.toks[as - 1]!.text === ',' && !v.quoted[as - 1]);
  if (opening) return resumes ? { content: { start: v.toks[comma + 1]!.start, end: s.end }, resume: -1, leftEdge: v.toks[as]!.start } : null;
  // "Hawaii, as one adviser pointed out, rarely…" / "…, as police have said.": the clause around it
  if (as < 2 || v.toks[as - 1]!.text !== ',' || v.quoted[as - 1] || v.mark[as - 2]) return null;
  const before = { start: s.start, end: v.toks[as - 1]!.start };
  if (!resumes) return { content: before, resume: -1, leftEdge: v.toks[as - 1]!.start };
  return { content: { start: s.start, end: s.end }, resume: v.toks[comma + 1]!.start, leftEdge: v.toks[as - 1]!.start };
}
