// Organisations named in lower case by their owner: "The prosecutor's office said", "according to
// the parliament's press service", "the Mauritanian coast guard said". Wire copy names them so as
// often as by a capitalised name; as the lower-case ministries (ministries.ts), each is one actor.

import { GAZETTEER, nameKey, organizationKey } from '../../lexicon/gazetteer.js';
import { GOVERNMENT_LEVELS, OFFICE_HEADS, OFFICE_OWNER_MODIFIERS, OFFICE_OWNERS } from '../../lexicon/organizations.js';
import type { Candidate } from './candidates.js';
import { bodySpeaks } from './governments.js';
import { startsLower, type Word } from './words.js';

function candidate(words: Word[], text: string, sentence: number, from: number, to: number, lookup: string, affiliation: string | null): Candidate {
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const tokens: string[] = [];
  for (let k = from; k < to; k++) tokens.push(words[k]!.text);
  return {
    start, end, text: text.slice(start, end), sentence, key: 'name:' + lookup, type: 'organization', strength: 2,
    rule: 'actors/lowercase-office', roles: [], affiliation, capitalOf: null, political: false, primary: true, tokens,
    lowerFirst: words[from]!.lower, lookup,
  };
}

// what a country's service in lower case does: "the Tajik border service", "the Kenyan prison service"
const SERVICE_KINDS: ReadonlySet<string> = new Set([
  'border', 'prison', 'penitentiary', 'security', 'intelligence', 'emergency', 'emergencies', 'rescue', 'ambulance', 'fire',
  'customs', 'immigration', 'migration', 'weather', 'meteorological', 'health', 'forest', 'forestry', 'coastguard', 'diplomatic',
]);

// the adjectives of an office's holder: "the presidential office", "the mayoral office"; and the portfolios of a ministry
// named "office": "the foreign office said", "Germany's foreign office", "the cabinet office" (BLIND13 A7's variant)
const OFFICE_ADJECTIVES: ReadonlySet<string> = new Set(['presidential', 'vice-presidential', 'mayoral', 'gubernatorial', 'prime-ministerial', 'foreign', 'cabinet', 'home']);
// ("worked from the home office": a home office is a ministry only when it speaks)
const SPEAKING_ONLY: ReadonlySet<string> = new Set(['home']);

/** The country a demonym ("Mauritanian") or a country's possessive ("Italy's") names, or null. */
function countryOf(w: Word | undefined): string | null {
  if (!w) return null;
  const code = w.possessive ? GAZETTEER.places.get(w.lower)?.country : GAZETTEER.demonyms.get(w.lower);
  return code ? 'country:' + code : null;
}

/**
 * Each "<owner>'s office", "<owner>'s press service" (an owner from OFFICE_OWNERS: "the prosecutor's
 * office", "the Prime Minister's office", not "the doctor's office") and each "coast guard" after "the", a demonym
 * or a country's possessive, as an organisation.
 */
export function officeCandidates(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.lower === 'guard' && words[k - 1]!.lower === 'coast' && startsLower(words[k - 1]!.text) && k >= 2) {
      const before = words[k - 2]!;
      const affiliation = countryOf(before);
      const named = affiliation !== null && !before.possessive;
      if (!affiliation && before.lower !== 'the') continue;
      // "the Mauritanian coast guard": the demonym is part of its name; "Italy's coast guard" is Italy's
      cands.push(candidate(words, text, sentence, named ? k - 2 : k - 1, k + 1, 'coast guard', affiliation));
      continue;
    }
    // "…, state radio reported", "according to state television": a state broadcaster that speaks (BLIND15 A2; "state media" is unnamed)
    if ((w.text === 'radio' || w.text === 'television') && words[k - 1]!.text === 'state' && (speaksAfter(words, k + 1) || (words[k - 2]?.lower === 'to' && words[k - 3]?.lower === 'according'))) {
      cands.push(candidate(words, text, sentence, k - 1, k + 1, 'state ' + w.text, null));
      continue;
    }
    // "The Italian coastguard rescued 46 people …, the coastguard said": one word, as "coast guard"
    if (w.lower === 'coastguard' && w.text === 'coastguard') {
      const before = words[k - 1]!;
      const affiliation = countryOf(before);
      if (!affiliation && before.lower !== 'the') continue;
      cands.push(candidate(words, text, sentence, affiliation !== null && !before.possessive ? k - 1 : k, k + 1, 'coast guard', affiliation));
      continue;
    }
    // "the Tajik border service", "Kenya's prison service": a country's service of one kind (BLIND11 A5)
    if (w.text === 'service' && k >= 2 && SERVICE_KINDS.has(words[k - 1]!.text)) {
      const before = words[k - 2]!;
      const affiliation = countryOf(before);
      if (affiliation) {
        const lookup = words[k - 1]!.lower + ' service|' + affiliation;
        cands.push(candidate(words, text, sentence, before.possessive ? k - 1 : k - 2, k + 1, lookup, affiliation));
        continue;
      }
      // "the fire service said", "the national weather service warned": "the", a level at most, the kind, acting (L4, L22)
      const from = GOVERNMENT_LEVELS.has(before.text) ? k - 2 : k - 1;
      // (it speaks: "The border service was slow, travellers said" names none)
      if (words[from - 1]?.lower === 'the' && bodySpeaks(words, k, from - 1)) {
        cands.push(candidate(words, text, sentence, from, k + 1, text.slice(words[from]!.start, w.end).toLowerCase(), null));
        continue;
      }
    }
    // "the presidential office said", "South Korea's presidential office": an office named by its holder's adjective
    if (w.text === 'office' && k >= 2 && OFFICE_ADJECTIVES.has(words[k - 1]!.text)) {
      const affiliation = countryOf(words[k - 2]);
      if ((affiliation || words[k - 2]!.lower === 'the') && (!SPEAKING_ONLY.has(words[k - 1]!.text) || bodySpeaks(words, k, k - 1))) {
        cands.push(candidate(words, text, sentence, k - 1, k + 1, words[k - 1]!.text + ' office' + (affiliation ? '|' + affiliation : ''), affiliation));
        continue;
      }
    }
    if (w.lower === 'office' && k >= 3 && startsLower(w.text) && agencyOf(words, text, sentence, k, cands)) continue;
    if (w.lower === 'office' && k >= 2 && startsLower(w.text) && shortOffice(words, text, sentence, k, cands)) continue;
    if (!OFFICE_HEADS.has(w.lower) || !startsLower(w.text)) continue;
    // "press service", "press office": the owner stands before "press"
    const press = words[k - 1]!.lower === 'press' ? 1 : 0;
    if (w.lower === 'service' && !press) continue;
    const owner = words[k - 1 - press];
    // (a title's owner may be capitalised, "the Prime Minister's office"; a name's may not: "the Kremlin's press service")
    if (!owner || !owner.possessive || !OFFICE_OWNERS.has(owner.lower)) continue;
    // "the district attorney's office", "the medical examiner's office", "the attorney general's office":
    // one lower-case word of the title before the owner
    const mod = words[k - 2 - press];
    let from = mod && startsLower(mod.text) === startsLower(owner.text) && !mod.possessive && OFFICE_OWNER_MODIFIERS.has(mod.lower) ? k - 2 - press : k - 1 - press;
    // "The Paris prosecutor's office": the place it serves, named before its title, is part of its name
    if (startsLower(owner.text)) from -= placeBefore(words, from);
    const lookup = text.slice(words[from]!.start, w.end).toLowerCase().replace(/’/g, "'");
    cands.push(candidate(words, text, sentence, from, k + 1, lookup, null));
  }
}

/** The number of words (one or two) of a place the gazetteer knows right before `at`, after "the"; else 0. */
function placeBefore(words: readonly Word[], at: number): number {
  for (const n of [2, 1]) {
    if (at - n < 1 || words[at - n - 1]!.lower !== 'the') continue;
    let key: string | null = '';
    for (let j = at - n; j < at && key !== null; j++) {
      const w = words[j]!;
      key = w.possessive || startsLower(w.text) || w.kind !== 'word' ? null : (key ? key + ' ' : '') + w.lower;
    }
    const place = key ? GAZETTEER.places.get(key) : undefined;
    if (place && place.kind !== 'country') return n;
  }
  return 0;
}

// lower-case words that end the description before an office: "the UN said in its office"
const NOT_DESCRIPTION: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'and', 'or', 'of', 'in', 'at', 'to', 'for', 'said', 'says', 'new', 'local', 'regional', 'country']);

/**
 * "The United Nations human rights office in Geneva called for …": a known organisation's name,
 * one to three lower-case words of what it does, and "office" name an office of its own, the
 * organisation's (its affiliation). True when one was pushed.
 */
function agencyOf(words: Word[], text: string, sentence: number, k: number, cands: Candidate[]): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 3 && startsLower(words[j]!.text) && words[j]!.kind === 'word' && !words[j]!.possessive && !NOT_DESCRIPTION.has(words[j]!.lower)) j--;
  if (j === k - 1 || startsLower(words[j]!.text) || words[j]!.possessive) return false;
  // the owner: one word ("UN", "EU") or two ("United Nations", "European Union")
  for (const from of [j - 1, j]) {
    if (from < 0) continue;
    const name = text.slice(words[from]!.start, words[j]!.end);
    const org = organizationKey(name, nameKey(name));
    if (!org) continue;
    const lookup = text.slice(words[from]!.start, words[k]!.end).toLowerCase();
    cands.push(candidate(words, text, sentence, from, k + 1, lookup, org));
    return true;
  }
  return false;
}

const OFFICE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
// candidates looked back through for the office's person: a few sentences' worth
const LOOK_BACK = 40;

/**
 * "Prime Minister Kamala Sharma cancelled a trip …, her office said": the office of the person
 * named last speaks, keyed by that person's title where it has one ("prime minister's office", the
 * same as a section label "Prime Minister's office") or else by the person. Run after the
 * sentence's names are candidates. (No "his office would appeal": only an office that speaks.)
 */
export function pronounOffices(words: Word[], text: string, sentence: number, cands: Candidate[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.lower !== 'office' || !OFFICE_PRONOUNS.has(words[k - 1]!.lower) || !speaksAfter(words, k + 1)) continue;
    let person: Candidate | undefined;
    for (let i = cands.length - 1; i >= 0 && i >= cands.length - LOOK_BACK; i--) {
      const c = cands[i]!;
      if (c.type === 'person' && c.start < w.start) {
        person = c;
        break;
      }
    }
    if (!person) continue;
    const role = person.roles[0];
    const lookup = role && OFFICE_OWNERS.has(lastWord(role)) ? role.toLowerCase().replace(/’/g, "'") + "'s office" : 'office of ' + person.key;
    cands.push(candidate(words, text, sentence, k - 1, k + 1, lookup, null));
  }
}

/** The last word of a role, in lower case: "minister" of "Prime Minister". */
function lastWord(role: string): string {
  return role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
}
const SAYS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'announced', 'confirmed', 'denied', 'stated', 'reported']);

/** Does a verb of saying stand at `k`, or after one adverb ("His office later said")? */
function speaksAfter(words: readonly Word[], k: number): boolean {
  const w = words[k]?.lower ?? '';
  if (SAYS.has(w)) return true;
  return (w === 'later' || w === 'also' || w === 'then') && SAYS.has(words[k + 1]?.lower ?? '');
}

/**
 * "according to the State Electoral Office. … , the electoral office said": "the" and the office's
 * lower-case word before "office" name the office named in full before (among the last 200
 * candidates), whose name ends on the same two words.
 */
function shortOffice(words: Word[], text: string, sentence: number, k: number, cands: Candidate[]): boolean {
  const word = words[k - 1]!;
  if (words[k - 2]!.lower !== 'the' || !startsLower(word.text) || word.possessive || word.kind !== 'word') return false;
  const tail = ' ' + word.lower + ' office';
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 200; i--) {
    const c = cands[i]!;
    if (c.type !== 'organization' || c.tokens.length < 3 || !c.lookup.endsWith(tail)) continue;
    const found = candidate(words, text, sentence, k - 1, k + 1, word.lower + ' office', null);
    found.key = c.key;
    cands.push(found);
    return true;
  }
  return false;
}
