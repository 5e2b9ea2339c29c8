// Actors from merged candidates: the fullest name, the strongest type, roles, affiliation,
// and every mention with the rule that found it. Ids follow the first mention's position.

import type { Actor, Mention } from '../../types.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import type { Merged } from './merge.js';

const POSSESSIVE_END = /[’']s?$/u;

/** The strongest candidate: its type and rule are the actor's (the first of equals wins). */
function strongest(group: readonly Candidate[]): Candidate {
  let best = group[0]!;
  for (const c of group) if (c.strength > best.strength) best = c;
  return best;
}

/** The longest name among the primary forms (all forms when none is primary), first of equals. */
function pickName(group: readonly Candidate[]): string {
  let name: string | null = null;
  for (const c of group) if (c.primary && (name === null || c.text.length > name.length)) name = c.text;
  if (name !== null && group.length >= 3) name = withoutStrayWord(group, name);
  // (no primary form: the longest that is a name, not a description in lower case: "UNICEF", not "U.N. children's agency")
  if (name === null) for (const c of group) if (!described(c) && (name === null || c.text.length > name.length)) name = c.text;
  if (name === null) {
    name = group[0]!.text;
    for (const c of group) if (c.text.length > name.length) name = c.text;
  }
  // most names end in no apostrophe: no regular expression for them
  const last = name.charCodeAt(name.length - 1);
  return last === 0x2019 || last === 0x27 || last === 0x73 ? name.replace(POSSESSIVE_END, '') : name;
}

/**
 * "Rival Hillary Clinton" once beside "Hillary Clinton" ten times: a word no first-name list knows
 * before a name that opens on a first name, where the shorter form is the one the text uses, is a
 * stray word of a headline or a sentence's opening ("Giam Kim Hoang", once each, stays whole).
 */
function withoutStrayWord(group: readonly Candidate[], name: string): string {
  const space = name.indexOf(' ');
  if (space < 0) return name;
  const rest = name.slice(space + 1);
  // (the rest a full name itself: "Saddam Hussein" is no stray word before "Hussein")
  const gap = rest.indexOf(' ');
  if (gap < 0 || GAZETTEER.firstNames.has(name.slice(0, space).toLowerCase()) || !GAZETTEER.firstNames.has(rest.slice(0, gap).toLowerCase())) return name;
  let whole = 0;
  let short = 0;
  for (const c of group) {
    if (c.text === name) whole++;
    else if (c.text === rest) short++;
  }
  return short >= 3 && short >= 3 * whole ? rest : name;
}

/** Does the form end on a word in lower case ("U.N. children's agency", "the statement"; not "Council on Foreign Relations")? */
function described(c: Candidate): boolean {
  const t = c.tokens[c.tokens.length - 1]!;
  return t.charAt(0) !== t.charAt(0).toUpperCase();
}

/** `Marcus "The Hammer" Bell` → "Marcus Bell"; the name itself when no nickname in quotation marks stands between two words. */
function withoutNickname(name: string): string {
  let open = name.indexOf('"');
  const curly = name.indexOf('\u201c');
  if (open < 0 || (curly >= 0 && curly < open)) open = curly;
  if (open <= 0) return name;
  const close = name.indexOf(name[open] === '"' ? '"' : '\u201d', open + 1);
  if (close < 0 || close - open > 41) return name;
  const before = name.slice(0, open).trimEnd();
  const after = name.slice(close + 1).trimStart();
  return before && after ? `${before} ${after}` : name;
}

/** "analysts" and "Analysts" (a sentence start) are one form: aliases differ in more than case. */
function aliasesOf(group: readonly Candidate[], name: string): string[] {
  const aliases: string[] = [];
  // most mentions repeat a text met before, often the name itself: only a new text is lower-cased
  let texts: Set<string> | null = null;
  let forms: Set<string> | null = null;
  for (const c of group) {
    if (c.text === name || texts?.has(c.text)) continue;
    (texts ??= new Set()).add(c.text);
    forms ??= new Set([name.toLowerCase()]);
    const form = c.text.toLowerCase();
    if (forms.has(form)) continue;
    forms.add(form);
    aliases.push(c.text);
  }
  // `Marcus "The Hammer" Bell` is also "Marcus Bell", as a later mention or a reader would write him
  const plain = withoutNickname(name);
  if (plain !== name && !aliases.includes(plain)) aliases.push(plain);
  return aliases;
}

/** Every role once, in order of mention; most actors have none. */
function rolesOf(group: readonly Candidate[]): string[] {
  let roles: Set<string> | null = null;
  for (const c of group) for (const r of c.roles) (roles ??= new Set()).add(r);
  return roles ? [...roles] : [];
}

export function buildActors(cands: Candidate[], merged: Merged): Actor[] {
  // candidates come sorted by start: groups are met in the order of their first mention
  const groupOf = new Map<number, number>();
  const groupAt: number[] = [];
  const ordered: Candidate[][] = [];
  for (let i = 0; i < cands.length; i++) {
    const root = merged.clusters.find(i);
    let g = groupOf.get(root);
    if (g === undefined) {
      g = ordered.length;
      groupOf.set(root, g);
      ordered.push([cands[i]!]);
    } else ordered[g]!.push(cands[i]!);
    groupAt.push(g);
  }
  const actors: Actor[] = [];
  for (let n = 0; n < ordered.length; n++) {
    const group = ordered[n]!;
    // ("Kyrgyzstan's Foreign Ministry": a ministry's name every country shares keeps its owner's)
    const owned = group.find((c) => c.owner !== undefined);
    const name = owned && pickName(group) === owned.text ? owned.owner + ' ' + owned.text : pickName(group);
    const best = strongest(group);
    const mentions: Mention[] = group.map((c) => ({ start: c.start, end: c.end, text: c.text, rule: c.rule }));
    // (a place holds no title: "In Tulsa, an unarmed man …", "Saddle Brook, N.J., maker of plastic film" describe a
    // person or a company the place stands beside)
    actors.push({
      id: `A${n + 1}`, name, type: best.type, aliases: aliasesOf(group, name), roles: best.type === 'location' ? [] : rolesOf(group), affiliation: null,
      mentions, rule: best.rule,
    });
  }
  // the actor an affiliation points to: the group of the candidates with that key
  for (let n = 0; n < ordered.length; n++) {
    const own = actors[n]!;
    for (const c of ordered[n]!) {
      const first = c.affiliation ? merged.firstWithKey.get(c.affiliation) : undefined;
      const target = first === undefined ? undefined : actors[groupAt[first]!]!.id;
      if (target && target !== own.id) {
        own.affiliation = target;
        break;
      }
    }
  }
  return actors;
}
