// Organisations and places named again in another form: "the State Patrol" after "the Iowa State
// Patrol", "police" after "Peru's National Police", "Council" after "the Bellingham City Council",
// "Gaza" and "the Gaza Strip".

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import type { Clusters } from './clusters.js';

const FORCE_LAST_WORDS: ReadonlySet<string> = new Set(['Forces', 'Army', 'Navy', 'Military']);

/**
 * "Israel's military said" … "The Israel Defense Forces (IDF) said": a country's armed force in
 * lower case is the force named after that country ("Israel", "Israeli" opening its name).
 */
export function mergeForces(cands: readonly Candidate[], c: Clusters): void {
  let named: number[] | undefined;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type === 'organization' && y.tokens.length > 1 && FORCE_LAST_WORDS.has(y.tokens[y.tokens.length - 1]!)) (named ??= []).push(i);
  }
  if (!named) return;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.rule !== 'actors/lowercase-force' || !x.affiliation) continue;
    for (const j of named) {
      const first = cands[j]!.lowerFirst;
      const code = GAZETTEER.places.get(first)?.country ?? GAZETTEER.demonyms.get(first);
      if (code && 'country:' + code === x.affiliation) {
        c.union(j, i);
        break;
      }
    }
  }
}

/**
 * "the Iowa State Patrol" … "the State Patrol said": an organisation named after its place, and
 * named again without it (two words at least: "New York Times" is not "the Times").
 */
export function placeTail(cands: readonly Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>, i: number): void {
  const x = cands[i]!;
  clubTail(cands, c, byKey, i);
  if (x.type !== 'organization' || x.tokens.length < 3 || !GAZETTEER.places.has(x.lowerFirst)) return;
  const j = byKey.get('name:' + x.lookup.slice(x.lookup.indexOf(' ') + 1));
  // (a mention typed by a guess only may come first: "a State Patrol spokesman")
  if (j !== undefined && (cands[j]!.type === 'organization' || (cands[j]!.type === 'person' && cands[j]!.strength === 0))) c.union(i, j);
}

/**
 * "Peru's National Police said …" then "Police said 112 people had been detained": the police of
 * an article that names one police force (and one only) is that force.
 */
export function mergePolice(cands: Candidate[], c: Clusters): void {
  let force = -1;
  let bare = false;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type === 'unnamed' && y.key === 'unnamed:police') bare = true;
    if (y.type !== 'organization' || y.tokens.length < 2) continue;
    const last = y.tokens[y.tokens.length - 1]!;
    if (last !== 'Police' && last !== 'police' && last !== 'POLICE') continue;
    // ("The Allentown Fraternal Order of Police said": a union of police officers is no force)
    if (y.tokens[y.tokens.length - 2]!.toLowerCase() === 'of') continue;
    if (force >= 0 && cands[force]!.key !== y.key) return;
    force = i;
  }
  if (!bare) return;
  if (force < 0) {
    mergeCountryPolice(cands, c);
    return;
  }
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.key !== 'unnamed:police') continue;
    c.union(force, i);
    // a mention of the force: its type and name are the force's
    x.type = 'organization';
    x.strength = 0;
    x.primary = false;
  }
}

/**
 * "Ivorian police said 12 people were arrested" … "police fired tear gas": where no force is named,
 * the bare police of an article that names one country's police (and one only) are that police.
 */
function mergeCountryPolice(cands: readonly Candidate[], c: Clusters): void {
  let force = -1;
  for (let i = 0; i < cands.length; i++) {
    const y = cands[i]!;
    if (y.type !== 'unnamed' || y.tokens.length !== 2 || y.tokens[1]!.toLowerCase() !== 'police') continue;
    if (!GAZETTEER.demonyms.has(y.lowerFirst) && !GAZETTEER.places.has(y.lowerFirst)) continue;
    if (force >= 0 && cands[force]!.key !== y.key) return;
    force = i;
  }
  if (force < 0) return;
  for (let i = 0; i < cands.length; i++) if (cands[i]!.key === 'unnamed:police') c.union(force, i);
}

// a place's own noun that names the same place as its name alone ("Mexico City" is not Mexico,
// "Cleveland Heights" not Cleveland, "Vancouver Island" not Vancouver)
const SAME_PLACE_WORDS: ReadonlySet<string> = new Set(['strip', 'peninsula', 'desert', 'islands']);

/** "Gaza Strip" and "Gaza", "Sinai Peninsula" and "Sinai": one place. */
export function mergePlaceWords(cands: Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>): void {
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'location' || x.tokens.length !== 2 || !SAME_PLACE_WORDS.has(x.tokens[1]!.toLowerCase())) continue;
    const j = byKey.get('name:' + x.lookup.slice(0, x.lookup.indexOf(' ')));
    if (j !== undefined && cands[j]!.type === 'location') c.union(j, i);
  }
}

// heads an organisation is called by alone ("House" is not: the White House and the House differ)
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'council', 'commission', 'committee', 'court', 'ministry', 'department', 'agency', 'assembly', 'tribunal', 'bureau',
  'authority', 'board', 'union', 'party', 'university', 'institute', 'foundation', 'association', 'library', 'company',
  // newspapers: "the Post" after "The Washington Post", "the Journal" after "The Wall Street Journal"
  'times', 'post', 'journal', 'herald', 'tribune', 'globe', 'guardian', 'telegraph', 'gazette', 'chronicle', 'inquirer',
  'examiner', 'observer', 'courier', 'ledger', 'dispatch', 'register', 'sentinel', 'mirror', 'express', 'bulletin', 'enquirer',
  'advertiser', 'argus', 'courant', 'standard', 'independent', 'sun', 'star', 'mail',
]);

/**
 * "The Bellingham City Council voted 7-2. … Council members …": an organisation's head word alone
 * ("Council", "Commission", "Court") is the one organisation of the text whose name ends in it; with
 * two such names it stays apart.
 */
export function mergeHeadNouns(cands: Candidate[], c: Clusters): void {
  let heads: Map<string, number> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'organization' || x.tokens.length !== 1 || !HEAD_NOUNS.has(x.lowerFirst) || x.text !== x.tokens[0]) continue;
    (heads ??= new Map()).set(x.tokens[0]!, -1);
  }
  if (!heads) return;
  for (let j = 0; j < cands.length; j++) {
    const y = cands[j]!;
    const n = y.tokens.length;
    if (y.type !== 'organization' || n < 2) continue;
    const head = y.tokens[n - 1]!;
    const seen = heads.get(head);
    if (seen === undefined) continue;
    // (-2: two different names end in it)
    if (seen === -1) heads.set(head, j);
    else if (seen >= 0 && c.find(seen) !== c.find(j) && cands[seen]!.key !== y.key) heads.set(head, -2);
  }
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'organization' || x.tokens.length !== 1) continue;
    const j = heads.get(x.tokens[0]!);
    if (j !== undefined && j >= 0) c.union(j, i);
  }
}

/** Last words of a football club's name that stand for the club alone: "Rovers", "Athletic", "United". */
const CLUB_WORDS: ReadonlySet<string> = new Set(['rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'united']);

/** "Bristol Rovers beat Wigan Athletic … Rovers equalised": a club named again by its last word alone. */
function clubTail(cands: readonly Candidate[], c: Clusters, byKey: ReadonlyMap<string, number>, i: number): void {
  const x = cands[i]!;
  const last = x.tokens[x.tokens.length - 1]!.toLowerCase();
  if (x.type !== 'organization' || x.tokens.length !== 2 || !CLUB_WORDS.has(last)) return;
  const j = byKey.get('name:' + last);
  if (j !== undefined && j !== i && cands[j]!.type !== 'location') c.union(i, j);
}
