// Ministries named in lower case: "Indonesia's trade ministry called the request …", "according
// to the health ministry". Wire copy names them so as often as "Ministry of Health".

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { MINISTRY_PORTFOLIOS } from '../../lexicon/organizations.js';
import type { Candidate } from './candidates.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Word } from './words.js';

/** The word before "force", "forces", "guard" that makes one name: "air force", "armed forces", "border guard". */
const FORCE_PAIRS: ReadonlySet<string> = new Set(['air force', 'armed forces', 'border guard', 'coast guard', 'national guard']);
/** Words after the force that show it acts: "Ukraine's military denied", "the army has". */
export const ACTS_AFTER: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'is', 'was', 'were', 'will', 'would', 'could', 'can', 'did', 'does', 'also', 'gave', 'launched',
  'shot', 'downed', 'struck', 'hit', 'began', 'took', 'sent', 'later', 'then',
]);

/** "military", "army", "navy", "force", "forces", "guard" in lower case: the head of an armed force's name. */
export function isForceHead(w: Word): boolean {
  // (literal comparisons: this runs for every word of the body; most differ in length at once)
  const l = w.lower;
  return (l === 'military' || l === 'army' || l === 'navy' || l === 'force' || l === 'forces' || l === 'guard') && w.text === l;
}

/**
 * "Ukraine's air force said", "Ukraine's military denied", "the Israeli army has": an armed force
 * in lower case after its country (or "the"), acting, is an organisation keyed by its country.
 */
export function forceCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (!isForceHead(w)) continue;
    const before = words[k - 1]!;
    const pair = w.lower === 'military' || w.lower === 'army' || w.lower === 'navy' ? false : FORCE_PAIRS.has(before.lower + ' ' + w.lower);
    if (!pair && (w.lower === 'force' || w.lower === 'forces' || w.lower === 'guard')) continue;
    const first = pair ? k - 1 : k;
    if (pair && before.possessive) continue;
    // it acts ("attacks against Pakistan's military." names no source)
    const next = words[k + 1];
    if (!next || (!REPORTING_CUES.has(next.lower) && !ACTS_AFTER.has(next.lower))) continue;
    const code = ownerCode(words, first - 1);
    if (!code && words[first - 1]?.lower !== 'the') continue;
    // "the military said" after "The Israel Defense Forces (IDF) said": the force named before
    const named = code ? undefined : lastNamedForce(cands, w.lower);
    if (!code && !named && !REPORTING_CUES.has(next.lower)) continue;
    const affiliation = code ? 'country:' + code : null;
    const start = words[first]!.start;
    const lookup = text.slice(start, w.end).toLowerCase();
    cands.push({
      start, end: w.end, text: text.slice(start, w.end), sentence, key: named ?? 'name:' + lookup + (affiliation ? '|' + affiliation : ''),
      type: 'organization', strength: 2, rule: 'actors/lowercase-force', roles: [], affiliation, capitalOf: null,
      political: false, primary: true, tokens: pair ? [before.text, w.text] : [w.text], lowerFirst: words[first]!.lower, lookup,
    });
  }
}

/** Each "<portfolio> ministry" in the words, as an organisation; its country from "Indonesia's" or "Indonesian". */
export function ministryCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.lower !== 'ministry' || w.text !== 'ministry') continue;
    const portfolio = words[k - 1]!;
    if (portfolio.possessive || !MINISTRY_PORTFOLIOS.has(portfolio.lower)) continue;
    const code = ownerCode(words, k - 2);
    const affiliation = code ? 'country:' + code : null;
    const lookup = portfolio.lower + ' ministry';
    // "Kenya's foreign ministry declined to comment … the foreign ministry said": a bare one is the
    // last one a country owned (looked for among the last candidates only)
    const owned = affiliation ? undefined : lastOwned(cands, lookup);
    // "Kenya's foreign ministry" and "the Egyptian Foreign Ministry" are two ministries: one owned
    // is keyed by its country (merge.ts joins the "Egyptian" form to it)
    const cand: Candidate = {
      start: portfolio.start, end: w.end, text: text.slice(portfolio.start, w.end), sentence, key: owned ?? 'name:' + lookup + (affiliation ? '|' + affiliation : ''),
      type: 'organization', strength: 2, rule: 'actors/lowercase-ministry', roles: [], affiliation, capitalOf: null,
      political: false, primary: true, tokens: [portfolio.text, w.text], lowerFirst: portfolio.lower, lookup,
    };
    // ("Cameroon's health ministry" … "Niger's health ministry": the owning country names it, as "Kenya's Foreign Ministry"; BLIND15 A10)
    if (code && words[k - 2]!.possessive) cand.owner = text.slice(words[ownerStart(words, k - 2)]!.start, portfolio.start).trimEnd();
    cands.push(cand);
  }
}

/**
 * "The Dutch embassy in Beijing said", "the South African embassy": an embassy in lower case after
 * its country's demonym is an organisation keyed by that country (BLIND9 A15).
 */
export function embassyCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.text !== 'embassy') continue;
    const owner = words[k - 1]!;
    // a demonym only: "Britain's embassy", "the U.S. embassy" keep their country's mention
    if (owner.possessive) continue;
    // ("The South African embassy": an owner of two words first)
    let code = k >= 2 ? GAZETTEER.demonyms.get(words[k - 2]!.lower + ' ' + owner.lower) : undefined;
    const first = code ? k - 2 : k - 1;
    code ||= GAZETTEER.demonyms.get(owner.lower);
    if (!code) continue;
    const start = words[first]!.start;
    const lookup = 'embassy|country:' + code;
    cands.push({
      start, end: w.end, text: text.slice(start, w.end), sentence, key: 'name:' + lookup, type: 'organization', strength: 2,
      rule: 'actors/lowercase-embassy', roles: [], affiliation: 'country:' + code, capitalOf: null, political: false, primary: true,
      tokens: wordTexts(words, first, k + 1), lowerFirst: words[first]!.lower, lookup,
    });
  }
}

function wordTexts(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(words[k]!.text);
  return out;
}

/** Where the owner ending at `at` opens: "South Africa's" is two words when the place is known only as two. */
function ownerStart(words: readonly Word[], at: number): number {
  return at > 0 && !GAZETTEER.places.has(words[at]!.lower) && GAZETTEER.places.has(words[at - 1]!.lower + ' ' + words[at]!.lower) ? at - 1 : at;
}

/** The country of "Indonesia's", "Indonesian", "Ivory Coast's", "South African" ending at `at`, or undefined. */
function ownerCode(words: readonly Word[], at: number): string | undefined {
  const owner = words[at];
  if (!owner) return undefined;
  const one = owner.possessive ? GAZETTEER.places.get(owner.lower)?.country : GAZETTEER.demonyms.get(owner.lower);
  if (one || at === 0) return one || undefined;
  const two = words[at - 1]!.lower + ' ' + owner.lower;
  return (owner.possessive ? GAZETTEER.places.get(two)?.country : GAZETTEER.demonyms.get(two)) || undefined;
}

// "Israel Defense Forces", "Sudanese Armed Forces": a country's military ("Rapid Support Forces",
// "Syrian Democratic Forces" are no country's army: "Sudan's army and the paramilitary Rapid Support
// Forces … The army said" is Sudan's)
const NATIONAL_FORCES: ReadonlySet<string> = new Set(['Armed', 'Defense', 'Defence']);

/**
 * The key of the last organisation named as the armed force `head` names ("army", "military",
 * "navy"), among the last 200 candidates: an "Army" for the army, a "Navy" for the navy, and a
 * country's armed or defence forces for either.
 */
function lastNamedForce(cands: readonly Candidate[], head: string): string | undefined {
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 200; i--) {
    const c = cands[i]!;
    if (c.type !== 'organization' || c.tokens.length < 2) continue;
    const last = c.tokens[c.tokens.length - 1]!;
    if (last === 'Forces' ? NATIONAL_FORCES.has(c.tokens[c.tokens.length - 2]!) && head !== 'navy' : last.toLowerCase() === head) return c.key;
  }
  return undefined;
}

/** The key of the last lower-case ministry of this portfolio a country owned, among the last 200 candidates. */
function lastOwned(cands: readonly Candidate[], lookup: string): string | undefined {
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 200; i--) {
    const c = cands[i]!;
    if (c.lookup === lookup && c.affiliation && c.rule === 'actors/lowercase-ministry') return c.key;
  }
  return undefined;
}

/** "ministry of the interior" → "interior", "ministry of foreign affairs" → "foreign": the portfolio of a ministry named in full. */
function portfolioOf(tokens: readonly string[]): string | undefined {
  if (tokens.length < 3 || tokens.length > 5 || tokens[0] !== 'Ministry' || tokens[1] !== 'of') return undefined;
  let k = tokens[2] === 'the' ? 3 : 2;
  const word = tokens[k]?.toLowerCase() ?? '';
  if (!MINISTRY_PORTFOLIOS.has(word) || tokens[k] === word) return undefined;
  k++;
  if (tokens[k] === 'Affairs') k++;
  return k === tokens.length ? word : undefined;
}

/**
 * "the Ministry of Health said … the health ministry said": a ministry named in full is the lower-case
 * ministry of its portfolio (that country's when it has one), when the text names one such ministry in full.
 */
export function mergeMinistriesOf(cands: readonly Candidate[], union: (a: number, b: number) => void, byKey: ReadonlyMap<string, number>): void {
  let found: Map<string, number> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i]!;
    if (x.type !== 'organization' || x.rule === 'actors/lowercase-ministry') continue;
    const portfolio = portfolioOf(x.tokens);
    if (!portfolio) continue;
    found ??= new Map();
    const seen = found.get(portfolio);
    // (two ministries of one portfolio named in full: two countries', neither is the lower-case one)
    if (seen === undefined) found.set(portfolio, i);
    else if (seen >= 0 && cands[seen]!.key !== x.key) found.set(portfolio, -1);
  }
  if (!found) return;
  for (const [portfolio, i] of found) {
    if (i < 0) continue;
    const bare = 'name:' + portfolio + ' ministry';
    const affiliation = cands[i]!.affiliation;
    const owned = affiliation ? byKey.get(bare + '|' + affiliation) : undefined;
    if (owned !== undefined) union(i, owned);
    const j = byKey.get(bare);
    if (j !== undefined) union(i, j);
  }
}
