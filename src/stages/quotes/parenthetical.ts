// A cue set off by commas inside the clause it reports: "The new bridge, the
// engineer said, will open next spring." The reported clause runs on after the
// attribution, so the content is the whole clause around it, one span.

import { COORDINATORS, DETERMINERS, MODALS, SETTING_STARTS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import { isCapitalized, verbFormAt, type View } from './tokens.js';

// "said in a June report," "said on Friday,": a setting this short may sit between the cue and its comma
const SHORT_SETTING = 6;
const FINAL = new Set(['.', '!', '?', '…']);
const CONCURRENT = new Set(['as', 'while', 'whereas']);
const CUE_REACH = 10;

const CONCESSIVES = new Set(['though', 'although']);
const CLAUSE_VERB_REACH = 6;

/**
 * A subject and then its verb from token `from`, before any punctuation: "officials cautioned", "residents were", "the
 * homicide does", "Cheri Blocker ran" (a determiner, a pronoun, a name or a number first, or one plain word right before
 * the verb); not a predicate ("could probably…", "expects…") or a subordinate clause ("what they were…", "before the bid").
 */
function subjectAndVerbAt(v: View, from: number): boolean {
  const t = v.toks[from];
  if (!t || v.quoted[from] || v.mark[from]) return false;
  const w = v.low[from]!;
  const opens = DETERMINERS.has(w) || (SPEAKER_PRONOUNS.has(w) && w !== 'it') || isCapitalized(t.text) || t.kind === 'number';
  if (!opens) return t.kind === 'word' && !MODALS.has(w) && !w.endsWith('ing') && !verbFormAt(v, from) && verbFormAt(v, from + 1);
  for (let k = from + 1; k < v.toks.length && k - from < CLAUSE_VERB_REACH; k++) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct') return false;
    if (verbFormAt(v, k)) return true;
  }
  return false;
}

/** A cue word (a verb form, unquoted) among the tokens from `from`: "as the WHO warned". */
function cueWithin(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k - from < CUE_REACH; k++) {
    if (v.quoted[k] || v.mark[k]) return false;
    const form = CUE_WORDS.get(v.low[k]!)?.form;
    if (form === 'past' || form === 's' || form === 'base') return true;
  }
  return false;
}

/**
 * The token where the reported clause resumes after a cue ending at `cueEnd`
 * ("…, Mr. Ruiz said, until the plant closed" -> "until"), or -1: the cue ends
 * its sentence, a quote follows it ("said, “…”"), or a participle frame does
 * (", adding that…", which reports on its own).
 */
export function resumeAfterCue(v: View, cueEnd: number): number {
  const n = v.toks.length;
  let k = cueEnd + 1;
  if (k < n && v.toks[k]!.text !== ',') {
    if (!SETTING_STARTS.has(v.low[k]!)) return -1;
    while (k < n && k - cueEnd <= SHORT_SETTING && v.toks[k]!.text !== ',' && !v.quoted[k] && !v.mark[k] && !FINAL.has(v.toks[k]!.text)) k++;
  }
  if (k >= n - 1 || v.toks[k]!.text !== ',' || v.quoted[k]) return -1;
  const r = k + 1;
  if (v.mark[r] || v.toks[r]!.kind === 'punct') return -1;
  if (r === n - 1 && FINAL.has(v.toks[r]!.text)) return -1;
  if (CUE_WORDS.get(v.low[r]!)?.form === 'ing') return -1;
  // "…, the ministry said on Monday, as the World Health Organization warned that…": a clause of its own with its
  // own cue, no continuation of the one the attribution interrupts ("…, he said, until the plant closed" is one)
  if (CONCURRENT.has(v.low[r]!) && cueWithin(v, r + 1)) return -1;
  // "A wildfire had burned 18,000 acres, the fire agency said, as evacuation orders were expanded": "as" and a clause
  // after the attribution is the writer's setting of it
  if (v.low[r] === 'as' && v.toks[r + 1]?.kind === 'word' && !v.quoted[r + 1]) return -1;
  // "…, the agency said, though officials cautioned that…": a concessive clause with a subject of its own is the
  // writer's (BLIND15 C5); after "and"/"but" only one that reports in turn ("…, the weather service warned, and residents
  // were urged…"): "Prices rose 3 percent, the bureau said, and wages lagged behind" is the bureau's whole. The reported
  // clause goes on over a second predicate or a subordinate clause ("…, the spokeswoman said, and could probably…",
  // "…, he said, and what they were doing…", "…, he said, but before the bid…")
  const opener = v.low[r]!;
  if ((CONCESSIVES.has(opener) || (COORDINATORS.has(opener) && cueWithin(v, r + 1))) && subjectAndVerbAt(v, r + 1)) return -1;
  return r;
}

/** Does a clause of the writer's (not a quote) end at the comma just before the subject at `from`? */
export function clauseBeforeComma(v: View, from: number): boolean {
  return from >= 2 && v.toks[from - 1]!.text === ',' && !v.quoted[from - 1] && !v.mark[from - 2] && !v.quoted[from - 2];
}
