// Actors from merged candidates: the fullest name, the strongest type, roles, affiliation,
// and every mention with the rule that found it. Ids follow the first mention's position.

import type { Actor, ActorType, Mention } from '../../types.js';
import type { Candidate } from './candidates.js';
import type { Clusters } from './merge.js';

const POSSESSIVE_END = /[’']s?$/u;

function pickType(group: Candidate[]): { type: ActorType; rule: string } {
  let best = group[0]!;
  for (const c of group) if (c.strength > best.strength) best = c;
  return { type: best.type, rule: best.rule };
}

function pickName(group: Candidate[]): string {
  const primary = group.filter((c) => c.primary);
  const pool = primary.length ? primary : group;
  let name = pool[0]!.text;
  for (const c of pool) if (c.text.length > name.length) name = c.text;
  return name.replace(POSSESSIVE_END, '');
}

export function buildActors(cands: Candidate[], clusters: Clusters): Actor[] {
  const groups = new Map<number, Candidate[]>();
  cands.forEach((c, i) => {
    const root = clusters.find(i);
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  });
  const ordered = [...groups.values()].sort((a, b) => a[0]!.start - b[0]!.start);
  const idOfKey = new Map<string, string>();
  const actors: Actor[] = ordered.map((group, n) => {
    const id = `A${n + 1}`;
    for (const c of group) idOfKey.set(c.key, id);
    const name = pickName(group);
    const { type, rule } = pickType(group);
    // "analysts" and "Analysts" (a sentence start) are one form: aliases differ in more than case
    const seen = new Set([name.toLowerCase()]);
    const aliases: string[] = [];
    for (const c of group) {
      const form = c.text.toLowerCase();
      if (seen.has(form)) continue;
      seen.add(form);
      aliases.push(c.text);
    }
    const roles = [...new Set(group.flatMap((c) => c.roles))];
    const mentions: Mention[] = group.map((c) => ({ start: c.start, end: c.end, text: c.text, rule: c.rule }));
    return { id, name, type, aliases, roles, affiliation: null, mentions, rule };
  });
  ordered.forEach((group, n) => {
    const own = actors[n]!;
    for (const c of group) {
      const target = c.affiliation ? idOfKey.get(c.affiliation) : undefined;
      if (target && target !== own.id) {
        own.affiliation = target;
        break;
      }
    }
  });
  return actors;
}
