// "he said", "it said": the speaker a pronoun stands for, the latest speaker of its kind before it (not one
// known by the other pronoun), or the person or organisation the sentence before opens with.

import type { Doc, Token } from '../../document.js';
import { firstAtLeast, sentenceAt } from '../../document.js';
import type { Actor, SourceRef } from '../../types.js';
import { GENDERED_ROLES, SUBORDINATE_OPENERS, TITLE_GENDERS } from '../../lexicon/attribution-words.js';
import { ONE_PERSON_NOUNS, SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';
import { KIN_NOUNS, TITLE_HEADS } from '../../lexicon/titles.js';
import { actorById, linkActor, personBefore, type ActorIndex } from './link.js';
import type { Analysis } from './analyse.js';

export interface Speaker {
  ref: SourceRef;
  person: boolean;
  at: number;
}

// how far back a pronoun looks for its speaker (characters)
export const PRONOUN_REACH = 3000;

const OPENER_WORDS = 3;

/**
 * The actor of `type` (a person, or an organisation for "it") the sentence before offset `at` opens with (within its first words, not as an owner: "Delgado's
 * daughter"), when named after offset `after` (the speaker a pronoun would otherwise take).
 */
function sentenceOpener(doc: Doc, index: ActorIndex, after: number, at: number, type: Actor['type']): Actor | null {
  const here = sentenceAt(doc, at);
  if (!here || here.index === 0) return null;
  const s = doc.sentences[here.index - 1]!;
  if (s.end <= after || s.paragraph < here.paragraph - 1) return null;
  const toks = s.tokens;
  if (toks.length === 0 || SUBORDINATE_OPENERS.has(toks[0]!.lower)) return null;
  // "“First Fruits of the Monstrousness,” read the editorial. It offered…": a quoted title opens no organisation
  if (type !== 'person' && toks[0]!.kind !== 'word') return null;
  const reach = Math.max(toks[Math.min(OPENER_WORDS, toks.length - 1)]!.end, namedAfterDescription(toks));
  const { starts, ends, actors } = index.mentions;
  for (let k = firstAtLeast(starts, Math.max(s.start, after + 1)); k < starts.length && starts[k]! < reach; k++) {
    // (an owner of a group or a thing opens it: "Lindholm's team now plans…. …, she said", BLIND10 C5)
    const owner = /^['’]s\b/.test(doc.text.slice(ends[k]!, ends[k]! + 3)) && (type !== 'person' || ownsPerson(doc.text, ends[k]! + 2));
    if (actors[k]!.type === type && !owner && ends[k]! <= s.end) return actors[k]!;
  }
  return type === 'person' ? ownerOpening(doc.text, index, toks) : null;
}

/** The organisation or single unnamed body whose mention opens the sentence of offset `at`, before it; null if none. */
function ownOpener(doc: Doc, index: ActorIndex, at: number): Actor | null {
  const s = sentenceAt(doc, at);
  if (!s || s.tokens.length === 0) return null;
  const { starts, ends, actors } = index.mentions;
  const k = firstAtLeast(starts, s.start);
  if (k >= starts.length || starts[k] !== s.tokens[0]!.start || ends[k]! >= at) return null;
  const a = actors[k]!;
  return a.type === 'organization' || (a.type === 'unnamed' && !pluralGroup(a)) ? a : null;
}

/** "Lindholm's team now plans…": the person whose surname, as an owner of no person, opens the sentence's tokens. */
function ownerOpening(text: string, index: ActorIndex, toks: readonly Token[]): Actor | null {
  const first = toks[0]!;
  // ("Lindholm's" is one token)
  if (toks.length < 3 || first.kind !== 'word' || !/^\p{Lu}\p{L}+['’]s$/u.test(first.text) || ownsPerson(text, first.end)) return null;
  const actor = linkActor(index, text, { start: first.start, end: first.end - 2 });
  return actor?.type === 'person' ? actor : null;
}

const OWNED_WORDS = 2;
const OWNED_REACH = 40;
const LOWER_WORD = /[A-Za-z]+/g;
/** Does a person noun follow an owner's "'s" at `from` ("Delgado's daughter", "Smith's eldest son", "Innopac's president")? */
function ownsPerson(text: string, from: number): boolean {
  const words = text.slice(from, from + OWNED_REACH).match(LOWER_WORD) ?? [];
  for (const w of words.slice(0, OWNED_WORDS)) {
    const low = w.toLowerCase();
    if (GENDERED_ROLES.has(low) || KIN_NOUNS.has(low) || TITLE_HEADS.has(low) || ONE_PERSON_NOUNS.has(low) || SPEAKER_NOUNS.has(low)) return true;
  }
  return false;
}

export type Gender = 'm' | 'f';
export const GENDERED: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);
/** The gender a speaker is known by: a pronoun already resolved to it, a role ("Her son, …"), or the title of its source text. */
function genderOf(sp: Speaker, index: ActorIndex, genders: ReadonlyMap<string, Gender>): Gender | undefined {
  const known = sp.ref.actor ? actorGender(index, sp.ref.actor, genders) : undefined;
  if (known) return known;
  const space = sp.ref.text.indexOf(' ');
  return space > 0 ? TITLE_GENDERS.get(sp.ref.text.slice(0, space).toLowerCase()) : undefined;
}

const ROLE_WORD = /[a-z]+/g;

/** A resolved pronoun's gender, else the first role word that tells one ("son", "daughter of a clerk"). */
/** An unnamed group of people ("district health officials", "analysts"): a plural no "it" stands for. */
function pluralGroup(actor: Actor | undefined): boolean {
  return actor?.type === 'unnamed' && /[^s]s$/.test(actor.name);
}

function actorGender(index: ActorIndex, id: string, genders: ReadonlyMap<string, Gender>): Gender | undefined {
  const known = genders.get(id);
  if (known) return known;
  for (const role of actorById(index, id)?.roles ?? []) {
    for (const word of role.toLowerCase().match(ROLE_WORD) ?? []) {
      const g = GENDERED_ROLES.get(word);
      if (g) return g;
    }
  }
  return undefined;
}

const DESCRIPTION_REACH = 5;

/**
 * "The area coroner, Helen Ashworth, recorded…", "Bihar's chief minister, Arvind Sinha, ordered…": when a sentence
 * opens on a description in lower case and a comma, the end of the name's first word after it; else -1.
 */
function namedAfterDescription(toks: readonly Token[]): number {
  for (let c = 2; c < toks.length - 1 && c <= DESCRIPTION_REACH; c++) {
    const t = toks[c]!;
    if (t.text === ',') {
      const name = toks[c + 1]!;
      return name.kind === 'word' && /^\p{Lu}/u.test(name.text) ? name.end : -1;
    }
    // the description: lower-case words after its first word ("The", "Bihar's"), or an owner's "'s"
    if (t.kind === 'punct' ? !/^['’]s?$/.test(t.text) : t.text !== t.lower && !/['’]s$/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * The one person named in the first sentence of the paragraph of offset `at` (not the sentence of `at`), when
 * the speaker `speakerId` spoke (at `spokeAt`) in an earlier paragraph; null when there is none or more, when
 * that sentence opens on a quotation or holds a "he"/"she", or when the person is known to be of the other sex.
 */
function namedInParagraph(doc: Doc, index: ActorIndex, spokeAt: number, at: number, speakerId: string | null, gender: Gender | undefined, genders: ReadonlyMap<string, Gender>): string | null {
  const here = sentenceAt(doc, at);
  const then = sentenceAt(doc, spokeAt);
  if (!here || !then || then.paragraph >= here.paragraph) return null;
  let first = here;
  while (first.index > 0 && doc.sentences[first.index - 1]!.paragraph === here.paragraph) first = doc.sentences[first.index - 1]!;
  if (first === here || first.tokens.length === 0 || first.tokens[0]!.kind !== 'word') return null;
  // (a "he"/"she" there goes on with someone named before: "He is not only reclaiming…", "…, he said, …")
  if (first.tokens.some((t) => t.lower === 'he' || t.lower === 'she')) return null;
  const named = personBefore(index, first.end, first.start);
  if (!named || named.id === speakerId || (gender && actorGender(index, named.id, genders) === OTHER[gender])) return null;
  // one person only: "… loyalists to Joe Biden and Bernie Sanders" names no one the pronoun must be
  return personBefore(index, first.end, first.start, (a) => a.id === named.id) ? null : named.id;
}

/** "he said": the latest person speaker before it (not one known by the other pronoun), else the latest person mentioned. */
export function resolvePronoun(
  doc: Doc,
  index: ActorIndex,
  recent: Speaker[],
  span: { start: number; end: number; text: string },
  person: boolean,
  pronouns: Analysis['pronouns'],
  genders: Map<string, Gender>,
  gender: Gender | undefined,
  learn: boolean,
): SourceRef {
  // "A disciplinary tribunal annulled his results since May 1, the date from which it said…": "it" after its own
  // sentence's opening body is that body (BLIND16 Q1)
  const own = !person && (span.text === 'it' || span.text === 'It') ? ownOpener(doc, index, span.start) : null;
  let actorId: string | null = own?.id ?? null;
  for (let k = own ? -1 : recent.length - 1; k >= 0; k--) {
    const sp = recent[k]!;
    if (span.start - sp.at > PRONOUN_REACH) break;
    if (sp.person === person) {
      // "Arce conceded… “…,” he said. … She has said she will…": Arce is "he"
      if (gender && sp.ref.actor && genderOf(sp, index, genders) === OTHER[gender]) continue;
      // "…, district health officials said. … On Sunday it reported…": "it" is no group of people
      if ((span.text === 'it' || span.text === 'It') && sp.ref.actor && pluralGroup(actorById(index, sp.ref.actor))) continue;
      actorId = sp.ref.actor;
      // "Prime Minister Kamala Sharma cancelled a trip, her office said. In a post, she said…": the person
      // a later sentence opens with, rather than a speaker before it
      // "Ukraine's air force gave a different account of the night. It said…": likewise the organisation
      // the sentence before opens with, rather than the last one that spoke
      const opener = person ? sentenceOpener(doc, index, sp.at, span.start, 'person')
        : span.text === 'It' || span.text === 'it' ? sentenceOpener(doc, index, sp.at, span.start, 'organization') : null;
      if (opener && opener.id !== actorId && !(gender && actorGender(index, opener.id, genders) === OTHER[gender])) actorId = opener.id;
      // "Gladkov said … \n\nThe attacks came hours after President Zelenskyy renewed his call. “…,” he said":
      // the latest speaker spoke in an earlier paragraph; the person the pronoun's paragraph opens by naming is nearer
      else if (person && !opener) actorId = namedInParagraph(doc, index, sp.at, span.start, actorId, gender, genders) ?? actorId;
      break;
    }
  }
  // the nearest person named before, not one known to be of the other sex ("Her son, Duarte Reis, said…" is no "she")
  const otherSex = gender ? (a: Actor) => actorGender(index, a.id, genders) === OTHER[gender] : undefined;
  // ("Ruth Calloway took over Birchfield Orchard from her father in 1979. “…,” she recalls": with no speaker
  // before, the person the sentence before opens with, rather than the last one named)
  if (!actorId && person) {
    const opener = sentenceOpener(doc, index, span.start - PRONOUN_REACH, span.start, 'person');
    actorId = (opener && !otherSex?.(opener) ? opener : personBefore(index, span.start, span.start - PRONOUN_REACH, otherSex))?.id ?? null;
  }
  // learnt only from "“…,” he said", where the speaker just named speaks on: "after he admitted under
  // Warren’s grilling" may be someone else, and a wrong guess would then turn every later "she" away
  if (learn && actorId && gender && !genders.has(actorId)) genders.set(actorId, gender);
  const actor = actorId ? actorById(index, actorId) : undefined;
  if (actor) pronouns.push({ actor, mention: { ...span, rule: 'quotes/pronoun-speaker' } });
  return { actor: actorId, ...span };
}
const OTHER: Readonly<Record<Gender, Gender>> = { m: 'f', f: 'm' };
