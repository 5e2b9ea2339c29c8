// Unnamed sources: "Pakistani security sources said", "One official told", "analysts warn",
// "local media reported". A source noun becomes an actor only in a sentence that reports
// speech, so "officials were killed" stays untagged.

import { GAZETTEER, nameKey, plainKey } from '../../lexicon/gazetteer.js';
import { COLLECTIVE_NOUNS, GROUP_NOUNS, OFFICE_NOUNS, OWNER_PLACE_NOUNS, RECORD_NOUNS, SOURCE_NOUNS, SOURCE_QUALIFIERS, SPEAKER_NOUNS, SUBJECT_CUES, UNNAMED_SOURCE_CUES } from '../../lexicon/unnamed-sources.js';
import { insideRelative, invertedName, modifierStart, pluralHead, subjectOfCue } from './unnamed-subjects.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

const MAX_QUALIFIERS = 4;

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

/** "nurse said", "One nurse, who asked not to be named, said", "A village headman in Chiengi district, who …, said": the noun is the speaker. */
function speaks(words: Word[], i: number): boolean {
  i = phraseAfterNoun(words, i);
  const next = words[i + 1];
  if (!next) return false;
  if (cueAt(words, i + 1) || familiarAt(words, i + 1) > 0) return true;
  if (next.text !== ',') return false;
  // ("Two senior Social Democrats, who asked not to be named because they were not authorised to speak publicly, said")
  // a "who" clause may hold commas of its own ("who gave only his call sign, Kit, because he was not authorised…, said")
  const relative = words[i + 2]?.lower === 'who';
  for (let k = i + 2; k < Math.min(words.length - 1, i + ASIDE_REACH); k++) {
    if (words[k]!.text !== ',') continue;
    if (cueAt(words, k + 1)) return !invertedName(words, k + 2);
    if (!relative) return false;
  }
  return false;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const NOUN_PHRASE_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from']);
const NOUN_PHRASE_REACH = 3;

const PLACED_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'stationed', 'posted', 'deployed']);
const PLACE_LINKS: ReadonlySet<string> = new Set(['near', 'in', 'at', 'from', 'on', 'outside', 'around', 'inside']);

/** "fighting", "based": a participle at j that may place the noun before it ("A soldier fighting near Pokrovsk"). */
function placingParticiple(words: Word[], j: number): boolean {
  const w = words[j];
  return !!w && w.kind === 'word' && (PLACED_PARTICIPLES.has(w.lower) || (w.lower.length > 5 && w.lower.endsWith('ing'))) &&
    PLACE_LINKS.has(words[j + 1]?.lower ?? '');
}

/**
 * The last word of a short phrase after the noun at i ("of his staff", "in Chiengi district"), or of a participle
 * of place and its phrase ("fighting near Pokrovsk", "based in Brussels": without it the source had no actor and
 * took the place named inside it), up to a comma or a cue; i when there is none.
 */
function phraseAfterNoun(words: Word[], i: number): number {
  const lead = placingParticiple(words, i + 1) ? i + 1 : i;
  if (lead === i && !NOUN_PHRASE_LINKS.has(words[i + 1]?.lower ?? '')) return i;
  for (let k = lead + 2; k < words.length && k - lead <= NOUN_PHRASE_REACH + 1; k++) {
    const w = words[k]!;
    // the phrase may end on a comma before an aside: "fighting near Pokrovsk, who gave only his call sign, …, said"
    if (w.kind !== 'word') return w.text === ',' && k > lead + 2 ? k - 1 : i;
    // a cue in lower case: "the Syrians arriving in the United States" has no cue "States"
    if (cueAt(words, k) && w.text === w.lower) return k > lead + 2 ? k - 1 : i;
  }
  return i;
}
const ASIDE_REACH = 24;
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'having']);

/** Is the noun at i followed by an aside between commas, a cue and the name that is its subject ("…, said Budi Santoso")? */
function asideBeforeInverted(words: Word[], i: number): boolean {
  if (words[i + 1]?.text !== ',') return false;
  for (let k = i + 2; k < Math.min(words.length - 1, i + ASIDE_REACH); k++) {
    if (words[k]!.text === ',') return cueAt(words, k + 1) && invertedName(words, k + 2);
  }
  return false;
}
const AFTER_ACCORDING: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its']);

/** "according to her family", "according to the family": the noun at i is the source of an "according to". */
function accordingTo(words: Word[], i: number): boolean {
  const k = AFTER_ACCORDING.has(words[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return words[k]?.lower === 'to' && words[k - 1]?.lower === 'according';
}
const REFUSALS: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);

/** Is word k a reporting cue ("said"; "declined" only before "to": "declined to comment")? */
function cueAt(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && UNNAMED_SOURCE_CUES.has(w.lower) && (!REFUSALS.has(w.lower) || words[k + 1]?.lower === 'to');
}
const NAME_RUN = 3;

const FAMILIAR_REACH = 4;
/**
 * "two people familiar with the matter", "officials close to the talks": the anonymous-source formula after a
 * noun at token k; the index of its last word, or -1.
 */
function familiarAt(words: Word[], k: number): number {
  const w = words[k];
  if (!w || !FAMILIAR_LEADS.has(w.lower) || !FAMILIAR_PREPOSITIONS.has(words[k + 1]?.lower ?? '')) return -1;
  return phraseEnd(words, k + 2);
}
const FAMILIAR_LEADS: ReadonlySet<string> = new Set(['familiar', 'close', 'briefed']);
const FAMILIAR_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'on']);

/** The last word of a short noun phrase from token k ("the matter", "the EU's diplomatic service"), before a comma or cue; -1 if none. */
function phraseEnd(words: Word[], k: number): number {
  let end = -1;
  for (let j = k; j < words.length && j - k < FAMILIAR_REACH; j++) {
    const w = words[j]!;
    if (w.kind !== 'word' || UNNAMED_SOURCE_CUES.has(w.lower) || w.lower === 'who' || w.lower === 'which' || w.lower === 'and') break;
    end = j;
  }
  return end;
}

/** "a spokesperson for the department": the "for" phrase after a singular source noun at token i; its last word, or i. */
function forPhraseEnd(words: Word[], i: number): number {
  if (words[i + 1]?.lower !== 'for') return i;
  const end = phraseEnd(words, i + 2);
  // the phrase must close: a comma, a cue or the sentence end after it
  const after = words[end + 1];
  return end > i + 1 && (!after || after.text === ',' || UNNAMED_SOURCE_CUES.has(after.lower)) ? end : i;
}

/** "kenyans", "americans": a demonym in the plural (the speaker of "Many Kenyans say"). */
function pluralDemonym(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && GAZETTEER.demonyms.has(lower.slice(0, -1));
}

/** Qualifying words before a source noun: "Pakistani security", "One", "local". */
function qualifierStart(words: Word[], head: number): number {
  let i = head;
  while (i > 0 && head - i < MAX_QUALIFIERS) {
    const w = words[i - 1]!;
    if (w.kind !== 'word' || w.possessive) break;
    if (SOURCE_QUALIFIERS.has(w.lower) || GAZETTEER.demonyms.has(w.lower)) i--;
    // "An FTC spokeswoman", "A senior Hamas official", "An African Union spokeswoman": a name after a qualifier qualifies too
    else if (i >= 2 && isCapital(w.text.charCodeAt(0)) && SOURCE_QUALIFIERS.has(words[i - 2]!.lower) && !words[i - 2]!.possessive) i--;
    else if (isCapital(w.text.charCodeAt(0))) {
      let j = i - 1;
      while (j > 1 && i - j < NAME_RUN && words[j - 1]!.kind === 'word' && isCapital(words[j - 1]!.text.charCodeAt(0)) && !words[j - 1]!.possessive) j--;
      if (j >= 1 && SOURCE_QUALIFIERS.has(words[j - 1]!.lower) && !words[j - 1]!.possessive) i = j;
      else break;
    } else break;
  }
  // "a trade official", "a company spokesman": one lower-case noun between an article and a singular source
  // (not a plural: "a move critics said was meant to…" is "a move [that] critics said…")
  const noun = i > 1 ? words[i - 1]! : undefined;
  if (noun && i === head && !isPlural(words[head]!.lower) && noun.kind === 'word' && !noun.possessive && noun.lower.length > 2 && noun.text === noun.lower && ARTICLES.has(words[i - 2]!.lower)) i -= 2;
  // "a senior commander" keeps its article; "the officials" does not need one
  return i;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one']);
/** "critics", "officials": a plural source noun, which no "a" can open ("witness", "boss" are singular). */
const isPlural = (lower: string): boolean => lower.endsWith('s') && !lower.endsWith('ss');
// a singular speaker for someone: "a spokesperson for the department"
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['member', 'members']);
const NONE: readonly Candidate[] = Object.freeze([]);

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
    if (role & CUE && (!REFUSALS.has(words[i]!.lower) || words[i + 1]?.lower === 'to')) reports = true;
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
    if (!SOURCE_NOUNS.has(w.lower) && !((SPEAKER_NOUNS.has(w.lower) || pluralDemonym(w.lower)) && (speaks(words, i) || accordingTo(words, i)))) continue;
    // "He urged the roughly 9,000 residents who remain to leave", "He said the survivors had been flown to…",
    // "“If you are not a resident, you will be arrested,” Delgado said": an addressee, the subject of what was
    // said, or words inside a quotation, no speaker (unless it speaks: "“…,” residents said", inside a quote)
    if (SOURCE_NOUNS.has(w.lower) && !speaks(words, i) && !accordingTo(words, i)) {
      if (quoted ??= quotedWords(words), quoted[i] === 1) continue;
      if (heardOrReported(words, i)) continue;
    }
    // "security sources" but not "sources of funding"; "media" only as "local media", "state media"
    // ("two groups of men": a group of something is no source)
    if (GROUP_NOUNS.has(w.lower) && (i === qualifierStart(words, i) || words[i + 1]?.lower === 'of')) continue;
    const next = words[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && next.kind === 'word') continue; // "official Ahmed Khan": a title
    // "several police stations", "media outlets": the noun qualifies a plural head after it
    if (next && pluralHead(next) && !ROLE_OF.has(next.lower)) continue;
    const from = qualifierStart(words, i);
    const single = from === i;
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
    const to = familiar > 0 ? familiar : SPOKES_NOUNS.has(w.lower) ? forPhraseEnd(words, i) : MEMBER_NOUNS.has(w.lower) && words[i + 1]?.lower === 'of' ? phraseAfterNoun(words, i) : i;
    out.push(candidate(words, text, sentence, from, to, affiliation, 'actors/unnamed-source'));
  }
  if (lastSubjectCue > 0) subjectCandidates(words, text, sentence, out, lastSubjectCue);
  documentSources(words, text, sentence, out);
  return out;
}

const OFFICE_WORDS = 3;

/**
 * "The town's mayor said", "the city's police chief, who…, said": "the", a place noun's possessive and an office
 * of up to three words that speaks; its first and last word, or null.
 */
function officeSource(words: Word[]): [number, number] | null {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!w.possessive || !OWNER_PLACE_NOUNS.has(w.lower) || words[i - 1]!.lower !== 'the') continue;
    for (let k = i + 1; k < words.length && k - i <= OFFICE_WORDS; k++) {
      const x = words[k]!;
      if (x.kind !== 'word' || x.possessive || x.text !== x.lower) break;
      if (OFFICE_NOUNS.has(x.lower) && !OFFICE_NOUNS.has(words[k + 1]?.lower ?? '') && speaks(words, k)) return [i - 1, k];
    }
  }
  return null;
}

const RECORD_QUALIFIERS = 3;

/**
 * "according to court records", "according to a court filing on Wednesday", "according to industry estimates": a
 * written record with a qualifier and no owner as the source of an "according to" (actors/unnamed-document).
 */
function documentSources(words: Word[], text: string, sentence: number, out: Candidate[]): void {
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i]!.lower !== 'to' || words[i - 1]!.lower !== 'according') continue;
    const from = words[i + 1]!.lower === 'a' ? i + 2 : i + 1;
    for (let k = from; k < words.length && k - from <= RECORD_QUALIFIERS; k++) {
      const x = words[k]!;
      if (x.kind !== 'word' || x.possessive || x.inDate || DETERMINERS_OR_OWNERS.has(x.lower)) break;
      if (k > from && RECORD_NOUNS.has(x.lower) && !RECORD_NOUNS.has(words[k + 1]?.lower ?? '') && words[k + 1]?.lower !== 'of') {
        out.push(candidate(words, text, sentence, from === i + 2 ? i + 1 : from, k, null, 'actors/unnamed-document'));
        break;
      }
    }
  }
}
const DETERMINERS_OR_OWNERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'and', 'or', 'of', 'by', 'from', 'in', 'on']);

const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '»']);

/**
 * 1 for each word inside double quotation marks in the sentence: a mark closes an open quotation (“…”, „…“, "…"),
 * else opens one; a closing mark before any other ("…” or "…" touching the word before) ends a quotation begun
 * in an earlier sentence. (Single marks are apostrophes too: not read.)
 */
function quotedWords(words: Word[]): Uint8Array {
  const inside = new Uint8Array(words.length);
  let open = false;
  let marks = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind === 'punct' && DOUBLE_MARKS.has(w.text)) {
      const touching = k > 0 && words[k - 1]!.end === w.start;
      if (!open && marks === 0 && (CLOSING_MARKS.has(w.text) || (w.text === '"' && touching))) inside.fill(1, 0, k);
      else open = !open;
      marks++;
    } else if (open) inside[k] = 1;
  }
  return inside;
}

// cues whose object is the one spoken to: "told reporters", "urged residents to leave", "asked witnesses"
const ADDRESS_CUES: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'urged', 'urge', 'urges', 'asked', 'ask', 'asks', 'warned', 'warn', 'warns', 'thanked', 'assured', 'reassured', 'briefed']);
// cues whose object is what was said: "said the survivors had been flown…"
const CLAUSE_CUES: ReadonlySet<string> = new Set(['said', 'say', 'says', 'added', 'believe', 'believes', 'believed', 'confirmed', 'reported', 'estimated', 'noted', 'stated', 'explained', 'announced']);
const OBJECT_REACH = 4;
const OBJECT_FILLERS: ReadonlySet<string> = new Set(['the', 'that', 'all', 'some', 'many', 'most', 'roughly', 'about', 'nearly', 'around', 'several', 'other', 'those', 'these', 'its', 'their', 'his', 'her']);
const VERB_AFTER: ReadonlySet<string> = new Set([
  'had', 'have', 'has', 'were', 'was', 'are', 'is', 'would', 'could', 'will', 'should', 'might', 'may', 'must', 'can', 'did', 'do',
]);

/** Is the noun at i the object of a cue before it: an addressee ("urged the residents"), or the subject of a clause said ("said the survivors had…")? */
function heardOrReported(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= OBJECT_REACH && words[k]!.kind !== 'punct' && !UNNAMED_SOURCE_CUES.has(words[k]!.lower)) {
    const low = words[k]!.lower;
    if (!(OBJECT_FILLERS.has(low) || SOURCE_QUALIFIERS.has(low) || words[k]!.kind === 'number')) return false;
    k--;
  }
  const cue = words[k];
  if (!cue || cue.kind !== 'word') return false;
  if (ADDRESS_CUES.has(cue.lower)) return true;
  return CLAUSE_CUES.has(cue.lower) && VERB_AFTER.has(words[i + 1]?.lower ?? '');
}

function candidate(words: Word[], text: string, sentence: number, from: number, to: number, affiliation: string | null, rule: string): Candidate {
  const start = words[from]!.start;
  const phrase = text.slice(start, words[to]!.end);
  const lower = phrase.toLowerCase();
  return {
    start, end: words[to]!.end, text: phrase, sentence, key: 'unnamed:' + lower, type: 'unnamed', strength: 4,
    rule, roles: [], affiliation, capitalOf: null, political: false, primary: true,
    tokens: words.slice(from, to + 1).map((x) => x.text), lowerFirst: words[from]!.lower,
    lookup: plainKey(lower) ? lower : nameKey(phrase),
  };
}

/**
 * "Indonesian officials counter", "Lawyers for Carrow argued": a plural noun phrase as the subject
 * of a cue (actors/unnamed-subject). It replaces a shorter source the rules above found for
 * its head ("officials" in "Treasury officials said").
 */
function subjectCandidates(words: Word[], text: string, sentence: number, out: Candidate[], lastCue: number): void {
  // a subject stands before its cue: no word after the sentence's last cue is one
  for (let i = 0; i < lastCue; i++) {
    const w = words[i]!;
    const last = w.lower.charCodeAt(w.lower.length - 1);
    if (w.lower.length < 4 || (last !== 115 && last !== 110) || !pluralHead(w)) continue; // ends in "s" or "n" ("fishermen")
    const to = subjectOfCue(words, i);
    if (to < 0) continue;
    const from = modifierStart(words, i);
    if (from < 0 || insideRelative(words, from)) continue;
    let affiliation: string | null = null;
    for (let k = from; k <= i; k++) {
      const code = GAZETTEER.demonyms.get(words[k]!.lower) ?? (pluralDemonym(words[k]!.lower) ? GAZETTEER.demonyms.get(words[k]!.lower.slice(0, -1)) : undefined);
      if (code) affiliation = 'country:' + code;
    }
    const c = candidate(words, text, sentence, from, to, affiliation, 'actors/unnamed-subject');
    const same = out.findIndex((o) => o.end === w.end);
    if (same >= 0) {
      if (out[same]!.start > c.start || to > i) out[same] = { ...c, affiliation: c.affiliation ?? out[same]!.affiliation };
    } else out.push(c);
  }
}
