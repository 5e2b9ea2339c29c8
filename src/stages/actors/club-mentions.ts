// "The club said", "the team said": a definite description that names again the nearest club named
// before it ("FC Dornheim", "Bristol Rovers", "Harlow Town"). A club's name seldom holds the noun itself,
// so the organisation that spoke last, a league or a federation, took the mention before. ("the company"
// is left to the quotes stage: in business news it is the story's company, seldom the one named last.)

import type { Doc } from '../../document.js';
import { firstIndex } from '../../document.js';
import { CLUB_PREFIXES } from '../../lexicon/organizations.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import { ACTS_AFTER } from './ministries.js';
import { isDigit, isLowerAscii, isUpperAscii } from '../segment/tokens.js';

/** Does the description at `at` act or speak: a cue or an act after it (`next`), or "according to" before it? */
function actsOrSpeaks(text: string, at: number, next: string): boolean {
  return REPORTING_CUES.has(next) || ACTS_AFTER.has(next) || text.slice(Math.max(0, at - 13), at).endsWith('according to ');
}

/** The description text[start, end) as a mention of the organisation `key` (null past the last sentence). */
function descriptionOf(doc: Doc, start: number, end: number, key: string, rule: string): Candidate | null {
  const sentence = firstIndex(doc.sentences.length, (k) => doc.sentences[k]!.end > start);
  if (sentence >= doc.sentences.length) return null;
  const mention = doc.text.slice(start, end);
  const tokens = mention.split(' ');
  return {
    start, end, text: mention, sentence, key, type: 'organization', strength: 2, rule,
    roles: [], affiliation: null, capitalOf: null, political: false, primary: false, tokens, lowerFirst: tokens[0]!.toLowerCase(), lookup: mention.toLowerCase(),
  };
}

// "the club said", "the team has", "according to the club": the noun and the word after it
const DESCRIPTION = /\b([Tt]he) (club|team)\b(?!['’-])(?: (\p{Ll}+))?/gu;
// the words a club's name ends on ("Leeds United", "Wigan Athletic", "Dornheim FC")
const CLUB_ENDS: ReadonlySet<string> = new Set(['club', 'fc', 'afc', 'united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'city', 'town', 'county']);
// how far back the organisation may be named (a reader keeps it in mind that long)
const REACH = 2000;
// a bounded number of descriptions per text
const MOST = 200;

/** Each "the club …" that acts or speaks, as a mention of the nearest club named before it. */
export function clubMentions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  const found: Candidate[] = [];
  let n = 0;
  for (const m of text.matchAll(DESCRIPTION)) {
    if (++n > MOST) break;
    if (!actsOrSpeaks(text, m.index, m[3] ?? '')) continue;
    const start = m.index + m[1]!.length + 1;
    const named = nearestClub(cands, m.index);
    const mention = named && descriptionOf(doc, start, start + m[2]!.length, named.key, 'actors/club-named-before');
    if (mention) found.push(mention);
  }
  for (const c of found) cands.push(c);
}

/** The last club candidate that ends before `at`, within REACH (candidates are not all in text order yet). */
function nearestClub(cands: readonly Candidate[], at: number): Candidate | null {
  let best: Candidate | null = null;
  for (const c of cands) {
    if (c.end > at || at - c.end > REACH || c.type !== 'organization' || !isClub(c)) continue;
    if (!best || c.end > best.end) best = c;
  }
  return best;
}

function lastWord(c: Candidate): string {
  const last = c.tokens[c.tokens.length - 1]!.toLowerCase();
  return last.endsWith('.') ? last.slice(0, -1) : last;
}

/** "FC Dornheim", "KV Oudenburg", "Leeds United", "Harlow Town" (an organisation's, not the town's). */
function isClub(c: Candidate): boolean {
  if (c.tokens.length < 2) return false;
  return (CLUB_PREFIXES.has(c.lowerFirst) && c.tokens[0] === c.tokens[0]!.toUpperCase()) || CLUB_ENDS.has(lastWord(c));
}

// "The operator, Ferrocarriles del Centro (FdC), said": an organisation's noun set off before its name
const SET_OFF = /\b([Tt]he) (operator|company|airline|carrier|firm|union|regulator|insurer|lender|railway|utility|broadcaster|developer|manufacturer|maker|retailer|group|agency|club|team), (?=\p{Lu})/gu;

/** Each "The operator, <organisation>," as a mention of that organisation: the description is its subject's head. */
export function setOffDescriptions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  if (!text.includes(', ')) return;
  let byStart: Map<number, Candidate> | null = null;
  const found: Candidate[] = [];
  let n = 0;
  for (const m of text.matchAll(SET_OFF)) {
    if (++n > MOST) break;
    if (!byStart) {
      byStart = new Map();
      for (const c of cands) if (c.type === 'organization' && !byStart.has(c.start)) byStart.set(c.start, c);
    }
    const named = byStart.get(m.index + m[0].length);
    const start = m.index + m[1]!.length + 1;
    const mention = named && descriptionOf(doc, start, start + m[2]!.length, named.key, 'actors/set-off-description');
    if (mention) found.push(mention);
  }
  for (const c of found) cands.push(c);
}

// "after the Danish drugmaker said", "according to the Texas-based carmaker": a company's trade after its country's or
// town's word, that acts ("the airline said", "the company said" alone are the quotes stage's: in business news the story's
// company, seldom the one named last)
const TRADES: ReadonlySet<string> = new Set([
  'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'miner', 'retailer', 'lender', 'insurer', 'airline', 'carrier', 'utility',
  'broadcaster', 'publisher', 'manufacturer', 'conglomerate', 'bank',
]);
// "the", then the words are read one by one (trade()): no pattern with optional words to backtrack over
const THE = /\b[Tt]he /g;
// the last words of a public body's name: no company's
const PUBLIC_ENDS: ReadonlySet<string> = new Set(['ministry', 'police', 'court', 'parliament', 'government', 'council', 'department', 'agency', 'commission', 'authority', 'office', 'service', 'army', 'union']);
// how far back the company may be named: the sentence or the one before
const TRADE_REACH = 400;

interface Trade {
  /** where the description's word ("Danish", "Texas-based") starts, and its end; -1 when there is none */
  start: number;
  wordEnd: number;
  /** the trade's end, and the lower-case word after it ('' when none) */
  end: number;
  next: string;
  /** the end of all that was read (the word after the trade included) */
  readEnd: number;
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
// (a-z and A-Z by their codes: these run at every "the " of the text; the property tests only past ASCII)
const isLower = (c: string) => isLowerAscii(c.charCodeAt(0)) || (c.charCodeAt(0) > 127 && LOWER.test(c));
const isUpper = (c: string) => isUpperAscii(c.charCodeAt(0)) || (c.charCodeAt(0) > 127 && UPPER.test(c));
const isAsciiWord = (code: number) => isDigit(code) || isUpperAscii(code) || isLowerAscii(code) || code === 95;

/** The end of the run of lower-case letters from `i` (at most `most` of them; `i` when none). */
function lowerRun(text: string, i: number, most: number): number {
  let j = i;
  while (j - i < most && j < text.length && isLower(text[j]!)) j++;
  return j;
}

/** "Danish " (a capital and 2–20 lower-case letters) or "Texas-based ", "texas-based " from `i`: the word's end, or -1. */
function describingWord(text: string, i: number): number {
  const upper = isUpper(text[i] ?? '') ? 1 : 0;
  const stem = lowerRun(text, i + upper, 21);
  const letters = stem - i;
  if (upper && text[stem] === ' ') return letters >= 3 && letters <= 21 ? stem : -1;
  if (letters < 3 || letters > 20 || text[stem] !== '-') return -1;
  for (const tail of ['based', 'owned', 'run']) if (text.startsWith(tail + ' ', stem + 1)) return stem + 1 + tail.length;
  return -1;
}

/** A trade word from `i` that ends on a word boundary with no apostrophe or hyphen after it: its end, or -1. */
function tradeAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLowerAscii(text.charCodeAt(j))) j++;
  if (!TRADES.has(text.slice(i, j))) return -1;
  const after = text.charCodeAt(j);
  return isAsciiWord(after) || after === 39 || after === 0x2019 || after === 45 ? -1 : j;
}

/** "the Danish drugmaker said" read from `i` (after "the "): the description, its trade and the word after it, or null. */
function trade(text: string, i: number): Trade | null {
  let start = -1;
  let wordEnd = -1;
  let end = -1;
  const word = describingWord(text, i);
  if (word >= 0) {
    end = tradeAt(text, word + 1);
    if (end >= 0) [start, wordEnd] = [i, word];
  }
  if (end < 0) end = tradeAt(text, i);
  if (end < 0) return null;
  const nextEnd = text[end] === ' ' ? lowerRun(text, end + 1, Infinity) : end;
  const next = nextEnd > end + 1 ? text.slice(end + 1, nextEnd) : '';
  return { start, wordEnd, end, next, readEnd: next ? nextEnd : end };
}

/** Each "the <trade>" that acts or speaks, as a mention of the company named last, shortly before it. */
export function tradeMentions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  const found: Candidate[] = [];
  let n = 0;
  let readTo = 0;
  for (const m of text.matchAll(THE)) {
    if (m.index < readTo) continue;
    const t = trade(text, m.index + 4);
    if (!t) continue;
    readTo = t.readEnd;
    if (++n > MOST) break;
    if (!actsOrSpeaks(text, m.index, t.next)) continue;
    // a description of the company just named: its country's or its town's word ("The airline said" alone is the quotes stage's)
    if (t.start < 0) continue;
    const word = text.slice(t.start, t.wordEnd);
    if (!word.includes('-') && !GAZETTEER.demonyms.has(word.toLowerCase())) continue;
    const named = nearestCompany(cands, m.index);
    const mention = named && descriptionOf(doc, t.start, t.end, named.key, 'actors/trade-named-before');
    if (mention) found.push(mention);
  }
  for (const c of found) cands.push(c);
}

/** The last organisation named by a capitalised name (no public body's) that ends before `at`, within TRADE_REACH. */
function nearestCompany(cands: readonly Candidate[], at: number): Candidate | null {
  let best: Candidate | null = null;
  for (const c of cands) {
    if (c.end > at || at - c.end > TRADE_REACH || c.type !== 'organization' || c.rule.startsWith('actors/lowercase') || c.rule.endsWith('-named-before')) continue;
    if (PUBLIC_ENDS.has(lastWord(c))) continue;
    if (!best || c.end > best.end) best = c;
  }
  return best;
}

// "Seaward Risk, a London-based maritime security firm, said": an organisation described by its kind in apposition
const DESCRIBED_AS = /^, (?:a|an) (?:[\p{L}'’-]{1,24} ){0,4}?(firm|company|group|agency|charity|union|insurer|lender|bank|airline|carrier|operator|broadcaster|publisher|watchdog|nonprofit|organi[sz]ation|association|network|website|newspaper|pollster|contractor|consultancy|manufacturer|retailer|utility|drugmaker|carmaker|automaker|miner|shipowner)(?=[,.;]| (?:that|which|whose|based|with)\b)/u;
// "the firm said", "the company has", "according to the firm": the noun and the word after it (checked against DESCRIBED_AS's nouns)
const THE_NOUN = /\b([Tt]he) (\p{Ll}{3,20})\b(?!['’-])(?: (\p{Ll}+))?/gu;

/**
 * Each "the <noun>" that acts or speaks after an organisation was described as one ("Seaward Risk, a
 * maritime security firm, said … the firm said"), as a mention of that organisation; none when two were
 * described so ("the company" of two companies stays the quotes stage's).
 */
export function describedMentions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  if (!text.includes(', a')) return;
  let kinds: Map<string, { key: string; end: number } | null> | null = null;
  for (const c of cands) {
    if (c.type !== 'organization' || text.charCodeAt(c.end) !== 44) continue;
    const m = DESCRIBED_AS.exec(text.slice(c.end, c.end + 120));
    if (!m) continue;
    kinds ??= new Map();
    const seen = kinds.get(m[1]!);
    if (seen === undefined) kinds.set(m[1]!, { key: c.key, end: c.end + m[0].length });
    else if (seen !== null && seen.key !== c.key) kinds.set(m[1]!, null);
  }
  if (!kinds) return;
  const found: Candidate[] = [];
  let n = 0;
  for (const m of text.matchAll(THE_NOUN)) {
    const kind = kinds.get(m[2]!);
    if (!kind || m.index < kind.end) continue;
    if (++n > MOST) break;
    if (!actsOrSpeaks(text, m.index, m[3] ?? '')) continue;
    const start = m.index + m[1]!.length + 1;
    // (a mention another rule made already stands)
    if (cands.some((c) => c.start === start)) continue;
    const mention = descriptionOf(doc, start, start + m[2]!.length, kind.key, 'actors/described-before');
    if (mention) found.push(mention);
  }
  for (const c of found) cands.push(c);
}
