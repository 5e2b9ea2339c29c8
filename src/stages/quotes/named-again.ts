// A source that names again an actor named before: "the ministry said" (the ministry that spoke last), "the
// electoral office" (the State Electoral Office), "the person said" (an unnamed source), "the statement said" (who
// issued it), "his team said" (the team named after), "it called" (the body named before "it").

import type { Doc } from '../../document.js';
import { firstAtLeast, firstIndex } from '../../document.js';
import type { Actor } from '../../types.js';
import { BODY_KIND_HEADS, DOCUMENT_NOUNS, GENERIC_BODY_HEADS, ORGANIZATION_NOUNS } from '../../lexicon/attribution-words.js';
import { ORG_SUFFIXES } from '../../lexicon/organizations.js';
import { ONE_PERSON_NOUNS, SOURCE_NOUNS, SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';
import { actorById, mentionBefore, personBefore, type ActorIndex } from './link.js';
import type { Attribution } from './analyse.js';
import { PRONOUN_REACH, type Speaker } from './resolve-pronoun.js';

/** Does `name` hold `word` (lower-case letters) as a whole word ("Ministry of Health" holds "ministry")? No regex, no array. */
export function hasWord(name: string, word: string): boolean {
  const low = name.toLowerCase();
  for (let at = low.indexOf(word); at >= 0; at = low.indexOf(word, at + 1)) {
    const before = at === 0 ? 32 : low.charCodeAt(at - 1);
    const after = at + word.length >= low.length ? 32 : low.charCodeAt(at + word.length);
    if (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

const NAMER_REACH = 40;

/**
 * The organisation a named term's "it" stands for: "A lawyer told the judge that the agency would seek… in what
 * it called “…”" (the agency, by namedBefore), "The council pledged sanctions… to what it called “…”" (the
 * nearest organisation named before the pronoun in its sentence); null when the sentence names none.
 */
export function namerBefore(doc: Doc, index: ActorIndex, recent: readonly Speaker[], sentence: number, at: number): Actor | null {
  const s = doc.sentences[sentence]!;
  let noun = -1;
  // the tokens before the pronoun, a bounded reach back (found by binary search: linear on a hostile sentence)
  const last = firstIndex(s.tokens.length, (k) => s.tokens[k]!.start >= at) - 1;
  for (let k = last; k > 0 && last - k < NAMER_REACH; k--) {
    const t = s.tokens[k]!;
    if (s.tokens[k - 1]!.lower === 'the' && ORGANIZATION_NOUNS.has(t.lower)) {
      noun = k;
      break;
    }
  }
  const from = noun > 0 ? s.tokens[noun]!.start : s.start;
  return mentionBefore(index, at, from, 'organization') ?? (noun > 0 ? namedBefore(index, recent, 'the ' + s.tokens[noun]!.lower, from) : null);
}

const OWNED_BODY = /^(?:his|her|their|its) (team|club|party|employer|union)$/;
const NAMED_AFTER_REACH = 600;

/**
 * "Belgian cyclist Jonas Verhelst died on Monday, his team said. … Verhelst, who rode for the Dutch team
 * Solvane-Kortex, …": an owned body a source names before the body is named, found where the text next puts
 * its noun right before an actor's mention ("team Solvane-Kortex"), within a bounded reach.
 */
export function namedAfter(text: string, index: ActorIndex, low: string, from: number): Actor | null {
  const noun = OWNED_BODY.exec(low)?.[1];
  if (!noun) return null;
  const end = Math.min(text.length, from + NAMED_AFTER_REACH);
  const { starts, actors } = index.mentions;
  for (let at = text.indexOf(noun + ' ', from); at >= 0 && at < end; at = text.indexOf(noun + ' ', at + 1)) {
    if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue; // ("steam ", not "team ")
    const k = firstAtLeast(starts, at + noun.length + 1);
    if (k < starts.length && starts[k] === at + noun.length + 1) return actors[k]!;
  }
  return null;
}

const THEY_THEM = /\bthey\s?\/\s?them\b/gi;
const THEY_REACH = 80;

/** The people a "they/them" phrase follows closely ("Pike, who uses they/them pronouns"): ids, found once per document. */
export function singularTheyPeople(text: string, index: ActorIndex): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(THEY_THEM)) {
    const person = personBefore(index, m.index, m.index - THEY_REACH);
    if (person) ids.add(person.id);
  }
  return ids;
}

/**
 * "The agency said…", "the company said": an organization named before, when the source is "the" and
 * an organization noun: the latest organization that spoke, else the latest one mentioned.
 */
/** The head word of an organisation's name, lower-cased: "tribunal" in "National Company Law Appellate Tribunal", "ministry" in "Ministry of Health". */
function nameHead(name: string): string {
  const words = name.toLowerCase().split(' ');
  // ("Detroit Coalition Against Police Brutality", "Center for Strategic and International Studies": the head before the
  // first preposition)
  const cut = words.findIndex((w, k) => k > 0 && HEAD_ENDS.has(w));
  return words[(cut > 0 ? cut : words.length) - 1]!;
}
const HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'on', 'in', 'to', 'at', 'with', 'and', '&']);

export function namedBefore(index: ActorIndex, recent: readonly Speaker[], low: string, at: number): Actor | null {
  if (!low.startsWith('the ')) return null;
  if (!ORGANIZATION_NOUNS.has(low.slice(4))) return qualifiedBefore(index, low, at);
  const noun = low.slice(4);
  // ("The army said…" after the U.S. Embassy spoke: a body of another kind is no fallback; BLIND14 Q2)
  const kind = BODY_KIND_HEADS.get(noun);
  const otherKind = (a: Actor): boolean => {
    const head = nameHead(a.name);
    return kind !== undefined && ORG_SUFFIXES.has(head) && !kind.has(head) && !GENERIC_BODY_HEADS.has(head);
  };
  let latest: Actor | null = null;
  for (let k = recent.length - 1; k >= 0; k--) {
    const sp = recent[k]!;
    if (at - sp.at > PRONOUN_REACH) break;
    const actor = sp.ref.actor ? actorById(index, sp.ref.actor) : undefined;
    if (actor?.type !== 'organization') continue;
    // "the ministry said" after the Ministry of Health and the World Health Organization spoke: the ministry
    if (hasWord(actor.name, noun)) return actor;
    if (!otherKind(actor)) latest ??= actor;
  }
  // "The airline said…" after the Transportation Ministry spoke: Trans Nusantara Airlines, named before, is the airline
  // ("the company" after the National Company Law Appellate Tribunal was named: a word that only qualifies the name's head
  // names nothing; BLIND14 A9)
  const plural = noun + 's';
  const named = mentionBefore(index, at, at - PRONOUN_REACH, 'organization', (a) => { const head = nameHead(a.name); return head !== noun && head !== plural; });
  if (named) return named;
  if (latest) return latest;
  return mentionBefore(index, at, at - PRONOUN_REACH, 'organization', otherKind);
}

// after "the" and a place's name, lower-case words to the body's noun ("the Rio Grande do Sul civil defense agency");
// "-based" and a possessive are not read here ("the Columbus, Ohio-based company" is a company named before)
const BODY_WORDS = /^(?:\p{Ll}[\p{Ll}-]{0,30}\s){0,4}\p{Ll}{2,30}$/u;
/** The words by which a place speaks itself: "the Ghana government" is Ghana (as link.ts's COUNTRY_VOICES). */
const PLACE_VOICES = new Set(['government', 'authorities', 'administration', 'regime', 'leadership']);

/**
 * "PORTO ALEGRE (Reuters) - …, the Rio Grande do Sul civil defense agency said": a body described by the place it
 * serves is its own source, not the organisation that spoke or was named last (the dateline's agency): an
 * organisation named before whose name holds the place's name and the body's noun, else none (lead14 probe L3);
 * "the Ghana government" is the place itself.
 * Undefined when the phrase is no such description (the caller goes on as before).
 */
export function placeQualifiedBody(index: ActorIndex, text: string, place: Actor, at: number, start: number): Actor | null | undefined {
  const low = text.toLowerCase();
  const placeLow = place.name.toLowerCase();
  // ("according to Miyagi prefectural police, who said…": without "the" too; lead15 P3)
  const opener = low.startsWith('the ' + placeLow + ' ') ? 4 : low.startsWith(placeLow + ' ') ? 0 : -1;
  if (opener < 0) return undefined;
  const rest = text.slice(opener + placeLow.length + 1);
  if (!BODY_WORDS.test(rest) || rest.includes('-based')) return undefined;
  const noun = low.slice(low.lastIndexOf(' ') + 1);
  if (PLACE_VOICES.has(noun)) return place;
  // an organisation named before with the place and the noun in its name, else an actor of the body's own noun
  // ("Miyagi prefectural police": the unnamed police)
  const named = mentionBefore(index, at, at - PRONOUN_REACH, 'organization', (a) => !hasWord(a.name, placeLow) || !hasWord(a.name, noun));
  if (named) return named;
  const nounStart = start + low.lastIndexOf(' ') + 1;
  const own = overlappingActor(index, nounStart, start + low.length);
  return own && own.type !== 'location' ? own : null;
}

/** An actor with a mention that overlaps [from, to), by binary search on the sorted mentions (bounded look-back). */
function overlappingActor(index: ActorIndex, from: number, to: number): Actor | null {
  const { starts, ends, actors } = index.mentions;
  const hi = firstAtLeast(starts, to);
  for (let k = hi - 1; k >= 0 && hi - k <= OVERLAP_LOOKBACK; k--) if (ends[k]! > from) return actors[k]!;
  return null;
}
const OVERLAP_LOOKBACK = 8;

/**
 * "according to the State Electoral Office. … the electoral office said": "the", a qualifier and an organisation
 * noun name the organisation named before whose name holds both words; null when none does.
 */
function qualifiedBefore(index: ActorIndex, low: string, at: number): Actor | null {
  const space = low.indexOf(' ', 4);
  if (space < 0 || low.indexOf(' ', space + 1) >= 0) return null;
  const qualifier = low.slice(4, space);
  const noun = low.slice(space + 1);
  if (!ORGANIZATION_NOUNS.has(noun)) return null;
  return mentionBefore(index, at, at - PRONOUN_REACH, 'organization', (a) => !hasWord(a.name, qualifier) || !hasWord(a.name, noun));
}

/**
 * "A person familiar with the talks said… The person said…", "Two officials briefed on the plan said… The officials
 * said…": "the" and the head noun of an unnamed source that spoke before name that source again.
 */
export function unnamedBefore(index: ActorIndex, recent: readonly Speaker[], low: string, at: number): Actor | null {
  if (!low.startsWith('the ')) return null;
  const noun = low.slice(4);
  if (!SOURCE_NOUNS.has(noun) && !SPEAKER_NOUNS.has(noun) && !ONE_PERSON_NOUNS.has(noun)) return null;
  for (let k = recent.length - 1; k >= 0; k--) {
    const sp = recent[k]!;
    if (at - sp.at > PRONOUN_REACH) break;
    const actor = sp.ref.actor ? actorById(index, sp.ref.actor) : undefined;
    if (actor?.type === 'unnamed' && hasWord(actor.name, noun)) return actor;
  }
  return null;
}

const ISSUER_REACH = 2;
// how many frames back, and how many characters around a cue, "a statement" is looked for (bounded on a long sentence)
const ISSUER_FRAMES = 8;
const ISSUER_WINDOW = 300;

/**
 * "Her sister, Karin Lindqvist, said in a statement that… “…,” the statement said.": "the" and a document
 * noun name the one who issued "a statement" near the cue of a frame in one of the two sentences before (or
 * this one), its actor.
 */
export function documentIssuer(doc: Doc, index: ActorIndex, attributions: readonly Attribution[], low: string, sentence: number): Actor | null {
  if (!low.startsWith('the ')) return null;
  const noun = low.slice(4);
  if (!DOCUMENT_NOUNS.has(noun)) return null;
  for (let k = attributions.length - 1; k >= 0 && attributions.length - k <= ISSUER_FRAMES; k--) {
    const a = attributions[k]!;
    if (a.frame.sentence < sentence - ISSUER_REACH) break;
    const actor = a.source?.actor ? actorById(index, a.source.actor) : undefined;
    if (!actor) continue;
    // the frame's sentence, up to a bounded reach around the cue ("In a statement announcing the pick, the union called…")
    const s = doc.sentences[a.frame.sentence]!;
    const near = doc.text.slice(Math.max(s.start, a.frame.cue.start - ISSUER_WINDOW), Math.min(s.end, a.frame.cue.end + ISSUER_WINDOW)).toLowerCase();
    if (near.includes(' a ' + noun) || near.includes(' an ' + noun)) return actor;
  }
  // "UNHCR said in a report… The report said… [three paragraphs on] …, the report said": the report is still the
  // one whose issuer an earlier "the report" was found to be
  // ("UNHCR said in a report on Wednesday… [a quote, another agency] …, the report said": the last to speak "in a report")
  for (let k = attributions.length - 1; k >= 0 && attributions.length - k <= REPEATED_DOCUMENT_FRAMES; k--) {
    const a = attributions[k]!;
    const src = a.source;
    if (!src?.actor) continue;
    if (src.text.length === low.length && src.text.toLowerCase() === low) return actorById(index, src.actor) ?? null;
    const cue = a.frame.cue;
    const near = doc.text.slice(cue.end, Math.min(doc.text.length, cue.end + ISSUER_AFTER)).toLowerCase();
    if (near.startsWith(' in a ' + noun) || near.startsWith(' in an ' + noun)) return actorById(index, src.actor) ?? null;
  }
  return null;
}
// how many frames back a repeated "the report" finds the one before it
const REPEATED_DOCUMENT_FRAMES = 40;
// how far after a cue "in a report" is looked for ("said in a report")
const ISSUER_AFTER = 24;

/**
 * "the columbus, ohio-based company" -> "the company": the noun at the end of a phrase, read as "the" + noun; not after
 * "a"/"an" nor a place's possessive ("A Geneva-based rights group said", "Cuba's government": no body named before).
 */
export function headPhrase(low: string): string {
  const space = low.lastIndexOf(' ');
  return space > 0 && !INDEFINITE.test(low) && !possessive(low) ? 'the ' + low.slice(space + 1) : low;
}
const INDEFINITE = /^an? /;

function possessive(low: string): boolean {
  return low.includes("'s ") || low.includes('\u2019s ');
}

/**
 * Does a place in the phrase only say where the body sits or whose it is ("a Geneva-based rights group", "Northern
 * Ireland's biggest Protestant party"), not speak itself ("Cuba's government" does, as link.ts's COUNTRY_VOICES)?
 */
export function placeNotSpeaker(low: string): boolean {
  return low.includes('-based ') || (possessive(low) && !PLACE_VOICES.has(low.slice(low.lastIndexOf(' ') + 1)));
}
