// Candidates made beside a run's own name: the owner of a title ("US" in "US President Donald
// Trump"), a state named in lower case ("Kaduna state"), a leader's government ("the Berlusconi
// government").

import type { ActorType } from '../../types.js';
import { GAZETTEER, nameKey } from '../../lexicon/gazetteer.js';
import { MINISTRY_PORTFOLIOS, ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { runKey, type Word } from './words.js';
import { entityKey, typeByShape } from './shape.js';
import type { Candidate, RunContext } from './candidates.js';

/**
 * A name and the lower-case noun after it, as one candidate: "Kaduna state" (keyed as "Kaduna State"
 * is), "the Berlusconi government".
 */
export function nounCandidate(ctx: RunContext, from: number, to: number, noun: Word, type: ActorType, strength: number, rule: string): Candidate {
  const { words, text } = ctx;
  const start = words[from]!.start;
  const name = text.slice(start, noun.end);
  const lookup = runKey(words, from, to, text) + ' ' + noun.lower;
  const tokens = wordTexts(words, from, to);
  tokens.push(noun.text);
  return {
    start, end: noun.end, text: name, sentence: ctx.sentence, key: 'name:' + lookup, type, strength, rule,
    roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens, lowerFirst: words[from]!.lower, lookup,
  };
}

export function wordTexts(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(words[k]!.text);
  return out;
}

/** "US", "Afghan", "Spanish": a country or demonym opening a title. */
export function isOwnerWord(w: Word): boolean {
  return GAZETTEER.demonyms.has(w.lower) || GAZETTEER.places.get(w.lower)?.kind === 'country';
}

/**
 * The owner of a title: a country named ("US" → a mention of the US), a demonym ("Afghan" →
 * affiliation only, type unnamed so it is no mention), or an organisation ("European Commission").
 */
// words before a title's owner that describe the person ("Retired U.S. Air Force Gen. Norman Ham")
const NOT_OWNER_WORDS: ReadonlySet<string> = new Set(['retired', 'former', 'late']);

export function ownerCandidate(words: Word[], from: number, to: number, text: string, sentence: number): Candidate | null {
  while (to - from > 1 && NOT_OWNER_WORDS.has(words[from]!.lower)) from++;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const name = text.slice(start, end);
  const key = nameKey(name);
  const tokens = wordTexts(words, from, to);
  const code = GAZETTEER.demonyms.get(key);
  if (code !== undefined) {
    return code ? ownerOf(start, end, name, sentence, tokens, words[from]!.lower, key, 'country:' + code, 'unnamed', 0) : null;
  }
  const shape = typeByShape(words, from, to, key);
  if (!shape) return null;
  // "Federal Emergency Management Minister": a portfolio, no organisation of its own ("European
  // Commission President" has the organisation's word)
  // ("Federal Water Resources Minister", "Energy Minister": a portfolio's word, though it may end a company's name)
  const last = words[to - 1]!.lower;
  if (shape.type === 'organization' && shape.strength < 4 && (!ORG_SUFFIXES.has(last) || MINISTRY_PORTFOLIOS.has(last) || last === 'resources')) return null;
  return ownerOf(start, end, name, sentence, tokens, words[from]!.lower, key, entityKey(key, name), shape.type, shape.strength);
}

function ownerOf(
  start: number, end: number, text: string, sentence: number, tokens: string[], lowerFirst: string, lookup: string, key: string,
  type: ActorType, strength: number,
): Candidate {
  return {
    start, end, text, sentence, key, type, strength, rule: 'actors/title-owner', roles: [], affiliation: null, capitalOf: null,
    political: false, primary: true, tokens, lowerFirst, lookup,
  };
}


/**
 * "a State Trooper", "a Border Patrol Agent": a capitalised role after "a" with no name after it, as an unnamed
 * candidate with its article (the run is [from, to), the article at from - 1).
 */
export function roleCandidate(ctx: RunContext, from: number, to: number): Candidate {
  const { words, text } = ctx;
  const start = words[from - 1]!.start;
  const name = text.slice(start, words[to - 1]!.end);
  const lookup = name.toLowerCase();
  return {
    start, end: words[to - 1]!.end, text: name, sentence: ctx.sentence, key: 'unnamed:' + lookup, type: 'unnamed', strength: 2,
    rule: 'actors/capitalised-role', roles: [], affiliation: null, capitalOf: null, political: false, primary: true,
    tokens: [words[from - 1]!.text, ...wordTexts(words, from, to)], lowerFirst: words[from - 1]!.lower, lookup,
  };
}
