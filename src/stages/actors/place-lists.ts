// Places named in a list after a place: "the counties of Suceava, Iasi and Bihor", "in Zorel, Amdal and Kesh". The first
// name has a place's clue ('the counties of', 'in'); the names after it, joined by commas and a closing "and" or "or",
// had only the default guess (BLIND16 A10). And a place's other names: "the Paracels" for "the Paracel Islands" (A4),
// "Xisha, the Chinese name for the Paracels", "Derry, which unionists call Londonderry" (A5).

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';

// what may stand between two names of one list
const JOINS: ReadonlySet<string> = new Set([', ', ' and ', ', and ', ' or ', ', or ']);

// the rules of a name's default guess, which a list's first place outweighs
const GUESSES: ReadonlySet<string> = new Set(['actors/capitalised-word', 'actors/capitalised-name']);

/** Types as places the guessed names of a list that a place opens and "and"/"or" closes. */
export function placeLists(text: string, cands: Candidate[]): void {
  // most candidates are no place with a clue: the list's first place is looked for first
  for (let i = 0; i < cands.length; i++) {
    const head = cands[i]!;
    if (head.type !== 'location' || head.strength < 1) continue;
    let prev = head;
    let closed = false;
    let j = i + 1;
    for (; j < cands.length && j <= i + 8; j++) {
      const c = cands[j]!;
      if (c.start - prev.end > 6 || c.sentence !== head.sentence) break;
      const join = text.slice(prev.end, c.start);
      if (!JOINS.has(join)) break;
      prev = c;
      if (join.endsWith('and ') || join.endsWith('or ')) {
        closed = true;
        j++;
        break;
      }
    }
    if (!closed) continue;
    for (let k = i + 1; k < j; k++) {
      const c = cands[k]!;
      if ((c.type === 'organization' || c.type === 'person') && c.strength === 0 && GUESSES.has(c.rule) && !personAt(text, c)) [c.type, c.strength, c.rule] = ['location', 1, 'actors/place-list'];
    }
    i = j - 1;
  }
}

// what follows a person in a list of people with their places: "Ann Lee, 46, of Leeds", "Jan Kavan of the Czech Republic"
const PERSON_AFTER = /^(?:, \d|,? of )/;

/** A first name opens the name, or an age or a hometown follows it: a person in a list of people and their places. */
function personAt(text: string, c: Candidate): boolean {
  return (c.tokens.length > 1 && GAZETTEER.firstNames.has(c.lowerFirst)) || PERSON_AFTER.test(text.slice(c.end, c.end + 6));
}

/** "the Paracels", "the Falklands" after "the Paracel Islands", "the Falkland Islands": the short form is that place. */
export function islandShortForms(cands: Candidate[]): void {
  let islands: Map<string, Candidate> | null = null;
  for (const c of cands) if (c.type === 'location' && c.tokens.length === 2 && c.tokens[1] === 'Islands') (islands ??= new Map()).set(c.tokens[0]! + 's', c);
  if (!islands) return;
  for (const c of cands) {
    const place = c.tokens.length === 1 ? islands.get(c.tokens[0]!) : undefined;
    if (!place || c.type === 'unnamed') continue;
    [c.key, c.type, c.strength, c.primary, c.rule] = [place.key, 'location', Math.max(c.strength, 1), false, 'actors/short-place'];
  }
}

// "Xisha, the Chinese name for the Paracels", "Diaoyu, the Japanese name for …": the name before is the other's alias
const NAME_FOR = /^, (?:the|a|its) (?:[A-Za-z-]+ ){0,2}names? for (?:the )?$/;
// "Derry, which unionists call Londonderry": the name after is the first's alias
const WHICH_CALL = /^, (?:which|what) (?:[A-Za-z-]+ ){1,3}calls? (?:it )?$/;

/** Links a place's other name to it, where the text says it is one ("X, the Chinese name for Y"; "X, which Z call Y"). */
export function otherNameLinks(text: string, cands: Candidate[], links: Array<[Candidate, Candidate]>): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const x = cands[i]!;
    const y = cands[i + 1]!;
    const gap = y.start - x.end;
    if (gap < 10 || gap > 45 || text.charCodeAt(x.end) !== 44 || x.type === 'unnamed' || y.type === 'unnamed') continue;
    const between = text.slice(x.end, y.start);
    const [name, other] = NAME_FOR.test(between) ? [y, x] : WHICH_CALL.test(between) ? [x, y] : [null, null];
    if (!name || !other) continue;
    links.push([name, other]);
    [other.primary, other.rule] = [false, 'actors/other-name'];
    // (one thing, one type: the better founded one's; "around Xisha, the Chinese name for the Paracels": a place by its
    // preposition outweighs an organisation guessed from "the")
    const placeFirst = other.strength === name.strength && (other.type === 'location' || name.type === 'location');
    if (placeFirst) [other.type, name.type] = ['location', 'location'];
    else if (other.strength < name.strength) other.type = name.type;
    else name.type = other.type;
  }
}
