// A role set off after a name: ", a former Wilson Center fellow," (and the participle clauses that are
// none: ", built in 2014"). Split from roles.ts.

import { itemAt } from '../../document.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { COURTESY_TITLES, NOT_APPOSITION_OPENERS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { LEGAL_FORMS } from '../../lexicon/organizations.js';
import { OPENING_PREPOSITIONS } from '../../lexicon/non-entities.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { IRREGULAR_PAST } from '../../lexicon/time-tense.js';
import { startsLower, type Word } from './words.js';
import { ARTICLES } from './roles.js';

// prepositions after which a name is where something is
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** ", a former Wilson Center fellow," → "former Wilson Center fellow" (end index, exclusive). */
export function appositive(words: Word[], after: number, from: number): [number, number] | null {
  if (itemAt(words, after)?.text !== ',') return null;
  // ("In Tulsa, an unarmed man with his hands in the air": a name after a preposition of where is a place, no role's
  // owner; "toward Fidel Castro, the Cuban leader" is a person's)
  if (PLACE_BEFORE.has(words[from - 1]?.lower ?? '')) return null;
  let i = after + 1;
  const article = ARTICLES.has(words[i]?.lower ?? '');
  if (article) i++;
  const start = i;
  // ", deputy interior minister"; ", a Wilson Centre fellow": capitals only after an article
  const head = words[start];
  if (head && !breaksAppositive(head) && !article && !startsLower(head.text) && !TITLE_MODIFIERS.has(head.lower)) return null;
  // "the institute Inserm, followed civil servants for 25 years": a verb after the comma, no
  // apposition (", retired teacher," is one: a role follows the participle)
  // ("the runway at Oksibil, killing three of the 14 people on board": a participle clause, no role)
  if (head && !article && (REPORTING_CUES.has(head.lower) || pastForm(head) || ingForm(head)) && !isRoleWord(words[start + 1])) return null;
  if (head && !article && NOT_APPOSITION_OPENERS.has(head.lower)) return null;
  // "Inside, officers discovered the bodies", "In Redlands, officers sent in a robot": a plural
  // subject and its verb after the comma, no apposition
  // (after a sentence's opening phrase a bare plural is the sentence's subject whatever its verb)
  if (head && !article && head.lower.endsWith('s') && words[start + 1] && (pastForm(words[start + 1]!) || REPORTING_CUES.has(words[start + 1]!.lower) || opensSentence(words, from))) return null;
  let end = start;
  while (end < words.length && end - start < 12 && !breaksAppositive(words[end]!)) end++;
  if (end === start) return null;
  const stop = words[end];
  if (stop && !APPOSITIVE_STOPS.has(stop.text)) return null;
  if (clauseAfterComma(words, start, end)) return null;
  for (let k = start; k < end; k++) {
    // ("NetChoice, a trade association whose members include Meta": an organisation's noun first)
    // ("a company spokesman", "a union leader": the noun qualifies the role)
    if (APPOSITION_ORGS.has(words[k]!.text) && !isRoleWord(words[k + 1])) return null;
    if (!TITLE_HEADS.has(words[k]!.lower) && !GAZETTEER.roleNouns.has(words[k]!.lower)) continue;
    // "traced back to Farook, an official said": the noun is the speaker, no apposition
    if (REPORTING_CUES.has(words[k + 1]?.lower ?? '')) return null;
    // "a hepatologist who was not involved in the research": the role ends before its relative clause
    let cut = k + 1;
    while (cut < end && !RELATIVES.has(words[cut]!.lower)) cut++;
    // ("In Port Moody, family doctor Dr. Ann Lee said": a role that runs into a courtesy title is the next name's)
    if (cut === end && words[end]?.text === '.' && COURTESY_TITLES.has(words[end - 1]!.lower)) return null;
    // ("an emergency physician at St. Bernadette": a name cut at its abbreviation's stop leaves the role before its preposition)
    if (cut === end && words[end]?.text === '.' && words[end + 1] !== undefined && words[end - 1]!.text.length <= 3 && !startsLower(words[end - 1]!.text) && !LEGAL_FORMS.has(words[end - 1]!.lower)) {
      let p = end - 1;
      while (p > k && !ROLE_PLACE_PREPOSITIONS.has(words[p]!.lower)) p--;
      if (p > k) cut = p;
    }
    return [start, cut];
  }
  return null;
}

const ROLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'in', 'with']);

// an organisation described: "a trade association", "a Dutch firm", "a charity whose director …"
const APPOSITION_ORGS: ReadonlySet<string> = new Set([
  'association', 'company', 'firm', 'group', 'organisation', 'organization', 'charity', 'coalition', 'alliance', 'foundation',
  'institute', 'university', 'nonprofit', 'agency', 'party', 'union', 'federation', 'network', 'consortium', 'watchdog',
]);

/** "Inside, …", "In Redlands, …": the run opens the sentence, alone or after a preposition. */
function opensSentence(words: readonly Word[], from: number): boolean {
  const prev = words[from - 1];
  return words[from]!.first || (prev !== undefined && prev.first && OPENING_PREPOSITIONS.has(prev.lower));
}

/** "followed", "said", "built": a lowercase past form in "-ed" or an irregular one, no title word. */
function pastForm(w: Word): boolean {
  const l = w.lower;
  // ("Kochi, drew nearly 1,500 guests": a simple past of its own)
  if (IRREGULAR_PARTICIPLES.has(l) || IRREGULAR_PAST.has(l)) return startsLower(w.text);
  return l.length > 3 && l.endsWith('ed') && startsLower(w.text) && !TITLE_MODIFIERS.has(l) && !TITLE_HEADS.has(l) && !GAZETTEER.roleNouns.has(l);
}

// past participles not in "-ed" that open a participle clause: "Cerro Azul, built in 2014 to hold …"
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'built', 'rebuilt', 'made', 'held', 'run', 'sold', 'led', 'seen', 'taken', 'given', 'begun', 'grown', 'shown', 'brought', 'bought',
  'kept', 'left', 'lost', 'hit', 'shut', 'struck', 'torn', 'written', 'hidden', 'frozen', 'spent', 'sent', 'set', 'laid', 'dug',
  // ("… and WKXT-TV, found the mayor ahead": the sentence's verb after the last name of a list)
  'found', 'told', 'paid', 'won', 'caught',
]);
// participles after a name's comma that describe a place or a body, never a person: "Villa Alta, founded in 1890"
const PLACE_PARTICIPLES: ReadonlySet<string> = new Set(['built', 'rebuilt', 'located', 'situated', 'constructed', 'erected', 'nestled', 'perched']);
const BODY_PARTICIPLES: ReadonlySet<string> = new Set(['founded', 'established', 'formed', 'incorporated', 'headquartered', 'listed']);

/** "Cerro Azul, built in 2014 …": the type a participle after the name's comma gives it, or null. */
export function participleType(words: readonly Word[], to: number): 'location' | 'organization' | null {
  if (words[to]?.text !== ',') return null;
  const l = words[to + 1]?.text ?? '';
  return PLACE_PARTICIPLES.has(l) ? 'location' : BODY_PARTICIPLES.has(l) ? 'organization' : null;
}

/** "killing", "leaving": a lowercase word in "-ing" that is no title word ("acting", "managing" are). */
function ingForm(w: Word): boolean {
  const l = w.lower;
  return l.length > 4 && l.endsWith('ing') && startsLower(w.text) && !TITLE_MODIFIERS.has(l) && !TITLE_HEADS.has(l) && !GAZETTEER.roleNouns.has(l);
}

function isRoleWord(w: Word | undefined): boolean {
  return w !== undefined && (TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || GAZETTEER.roleNouns.has(w.lower));
}

/** Punctuation ends an appositive, except "&" and "-" inside it. */
// "In Brighton Park, a man was shot": a verb of the sentence after the comma, no apposition
// ("Ana Ruiz, a nurse who was there," is one: a relative clause may hold a verb)
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'did', 'does']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'that', 'which']);

function clauseAfterComma(words: readonly Word[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const l = words[k]!.lower;
    if (RELATIVES.has(l)) return false;
    if (FINITE_AUXILIARIES.has(l)) return true;
  }
  return false;
}

const breaksAppositive = (w: Word) => w.kind === 'punct' && w.text !== '&' && w.text !== '-';
const APPOSITIVE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '—', '–', ')']);
