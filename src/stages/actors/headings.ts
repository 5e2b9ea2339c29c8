// Titles, headings and title-cased lines ("Stealth Over Health: Hillary Clinton Was Headed to
// ER") capitalise every word: there only names known from a lexicon or from the body count.

import { AMBIGUOUS_PLACES, NON_ENTITIES } from '../../lexicon/non-entities.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import { entityKey, typeByShape } from './shape.js';
import { hyphenParts } from './hyphens.js';
import { userCandidates, type UserIndex } from './user.js';
import { isCapitalised, runKey, startsUpper, type Word } from './words.js';
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
        type: unnamed ? 'unnamed' : shape?.type ?? 'person', strength: lexical ? shape.strength : 0, rule: 'actors/heading-name', roles: [],
        affiliation: null, capitalOf: null, political: false, primary: true, tokens, lowerFirst: first.lower, lookup: key,
      });
      i += n - 1;
      break;
    }
  }
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

/** "Stealth Over Health: Hillary Clinton Was Headed to ER": a headline set as a body line. */
export function titleCased(words: Word[]): boolean {
  let long = 0;
  let caps = 0;
  let headline = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word') continue;
    // every headline word is capitalised: no lookup for the others ("Fact Check: Is Ireland's
    // Jobless Rate …": after a colon too, though the word opens a clause there)
    const upper = startsUpper(w.text);
    if (upper && (!w.first || afterLabel(words, i)) && HEADLINE_WORDS.has(w.text)) headline++;
    if (w.text.length < 4) continue;
    long++;
    if (upper) caps++;
  }
  return long >= 4 && caps / long >= 0.75 && headline > 0;
}
