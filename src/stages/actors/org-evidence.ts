// A name only a guess made a person's ("Kelvora said …": the speaker's default) is an organisation's
// when the article says so elsewhere: "Kelvora, which monitors betting markets,", "Kelvora said its
// analysts …", "shares of Kelvora", "Kelvora's chief executive", "Kelvora, a betting analytics firm,",
// "Kelvora said it would close the office" (it-acts.ts).
// Read once per document, over the names so guessed (most articles have none).

import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { FAMOUS_SURNAMES } from '../../lexicon/famous-surnames.js';
import type { Candidate } from './candidates.js';
import { itActs } from './it-acts.js';

// the guesses this evidence may overrule: a capitalised run with no clue, and a name before "said"
const GUESSES: ReadonlySet<string> = new Set(['actors/capitalised-name', 'actors/speaker-name']);

// after the name: a relative "which", what a company owns or is run by, "its" after a cue
// ("Kelvora's shares fell", "Kelvora's chief executive, Anna Holt,"; not "Smith's spokesman": people have those too)
const AFTER = /^(?:, which |['’]s (?:shares|stock|share price|shareholders|chief executive|CEO|board of directors|subsidiary|headquarters|parent company)\b| (?:said|says|announced|reported) its | and its (?:subsidiaries|partners|affiliates|rivals|competitors|customers|shareholders)\b)/;
// before the name: what one buys or owns of a company
const BEFORE = /(?:shares|stock|stake) (?:of|in) $/i;
// after the name's comma: "a betting analytics firm," "the train drivers' union," "a London-based security firm,"; the noun last in its phrase
const APPOSITION = /^, (?:a|an|the) (?:[\p{Ll}'’-]+ |\p{Lu}\p{Ll}{1,20}-\p{Ll}{2,12} ){0,4}(?:company|firm|group|operator|conglomerate|carrier|airline|retailer|manufacturer|maker|startup|start-up|lender|insurer|bank|broker|charity|nonprofit|watchdog|publisher|broadcaster|website|site|chain|union|association|federation|party|movement|organi[sz]ation|agency|club|team|newspaper|daily|network)(?=[,.;]| (?:that|which|whose|based|with)\b)/u;
const POSSESSIVE = /['’]s$/;
// how far after a name the evidence is read, and at how many of its occurrences
const REACH = 120;
const OCCURRENCES = 30;
const NAMES = 200;
const LETTER = /\p{L}/u;

/** Retypes, in place, the names a guess made people's that the text shows are organisations. */
export function applyOrgEvidence(text: string, cands: Candidate[]): void {
  let guessed: Map<string, Candidate[]> | null = null;
  for (const c of cands) {
    if (c.type !== 'person' || c.strength > 1 || !GUESSES.has(c.rule)) continue;
    if (GAZETTEER.firstNames.has(c.lowerFirst) || (c.tokens.length === 1 && FAMOUS_SURNAMES.has(c.lookup))) continue;
    (guessed ??= new Map()).set(c.key, []);
  }
  if (!guessed) return;
  // a name any clue made a person's is a person's ("Mr. Varnholt"); the last word of a longer name is
  // that name's to take ("Anna Varnholt", or "Merieux" after "Institut Merieux S.A.", which the merge joins)
  for (const c of cands) {
    const list = guessed.get(c.key);
    if (list) {
      if (c.type === 'person' && c.strength > 1) guessed.delete(c.key);
      else list.push(c);
    }
    if (c.tokens.length > 1) guessed.delete('name:' + c.tokens[c.tokens.length - 1]!.toLowerCase());
  }
  // "Entergy said … The utility said": a company's noun that speaks when one lone name alone was a speaker's guess
  const lone = guessed.size === 1 ? loneSpeaker(guessed.values().next().value!) : false;
  // (each name is searched for in the whole text: a bounded number of names, on a long text of many)
  let names = 0;
  for (const list of guessed.values()) {
    if (++names > NAMES) break;
    if (list.length === 0 || !((lone && COMPANY_SPEAKS.test(text)) || organisationSomewhere(text, list[0]!.text.replace(POSSESSIVE, '')))) continue;
    // (a headline's or a lone word's own rule stays: the merge reads it)
    for (const c of list) {
      if (c.type !== 'person') continue;
      c.type = 'organization';
      c.strength = 2;
      if (GUESSES.has(c.rule)) c.rule = 'actors/org-evidence';
    }
  }
}

// "The utility said", "the company says": the noun of a company that speaks (bounded alternatives, no repetition)
const COMPANY_SPEAKS = /\b[Tt]he (?:company|utility|firm|airline|carrier|retailer|lender|insurer|chain|manufacturer|automaker|carmaker|drugmaker|operator|publisher|broadcaster) (?:said|says|announced|added|reported|confirmed|stated)\b/;

/** Is the one guessed name a lone word that speaks ("Entergy said"), never part of a longer name? */
function loneSpeaker(list: readonly Candidate[]): boolean {
  return list.length > 0 && list.every((c) => c.tokens.length === 1) && list.some((c) => c.rule === 'actors/speaker-name');
}

/** Does the text around one of the name's first occurrences (mentions or not: "Kelvora's chief executive" is a role) show an organisation? */
function organisationSomewhere(text: string, name: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < OCCURRENCES; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(end))) continue;
    seen++;
    const after = text.slice(end, end + REACH);
    if (AFTER.test(after) || APPOSITION.test(after) || BEFORE.test(text.slice(Math.max(0, at - 20), at)) || itActs(after)) return true;
  }
  return false;
}
