// Clues around a run that settle what it names before the general rules guess: a noun before it
// ("the drugstore chain Carrow Pharmacies"), a hometown (", of North Highlands,"), people at a
// workplace ("Analysts at Berenberg"). The place a run's position names (a dateline, "Waltham,
// Mass.") is place-clue.ts's.

import type { ActorType } from '../../types.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { NON_ENTITIES } from '../../lexicon/non-entities.js';
import { BUSINESS_NOUNS, ORG_DESCRIPTORS } from '../../lexicon/organizations.js';
import { HOMETOWN_HEADS, PLACE_NOUNS, PLACE_OF_HEADS } from '../../lexicon/place-words.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { RECORD_NOUNS, REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import { PEOPLE_NOUNS } from '../../lexicon/people.js';
import { isCommonOpener } from './lone.js';
import { isCapitalised, type Word } from './words.js';

/** "her Orange Democratic Movement": a possessive determiner is never part of a name. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«']);

/**
 * 'Said Ellis: "…"', 'Added Tom Marsh, “…”': a verb of saying that opens the sentence before its speaker's name and a
 * colon or a quotation is no part of the name ("Said Ali, a shopkeeper, said" keeps his first name).
 */
export function invertedSaying(words: readonly Word[], from: number, to: number): boolean {
  const verb = words[from]!;
  if (!verb.first || to - from < 2 || to - from > 4 || !REPORTING_CUES.has(verb.lower) || verb.text === verb.lower) return false;
  const after = words[to]?.text;
  return after === ':' || (after === ',' && OPENING_QUOTES.has(words[to + 1]?.text ?? ''));
}

interface Clue {
  readonly type: ActorType;
  readonly strength: number;
  readonly rule: string;
}

// shared results, no object per candidate
const DESCRIBED: Clue = { type: 'organization', strength: 2, rule: 'actors/org-descriptor' };

// what measures from a place: "40 km from York", "north of Leeds"
const DISTANCES: ReadonlySet<string> = new Set([
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
]);

// the media an outlet's name stands before: "France Inter radio", "the Maariv newspaper"
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['radio', 'television', 'tv', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'tabloid', 'website']);

// groups of people that go by a name: "a gang known as Los Lobos", "a cartel known as Los Zetas"
const NAMED_GROUPS: ReadonlySet<string> = new Set(['gang', 'gangs', 'cartel', 'militia', 'faction', 'sect', 'band', 'crew', 'outfit', 'coalition', 'movement']);

/**
 * "a ransomware group known as Black Lantern", "a gang known as Los Lobos", "A group calling itself BlackQuill",
 * "a charity called Hope Line": an organisation's noun, "known as" / "calling itself" / "called", the name.
 */
export function knownAsGroup(words: readonly Word[], from: number): boolean {
  let k = from - 1;
  if (words[k]?.lower === 'as' && words[k - 1]?.lower === 'known') k -= 2;
  else if (words[k]?.lower === 'itself' && SELF_NAMING.has(words[k - 1]?.lower ?? '')) k -= 2;
  else if (words[k]?.lower === 'called' || words[k]?.lower === 'named') k -= 1;
  else return false;
  const noun = words[k]?.lower ?? '';
  return ORG_DESCRIPTORS.has(noun) || NAMED_GROUPS.has(noun);
}
const SELF_NAMING: ReadonlySet<string> = new Set(['calling', 'calls', 'called']);
/**
 * "The charity River Action said", "the campaign group Lake Watch": an organisation's noun in lower case
 * right before the name, after an article and at most two lower-case words.
 */
export function descriptorBefore(words: readonly Word[], from: number): boolean {
  const noun = words[from - 1];
  if (!noun || noun.text !== noun.lower || !ORG_DESCRIPTORS.has(noun.lower)) return false;
  for (let k = from - 2; k >= 0 && k >= from - 4; k--) {
    const w = words[k]!;
    if (w.lower === 'the' || w.lower === 'a' || w.lower === 'an') return true;
    if (w.kind !== 'word' || w.text !== w.lower) return false;
  }
  return false;
}
const HOMETOWN: Clue = { type: 'location', strength: 2, rule: 'actors/hometown' };
const CAPITALS: Clue = { type: 'organization', strength: 1, rule: 'actors/acronym' };
const AFTER_THE: Clue = { type: 'organization', strength: 1, rule: 'actors/the-name' };
const PLACE_OF: Clue = { type: 'location', strength: 2, rule: 'actors/place-of' };
/** People at a place who need not work there: "told reporters at the airport". */
const PRESS: ReadonlySet<string> = new Set(['reporter', 'journalist', 'head', 'visitor', 'guest', 'official']);
/** Verbs after "Analysts at X": what they say or think ("said" is no noun X qualifies). */
const AFTER_WORKERS: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'wrote', 'write', 'writes', 'think', 'thinks', 'believe', 'expect', 'expects', 'estimate', 'estimates', 'see', 'sees', 'warn', 'warns', 'note', 'notes', 'found', 'have', 'had', 'were', 'are', 'who', 'and']);
/** The words that open a verb's object: "cut their rating", "raised its target". */
const VERB_OBJECTS: ReadonlySet<string> = new Set(['their', 'its', 'the', 'a', 'an', 'his', 'her', 'our']);
const WORKPLACE: Clue = { type: 'organization', strength: 2, rule: 'actors/workplace' };
const PLURAL_SPEAKER: Clue = { type: 'unnamed', strength: 1, rule: 'actors/plural-speaker' };
const POLICE_TOWN: Clue = { type: 'location', strength: 1, rule: 'actors/police-town' };
const FOREIGN_TITLE: Clue = { type: 'organization', strength: 1, rule: 'actors/foreign-article' };
// articles no surname opens on (Dutch, German), and those some do
const NAME_ARTICLES: ReadonlySet<string> = new Set(['het', 'die', 'der', 'das', 'il', 'los', 'las']);
const SURNAME_ARTICLES: ReadonlySet<string> = new Set(['de', 'le', 'la', 'el']);

// kinds of police, no town's: "Capitol police", "Transit police", "Federal police"
const POLICE_KINDS: ReadonlySet<string> = new Set([
  'capitol', 'transit', 'metropolitan', 'metro', 'border', 'riot', 'secret', 'religious', 'traffic', 'tourist', 'park', 'campus',
  'university', 'railway', 'airport', 'port', 'harbour', 'harbor', 'highway', 'mounted', 'judicial', 'municipal', 'national', 'city',
  'borough', 'township', 'village', 'town', 'county', 'parish', 'tribal', 'local', 'nearby', 'area',
]);

/** "Burbank", not "Federal" or "Transit": a word that may name the town of "<word> police". */
function townOfPolice(l: string): boolean {
  return !POLICE_KINDS.has(l) && !TITLE_MODIFIERS.has(l) && !NON_ENTITIES.has(l) && !GAZETTEER.demonyms.has(l);
}
const PLURAL_PEOPLE = /(?:ists|ians|witnesses)$/;

/** "Meteorologists", "Detectives", "Officers": a plural of people (a role noun in the plural). */
function pluralPeople(l: string): boolean {
  // ("Fishermen said", "Inmates described": the people nouns' plurals)
  if (PEOPLE_NOUNS.has(l) && (l.endsWith('s') || l.endsWith('men'))) return true;
  return PLURAL_PEOPLE.test(l) || (l.length > 3 && l.charCodeAt(l.length - 1) === 0x73 && GAZETTEER.roleNouns.has(l));
}

/** "Polls", "Surveys", "Records": a plural of written records. */
function pluralRecords(l: string): boolean {
  return l.length > 4 && l.charCodeAt(l.length - 1) === 0x73 && RECORD_NOUNS.has(l);
}

/**
 * What the words around a name say when only a weak clue typed it (`type` by `rule`), or null.
 * `single`: the name is one word; `acronym`: one word in capitals.
 */
export function contextType(
  words: readonly Word[], from: number, type: ActorType, rule: string, single: boolean, acronym: boolean, to = from + 1,
): Clue | null {
  const prev = words[from - 1];
  // "Ellie Marsh, from Fenmoor in Cambridgeshire", "a teacher from Brackley Cross in Northamptonshire"
  if (prev?.lower === 'from' && inKnownPlace(words, to)) return HOMETOWN;
  // "travelling from Cusco to Lima", "the road between Osh and Bishkek": a route's other end is a place
  if ((prev?.lower === 'from' || prev?.lower === 'between') && inKnownPlace(words, to, prev.lower === 'from' ? 'to' : 'and')) return HOMETOWN;
  if (prev && !prev.possessive) {
    // "the daily Der Standard", "the drugstore chain Carrow Pharmacies", "the carrier Delta Air Lines" (a noun that also
    // names a person's trade only before no first name: "the contractor Mike Ruiz", "the publisher Tom Reyes")
    if ((ORG_DESCRIPTORS.has(prev.lower) || BUSINESS_NOUNS.has(prev.lower)) && !GAZETTEER.firstNames.has(words[from]!.lower)) return DESCRIBED;
    // "the think tank Clingendael Asia Forum", "another heater maker, Vexon Home", "the opposition
    // Rashtriya Janata Dal" (BLIND9 A4; a name with a first name stays a person's)
    if (describedAfter(words, from, prev)) return DESCRIBED;
    // "a ransomware group known as Black Lantern"
    if (knownAsGroup(words, from)) return DESCRIBED;
    // "about 40 km from York", "30 miles north of Leeds": a distance or a bearing before "from"/"of" measures from a place
    if ((prev.lower === 'from' || prev.lower === 'of') && DISTANCES.has(words[from - 2]?.lower ?? '')) return PLACE_OF;
    // "Dwayne Keller, of North Highlands, was arrested": a hometown after a person's comma
    if (prev.lower === 'of' && words[from - 2]?.text === ',') return HOMETOWN;
    const head = words[from - 2];
    // (a head capitalised only as the sentence's first word: "Residents of Tamworth said")
    if (head && (!isCapitalised(head) || from === 2)) {
      // "the town of Heyfield", "a former mayor of Heredia": a place's noun before "of"
      if (prev.lower === 'of' && (PLACE_NOUNS.has(head.lower) || PLACE_OF_HEADS.has(head.lower))) return PLACE_OF;
      // "a 34-year-old man from Kilcullen", "migrants from Kayes": where people come from
      // ("a 24-year-old mechanic from Serekunda": an age makes any noun a person's description;
      // "a lawyer from Harbourline" may be a firm's)
      if (prev.lower === 'from' && (HOMETOWN_HEADS.has(head.lower) || words[from - 3]?.lower.endsWith('year-old'))) return HOMETOWN;
      // "an analyst at Carnegie", "a vice president at Donaldson": where a person works (one person,
      // "a"/"an"/a title word before the role; "shot her in the head at Eight Mile" is no job)
      if (prev.lower === 'at' && type !== 'person' && head.lower !== 'head' && (TITLE_HEADS.has(head.lower) || GAZETTEER.roleNouns.has(head.lower))) {
        const det = words[from - 3]?.lower ?? '';
        if (det === 'a' || det === 'an' || TITLE_MODIFIERS.has(det)) return WORKPLACE;
      }
      // "Analysts at Berenberg said", "economists at Capital Economics": people of a trade, where they
      // work (not "told reporters at Wamena airport": a name before a lower-case noun qualifies it)
      const singular = head.lower.endsWith('s') ? head.lower.slice(0, -1) : '';
      const next = words[to]?.lower ?? '';
      // ("Analysts at Jefferies cut their rating": the workers open the sentence and a determiner follows, so "cut" is their verb)
      const verbAfter = from === 2 && VERB_OBJECTS.has(words[to + 1]?.lower ?? '');
      const qualifies = next !== '' && !isCapitalised(words[to]!) && /^\p{Ll}+$/u.test(next) && !next.endsWith('ed') && !AFTER_WORKERS.has(next) && !verbAfter;
      if (prev.lower === 'at' && singular && !qualifies && !PRESS.has(singular) && (TITLE_HEADS.has(singular) || GAZETTEER.roleNouns.has(singular))) return WORKPLACE;
    }
  }
  // "told France Inter radio", "the Cape Argus newspaper said": a medium's noun after the name names its outlet
  // ("a Swahili newspaper": no name after "a")
  // ("Tom Joyner's radio program": a possessive owns the medium)
  if (type !== 'location' && MEDIA_NOUNS.has(words[to]?.text ?? '') && !words[to - 1]!.possessive && prev?.lower !== 'a' && prev?.lower !== 'an' && !GAZETTEER.demonyms.has(words[from]!.lower)) return DESCRIBED;
  // "shot by Burbank police", "an Allentown police officer": the town whose police it is
  if (single && type !== 'person' && words[to]?.text === 'police' && !words[from]!.possessive && townOfPolice(words[from]!.lower) && !(words[from]!.first && isCommonOpener(words[from]!))) return POLICE_TOWN;
  if (type !== 'person' || rule === 'actors/first-name' || GAZETTEER.firstNames.has(words[from]!.lower)) return null;
  // "told Het Nieuwsblad", "Die Zeit reported": a title opened by a foreign article names a paper, a
  // band, a firm ("De", "Le", "La", "El" open surnames too: "De Niro", "Le Pen"; only after "told")
  if (!single && (NAME_ARTICLES.has(words[from]!.lower) || (prev?.lower === 'told' && SURNAME_ARTICLES.has(words[from]!.lower)))) return FOREIGN_TITLE;
  // "NEOS, the smallest partner in the coalition": a person is not written in capitals
  if (acronym) return CAPITALS;
  // "The Greens, who left government": nor named after an article
  if (prev?.lower === 'the') return AFTER_THE;
  // "Meteorologists say": a plural of people at the head of a sentence is an unnamed source ("Polls suggest": of records too)
  if (single && rule === 'actors/speaker-name' && (pluralPeople(words[from]!.lower) || pluralRecords(words[from]!.lower))) return PLURAL_SPEAKER;
  return null;
}

/**
 * "Republican Donald Trump", "Crooked Hillary Clinton": words before a first name that are a
 * label, not part of the name. "Abdirahman Hassan Noor", "Lee Harvey Oswald": an unknown word
 * before a first name is the person's own first name.
 */
export function labelBeforeName(w: Word): boolean {
  const l = w.lower;
  return (
    isCommonOpener(w) || GAZETTEER.places.has(l) || GAZETTEER.demonyms.has(l) || GAZETTEER.roleNouns.has(l) ||
    TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l)
  );
}

/**
 * "WIRES, a wildlife rescue charity, said", "UNITA said": what follows a word in capitals shows
 * an organisation speaking (a reporting verb in the past or third person, or an apposition with
 * an organisation's noun), not a transcript's speaker label ("WALLACE:") or a dateline.
 */
export function organizationAfter(words: readonly Word[], to: number): boolean {
  const next = words[to];
  if (!next) return false;
  if (REPORTING_CUES.has(next.lower)) return next.lower === 'said' || next.lower === 'told' || next.lower.endsWith('ed') || next.lower.endsWith('s');
  if (next.text !== ',' || !DETERMINERS.has(words[to + 1]?.lower ?? '')) return false;
  for (let k = to + 2; k < words.length && k < to + 8 && words[k]!.kind !== 'punct'; k++) if (ORG_DESCRIPTORS.has(words[k]!.lower)) return true;
  return false;
}

/** "in Cambridgeshire", "in County Durham": "in" and a place the gazetteer knows, right after the name. */
function inKnownPlace(words: readonly Word[], to: number, preposition = 'in'): boolean {
  if (words[to]?.lower !== preposition) return false;
  const w = words[to + 1];
  if (!w || !isCapitalised(w)) return false;
  const next = words[to + 2];
  return GAZETTEER.places.has(w.lower) || (next !== undefined && isCapitalised(next) && GAZETTEER.places.has(w.lower + ' ' + next.lower));
}

/** "think tank X", "heater maker, X", "the opposition X": an organisation's noun before the name (no first name). */
function describedAfter(words: readonly Word[], from: number, prev: Word): boolean {
  const l = prev.lower;
  const head = words[from - 2]?.lower;
  if (l !== 'tank' && l !== ',' && l !== 'opposition') return false;
  if (GAZETTEER.firstNames.has(words[from]!.lower)) return false;
  if (l === 'tank') return head === 'think';
  if (l === 'opposition') return head === 'the';
  // (a business's noun only: "the Lotto development team, Koen De Smet, said" is a team's coach)
  // ("The operator, Norvia Concessões,", "Its operator, X": a determiner before the noun too)
  return head !== undefined && BUSINESS_NOUNS.has(head) && words[from - 3]?.kind === 'word';
}

// what ends an apposition's noun phrase after its head: "X, a Mexico City consultancy that tracks …", "X, a firm based in …"
const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', '.', ';', 'that', 'which', 'who', 'based', 'in', 'with', 'for', 'owned', 'run']);

/**
 * "Riesgo Político, a Mexico City consultancy that tracks …, estimated": an apposition whose head is a business's or an
 * organisation's noun (the head is the last word before its end, within eight words).
 */
export function businessAppositive(words: readonly Word[], to: number): boolean {
  if (words[to]?.text !== ',' || !DETERMINERS.has(words[to + 1]?.lower ?? '')) return false;
  for (let k = to + 2; k < words.length && k < to + 10; k++) {
    if (!APPOSITION_ENDS.has(words[k]!.lower)) continue;
    const head = words[k - 1]!.lower;
    return k > to + 2 && (BUSINESS_NOUNS.has(head) || ORG_DESCRIPTORS.has(head));
  }
  return false;
}
