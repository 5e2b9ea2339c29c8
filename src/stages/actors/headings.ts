// Titles, headings and title-cased lines ("Stealth Over Health: Hillary Clinton Was Headed to
// ER") capitalise every word: there only names known from a lexicon or from the body count.

import { AMBIGUOUS_PLACES, NON_ENTITIES } from '../../lexicon/non-entities.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import { entityKey, typeByShape } from './shape.js';
import { hyphenParts } from './hyphens.js';
import { userCandidates, type UserIndex } from './user.js';
import { isAllCaps, isCapitalised, runKey, startsLower, startsUpper, type Word } from './words.js';
import { nearLocative } from './lone.js';
import type { ActorType } from '../../types.js';
import type { Doc } from '../../document.js';

export function collectHeading(
  doc: Doc, words: Word[], sentence: number, user: UserIndex, bodyKeys: ReadonlyMap<string, Candidate>, cands: Candidate[],
): void {
  for (const c of userCandidates(words, doc.text, sentence, user)) cands.push(c);
  hyphenParts(words, sentence, cands);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    // the capitalised words from here, at most four: the longest name among them wins
    let len = 1;
    while (len < 4 && i + len < words.length && isCapitalised(words[i + len]!)) len++;
    for (let n = len; n >= 1; n--) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const key = runKey(words, i, i + n, doc.text);
      // ("Polish Lawmakers Narrowly Pass …": a demonym names no actor in a heading either)
      // ("Male Suspect Shot", "Give Us a Few Figures": a place that is also a word, unless the body names it)
      if (n === 1 && AMBIGUOUS_PLACES.has(key) && first.text !== 'US' && !bodyKeys.has(key)) continue;
      if (NON_ENTITIES.has(key) || (GAZETTEER.demonyms.has(key) && GAZETTEER.places.get(key)?.kind !== 'country')) continue;
      const shape = typeByShape(words, i, i + n, key);
      const lexical = shape && shape.strength >= 4;
      const body = lexical ? undefined : bodyKeys.get(key);
      if (!lexical && !body) continue;
      // "Kenyan Police Accused …" when the body has only "police said": the unnamed source
      const unnamed = body?.type === 'unnamed';
      const name = doc.text.slice(first.start, last.end);
      const tokens: string[] = [];
      for (let k = i; k < i + n; k++) tokens.push(words[k]!.text);
      cands.push({
        start: first.start, end: last.end, text: name, sentence, key: unnamed ? body.key : entityKey(key, name),
        type: unnamed ? 'unnamed' : shape?.type ?? headingType(words, i, body), strength: lexical ? shape.strength : 0, rule: 'actors/heading-name', roles: [],
        affiliation: null, capitalOf: null, political: false, primary: true, tokens, lowerFirst: first.lower, lookup: key,
      });
      i += n - 1;
      break;
    }
  }
}

/**
 * A heading's name no word list types: "… robbery in Queens hotel parking lot" is a place (after a
 * preposition of place), else it is what the body made of it ("Politifact" in "according to
 * Politifact" an organisation), not a person by default.
 */
function headingType(words: Word[], i: number, body: Candidate | undefined): ActorType {
  if (nearLocative(words, i)) return 'location';
  return body?.type ?? 'person';
}

// Words a headline capitalises and a sentence does not: "Was", "Over", "About", "Their".
const HEADLINE_WORDS: ReadonlySet<string> = new Set([
  'Was', 'Were', 'Is', 'Are', 'Be', 'Been', 'Has', 'Have', 'Had', 'Will', 'Would', 'Could', 'Should', 'Can',
  'May', 'Over', 'Under', 'About', 'With', 'Without', 'From', 'Into', 'After', 'Before', 'Against', 'Amid',
  'As', 'At', 'By', 'For', 'Of', 'On', 'To', 'In', 'Up', 'Down', 'Out', 'But', 'And', 'Or', 'Not', 'No',
  'Its', 'It', 'Their', 'Them', 'They', 'His', 'Her', 'Our', 'Your', 'This', 'That', 'These', 'Those', 'How',
  'Why', 'What', 'When', 'Where', 'Who', 'Says', 'Said', 'Say', 'Than', 'Then', 'Just', 'More', 'Less',
  'New',
]);

/** "Fact Check: Is …": a word after a colon that ends a title-cased label (not a speaker's "PENCE: And"). */
function afterLabel(words: Word[], i: number): boolean {
  if (i < 2 || words[i - 1]!.text !== ':') return false;
  const t = words[i - 2]!.text;
  return t !== t.toUpperCase();
}

/**
 * "Stealth Over Health: Hillary Clinton Was Headed to ER": a headline set as a body line. Also a
 * line shouted in capitals ("HE WAS JUST SOMEBODY WHO LOVED HIS FAMILY", a broadcast transcript
 * pasted into a page): every word looks like a name there, so only the names a lexicon or the body
 * knows count, as in a headline.
 */
export function titleCased(words: Word[]): boolean {
  let long = 0;
  let caps = 0;
  let headline = 0;
  let lettered = 0;
  let shouted = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word') continue;
    // every headline word is capitalised: no lookup for the others ("Fact Check: Is Ireland's
    // Jobless Rate …": after a colon too, though the word opens a clause there)
    const upper = startsUpper(w.text);
    if (upper && (!w.first || afterLabel(words, i)) && HEADLINE_WORDS.has(w.text)) headline++;
    if (w.text.length < 2) continue;
    lettered++;
    if (upper && isAllCaps(w.text)) shouted++;
    if (w.text.length < 4) continue;
    long++;
    if (upper) caps++;
  }
  return (long >= 4 && caps / long >= 0.75 && headline > 0) || (shouted >= 5 && shouted * 5 >= lettered * 4);
}

// Words a title-cased headline may leave in lower case: articles, conjunctions, prepositions.
const TITLE_LOWER: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on',
  'out', 'per', 'to', 'up', 'via', 'vs', 'v', 'de', 'la', 'le', 'amid', 'atop', 'from', 'into', 'like', 'near', 'onto',
  'over', 'past', 'than', 'till', 'upon', 'with', 'about', 'above', 'across', 'after', 'against', 'along',
  'among', 'around', 'before', 'behind', 'below', 'beside', 'between', 'beyond', 'despite', 'down',
  'during', 'inside', 'outside', 'since', 'through', 'toward', 'towards', 'under', 'until', 'within', 'without',
]);

/**
 * "Man shot inside C-Town Supermarket in Mott Haven section of the Bronx | abc7ny.com": a headline
 * written as a sentence capitalises only its first word and its names, so it is read as a sentence
 * of the body is: two words in lower case that a title-cased headline would capitalise ("shot",
 * "section") tell it (before a bar: the site's name after it is no part of the headline).
 */
export function sentenceCased(words: Word[]): boolean {
  let lower = 0;
  for (const w of words) {
    if (w.text === '|') break;
    if (w.kind !== 'word' || !startsLower(w.text) || TITLE_LOWER.has(w.text)) continue;
    if (++lower === 2) return true;
  }
  return false;
}

/** "… parking lot | abc7ny.com", "… | Missoula Local News | NBCMontana": the site's name after a bar is no actor of the story. */
export function beforeBar(words: Word[]): Word[] {
  for (let k = 0; k < words.length; k++) if (words[k]!.text === '|') return words.slice(0, k);
  return words;
}
