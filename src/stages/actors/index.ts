// actors: people, organisations, places and unnamed sources, one actor per entity.
// Runs after dates (a date is never a name) and before casualties, quotes and claims, which
// point at actors. Steps: capitalised runs → candidates (typed, with roles) → unnamed
// sources → merge → actors with every mention.

import { firstIndex, type Doc, type Sentence } from '../../document.js';
import type { Stage } from '../../stage.js';
import { GAZETTEER, nameKey, plainKey } from '../../lexicon/gazetteer.js';
import { NON_ENTITIES } from '../../lexicon/non-entities.js';
import { candidateFromRun, type Candidate } from './candidates.js';
import { entityKey, typeByShape } from './shape.js';
import { findRuns } from './runs.js';
import { unnamedCandidates } from './unnamed.js';
import { initials, mergeCandidates } from './merge.js';
import { buildActors } from './build.js';
import { userCandidates, type UserIndex, indexUserLexicon } from './user.js';
import { isAllCaps as isAllCapsWord, isCapitalised, runKey, sentenceWords, startsLower, startsUpper, type Word } from './words.js';

// "Daesh's Khorasan branch": a part of an organisation, not an entity of its own
const PART_NOUNS: ReadonlySet<string> = new Set(['branch', 'wing', 'faction', 'affiliate', 'chapter', 'offshoot', 'arm', 'unit', 'cell']);

export const actors: Stage = {
  name: 'actors',
  requires: ['sentences', 'dates'],
  assigns: ['actors'],
  run(doc, ctx) {
    const user = indexUserLexicon(ctx.lexicon.entities);
    const cands: Candidate[] = [];
    const links: Array<[Candidate, Candidate]> = [];
    // title-cased sentences, read again after the body (with the date index they start from)
    const later: Array<{ sentence: Sentence; d: number }> = [];
    const pool: Word[] = [];
    const openers = new Set<number>();
    // dates in text order, walked alongside the sentences: no scan of all dates per sentence
    const dates = [...doc.dates].sort((a, b) => a.start - b.start);
    let d = 0;
    for (const sentence of doc.sentences) {
      while (d < dates.length && dates[d]!.end <= sentence.start) d++;
      const words = sentenceWords(doc, sentence, dates, d, pool);
      for (const w of words) if (w.first) openers.add(w.start);
      if (!sentence.body || titleCased(words)) {
        later.push({ sentence, d });
        continue;
      }
      collectSentence(doc, words, sentence.index, user, cands, links);
    }
    dropUnconfirmed(openers, cands);
    // Titles and headings are title-cased: only names known from a lexicon or the body count.
    if (later.length) {
      const bodyKeys = new Set<string>();
      for (const c of cands) bodyKeys.add(c.lookup);
      for (const { sentence, d } of later) collectHeading(doc, sentenceWords(doc, sentence, dates, d), sentence.index, user, bodyKeys, cands);
    }
    cands.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = dropOverlaps(cands);
    doc.actors = buildActors(kept, mergeCandidates(kept, keptLinks(kept, links)));
  },
};

/** The explicit links (bracketed aliases) as pairs of indices into `kept`; links to dropped candidates go. */
function keptLinks(kept: readonly Candidate[], links: ReadonlyArray<[Candidate, Candidate]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of links) {
    const ia = indexIn(kept, a);
    const ib = indexIn(kept, b);
    if (ia >= 0 && ib >= 0) out.push([ia, ib]);
  }
  return out;
}

/** Where `c` stands in `kept`, or -1: kept candidates are sorted by start and never share one. */
function indexIn(kept: readonly Candidate[], c: Candidate): number {
  const i = firstIndex(kept.length, (k) => kept[k]!.start >= c.start);
  return kept[i] === c ? i : -1;
}

function collectSentence(doc: Doc, words: Word[], sentence: number, user: UserIndex, cands: Candidate[], links: Array<[Candidate, Candidate]>): void {
  const text = doc.text;
  if (words.length === 0) return;
  // one search of the sentence's text for a hyphen or a bracket spares a look at every word
  const span = text.slice(words[0]!.start, words[words.length - 1]!.end);
  if (user.size) for (const c of userCandidates(words, text, sentence, user)) cands.push(c);
  if (span.includes('-')) hyphenParts(words, sentence, cands);
  const runs = findRuns(words, text);
  // only brackets and "known as" link the names of a sentence: only then are its run candidates listed
  const bracket = span.includes('(');
  let known = -1;
  for (let k = 0; k < words.length && known < 0; k++) if (words[k]!.lower === 'known' || words[k]!.lower === 'abbreviated') known = k;
  const runCands: Array<[number, number]> | null = bracket || known >= 0 ? [] : null;
  const ctx = { words, text, sentence };
  for (const run of runs) {
    const after = words[run.to];
    if (after && PART_NOUNS.has(after.lower)) continue;
    const c = candidateFromRun(ctx, run, true);
    if (!c) continue;
    cands.push(c);
    runCands?.push([cands.length - 1, run.to]);
    if (c.titleCountry) cands.push(c.titleCountry);
  }
  if (runCands) {
    if (bracket) linkBracketed(words, cands, runCands, links);
    if (known >= 0) linkKnownAs(words, known, cands, runCands, links);
  }
  for (const c of unnamedCandidates(words, text, sentence)) cands.push(c);
}

/** "Tehreek-e-Taliban Pakistan (TTP)", "Daesh's (ISIL or ISIS)": names in brackets after a name. */
function linkBracketed(words: Word[], cands: Candidate[], runCands: Array<[number, number]>, links: Array<[Candidate, Candidate]>): void {
  for (const [ci, to] of runCands) {
    if (words[to]?.text !== '(') continue;
    const close = words.findIndex((w, k) => k > to && w.text === ')');
    if (close < 0 || close - to > 8) continue;
    const open = words[to]!.end;
    const shut = words[close]!.start;
    const outer = cands[ci]!;
    for (const [cj] of runCands) {
      const inner = cands[cj]!;
      // "Mike Pence (R-IN)": a person's brackets hold a party label, not another name
      if (inner.start < open || inner.end > shut) continue;
      // "WASHINGTON (AP)": only an organisation takes names in brackets, unless they are its initials
      if (outer.type !== 'organization' && !(isAllCapsWord(inner.text) && initials(outer.text) === inner.text)) {
        if (outer.type !== 'person') continue;
        inner.strength = -1; // dropped below: a label, not a name
        continue;
      }
      links.push([cands[ci]!, inner]);
      inner.primary = false;
      inner.rule = 'actors/bracketed-alias';
    }
  }
}

/** "Doctors Without Borders, known by its French initials MSF": the acronym is an alias. */
function linkKnownAs(words: Word[], known: number, cands: Candidate[], runCands: Array<[number, number]>, links: Array<[Candidate, Candidate]>): void {
  const knownAt = words[known]!.start;
  const after = runCands.map(([i]) => cands[i]!).filter((c) => c.start > knownAt && c.start - knownAt < 60 && c.tokens.length === 1);
  const before = runCands.map(([i]) => cands[i]!).filter((c) => c.end <= knownAt && c.type !== 'person');
  const acronym = after[0];
  const owner = before[before.length - 1];
  if (acronym && owner && /^\p{Lu}{2,6}$/u.test(acronym.text)) {
    links.push([owner, acronym]);
    acronym.primary = false;
    acronym.rule = 'actors/known-as-alias';
  }
}

function collectHeading(doc: Doc, words: Word[], sentence: number, user: UserIndex, bodyKeys: Set<string>, cands: Candidate[]): void {
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
      if (NON_ENTITIES.has(key)) continue;
      const shape = typeByShape(words, i, i + n, key);
      const lexical = shape && shape.strength >= 4;
      if (!lexical && !bodyKeys.has(key)) continue;
      const name = doc.text.slice(first.start, last.end);
      const tokens: string[] = [];
      for (let k = i; k < i + n; k++) tokens.push(words[k]!.text);
      cands.push({
        start: first.start, end: last.end, text: name, sentence, key: entityKey(key, name),
        type: shape?.type ?? 'person', strength: lexical ? shape.strength : 0, rule: 'actors/heading-name', roles: [],
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

/** "Stealth Over Health: Hillary Clinton Was Headed to ER": a headline set as a body line. */
function titleCased(words: Word[]): boolean {
  let long = 0;
  let caps = 0;
  let headline = 0;
  for (const w of words) {
    if (w.kind !== 'word') continue;
    // every headline word is capitalised: no lookup for the others
    const upper = startsUpper(w.text);
    if (upper && !w.first && HEADLINE_WORDS.has(w.text)) headline++;
    if (w.text.length < 4) continue;
    long++;
    if (upper) caps++;
  }
  return long >= 4 && caps / long >= 0.75 && headline > 0;
}

/** "Pakistan-Afghanistan talks", "US-brokered": each named place inside a hyphenated word joins `cands`. */
function hyphenParts(words: Word[], sentence: number, cands: Candidate[]): void {
  for (const w of words) {
    if (w.kind !== 'word' || !w.text.includes('-') || w.inDate) continue;
    let offset = w.start;
    const parts = w.text.split('-');
    if (!parts.every((p) => GAZETTEER.places.has(p.toLowerCase()) || startsLower(p))) {
      continue;
    }
    for (const p of parts) {
      const lower = p.toLowerCase();
      const place = GAZETTEER.places.get(lower);
      if (place && startsUpper(p) && (p.length > 3 || /^\p{Lu}+$/u.test(p))) {
        cands.push({
          start: offset, end: offset + p.length, text: p, sentence, key: entityKey(lower), type: 'location',
          strength: 4, rule: 'actors/hyphen-part', roles: [], affiliation: null,
          capitalOf: place.kind === 'capital' ? place.country : null, political: false, primary: true, tokens: [p], lowerFirst: lower,
          lookup: plainKey(lower) ? lower : nameKey(p),
        });
      }
      offset += p.length + 1;
    }
  }
}

/**
 * "Turnout rose", "Socialist leader …": a lone unknown word that opens a sentence, or stands in
 * a role, is an actor only if the text also capitalises it elsewhere.
 */
function dropUnconfirmed(openers: ReadonlySet<number>, cands: Candidate[]): void {
  // role spans never overlap one another and come in text order (one per run, runs in order)
  const roleSpans: Array<{ start: number; end: number }> = [];
  for (const c of cands) if (c.roleSpans) for (const r of c.roleSpans) roleSpans.push(r);
  roleSpans.sort((a, b) => a.start - b.start);
  const inRoleSpan = (c: Candidate): boolean => {
    let lo = 0;
    let hi = roleSpans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = roleSpans[mid]!;
      if (r.start > c.start) hi = mid - 1;
      else if (r.end < c.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // the words capitalised away from a sentence start; most texts never ask, so built on demand
  let elsewhere: Set<string> | null = null;
  const capitalisedElsewhere = (word: string): boolean => {
    if (!elsewhere) {
      elsewhere = new Set<string>();
      for (const c of cands) if (!openers.has(c.start)) for (const t of c.tokens) elsewhere.add(t);
    }
    return elsewhere.has(word);
  };
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (c.strength >= 4 || c.type === 'unnamed') {
      kept.push(c);
      continue;
    }
    const lone = c.tokens.length === 1 && c.strength === 0 && openers.has(c.start) && !capitalisedElsewhere(c.tokens[0]!);
    if (!lone && !inRoleSpan(c)) kept.push(c);
  }
  cands.length = 0;
  for (const c of kept) cands.push(c);
}

/**
 * Keeps the first of overlapping candidates (sorted by start, longest first): one span, one
 * entity. Candidates marked with a negative strength (a person's bracketed label) go.
 */
function dropOverlaps(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let end = -1;
  for (const c of cands) {
    if (c.strength < 0) continue;
    if (c.start < end) {
      const prev = out[out.length - 1]!;
      // a user lexicon entry wins over a rule's guess on the same words
      if (c.strength === 5 && prev.strength < 5) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
    end = c.end;
  }
  return out;
}
