// actors: people, organisations, places and unnamed sources, one actor per entity.
// Runs after dates (a date is never a name) and before casualties, quotes and claims, which
// point at actors. Steps: capitalised runs → candidates (typed, with roles) → unnamed
// sources → merge → actors with every mention.

import type { Doc, Sentence } from '../../document.js';
import { itemAt } from '../../document.js';
import type { Stage } from '../../stage.js';
import { candidateFromRun, type Candidate } from './candidates.js';
import { governmentVerbAfter } from './name-context.js';
import { CLOSE_QUOTES, findRuns, OPEN_QUOTES, type Run } from './runs.js';
import { unnamedCandidates } from './unnamed.js';
import { dropTitleOwners, foldAppositions } from './apposition.js';
import { isNameNoun, linkAsideNames } from './aside-names.js';
import { mergeCandidates } from './merge.js';
import { buildActors } from './build.js';
import { userCandidates, type UserIndex, indexUserLexicon } from './user.js';
import { sentenceWords, type Word } from './words.js';
import { beforeBar, collectHeading, sentenceCased, titleCased } from './headings.js';
import { hyphenParts } from './hyphens.js';
import { embassyCandidates, forceCandidates, isForceHead, ministryCandidates } from './ministries.js';
import { bodyCandidates } from './bodies.js';
import { linkDescribedBodies } from './described-bodies.js';
import { companyMentions } from './company-mentions.js';
import { dropLoneCountryGovernments, governmentCandidates } from './governments.js';
import { BODY_HEADS } from '../../lexicon/organizations.js';
import { officeCandidates, pronounOffices } from './offices.js';
import { keptLinks, linkBracketed, linkKnownAs, linkOrAcronym } from './links.js';
import { isAllCaps } from './words.js';
import { dropCommonWords } from './common-words.js';
import { dropLaws, dropModifierSources, dropOverlaps, dropStorms, dropUnconfirmed, lawAcronym } from './drops.js';
import { islandShortForms, otherNameLinks, placeLists } from './place-lists.js';
import { applyOrgEvidence } from './org-evidence.js';
import { clubMentions, describedMentions, setOffDescriptions, tradeMentions } from './club-mentions.js';
import { titleMentions } from './title-mentions.js';
import { unAgencyCandidates } from './un-agencies.js';
import { documentSubject } from './document-subjects.js';
import { titleSpokesmen } from './title-spokesmen.js';
import { accordingDocuments } from './according-documents.js';
import { personSubject } from './person-subjects.js';

// what closes ", or CHP": a comma, a bracket, a full stop
const ORBREAK: ReadonlySet<string> = new Set([',', ')', '.', ';']);

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
    // acronyms of laws and treaties ("Comprehensive Economic Partnership Agreement (CEPA)")
    const laws = new Set<string>();
    const openers = new Set<number>();
    // dates in text order, walked alongside the sentences: no scan of all dates per sentence
    const dates = [...doc.dates].sort((a, b) => a.start - b.start);
    let d = 0;
    for (const sentence of doc.sentences) {
      while (d < dates.length && dates[d]!.end <= sentence.start) d++;
      const words = sentenceWords(doc, sentence, dates, d, pool);
      // ("Sportradar, which monitors betting markets, said": a name a relative 'which' describes is one)
      for (let k = 0; k < words.length; k++) if (words[k]!.first && !(words[k + 1]?.text === ',' && words[k + 2]?.lower === 'which')) openers.add(words[k]!.start);
      const heading = !sentence.body;
      // "(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley …)", "Photo: …": a body
      // paragraph's furniture names no actor ('Lawrence' was a place); a byline ("By Jane Doe") does
      if (heading && doc.paragraphs[sentence.paragraph]?.kind === 'body' && !bylineWords(words)) continue;
      if ((heading && !sentenceCased(words)) || titleCased(words)) {
        later.push({ sentence, d });
        continue;
      }
      collectSentence(doc, heading ? beforeBar(words) : words, sentence.index, user, cands, links, laws);
    }
    dropUnconfirmed(openers, cands);
    dropCommonWords(doc, cands);
    // Titles and headings are title-cased: only names known from a lexicon or the body count.
    if (later.length) {
      const bodyKeys = new Map<string, Candidate>();
      for (const c of cands) if (!bodyKeys.has(c.lookup)) bodyKeys.set(c.lookup, c);
      for (const { sentence, d } of later) {
        const words = sentenceWords(doc, sentence, dates, d);
        collectHeading(doc, words, sentence.index, user, bodyKeys, cands);
        // a section label "Prime Minister's office" names its office as a sentence would
        if (hasOffice(doc.text.slice(sentence.start, sentence.end))) officeCandidates(words, doc.text, sentence.index, cands);
      }
    }
    if (laws.size) dropLaws(laws, cands);
    dropModifierSources(doc.text, cands);
    dropStorms(doc.text, cands);
    dropLoneCountryGovernments(cands);
    applyOrgEvidence(doc.text, cands);
    clubMentions(doc, cands);
    setOffDescriptions(doc, cands);
    tradeMentions(doc, cands);
    describedMentions(doc, cands);
    companyMentions(doc, cands);
    titleMentions(doc, cands);
    unAgencyCandidates(doc, cands);
    linkDescribedBodies(doc.text, cands);
    cands.sort((a, b) => a.start - b.start || b.end - a.end);
    placeLists(doc.text, cands);
    islandShortForms(cands);
    otherNameLinks(doc.text, cands, links);
    const kept = dropOverlaps(cands);
    doc.actors = buildActors(kept, mergeCandidates(kept, keptLinks(kept, links)));
  },
};

function collectSentence(
  doc: Doc, words: Word[], sentence: number, user: UserIndex, cands: Candidate[], links: Array<[Candidate, Candidate]>, laws: Set<string>,
): void {
  const text = doc.text;
  if (words.length === 0) return;
  // this sentence's candidates start here (an unnamed one may be a named person's apposition)
  const sentenceStart = cands.length;
  // one search of the sentence's text for a hyphen or a bracket spares a look at every word
  const span = text.slice(words[0]!.start, words[words.length - 1]!.end);
  if (user.size) for (const c of userCandidates(words, text, sentence, user)) cands.push(c);
  if (span.includes('-')) hyphenParts(words, sentence, cands);
  if (span.includes('ministry')) ministryCandidates(words, text, sentence, cands);
  if (span.includes('embassy')) embassyCandidates(words, text, sentence, cands);
  if (span.includes('government')) governmentCandidates(words, text, sentence, cands);
  const runs = findRuns(words, text);
  // only brackets and "known as" link the names of a sentence: only then are its run candidates listed
  const bracket = span.includes('(');
  // "known as" / ", or CHP," after a name: the first of each in the sentence; and whether an office
  // named in lower case may stand in it ("prosecutor's office", "press service", "coast guard"): one pass
  let known = -1;
  let or = -1;
  let office = false;
  let force = false;
  let body = false;
  let aside = false;
  for (let k = 0; k < words.length; k++) {
    const l = words[k]!.lower;
    // ("the provincial health office said": an office is a lower-case body's head too)
    if (l === 'office') office = body = true;
    else if (l === 'service' || l === 'guard' || l === 'coastguard' || l === 'radio' || l === 'television') office = true;
    // (the lists hold no word shorter than six or four letters: most words skip the lookup)
    else if (!body && l.length >= 4 && BODY_HEADS.has(l)) body = true;
    else if (!aside && l.length >= 4 && isNameNoun(l)) aside = true;
    if (!force && isForceHead(words[k]!)) force = true;
    else if (known < 0 && (l === 'known' || l === 'abbreviated')) known = k;
    else if (or < 0 && l === 'or' && k > 0 && words[k - 1]!.text === ',' && k + 2 < words.length && isAllCaps(words[k + 1]!.text) && ORBREAK.has(words[k + 2]!.text)) or = k;
  }
  if (force) forceCandidates(words, text, sentence, cands);
  if (body) bodyCandidates(words, text, sentence, cands);
  const officesFrom = cands.length;
  if (office) officeCandidates(words, text, sentence, cands);
  const runCands: Array<[number, number]> | null = bracket || known >= 0 || or >= 0 ? [] : null;
  // "The UN human rights office (OHCHR)": an office takes a name in brackets as a run's name does
  if (runCands && bracket) for (let i = officesFrom; i < cands.length; i++) officeRun(words, cands, i, runCands);
  const ctx = { words, text, sentence };
  for (const run of runs) {
    const after = itemAt(words, run.to);
    if (after && PART_NOUNS.has(after.lower)) continue;
    const c = run.nick ? nicknamed(ctx, run, run.nick) : candidateFromRun(ctx, run, true);
    if (!c) {
      if (bracket) lawAcronym(words, run.to, laws);
      continue;
    }
    if (!run.nick && c.strength < 4 && inQuotationMarks(words, run.from, run.to)) continue;
    cands.push(c);
    runCands?.push([cands.length - 1, run.to]);
    if (c.titleCountry) cands.push(c.titleCountry);
  }
  // "the restrictions that Bamako, Ouagadougou and Niamey have demanded": capitals listed with one
  // that acts as its government act so too (read back from the political one)
  let agent = false;
  for (let k = cands.length - 1; k > sentenceStart; k--) {
    const c = cands[k]!;
    const p = cands[k - 1]!;
    if (!c.political || !p.capitalOf || p.political) {
      agent = false;
      continue;
    }
    // (the list's last capital is followed by the verb; the others by their comma or "and")
    agent ||= governmentVerbAfter(text, c.end);
    const gap = text.slice(p.end, c.start);
    if (agent && (gap === ', ' || gap === ' and ' || gap === ', and ')) p.political = true;
    else agent = false;
  }
  if (runCands) {
    if (bracket) linkBracketed(words, cands, runCands, links);
    if (known >= 0) linkKnownAs(words, known, cands, runCands, links);
    if (or >= 0) linkOrAcronym(words, or, cands, runCands, links);
  }
  if (office) pronounOffices(words, text, sentence, cands);
  const firstUnnamed = cands.length;
  for (const c of unnamedCandidates(words, text, sentence)) cands.push(c);
  // (works and people that open the sentence and speak are unnamed sources too: "Another woman, who gave only her first name, Rosa, said")
  documentSubject(words, text, sentence, cands);
  personSubject(words, text, sentence, cands);
  titleSpokesmen(words, text, sentence, cands);
  accordingDocuments(words, text, sentence, cands);
  if (cands.length > firstUnnamed) {
    if (aside) linkAsideNames(words, cands, sentenceStart, firstUnnamed, links);
    foldAppositions(words, cands, sentenceStart);
    dropTitleOwners(words, cands, sentenceStart);
  }
}

/** Lists an office candidate with the index of the word after it, as `runCands` lists a run's. */
function officeRun(words: readonly Word[], cands: readonly Candidate[], i: number, runCands: Array<[number, number]>): void {
  const end = cands[i]!.end;
  for (let k = 0; k < words.length; k++) if (words[k]!.end === end) runCands.push([i, k + 1]);
}

/**
 * `Former champion Marcus "The Hammer" Bell`: the name read without its nickname (so "Bell" is the
 * surname and "The Hammer" no name of its own), its span the whole; a nickname names a person.
 */
function nicknamed(ctx: { words: Word[]; text: string; sentence: number }, run: Run, nick: Run): Candidate | null {
  const cut = nick.to - nick.from;
  const words = ctx.words.slice(0, nick.from).concat(ctx.words.slice(nick.to));
  const c = candidateFromRun({ words, text: ctx.text, sentence: ctx.sentence }, { from: run.from, to: run.to - cut }, true);
  if (c && c.type !== 'person' && c.strength < 4) {
    c.type = 'person';
    c.strength = 2;
    c.rule = 'actors/nickname';
  }
  return c;
}

/**
 * `Her first collection, “Salt Hours,” was seized`, `the series "The Long Night"`: a name that is
 * all of a quotation is a title or a term, no actor (a gazetteer name stays one: `“Hamas”`).
 */
function inQuotationMarks(words: readonly Word[], from: number, to: number): boolean {
  if (from === 0 || !OPEN_QUOTES.has(words[from - 1]!.text)) return false;
  const next = words[to]?.text;
  if (next === undefined) return false;
  return CLOSE_QUOTES.has(next) || ((next === ',' || next === '.') && CLOSE_QUOTES.has(words[to + 1]?.text ?? ''));
}

/** May the text hold an office named in lower case ("prosecutor's office", "press service", "coast guard")? */
function hasOffice(span: string): boolean {
  return span.includes('office') || span.includes('service') || span.includes('coast guard') || span.includes('coastguard');
}

/** "By Jane Doe": a byline's words. */
function bylineWords(words: readonly Word[]): boolean {
  return words[0]?.text === 'By' || words[0]?.text === 'BY';
}
