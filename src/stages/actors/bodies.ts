// Bodies named in lower case: "The regional military administration said", "according to the
// regional administration", "Tomasz Wierzbicki, who chairs the Sejm's energy committee", "The
// party's leadership said". Wire copy names administrations, committees and councils so as often
// as by a capitalised name; as the lower-case ministries (ministries.ts), each is one actor.

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { BODY_HEADS } from '../../lexicon/organizations.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import { initials } from './acronyms.js';
import { ACTS_AFTER } from './ministries.js';
import { isAllCaps, isCapitalised, startsLower, type Word } from './words.js';

// lower-case words that are no part of a body's description: "the said committee", "its own council"
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'and', 'or',
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'said', 'says', 'same', 'other', 'whole', 'entire', 'new',
  'own', 'which', 'who', 'whose', 'as', 'than', 'but', 'also', 'not', 'no', 'any', 'each', 'every', 'some', 'such',
  // a rank is no description: "the largest department said"
  'largest', 'biggest', 'smallest', 'oldest', 'newest', 'latest', 'main', 'only', 'first', 'second', 'third', 'last', 'next',
]);

// a place named by its kind owns its agency: "the country's prison authority said", "the state's disaster agency"
const PLACE_OWNERS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'city', 'province', 'region', 'island', 'county']);

// the last words of a county's name ("Calcasieu Parish", "Harris County") that own a body after them
const COUNTY_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough']);

// what a leadership belongs to: "The party's leadership said"
const LEADERSHIP_OWNERS: ReadonlySet<string> = new Set([
  'party', 'government', 'union', 'movement', 'group', 'alliance', 'coalition', 'company', 'church', 'army', 'military', 'regime', 'organisation', 'organization',
]);

/** Does the body ending at `k` act: a verb of saying or acting after it, or "according to" before it? */
function acts(words: readonly Word[], k: number, from: number): boolean {
  const next = words[k + 1]?.lower ?? '';
  if (REPORTING_CUES.has(next) || ACTS_AFTER.has(next)) return true;
  return words[from - 1]?.lower === 'to' && words[from - 2]?.lower === 'according';
}

/**
 * Each "<owner> [description] <head>" with a head from BODY_HEADS in lower case, as an actor: an
 * organisation (unnamed for "leadership"). The owner is a capitalised name ("the Sejm's energy
 * committee", "the Donetsk regional military administration": at least one word of description,
 * the name no part of the span), a lower-case possessive ("The party's leadership": in the span)
 * or "the" (the body must act then: "The regional military administration said").
 */
export function bodyCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (!BODY_HEADS.has(w.lower) || w.text !== w.lower || w.possessive) continue;
    let from = k;
    while (from > 0 && k - from < 3 && modifier(words[from - 1]!)) from--;
    // "the national search and rescue agency": two descriptions joined by "and"
    if (from < k && from > 2 && words[from - 1]!.lower === 'and' && modifier(words[from - 2]!)) {
      from -= 2;
      while (from > 0 && k - from < 5 && modifier(words[from - 1]!)) from--;
    }
    const owner = words[from - 1];
    if (!owner) continue;
    // ("the prosecutor's office", "the sheriff's office": an owner's office is offices.ts's)
    if (w.lower === 'office' && owner.possessive) continue;
    const described = from < k;
    // "the country's disaster agency", "The UN refugee agency, UNHCR,": an agency or authority is
    // named elsewhere more often than not; only a place's own stands alone ("Indonesia's disaster agency")
    const generic = w.lower === 'agency' || w.lower === 'authority';
    let start = from;
    // ("the communist leadership", "women's leadership": a party's or a government's leadership only)
    if (w.lower === 'leadership' && !(owner.possessive && LEADERSHIP_OWNERS.has(owner.lower))) continue;
    // ("the plant's solvent unit sent a fireball", "the intensive care unit": a unit is a body only when it speaks)
    if (w.lower === 'unit' && !REPORTING_CUES.has(words[k + 1]?.lower ?? '')) continue;
    if (owner.lower === 'the') {
      // "The agency said" after "the Securities and Exchange Commission": the body named last
      if (!described) {
        const named = namedBody(cands, w.lower, w.start);
        if (named) cands.push(bodyMention(words[k]!, sentence, named.key));
        continue;
      }
      if (!acts(words, k, from - 1)) continue;
      // "the aviation agency said" after "the Federal Aviation Administration": the agency named
      // before; with none, "the national search and rescue agency said" is an actor of its own
      if (generic) {
        const named = namedBody(cands, w.lower, w.start, descriptionWords(words, from, k));
        if (named) {
          cands.push(bodyMention(words[k]!, sentence, named.key));
          continue;
        }
      }
    } else if (isCapitalised(owner)) {
      // "The Calcasieu Parish health department", "the Harris County fire department": a county's body, named with it
      const county = described && !owner.possessive && COUNTY_WORDS.has(owner.lower) && from >= 2 && isCapitalised(words[from - 2]!) && !NOT_MODIFIERS.has(words[from - 2]!.lower);
      if (county) {
        start = from - 2;
        while (start > 0 && from - start < 4 && isCapitalised(words[start - 1]!) && !words[start - 1]!.first && !NOT_MODIFIERS.has(words[start - 1]!.lower)) start--;
      }
      // ("the Donetsk regional military administration", "the Quezon City district police office": a place's, named with it)
      else if (!described) continue;
      else if (!owner.possessive) {
        const place = placeBefore(words, from);
        if (place < 0) continue;
        start = place;
      } else if (generic && !GAZETTEER.places.has(owner.lower)) continue;
    } else if (owner.possessive && startsLower(owner.text) && owner.kind === 'word' && (!generic || (described && PLACE_OWNERS.has(owner.lower)))) {
      // "The party's leadership", "the company's audit committee": the owner's noun is the body's
      if (!acts(words, k, from - 1)) continue;
      start = from - 1;
      if (words[start - 1]?.lower === 'the') start--;
    } else continue;
    const unnamed = w.lower === 'leadership';
    const lookup = lowerSpan(words, from, k);
    // "according to the regional administration" after "the Donetsk regional military administration": the same body
    const key = sameBody(cands, lookup, w.lower) ?? (unnamed ? 'unnamed:' : 'name:') + lowerSpan(words, start, k);
    const tokens: string[] = [];
    for (let j = start; j <= k; j++) tokens.push(words[j]!.text);
    cands.push({
      start: words[start]!.start, end: w.end, text: text.slice(words[start]!.start, w.end), sentence, key, type: unnamed ? 'unnamed' : 'organization',
      strength: 2, rule: 'actors/lowercase-body', roles: [], affiliation: null, capitalOf: null, political: false, primary: true, tokens,
      lowerFirst: words[start]!.lower, lookup,
    });
  }
}

/** Where a known place of one to three words named after "the" opens right before `from`, or -1. */
function placeBefore(words: readonly Word[], from: number): number {
  let key = '';
  for (let n = 1; n <= 3 && from - n > 0; n++) {
    const w = words[from - n]!;
    if (!isCapitalised(w)) return -1;
    key = n === 1 ? w.lower : w.lower + ' ' + key;
    if (words[from - n - 1]!.lower === 'the' && GAZETTEER.places.has(key)) return from - n;
  }
  return -1;
}

// the names an agency goes by: "the agency" after "the Food and Drug Administration", "the SEC's
// full name" ("the administration" alone is a government's, no agency's: it names none)
export const AGENCY_NAMES: ReadonlySet<string> = new Set(['agency', 'administration', 'commission', 'bureau', 'service', 'authority']);

/**
 * The organisation of several words (among the last 200 candidates) whose name ends on this head,
 * or on an agency's word for "agency": "The commission said" after "the U.S. Consumer Product
 * Safety Commission".
 */
function namedBody(cands: readonly Candidate[], head: string, at: number, described: readonly string[] = []): Candidate | undefined {
  if (head === 'administration' || head === 'leadership') return undefined;
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 200; i--) {
    const c = cands[i]!;
    // (named within the last 2,000 characters, or so referred to since: a reader keeps it in mind that long)
    if (at - c.end > 2000) return undefined;
    if (described.length === 0 && c.rule === 'actors/body-named-before' && (c.lookup === head || (head === 'agency' && AGENCY_NAMES.has(c.lookup)))) return c;
    // "FEMA Administrator Joan Pereira posted … The agency has": a person's title that opens on the body's initials
    // names that body there, later than the one named before it
    if (c.type === 'person' && c.roles.length > 0) {
      const owner = roleOwner(cands, i, c.roles, head, described);
      if (owner) return owner;
      continue;
    }
    if (bodyHead(c, head, described)) return c;
  }
  return undefined;
}

/** Is `c` an organisation of several words whose name ends on this head (or an agency's word) and holds the description? */
function bodyHead(c: Candidate, head: string, described: readonly string[]): boolean {
  if (c.type !== 'organization' || c.tokens.length < 2) return false;
  const last = c.tokens[c.tokens.length - 1]!.toLowerCase();
  // (a capitalised agency's word: "the Bush administration" is no agency)
  if (!(last === head || (head === 'agency' && AGENCY_NAMES.has(last) && c.tokens[c.tokens.length - 1] !== last))) return false;
  // ("the space agency" after "the Environmental Protection Agency": a description the name does not hold is another agency's)
  return described.every((d) => c.tokens.some((t) => sameStem(d, t.toLowerCase())));
}

/** The body named before cands[at] whose initials open one of its person's titles ("FEMA Administrator"). */
function roleOwner(cands: readonly Candidate[], at: number, roles: readonly string[], head: string, described: readonly string[]): Candidate | undefined {
  for (const role of roles) {
    const space = role.indexOf(' ');
    const first = space < 0 ? role : role.slice(0, space);
    if (first.length < 2 || !isAllCaps(first)) continue;
    for (let j = at - 1; j >= 0 && j >= at - 200; j--) {
      const o = cands[j]!;
      if (bodyHead(o, head, described) && initials(o.text) === first) return o;
    }
  }
  return undefined;
}

/** The lower-case description before a body's head at `k`: "space" in "the space agency". */
function descriptionWords(words: readonly Word[], from: number, k: number): string[] {
  const out: string[] = [];
  for (let j = from; j < k; j++) out.push(words[j]!.lower);
  return out;
}

/** "environment" and "Environmental", "aviation" and "Aviation": one word, give or take an ending of up to three letters. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short);
}

/** "agency" in "The agency said" as a mention of the body keyed `key`. */
function bodyMention(w: Word, sentence: number, key: string): Candidate {
  return {
    start: w.start, end: w.end, text: w.text, sentence, key, type: 'organization', strength: 2, rule: 'actors/body-named-before',
    roles: [], affiliation: null, capitalOf: null, political: false, primary: false, tokens: [w.text], lowerFirst: w.lower, lookup: w.lower,
  };
}

/** A lower-case word of a body's description: "regional", "military", "energy", "audit". */
function modifier(w: Word): boolean {
  return w.kind === 'word' && !w.possessive && !w.inDate && w.text === w.lower && !NOT_MODIFIERS.has(w.lower) && !REPORTING_CUES.has(w.lower) && !ACTS_AFTER.has(w.lower);
}

/** The words [from, to] in lower case, one space apart. */
function lowerSpan(words: readonly Word[], from: number, to: number): string {
  let s = words[from]!.lower;
  for (let j = from + 1; j <= to; j++) s += ' ' + words[j]!.lower;
  return s.replace(/’/g, "'");
}

/**
 * The key of the last organisation (among the last 200 candidates) with this head whose name
 * holds every word of this one: "the regional administration" after "the Donetsk regional
 * military administration", "the energy committee" after "the House Energy and Commerce Committee".
 */
function sameBody(cands: readonly Candidate[], lookup: string, head: string): string | undefined {
  const mine = lookup.split(' ');
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 200; i--) {
    const c = cands[i]!;
    if (c.type !== 'organization' || c.tokens[c.tokens.length - 1]!.toLowerCase() !== head) continue;
    const theirs = c.lookup.split(' ');
    if (mine.every((m) => theirs.includes(m))) return c.key;
  }
  return undefined;
}
