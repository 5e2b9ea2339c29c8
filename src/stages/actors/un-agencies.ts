// "The U.N. children's agency said" … "UNICEF said": a UN agency named by its work is the agency its
// short form names, one actor (before, the description was a mention of the United Nations and UNICEF
// an actor apart). The descriptions are a lexicon (organizations.ts UN_AGENCY_DESCRIPTIONS).

import type { Doc } from '../../document.js';
import { firstIndex } from '../../document.js';
import { nameKey, organizationKey } from '../../lexicon/gazetteer.js';
import { UN_AGENCY_DESCRIPTIONS } from '../../lexicon/organization-names.js';
import type { Candidate } from './candidates.js';

// "U.N. children's agency", "UN's nuclear watchdog", "United Nations refugee agency": the UN's name, then up to three words
// before the head, read word by word (headAfter()): no pattern with optional words to backtrack over
const UN = /\b(?:U\.N\.|UN|United Nations)(?:['’]s)? /gu;
const HEAD_WORDS = ['agency', 'fund', 'watchdog', 'body', 'office', 'programme', 'program'];
const HEADS = [' agency', ' fund', ' watchdog', ' body', ' office', ' program'];
const WORD_CHAR = /^[\p{L}'’-]$/u;
const ASCII_WORD = /^[A-Za-z0-9_]$/;

/** The head word at `i`, whole (no letter, digit or underscore after it), or ''. */
function headAt(text: string, i: number): string {
  for (const h of HEAD_WORDS) if (text.startsWith(h, i) && !ASCII_WORD.test(text[i + h.length] ?? '')) return h;
  return '';
}

/**
 * From `i`: up to three words (letters, apostrophes, hyphens; one space after each), then a head word; the last such head
 * within reach. Returns where the words start and the head's end, or null.
 */
function headAfter(text: string, i: number): { words: string; head: string; end: number } | null {
  // the starts of the words that may stand before the head
  const starts = [i];
  let at = i;
  while (starts.length <= 3) {
    let k = at;
    while (k < text.length && k - at < 100 && WORD_CHAR.test(text[k]!)) k++;
    if (k === at || text[k] !== ' ') break;
    at = k + 1;
    starts.push(at);
  }
  for (let n = starts.length - 1; n >= 0; n--) {
    const head = headAt(text, starts[n]!);
    if (head) return { words: text.slice(i, starts[n]), head, end: starts[n]! + head.length };
  }
  return null;
}

// a bounded number per text
const MOST = 200;

/** Each UN agency named by its work, as a candidate keyed as its short form (no name of its own: "UNICEF" names it). */
export function unAgencyCandidates(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  if (!text.includes('U') || !HEADS.some((h) => text.includes(h))) return;
  let n = 0;
  let readTo = 0;
  for (const m of text.matchAll(UN)) {
    if (m.index < readTo) continue;
    const found = headAfter(text, m.index + m[0].length);
    if (!found) continue;
    readTo = found.end;
    if (++n > MOST) break;
    const described = (found.words + found.head).toLowerCase().replace(/’/g, "'");
    const short = UN_AGENCY_DESCRIPTIONS.get(described) ?? UN_AGENCY_DESCRIPTIONS.get(described.slice(described.indexOf(' ') + 1));
    if (!short) continue;
    const key = organizationKey(short, short.toLowerCase());
    if (!key) continue;
    const start = m.index;
    const end = found.end;
    const sentence = firstIndex(doc.sentences.length, (k) => doc.sentences[k]!.end > start);
    if (sentence >= doc.sentences.length) continue;
    const name = text.slice(start, end);
    const tokens = name.split(' ');
    cands.push({
      start, end, text: name, sentence, key, type: 'organization', strength: 4, rule: 'actors/un-agency', roles: [], affiliation: null,
      capitalOf: null, political: false, primary: false, tokens, lowerFirst: tokens[0]!.toLowerCase(), lookup: nameKey(name),
    });
  }
}
