// The first words of an organisation's name used alone after it: "Carrow" → "Carrow Pharmacies".

import type { Candidate } from './candidates.js';
import type { Clusters } from './clusters.js';
import { CLUB_PREFIXES, LEGAL_FORMS } from '../../lexicon/organizations.js';
import { FOREIGN_ORG_OPENERS } from '../../lexicon/organization-names.js';
import { BUILDING_ENDS } from '../../lexicon/place-words.js';

/** For each key, its first candidate outside a headline (built in one pass, when a headline's name first asks). */
function firstsInBody(cands: readonly Candidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) if (cands[k]!.rule !== 'actors/heading-name' && !out.has(cands[k]!.key)) out.set(cands[k]!.key, k);
  return out;
}

// rules that make a one-word name a person by a title: such a name is no organisation's short form
// (and a public figure's surname: "Clinton" is no short form of "the Clinton administration")
const TITLED_RULES: ReadonlySet<string> = new Set(['actors/title-name', 'actors/courtesy-title', 'actors/role-name', 'actors/surname', 'actors/famous-surname']);

/**
 * "oudenburg" for "KV Oudenburg", "FC Twente": the name after a sports club's prefix; "merieux" for
 * "Institut Merieux", "cruz del sur" for "Transportes Cruz del Sur"; or null.
 */
function restAfterClub(y: Candidate): string | null {
  const club = y.tokens.length === 2 && CLUB_PREFIXES.has(y.lowerFirst) && y.tokens[0] === y.tokens[0]!.toUpperCase();
  if (!club && !FOREIGN_ORG_OPENERS.has(y.lowerFirst)) return null;
  return y.lookup.slice(y.lookup.indexOf(' ') + 1);
}

// words after a place's name that name one of its public bodies: "Corpus Christi Police", "Marlow County Schools"
const PLACE_BODY_WORDS: ReadonlySet<string> = new Set([
  'police', 'fire', 'sheriff', "sheriff's", 'county', 'city', 'public', 'municipal', 'school', 'schools', 'unified', 'community',
  'regional', 'metropolitan', 'metro', 'area', 'district', 'housing', 'transit', 'water', 'state', 'town', 'village', 'township',
]);

/** Is `short` the whole of `name` or its first words ("merieux" of "merieux s.a.")? */
function opensName(name: string, short: string): boolean {
  return name.startsWith(short) && (name.length === short.length || name.charCodeAt(short.length) === 32);
}

/**
 * "Carrow" → "Carrow Pharmacies", "Stanmore Lane" → "Stanmore Lane & Co.": the first words of an
 * organisation's name, used alone after it, name it (not a place or an organisation the lexicons know:
 * "Delaware" in "Delaware Court of Chancery" is the state). Two organisations sharing the first
 * words leave them alone.
 */
export function mergeShortNames(cands: Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>): void {
  // organisations of several words by their first word: most articles have a few
  let byFirst: Map<string, number[]> | null = null;
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    // ("the Grenfell Tower fire" … "the lessons of Grenfell": a building's name alone, as an organisation's)
    if ((y.type !== 'organization' && !(y.type === 'location' && BUILDING_ENDS.has(y.tokens[y.tokens.length - 1]!.toLowerCase()))) || y.tokens.length < 2) continue;
    const space = y.lookup.indexOf(' ');
    if (space < 0) continue;
    // ("KV Oudenburg" … "Oudenburg, who are seventh": a club's name without its prefix)
    const rest = restAfterClub(y);
    const restFirst = rest === null ? null : rest.includes(' ') ? rest.slice(0, rest.indexOf(' ')) : rest;
    for (const first of restFirst ? [y.lookup.slice(0, space), restFirst] : [y.lookup.slice(0, space)]) {
      const list = (byFirst ??= new Map()).get(first);
      if (list) list.push(j);
      else byFirst.set(first, [j]);
    }
  }
  if (!byFirst) return;
  let inBody: Map<string, number> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    // ("Boeing" after "Boeing Co.": a company the lexicons know is the short form of its name with a legal form)
    const known = x.strength >= 4;
    if (x.type === 'unnamed' || (known && x.type !== 'organization') || TITLED_RULES.has(x.rule) || (x.type === 'location' && x.strength >= 3)) continue;
    const space = x.lookup.indexOf(' ');
    const list = byFirst.get(space < 0 ? x.lookup : x.lookup.slice(0, space));
    if (!list) continue;
    // the first organisation whose name goes on from these words; another such organisation vetoes
    let j = -1;
    let exact = -1;
    for (const k of list) {
      const y = cands[k]!;
      // ("Clinton met Havel" … "the Clinton administration": a leader is no short form of the government)
      if (y.key === x.key || y.lookup.length <= x.lookup.length || y.rule === 'actors/leader-government') continue;
      const name = opensName(y.lookup, x.lookup) ? y.lookup : restAfterClub(y);
      if (name === null || !opensName(name, x.lookup)) continue;
      // ("Corpus Christi" beside "Corpus Christi Police Department": a place's public body is no long form of the place)
      if (x.type === 'location' && PLACE_BODY_WORDS.has(name.slice(x.lookup.length + 1).split(' ', 1)[0]!)) continue;
      // what the name adds: "s.a." in "orkem s.a.", "" in "kv oudenburg" for "oudenburg"
      const tail = name.slice(x.lookup.length + 1);
      if (known && (y.rule !== 'actors/legal-form' || tail.includes(' '))) continue;
      // ("Orkem" after "Orkem S.A." and "Orkem Coatings U.K. Ltd.": the name with only its legal form is the company)
      if (exact < 0 && !tail.includes(' ') && LEGAL_FORMS.has(tail.replace(/\.$/, ''))) exact = k;
      if (j === -1) j = k;
      // ("Eastman Christensen" and "Eastman Christensen Co.": one company's names, no second one)
      else if (j >= 0 && cands[j]!.key !== y.key && !opensName(cands[j]!.lookup, y.lookup) && !opensName(y.lookup, cands[j]!.lookup)) j = -2;
    }
    if (exact >= 0) j = exact;
    if (j < 0) continue;
    // "NetChoice, a trade association …" before "the NetChoice Litigation Center": a name met first
    // on its own is an entity of its own (in the body: a headline's "… at Meridian" comes first)
    let first = byKey.get(x.key) ?? i;
    // (only against an organisation named in the body: "Colorado Springs bar | Colorado Springs Gazette" is all headline)
    // (and of no place: "Downers Grove Man Arrested …" repeated in a scraped page is no organisation of Downers Grove)
    if (cands[first]!.rule === 'actors/heading-name' && cands[j]!.rule !== 'actors/heading-name') {
      const body = (inBody ??= firstsInBody(cands)).get(x.key);
      if (body !== undefined && cands[body]!.type !== 'location') first = body;
    }
    // ("Former White House Doctor Says" over a body whose book "The White House Doctor" comes after
    // "the White House physician": a headline's organisation counts from where the body names it)
    let from = cands[j]!.start;
    if (cands[j]!.rule === 'actors/heading-name') {
      const body = (inBody ??= firstsInBody(cands)).get(cands[j]!.key);
      if (body !== undefined) from = cands[body]!.start;
    }
    // ("Voltra said … Shares of Voltra AB fell": a name met first on its own is the company when the long form adds only its legal form)
    if (cands[first]!.start < from && j !== exact) continue;
    c.union(j, i);
    x.type = cands[j]!.type;
    x.primary = false;
    if (!known) x.rule = 'actors/short-name';
  }
}
