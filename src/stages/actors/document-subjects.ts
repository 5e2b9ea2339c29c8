// A written work that opens a sentence and says or shows something is an unnamed source, as the
// golds have it: "A 2024 study by the … Centre found that …", "Documents seen by the Courier show that
// …", "A new survey of farmers found …". "The lawsuit says …" names again the lawsuit named before
// ("according to a wrongful death lawsuit filed by her family", actors/unnamed-document); a bare
// definite one with none before ("The report said") stands for its issuer (the quotes stage's).

import { REPORTING_CUES, THING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

// works whose content is reported as their own: the head of the phrase (singular and plural)
const WORK_HEADS: ReadonlyMap<string, string> = new Map([
  ['study', 'study'], ['studies', 'study'], ['lawsuit', 'lawsuit'], ['lawsuits', 'lawsuit'], ['suit', 'lawsuit'], ['survey', 'survey'],
  ['surveys', 'survey'], ['poll', 'poll'], ['polls', 'poll'], ['analysis', 'analysis'], ['audit', 'audit'], ['review', 'review'],
  ['documents', 'documents'], ['emails', 'emails'], ['records', 'records'], ['research', 'research'], ['paper', 'paper'],
  ['indictment', 'indictment'], ['complaint', 'complaint'], ['filing', 'filing'], ['report', 'report'],
]);
// the words after the head that may come before its verb: "by", "of", a participle, a date
const POST_LEADS: ReadonlySet<string> = new Set(['by', 'of', 'from', 'in', 'on', 'filed', 'published', 'seen', 'reviewed', 'released', 'obtained', 'conducted', 'commissioned', 'led', 'carried', 'out', 'issued']);
// verbs a work's content follows besides the reporting cues
const WORK_CUES: ReadonlySet<string> = new Set(['found', 'finds', 'concluded', 'concludes', 'shows', 'show', 'showed', 'accuses', 'accused', 'alleges', 'says', 'said']);
// finite verbs that end the search: "A study was published …" reports nothing
const STOPS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'that', 'which', 'who']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'still']);
// no modifier of a work: "When the poll …", "If documents …"
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'when', 'while', 'if', 'as', 'after',
  'before', 'since', 'because', 'although', 'though', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'to', 'but', 'and', 'or',
  'no', 'not', 'one', 'another', 'every', 'each', 'some', 'any', 'such', 'other', 'both', 'all', 'many', 'most', 'earlier', 'later',
]);
const MODIFIERS = 4;
const REACH = 14;
// how far back the work a definite one names again may be
const SAME_WORK_REACH = 3000;

/** The work that opens the sentence and speaks, as an unnamed candidate (or a mention of the same work named before). */
export function documentSubject(words: readonly Word[], text: string, sentence: number, cands: Candidate[]): void {
  // ("But a 46-page analysis … found": a conjunction opens the sentence, not the phrase)
  const open = CONJUNCTIONS.has(words[0]?.lower ?? '') ? 1 : 0;
  let k = open;
  const article = words[open]?.lower;
  const definite = article === 'the';
  if (article === 'a' || article === 'an' || definite) k++;
  const from = k;
  while (k < words.length && k - from < MODIFIERS && !WORK_HEADS.has(words[k]!.lower) && modifier(words[k]!, k === 0)) k++;
  const head = words[k];
  const work = head && !head.possessive ? WORK_HEADS.get(head.lower) : undefined;
  if (!work || !speaksAfter(words, k + 1)) return;
  // ("A report said": an indefinite report is the report; "The report said" its issuer's)
  if (definite) {
    const before = sameWork(cands, work, head.start);
    if (before && k === from) cands.push(candidate(words, text, sentence, open, k, before.key, 'actors/document-named-before'));
    return;
  }
  // ("Officials said", "Studies show": a bare plural or an indefinite one, its own work)
  // ("Documents seen by the Courier show": a bare plural is named with its reader, a work of its own, not
  // the "internal documents" named before)
  const to = k === open ? readerEnd(words, k + 1, k) : k;
  const phrase = text.slice(words[open]!.start, words[to]!.end).toLowerCase();
  cands.push(candidate(words, text, sentence, open, to, 'unnamed:' + phrase, 'actors/document-subject'));
}

// participles that name who has read or published a work: "Documents seen by", "Records obtained by"
const READ_BY: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'published', 'released', 'filed', 'viewed', 'examined']);
const READER_WORDS = 4;

/** "seen by the Courier", "obtained by The Sydney Chronicle": the reader's last word (capitalised words after "by" and an optional "the"), or `head`. */
function readerEnd(words: readonly Word[], at: number, head: number): number {
  if (!READ_BY.has(words[at]?.lower ?? '') || words[at + 1]?.lower !== 'by') return head;
  let k = at + 2;
  if (words[k]?.lower === 'the') k++;
  let end = head;
  for (const from = k; k < words.length && k - from < READER_WORDS; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.text === w.lower || w.possessive) break;
    end = k;
  }
  return end;
}

/** A lower-case word (capitalised as the sentence's first), a number or a year before the head: "wrongful", "2024", "Internal". */
function modifier(w: Word, first: boolean): boolean {
  return !w.possessive && (w.kind === 'number' || (w.kind === 'word' && (first || w.text === w.lower) && !FUNCTION_WORDS.has(w.lower)));
}

/** Does a cue follow within reach, past a phrase of "by/of …" or a participle, before any other verb? */
function speaksAfter(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k - from < REACH; k++) {
    const w = words[k]!;
    const l = w.lower;
    if ((REPORTING_CUES.has(l) || THING_CUES.has(l) || WORK_CUES.has(l)) && l !== 'according' && w.text === l) return true;
    if (k === from && !POST_LEADS.has(l)) return false;
    if (STOPS.has(l) || w.text === '.' || w.text === ';' || w.text === ',') return false;
  }
  return false;
}

/** The last work of this kind named in the text before `at`, within reach. */
function sameWork(cands: readonly Candidate[], work: string, at: number): Candidate | undefined {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (at - c.end > SAME_WORK_REACH) return undefined;
    if (c.type !== 'unnamed' || (c.rule !== 'actors/document-subject' && c.rule !== 'actors/unnamed-document')) continue;
    if (WORK_HEADS.get(c.tokens[c.tokens.length - 1]!.toLowerCase()) === work) return c;
  }
  return undefined;
}

function candidate(words: readonly Word[], text: string, sentence: number, from: number, to: number, key: string, rule: string): Candidate {
  const start = words[from]!.start;
  const phrase = text.slice(start, words[to]!.end);
  const tokens: string[] = [];
  for (let j = from; j <= to; j++) tokens.push(words[j]!.text);
  return {
    start, end: words[to]!.end, text: phrase, sentence, key, type: 'unnamed', strength: 4, rule, roles: [], affiliation: null,
    capitalOf: null, political: false, primary: true, tokens, lowerFirst: words[from]!.lower, lookup: phrase.toLowerCase(),
  };
}
