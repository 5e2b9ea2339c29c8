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

/** One actor a table expects: its name and type, and what else the row names. */
export interface ExpectedActor {
  name: string;
  type: Actor['type'];
  aliases?: string[];
  /** checked only when `rolesExact` is set: then a row without roles expects none */
  roles?: string[];
  affiliation?: string;
}

/** Checks each expected actor of `text`: type, aliases it holds, affiliation, and (if asked) exact roles. */
export function expectActors(text: string, expected: readonly ExpectedActor[], rolesExact = false): void {
  const actors = actorsOf(text);
  for (const e of expected) {
    const a = byName(actors, e.name);
    expect(a.type).toBe(e.type);
    for (const alias of e.aliases ?? []) expect(a.aliases).toContain(alias);
    if (rolesExact) expect(a.roles).toEqual(e.roles ?? []);
    if (e.affiliation) expect(actors.find((x) => x.id === a.affiliation)?.name).toBe(e.affiliation);
  }
}

/** The actor named `name`; the test fails, listing the names found, when there is none. */
export function byName(actors: Actor[], name: string): Actor {
  const found = actors.find((a) => a.name === name);
  if (!found) throw new Error(`no actor '${name}' in ${JSON.stringify(actors.map((a) => a.name))}`);
  return found;
}

/** A claim a table expects: [sentence, content, source text, cue, rule?]. */
export type ClaimRow = [string, string, string, string, string?];

/** The claim of `text` with this content has this source and cue (and rule, when given). */
export function expectClaim([text, content, source, cue, rule]: ClaimRow): void {
  const c = claimsOf(text).find((x) => x.text === content && x.source);
  expect(c, `no claim "${content}"`).toBeDefined();
  expect(c!.source!.text).toBe(source);
  expect(c!.cue?.text).toBe(cue);
  if (rule !== undefined) expect(c!.rule).toBe(rule);
}
