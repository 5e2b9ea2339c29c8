// Attributions in a headline, where every word may be capitalized and the body's
// rules (a capitalized cue is a name: "the Post") do not hold:
//   "Mayor Says Bridge Will Reopen"           source, cue, content
//   "Bridge Will Reopen, Mayor Says"          content, source, cue
//   "Rivera: Bridge Will Reopen In May"       a name before a colon
// PolNeAR marks these in its titles as it does in the body.

import { CLAUSE_BOUNDARIES, HEADLINE_LABELS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS } from '../../lexicon/reporting-verbs.js';
import type { Frame } from './frames.js';
import { isCapitalized, type View } from './tokens.js';

const MAX_LABEL = 4;
const MAX_SOURCE = 6;
const MIN_CONTENT = 2;
const ENDS = new Set(['.', '!', '?', ';']);
const NAME_PUNCT = new Set(['.', '-', '&', '’', "'"]);
const NO_SOURCE_STARTS = new Set(['a', 'an', 'one', 'another', 'some', 'this', 'these', 'how', 'why', 'what', 'when']);

/** The index after the headline's last word: final punctuation and closing marks trimmed. */
function lastWordEnd(v: View): number {
  let end = v.toks.length;
  while (end > 0 && (ENDS.has(v.toks[end - 1]!.text) || v.mark[end - 1] === 'close')) end--;
  return end;
}

/** Are tokens [from, to) a short name ("Pat Caddell", "De Blasio", "Former White House Doctor")? */
function isName(v: View, from: number, to: number, max: number): boolean {
  // "A Curious Plan to…", "One Tweet Sums Up…": a noun phrase, no source
  if (to <= from || to - from > max || !isCapitalized(v.toks[from]!.text) || NO_SOURCE_STARTS.has(v.low[from]!)) return false;
  for (let k = from; k < to; k++) {
    const t = v.toks[k]!;
    // "Former DNC chairman", "Stein spokeswoman": lower-case words may follow a capitalized one
    if (t.kind === 'punct' ? !NAME_PUNCT.has(t.text) : t.kind === 'number' || CUE_WORDS.has(v.low[k]!) || CLAUSE_BOUNDARIES.has(v.low[k]!)) return false;
  }
  return true;
}

function frameOf(v: View, cueFrom: number, cueTo: number, source: [number, number], content: [number, number], rule: string): Frame {
  const t = v.toks;
  const cue = { start: t[cueFrom]!.start, end: t[cueTo]!.end, text: v.text.slice(t[cueFrom]!.start, t[cueTo]!.end) };
  const src = { start: t[source[0]]!.start, end: t[source[1] - 1]!.end };
  return {
    sentence: v.sentence.index, cue, source: src, content: { start: t[content[0]]!.start, end: t[content[1] - 1]!.end },
    placement: 'before', leftEdge: Math.min(src.start, cue.start), rule,
  };
}

/** The attribution frame of a headline sentence, or null. */
export function headlineFrame(v: View): Frame | null {
  const end = lastWordEnd(v);
  // "Pence: Gennifer Flowers Won’t Be at Debate" (not "The Latest: …", "Update: …")
  let colon = -1;
  for (let k = 1; k <= MAX_LABEL && k < end; k++) if (v.toks[k]!.text === ':') colon = colon < 0 ? k : colon;
  if (colon > 0 && end - colon - 1 >= MIN_CONTENT && isName(v, 0, colon, MAX_LABEL) && !HEADLINE_LABELS.has(v.low[colon - 1]!)) {
    return frameOf(v, colon, colon, [0, colon], [colon + 1, end], 'claims/headline-label');
  }
  const from = colon > 0 ? colon + 1 : 0;
  for (let i = from + 1; i < end; i++) {
    const entry = CUE_WORDS.get(v.low[i]!);
    if (!entry || entry.form === 'ing' || entry.form === 'participle' || v.quoted[i] || v.mark[i]) continue;
    // "Goes After Trump" is no "went on"; "Calls Clinton ‘A Disgrace’" names a view
    const particle = entry.particles.includes(v.low[i + 1]!) ? 1 : 0;
    if (entry.particleOnly && !particle && !entry.bareWithQuote) continue;
    // "Man Charged In Stabbing", "Kenyan Police Accused Of…": a past form before a preposition is a passive
    if (entry.form === 'past' && !particle && HEADLINE_PREPOSITIONS.has(v.low[i + 1] ?? '')) continue;
    // "Delaware Judge Halts…", "Confidence Vote Over…": a base form needs a plural subject ("Democrats Warn")
    if (entry.form === 'base' && !pluralBefore(v, i)) continue;
    const comma = v.toks[i - 1]!.text === ',' ? -1 : lastComma(v, from, i);
    // "Clean Energy Could Pay Off, Lindsey Graham Says"
    if (i === end - 1 && comma > from && isName(v, comma + 1, i, MAX_SOURCE) && comma - from >= MIN_CONTENT) {
      return frameOf(v, i, i, [comma + 1, i], [from, comma], 'claims/headline-cue');
    }
    // "Lawmaker Urges Retaliation On Russia"
    const after = i + particle + 1;
    if (comma < 0 && isName(v, from, i, MAX_SOURCE) && end > after) return frameOf(v, i, after - 1, [from, i], [after, end], 'claims/headline-cue');
    return null;
  }
  return null;
}

const HEADLINE_PREPOSITIONS = new Set(['in', 'of', 'over', 'for', 'with', 'after', 'by', 'at', 'on', 'to', 'from', 'as']);
const PLURAL_PRONOUNS = new Set(['we', 'they', 'you', 'i']);

/** Does the word before token i look plural ("Democrats", "Leaders") or a plural pronoun? */
function pluralBefore(v: View, i: number): boolean {
  const w = v.low[i - 1] ?? '';
  return PLURAL_PRONOUNS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'));
}

function lastComma(v: View, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (v.toks[k]!.text === ',' && !v.quoted[k]) return k;
  return -1;
}

const TITLE_WORD = 4;

/** Are (nearly) all longer words capitalized, as in "Clinton Hid Past Health Problems From Public"? */
export function inTitleCase(v: View): boolean {
  let words = 0;
  let capitalized = 0;
  for (let k = 0; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.kind !== 'word' || t.text.length < TITLE_WORD || v.quoted[k]) continue;
    words++;
    if (isCapitalized(t.text)) capitalized++;
  }
  return words >= 2 && capitalized * 4 >= words * 3;
}
