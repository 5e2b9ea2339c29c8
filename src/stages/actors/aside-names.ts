// A name given in an aside about someone described: "A Ukrainian soldier fighting near Pokrovsk,
// who gave only his call sign, Kit, said …", "a resident, who asked to be identified only by her
// first name, Maria, said …". The name is that person's alias, no actor of its own ("Kit" was an
// organisation, and the soldier's next "he" went elsewhere).

import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

/** The nouns an aside gives a name as: "his call sign, Kit", "her first name, Maria". */
const NAME_NOUNS: ReadonlySet<string> = new Set(['sign', 'name', 'nickname', 'pseudonym', 'alias', 'guerre', 'callsign']);
/** The words before them that make the aside one about the person: "his", "her", "their". */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'first', 'last', 'call', 'nom', 'de', 'only', 'a']);

/** Is the candidate `c` the name an aside gives: "…his call sign, Kit", "…her first name, Maria"? */
function asideName(words: readonly Word[], at: number): boolean {
  // at: the index of the name's first word; before it ", " or nothing, then the noun
  let k = at - 1;
  if (words[k]?.text === ',') k--;
  const noun = words[k];
  if (!noun || !NAME_NOUNS.has(noun.lower)) return false;
  // "his call sign", "her first name", "only his nom de guerre": an owner word within three before
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const l = words[j]!.lower;
    if (l === 'his' || l === 'her' || l === 'their') return true;
    if (!OWNERS.has(l)) return false;
  }
  return false;
}

/**
 * Links each name an aside gives (a run candidate in cands[from..to]) to the described person, the
 * last unnamed candidate before it in the sentence (cands[to..]); the name takes its type and is
 * no primary name. Without one it names a person.
 */
export function linkAsideNames(words: readonly Word[], cands: Candidate[], from: number, to: number, links: Array<[Candidate, Candidate]>): void {
  let any = false;
  for (let k = 0; k < words.length && !any; k++) any = NAME_NOUNS.has(words[k]!.lower);
  if (!any) return;
  for (let i = from; i < to; i++) {
    const c = cands[i]!;
    if (c.tokens.length > 3 || c.strength >= 4) continue;
    const at = wordAt(words, c.start);
    if (at < 2 || !asideName(words, at)) continue;
    let owner: Candidate | undefined;
    for (let j = to; j < cands.length; j++) {
      const u = cands[j]!;
      if (u.type === 'unnamed' && u.end <= c.start && (!owner || u.start > owner.start)) owner = u;
    }
    c.type = owner ? 'unnamed' : 'person';
    c.strength = Math.min(c.strength, 2);
    c.rule = 'actors/aside-name';
    if (!owner) continue;
    c.primary = false;
    c.key = owner.key;
    links.push([owner, c]);
  }
}

/** The index of the word that starts at `start`, or -1 (a short walk: names are few per sentence). */
function wordAt(words: readonly Word[], start: number): number {
  for (let k = 0; k < words.length; k++) if (words[k]!.start === start) return k;
  return -1;
}
