// Unnamed groups named again by their noun alone: "Officials familiar with the talks said …" then
// "One of the officials said …", "Most economists polled by Reuters expect …" then "economists
// said": the bare plural is the group described before it.

import type { Candidate } from './candidates.js';
import type { Clusters } from './clusters.js';

/** How many candidates back a bare plural looks for its group (a few paragraphs of sources). */
const LOOK_BACK = 60;

/**
 * Joins each unnamed candidate of one word ("officials") to the nearest unnamed candidate before it
 * of several words that holds the same noun among its first three words ("Officials familiar with
 * the talks", "Some analysts"). A group named first by its bare noun stays apart.
 */
export function mergeBareGroups(cands: Candidate[], c: Clusters): void {
  mergeOfficeHolders(cands, c);
  // (the first mention of each bare noun only: its later ones share its key, so one group each)
  let seen: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'unnamed' || x.tokens.length !== 1 || (seen ??= new Set()).has(x.key)) continue;
    seen.add(x.key);
    const noun = x.lookup;
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const y = cands[j]!;
      if (y.type !== 'unnamed' || y.tokens.length < 2 || !headsWith(y, noun)) continue;
      c.union(j, i);
      break;
    }
  }
}

// a group of other people than those named ("Other dealers"), or one person ("a police officer" cut
// to "a police"): no group a bare plural names again
const NOT_GROUP_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'other', 'another']);
// "two police", "several police": a count of officers cut from "two police officers"
const COUNTS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|dozens|hundreds)$/;

/** Is `noun` one of the first three words of the group's name ("Officials familiar …", "Some analysts")? */
function headsWith(y: Candidate, noun: string): boolean {
  if (NOT_GROUP_OPENERS.has(y.lowerFirst)) return false;
  const n = Math.min(3, y.tokens.length);
  for (let k = 0; k < n; k++) {
    if (y.tokens[k]!.toLowerCase() !== noun) continue;
    return !(noun === 'police' && k > 0 && COUNTS.test(y.tokens[k - 1]!.toLowerCase()));
  }
  return false;
}

/**
 * "prosecutors opened an investigation" … "The federal prosecutor's office said": the people of an
 * office named in lower case by its owner's noun are the office (one such office in the text).
 */
function mergeOfficeHolders(cands: Candidate[], c: Clusters): void {
  let office = -1;
  let owner = '';
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.rule !== 'actors/lowercase-office' || !y.lookup.endsWith("'s office")) continue;
    const words = y.lookup.slice(0, -"'s office".length).split(' ');
    const noun = words[words.length - 1]!;
    if (office >= 0 && noun !== owner) return;
    office = i;
    owner = noun;
  }
  if (office < 0) return;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'unnamed' || x.tokens.length !== 1 || x.lookup !== owner + 's') continue;
    c.union(office, i);
    // (the office's type is the actor's: an organisation, its people a mention of it)
    x.type = 'organization';
    x.primary = false;
  }
}
