// Actors from merged candidates: the fullest name, the strongest type, roles, affiliation,
// and every mention with the rule that found it. Ids follow the first mention's position.

import type { Actor, Mention } from '../../types.js';
import type { Candidate } from './candidates.js';
import type { Clusters } from './merge.js';

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
  if (name === null) {
    name = group[0]!.text;
    for (const c of group) if (c.text.length > name.length) name = c.text;
  }
  // most names end in no apostrophe: no regular expression for them
  const last = name.charCodeAt(name.length - 1);
  return last === 0x2019 || last === 0x27 || last === 0x73 ? name.replace(POSSESSIVE_END, '') : name;
}

/** "analysts" and "Analysts" (a sentence start) are one form: aliases differ in more than case. */
function aliasesOf(group: readonly Candidate[], name: string): string[] {
  const aliases: string[] = [];
  const nameForm = name.toLowerCase();
  // most actors are named once: no set for them
  if (group.length === 1) {
    if (group[0]!.text.toLowerCase() !== nameForm) aliases.push(group[0]!.text);
    return aliases;
  }
  const seen = new Set<string>();
  seen.add(nameForm);
  for (const c of group) {
    const form = c.text.toLowerCase();
    if (seen.has(form)) continue;
    seen.add(form);
    aliases.push(c.text);
  }
  return aliases;
}

/** Every role once, in order of mention; most actors have none. */
function rolesOf(group: readonly Candidate[]): string[] {
  for (const c of group) if (c.roles.length) return [...new Set(group.flatMap((x) => x.roles))];
  return [];
}

export function buildActors(cands: Candidate[], clusters: Clusters): Actor[] {
  // candidates come sorted by start: groups are met in the order of their first mention
  const groupOf = new Map<number, Candidate[]>();
  const ordered: Candidate[][] = [];
  for (let i = 0; i < cands.length; i++) {
    const root = clusters.find(i);
    const g = groupOf.get(root);
    if (g) g.push(cands[i]!);
    else {
      const group = [cands[i]!];
      groupOf.set(root, group);
      ordered.push(group);
    }
  }
  const idOfKey = new Map<string, string>();
  const actors: Actor[] = [];
  for (let n = 0; n < ordered.length; n++) {
    const group = ordered[n]!;
    const id = `A${n + 1}`;
    for (const c of group) idOfKey.set(c.key, id);
    const name = pickName(group);
    const best = strongest(group);
    const mentions: Mention[] = [];
    for (const c of group) mentions.push({ start: c.start, end: c.end, text: c.text, rule: c.rule });
    actors.push({
      id, name, type: best.type, aliases: aliasesOf(group, name), roles: rolesOf(group), affiliation: null, mentions,
      rule: best.rule,
    });
  }
  for (let n = 0; n < ordered.length; n++) {
    const own = actors[n]!;
    for (const c of ordered[n]!) {
      const target = c.affiliation ? idOfKey.get(c.affiliation) : undefined;
      if (target && target !== own.id) {
        own.affiliation = target;
        break;
      }
    }
  }
  return actors;
}
