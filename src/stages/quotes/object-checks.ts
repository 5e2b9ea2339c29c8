// Checks on the object of a cue whose object may be a thing rather than a statement: "agreed to" a thing or a
// time ("a ceasefire that they had agreed to in May"), "dismissed" a case rather than a claim ("dismissed one of
// the counts"), a product recalled, a suspect questioned, a symptom complained of, a thing added to a list; a post
// beside a quotation ("“…,” she posted").

import { DETERMINERS, FINITE_VERBS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { AGREED_TO_SETTINGS, DISMISSAL_LINKS, OBJECT_PRONOUNS, OPEN_QUESTION_WORDS, QUESTIONED_PEOPLE, RECALL_QUANTITIES, RECALLED_THINGS, STATEMENT_NOUNS, SYMPTOMS } from '../../lexicon/cue-phrases.js';
import { isCapitalized, type View } from './tokens.js';

/**
 * Is "agreed" (ending at token cueEnd) followed by "to" and a thing or a setting, not a verb: "It agreed to the sale
 * in June", "a ceasefire that they had agreed to in May", "the deal they agreed to."? ("agreed to cut…" stays.)
 */
export function agreedToThing(v: View, cueEnd: number): boolean {
  if (v.low[cueEnd + 1] !== 'to') return false;
  const w = v.low[cueEnd + 2];
  if (w === undefined) return true;
  return DETERMINERS.has(w) || AGREED_TO_SETTINGS.has(w) || (v.toks[cueEnd + 2]!.kind === 'punct' && !v.mark[cueEnd + 2]);
}

const DISMISSAL_REACH = 8;

/**
 * Does "dismissed" (ending at token cueEnd) dismiss something said: a statement noun ("dismissed suggestions that…",
 * "dismissed the reports as…"), an object taken "as" something ("dismissed NATO member Estonia as…"), or a quotation
 * or colon after its object? A judge who "dismissed one of the seven counts" or "dismissed the lawsuit" said nothing.
 */
export function dismissesStatement(v: View, cueEnd: number): boolean {
  for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd <= DISMISSAL_REACH; k++) {
    if (v.mark[k] === 'open' || v.low[k] === ':') return true;
    if (v.quoted[k] || v.mark[k]) return false;
    const w = v.low[k]!;
    if (STATEMENT_NOUNS.has(w) || DISMISSAL_LINKS.has(w)) return true;
    if (v.toks[k]!.kind === 'punct' && w !== '-' && w !== '’s' && w !== "'s") return false;
  }
  return false;
}

const OBJECT_REACH = 6;

/** Is one of `words` among the first words after token `from`, before punctuation, "that" or a quotation? */
function objectAmong(v: View, from: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < v.toks.length && k - from < OBJECT_REACH; k++) {
    if (v.quoted[k] || v.mark[k] || (v.toks[k]!.kind === 'punct' && v.low[k] !== '-') || v.low[k] === 'that') return false;
    if (words.has(v.low[k]!)) return true;
  }
  return false;
}

/**
 * Does the cue ending at token cueEnd act on a thing or a person rather than state something: a product recall
 * ("is recalling about 278,000 electric space heaters", "recalled its ambassador"), an interrogation ("Police
 * questioned a man about the fire"), a symptom ("complained of a severe headache")? ("recalled that…", "questioned
 * whether…", "complained of harassment" stay.)
 */
export function actsOnObject(v: View, base: string, cueEnd: number): boolean {
  const next = v.low[cueEnd + 1];
  if (next === undefined || v.quoted[cueEnd + 1]) return false;
  if (base === 'recall') return v.toks[cueEnd + 1]!.kind === 'number' || RECALL_QUANTITIES.has(next) || objectAmong(v, cueEnd + 1, RECALLED_THINGS);
  if (base === 'question') return !OPEN_QUESTION_WORDS.has(next) && (OBJECT_PRONOUNS.has(next) || objectAmong(v, cueEnd + 1, QUESTIONED_PEOPLE));
  if (base === 'complain') return v.low[cueEnd] === 'of' && objectAmong(v, cueEnd + 1, SYMPTOMS);
  return false;
}

/**
 * "Beijing announced sanctions…, adding them to a list that bars them from entering China", "The delay added to the
 * confusion": "add" with an object and "to" (or "to" alone) puts something somewhere, and says nothing.
 */
export function addedTo(v: View, cueEnd: number): boolean {
  for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd <= OBJECT_REACH; k++) {
    const w = v.low[k]!;
    if (v.quoted[k] || v.mark[k] || v.toks[k]!.kind === 'punct' || w === 'that' || FINITE_VERBS.has(w) || SPEAKER_PRONOUNS.has(w)) return false;
    if (w === 'to') return true;
  }
  return false;
}

const BESIDE_REACH = 5;
// where a post goes: "posted on X", "posted to Facebook", "posted on her Instagram account", "posted online"
const POST_PLACES = new Set(['on', 'to', 'online', 'her', 'his', 'their', 'its', 'the', 'social', 'media', 'account', 'page', 'website', 'feed']);

/**
 * Does a quotation close right before the cue at token i (within its subject: "“…,” the senator posted"), or
 * follow it after where it was posted, with "that", a colon or the quotation ("posted on X that…", "posted:")?
 */
export function quoteBeside(v: View, i: number, cueEnd: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= BESIDE_REACH; k--) {
    if (v.mark[k] === 'close') return true;
    if (v.toks[k]!.kind === 'punct' && v.toks[k]!.text !== ',' && v.toks[k]!.text !== '.') return false;
  }
  for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd <= BESIDE_REACH; k++) {
    const w = v.low[k]!;
    if (w === 'that' || w === ':' || v.mark[k] === 'open') return true;
    if (!POST_PLACES.has(w) && !isCapitalized(v.toks[k]!.text)) return false;
  }
  return false;
}
