// The attribution analysis of a whole document, shared by the quotes and claims
// stages: quoted spans, frames per body sentence, and each frame's source
// linked to an actor, pronouns ("he said") resolved to the latest speaker.

import type { Doc } from '../../document.js';
import { firstAtLeast } from '../../document.js';
import type { Actor, Mention, SourceRef, Warning } from '../../types.js';
import { DETERMINERS, FINITE_VERBS, POSSESSIVE_SPEAKERS, PREPOSITIONS, SOURCE_QUANTIFIERS, SPEAKER_PRONOUNS } from '../../lexicon/attribution-words.js';
import { ONE_PERSON_NOUNS } from '../../lexicon/unnamed-sources.js';
import { CARDINALS } from '../../lexicon/numbers.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { framesOf, type Frame } from './frames.js';
import { indexActors, linkActor, personBefore, type ActorIndex } from './link.js';
import { unquotedFor, viewOf } from './tokens.js';
import { labelFrame } from './labels.js';
import { headlineFrame, inTitleCase } from './headline.js';
import { NAMED_TERM_RULE } from './named-term.js';
import { GENDERED, PRONOUN_REACH, resolvePronoun, type Gender, type Speaker } from './resolve-pronoun.js';
import { documentIssuer, headPhrase, namedAfter, namedBefore, namerBefore, placeNotSpeaker, placeQualifiedBody, singularTheyPeople, unnamedBefore } from './named-again.js';

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

const ONE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'one']);
const WORD = /[a-z]+/g;
const NO_WORDS: readonly string[] = [];
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

const RELATIVE_SOURCES: ReadonlySet<string> = new Set(['who', 'which']);
const ANTECEDENT_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const MAX_ANTECEDENT_WORDS = 8;
/**
 * The antecedent of a relative source ("six people, who refused…", "the plan, which calls for…") as the source's
 * span, when it reads as a noun phrase: a determiner, quantifier, number or capital first ("to the commissioner,
 * who said" drops the preposition); not "included members of the government, which…" (a verb first), "My
 * father died … of cancer, which…" (a past verb after a noun) or "even people who…". Null: "which" stays.
 */
function antecedentSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | null {
  const words = [...text.slice(span.start, span.end).matchAll(ANTECEDENT_WORD)];
  let first = 0;
  if (words.length > 1 && PREPOSITIONS.has(words[0]![0].toLowerCase())) first = 1;
  if (words.length - first > MAX_ANTECEDENT_WORDS || words.length <= first) return null;
  const lead = words[first]![0];
  const low = lead.toLowerCase();
  if (!DETERMINERS.has(low) && !SOURCE_QUANTIFIERS.has(low) && !CARDINALS.has(low) && !/^(?:\d|\p{Lu})/u.test(lead)) return null;
  for (let k = first + 1; k < words.length; k++) {
    const w = words[k]![0];
    if (FINITE_VERBS.has(w.toLowerCase())) return null;
    // ("the retired teacher": a participle after a determiner is an adjective)
    if (/^\p{Ll}.*(?:ed|ing)$/u.test(w) && !DETERMINERS.has(words[k - 1]![0].toLowerCase())) return null;
  }
  return { start: span.start + words[first]!.index!, end: span.end };
}

const APPOSITION_REACH = 80;
/** "Linda Carvalho, a retired teacher who said…": the person named right before the comma that opens an antecedent at `start`. */
function appositionOf(text: string, index: ActorIndex, start: number): Actor | null {
  let k = start - 1;
  while (k >= 0 && text[k] === ' ') k--;
  if (k < 0 || text[k] !== ',') return null;
  const person = personBefore(index, k, k - APPOSITION_REACH);
  return person && person.mentions.some((m) => m.end === k) ? person : null;
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
          const linked = linkActor(index, doc.text, frame.antecedent ?? src) ?? (frame.antecedent ? appositionOf(doc.text, index, frame.antecedent.start) : null);
          // "the ministry, which has said…": a relative pronoun is read as the phrase it stands for
          const named = frame.antecedent ?? src;
          const nameLow = frame.antecedent ? doc.text.slice(named.start, named.end).toLowerCase() : low;
          // "the Columbus, Ohio-based company said": a company, not Ohio
          const repeated = linked ? null : unnamedBefore(index, recent, nameLow, src.start) ?? documentIssuer(doc, index, attributions, nameLow, frame.sentence);
          const body = linked?.type === 'location' ? placeQualifiedBody(index, doc.text.slice(named.start, named.end), linked, src.start, named.start) : undefined;
          const actor = body !== undefined ? body : linked?.type === 'location' ? namedBefore(index, recent, headPhrase(nameLow), src.start) ?? (placeNotSpeaker(nameLow) ? null : linked)
            : linked ?? repeated ?? namedBefore(index, recent, nameLow, src.start) ?? namedAfter(doc.text, index, nameLow, src.end);
          // with no actor to stand for, the source is the antecedent itself, not "which" or "who"
          // ("many of whom say" keeps its quantifier; a document's "that" is left as it is)
          // ("The Ministry of Culture, Tourism and Civil Aviation denied": a source cut at the name's comma is shown whole)
          const shown = (!actor && frame.antecedent && RELATIVE_SOURCES.has(low) ? antecedentSpan(doc.text, frame.antecedent) : null) ??
            (actor && actor === linked ? wholeName(doc.text, actor, src) : null) ?? src;
          ref = { actor: actor?.id ?? null, text: doc.text.slice(shown.start, shown.end), start: shown.start, end: shown.end };
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

/** The headline's frame as a list (most headlines have none). */
function headlineFrames(v: ReturnType<typeof viewOf>): Frame[] {
  const frame = headlineFrame(v);
  return frame ? [frame] : [];
}

/** The actor's mention that holds the source and starts before it at a comma inside the name, with its article: the whole name, or null. */
function wholeName(text: string, actor: Actor, src: { start: number; end: number }): { start: number; end: number } | null {
  for (const m of actor.mentions) {
    if (m.start >= src.start || m.end < src.end || !text.slice(m.start, src.start).includes(',')) continue;
    const the = text.slice(Math.max(0, m.start - 4), m.start);
    return { start: the === 'The ' || the === 'the ' ? m.start - 4 : m.start, end: src.end };
  }
  return null;
}
