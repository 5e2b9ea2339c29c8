// A name given in an aside about someone described: "A Ukrainian soldier fighting near Pokrovsk,
// who gave only his call sign, Kit, said …", "a resident, who asked to be identified only by her
// first name, Maria, said …". The name is no actor of its own ("Kit" was an organisation, and the
// soldier's next "he" went elsewhere): a call sign or a nickname is the described person's alias, the
// person's own name names the person ("Rosa", with "Another woman" its alias).

import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

/** The nouns an aside gives a name as: "his call sign, Kit", "her first name, Maria". */
const NAME_NOUNS: ReadonlySet<string> = new Set(['sign', 'name', 'nickname', 'pseudonym', 'alias', 'guerre', 'callsign']);
/** Is `l` a noun an aside gives a name as ("sign", "name", "nickname")? */
export function isNameNoun(l: string): boolean {
  return NAME_NOUNS.has(l);
}

/** The words before them that make the aside one about the person: "his", "her", "their". */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'first', 'last', 'call', 'nom', 'de', 'only', 'a']);

/**
 * The noun of the aside that gives the candidate at `at` as a name ("sign" in "…his call sign, Kit",
 * "name" in "…her first name, Maria"), or null.
 */
function asideNoun(words: readonly Word[], at: number): string | null {
  // at: the index of the name's first word; before it ", " or nothing, then the noun
  let k = at - 1;
  if (words[k]?.text === ',') k--;
  const noun = words[k];
  if (!noun || !NAME_NOUNS.has(noun.lower)) return null;
  // "his call sign", "her first name", "only his nom de guerre": an owner word within three before
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const l = words[j]!.lower;
    if (l === 'his' || l === 'her' || l === 'their') return noun.lower;
    if (!OWNERS.has(l)) return null;
  }
  return null;
}

/**
 * Links each name an aside gives (a run candidate in cands[from..to]) to the described person, the
 * last unnamed candidate before it in the sentence (cands[to..]); the name takes its type and is
 * no primary name. Without one it names a person. Called only for a sentence that holds a noun of
 * NAME_NOUNS.
 */
export function linkAsideNames(words: readonly Word[], cands: Candidate[], from: number, to: number, links: Array<[Candidate, Candidate]>): void {
  // (one map per sentence: a long sentence of many names stays linear)
  const byStart = new Map<number, number>();
  for (let k = 0; k < words.length; k++) byStart.set(words[k]!.start, k);
  const asides: Candidate[] = [];
  // the names an aside gives as the person's own name ("her first name, Rosa"), not a call sign or a nickname
  const ownNames = new Set<Candidate>();
  for (let i = from; i < to; i++) {
    const c = cands[i]!;
    if (c.tokens.length > 3 || c.strength >= 4) continue;
    const at = byStart.get(c.start) ?? -1;
    const noun = at >= 2 ? asideNoun(words, at) : null;
    if (!noun) continue;
    asides.push(c);
    if (noun === 'name') ownNames.add(c);
  }
  if (asides.length === 0) return;
  // the described persons by their end, walked alongside the names in text order
  const unnamed = cands.slice(to).filter((u) => u.type === 'unnamed').sort((a, b) => a.end - b.end);
  asides.sort((a, b) => a.start - b.start);
  let p = 0;
  let owner: Candidate | undefined;
  for (const c of asides) {
    while (p < unnamed.length && unnamed[p]!.end <= c.start) {
      if (!owner || unnamed[p]!.start > owner.start) owner = unnamed[p];
      p++;
    }
    c.strength = Math.min(c.strength, 2);
    c.rule = 'actors/aside-name';
    // "Another woman, who gave only her first name, Rosa, said": the woman is the person Rosa
    if (owner && ownNames.has(c)) {
      owner.type = 'person';
      owner.primary = false;
    }
    c.type = owner && !ownNames.has(c) ? 'unnamed' : 'person';
    if (!owner) continue;
    c.primary = ownNames.has(c);
    c.key = owner.key;
    links.push([owner, c]);
  }
}

