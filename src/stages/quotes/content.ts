// Where a cue's content starts: "said in an October 19 interview that “terrorism”…", "told Al Jazeera
// that…", "promised to cut fares", "expects the restructuring to cost…" (its end: content-bound.ts).

import { ACCOUNT_NOUNS, LEARNING_VERBS, STATEMENT_NOUNS } from '../../lexicon/cue-phrases.js';
import { CLAUSE_COORDINATORS, DETERMINERS, FINITE_VERBS, PREPOSITIONS, SETTING_STARTS, SPEAKER_PRONOUNS, TIME_OPENERS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, type CueFrame } from '../../lexicon/reporting-verbs.js';
import type { QuotedSpan } from './marks.js';
import { isCapitalized, type View } from './tokens.js';
import { TIME_UNITS } from '../../lexicon/time.js';
import { isEnd } from './content-bound.js';
import { DASHES } from '../../lexicon/punctuation.js';
import { addresseeEnd } from './verb-checks.js';
import { documentSettingToEnd, durationBeforeAt, meansAt, quantityAt, quoteAfterSetting, quoteRightAfter, SETTINGS, settingPhraseAt, settingToEnd, SHORT_SETTING, thatAhead, timeSubjectAt } from './content-after-cue.js';

/**
 * Offset where the content after the cue ending at token `cueEnd` starts, or
 * null when the cue has nothing after it ("…,” he said." / "…, officials said on Monday.").
 */
/** Adverbs set off by commas between a cue and its content: "said, however, that". */
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'too', 'also', 'moreover', 'nonetheless', 'nevertheless', 'meanwhile', 'instead', 'again', 'later', 'separately']);

const AS_DID: ReadonlySet<string> = new Set(['did', 'does', 'do', 'had', 'has', 'have']);
const AS_ASIDE_REACH = 8;

/** The comma that closes an aside of words opening at token k, within a short reach; -1 if none. */
function asideClose(v: View, k: number): number {
  for (let j = k; j < v.toks.length && j - k < AS_ASIDE_REACH; j++) {
    if (v.quoted[j] || v.mark[j]) return -1;
    if (v.toks[j]!.kind === 'punct') return v.low[j] === ',' && j > k ? j : -1;
  }
  return -1;
}

export function contentStart(v: View, spans: readonly QuotedSpan[], cueEnd: number, frame: CueFrame): number | null {
  let m = cueEnd + 1;
  if (isEnd(v, m)) return null;
  const w = v.low[m]!;
  // ("Several passengers disputed that account, and…": "that" points at a statement noun, the object; BLIND14 C6)
  if (w === 'that' && demonstrativeObject(v, m)) return v.toks[m]!.start;
  if (w === 'that') return isEnd(v, m + 1) ? null : v.toks[m + 1]!.start;
  if (w === ':') {
    if (!isEnd(v, m + 1)) return v.toks[m + 1]!.start;
    // colon lead-in: "Caddell continued:" then the quote in the next paragraph
    const q = quoteRightAfter(v.text, spans, v.toks[m]!.end);
    return q ? q.open : null;
  }
  // "She said, however, that the plan would fail": an adverb set off by commas before "that" or a quotation
  if (w === ',' && ASIDE_ADVERBS.has(v.low[m + 1] ?? '') && v.low[m + 2] === ',') {
    if (v.low[m + 3] === 'that' && !isEnd(v, m + 4)) return v.toks[m + 4]!.start;
    if (v.mark[m + 3] === 'open') return v.toks[m + 3]!.start;
  }
  // "Several experts cautioned, as did the campaign itself, that the plan might change": an aside of comparison
  // ("The mayor argued, as she has for years, that…")
  if (w === ',' && v.low[m + 1] === 'as') {
    const close = asideClose(v, m + 2);
    if (close > 0 && v.low[close + 1] === 'that' && !isEnd(v, close + 2) && v.low.slice(m + 2, close).some((x) => AS_DID.has(x))) return v.toks[close + 2]!.start;
  }
  if (w === ',') return v.mark[m + 1] === 'open' ? v.toks[m + 1]!.start : null;
  if (v.mark[m] === 'open') return v.toks[m]!.start;
  if (v.toks[m]!.kind === 'punct' && !DASHES.has(w)) return null;
  const that = thatAhead(v, m);
  if (frame === 'tell') {
    if (that >= 0) return isEnd(v, that + 1) ? null : v.toks[that + 1]!.start;
    // "…, Medina told local radio.", "told a news conference on Monday": an addressee of several
    // words that ends the clause leaves no content
    const addressee = addresseeEnd(v, cueEnd);
    if (addressee > m && (isEnd(v, addressee + 1) || (SETTING_STARTS.has(v.low[addressee + 1]!) && settingToEnd(v, addressee + 1)))) return null;
    // the addressee: "told reporters the deal was off", "told Al Jazeera…"
    // "told the defendants they had shown…": a determiner and its noun ("the Associated Press", "the court")
    // ("told her to leave", "told her the deal was off": "her" alone is the addressee)
    if (DETERMINERS.has(w) && m + 2 < v.toks.length && nounAfterDeterminer(v, m + 1)) m++;
    if (isCapitalized(v.toks[m]!.text)) while (m < v.toks.length && isCapitalized(v.toks[m]!.text)) m++;
    else m++;
    // ("she told American and Tanzanian workers at the embassy": the addressee goes on, no content)
    if (isEnd(v, m) || CLAUSE_COORDINATORS.has(v.low[m]!)) return null;
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
  // "Two agents who testified against him … are due to be sentenced": a speech act against someone says no clause
  if (frame === 'speech' && w === 'against' && that < 0 && CUE_WORDS.get(v.low[cueEnd]!)?.base === 'testify') return null;
  const duration = durationBeforeAt(v, m);
  const setting = (SETTING_STARTS.has(w) && !quantityAt(v, m) && !timeSubjectAt(v, m)) || settingPhraseAt(v, m, SETTINGS.get(w)) || meansAt(v, m) || duration;
  if (setting && that >= 0) return isEnd(v, that + 1) ? null : v.toks[that + 1]!.start;
  if (setting) {
    // "The European Commission said on Wednesday it would study the report": a pronoun and its verb after the setting
    // (before an infinitive further on: "said on Monday it had agreed to buy…" reports the whole clause; lead15 P6)
    for (let j = m + 2; frame === 'speech' && j - m < SHORT_SETTING && !isEnd(v, j + 1) && v.toks[j]!.kind !== 'punct'; j++) {
      if (SPEAKER_PRONOUNS.has(v.low[j]!) && FINITE_VERBS.has(v.low[j + 1]!) && !v.quoted[j]) return v.toks[j]!.start;
    }
    // "voted Thursday to hold Bryan Pagliano…", "vowed on Monday to appeal": an infinitive after the setting
    const infinitive = infinitiveAfterSetting(v, m, frame);
    if (infinitive >= 0) return v.toks[infinitive]!.start;
    // "said in a statement, “We will not back down.”": the quotation after the setting's comma
    const quote = quoteAfterSetting(v, m);
    if (quote >= 0) return v.toks[quote]!.start;
    // "said on Monday." / "said in a statement.": a short setting, then the end
    if (documentSettingToEnd(v, m)) return null;
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
    if (frame === 'intention' && !CLAUSE_COORDINATORS.has(v.low[cueEnd - 1] ?? '') && objectInfinitive(v, m)) return v.toks[m]!.start;
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

/** Does a clause with a finite verb start at token m ("the dam could break", "Clinton is ahead")? Scans to the first punctuation. */
export function finiteClauseAt(v: View, m: number): boolean {
  // ("A memorial service planned at the university for Saturday was canceled": a clause opens on no preposition)
  if (PREPOSITIONS.has(v.low[m] ?? '') && v.low[m] !== 'to' && !v.quoted[m]) return false;
  for (let k = m + 1; k < v.toks.length && k - m <= CLAUSE_REACH; k++) {
    if (v.quoted[k] || v.mark[k] || (v.toks[k]!.kind === 'punct' && v.low[k] !== '-')) return false;
    // "had considered the conflict and that the price was…": the verb of a coordinated that-clause is not the
    // object's ("believe bigotry and xenophobia are acceptable" is one clause)
    if (CLAUSE_COORDINATORS.has(v.low[k]!) && v.low[k + 1] === 'that') return false;
    // "he felt heart palpitations and was taken to a hospital": a verb right after "and" is the subject's second, no clause's
    if (CLAUSE_COORDINATORS.has(v.low[k]!) && FINITE_VERBS.has(v.low[k + 1] ?? '')) return false;
    // "worries coalition officials more than the opposition does": a comparison's verb is no clause's
    if (v.low[k] === 'than') return false;
    // "showed no emotion as the sentence was read": a subordinate clause's verb after an object is no complement's
    if (TIME_OPENERS.has(v.low[k]!) && !v.quoted[k]) return false;
    // ("alerted the WHO on May 12": a month or a name in capitals is no modal)
    if (FINITE_VERBS.has(v.low[k]!) && !((v.low[k] === 'may' || v.low[k] === 'will') && isCapitalized(v.toks[k]!.text))) return true;
  }
  return false;
}


/** "last week", "this month": a time phrase at token k (after "to" no verb: "had agreed to last week"). */
function timePhraseAt(v: View, k: number): boolean {
  const w = v.low[k];
  return (w === 'last' || w === 'next' || w === 'this') && TIME_UNITS.has(v.low[k + 1] ?? '');
}


/** Is the "that" at token m a determiner before a statement noun that ends the clause ("disputed that account, and…")? */
function demonstrativeObject(v: View, m: number): boolean {
  const noun = v.low[m + 1] ?? '';
  if (!(STATEMENT_NOUNS.has(noun) || ACCOUNT_NOUNS.has(noun)) || v.quoted[m + 1]) return false;
  const after = v.toks[m + 2];
  if (!after || isEnd(v, m + 2) || (after.kind === 'punct' && (after.text === ',' || after.text === ';'))) return true;
  // ("rejected that version of events.": an "of" phrase to the clause's end with no verb; not "said that account of
  // events was false")
  if (v.low[m + 2] !== 'of') return false;
  for (let k = m + 3; k < v.toks.length && k - m <= OF_PHRASE_REACH; k++) {
    if (isEnd(v, k) || (v.toks[k]!.kind === 'punct' && (v.low[k] === ',' || v.low[k] === ';'))) return true;
    if (v.quoted[k] || v.toks[k]!.kind !== 'word' || FINITE_VERBS.has(v.low[k]!) || v.low[k]!.endsWith('ed')) return false;
  }
  return false;
}
const OF_PHRASE_REACH = 7;
