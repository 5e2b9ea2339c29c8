// Described bodies as the bodies they describe: "the country's disaster agency" … "the Disaster and
// Emergency Management Authority", "the prison agency, known by its Spanish acronym SNAI", "the space
// agency" and NASA (bodies.ts makes the described bodies).

import { AGENCY_KINDS } from '../../lexicon/organization-names.js';
import { AGENCY_NAMES } from './bodies.js';
import type { Candidate } from './candidates.js';

/** An agency's word, or a department: the heads a described body may share with another's name. */
function agencyHead(w: string): boolean {
  return AGENCY_NAMES.has(w) || w === 'department';
}

// what a regulator's name is made of: "India's competition regulator" … "the Competition Commission of India" (BLIND14 A8)
const REGULATOR_HEADS: ReadonlySet<string> = new Set(['regulator', 'watchdog']);

/** "the prison agency, known by its Spanish acronym SNAI": the acronym after a described body (bounded). */
const KNOWN_BY = /^,? (?:also )?known (?:by its|as)(?: [A-Za-z]+){0,2}?(?: acronym| initials| abbreviation)?,? ([A-Z]{2,8})\b/;

/**
 * Described agencies, authorities and departments ("the country's disaster agency", "the prison
 * agency") as the bodies they describe: one described body is another whose description holds
 * every word of its own ("the country's prison authority" … "the prison agency"); a group of them
 * is the agency named in capitals anywhere in the text whose name holds every word of a
 * description ("… according to the Disaster and Emergency Management Authority"), or the acronym
 * one is "known by" ("the prison agency, known by its Spanish acronym SNAI").
 */
export function linkDescribedBodies(text: string, cands: Candidate[]): void {
  const described: { c: Candidate; words: string[] }[] = [];
  for (const c of cands) {
    // (a lower-case service too: "the weather service warned" after "The National Weather Service said"; BLIND15 A12)
    if (c.rule !== 'actors/lowercase-body' && c.rule !== 'actors/lowercase-office') continue;
    const words = c.lookup.split(' ');
    const head = words.pop()!;
    if (words.length > 0 && (agencyHead(head) || REGULATOR_HEADS.has(head))) described.push({ c, words });
  }
  if (described.length === 0) return;
  // the groups: each body joins the first before it whose description holds its own, or whose own it holds
  const group: number[] = described.map((_, i) => i);
  for (let i = 1; i < described.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = described[i]!.words;
      const b = described[j]!.words;
      if (a.every((w) => b.includes(w)) || b.every((w) => a.includes(w))) {
        group[i] = group[j]!;
        break;
      }
    }
  }
  const keys = new Map<number, string>();
  // (each organisation's words in lower case, made once when a description first asks)
  const lowered = new Map<Candidate, string[]>();
  for (let i = 0; i < described.length; i++) {
    const { c, words } = described[i]!;
    if (keys.has(group[i]!)) continue;
    const key = nameAfter(text, c, cands) ?? acronymAfter(text, c, cands) ?? namedHolding(words, cands, lowered) ?? namedOfKind(c.lookup, cands);
    if (key) keys.set(group[i]!, key);
  }
  for (let i = 0; i < described.length; i++) {
    const named = keys.get(group[i]!);
    const c = described[i]!.c;
    c.key = named ?? described[group[i]!]!.c.key;
    // (the name in capitals names the actor: "SNAI", not "the country's prison authority")
    if (named) c.primary = false;
  }
}

/**
 * The key of the one organisation the text names that a described body's kind stands for (AGENCY_KINDS:
 * "the space agency" and NASA, "the state news agency" and Xinhua); none when it names two.
 */
function namedOfKind(lookup: string, cands: readonly Candidate[]): string | undefined {
  const parts = lookup.split(' ');
  const names = AGENCY_KINDS.get(lookup) ?? (parts.length > 2 ? AGENCY_KINDS.get(parts.slice(-2).join(' ')) : undefined);
  if (!names) return undefined;
  let key: string | undefined;
  for (const o of cands) {
    if (o.type !== 'organization' || o.rule === 'actors/lowercase-body' || !names.includes(o.lookup)) continue;
    if (key !== undefined && key !== o.key) return undefined;
    key = o.key;
  }
  return key;
}

/** "The North's state news agency KCNA said": the key of an organisation named right after the description, or undefined. */
function nameAfter(text: string, c: Candidate, cands: readonly Candidate[]): string | undefined {
  if (text.charCodeAt(c.end) !== 32) return undefined;
  return cands.find((o) => o.start === c.end + 1 && o.type === 'organization' && o.rule !== 'actors/lowercase-body')?.key;
}

/** The key of the acronym candidate a described body is "known by", or undefined. */
function acronymAfter(text: string, c: Candidate, cands: readonly Candidate[]): string | undefined {
  const m = KNOWN_BY.exec(text.slice(c.end, c.end + 60));
  if (!m) return undefined;
  const at = c.end + m[0].length - m[1]!.length;
  return cands.find((o) => o.start === at && o.text === m[1])?.key;
}

/** The key of an organisation named in capitals whose name ends on an agency's word and holds every word of `words`. */
function namedHolding(words: readonly string[], cands: readonly Candidate[], lowered: Map<Candidate, string[]>): string | undefined {
  for (const o of cands) {
    if (o.type !== 'organization' || o.rule === 'actors/lowercase-body' || o.tokens.length < 2) continue;
    const last = o.tokens[o.tokens.length - 1]!;
    const lower = last.toLowerCase();
    if (last === lower || !agencyHead(lower)) continue;
    const theirs = lowerTokens(o, lowered);
    if (words.every((m) => theirs.includes(m))) return o.key;
  }
  // ("the competition regulator" … "the Competition Commission of India": a regulator's name holds an agency's word anywhere)
  if (!REGULATED.has(words[words.length - 1]!)) return undefined;
  for (const o of cands) {
    if (o.type !== 'organization' || o.rule === 'actors/lowercase-body' || o.tokens.length < 3 || !regulatorDescribed(words, o, lowerTokens(o, lowered))) continue;
    return o.key;
  }
  return undefined;
}

/** The organisation's words in lower case, kept in `lowered` once made. */
function lowerTokens(o: Candidate, lowered: Map<Candidate, string[]>): string[] {
  let theirs = lowered.get(o);
  if (theirs === undefined) lowered.set(o, (theirs = o.tokens.map((t) => t.toLowerCase())));
  return theirs;
}

/** Does a regulator's description ("competition") name the organisation `o` ("Competition Commission of India"), its words `theirs` in lower case? */
function regulatorDescribed(words: readonly string[], o: Candidate, theirs: readonly string[]): boolean {
  return theirs.some((t, k) => k > 0 && agencyHead(t) && o.tokens[k] !== t) && words.every((m) => theirs.includes(m));
}

// what a regulator oversees, in its description: "competition regulator", "energy watchdog"
const REGULATED: ReadonlySet<string> = new Set([
  'competition', 'antitrust', 'securities', 'markets', 'financial', 'banking', 'energy', 'telecoms', 'telecommunications',
  'communications', 'media', 'broadcasting', 'aviation', 'nuclear', 'drug', 'drugs', 'food', 'privacy', 'data', 'gambling',
  'insurance', 'pensions', 'water', 'rail', 'transport', 'election', 'electoral',
]);
