// The place a run's position names before the general rules guess: a dateline in capitals
// ("WILMINGTON, Del. —"), a US state's abbreviation after a city ("SACRAMENTO, Calif."), a town
// before a state ("Dayton, Ohio,").

import { itemAt } from '../../document.js';
import { GAZETTEER, US_STATE_ABBREVIATIONS, organizationKey } from '../../lexicon/gazetteer.js';
import { NON_ENTITIES } from '../../lexicon/non-entities.js';
import type { Candidate, RunContext } from './candidates.js';
import { DETERMINERS, organizationAfter } from './clues.js';
import type { Run } from './runs.js';
import { entityKey, typeByShape } from './shape.js';
import { isAllCaps, isCapitalised, runKey, type Word } from './words.js';

// what follows a dateline's place: "NAIROBI —", "GENEVA, Oct 27 —", "WASHINGTON (AP)"
const DATELINE_NEXT: ReadonlySet<string> = new Set([',', '—', '–', '(']);

function placeCandidate(
  ctx: RunContext, start: number, end: number, key: string, tokens: string[], lowerFirst: string, rule: string, strength: number,
): Candidate {
  return {
    start, end, text: ctx.text.slice(start, end), sentence: ctx.sentence, key: entityKey(key), type: 'location', strength, rule,
    roles: [], affiliation: null, capitalOf: null, political: false, primary: rule !== 'actors/state-abbreviation', tokens,
    lowerFirst, lookup: key,
  };
}

/**
 * A place the run's position names: a US state abbreviated after "City," ("Calif." → California,
 * its full stop included), or a dateline in capitals that no lexicon knows ("WILMINGTON, Del. —").
 */
export function placeClue(ctx: RunContext, run: Run): Candidate | null {
  const { words } = ctx;
  const w = words[run.from]!;
  const next = itemAt(words, run.to);
  if (!next) return null;
  const city = next.text === ',' ? cityBeforeState(ctx, run) : null;
  if (city) return city;
  if (run.to - run.from === 1 && next.text === '.' && next.start === w.end && words[run.from - 1]?.text === ',') {
    const state = US_STATE_ABBREVIATIONS.get(w.lower);
    const town = words[run.from - 2];
    if (state && town && isCapitalised(town)) {
      return placeCandidate(ctx, w.start, next.end, state, [w.text + '.'], w.lower, 'actors/state-abbreviation', 4);
    }
  }
  // a dateline opens the sentence in capitals and is followed by a comma, a dash or the agency
  if (run.from !== 0 || !w.first || run.to - run.from > 3 || !DATELINE_NEXT.has(next.text)) return null;
  for (let k = run.from; k < run.to; k++) if (!isAllCaps(words[k]!.text)) return null;
  // "WIRES, a wildlife rescue charity, said": an organisation's acronym, no dateline
  if (next.text === ',' && organizationAfter(words, run.to)) return null;
  const key = runKey(words, run.from, run.to, ctx.text);
  // ("PAU, France (AP)": a short city before its country)
  if ((key.length < 4 && !countryAfter(words, run.to)) || NON_ENTITIES.has(key) || GAZETTEER.places.has(key) || organizationKey(w.text, key)) return null;
  const tokens: string[] = [];
  for (let k = run.from; k < run.to; k++) tokens.push(words[k]!.text);
  return placeCandidate(ctx, w.start, words[run.to - 1]!.end, key, tokens, w.lower, 'actors/dateline', 3);
}

/** ", France": a comma and a country after the words ending at `to`. */
function countryAfter(words: readonly Word[], to: number): boolean {
  return words[to]?.text === ',' && GAZETTEER.places.get(words[to + 1]?.lower ?? '')?.kind === 'country';
}

// states AP style never abbreviates: "Dayton, Ohio,"
const UNABBREVIATED_STATES: ReadonlySet<string> = new Set(['alaska', 'hawaii', 'idaho', 'iowa', 'maine', 'ohio', 'texas', 'utah']);

/**
 * "Waltham, Mass.", "Peoria, Ill.", "Dayton, Ohio,": a name before a comma and a US state is a
 * town no lexicon knows (not a person's: "Mary Smith, Texas" keeps its first name; nor a
 * company's: "Crane Co., Fla.").
 */
function cityBeforeState(ctx: RunContext, run: Run): Candidate | null {
  const { words } = ctx;
  const state = words[run.to + 1];
  if (!state || state.kind !== 'word') return null;
  const after = words[run.to + 2];
  const abbreviated = after?.text === '.' && after.start === state.end && US_STATE_ABBREVIATIONS.has(state.lower);
  if (!abbreviated && !(UNABBREVIATED_STATES.has(state.lower) && (!after || after.kind === 'punct'))) return null;
  // ("The Wilmington, Mass., garment service company": the article is no part of the name)
  let from = run.from;
  while (from < run.to - 1 && DETERMINERS.has(words[from]!.lower)) from++;
  const n = run.to - from;
  const first = words[from]!;
  if (n > 3 || (n > 1 && GAZETTEER.firstNames.has(first.lower))) return null;
  const key = runKey(words, from, run.to, ctx.text);
  if (NON_ENTITIES.has(key) || typeByShape(words, from, run.to, key)) return null;
  const tokens: string[] = [];
  for (let k = from; k < run.to; k++) tokens.push(words[k]!.text);
  return placeCandidate(ctx, first.start, words[run.to - 1]!.end, key, tokens, first.lower, 'actors/city-state', 3);
}
