// The attribution analysis of a whole document, shared by the quotes and claims
// stages: quoted spans, frames per body sentence, and each frame's source
// linked to an actor, pronouns ("he said") resolved to the latest speaker.

import type { Doc } from '../../document.js';
import { firstAtLeast, firstIndex, sentenceAt } from '../../document.js';
import type { Actor, Mention, SourceRef, Warning } from '../../types.js';
import { DOCUMENT_NOUNS, GENDERED_ROLES, ORGANIZATION_NOUNS, POSSESSIVE_SPEAKERS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { ONE_PERSON_NOUNS, SOURCE_NOUNS, SPEAKER_NOUNS } from '../../lexicon/unnamed-sources.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { framesOf, type Frame } from './frames.js';
import { actorById, indexActors, linkActor, mentionBefore, personBefore, type ActorIndex } from './link.js';
import { unquotedFor, viewOf } from './tokens.js';
import { labelFrame } from './labels.js';
import { headlineFrame, inTitleCase } from './headline.js';
import { NAMED_TERM_RULE } from './named-term.js';

export interface Attribution {
  frame: Frame;
  source: SourceRef | null;
}

export interface Analysis {
  spans: QuotedSpan[];
  attributions: Attribution[];
  index: ActorIndex;
  /** pronoun mentions to add to actors: "he" in "“…,” he said" */
  pronouns: Array<{ actor: Actor; mention: Mention }>;
  warnings: Warning[];
}

interface Speaker {
  ref: SourceRef;
  person: boolean;
  at: number;
}

// how far back a pronoun looks for its speaker (characters)
const PRONOUN_REACH = 3000;

const ONE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'one']);
const WORD = /[a-z]+/g;
const NO_WORDS: readonly string[] = [];

/** Does `name` hold `word` (lower-case letters) as a whole word ("Ministry of Health" holds "ministry")? No regex, no array. */
function hasWord(name: string, word: string): boolean {
  const low = name.toLowerCase();
  for (let at = low.indexOf(word); at >= 0; at = low.indexOf(word, at + 1)) {
    const before = at === 0 ? 32 : low.charCodeAt(at - 1);
    const after = at + word.length >= low.length ? 32 : low.charCodeAt(at + word.length);
    if (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

/** "A spokeswoman for Harbourline", "one senior official": a single unnamed person (up to a comma). */
function onePerson(text: string): boolean {
  const words = text.toLowerCase().split(',', 1)[0]!.match(WORD) ?? NO_WORDS;
  return words.length > 1 && ONE_LEADS.has(words[0]!) && words.some((w) => ONE_PERSON_NOUNS.has(w));
}

function isPersonLike(ref: SourceRef, actor: Actor | null, text: string): boolean {
  // "…supported by IDA Ireland and Enterprise Ireland, which together reported…": "which" stands for no
  // person, whatever its antecedent was typed; a later "He said" is not theirs
  if (text === 'which' || text === 'Which') return false;
  // "A spokeswoman for Harbourline said… She said…": one unnamed person speaks on as "she"; "the spokeswoman" repeats her
  if (actor?.type === 'unnamed') return onePerson(text) || onePerson(actor.name);
  if (actor) return actor.type === 'person';
  // without an actor: a capitalized name not led by an article ("Sami Yousafzai", not "the ministry")
  return /^\p{Lu}/u.test(text) && !/^(?:the|a|an|one|some|many|several)\s/i.test(text) && !/s$/.test(text) && ref.text.length > 2;
}

export function analyse(doc: Doc): Analysis {
  const warnings: Warning[] = [];
  const body = doc.paragraphs.filter((p) => p.kind === 'body' || p.kind === 'dateline');
  const spans = findQuotedSpans(doc.text, body, warnings);
  const index = indexActors(doc.actors);
  const attributions: Attribution[] = [];
  const pronouns: Analysis['pronouns'] = [];
  const recent: Speaker[] = [];
  // the pronoun each actor was last resolved from ("Arce conceded… “…,” he said"): a later "she" is someone else
  const genders = new Map<string, Gender>();
  // keyed by start and end as one number, exact while the text is under 94 M characters
  const spanKey = doc.text.length + 1;
  const resolved = new Map<number, SourceRef | null>();
  const unquoted = unquotedFor(doc.sentences);
  // a mention of a person that covers exactly this span (a speaker label in title case)
  const personAt = (start: number, end: number): boolean => {
    const { starts, ends, actors } = index.mentions;
    for (let k = firstAtLeast(starts, start); k < starts.length && starts[k] === start; k++) if (ends[k] === end && actors[k]!.type === 'person') return true;
    return false;
  };
  // people introduced as using "they/them" pronouns, found when a "they" first speaks
  let theyPeople: Set<string> | null = null;
  let paragraph = -1;
  for (const s of doc.sentences) {
    const opens = s.paragraph !== paragraph;
    paragraph = s.paragraph;
    // the first paragraph, one sentence, with more paragraphs after it
    const title = s.paragraph === 0 && opens && doc.paragraphs.length > 1 && s.end >= doc.paragraphs[0]!.end - 1;
    if (!s.body && !(title && doc.paragraphs[0]!.kind === 'title')) continue;
    const view = viewOf(doc.text, s, spans, unquoted);
    // a headline the segmenter kept as body (it ends in a full stop) is read as a headline too
    const frames = title && (!s.body || inTitleCase(view)) ? headlineFrames(view) : framesOf(view, spans);
    // "PENCE: Well, look…": a transcript turn, labelled at the start of its paragraph
    const label = opens ? labelFrame(doc, view, personAt) : null;
    if (label) frames.unshift(label);
    for (const frame of frames) {
      const src = frame.source;
      if (!src) {
        attributions.push({ frame, source: null });
        continue;
      }
      const key = src.start * spanKey + src.end;
      if (!resolved.has(key)) {
        const text = doc.text.slice(src.start, src.end);
        const low = text.toLowerCase();
        // "his claim that…" (claims/nominal-cue): a possessive resolves as "he" does
        const pronoun = SPEAKER_PRONOUNS.get(low) ?? (frame.rule === 'claims/nominal-cue' ? POSSESSIVE_SPEAKERS.get(low) : undefined);
        let ref: SourceRef;
        // "Pike, who uses they/them pronouns, said… “…,” they said": the person so introduced
        const singular = low === 'they' ? (theyPeople ??= singularTheyPeople(doc.text, index)) : null;
        const they = singular && singular.size > 0 ? personBefore(index, src.start, src.start - PRONOUN_REACH) : null;
        if (they && singular!.has(they.id)) {
          ref = { actor: they.id, text, start: src.start, end: src.end };
          pronouns.push({ actor: they, mention: { start: src.start, end: src.end, text, rule: 'quotes/pronoun-speaker' } });
        } else if (frame.rule === NAMED_TERM_RULE && low === 'it' && namerBefore(doc, index, recent, frame.sentence, src.start)) {
          // "the agency would seek … in what it called “ill-gotten gains”": the body named before it in the sentence
          const namer = namerBefore(doc, index, recent, frame.sentence, src.start)!;
          ref = { actor: namer.id, text, start: src.start, end: src.end };
          pronouns.push({ actor: namer, mention: { start: src.start, end: src.end, text, rule: 'quotes/pronoun-speaker' } });
        } else if (pronoun) {
          ref = resolvePronoun(doc, index, recent, { start: src.start, end: src.end, text }, pronoun === 'person', pronouns, genders, GENDERED.get(low),
            frame.placement === 'after');
        } else {
          const linked = linkActor(index, doc.text, frame.antecedent ?? src);
          // "the Columbus, Ohio-based company said": a company, not Ohio
          const repeated = linked ? null : unnamedBefore(index, recent, low, src.start) ?? documentIssuer(doc, index, attributions, low, frame.sentence);
          const actor = linked?.type === 'location' ? namedBefore(index, recent, headPhrase(low), src.start) ?? linked
            : linked ?? repeated ?? namedBefore(index, recent, low, src.start) ?? namedAfter(doc.text, index, low, src.end);
          ref = { actor: actor?.id ?? null, text, start: src.start, end: src.end };
          if (repeated) pronouns.push({ actor: repeated, mention: { start: src.start, end: src.end, text, rule: 'quotes/repeated-source' } });
          recent.push({ ref, person: isPersonLike(ref, actor, text), at: src.start });
        }
        resolved.set(key, ref);
      }
      attributions.push({ frame, source: resolved.get(key) ?? null });
    }
  }
  return { spans, attributions, index, pronouns, warnings };
}

const NAMER_REACH = 40;

/**
 * The organisation a named term's "it" stands for: "A lawyer told the judge that the agency would seek… in what
 * it called “…”" (the agency, by namedBefore), "The council pledged sanctions… to what it called “…”" (the
 * nearest organisation named before the pronoun in its sentence); null when the sentence names none.
 */
function namerBefore(doc: Doc, index: ActorIndex, recent: readonly Speaker[], sentence: number, at: number): Actor | null {
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
function namedAfter(text: string, index: ActorIndex, low: string, from: number): Actor | null {
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
function singularTheyPeople(text: string, index: ActorIndex): Set<string> {
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
function namedBefore(index: ActorIndex, recent: readonly Speaker[], low: string, at: number): Actor | null {
  if (!low.startsWith('the ')) return null;
  if (!ORGANIZATION_NOUNS.has(low.slice(4))) return qualifiedBefore(index, low, at);
  const noun = low.slice(4);
  let latest: Actor | null = null;
  for (let k = recent.length - 1; k >= 0; k--) {
    const sp = recent[k]!;
    if (at - sp.at > PRONOUN_REACH) break;
    const actor = sp.ref.actor ? actorById(index, sp.ref.actor) : undefined;
    if (actor?.type !== 'organization') continue;
    // "the ministry said" after the Ministry of Health and the World Health Organization spoke: the ministry
    if (hasWord(actor.name, noun)) return actor;
    latest ??= actor;
  }
  // "The airline said…" after the Transportation Ministry spoke: Trans Nusantara Airlines, named before, is the airline
  const plural = noun + 's';
  const named = mentionBefore(index, at, at - PRONOUN_REACH, 'organization', (a) => !hasWord(a.name, noun) && !hasWord(a.name, plural));
  if (named) return named;
  if (latest) return latest;
  return mentionBefore(index, at, at - PRONOUN_REACH, 'organization');
}

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
function unnamedBefore(index: ActorIndex, recent: readonly Speaker[], low: string, at: number): Actor | null {
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
function documentIssuer(doc: Doc, index: ActorIndex, attributions: readonly Attribution[], low: string, sentence: number): Actor | null {
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

const OPENER_WORDS = 3;
// a sentence that opens on a subordinate clause names its subject later ("If Haibatullah Akhunzada issues…")
const SUBORDINATORS = new Set(['if', 'when', 'as', 'after', 'before', 'although', 'though', 'while', 'since', 'because', 'unless', 'until', 'once']);

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
  if (toks.length === 0 || SUBORDINATORS.has(toks[0]!.lower)) return null;
  // "“First Fruits of the Monstrousness,” read the editorial. It offered…": a quoted title opens no organisation
  if (type !== 'person' && toks[0]!.kind !== 'word') return null;
  const reach = toks[Math.min(OPENER_WORDS, toks.length - 1)]!.end;
  const { starts, ends, actors } = index.mentions;
  for (let k = firstAtLeast(starts, Math.max(s.start, after + 1)); k < starts.length && starts[k]! < reach; k++) {
    const owner = /^['’]s\b/.test(doc.text.slice(ends[k]!, ends[k]! + 3));
    if (actors[k]!.type === type && !owner && ends[k]! <= s.end) return actors[k]!;
  }
  return null;
}

/** "ohio-based company" -> "the company": an organization noun at the end of a phrase, read as "the" + noun. */
function headPhrase(low: string): string {
  const space = low.lastIndexOf(' ');
  return space > 0 ? 'the ' + low.slice(space + 1) : low;
}

/** The headline's frame as a list (most headlines have none). */
function headlineFrames(v: ReturnType<typeof viewOf>): Frame[] {
  const frame = headlineFrame(v);
  return frame ? [frame] : [];
}

type Gender = 'm' | 'f';
const GENDERED: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);
// "Mr. Okafor", "Ms. Lee": a title tells the pronoun
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([['mr', 'm'], ['mr.', 'm'], ['ms', 'f'], ['ms.', 'f'], ['mrs', 'f'], ['mrs.', 'f'], ['miss', 'f']]);

/** The gender a speaker is known by: a pronoun already resolved to it, a role ("Her son, …"), or the title of its source text. */
function genderOf(sp: Speaker, index: ActorIndex, genders: ReadonlyMap<string, Gender>): Gender | undefined {
  const known = sp.ref.actor ? actorGender(index, sp.ref.actor, genders) : undefined;
  if (known) return known;
  const space = sp.ref.text.indexOf(' ');
  return space > 0 ? TITLE_GENDER.get(sp.ref.text.slice(0, space).toLowerCase()) : undefined;
}

const ROLE_WORD = /[a-z]+/g;

/** A resolved pronoun's gender, else the first role word that tells one ("son", "daughter of a clerk"). */
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

/** "he said": the latest person speaker before it (not one known by the other pronoun), else the latest person mentioned. */
function resolvePronoun(
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
  let actorId: string | null = null;
  for (let k = recent.length - 1; k >= 0; k--) {
    const sp = recent[k]!;
    if (span.start - sp.at > PRONOUN_REACH) break;
    if (sp.person === person) {
      // "Arce conceded… “…,” he said. … She has said she will…": Arce is "he"
      if (gender && sp.ref.actor && genderOf(sp, index, genders) === OTHER[gender]) continue;
      actorId = sp.ref.actor;
      // "Prime Minister Kamala Sharma cancelled a trip, her office said. In a post, she said…": the person
      // a later sentence opens with, rather than a speaker before it
      // "Ukraine's air force gave a different account of the night. It said…": likewise the organisation
      // the sentence before opens with, rather than the last one that spoke
      const opener = person ? sentenceOpener(doc, index, sp.at, span.start, 'person')
        : span.text === 'It' || span.text === 'it' ? sentenceOpener(doc, index, sp.at, span.start, 'organization') : null;
      if (opener && opener.id !== actorId && !(gender && actorGender(index, opener.id, genders) === OTHER[gender])) actorId = opener.id;
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
