// "At least 23 people were killed, the provincial governor said. … Governor Mariela Sosa told a news
// conference …": a title in lower case that speaks names the one person of the text who carries that
// title, named before or after it (BLIND11 A17). Two people with the title, or none: no mention.

import type { Doc } from '../../document.js';
import { firstIndex } from '../../document.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import { isDigit, isLowerAscii, isUpperAscii } from '../segment/tokens.js';

// the offices one person holds in a story's place: "the governor", "the provincial governor", "the mayor"
const ONE_HOLDER: ReadonlySet<string> = new Set(['governor', 'mayor', 'sheriff', 'coroner', 'premier', 'chancellor', 'archbishop', 'bishop', 'warden', 'superintendent', 'commissioner']);
// "the provincial governor said", "according to the county sheriff": "the", then up to two lower-case words before the
// title, read one by one (titledAt()): no pattern with optional words to backtrack over
const THE = /\b[Tt]he /g;
const REACH = 3000;
const MOST = 200;

/** Each speaking "the … governor" as a mention of the one person the text names with that title. */
export function titleMentions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  let holders: Map<string, Candidate | null> | null = null;
  const found: Candidate[] = [];
  let n = 0;
  let readTo = 0;
  for (const m of text.matchAll(THE)) {
    if (m.index < readTo) continue;
    const t = titledAt(text, m.index + 4);
    if (!t) continue;
    readTo = t.readEnd;
    if (++n > MOST) break;
    if (!REPORTING_CUES.has(t.next) && !text.slice(Math.max(0, m.index - 13), m.index).endsWith('according to ')) continue;
    holders ??= titleHolders(cands);
    const { title, start } = t;
    const holder = holders.get(title);
    if (!holder || Math.abs(holder.start - m.index) > REACH) continue;
    const sentence = firstIndex(doc.sentences.length, (k) => doc.sentences[k]!.end > start);
    if (sentence >= doc.sentences.length) continue;
    found.push({
      start, end: start + title.length, text: title, sentence, key: holder.key, type: 'person', strength: 2, rule: 'actors/title-named',
      roles: [], affiliation: null, capitalOf: null, political: false, primary: false, tokens: [title], lowerFirst: title, lookup: title,
    });
  }
  for (const c of found) cands.push(c);
}

const isAsciiWord = (code: number) => isDigit(code) || isUpperAscii(code) || isLowerAscii(code) || code === 95;

/** The end of the run of a–z from `i`. */
function lowerRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLowerAscii(text.charCodeAt(j))) j++;
  return j;
}

/**
 * "provincial governor said" read from `i` (after "the "): the title of ONE_HOLDER first, or after one or two words of
 * a–z and hyphens (1–24 letters each), on a word boundary with no apostrophe or hyphen after it; the lower-case word
 * after it; and the end of all that was read. Null when there is no such title.
 */
function titledAt(text: string, i: number): { title: string; start: number; next: string; readEnd: number } | null {
  let at = i;
  for (let words = 0; words <= 2; words++) {
    const end = lowerRun(text, at);
    const after = text.charCodeAt(end);
    const word = text.slice(at, end);
    if (ONE_HOLDER.has(word) && !isAsciiWord(after) && after !== 39 && after !== 0x2019 && after !== 45) {
      const nextEnd = after === 32 ? lowerRun(text, end + 1) : end;
      return { title: word, start: at, next: text.slice(end + 1, nextEnd), readEnd: nextEnd > end + 1 ? nextEnd : end };
    }
    // a word of a–z and hyphens, then one space
    let k = at;
    while (k < text.length && k - at < 25 && (isLowerAscii(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
    if (k === at || k - at > 24 || text.charCodeAt(k) !== 32) return null;
    at = k + 1;
  }
  return null;
}

/** For each title of ONE_HOLDER, the one person whose role ends on it (null: two people carry it). */
function titleHolders(cands: readonly Candidate[]): Map<string, Candidate | null> {
  const out = new Map<string, Candidate | null>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    for (const role of c.roles) {
      const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
      if (!ONE_HOLDER.has(last)) continue;
      const seen = out.get(last);
      if (seen === undefined) out.set(last, c);
      else if (seen !== null && seen.key !== c.key) out.set(last, null);
    }
  }
  return out;
}
