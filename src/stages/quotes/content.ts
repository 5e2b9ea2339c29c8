// Where a cue's content starts and ends: "said in an October 19 interview that
// “terrorism”…", "told Al Jazeera that…", "said Monday’s session ran… but accused…".

import { firstAtLeast } from '../../document.js';
import { CUE_SETTINGS, LEARNING_VERBS, DURATION_CLAUSES, DURATION_COUNTS, DURATION_HEDGES, DURATION_LINKS, MEANS_NOUNS, STATEMENT_NOUNS } from '../../lexicon/cue-phrases.js';
import { DETERMINERS, FINITE_VERBS, SETTING_STARTS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueFrame } from '../../lexicon/reporting-verbs.js';
import type { Span } from '../../types.js';
import type { QuotedSpan } from './marks.js';
import { isCapitalized, quoteAt, type View } from './tokens.js';
import { TIME_UNITS } from '../../lexicon/time.js';

const LOOKAHEAD = 10;
const SHORT_SETTING = 7;
const FINAL = new Set(['.', '!', '?', '…']);
// setting phrases by their first word: most words start none
const SETTINGS = new Map<string, string[][]>();
for (const p of CUE_SETTINGS) {
  const words = p.split(' ');
  SETTINGS.set(words[0]!, [...(SETTINGS.get(words[0]!) ?? []), words]);
}
const DASHES = new Set(['—', '–', '―']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const TRAILING_WORDS = new Set(['but', 'and', 'or', 'while', 'whereas', 'as', 'yet', 'so', 'though', 'although']);

function isEnd(v: View, k: number): boolean {
  return k >= v.toks.length || (k === v.toks.length - 1 && FINAL.has(v.toks[k]!.text));
}

/** Index of "that" or ":" within the next tokens before a comma, or -1. */
function thatAhead(v: View, m: number): number {
  for (let k = m; k < v.toks.length && k - m < LOOKAHEAD; k++) {
    // "told MSNBC's "Morning Joe" that…": a quoted title in the addressee
    if (v.mark[k] === 'open' && k > m) {
      const close = quotedTitleEnd(v, k);
      return close > 0 && v.low[close + 1] === 'that' ? close + 1 : -1;
    }
    if (v.quoted[k] || v.mark[k]) return -1;
    // "had considered the conflict and that the price was…": that "that" opens a clause coordinated with the cue's
    if (COORDINATORS.has(v.low[k]!) && v.low[k + 1] === 'that') return -1;
    if (v.low[k] === 'that' || v.low[k] === ':') return k;
    // "says at a campaign stop in Toledo, Ohio, that…": a place's state or country between commas
    if (v.low[k] === ',' && k > m) {
      const close = placeAppositionEnd(v, k);
      if (close > 0) {
        k = close;
        continue;
      }
      // "alleged in its complaint, filed in March, that…": a participle's aside between commas
      const aside = participleAsideEnd(v, k);
      if (aside > 0) {
        k = aside;
        continue;
      }
    }
    if (v.toks[k]!.kind === 'punct' && v.low[k] !== '.' && v.low[k] !== '-') return -1;
  }
  return -1;
}

const ASIDE_WORDS = 6;

/** The comma closing an aside that a past participle opens after the comma at token k (", filed in March,"), or -1. */
function participleAsideEnd(v: View, k: number): number {
  const w = v.low[k + 1] ?? '';
  if (v.quoted[k + 1] || v.toks[k + 1]?.kind !== 'word' || w.length < 5 || !w.endsWith('ed') || isCapitalized(v.toks[k + 1]!.text)) return -1;
  for (let j = k + 2; j < v.toks.length && j - k <= ASIDE_WORDS; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.low[j] === ',') return j;
    if (v.toks[j]!.kind === 'punct' && v.low[j] !== '.') return -1;
  }
  return -1;
}

const TITLE_WORDS = 6;

/** The closing mark of a short quotation of capitalized words opened at token k (a show's title), or -1. */
function quotedTitleEnd(v: View, k: number): number {
  for (let j = k + 1; j < v.toks.length && j - k <= TITLE_WORDS + 1; j++) {
    if (v.mark[j] === 'close') return j > k + 1 ? j : -1;
    if (v.toks[j]!.kind === 'word' && !isCapitalized(v.toks[j]!.text) && v.toks[j]!.text.length > 3) return -1;
  }
  return -1;
}

const PLACE_WORDS = 3;

/** The closing comma of ", Ohio," after a capitalized word at the comma `k`; -1 if there is none. */
function placeAppositionEnd(v: View, k: number): number {
  if (!isCapitalized(v.toks[k - 1]!.text)) return -1;
  for (let j = k + 1; j < v.toks.length && j - k <= PLACE_WORDS + 1; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.low[j] === ',') return j > k + 1 ? j : -1;
    if (!(isCapitalized(v.toks[j]!.text) || v.low[j] === '.')) return -1;
  }
  return -1;
}

/** The opening mark of the quote that starts right after offset `at` (across spaces and line breaks). */
function quoteRightAfter(text: string, spans: readonly QuotedSpan[], at: number): QuotedSpan | null {
  let k = at;
  while (k < text.length && k - at < 200 && /\s/.test(text[k]!)) k++;
  const q = quoteAt(spans, k);
  return q && q.open === k ? q : null;
}

/**
 * Offset where the content after the cue ending at token `cueEnd` starts, or
 * null when the cue has nothing after it ("…,” he said." / "…, officials said on Monday.").
 */
export function contentStart(v: View, spans: readonly QuotedSpan[], cueEnd: number, frame: CueFrame): number | null {
  let m = cueEnd + 1;
  if (isEnd(v, m)) return null;
  const w = v.low[m]!;
  if (w === 'that') return isEnd(v, m + 1) ? null : v.toks[m + 1]!.start;
  if (w === ':') {
    if (!isEnd(v, m + 1)) return v.toks[m + 1]!.start;
    // colon lead-in: "Caddell continued:" then the quote in the next paragraph
    const q = quoteRightAfter(v.text, spans, v.toks[m]!.end);
    return q ? q.open : null;
  }
  if (w === ',') return v.mark[m + 1] === 'open' ? v.toks[m + 1]!.start : null;
  if (v.mark[m] === 'open') return v.toks[m]!.start;
  if (v.toks[m]!.kind === 'punct' && !DASHES.has(w)) return null;
  const that = thatAhead(v, m);
  if (frame === 'tell') {
    if (that >= 0) return isEnd(v, that + 1) ? null : v.toks[that + 1]!.start;
    // the addressee: "told reporters the deal was off", "told Al Jazeera…"
    // "told the defendants they had shown…": a determiner and its noun ("the Associated Press", "the court")
    // ("told her to leave", "told her the deal was off": "her" alone is the addressee)
    if (DETERMINERS.has(w) && m + 2 < v.toks.length && nounAfterDeterminer(v, m + 1)) m++;
    if (isCapitalized(v.toks[m]!.text)) while (m < v.toks.length && isCapitalized(v.toks[m]!.text)) m++;
    else m++;
    // ("she told American and Tanzanian workers at the embassy": the addressee goes on, no content)
    if (isEnd(v, m) || COORDINATORS.has(v.low[m]!)) return null;
    // "Mook told CBS, “We’re…”" / "told reporters: …"
    if ((v.low[m] === ',' || v.low[m] === ':') && v.mark[m + 1] === 'open') return v.toks[m + 1]!.start;
    if (v.low[m] === ':' && !isEnd(v, m + 1)) return v.toks[m + 1]!.start;
    // "told reporters on Monday, “We will…”": the quotation after the setting's comma
    if (SETTING_STARTS.has(v.low[m]!) && v.low[m] !== 'to') {
      const quote = quoteAfterSetting(v, m);
      if (quote >= 0) return v.toks[quote]!.start;
    }
    // "…, Graham told The Huffington Post on Thursday.": a setting after the addressee is no content
    if (SETTING_STARTS.has(v.low[m]!) && v.low[m] !== 'to' && settingToEnd(v, m)) return null;
    return v.toks[m]!.text === ',' ? null : v.toks[m]!.start;
  }
  // "wants to expand the program": the infinitive is what is wanted ("to" is no setting here)
  if (frame === 'intention' && w === 'to' && !isEnd(v, m + 1) && v.toks[m + 1]!.kind === 'word') return v.toks[m]!.start;
  // "promised to cut fares", "vowed to appeal": a speech act's infinitive ("spoke to reporters" is a setting)
  if (frame === 'speech' && w === 'to' && infinitiveAt(v, m + 1)) return v.toks[m]!.start;
  // "a truce that the two sides had agreed to last week under pressure…": the thing agreed to went before
  if (w === 'to' && that < 0 && timePhraseAt(v, m + 1)) return null;
  const duration = durationBeforeAt(v, m);
  const setting = (SETTING_STARTS.has(w) && !quantityAt(v, m) && !timeSubjectAt(v, m)) || settingPhraseAt(v, m, SETTINGS.get(w)) || meansAt(v, m) || duration;
  if (setting && that >= 0) return isEnd(v, that + 1) ? null : v.toks[that + 1]!.start;
  if (setting) {
    // "voted Thursday to hold Bryan Pagliano…", "vowed on Monday to appeal": an infinitive after the setting
    const infinitive = infinitiveAfterSetting(v, m, frame);
    if (infinitive >= 0) return v.toks[infinitive]!.start;
    // "said in a statement, “We will not back down.”": the quotation after the setting's comma
    const quote = quoteAfterSetting(v, m);
    if (quote >= 0) return v.toks[quote]!.start;
    // "The European Commission said on Wednesday it would study the report": a pronoun and its verb after the setting
    for (let j = m + 2; frame === 'speech' && j - m < SHORT_SETTING && !isEnd(v, j + 1) && v.toks[j]!.kind !== 'punct'; j++) {
      if (SPEAKER_PRONOUNS.has(v.low[j]!) && FINITE_VERBS.has(v.low[j + 1]!) && !v.quoted[j]) return v.toks[j]!.start;
    }
    // "said on Monday." / "said in a statement.": a short setting, then the end
    let k = m;
    while (k < v.toks.length && k - m < SHORT_SETTING && !isEnd(v, k) && v.toks[k]!.text !== ',') k++;
    if (isEnd(v, k) || v.toks[k]?.text === ',') return null;
    // "Arce conceded about an hour after the first results were published": a time clause, and nothing said
    if (duration) return null;
  }
  // "denied reports that its officials had met…", "dismissed claims that…": what the statement says is the content
  const named = DETERMINERS.has(w) && w !== 'his' && w !== 'her' && w !== 'their' && w !== 'its' ? m + 1 : m;
  if (STATEMENT_NOUNS.has(v.low[named] ?? '') && v.low[named + 1] === 'that' && !v.quoted[named + 1] && !isEnd(v, named + 2)) return v.toks[named + 2]!.start;
  // ("many only learned of the crash when…", "heard about the fire": a thing learnt of is no statement; "worried
  // about the border" is a stance PolNeAR marks)
  if (frame === 'belief' && (w === 'of' || w === 'about') && LEARNING_VERBS.has(CUE_WORDS.get(v.low[cueEnd]!)?.base ?? '')) return null;
  if (frame === 'belief' || frame === 'intention') {
    if (that >= 0) return v.toks[that + 1]?.start ?? null;
    // "Nordvik expects the restructuring to cost 1.5 billion kronor", "wants the council to act": an object and its infinitive
    // (not after "and": "said that it would file… and expected the vote to take place" is one statement)
    if (frame === 'intention' && !COORDINATORS.has(v.low[cueEnd - 1] ?? '') && objectInfinitive(v, m)) return v.toks[m]!.start;
    // "residents fear the dam could break", not "residents fear floods"
    return finiteClauseAt(v, m) ? v.toks[m]!.start : null;
  }
  return v.toks[m]!.start;
}

/** Is token k a noun a determiner leads ("the defendants"), not what follows an object "her" ("to", "the", "he")? */
function nounAfterDeterminer(v: View, k: number): boolean {
  const w = v.low[k]!;
  return v.toks[k]!.kind === 'word' && !v.quoted[k] && !DETERMINERS.has(w) && !FINITE_VERBS.has(w) && !SPEAKER_PRONOUNS.has(w) && !SETTING_STARTS.has(w)
    && !NOT_NOUNS.has(w);
}
const NOT_NOUNS = new Set(['that', 'about', 'of', 'for', 'what', 'how', 'why', 'whether', 'if', 'not', 'so', 'she', 'he']);

const NOT_VERBS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'him', 'them', 'us', 'me', 'you', 'it', 'reporters', 'journalists', 'supporters', 'voters', 'date', 'no', 'some', 'all', 'each']);

/**
 * Does the word at token k look like the verb of an infinitive ("to cut", "to discuss") rather
 * than a noun phrase ("to reporters", "to the council", "to Reuters")? Plural nouns end in "s";
 * verbs in "-ss" and "-us" are kept ("to discuss", "to focus").
 */
function infinitiveAt(v: View, k: number): boolean {
  const t = v.toks[k];
  if (!t || t.kind !== 'word' || v.quoted[k] || isCapitalized(t.text) || isEnd(v, k + 1)) return false;
  const w = v.low[k]!;
  if (NOT_VERBS.has(w)) return false;
  if (timePhraseAt(v, k)) return false;
  return !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us');
}

/** The "to" of an infinitive within a short setting from token m, for cues that take one; -1 if none. */
function infinitiveAfterSetting(v: View, m: number, frame: CueFrame): number {
  if (frame !== 'intention' && frame !== 'speech' && frame !== 'object') return -1;
  for (let k = m + 1; k < v.toks.length && k - m < SHORT_SETTING; k++) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return -1;
    if (v.low[k] === 'to') return (frame === 'intention' && v.toks[k + 1]?.kind === 'word') || infinitiveAt(v, k + 1) ? k : -1;
  }
  return -1;
}

/** Does a short setting starting at token m run to the sentence end ("on Thursday.")? */
function settingToEnd(v: View, m: number): boolean {
  let k = m;
  while (k < v.toks.length && k - m < SHORT_SETTING && !isEnd(v, k) && v.toks[k]!.text !== ',' && !v.mark[k]) k++;
  return isEnd(v, k);
}

const LONG_SETTING = 10;

/**
 * The opening mark of a quotation right after the comma that ends a setting from token m
 * ("in an interview with CNN on Sunday, “…"), or -1: no other punctuation and no quote inside it.
 */
function quoteAfterSetting(v: View, m: number): number {
  for (let k = m; k < v.toks.length && k - m <= LONG_SETTING; k++) {
    // ("concludes with footage of Trump saying during the debate, “…”": the quote is another cue's)
    if (v.quoted[k] || v.mark[k] || (k > m && CUE_WORDS.has(v.low[k]!))) return -1;
    if (v.low[k] === ',') return v.mark[k + 1] === 'open' && k > m ? k + 1 : -1;
    if (v.toks[k]!.kind === 'punct' && v.low[k] !== '.') return -1;
  }
  return -1;
}

/** Does one of the setting phrases (word lists) start at token m? */
function settingPhraseAt(v: View, m: number, phrases: readonly string[][] | undefined): boolean {
  if (!phrases) return false;
  for (const words of phrases) {
    let k = 0;
    while (k < words.length && v.low[m + k] === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/**
 * "conceded about an hour after the first results were published", "said two days later": a span of time
 * counted from an event, at token m, is when the cue happened, no content (not "said about 40 people died").
 */
function durationBeforeAt(v: View, m: number): boolean {
  let k = m;
  if (DURATION_HEDGES.has(v.low[k]!)) k++;
  if (k >= v.toks.length || !(DURATION_COUNTS.has(v.low[k]!) || v.toks[k]!.kind === 'number')) return false;
  k++;
  if (v.low[k] === 'few') k++; // "a few minutes later"
  const unit = v.low[k] ?? '';
  if (!(TIME_UNITS.has(unit) || (unit.endsWith('s') && TIME_UNITS.has(unit.slice(0, -1))))) return false;
  const link = v.low[k + 1] ?? '';
  // ("Police say about five hours later a man walked into…": a clause after "later" is what was said)
  return DURATION_CLAUSES.has(link) || (DURATION_LINKS.has(link) && (isEnd(v, k + 2) || v.low[k + 2] === ','));
}

/** "said at least 38 people had died", "said over 100 homes burned": a quantity, not a time or place. */
function quantityAt(v: View, m: number): boolean {
  const w = v.low[m]!;
  const next = v.low[m + 1];
  if (w === 'at') return next === 'least' || next === 'most';
  return (w === 'over' || w === 'around') && v.toks[m + 1]?.kind === 'number';
}

// "The army said last year was the deadliest", "said Monday was a holiday": a time phrase with
// a finite verb right after it is the subject of what was said, not when it was said
// ("The ministry said later figures would be higher": "later" qualifies the subject too)
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'later', 'earlier']);
const TIME_SUBJECTS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** "by telephone", "by video": a means of saying after the cue at token m, a setting and no passive agent. */
export function meansAt(v: View, m: number): boolean {
  return v.low[m] === 'by' && MEANS_NOUNS.has(v.low[m + 1] ?? '');
}

function timeSubjectAt(v: View, m: number): boolean {
  const w = v.low[m]!;
  const k = TIME_DETERMINERS.has(w) ? m + 2 : TIME_SUBJECTS.has(w) ? m + 1 : -1;
  return k > 0 && k < v.toks.length && v.toks[k - 1]!.kind === 'word' && FINITE_VERBS.has(v.low[k]!);
}

const OBJECT_REACH = 5;

/** A short object phrase from token m, then "to" and a verb: "the restructuring to cost", "the council to act". */
function objectInfinitive(v: View, m: number): boolean {
  for (let k = m + 1; k < v.toks.length && k - m <= OBJECT_REACH; k++) {
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct' || FINITE_VERBS.has(v.low[k]!)) return false;
    if (v.low[k] === 'to') return infinitiveAt(v, k + 1);
  }
  return false;
}

const CLAUSE_REACH = 8;
const COORDINATORS = new Set(['and', 'or', 'but']);

/** Does a clause with a finite verb start at token m ("the dam could break", "Clinton is ahead")? Scans to the first punctuation. */
export function finiteClauseAt(v: View, m: number): boolean {
  for (let k = m + 1; k < v.toks.length && k - m <= CLAUSE_REACH; k++) {
    if (v.quoted[k] || v.mark[k] || (v.toks[k]!.kind === 'punct' && v.low[k] !== '-')) return false;
    // "had considered the conflict and that the price was…": the verb of a coordinated that-clause is not the
    // object's ("believe bigotry and xenophobia are acceptable" is one clause)
    if (COORDINATORS.has(v.low[k]!) && v.low[k + 1] === 'that') return false;
    // "he felt heart palpitations and was taken to a hospital": a verb right after "and" is the subject's second, no clause's
    if (COORDINATORS.has(v.low[k]!) && FINITE_VERBS.has(v.low[k + 1] ?? '')) return false;
    // "worries coalition officials more than the opposition does": a comparison's verb is no clause's
    if (v.low[k] === 'than') return false;
    if (FINITE_VERBS.has(v.low[k]!)) return true;
  }
  return false;
}

/** The spaced dash that closes an aside opened by the dash at token k, before `end` and outside quotes; -1 if none. */
function closingDash(v: View, k: number, end: number): number {
  for (let j = k + 1; j < v.toks.length && v.toks[j]!.start < end; j++) {
    const t = v.toks[j]!;
    if (t.text === ';') return -1;
    if (DASHES.has(t.text) && !v.quoted[j] && /\s/.test(v.text[t.start - 1] ?? '')) return j < v.toks.length - 2 ? j : -1;
  }
  return -1;
}

/** "last week", "this month": a time phrase at token k (after "to" no verb: "had agreed to last week"). */
function timePhraseAt(v: View, k: number): boolean {
  const w = v.low[k];
  return (w === 'last' || w === 'next' || w === 'this') && TIME_UNITS.has(v.low[k + 1] ?? '');
}

/** Index of the first token whose start (or, with `byEnd`, end) lies after offset `at`. */
export function firstTokenAfter(v: View, at: number, byEnd: boolean): number {
  const toks = v.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if ((byEnd ? t.end : t.start) > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The content from `start` to the end of its clause: the sentence end, a later
 * frame's left edge ("“open war,” which observers say…" ends at "observers"; a relative clause
 * with no frame of its own stays in, as PolNeAR marks it: "called Trump a “liar” who is…"),
 * a spaced dash that opens no closed aside ("key demand — that Kabul act…"),
 * or a semicolon outside quotes. Trailing punctuation and
 * coordinators ("…are likely, but") are trimmed; closing marks stay.
 */
export function boundContent(v: View, start: number, leftEdges: readonly number[]): Span {
  let end = v.sentence.end;
  // leftEdges are sorted: the first one after `start` bounds the content
  const next = leftEdges[firstAtLeast(leftEdges, start + 1)];
  if (next !== undefined && next < end) end = next;
  const first = firstTokenAfter(v, start, false);
  // "chanted “What curfew?” and kept going": a quoted sentence the content opens with ends at a coordinator
  const quoteFirst = first > 0 && v.mark[first - 1] === 'open' && v.toks[first - 1]!.start === start;
  for (let k = first; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.start >= end) break;
    if (v.quoted[k] || v.mark[k]) continue;
    if (quoteFirst && v.mark[k - 1] === 'close' && FINAL.has(v.low[k - 2] ?? '') && TRAILING_WORDS.has(v.low[k]!)) {
      end = v.toks[k - 1]!.end;
      break;
    }
    if (t.text === ';' || (DASHES.has(t.text) && /\s/.test(v.text[t.start - 1] ?? ''))) {
      // "Ruiz said the plant — the town's largest employer — would close": an aside between two dashes stays in
      const closing = DASHES.has(t.text) ? closingDash(v, k, end) : -1;
      if (closing > 0) {
        k = closing;
        continue;
      }
      end = t.start;
      break;
    }
  }
  // trim back over punctuation (not closing marks) and dangling coordinators
  let k = firstTokenAfter(v, end, true) - 1;
  while (k >= 0 && v.toks[k]!.start >= start) {
    const t = v.toks[k]!;
    // "…was late, which drivers say…": a relative pronoun left before a later frame dangles too
    const dangling = (t.kind === 'punct' && !v.mark[k] && !v.quoted[k]) || ((TRAILING_WORDS.has(v.low[k]!) || RELATIVES.has(v.low[k]!)) && !v.quoted[k]);
    if (!dangling) break;
    k--;
  }
  const last = k >= 0 ? v.toks[k]! : null;
  return { start, end: last && last.end > start ? last.end : end };
}

