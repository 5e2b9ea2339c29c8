// The subject before a cue, past what stands between commas: "Afghan officials, in turn, accused", "Donald Trump,
// speaking at the ASEAN summit, said", "His trainer, Rosa Delgado, said", "Schiff, 56, who…, told".

import { DETERMINERS, FINITE_VERBS, WH_RELATIVES } from '../../lexicon/attribution-words.js';
import { isYear } from '../../lexicon/numbers.js';
import { isCapitalized, type View } from './tokens.js';
import { endsInApostropheS } from './verb-checks.js';
import { skipPreVerb, subjectEndingAt, type TokenRange } from './phrases.js';
import { isProperName, nameBeforeOf } from './phrase-after.js';

const MAX_INTERJECTION = 30;

/**
 * The subject before a cue at token i: skips adverbs ("recently hinted"), and an
 * interjection between commas ("Afghan officials, in turn, accused";
 * "Donald Trump, speaking at the ASEAN summit in Malaysia, said").
 */
export function subjectBefore(v: View, i: number): TokenRange | null {
  const j = skipPreVerb(v, i - 1);
  if (j < 0) return null;
  // "Williams — a police officer and candidate for mayor — said": an apposition between dashes
  if (asideDash(v, j)) {
    for (let k = j - 1; k >= 1 && j - k <= MAX_INTERJECTION; k--) {
      if (v.mark[k] || v.quoted[k] || v.toks[k]!.text === ',' && k === j - 1) return null;
      if (asideDash(v, k)) return subjectEndingAt(v, k - 1);
    }
    return null;
  }
  if (v.toks[j]!.text === ',' && !v.quoted[j]) {
    let k = j - 1;
    // ("The audit report, dated July 14, 2025, recommended": the comma inside a date closes no aside, BLIND11 C5)
    let date = -1;
    while (k >= 0 && j - k <= MAX_INTERJECTION) {
      if (v.toks[k]!.text === ',' && !v.quoted[k]) {
        if (date >= 0 || !dateComma(v, k)) break;
        date = k;
      }
      if (v.mark[k]) return null;
      k--;
    }
    // ("A memo filed on May 16, 2006, said": with no aside before it, the date's comma is read as before)
    if ((k < 1 || v.toks[k]!.text !== ',') && date > 0) k = date;
    if (k < 1 || v.toks[k]!.text !== ',') return null;
    // "…, the losses would outstrip the gains, said Batchelder": a clause between commas is no
    // interjection (a relative one is: "Schiff, who has served on the committee, told")
    // "Rosalinda Cruz, whose son Jomar, 26, is the ship's third engineer, said": an age inside a relative clause
    // that opened at an earlier comma; its head speaks
    const age = k > 2 && v.toks[k - 1]!.kind === 'number' && v.toks[k - 2]!.text === ',' && !v.quoted[k - 1] ? relativeOpening(v, k - 2) : -1;
    if (age > 0) return headBeforeComma(v, age);
    // "The union, which represents teachers, nurses and cleaners, said": the tail of a list inside a relative clause
    // that opened at an earlier comma; its head speaks
    const listed = listTail(v, k + 1, j - 1) ? relativeOpening(v, k) : -1;
    if (listed > 0) return headBeforeComma(v, listed);
    if (!isInterjection(v, k + 1, j - 1)) {
      // "A soldier fighting near the town, who gave only his call sign, Kit, because he was not authorised
      // to speak, said": a "because" clause that ends a relative clause, which opened at an earlier comma
      const open = SUBORDINATORS.has(v.low[k + 1]!) ? relativeOpening(v, k) : -1;
      return open > 0 ? headBeforeComma(v, open) : null;
    }
    // "A soldier in the trench, who gave only his first name, Ivan, said": the name a relative clause gives
    // is the alias of its head, which speaks (a first name alone names no one the reader can find)
    const named = namingRelative(v, k);
    if (named > 0) return headBeforeComma(v, named);
    // "Johnnie Wilson, of Springfield, Va., said": an "of" place between commas follows the name
    let head = WH_RELATIVES.has(v.low[k + 1]!) ? headBeforeComma(v, k) : subjectEndingAt(v, k - 1);
    // "Clara Weissmann, director of the German charity SeaWatch Nord, which operates a vessel, said": the
    // relative clause follows a description in apposition to a name, and the name speaks
    if (head && WH_RELATIVES.has(v.low[k + 1]!) && !isCapitalized(v.toks[head.from]!.text) && head.from > 1 && v.toks[head.from - 1]!.text === ',') {
      const name = subjectEndingAt(v, head.from - 2);
      if (name && isProperName(v, name)) return name;
    }
    if (!head && PLACE_OF.has(v.low[firstWordAfterComma(v, k - 1)] ?? '')) head = subjectEndingAt(v, firstWordAfterComma(v, k - 1) - 2);
    // "His trainer, Rosa Delgado, said": the name in the apposition, not the description
    // ("Ackroyd's daughter, Susan Whitley, said", "Senegal's foreign minister, Aminata Diallo-Fall, told": an owner's description too)
    // ("One of the men, Patrick Giraud, testified": "one" leads a description as an article does)
    if (head && (!isCapitalized(v.toks[head.from]!.text) || DETERMINERS.has(v.low[head.from]!) || v.low[head.from] === 'one' || ownersDescription(v, head))) {
      const name = { from: k + 1, to: j - 1 };
      if (isProperName(v, name)) return name;
      // "A group of local activists who document the war, the Kordofan Rights Monitor, said": a name led by "the"
      const named = { from: k + 2, to: j - 1 };
      if (v.low[k + 1] === 'the' && isProperName(v, named)) return named;
      // "Their lawyer, Daniel Okonkwo of the firm Brandt Okonkwo LLP, called": the name before its "of"
      const lead = nameBeforeOf(v, k + 1, j - 1);
      if (lead) return lead;
      // "One of the injured, a German climber named Katrin Vogel, said": the name the description gives (BLIND14 Q1)
      const given = namedInDescription(v, k + 1, j - 1);
      if (given) return given;
    }
    return head;
  }
  return subjectEndingAt(v, j);
}

const NAMING_PARTICIPLES = new Set(['named', 'called']);

/** "a German climber named Katrin Vogel": the name after "named"/"called" that ends tokens [from, to], or null. */
function namedInDescription(v: View, from: number, to: number): TokenRange | null {
  for (let k = to - 1; k > from; k--) {
    if (v.quoted[k]) return null;
    if (NAMING_PARTICIPLES.has(v.low[k]!) && !isCapitalized(v.toks[k]!.text)) {
      const name = { from: k + 1, to };
      return isProperName(v, name) ? name : null;
    }
  }
  return null;
}

/** Is token k a dash that sets off an aside: "—", "–", or a hyphen with spaces on both sides? */
function asideDash(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if (v.quoted[k] || t.kind !== 'punct') return false;
  if (t.text === '—' || t.text === '–') return true;
  return t.text === '-' && /\s/.test(v.text[t.start - 1] ?? '') && /\s/.test(v.text[t.end] ?? '');
}

const PLACE_OF = new Set(['of', 'from']);
const RELATIVE_REACH = 40;
const RELATIVE_COMMAS = 4;

/** The subject ending before the comma at token k that opens a relative clause; "Schiff, 56, who…": past an age between commas. */
function headBeforeComma(v: View, k: number): TokenRange | null {
  const head = subjectEndingAt(v, k - 1);
  if (head || k < 3 || v.toks[k - 1]!.kind !== 'number' || v.toks[k - 2]!.text !== ',') return head;
  return subjectEndingAt(v, k - 3);
}

const NAMING_WORDS = new Set(['name', 'names']);
const NAMING_REACH = 12;

/** The comma opening a "who" clause that ends on a name noun at the comma at token k ("…, who gave only his first name, Ivan,"); -1 if none. */
function namingRelative(v: View, k: number): number {
  if (!NAMING_WORDS.has(v.low[k - 1] ?? '')) return -1;
  for (let m = k - 2; m > 0 && k - m <= NAMING_REACH; m--) {
    if (v.mark[m] || v.quoted[m] || v.toks[m]!.kind === 'punct') return v.toks[m]!.text === ',' && v.low[m + 1] === 'who' ? m : -1;
  }
  return -1;
}

/** The comma before a "who"/"which" that opens a relative clause, a few commas before the comma at token k; -1 if none. */
function relativeOpening(v: View, k: number): number {
  let commas = 0;
  for (let m = k - 1; m > 0 && k - m <= RELATIVE_REACH; m--) {
    if (v.mark[m] || v.quoted[m]) return -1;
    if (v.toks[m]!.text !== ',') continue;
    if (WH_RELATIVES.has(v.low[m + 1]!)) return m;
    if (++commas > RELATIVE_COMMAS) return -1;
  }
  return -1;
}

/** "Ackroyd's daughter", "Senegal's foreign minister": a possessive, then lower-case words to the end of the phrase. */
function ownersDescription(v: View, r: TokenRange): boolean {
  let k = r.from;
  while (k < r.to && !endsInApostropheS(v.toks[k]!.text) && !pluralPossessive(v.low[k]!) && !POSSESSIVE_ENDS.has(v.low[k + 1]!)) k++;
  if (k >= r.to) return false;
  if (POSSESSIVE_ENDS.has(v.low[k + 1]!)) k++;
  for (let j = k + 1; j <= r.to; j++) if (v.toks[j]!.kind !== 'word' || isCapitalized(v.toks[j]!.text)) return false;
  return k < r.to;
}

// "Ackroyd's", "Roads'" (the mark a token of its own): what ends an owner
const POSSESSIVE_ENDS = new Set(["'s", '’s', "'", '’']);

/** "Roads'", "Jones’": a plural or -s name's possessive in one token. */
function pluralPossessive(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 2) === 115 && (w[n - 1] === '’' || w[n - 1] === "'");
}

/** The token after the comma that precedes token j (within a few tokens), or -1. */
function firstWordAfterComma(v: View, j: number): number {
  for (let k = j; k > 0 && j - k < 6; k--) if (v.toks[k - 1]!.text === ',' && !v.quoted[k - 1]) return k;
  return -1;
}

const COORDINATOR_STARTS = new Set(['and', 'but', 'or', 'yet', 'so']);
const SUBORDINATORS = new Set(['because', 'since', 'as', 'while', 'when', 'after', 'before', 'although', 'though', 'if', 'until']);

/** Are tokens [from, to] the last items of a list ("nurses and cleaners"): words, an "and"/"or" inside, no verb? */
function listTail(v: View, from: number, to: number): boolean {
  let joined = false;
  for (let k = from; k <= to; k++) {
    const w = v.low[k]!;
    if (v.quoted[k] || v.toks[k]!.kind !== 'word' || FINITE_VERBS.has(w) || WH_RELATIVES.has(w)) return false;
    if (w === 'and' || w === 'or') {
      if (k === from || k === to) return false;
      joined = true;
    }
  }
  return joined;
}

/** Can tokens [from, to] between two commas be an interjection: no coordinated clause, no finite verb outside a relative clause? */
function isInterjection(v: View, from: number, to: number): boolean {
  const first = v.low[from];
  if (first === undefined || COORDINATOR_STARTS.has(first)) return false;
  // "a former minister who is a harsh critic of…": a finite verb after a relative word is the relative clause's
  for (let k = from; k <= to; k++) {
    if (v.quoted[k]) continue;
    if (WH_RELATIVES.has(v.low[k]!)) return true;
    // "an Egyptian diplomat, speaking on condition of anonymity because he was not authorised to…, said": a
    // participle's subordinate clause has its own verb
    if (k > from && SUBORDINATORS.has(v.low[k]!) && v.low[from]!.endsWith('ing')) return true;
    if (FINITE_VERBS.has(v.low[k]!)) return false;
  }
  return true;
}

/** Is the comma at k the one inside a date, "July 14, 2025" (a day before it, a year after it)? */
function dateComma(v: View, k: number): boolean {
  const day = v.toks[k - 1];
  const year = v.toks[k + 1];
  return day?.kind === 'number' && day.text.length <= 2 && year?.kind === 'number' && isYear(year.text) && k > 1 && isCapitalized(v.toks[k - 2]!.text);
}
