// Places named in a list after a place: "the counties of Suceava, Iasi and Bihor", "in Zorel, Amdal and Kesh". The first
// name has a place's clue ('the counties of', 'in'); the names after it, joined by commas and a closing "and" or "or",
// had only the default guess (BLIND16 A10).

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
