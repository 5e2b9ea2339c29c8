// Unnamed sources: "Pakistani security sources said", "One official told", "analysts warn",
// "local media reported". A source noun becomes an actor only in a sentence that reports
// speech, so "officials were killed" stays untagged.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { ADDRESS_CUES, COLLECTIVE_NOUNS, GROUP_NOUNS, ONE_PERSON_NOUNS, REFUSAL_VERBS, SOURCE_NOUNS, SPEAKER_NOUNS, SPOKES_NOUNS, SUBJECT_CUES, UNNAMED_SOURCE_CUES } from '../../lexicon/unnamed-sources.js';
import { pluralHead } from './unnamed-subjects.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';
import { accordingTo, cueAt, endsRelativeAside, familiarAt, forPhraseEnd, isCapital, phraseAfterNoun, pluralDemonym, qualifierStart, speakerPhraseStart, speaks, speaksAfterAuxiliaries } from './unnamed-phrase.js';
import { asideBeforeInverted, governedNoun, heardOrReported, quotedWords, verbObject } from './unnamed-heard.js';
import { bodySubject, candidate, documentSources, officeSource, subjectCandidates } from './unnamed-kinds.js';

// One lookup per word tells whether it is a reporting cue, a source noun or a speaker noun.
const CUE = 1;
const NOUN = 2;
const SUBJECT_CUE = 4;
const ROLE_OF: ReadonlyMap<string, number> = (() => {
  const role = new Map<string, number>();
  for (const w of UNNAMED_SOURCE_CUES) role.set(w, CUE);
  for (const w of SUBJECT_CUES) role.set(w, (role.get(w) ?? 0) | CUE | SUBJECT_CUE);
  for (const w of [...SOURCE_NOUNS, ...SPEAKER_NOUNS]) role.set(w, (role.get(w) ?? 0) | NOUN);
  return role;
})();
// "a", "of", "to": words shorter than every cue and noun need no lookup
const SHORTEST = Math.min(...[...ROLE_OF.keys()].map((w) => w.length));

const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'having']);
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['member', 'members']);
const NONE: readonly Candidate[] = Object.freeze([]);
const isPluralWord = (w: string): boolean => w.endsWith('s') && !w.endsWith('ss');

/**
 * "“…,” said a senior food safety officer in Ernakulam district, who…": the phrase right after a saying cue (not
 * "told": an addressee), ending its clause ("Police say an officer was shot": the subject of what was said).
 */
function invertedSpeaker(words: Word[], i: number): boolean {
  const qualified = qualifierStart(words, i);
  const from = qualified === i ? speakerPhraseStart(words, i) : qualified;
  const cue = words[from - 1];
  return from < i && !!cue && cueAt(words, from - 1) && !ADDRESS_CUES.has(cue.lower) && ARTICLE_OPENERS.has(words[from]!.lower) && endsClause(words, i);
}

const PLACE_PHRASE_REACH = 5;
/** Does the clause end after the noun at i, perhaps after a short place phrase ("officer in Ernakulam district,")? */
function endsClause(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.kind === 'punct') return true;
  if (!PLACE_LEADS.has(next.lower)) return false;
  for (let k = i + 2; k < words.length && k - i <= PLACE_PHRASE_REACH + 1; k++) if (words[k]!.kind === 'punct') return true;
  return words.length - i <= PLACE_PHRASE_REACH + 1;
}
const PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'of', 'from', 'for', 'on']);
const ARTICLE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** ", Dana Whitfield," right after the noun at i: a name set off after the role speaks for it. */
function apposedName(words: Word[], i: number): boolean {
  return words[i + 1]?.text === ',' && !!words[i + 2] && isCapital(words[i + 2]!.text.charCodeAt(0));
}

const APPOSED_NAME_WORDS = 4;
/** ", Captain Hassan Mohamed, said" after word e: a name of capitalised words set off by commas, then a cue. */
function apposedSpeaker(words: Word[], e: number): boolean {
  if (!apposedName(words, e)) return false;
  let k = e + 2;
  while (k < words.length && k - e - 2 < APPOSED_NAME_WORDS && words[k]!.kind === 'word' && isCapital(words[k]!.text.charCodeAt(0))) k++;
  return words[k]?.text === ',' && cueAt(words, k + 1);
}

export function unnamedCandidates(words: Word[], text: string, sentence: number): readonly Candidate[] {
  // only a sentence that reports speech has unnamed sources: find its cue and its nouns at once
  let reports = false;
  let lastSubjectCue = -1;
  let nouns: number[] | null = null;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower.length < SHORTEST) continue;
    const role = ROLE_OF.get(words[i]!.lower);
    if (role === undefined) {
      // "Many Kenyans say": a people's name in the plural, checked below as a speaker noun is
      if (isCapital(words[i]!.text.charCodeAt(0)) && pluralDemonym(words[i]!.lower) && !words[i]!.inDate) (nouns ??= []).push(i);
      continue;
    }
    // "declined to comment" reports; "Revenue declined 8%" does not
    if (role & CUE && (!REFUSAL_VERBS.has(words[i]!.lower) || words[i + 1]?.lower === 'to')) reports = true;
    if (role & SUBJECT_CUE) lastSubjectCue = i;
    if (role & NOUN && words[i]!.kind === 'word' && !words[i]!.inDate) (nouns ??= []).push(i);
  }
  if (!reports) return NONE;
  const out: Candidate[] = [];
  let quoted: Uint8Array | null = null;
  // "The town's mayor said": an office a place owns; its words are no other source ("the city's police chief")
  const office = officeSource(words);
  if (office) out.push(candidate(words, text, sentence, office[0], office[1], null, 'actors/unnamed-office'));
  for (const i of nouns ?? []) {
    const w = words[i]!;
    if (office && i >= office[0] && i <= office[1]) continue;
    // "residents' groups in 40 municipalities had written": an owner is not the speaker
    const mark = words[i + 1];
    if (w.possessive || (mark && mark.start === w.end && (mark.text === "'" || mark.text === '’'))) continue;
    // "Rescuers found seven survivors, among them a girl, said Budi Santoso": the noun is in what Santoso said
    if (asideBeforeInverted(words, i)) continue;
    // "said several families had buried relatives": the object of a perfect verb is no speaker
    if (i >= 2 && words[i - 1]!.lower.endsWith('ed') && PERFECT_AUXILIARIES.has(words[i - 2]!.lower)) continue;
    // ("engineers had said", "Mexicans often say": across auxiliaries and adverbs, outside quotations, "“Estonians have
    // asked for change,” Lepik said", and not as the subject of what was said, "said several colleagues had refused to…",
    // nor as a phrase's object, "Members of the family have asked": the members speak)
    if (!SOURCE_NOUNS.has(w.lower) && !((SPEAKER_NOUNS.has(w.lower) || pluralDemonym(w.lower)) && (speaks(words, i) || accordingTo(words, i) || invertedSpeaker(words, i)
      || (speaksAfterAuxiliaries(words, i) && (quoted ??= quotedWords(words))[i] !== 1 && !heardOrReported(words, i) && !governedNoun(words, i))))) continue;
    // "He urged the roughly 9,000 residents who remain to leave", "He said the survivors had been flown to…",
    // "“If you are not a resident, you will be arrested,” Delgado said": an addressee, the subject of what was
    // said, or words inside a quotation, no speaker (unless it speaks: "“…,” residents said", inside a quote)
    if (SOURCE_NOUNS.has(w.lower) && !speaks(words, i) && !accordingTo(words, i)) {
      if (quoted ??= quotedWords(words), quoted[i] === 1) continue;
      if (heardOrReported(words, i)) continue;
      // "talks between border commanders", "asked to send observers": the object of a phrase
      if (governedNoun(words, i) || verbObject(words, i)) continue;
      // "12,000 residents were evacuated": people counted, not heard (lead14 L22)
      if (words[i - 1]?.kind === 'number') continue;
      // "The union, which represents about 6,500 hospital doctors, said": the antecedent speaks (BLIND15 A4)
      if (endsRelativeAside(words, phraseAfterNoun(words, i))) continue;
    }
    // "security sources" but not "sources of funding"; "media" only as "local media", "state media"
    // ("two groups of men": a group of something is no source)
    if (GROUP_NOUNS.has(w.lower) && (i === qualifierStart(words, i) || words[i + 1]?.lower === 'of')) continue;
    const next = words[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && next.kind === 'word') continue; // "official Ahmed Khan": a title
    // "several police stations", "media outlets": the noun qualifies a plural head after it
    if (next && pluralHead(next) && !ROLE_OF.has(next.lower)) continue;
    // "a senior police officer": the noun qualifies the speaker noun after it (BLIND13 A9)
    if (next && next.kind === 'word' && !w.lower.endsWith('s') && SPEAKER_NOUNS.has(next.lower) && !isPluralWord(next.lower)) continue;
    // "“…,” said a senior food safety officer", "…, his editor wrote": a single speaker's longer phrase, when it speaks
    // and no name is set off after it ("Her spokeswoman, Dana Whitfield, wrote": the name speaks)
    const speaking = !isPluralWord(w.lower) && !COLLECTIVE_NOUNS.has(w.lower) && ONE_PERSON_NOUNS.has(w.lower) && !apposedName(words, i)
      && (speaks(words, i) || invertedSpeaker(words, i));
    const from = speaking && qualifierStart(words, i) === i ? speakerPhraseStart(words, i) : qualifierStart(words, i);
    const single = from === i;
    // "Guerrero's security spokesman, Félix Arroyo, said": an owner's title before the name set off after it is the
    // person's role, which the name's rule gives it; no source of its own (BLIND15 A5; "an OCHA spokeswoman, Leila
    // Nasser," stays a candidate, which becomes her role)
    if (from > 0 && words[from - 1]!.possessive && !isPluralWord(w.lower) && !COLLECTIVE_NOUNS.has(w.lower) && apposedName(words, i)) continue;
    // "A police officer at the scene, Captain Hassan Mohamed, said": a single person's place phrase, then the name set off
    // after it, which speaks; no source of its own (BLIND16 A3)
    if (!isPluralWord(w.lower) && !COLLECTIVE_NOUNS.has(w.lower) && PLACE_LEADS.has(words[i + 1]?.lower ?? '') && words[i + 1]?.lower !== 'for' && apposedSpeaker(words, phraseAfterNoun(words, i))) continue;
    // a bare singular ("official said") needs a qualifier: "One official", "a senior commander"
    if (single && !w.lower.endsWith('s') && !COLLECTIVE_NOUNS.has(w.lower)) continue;
    let affiliation: string | null = null;
    for (let k = from; k < i; k++) {
      const code = GAZETTEER.demonyms.get(words[k]!.lower) ?? GAZETTEER.places.get(words[k]!.lower)?.country;
      if (code) affiliation = 'country:' + code;
    }
    if (pluralDemonym(w.lower)) {
      const code = GAZETTEER.demonyms.get(w.lower.slice(0, -1));
      if (code) affiliation = 'country:' + code;
    }
    // "two people familiar with the matter", "a spokesperson for the department": the phrase names the source
    const familiar = familiarAt(words, i + 1);
    // "a member of his staff": a member is named by what it belongs to
    // "several EU member states had urged": "states" is the head of the term, not a cue
    const memberStates = w.lower === 'member' && next?.lower === 'states' && words[i + 2]?.lower !== 'that';
    const to = familiar > 0 ? familiar : SPOKES_NOUNS.has(w.lower) ? forPhraseEnd(words, i) : MEMBER_NOUNS.has(w.lower) && words[i + 1]?.lower === 'of' ? phraseAfterNoun(words, i) : memberStates ? i + 1 : i;
    out.push(candidate(words, text, sentence, from, to, affiliation, 'actors/unnamed-source'));
  }
  if (lastSubjectCue > 0) subjectCandidates(words, text, sentence, out, lastSubjectCue);
  documentSources(words, text, sentence, out);
  bodySubject(words, text, sentence, out);
  return out;
}
