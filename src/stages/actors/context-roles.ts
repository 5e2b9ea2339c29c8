// Roles from a name's context, once its run is read: a role before it ("Security analyst Lotte
// Berg"), a title before its comma ("the spokesman, Ali Khan"), an apposition after it (", a former
// Wilson Center fellow,"), a who-clause, a courtesy title. Split from candidates.ts (same rules).

import { COURTESY_TITLES, KIN_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { ORG_DESCRIPTORS } from '../../lexicon/organizations.js';
import { LOCATIVES } from '../../lexicon/place-words.js';
import { isPeopleWord } from './lone.js';
import { roleBefore } from './roles.js';
import { appositive } from './role-appositive.js';
import { acronymOfOrg, closesApposition } from './name-context.js';
import { isAllCaps, type Word } from './words.js';

// "a mechanic from Serekunda said", "officials in Kasese said": the name after such a preposition
// is not the one who speaks ("Democrats on Capitol Hill, who have argued")
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...LOCATIVES, 'from', 'on']);

/** What the run's context has said so far: its roles, how surely a person, by which rule, where the role stands. */
export interface RoleState {
  roles: string[];
  person: number;
  rule: string;
  roleSpan: { start: number; end: number } | null;
}

/** Adds to `s` the roles and person clues around the name [from, to). */
export function rolesAround(words: Word[], text: string, from: number, to: number, single: boolean, name: string, s: RoleState, runFrom = from): void {
  // ("emergency physician Dr. Tom Kovacs": the role before the courtesy title the tokenizer left before the run)
  const titled = from >= 3 && words[from - 1]!.text === '.' && COURTESY_TITLES.has(words[from - 2]!.lower);
  const roleEnd = titled ? from - 2 : from;
  const before = roleBefore(words, roleEnd);
  // ("the public broadcaster ERR": an acronym after an organisation's noun is no one's name either)
  // ("the official SUNA news agency": an acronym before an organisation's noun is no official's name)
  // ("official Serb sources": a people's word is no official's name)
  if (before < roleEnd && s.roles.length === 0 && !(single && isAllCaps(name) && (acronymOfOrg(words[to]) || ORG_DESCRIPTORS.has(words[from - 1]!.lower))) && !(single && isPeopleWord(words[from]!.lower))) {
    s.roles.push(text.slice(words[before]!.start, words[roleEnd - 1]!.end));
    s.roleSpan = { start: words[before]!.start, end: words[roleEnd - 1]!.end };
    s.person = 2;
    s.rule = 'actors/role-name';
  }
  // ("the district police chief, Superintendent Bikram Thapa, said": before the title the run opened on)
  const at = s.rule === 'actors/title-name' && runFrom < from ? runFrom : from;
  if ((s.roles.length === 0 || at < from) && words[at - 1]?.text === ',' && at >= 2) {
    const head = words[at - 2]!;
    // "the spokesman, Ali Khan"; "his young stepmother, Nelsy," (kin name a person too, when the
    // name closes the apposition: "by his sister, Trotwood police Capt. John Porter said" does not)
    if (TITLE_HEADS.has(head.lower) || (KIN_NOUNS.has(head.lower) && closesApposition(words[to]))) {
      let k = at - 2;
      while (k > 0 && (TITLE_MODIFIERS.has(words[k - 1]!.lower) || words[k - 1]!.possessive || (k === at - 2 && nounBeforeHead(words, k))) && at - k < 5) k--;
      s.roles.push(text.slice(words[k]!.start, head.end));
      s.person = 2;
      if (at === from) s.rule = 'actors/role-comma-name';
    }
  }
  const app = appositive(words, to, from);
  if (app) {
    s.roles.push(text.slice(words[app[0]]!.start, words[app[1] - 1]!.end));
    s.person = Math.max(s.person, 2);
    s.rule ||= 'actors/appositive-role';
  }
  // ("a soldier fighting near Pokrovsk, who gave only his call sign": the place is not who)
  if (words[to]?.text === ',' && words[to + 1]?.lower === 'who' && s.person === 0 && !PLACE_PREPOSITIONS.has(words[from - 1]?.lower ?? '')) [s.person, s.rule] = [2, 'actors/who-clause'];
  // "Dr. Samuel Okello": the tokenizer leaves "Dr" and "." before the run
  const courtesy = words[from - 1]?.text === '.' ? words[from - 2] : words[from - 1];
  if (courtesy && COURTESY_TITLES.has(courtesy.lower) && s.person === 0) [s.person, s.rule] = [2, 'actors/courtesy-title'];
}

/** "the district police chief": one lower-case noun before the head, after "the"/"his"/"her" ("police" is a modifier too). */
function nounBeforeHead(words: readonly Word[], k: number): boolean {
  const w = words[k - 1]!;
  return w.kind === 'word' && w.text === w.lower && !w.possessive && /^(?:the|his|her|its|their|a|an)$/.test(words[k - 2]?.lower ?? '');
}
