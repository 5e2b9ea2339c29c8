// The noun phrase around an unnamed source's noun: its qualifiers ("Pakistani security", "a senior"), the phrase
// after it ("of his staff", "fighting near Pokrovsk", "familiar with the matter", "for the department"), and whether
// it speaks ("nurse said", "One nurse, who asked not to be named, said", "according to her family").

import { AUXILIARIES, MODALS, PRE_VERB_ADVERBS, RAISED_INFINITIVES, WH_RELATIVES } from '../../lexicon/attribution-words.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { FAMILIAR_LEADS, PLACED_PARTICIPLES, REFUSAL_VERBS, SOURCE_QUALIFIERS, UNNAMED_SOURCE_CUES } from '../../lexicon/unnamed-sources.js';
import { invertedName, pluralOwnerAt } from './unnamed-subjects.js';
import type { Word } from './words.js';

const MAX_QUALIFIERS = 4;

/** "nurse said", "One nurse, who asked not to be named, said", "A village headman in Chiengi district, who …, said": the noun is the speaker. */
export function speaks(words: Word[], i: number): boolean {
  i = phraseAfterNoun(words, i);
  const next = words[i + 1];
  if (!next) return false;
  if (cueAt(words, i + 1) || familiarAt(words, i + 1) > 0) return true;
  if (next.text !== ',') return false;
  // ("The union, which represents about 6,500 hospital doctors, said": the noun ends a relative clause set off by
  // commas; its antecedent speaks; BLIND15 A4)
  if (endsRelativeAside(words, i)) return false;
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

const AUXILIARY_REACH = 2;
/**
 * The noun at i speaks across up to two auxiliaries, modals or adverbs: "engineers had said", "Mexicans often say",
 * "relatives have long argued" (not negated: "people do not agree").
 */
export function speaksAfterAuxiliaries(words: Word[], i: number): boolean {
  const k = phraseAfterNoun(words, i) + 1;
  for (let j = k; j < words.length && j - k < AUXILIARY_REACH; j++) {
    const w = words[j]!.lower;
    if (w === 'not' || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return false;
    if (!(AUXILIARIES.has(w) || PRE_VERB_ADVERBS.has(w) || (MODALS.has(w) && w !== 'to'))) return false;
    if (cueAt(words, j + 1)) return true;
  }
  return false;
}

const RELATIVE_ASIDE_REACH = 14;
/**
 * Does word i end a relative clause opened right after a comma, at the comma that closes it, with no cue in it (",
 * which represents … doctors,"; not ", which quoted officials", nor the clause's subject: ", who police termed …")?
 */
export function endsRelativeAside(words: Word[], i: number): boolean {
  if (words[i + 1]?.text !== ',') return false;
  for (let k = i - 1; k > 0 && i - k <= RELATIVE_ASIDE_REACH; k--) {
    const w = words[k]!;
    if ((w.kind !== 'word' && w.kind !== 'number') || UNNAMED_SOURCE_CUES.has(w.lower)) return false;
    if (WH_RELATIVES.has(w.lower)) return words[k - 1]!.text === ',';
  }
  return false;
}

export const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const NOUN_PHRASE_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from']);
const NOUN_PHRASE_REACH = 3;

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
export function phraseAfterNoun(words: Word[], i: number): number {
  // "a doctor there said", "an official present said": a place adverb after the noun belongs to its phrase
  if (PLACE_ADVERBS.has(words[i + 1]?.lower ?? '') && cueAt(words, i + 2)) return i + 1;
  const lead = placingParticiple(words, i + 1) ? i + 1 : i;
  if (lead === i && !NOUN_PHRASE_LINKS.has(words[i + 1]?.lower ?? '')) return i;
  for (let k = lead + 2; k < words.length && k - lead <= NOUN_PHRASE_REACH + 1; k++) {
    const w = words[k]!;
    // the phrase may end on a comma before an aside: "fighting near Pokrovsk, who gave only his call sign, …, said"
    if (w.kind !== 'word') return w.text === ',' && k > lead + 2 ? k - 1 : i;
    // a cue in lower case: "the Syrians arriving in the United States" has no cue "States"
    if (cueAt(words, k) && w.text === w.lower) return k > lead + 2 ? k - 1 : i;
  }
  // "A doctor at Kenyatta National Hospital said": a longer name after the link, then a saying verb (lead14 L21);
  // "Forecasters at the Storm Prediction Center in Norman, Oklahoma, had warned": its article, its place and an
  // auxiliary too (BLIND15 Q1); "Forecasters at its Storm Prediction Center", "One consultant at Beaumont Hospital in
  // Dublin, speaking on condition of anonymity, said": an owner, or a comma before an aside (which `speaks` reads)
  if (words[i + 1]?.lower === 'at' || words[i + 1]?.lower === 'from') {
    const first = DEFINITE_LEADS.has(words[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    let k = capitalRunEnd(words, first);
    if (k > first && words[k]?.lower === 'in' && capitalRunEnd(words, k + 1) > k + 1) {
      k = capitalRunEnd(words, k + 1);
      // ", Oklahoma,": a state after the place
      if (words[k]?.text === ',' && capitalRunEnd(words, k + 1) > k + 1 && words[capitalRunEnd(words, k + 1)]?.text === ',') k = capitalRunEnd(words, k + 1) + 1;
    }
    if (k > first && (SAYING_VERBS.has(words[k]?.lower ?? '') || (AUXILIARIES.has(words[k]?.lower ?? '') && cueAt(words, k + 1)) || words[k]?.text === ',')) return k - 1;
  }
  return i;
}
/** The word after a run of up to five capitalised words from `from`. */
function capitalRunEnd(words: Word[], from: number): number {
  let k = from;
  while (k < words.length && k - from < NAMED_PHRASE_REACH && words[k]!.kind === 'word' && isCapital(words[k]!.text.charCodeAt(0))) k++;
  return k;
}
export const ASIDE_REACH = 24;
const NAMED_PHRASE_REACH = 5;
const SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote']);
const PLACE_ADVERBS: ReadonlySet<string> = new Set(['there', 'here', 'present', 'nearby']);
// "according to the family", "at its Storm Prediction Center": an article or an owner before a noun or a name
const DEFINITE_LEADS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its']);

/** "according to her family", "according to the family": the noun at i is the source of an "according to". */
export function accordingTo(words: Word[], i: number): boolean {
  const k = DEFINITE_LEADS.has(words[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return words[k]?.lower === 'to' && words[k - 1]?.lower === 'according';
}

/** Is word k a reporting cue ("said"; "declined" only before "to": "declined to comment")? */
export function cueAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || !UNNAMED_SOURCE_CUES.has(w.lower)) return false;
  if (REFUSAL_VERBS.has(w.lower)) return words[k + 1]?.lower === 'to';
  // ("three people still believed to be trapped", "men said to have fled": a passive participle, BLIND16 C4)
  return !(words[k + 1]?.lower === 'to' && RAISED_INFINITIVES.has(words[k + 2]?.lower ?? ''));
}
const NAME_RUN = 3;

const FAMILIAR_REACH = 4;
/**
 * "two people familiar with the matter", "officials close to the talks": the anonymous-source formula after a
 * noun at token k; the index of its last word, or -1.
 */
export function familiarAt(words: Word[], k: number): number {
  const w = words[k];
  // "a person with (direct) knowledge of the matter"
  if (w?.lower === 'with') {
    const of = words[k + 1]?.lower === 'knowledge' ? k + 2 : words[k + 2]?.lower === 'knowledge' ? k + 3 : -1;
    return of > 0 && words[of]?.lower === 'of' ? phraseEnd(words, of + 1) : -1;
  }
  if (!w || !FAMILIAR_LEADS.has(w.lower) || !FAMILIAR_PREPOSITIONS.has(words[k + 1]?.lower ?? '')) return -1;
  return phraseEnd(words, k + 2);
}
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
export function forPhraseEnd(words: Word[], i: number): number {
  if (words[i + 1]?.lower !== 'for') return i;
  const end = phraseEnd(words, i + 2);
  // the phrase must close: a comma, a cue or the sentence end after it
  const after = words[end + 1];
  return end > i + 1 && (!after || after.text === ',' || UNNAMED_SOURCE_CUES.has(after.lower)) ? end : i;
}

/** "kenyans", "americans": a demonym in the plural (the speaker of "Many Kenyans say"). */
export function pluralDemonym(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && GAZETTEER.demonyms.has(lower.slice(0, -1));
}

/** Qualifying words before a source noun: "Pakistani security", "One", "local". */
export function qualifierStart(words: Word[], head: number): number {
  let i = head;
  while (i > 0 && head - i < MAX_QUALIFIERS) {
    const w = words[i - 1]!;
    // "Patients' groups warned", "Farmers' unions said": a plural owner of a kind of people names the group (BLIND15 A6;
    // not one person's title: "The families' lawyer, Christelle Nkodo, said")
    if (i === head && isPlural(words[head]!.lower) && pluralOwnerAt(words, i - 1)) return i - 2;
    if (w.kind !== 'word' || w.possessive) break;
    if (SOURCE_QUALIFIERS.has(w.lower) || GAZETTEER.demonyms.has(w.lower)) i--;
    // "An FTC spokeswoman", "A senior Hamas official", "An African Union spokeswoman": a name after a qualifier qualifies too
    else if (i >= 2 && isCapital(w.text.charCodeAt(0)) && SOURCE_QUALIFIERS.has(words[i - 2]!.lower) && !words[i - 2]!.possessive) i--;
    else if (isCapital(w.text.charCodeAt(0))) {
      let j = i - 1;
      while (j > 1 && i - j < NAME_RUN && words[j - 1]!.kind === 'word' && !words[j - 1]!.possessive &&
        (isCapital(words[j - 1]!.text.charCodeAt(0)) || (NAME_CONNECTORS.has(words[j - 1]!.text) && j > 2 && isCapital(words[j - 2]!.text.charCodeAt(0))))) j--;
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
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
const NOUN_RUN = 3;

/**
 * Where a single speaker's phrase starts when no qualifier opens it: "a senior food safety officer" (up to three
 * lower-case nouns after an article and its qualifiers; BLIND13 A9), "his editor" (a possessive pronoun; A11); else `head`.
 */
export function speakerPhraseStart(words: Word[], head: number): number {
  if (head > 0 && OWNER_PRONOUNS.has(words[head - 1]!.lower)) return head - 1;
  let j = head;
  while (j > 1 && head - j < NOUN_RUN && plainNoun(words[j - 1]!) && !SOURCE_QUALIFIERS.has(words[j - 1]!.lower)) j--;
  if (j === head) return head;
  while (j > 0 && head - j < MAX_QUALIFIERS + NOUN_RUN && SOURCE_QUALIFIERS.has(words[j - 1]!.lower) && !words[j - 1]!.possessive) j--;
  return ARTICLES.has(words[j]!.lower) ? j : head;
}

const NOT_RUN_NOUNS: ReadonlySet<string> = new Set(['the', 'and', 'or', 'of', 'in', 'at', 'for', 'to', 'by', 'with', 'on', 'said', 'says', 'told', 'who', 'that',
  'where', 'when', 'before', 'after', 'while', 'than', 'as', 'but']);
/** A plain lower-case word that may qualify a noun after it ("food", "safety"). */
function plainNoun(w: Word): boolean {
  return w.kind === 'word' && !w.possessive && w.text === w.lower && w.lower.length > 2 && !NOT_RUN_NOUNS.has(w.lower) && !w.lower.endsWith('ly') && !w.lower.endsWith('ed');
}
/** Lower-case words inside an organisation's name: "A Department for Transport spokesperson", "A Ministry of Defence spokesman". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);
/** "critics", "officials": a plural source noun, which no "a" can open ("witness", "boss" are singular). */
const isPlural = (lower: string): boolean => lower.endsWith('s') && !lower.endsWith('ss');
