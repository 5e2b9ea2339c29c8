// Past forms of cue verbs that are adjectives or reduced relatives, no cue: "cut reported revenue", "over proposed tax
// increases", "A large study published on Wednesday in The Lancet found…", "96 sudden deaths reported since…",
// "chemicals found in refrigerants". Split from cue-context.ts.

import { DETERMINERS, DOCUMENT_NOUNS, EVIDENCE_NOUNS, EVIDENCE_VERBS, FINITE_VERBS, PREPOSITIONS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { ADJECTIVE_PASTS, FIGURE_VERBS, SETTING_PREPOSITIONS } from '../../lexicon/cue-phrases.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { APPROXIMATORS, CURRENCY_SIGNS } from '../../lexicon/numbers.js';
import type { CueWord } from '../../lexicon/reporting-verbs.js';
import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { SOURCE_NOUNS, SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';
import { isCapitalized, pastVerbAt, verbFormAt, type View } from './tokens.js';

/**
 * Is the past form at token i an adjective or a reduced relative, no cue: after a verb whose object is a figure
 * ("The company cut reported revenue by 4%"), or after a study or document before its setting ("A large study
 * published on Wednesday in The Lancet found…": the study finds; nothing was said by publishing it)?
 */
export function participleModifier(v: View, i: number, entry: CueWord): boolean {
  if (entry.form !== 'past' || i < 1 || v.quoted[i - 1] || v.toks[i + 1]?.kind !== 'word' || v.quoted[i + 1]) return false;
  const before = v.low[i - 1]!;
  const next = v.low[i + 1]!;
  if (FIGURE_VERBS.has(before) && v.toks[i + 1]!.text === next && !FIGURE_OBJECT_STOPS.has(next)) return true;
  // "had ignored repeated radio warnings", "defied repeated calls": an adjective's past between a past verb and a bare
  // noun, with no verb after it (BLIND16 C2; not "The people interviewed cited rising costs": a cue of its own)
  if (ADJECTIVE_PASTS.has(v.low[i]!) && pastVerbAt(v, i - 1) && !FINITE_VERBS.has(before) && bareNounAfter(v, i)) return true;
  // "protests over proposed tax increases", "amid reported shortages": a past form between a preposition and
  // a lower-case noun qualifies the noun (lead14 probe L20)
  if (NOUN_PREPOSITIONS.has(before) && v.toks[i + 1]!.text === next && !CLAUSE_AFTER_CUE.has(next)) return true;
  // ("The UNHCR report called on governments to…": the cue's own particle)
  // (an evidence verb is the study's own: "figures showed on Tuesday")
  // ("A survey by the Ifop institute published earlier this week found…": the study's author between, BLIND13 C4)
  if ((EVIDENCE_NOUNS.has(before) || DOCUMENT_NOUNS.has(before) || authoredStudyBefore(v, i)) && !entry.particles.includes(next) && !EVIDENCE_VERBS.has(entry.base)
    && (SETTING_PREPOSITIONS.has(next) || WEEKDAYS.has(next) || MONTHS.has(next))) return true;
  // "reviewing another 96 sudden deaths reported since the start of the month", "14 cases reported over the
  // weekend": a counted thing, then a time phrase (not "three witnesses said on Monday": people speak)
  if (countedThing(v, i - 1) && (COUNTED_SETTINGS.has(next) || WEEKDAYS.has(next) || MONTHS.has(next))) return true;
  // "a tornado with winds estimated at 165 mph", "damage estimated at about $2 million": a thing's measure (BLIND15 C2)
  // (not "said at least 1,500 miners had died", "claimed at least 217 lives": a bound opens a figure the cue reports)
  if (next === 'at' && measureAt(v, i + 2) && thingNoun(v, i - 1)) return true;
  // "potent planet-warming chemicals found in refrigerants", "traces found on the knife": a thing found somewhere
  return entry.base === 'find' && FOUND_PLACES.has(next) && thingNoun(v, i - 1);
}
const BARE_NOUN_REACH = 6;
/** A lower-case noun after token k (no determiner, pronoun, preposition or "that"), then no verb before the clause's punctuation. */
function bareNounAfter(v: View, k: number): boolean {
  const w = v.low[k + 1] ?? '';
  if (v.toks[k + 1]?.kind !== 'word' || v.quoted[k + 1] || isCapitalized(v.toks[k + 1]!.text) || DETERMINERS.has(w) || SPEAKER_PRONOUNS.has(w) || PREPOSITIONS.has(w) || w === 'that') return false;
  for (let j = k + 2; j < v.toks.length && j - k <= BARE_NOUN_REACH; j++) {
    if (v.toks[j]!.kind === 'punct' || v.quoted[j]) return true;
    if (verbFormAt(v, j)) return false;
  }
  return true;
}
// what may stand before a measure's number: "at about 200", "at $2 million"
const MEASURE_LEADS: ReadonlySet<string> = new Set([...APPROXIMATORS, ...CURRENCY_SIGNS]);
/** A number at token k, or after "about" and a currency sign: "165 mph", "about 200", "about $2 million". */
function measureAt(v: View, k: number): boolean {
  let j = k;
  while (j < k + 2 && MEASURE_LEADS.has(v.low[j] ?? '')) j++;
  return v.toks[j]?.kind === 'number';
}
const FOUND_PLACES: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'inside', 'under', 'among', 'beneath', 'along']);

/** Is token k a lower-case noun that names no person or source ("chemicals", "traces"), no pronoun or verb? */
function thingNoun(v: View, k: number): boolean {
  const w = v.low[k]!;
  return v.toks[k]!.kind === 'word' && !v.quoted[k] && !isCapitalized(v.toks[k]!.text) && w.length > 3 && !PEOPLE_NOUNS.has(w) && !SOURCE_NOUNS.has(w)
    && !SPEAKER_NOUNS.has(w) && !SPEAKER_PRONOUNS.has(w) && !FINITE_VERBS.has(w) && !w.endsWith('ly') && !EVIDENCE_NOUNS.has(w) && !NOT_THINGS.has(w);
}
// words before "found" that are no noun of a thing, or name finders ("who found in…", "study found in…")
const NOT_THINGS: ReadonlySet<string> = new Set(['that', 'which', 'what', 'also', 'they', 'have', 'been', 'team', 'court', 'jury', 'judge', 'inquiry', 'panel', 'police']);
const STUDY_AUTHOR_LINKS: ReadonlySet<string> = new Set(['by', 'from', 'of', 'for']);
const AUTHOR_REACH = 7;

/** A study or document and its author's phrase right before token i ("A survey by the Ifop institute", "a report from the UN agency"). */
function authoredStudyBefore(v: View, i: number): boolean {
  for (let k = i - 2; k >= 1 && i - k <= AUTHOR_REACH; k--) {
    if (v.quoted[k] || v.toks[k]!.kind === 'punct') return false;
    // ("A survey by the University of Costa Rica published last Tuesday put…": an "of" inside the author's name)
    if (STUDY_AUTHOR_LINKS.has(v.low[k]!) && (EVIDENCE_NOUNS.has(v.low[k - 1]!) || DOCUMENT_NOUNS.has(v.low[k - 1]!))) return true;
  }
  return false;
}

/** Prepositions before a noun phrase: a past form right after one is an adjective ("over proposed increases"). */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'about', 'against', 'amid', 'despite', 'into', 'of', 'with', 'without', 'from', 'for']);
/** After a past form, words that open what it says or whom it tells: it is a verb ("about reported that" is no noun phrase). */
const CLAUSE_AFTER_CUE: ReadonlySet<string> = new Set(['that', 'to', 'by', 'on', 'in', 'as', 'at', 'it', 'him', 'her', 'them', 'us', 'me', 'he', 'she', 'they', 'we', 'i', 'you']);
const COUNTED_SETTINGS: ReadonlySet<string> = new Set(['since', 'over', 'during', 'in', 'on', 'last', 'this', 'earlier', 'so', 'through']);
const COUNT_REACH = 3;

/** Is token k a lower-case plural noun no person or source names, after a number a few words before ("96 sudden deaths")? */
function countedThing(v: View, k: number): boolean {
  const w = v.low[k]!;
  if (v.toks[k]!.kind !== 'word' || isCapitalized(v.toks[k]!.text) || !w.endsWith('s') || w.endsWith('ss') || PEOPLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || SPEAKER_NOUNS.has(w)) return false;
  for (let j = k - 1; j >= 0 && k - j <= COUNT_REACH; j--) {
    if (v.quoted[j] || v.toks[j]!.text === ',') return false;
    if (v.toks[j]!.kind === 'number') return true;
  }
  return false;
}
// ("analysts cut, reported that…" is no figure's adjective)
const FIGURE_OBJECT_STOPS: ReadonlySet<string> = new Set(['that', 'to', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'this', 'his', 'her', 'their', 'its']);
