// The candidates a text's run leaves out before the merge: acronyms of laws, lone words no other
// mention confirms, words inside a role, and overlapping spans (one span, one entity).

import { insideSpan } from '../../document.js';
import { LAW_WORDS } from '../../lexicon/organizations.js';
import { SHIP_PREFIXES, STORM_HEADS } from '../../lexicon/non-entities.js';
import type { Candidate } from './candidates.js';
import { isAllCaps, type Word } from './words.js';

/** "Partnership Agreement (CEPA)": the bracketed acronym after a law's name names no actor either. */
export function lawAcronym(words: Word[], to: number, laws: Set<string>): void {
  const acronym = words[to + 1];
  if (words[to]?.text !== '(' || words[to + 2]?.text !== ')' || !acronym || !LAW_WORDS.has(words[to - 1]!.lower)) return;
  if (isAllCaps(acronym.text)) laws.add(acronym.text);
}

export function dropLaws(laws: ReadonlySet<string>, cands: Candidate[]): void {
  let n = 0;
  for (const c of cands) if (!laws.has(c.text)) cands[n++] = c;
  cands.length = n;
}

/**
 * "Turnout rose", "Socialist leader …": a lone unknown word that opens a sentence, or stands in
 * a role, is an actor only if the text also capitalises it elsewhere.
 */
export function dropUnconfirmed(openers: ReadonlySet<number>, cands: Candidate[]): void {
  // role spans never overlap one another and come in text order (one per run, runs in order)
  const roleSpans: Array<{ start: number; end: number }> = [];
  for (const c of cands) if (c.roleSpans) for (const r of c.roleSpans) roleSpans.push(r);
  roleSpans.sort((a, b) => a.start - b.start);
  // the words capitalised away from a sentence start; most texts never ask, so built on demand
  // ("Nickel processing has …" is not confirmed by "International Nickel Study Group": only a
  // name's first word, or any word of a person's name, stands for it alone)
  let elsewhere: Set<string> | null = null;
  const capitalisedElsewhere = (word: string): boolean => {
    if (!elsewhere) {
      elsewhere = new Set<string>();
      for (const c of cands) {
        // ("Marwick plc said … Marwick blamed": an organisation a clue names confirms its first word even at a sentence's start)
        if (openers.has(c.start) && !(c.type === 'organization' && c.tokens.length >= 2 && c.strength >= 1)) continue;
        if (c.type === 'person') for (const t of c.tokens) elsewhere.add(t);
        else elsewhere.add(c.tokens[0]!);
      }
    }
    return elsewhere.has(word);
  };
  const kept: Candidate[] = [];
  for (const c of cands) {
    // ("Ferrocarriles del Centro (FdC)": a name in an organisation's brackets is confirmed by the name it follows)
    if (c.strength >= 4 || c.type === 'unnamed' || c.rule === 'actors/bracketed-alias') {
      kept.push(c);
      continue;
    }
    const lone = c.tokens.length === 1 && c.strength === 0 && openers.has(c.start) && !capitalisedElsewhere(c.tokens[0]!);
    if (!lone && !insideSpan(roleSpans, c)) kept.push(c);
  }
  cands.length = 0;
  for (const c of kept) cands.push(c);
}

/**
 * Keeps the first of overlapping candidates (sorted by start, longest first): one span, one
 * entity. Candidates marked with a negative strength (a person's bracketed label) go.
 */
export function dropOverlaps(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let end = -1;
  for (const c of cands) {
    if (c.strength < 0) continue;
    if (c.start < end) {
      const prev = out[out.length - 1]!;
      // ("A spokesman for the Pro League said": a name inside an unnamed source is an actor of its own)
      // (no person: "A former girlfriend of Dominic Ferraro told jurors" names the source, not him)
      // ("Documents seen by the Courier show": the reader inside a work's name is one, even when only a guess typed it)
      if (prev.type === 'unnamed' && (c.type === 'organization' || c.type === 'location') && c.end <= prev.end && (c.strength > 0 || prev.rule === 'actors/document-subject')) {
        out.push(c);
        continue;
      }
      // a user lexicon entry wins over a rule's guess on the same words
      if (c.strength === 5 && prev.strength < 5) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
    end = c.end;
  }
  return out;
}

// things a source noun names as their modifier: "the witness stand", "a police car", "the family home"
const MODIFIED_THINGS = /^ (?:stand|box|protection|list|car|cars|station|stations|tape|tapes|van|vans|helicopter|cordon|headquarters|academy|home|homes)\b/;

/** "took the witness stand": a source noun that only qualifies a thing after it is no source. */
export function dropModifierSources(text: string, cands: Candidate[]): void {
  let n = 0;
  for (const c of cands) if (c.type !== 'unnamed' || !MODIFIED_THINGS.test(text.slice(c.end, c.end + 16))) cands[n++] = c;
  cands.length = n;
}

/**
 * "Hurricane Delia tore into the coast … Delia weakened": a storm is no actor (no-actor.ts drops the
 * run "Hurricane Delia"); the name it gives names no actor anywhere in the text either. The storm's
 * words are STORM_HEADS' ("Storm Lake" is a place: "Storm" alone is none). In a text about a storm, a lone
 * name a guess made a person's after "since"/"after" and before punctuation or a storm's verb is the storm's
 * too ("since Ida,", "after Katrina hit").
 */
const STORM = /\b(?:Hurricane|Typhoon|Cyclone|Tropical (?:Storm|Depression)) ([A-Z][a-z]{1,15})\b/g;

// "since Ida,", "after Katrina hit": a time's preposition before a lone name, and punctuation or a storm's verb after it
const SINCE_BEFORE = /\b(?:since|after|before|during|following) $/;
const SINCE_AFTER = /^(?:[,.;]| (?:hit|struck|slammed|battered|swept|tore|ravaged|flooded|devastated|made landfall)\b)/;

// "the MV Sewol sank … The Sewol was carrying": a ship's name after its prefix (no-actor.ts drops the run with it)
const SHIP = new RegExp(`\\b(?:${[...SHIP_PREFIXES].join('|')}) ([A-Z][a-z]{1,15})\\b(?! (?:[A-Z]|&))`, 'g');

// the cheap test most texts fail: no storm's word and no ship's prefix before a capital
const STORM_OR_SHIP = new RegExp(`[Hh]urricane|[Tt]yphoon|[Cc]yclone|Tropical|\\bstorm\\b|\\b(?:${[...SHIP_PREFIXES].join('|')}) [A-Z]`);

export function dropStorms(text: string, cands: Candidate[]): void {
  // most texts name no storm and no ship: one search for their words first
  if (!STORM_OR_SHIP.test(text)) return;
  const names = new Set<string>();
  // ("The Sewol was carrying 476 people": a ship named alone, after its prefix and name; "MB Financial", a candidate
  // still, is a company's name: no-actor.ts kept it)
  for (const m of text.matchAll(SHIP)) names.add(m[1]!);
  if (names.size > 0) for (const c of cands) if (c.tokens.length === 2 && SHIP_PREFIXES.has(c.tokens[0]!)) names.delete(c.tokens[1]!);
  for (const m of text.matchAll(STORM)) names.add(m[1]!);
  // "The city has not had a dry summer since Ida, … the storm": a storm named by its name alone, in a text about a storm
  for (const c of cands) {
    if (c.tokens.length !== 1 || c.strength > 1 || c.type !== 'person') continue;
    if (SINCE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) && SINCE_AFTER.test(text.slice(c.end, c.end + 16))) names.add(c.tokens[0]!);
  }
  if (names.size === 0) return;
  // a name that opens a longer one ("Ida Marsh"), or ends a person's ("the USS Cole … Sgt. Dana Cole said … Cole added"), is that
  // name's too: named alone it is the storm's or the ship's only after "the" ("The Cole was refuelling")
  const held = new Set<string>();
  for (const c of cands) {
    if (c.tokens.length < 2 || STORM_HEADS.has(c.tokens[0]!.toLowerCase()) || SHIP_PREFIXES.has(c.tokens[0]!)) continue;
    if (names.has(c.tokens[0]!)) held.add(c.tokens[0]!);
    const last = c.tokens[c.tokens.length - 1]!;
    if (c.type === 'person' && names.has(last)) held.add(last);
  }
  let n = 0;
  for (const c of cands) {
    const last = c.tokens[c.tokens.length - 1] ?? '';
    let storm = false;
    if (c.tokens.length === 1) storm = names.has(last) && (!held.has(last) || /^[Tt]he $/.test(text.slice(Math.max(0, c.start - 4), c.start)));
    else if (c.tokens.length === 2) storm = names.has(last) && (STORM_HEADS.has(c.tokens[0]!.toLowerCase()) || SHIP_PREFIXES.has(c.tokens[0]!));
    if (!storm) cands[n++] = c;
  }
  cands.length = n;
}
