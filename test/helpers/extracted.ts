// The whole pipeline on one sentence or paragraph, for the actors and claims tables: every
// result is first checked against the schema and every span against the text.
import { expect } from 'vitest';
import { extractText } from '../../src/extract.js';
import { parseUserLexicon } from '../../src/lexicon/user.js';
import type { Actor, Claim, Result } from '../../src/types.js';
import { falseSpans, schemaErrors } from './check.js';

export const REFERENCE_DATE = '2025-10-28';

function checked(text: string, lexicon?: string): Result {
  const result = extractText(text, { referenceDate: REFERENCE_DATE, lexicon: lexicon ? parseUserLexicon(lexicon) : undefined });
  expect(schemaErrors(result)).toEqual([]);
  expect(falseSpans(result, text)).toEqual([]);
  return result;
}

/** The actors of `text` (with a user lexicon in YAML, if given). */
export function actorsOf(text: string, lexicon?: string): Actor[] {
  return checked(text, lexicon).actors;
}

/** The claims of `text`. */
export function claimsOf(text: string): Claim[] {
  return checked(text).claims;
}

/** The actor named `name`; the test fails, listing the names found, when there is none. */
export function byName(actors: Actor[], name: string): Actor {
  const found = actors.find((a) => a.name === name);
  if (!found) throw new Error(`no actor '${name}' in ${JSON.stringify(actors.map((a) => a.name))}`);
  return found;
}
